"""`candle`: a lit candle standing on a wooden table in a dark room, seen from the front
(64x64 RGB).

The candle is an upright stick of coloured wax, in the middle of the image on a fixed table
line, with a short dark wick on top and a flame above the wick: an orange teardrop with a
pale yellow core and a soft warm glow around it. Factors: the height of the wax stick, the
size of the flame, how far the flame leans to one side (as in a draught) and the hue of the
wax. The stick's width, the wall, the table and the flame's colours stay fixed; the flame
always sits on the wick (so it rises with a taller candle), leans about the wick, and the
whole candle and flame always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("candle_height", "height of the candle's wax stick (short to tall)", "continuous"),
    Factor("flame_size", "size of the candle's flame (small to large)", "continuous"),
    Factor("flame_lean", "lean of the flame (bent to the left, upright, bent to the right)", "continuous"),
    Factor("wax_hue", "hue of the candle's wax", "continuous"),
)
# candle_height: 0..1 is a wax stick 10..30 px tall (its top at y = 42..22 px); flame_size:
# 0..1 is a flame 8..20 px long (half-height 4..10 px, half-width 0.42 of that + 0.5 px);
# flame_lean: -0.7..0.7 radians, the angle of the flame's axis from upright (negative: the
# tip leans to the left, 0: straight up, positive: to the right), turning about the wick;
# wax_hue: 0..0.8 of the colour wheel (no wrap)
RANGES = ((0.0, 1.0), (0.0, 1.0), (-0.7, 0.7), (0.0, 0.8))
WALL = (0.1, 0.09, 0.13)
TABLE = (0.36, 0.23, 0.13)
WICK = (0.08, 0.06, 0.05)
FLAME = (1.0, 0.58, 0.12)
CORE = (1.0, 0.96, 0.78)
GLOW = (1.0, 0.72, 0.35)
CX, BASE = 32.0, 52.0  # the candle's centre x, and the table line it stands on
HALF_W = 7.0  # the wax stick's half-width
WICK_X, WICK_H = CX + 0.5, 3.0  # the wick runs down the middle of one pixel column
ANCHOR = 1.0  # the flame turns about the wick, this far above the top of the wax


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = R.canvas(n, WALL)
    table = R.below(BASE, n)
    img = R.over(img, table, TABLE)
    height = R.col(10 + 20 * f[:, 0])
    top = BASE - height
    wax = R.coverage(R.box_sdf(x - CX, y - (BASE - height / 2), HALF_W, height / 2))
    img = R.over(img, wax, R.hsv(f[:, 3], 0.7, 0.85))
    shine = R.coverage(R.box_sdf(x - (CX - 3.5), y - (BASE - height / 2), 1.0, height / 2 - 1.0))
    img = R.over(img, 0.6 * shine, R.hsv(f[:, 3], 0.25, 0.97))
    # the flame: along its axis u (from the wick towards the tip) and across it v
    a = R.col(f[:, 2])
    ax, ay = WICK_X, top - ANCHOR
    u = (x - ax) * np.sin(a) - (y - ay) * np.cos(a)
    v = (x - ax) * np.cos(a) + (y - ay) * np.sin(a)
    hh = R.col(4 + 6 * f[:, 1])
    hw = 0.42 * hh + 0.5
    uc = hh - 1.5  # the flame's centre along its axis: it starts just below the wick's tip
    taper = 1.0 - 0.55 * np.clip((u - uc) / hh, 0.0, 1.0)  # narrower towards the tip
    glow = np.exp(-((u - uc) ** 2 + v ** 2) / (2 * (1.3 * hh) ** 2))
    img = R.over(img, 0.4 * glow, GLOW)
    img = R.over(img, R.coverage(R.ellipse_sdf(v, u - uc, hw * taper, hh)), FLAME)
    core = R.ellipse_sdf(v, u - (uc - 0.3 * hh), 0.45 * hw, 0.5 * hh)
    img = R.over(img, R.coverage(core), CORE)
    wick = R.coverage(R.box_sdf(x - WICK_X, y - (top - WICK_H / 2), 0.6, WICK_H / 2))
    return R.to_uint8(R.over(img, wick, WICK))


def render(candle_height: float, flame_size: float, flame_lean: float, wax_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[candle_height, flame_size, flame_lean, wax_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("candle", arg, n, seed, FACTORS, sample_factors, _draw)
