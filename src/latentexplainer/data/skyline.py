"""`skyline`: a row of city buildings along a street at dusk or at night, seen from across the
street (64x64 RGB).

Three to six flat-roofed buildings stand side by side along a dark street at the bottom of the
image, together filling its width, each as wide as the others, with a narrow gap of sky between
neighbours. Their heights follow a fixed up-and-down pattern from left to right, the same for
every number of buildings. Each building is a plain block of muted grey-blue, brown or slate,
with a lighter ledge along its roof and a grid of small rectangular windows, floor above floor,
from just above the street up to below the roof. A window is either lit, a warm yellow, or
dark, near black; which windows light up first is fixed, as if at random, and the more windows
are lit, the more of the grid glows. Behind the buildings is the sky, a smooth gradient from
its top to the street, from an orange and violet dusk to a deep blue night. Factors: how many
of the windows are lit (none to all), the number of buildings (3 to 6; more buildings are
narrower), how tall the buildings are (low to tall; all grow together) and the sky's colour
(orange dusk to deep blue night). The street, the buildings' colours, the windows' size and
spacing and the pattern of heights stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

COUNTS = ("3", "4", "5", "6")
FACTORS = (
    Factor("lit_windows", "how many of the buildings' windows are lit (none to all)", "continuous"),
    Factor("building_count", "number of buildings along the street (3 to 6)", "categorical", COUNTS),
    Factor("building_height", "height of the buildings (low to tall)", "continuous"),
    Factor("sky_darkness", "colour of the sky (orange dusk to deep blue night)", "continuous"),
)
# lit_windows: 0..1 lights each window whose fixed threshold (a hash of its building, column
# and floor, in 0..1) lies below 1.2 x - 0.1 (so none at 0 and all at 1); building_count: codes
# 0..3 are 3..6 buildings, each 64 / count px wide less a 0.6 px gap on each side;
# building_height: 0..1 makes a building HEIGHTS[b] x 20..50 px tall above the street at y =
# 58 px; sky_darkness: 0..1 blends the sky from its dusk to its night colours; windows are
# 2.2 x 3 px, one every 4 px across (from 2 px in from a building's side) and every 5 px up
# (from 3 px above the street), none within 2.5 px of the roof
RANGES = ((0.0, 1.0), (0.0, len(COUNTS) - 1.0), (0.0, 1.0), (0.0, 1.0))
DUSK_TOP, DUSK_LOW = np.array((0.42, 0.34, 0.62)), np.array((0.99, 0.6, 0.3))
NIGHT_TOP, NIGHT_LOW = np.array((0.02, 0.03, 0.1)), np.array((0.07, 0.1, 0.28))
STREET, KERB = (0.1, 0.1, 0.12), (0.32, 0.32, 0.34)
LIT, DARK = (1.0, 0.84, 0.4), (0.09, 0.1, 0.14)
FACADES = np.array(((0.33, 0.36, 0.44), (0.42, 0.33, 0.3), (0.28, 0.33, 0.36), (0.4, 0.4, 0.42),
                    (0.35, 0.3, 0.38), (0.3, 0.38, 0.4)), np.float32)
HEIGHTS = np.array((0.7, 1.0, 0.55, 0.86, 0.64, 0.95), np.float32)
GROUND, GAP, MARGIN, CELL_W, CELL_H, WIN_W, WIN_H = 58.0, 0.6, 2.0, 4.0, 5.0, 2.2, 3.0
THRESHOLDS = np.random.default_rng(7).random((len(HEIGHTS), 16, 16)).astype(np.float32)  # building, column, floor


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    t = R.col(f[:, 3])[:, None]
    sky_top = DUSK_TOP[None, :, None, None] + (NIGHT_TOP - DUSK_TOP)[None, :, None, None] * t
    sky_low = DUSK_LOW[None, :, None, None] + (NIGHT_LOW - DUSK_LOW)[None, :, None, None] * t
    rows = np.clip(y / GROUND, 0.0, 1.0)[None]  # (1, 1, H, 1)
    img = np.ascontiguousarray(np.broadcast_to(sky_top + (sky_low - sky_top) * rows, (n, 3, R.SIZE, R.SIZE)), np.float32)
    # each pixel's building: its index, its sides and its roof
    count = R.col(f[:, 1] + 3)
    width = R.SIZE / count
    b = np.floor(x / width).astype(int)  # (N, 1, W)
    left, right = b * width + GAP, (b + 1) * width - GAP
    top = GROUND - HEIGHTS[b] * R.col(20.0 + 30.0 * f[:, 2])
    block = np.maximum(np.maximum(left - x, x - right), top - y)
    facade = np.moveaxis(FACADES[b], -1, 1)  # (N, 3, 1, W)
    img += R.coverage(block)[:, None] * (facade - img)
    ledge = np.maximum(block, y - (top + 1.3))
    img += R.coverage(ledge)[:, None] * (np.minimum(1.3 * facade, 1.0) - img)
    # the windows: a grid from the building's lower left corner, whole windows only
    u = x - (left + MARGIN - (CELL_W - WIN_W) / 2)
    v = (GROUND - 3.0 + (CELL_H - WIN_H) / 2) - y
    column, floor = np.floor(u / CELL_W), np.floor(v / CELL_H)
    window = np.maximum(np.abs(u - column * CELL_W - CELL_W / 2) - WIN_W / 2,
                        np.abs(v - floor * CELL_H - CELL_H / 2) - WIN_H / 2)
    fits = (column >= 0) & (left + MARGIN + column * CELL_W + WIN_W <= right - MARGIN + 0.01)
    fits = fits & (floor >= 0) & (GROUND - 3.0 - floor * CELL_H - WIN_H >= top + 2.5)
    window = np.where(fits, window, np.inf)
    threshold = THRESHOLDS[b, np.clip(column, 0, 15).astype(int), np.clip(floor, 0, 15).astype(int)]
    lit = np.clip((R.col(1.2 * f[:, 0] - 0.1) - threshold) * 12.0, 0.0, 1.0)
    img = R.over(img, R.coverage(window), DARK)
    img = R.over(img, R.coverage(window) * lit, LIT)
    # the street and its kerb
    img = R.over(img, R.below(GROUND, n), KERB)
    return R.to_uint8(R.over(img, R.below(GROUND + 1.2, n), STREET))


def render(lit_windows: float, building_count: float, building_height: float, sky_darkness: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8; ``building_count`` is the code 0..3 for 3..6 buildings."""
    return _draw(np.array([[lit_windows, building_count, building_height, sky_darkness]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("skyline", arg, n, seed, FACTORS, sample_factors, _draw)
