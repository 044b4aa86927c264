"""`rings`: one coloured ring (an annulus: a circle's outline with a hole in the middle) on a
plain dark background (64x64 RGB).

Factors: the ring's radius, its thickness, its hue and the horizontal position of its
centre. The ring's vertical position stays fixed at the middle of the image, and the whole
ring always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("radius", "radius of the ring (small to large)", "continuous"),
    Factor("thickness", "thickness of the ring's band (thin to thick)", "continuous"),
    Factor("hue", "hue of the ring", "continuous"),
    Factor("position", "horizontal position of the ring (left to right)", "continuous"),
)
# radius: 0..1 is a radius of 6..16 px to the middle of the band; thickness: 0..1 is a band
# 2..8 px wide (the hole is always at least 2 px in radius); hue: 0..0.8 of the colour wheel
# (no wrap); position: 0..1 puts the ring's centre (y = 32 px) at x = 21..43 px
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 0.8), (0.0, 1.0))
BACKGROUND = (0.13, 0.14, 0.18)
CY = 32.0


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    r = np.sqrt((x - R.col(21 + 22 * f[:, 3])) ** 2 + (y - CY) ** 2)
    dist = np.abs(r - R.col(6 + 10 * f[:, 0])) - R.col((2 + 6 * f[:, 1]) / 2)
    img = R.canvas(len(f), BACKGROUND)
    return R.to_uint8(R.over(img, R.coverage(dist), R.hsv(f[:, 2], 0.8, 0.95)))


def render(radius: float, thickness: float, hue: float, position: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[radius, thickness, hue, position]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("rings", arg, n, seed, FACTORS, sample_factors, _draw)
