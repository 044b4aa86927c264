"""`orchard`: a row of three fruit trees on a grassy hillside under the sky, seen from the side
(64x64 RGB).

Three fruit trees, each a brown trunk under a round leafy crown, stand evenly spaced across a
green hillside whose top edge runs straight across the image, rising to the right. Round fruit
hang in the crowns, all of one colour. A sun hangs in the sky between the right-hand trees; the
sky runs from a warm orange glow near the horizon when the sun is low to a clear blue when it is
high, and the whole scene is dimmer when the sun is low. Factors: how ripe the fruit are (their
colour from unripe green through yellow and orange to ripe red), how many fruit hang on each
tree (3, 6 or 9), how high the sun is in the sky (low and dim to high and bright) and how steeply
the hillside rises to the right (the trees stand on it, so the right-hand trees stand higher).
The trees' size and spacing, the fruits' size and places in the crowns and the grass stay fixed;
the trees always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("ripeness", "how ripe the fruit are (unripe green to ripe red)", "continuous"),
    Factor("fruit_count", "how many fruit hang on each tree", "categorical", ("3", "6", "9")),
    Factor("sun_height", "how high the sun is in the sky (low and dim to high and bright)", "continuous"),
    Factor("slope", "how steeply the hillside rises to the right (level to steep)", "continuous"),
)
# ripeness: 0..1 is a fruit hue of 0.3..0 of the colour wheel (green, yellow, orange, red);
# fruit_count: 0..2 is 3, 6 or 9 fruit per tree (the first 3, 6 or 9 of FRUIT, 2.5 px in radius); sun_height: 0..1
# puts the sun's middle at y = 32..8 px, blends the sky from its dusk to its day colours and
# lights the scene at 0.6..1 of full brightness; slope: 0..0.4 px of rise per px to the right of
# the middle (the hill's edge is at y = 50 px in the middle of the image)
RANGES = ((0.0, 1.0), (0, 2), (0.0, 1.0), (0.0, 0.4))
DUSK_TOP, DUSK_BOTTOM = np.array((0.42, 0.42, 0.62)), np.array((0.98, 0.62, 0.38))
DAY_TOP, DAY_BOTTOM = np.array((0.32, 0.58, 0.92)), np.array((0.7, 0.85, 0.97))
SUN_LOW, SUN_HIGH = np.array((1.0, 0.55, 0.25)), np.array((1.0, 0.97, 0.78))
GRASS, GRASS_DARK, TRUNK, CROWN, CROWN_DARK = (0.35, 0.58, 0.22), (0.28, 0.48, 0.17), (0.38, 0.24, 0.13), \
    (0.2, 0.47, 0.17), (0.13, 0.34, 0.11)
TREES_X, MID_Y, TRUNK_H, CROWN_R, FRUIT_R = (12.0, 32.0, 52.0), 50.0, 15.0, 9.5, 2.5
SUN_X, SUN_R = 42.0, 5.0
FRUIT = ((-5.0, -4.6), (5.3, 0.4), (-0.6, 5.4), (0.4, -5.4), (-5.4, 0.6), (5.0, 5.0),
         (5.2, -5.0), (-5.0, 5.2), (0.2, 0.0))  # px from the crown's middle, in the order they appear


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    h = f[:, 2]
    t = np.clip(y / 50.0, 0.0, 1.0)[None]  # (1, 1, H, 1)
    top = DUSK_TOP[None] + (DAY_TOP - DUSK_TOP)[None] * h[:, None]
    bottom = DUSK_BOTTOM[None] + (DAY_BOTTOM - DUSK_BOTTOM)[None] * h[:, None]
    img = (top[:, :, None, None] + (bottom - top)[:, :, None, None] * t).astype(np.float32)
    img = np.ascontiguousarray(np.broadcast_to(img, (n, 3, R.SIZE, R.SIZE)))
    sun = SUN_LOW[None] + (SUN_HIGH - SUN_LOW)[None] * h[:, None]
    R.over(img, R.coverage(np.hypot(x - SUN_X, y - R.col(32 - 24 * h)) - SUN_R), sun)
    # the hillside, with a few darker tufts
    k = R.col(f[:, 3])
    edge = MID_Y - k * (x - 32.0)
    R.over(img, R.coverage(edge - y), GRASS)
    tufts = np.abs(((x + 3.0 * y) % 9.0) - 4.5) - 0.7
    R.over(img, 0.6 * R.coverage(np.maximum(tufts, edge + 3.0 - y)), GRASS_DARK)
    # the trees, each on the hill at its place, and their fruit
    ripe = R.hsv(0.3 * (1.0 - f[:, 0]), 0.85, 0.88)
    count = R.col(3 * (f[:, 1] + 1))
    for tx in TREES_X:
        base = MID_Y + 1.5 - k * (tx - 32.0)
        cy = base - TRUNK_H - CROWN_R + 3.0
        c0, c1 = int(tx - CROWN_R - 1.0), int(tx + CROWN_R + 2.0)  # the columns the tree can reach
        part, xs = img[:, :, :, c0:c1], x[:, :, c0:c1]
        trunk = R.box_sdf(xs - tx, y - (base - TRUNK_H / 2), 1.6, TRUNK_H / 2)
        R.over(part, R.coverage(trunk), TRUNK)
        crown = np.hypot(xs - tx, y - cy) - CROWN_R
        R.over(part, R.coverage(crown), CROWN)
        R.over(part, R.coverage(np.maximum(crown, -(np.hypot(xs - tx + 2.0, y - cy + 2.0) - CROWN_R + 1.5))),
               CROWN_DARK)
        fruit = np.full((n, R.SIZE, c1 - c0), np.inf, np.float32)
        for i, (fx, fy) in enumerate(FRUIT):
            d = np.hypot(xs - (tx + fx), y - (cy + fy)) - FRUIT_R
            np.minimum(fruit, np.where(count > i, d, np.inf), out=fruit)
        R.over(part, R.coverage(fruit), ripe)
    img *= R.col(0.6 + 0.4 * h)[:, None]
    return R.to_uint8(img)


def render(ripeness: float, fruit_count: float, sun_height: float, slope: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[ripeness, fruit_count, sun_height, slope]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("orchard", arg, n, seed, FACTORS, sample_factors, _draw)
