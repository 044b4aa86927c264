"""`fountain`: a stone fountain of one, two or three tiers in a paved park square, in front of a
tall dark hedge, seen from the side (64x64 RGB).

A wide stone basin stands on the paving in the middle of the image: straight sides narrowing a
little to its foot and a jutting lip along its top. Over it may rise a stone column carrying a
middle bowl, and on top of that a smaller column carrying a small top bowl: each bowl is a
rounded half-ellipse under a flat lip, and from both sides of each raised bowl a thin curtain
of water falls to the tier below. From the middle of the highest tier (the basin's water when
there is only the basin) a jet of water rises, and at its top spills outwards in two arching
streams, wider the higher it goes. Behind the fountain a dark green hedge with a bumpy top
fills most of the image, with a pale sky above it; the paving in front is beige flagstones with
darker joints. Factors: how many tiers the fountain has (1 to 3), how high its jet rises (low
to high), the width of the basin (narrow to wide) and the lightness of the stone (dark
granite to pale sandstone). The fountain's place, the bowls' and columns' sizes, the water's
colour, the hedge, the sky and the paving stay fixed; the whole fountain always lies inside
the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

TIERS = ("1", "2", "3")
FACTORS = (
    Factor("tier_count", "number of tiers of the fountain (1 to 3)", "categorical", TIERS),
    Factor("jet_height", "how high the fountain's jet of water rises (low to high)", "continuous"),
    Factor("basin_width", "width of the fountain's bottom basin (narrow to wide)", "continuous"),
    Factor("stone_lightness", "lightness of the fountain's stone (dark granite to pale sandstone)", "continuous"),
)
# tier_count: codes 0..2 are the basin alone (its lip's top at y = 44 px), with a middle bowl
# (lip at y = 32 px, 24 px wide) and with a top bowl too (lip at y = 21 px, 14 px wide), all
# centred at x = 32 px; jet_height: 0..1 is a jet rising 4..20 px above the highest lip, its two
# streams 0.35 times that plus 2 px wide each and falling 0.6 times that; basin_width: 0..1 is a
# basin 30..56 px wide (its lip 3 px wider); stone_lightness: 0..1 blends the stone from dark
# granite to pale sandstone
RANGES = ((0.0, len(TIERS) - 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_LOW = (0.55, 0.73, 0.93), (0.84, 0.9, 0.95)
HEDGE, HEDGE_DARK, PAVING, JOINT = (0.16, 0.33, 0.19), (0.1, 0.24, 0.13), (0.76, 0.71, 0.62), (0.55, 0.5, 0.43)
GRANITE, SANDSTONE = np.array((0.3, 0.3, 0.33)), np.array((0.92, 0.86, 0.74))
WATER = (0.74, 0.88, 1.0)
CX, HEDGE_TOP, PAVING_Y = 32.0, 15.0, 50.0
LIP_Y, BASIN_FOOT, LIP_H = (44.0, 32.0, 21.0), 57.0, 2.5
BOWLS = ((12.0, 5.0), (7.0, 3.5))  # the middle and top bowls' half-width and depth
COLUMN_HW = (2.6, 1.8)
JET_HW, STREAM_HW, CURTAIN_HW, WATER_ALPHA, SIDE_SHADE = 1.3, 0.8, 0.8, 0.85, 0.8


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_LOW, HEDGE_TOP)[None]
    top = HEDGE_TOP - 1.5 * np.abs(np.sin(x * 0.21)) - 1.0 * np.abs(np.sin(x * 0.5 + 1.3))
    R.over(img, R.coverage(top - y), HEDGE)
    leaves = (np.sin(x * 0.9 + np.sin(y * 0.7) * 2.0) * np.sin(y * 0.8 + x * 0.2) > 0.45) & (y > HEDGE_TOP + 1)
    R.over(img, 0.6 * leaves.astype(np.float32), HEDGE_DARK)
    R.over(img, R.below(PAVING_Y, 1), PAVING)
    rows = R.coverage(np.abs(y - np.array([[[53.5]], [[58.5]]])) - 0.4).max(0, keepdims=True)
    band = np.floor((y - PAVING_Y) / 5.0)
    cols = R.coverage(np.abs(((x + 6.0 * band) % 12.0) - 6.0) - 5.6) * R.below(PAVING_Y + 0.5, 1)
    R.over(img, np.maximum(rows * R.below(PAVING_Y, 1), cols), JOINT)
    return img[0]


BACKGROUND = _background()


def _bowl(u, y, lip, half, depth):
    """Signed distance to a bowl: a flat lip whose top is at ``lip``, over a half-ellipse."""
    under = np.maximum(R.ellipse_sdf(u, y - lip - LIP_H, half, depth), lip + LIP_H - 1.0 - y)
    return np.minimum(R.box_sdf(u, y - lip - LIP_H / 2, half + 0.8, LIP_H / 2), under)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    tiers = R.col(f[:, 0])
    jet = R.col(4 + 16 * f[:, 1])
    half = R.col(15 + 13 * f[:, 2])
    stone = GRANITE + (SANDSTONE - GRANITE) * f[:, 3:4]  # (N, 3)
    u = x - CX
    # the basin: sides narrowing 2 px to the foot, a lip 1.5 px wider than the top
    body_top = LIP_Y[0] + LIP_H
    hw = half - 2.0 * np.clip((y - body_top) / (BASIN_FOOT - body_top), 0.0, 1.0)
    body = np.maximum(np.abs(u) - hw, np.maximum(body_top - y, y - BASIN_FOOT))
    img = R.over(img, R.coverage(body), SIDE_SHADE * stone)
    lip = R.box_sdf(u, y - LIP_Y[0] - LIP_H / 2, half + 1.5, LIP_H / 2)
    img = R.over(img, R.coverage(lip), stone)
    # the raised tiers: a column, a bowl, and the water falling from the bowl's sides
    stone_tiers, water = np.full_like(body, np.inf), np.full_like(body, np.inf)
    for k, ((bowl_hw, depth), col_hw) in enumerate(zip(BOWLS, COLUMN_HW)):
        has = tiers >= k + 1
        column = R.box_sdf(u, y - (LIP_Y[k + 1] + LIP_Y[k]) / 2, col_hw, (LIP_Y[k] - LIP_Y[k + 1]) / 2)
        part = np.minimum(column, _bowl(u, y, LIP_Y[k + 1], bowl_hw, depth))
        stone_tiers = np.where(has, np.minimum(stone_tiers, part), stone_tiers)
        curtain = np.maximum(np.abs(np.abs(u) - bowl_hw - 1.2) - CURTAIN_HW,
                             np.maximum(LIP_Y[k + 1] + 0.5 - y, y - LIP_Y[k]))
        water = np.where(has, np.minimum(water, curtain), water)
    img = R.over(img, R.coverage(stone_tiers), stone)
    # the jet from the highest tier, spilling into two arching streams at its top
    base = np.select([tiers >= 2, tiers >= 1], [LIP_Y[2], LIP_Y[1]], LIP_Y[0])
    top = base - jet
    column = np.maximum(np.abs(u) - JET_HW, np.maximum(top - y, y - base))
    reach, drop = 0.35 * jet + 2.0, 0.6 * jet
    t = np.abs(u) / reach
    arc = top + drop * t * t
    stream = np.maximum(np.abs(y - arc) / np.sqrt(1 + (2 * drop * t / reach) ** 2) - STREAM_HW, np.abs(u) - reach)
    water = np.minimum(water, np.minimum(column, stream))
    return R.to_uint8(R.over(img, WATER_ALPHA * R.coverage(water), WATER))


def render(tier_count: float, jet_height: float, basin_width: float, stone_lightness: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8; ``tier_count`` is the code 0..2 for 1..3 tiers."""
    return _draw(np.array([[tier_count, jet_height, basin_width, stone_lightness]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("fountain", arg, n, seed, FACTORS, sample_factors, _draw)
