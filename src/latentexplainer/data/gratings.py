"""`gratings`: a sinusoidal grating (soft stripes) filling the whole image (64x64 RGB).

Factors: the spatial frequency (how many stripes cross the image), the orientation of the
stripes, their contrast and their hue. The phase is fixed: a bright stripe always runs
through the image centre. Pixels are the exact average of the sinusoid over the pixel's
square (the sinusoid times a sinc factor), so there is no aliasing.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("frequency", "spatial frequency of the stripes (how many stripes cross the image)", "continuous"),
    Factor("orientation", "orientation (tilt) of the stripes", "continuous"),
    Factor("contrast", "contrast of the stripes", "continuous"),
    Factor("hue", "hue of the stripes", "continuous"),
)
# frequency: 2..8 cycles across the 64 px image (a period of 32..8 px);
# orientation: -pi/4..pi/4 radians, 0 = vertical stripes (no wrap: the stripes' period is pi);
# contrast: 0.2..1 (amplitude as a fraction of the largest); hue: 0..0.8 (no wrap)
RANGES = ((2.0, 8.0), (-np.pi / 4, np.pi / 4), (0.2, 1.0), (0.0, 0.8))


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    k = R.col(f[:, 0] / R.SIZE)  # cycles per pixel
    c, s = R.col(np.cos(f[:, 1])), R.col(np.sin(f[:, 1]))
    kx, ky = k * c, k * s
    # the pixel-square average of cos(2 pi (kx x + ky y)) is the value at the centre
    # times sinc(kx) sinc(ky)
    wave = np.cos(2 * np.pi * (kx * (x - R.SIZE / 2) + ky * (y - R.SIZE / 2)))
    wave *= np.sinc(kx) * np.sinc(ky)
    level = 0.5 + 0.45 * R.col(f[:, 2]) * wave  # (N, H, W) brightness in [0.05, 0.95]
    colour = R.hsv(f[:, 3], 0.7, 1.0)[:, :, None, None]  # (N, 3, 1, 1)
    return R.to_uint8(level[:, None] * colour)


def render(frequency: float, orientation: float, contrast: float, hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[frequency, orientation, contrast, hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("gratings", arg, n, seed, FACTORS, sample_factors, _draw)
