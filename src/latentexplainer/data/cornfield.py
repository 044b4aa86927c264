"""`cornfield`: a row of corn plants growing in a field in front of farmland under the sky,
seen from the side (64x64 RGB).

Eight corn plants stand evenly spaced across the image, rising from its bottom edge. Each has a
thin stalk with four long leaves reaching out and up from it, to the left and to the right in
turn, a yellow cob on its right side halfway up and a pale tassel at its tip. Behind them are
brown ploughed fields up to the horizon a little below the middle of the image, with a small
red barn on the right, and the sky with a few clouds above. Factors: how tall the corn has grown
(knee-high to towering over the horizon), how ripe it is (the stalks and leaves fresh green to
dry straw gold), how far the wind bends it (bent over to the left, through upright, to bent
over to the right; the plants bend more towards their tips) and how stormy the sky is (clear
blue with white clouds to a dark grey storm sky with dark clouds). The plants' places, the
cobs' and tassels' colours, the fields and the barn stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("corn_height", "how tall the corn has grown (short to tall)", "continuous"),
    Factor("ripeness", "colour of the corn plants (fresh green to dry straw gold)", "continuous"),
    Factor("wind_bend", "how far the wind bends the corn (bent left, upright, bent right)", "continuous"),
    Factor("storm", "how stormy the sky is (clear blue to dark storm clouds)", "continuous"),
)
# corn_height: 0..1 puts the plants' tips at y = 46..14 px (they rise from the bottom edge,
# y = 64 px); ripeness: 0..1 blends the stalks and leaves from green (0.2, 0.56, 0.16) to straw
# gold (0.86, 0.7, 0.3); wind_bend: -1..1 moves the tips 10 px to the left .. right of their
# bases (x = 4, 12, .., 60 px), the sideways shift growing with the square of the height up the
# plant; storm: 0..1 blends the sky (above the horizon at y = 40 px) from a clear blue with
# white clouds to a dark slate grey with dark clouds
RANGES = ((0.0, 1.0), (0.0, 1.0), (-1.0, 1.0), (0.0, 1.0))
CLEAR = (np.array((0.36, 0.6, 0.92)), np.array((0.74, 0.86, 0.97)))  # the sky's top and horizon
STORMY = (np.array((0.2, 0.21, 0.26)), np.array((0.44, 0.45, 0.49)))
CLOUD_CLEAR, CLOUD_STORM = np.array((0.97, 0.97, 0.98)), np.array((0.3, 0.31, 0.35))
FIELD_FAR, FIELD_NEAR, FURROW = (0.55, 0.45, 0.32), (0.42, 0.31, 0.2), (0.32, 0.23, 0.15)
BARN, BARN_ROOF, TREES = (0.66, 0.16, 0.12), (0.32, 0.3, 0.3), (0.2, 0.34, 0.18)
GREEN, GOLD = np.array((0.2, 0.56, 0.16)), np.array((0.86, 0.7, 0.3))
COB, TASSEL = (0.98, 0.84, 0.3), (0.9, 0.78, 0.5)
HORIZON, SPACING, FIRST = 40.0, 8.0, 4.0
BEND = 10.0
LEAVES = ((0.22, -1.0), (0.42, 1.0), (0.62, -1.0), (0.8, 1.0))  # (height up the plant, side)
LEAF_REACH, LEAF_RISE = 3.7, 3.2
CLOUDS = ((14.0, 10.0, 8.0, 3.2), (20.0, 7.5, 5.5, 3.0), (46.0, 16.0, 7.0, 2.6), (51.0, 13.5, 4.5, 2.4))


def _background() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The land in front of the sky - fields, trees, barn - as colour (3, H, W) and coverage
    (1, H, W), to paint over any sky in one step; the clouds' coverage (1, H, W)."""
    x, y = R.grid()
    t = np.clip((y - HORIZON) / (R.SIZE - HORIZON), 0.0, 1.0)
    fields = np.array(FIELD_FAR)[:, None, None] * (1 - t) + np.array(FIELD_NEAR)[:, None, None] * t
    land = R.coverage(HORIZON - y)
    furrows = R.coverage(np.abs((np.maximum(y - HORIZON, 0.0) ** 1.5 / 4.0) % 2.0 - 1.0) * (1 + 3 * t) - 0.5)
    trees = np.maximum(HORIZON - 2.0 + 1.2 * np.sin(x * 0.8) + 0.8 * np.sin(x * 2.1) - y, y - HORIZON - 0.5)
    barn = R.edges_sdf(x, y, 46.0, 56.0, 33.0, HORIZON + 0.5)
    roof = np.maximum(y - 33.5, (28.5 + 0.77 * np.abs(x - 51.0) - y) * 0.79)
    layers = ((land, np.broadcast_to(fields, (3, R.SIZE, R.SIZE))), (0.5 * land * furrows, FURROW),
              (R.coverage(np.maximum(trees, x - 38.0)), TREES), (R.coverage(barn), BARN),
              (R.coverage(roof), BARN_ROOF))
    on_black, on_white = R.canvas(1, (0.0, 0.0, 0.0)), R.canvas(1, (1.0, 1.0, 1.0))
    for alpha, colour in layers:
        R.over(on_black, alpha, colour)
        R.over(on_white, alpha, colour)
    alpha = 1.0 - (on_white - on_black)[:, 0]
    clouds = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for cx, cy, rx, ry in CLOUDS:
        np.minimum(clouds, R.ellipse_sdf(x - cx, y - cy, rx, ry), out=clouds)
    return on_black[0] / np.maximum(alpha, 1e-6), alpha, R.coverage(clouds)


