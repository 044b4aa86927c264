"""`tree`: a lone tree standing in a meadow under a clear sky, seen from the side (64x64 RGB).

The tree stands in the middle of the image, its foot on the grass a little below the
horizon. A brown trunk, slightly wider at its foot, rises to a crown of leaves outlined in
dark green-black, which sits on top of the trunk. The crown is round (a big round mass with
two lobes at its lower corners), pointed (a fir's tall triangle) or columnar (a tall narrow
oval, like a poplar). A soft shadow lies on the grass at the tree's foot; the sky is blue,
paler towards the horizon, and the grass is an olive band along the bottom. Factors: the
shape of the crown, the height of the trunk (the crown rises with it), the size of the crown
(it grows upwards and sideways from the trunk's top) and the hue of the leaves (autumn red
through orange and yellow to green). The trunk's width and colour, the outline, the sky and
the grass stay fixed; the whole tree always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

SHAPES = ("round", "pointed", "columnar")
FACTORS = (
    Factor("crown_shape", "shape of the tree's crown (round, pointed or tall and narrow)", "categorical", SHAPES),
    Factor("trunk_height", "height of the tree's trunk (short to tall)", "continuous"),
    Factor("crown_size", "size of the tree's crown of leaves (small to large)", "continuous"),
    Factor("leaf_hue", "hue of the tree's leaves (autumn red to green)", "continuous"),
)
# crown_shape: category codes 0..2 (round, pointed, columnar); trunk_height: 0..1 is a trunk
# rising 8..18 px from its foot at y = 54 px to the crown's centre line less 0.8 of the crown's
# size; crown_size: 0..1 is a crown size r of 9..15 px (round: 2.4 r wide and 1.9 r tall;
# pointed: 1.9 r wide, 2.15 r tall; columnar: 1.1 r wide, 2.2 r tall); leaf_hue: 0..0.4 of the
# colour wheel (red, orange, yellow, green)
RANGES = ((0.0, len(SHAPES) - 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 0.4))
SKY_TOP, SKY_LOW = np.array((0.42, 0.62, 0.9)), np.array((0.8, 0.88, 0.96))
GRASS, SHADOW = (0.52, 0.58, 0.27), (0.2, 0.26, 0.1)
TRUNK, OUTLINE = (0.4, 0.25, 0.13), (0.1, 0.13, 0.07)
CX, FOOT, HORIZON = 32.0, 54.0, 44.0
FOOT_HW, TOP_HW = 3.0, 2.0  # the trunk's half-width at its foot and its top
OUTLINE_W = 1.0


def _round(u, v):
    main = np.sqrt(u ** 2 + (v + 0.1) ** 2) - 0.9
    lobes = np.sqrt((np.abs(u) - 0.55) ** 2 + (v - 0.25) ** 2) - 0.65
    return np.minimum(main, lobes)


def _pointed(u, v):
    side = (np.abs(u) * 2.15 - (v + 1.35) * 0.95) / np.hypot(2.15, 0.95)
    return np.maximum(side, v - 0.8)


def _columnar(u, v):
    return R.ellipse_sdf(u, v + 0.3, 0.55, 1.1)


SKY = R.vertical_gradient(SKY_TOP, SKY_LOW, HORIZON)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SKY
    img = R.over(img, R.below(HORIZON, n), GRASS)
    shadow = R.ellipse_sdf(x - CX, y - FOOT, 11.0, 1.8)
    img = R.over(img, 0.45 * R.coverage(shadow), SHADOW)
    r = R.col(9 + 6 * f[:, 2])
    yc = FOOT - R.col(8 + 10 * f[:, 1]) - 0.8 * r  # the crown's centre line
    hw = TOP_HW + (FOOT_HW - TOP_HW) * (y - yc) / (FOOT - yc)
    trunk = np.maximum(np.abs(x - CX) - hw, np.maximum(yc - y, y - FOOT))
    img = R.over(img, R.coverage(trunk), TRUNK)
    u, v = (x - CX) / r, (y - yc) / r
    kind = f[:, 0].astype(int)
    crown = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    for code, draw in enumerate((_round, _pointed, _columnar)):
        if (kind == code).any():
            crown = np.where((kind == code)[:, None, None], draw(u, v), crown)
    crown = crown * r
    img = R.over(img, R.coverage(crown), OUTLINE)
    return R.to_uint8(R.over(img, R.coverage(crown + OUTLINE_W), R.hsv(f[:, 3], 0.72, 0.62)))


def render(crown_shape: float, trunk_height: float, crown_size: float, leaf_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8; ``crown_shape`` is the category code (0 round,
    1 pointed, 2 columnar)."""
    return _draw(np.array([[crown_shape, trunk_height, crown_size, leaf_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("tree", arg, n, seed, FACTORS, sample_factors, _draw)
