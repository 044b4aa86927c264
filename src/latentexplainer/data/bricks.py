"""`bricks`: a close-up of a brick wall that fills the whole image, seen straight on (64x64 RGB).

Courses of bricks, each brick two and a half times as long as it is tall, are laid in
horizontal rows with mortar joints between them; every other course is shifted along from
the one below. Each brick's face is a little lighter at the top than at the bottom, and each
brick has its own slightly different shade, fixed by where it lies in the wall. Factors: the
number of courses in the image's height (4, 6 or 8: big bricks seen close to small bricks
seen from further away), how far every other course is shifted (from stacked, the joints in
line, to half a brick, a running bond), the width of the mortar joints, the hue of the bricks
(deep red to ochre) and the lightness of the mortar (dark grey to pale). The wall's
alignment, the bricks' saturation and the per-brick shades stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor(
        "courses",
        "number of courses of bricks in the image's height (4, 6 or 8)",
        "categorical",
        categories=("4", "6", "8"),
    ),
    Factor("bond_shift", "how far every other course is shifted (stacked to half a brick)", "continuous"),
    Factor("mortar_width", "width of the mortar joints (thin to thick)", "continuous"),
    Factor("brick_hue", "hue of the bricks (deep red to ochre)", "continuous"),
    Factor("mortar_tone", "lightness of the mortar (dark grey to pale)", "continuous"),
)
# courses: codes 0..2 are 4, 6 or 8 courses, bricks 16, 10.7 or 8 px tall (joint to joint) and
# LENGTH times as long; bond_shift: 0..0.5 of a brick's length by which the odd courses are
# shifted to the left; mortar_width: 0..1 is a joint 0.8..3.2 px wide; brick_hue: 0..0.11 of the
# colour wheel; mortar_tone: 0..1 is a mortar grey of lightness 0.3..0.9
RANGES = ((0.0, 2.0), (0.0, 0.5), (0.0, 1.0), (0.0, 0.11), (0.0, 1.0))
COURSES = np.array((4.0, 6.0, 8.0), np.float32)
LENGTH = 2.5
X0 = 3.0  # the joints of the even courses fall at x = k * length - X0
SHADES = 0.24  # the spread of the bricks' own shades (x their lightness)
TOP_LIGHT = 0.12  # how much lighter a brick's top edge is than its bottom edge


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    h = R.col(R.SIZE / COURSES[f[:, 0].astype(int)])
    length = LENGTH * h
    row = np.floor(y / h)  # (n, H, 1)
    v = y - row * h
    xs = x + X0 + (row % 2) * R.col(f[:, 1]) * length  # (n, H, W)
    brick = np.floor(xs / length)
    u = xs - brick * length
    joint = np.minimum(np.minimum(u, length - u), np.minimum(v, h - v))
    # each brick's own shade, from a hash of where it lies, and its lighter top edge
    shade = brick * 7.0 + row * 11.0 + 3.0  # small whole numbers: exact in float32
    shade *= shade
    shade -= 17.0 * np.floor(shade / 17.0)  # shade % 17, faster
    shade *= SHADES / 16.0
    shade -= SHADES / 2.0
    shade += 1.0 + TOP_LIGHT * (0.5 - v / h)
    img = R.hsv(f[:, 3], 0.68, 0.6)[:, :, None, None] * shade[:, None]
    grey = R.col(0.3 + 0.6 * f[:, 4])[:, 0]
    mortar = np.concatenate([grey, grey * 0.97, grey * 0.92], 1)  # (n, 3): a little warm
    return R.to_uint8(R.over(img, R.coverage(joint - R.col(0.4 + 1.2 * f[:, 2])), mortar))


def render(courses: float, bond_shift: float, mortar_width: float, brick_hue: float, mortar_tone: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[courses, bond_shift, mortar_width, brick_hue, mortar_tone]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("bricks", arg, n, seed, FACTORS, sample_factors, _draw)
