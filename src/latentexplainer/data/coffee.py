"""`coffee`: a cup of coffee on a saucer on a wooden table, seen from straight above, with a
teaspoon lying on the saucer (64x64 RGB).

The saucer is a large coloured disc in the middle of the image, with a faint ring where its
well is; the cup stands in its middle: a white rim around a disc of coffee with a slightly
darker edge, casting a soft shadow down and to the right, as the saucer does on the table. A
silver teaspoon with a dark outline lies on the saucer pointing away from the cup, its oval
bowl on the saucer and its handle reaching out over the table. The table is light brown wood
with thin darker seams between its planks, running across the image. Factors: the direction
in which the spoon lies around the cup (all the way round, so a cyclic factor), the colour of
the coffee (black espresso through brown to milky), the size of the cup and the hue of the
saucer. The saucer's size, the spoon's size and distance from the middle, the cup's white
rim and the table stay fixed; everything always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("spoon_angle", "direction the teaspoon lies in, around the cup", "cyclic", period=2 * np.pi),
    Factor("coffee_colour", "colour of the coffee (black espresso to milky)", "continuous"),
    Factor("cup_size", "size of the coffee cup (small to large)", "continuous"),
    Factor("saucer_hue", "hue of the saucer under the cup", "continuous"),
)
# spoon_angle: 0..2 pi radians, counter-clockwise on screen from pointing right (pi / 2:
# pointing up; cyclic); coffee_colour: 0..1 blends the coffee from espresso to milky;
# cup_size: 0..1 is a cup of outer radius 9.5..13.5 px (the coffee 2.2 px less); saucer_hue:
# 0..0.8 of the colour wheel (no wrap). The saucer's radius is 23.5 px; the spoon's bowl is
# centred 18.5 px from the middle, its handle runs from 21 to 29.5 px out
RANGES = ((0.0, 2 * np.pi), (0.0, 1.0), (0.0, 1.0), (0.0, 0.8))
TABLE, SEAM, SHADOW = (0.6, 0.42, 0.26), (0.36, 0.24, 0.14), (0.0, 0.0, 0.0)
RIM, SILVER, OUTLINE = (0.97, 0.97, 0.95), (0.84, 0.85, 0.89), (0.22, 0.22, 0.25)
ESPRESSO, MILKY = np.array((0.15, 0.08, 0.04)), np.array((0.88, 0.75, 0.56))
CX = CY = 32.0
SAUCER_R, WELL_R, RIM_W = 23.5, 17.0, 2.2
SEAM_GAP = 16.0
BOWL_AT, BOWL_RX, BOWL_RY = 18.5, 4.5, 3.0  # the spoon's bowl: distance out, radial and across half-axes
HANDLE_IN, HANDLE_OUT, HANDLE_HW = 21.0, 29.5, 1.1


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = R.canvas(n, TABLE)
    seams = np.abs(y - SEAM_GAP * np.round(y / SEAM_GAP)) - 0.5
    img = R.over(img, np.broadcast_to(0.6 * R.coverage(seams), (n, R.SIZE, R.SIZE)), SEAM)
    dx, dy = x - CX, y - CY
    d = np.sqrt(dx ** 2 + dy ** 2)
    img = R.over(img, 0.3 * R.coverage(np.hypot(dx - 1.5, dy - 2.0) - SAUCER_R), SHADOW)
    img = R.over(img, R.coverage(d - SAUCER_R), R.hsv(f[:, 3], 0.5, 0.82))
    img = R.over(img, 0.2 * R.coverage(np.abs(d - WELL_R) - 0.5), SHADOW)
    r = R.col(9.5 + 4 * f[:, 2])
    img = R.over(img, 0.3 * R.coverage(np.hypot(dx - 1.0, dy - 1.5) - r), SHADOW)
    img = R.over(img, R.coverage(d - r), RIM)
    coffee = ESPRESSO[None] + (MILKY - ESPRESSO)[None] * f[:, 1:2]
    img = R.over(img, R.coverage(d - (r - RIM_W)), coffee)
    img = R.over(img, 0.25 * R.coverage(np.abs(d - (r - RIM_W - 0.7)) - 0.7), SHADOW)
    # the spoon: s along it, out from the middle; t across it
    a = R.col(f[:, 0])
    s = dx * np.cos(a) - dy * np.sin(a)
    t = dx * np.sin(a) + dy * np.cos(a)
    bowl = R.ellipse_sdf(s - BOWL_AT, t, BOWL_RX, BOWL_RY)
    handle = np.hypot(np.maximum(np.maximum(HANDLE_IN - s, s - HANDLE_OUT), 0.0), t) - HANDLE_HW
    spoon = np.minimum(bowl, handle)
    img = R.over(img, R.coverage(spoon - 0.8), OUTLINE)
    return R.to_uint8(R.over(img, R.coverage(spoon), SILVER))


def render(spoon_angle: float, coffee_colour: float, cup_size: float, saucer_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[spoon_angle, coffee_colour, cup_size, saucer_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("coffee", arg, n, seed, FACTORS, sample_factors, _draw)
