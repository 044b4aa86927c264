"""`apiary`: a row of painted wooden beehives standing in a meadow under the sky, bees flying
over them, seen from the side (64x64 RGB).

The hives stand side by side on short dark stands in a green meadow, from the left of the image
towards the right: each is a box of two stacked supers (a dark line between them) painted one
colour, with a dark entrance slit near its foot and a white lid on top, and two yellow and black
bees hover above its lid. Behind the meadow is a dark green hedge along the horizon; above it
the sky, with the sun. Along the bottom of the image, in front of the hives, wild flowers
(white, yellow, pink and purple) bloom in the grass. Factors: how many hives stand in the row
(1 to 4, filling their places from the left), the hue of the hives' paint (a cyclic factor with
a whole-turn period), how much of the meadow is in flower (bare grass to full bloom: the
flowers open one after another in a fixed order) and how high the sun is (low in a warm evening
sky to high in a blue midday sky). The hives' size and places, the lids, the hedge, the meadow
and the flowers' places and colours stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("hives", "how many beehives stand in the row (1 to 4)", "categorical", ("1", "2", "3", "4")),
    Factor("hive_hue", "hue of the paint on the beehives", "cyclic", period=1.0),
    Factor("bloom", "how much of the meadow is in flower (bare grass to full bloom)", "continuous"),
    Factor("sun_height", "how high the sun is in the sky (low evening to high midday)", "continuous"),
)
# hives: 1..4 hives (codes 0..3), 9 px wide and 15 px tall under a 12 px wide lid, their middles
# at x = 12, 25, 38, 51 px, filled from the left; hive_hue: 0..1 of the colour wheel, all the way
# round (0 and 1 are the same red); bloom: 0..1 opens the 28 flowers (radius up to 1.8 px, in
# two staggered rows at about y = 56.5 and 61 px) one after another - at 0.5 the first 14 are out;
# sun_height: 0..1 puts the sun (radius 4.5 px, at x = 46 px) at y = 24..7 px and turns the sky
# from a warm evening glow (orange near the horizon) to a clear midday blue
RANGES = ((0.0, 3.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
HORIZON = 36.0
SKY_LOW = (np.array((0.5, 0.45, 0.66)), np.array((0.98, 0.7, 0.42)))  # top and horizon, evening
SKY_HIGH = (np.array((0.32, 0.56, 0.9)), np.array((0.68, 0.84, 0.97)))  # midday
SUN_LOW, SUN_HIGH = np.array((1.0, 0.55, 0.2)), np.array((1.0, 0.97, 0.78))
SUN_X, SUN_R = 46.0, 4.5
GRASS_FAR, GRASS_NEAR, HEDGE = (0.42, 0.62, 0.26), (0.28, 0.48, 0.18), (0.16, 0.3, 0.13)
LID, LID_EDGE, SLIT, STAND = (0.94, 0.94, 0.91), (0.62, 0.62, 0.6), (0.1, 0.08, 0.06), (0.22, 0.17, 0.13)
BEE, BEE_STRIPE = (0.98, 0.8, 0.12), (0.08, 0.07, 0.05)
HIVE_X = (12.0, 25.0, 38.0, 51.0)
HIVE_HW, LID_HW = 4.5, 6.0
LID_TOP, BODY_TOP, SUPER_Y, BODY_BOTTOM, STAND_BOTTOM = 31.0, 34.5, 41.5, 49.5, 54.0
BEES = ((-3.0, 27.0), (3.5, 23.5))  # each hive's two bees, from its middle and from the top
N_FLOWERS, FLOWER_R = 28, 1.8
FLOWER_COLOURS = np.array(((0.97, 0.97, 0.95), (0.98, 0.86, 0.2), (0.96, 0.52, 0.72), (0.62, 0.38, 0.86)))
FLOWER_ROWS = (54, 64)  # the rows the flowers can reach


def _flowers():
    """The flowers' places (in two staggered rows), the order they open in and their colours,
    drawn as the nearest flower to each pixel of their rows: its index and distance (H', W)."""
    rng = np.random.default_rng(11)
    i = np.arange(N_FLOWERS)
    fx = 2.6 + 4.3 * (i // 2) + 2.15 * (i % 2)
    fy = np.where(i % 2 == 0, 56.5, 61.0) + rng.uniform(-0.6, 0.6, N_FLOWERS)
    rank = rng.permutation(N_FLOWERS)  # the order they open in
    colour = FLOWER_COLOURS[rng.integers(0, len(FLOWER_COLOURS), N_FLOWERS)]
    x, y = R.grid()
    y = y[0, FLOWER_ROWS[0]:FLOWER_ROWS[1]]
    d = np.hypot(x[0] - fx[:, None, None], y - fy[:, None, None])  # (N, H', W)
    near = d.argmin(0)
    return rank[near], d.min(0).astype(np.float32), np.ascontiguousarray(colour[near].transpose(2, 0, 1),
                                                                          np.float32)


def _background() -> np.ndarray:
    """The meadow and the hedge, over nothing: colour (3, H, W) and coverage (H, W)."""
    x, y = R.grid()
    t = np.clip((y - HORIZON) / (R.SIZE - HORIZON), 0.0, 1.0)
    grass = np.array(GRASS_FAR)[:, None, None] * (1 - t) + np.array(GRASS_NEAR)[:, None, None] * t
    grass = grass + 0.03 * np.sin(x * 1.7 + y * 0.9) * np.sin(x * 0.5 - y * 2.3)
    colour = np.broadcast_to(grass, (3, R.SIZE, R.SIZE)).copy()
    meadow = R.coverage(HORIZON - y)[0]
    hedge_top = HORIZON - 3.5 + 1.2 * np.sin(x * 0.55) + 0.8 * np.sin(x * 1.3 + 1.0)
    hedge = R.coverage(np.maximum(hedge_top - y, y - HORIZON - 1.0))[0]
    colour = colour * (1 - hedge) + np.array(HEDGE)[:, None, None] * hedge
    return np.ascontiguousarray(colour, np.float32), np.maximum(meadow, hedge).astype(np.float32)


MEADOW, MEADOW_ALPHA = _background()
FLOWER_RANK, FLOWER_D, FLOWER_COLOUR = _flowers()


def _gradient(top, bottom) -> np.ndarray:
    return R.vertical_gradient(top, bottom, HORIZON)


SKY_LOW_IMG, SKY_HIGH_IMG = _gradient(*SKY_LOW), _gradient(*SKY_HIGH)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    s = R.col(f[:, 3])[:, None]  # (n, 1, 1, 1)
    img = SKY_LOW_IMG + (SKY_HIGH_IMG - SKY_LOW_IMG) * s
    # the sun and its glow
    sy = R.col(24 - 17 * f[:, 3])
    sun = SUN_LOW[None] + (SUN_HIGH - SUN_LOW)[None] * f[:, 3:4]
    r2 = (x - SUN_X) ** 2 + (y - sy) ** 2
    R.over(img, 0.35 * np.exp(-r2 / (2 * 7.0 ** 2)), sun)
    R.over(img, R.coverage(np.sqrt(r2) - SUN_R), sun)
    R.over(img, MEADOW_ALPHA[None], MEADOW)
    # the hives, each in its place if the count reaches it: the nearest place to each column
    k = np.clip(np.round((x - HIVE_X[0]) / (HIVE_X[1] - HIVE_X[0])), 0, 3)
    u = x - (HIVE_X[0] + k * (HIVE_X[1] - HIVE_X[0]))
    here = (k <= R.col(f[:, 0])).astype(np.float32)  # (n, 1, W)
    au = np.abs(u)
    stand = np.maximum(np.abs(au - 3.0) - 0.9, np.maximum(y - STAND_BOTTOM, BODY_BOTTOM - 1 - y))  # two legs
    R.over(img, here * R.coverage(stand), STAND)
    body = R.coverage(R.edges_sdf(u, y, -HIVE_HW, HIVE_HW, BODY_TOP, BODY_BOTTOM))
    R.over(img, here * body, R.hsv(f[:, 1], 0.62, 0.86))
    line = np.minimum(np.abs(y - SUPER_Y) - 0.5, R.edges_sdf(u, y, -2.5, 2.5, BODY_BOTTOM - 2.6, BODY_BOTTOM - 1.2))
    R.over(img, here * body * R.coverage(line), SLIT)
    lid = R.edges_sdf(u, y, -LID_HW, LID_HW, LID_TOP, BODY_TOP + 0.5)
    R.over(img, here * R.coverage(lid), LID)
    R.over(img, here * R.coverage(np.maximum(lid, LID_TOP + 0.9 - y)) * R.coverage(y - BODY_TOP + 0.9),
           LID_EDGE)
    for bx, by in BEES:
        bee = R.ellipse_sdf(u - bx, y - by, 1.6, 1.1)
        R.over(img, here * R.coverage(bee), BEE)
        R.over(img, here * R.coverage(np.maximum(bee, np.abs(u - bx) - 0.45)), BEE_STRIPE)
    # the flowers that are out, in the rows along the bottom
    r0, r1 = FLOWER_ROWS
    radius = FLOWER_R * np.clip(f[:, 2:3, None] * N_FLOWERS - FLOWER_RANK[None], 0.0, 1.0)  # (n, H', W)
    R.over(img[:, :, r0:r1], R.coverage(FLOWER_D[None] - radius) * np.minimum(2 * radius, 1.0), FLOWER_COLOUR)
    return R.to_uint8(img)


def render(hives: float, hive_hue: float, bloom: float, sun_height: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[hives, hive_hue, bloom, sun_height]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("apiary", arg, n, seed, FACTORS, sample_factors, _draw)
