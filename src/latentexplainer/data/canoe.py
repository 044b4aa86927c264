"""`canoe`: a canoeist paddling a canoe across a calm lake, with a wooded shore behind, seen
from the side (64x64 RGB).

The canoe floats on the water line, its bow to the right: a long painted hull, deepest in the
middle, whose ends sweep up to points, with a darker band along its gunwale and a faint
mirror image of itself on the water below. A canoeist sits in its middle - a yellow life
vest, a pale head and a dark cap - holding a wooden paddle a little in front of the body:
its grip at the upper end, its broad blade at the lower end (what dips below the water line
shows fainter). The paddle pivots about the canoeist's hands through a stroke: reaching
forward (the blade ahead of the canoeist), upright, then pulled back (the blade behind). The sky is a pale blue, lighter at
the horizon, where a dark green line of trees with an uneven top marks the far shore; the
lake below is lighter near the shore and deeper blue towards the bottom, with a few faint
ripples. Factors: the canoe's horizontal position (the canoeist and the paddle move with
it), the canoe's length, where the paddle is in its stroke (reaching forward to pulled back)
and the hue of the hull. The canoe's depth and place on the water, the canoeist, the paddle's
size, the shore, the sky and the lake stay fixed; the whole canoe always lies inside the
image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("canoe_x", "horizontal position of the canoe on the lake (left to right)", "continuous"),
    Factor("canoe_length", "length of the canoe (short to long)", "continuous"),
    Factor("paddle_stroke", "where the paddle is in its stroke (reaching forward to pulled back)", "continuous"),
    Factor("hull_hue", "hue of the canoe's painted hull", "continuous"),
)
# canoe_x: 0..1 puts the canoe's middle at x = 24..40 px; canoe_length: 0..1 is a canoe 26..48
# px long (9 px deep in the middle, its ends 5 px above its gunwale's middle at y = 40 px, its
# keel on the water line at y = 49 px); paddle_stroke: 0..1 turns the paddle from 0.95 to
# -0.95 radians off upright about the canoeist's hands, 2.5 px ahead of the middle at y = 34 px
# (positive: the blade forward, to the right; the blade's middle 18 px below the hands);
# hull_hue: 0..0.8 of the colour wheel (no wrap)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 0.8))
SKY_TOP, SKY_LOW = (0.52, 0.72, 0.93), (0.86, 0.9, 0.94)
TREES, SHORE_WATER, DEEP_WATER, RIPPLE = (0.13, 0.3, 0.16), np.array((0.5, 0.67, 0.78)), np.array((0.12, 0.32, 0.55)), (0.68, 0.8, 0.88)
VEST, SKIN, CAP, PADDLE = (0.98, 0.8, 0.12), (0.93, 0.75, 0.6), (0.15, 0.15, 0.2), (0.5, 0.32, 0.15)
HORIZON_Y, WATER_Y, GUNWALE_Y = 27.0, 49.0, 40.0
HULL_DEPTH, END_RISE, BAND = 9.0, 5.0, 1.5
HANDS_DX, HANDS_Y, BLADE_AT, GRIP_AT = 2.5, 34.0, 18.0, 10.0
SHOULDER_DX, SHOULDER_Y, ARM_AT = 0.5, 30.5, 8.0  # the upper hand holds the paddle ARM_AT px above the lower
REFLECTION_ALPHA, SUBMERGED = 0.35, 0.3


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_LOW, HORIZON_Y)[None]
    t = np.clip((y - HORIZON_Y) / (R.SIZE - HORIZON_Y), 0.0, 1.0)
    lake = SHORE_WATER[:, None, None] + (DEEP_WATER - SHORE_WATER)[:, None, None] * t[0]
    below = R.below(HORIZON_Y, 1)
    img += (lake[None] - img) * below[:, None]
    treetops = HORIZON_Y - 4.0 - 1.5 * np.sin(x * 0.55) - 1.2 * np.sin(x * 1.7 + 1.0)
    R.over(img, R.coverage(np.maximum(treetops - y, y - HORIZON_Y - 0.5)), TREES)
    row = np.floor((y - HORIZON_Y) / 5.0)
    lines = R.coverage(np.abs(((y - HORIZON_Y) % 5.0) - 3.0) - 0.5) * (np.sin(x * 0.45 + row * 2.1) > 0.2)
    R.over(img, 0.5 * lines * R.coverage(HORIZON_Y + 2.0 - y), RIPPLE)
    return img[0]


BACKGROUND = _background()


def _hull(u, y, half):
    """Signed distance (vertical, near enough at these slopes) to the hull: between its
    gunwale, rising to the ends, and its keel; u from the canoe's middle."""
    t = u / half
    top = GUNWALE_Y - END_RISE * t ** 4
    bottom = GUNWALE_Y + HULL_DEPTH - (HULL_DEPTH + END_RISE) * t ** 2
    return np.maximum(np.maximum(top - y, y - bottom), np.abs(u) - half)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    cx, half, a = R.col(24 + 16 * f[:, 0]), R.col(13 + 11 * f[:, 1]), R.col(0.95 - 1.9 * f[:, 2])
    paint = R.hsv(f[:, 3], 0.85, 0.9)
    u = x - cx
    # the mirror image on the water
    mirror = _hull(u, 2 * WATER_Y - y, half)
    img = R.over(img, REFLECTION_ALPHA * R.coverage(mirror) * R.coverage(WATER_Y - y + 0.5), 0.6 * paint)
    # the canoeist, behind the hull's near side
    body = R.box_sdf(u, y - 35.0, 1.6, 3.8) - 2.0
    img = R.over(img, R.coverage(body), VEST)
    head = np.hypot(u, y - 26.5) - 3.3
    img = R.over(img, R.coverage(head), SKIN)
    img = R.over(img, R.coverage(np.maximum(head + 0.2, y - 25.5)), CAP)
    # the paddle, turned about the hands
    c, s = np.cos(a), np.sin(a)
    pu, pv = u - HANDS_DX, y - HANDS_Y
    along, across = s * pu + c * pv, c * pu - s * pv  # along: down the shaft towards the blade
    shaft = R.box_sdf(across, along - (BLADE_AT - GRIP_AT) / 2, 0.8, (BLADE_AT + GRIP_AT) / 2)
    blade = R.ellipse_sdf(across, along - BLADE_AT, 2.8, 6.0)
    img = R.over(img, R.coverage(np.minimum(shaft, blade)) * (1 - SUBMERGED * R.below(WATER_Y, n)), PADDLE)
    # the upper arm, from the shoulder to the paddle's grip
    gu, gv = HANDS_DX - ARM_AT * s - SHOULDER_DX, HANDS_Y - ARM_AT * c - SHOULDER_Y
    au, av = u - SHOULDER_DX, y - SHOULDER_Y
    t = np.clip((au * gu + av * gv) / (gu ** 2 + gv ** 2), 0.0, 1.0)
    img = R.over(img, R.coverage(np.hypot(au - t * gu, av - t * gv) - 1.1), VEST)
    # the hull and its gunwale band
    hull = _hull(u, y, half)
    img = R.over(img, R.coverage(hull), paint)
    band = np.maximum(hull, y - (GUNWALE_Y - END_RISE * (u / half) ** 4 + BAND))
    return R.to_uint8(R.over(img, R.coverage(band), 0.6 * paint))


def render(canoe_x: float, canoe_length: float, paddle_stroke: float, hull_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[canoe_x, canoe_length, paddle_stroke, hull_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("canoe", arg, n, seed, FACTORS, sample_factors, _draw)
