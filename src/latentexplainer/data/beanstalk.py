"""`beanstalk`: a giant beanstalk growing from a cottage garden up into the clouds, a boy
climbing it, seen from the side (64x64 RGB).

A thick green stalk, wound round by a paler spiral stripe, rises from a mound of brown earth at
the bottom of the image, bowing to one side as it climbs, and disappears into a band of white
cloud near the top, on which the grey walls and two towers of a giant's castle stand. Broad
leaves grow from the stalk, left and right by turns, at four heights. A small boy in a red shirt
and blue trousers clings to the stalk's left side. Behind lies a green hill with a little white
cottage with a thatched roof on the left, under a blue sky. Factors: which way and how far the
stalk bows as it climbs (bowed to the left, straight, bowed to the right), how big its leaves
are (small to large), how high up the stalk the boy has climbed (near the ground to high up
near the top leaf) and the colour of the leaves (fresh green through gold to autumn red). The
stalk's thickness, the leaves' heights, the boy's size, the cloud, the castle, the hill and the
cottage stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("bow", "which way the beanstalk bows as it climbs (bowed left to bowed right)", "continuous"),
    Factor("leaf_size", "size of the beanstalk's leaves (small to large)", "continuous"),
    Factor("climb", "how high up the beanstalk the boy has climbed (low to high)", "continuous"),
    Factor("leaf_colour", "colour of the beanstalk's leaves (fresh green through gold to autumn red)",
           "continuous"),
)
# bow: -1..1 moves the stalk's middle sideways by -15..15 px (0: straight up at x = 32 px), along
# a half sine from the earth (y = 58 px) to the cloud (y = 12 px); leaf_size: 0..1 is a leaf
# 8..20 px long (half as wide), reaching out and up from the stalk at y = 50, 41, 32, 24 px;
# climb: 0..1 puts the boy's middle (he is about 18 px tall) at y = 50..26 px, on the stalk's
# left side; leaf_colour: 0..1 turns the leaves' hue from 0.3 (green) through 0.16 (gold) to
# 0.02 (red)
RANGES = ((-1.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.35, 0.6, 0.92)), np.array((0.7, 0.85, 0.97))
HILL, EARTH, COTTAGE, THATCH = (0.42, 0.66, 0.3), (0.45, 0.3, 0.18), (0.96, 0.95, 0.9), (0.7, 0.55, 0.25)
CLOUD, CASTLE = (0.98, 0.98, 1.0), (0.42, 0.42, 0.5)
STALK, STRIPE = (0.16, 0.45, 0.14), (0.45, 0.72, 0.3)
SHIRT, TROUSERS, SKIN, HAIR = (0.88, 0.14, 0.12), (0.18, 0.3, 0.72), (0.95, 0.76, 0.6), (0.5, 0.3, 0.1)
BASE_Y, TOP_Y, STALK_X, STALK_HW, BOW = 58.0, 12.0, 32.0, 2.6, 15.0
LEAVES = ((50.0, -1.0), (41.0, 1.0), (32.0, -1.0), (24.0, 1.0))  # height, side (-1 left, 1 right)


def _stalk_x(y, bow):
    """The stalk's middle at row y (px), bowed by ``bow`` (-1..1)."""
    t = np.clip((BASE_Y - y) / (BASE_Y - TOP_Y), 0.0, 1.0)
    return STALK_X + BOW * bow * np.sin(np.pi * t)


def _fixed() -> tuple[np.ndarray, np.ndarray]:
    """The sky, the hill and the cottage, (3, H, W); and the cloud with its castle, over
    everything, as an opacity and a colour image (4, H, W)."""
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, 56.0)[None].copy()
    R.over(img, R.coverage(52.0 + 0.004 * (x - 20.0) ** 2 - y), HILL)
    R.over(img, R.coverage(R.edges_sdf(x, y, 6.0, 16.0, 46.0, 53.0)), COTTAGE)
    R.over(img, R.coverage(np.maximum((39.5 + np.abs(x - 11.0) * 0.8 - y) * 0.8, y - 46.5)), THATCH)
    R.over(img, R.coverage(R.edges_sdf(x, y, 10.0, 12.5, 49.0, 53.0)), EARTH)
    top = np.zeros((1, 4, R.SIZE, R.SIZE), np.float32)
    castle = np.minimum(R.edges_sdf(x, y, 38.0, 54.0, 3.0, 12.0), R.edges_sdf(x, y, 38.0, 42.0, -1.0, 12.0))
    castle = np.minimum(castle, R.edges_sdf(x, y, 50.0, 54.0, -1.0, 12.0))
    castle = np.maximum(castle, -R.edges_sdf(x, y, 44.5, 47.5, 5.0, 12.0))  # the gate
    top[:, :3] = np.asarray(CASTLE, np.float32)[:, None, None]
    top[:, 3] = R.coverage(castle)
    upper = 10.0 - 2.2 * np.abs(np.sin(x * np.pi / 11.0))  # the cloud's puffy top and bottom edges
    lower = 15.0 + 1.8 * np.abs(np.sin((x + 4.0) * np.pi / 9.0))
    cloud = R.coverage(upper - y) * R.coverage(y - lower)
    top[:, :3] = top[:, :3] * (1 - cloud[:, None]) + np.asarray(CLOUD, np.float32)[:, None, None] * cloud[:, None]
    top[:, 3] = np.maximum(top[:, 3], cloud)
    return img[0], top[0]


