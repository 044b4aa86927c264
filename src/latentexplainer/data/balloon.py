"""`balloon`: a round balloon on a string, tied to the grass at the bottom of the image and
floating in the sky above it (64x64 RGB).

The balloon is a slightly tall oval with a small light highlight; its string hangs straight
down from it to a fixed point on a strip of green grass along the bottom edge, so the string
grows longer as the balloon rises. Factors: the balloon's height in the sky, its size, its
hue and the brightness of the sky. The balloon's horizontal place (the middle of the image),
the grass and the sky's hue stay fixed; the whole balloon always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("altitude", "height of the balloon in the sky (low to high)", "continuous"),
    Factor("size", "size of the balloon (small to large)", "continuous"),
    Factor("hue", "hue of the balloon", "continuous"),
    Factor("sky", "brightness of the sky (dark to light)", "continuous"),
)
# altitude: 0..1 puts the balloon's centre at y = 40..15 px (0 low, 1 high); size: 0..1 is a
# half-width of 5..11 px (the half-height is 1.15 times it); hue: 0..0.8 of the colour wheel
# (no wrap); sky: 0..1 is a blue sky of brightness 0.3..0.95
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 0.8), (0.0, 1.0))
CX, GROUND = 32.0, 58.0  # the balloon's x, and the top of the grass (the string is tied there)
STRING_X = CX + 0.5  # the string runs down the middle of one pixel column, so it stays crisp
TALL = 1.15  # half-height / half-width of the balloon
SKY_HUE, SKY_SAT = 0.58, 0.5
GRASS = (0.22, 0.55, 0.2)
STRING = (0.95, 0.95, 0.9)
HIGHLIGHT = (1.0, 1.0, 1.0)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = R.canvas(n, R.hsv(np.full(n, SKY_HUE), SKY_SAT, 0.3 + 0.65 * f[:, 3]))
    grass = R.below(GROUND, n)
    img = R.over(img, grass, GRASS)
    cy, rx = R.col(40 - 25 * f[:, 0]), R.col(5 + 6 * f[:, 1])
    ry = TALL * rx
    # the string: a 1.2 px line from the bottom of the balloon down to the grass
    mid = (cy + ry + GROUND) / 2
    string = R.coverage(R.box_sdf(x - STRING_X, y - mid, 0.6, (GROUND - cy - ry) / 2))
    img = R.over(img, string, STRING)
    body = R.coverage(R.ellipse_sdf(x - CX, y - cy, rx, ry))
    img = R.over(img, body, R.hsv(f[:, 2], 0.8, 0.92))
    shine = R.coverage(R.ellipse_sdf(x - (CX - 0.4 * rx), y - (cy - 0.45 * ry), 0.2 * rx, 0.25 * ry))
    return R.to_uint8(R.over(img, 0.7 * shine, HIGHLIGHT))


def render(altitude: float, size: float, hue: float, sky: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[altitude, size, hue, sky]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("balloon", arg, n, seed, FACTORS, sample_factors, _draw)
