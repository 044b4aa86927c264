"""`watchmaker`: a watchmaker's bench seen from straight above, a pocket watch lying open on a
green leather mat with a loupe and tools around it under a bench lamp (64x64 RGB).

A green leather mat with a stitched border lies on a bench of dark wood that shows round its
edges. In the upper middle of the mat lies a gold pocket watch with its bow and crown at the
top: a cream dial inside the case, twelve hour marks, a short blued hour hand pointing to ten
and a long blued minute hand, and a brass centre boss. Brass gear wheels lie on the mat at the
upper left, a pair of steel tweezers at the upper right, and along the bottom of the mat lies a
black loupe seen end on: a thick ring round its glass. The bench lamp's warm light falls on the
mat from above. Factors: where the watch's minute hand points (round the whole dial, coming
round to where it began), the shape of the watch's case and dial (round, hexagonal or square),
where the loupe lies along the bottom of the mat (left to right) and how brightly the lamp
shines (dim to bright). The bench, the mat, the tools, the watch's place and size and the hour
hand stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("minute_hand", "where the watch's minute hand points, round the dial", "cyclic", period=1.0),
    Factor("case_shape", "shape of the watch's case and dial (round, hexagonal or square)", "categorical",
           ("round", "hexagonal", "square")),
    Factor("loupe_x", "horizontal position of the loupe on the mat (left to right)", "continuous"),
    Factor("lamp", "how brightly the bench lamp shines (dim to bright)", "continuous"),
)
# minute_hand: 0..1 of a turn clockwise from twelve (0 and 1 are the same); case_shape: a code
# 0..2 for a round case of radius 20 px, a hexagonal one 19 px from middle to each flat side (flat
# at the top and bottom), or a square one 18.5 px from middle to side, all about (32, 27) px;
# loupe_x: 0..1 puts the loupe's middle at x = 11..53 px (y = 55 px); lamp: 0..1 lights the
# whole picture from 38 to 100 % and brightens the warm pool of light on the mat
RANGES = ((0.0, 1.0), (0.0, 2.0), (0.0, 1.0), (0.0, 1.0))
BENCH, BENCH_LINE, MAT, STITCH = (0.34, 0.22, 0.13), (0.26, 0.16, 0.1), (0.2, 0.46, 0.32), (0.72, 0.78, 0.62)
GOLD, GOLD_DARK, DIAL = (0.88, 0.72, 0.32), (0.62, 0.46, 0.16), (0.97, 0.94, 0.86)
MARK, BLUED = (0.2, 0.18, 0.16), (0.1, 0.14, 0.42)
BRASS, STEEL, LOUPE, LENS = (0.8, 0.64, 0.28), (0.72, 0.74, 0.78), (0.07, 0.07, 0.08), (0.55, 0.68, 0.72)
WARM = np.array((1.0, 0.93, 0.78), np.float32)
CX, CY, HAND_LEN, LOUPE_Y = 32.0, 27.0, 14.5, 55.0


def _case_sdfs(off: float = 0.0):
    """Signed distances to each case shape, about the watch's middle (moved down and right by
    ``off`` px, for its shadow)."""
    x, y = R.grid()
    dx, dy = x - CX - off, y - CY - off
    round_ = np.hypot(dx, dy) - 20.0
    ax, ay = np.abs(dx), np.abs(dy)
    hexagon = np.maximum(ay, ax * 0.866 + ay * 0.5) - 19.0  # flat at the top and bottom
    square = R.box_sdf(dx, dy, 15.5, 15.5) - 3.0
    return np.stack([np.broadcast_to(d, (1, R.SIZE, R.SIZE))[0] for d in (round_, hexagon, square)])


CASES, SHADOWS = _case_sdfs(), _case_sdfs(1.8)


def _scene():
    """The bench, the mat, the tools and the watch's bow: all that never changes."""
    x, y = R.grid()
    img = R.canvas(1, BENCH)
    R.over(img, R.coverage(np.abs(((y + 0.15 * x) % 5.0) - 2.5) - 2.2), BENCH_LINE)
    mat = R.box_sdf(x - 32.0, y - 32.0, 28.5, 28.5) - 1.5
    R.over(img, R.coverage(mat), MAT)
    R.over(img, R.coverage(np.maximum(np.abs(mat + 2.0) - 0.35, np.abs(((x + y) % 2.5) - 1.25) - 0.6)), STITCH)
    # gear wheels at the upper left, tweezers at the upper right
    for gx, gy, r in ((9.5, 10.0, 4.5), (8.5, 19.5, 3.0)):
        rho, th = np.hypot(x - gx, y - gy), np.arctan2(y - gy, x - gx)
        teeth = rho - r - 0.8 * (np.cos(th * (4 * r)) > 0)
        R.over(img, R.coverage(np.maximum(teeth, 1.2 - rho)), BRASS)
    for dx in (-1.6, 1.6):
        R.over(img, R.coverage(R.segment_sdf(x, y, 55.0, 6.0, 56.0 + dx * 1.4, 20.0) - 0.7), STEEL)
    # the bow and crown at the top of the case
    R.over(img, R.coverage(np.abs(np.hypot(x - CX, y - (CY - 23.0)) - 2.6) - 0.8), GOLD)
    R.over(img, R.coverage(R.edges_sdf(x, y, CX - 1.5, CX + 1.5, CY - 21.5, CY - 18.0)), GOLD_DARK)
    return img[0]