BACK, CLOUDS = _fixed()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACK
    bow = R.col(f[:, 0])
    sx = _stalk_x(y, bow)
    # the leaves: ellipses reaching out and a little up from the stalk, each on a short stem
    size = R.col(4.0 + 6.0 * f[:, 1])
    hue = 0.3 - 0.28 * f[:, 3]
    leaves = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    veins = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    for ly, side in LEAVES:
        lx = _stalk_x(ly, bow)
        ax, ay = 0.9 * side, -0.44  # the leaf's direction: out and up
        cx, cy = lx + side * (STALK_HW + size * 0.9), ly - 0.44 * (STALK_HW + size * 0.9)
        u = (x - cx) * ax + (y - cy) * ay  # along the leaf
        v = -(x - cx) * ay + (y - cy) * ax  # across it
        np.minimum(leaves, R.ellipse_sdf(u, v, size, size * 0.5), out=leaves)
        np.minimum(veins, np.maximum(np.abs(v) - 0.4, np.abs(u) - size + 1.0), out=veins)
    R.over(img, R.coverage(leaves), R.hsv(hue, 0.8, 0.8))
    R.over(img, 0.7 * R.coverage(veins), R.hsv(hue, 0.85, 0.5))
    # the earth mound, the stalk with its spiral stripe
    R.over(img, R.coverage(R.ellipse_sdf(x - STALK_X, y - 62.0, 16.0, 6.0)), EARTH)
    across = x - sx
    stalk = np.maximum(np.maximum(np.abs(across) - STALK_HW, y - BASE_Y - 2.0), TOP_Y - y)
    R.over(img, R.coverage(stalk), STALK)
    stripe = np.abs((y + 2.2 * across) % 7.0 - 3.5) - 1.0
    R.over(img, R.coverage(np.maximum(stalk + 0.5, stripe)), STRIPE)
    # the boy, clinging to the stalk's left side: legs, shirt, arms round the stalk, head
    by = R.col(50.0 - 24.0 * f[:, 2])
    bx = _stalk_x(by, bow) - STALK_HW - 1.5
    legs = np.minimum(R.segment_sdf(x, y, bx, by + 2.0, bx - 1.2, by + 7.5),
                      R.segment_sdf(x, y, bx, by + 2.0, bx + 2.2, by + 6.5)) - 1.3
    R.over(img, R.coverage(legs), TROUSERS)
    R.over(img, R.coverage(R.box_sdf(x - bx, y - (by - 1.0), 1.6, 3.0) - 0.8), SHIRT)
    arms = R.segment_sdf(x, y, bx, by - 3.0, bx + 4.5, by - 5.0) - 1.0
    R.over(img, R.coverage(arms), SHIRT)
    R.over(img, R.coverage(np.hypot(x - (bx + 4.6), y - (by - 5.0)) - 1.1), SKIN)
    head = np.hypot(x - (bx - 0.3), y - (by - 6.8)) - 2.5
    R.over(img, R.coverage(head), SKIN)
    R.over(img, R.coverage(np.maximum(head, y - (by - 7.3))), HAIR)
    # the cloud and the castle over the stalk's top
    img += (CLOUDS[:3] - img) * CLOUDS[3]
    return R.to_uint8(img)


def render(bow: float, leaf_size: float, climb: float, leaf_colour: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[bow, leaf_size, climb, leaf_colour]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("beanstalk", arg, n, seed, FACTORS, sample_factors, _draw)
