"""`objects`: two different objects in one image at once (64x64 RGB).

A coloured disc in the left half and a light square in the right half, on a plain dark
background. Each object has its own factors: the disc's vertical position and hue, the
square's size and horizontal position. The disc's horizontal position, its size, the
square's vertical position and its colour stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("disc_y", "vertical position of the disc (top to bottom)", "continuous"),
    Factor("disc_hue", "hue of the disc", "continuous"),
    Factor("square_size", "size of the square", "continuous"),
    Factor("square_x", "horizontal position of the square (left to right)", "continuous"),
)
# disc_y: 0..1 puts the disc's centre (radius 9 px, x = 16 px) at y = 11..53 px;
# disc_hue: 0..0.8 of the colour wheel (no wrap); square_size: 0..1 is a side of 6..20 px;
# square_x: 0..1 puts the square's centre (y = 32 px) at x = 42..53 px (always in the right half)
RANGES = ((0.0, 1.0), (0.0, 0.8), (0.0, 1.0), (0.0, 1.0))
BACKGROUND = (0.16, 0.18, 0.22)
SQUARE = (0.92, 0.92, 0.88)
DISC_X, DISC_R, SQUARE_Y = 16.0, 9.0, 32.0


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(len(f), BACKGROUND)
    dy = y - R.col(11 + 42 * f[:, 0])
    disc = R.coverage(np.sqrt((x - DISC_X) ** 2 + dy ** 2) - DISC_R)
    img = R.over(img, disc, R.hsv(f[:, 1], 0.85, 0.95))
    half = R.col((6 + 14 * f[:, 2]) / 2)
    square = R.coverage(R.box_sdf(x - R.col(42 + 11 * f[:, 3]), y - SQUARE_Y, half, half))
    return R.to_uint8(R.over(img, square, SQUARE))


def render(disc_y: float, disc_hue: float, square_size: float, square_x: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[disc_y, disc_hue, square_size, square_x]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("objects", arg, n, seed, FACTORS, sample_factors, _draw)
