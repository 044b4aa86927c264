"""`tinker`: a travelling tinker's handcart on a country lane, pots hanging from its rail and a
big cauldron standing on the lane, in front of a hedge, seen from the front (64x64 RGB).

A pale sky lies over a dark green hedge with a bumpy top; a dusty lane runs along the bottom. On
the lane stands a two-wheeled handcart: a blue-painted box bed with a handle out to the left,
two posts rising from the ends of the bed and a rail across their tops, and one big red wheel
with six spokes and a hub in front of the bed. Pots hang from the rail on short hooks, filled
from the left. At the right a big cauldron stands on the lane in front of everything, made of
the same metal as the pots. Factors: where the cart stands along the lane (left to right), how
many pots hang from the rail (1 to 3), what the pots and the cauldron are made of (copper, tin
or black iron) and how far the wheel has turned (its six spokes come round to the same look
every 60 degrees). The sky, the hedge, the lane and the cauldron's place stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("cart_x", "where the handcart stands along the lane (left to right)", "continuous"),
    Factor("pots", "how many pots hang from the cart's rail (1 to 3)", "categorical", ("1", "2", "3")),
    Factor("metal", "what the pots and the cauldron are made of", "categorical", ("copper", "tin", "black iron")),
    Factor("wheel_turn", "how far the cart's six-spoked wheel has turned, in degrees", "cyclic", period=60.0),
)
# cart_x: 0..1 puts the middle of the cart (and its wheel's hub) at x = 22..42 px; pots: a code
# 0..2 for 1..3 pots, at the offsets POTS from the cart's middle; metal: a code 0..2 for the
# colours of METALS; wheel_turn: 0..60 degrees, the spokes' spacing (0 and 60 look the same)
RANGES = ((0.0, 1.0), (0.0, 2.0), (0.0, 2.0), (0.0, 60.0))
SKY_TOP, SKY_LOW = (0.6, 0.76, 0.92), (0.84, 0.88, 0.9)
HEDGE, HEDGE_DARK, LANE, LANE_LINE = (0.12, 0.28, 0.12), (0.08, 0.2, 0.08), (0.74, 0.64, 0.46), (0.66, 0.56, 0.4)
BED, BED_EDGE, WOOD, WHEEL, HUB = (0.2, 0.28, 0.52), (0.12, 0.17, 0.34), (0.42, 0.28, 0.15), (0.72, 0.12, 0.1), (0.2, 0.2, 0.2)
METALS = np.array([(0.86, 0.5, 0.25), (0.86, 0.88, 0.9), (0.2, 0.2, 0.22)], np.float32)
LANE_Y, BED_T, BED_B, HALF = 44.0, 33.0, 40.0, 21.0
RAIL_Y, POT_Y, POT_RX, POT_RY = 14.5, 24.5, 7.0, 8.0
POTS = (-14.5, 0.0, 14.5)
WHEEL_Y, WHEEL_R = 50.0, 12.0
CAUL_X, CAUL_Y = 55.0, 54.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, R.vertical_gradient(SKY_TOP, SKY_LOW, 20.0))
    top = 11.0 + 2.0 * np.sin(x / 3.1) + 1.2 * np.sin(x / 1.7 + 1.0)
    R.over(img, R.coverage(top - y), HEDGE)
    R.over(img, 0.6 * R.coverage(np.abs(((x + 2.0 * np.sin(y / 2.0)) % 6.0) - 3.0) - 0.6) * R.coverage(top + 2 - y),
           HEDGE_DARK)
    R.over(img, R.below(LANE_Y, 1), LANE)
    R.over(img, R.coverage(np.maximum(np.abs(((x * 0.7 + y * 1.3) % 9.0) - 4.5) - 0.5, LANE_Y + 2.0 - y)), LANE_LINE)
    return img[0]


SCENE = _scene()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    cx = R.col(22.0 + 20.0 * f[:, 0])
    metal = METALS[f[:, 2].astype(int)]
    # the handle, the posts and the rail, then the bed
    handle = R.segment_sdf(x, y, cx - HALF, BED_T + 3.0, cx - HALF - 9.0, BED_T - 1.0) - 1.0
    posts = np.minimum(R.edges_sdf(x, y, cx - HALF + 0.5, cx - HALF + 2.5, RAIL_Y - 1.0, BED_T),
                       R.edges_sdf(x, y, cx + HALF - 2.5, cx + HALF - 0.5, RAIL_Y - 1.0, BED_T))
    rail = R.edges_sdf(x, y, cx - HALF, cx + HALF, RAIL_Y - 1.0, RAIL_Y + 0.8)
    R.over(img, R.coverage(np.minimum(np.minimum(handle, posts), rail)), WOOD)
    bed = R.edges_sdf(x, y, cx - HALF, cx + HALF, BED_T, BED_B)
    R.over(img, R.coverage(bed), BED)
    R.over(img, R.coverage(np.abs(bed + 0.8) - 0.6), BED_EDGE)
    # the pots, filled from the left, each on a hook
    count = f[:, 1].astype(int)
    dark = metal * 0.7
    for i, dx in enumerate(POTS):
        on = (count >= i).astype(np.float32)[:, None, None]
        px = cx + dx
        R.over(img, on * R.coverage(R.segment_sdf(x, y, px, RAIL_Y, px, POT_Y - POT_RY + 1.0) - 0.5), HUB)
        pot = np.maximum(R.ellipse_sdf(x - px, y - POT_Y, POT_RX, POT_RY), POT_Y - POT_RY + 1.2 - y)
        R.over(img, on * R.coverage(pot), metal)
        R.over(img, on * R.coverage(np.maximum(pot, POT_Y + 1.0 - y)), dark)
        R.over(img, on * R.coverage(R.edges_sdf(x, y, px - POT_RX - 0.5, px + POT_RX + 0.5,
                                                POT_Y - POT_RY + 0.6, POT_Y - POT_RY + 1.8)), dark)
    # the wheel: rim, six spokes, hub
    rho = np.hypot(x - cx, y - WHEEL_Y)
    R.over(img, R.coverage(np.abs(rho - WHEEL_R + 1.0) - 1.1), WHEEL)
    theta = np.arctan2(y - WHEEL_Y, x - cx) - np.deg2rad(R.col(f[:, 3]))
    across = rho * np.abs(np.sin(((theta + np.pi / 6) % (np.pi / 3)) - np.pi / 6))  # distance to the nearest spoke
    spokes = np.maximum(across - 1.2, rho - WHEEL_R + 1.0)
    R.over(img, R.coverage(spokes), WHEEL)
    R.over(img, R.coverage(rho - 2.6), HUB)
    # the cauldron on the lane
    body = np.maximum(R.ellipse_sdf(x - CAUL_X, y - CAUL_Y, 8.0, 7.0), CAUL_Y - 5.0 - y)
    R.over(img, R.coverage(body), metal)
    R.over(img, R.coverage(np.maximum(body, (CAUL_Y + 1.0 - y) + 0.5 * (CAUL_X - x))), dark)
    R.over(img, R.coverage(R.ellipse_sdf(x - CAUL_X, y - (CAUL_Y - 5.0), 8.6, 1.6)), dark)
    return R.to_uint8(img)


def render(cart_x: float, pots: float, metal: float, wheel_turn: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[cart_x, pots, metal, wheel_turn]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("tinker", arg, n, seed, FACTORS, sample_factors, _draw)
