"""`tinsmith`: a tinsmith's workshop, a new jug standing on the workbench, finished cups on a
shelf, a sheet of metal leaning on the wall, a pair of tin snips hanging on a nail and an oil
lamp hanging from the ceiling, seen from the front (64x64 RGB).

The workshop's back wall is plastered and painted a dark grey-green; the floor is of dark
boards. Across the lower part of the image runs a heavy wooden workbench. On the bench stands a
jug the tinsmith has just made: a tapering body with a handle on its left and a spout at its rim
on the right, lit down one side. High on the left a plank shelf holds three finished cups; on
the right a large sheet of metal leans against the wall behind the bench. Above the sheet, on a
board of pale planks, a pair of tin snips hangs on a nail by its pivot, dark steel blades
pointing down and red-gripped handles pointing up. An oil lamp hangs on a chain from the ceiling
in the middle: a brass frame round a glass chimney with a flame inside, which lights the room.
Factors: where the jug stands along the bench (left to right), which metal the tinsmith is
working (bright tin, copper or brass; the jug, the cups and the sheet are all of it), how wide
the snips hang open (from closed to wide open; the handles spread with the blades) and how
brightly the lamp burns (from out, the room dim, to bright, the room lit and a glow round the
lamp). The wall, the board, the floor, the bench, the shelf, the nail and the lamp's frame stay
fixed; the jug always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("jug_x", "where the jug stands along the workbench (left to right)", "continuous"),
    Factor("metal", "which metal the tinsmith is working (tin, copper or brass)", "categorical",
           ("tin", "copper", "brass")),
    Factor("snips_open", "how wide the tin snips on the wall hang open (closed to wide open)", "continuous"),
    Factor("lamp", "how brightly the oil lamp burns (out to bright)", "continuous"),
)
# jug_x: 0..1 puts the jug's middle at x = 11..37 px; metal: a code 0..2 for the colour of the
# jug, the cups and the sheet; snips_open: 0..1 opens each blade 0.04..0.8 radians from straight
# down about the pivot at (PIVOT_X, PIVOT_Y); lamp: 0..1 brightens the whole image from 0.42 to
# 1.0 of its full light, lights the flame and spreads a warm glow round the lamp
RANGES = ((0.0, 1.0), (0.0, 2.0), (0.0, 1.0), (0.0, 1.0))
PLASTER, PLASTER_DARK, BOARDS, BOARD_LINE = (0.3, 0.38, 0.36), (0.25, 0.32, 0.3), (0.3, 0.2, 0.13), (0.2, 0.13, 0.08)
TOOLBOARD, TOOLBOARD_LINE = (0.82, 0.7, 0.5), (0.7, 0.58, 0.4)
BENCH, BENCH_DARK, SHELF = (0.56, 0.38, 0.2), (0.4, 0.26, 0.13), (0.5, 0.34, 0.18)
STEEL, GRIP, NAIL = (0.26, 0.28, 0.32), (0.72, 0.14, 0.1), (0.2, 0.2, 0.2)
LAMP_FRAME, GLASS, FLAME, GLOW = (0.66, 0.52, 0.24), (0.7, 0.72, 0.7), (1.0, 0.86, 0.4), (1.0, 0.84, 0.5)
METALS = np.array([(0.84, 0.88, 0.95), (0.84, 0.42, 0.24), (0.8, 0.6, 0.12)], np.float32)
BENCH_Y, FLOOR_Y = 45.0, 55.0
JUG_FOOT, JUG_H = 45.0, 14.0
SHELF_Y, CUPS = 17.0, (5.0, 14.5, 24.0)
SHEET = ((43.0, 45.0), (63.0, 45.0), (61.5, 29.0), (44.5, 30.5))  # its corners, round the outline
PIVOT_X, PIVOT_Y, BLADE, HANDLE = 51.5, 11.0, 15.0, 6.5
LAMP_X, LAMP_Y = 35.5, 11.0  # the middle of the lamp's glass


def _quad_sdf(x, y, corners):
    """Signed distance (roughly, exact along the edges) to a convex quadrilateral whose corners
    go round it anticlockwise as seen on the screen."""
    d = -np.inf
    for (ax, ay), (bx, by) in zip(corners, corners[1:] + corners[:1]):
        ex, ey = bx - ax, by - ay
        length = np.hypot(ex, ey)
        d = np.maximum(d, ((y - ay) * ex - (x - ax) * ey) / length)
    return d


def _scene():
    x, y = R.grid()
    img = R.canvas(1, PLASTER)
    stain = np.sin(x * 0.7 + np.sin(y * 0.5) * 1.5) * np.sin(y * 0.45 - x * 0.2)
    R.over(img, 0.5 * np.clip(stain, 0.0, 1.0), PLASTER_DARK)
    R.over(img, R.below(FLOOR_Y, 1), BOARDS)
    R.over(img, R.coverage(np.maximum(np.abs(((x + 2.0) % 7.0) - 3.5) - 0.4, FLOOR_Y - y)), BOARD_LINE)
    # a board of pale planks behind the snips, the shelf on its brackets, the lamp's chain
    board = R.edges_sdf(x, y, 40.0, 63.0, 1.0, 27.0)
    R.over(img, R.coverage(board), TOOLBOARD)
    R.over(img, R.coverage(np.maximum(np.abs(((x - 40.0) % 5.75) - 2.875) - 0.4, board + 0.5)), TOOLBOARD_LINE)
    R.over(img, R.coverage(R.edges_sdf(x, y, 0.0, 31.0, SHELF_Y, SHELF_Y + 2.0)), SHELF)
    for bx in (5.0, 27.0):
        R.over(img, R.coverage(R.segment_sdf(x, y, bx, SHELF_Y + 2.0, bx - 3.0, SHELF_Y + 6.0) - 0.7), SHELF)
    R.over(img, R.coverage(np.abs(x - LAMP_X) - 0.5 + np.maximum(y - (LAMP_Y - 5.0), 0.0) * 10.0), NAIL)
    # the bench: a thick top and two legs
    R.over(img, R.coverage(R.edges_sdf(x, y, 0.0, 64.0, BENCH_Y, BENCH_Y + 4.0)), BENCH)
    R.over(img, R.coverage(R.edges_sdf(x, y, 0.0, 64.0, BENCH_Y + 3.0, BENCH_Y + 4.0)), BENCH_DARK)
    for lx in (4.0, 57.0):
        R.over(img, R.coverage(R.edges_sdf(x, y, lx, lx + 3.5, BENCH_Y + 4.0, 64.0)), BENCH_DARK)
    return img[0]


SCENE = _scene()


def _metal_covers():
    """Coverage of the metal pieces that stay put (the cups, the sheet), and of the sheet's shine."""
    x, y = R.grid()
    body = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for cx in CUPS:
        cup = np.maximum(np.abs(x - cx) - (3.2 + 0.1 * (SHELF_Y - y)), np.maximum(SHELF_Y - 8.5 - y, y - SHELF_Y))
        ear = np.abs(R.ellipse_sdf(x - cx - 4.3, y - (SHELF_Y - 4.2), 1.8, 2.3)) - 0.6
        body = np.minimum(body, np.minimum(cup, ear))
    sheet = _quad_sdf(x, y, SHEET)
    shine = np.maximum(sheet, np.abs(x + 0.4 * y - 66.0) - 2.5)
    return R.coverage(np.minimum(body, sheet))[0], R.coverage(shine)[0]


