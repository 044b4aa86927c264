"""`falconer`: a falconer on an open moor calling his falcon back to the glove, the bird
flying in over the heather, seen from the side (64x64 RGB).

Over a sky lighter towards the horizon, a low moor stretches across the lower part of the image
in purple-brown heather, a grey stone wall running along it. On the left stands the falconer in
a dark green coat and a brown cap, facing right; his left arm, in a tan leather glove, is held
out to the right from the shoulder. The falcon, slate grey above and pale below, is seen from
below as it flies: its body and fanned tail, with a wing on each side. It comes in along a
curving path from high on the right down towards the falconer. Factors: how far along its
path the falcon has flown (from high on the right to low, near the falconer), how far its wings
are spread (from folded close to its body to spread wide), how high the falconer holds his arm
(from straight out in front to raised high) and the weather (from a clear blue sky to a grey,
overcast one, the moor dulling with it). The moor, the wall, the falconer's body and the
falcon's size stay fixed; the whole falcon always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("flight", "how far along its path the falcon has flown (far to near)", "continuous"),
    Factor("wingspread", "how far the falcon's wings are spread (folded to wide)", "continuous"),
    Factor("arm_raise", "how high the falconer holds his gloved arm (out to raised)", "continuous"),
    Factor("overcast", "the weather (clear blue sky to grey overcast)", "continuous"),
)
# flight: 0..1 moves the falcon's middle along a curve from (45, 12) to (36, 33) px, bowing
# below the straight line; wingspread: 0..1 is a wing 6..15 px long, from swept down along the
# body to held out level; arm_raise: 0..1.3 radians of the arm above straight out (0: level to
# the right);
# overcast: 0..1 blends the sky from clear blue to grey and dulls the moor
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.3), (0.0, 1.0))
CLEAR_TOP, CLEAR_LOW = np.array((0.3, 0.56, 0.9), np.float32), np.array((0.7, 0.84, 0.96), np.float32)
GREY_TOP, GREY_LOW = np.array((0.5, 0.52, 0.55), np.float32), np.array((0.72, 0.73, 0.74), np.float32)
HEATHER, HEATHER_DARK = np.array((0.46, 0.3, 0.38), np.float32), np.array((0.32, 0.2, 0.24), np.float32)
STONE, STONE_DARK = (0.6, 0.6, 0.58), (0.42, 0.42, 0.4)
COAT, COAT_DARK, CAP, SKIN, GLOVE = (0.18, 0.34, 0.22), (0.12, 0.24, 0.15), (0.46, 0.3, 0.16), (0.9, 0.72, 0.58), \
    (0.62, 0.4, 0.2)
SLATE, BELLY, BARS = (0.22, 0.24, 0.3), (0.9, 0.86, 0.76), (0.46, 0.4, 0.34)
HORIZON = 38.0
MAN_X, SHOULDER_Y, ARM = 14.0, 31.0, 17.0
START, END = (45.0, 12.0), (36.0, 33.0)  # the falcon's path: from high on the right to near the glove


def _grounds():
    """The moor's coverage and its heather's texture (0..1), and the stone wall with its falconer."""
    x, y = R.grid()
    moor = R.coverage(HORIZON - 1.0 * np.sin(x / 9.0) - y)
    tufts = np.clip(0.5 + 0.5 * np.sin(x * 1.3 + np.sin(y * 0.9) * 2.0) * np.sin(y * 1.1), 0.0, 1.0)
    return moor, moor * tufts * np.clip((y - HORIZON) / 10.0, 0.0, 1.0)


MOOR, TUFTS = _grounds()


def _figures():
    """The wall and the falconer (less his arm) over a clear canvas: coverage and colour."""
    x, y = R.grid()
    img = np.zeros((1, 3, R.SIZE, R.SIZE), np.float32)
    alpha = np.zeros((1, R.SIZE, R.SIZE), np.float32)

    def paint(cover, colour):
        R.over(img, cover, colour)
        np.maximum(alpha, cover, out=alpha)

    wall = R.edges_sdf(x, y, 24.0, 65.0, HORIZON + 5.0, HORIZON + 10.0)
    paint(R.coverage(wall), STONE)
    stones = np.maximum(wall, 0.45 - np.minimum(np.abs(((x + 2.5 * (np.floor(y / 2.5) % 2)) % 5.0) - 2.5),
                                                 np.abs((y % 2.5) - 1.25)))
    paint(0.6 * R.coverage(stones), STONE_DARK)
    # the falconer: legs, coat, head and cap, his far arm hanging at his side
    legs = np.minimum(R.segment_sdf(x, y, MAN_X - 2.0, 44.0, MAN_X - 2.5, 58.0),
                      R.segment_sdf(x, y, MAN_X + 2.0, 44.0, MAN_X + 3.0, 58.0)) - 1.6
    paint(R.coverage(legs), (0.24, 0.2, 0.16))
    coat = np.maximum(R.ellipse_sdf(x - MAN_X, y - 38.0, 5.5, 10.0), y - 47.0)
    paint(R.coverage(coat), COAT)
    paint(R.coverage(R.segment_sdf(x, y, MAN_X - 3.0, SHOULDER_Y + 1.0, MAN_X - 4.5, 43.0) - 1.6), COAT_DARK)
    paint(R.coverage(np.hypot(x - (MAN_X + 0.5), y - 24.0) - 3.6), SKIN)
    cap = np.minimum(np.maximum(np.hypot(x - (MAN_X + 0.5), y - 23.5) - 3.9, y - 23.0),
                     R.box_sdf(x - (MAN_X + 3.5), y - 22.8, 2.5, 0.6))
    paint(R.coverage(cap), CAP)
    return img[0], alpha


FIGURES, FIGURES_ALPHA = _figures()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    # the weather: the sky and the moor's colours, blended from clear to grey
    w = f[:, 3].astype(np.float32)[:, None]
    top, low = CLEAR_TOP + (GREY_TOP - CLEAR_TOP) * w, CLEAR_LOW + (GREY_LOW - CLEAR_LOW) * w
    t = np.clip(y / HORIZON, 0.0, 1.0)[None]  # (1, H, 1)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = top[:, :, None, None] + (low - top)[:, :, None, None] * t
    dull = 1.0 - 0.35 * w
    grey = HEATHER.mean()
    heather = grey + (HEATHER - grey) * dull
    R.over(img, MOOR, heather * (1.0 - 0.15 * w))
    R.over(img, 0.7 * TUFTS, (grey + (HEATHER_DARK - grey) * dull) * (1.0 - 0.15 * w))
    R.over(img, FIGURES_ALPHA, FIGURES)
    # the falconer's arm, out from the shoulder, the glove at its end
    a = R.col(f[:, 2])
    hx, hy = MAN_X + 2.0 + ARM * np.cos(a), SHOULDER_Y - ARM * np.sin(a)
    R.over(img, R.coverage(R.segment_sdf(x, y, MAN_X + 2.0, SHOULDER_Y, hx, hy) - 2.3), COAT)
    glove = R.segment_sdf(x, y, MAN_X + 2.0 + (ARM - 4.0) * np.cos(a), SHOULDER_Y - (ARM - 4.0) * np.sin(a),
                          hx, hy) - 2.4
    R.over(img, R.coverage(np.minimum(glove, np.hypot(x - hx, y - hy) - 2.6)), GLOVE)
    # the falcon, seen from below: wings, fanned tail, body and head
    p = f[:, 0]
    bx = R.col(START[0] + (END[0] - START[0]) * p)
    by = R.col(START[1] + (END[1] - START[1]) * p ** 0.8 + 4.0 * np.sin(np.pi * p))
    s = R.col(f[:, 1])
    length = 6.0 + 9.0 * s
    sweep = 1.3 - 1.3 * s  # radians below level
    wings = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    for side in (-1.0, 1.0):
        sx = bx + side * 2.0
        tx, ty = sx + side * length * np.cos(sweep), by - 1.5 + length * np.sin(sweep)
        seg, h = R.segment_sdf(x, y, sx, by - 1.5, tx, ty, along=True)
        np.minimum(wings, seg - (3.8 - 2.6 * h), out=wings)
    tail = np.maximum(R.ellipse_sdf(x - bx, y - (by + 7.5), 3.5, 4.5), by + 3.5 - y)
    R.over(img, R.coverage(np.minimum(wings, tail)), SLATE)
    R.over(img, 0.6 * R.coverage(np.maximum(wings + 0.7, np.abs(((x - bx) % 2.0) - 1.0) - 0.4)), BARS)
    body = R.ellipse_sdf(x - bx, y - (by + 1.0), 3.0, 6.0)
    R.over(img, R.coverage(body), BELLY)
    R.over(img, R.coverage(np.hypot(x - bx, y - (by - 5.0)) - 2.5), SLATE)
    return R.to_uint8(img)


def render(flight: float, wingspread: float, arm_raise: float, overcast: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[flight, wingspread, arm_raise, overcast]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("falconer", arg, n, seed, FACTORS, sample_factors, _draw)
