"""`key`: a brass door key lying on a coloured tablecloth, seen from straight above (64x64 RGB).

The key lies across the middle of the image: a round head (the bow) with a hole through it on
the left, a short collar, and a straight blade reaching to the right, with three teeth cut
along its lower edge near its tip. It casts a soft shadow down and to the right onto the
cloth. The key may be turned on the table about the point where the blade leaves the head
(the middle of the image), so that its tip points up to the right, straight right or down
to the right. Factors: how far the key is turned, the length of the blade, the size of the
head (and its hole) and the hue of the tablecloth. The key's brass colour, the blade's width,
the teeth and the shadow stay fixed; the whole key always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("key_turn", "how far the key is turned (tip up-right, right or down-right)", "continuous"),
    Factor("blade_length", "length of the key's blade (short to long)", "continuous"),
    Factor("head_size", "size of the key's round head (small to large)", "continuous"),
    Factor("cloth_hue", "hue of the tablecloth the key lies on", "continuous"),
)
# key_turn: -1.0..1.0 radians, clockwise on screen (positive: the tip points down-right),
# about (32, 32) px where the blade meets the head; blade_length: 0..1 is a blade 12..30 px
# long (its half-width 3 px; teeth 3 px wide, 3 px deep, every 4 px from the tip back);
# head_size: 0..1 is a head of radius 5.5..11 px (its hole a third of that); cloth_hue:
# 0..0.8 of the colour wheel (no wrap)
RANGES = ((-1.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 0.8))
BRASS, EDGE, SHADOW = (0.9, 0.74, 0.32), (0.55, 0.42, 0.12), (0.0, 0.0, 0.0)
CX = CY = 32.0
BLADE_HW, SHADOW_SHIFT, SHADOW_ALPHA = 3.0, 2, 0.35  # the shadow: 2 px right and down


def _key(u, v, blade, head):
    """Signed distance to the key in its own frame (u along the blade, v across, down)."""
    bl = R.box_sdf(u - blade / 2, v, blade / 2, BLADE_HW)
    t = np.minimum(np.abs(u - (blade - 2.5)), np.minimum(np.abs(u - (blade - 6.5)), np.abs(u - (blade - 10.5))))
    teeth = np.maximum(t - 1.5, np.abs(v - BLADE_HW - 1.2) - 1.8)
    collar = R.box_sdf(u + 1.5, v, 1.6, 3.6)
    ring = np.maximum(np.hypot(u + head + 1.0, v) - head, head / 3.0 - np.hypot(u + head + 1.0, v))
    return np.minimum(np.minimum(bl, teeth), np.minimum(collar, ring))


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = R.canvas(n, R.hsv(f[:, 3], 0.55, 0.6))
    a, blade, head = R.col(f[:, 0]), R.col(12 + 18 * f[:, 1]), R.col(5.5 + 5.5 * f[:, 2])
    c, s = np.cos(a), np.sin(a)

    u, v = c * (x - CX) + s * (y - CY), -s * (x - CX) + c * (y - CY)  # the key's own frame
    key = _key(u, v, blade, head)
    shadow = np.zeros_like(key)
    shadow[:, SHADOW_SHIFT:, SHADOW_SHIFT:] = R.coverage(key[:, :-SHADOW_SHIFT, :-SHADOW_SHIFT] - 0.5)
    img = R.over(img, SHADOW_ALPHA * shadow, SHADOW)
    img = R.over(img, R.coverage(key), EDGE)
    return R.to_uint8(R.over(img, R.coverage(key + 0.8), BRASS))


def render(key_turn: float, blade_length: float, head_size: float, cloth_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[key_turn, blade_length, head_size, cloth_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("key", arg, n, seed, FACTORS, sample_factors, _draw)
