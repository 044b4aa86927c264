"""`ropeswing`: a tyre swing hanging on a rope from the branch of a big tree on a river bank,
seen from the side (64x64 RGB).

A thick brown trunk rises at the left edge of the image from a grassy bank; a long branch
reaches from it to the right across the top of the image, under a canopy of leaves. A single
rope hangs from a knot on the branch and holds an old tyre, painted one colour, by its top.
Behind, a river runs across the lower part of the image between the near bank and a green far
bank under a pale sky. Factors: how far the swing is swung (from out to the left, through
hanging straight down, to out to the right), how long the rope is (the tyre hangs high or low
over the water), the hue of the tyre's paint (the whole colour wheel, coming round to where it
began) and the colour of the leaves (from summer green to autumn orange). The tree, the knot,
the tyre's size, the river and the banks stay fixed; the whole swing always lies inside the
image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("swing_angle", "how far the swing is swung (out to the left to out to the right)", "continuous"),
    Factor("rope_length", "length of the swing's rope (short to long)", "continuous"),
    Factor("tyre_hue", "hue of the tyre's paint", "cyclic", period=1.0),
    Factor("leaf_colour", "colour of the tree's leaves (summer green to autumn orange)", "continuous"),
)
# swing_angle: -0.5..0.5 radians of the rope from hanging straight down (negative: the tyre is
# out to the left); rope_length: 0..1 is a rope 14..30 px long from the knot at (35, 12) px to
# the top of the tyre (outer radius 7 px); tyre_hue: 0..1 of the colour wheel, a whole turn
# (0 and 1 are the same red); leaf_colour: 0..1 turns the leaves' hue from 0.3 (green) to 0.07
# (orange) of the colour wheel
RANGES = ((-0.5, 0.5), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.55, 0.74, 0.93)), np.array((0.82, 0.9, 0.96))
FAR_BANK, RIVER, RIVER_LIGHT, BANK = (0.36, 0.56, 0.3), (0.24, 0.42, 0.6), (0.42, 0.6, 0.76), (0.3, 0.48, 0.2)
BARK, BARK_DARK, ROPE, TYRE_INSIDE = (0.4, 0.27, 0.16), (0.28, 0.18, 0.1), (0.78, 0.68, 0.48), (0.12, 0.11, 0.1)
KNOT_X, KNOT_Y = 35.0, 12.0
TYRE_R, TYRE_HOLE = 7.0, 3.4
RIVER_TOP = 44.0
LEAVES = ((8.0, 3.0, 12.0, 7.0), (24.0, 1.0, 11.0, 6.0), (40.0, 2.0, 10.0, 5.0), (55.0, 1.0, 11.0, 7.0),
          (16.0, 10.0, 6.0, 5.0), (28.0, 9.0, 5.0, 4.5), (47.0, 9.0, 6.0, 4.0), (60.0, 10.0, 5.0, 5.5))  # the canopy's clumps


def _scene():
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, RIVER_TOP)[None].copy()
    R.over(img, R.below(RIVER_TOP - 4, 1), FAR_BANK)
    R.over(img, R.below(RIVER_TOP, 1), RIVER)
    ripples = np.maximum(np.abs(((y - RIVER_TOP) % 4.0) - 2.0) - 0.45, RIVER_TOP + 2.0 - y)
    R.over(img, 0.6 * R.coverage(ripples) * (np.sin(x * 0.5 + y) > 0.2), RIVER_LIGHT)
    R.over(img, R.coverage((50.0 + 0.35 * x - y) / 1.06), BANK)  # the near bank, sloping down to the water
    leaves = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for cx, cy, rx, ry in LEAVES:
        np.minimum(leaves, R.ellipse_sdf(x - cx, y - cy, rx, ry), out=leaves)
    # the trunk, flaring towards its foot, and the branch, thinning towards its tip
    trunk = np.maximum(np.abs(x - 4.5) - 3.5 - 0.12 * np.maximum(y - 44.0, 0.0), y - 58.0)
    wood = np.minimum(trunk, R.segment_sdf(x, y, 4.0, 13.0, 60.0, 10.0) - (2.2 - 0.02 * x))
    bark = 0.6 * R.coverage(np.maximum(np.abs(((y + 2.0 * np.sin(x)) % 7.0) - 3.5) - 2.9, trunk + 1.0))
    return img[0], R.coverage(leaves), R.coverage(wood), bark


SCENE, LEAF_COVER, WOOD_COVER, BARK_LINES = _scene()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    a, length = R.col(f[:, 0]), R.col(14 + 16 * f[:, 1])
    # the rope, from the knot to the top of the tyre, then the tyre hanging from it
    ex, ey = KNOT_X + length * np.sin(a), KNOT_Y + length * np.cos(a)
    cx, cy = ex + TYRE_R * np.sin(a), ey + TYRE_R * np.cos(a)
    rope = R.segment_sdf(x, y, KNOT_X, KNOT_Y, ex + 0.5 * np.sin(a), ey + 0.5 * np.cos(a)) - 0.9
    R.over(img, R.coverage(rope), ROPE)
    rho = np.hypot(x - cx, y - cy)
    paint = R.hsv(f[:, 2], 0.8, 0.88)
    R.over(img, R.coverage(rho - TYRE_R), paint * 0.55)
    R.over(img, R.coverage(np.abs(rho - (TYRE_R + TYRE_HOLE) / 2) - (TYRE_R - TYRE_HOLE) / 2 + 1.0), paint)
    R.over(img, R.coverage(rho - TYRE_HOLE), TYRE_INSIDE)
    # the tree over it: the canopy, the branch and the trunk, the knot on the branch
    leaves = R.hsv(0.3 - 0.23 * f[:, 3], 0.78, 0.62)
    R.over(img, LEAF_COVER, leaves)
    R.over(img, WOOD_COVER, BARK)
    R.over(img, BARK_LINES, BARK_DARK)
    knot = np.hypot(x - KNOT_X, y - KNOT_Y) - 1.8
    return R.to_uint8(R.over(img, R.coverage(knot), ROPE))


def render(swing_angle: float, rope_length: float, tyre_hue: float, leaf_colour: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[swing_angle, rope_length, tyre_hue, leaf_colour]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("ropeswing", arg, n, seed, FACTORS, sample_factors, _draw)
