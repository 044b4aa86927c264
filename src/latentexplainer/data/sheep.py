"""`sheep`: a small flock of sheep standing in a meadow under a pale blue sky, seen from the side
(64x64 RGB).

A meadow, with darker tufts of grass, fills the lower half of the image; low, hazy blue-green
hills run along the horizon under a blue sky that pales towards them. The sheep stand in two
rows, two further back and two nearer the front, all facing right: each has a round body on four
thin dark legs, a neck and a dark face with one ear, and casts a soft shadow on the grass under
it. The sheep join the flock in a fixed order (front left, back right, back left, front right),
so that a flock of three is the flock of two with one more sheep. Factors: how many sheep there
are (two to four), the size of the sheep, how far they lower their heads (all together: raised
high, to down to the grass, grazing), how thick their fleece has grown (freshly shorn - a slim,
smooth, greyish body - to a plump, curly, white fleece) and the colour of the meadow's grass
(fresh green to dry straw yellow). The sheep's places, the sky and the hills stay fixed; every
sheep always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("flock", "how many sheep stand in the meadow (two to four)", "categorical", ("2", "3", "4")),
    Factor("sheep_size", "size of the sheep (small to large)", "continuous"),
    Factor("grazing", "how far the sheep lower their heads (raised to down grazing the grass)", "continuous"),
    Factor("fleece", "how thick the sheep's fleece has grown (freshly shorn to thick and woolly)", "continuous"),
    Factor("grass", "colour of the meadow's grass (fresh green to dry straw yellow)", "continuous"),
)
# flock: code 0..2 shows the first 2..4 sheep of SLOTS; sheep_size: 0..1 scales a sheep by
# 1.1..1.6; grazing: 0..1 turns the neck from 1.3 radians above the forward horizontal to 1.45
# radians below it; fleece: 0..1 grows the body from half-sizes 4.3 x 3.0 to 6.1 x 4.6 (times the
# scale) and its wool from smooth and greyish to curly and white; grass: 0..1 runs the grass's hue
# from 0.28 (green) to 0.14 (straw yellow)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_LOW = np.array((0.45, 0.66, 0.92)), np.array((0.78, 0.87, 0.96))
HILLS, FACE, SHADOW = (0.45, 0.6, 0.55), (0.09, 0.08, 0.08), (0.0, 0.0, 0.0)
SHORN, WOOLLY = np.array((0.78, 0.74, 0.7)), np.array((0.96, 0.95, 0.91))
HORIZON = 31.0
NECK = (-1.3, 1.45)  # the neck's angle below the forward horizontal, raised and grazing (radians)
# (x, y) of each sheep's body centre, in the order the sheep join the flock
SLOTS = ((18.0, 51.0), (42.0, 36.0), (11.0, 36.0), (44.0, 51.0))
LEFT, RIGHT, UP, DOWN = 11, 19, 15, 13  # the pixels around a slot that its sheep can reach


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_LOW, HORIZON)[None].copy()
    hills = y - (HORIZON - 3.5 - 2.0 * np.sin(x * 0.09 + 0.8) - 1.2 * np.sin(x * 0.23))
    R.over(img, R.coverage(-hills), HILLS)
    return img[0]


def _tufts() -> np.ndarray:
    x, y = R.grid()
    blades = np.abs(np.sin(x * 1.7 + 3.0 * np.sin(y * 0.7))) ** 6 * np.clip((y - HORIZON) / 20, 0.2, 1.0)
    return (0.35 * blades * R.coverage(HORIZON - y))[0].astype(np.float32)


BACKGROUND, MEADOW, TUFTS = _background(), R.below(HORIZON, 1)[0], _tufts()


def _sheep(part, x, y, sx, sy, s, a, fleece, wool, on):
    """Draw a sheep at body centre (sx, sy), scale s, neck angle a, into ``part``, where ``on``."""
    rx, ry = (4.3 + 1.8 * fleece) * s, (3.0 + 1.6 * fleece) * s
    feet = sy + 6.8 * s
    R.over(part, on * 0.3 * R.coverage(R.ellipse_sdf(x - sx, y - feet, 6.0 * s, 1.4)), SHADOW)
    legs = np.full(np.broadcast_shapes(x.shape, y.shape, s.shape), np.inf, np.float32)
    for ox in (-3.0, -1.6, 1.5, 2.9):
        lx = sx + ox * s
        np.minimum(legs, R.segment_sdf(x, y, lx, sy, lx, feet) - 0.7 * s, out=legs)
    R.over(part, on * R.coverage(legs), FACE)
    # the body and the neck: woolly - a bumpy outline and a little curl in the shading - as the
    # fleece grows
    px, py = sx + 3.9 * s, sy - 1.4 * s
    ca, sa = np.cos(a), np.sin(a)
    hx, hy = px + 4.2 * s * ca, py + 4.2 * s * sa
    curls = np.sin(x * 1.3 + y * 0.8) * np.sin(y * 1.1 - x * 0.6)
    body = np.minimum(R.ellipse_sdf(x - sx, y - sy, rx, ry), R.segment_sdf(x, y, px, py, hx, hy) - 1.9 * s)
    body = body - (0.1 + 0.5 * fleece) * curls
    R.over(part, on * R.coverage(body), wool)
    R.over(part, on * R.coverage(body + 1.0) * (0.02 + 0.08 * fleece) * (1 + curls), SHADOW)
    # the head, long along the neck, and an ear behind it
    along, across = (x - hx) * ca + (y - hy) * sa, (y - hy) * ca - (x - hx) * sa
    head = R.ellipse_sdf(along, across, 3.0 * s, 2.0 * s)
    ear = np.hypot(along + 1.0 * s, across + 2.0 * s) - 1.0 * s
    R.over(part, on * R.coverage(np.minimum(head, ear)), FACE)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    grass = R.hsv(0.28 - 0.14 * f[:, 4], 0.62, 0.66)
    R.over(img, np.broadcast_to(MEADOW, (n, R.SIZE, R.SIZE)), grass)
    R.over(img, np.broadcast_to(TUFTS, (n, R.SIZE, R.SIZE)), grass * 0.55)
    s, a = R.col(1.1 + 0.5 * f[:, 1]), R.col(NECK[0] + (NECK[1] - NECK[0]) * f[:, 2])
    fleece = R.col(f[:, 3])
    wool = SHORN[None] + (WOOLLY - SHORN)[None] * f[:, 3:4]
    count = f[:, 0] + 2
    for i in sorted(range(len(SLOTS)), key=lambda i: (SLOTS[i][1], -SLOTS[i][0])):  # back row first, right to left
        sx, sy = SLOTS[i]
        c0, r0 = max(int(sx) - LEFT, 0), int(sy) - UP
        c1, r1 = min(int(sx) + RIGHT, R.SIZE), int(sy) + DOWN
        part = img[:, :, r0:r1, c0:c1]
        _sheep(part, x[:, :, c0:c1], y[:, r0:r1], sx, sy, s, a, fleece, wool, R.col(count > i))
    return R.to_uint8(img)


def render(flock: float, sheep_size: float, grazing: float, fleece: float, grass: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[flock, sheep_size, grazing, fleece, grass]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("sheep", arg, n, seed, FACTORS, sample_factors, _draw)
