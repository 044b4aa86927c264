"""`teahouse`: a teapot and teacups on a low lacquered table in a Japanese teahouse, a sliding
paper screen behind them looking out on the garden, seen from the side (64x64 RGB).

The room's back wall is cream plaster between two dark wooden posts. In the upper part of the
wall is a wide opening filled by two shoji screens (white paper on a dark wooden lattice): the
left one fixed, the right one sliding to the left in front of it to open the room onto the
garden outside (a pale sky, dark green trees, a red maple, a grey stone lantern on the moss).
Below it a red-brown lacquered table fills the lower part of the image, on tatami matting. At
the back of the table stands a round celadon-green teapot with a lid and knob, its spout
pointing right and its handle on the left; along the front edge of the table stand white
teacups with a blue band, each holding green tea. Factors: where the teapot stands along the
table (left to right), how far it is tipped forward to pour (upright to tipped well over to the
right, turning about the right end of its foot), how many cups stand on the table (1 to 4,
filling their places from the left) and how far the sliding screen is open (closed to half of
the opening, showing the garden). The teapot's size and colour, the cups' places, the table,
the wall and the garden stay fixed; the whole teapot always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("teapot_x", "where the teapot stands along the table (left to right)", "continuous"),
    Factor("pour_tilt", "how far the teapot is tipped to pour (upright to tipped right)", "continuous"),
    Factor("cups", "how many teacups stand on the table (1 to 4)", "categorical", ("1", "2", "3", "4")),
    Factor("screen_open", "how far the sliding paper screen is open (closed to open)", "continuous"),
)
# teapot_x: 0..1 puts the middle of the teapot's body at x = 16..42 px (its foot on the table at
# y = 45 px); pour_tilt: 0..0.75 radians, turning the teapot clockwise about the right end of its
# foot (the spout's tip goes from (x + 13.5, 33) px to about (x + 19.5, 42) px); cups: 1..4 cups
# (codes 0..3), 10 px wide, their middles at x = 10, 24, 38, 52 px along the front of the table
# (their rims at y = 48 px, their feet at y = 56.5 px), filled from the left; screen_open: 0..1 slides the right-hand
# screen (24 px wide) from x = 32..56 px to x = 8..32 px, baring 0..24 px of the garden at
# x = 56 - 24 * screen_open .. 56 px, between y = 5 and 34 px
RANGES = ((0.0, 1.0), (0.0, 0.75), (0.0, 3.0), (0.0, 1.0))
WALL, POST, SILL = (0.82, 0.74, 0.58), (0.3, 0.19, 0.11), (0.4, 0.26, 0.15)
PAPER, LATTICE = (0.96, 0.94, 0.87), (0.4, 0.27, 0.16)
TABLE, TABLE_EDGE, TATAMI = (0.45, 0.19, 0.12), (0.28, 0.11, 0.07), (0.74, 0.7, 0.44)
GLAZE, GLAZE_DARK, KNOB = (0.47, 0.7, 0.58), (0.34, 0.54, 0.44), (0.2, 0.25, 0.22)
PORCELAIN, BAND, TEA = (0.95, 0.94, 0.9), (0.2, 0.32, 0.68), (0.48, 0.58, 0.2)
GARDEN_SKY, TREES, MAPLE, STONE, MOSS = (0.8, 0.89, 0.96), (0.18, 0.36, 0.2), (0.8, 0.24, 0.14), \
    (0.55, 0.55, 0.52), (0.36, 0.5, 0.22)
OPEN_L, OPEN_R, OPEN_T, OPEN_B, PANEL = 8.0, 56.0, 5.0, 34.0, 24.0
TABLE_TOP, TABLE_FRONT, TABLE_BOTTOM = 38.0, 57.0, 60.0
FOOT_Y = 45.0
CUP_X, CUP_HW, CUP_TOP, CUP_BOTTOM = (10.0, 24.0, 38.0, 52.0), 5.0, 48.0, 56.5
LATTICE_W, LATTICE_H = 6.0, 7.25  # the screens' panes
POT_ROWS = (18, 46)  # the rows the teapot can reach


def _lattice(u, y, left, right):
    """Coverage of a screen's wooden frame and lattice, in its own coordinate u across it."""
    du = np.abs(((u + LATTICE_W / 2) % LATTICE_W) - LATTICE_W / 2)
    dv = np.abs(((y - OPEN_T + LATTICE_H / 2) % LATTICE_H) - LATTICE_H / 2)
    frame = -R.edges_sdf(u, y, left, right, OPEN_T, OPEN_B) - 1.0  # inside, within 1 px of the edge
    return R.coverage(np.minimum(np.minimum(du, dv) - 0.45, frame))


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, WALL)
    # the garden in the opening
    opening = R.coverage(R.edges_sdf(x, y, OPEN_L, OPEN_R, OPEN_T, OPEN_B))
    R.over(img, opening, GARDEN_SKY)
    tree_top = 15 + 2.5 * np.sin(x * 0.45) + 1.5 * np.sin(x * 1.1 + 2.0)
    R.over(img, opening * R.coverage(tree_top - y), TREES)
    maple = np.minimum(R.ellipse_sdf(x - 47, y - 15, 6.5, 5.0), R.ellipse_sdf(x - 41, y - 18, 4.5, 3.5))
    R.over(img, opening * R.coverage(maple), MAPLE)
    R.over(img, opening * R.coverage(29.5 - y), MOSS)
    lantern = np.minimum(R.edges_sdf(x, y, 38.5, 41.5, 22, 32), R.edges_sdf(x, y, 36, 44, 20, 23))
    lantern = np.minimum(lantern, R.edges_sdf(x, y, 37, 43, 24, 27.5))
    R.over(img, opening * R.coverage(lantern), STONE)
    # the fixed left-hand screen, the sill under the opening and the posts
    R.over(img, R.coverage(R.edges_sdf(x, y, OPEN_L, OPEN_L + PANEL, OPEN_T, OPEN_B)), PAPER)
    R.over(img, R.coverage(R.edges_sdf(x, y, OPEN_L, OPEN_L + PANEL, OPEN_T, OPEN_B)) *
           _lattice(x, y, OPEN_L, OPEN_L + PANEL), LATTICE)
    R.over(img, R.coverage(R.edges_sdf(x, y, OPEN_L - 1.5, OPEN_R + 1.5, OPEN_T - 2.0, OPEN_T)), POST)
    R.over(img, R.coverage(R.edges_sdf(x, y, OPEN_L - 1.5, OPEN_R + 1.5, OPEN_B, OPEN_B + 2.0)), SILL)
    R.over(img, R.coverage(np.minimum(x - 4.0, 60.0 - x)), POST)
    # the table, its front edge and the tatami
    R.over(img, R.below(TABLE_TOP, 1), TABLE)
    R.over(img, 0.1 * R.coverage(np.abs(((y - TABLE_TOP) % 6.0) - 3.0) - 0.5) * R.below(TABLE_TOP, 1), WALL)
    R.over(img, R.below(TABLE_FRONT, 1), TABLE_EDGE)
    R.over(img, R.below(TABLE_BOTTOM, 1), TATAMI)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the sliding screen, in front of the fixed one
    left = R.col(OPEN_L + PANEL - PANEL * f[:, 3])
    screen = R.coverage(R.edges_sdf(x, y, left, left + PANEL, OPEN_T, OPEN_B))
    R.over(img, screen, PAPER)
    R.over(img, screen * _lattice(x - left, y, 0.0, PANEL), LATTICE)
    # the cups along the front of the table: the nearest place to each column, if the count reaches it
    k = np.clip(np.round((x - CUP_X[0]) / (CUP_X[1] - CUP_X[0])), 0, 3)
    u = x - (CUP_X[0] + k * (CUP_X[1] - CUP_X[0]))
    here = (k <= R.col(f[:, 2])).astype(np.float32)  # (n, 1, W)
    cup = R.coverage(R.box_sdf(u, y - (CUP_TOP + CUP_BOTTOM) / 2, CUP_HW - 1.5, (CUP_BOTTOM - CUP_TOP) / 2 - 1.5) - 1.5)
    cup = np.maximum(cup, R.coverage(R.ellipse_sdf(u, y - CUP_TOP, CUP_HW, 1.6)))
    R.over(img, here * cup, PORCELAIN)
    R.over(img, here * cup * R.coverage(np.abs(y - 51.5) - 0.9), BAND)
    R.over(img, here * R.coverage(R.ellipse_sdf(u, y - CUP_TOP, CUP_HW - 1.2, 0.9)), TEA)
    # the teapot, in its own upright frame: (lx, ly) from the right end of its foot, ly down
    r0, r1 = POT_ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    a = R.col(f[:, 1])
    dx, dy = x - R.col(16 + 26 * f[:, 0] + 5.0), y - FOOT_Y
    ca, sa = np.cos(a), np.sin(a)
    lx, ly = dx * ca + dy * sa, dy * ca - dx * sa
    handle = np.maximum(np.abs(np.hypot(lx + 14.0, ly + 7.5) - 3.8) - 1.0, lx + 12.5)
    spout = R.segment_sdf(lx, ly, 1.5, -5.5, 8.5, -12.0) - 1.5
    knob = np.hypot(lx + 5.0, ly + 15.5) - 1.4
    R.over(part, R.coverage(np.minimum(handle, spout)), GLAZE_DARK)
    body = np.minimum(R.ellipse_sdf(lx + 5.0, ly + 7.0, 8.0, 6.5), R.box_sdf(lx + 5.0, ly + 0.8, 5.0, 0.8))
    R.over(part, R.coverage(body), GLAZE)
    R.over(part, 0.5 * R.coverage(R.ellipse_sdf(lx + 8.0, ly + 9.5, 2.2, 1.5)), PAPER)  # a gleam
    R.over(part, R.coverage(R.ellipse_sdf(lx + 5.0, ly + 13.0, 4.6, 1.7)), GLAZE_DARK)
    R.over(part, R.coverage(knob), KNOB)
    return R.to_uint8(img)


def render(teapot_x: float, pour_tilt: float, cups: float, screen_open: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[teapot_x, pour_tilt, cups, screen_open]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("teahouse", arg, n, seed, FACTORS, sample_factors, _draw)
