"""`gondolier`: a gondolier rowing his black gondola along a canal in front of a row of old
houses that rise straight out of the water, seen from the side (64x64 RGB).

Across the back of the image stands a row of four tall houses, ochre, terracotta, pink and cream,
their flat roofs at different heights, each with two rows of dark arched windows; where the water
usually laps them their walls are stained a dark green. Above them is the sky, lit by a sun
standing over the right-hand houses. The canal's water fills the bottom of the image, with pale
ripples on it. On the water floats a long, low black gondola, its stern and its prow curving up,
a silver comb on the prow at the right; the gondolier stands on the stern at the left in a
straw hat and a striped shirt, holding a long oar that dips into the water. Factors: where the
gondola is along the canal (left to right), how far the gondolier's oar is swept (from reaching
forwards under the boat to pushed back behind it), the time of day (from a blue afternoon sky
with a high white sun to an orange sunset with the sun low and the houses glowing) and how high
the water stands (from low, showing the green stain, to high up the houses' walls; the gondola
floats on it). The houses, the gondola's size and the gondolier stay fixed; the whole gondola
always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("gondola_x", "where the gondola is along the canal (left to right)", "continuous"),
    Factor("oar_sweep", "how far the oar is swept (reaching forwards to pushed back)", "continuous"),
    Factor("sunset", "time of day (blue afternoon to orange sunset)", "continuous"),
    Factor("water_level", "how high the water stands up the houses (low to high)", "continuous"),
)
# gondola_x: 0..1 puts the gondola's middle at x = 19..45 px (it is 32 px long); oar_sweep: -0.75..0.75
# radians of the oar from hanging straight down (negative: its blade forwards, to the right; positive:
# back, to the left), the pale oar 25 px long from the gondolier's hands; sunset: 0..1 blends the sky, the
# light on the houses and the water from afternoon to sunset and lowers the sun from y = 7 to 27 px;
# water_level: 0..1 puts the water's surface at y = 48..38 px
RANGES = ((0.0, 1.0), (-0.75, 0.75), (0.0, 1.0), (0.0, 1.0))
DAY_TOP, DAY_LOW = np.array((0.36, 0.58, 0.9)), np.array((0.7, 0.83, 0.95))
DUSK_TOP, DUSK_LOW = np.array((0.55, 0.36, 0.52)), np.array((0.98, 0.62, 0.3))
DAY_SUN, DUSK_SUN = np.array((1.0, 0.99, 0.9)), np.array((1.0, 0.45, 0.12))
DAY_LIGHT, DUSK_LIGHT = np.array((1.0, 1.0, 1.0)), np.array((1.0, 0.72, 0.5))
DAY_WATER, DUSK_WATER = np.array((0.16, 0.44, 0.48)), np.array((0.42, 0.3, 0.34))
RIPPLE = (0.85, 0.92, 0.95)
WINDOW, STAIN = (0.16, 0.12, 0.12), (0.2, 0.3, 0.2)
HULL, COMB = (0.05, 0.05, 0.06), (0.82, 0.84, 0.86)
SKIN, STRAW, RIBBON = (0.9, 0.7, 0.55), (0.92, 0.8, 0.42), (0.8, 0.1, 0.12)
NAVY, WHITE, TROUSERS, OAR = (0.1, 0.14, 0.36), (0.96, 0.96, 0.96), (0.1, 0.1, 0.12), (0.94, 0.8, 0.52)
HOUSES = (  # left, right, roof height and colour of each house
    (0.0, 17.0, 10.0, (0.86, 0.66, 0.32)), (17.0, 33.0, 16.0, (0.8, 0.42, 0.3)),
    (33.0, 49.0, 8.0, (0.9, 0.66, 0.64)), (49.0, 64.0, 14.0, (0.92, 0.86, 0.7)),
)
SUN_X, SUN_R = 52.0, 4.0
STAIN_TOP = 42.0
HALF_LEN = 16.0
OAR_LEN = 25.0


def _houses():
    """The houses' colours (3, H, W) in daylight and their coverage (H, W)."""
    x, y = R.grid()
    rgb = np.zeros((1, 3, R.SIZE, R.SIZE), np.float32)
    cover = np.zeros((1, R.SIZE, R.SIZE), np.float32)
    for left, right, roof, colour in HOUSES:
        house = R.coverage(R.edges_sdf(x, y, left, right, roof, 70.0))
        R.over(rgb, house, colour)
        cover = np.maximum(cover, house)
        R.over(rgb, R.coverage(R.edges_sdf(x, y, left, right, roof, roof + 1.5)), (0.95, 0.93, 0.88))  # a cornice
        width = right - left
        for row in (roof + 5.0, roof + 15.0):
            for k in (0.3, 0.7):
                wx = left + k * width
                arch = np.minimum(R.edges_sdf(x, y, wx - 1.8, wx + 1.8, row, row + 6.0),
                                  np.hypot(x - wx, y - row) - 1.8)
                R.over(rgb, R.coverage(np.maximum(arch, y - (STAIN_TOP - 1.0))), WINDOW)
    R.over(rgb, R.coverage(STAIN_TOP - y), STAIN)
    return rgb[0] / np.maximum(cover, 1e-6), cover[0]  # the colours, not premultiplied by their coverage


