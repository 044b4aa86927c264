"""`schoolmaster`: a village schoolroom, a blackboard with lines of chalk writing, a tall window
with a roller blind, the schoolmaster's desk and his long pointer, seen from the front (64x64 RGB).

The schoolroom's wall is pale cream above a green-painted dado, with a floor of brown boards
along the bottom. On the left a dark blackboard in a wooden frame hangs on the wall, a chalk
ledge under it with a stick of chalk; lines of joined-up chalk writing run across the board from
its top. On the right a tall window with a white frame and four panes of blue sky; a buff roller
blind is pulled down over it from the top, a ring hanging from its lower edge. On the floor in
front stands the schoolmaster's dark wooden desk with a pile of books and a red apple on it. A
long thin wooden pointer with a black tip rises across the picture from below its bottom edge.
Factors: how many lines are written on the blackboard (1 to 4, from the top), which way the
pointer points (leaning to the left, upright or leaning to the right), how far the blind is pulled
down over the window (from rolled up to nearly shut) and where the desk stands along the floor
(left to right). The wall, the board, the window and the pointer's length stay fixed; the whole
desk always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("lines", "how many lines of chalk writing are on the blackboard (1 to 4)", "categorical",
           ("1", "2", "3", "4")),
    Factor("pointer_angle", "which way the long pointer leans (to the left, upright, to the right)", "continuous"),
    Factor("blind", "how far the window's roller blind is pulled down (rolled up to nearly shut)", "continuous"),
    Factor("desk_x", "horizontal position of the schoolmaster's desk (left to right)", "continuous"),
)
# lines: a code 0..3 for 1..4 lines of writing, at the rows of LINES from the top; pointer_angle:
# -0.6..0.6 radians from upright (negative: the tip leans to the left), the pointer 44 px long
# from (30, 68) px below the image; blind: 0..1 lets the blind down 2..25 px from the top of the
# window's panes (y = 7 px); desk_x: 0..1 puts the desk's middle at x = 13..51 px
RANGES = ((0.0, 3.0), (-0.6, 0.6), (0.0, 1.0), (0.0, 1.0))
WALL, DADO, DADO_RAIL, FLOOR, FLOOR_LINE = (0.9, 0.86, 0.7), (0.4, 0.52, 0.38), (0.3, 0.4, 0.28), \
    (0.56, 0.4, 0.25), (0.42, 0.3, 0.18)
BOARD, FRAME, CHALK = (0.14, 0.18, 0.16), (0.52, 0.35, 0.2), (0.94, 0.94, 0.9)
WINDOW_FRAME, SKY, BLIND, BLIND_EDGE = (0.97, 0.97, 0.95), (0.56, 0.76, 0.95), (0.86, 0.72, 0.42), (0.6, 0.46, 0.22)
DESK, DESK_TOP, BOOKS, APPLE = (0.3, 0.18, 0.1), (0.42, 0.26, 0.14), ((0.2, 0.3, 0.6), (0.62, 0.16, 0.14)), \
    (0.86, 0.12, 0.1)
STICK, TIP = (0.76, 0.56, 0.3), (0.08, 0.08, 0.08)
DADO_Y, FLOOR_Y = 40.0, 56.0
BOARD_L, BOARD_R, BOARD_T, BOARD_B = 3.0, 39.0, 5.0, 33.0
LINES = ((9.5, 36.0), (15.5, 33.0), (21.5, 35.5), (27.5, 34.0))  # each line's row and where it ends (x, px)
WIN_L, WIN_R, WIN_T, WIN_B = 46.0, 60.0, 7.0, 35.0
DESK_HW, DESK_Y = 11.0, 45.0
PIVOT_X, PIVOT_Y, POINTER = 30.0, 68.0, 44.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, R.below(DADO_Y, 1), DADO)
    R.over(img, R.coverage(R.edges_sdf(x, y, 0.0, 64.0, DADO_Y - 0.5, DADO_Y + 1.0)), DADO_RAIL)
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    R.over(img, R.coverage(np.maximum(np.abs(((x + 3.0) % 9.0) - 4.5) - 4.0, FLOOR_Y + 0.5 - y)), FLOOR_LINE)
    # the blackboard, its frame and ledge with a stick of chalk
    R.over(img, R.coverage(R.edges_sdf(x, y, BOARD_L - 1.5, BOARD_R + 1.5, BOARD_T - 1.5, BOARD_B + 1.0)), FRAME)
    R.over(img, R.coverage(R.edges_sdf(x, y, BOARD_L, BOARD_R, BOARD_T, BOARD_B)), BOARD)
    R.over(img, R.coverage(R.edges_sdf(x, y, BOARD_L - 2.5, BOARD_R + 2.5, BOARD_B + 0.5, BOARD_B + 2.5)), FRAME)
    R.over(img, R.coverage(R.edges_sdf(x, y, 30.0, 35.0, BOARD_B - 0.8, BOARD_B + 0.6)), CHALK)
    # the window: a white frame, four panes of sky
    R.over(img, R.coverage(R.edges_sdf(x, y, WIN_L - 1.5, WIN_R + 1.5, WIN_T - 1.5, WIN_B + 1.5)), WINDOW_FRAME)
    panes = np.maximum(R.edges_sdf(x, y, WIN_L, WIN_R, WIN_T, WIN_B),
                       0.8 - np.minimum(np.abs(x - (WIN_L + WIN_R) / 2), np.abs(y - (WIN_T + WIN_B) / 2)))
    R.over(img, R.coverage(panes), SKY)
    return img[0]


SCENE = _scene()


def _writing():
    """Coverage of each line of joined-up chalk writing: a looping stroke broken into words."""
    x, y = R.grid()
    out = []
    for i, (row, end) in enumerate(LINES):
        p, q = 1.9 * x + 1.3 * i, 0.9 * x + i
        wave = row + 1.6 * np.sin(p) * (0.6 + 0.4 * np.sin(q))
        slope = 1.6 * (1.9 * np.cos(p) * (0.6 + 0.4 * np.sin(q)) + 0.36 * np.sin(p) * np.cos(q))
        stroke = np.abs(y - wave) / np.sqrt(1.0 + slope ** 2) - 0.8  # distance across the stroke
        words = np.sin(0.5 * x + 2.1 * i) + 0.8  # gaps between the words, where this is negative
        stroke = np.maximum(stroke, np.maximum(-words * 3.0, np.maximum(BOARD_L + 3.0 - x, x - end)))
        out.append(R.coverage(stroke))
    return out


WRITING = _writing()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the lines of writing, from the top
    count = f[:, 0].astype(int)
    for i, cover in enumerate(WRITING):
        on = (count >= i).astype(np.float32)[:, None, None]
        R.over(img, on * cover, CHALK)
    # the roller blind, pulled down from the top of the window, a ring at its edge
    low = R.col(WIN_T + 2.0 + 23.0 * f[:, 2])
    blind = R.edges_sdf(x, y, WIN_L - 0.5, WIN_R + 0.5, WIN_T - 2.0, low)
    R.over(img, R.coverage(blind), BLIND)
    R.over(img, R.coverage(np.maximum(np.abs(y - low + 0.8) - 0.8, np.abs(x - (WIN_L + WIN_R) / 2) - 7.5)), BLIND_EDGE)
    mid = (WIN_L + WIN_R) / 2
    R.over(img, R.coverage(np.abs(np.hypot(x - mid, y - low - 2.0) - 1.3) - 0.45), BLIND_EDGE)
    R.over(img, R.coverage(R.edges_sdf(x, y, WIN_L - 1.5, WIN_R + 1.5, WIN_T - 3.0, WIN_T - 0.5)), BLIND_EDGE)
    # the desk: a top, two pedestals of drawers, books and an apple on it
    cx = R.col(13.0 + 38.0 * f[:, 3])
    R.over(img, R.coverage(R.edges_sdf(x, y, cx - DESK_HW, cx + DESK_HW, DESK_Y, DESK_Y + 2.0)), DESK_TOP)
    pedestals = np.minimum(R.edges_sdf(x, y, cx - DESK_HW + 1.0, cx - DESK_HW + 7.0, DESK_Y + 2.0, FLOOR_Y + 3.0),
                           R.edges_sdf(x, y, cx + DESK_HW - 7.0, cx + DESK_HW - 1.0, DESK_Y + 2.0, FLOOR_Y + 3.0))
    R.over(img, R.coverage(pedestals), DESK)
    drawers = np.maximum(np.abs(((y - DESK_Y - 2.0) % 4.0) - 2.0) - 1.6, pedestals + 0.8)
    R.over(img, R.coverage(drawers), DESK_TOP)
    R.over(img, R.coverage(R.edges_sdf(x, y, cx - 9.0, cx - 1.0, DESK_Y - 2.0, DESK_Y)), BOOKS[0])
    R.over(img, R.coverage(R.edges_sdf(x, y, cx - 8.0, cx - 2.0, DESK_Y - 4.0, DESK_Y - 2.0)), BOOKS[1])
    R.over(img, R.coverage(np.hypot(x - (cx + 5.0), y - (DESK_Y - 2.2)) - 2.3), APPLE)
    # the pointer, in front of everything: a thin stick tapering to a black tip
    a = R.col(f[:, 1])
    tx, ty = PIVOT_X + POINTER * np.sin(a), PIVOT_Y - POINTER * np.cos(a)
    d, h = R.segment_sdf(x, y, PIVOT_X, PIVOT_Y, tx, ty, along=True)
    R.over(img, R.coverage(d - (1.7 - 0.8 * h)), STICK)
    R.over(img, R.coverage(np.maximum(d - 1.1, (0.93 - h) * POINTER)), TIP)
    return R.to_uint8(img)


def render(lines: float, pointer_angle: float, blind: float, desk_x: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[lines, pointer_angle, blind, desk_x]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("schoolmaster", arg, n, seed, FACTORS, sample_factors, _draw)
