"""`flower`: a single flower growing in a clay pot on a wooden shelf, in front of a dark wall,
seen from the side (64x64 RGB).

The pot is a small terracotta flowerpot with a thicker rim, in the middle of the image on a
fixed wooden shelf along the bottom. A thin green stem rises straight up from the pot, with
one leaf partway up on its right, to a bloom facing the viewer: a ring of equal oval petals
(each with a slightly darker edge), the first pointing straight up, around a round brown
centre. Factors: the height of the stem (the bloom rises with it), the size of the bloom,
the number of petals and the hue of the petals. The pot, the shelf, the wall, the stem's and
leaf's colours and the centre's colour stay fixed; the leaf stays at the same fraction of
the way up the stem; the whole flower always lies inside the image, and a large bloom on a
short stem hangs in front of the pot's rim.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

COUNTS = ("3", "4", "5", "6")
FACTORS = (
    Factor("stem_height", "height of the flower's stem, raising the bloom (short to tall)", "continuous"),
    Factor("bloom_size", "size of the flower's bloom (small to large)", "continuous"),
    Factor("petal_count", "number of petals on the flower (3 to 6)", "categorical", COUNTS),
    Factor("petal_hue", "hue of the flower's petals", "continuous"),
)
# stem_height: 0..1 is a stem 12..28 px tall above the pot's rim (the bloom's centre at
# y = 38..22 px); bloom_size: 0..1 is a bloom of radius R = 10..16 px (each petal an oval
# from 0.04 R to R out from the centre, 0.72 R wide; the centre a disc of radius 0.3 R);
# petal_count: category codes 0..3 are 3..6 petals, evenly spaced; petal_hue: 0..0.8 of the
# colour wheel (no wrap)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, len(COUNTS) - 1.0), (0.0, 0.8))
WALL = (0.12, 0.13, 0.18)
SHELF = (0.5, 0.35, 0.22)
POT, POT_RIM = (0.74, 0.4, 0.24), (0.8, 0.47, 0.3)
STEM, LEAF = (0.2, 0.5, 0.2), (0.25, 0.6, 0.24)
CENTRE = (0.42, 0.26, 0.1)
CX, SHELF_Y = 32.0, 60.0
RIM_TOP, RIM_BOTTOM, RIM_HW = 50.0, 53.0, 9.5  # the pot's rim
POT_TOP_HW, POT_FOOT_HW = 8.0, 6.0  # the pot's body: half-width below the rim and at the foot
STEM_HW = 1.0
LEAF_AT, LEAF_RX, LEAF_RY, LEAF_ANGLE = 0.4, 4.5, 1.8, -0.6  # fraction up the stem; size; tilt (radians)
PETAL_OUT, PETAL_ALONG, PETAL_ACROSS = 0.52, 0.48, 0.36  # a petal's centre and half-sizes, in R
EDGE = 0.9  # the petals' darker edge, px


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = R.canvas(n, WALL)
    shelf = R.below(SHELF_Y, n)
    img = R.over(img, shelf, SHELF)
    # the stem and its leaf
    length = R.col(12 + 16 * f[:, 0])
    cy = RIM_TOP - length  # the bloom's centre
    stem = np.maximum(np.abs(x - CX) - STEM_HW, np.maximum(cy - y, y - RIM_TOP))
    img = R.over(img, R.coverage(stem), STEM)
    ly = RIM_TOP - LEAF_AT * length
    c, s = np.cos(LEAF_ANGLE), np.sin(LEAF_ANGLE)
    lx0, ly0 = x - (CX + LEAF_RX * c), y - (ly + LEAF_RX * s)
    leaf = R.ellipse_sdf(lx0 * c + ly0 * s, -lx0 * s + ly0 * c, LEAF_RX, LEAF_RY)
    img = R.over(img, R.coverage(leaf), LEAF)
    # the pot: a tapering body under a wider rim
    slope = (POT_TOP_HW - POT_FOOT_HW) / (SHELF_Y - RIM_BOTTOM)
    side = (np.abs(x - CX) - (POT_FOOT_HW + slope * (SHELF_Y - y))) / np.sqrt(1 + slope ** 2)
    body = np.maximum(side, np.maximum(RIM_BOTTOM - 1 - y, y - SHELF_Y))
    img = R.over(img, np.broadcast_to(R.coverage(body), (n, R.SIZE, R.SIZE)), POT)
    rim = R.box_sdf(x - CX, y - (RIM_TOP + RIM_BOTTOM) / 2, RIM_HW, (RIM_BOTTOM - RIM_TOP) / 2)
    img = R.over(img, np.broadcast_to(R.coverage(rim), (n, R.SIZE, R.SIZE)), POT_RIM)
    # the bloom: the petals, then the centre over their inner ends
    r = R.col(10 + 6 * f[:, 1])
    count = R.col(f[:, 2].astype(int) + 3)
    dx, dy = x - CX, y - cy
    edge, inside = R.hsv(f[:, 3], 0.8, 0.62), R.hsv(f[:, 3], 0.8, 0.96)
    for i in range(int(COUNTS[-1])):
        a = -np.pi / 2 + 2 * np.pi * i / count
        along = dx * np.cos(a) + dy * np.sin(a) - PETAL_OUT * r
        across = -dx * np.sin(a) + dy * np.cos(a)
        petal = R.ellipse_sdf(across, along, PETAL_ACROSS * r, PETAL_ALONG * r)
        present = count > i
        img = R.over(img, R.coverage(petal) * present, edge)
        img = R.over(img, R.coverage(petal + EDGE) * present, inside)
    centre = np.sqrt(dx ** 2 + dy ** 2) - 0.3 * r
    return R.to_uint8(R.over(img, R.coverage(centre), CENTRE))


def render(stem_height: float, bloom_size: float, petal_count: float, petal_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8; ``petal_count`` is the category code (0 for 3 petals
    .. 3 for 6)."""
    return _draw(np.array([[stem_height, bloom_size, petal_count, petal_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("flower", arg, n, seed, FACTORS, sample_factors, _draw)
