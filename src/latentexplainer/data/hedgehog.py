"""`hedgehog`: a hedgehog carrying an apple on its spines across an autumn lawn in front of a
hedge, seen from the side (64x64 RGB).

The hedgehog walks to the right on a green lawn strewn with a few fallen leaves. Its back is a
round coat of dark brown spines with pale tips, its spiky outline standing out against the
hedge and the sky; below the coat is a pale brown belly on two short dark legs. At the front,
on the right, is its pale head with a small ear, a dark eye and a tapering snout ending in a
black nose; the whole head turns up or down about the neck. An apple with a stalk and a leaf
is stuck on the spines of its back. Behind the lawn is a green hedge and above it the sky.
Factors: where the hedgehog is along the lawn (left to right; the apple goes with it), the
length of its spines (short to long), how far its snout is lifted (the head turned down, the
nose at the grass, to turned up), the hue of the apple (red through yellow to green) and the
daylight (a dusky evening sky to a bright day sky). The lawn, the leaves, the hedge, the
hedgehog's body, head and colours stay fixed; the whole hedgehog always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("hedgehog_x", "horizontal position of the hedgehog on the lawn (left to right)",
           "continuous"),
    Factor("spine_length", "length of the hedgehog's spines (short to long)", "continuous"),
    Factor("snout_lift", "how far the hedgehog's snout is lifted (pointing down to up)",
           "continuous"),
    Factor("apple_hue", "hue of the apple on its back (red through yellow to green)", "continuous"),
    Factor("daylight", "lightness of the sky (dusky evening to bright day)", "continuous"),
)
# hedgehog_x: 0..1 puts the middle of its body at x = 24..35 px; spine_length: 0..1 is spines
# reaching 1..9 px out of the round of the body; snout_lift: -0.35..0.55 radians of the head
# (turning about its neck) above the horizontal (negative: the snout points down, its nose 17 px
# from the neck); apple_hue: 0..0.33 of the colour wheel (no wrap); daylight: 0..1 blends the
# sky from the evening colours to the day colours
RANGES = ((0.0, 1.0), (0.0, 1.0), (-0.35, 0.55), (0.0, 0.33), (0.0, 1.0))
DUSK_TOP, DUSK_BOTTOM = (0.14, 0.12, 0.28), (0.78, 0.45, 0.34)
DAY_TOP, DAY_BOTTOM = (0.42, 0.66, 0.95), (0.8, 0.9, 0.98)
HEDGE, HEDGE_DARK, LAWN, LAWN_DARK = (0.3, 0.5, 0.24), (0.22, 0.4, 0.17), (0.42, 0.62, 0.27), \
    (0.33, 0.52, 0.2)
LEAF_COLOURS = ((0.86, 0.5, 0.12), (0.8, 0.3, 0.1), (0.9, 0.72, 0.2))
LEAVES = ((6.0, 55.0, 2.6, 1.4), (24.0, 60.5, 2.2, 1.2), (45.0, 56.0, 2.8, 1.5),
          (58.0, 61.0, 2.4, 1.3), (34.0, 62.0, 2.0, 1.1))
SPINE_PALE, SPINE_DARK = (0.78, 0.68, 0.52), (0.3, 0.22, 0.15)
SKIN, SKIN_DARK = (0.82, 0.67, 0.5), (0.6, 0.44, 0.32)
LEGS, BLACK = (0.26, 0.19, 0.14), (0.06, 0.05, 0.05)
STALK, APPLE_LEAF = (0.35, 0.22, 0.1), (0.25, 0.55, 0.18)
GROUND_Y, HEDGE_Y = 50.0, 36.0
BODY_RX, BODY_RY, BODY_DY = 14.0, 11.5, 7.0  # the coat's round, its middle BODY_DY above the lawn
SPIKES = 26  # spines round a whole turn of the coat
NECK_DX, NECK_DY = 8.0, 2.0  # the head turns about the neck: right of and below the coat's middle
SNOUT_P0, SNOUT_P1, SNOUT_R0, SNOUT_R1 = 6.0, 17.0, 4.6, 1.4  # the snout: from, to, radii there
APPLE_R = 6.0
ROWS = (16, 52)  # the rows the hedgehog and its apple can reach


def _background(top, bottom) -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(top, bottom, GROUND_Y)[None].copy()
    hedge_top = HEDGE_Y + 2.0 * np.sin(x * 0.42) + 1.2 * np.sin(x * 1.13 + 1.0)
    R.over(img, R.coverage(hedge_top - y), HEDGE)
    leafy = np.sin(x * 0.9 + y * 0.7) > 0.3
    R.over(img, 0.5 * R.coverage(hedge_top + 4.0 - y) * leafy, HEDGE_DARK)
    R.over(img, R.below(GROUND_Y, 1), LAWN)
    blades = (np.sin(x * 2.1 + np.sin(y * 0.9) * 2.0) > 0.75) & (y > GROUND_Y + 1)
    R.over(img, 0.6 * blades.astype(np.float32), LAWN_DARK)
    for i, (lx, ly, rx, ry) in enumerate(LEAVES):
        R.over(img, R.coverage(R.ellipse_sdf(x - lx, y - ly, rx, ry)), LEAF_COLOURS[i % 3])
    return img[0]


BG_DUSK = _background(DUSK_TOP, DUSK_BOTTOM)
BG_DAY = _background(DAY_TOP, DAY_BOTTOM)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    day = np.asarray(f[:, 4], np.float32)[:, None, None, None]
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BG_DUSK
    img += day * (BG_DAY - BG_DUSK)
    r0, r1 = ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    cx, cy = R.col(24 + 11 * f[:, 0]), GROUND_Y - BODY_DY
    length = R.col(1 + 8 * f[:, 1])
    u, v = x - cx, y - cy
    # the legs and the belly under the coat
    legs = np.minimum(R.segment_sdf(x, y, cx - 7, cy + 4, cx - 7.5, GROUND_Y - 0.8),
                      R.segment_sdf(x, y, cx + 6, cy + 4, cx + 6.5, GROUND_Y - 0.8)) - 1.4
    R.over(part, R.coverage(legs), LEGS)
    R.over(part, R.coverage(R.ellipse_sdf(u - 1.0, v - 2.0, 13.5, 7.0)), SKIN)
    # the coat: a round with spikes, pale spines with a dark coat under their tips
    k = np.sqrt((u / BODY_RX) ** 2 + (v / BODY_RY) ** 2)
    phase = np.arctan2(-v / BODY_RY, u / BODY_RX) * (SPIKES / (2 * np.pi))
    tri = 2.0 * np.abs(phase - np.floor(phase) - 0.5)  # 1 at a spike, 0 between two
    r = 0.5 * (BODY_RX + BODY_RY)
    slope = np.sqrt(1.0 + (length * SPIKES / (2 * np.pi * r * np.maximum(k, 0.3))) ** 2)
    clip = v - 2.5  # the coat ends above the belly
    R.over(part, R.coverage(np.maximum(((k - 1.0) * r - length * tri) / slope, clip)), SPINE_PALE)
    inner = np.maximum(((k - 1.0) * r - 0.5 * length * tri + 0.8) / slope, clip)
    R.over(part, R.coverage(inner), SPINE_DARK)
    streak = np.abs(((phase * 2.0 + k * 4.0) % 1.0) - 0.5) - 0.12
    R.over(part, 0.35 * R.coverage(np.maximum(inner + 1.5, streak * 5.0)), SPINE_PALE)
    # the apple stuck on the spines of the back
    ax, ay = cx - 3.0, cy - BODY_RY - 1.5
    R.over(part, R.coverage(R.segment_sdf(x, y, ax, ay - 4.5, ax + 1.0, ay - 7.5) - 0.7), STALK)
    R.over(part, R.coverage(R.ellipse_sdf(x - ax - 2.6, y - ay + 7.0, 1.9, 1.0)), APPLE_LEAF)
    R.over(part, R.coverage(np.hypot(x - ax, y - ay) - APPLE_R), R.hsv(f[:, 3], 0.85, 0.85))
    R.over(part, 0.55 * R.coverage(np.hypot(x - ax + 2.0, y - ay + 2.0) - 1.3), (1.0, 1.0, 1.0))
    # the head, turned up or down about the neck: an ear, the round of the head, the tapering
    # snout, the nose and the eye, in head coordinates p (along the snout) and q (below it)
    a = R.col(f[:, 2])
    dx, dy = x - (cx + NECK_DX), y - (cy + NECK_DY)
    p, q = dx * np.cos(a) - dy * np.sin(a), dx * np.sin(a) + dy * np.cos(a)
    R.over(part, R.coverage(np.hypot(p - 1.5, q + 5.0) - 2.3), SKIN_DARK)
    R.over(part, R.coverage(R.ellipse_sdf(p - 4.0, q, 7.0, 5.5)), SKIN)
    h = np.clip((p - SNOUT_P0) / (SNOUT_P1 - SNOUT_P0), 0.0, 1.0)
    radius = SNOUT_R0 + (SNOUT_R1 - SNOUT_R0) * h
    snout = np.hypot(p - SNOUT_P0 - h * (SNOUT_P1 - SNOUT_P0), q) - radius
    R.over(part, R.coverage(snout), SKIN)
    R.over(part, R.coverage(np.hypot(p - SNOUT_P1, q) - 2.0), BLACK)
    R.over(part, R.coverage(np.hypot(p - 5.0, q + 2.4) - 1.4), BLACK)
    return R.to_uint8(img)


def render(hedgehog_x: float, spine_length: float, snout_lift: float, apple_hue: float,
           daylight: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[hedgehog_x, spine_length, snout_lift, apple_hue, daylight]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("hedgehog", arg, n, seed, FACTORS, sample_factors, _draw)
