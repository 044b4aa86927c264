"""`whale`: a whale surfacing in the open sea, its back and tail out of the water, seen from the
side (64x64 RGB).

The whale swims to the right just under the surface: the long, rounded hump of its slate-grey
back rises out of the water, with a small fin towards its rear and a splash of white foam at
either end, where it meets the water; the rest of its body shows faintly through the water below. From the rear
of its body a tapering tail stock rises behind it, ending in a pair of broad flukes across
its tip; what of the tail is under water shows faintly too. From a blowhole on the front of
its back a white spout of spray may shoot up, a column widening into a cloud at its top. The
sea, deep blue and darker towards the bottom with a few pale ripples, meets the sky at a
horizon in the upper half of the image; the sky runs from a dim dusk (purple above, orange at
the horizon) to a bright day (blue above, pale at the horizon). Factors: the whale's size
(small and far to large and near), how high its spout shoots (none to high), how far its tail
is raised (down in the water to lifted high) and the brightness of the sky (dusk to day). The
whale's place, its colours, the sea and the horizon stay fixed; the whole whale always lies
inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("whale_size", "size of the whale (small and far to large and near)", "continuous"),
    Factor("spout_height", "how high the whale's spout of spray shoots (none to high)", "continuous"),
    Factor("tail_raise", "how far the whale's tail is raised (down in the water to lifted high)", "continuous"),
    Factor("sky_brightness", "brightness of the sky (dusk to bright day)", "continuous"),
)
# whale_size: 0..1 scales the whale by 0.75..1.1 about its waterline's middle (x = 40 px, y =
# 46 px; the body 34 px long and 20 px deep at scale 1, 7.5 px of it above the water);
# spout_height: 0..1 is a spout 0..24 px tall from the blowhole (0: none); tail_raise: 0..1
# turns the tail stock (17 px long at scale 1, from the body's rear) from 0.3 radians below
# level to 1.5 radians above it; sky_brightness: 0..1 blends the sky from dusk to day
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
DUSK_TOP, DUSK_LOW = (0.2, 0.14, 0.32), (0.86, 0.5, 0.32)
DAY_TOP, DAY_LOW = (0.36, 0.6, 0.92), (0.8, 0.88, 0.96)
SEA_TOP, SEA_LOW, RIPPLE = np.array((0.28, 0.5, 0.68)), np.array((0.07, 0.23, 0.43)), (0.52, 0.7, 0.84)
BODY, FOAM, SPRAY = (0.11, 0.12, 0.15), (0.94, 0.96, 0.98), (0.96, 0.97, 1.0)
HORIZON_Y, CX, WATER_Y = 28, 40.0, 46.0
BODY_RX, BODY_RY, BODY_DROP = 17.0, 10.0, 2.5  # the body's ellipse, its middle 2.5 px under the water line
TAIL_FROM, TAIL_LEN, FLUKE = (-14.5, 0.5), 17.0, 10.0
BLOWHOLE_U, SPOUT_MAX, UNDERWATER = 8.0, 24.0, 0.2


def _sky(top, low) -> np.ndarray:
    return R.vertical_gradient(top, low, HORIZON_Y)


def _sea() -> np.ndarray:
    x, y = R.grid()
    t = np.clip((y - HORIZON_Y) / (R.SIZE - HORIZON_Y), 0.0, 1.0)
    img = np.broadcast_to((SEA_TOP[:, None, None] + (SEA_LOW - SEA_TOP)[:, None, None] * t[0]), (3, R.SIZE, R.SIZE))
    img = np.array(img, np.float32)[None]
    row = np.floor((y - HORIZON_Y) / 6.0)
    lines = R.coverage(np.abs(((y - HORIZON_Y) % 6.0) - 4.0) - 0.4) * (np.sin(x * 0.3 + row * 2.3) > 0.35)
    R.over(img, 0.45 * lines, RIPPLE)
    return img[0]


DUSK, DAY, SEA = _sky(DUSK_TOP, DUSK_LOW), _sky(DAY_TOP, DAY_LOW), _sea()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    light = R.col(f[:, 3])[:, None]
    img = DUSK + light * (DAY - DUSK)  # (N, 3, H, W)
    img[:, :, HORIZON_Y:] = SEA[:, HORIZON_Y:]
    s, spout = R.col(0.75 + 0.35 * f[:, 0]), R.col(SPOUT_MAX * f[:, 1])
    a = R.col(-0.3 + 1.8 * f[:, 2])
    u, v = (x - CX) / s, (y - WATER_Y) / s
    faint = 1.0 - (1.0 - UNDERWATER) * R.below(WATER_Y, n)
    # the tail: a tapering stock rising from the body's rear, the flukes across its tip
    c, sn = np.cos(a), np.sin(a)
    tip_u, tip_v = TAIL_FROM[0] - TAIL_LEN * c, TAIL_FROM[1] - TAIL_LEN * sn
    d, t = R.segment_sdf(u, v, TAIL_FROM[0], TAIL_FROM[1], tip_u, tip_v, along=True)
    tail = d - (4.2 - 2.0 * t)
    d, t = R.segment_sdf(u, v, tip_u - FLUKE * sn, tip_v + FLUKE * c, tip_u + FLUKE * sn, tip_v - FLUKE * c, along=True)
    tail = np.minimum(tail, d - (3.6 - 2.8 * np.abs(2 * t - 1)))
    # the body, its fin, and foam where the back meets the water
    body = R.ellipse_sdf(u, v - BODY_DROP, BODY_RX, BODY_RY)
    fin = R.segment_sdf(u, v, -6.0, -4.5, -9.0, -7.5) - 1.3
    whale = np.minimum(np.minimum(body, fin), tail)
    img = R.over(img, R.coverage(s * whale) * faint, BODY)
    foam = R.ellipse_sdf(np.abs(u) - 0.93 * BODY_RX, v - 0.3, 3.2, 1.1)
    img = R.over(img, 0.8 * R.coverage(s * foam), FOAM)
    # the spout, from the blowhole on the front of the back
    bx = CX + s * BLOWHOLE_U
    by = WATER_Y + s * (BODY_DROP - BODY_RY * np.sqrt(1 - (BLOWHOLE_U / BODY_RX) ** 2))
    d, t = R.segment_sdf(x, y, bx, by, bx + 1.0, by - spout, along=True)
    jet = d - (1.0 + 1.6 * t)
    r = 0.19 * spout
    top = by - spout
    cloud = np.minimum(np.hypot(x - bx + 0.58 * r, y - top - 0.9), np.hypot(x - bx - 0.7 * r, y - top - 1.4))
    cloud = np.minimum(cloud, np.hypot(x - bx - 0.4, y - top + 0.6)) - r
    jet = np.where(spout > 0.5, np.minimum(jet, cloud), np.inf)
    return R.to_uint8(R.over(img, 0.92 * R.coverage(jet), SPRAY))


def render(whale_size: float, spout_height: float, tail_raise: float, sky_brightness: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[whale_size, spout_height, tail_raise, sky_brightness]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("whale", arg, n, seed, FACTORS, sample_factors, _draw)
