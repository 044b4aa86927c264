"""`houseplant`: a leafy house plant in a pot on a windowsill, in front of a window (64x64 RGB).

A plant pot stands in the middle of a white windowsill near the bottom of the image: a tapering
pot, wider at the top, with a broad rim. From the pot a single thin green stem rises straight
up; along it grow bright yellow-green oval leaves, each with a darker midrib, evenly spaced from
a little above the rim to the top of the stem, alternating right and left (the lowest to the
right), all held at the same angle. Behind the plant is a window with a white frame and a cross
of glazing bars dividing it into four panes, set in a wall; the sky shows through the panes.
Factors: how many leaves the plant has (2, 4 or 6), how tall its stem is (short to tall; the
leaves spread out along it), how its leaves are held (reaching up, through straight out, to
drooping down), the daylight (from night - a dark navy sky and a dim wall - to bright day - a
pale blue sky and a sunlit wall) and the hue of the pot. The window, the sill, the pot's shape,
the leaves' size and green and the stem's place stay fixed; the whole plant always lies inside
the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("leaf_count", "how many leaves the plant has (2, 4 or 6)", "categorical", ("2", "4", "6")),
    Factor("plant_height", "how tall the plant's stem is (short to tall)", "continuous"),
    Factor("leaf_droop", "how the leaves are held (reaching up to drooping down)", "continuous"),
    Factor("daylight", "daylight through the window and on the wall (night to bright day)", "continuous"),
    Factor("pot_hue", "hue of the plant pot", "continuous"),
)
# leaf_count: codes 0..2 are 2, 4 or 6 leaves; plant_height: 0..1 is a stem 10..23 px tall from
# the soil at y = 38 px, the leaves attached from 0.2 of the way up to its top; leaf_droop: 0..1
# turns the leaves from 0.9 radians above the horizontal to 0.6 below; daylight: 0..1 blends the
# sky and the wall from night to day; pot_hue: 0..0.8 of the colour wheel (no wrap)
RANGES = ((0.0, 2.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 0.8))
NIGHT_SKY, DAY_SKY = np.array((0.06, 0.08, 0.2)), np.array((0.6, 0.8, 0.97))
NIGHT_WALL, DAY_WALL = np.array((0.36, 0.32, 0.3)), np.array((0.88, 0.8, 0.66))
FRAME, SILL = (0.96, 0.96, 0.95), (0.9, 0.9, 0.88)
STEM, LEAF, MIDRIB, SOIL = (0.2, 0.4, 0.14), (0.52, 0.84, 0.22), (0.22, 0.5, 0.12), (0.24, 0.16, 0.1)
WINDOW = (7.0, 57.0, 2.0, 56.0)  # left, right, top, bottom of the frame
SILL_Y, SOIL_Y, POT_X = 56.0, 38.0, 32.0
LEAF_HALF, LEAF_HW, LEAF_AT = 8.0, 3.3, 7.0  # a leaf's half-length, half-width, middle from the stem
COUNTS = (2, 4, 6)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    light = f[:, 3:4]
    wall = NIGHT_WALL[None] + (DAY_WALL - NIGHT_WALL)[None] * light
    sky = NIGHT_SKY[None] + (DAY_SKY - NIGHT_SKY)[None] * light
    img = R.canvas(n, wall)
    left, right, top, bottom = WINDOW
    frame = R.edges_sdf(x, y, left, right, top, bottom)
    R.over(img, np.broadcast_to(R.coverage(frame), (n, R.SIZE, R.SIZE)), FRAME)
    panes = np.maximum(frame + 2.2, -np.minimum(np.abs(x - 32.0), np.abs(y - 29.0)) + 1.1)
    R.over(img, np.broadcast_to(R.coverage(panes), (n, R.SIZE, R.SIZE)), sky)
    sill = R.edges_sdf(x, y, 3.0, 61.0, SILL_Y, SILL_Y + 3.5)
    R.over(img, np.broadcast_to(R.coverage(sill), (n, R.SIZE, R.SIZE)), SILL)
    R.over(img, 0.5 * np.broadcast_to(R.coverage(np.abs(y - SILL_Y - 4.0) - 0.5) * R.coverage(np.abs(x - 32) - 29),
                                      (n, R.SIZE, R.SIZE)), (0.0, 0.0, 0.0))
    # the pot: a tapering body and a broad rim
    pot = R.hsv(f[:, 4], 0.72, 0.8)
    taper = np.abs(x - POT_X) - (7.5 + 2.5 * (SILL_Y - y) / (SILL_Y - SOIL_Y))
    body = np.maximum(taper, np.maximum(SOIL_Y + 1.5 - y, y - SILL_Y))
    R.over(img, np.broadcast_to(R.coverage(body), (n, R.SIZE, R.SIZE)), pot)
    R.over(img, np.broadcast_to(R.coverage(R.edges_sdf(x, y, 20.5, 43.5, SOIL_Y - 1.0, SOIL_Y + 2.5)), (n, R.SIZE, R.SIZE)),
           pot * 0.8)
    R.over(img, np.broadcast_to(R.coverage(R.edges_sdf(x, y, 22.0, 42.0, SOIL_Y - 1.0, SOIL_Y)), (n, R.SIZE, R.SIZE)),
           SOIL)
    # the stem and the leaves, above the sill: drawn only there, for speed
    r1 = int(SILL_Y)
    part, yy = img[:, :, :r1], y[:, :r1]
    height = R.col(10 + 13 * f[:, 1])
    count = R.col(np.asarray(COUNTS, np.float32)[f[:, 0].astype(int)])
    tip = SOIL_Y - height
    R.over(part, R.coverage(np.maximum(np.abs(x - POT_X) - 0.8, np.maximum(tip - yy, yy - SOIL_Y))), STEM)
    a = R.col(0.9 - 1.5 * f[:, 2])
    ca, sa = np.cos(a), np.sin(a)
    leaves = np.full((n, r1, R.SIZE), np.inf, np.float32)
    ribs = leaves.copy()
    for i in range(max(COUNTS)):
        side = 1.0 if i % 2 == 0 else -1.0
        at = SOIL_Y - height * (0.2 + 0.8 * (i + 1) / count)
        dx, dy = side * ca, -sa  # along the leaf, from the stem to its tip
        px, py = x - (POT_X + LEAF_AT * dx), yy - (at + LEAF_AT * dy)
        u, v = px * dx + py * dy, py * dx - px * dy
        leaf = R.ellipse_sdf(u, v, LEAF_HALF, LEAF_HW)
        here = count > i
        np.minimum(leaves, np.where(here, leaf, np.inf), out=leaves)
        np.minimum(ribs, np.where(here, np.maximum(np.abs(v) - 0.35, leaf + 0.9), np.inf), out=ribs)
    R.over(part, R.coverage(leaves), LEAF)
    R.over(part, 0.8 * R.coverage(ribs), MIDRIB)
    return R.to_uint8(img)


def render(leaf_count: float, plant_height: float, leaf_droop: float, daylight: float, pot_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[leaf_count, plant_height, leaf_droop, daylight, pot_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("houseplant", arg, n, seed, FACTORS, sample_factors, _draw)
