"""`flag`: a striped flag flying from a flagpole on a lawn, under a blue sky with a few soft
clouds (64x64 RGB).

A silver flagpole with a golden ball on top stands near the left edge of the image, on a
strip of green lawn along the bottom. The flag hangs from the pole's right side: a wide
rectangle of horizontal stripes, alternately coloured and white, starting and ending with a
coloured stripe or ending with a white one, all of the same height. In the wind the flag may
ripple: its top and bottom edges and its stripes wave up and down, more and more towards its
free end, the free end draws in a little, and light and dark bands run down the cloth where
it folds. The sky is blue, paler towards the lawn, with three fixed pale clouds. Factors: how
high the flag is hoisted up the pole (half-way to the top), how strongly it ripples (hanging
flat to rippling), how many stripes it has (2 to 4) and the hue of its coloured stripes, round
the whole colour wheel. The flag's size, the pole, the lawn, the sky and the clouds stay
fixed; the whole flag always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

STRIPES = ("2", "3", "4")
FACTORS = (
    Factor("hoist_height", "how high the flag is hoisted up its pole (half-way to the top)", "continuous"),
    Factor("ripple", "how strongly the flag ripples in the wind (hanging flat to rippling)", "continuous"),
    Factor("stripe_count", "number of horizontal stripes on the flag (2 to 4)", "categorical", STRIPES),
    Factor("flag_hue", "hue of the flag's coloured stripes (round the whole colour wheel)", "cyclic", period=1.0),
)
# hoist_height: 0..1 puts the flag's top edge (at the pole) at y = 30..7 px (the flag 22 px
# tall, from x = 15 px, 36 px long when flat); ripple: 0..1 is a wave of amplitude 0..3.5 px
# (times the distance along the flag, 1.4 waves over its length; the free end drawn in by
# 0..2.5 px) and light and dark bands of +-0..31 %; stripe_count: codes 0..2 are 2..4 stripes,
# the first (top) one coloured; flag_hue: 0..1 is the whole colour wheel (1 is 0 again)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, len(STRIPES) - 1.0), (0.0, 1.0))
SKY_TOP, SKY_LOW, CLOUD = (0.36, 0.58, 0.9), (0.78, 0.87, 0.96), (0.95, 0.96, 0.98)
LAWN, POLE, POLE_EDGE, BALL = (0.3, 0.55, 0.22), (0.8, 0.81, 0.83), (0.5, 0.52, 0.55), (0.93, 0.75, 0.2)
WHITE = (0.97, 0.97, 0.95)
LAWN_Y, POLE_LEFT, POLE_RIGHT, POLE_TOP = 56.0, 12.0, 15.0, 6.0
FLAG_H, FLAG_W, WAVES, MAX_AMP, DRAW_IN, SHADE = 22.0, 36.0, 1.4, 3.5, 2.5, 0.09
CLOUDS = ((44.0, 11.0, 9.0, 3.2), (54.0, 14.0, 6.0, 2.6), (30.0, 20.0, 7.0, 2.4))  # x, y, rx, ry


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_LOW, LAWN_Y)[None]
    for cx, cy, rx, ry in CLOUDS:
        puff = np.minimum(R.ellipse_sdf(x - cx, y - cy, rx, ry), np.hypot(x - cx + 0.25 * rx, y - cy + ry) - ry)
        R.over(img, 0.8 * R.coverage(puff), CLOUD)
    R.over(img, R.below(LAWN_Y, 1), LAWN)
    pole = R.edges_sdf(x, y, POLE_LEFT, POLE_RIGHT, POLE_TOP, LAWN_Y + 2.0)
    R.over(img, R.coverage(pole), POLE_EDGE)
    R.over(img, R.coverage(pole + 0.8), POLE)
    R.over(img, R.coverage(np.hypot(x - (POLE_LEFT + POLE_RIGHT) / 2, y - POLE_TOP + 1.5) - 2.3), BALL)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    top, amp = R.col(30 - 23 * f[:, 0]), R.col(MAX_AMP * f[:, 1])
    stripe_h = FLAG_H / (R.col(f[:, 2]) + 2)
    third = R.col(f[:, 2] >= 1)
    paint = R.hsv(f[:, 3], 0.85, 0.85)
    t = np.clip((x - POLE_RIGHT) / FLAG_W, 0.0, 1.0)
    phase = 2 * np.pi * WAVES * t
    dy = amp * t * np.sin(phase)  # (N, 1, W): the cloth's rise and fall along the flag
    v = y - top - dy  # down from the flag's top edge
    cloth = np.maximum(np.maximum(POLE_RIGHT - x, x - (POLE_RIGHT + FLAG_W - DRAW_IN * amp / MAX_AMP)),
                       np.maximum(-v, v - FLAG_H))
    alpha = R.coverage(cloth)
    img = R.over(img, alpha, WHITE)
    bands = np.maximum(R.coverage(np.abs(v - 0.5 * stripe_h) - 0.5 * stripe_h),
                       third * R.coverage(np.abs(v - 2.5 * stripe_h) - 0.5 * stripe_h))
    img = R.over(img, alpha * bands, paint)
    shade = 1.0 - SHADE * amp * np.cos(phase + 0.5)
    img *= (1.0 + alpha * (shade - 1.0))[:, None]
    return R.to_uint8(img)


def render(hoist_height: float, ripple: float, stripe_count: float, flag_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8; ``stripe_count`` is the code 0..2 for 2..4 stripes."""
    return _draw(np.array([[hoist_height, ripple, stripe_count, flag_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("flag", arg, n, seed, FACTORS, sample_factors, _draw)
