"""`paddock`: horses in a fenced paddock in a grassy field, seen from straight above (64x64 RGB).

A rectangular paddock, fenced with brown wooden rails, lies in the middle of a green field with
a darker mown stripe pattern, a round tree top in the top left corner and a stone water trough
in the field's bottom right corner. A white gate in the middle of the paddock's bottom
side swings outwards, into the field, on a hinge at its left end. Horses stand inside, seen
from above: an oval body with a head and neck reaching forwards, a dark mane down the neck and
a dark tail behind; the first is chestnut, the second white and the third a cream palomino, the
first and third facing right and the second left. Factors: how many horses are in the paddock
(1 to 3), how far the gate is swung open (from shut to wide open), the size of the paddock (the
horses stand at the same fractions of its width and height) and how muddy the ground inside the
paddock is (from green grass to bare brown mud). The field, the tree, the trough, the fence's
and the gate's colours and the horses' size stay fixed; the whole paddock always lies inside
the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("horses", "how many horses are in the paddock", "categorical", ("1", "2", "3")),
    Factor("gate_open", "how far the paddock's gate is swung open (shut to wide open)", "continuous"),
    Factor("paddock_size", "size of the fenced paddock (small to large)", "continuous"),
    Factor("mud", "how muddy the ground inside the paddock is (grassy to bare mud)", "continuous"),
)
# horses: 0..2 is 1..3 horses (HORSES in that order); gate_open: 0..1 swings the gate (16 px
# long) 0..1.45 radians outwards about its hinge; paddock_size: 0..1 is a fence of half-width
# 19..27 px and half-height 13..18 px about (32, 29) px; mud: 0..1 blends the paddock's ground
# from grass to mud
RANGES = ((0, 2), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
GRASS, MOWN, GROUND_GRASS, MUD = (0.36, 0.6, 0.24), (0.31, 0.53, 0.2), np.array((0.4, 0.64, 0.26)), \
    np.array((0.44, 0.31, 0.18))
TREE, TREE_DARK, TROUGH, WATER = (0.14, 0.36, 0.13), (0.09, 0.25, 0.09), (0.6, 0.6, 0.58), (0.3, 0.5, 0.7)
FENCE, GATE, MANE = (0.36, 0.22, 0.11), (0.96, 0.96, 0.93), (0.12, 0.08, 0.06)
COATS = ((0.6, 0.3, 0.12), (0.95, 0.94, 0.9), (0.98, 0.86, 0.55))
CX, CY = 32.0, 29.0
HORSES = ((-0.4, -0.55, 1.0), (0.4, 0.0, -1.0), (-0.25, 0.6, 1.0))  # fractions of the half-sizes, facing
GATE_LEN, GATE_HW, RAIL_HW = 16.0, 1.6, 0.9
BODY_RX, BODY_RY = 8.2, 4.0


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, GRASS)
    R.over(img, R.coverage(np.abs((x % 12.0) - 6.0) - 3.0), MOWN)  # mown stripes
    R.over(img, R.coverage(np.hypot(x - 4.0, y - 4.0) - 9.0), TREE_DARK)
    R.over(img, R.coverage(np.hypot(x - 3.0, y - 3.0) - 7.5), TREE)
    R.over(img, R.coverage(R.box_sdf(x - 57.0, y - 58.5, 5.0, 2.6) - 0.6), TROUGH)
    R.over(img, R.coverage(R.box_sdf(x - 57.0, y - 58.5, 3.8, 1.4)), WATER)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    hx, hy = R.col(19 + 8 * f[:, 2]), R.col(13 + 5 * f[:, 2])
    inside = R.coverage(R.box_sdf(x - CX, y - CY, hx, hy))
    ground = GROUND_GRASS[None] + (MUD - GROUND_GRASS)[None] * f[:, 3:4]
    R.over(img, inside, ground)
    # the fence, with a gap in its bottom side where the gate hangs
    rails = np.abs(R.box_sdf(x - CX, y - CY, hx, hy)) - RAIL_HW
    gap = np.maximum(np.abs(x - CX) - GATE_LEN / 2, np.abs(y - (CY + hy)) - 2.0)
    R.over(img, R.coverage(np.maximum(rails, -gap)), FENCE)
    posts = np.minimum(np.hypot(x - (CX - GATE_LEN / 2), y - (CY + hy)),
                       np.hypot(x - (CX + GATE_LEN / 2), y - (CY + hy)))
    for sx in (-1.0, 1.0):
        for sy in (-1.0, 1.0):
            posts = np.minimum(posts, np.hypot(x - (CX + sx * hx), y - (CY + sy * hy)))
    R.over(img, R.coverage(posts - 1.6), FENCE)
    # the gate: a white plank from its hinge at the gap's left end, swung out into the field
    a = R.col(1.45 * f[:, 1])
    ax, ay = CX - GATE_LEN / 2, CY + hy
    bx, by = ax + GATE_LEN * np.cos(a), ay + GATE_LEN * np.sin(a)
    R.over(img, R.coverage(R.segment_sdf(x, y, ax, ay, bx, by) - GATE_HW), GATE)
    # the horses
    for i, ((fx, fy, face), coat) in enumerate(zip(HORSES, COATS)):
        there = R.col(f[:, 0] >= i)
        px, py = CX + fx * hx, CY + fy * hy
        u, v = (x - px) * face, y - py  # u forwards
        body = R.ellipse_sdf(u, v, BODY_RX, BODY_RY)
        neck = R.segment_sdf(u, v, 5.5, 0.0, 10.0, 0.0) - 1.9
        head = R.ellipse_sdf(u - 11.8, v, 2.9, 2.1)
        tail = R.segment_sdf(u, v, -7.5, 0.0, -11.5, 0.8) - 1.0
        R.over(img, there * R.coverage(tail), MANE)
        R.over(img, there * R.coverage(np.minimum(np.minimum(body, neck), head)), coat)
        R.over(img, there * R.coverage(R.segment_sdf(u, v, 4.0, 0.0, 10.0, 0.0) - 0.6), MANE)
    return R.to_uint8(img)


def render(horses: float, gate_open: float, paddock_size: float, mud: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[horses, gate_open, paddock_size, mud]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("paddock", arg, n, seed, FACTORS, sample_factors, _draw)
