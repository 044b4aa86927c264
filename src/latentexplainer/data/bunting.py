"""`bunting`: a string of triangular bunting flags hung between two wooden poles in a garden
(64x64 RGB).

Two thin wooden poles stand in the grass near the left and right edges of the image, in front
of a dark green hedge, under a blue sky that is lighter towards the bottom. A thin dark string
runs from the top of one pole to the top of the other, sagging in the middle, and a row of
triangular pennants hangs from it, evenly spaced along it, each pointing straight down, every
other one a darker shade of the same hue. Factors: the number of flags (3 to 6), how high the
string is tied to the poles (low to high), how far it sags in the middle (taut to slack; the
flags hang from the string wherever it is), the size of the flags (small to large) and their
hue (red through yellow and green to purple). The poles, the hedge, the sky, the grass and the
string's thickness stay fixed; the string and every flag always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

COUNTS = ("3", "4", "5", "6")
FACTORS = (
    Factor("flag_count", "number of flags on the string (3 to 6)", "categorical", COUNTS),
    Factor("tie_height", "how high the string is tied to the poles (low to high)", "continuous"),
    Factor("sag", "how far the string sags in the middle (taut to slack)", "continuous"),
    Factor("flag_size", "size of the flags (small to large)", "continuous"),
    Factor("flag_hue", "hue of the flags (red through yellow and green to purple)", "continuous"),
)
# flag_count: codes 0..3 are 3..6 flags, spaced evenly along the 56 px between the poles;
# tie_height: 0..1 ties the string's ends at y = 28..10 px (0 low, 1 high); sag: 0..1 is a
# dip of 2..14 px at the middle (a parabola); flag_size: 0..1 is a flag 3..4.2 px wide on
# each side of its middle and 10..18 px long; flag_hue: 0..0.8 of the colour wheel (no wrap)
RANGES = ((0.0, 3.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 0.8))
SKY_TOP, SKY_BOTTOM = np.array((0.4, 0.62, 0.9)), np.array((0.76, 0.87, 0.97))
HEDGE, GRASS, POLE, STRING = (0.16, 0.34, 0.17), (0.38, 0.62, 0.26), (0.46, 0.31, 0.18), (0.16, 0.14, 0.14)
POLES = (4.0, 60.0)
GROUND_Y, POLE_HW, STRING_HW = 56.0, 1.2, 0.45
ROWS = (6, 60)  # the rows the string and the flags can reach


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, GROUND_Y)[None].copy()
    hedge = 44.0 + 1.5 * np.sin(0.7 * x) + 1.0 * np.sin(1.9 * x + 0.5)
    R.over(img, R.coverage(hedge - y), HEDGE)
    R.over(img, R.below(GROUND_Y, 1), GRASS)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    count = f[:, 0].astype(int) + 3
    end = R.col(28 - 18 * f[:, 1])
    dip = R.col(2 + 12 * f[:, 2])
    hw, length = R.col(3 + 1.2 * f[:, 3]), R.col(10 + 8 * f[:, 3])
    (x0, x1), mid, half = POLES, sum(POLES) / 2, (POLES[1] - POLES[0]) / 2
    # the poles, up to just above the string's ends
    pole = np.maximum(np.minimum(np.abs(x - x0), np.abs(x - x1)) - POLE_HW, end - 2.0 - y)
    R.over(img, R.coverage(pole), POLE)
    # the string and the flags, in the rows they can reach
    r0, r1 = ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    t = (x - mid) / half
    sy = end + dip * (1 - t * t)  # the string's height over each column
    slope = -2 * dip * t / half
    string = np.maximum(np.abs(y - sy) / np.sqrt(1 + slope * slope) - STRING_HW, np.abs(x - mid) - half)
    R.over(part, R.coverage(string), STRING)
    # each flag: a triangle hanging from the string, its top edge level, its point straight down
    spacing = (x1 - x0) / count[:, None, None]
    i = np.clip(np.floor((x - x0) / spacing), 0, count[:, None, None] - 1)  # the flag over this column
    fx = x0 + (i + 0.5) * spacing
    u = (fx - mid) / half
    fy = end + dip * (1 - u * u) + 0.3
    side = (np.abs(x - fx) * length + (y - fy) * hw - hw * length) / np.sqrt(length * length + hw * hw)
    flag = R.coverage(np.maximum(side, fy - y))
    light, dark = R.hsv(f[:, 4], 0.8, 0.95), R.hsv(f[:, 4], 0.85, 0.68)
    colour = light[:, :, None, None] + (dark - light)[:, :, None, None] * (i % 2)[:, None]
    part += (colour - part) * flag[:, None]
    return R.to_uint8(img)


def render(flag_count: float, tie_height: float, sag: float, flag_size: float, flag_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[flag_count, tie_height, sag, flag_size, flag_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("bunting", arg, n, seed, FACTORS, sample_factors, _draw)
