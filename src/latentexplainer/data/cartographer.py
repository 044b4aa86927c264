"""`cartographer`: a mapmaker's desk seen from above, a sea chart being unrolled across it, an
island drawn on the chart, an inkwell with a quill and a brass ship's compass (64x64 RGB).

The desk is dark walnut with a fine grain running across it. A sheet of parchment is pinned at its
left edge and unrolled to the right; the rest of it is still a roll, a shaded cylinder lying along
the right end of the open part. On the open chart the sea is washed pale blue-green, with faint
ink grid lines; an island sits on the left of the chart, green inside a dark inked coastline, and
further right an inked compass rose and a line of soundings are drawn on the sea (seen only once
the chart is unrolled that far). Along the top edge of the desk, above the chart, stands a round
pewter inkwell full of black ink, a white quill leaning out of it. At the bottom right a brass ship's compass
lies on the desk: a brass rim round a dark blue dial with a white ring, its needle a solid red
north half and a white south half. Factors: how far the chart is unrolled (from a short strip to
nearly the whole desk), which way the compass needle points (a whole turn), how big the island on
the chart is (a small islet to a large island) and where the inkwell stands along the top of the
desk (left to right). The desk, the chart's height, its left edge, its drawings, the compass's
case and size stay fixed; the inkwell always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("unrolled", "how far the chart is unrolled across the desk (a strip to nearly all)", "continuous"),
    Factor("needle", "which way the compass needle points", "cyclic", period=2 * np.pi),
    Factor("island_size", "size of the island drawn on the chart (small to large)", "continuous"),
    Factor("inkwell_x", "horizontal position of the inkwell along the desk (left to right)", "continuous"),
)
# unrolled: 0..1 puts the open chart's right edge (where the roll lies) at x = 27..58 px, its left
# edge fixed at x = 3 px, its top and bottom at y = 14 and 59 px; needle: 0..2 pi radians, the
# direction the north (red) half points, counter-clockwise from pointing right; island_size: 0..1
# is an island of mean radius 4..11 px centred at (15, 36) px; inkwell_x: 0..1 puts the inkwell's
# middle at x = 8..50 px, at y = 7 px (its quill leaning up to the right)
RANGES = ((0.0, 1.0), (0.0, 2 * np.pi), (0.0, 1.0), (0.0, 1.0))
DESK, DESK_DARK = (0.36, 0.22, 0.14), (0.27, 0.16, 0.1)
PARCHMENT, SEA, LAND, INK, GRID = (0.92, 0.86, 0.7), (0.66, 0.8, 0.78), (0.62, 0.72, 0.42), \
    (0.16, 0.14, 0.16), (0.5, 0.62, 0.64)
ROLL, ROLL_DARK = np.array((0.9, 0.83, 0.66)), np.array((0.62, 0.55, 0.4))
PEWTER, INKWELL, INK_SHINE, QUILL = (0.74, 0.74, 0.76), (0.05, 0.05, 0.08), (0.5, 0.52, 0.6), (0.96, 0.96, 0.94)
BRASS, BRASS_DARK, DIAL, RING, RED, WHITE = (0.82, 0.64, 0.26), (0.55, 0.4, 0.14), (0.1, 0.14, 0.3), \
    (0.9, 0.9, 0.86), (0.9, 0.14, 0.1), (0.97, 0.97, 0.95)
LEFT, TOP, BOTTOM, ROLL_R = 3.0, 14.0, 59.0, 3.0
ISLAND_X, ISLAND_Y = 15.0, 36.0
COMPASS_X, COMPASS_Y, COMPASS_R = 47.0, 47.0, 15.0
NEEDLE_L, NEEDLE_W = 12.0, 4.5
INKWELL_Y, INKWELL_R = 7.0, 5.5


def _desk():
    x, y = R.grid()
    img = R.canvas(1, DESK)
    grain = np.sin(0.9 * y + 1.5 * np.sin(0.13 * x + 0.4 * y)) - 0.55
    R.over(img, 0.7 * R.coverage(3.0 * grain), DESK_DARK)
    return img[0]


def _chart():
    """The open chart's picture over the whole desk (it is cut at the chart's right edge later):
    the washed sea, its grid lines, a compass rose and a line of soundings."""
    x, y = R.grid()
    img = R.canvas(1, SEA)
    grid = np.minimum(np.abs(((x - LEFT) % 11.0) - 5.5), np.abs(((y - TOP) % 11.0) - 5.5))
    R.over(img, 0.7 * R.coverage(5.2 - grid), GRID)
    # a compass rose: an eight-pointed star in ink, in a thin ring
    u, v = x - 44.0, y - 24.0
    rho, th = np.hypot(u, v), np.arctan2(v, u)
    star = rho - 6.5 * (0.35 + 0.65 * np.abs(np.cos(2.0 * th)) ** 6) - 0.8 * (np.abs(np.cos(4.0 * th)) ** 8)
    R.over(img, R.coverage(star), INK)
    R.over(img, R.coverage(np.abs(rho - 7.5) - 0.4), INK)
    # a line of soundings: small ink dots along a curve
    for k in range(6):
        px, py = 31.0 + 4.5 * k, 34.0 - 3.0 * np.sin(0.7 * k)
        R.over(img, R.coverage(np.hypot(x - px, y - py) - 0.9), INK)
    return img[0]


DESK_IMG, CHART_IMG = _desk(), _chart()


def _compass():
    x, y = R.grid()
    rho = np.hypot(x - COMPASS_X, y - COMPASS_Y)
    img = np.zeros((1, 4, R.SIZE, R.SIZE), np.float32)  # colour and coverage, drawn over the desk later
    img[:, 3] = R.coverage(rho - COMPASS_R)
    R.over(img[:, :3], np.ones((1, R.SIZE, R.SIZE), np.float32), BRASS)
    R.over(img[:, :3], R.coverage(np.abs(rho - COMPASS_R + 2.0) - 0.4), BRASS_DARK)
    R.over(img[:, :3], R.coverage(rho - COMPASS_R + 3.0), DIAL)
    R.over(img[:, :3], R.coverage(np.abs(rho - COMPASS_R + 4.5) - 0.5), RING)
    return img[0]


COMPASS = _compass()


def _island(x, y, r):
    """Signed distance (roughly) to an island of mean radius r with a wavy coastline."""
    u, v = x - ISLAND_X, y - ISLAND_Y
    th = np.arctan2(v, u)
    edge = r * (1.0 + 0.18 * np.sin(3.0 * th + 0.6) + 0.1 * np.sin(5.0 * th + 2.0))
    return np.hypot(u, v) - edge


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = DESK_IMG
    # the open chart: parchment with a margin, the sea, the island; cut at the roll
    right = R.col(27.0 + 31.0 * f[:, 0])
    sheet = R.coverage(np.maximum(R.edges_sdf(x, y, LEFT, 64.0, TOP, BOTTOM), x - right))
    R.over(img, sheet, PARCHMENT)
    inner = R.coverage(np.maximum(R.edges_sdf(x, y, LEFT + 2.0, 64.0, TOP + 2.0, BOTTOM - 2.0), x - right))
    R.over(img, inner, CHART_IMG)
    island = _island(x, y, R.col(4.0 + 7.0 * f[:, 2]))
    R.over(img, inner * R.coverage(island), LAND)
    R.over(img, inner * R.coverage(np.abs(island + 0.3) - 0.55), INK)
    # the roll along the open chart's right edge: a shaded cylinder
    across = np.clip((x - right) / ROLL_R, -1.0, 1.0)
    roll = R.coverage(np.maximum(np.abs(x - right) - ROLL_R, np.abs(y - (TOP + BOTTOM) / 2) - (BOTTOM - TOP) / 2 - 0.5))
    shade = (0.5 + 0.5 * np.sqrt(1.0 - across ** 2))[:, None]
    R.over(img, roll, ROLL_DARK[None, :, None, None] + (ROLL - ROLL_DARK)[None, :, None, None] * shade)
    # the inkwell and its quill
    ix = R.col(8.0 + 42.0 * f[:, 3])
    quill = R.segment_sdf(x, y, ix, INKWELL_Y, ix + 9.0, INKWELL_Y - 6.0, along=True)
    R.over(img, R.coverage(quill[0] - (0.4 + 1.6 * np.sin(np.pi * np.clip(quill[1] * 1.3 - 0.2, 0.0, 1.0)))), QUILL)
    R.over(img, R.coverage(np.hypot(x - ix, y - INKWELL_Y) - INKWELL_R), PEWTER)
    R.over(img, R.coverage(np.hypot(x - ix, y - INKWELL_Y) - 3.0), INKWELL)
    R.over(img, R.coverage(np.hypot(x - ix + 1.0, y - INKWELL_Y + 1.0) - 0.8), INK_SHINE)
    # the compass and its needle
    R.over(img, COMPASS[None, 3], COMPASS[:3])
    a = R.col(f[:, 1])
    c, s = np.cos(a), np.sin(a)
    along = (x - COMPASS_X) * c - (y - COMPASS_Y) * s  # along the north half (y points down)
    across = np.abs((x - COMPASS_X) * s + (y - COMPASS_Y) * c)
    half = (np.abs(along) * NEEDLE_W + across * NEEDLE_L - NEEDLE_L * NEEDLE_W) / np.hypot(NEEDLE_L, NEEDLE_W)
    R.over(img, R.coverage(np.maximum(half, -along)), RED)
    R.over(img, R.coverage(np.maximum(half, along)), WHITE)
    R.over(img, R.coverage(np.hypot(x - COMPASS_X, y - COMPASS_Y) - 1.6), BRASS)
    return R.to_uint8(img)


def render(unrolled: float, needle: float, island_size: float, inkwell_x: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[unrolled, needle, island_size, inkwell_x]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("cartographer", arg, n, seed, FACTORS, sample_factors, _draw)
