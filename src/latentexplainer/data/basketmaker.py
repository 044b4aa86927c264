"""`basketmaker`: a basketmaker's workshop, a new basket being woven on the floor, bundles of willow
rods standing in the corner and a finished basket hanging on the wall, seen from the front (64x64 RGB).

The walls are limewashed a pale grey-blue, with a small window high on the right; the floor is of dark
slate flags. In the middle of the floor stands a basket being made: seven upright stakes rise from its
foot, splaying a little outwards, and willow rods are woven round them in rows from the foot upwards,
the newest row at the top a little darker; above the weaving the bare stakes stand up to their tips.
In the left corner three bundles of long willow rods, each tied with a band, lean against the wall, and
a small finished basket with a hooped handle hangs from a peg on the wall. Factors: how far up the
basket has been woven (from a few rows at the foot to right up to the stakes' tips), which willow is
used (pale peeled buff, brown unpeeled or fresh green; the basket, the bundles and the hanging basket
alike), how wide the basket is (narrow to wide) and how much daylight there is (from a dim evening, the
window a deep blue, to bright day). The walls, the floor, the window's place, the bundles, the hanging
basket and the basket's height stay fixed; the whole basket always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("weave_height", "how far up the basket's sides are woven (a few rows to the top)", "continuous"),
    Factor("willow", "which willow is used (peeled buff, brown or fresh green)", "categorical",
           ("buff", "brown", "green")),
    Factor("basket_width", "how wide the basket being woven is (narrow to wide)", "continuous"),
    Factor("daylight", "how much daylight there is in the workshop (dim evening to bright day)", "continuous"),
)
# weave_height: 0..1 weaves the sides from the foot (y = FOOT) up 3..HEIGHT px (the stakes are HEIGHT
# px tall); willow: a code 0..2 for the colours in WILLOWS; basket_width: 0..1 is a basket 7..15 px in
# half-width at its foot (a quarter wider at the stakes' tips), its middle at x = BASKET_X; daylight:
# 0..1 blends the window from a deep evening blue to a bright sky and scales the light in the
# workshop from 0.45 to 1
RANGES = ((0.0, 1.0), (0.0, 2.0), (0.0, 1.0), (0.0, 1.0))
WALL, WALL_SHADE, FLOOR, FLAG_LINE = (0.6, 0.66, 0.7), (0.52, 0.58, 0.62), (0.3, 0.29, 0.3), (0.2, 0.19, 0.2)
FRAME, PEG, BAND = (0.36, 0.26, 0.18), (0.3, 0.2, 0.12), (0.62, 0.16, 0.12)
EVENING_SKY, DAY_SKY = np.array((0.1, 0.12, 0.32)), np.array((0.72, 0.86, 0.98))
WILLOWS = ((0.9, 0.76, 0.5), (0.46, 0.28, 0.16), (0.52, 0.62, 0.24))
FOOT, HEIGHT, BASKET_X, FLARE = 57.0, 26.0, 37.0, 0.25
STAKES = np.linspace(-1.0, 1.0, 7)
WIN_L, WIN_R, WIN_T, WIN_B = 46.0, 60.0, 6.0, 22.0
FLOOR_Y = 48.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, R.coverage(np.abs(x - 17.0) - 0.6) * R.coverage(y - FLOOR_Y), WALL_SHADE)  # the corner
    R.over(img, R.coverage(R.edges_sdf(x, y, WIN_L - 1.5, WIN_R + 1.5, WIN_T - 1.5, WIN_B + 1.5)), FRAME)
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    flags = np.minimum(np.abs(((y - FLOOR_Y) % 6.0) - 0.5), np.abs(((x + 7.0 * np.floor((y - FLOOR_Y) / 6.0)) % 14.0)
                                                                    - 0.5)) - 0.45
    R.over(img, R.coverage(np.maximum(flags, FLOOR_Y + 0.5 - y)), FLAG_LINE)
    R.over(img, R.coverage(np.hypot(x - 26.0, y - 9.0) - 1.2), PEG)
    return img[0]


SCENE = _scene()
PANE = R.coverage(R.edges_sdf(*R.grid(), WIN_L, WIN_R, WIN_T, WIN_B))
BARS = R.coverage(np.abs(R.grid()[0] - (WIN_L + WIN_R) / 2) - 0.6) * PANE


def _willow_things():
    """The bundles' and the hanging basket's coverage, their rods' (darker lines) and the bundles' bands."""
    x, y = R.grid()
    things = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    rods = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    bands = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for bx, top, lean in ((4.0, 6.0, 1.5), (9.0, 3.0, 2.5), (14.0, 8.0, 3.5)):
        # a sheaf narrow at its band and wider at its foot and its top, leaning to the right
        t = np.clip((FOOT - 2.0 - y) / (FOOT - 2.0 - top), 0.0, 1.0)
        mid = bx + lean * t
        half = 1.6 + 1.2 * np.abs(t - 0.45)
        sheaf = np.maximum(np.abs(x - mid) - half, np.maximum(top - y, y - (FOOT - 2.0)))
        np.minimum(things, sheaf, out=things)
        np.minimum(rods, np.maximum(np.abs(((x - mid) % 1.4) - 0.7) - 0.2, sheaf + 0.6), out=rods)
        band_y = FOOT - 2.0 - 0.45 * (FOOT - 2.0 - top)
        np.minimum(bands, np.maximum(sheaf, np.abs(y - band_y) - 0.9), out=bands)
    # the hanging basket: a rounded body and a hooped handle from the peg
    body = np.maximum(R.ellipse_sdf(x - 26.0, y - 17.0, 6.5, 5.0), 15.5 - y)
    handle = np.maximum(np.abs(R.ellipse_sdf(x - 26.0, y - 15.5, 5.0, 6.0)) - 0.8, y - 15.5)
    np.minimum(things, np.minimum(body, handle), out=things)
    np.minimum(rods, np.maximum(np.abs(((y - 16.0) % 2.0) - 1.0) - 0.3, body + 0.5), out=rods)
    return R.coverage(things), R.coverage(rods), R.coverage(bands)


THINGS, RODS, BANDS = _willow_things()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    willow = np.asarray(WILLOWS, np.float32)[f[:, 1].astype(int)]
    dark = willow * 0.68
    R.over(img, np.broadcast_to(THINGS, (n, R.SIZE, R.SIZE)), willow)
    R.over(img, np.broadcast_to(RODS, (n, R.SIZE, R.SIZE)), dark)
    R.over(img, np.broadcast_to(BANDS, (n, R.SIZE, R.SIZE)), BAND)
    # the basket: the woven sides up to the weaving's height, then the bare stakes
    hw = R.col(7.0 + 8.0 * f[:, 2])
    z = FOOT - y  # height above the foot
    half = hw * (1.0 + FLARE * np.clip(z, 0.0, HEIGHT) / HEIGHT)
    woven_to = R.col(3.0 + (HEIGHT - 3.0) * f[:, 0])
    sides = np.maximum(np.abs(x - BASKET_X) - half, np.maximum(-z, z - woven_to))
    R.over(img, R.coverage(sides), willow)
    row = np.floor(z / 2.0)
    over_under = np.abs(np.sin(np.pi * ((x - BASKET_X) / 3.0 + 0.5 * row)))
    R.over(img, R.coverage(sides) * (0.55 * (1.0 - over_under)), dark)  # where a rod dips behind a stake
    R.over(img, R.coverage(np.maximum(sides, np.abs(((z + 1.0) % 2.0) - 1.0) - 0.25)), dark)  # between the rows
    R.over(img, 0.7 * R.coverage(np.maximum(sides, woven_to - 2.0 - z)), dark)  # the newest row
    for t in STAKES:
        stake = R.segment_sdf(x, y, BASKET_X + hw * t, FOOT, BASKET_X + hw * (1 + FLARE) * t, FOOT - HEIGHT) - 0.6
        R.over(img, R.coverage(np.maximum(stake, z - HEIGHT)), willow)
        R.over(img, 0.5 * R.coverage(np.maximum(stake + 0.4, woven_to - z)), dark)
    # the daylight: the window's sky, and the light over everything
    day = f[:, 3]
    light = (0.45 + 0.55 * day)[:, None].astype(np.float32)
    img *= light[:, :, None, None]
    sky = EVENING_SKY + (DAY_SKY - EVENING_SKY) * day[:, None]
    R.over(img, np.broadcast_to(PANE, (n, R.SIZE, R.SIZE)), sky)
    R.over(img, np.broadcast_to(BARS, (n, R.SIZE, R.SIZE)), np.asarray(FRAME, np.float32) * light)
    return R.to_uint8(img)


def render(weave_height: float, willow: float, basket_width: float, daylight: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[weave_height, willow, basket_width, daylight]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("basketmaker", arg, n, seed, FACTORS, sample_factors, _draw)
