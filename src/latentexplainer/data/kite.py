"""`kite`: a diamond-shaped kite with a wavy tail flying in a clear blue sky (64x64 RGB).

The kite is a classic diamond, its crossing point nearer the top than the bottom, split
down its spine into a lighter left half and a darker right half of one hue, with two thin
dark spars. A dark wavy tail with red bows hangs from its bottom tip along the kite's
spine. Factors: the kite's horizontal position, its height in the sky, its tilt (the kite
and its tail turn together about the kite's crossing point), the length of the tail and the
hue of the kite. The kite's size, the sky (lighter towards the bottom), the tail's and bows'
colours stay fixed; the kite and its tail always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("kite_x", "horizontal position of the kite (left to right)", "continuous"),
    Factor("altitude", "height of the kite in the sky (low to high)", "continuous"),
    Factor("tilt", "tilt of the kite (leaning left, upright, leaning right)", "continuous"),
    Factor("tail_length", "length of the kite's tail (short to long)", "continuous"),
    Factor("kite_hue", "hue of the kite", "continuous"),
)
# kite_x: 0..1 puts the crossing point at x = 21..43 px; altitude: 0..1 puts it at
# y = 26..10 px (0 low, 1 high); tilt: -0.45..0.45 radians from upright (negative: the top
# leans to the left, positive: to the right); tail_length: 0..1 is a tail 2..22 px long
# (with a bow every 5.5 px of it, up to four); kite_hue: 0..0.8 of the colour wheel (no wrap)
RANGES = ((0.0, 1.0), (0.0, 1.0), (-0.45, 0.45), (0.0, 1.0), (0.0, 0.8))
SKY_TOP, SKY_BOTTOM = np.array((0.42, 0.66, 0.92)), np.array((0.74, 0.86, 0.97))
SPAR = (0.25, 0.17, 0.1)
TAIL = (0.1, 0.1, 0.24)
BOW = (0.9, 0.12, 0.16)
UP, DOWN, HALF_W = 8.0, 14.0, 10.0  # the kite's tips: up, down and to each side of the crossing
WAVE_A, WAVE_K = 2.0, 2 * np.pi / 11.0  # the tail's wave: amplitude (px) and wavenumber
TAIL_HW = 1.2  # the tail's half-thickness
BOWS = (4.5, 10.0, 15.5, 21.0)  # along the tail from the kite's bottom tip
BOW_RX, BOW_RY = 3.5, 1.6  # a bow's half-size across and along the tail


SKY = R.vertical_gradient(SKY_TOP, SKY_BOTTOM)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SKY
    cx, cy, a = R.col(21 + 22 * f[:, 0]), R.col(26 - 16 * f[:, 1]), R.col(f[:, 2])
    # kite coordinates: u up the spine (on screen (sin a, -cos a)), v across it to the right
    u = (x - cx) * np.sin(a) - (y - cy) * np.cos(a)
    v = (x - cx) * np.cos(a) + (y - cy) * np.sin(a)
    # the tail: a wave about the spine below the bottom tip, s px along it; bows on top
    s = -DOWN - u
    length = R.col(2 + 20 * f[:, 3])
    phase = WAVE_K * s
    wave = np.abs(v - WAVE_A * np.sin(phase)) / np.sqrt(1 + (WAVE_A * WAVE_K * np.cos(phase)) ** 2)
    tail = np.maximum(wave - TAIL_HW, np.maximum(s - length, -s))
    img = R.over(img, R.coverage(tail), TAIL)
    bows = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    for b in BOWS:
        d = R.ellipse_sdf(v - WAVE_A * np.sin(WAVE_K * b), s - b, BOW_RX, BOW_RY)
        np.minimum(bows, np.where(length >= b, d, np.inf), out=bows)
    img = R.over(img, R.coverage(bows), BOW)
    # the kite: a convex quadrilateral, the larger of its edges' signed distances
    upper = (np.abs(v) * UP + u * HALF_W - UP * HALF_W) / np.hypot(UP, HALF_W)
    lower = (np.abs(v) * DOWN - u * HALF_W - DOWN * HALF_W) / np.hypot(DOWN, HALF_W)
    body = R.coverage(np.maximum(upper, lower))
    img = R.over(img, body, R.hsv(f[:, 4], 0.8, 0.95))
    img = R.over(img, body * R.coverage(-v), R.hsv(f[:, 4], 0.85, 0.68))  # the right half, darker
    spars = np.minimum(np.abs(v), np.abs(u)) - 0.5
    return R.to_uint8(R.over(img, 0.8 * body * R.coverage(spars), SPAR))


def render(kite_x: float, altitude: float, tilt: float, tail_length: float, kite_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[kite_x, altitude, tilt, tail_length, kite_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("kite", arg, n, seed, FACTORS, sample_factors, _draw)