HOUSE_RGB, HOUSE_COVER = _houses()


def _ripples():
    x, y = R.grid()
    wave = y + 0.6 * np.sin(x * 0.7)
    return 0.45 * R.coverage(np.maximum(np.abs((wave % 5.0) - 2.5) - 0.3,
                                        np.abs(((x + 5.0 * np.floor(wave / 5.0)) % 13.0) - 6.5) - 2.5))


RIPPLES = _ripples()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    t = f[:, 2:3]
    # the sky, low and glowing at sunset, and the sun
    top, low = DAY_TOP + (DUSK_TOP - DAY_TOP) * t, DAY_LOW + (DUSK_LOW - DAY_LOW) * t
    ramp = np.clip(y / 40.0, 0.0, 1.0)[None]  # (1, 1, H, 1)
    img = np.ascontiguousarray(np.broadcast_to(top[:, :, None, None] + (low - top)[:, :, None, None] * ramp,
                                               (n, 3, R.SIZE, R.SIZE)))
    sun_y = R.col(7.0 + 20.0 * f[:, 2])
    R.over(img, R.coverage(np.hypot(x - SUN_X, y - sun_y) - SUN_R), DAY_SUN + (DUSK_SUN - DAY_SUN) * t)
    # the houses, in the day's light
    light = (DAY_LIGHT + (DUSK_LIGHT - DAY_LIGHT) * t)[:, :, None, None]
    R.over(img, np.broadcast_to(HOUSE_COVER, (n, R.SIZE, R.SIZE)), HOUSE_RGB[None] * light)
    # the water, and its ripples
    wl = R.col(48.0 - 10.0 * f[:, 3])
    water = R.coverage(wl - y)
    R.over(img, water, DAY_WATER + (DUSK_WATER - DAY_WATER) * t)
    R.over(img, water * RIPPLES, RIPPLE)
    # the gondola: a long low hull, its ends curving up, a comb on the prow
    gx = R.col(19.0 + 26.0 * f[:, 0])
    u = (x - gx) / HALF_LEN
    deck, keel = wl - 2.5 - 7.0 * u ** 6, wl + 1.5 - 1.5 * u ** 2  # the ends curve up
    hull = np.maximum(np.maximum(deck - y, y - keel), (np.abs(u) - 1.0) * HALF_LEN)
    R.over(img, R.coverage(hull), HULL)
    comb = np.maximum(np.abs(((y - wl) % 2.0) - 1.0) - 0.45,
                      R.edges_sdf(x, y, gx + HALF_LEN - 4.0, gx + HALF_LEN - 1.5, wl - 9.0, wl - 4.0))
    R.over(img, R.coverage(comb), COMB)
    # the gondolier on the stern: legs, a striped shirt, a head and a straw hat
    px, feet = gx - 10.0, wl - 2.5
    R.over(img, R.coverage(R.edges_sdf(x, y, px - 1.6, px + 1.6, feet - 6.0, feet)), TROUSERS)
    shirt = R.edges_sdf(x, y, px - 2.2, px + 2.2, feet - 13.0, feet - 6.0)
    R.over(img, R.coverage(shirt), WHITE)
    R.over(img, R.coverage(np.maximum(shirt, np.abs(((y - feet) % 2.0) - 1.0) - 0.5)), NAVY)
    R.over(img, R.coverage(np.hypot(x - px, y - (feet - 15.0)) - 2.2), SKIN)
    hat = np.minimum(R.edges_sdf(x, y, px - 4.0, px + 4.0, feet - 17.2, feet - 16.4),
                     R.edges_sdf(x, y, px - 2.2, px + 2.2, feet - 19.5, feet - 16.4))
    R.over(img, R.coverage(hat), STRAW)
    R.over(img, R.coverage(R.edges_sdf(x, y, px - 2.2, px + 2.2, feet - 17.6, feet - 16.8)), RIBBON)
    # the oar, from his hands down into the water, its blade at the end; paler under the water
    a = R.col(f[:, 1])
    hx, hy = px + 3.5, feet - 9.5
    ex, ey = hx - OAR_LEN * np.sin(a), hy + OAR_LEN * np.cos(a)
    d, s = R.segment_sdf(x, y, hx, hy, ex, ey, along=True)
    oar = R.coverage(d - np.where(s > 0.7, 2.0, 0.9)) * (1.0 - 0.25 * R.coverage(y - wl))
    R.over(img, oar, OAR)
    arm = R.segment_sdf(x, y, px + 1.0, feet - 12.0, hx, hy) - 0.8
    return R.to_uint8(R.over(img, R.coverage(arm), NAVY))


def render(gondola_x: float, oar_sweep: float, sunset: float, water_level: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[gondola_x, oar_sweep, sunset, water_level]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("gondolier", arg, n, seed, FACTORS, sample_factors, _draw)
