"""`lollipop`: a round lollipop on a thin white stick, standing in a wooden holder on a table
in front of a pale blue wall (64x64 RGB).

A small wooden block sits on the table in the middle of the image; from a hole in its top
rises a thin white stick, about a pixel and a half wide, and at the stick's far end is a flat
round candy of one hue with a darker rim, plain or marked with white: a spiral winding in to
its middle, or rings round it. The stick and the candy lean together about the top of the
block. Factors: how the lollipop leans (to the left, upright, to the right), the length of its
stick (short to long), the size of its candy (small to large), the candy's hue (red through
yellow and green to purple) and the candy's pattern: plain, a spiral or rings. The block, the
stick's width, the wall and the table stay fixed; the whole lollipop always lies inside the
image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("lean", "how the lollipop leans (to the left, upright, to the right)", "continuous"),
    Factor("stick_length", "length of the lollipop's thin stick (short to long)", "continuous"),
    Factor("candy_size", "size of the lollipop's round candy (small to large)", "continuous"),
    Factor("candy_hue", "hue of the candy (red through yellow and green to purple)", "continuous"),
    Factor("swirl", "pattern on the candy (plain, a spiral or rings)", "categorical",
           ("plain", "spiral", "rings")),
)
# lean: -0.4..0.4 radians from upright about the top of the block at (32, 51) px (negative: the
# candy leans to the left); stick_length: 0..1 is 10..20 px of bare stick from the block to the
# candy's edge; candy_size: 0..1 is a candy of radius 8..13 px; candy_hue: 0..0.8 of the colour
# wheel (no wrap); swirl: a code 0..2, the spiral's and the rings' white bands half their spacing
RANGES = ((-0.4, 0.4), (0.0, 1.0), (0.0, 1.0), (0.0, 0.8), (0.0, 2.0))
WALL_TOP, WALL_BOTTOM = np.array((0.6, 0.74, 0.86)), np.array((0.76, 0.84, 0.9))
TABLE, TABLE_EDGE, BLOCK, BLOCK_DARK = (0.62, 0.44, 0.3), (0.45, 0.3, 0.2), (0.78, 0.6, 0.38), (0.52, 0.37, 0.22)
STICK, WHITE = (0.98, 0.97, 0.94), (0.99, 0.98, 0.96)
TABLE_Y, PIVOT_X, PIVOT_Y = 57.0, 32.0, 51.0
BLOCK_HW, STICK_HW = 6.0, 0.75
SPACING = 3.6  # the spiral's and the rings' spacing (px)


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(WALL_TOP, WALL_BOTTOM, TABLE_Y)[None].copy()
    R.over(img, R.below(TABLE_Y, 1), TABLE)
    R.over(img, R.coverage(np.abs(y - TABLE_Y - 0.5) - 0.6), TABLE_EDGE)
    block = R.edges_sdf(x, y, PIVOT_X - BLOCK_HW, PIVOT_X + BLOCK_HW, PIVOT_Y, TABLE_Y + 1)
    R.over(img, R.coverage(block), BLOCK)
    R.over(img, 0.6 * R.coverage(np.maximum(block, y - PIVOT_Y - 1.5)), BLOCK_DARK)  # its top edge
    R.over(img, R.coverage(R.ellipse_sdf(x - PIVOT_X, y - PIVOT_Y - 0.8, 2.0, 0.9)), BLOCK_DARK)  # the hole
    return img[0]


BACKGROUND = _background()


def _length(dx: np.ndarray, dy: np.ndarray) -> np.ndarray:
    """sqrt(dx^2 + dy^2): np.hypot's result, at a fraction of its time on float32 arrays."""
    return np.sqrt(dx * dx + dy * dy)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    a, r = R.col(f[:, 0]), R.col(8 + 5 * f[:, 2])
    reach = R.col(10 + 10 * f[:, 1]) + r  # from the pivot to the candy's middle
    sx, sy = np.sin(a), -np.cos(a)
    cx, cy = PIVOT_X + reach * sx, PIVOT_Y + reach * sy
    stick = R.segment_sdf(x, y, PIVOT_X, PIVOT_Y + 0.5, cx, cy) - STICK_HW
    R.over(img, R.coverage(stick), STICK)
    dx, dy = x - cx, y - cy
    rho = _length(dx, dy)
    colour = R.hsv(f[:, 3], 0.75, 0.92)
    R.over(img, R.coverage(rho - r), colour * 0.7)
    candy = R.coverage(rho - r + 1.0)
    R.over(img, candy, colour)
    code = R.col(f[:, 4])
    turn = np.arctan2(dy, dx) / (2 * np.pi)
    phase = np.where(code == 1, rho / SPACING - turn, rho / SPACING)
    band = np.abs((phase % 1.0) - 0.5) * SPACING - 0.25 * SPACING
    R.over(img, candy * (code > 0) * R.coverage(np.maximum(band, rho - r + 1.5)), WHITE)
    return R.to_uint8(img)


def render(lean: float, stick_length: float, candy_size: float, candy_hue: float, swirl: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[lean, stick_length, candy_size, candy_hue, swirl]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("lollipop", arg, n, seed, FACTORS, sample_factors, _draw)
