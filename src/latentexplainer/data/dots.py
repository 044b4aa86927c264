"""`dots`: one to six identical coloured dots laid out as the pips of a die, on a plain grey
background (64x64 RGB).

The dots sit on a 3x3 grid of places centred in the image (20 px apart), in the usual die
patterns: 1 in the middle; 2 and 3 along the diagonal from top left to bottom right; 4 in the
corners; 5 the corners and the middle; 6 two columns of three. Factors: the number of dots,
their size, their hue and the brightness of the background. There is no die outline.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

COUNTS = ("1", "2", "3", "4", "5", "6")
FACTORS = (
    Factor("count", "number of dots (1 to 6, placed as on a die)", "categorical", COUNTS),
    Factor("dot_size", "size of the dots", "continuous"),
    Factor("hue", "hue of the dots", "continuous"),
    Factor("background", "brightness of the grey background", "continuous"),
)
# count: category codes 0..5 are 1..6 dots; dot_size: 0..1 is a dot radius of 5..9 px (the
# dots never touch); hue: 0..0.8 of the colour wheel (no wrap); background: grey level 0.1..0.9
RANGES = ((0.0, len(COUNTS) - 1.0), (0.0, 1.0), (0.0, 0.8), (0.1, 0.9))
STEP = 20.0  # distance between neighbouring places of the 3x3 grid
# the places (column, row offsets in steps from the centre) and which of them each count uses
PLACES = np.array([(-1, -1), (1, -1), (-1, 0), (1, 0), (-1, 1), (1, 1), (0, 0)], np.float32)
#                     TL       TR       ML      MR      BL      BR      C
PIPS = np.array([
    [0, 0, 0, 0, 0, 0, 1],  # 1
    [1, 0, 0, 0, 0, 1, 0],  # 2
    [1, 0, 0, 0, 0, 1, 1],  # 3
    [1, 1, 0, 0, 1, 1, 0],  # 4
    [1, 1, 0, 0, 1, 1, 1],  # 5
    [1, 1, 1, 1, 1, 1, 0],  # 6
], bool)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    used = PIPS[f[:, 0].astype(int)]  # (N, 7)
    radius = R.col(5 + 4 * f[:, 1])
    dist = np.full((len(f), R.SIZE, R.SIZE), np.inf, np.float32)
    for k, (cx, cy) in enumerate(PLACES):
        d = np.sqrt((x - (R.SIZE / 2 + STEP * cx)) ** 2 + (y - (R.SIZE / 2 + STEP * cy)) ** 2)
        np.minimum(dist, np.where(used[:, k, None, None], d, np.inf), out=dist)
    img = R.canvas(len(f), np.repeat(f[:, 3:4], 3, 1))
    return R.to_uint8(R.over(img, R.coverage(dist - radius), R.hsv(f[:, 2], 0.9, 1.0)))


def render(count: float, dot_size: float, hue: float, background: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8; ``count`` is the category code (0 for 1 dot .. 5 for 6)."""
    return _draw(np.array([[count, dot_size, hue, background]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("dots", arg, n, seed, FACTORS, sample_factors, _draw)
