"""`kitchengarden`: a walled kitchen garden in summer, runner beans on a wigwam of canes, a
staked tomato plant, a row of cabbages and a pumpkin on a bed of dark soil, seen from the front
(64x64 RGB).

A red brick wall with a pale stone coping runs across the image below a blue sky; a pear tree is
trained flat against it on the right, its branches in level tiers. In front, a bed of dark brown
soil with furrows fills the lower half of the image. On the left, three bamboo canes lean
together into a wigwam whose tip rises above the wall; a bean plant climbs them from the soil,
its leaves along each cane. In the middle a tomato plant is tied to a stake, six round tomatoes
among its leaves. Along the front of the bed grow pale blue-green cabbages, planted from the
left, and at the right a ribbed pumpkin sits on the soil. Factors: how high the beans have
climbed the canes (from just above the soil to the top of the wigwam), how ripe the tomatoes are
(from green through orange to red), how many cabbages grow in the front row (1 to 3) and how big
the pumpkin has grown (small to large). The sky, the wall, the pear tree, the canes, the stake
and the soil stay fixed; the pumpkin always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("bean_height", "how high the beans have climbed their canes (low to the top)", "continuous"),
    Factor("ripeness", "how ripe the tomatoes are (green to red)", "continuous"),
    Factor("cabbages", "how many cabbages grow in the front row (1 to 3)", "categorical", ("1", "2", "3")),
    Factor("pumpkin_size", "size of the pumpkin on the soil (small to large)", "continuous"),
)
# bean_height: 0..1 lets the leaves climb 5..40 px along each cane from the soil (the canes are
# about 43 px long); ripeness: 0..1 blends the tomatoes from green (0.5, 0.76, 0.22) to red
# (0.9, 0.14, 0.08), through orange; cabbages: a code 0..2 for 1..3 cabbages, at CABBAGES from the
# left; pumpkin_size: 0..1 is a pumpkin 4..10 px in half-width (0.8 times that in half-height),
# sitting on the soil at y = 61 px with its middle at x = 52 px
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 2.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.45, 0.66, 0.92)), np.array((0.74, 0.85, 0.96))
BRICK, MORTAR, COPING = (0.66, 0.33, 0.24), (0.78, 0.72, 0.64), (0.82, 0.8, 0.74)
SOIL, FURROW, CANE, STAKE = (0.32, 0.22, 0.14), (0.24, 0.16, 0.1), (0.84, 0.76, 0.5), (0.55, 0.42, 0.26)
LEAF, LEAF_DARK, PEAR, BARK = (0.3, 0.6, 0.22), (0.16, 0.4, 0.16), (0.72, 0.78, 0.3), (0.36, 0.26, 0.18)
CABBAGE, CABBAGE_VEIN = (0.6, 0.8, 0.62), (0.38, 0.6, 0.44)
PUMPKIN, PUMPKIN_RIB = (0.95, 0.52, 0.1), (0.72, 0.34, 0.06)
GREEN, RED, ORANGE = np.array((0.5, 0.76, 0.22)), np.array((0.9, 0.14, 0.08)), np.array((0.96, 0.52, 0.1))
WALL_TOP, SOIL_Y = 15.0, 36.0
APEX = (13.0, 6.0)
CANES = ((3.0, 50.0), (22.0, 50.0), (13.0, 52.0))  # the canes' feet
STAKE_X = 33.0
TOMATOES = ((29.0, 24.0), (37.0, 27.0), (30.0, 33.0), (36.5, 36.5), (29.5, 42.0), (37.0, 44.0))
TOMATO_R = 2.8
CABBAGES = (8.0, 22.0, 36.0)
CABBAGE_Y, CABBAGE_R = 56.5, 6.5
PUMPKIN_X, PUMPKIN_FOOT = 52.0, 61.0


def _scene():
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, WALL_TOP)[None].copy()
    R.over(img, R.below(WALL_TOP, 1), BRICK)
    course = np.floor((y - WALL_TOP) / 3.5)
    joints = np.minimum(np.abs(((y - WALL_TOP) % 3.5) - 0.3), np.abs(((x + course * 4.0) % 8.0) - 0.3))
    R.over(img, R.coverage(np.maximum(joints - 0.45, WALL_TOP + 2.0 - y)), MORTAR)
    R.over(img, R.coverage(np.abs(y - WALL_TOP - 0.5) - 1.5), COPING)
    # the pear tree trained on the wall: a trunk, three tiers of branches, leaves and pears
    tree = np.minimum(R.segment_sdf(x, y, 52.0, SOIL_Y, 52.0, 19.0) - 1.0,
                      np.min([R.segment_sdf(x, y, 42.0, ty, 62.0, ty) - 0.7 for ty in (20.0, 26.0, 32.0)], 0))
    R.over(img, R.coverage(tree), BARK)
    for ty in (20.0, 26.0, 32.0):
        leaves = np.maximum(np.abs(((x - 42.0) % 4.0) - 2.0) - 1.2, np.abs(y - ty + 1.3) - 1.0)
        R.over(img, R.coverage(np.maximum(leaves, np.abs(x - 52.0) - 10.0)), LEAF)
        for px in (45.0, 59.0):
            R.over(img, R.coverage(R.ellipse_sdf(x - px, y - ty - 1.8, 1.3, 1.8)), PEAR)
    R.over(img, R.below(SOIL_Y, 1), SOIL)
    furrows = np.maximum(np.abs(((y - SOIL_Y) % 5.0) - 2.5) - 0.6, SOIL_Y + 2.0 - y)
    R.over(img, 0.8 * R.coverage(furrows), FURROW)
    # the canes of the wigwam, and the tomato's stake with its leaves
    canes = np.min([R.segment_sdf(x, y, fx, fy, *APEX) for fx, fy in CANES], 0) - 0.7
    R.over(img, R.coverage(canes), CANE)
    R.over(img, R.coverage(R.edges_sdf(x, y, STAKE_X - 0.8, STAKE_X + 0.8, 18.0, 50.0)), STAKE)
    tomato_leaves = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for lx, ly, rx, ry in ((33.0, 22.0, 5.0, 3.0), (29.0, 29.0, 5.0, 3.0), (38.0, 31.0, 5.0, 3.0),
                           (33.0, 38.0, 6.0, 3.0), (28.5, 46.0, 5.0, 2.5), (38.0, 48.0, 5.0, 2.5)):
        np.minimum(tomato_leaves, R.ellipse_sdf(x - lx, y - ly, rx, ry), out=tomato_leaves)
    R.over(img, R.coverage(tomato_leaves), LEAF_DARK)
    return img[0]


SCENE = _scene()


def _beans():
    """Per cane: the distance to its leaves (scalloped along it) and how far up the cane (px)."""
    x, y = R.grid()
    out = []
    for fx, fy in CANES:
        d, h = R.segment_sdf(x, y, fx, fy, *APEX, along=True)
        s = h * np.hypot(APEX[0] - fx, APEX[1] - fy)
        out.append((d - (1.0 + 1.7 * np.abs(np.sin(np.pi * s / 3.2))), s))
    return out


BEANS = _beans()


def _tomatoes():
    x, y = R.grid()
    return R.coverage(np.min([np.hypot(x - tx, y - ty) - TOMATO_R for tx, ty in TOMATOES], 0))


TOMATO_COVER = _tomatoes()


def _cabbages():
    x, y = R.grid()
    out = []
    for cx in CABBAGES:
        u, v = x - cx, y - CABBAGE_Y
        rho = np.hypot(u, v)
        veins = np.abs(np.sin(3.0 * np.arctan2(v, u) + 0.25 * rho)) * rho - 0.6
        out.append((R.coverage(rho - CABBAGE_R), R.coverage(np.maximum(veins, rho - CABBAGE_R + 1.0))))
    return out


CABBAGE_COVERS = _cabbages()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the beans, climbing each cane
    climb = R.col(5.0 + 35.0 * f[:, 0])
    for leaves, s in BEANS:
        R.over(img, R.coverage(np.maximum(leaves, s - climb)), LEAF)
    # the tomatoes: green, through orange, to red
    r = f[:, 1:2]
    colour = np.where(r < 0.5, GREEN + (ORANGE - GREEN) * 2 * r, ORANGE + (RED - ORANGE) * (2 * r - 1))
    R.over(img, TOMATO_COVER, colour)
    # the cabbages, from the left
    count = f[:, 2].astype(int)
    for i, (cover, veins) in enumerate(CABBAGE_COVERS):
        on = (count >= i).astype(np.float32)[:, None, None]
        R.over(img, on * cover, CABBAGE)
        R.over(img, on * veins, CABBAGE_VEIN)
    # the pumpkin: ribbed, with a stalk
    rx = R.col(4.0 + 6.0 * f[:, 3])
    ry = 0.8 * rx
    cy = PUMPKIN_FOOT - ry
    body = R.ellipse_sdf(x - PUMPKIN_X, y - cy, rx, ry)
    R.over(img, R.coverage(body), PUMPKIN)
    ribs = np.abs(R.ellipse_sdf(x - PUMPKIN_X, y - cy, 0.5 * rx, ry)) - 0.5
    ribs = np.minimum(ribs, np.abs(x - PUMPKIN_X) - 0.5)
    R.over(img, 0.8 * R.coverage(np.maximum(ribs, body + 0.5)), PUMPKIN_RIB)
    stalk = R.edges_sdf(x, y, PUMPKIN_X - 0.9, PUMPKIN_X + 0.9, cy - ry - 2.5, cy - ry + 1.0)
    return R.to_uint8(R.over(img, R.coverage(stalk), LEAF_DARK))


def render(bean_height: float, ripeness: float, cabbages: float, pumpkin_size: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[bean_height, ripeness, cabbages, pumpkin_size]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("kitchengarden", arg, n, seed, FACTORS, sample_factors, _draw)
