"""`saltpans`: salt pans by the sea, shallow pools of brine between low clay walls, a heap of
raked salt and a small windpump, seen from the front (64x64 RGB).

A sky fills the top of the image, the sun high on the right, above a strip of blue sea at the
horizon. Below it lie the salt pans: rows of shallow rectangular pools of brine, divided by
low brownish clay walls that run away towards the sea, the pools and walls growing larger
towards the bottom of the image. A wide walkway of clay crosses the pans near the bottom; on it,
on the right, stands a white heap of raked salt, shaded on its right side. On the left a small
windpump stands on a wooden trestle, its four cream lattice sails on a dark hub. Factors: how
high the salt heap is piled (from a low mound to a tall heap), the colour of the brine in the
pans (from sea blue to the pink of salt-loving algae), how far the windpump's sails have turned
(a cyclic factor: its four sails look the same after a quarter turn) and how cloudy the sky is
(from a clear blue sky with the sun to a grey overcast that hides the sun and dims the pans).
The sea, the walls, the walkway, the trestle and the size of the sails stay fixed; the heap and
the sails always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("heap_height", "how high the salt heap is piled (low mound to tall heap)", "continuous"),
    Factor("brine", "colour of the brine in the pans (sea blue to pink)", "continuous"),
    Factor("sails", "how far the windpump's four sails have turned", "cyclic", period=90.0),
    Factor("cloud", "how cloudy the sky is (clear to grey overcast)", "continuous"),
)
# heap_height: 0..1 is a heap 4..20 px tall on the walkway (its foot at y = 52 px, its middle at
# x = 46 px), 3 + 0.6 times its height in half-width; brine: 0..1 blends the pans from BLUE to
# PINK; sails: 0..90 degrees the sails have turned about the hub (four sails, so 0 and 90 are the
# same picture); cloud: 0..1 greys the sky, grows the clouds from none to covering it, hides the
# sun and dims the whole scene by up to a quarter
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 90.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM, GREY_TOP, GREY_BOTTOM = (np.array(c) for c in ((0.34, 0.58, 0.92), (0.7, 0.84, 0.97),
                                                                  (0.56, 0.58, 0.62), (0.72, 0.73, 0.75)))
SEA, SEA_GREY = np.array((0.2, 0.45, 0.72)), np.array((0.42, 0.5, 0.56))
SUN, CLOUD = (1.0, 0.96, 0.7), (0.86, 0.87, 0.89)
BLUE, PINK = np.array((0.38, 0.64, 0.8)), np.array((0.94, 0.58, 0.66))
CLAY, CLAY_DARK, SALT, SALT_SHADE = (0.62, 0.54, 0.44), (0.5, 0.43, 0.34), (0.97, 0.97, 0.95), (0.78, 0.8, 0.84)
TIMBER, SAIL, HUB = (0.4, 0.28, 0.17), (0.93, 0.9, 0.8), (0.18, 0.14, 0.12)
HORIZON, SEA_B = 20.0, 25.0
ROW_WALLS = (25.5, 29.5, 35.0, 42.0)  # walls across the pans, each a little thicker than the one before
WALK_T, WALK_B = 49.0, 54.0
HEAP_X, HEAP_FOOT = 46.0, 52.0
HUB_X, HUB_Y, SAIL_R0, SAIL_R1, SAIL_HW = 12.5, 14.0, 2.5, 11.5, 2.4
SUN_AT = (53.0, 7.0)
CLOUDS = ((10.0, 6.0, 9.0, 4.0), (30.0, 10.0, 11.0, 4.5), (50.0, 5.0, 10.0, 4.0), (60.0, 14.0, 8.0, 3.5),
          (22.0, 16.0, 9.0, 3.0), (40.0, 17.0, 10.0, 3.0))  # lumps of the cloud field: x, y, half-sizes


def _pans():
    """The fixed salt pans below the sea: walls, the walkway and the pans' own coverage."""
    x, y = R.grid()
    depth = np.maximum(y - 8.0, 1.0)  # how near the row is: the walls grow thicker towards the bottom
    u = (x - 32.0) / depth * 1.6  # the walls running away to the sea meet far beyond the horizon
    along = np.abs(u - np.round(u)) * depth / 1.6 - (0.3 + 0.015 * depth)
    across = np.min([np.abs(y - wy) - (0.3 + 0.02 * (wy - 8.0)) for wy in ROW_WALLS + (62.5,)], 0)
    walls = np.maximum(np.minimum(along, across), SEA_B - y)
    walk = R.edges_sdf(x, y, -1.0, 65.0, WALK_T, WALK_B)
    walls = np.minimum(walls, walk)
    pans = R.coverage(np.maximum(SEA_B - y, -walls)) * R.coverage(SEA_B - y)
    return R.coverage(walls), pans


WALLS, PANS = _pans()


def _cloud_field():
    x, y = R.grid()
    field = np.zeros((1, R.SIZE, R.SIZE), np.float32)
    for cx, cy, rx, ry in CLOUDS:
        field = np.maximum(field, np.exp(-((x - cx) / rx) ** 2 - ((y - cy) / ry) ** 2))
    return field[0]


