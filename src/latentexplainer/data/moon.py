"""`moon`: the moon over a line of dark hills, in a blue evening or night sky (64x64 RGB).

The moon is a disc in the middle of the image, left to right, above a fixed silhouette of
low rolling hills along the bottom. Its sunlit part is pale cream with two faint grey
patches (seas); its unlit part shows faintly as a dim grey disc (earthshine), so the whole
disc is always visible. The sunlit part follows the real cycle of phases as seen from the
northern hemisphere: new (nothing lit), a crescent growing from the right, the right half
at first quarter, full, then shrinking from the right until only a left crescent is left,
and new again. Factors: the moon's phase (a full cycle, so a cyclic factor), its size, its
height in the sky and the brightness of the sky. The hills, the sky's hue and the moon's
colours stay fixed; the moon always lies wholly in the sky above the hills.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("phase", "phase of the moon (new, waxing, full, waning, new again)", "cyclic", period=2 * np.pi),
    Factor("moon_size", "size of the moon (small to large)", "continuous"),
    Factor("altitude", "height of the moon in the sky (low to high)", "continuous"),
    Factor("sky_brightness", "brightness of the sky (dark night to bright dusk)", "continuous"),
)
# phase: 0..2 pi radians, the angle from the sun to the moon around the earth (0: new,
# pi/2: first quarter, the right half lit; pi: full; 3 pi/2: last quarter, the left half lit;
# cyclic: 0 and 2 pi are the same picture); moon_size: 0..1 is a radius of 6..13 px;
# altitude: 0..1 puts the moon's centre at y = 37..15 px (0 low, 1 high); sky_brightness:
# 0..1 is a blue sky of brightness (HSV value) 0.18..0.72
RANGES = ((0.0, 2 * np.pi), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
SKY_HUE, SKY_SAT = 0.63, 0.6
HILLS = (0.03, 0.05, 0.04)
LIT = (0.96, 0.94, 0.84)
SEA = (0.78, 0.77, 0.7)
DARK = (0.24, 0.24, 0.28)  # the unlit part (earthshine)
CX = 32.0
# the seas: centre (right, down) and radius, in units of the moon's radius
SEAS = ((-0.3, -0.25, 0.3), (0.28, 0.22, 0.24))


def _hills() -> np.ndarray:
    """Coverage (H, W) of the hills: a sum of two gentle waves, its top at y ~51..56 px."""
    x, y = R.grid()
    top = 53.5 - 2.0 * np.sin(0.11 * x + 0.4) - 1.5 * np.sin(0.23 * x + 2.1)
    slope = -2.0 * 0.11 * np.cos(0.11 * x + 0.4) - 1.5 * 0.23 * np.cos(0.23 * x + 2.1)
    return R.coverage((top - y) / np.sqrt(1 + slope ** 2))[0]


HILL_COVER = _hills()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = R.canvas(n, R.hsv(np.full(n, SKY_HUE), SKY_SAT, 0.18 + 0.54 * f[:, 3]))
    r, cy = R.col(6 + 7 * f[:, 1]), R.col(37 - 22 * f[:, 2])
    dx, dy = x - CX, y - cy
    rho2 = dx ** 2 + dy ** 2
    disc = R.coverage(np.sqrt(rho2) - r)
    img = R.over(img, disc, DARK)
    # a point of the (spherical) moon is sunlit when its normal faces the sun, which lies at
    # (sin phase, 0, -cos phase) - x to the right, z towards the viewer
    z = np.sqrt(np.maximum(r ** 2 - rho2, 0.0))
    a = R.col(f[:, 0])
    lit = disc * R.coverage(z * np.cos(a) - dx * np.sin(a))
    img = R.over(img, lit, LIT)
    for sx, sy, sr in SEAS:
        sea = R.coverage(np.sqrt((dx - sx * r) ** 2 + (dy - sy * r) ** 2) - sr * r)
        img = R.over(img, 0.8 * lit * sea, SEA)
    hills = np.broadcast_to(HILL_COVER, (n, R.SIZE, R.SIZE))
    return R.to_uint8(R.over(img, hills, HILLS))


def render(phase: float, moon_size: float, altitude: float, sky_brightness: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[phase, moon_size, altitude, sky_brightness]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("moon", arg, n, seed, FACTORS, sample_factors, _draw)
