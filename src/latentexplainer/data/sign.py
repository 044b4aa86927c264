"""`sign`: a road sign on a grey pole standing on a pavement under the sky, seen from the
front (64x64 RGB).

A thin grey pole rises from the pavement at the bottom middle of the image; the sign's plate
is fixed at its top, a little above the middle of the image. The plate is one of four kinds:
a round blue sign with a white border, a triangular white warning sign with a thick red
border (point up), a yellow diamond with a black border, or a red octagonal stop sign with a
white border. The pole may lean to the left or right, pivoting on its foot, and the plate
turns with it. The sky is a flat blue, from dim dusk to bright day; the pavement is a grey
band along the bottom. Factors: the kind of sign, its size, how far the pole leans (left,
upright, right) and the brightness of the sky. The pole's length and place, the signs'
colours and the pavement stay fixed; the whole sign always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

KINDS = ("round", "triangle", "diamond", "octagon")
FACTORS = (
    Factor("sign_kind", "kind of sign: round blue, red triangle, yellow diamond or red stop", "categorical", KINDS),
    Factor("sign_size", "size of the sign's plate (small to large)", "continuous"),
    Factor("lean", "how far the sign's pole leans (to the left, upright, to the right)", "continuous"),
    Factor("sky_brightness", "brightness of the sky (dim dusk to bright day)", "continuous"),
)
# sign_kind: codes 0..3 (round, triangle, diamond, octagon); sign_size: 0..1 is a plate
# "radius" of 8..15 px (the circle's and octagon's; the triangle's circumradius is 1.3 times
# it, the diamond's half-diagonal 1.2 times); lean: -0.35..0.35 radians about the pole's foot
# at (32, 60) px, clockwise on screen (positive: the top leans right); the plate's centre is
# 34 px up the pole; sky_brightness: 0..1 scales the sky's blue by 0.3..1
RANGES = ((0.0, len(KINDS) - 1.0), (0.0, 1.0), (-0.35, 0.35), (0.0, 1.0))
SKY = np.array((0.55, 0.74, 0.97))
PAVEMENT, POLE = (0.5, 0.49, 0.47), (0.62, 0.63, 0.66)
WHITE, BLUE, RED = (0.96, 0.96, 0.96), (0.1, 0.3, 0.78), (0.82, 0.1, 0.1)
YELLOW, BLACK = (0.98, 0.8, 0.1), (0.06, 0.06, 0.06)
# per kind: (border colour, face colour, border width in px)
COLOURS = ((WHITE, BLUE, 1.8), (RED, WHITE, 3.0), (BLACK, YELLOW, 1.6), (WHITE, RED, 1.6))
FOOT_X, FOOT_Y, POLE_LEN, POLE_HW = 32.0, 60.0, 34.0, 1.4
PAVEMENT_Y = 58.0


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = R.canvas(n, SKY[None] * (0.3 + 0.7 * f[:, 3:4]))
    img = R.over(img, R.below(PAVEMENT_Y, n), PAVEMENT)
    r, a = R.col(8 + 7 * f[:, 1]), R.col(f[:, 2])
    c, s = np.cos(a), np.sin(a)
    px, py = FOOT_X + POLE_LEN * s, FOOT_Y - POLE_LEN * c  # the plate's centre
    along = np.clip((x - FOOT_X) * s - (y - FOOT_Y) * c, 0.0, POLE_LEN)  # up the pole
    pole = np.hypot(x - (FOOT_X + along * s), y - (FOOT_Y - along * c)) - POLE_HW
    img = R.over(img, R.coverage(pole), POLE)
    u, v = c * (x - px) + s * (y - py), -s * (x - px) + c * (y - py)  # the plate's own frame (v down)
    au, av = np.abs(u), np.abs(v)
    kind = f[:, 0].astype(int)
    plate = np.empty((n, R.SIZE, R.SIZE), np.float32)
    for k in range(len(KINDS)):
        idx = kind == k
        if not idx.any():
            continue
        uk, vk, auk, avk, rk = u[idx], v[idx], au[idx], av[idx], r[idx]
        if k == 0:
            d = np.hypot(uk, vk) - rk
        elif k == 1:
            d = np.maximum(vk, 0.866 * auk - 0.5 * vk) - 0.65 * rk
        elif k == 2:
            d = (auk + avk - 1.2 * rk) / np.sqrt(2.0)
        else:
            d = np.maximum(np.maximum(auk, avk), (auk + avk) / np.sqrt(2.0)) - rk * 0.924
        plate[idx] = d
    table = np.array([[b, fc] for b, fc, _ in COLOURS], np.float32)  # (kinds, 2, 3)
    width = np.array([w for _, _, w in COLOURS], np.float32)[kind]
    img = R.over(img, R.coverage(plate), table[kind, 0])
    return R.to_uint8(R.over(img, R.coverage(plate + R.col(width)), table[kind, 1]))


def render(sign_kind: float, sign_size: float, lean: float, sky_brightness: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8; ``sign_kind`` is the category code (0 round, 1 triangle,
    2 diamond, 3 octagon)."""
    return _draw(np.array([[sign_kind, sign_size, lean, sky_brightness]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("sign", arg, n, seed, FACTORS, sample_factors, _draw)
