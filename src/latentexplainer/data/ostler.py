"""`ostler`: a coaching inn's stable yard, a horse looking out over its stable's half-door, a
hay net on the wall, a hanging sign and a bucket on the cobbles, seen from the front (64x64 RGB).

The stable's front is of red brick under a strip of dark slate eaves; along the bottom runs a
yard of grey cobbles. In the middle of the wall the top half of the stable door stands open on
the dark stall, the closed lower half below it, and a horse's neck and head with a white blaze
and two ears look out over it. Right of the door a string hay net full of yellow hay hangs from
a hook. At the top left a painted sign board hangs on two short chains from an iron bracket. A
tin bucket stands on the cobbles. Factors: the horse's coat (bay, grey or black), how full the
hay net is (nearly empty to stuffed full), how far the sign swings on its chains (to the left
through still to the right) and where the bucket stands along the yard (left to right). The wall,
the door, the horse's place and the yard stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("coat", "the colour of the horse's coat", "categorical", ("bay", "grey", "black")),
    Factor("hay", "how full the hay net on the wall is (nearly empty to stuffed full)", "continuous"),
    Factor("sign_swing", "how far the hanging sign swings (to the left, still, to the right)", "continuous"),
    Factor("bucket_x", "where the bucket stands along the yard (left to right)", "continuous"),
)
# coat: a code 0..2 for the colours of COATS; hay: 0..1 makes the net 2.5..9 px in half-width
# and 3..13 px in half-height; sign_swing: -0.7..0.7 radians about the bracket's pivot at
# (PIVOT_X, PIVOT_Y), positive swinging its foot to the right; bucket_x: 0..1 puts the bucket's
# middle at x = 8..56 px
RANGES = ((0.0, 2.0), (0.0, 1.0), (-0.7, 0.7), (0.0, 1.0))
BRICK, MORTAR, SLATE, STALL = (0.62, 0.3, 0.22), (0.78, 0.7, 0.62), (0.22, 0.24, 0.3), (0.08, 0.06, 0.05)
DOOR, DOOR_DARK, COBBLE, COBBLE_DARK = (0.2, 0.36, 0.24), (0.12, 0.24, 0.15), (0.56, 0.55, 0.52), (0.38, 0.37, 0.35)
COATS = np.array([(0.55, 0.3, 0.14), (0.8, 0.8, 0.8), (0.12, 0.1, 0.1)], np.float32)
MANE = np.array([(0.12, 0.08, 0.06), (0.55, 0.55, 0.56), (0.04, 0.03, 0.03)], np.float32)
BLAZE, HAY, NET, IRON, BOARD, GOLD = (0.97, 0.96, 0.92), (0.9, 0.78, 0.36), (0.4, 0.3, 0.16), (0.14, 0.14, 0.16), \
    (0.12, 0.2, 0.48), (0.9, 0.76, 0.3)
TIN, WATER = (0.8, 0.82, 0.86), (0.3, 0.45, 0.6)
EAVES_Y, YARD_Y = 4.0, 50.0
DOOR_L, DOOR_R, DOOR_T, DOOR_M = 16.0, 42.0, 10.0, 33.0
NET_X, NET_Y = 54.0, 21.0
PIVOT_X, PIVOT_Y, BOARD_HW, BOARD_HH, CHAIN = 9.0, 7.0, 7.0, 5.5, 3.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, BRICK)
    row = np.floor(y / 3.0)
    mortar = np.minimum(1.5 - np.abs(((y + 1.5) % 3.0) - 1.5), 3.0 - np.abs(((x + 3.0 * (row % 2)) % 6.0) - 3.0))
    R.over(img, R.coverage(mortar - 0.45), MORTAR)
    R.over(img, R.coverage(y - EAVES_Y), SLATE)
    R.over(img, R.coverage(R.edges_sdf(x, y, DOOR_L - 1.5, DOOR_R + 1.5, DOOR_T - 1.5, YARD_Y)), DOOR_DARK)
    R.over(img, R.coverage(R.edges_sdf(x, y, DOOR_L, DOOR_R, DOOR_T, DOOR_M)), STALL)
    R.over(img, R.below(YARD_Y, 1), COBBLE)
    stones = np.minimum(np.abs(((y - YARD_Y) % 4.0) - 2.0),
                        np.abs(((x + 2.5 * (np.floor((y - YARD_Y) / 4.0) % 2)) % 5.0) - 2.5))
    R.over(img, R.coverage(np.maximum(2.0 - stones - 1.4, YARD_Y + 0.5 - y)), COBBLE_DARK)
    # the bracket the sign hangs from, and the hay net's hook
    R.over(img, R.coverage(R.edges_sdf(x, y, 0.0, PIVOT_X + 1.0, PIVOT_Y - 1.0, PIVOT_Y + 0.2)), IRON)
    R.over(img, R.coverage(R.segment_sdf(x, y, NET_X, 7.0, NET_X, 10.5) - 0.6), IRON)
    return img[0]


SCENE = _scene()


def _door_and_horse():
    """Coverage of the closed lower door (and its planks), of the horse's neck and head, of its
    mane, ears and blaze."""
    x, y = R.grid()
    lower = R.edges_sdf(x, y, DOOR_L, DOOR_R, DOOR_M, YARD_Y)
    planks = np.maximum(lower, np.abs(((x - DOOR_L) % 4.0) - 2.0) - 0.35)
    neck = np.maximum(R.ellipse_sdf(x - 27.0, y - 30.0, 7.5, 13.0), y - DOOR_M)
    u, v = (x - 31.0) * 0.5 - (y - 21.0) * 0.866, (x - 31.0) * 0.866 + (y - 21.0) * 0.5
    head = R.ellipse_sdf(v - 2.0, u, 10.0, 5.0)  # long axis turned down to the right, the muzzle low
    mane = np.maximum(R.ellipse_sdf(x - 22.0, y - 24.0, 2.2, 9.0), y - DOOR_M)
    ears = np.minimum(R.segment_sdf(x, y, 25.5, 14.0, 24.5, 9.5), R.segment_sdf(x, y, 28.5, 13.5, 28.5, 9.0)) - 1.1
    blaze = R.ellipse_sdf(v - 2.5, u, 7.0, 1.2)
    horse = np.minimum(np.minimum(neck, head), ears)
    return (R.coverage(lower), R.coverage(planks), R.coverage(horse), R.coverage(mane), R.coverage(blaze))


LOWER, PLANKS, HORSE, MANE_COVER, BLAZE_COVER = _door_and_horse()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the horse, then the lower door in front of it
    coat = f[:, 0].astype(int)
    R.over(img, np.broadcast_to(HORSE, (n, R.SIZE, R.SIZE)), COATS[coat])
    R.over(img, np.broadcast_to(MANE_COVER, (n, R.SIZE, R.SIZE)), MANE[coat])
    R.over(img, np.broadcast_to(BLAZE_COVER, (n, R.SIZE, R.SIZE)), BLAZE)
    R.over(img, np.broadcast_to(LOWER, (n, R.SIZE, R.SIZE)), DOOR)
    R.over(img, np.broadcast_to(PLANKS, (n, R.SIZE, R.SIZE)), DOOR_DARK)
    # the hay net, hay in a string mesh
    hx, hy = R.col(2.5 + 6.5 * f[:, 1]), R.col(3.0 + 10.0 * f[:, 1])
    cy = 10.5 + hy
    net = R.ellipse_sdf(x - NET_X, y - cy, hx, hy)
    R.over(img, R.coverage(net), HAY)
    mesh = np.minimum(np.abs(((x + y) % 3.0) - 1.5), np.abs(((x - y) % 3.0) - 1.5)) - 0.3
    R.over(img, R.coverage(np.maximum(net, mesh)), NET)
    # the sign, swinging about the bracket's pivot on its chains
    a = R.col(f[:, 2])
    ca, sa = np.cos(a), np.sin(a)
    u = (x - PIVOT_X) * ca - (y - PIVOT_Y) * sa  # across the sign
    v = (x - PIVOT_X) * sa + (y - PIVOT_Y) * ca  # down the sign, from the pivot
    board = R.box_sdf(u, v - CHAIN - BOARD_HH, BOARD_HW, BOARD_HH)
    chains = np.maximum(np.abs(np.abs(u) - BOARD_HW + 1.5) - 0.45, np.maximum(-v, v - CHAIN))
    R.over(img, R.coverage(chains), IRON)
    R.over(img, R.coverage(board), BOARD)
    R.over(img, R.coverage(np.maximum(np.abs(board + 1.2) - 0.5, board)), GOLD)
    R.over(img, R.coverage(R.ellipse_sdf(u, v - CHAIN - BOARD_HH, 3.0, 2.0)), GOLD)
    # the bucket on the cobbles
    bx = R.col(8.0 + 48.0 * f[:, 3])
    t = np.clip((y - 51.0) / 10.0, 0.0, 1.0)
    bucket = np.maximum(np.abs(x - bx) - (6.0 - 1.5 * t), np.maximum(51.0 - y, y - 61.0))
    R.over(img, R.coverage(bucket), TIN)
    R.over(img, R.coverage(np.maximum(bucket, np.abs(y - 56.0) - 0.6)), COBBLE_DARK)
    R.over(img, R.coverage(R.ellipse_sdf(x - bx, y - 51.5, 5.3, 1.2)), WATER)
    return R.to_uint8(img)


def render(coat: float, hay: float, sign_swing: float, bucket_x: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[coat, hay, sign_swing, bucket_x]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("ostler", arg, n, seed, FACTORS, sample_factors, _draw)