SCENE = _scene()


def _dial_marks():
    x, y = R.grid()
    th = np.arctan2(x - CX, -(y - CY))  # clockwise from twelve
    rho = np.hypot(x - CX, y - CY)
    # px from the line of the nearest hour mark
    near = np.abs(((th / (2 * np.pi) * 12.0 + 0.5) % 1.0) - 0.5) * rho * 2 * np.pi / 12.0
    marks = np.maximum(near - 0.6, np.abs(rho - 14.3) - 1.6)
    hour = R.segment_sdf(x, y, CX, CY, CX - 7.5 * np.sin(np.radians(60.0)), CY - 7.5 * np.cos(np.radians(60.0))) - 1.2
    return R.coverage(marks)[0], R.coverage(hour)[0]


MARKS, HOUR = _dial_marks()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the case and dial, in the chosen shape
    shape = f[:, 1].astype(int)
    case = CASES[shape]
    R.over(img, 0.4 * R.coverage(SHADOWS[shape]), (0.0, 0.0, 0.0))
    R.over(img, R.coverage(case), GOLD)
    R.over(img, R.coverage(np.abs(case + 1.2) - 0.5), GOLD_DARK)
    R.over(img, R.coverage(case + 3.2), DIAL)
    R.over(img, np.broadcast_to(MARKS, (n, R.SIZE, R.SIZE)), MARK)
    R.over(img, np.broadcast_to(HOUR, (n, R.SIZE, R.SIZE)), BLUED)
    # the minute hand, tapering to a point
    a = 2 * np.pi * R.col(f[:, 0])
    sa, ca = np.sin(a), np.cos(a)
    u = (x - CX) * sa - (y - CY) * ca  # along the hand, from the middle to its tip
    v = (x - CX) * ca + (y - CY) * sa  # across it
    half = 1.8 * (1.0 - 0.5 * np.clip(u / HAND_LEN, 0.0, 1.0))  # tapering towards the tip
    shaft = np.maximum(np.abs(v) - half, np.maximum(-u - 4.0, u - HAND_LEN))
    spade = R.ellipse_sdf(u - 0.62 * HAND_LEN, v, 4.4, 3.2)
    R.over(img, R.coverage(np.minimum(shaft, spade)), BLUED)
    R.over(img, R.coverage(np.hypot(x - CX, y - CY) - 1.6), BRASS)
    # the loupe, end on: a thick black ring round its glass
    lx = R.col(11.0 + 42.0 * f[:, 2])
    rho = np.hypot(x - lx, y - LOUPE_Y)
    R.over(img, 0.4 * R.coverage(np.hypot(x - lx - 1.5, y - LOUPE_Y - 1.5) - 7.0), (0.0, 0.0, 0.0))
    R.over(img, R.coverage(rho - 7.0), LOUPE)
    R.over(img, R.coverage(rho - 4.2), LENS)
    R.over(img, 0.8 * R.coverage(np.hypot(x - lx + 1.5, y - LOUPE_Y + 1.5) - 1.3), (1.0, 1.0, 1.0))
    # the lamp: its warm pool on the bench, then the whole scene lit by it
    lamp = f[:, 3:4].astype(np.float32)
    pool = np.exp(-((x - 36.0) ** 2 + (y - 24.0) ** 2) / 500.0)
    img *= (1.0 + 0.25 * lamp[:, :, None, None] * pool[:, None] * (WARM[None, :, None, None] - 0.3))
    img *= (0.38 + 0.62 * lamp)[:, :, None, None]
    return R.to_uint8(img)


def render(minute_hand: float, case_shape: float, loupe_x: float, lamp: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[minute_hand, case_shape, loupe_x, lamp]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("watchmaker", arg, n, seed, FACTORS, sample_factors, _draw)
