"""`bars`: one coloured vertical bar, the full height of the image, on a grey background
(64x64 RGB).

Factors: the bar's horizontal position, its width, its hue, and the brightness of the
background. Edges are anti-aliased exactly (each pixel column's overlap with the bar).
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("position", "horizontal position of the bar (left to right)", "continuous"),
    Factor("width", "width of the bar", "continuous"),
    Factor("hue", "hue of the bar", "continuous"),
    Factor("background", "brightness of the grey background", "continuous"),
)
# position: 0..1 puts the bar's centre at 10..54 px; width: 0..1 is 3..18 px;
# hue: 0..0.8 of the colour wheel (red, yellow, green, cyan, blue, purple - no wrap);
# background: grey level 0.1..0.9
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 0.8), (0.1, 0.9))


def _draw(f: np.ndarray) -> np.ndarray:
    x, _ = R.grid()
    centre = R.col(10 + 44 * f[:, 0])
    half = R.col((3 + 15 * f[:, 1]) / 2)
    left, right = centre - half, centre + half
    cov = np.clip(np.minimum(x + 0.5, right) - np.maximum(x - 0.5, left), 0.0, 1.0)
    cov = np.broadcast_to(cov, (len(f), R.SIZE, R.SIZE))
    img = R.canvas(len(f), np.repeat(f[:, 3:4], 3, 1))
    return R.to_uint8(R.over(img, cov, R.hsv(f[:, 2], 0.85, 0.95)))


def render(position: float, width: float, hue: float, background: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[position, width, hue, background]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("bars", arg, n, seed, FACTORS, sample_factors, _draw)
