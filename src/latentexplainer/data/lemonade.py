"""`lemonade`: a children's lemonade stand on a lawn, seen straight on (64x64 RGB).

A wooden stand with a counter and two posts holding up a striped awning with a scalloped
edge; a pale sign panel hangs on the counter's front. On the counter stands a glass pitcher
with a handle on its right, partly filled with yellow lemonade. Behind is the sky, lighter
towards the horizon, and a strip of lawn along the bottom. Factors: where the pitcher stands
along the counter (left to right), how full of lemonade it is (nearly empty to full), the hue
of the awning's coloured stripes (its other stripes stay white) and how bright the day is
(the whole scene from dim to bright sunlight). The stand, the pitcher's size, the sign and
the lawn stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("pitcher_x", "where the pitcher stands along the counter (left to right)", "continuous"),
    Factor("fill_level", "how full the pitcher is of lemonade (nearly empty to full)", "continuous"),
    Factor("awning_hue", "hue of the awning's coloured stripes", "continuous"),
    Factor("daylight", "how bright the day is (dim to bright sunlight)", "continuous"),
)
# pitcher_x: 0..1 puts the pitcher's middle at x = 19..43 px; fill_level: 0..1 is lemonade
# 1..17 px deep in a pitcher 18 px tall; awning_hue: 0..0.8 of the colour wheel (no wrap);
# daylight: 0..1 scales the whole image's brightness by 0.4..1
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 0.8), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.45, 0.68, 0.92)), np.array((0.8, 0.88, 0.95))
GRASS, WOOD, WOOD_DARK, SIGN = (0.3, 0.58, 0.25), (0.66, 0.45, 0.26), (0.42, 0.27, 0.14), (0.96, 0.93, 0.78)
GLASS, LEMONADE, WHITE = (0.86, 0.93, 0.97), (0.98, 0.86, 0.22), (0.97, 0.97, 0.95)
COUNTER_Y, GROUND_Y = 38.0, 56.0
AWNING_TOP, AWNING_BOTTOM, STRIPE = 6.0, 16.0, 6.0
PITCHER_HW, PITCHER_H = 8.5, 18.0


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, GROUND_Y)[None].copy()
    R.over(img, R.below(GROUND_Y, 1), GRASS)
    posts = np.minimum(R.edges_sdf(x, y, 6, 10, AWNING_BOTTOM, GROUND_Y), R.edges_sdf(x, y, 54, 58, AWNING_BOTTOM, GROUND_Y))
    R.over(img, R.coverage(posts), WOOD_DARK)
    counter = R.edges_sdf(x, y, 4, 60, COUNTER_Y, GROUND_Y)
    R.over(img, R.coverage(counter), WOOD)
    planks = np.maximum(np.abs(((y - COUNTER_Y) % 6.0) - 3.0) - 0.5, counter)
    R.over(img, 0.6 * R.coverage(planks), WOOD_DARK)
    R.over(img, R.coverage(R.edges_sdf(x, y, 14, 50, 42, 52)), SIGN)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the awning: stripes of the hue and white, a scalloped lower edge
    scallop = AWNING_BOTTOM + 2.0 * np.abs(np.sin(np.pi * (x - 2) / STRIPE))
    awning = np.maximum(R.edges_sdf(x, y, 2, 62, AWNING_TOP, 30), y - scallop)
    awning = np.broadcast_to(awning, (n, R.SIZE, R.SIZE))
    coloured = (np.floor((x - 2) / STRIPE) % 2 == 0).astype(np.float32)
    R.over(img, R.coverage(awning), WHITE)
    R.over(img, R.coverage(awning) * coloured, R.hsv(f[:, 2], 0.75, 0.85))
    # the pitcher: glass, the lemonade inside, a handle, a rim
    px = R.col(19 + 24 * f[:, 0])
    top = COUNTER_Y - PITCHER_H
    body = R.edges_sdf(x, y, px - PITCHER_HW, px + PITCHER_HW, top, COUNTER_Y)
    handle = np.abs(R.ellipse_sdf(x - px - PITCHER_HW, y - (top + 8), 4.0, 5.0)) - 1.1
    R.over(img, R.coverage(np.maximum(handle, PITCHER_HW + px - x)), GLASS)
    R.over(img, 0.55 * R.coverage(body), GLASS)
    level = COUNTER_Y - 1 - R.col(1 + 16 * f[:, 1])
    juice = np.maximum(R.edges_sdf(x, y, px - PITCHER_HW + 1, px + PITCHER_HW - 1, level, COUNTER_Y - 1), body)
    R.over(img, R.coverage(juice), LEMONADE)
    rim = np.maximum(np.abs(y - top - 0.5) - 0.8, np.abs(x - px) - PITCHER_HW)
    R.over(img, R.coverage(rim), (0.6, 0.7, 0.75))
    img *= R.col(0.4 + 0.6 * f[:, 3])[:, None]
    return R.to_uint8(img)


def render(pitcher_x: float, fill_level: float, awning_hue: float, daylight: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[pitcher_x, fill_level, awning_hue, daylight]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("lemonade", arg, n, seed, FACTORS, sample_factors, _draw)