CLOUD_FIELD = _cloud_field()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    cloud = f[:, 3]
    c = R.col(cloud)
    # the sky, greying with the cloud; the sun, hidden by it; the clouds themselves
    t = np.clip(y / HORIZON, 0.0, 1.0)[None]
    top = SKY_TOP + (GREY_TOP - SKY_TOP) * cloud[:, None]
    bottom = SKY_BOTTOM + (GREY_BOTTOM - SKY_BOTTOM) * cloud[:, None]
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = top[:, :, None, None] + (bottom - top)[:, :, None, None] * t[:, None]
    R.over(img, (1.0 - 0.95 * c) * R.coverage(np.hypot(x - SUN_AT[0], y - SUN_AT[1]) - 4.0), SUN)
    clouds = R.coverage((1.02 - 1.2 * c - CLOUD_FIELD) * 12.0) * np.sqrt(c)  # none at 0, the whole sky at 1
    R.over(img, clouds * R.coverage(y - HORIZON), CLOUD)
    # the sea, the pans of brine and their walls
    sea = SEA + (SEA_GREY - SEA) * cloud[:, None]
    R.over(img, np.broadcast_to(R.coverage(np.maximum(HORIZON - y, y - SEA_B)), (n, R.SIZE, R.SIZE)), sea)
    brine = BLUE + (PINK - BLUE) * f[:, 1:2]
    R.over(img, np.broadcast_to(PANS, (n, R.SIZE, R.SIZE)), brine)
    R.over(img, 0.25 * PANS * R.coverage(np.abs(((y + 0.3 * x) % 5.0) - 2.5) - 0.4), (1.0, 1.0, 1.0))
    R.over(img, np.broadcast_to(WALLS, (n, R.SIZE, R.SIZE)), CLAY)
    R.over(img, np.broadcast_to(WALLS * R.coverage(np.abs(y - WALK_B + 0.5) - 0.5), (n, R.SIZE, R.SIZE)), CLAY_DARK)
    # the heap of salt on the walkway, shaded on its right
    h = R.col(4.0 + 16.0 * f[:, 0])
    hw = 3.0 + 0.6 * h
    slope = (np.abs(x - HEAP_X) / hw + (HEAP_FOOT - y) / h - 1.0) / np.sqrt(1.0 / hw ** 2 + 1.0 / h ** 2)
    heap = np.maximum(slope, y - HEAP_FOOT)
    cover = R.coverage(heap)
    R.over(img, cover, SALT)
    R.over(img, 0.8 * cover * R.coverage(HEAP_X + 0.15 * (HEAP_FOOT - y) - x), SALT_SHADE)
    R.over(img, 0.35 * cover * R.coverage(np.abs(np.sin(x * 1.1 + y * 2.3)) * 3.0 - 2.4), SALT_SHADE)
    # the windpump: the trestle, four lattice sails about the hub
    trestle = np.minimum(R.segment_sdf(x, y, HUB_X, HUB_Y, HUB_X - 5.0, ROW_WALLS[3]),
                         R.segment_sdf(x, y, HUB_X, HUB_Y, HUB_X + 5.0, ROW_WALLS[3])) - 0.8
    trestle = np.minimum(trestle, R.segment_sdf(x, y, HUB_X - 3.2, 30.0, HUB_X + 3.2, 30.0) - 0.6)
    R.over(img, R.coverage(trestle), TIMBER)
    a = np.deg2rad(f[:, 2])
    sails = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    bars = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    stocks = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    for k in range(4):
        ca, sa = R.col(np.cos(a + k * np.pi / 2)), R.col(np.sin(a + k * np.pi / 2))
        along = (x - HUB_X) * ca + (y - HUB_Y) * sa
        side = -(x - HUB_X) * sa + (y - HUB_Y) * ca
        blade = np.maximum(np.abs(along - (SAIL_R0 + SAIL_R1) / 2) - (SAIL_R1 - SAIL_R0) / 2,
                           np.abs(side - SAIL_HW / 2) - SAIL_HW / 2)
        np.minimum(sails, blade, out=sails)
        np.minimum(bars, np.maximum(np.abs(((along - SAIL_R0) % 2.0) - 1.0) - 0.35, blade), out=bars)
        np.minimum(stocks, np.maximum(np.abs(side) - 0.4, np.abs(along - SAIL_R1 / 2) - SAIL_R1 / 2), out=stocks)
    R.over(img, R.coverage(sails), SAIL)
    R.over(img, 0.6 * R.coverage(bars), TIMBER)
    R.over(img, R.coverage(stocks), HUB)
    R.over(img, R.coverage(np.hypot(x - HUB_X, y - HUB_Y) - 1.5), HUB)
    # the cloud's dimming of the whole scene
    img *= R.col(1.0 - 0.25 * cloud)[:, None]
    return R.to_uint8(img)


def render(heap_height: float, brine: float, sails: float, cloud: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[heap_height, brine, sails, cloud]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("saltpans", arg, n, seed, FACTORS, sample_factors, _draw)
