"""`greenhouse`: a glass greenhouse with potted plants inside, standing on a lawn in a garden,
seen from the front (64x64 RGB).

The greenhouse's gable end faces us: glass walls and a pitched glass roof held in a white
frame of glazing bars, on a low red-brick wall. In the middle of its front is a glazed sliding
door with a solid white kick plate at its foot; it opens by sliding to the left, in front of the
glass wall. Inside, behind the slightly misty glass, a row of leafy plants in terracotta pots
stands on a wooden bench in the dim interior. Behind the greenhouse is a dark hedge under the
sky; around it a lawn mown in stripes, and a gravel path leads up to the door. Factors: how far
the door is slid open (shut to wide open, the open part of the doorway showing the dim inside
without glass), how many potted plants stand on the bench (2 to 5, spread evenly along it),
how tall (and, with that, how bushy) the plants have grown, and the brightness of the daylight
(dim to bright; the whole picture darkens or brightens together). The greenhouse, the bench,
the pots, the hedge, the lawn and the path stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("door_open", "how far the greenhouse's sliding door is open (shut to wide open)", "continuous"),
    Factor("plants", "how many potted plants stand inside the greenhouse", "categorical",
           ("2", "3", "4", "5")),
    Factor("plant_height", "how tall the plants in the greenhouse have grown (short to tall)", "continuous"),
    Factor("daylight", "brightness of the daylight over the garden (dim to bright)", "continuous"),
)
# door_open: 0..1 slides the door (10 px wide) 0..10 px to the left, so that much of the
# doorway at x = 27..37 px is open; plants: code c is c + 2 plants, spread evenly over
# x = 11..53 px; plant_height: 0..1 is foliage 7..24 px tall (and 6..12 px wide) above the pots'
# rims at y = 41 px; daylight: 0..1 scales the whole picture's brightness by 0.5..1.05
RANGES = ((0.0, 1.0), (0.0, 0.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.45, 0.65, 0.9)), np.array((0.78, 0.86, 0.93))
HEDGE, HEDGE_DARK = (0.14, 0.3, 0.13), (0.09, 0.2, 0.09)
LAWN, LAWN_LIGHT = (0.3, 0.55, 0.2), (0.38, 0.64, 0.26)
GRAVEL, GRAVEL_DARK = (0.72, 0.68, 0.6), (0.55, 0.51, 0.45)
INSIDE, BENCH = (0.13, 0.13, 0.12), (0.5, 0.36, 0.22)
GLASS, GLASS_ALPHA = (0.85, 0.92, 0.95), 0.2
FRAME = (0.94, 0.94, 0.92)
BRICK, MORTAR = (0.62, 0.27, 0.2), (0.72, 0.68, 0.62)
POT, LEAF, LEAF_DARK = (0.78, 0.4, 0.22), (0.32, 0.76, 0.2), (0.16, 0.48, 0.1)
LEFT, RIGHT, EAVES, APEX_X, APEX_Y, BASE_Y = 8.0, 56.0, 24.0, 32.0, 8.0, 56.0
WALL_TOP = 49.0  # the top of the brick wall
DOOR_L, DOOR_R, DOOR_TOP, DOOR_SLIDE = 27.0, 37.0, 30.0, 10.0
BENCH_Y, POT_TOP, POT_HW = 45.0, 41.0, 2.4
PLANTS_X = (11.0, 53.0)
ROWS = (14, 47)  # the rows the plants can reach


def _inside_sdf(x, y):
    """The greenhouse's front: the walls and the roof's triangle above them."""
    slope = (EAVES - APEX_Y) / (APEX_X - LEFT)
    roof = ((y - APEX_Y) - np.abs(x - APEX_X) * slope) / np.hypot(1.0, slope)  # >= 0 below the roof
    return np.maximum(R.edges_sdf(x, y, LEFT, RIGHT, APEX_Y, BASE_Y), -roof)


def _scene() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The garden with the greenhouse's dim inside and bench (drawn under the plants), the
    glass's coverage, and the frame and brick wall (drawn over the glass) as coverage and a
    premultiplied colour."""
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, 36.0)[None].copy()
    hedge = 30.0 + 1.6 * np.sin(x * 0.9) + 1.0 * np.sin(x * 2.3 + 1.0)
    R.over(img, R.coverage(hedge - y), HEDGE)
    leafy = np.abs(np.sin(x * 1.7 + y * 0.9) * np.sin(y * 1.3)) - 0.35
    R.over(img, 0.5 * R.coverage(hedge - y) * R.coverage(4.0 * leafy), HEDGE_DARK)
    R.over(img, R.below(42.0, 1), LAWN)
    R.over(img, R.below(42.0, 1) * R.coverage(np.abs(((x - 0.5 * y) % 12.0) - 6.0) - 3.0), LAWN_LIGHT)
    path = np.abs(x - APEX_X) - (5.0 + 0.9 * (y - BASE_Y))
    R.over(img, R.coverage(np.maximum(path, BASE_Y - y)), GRAVEL)
    R.over(img, 0.6 * R.coverage(np.maximum(np.maximum(path, BASE_Y - y),
                                            np.abs(np.sin(x * 2.1) * np.sin(y * 2.7)) - 0.25)), GRAVEL_DARK)
    inside = _inside_sdf(x, y)
    R.over(img, R.coverage(inside), INSIDE)
    R.over(img, R.coverage(np.maximum(R.edges_sdf(x, y, LEFT, RIGHT, BENCH_Y, BENCH_Y + 2.0), inside)), BENCH)
    glass = np.broadcast_to(GLASS_ALPHA * R.coverage(inside), (1, R.SIZE, R.SIZE))
    # the frame: the outline, mullions, a transom, the roof's bars, and the brick wall
    outline = np.abs(inside + 0.7) - 0.7
    bars = np.full_like(outline, np.inf)
    for bx in (LEFT + 9.5, DOOR_L, DOOR_R, RIGHT - 9.5):
        np.minimum(bars, np.abs(x - bx) - 0.6, out=bars)
    for bx in (20.0, APEX_X, 44.0):  # the roof's glazing bars, down from the ridge
        np.minimum(bars, np.maximum(np.abs(x - bx) - 0.5, y - EAVES), out=bars)
    np.minimum(bars, np.abs(y - EAVES) - 0.6, out=bars)
    np.minimum(bars, np.maximum(np.abs(y - 37.0) - 0.5, np.minimum(DOOR_L - x, x - DOOR_R)), out=bars)
    frame = R.coverage(np.maximum(np.minimum(outline, bars), inside))
    course = np.floor((y - WALL_TOP) / 2.5)
    joints = np.minimum(np.abs(((y - WALL_TOP) % 2.5) - 0.2), np.abs(((x + course * 2.5) % 5.0) - 0.3))
    wall = np.maximum(R.edges_sdf(x, y, LEFT, RIGHT, WALL_TOP, BASE_Y), -R.edges_sdf(x, y, DOOR_L, DOOR_R, 0, 64))
    top = np.zeros((1, 3, R.SIZE, R.SIZE), np.float32)
    alpha = np.zeros((1, R.SIZE, R.SIZE), np.float32)
    for a, c in ((R.coverage(wall), BRICK), (R.coverage(wall) * R.coverage(joints - 0.35), MORTAR),
                 (frame, FRAME)):
        R.over(top, a, c)
        alpha = alpha + a * (1 - alpha)
    top *= alpha[:, None]  # premultiplied: drawn with img * (1 - alpha) + top
    return tuple(np.ascontiguousarray(a[0], np.float32) for a in (img, glass, alpha, top))


