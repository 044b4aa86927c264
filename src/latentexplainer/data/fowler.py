"""`fowler`: a wildfowler's marsh, clumps of reeds by the water, a clap-net on the mud bank and
a flight of ducks crossing the sky, seen from the side (64x64 RGB).

A pale sky fades down to a band of still grey-blue water; a brown mud bank runs along the
bottom. Two clumps of tall reeds rise from the bank's edge, one on the left and one on the
right, each reed a thin stem with a seed head at its tip. In the middle of the bank the
fowler's clap-net, a netted frame on a pole, is hinged to a peg in the mud. Above the water
three dark ducks fly in a V, wings spread. Factors: how high the ducks fly (from low over the
reeds to high in the sky), which way and how far the wind bends the reeds (to the left through
upright to the right), how far the net is raised (from lying along the bank to standing
upright) and the reeds' colour through the year (fresh green, golden or dead brown). The sky,
the water, the bank, the reeds' places and the ducks' spacing stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("ducks_y", "how high the flight of ducks is in the sky (low to high)", "continuous"),
    Factor("reed_bend", "which way and how far the wind bends the reeds (left to right)", "continuous"),
    Factor("net_raise", "how far the clap-net is raised (lying on the bank to upright)", "continuous"),
    Factor("reeds", "the reeds' colour", "categorical", ("green", "golden", "brown")),
)
# ducks_y: 0..1 puts the leading duck at y = 30..6 px; reed_bend: -1..1 moves each reed's tip
# -11..11 px sideways, its stem curving; net_raise: 0..1 turns the net 0..90 degrees up about
# its peg at (NET_X, NET_Y); reeds: a code 0..2 for the colours of REEDS
RANGES = ((0.0, 1.0), (-1.0, 1.0), (0.0, 1.0), (0.0, 2.0))
SKY_TOP, SKY_LOW, WATER, WATER_LINE = (0.62, 0.76, 0.92), (0.9, 0.9, 0.86), (0.42, 0.52, 0.62), (0.52, 0.62, 0.72)
MUD, MUD_DARK, DUCK, POLE, NET = (0.4, 0.3, 0.2), (0.3, 0.22, 0.15), (0.14, 0.14, 0.17), (0.3, 0.2, 0.1), (0.92, 0.9, 0.8)
REEDS = np.array([(0.3, 0.62, 0.2), (0.88, 0.72, 0.28), (0.46, 0.3, 0.17)], np.float32)
WATER_Y, BANK_Y = 38.0, 50.0
STEMS = (3.0, 6.5, 10.0, 13.0, 16.5, 20.0, 44.0, 47.5, 51.0, 54.0, 57.5, 61.0)
HEIGHTS = (24.0, 30.0, 27.0, 33.0, 25.0, 29.0, 28.0, 33.0, 25.0, 30.0, 27.0, 24.0)
DUCKS = ((32.0, 0.0), (24.0, 5.0), (40.0, 5.0))  # each duck's (x, drop below the leader)
NET_X, NET_Y, NET_LEN, NET_W = 34.0, 56.0, 16.0, 6.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, R.vertical_gradient(SKY_TOP, SKY_LOW, WATER_Y))
    R.over(img, R.below(WATER_Y, 1), WATER)
    R.over(img, 0.6 * R.coverage(np.maximum(np.abs(((y - WATER_Y) % 3.0) - 1.5) - 0.3,
                                            np.abs(((x + 7.0 * np.floor(y / 3.0)) % 13.0) - 6.5) - 3.0)), WATER_LINE)
    R.over(img, R.below(BANK_Y + 0.8 * np.sin(x / 4.0), 1), MUD)
    R.over(img, R.coverage(np.maximum(np.abs(((x * 0.9 + y * 2.1) % 7.0) - 3.5) - 0.5, BANK_Y + 3.0 - y)), MUD_DARK)
    return img[0]


SCENE = _scene()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the reeds, their stems curving to the wind
    colour = REEDS[f[:, 3].astype(int)]
    bend = R.col(11.0 * f[:, 1])
    for sx, h in zip(STEMS, HEIGHTS):
        t = np.clip((BANK_Y + 1.0 - y) / h, 0.0, 1.0)
        stem = np.maximum(np.abs(x - sx - bend * t ** 2) - 0.6, np.maximum(BANK_Y + 1.0 - h - y, y - BANK_Y - 1.0))
        R.over(img, R.coverage(stem), colour)
        tip_x, tip_y = sx + bend, BANK_Y + 1.0 - h + 0.15 * np.abs(bend)
        R.over(img, R.coverage(R.ellipse_sdf(x - tip_x, y - tip_y - 2.0, 1.3, 3.0)), colour * 0.7)
    # the clap-net, turned up about its peg
    a = R.col(np.deg2rad(90.0) * f[:, 2])
    ca, sa = np.cos(a), np.sin(a)
    u = -(x - NET_X) * ca - (y - NET_Y) * sa  # along the pole, from the peg
    v = (x - NET_X) * sa - (y - NET_Y) * ca  # across the net, upwards when it lies flat
    frame = R.box_sdf(u - NET_LEN / 2, v - NET_W / 2, NET_LEN / 2, NET_W / 2)
    R.over(img, 0.55 * R.coverage(frame), NET)
    mesh = np.minimum(np.abs(((u + v) % 2.6) - 1.3), np.abs(((u - v) % 2.6) - 1.3)) - 0.35
    R.over(img, R.coverage(np.maximum(frame, mesh)), NET)
    R.over(img, R.coverage(np.maximum(np.abs(frame + 0.6) - 0.7, -v - 0.2)), POLE)
    R.over(img, R.coverage(np.hypot(x - NET_X, y - NET_Y) - 1.8), POLE)
    # the ducks: a body, a head and two raised wings each
    top = R.col(30.0 - 24.0 * f[:, 0])
    for dx, drop in DUCKS:
        dy = top + drop
        body = R.ellipse_sdf(x - dx, y - dy, 3.6, 1.7)
        head = np.hypot(x - (dx + 3.8), y - (dy - 1.0)) - 1.3
        wings = np.minimum(R.segment_sdf(x, y, dx - 0.5, dy, dx - 5.5, dy - 4.0),
                           R.segment_sdf(x, y, dx + 0.5, dy, dx + 5.0, dy - 4.5)) - 1.0
        R.over(img, R.coverage(np.minimum(np.minimum(body, head), wings)), DUCK)
    return R.to_uint8(img)


def render(ducks_y: float, reed_bend: float, net_raise: float, reeds: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[ducks_y, reed_bend, net_raise, reeds]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("fowler", arg, n, seed, FACTORS, sample_factors, _draw)
