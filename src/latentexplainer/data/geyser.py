"""`geyser`: a geyser erupting from a hot pool on a volcanic plain, snow-capped mountains
behind, seen from the side (64x64 RGB).

The sky is blue, paler towards the horizon; a range of grey-blue mountains with white snow caps
runs along the horizon. The plain in front fills the lower third of the image, strewn with dark
rocks. On it lies an oval hot pool with a pale mineral rim, and from the vent in the middle of
the pool a white column of water shoots straight up, widening as it rises, topped by a billowing
cloud of steam. Factors: where the geyser is on the plain (left to right; its pool, column and
cloud move together), how high it erupts (a low spout to a tall column reaching near the top of
the image), the colour of its hot pool (deep blue, emerald green or orange) and how much snow
covers the plain (bare brown ground to white all over; the rocks stay dark). The sky, the
mountains, the rocks and the pool's size stay fixed; the geyser always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("geyser_x", "where the geyser is on the plain (left to right)", "continuous"),
    Factor("eruption", "how high the geyser's column of water shoots (low to high)", "continuous"),
    Factor("pool_colour", "colour of the hot pool: deep blue, emerald green or orange", "categorical",
           ("blue", "green", "orange")),
    Factor("snow", "how much snow covers the plain (bare ground to white)", "continuous"),
)
# geyser_x: 0..1 puts the vent at x = 15..49 px, y = 50 px (the pool is 26 px wide and 10 px
# tall around it); eruption: 0..1 is a column 10..42 px tall (its top at y = 40..8 px, the steam
# cloud about 6 px above that), 3.6 px wide at the vent and 0.24 px wider for every px it rises;
# pool_colour: deep blue, emerald green or orange water; snow: 0..1 blends the plain (y = 40..64
# px, outside the pool and the rocks) from bare brown (0.45, 0.36, 0.27) to snow (0.94, 0.95, 0.97)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 2.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.32, 0.55, 0.88)), np.array((0.72, 0.84, 0.95))
MOUNTAIN, SNOWCAP = (0.34, 0.38, 0.5), (0.9, 0.92, 0.96)
GROUND, SNOW, ROCK = np.array((0.45, 0.36, 0.27)), np.array((0.94, 0.95, 0.97)), (0.2, 0.18, 0.17)
RIM, WATER, STEAM_SHADE = (0.86, 0.8, 0.66), (0.97, 0.98, 1.0), (0.74, 0.78, 0.84)
POOLS = np.array(((0.1, 0.3, 0.82), (0.12, 0.68, 0.42), (0.92, 0.52, 0.1)))  # blue, green, orange
HORIZON, VENT_Y = 40.0, 50.0
POOL_RX, POOL_RY = 13.0, 5.0
ROCKS = ((6.0, 45.0, 2.2, 1.3), (30.0, 60.0, 2.6, 1.6), (58.0, 47.0, 2.0, 1.2), (48.0, 61.5, 1.8, 1.1),
         (12.0, 58.5, 1.6, 1.0), (40.0, 43.0, 1.5, 0.9))
PEAKS = ((5.0, 27.0), (21.0, 19.0), (39.0, 24.0), (56.0, 20.0))  # the mountains' tops
CLOUD = ((-3.5, 1.0, 4.0), (3.5, 0.0, 4.5), (0.0, -2.5, 4.2))  # the steam cloud's puffs, from the column's top


def _background() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The sky and the mountains (3, H, W); the plain's coverage (H, W); the rocks' (H, W)."""
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, HORIZON)[None].copy()
    ridge = np.min([py + 0.75 * np.abs(x - px) for px, py in PEAKS], 0) + 0.6 * np.sin(x * 1.3)
    R.over(img, R.coverage((ridge - y) * 0.8), MOUNTAIN)
    R.over(img, R.coverage(np.maximum(ridge - y, y - 27.0 - 0.8 * np.sin(x * 0.9))), SNOWCAP)
    plain = R.coverage(HORIZON - y)[0]
    rocks = np.full((R.SIZE, R.SIZE), np.inf, np.float32)
    for rx, ry, ax, ay in ROCKS:
        np.minimum(rocks, R.ellipse_sdf(x - rx, y - ry, ax, ay)[0], out=rocks)
    return img[0], np.broadcast_to(plain, (R.SIZE, R.SIZE)), R.coverage(rocks)


BACKGROUND, PLAIN, ROCKS_ALPHA = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    ground = GROUND[None] + (SNOW - GROUND)[None] * f[:, 3:4]
    R.over(img, np.broadcast_to(PLAIN, (n, R.SIZE, R.SIZE)), ground)
    R.over(img, np.broadcast_to(ROCKS_ALPHA, (n, R.SIZE, R.SIZE)), ROCK)
    # the pool with its mineral rim
    vx = R.col(15 + 34 * f[:, 0])
    R.over(img, R.coverage(R.ellipse_sdf(x - vx, y - VENT_Y, POOL_RX + 1.5, POOL_RY + 1.2)), RIM)
    R.over(img, R.coverage(R.ellipse_sdf(x - vx, y - VENT_Y, POOL_RX, POOL_RY)), POOLS[f[:, 2].astype(int)])
    # the column of water, widening as it rises, and the steam cloud on top; its right side shaded
    top = VENT_Y - R.col(10 + 32 * f[:, 1])
    column = np.maximum(np.abs(x - vx) - (1.8 + 0.12 * (VENT_Y - y)), np.maximum(top - y, y - VENT_Y))
    cloud = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    for cx, cy, r in CLOUD:
        np.minimum(cloud, np.hypot(x - vx - cx, y - top - cy) - r, out=cloud)
    steam = R.coverage(np.minimum(column, cloud))
    R.over(img, 0.95 * steam, WATER)
    R.over(img, 0.5 * steam * np.clip((x - vx) / 6.0, 0.0, 1.0), STEAM_SHADE)
    return R.to_uint8(img)


def render(geyser_x: float, eruption: float, pool_colour: float, snow: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[geyser_x, eruption, pool_colour, snow]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("geyser", arg, n, seed, FACTORS, sample_factors, _draw)
