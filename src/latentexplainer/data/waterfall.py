"""`waterfall`: a waterfall pouring over the lip of a rocky cliff into a pool, bushes on the
banks and along the cliff's top, seen from the front (64x64 RGB).

A blue sky, paler towards the bottom, fills the top of the image above the cliff. The cliff is
a wall of brown-grey rock across the whole width, with darker bands of strata and a few
cracks, its top edge a little uneven and fringed with a strip of bushes. Out of a notch in the
middle of its lip falls the water: a sheet of pale blue-white streaked with darker lines, down
to a deep blue-green pool across the bottom of the image, where it churns up a band of white
foam. Clumps of bushes stand on the banks on either side of the pool, with grey boulders in
front of them. Mist may rise from the foot of the fall, a white haze over the pool and the
lower cliff. Factors: how much water falls (a thin ribbon to a wide torrent: the fall and its
foam widen), how high the cliff is (its lip low to high above the pool), the season (summer:
green bushes, autumn: orange bushes, winter: snow on the bushes) and how much mist rises (none
to a thick haze). The sky, the rock, the pool and the bushes' shapes stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("flow", "how much water falls (a thin ribbon to a wide torrent)", "continuous"),
    Factor("cliff_height", "height of the cliff the water falls from (low to high)", "continuous"),
    Factor("season", "the season, shown by the bushes", "categorical", ("summer", "autumn", "winter")),
    Factor("mist", "how much mist rises from the foot of the fall (none to thick)", "continuous"),
)
# flow: 0..1 makes the fall 4..26 px wide, centred at x = 32 px, from the lip down to the pool
# (y = 50 px), its foam 8 px wider; cliff_height: 0..1 puts the lip (its middle) at y = 30..12 px;
# the bushes along the top stand up to 3.5 px above it; season: one of three colours for all
# the bushes (on the banks, x = 0..20 and 44..64 px, y = 40..56 px, and along the lip); mist:
# 0..1 scales a white haze centred at (32, 47) px, 22 px across and 10 px up and down (in
# standard deviations), to an opacity of 0..0.8 at its middle
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 2.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.46, 0.68, 0.94)), np.array((0.8, 0.89, 0.97))
ROCK, STRATA, CRACK = (0.5, 0.44, 0.38), (0.4, 0.35, 0.3), (0.3, 0.26, 0.22)
WATER, STREAK, FOAM = (0.86, 0.93, 0.98), (0.6, 0.76, 0.9), (0.97, 0.98, 1.0)
POOL, RIPPLE, BOULDER, MIST = (0.13, 0.4, 0.5), (0.3, 0.58, 0.66), (0.56, 0.56, 0.58), (0.95, 0.97, 1.0)
SEASONS = np.array(((0.2, 0.52, 0.2), (0.88, 0.44, 0.1), (0.94, 0.96, 0.99)), np.float32)
POOL_Y, FALL_X = 50.0, 32.0
BUSHES = ((5.0, 46.0, 9.0, 6.5), (15.0, 50.0, 6.5, 4.5), (59.0, 46.0, 9.0, 6.5), (49.0, 50.0, 6.5, 4.5))
BOULDERS = ((10.0, 55.0, 4.0, 2.5), (54.0, 55.5, 4.5, 2.5))


def _rock() -> np.ndarray:
    """The rock face (3, H, W) as if it filled the whole image; the draw shows it below the lip."""
    x, y = R.grid()
    rock = R.canvas(1, ROCK)
    strata = np.abs(((POOL_Y - y) % 5.0) - 2.5 + 0.4 * np.sin(x / 6.0)) - 0.6
    R.over(rock, 0.7 * R.coverage(strata), STRATA)
    cracks = np.minimum(np.abs(x - 12.0 - 1.5 * np.sin(y / 3.0)), np.abs(x - 53.0 + 1.5 * np.sin(y / 4.0))) - 0.5
    R.over(rock, R.coverage(cracks), CRACK)
    return rock[0]


ROCK_FACE = _rock()
SKY = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, 34.0)
_X, _Y = R.grid()
LEAF = (0.92 + 0.1 * np.sin(_X * 1.1 + _Y * 0.7) * np.sin(_X * 0.5 - _Y * 1.3))[0]  # a leafy texture (H, W)


def _bank_bushes() -> np.ndarray:
    x, y = R.grid()
    d = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for bx, by, rx, ry in BUSHES:
        np.minimum(d, R.ellipse_sdf(x - bx, y - by, rx, ry), out=d)
    return R.coverage(d)[0]


BANK_BUSHES = _bank_bushes()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SKY
    # the cliff: rock below its lip (a little uneven), down to the pool
    lip = R.col(30.0 - 18.0 * f[:, 1]) + 0.8 * np.sin(x / 4.3) + 0.5 * np.sin(x / 1.9 + 1.0)
    R.over(img, R.coverage(lip - y), ROCK_FACE)
    # the bushes along the lip, then the fall itself from the notch in the lip
    season = SEASONS[f[:, 2].astype(int)]
    leafy = season[:, :, None, None] * LEAF[None, None]
    fringe = np.maximum(y - lip - 0.5, lip - 1.5 - 2.0 * np.abs(np.sin(x / 2.6)) - y)
    R.over(img, R.coverage(fringe), leafy)
    half = R.col(2.0 + 11.0 * f[:, 0])
    fall = np.maximum(np.abs(x - FALL_X) - half, np.maximum(lip - 1.0 - y, y - POOL_Y))
    R.over(img, R.coverage(fall), WATER)
    streaks = np.abs(((x - FALL_X) * 0.9 + 0.3 * np.sin(y / 2.0)) % 3.0 - 1.5) - 0.45
    R.over(img, 0.8 * R.coverage(np.maximum(fall + 1.0, streaks)), STREAK)
    # the pool, the foam at the fall's foot, the bushes and boulders on the banks
    R.over(img, R.below(POOL_Y, n), POOL)
    ripples = np.maximum(np.abs(((y - POOL_Y) % 3.5) - 1.75) - 0.35, POOL_Y + 2.0 - y)
    R.over(img, 0.7 * R.coverage(ripples), RIPPLE)
    foam = R.ellipse_sdf(x - FALL_X, y - POOL_Y - 0.5, half + 4.0, 2.8)
    R.over(img, R.coverage(foam), FOAM)
    R.over(img, np.broadcast_to(BANK_BUSHES, (n, R.SIZE, R.SIZE)), leafy)
    for bx, by, rx, ry in BOULDERS:
        R.over(img, np.broadcast_to(R.coverage(R.ellipse_sdf(x - bx, y - by, rx, ry)), (n, R.SIZE, R.SIZE)),
               BOULDER)
    # the mist
    haze = np.exp(-((x - FALL_X) ** 2 / (2 * 22.0 ** 2) + (y - 47.0) ** 2 / (2 * 10.0 ** 2)))
    R.over(img, 0.8 * R.col(f[:, 3]) * haze, MIST)
    return R.to_uint8(img)


def render(flow: float, cliff_height: float, season: float, mist: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[flow, cliff_height, season, mist]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("waterfall", arg, n, seed, FACTORS, sample_factors, _draw)
