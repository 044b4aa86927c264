"""`roofer`: a cottage being re-roofed, new tiles laid in courses up a hipped roof from the
eaves and a ladder leaning against the wall, seen from the front (64x64 RGB).

A blue sky over a strip of green grass along the bottom of the image. The cottage's cream
rendered wall fills the middle, with two dark windows in white frames and a green front door
between them; over it a hipped roof, seen from the front as a wide trapezoid from the
overhanging eaves up to a short level ridge, with a brick chimney standing on it at the right.
The roof is being re-tiled: its bare part shows the pale grey-blue underlay with pale wooden
battens across it, and from the eaves upward the new tiles cover it in courses, each course a
row of tiles with darker joints between them, staggered from course to course. A small stack of
the same new tiles waits on the grass at the right. A wooden ladder leans against the wall,
standing on the grass and reaching just above the eaves. Factors: how many courses of tiles
have been laid from the eaves (1 to 4; with 4 the whole roof is tiled), how steep the roof is
(from a low pitch to a steep one: its ridge rises, the eaves stay where they are), where the
ladder stands along the wall (left to right) and the colour of the new tiles (from red clay to
blue-grey slate). The sky, the grass, the wall, its windows and door, the ridge's length and
the ladder's size stay fixed; the whole roof always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("courses", "how many courses of new tiles are laid from the eaves (1 to 4)", "categorical",
           ("1", "2", "3", "4")),
    Factor("pitch", "how steep the cottage's roof is (low to steep)", "continuous"),
    Factor("ladder_x", "where the ladder leans along the wall (left to right)", "continuous"),
    Factor("tile_colour", "colour of the new roof tiles (red clay to blue-grey slate)", "continuous"),
)
# courses: a code 0..3 for 1..4 of the roof's four courses tiled, from the eaves up; pitch: 0.45..0.9
# radians, so that the roof, 20 px deep, rises 9.7..25.2 px above the eaves at y = 34 px; ladder_x:
# 0..1 puts the ladder's left rail at x = 5..51 px (it is 6 px wide); tile_colour: 0..1 blends the
# tiles from red clay (0.78, 0.32, 0.2) to blue-grey slate (0.3, 0.34, 0.42)
RANGES = ((0.0, 3.0), (0.45, 0.9), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.38, 0.6, 0.9)), np.array((0.72, 0.84, 0.96))
GRASS, WALL, FRAME, GLASS, DOOR = (0.36, 0.6, 0.28), (0.9, 0.86, 0.74), (0.97, 0.97, 0.95), (0.16, 0.2, 0.26), \
    (0.16, 0.4, 0.3)
UNDERLAY, BATTEN, BRICK, LADDER = (0.8, 0.87, 0.94), (0.9, 0.78, 0.56), (0.62, 0.3, 0.22), (0.58, 0.4, 0.2)
CLAY, SLATE = np.array((0.78, 0.32, 0.2)), np.array((0.3, 0.34, 0.42))
EAVES_Y, EAVES_L, EAVES_R, DEPTH = 34.0, 2.0, 62.0, 20.0
WALL_L, WALL_R, GRASS_Y = 6.0, 58.0, 56.0
COURSES = 4
LADDER_W, LADDER_TOP, LADDER_FOOT = 6.0, 31.0, 60.0
CHIMNEY_L, CHIMNEY_R = 44.0, 49.0


def _scene():
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, GRASS_Y)[None].copy()
    R.over(img, R.below(GRASS_Y, 1), GRASS)
    R.over(img, R.coverage(R.edges_sdf(x, y, WALL_L, WALL_R, EAVES_Y - 1.0, GRASS_Y)), WALL)
    for wl in (11.0, 42.0):
        R.over(img, R.coverage(R.edges_sdf(x, y, wl - 1.0, wl + 12.0, 38.0, 49.0)), FRAME)
        panes = np.maximum(R.edges_sdf(x, y, wl, wl + 11.0, 39.0, 48.0), 0.6 - np.abs(x - (wl + 5.5)))
        R.over(img, R.coverage(panes), GLASS)
    R.over(img, R.coverage(R.edges_sdf(x, y, 27.5, 36.5, 41.0, GRASS_Y)), DOOR)
    R.over(img, R.coverage(np.hypot(x - 34.5, y - 49.0) - 0.8), (0.85, 0.75, 0.3))  # the door's knob
    return img[0]


SCENE = _scene()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    h = R.col(DEPTH * np.tan(f[:, 1]))  # the ridge's height above the eaves
    ridge = EAVES_Y - h
    norm = np.sqrt(h * h + DEPTH * DEPTH)
    left = ((x - EAVES_L) * -h - (y - EAVES_Y) * DEPTH) / norm
    right = ((x - EAVES_R) * h - (y - EAVES_Y) * DEPTH) / norm
    roof = np.maximum(np.maximum(y - EAVES_Y, ridge - y), np.maximum(left, right))
    cover = R.coverage(roof)
    # the bare roof: underlay with battens across it
    R.over(img, cover, UNDERLAY)
    R.over(img, cover * R.coverage(np.abs(((y - EAVES_Y) % 3.0) - 1.5) - 0.45), BATTEN)
    # the new tiles, course by course from the eaves, and the stack of them on the grass
    t = f[:, 3:4]
    tile = CLAY + (SLATE - CLAY) * t
    course = h / COURSES
    laid = EAVES_Y - course * R.col(f[:, 0] + 1.0)  # the top of the tiled part
    tiled = cover * R.coverage(laid - y + 0.5)
    R.over(img, tiled, tile)
    k = np.floor((EAVES_Y - y) / course)
    joints = np.minimum(np.abs(((EAVES_Y - y) % course) - course + 0.4) - 0.4,
                        np.abs(((x + 2.5 * k) % 5.0) - 2.5) - 0.35)
    R.over(img, 0.8 * tiled * R.coverage(joints), tile * 0.55)
    stack = R.coverage(R.edges_sdf(x, y, 52.0, 61.0, 55.0, 61.0))
    R.over(img, stack, tile)
    R.over(img, stack * R.coverage(np.abs(((y - 55.0) % 2.0) - 1.0) - 0.3), tile * 0.55)
    # the chimney on the roof's right slope
    chimney = R.edges_sdf(x, y, CHIMNEY_L, CHIMNEY_R, ridge - 5.0, EAVES_Y - 0.45 * h)
    R.over(img, R.coverage(chimney), BRICK)
    R.over(img, R.coverage(R.edges_sdf(x, y, CHIMNEY_L - 0.8, CHIMNEY_R + 0.8, ridge - 6.0, ridge - 4.5)),
           (0.4, 0.2, 0.15))
    # the ladder: two rails and rungs every 4 px
    lx = R.col(5.0 + 46.0 * f[:, 2])
    rails = np.minimum(np.abs(x - lx - 0.8), np.abs(x - lx - LADDER_W + 0.8)) - 0.8
    rails = np.maximum(rails, np.maximum(LADDER_TOP - y, y - LADDER_FOOT))
    rungs = np.maximum(np.abs(((y - LADDER_TOP) % 4.0) - 2.0) - 0.6,
                       np.maximum(np.abs(x - lx - LADDER_W / 2) - LADDER_W / 2, np.maximum(LADDER_TOP + 1.0 - y,
                                                                                       y - LADDER_FOOT + 1.0)))
    return R.to_uint8(R.over(img, R.coverage(np.minimum(rails, rungs)), LADDER))


def render(courses: float, pitch: float, ladder_x: float, tile_colour: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[courses, pitch, ladder_x, tile_colour]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("roofer", arg, n, seed, FACTORS, sample_factors, _draw)
