"""`ferriswheel`: a Ferris wheel at a fairground at dusk, seen from the front (64x64 RGB).

The wheel stands in the middle of the image on two pale steel legs that spread like an A from
its hub down to the ground: a pale steel rim with a thinner inner ring, straight spokes from the
hub out to the rim, one to each gondola, and a row of small light bulbs all round the rim.
From the rim hang the gondolas, one at the end of each spoke, evenly spaced: small rounded
cabins on short hangers that always hang straight down below their hanging points, however the
wheel is turned. Each gondola has its own colour, in order round the wheel from red through
yellow, green, blue and violet back towards red. Behind the wheel is a dusk sky, deep blue
at the top and orange towards the horizon, over a dark line of trees and fairground tents
and dark grass. Factors: how far the wheel has turned, over a whole turn (the spokes, bulbs
and gondolas go round with it), the number of gondolas (6, 8 or 10), the size of the wheel
(small to large, round its fixed hub; the gondolas keep their size) and how brightly the bulbs
on the rim are lit (off to glowing). The hub's place, the legs, the gondolas' size, the sky
and the ground stay fixed; the whole wheel always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

GONDOLAS = ("6", "8", "10")
FACTORS = (
    Factor("wheel_turn", "how far the Ferris wheel has turned (a whole turn)", "cyclic", period=1.0),
    Factor("gondola_count", "number of gondolas hanging from the wheel (6, 8 or 10)", "categorical", GONDOLAS),
    Factor("wheel_size", "size of the wheel round its hub (small to large)", "continuous"),
    Factor("lights", "how brightly the bulbs round the wheel's rim glow (off to bright)", "continuous"),
)
# wheel_turn: 0..1 is a whole turn of the wheel, clockwise (1 is 0 again); gondola_count: codes
# 0..2 are 6, 8 or 10 gondolas, the first hanging from the rim's right-hand end at turn 0, the
# k-th of m with the hue k/m; wheel_size: 0..1 is a rim of radius 14..21 px about the hub at
# (32, 27) px; lights: 0..1 blends the 24 bulbs on the rim from unlit grey to glowing yellow
# and their glow from none to strong
RANGES = ((0.0, 1.0), (0.0, len(GONDOLAS) - 1.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_LOW = (0.1, 0.12, 0.34), (0.96, 0.56, 0.32)
TREES, GRASS, STEEL, STEEL_DARK = (0.1, 0.09, 0.16), (0.13, 0.2, 0.12), (0.9, 0.9, 0.92), (0.55, 0.56, 0.62)
BULB_OFF, BULB_ON, GLOW = np.array((0.3, 0.28, 0.28)), np.array((1.0, 0.9, 0.35)), (1.0, 0.84, 0.4)
HANGER, WINDOW = (0.2, 0.2, 0.24), (0.16, 0.16, 0.22)
HUB, HORIZON_Y, GROUND_Y = (32.0, 27.0), 50.0, 55.0
LEGS = ((18.0, 60.0), (46.0, 60.0))
BULBS, BULB_R, GLOW_R, GLOW_ALPHA = 24, 1.2, 4.0, 0.85
ROWS, COLS = (4, 58), (6, 58)  # the rows and columns the wheel can reach
CABIN = (4.8, 3.2, 2.4, 0.8)  # its middle below the hanging point, half-width, half-height, rounding
TENTS = ((6.0, 41.0, 6.0), (57.0, 40.0, 6.5), (19.0, 44.0, 4.0))  # peak x, peak y, half-width


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_LOW, HORIZON_Y)[None]
    trees = HORIZON_Y - 2.5 - 1.5 * np.abs(np.sin(x * 0.41)) - 1.0 * np.sin(x * 0.13 + 1.0)
    tents = np.min([np.maximum(np.abs(x - tx) - hw, (ty + np.abs(x - tx) * 0.8 - y) * 0.78)
                    for tx, ty, hw in TENTS], axis=0)
    R.over(img, R.coverage(np.minimum(trees - y, np.maximum(tents, y - GROUND_Y - 1.0))), TREES)
    R.over(img, R.below(GROUND_Y, 1), GRASS)
    hx, hy = HUB
    legs = np.min([R.segment_sdf(x, y, hx, hy, lx, ly) for lx, ly in LEGS], axis=0) - 1.1
    R.over(img, R.coverage(legs), STEEL_DARK)
    return img[0]


BACKGROUND = _background()


def _nearest(u: np.ndarray, v: np.ndarray, turn: np.ndarray, step: np.ndarray, r: np.ndarray):
    """For each pixel (offsets u, v from the hub), the index of the nearest of the rim's evenly
    spaced points (the first at the angle ``turn``) and the offsets from that point."""
    ang = np.arctan2(v, u) - turn
    k = np.round(ang / step)
    a = turn + step * k
    return k, u - r * np.cos(a), v - r * np.sin(a)


def _draw(f: np.ndarray) -> np.ndarray:
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the wheel, drawn only in the rows and columns it can reach, for speed
    (r0, r1), (c0, c1) = ROWS, COLS
    part = img[:, :, r0:r1, c0:c1]
    x, y = R.grid()
    hx, hy = HUB
    u, v = x[:, :, c0:c1] - hx, y[:, r0:r1] - hy
    rho = np.hypot(u, v)
    turn = R.col(2.0 * np.pi * f[:, 0])
    count = np.array([int(g) for g in GONDOLAS])[f[:, 1].astype(int)]
    r = R.col(14 + 7 * f[:, 2])
    ang = np.arctan2(v, u) - turn  # the angle in the wheel's own frame
    # the spokes, one to each gondola, the rims and the hub
    step = R.col(2.0 * np.pi / count)
    off = ang - step * np.round(ang / step)
    spokes = np.maximum(rho * np.abs(np.sin(off)) - 0.45, rho - r)
    rims = np.minimum(np.abs(rho - r) - 0.9, np.abs(rho - 0.72 * r) - 0.45)
    R.over(part, R.coverage(np.minimum(spokes, rims)), STEEL)
    R.over(part, R.coverage(rho - 2.4), STEEL_DARK)
    # the bulbs on the rim, between the spokes, and their glow
    bstep = 2.0 * np.pi / BULBS
    boff = ang - bstep * (np.round(ang / bstep - 0.5) + 0.5)
    bulbs = np.hypot(rho * np.cos(boff) - r, rho * np.sin(boff))
    lit = R.col(f[:, 3])
    R.over(part, (GLOW_ALPHA * lit) * np.clip(1.0 - bulbs / GLOW_R, 0.0, 1.0), GLOW)
    R.over(part, R.coverage(bulbs - BULB_R), BULB_OFF + (BULB_ON - BULB_OFF) * f[:, 3:4])
    # the gondolas, hanging straight down from the rim: only the nearest can cover a pixel
    cy, hw, hh, round_ = CABIN
    _, du, dv = _nearest(u, v - (cy - hh) / 2, turn, step, r)
    hanger = np.hypot(du, np.maximum(np.abs(dv) - (cy - hh) / 2, 0.0)) - 0.5
    R.over(part, R.coverage(hanger), HANGER)
    k, du, dv = _nearest(u, v - cy, turn, step, r)
    cabin = R.box_sdf(du, dv, hw - round_, hh - round_) - round_
    colour = R.hsv(k * step / (2.0 * np.pi), 0.75, 0.95)  # (N, H, W, 3)
    part += R.coverage(cabin)[:, None] * (np.moveaxis(colour, -1, 1) - part)
    window = np.maximum(R.box_sdf(du, dv + 0.8, hw - 1.2, 0.7), cabin)
    R.over(part, 0.8 * R.coverage(window), WINDOW)
    return R.to_uint8(img)


def render(wheel_turn: float, gondola_count: float, wheel_size: float, lights: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8; ``gondola_count`` is the code 0..2 for 6, 8 or 10 gondolas."""
    return _draw(np.array([[wheel_turn, gondola_count, wheel_size, lights]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("ferriswheel", arg, n, seed, FACTORS, sample_factors, _draw)
