"""`swimmingpool`: an outdoor swimming pool divided into lanes, with one swimmer, seen from
straight above (64x64 RGB).

A rectangular pool with a white coping fills most of the image, set in pale stone paving with
darker joints. Lane ropes of red and white floats run along the pool from its left end to its
right end, dividing it into lanes of equal width, and a dark blue line is painted on the
pool's floor down the middle of each lane. In the top lane a swimmer in a yellow cap swims
front crawl towards the right, one arm reaching forwards and one pulling back, the body pale
under the water and a white foamy wake behind. Factors: how many lanes the pool is divided
into (three to six; the swimmer stays in the top lane, which narrows as the lanes multiply),
how far along the pool the swimmer has swum (left to right), the colour of the water
(green-turquoise to deep blue), how rippled the water's surface is (still, to bright wavy
lines of sunlight across the whole pool) and how far the shadow of a building reaches across
the image from the left (none to about half way; it darkens paving, water, ropes and swimmer
alike). The pool, its coping and the paving stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("lanes", "how many lanes the pool is divided into (three to six)", "categorical", ("3", "4", "5", "6")),
    Factor("swimmer_x", "how far along the pool the swimmer has swum (left to right)", "continuous"),
    Factor("water_hue", "colour of the pool's water (green-turquoise to deep blue)", "continuous"),
    Factor("ripples", "how rippled the water's surface is (still to rippled)", "continuous"),
    Factor("shade", "how far a building's shadow reaches across the pool from the left (none to half)",
           "continuous"),
)
# lanes: code 0..3 is 3..6 lanes (2..5 ropes); swimmer_x: 0..1 puts the swimmer's head at
# x = 27..52 px (the swimmer is about 20 px long, the pool's water 52 px); water_hue: 0..1 runs
# the water's hue from 0.45 to 0.62; ripples: 0..1 is the opacity of the bright ripple lines
# (0: still); shade: 0..1 moves the shadow's edge (slanting, 0.3 px right per px down) from off
# the image to x = 34 px at the middle row, darkening what it covers by 45%
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
PAVING, JOINT, COPING = (0.86, 0.82, 0.74), (0.7, 0.66, 0.58), (0.97, 0.97, 0.95)
RED_FLOAT, WHITE_FLOAT, FLOOR_LINE, LIGHT = (0.88, 0.15, 0.14), (0.97, 0.97, 0.97), (0.05, 0.12, 0.45), \
    (0.95, 1.0, 1.0)
CAP, SKIN, FOAM = (0.99, 0.84, 0.08), (0.94, 0.74, 0.6), (0.98, 0.99, 1.0)
POOL = (6.0, 58.0, 10.0, 54.0)  # left, right, top, bottom of the water
ROWS, COLUMNS = (9, 55), (5, 59)


def _fixed():
    x, y = R.grid()
    img = R.canvas(1, PAVING)
    joints = np.minimum(np.abs((x % 8.0) - 4.0), np.abs(((y + 4.0 * (np.floor(x / 8.0) % 2)) % 8.0) - 4.0))
    R.over(img, R.coverage(3.5 - joints), JOINT)
    left, right, top, bottom = POOL
    R.over(img, R.coverage(R.edges_sdf(x, y, left - 1.8, right + 1.8, top - 1.8, bottom + 1.8) - 0.8), COPING)
    water = R.coverage(R.edges_sdf(x, y, left, right, top, bottom))
    waves = np.abs(np.sin(0.55 * x + 1.4 * np.sin(0.33 * y) + 0.6 * np.sin(0.21 * x + 0.4 * y))) ** 10
    waves = waves + np.abs(np.sin(0.48 * y - 1.2 * np.sin(0.29 * x + 1.0))) ** 12
    return img[0], water[0], (np.clip(waves, 0.0, 1.0) * water)[0].astype(np.float32)


BACKGROUND, WATER, WAVES = _fixed()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    R.over(img, np.broadcast_to(WATER, (n, R.SIZE, R.SIZE)), R.hsv(0.45 + 0.17 * f[:, 2], 0.62, 0.86))
    (r0, r1), (c0, c1) = ROWS, COLUMNS
    part, x, y = img[:, :, r0:r1, c0:c1], x[:, :, c0:c1], y[:, r0:r1]
    water = WATER[r0:r1, c0:c1]
    left, right, top, bottom = POOL
    k = R.col(f[:, 0] + 3)
    lane = (bottom - top) / k
    t = (y - top) / lane
    # the lines on the floor down the middle of each lane
    middle = top + (np.floor(t) + 0.5) * lane
    floor_line = np.maximum(np.abs(y - middle) - 0.7, np.abs(x - 32.0) - 20.0)
    R.over(part, 0.45 * water * R.coverage(floor_line), FLOOR_LINE)
    R.over(part, R.col(0.85 * f[:, 3]) * WAVES[None, r0:r1, c0:c1], LIGHT)
    # the swimmer in the top lane, heading right: wake, body, arms and legs under water, the cap
    hx, hy = R.col(27.0 + 25.0 * f[:, 1]), top + 0.5 * lane
    R.over(part, 0.5 * R.coverage(R.ellipse_sdf(x - hx + 8.0, y - hy, 12.0, 3.0)), FOAM)
    limbs = np.minimum(R.segment_sdf(x, y, hx - 2.0, hy - 1.2, hx + 4.5, hy - 2.4),
                       R.segment_sdf(x, y, hx - 3.0, hy + 1.2, hx - 9.5, hy + 2.6)) - 0.8
    legs = np.minimum(R.segment_sdf(x, y, hx - 10.5, hy - 0.8, hx - 16.0, hy - 1.3),
                      R.segment_sdf(x, y, hx - 10.5, hy + 0.8, hx - 16.0, hy + 1.0)) - 0.75
    body = R.ellipse_sdf(x - hx + 6.0, y - hy, 5.2, 2.0)
    R.over(part, 0.75 * R.coverage(np.minimum(np.minimum(limbs, legs), body)), SKIN)
    R.over(part, R.coverage(np.hypot(x - hx, y - hy) - 2.3), CAP)
    # the lane ropes: a float every 2.5 px, red and white in 8 px runs
    rope = top + np.clip(np.round(t), 1, k - 1) * lane
    beads = np.hypot(((x - left) % 2.5) - 1.25, y - rope) - 1.1
    floats = R.coverage(np.maximum(beads, np.abs(x - 32.0) - (right - left) / 2)) * water
    red = (np.floor((x - left) / 8.0) % 2 == 0).astype(np.float32)
    R.over(part, floats, WHITE_FLOAT)
    R.over(part, floats * red, RED_FLOAT)
    # the shadow of a building, from the left
    gx, gy = R.grid()
    img *= 1 - 0.45 * R.coverage(gx - R.col(-10.0 + 44.0 * f[:, 4]) - 0.3 * (gy - 32.0))[:, None]
    return R.to_uint8(img)


def render(lanes: float, swimmer_x: float, water_hue: float, ripples: float, shade: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[lanes, swimmer_x, water_hue, ripples, shade]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("swimmingpool", arg, n, seed, FACTORS, sample_factors, _draw)