FIXED_METAL, FIXED_SHINE = _metal_covers()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    metal = METALS[f[:, 1].astype(int)]  # (n, 3)
    # the cups and the sheet, with a bright streak across the sheet
    R.over(img, np.broadcast_to(FIXED_METAL, (n, R.SIZE, R.SIZE)), metal)
    R.over(img, np.broadcast_to(0.6 * FIXED_SHINE, (n, R.SIZE, R.SIZE)), np.minimum(metal * 1.25, 1.0))
    # the jug: a tapering body, a handle on the left, a spout on the right, shaded on its right
    jx = R.col(11.0 + 26.0 * f[:, 0])
    t = (JUG_FOOT - y) / JUG_H  # 0 at the foot, 1 at the rim
    half = 5.5 - 1.8 * t
    body = np.maximum(np.abs(x - jx) - half, np.maximum(-t, t - 1.0) * JUG_H)
    handle = np.abs(R.ellipse_sdf(x - (jx - 5.0), y - (JUG_FOOT - 8.5), 3.2, 4.2)) - 0.8
    spout = R.segment_sdf(x, y, jx + 3.0, JUG_FOOT - JUG_H + 2.0, jx + 6.5, JUG_FOOT - JUG_H - 1.0) - 1.1
    R.over(img, R.coverage(np.minimum(np.minimum(handle, spout), body)), metal)
    R.over(img, 0.8 * R.coverage(np.maximum(body, jx + 1.5 - x)), metal * 0.62)
    R.over(img, 0.7 * R.coverage(np.maximum(body, np.abs(x - jx + 2.0) - 0.8)), np.minimum(metal * 1.2, 1.0))
    R.over(img, R.coverage(np.maximum(body, np.abs(y - (JUG_FOOT - JUG_H + 0.6)) - 0.6)), metal * 0.5)
    # the snips: two tapering blades from the pivot down, their handles up, on the nail
    a = R.col(0.04 + 0.76 * f[:, 2])
    s, c = np.sin(a), np.cos(a)
    for side in (-1.0, 1.0):
        tip_x, tip_y = PIVOT_X + side * BLADE * s, PIVOT_Y + BLADE * c
        d, h = R.segment_sdf(x, y, PIVOT_X, PIVOT_Y, tip_x, tip_y, along=True)
        R.over(img, R.coverage(d - (2.3 - 1.7 * h)), STEEL)
        end_x, end_y = PIVOT_X - side * HANDLE * s, PIVOT_Y - HANDLE * c
        grip = np.minimum(R.segment_sdf(x, y, PIVOT_X, PIVOT_Y, end_x, end_y) - 1.2,
                          np.abs(np.hypot(x - end_x, y - end_y) - 2.4) - 1.0)
        R.over(img, R.coverage(grip), GRIP)
    R.over(img, R.coverage(np.hypot(x - PIVOT_X, y - PIVOT_Y) - 1.3), NAIL)
    # the lamp: the light on the room, a glow, the frame, the glass and the flame
    lamp = R.col(f[:, 3])
    img *= 0.42 + 0.58 * lamp[:, None]
    glow = np.exp(-((x - LAMP_X) ** 2 + (y - LAMP_Y) ** 2) / 90.0)
    R.over(img, 0.55 * lamp * glow, GLOW)
    frame = np.minimum(R.edges_sdf(x, y, LAMP_X - 4.0, LAMP_X + 4.0, LAMP_Y - 6.0, LAMP_Y - 4.0),
                       R.edges_sdf(x, y, LAMP_X - 4.5, LAMP_X + 4.5, LAMP_Y + 4.0, LAMP_Y + 6.5))
    R.over(img, R.coverage(frame), LAMP_FRAME)
    glass = R.ellipse_sdf(x - LAMP_X, y - LAMP_Y, 3.5, 4.3)
    R.over(img, R.coverage(glass), GLASS)
    R.over(img, lamp * R.coverage(glass), FLAME)
    flame = R.ellipse_sdf(x - LAMP_X, y - LAMP_Y - 0.5, 1.3, 2.8)
    return R.to_uint8(R.over(img, lamp * R.coverage(flame), (1.0, 0.97, 0.8)))


def render(jug_x: float, metal: float, snips_open: float, lamp: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[jug_x, metal, snips_open, lamp]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("tinsmith", arg, n, seed, FACTORS, sample_factors, _draw)
