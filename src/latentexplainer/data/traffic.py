"""`traffic`: a traffic light on a pole standing on a pavement, seen from the front, against
the sky (64x64 RGB).

The light is an upright box with rounded corners, in the middle of the image left to right,
holding three round lamps one above the other: red at the top, amber in the middle, green at
the bottom. One lamp is lit - bright, with a soft glow of its own colour around it - and the
other two are dark. A thin dark grey pole runs from the bottom of the box down to a grey
pavement along the bottom of the image. Factors: which lamp is lit, the height of the pole
(the whole box rises with it), the hue of the box and the brightness of the sky. The box's
size, the lamps' colours, the pole's colour, the pavement and the sky's hue stay fixed; the
whole light always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

LAMPS = ("red", "amber", "green")
FACTORS = (
    Factor("lit_lamp", "which lamp of the traffic light is lit (red, amber or green)", "categorical", LAMPS),
    Factor("pole_height", "height of the pole holding the traffic light up (short to tall)", "continuous"),
    Factor("housing_hue", "hue of the traffic light's box", "continuous"),
    Factor("sky_brightness", "brightness of the sky (dark to bright)", "continuous"),
)
# lit_lamp: category codes 0..2 - the top (red), middle (amber) or bottom (green) lamp is lit;
# pole_height: 0..1 is a pole 4..24 px long (the box's top at y = 24..4 px, its bottom at
# y = 54..34 px; the pavement starts at y = 58 px); housing_hue: 0..0.8 of the colour wheel
# (no wrap); sky_brightness: 0..1 is a blue-grey sky of brightness (HSV value) 0.22..0.92
RANGES = ((0.0, len(LAMPS) - 1.0), (0.0, 1.0), (0.0, 0.8), (0.0, 1.0))
SKY_HUE, SKY_SAT = 0.58, 0.35
PAVEMENT = (0.42, 0.42, 0.44)
POLE = (0.3, 0.31, 0.34)
LIT = ((0.98, 0.12, 0.1), (1.0, 0.66, 0.05), (0.12, 0.92, 0.38))  # top to bottom
DIM = 0.18  # an unlit lamp: its colour at this brightness
CX, GROUND = 32.0, 58.0
BOX_HW, BOX_HH, CORNER = 9.0, 15.0, 3.0  # the box's half-width, half-height and corner radius
LAMP_R, LAMP_STEP = 4.3, 9.6  # a lamp's radius; distance between neighbouring lamps' centres
POLE_HW = 1.6
GLOW_SIGMA, GLOW_ALPHA = 3.5, 0.6


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = R.canvas(n, R.hsv(np.full(n, SKY_HUE), SKY_SAT, 0.22 + 0.7 * f[:, 3]))
    ground = R.below(GROUND, n)
    img = R.over(img, ground, PAVEMENT)
    top = R.col(24 - 20 * f[:, 1])
    cy = top + BOX_HH
    pole = np.maximum(np.abs(x - CX) - POLE_HW, np.maximum(cy - y, y - GROUND))
    img = R.over(img, R.coverage(pole), POLE)
    box = R.box_sdf(x - CX, y - cy, BOX_HW - CORNER, BOX_HH - CORNER) - CORNER
    img = R.over(img, R.coverage(box), R.hsv(f[:, 2], 0.75, 0.6))
    lit = f[:, 0].astype(int)
    for i, colour in enumerate(LIT):
        on = R.col(lit == i)
        ly = cy + (i - 1) * LAMP_STEP
        d = np.sqrt((x - CX) ** 2 + (y - ly) ** 2)
        lamp = R.coverage(d - LAMP_R)
        img = R.over(img, lamp, DIM * np.array(colour) + 0.04)
        glow = np.exp(-np.maximum(d - LAMP_R, 0.0) ** 2 / (2 * GLOW_SIGMA ** 2))
        img = R.over(img, GLOW_ALPHA * glow * on, colour)
        img = R.over(img, lamp * on, colour)
    return R.to_uint8(img)


def render(lit_lamp: float, pole_height: float, housing_hue: float, sky_brightness: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8; ``lit_lamp`` is the category code (0 red, 1 amber,
    2 green)."""
    return _draw(np.array([[lit_lamp, pole_height, housing_hue, sky_brightness]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("traffic", arg, n, seed, FACTORS, sample_factors, _draw)
