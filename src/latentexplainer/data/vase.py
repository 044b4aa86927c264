"""`vase`: the flat silhouette of a vase, symmetric left to right, standing on a fixed base
line in the middle of a plain light background (64x64 RGB).

The outline from bottom to top: a foot, a round belly (the widest part), a shoulder that
narrows into a straight neck, and a slightly flared lip. Factors: the vase's height, the
width of its belly, the width of its neck and its hue. The base line, the horizontal centre
and the background stay fixed; the foot's width follows the belly's and the lip's the neck's.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("height", "height of the vase (short to tall)", "continuous"),
    Factor("belly_width", "width of the vase's belly (its widest part)", "continuous"),
    Factor("neck_width", "width of the vase's neck", "continuous"),
    Factor("hue", "hue of the vase", "continuous"),
)
# height: 0..1 is 28..52 px (the base is at y = 58 px, so the top is at y = 30..6 px);
# belly_width: 0..1 is a half-width of 10..20 px; neck_width: 0..1 is a half-width of
# 2..9 px (always narrower than the belly); hue: 0..0.8 of the colour wheel (no wrap)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 0.8))
BACKGROUND = (0.90, 0.88, 0.84)
CX, BASE = 32.0, 58.0
# the profile: knots at these fractions of the height (0 at the base, 1 at the top), joined
# by smoothsteps (flat at every knot)
KNOTS = (0.0, 0.38, 0.72, 0.9, 1.0)
FOOT, LIP = 0.6, 2.5  # foot half-width = FOOT * belly's; lip half-width = neck's + LIP px


def _profile(t: np.ndarray, belly: np.ndarray, neck: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Half-width w(t) and its derivative dw/dt, t in [0, 1] (the fraction of the height)."""
    widths = (FOOT * belly, belly, neck, neck, neck + LIP)
    w, dw = widths[0] + 0 * t, 0 * t
    for i in range(len(KNOTS) - 1):
        span = KNOTS[i + 1] - KNOTS[i]
        u = np.clip((t - KNOTS[i]) / span, 0.0, 1.0)
        step = widths[i + 1] - widths[i]
        w = w + step * u * u * (3 - 2 * u)
        dw = dw + step * 6 * u * (1 - u) / span
    return w, dw


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    height = R.col(28 + 24 * f[:, 0])
    t = np.clip((BASE - y) / height, 0.0, 1.0)  # (N, H, 1): one profile value per row
    w, dw = _profile(t, R.col(10 + 10 * f[:, 1]), R.col(2 + 7 * f[:, 2]))
    slope = dw / height  # dw/dy up to sign, for the distance across a slanted side
    side = (np.abs(x - CX) - w) / np.sqrt(1 + slope ** 2)
    dist = np.maximum(side, np.maximum(y - BASE, BASE - height - y))
    img = R.canvas(len(f), BACKGROUND)
    return R.to_uint8(R.over(img, R.coverage(dist), R.hsv(f[:, 3], 0.65, 0.72)))


def render(height: float, belly_width: float, neck_width: float, hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[height, belly_width, neck_width, hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("vase", arg, n, seed, FACTORS, sample_factors, _draw)