LAND, LAND_ALPHA, CLOUDS_ALPHA = _background()
SKY_CLEAR, SKY_STORMY = R.vertical_gradient(*CLEAR, HORIZON), R.vertical_gradient(*STORMY, HORIZON)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    s = R.col(f[:, 3])[:, None]
    img = SKY_CLEAR + (SKY_STORMY - SKY_CLEAR) * s
    cloud = CLOUD_CLEAR[None] + (CLOUD_STORM - CLOUD_CLEAR)[None] * f[:, 3:4]
    R.over(img, 0.9 * CLOUDS_ALPHA, cloud)
    R.over(img, LAND_ALPHA, LAND)
    # the plants: each row shifted sideways by the wind, then the same plant in every cell of SPACING px
    tip = R.col(46 - 32 * f[:, 0])
    length = R.SIZE - tip
    h = np.clip((R.SIZE - y) / length, 0.0, 1.0)  # (n, H, 1): 0 at the base, 1 at the tip
    u = x - BEND * R.col(f[:, 2]) * h * h
    c = ((u - FIRST + SPACING / 2) % SPACING) - SPACING / 2  # across the plant's cell, 0 on its stalk
    plant = np.maximum(np.abs(c) - 0.85 + 0.35 * h, tip - y)
    for at, side in LEAVES:
        ly = R.SIZE - at * length
        d, t = R.segment_sdf(c, y, 0.0, ly, side * LEAF_REACH, ly - LEAF_RISE - 0.06 * length, along=True)
        np.minimum(plant, d - 0.95 * (1 - 0.7 * t), out=plant)
    colour = GREEN[None] + (GOLD - GREEN)[None] * f[:, 1:2]
    R.over(img, R.coverage(plant), colour)
    cob = R.ellipse_sdf(c - 1.6, y - (R.SIZE - 0.5 * length), 1.3, 2.8)
    R.over(img, R.coverage(cob), COB)
    tassel = np.minimum(np.abs(c) - 0.45, np.abs(np.abs(c) - 0.4 * (tip + 1.0 - y)) - 0.4)  # a spike, two branches
    R.over(img, R.coverage(np.maximum(tassel, np.maximum(tip - 4.0 - y, y - tip - 1.0))), TASSEL)
    return R.to_uint8(img)


def render(corn_height: float, ripeness: float, wind_bend: float, storm: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[corn_height, ripeness, wind_bend, storm]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("cornfield", arg, n, seed, FACTORS, sample_factors, _draw)
