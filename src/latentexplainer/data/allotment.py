"""`allotment`: a vegetable plot on an allotment, three plants of one crop growing in a row of
bare soil in front of a painted garden shed and a hedge, seen from the side (64x64 RGB).

A blue sky is at the top; below it a dark green hedge with a bumpy top runs across the image,
then a strip of lawn. On the right a small wooden shed stands on the lawn: plank walls painted
one colour, a dark felt roof pitched to a ridge, a darker door and a small pale window. The
lower part of the image is the plot's soil, with low ridges along it; three plants of the same
crop grow from it in a row at the left: round cabbages on their outer leaves, sunflowers on
tall stems with yellow petals round a brown middle, or tomato plants tied to bamboo canes with
red fruit among the leaves. Factors: how far the crop has grown (young and small to tall and
full), which crop it is (cabbage, sunflower or tomato), the hue of the shed's paint - a cyclic
factor with a whole-turn period - and how wet the soil is (dry, pale and dusty to dark and
soaked, with puddles showing the sky). The sky, the hedge, the lawn, the shed's shape and the
plants' places stay fixed; the whole of every plant always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("growth", "how far the crop has grown (young and small to tall and full)", "continuous"),
    Factor("crop", "which crop grows in the plot", "categorical", ("cabbage", "sunflower", "tomato")),
    Factor("shed_hue", "hue of the garden shed's paint", "cyclic", period=1.0),
    Factor("wetness", "how wet the soil is (dry and pale to dark and soaked)", "continuous"),
)
# growth: 0..1 scales every plant: a cabbage's head of radius 3..7 px, a sunflower 10..32 px tall
# with a head of radius 2..4.5 px, a tomato plant 9..29 px tall; crop: codes 0..2 as named;
# shed_hue: 0..1 of the colour wheel (a whole turn); wetness: 0..1 darkens the soil from a dry pale
# brown to a wet dark brown, and from half-way on fills the puddles
RANGES = ((0.0, 1.0), (0.0, 2.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.42, 0.64, 0.92)), np.array((0.72, 0.84, 0.96))
HEDGE, LAWN, ROOF, WINDOW = (0.13, 0.3, 0.14), (0.42, 0.64, 0.28), (0.2, 0.2, 0.23), (0.8, 0.88, 0.92)
DRY, WET, PUDDLE = np.array((0.7, 0.56, 0.38)), np.array((0.25, 0.16, 0.1)), (0.62, 0.72, 0.84)
LEAF, LEAF_LIGHT, CABBAGE = (0.2, 0.52, 0.2), (0.46, 0.7, 0.36), (0.5, 0.72, 0.52)
STEM, PETAL, SEEDS, CANE, FRUIT = (0.3, 0.55, 0.2), (0.98, 0.82, 0.1), (0.36, 0.2, 0.08), (0.8, 0.68, 0.42), \
    (0.88, 0.12, 0.08)
HEDGE_Y, LAWN_Y, SOIL_Y, BASE_Y = 22.0, 31.0, 46.0, 56.0
PLANTS_X = (8.0, 21.0, 34.0)
SHED_L, SHED_R, SHED_TOP, SHED_FOOT, RIDGE = 43.0, 61.0, 27.0, 47.0, 17.0
PUDDLES = ((14.0, 60.5, 6.0, 1.4), (40.0, 58.5, 5.0, 1.2), (55.0, 61.5, 6.5, 1.5))


def _background() -> np.ndarray:
    x, y = R.grid()
    img = np.empty((1, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, HEDGE_Y + 4.0)
    bumps = HEDGE_Y + 1.6 * np.sin(x * 0.9) + 1.0 * np.sin(x * 2.3 + 1.0)
    R.over(img, R.coverage(bumps - y), HEDGE)
    R.over(img, R.below(LAWN_Y, 1), LAWN)
    return img[0]


BACKGROUND = _background()


def _shed(img: np.ndarray, x, y, hue: np.ndarray) -> None:
    paint = R.hsv(hue, 0.6, 0.75)
    walls = R.edges_sdf(x, y, SHED_L, SHED_R, SHED_TOP, SHED_FOOT)
    R.over(img, R.coverage(walls), paint)
    planks = np.abs(((x - SHED_L) % 3.0) - 1.5) - 0.3
    R.over(img, 0.3 * R.coverage(np.maximum(planks, walls)), (0.0, 0.0, 0.0))
    mid, half = (SHED_L + SHED_R) / 2, (SHED_R - SHED_L) / 2 + 1.5
    slope = (SHED_TOP - RIDGE) / half
    roof = np.maximum((RIDGE + np.abs(x - mid) * slope - y) / np.hypot(slope, 1.0), y - SHED_TOP - 1.0)
    R.over(img, R.coverage(roof), ROOF)
    R.over(img, R.coverage(R.edges_sdf(x, y, 52.0, 58.0, 34.0, SHED_FOOT)), R.hsv(hue, 0.7, 0.45))
    R.over(img, R.coverage(R.edges_sdf(x, y, 45.5, 50.0, 32.0, 37.0)), WINDOW)


def _cabbage(x, y, px, g):
    r = 3.0 + 4.0 * g
    outer = R.coverage(R.ellipse_sdf(x - px, y - (BASE_Y - 0.4 * r), 1.5 * r, 0.55 * r))
    head = R.coverage(np.hypot(x - px, y - (BASE_Y - 0.9 * r)) - r)
    veins = R.coverage(np.abs(np.abs(x - px) - 0.45 * r) - 0.35) * head
    return ((outer, LEAF), (head, CABBAGE), (0.4 * veins, LEAF))


def _sunflower(x, y, px, g):
    h, r = 10.0 + 22.0 * g, 2.0 + 2.5 * g
    top = BASE_Y - h
    stem = R.coverage(R.segment_sdf(x, y, px, BASE_Y, px, top) - 0.8)
    leaves = R.coverage(np.minimum(R.ellipse_sdf(x - px - 2.5, y - (BASE_Y - 0.4 * h), 2.6, 1.1),
                                   R.ellipse_sdf(x - px + 2.5, y - (BASE_Y - 0.6 * h), 2.6, 1.1)))
    petals = R.coverage(np.hypot(x - px, y - top) - r - 2.0)
    seeds = R.coverage(np.hypot(x - px, y - top) - r)
    return ((stem, STEM), (leaves, LEAF), (petals, PETAL), (seeds, SEEDS))


def _tomato(x, y, px, g):
    h = 9.0 + 20.0 * g
    top = BASE_Y - h
    cane = R.coverage(R.segment_sdf(x, y, px + 1.2, BASE_Y, px + 1.2, top - 1.5) - 0.6)
    bush = np.full(np.broadcast_shapes(x.shape, y.shape, g.shape), np.inf, np.float32)
    fruit = bush.copy()
    for t, side in ((0.2, -1.0), (0.5, 1.0), (0.8, -1.0)):
        cy = BASE_Y - t * h
        np.minimum(bush, R.ellipse_sdf(x - px, y - cy, 2.5 + 2.5 * g, 1.6 + 1.4 * g), out=bush)
        np.minimum(fruit, np.hypot(x - px - side * (1.2 + 1.5 * g), y - cy - 1.0) - (1.0 + 0.8 * g), out=fruit)
    return ((cane, CANE), (R.coverage(bush), LEAF), (R.coverage(fruit), FRUIT))


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    _shed(img, x, y, f[:, 2])
    # the soil: dry to wet, with ridges along it and, when wet, puddles
    w = f[:, 3:4]
    soil = DRY[None] + (WET - DRY)[None] * w
    R.over(img, R.below(SOIL_Y, n), soil)
    ridges = np.abs(((y - SOIL_Y) % 4.0) - 2.0) - 0.6
    R.over(img, 0.22 * R.coverage(ridges) * R.below(SOIL_Y + 1.0, 1), (0.0, 0.0, 0.0))
    puddles = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for px, py, rx, ry in PUDDLES:
        np.minimum(puddles, R.ellipse_sdf(x - px, y - py, rx, ry), out=puddles)
    R.over(img, R.col(np.clip(2.0 * f[:, 3] - 1.0, 0.0, 1.0)) * R.coverage(puddles), PUDDLE)
    # the crop
    g, crop = R.col(f[:, 0]), f[:, 1].astype(int)
    for code, plant in enumerate((_cabbage, _sunflower, _tomato)):
        which = crop == code
        if not which.any():
            continue
        part, gg = img[which], g[which]
        for px in PLANTS_X:
            for alpha, colour in plant(x, y, px, gg):
                R.over(part, alpha, colour)
        img[which] = part
    return R.to_uint8(img)


def render(growth: float, crop: float, shed_hue: float, wetness: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[growth, crop, shed_hue, wetness]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("allotment", arg, n, seed, FACTORS, sample_factors, _draw)
