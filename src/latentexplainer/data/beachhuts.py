"""`beachhuts`: a row of brightly painted beach huts on the sand, with the sea and the sky
behind (64x64 RGB).

The huts stand side by side along the bottom of the image, evenly spaced with narrow gaps of
sand between them, filling the same stretch of beach however many there are (so fewer huts are
wider). Each hut is a box painted its own bright colour, with a darker door of the same colour
in the middle of its front and a white pitched roof, a little wider than the hut. Going from
left to right, each hut's colour is a fixed step further round the colour wheel than the one
before. Behind the huts is a sandy beach up to the water's edge, marked by a wavy white line of
foam with a band of darker wet sand just below it, then a deep blue sea up to the horizon and a
blue sky above it, lighter near the horizon. Factors: how many huts stand in the row (3, 4 or
5), the hues of the huts' paint (every hut's hue turns together - a cyclic factor with a
whole-turn period), how steep the roofs are (nearly flat to steep) and the tide (how far the sea
comes up the beach behind the huts, low to high). The huts' height and the stretch of beach
they fill, the sand, the sea's and the sky's colours and the horizon stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("hut_count", "how many beach huts stand in the row (3 to 5)", "categorical", ("3", "4", "5")),
    Factor("palette", "hues of the huts' paint (all turn together round the colour wheel)", "cyclic",
           period=1.0),
    Factor("roof_pitch", "how steep the huts' roofs are (nearly flat to steep)", "continuous"),
    Factor("tide", "how far the sea comes up the beach behind the huts (low to high tide)", "continuous"),
)
# hut_count: codes 0..2 are 3..5 huts sharing x = 4..60 px, each SPAN / count wide less a 3 px gap;
# palette: 0..1 of the colour wheel, the hue of the first hut (each next one HUE_STEP further);
# roof_pitch: 0..1 is a roof rising 2..13 px above the eaves (y = 48 px); tide: 0..1 puts the
# water's edge at y = 24..38 px (the horizon is at 17 px)
RANGES = ((0.0, 2.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.36, 0.62, 0.94)), np.array((0.78, 0.89, 0.98))
SEA, FOAM, SAND, WET = (0.1, 0.38, 0.62), (0.97, 0.98, 0.98), (0.92, 0.82, 0.6), (0.74, 0.64, 0.45)
ROOF = (0.97, 0.96, 0.93)
HORIZON, LEFT, SPAN, GAP = 17.0, 4.0, 56.0, 3.0
BASE, EAVES, DOOR_TOP = 61.0, 48.0, 51.0
HUE_STEP = 0.21
SLOTS = 5


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, HORIZON)
    shore = R.col(24 + 14 * f[:, 3])
    edge = shore + 0.7 * np.sin(0.55 * x)  # the water's edge, a little wavy
    R.over(img, R.below(HORIZON, n), SEA)
    R.over(img, R.coverage(edge - y), SAND)
    R.over(img, 0.8 * R.coverage(np.abs(y - edge - 1.8) - 1.0), WET)
    R.over(img, R.coverage(np.abs(y - edge) - 0.8), FOAM)
    # the huts, each in its slot along the beach; the ones past the count are not drawn
    count = R.col(3 + f[:, 0])
    width = SPAN / count
    rise = R.col(2 + 11 * f[:, 2])
    r0 = 33  # the huts and their roofs lie below this row: draw only there, for speed
    part, yy = img[:, :, r0:], y[:, r0:]
    for i in range(SLOTS):
        xc = LEFT + (i + 0.5) * width
        hw = (width - GAP) / 2
        here = count > i
        colour = R.hsv(f[:, 1] + HUE_STEP * i, 0.7, 0.92)
        body = np.where(here, R.box_sdf(x - xc, yy - (EAVES + BASE) / 2, hw, (BASE - EAVES) / 2), np.inf)
        R.over(part, R.coverage(body), colour)
        door = np.maximum(R.box_sdf(x - xc, yy - (DOOR_TOP + BASE) / 2, 0.45 * hw, (BASE - DOOR_TOP) / 2), body)
        R.over(part, R.coverage(door), colour * 0.6)
        half = hw + 1.5  # the roof's eaves stand out past the walls
        slant = (rise * np.abs(x - xc) - half * (yy - EAVES + rise)) / np.sqrt(rise * rise + half * half)
        roof = np.where(here, np.maximum(slant, yy - EAVES - 0.8), np.inf)
        R.over(part, R.coverage(roof), ROOF)
    return R.to_uint8(img)


def render(hut_count: float, palette: float, roof_pitch: float, tide: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[hut_count, palette, roof_pitch, tide]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("beachhuts", arg, n, seed, FACTORS, sample_factors, _draw)
