"""`landscape`: a flat landscape - sky above, ground below, a round sun in the sky
(64x64 RGB).

The horizon is a straight horizontal line across the whole image; the sun is a near-white
disc that always stays wholly in the sky. Factors: the height of the horizon, the sun's
horizontal position, the hue of the sky and the brightness of the ground. The sun's size and
height, the sky's saturation and brightness and the ground's hue stay fixed (the sky is
always lighter than the ground).
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("horizon", "height of the horizon (low to high)", "continuous"),
    Factor("sun_x", "horizontal position of the sun (left to right)", "continuous"),
    Factor("sky_hue", "hue of the sky", "continuous"),
    Factor("ground", "brightness of the ground (dark to light)", "continuous"),
)
# horizon: 0..1 puts the horizon at y = 44..22 px (0 low, 1 high); sun_x: 0..1 puts the
# sun's centre (radius 7 px, y = 11 px, so always above the horizon) at x = 10..54 px;
# sky_hue: 0..0.8 of the colour wheel (no wrap); ground: 0..1 is an earth-brown ground of
# brightness 0.1..0.6 (the sky's is 0.85)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 0.8), (0.0, 1.0))
SUN = (1.0, 0.98, 0.86)
SUN_Y, SUN_R = 11.0, 7.0
GROUND_HUE, GROUND_SAT = 0.09, 0.5


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = R.canvas(n, R.hsv(f[:, 2], 0.5, 0.85))
    sun = R.coverage(np.sqrt((x - R.col(10 + 44 * f[:, 1])) ** 2 + (y - SUN_Y) ** 2) - SUN_R)
    img = R.over(img, sun, SUN)
    # the ground: everything below the horizon line, anti-aliased across it
    ground = R.below(R.col(44 - 22 * f[:, 0]), n)
    img = R.over(img, ground, R.hsv(np.full(n, GROUND_HUE), GROUND_SAT, 0.1 + 0.5 * f[:, 3]))
    return R.to_uint8(img)


def render(horizon: float, sun_x: float, sky_hue: float, ground: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[horizon, sun_x, sky_hue, ground]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("landscape", arg, n, seed, FACTORS, sample_factors, _draw)