SCENE, GLASS_COVER, TOP_ALPHA, TOP = _scene()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the plants on the bench, drawn only in the rows they can reach
    r0, r1 = ROWS
    part, yr = img[:, :, r0:r1], y[:, r0:r1]
    count, h = f[:, 1] + 2, R.col(7 + 17 * f[:, 2])
    foliage = np.full((n, r1 - r0, R.SIZE), np.inf, np.float32)
    pots = np.full_like(foliage, np.inf)
    lo, hi = PLANTS_X
    for i in range(5):
        px = R.col(np.where(i < count, lo + (hi - lo) * (i + 0.5) / count, -99.0))
        np.minimum(pots, R.box_sdf(x - px, yr - (POT_TOP + 2.0), POT_HW - 0.4 * (yr - POT_TOP) / 4, 2.0), out=pots)
        blob = R.ellipse_sdf(x - px, yr - (POT_TOP - h / 2), 1.6 + 0.19 * h, h / 2 + 0.5)
        np.minimum(foliage, blob, out=foliage)
    leaves = R.coverage(foliage - 0.7 * np.sin(2.3 * x) * np.sin(2.1 * yr))  # a leafy, uneven edge
    R.over(part, leaves, LEAF)
    veins = np.abs(np.sin(x * 1.9 + yr * 1.1)) - 0.3
    R.over(part, 0.7 * leaves * R.coverage(veins * 2.0), LEAF_DARK)
    R.over(part, R.coverage(pots), POT)
    # the glass, open where the door has slid away from the doorway, then the frame and wall
    edge = R.col(DOOR_R - DOOR_SLIDE * f[:, 0])  # the door's right edge
    opening = R.coverage(R.edges_sdf(x, y, edge, DOOR_R, DOOR_TOP, BASE_Y))
    img = R.over(img, GLASS_COVER * (1.0 - opening), GLASS)
    img *= 1.0 - TOP_ALPHA
    img += TOP
    door = R.edges_sdf(x, y, edge - (DOOR_R - DOOR_L), edge, DOOR_TOP, BASE_Y)
    panel = np.maximum(door, -(door + 1.3))  # the door's frame
    panel = np.minimum(panel, np.maximum(door, DOOR_TOP + 19.0 - y))  # and its solid kick plate
    img = R.over(img, R.coverage(panel), FRAME)
    img *= R.col(0.5 + 0.55 * f[:, 3])[:, None]
    return R.to_uint8(img)


def render(door_open: float, plants: float, plant_height: float, daylight: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[door_open, plants, plant_height, daylight]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("greenhouse", arg, n, seed, FACTORS, sample_factors, _draw)
