"""`sandbox`: a children's sandbox in a garden lawn, seen from straight above (64x64 RGB).

A square wooden frame of planks, their grain running along them, holds a bed of sand; a
narrow strip of mown lawn shows round it. On the sand, a round plastic bucket stands in the
top left corner, seen from above: a coloured rim round its darker inside. Up to four round
heaps of sand stand on the rest of the sand, each lit from the top left, with a shadow on its
lower right. A blue plastic spade, its handle ending in a T-shaped grip and its blade at the
other end, lies on the sand near the middle, turned any way round. Factors: how many sand
heaps there are (1 to 4, filled in a fixed order), which way the spade lies (a cyclic factor
with a whole-turn period, in radians: its blade pointing right, down, left or up), the hue of
the bucket (red through yellow and green to blue and purple) and how wet the sand is (dry
and pale to wet and dark brown; the heaps darken with it). The frame, the lawn, the bucket's
place and size, the heaps' places and sizes and the spade's size and colour stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("heaps", "how many heaps of sand stand in the sandbox", "categorical", ("1", "2", "3", "4")),
    Factor("spade_angle", "which way the spade lying on the sand points (turned round)", "cyclic",
           period=2 * np.pi),
    Factor("bucket_hue", "hue of the plastic bucket (red through yellow, green and blue to purple)", "continuous"),
    Factor("wetness", "how wet the sand is (dry and pale to wet and dark)", "continuous"),
)
# heaps: codes 0..3 are 1..4 heaps, at HEAPS in that order; spade_angle: 0..2 pi radians,
# the direction (clockwise on screen from pointing right) of the blade from the spade's middle
# at (28, 32) px; bucket_hue: 0..0.8 of the colour wheel (no wrap); wetness: 0..1 blends the
# sand's colour from DRY to WET
RANGES = ((0.0, 3.0), (0.0, 2 * np.pi), (0.0, 0.8), (0.0, 1.0))
LAWN, LAWN_DARK = (0.36, 0.6, 0.25), (0.3, 0.52, 0.2)
WOOD, WOOD_DARK = (0.66, 0.47, 0.28), (0.5, 0.34, 0.19)
DRY, WET = np.array((0.93, 0.84, 0.6)), np.array((0.6, 0.47, 0.3))
SPADE, SPADE_DARK = (0.16, 0.36, 0.82), (0.08, 0.2, 0.5)
OUTER, INNER = 2.0, 7.0  # the frame's outer and inner edges, from each side of the image
BUCKET_X, BUCKET_Y, BUCKET_R, BUCKET_RIM = 15.0, 14.5, 8.5, 2.3
HEAPS = ((48.5, 15.0), (15.5, 48.5), (48.5, 48.5), (49.0, 32.0))  # in the order they appear
HEAP_R = 7.5
SPADE_X, SPADE_Y = 28.0, 32.0
HANDLE, HANDLE_HW, GRIP_HW = 11.0, 1.5, 3.6  # handle length and half-widths of the handle and the grip
BLADE_AT, BLADE_HL, BLADE_HW = 6.0, 5.0, 4.6  # the blade's middle from the spade's middle, its half-sizes


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, LAWN)
    R.over(img, 0.8 * R.coverage(np.abs((x + y) % 8.0 - 4.0) - 1.5), LAWN_DARK)  # mowing stripes
    lo, hi = OUTER, R.SIZE - OUTER
    frame = R.edges_sdf(x, y, lo, hi, lo, hi)
    R.over(img, R.coverage(frame), WOOD)
    # the planks' grain: along x on the top and bottom planks, along y on the side ones
    side = np.abs(x - R.SIZE / 2) > np.abs(y - R.SIZE / 2)
    grain = np.where(side, np.abs((x * 0.9 + np.sin(y * 0.8) * 1.5) % 3.0 - 1.5),
                     np.abs((y * 0.9 + np.sin(x * 0.8) * 1.5) % 3.0 - 1.5))
    R.over(img, 0.5 * R.coverage(grain - 0.5) * R.coverage(frame), WOOD_DARK)
    mitre = np.abs(np.abs(x - R.SIZE / 2) - np.abs(y - R.SIZE / 2)) - 0.4
    R.over(img, R.coverage(np.maximum(mitre, frame)), WOOD_DARK)
    return img[0]


BACKGROUND = _background()
_x, _y = R.grid()
SAND = R.coverage(R.edges_sdf(_x, _y, INNER, R.SIZE - INNER, INNER, R.SIZE - INNER))[0]  # (H, W)
# each heap: how much it lightens (+) or darkens (-) the sand, as a fraction of the sand's colour,
# over its own lit and shaded sides and the shadow it casts to its lower right
_SHADES, _SHADOWS = [], []
for _hx, _hy in HEAPS:
    _u, _v = (_x - _hx) / HEAP_R, (_y - _hy) / HEAP_R
    _inside = R.coverage(np.hypot(_x - _hx, _y - _hy) - HEAP_R)[0]
    _slope = np.hypot(1.0, 1.3 * np.hypot(_u, _v))  # a low mound: its normal (1.3 u, 1.3 v, 1) / slope
    _light = np.maximum((-0.55 * 1.3 * (_u + _v) + 0.63) / _slope, 0.0)[0]  # lit from the top left, above
    _SHADES.append(_inside * (_light / 0.63 - 1.0) * 0.75)  # relative to the flat sand's light
    _SHADOWS.append(R.coverage(np.hypot(_x - _hx - 2.5, _y - _hy - 2.5) - HEAP_R)[0] * (1 - _inside))
HEAP_SHADES = np.stack(_SHADES) - 0.45 * np.stack(_SHADOWS)  # (4, H, W)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the sand, its heaps lit and shaded (a multiplier on the sand's colour)
    sand = (DRY[None] + (WET - DRY)[None] * f[:, 3:4]).astype(np.float32)  # (n, 3)
    shade = np.zeros((n, R.SIZE, R.SIZE), np.float32)
    for i in range(len(HEAPS)):
        there = R.col(f[:, 0] >= i)
        shade += there * HEAP_SHADES[i]
    lit = sand[:, :, None, None] * (1.0 + shade[:, None])
    img += SAND[None, None] * (lit - img)
    # the bucket: a coloured rim round its darker inside
    rho = np.hypot(x - BUCKET_X, y - BUCKET_Y)
    R.over(img, np.broadcast_to(0.35 * R.coverage(np.hypot(x - BUCKET_X - 2, y - BUCKET_Y - 2) - BUCKET_R),
                                (n, R.SIZE, R.SIZE)), (0.2, 0.15, 0.08))
    R.over(img, np.broadcast_to(R.coverage(rho - BUCKET_R), (n, R.SIZE, R.SIZE)), R.hsv(f[:, 2], 0.8, 0.9))
    R.over(img, np.broadcast_to(R.coverage(rho - BUCKET_R + BUCKET_RIM), (n, R.SIZE, R.SIZE)),
           R.hsv(f[:, 2], 0.85, 0.55))
    # the spade: the blade's direction a, the handle and its grip on the other side
    a = R.col(f[:, 1])
    ca, sa = np.cos(a), np.sin(a)
    u = (x - SPADE_X) * ca + (y - SPADE_Y) * sa  # along the spade, towards the blade
    v = -(x - SPADE_X) * sa + (y - SPADE_Y) * ca
    handle = np.maximum(np.abs(v) - HANDLE_HW, np.abs(u + HANDLE / 2 - 1.0) - HANDLE / 2)
    grip = np.maximum(np.abs(v) - GRIP_HW, np.abs(u + HANDLE) - 1.1)
    blade = R.box_sdf(u - BLADE_AT, v, BLADE_HL - 1.2, BLADE_HW - 1.2) - 1.2
    spade = np.minimum(np.minimum(handle, grip), blade)
    R.over(img, R.coverage(spade), SPADE_DARK)
    R.over(img, R.coverage(spade + 0.8), SPADE)
    return R.to_uint8(img)


def render(heaps: float, spade_angle: float, bucket_hue: float, wetness: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[heaps, spade_angle, bucket_hue, wetness]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("sandbox", arg, n, seed, FACTORS, sample_factors, _draw)
