"""`glover`: a glover's cutting table, a newly sewn leather glove laid out flat beside a tape
measure, seen from above (64x64 RGB).

The table top is pale cutting paper ruled with a faint grid; a yellow tape measure with dark
marks runs along its bottom edge and a pair of dark shears lies in the top right corner. In the
middle lies a glove, palm down, fingers pointing up the table: a rounded palm, four fingers and a
thumb out to the left, with a gauntlet cuff below the wrist, a little darker than the glove and
edged with a line of pale stitching where it meets the hand. Factors: how far the glove is turned
on the table (its fingers leaning left, straight up, or leaning right; it turns about the middle
of its palm), the size of the glove (small to large), the leather it is made of (tan, black or
red) and how long its cuff is (short to long). The table, the tape measure and the shears stay
fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("glove_turn", "how far the glove is turned on the table (left, straight, right)", "continuous"),
    Factor("glove_size", "size of the glove (small to large)", "continuous"),
    Factor("leather", "the leather the glove is made of (tan, black or red)", "categorical",
           ("tan", "black", "red")),
    Factor("cuff_length", "length of the glove's cuff below the wrist (short to long)", "continuous"),
)
# glove_turn: -0.45..0.45 radians from straight up (negative: the fingers lean to the left);
# glove_size: 0..1 scales the glove by 0.75..1.1 about its palm's middle at (32, 29) px;
# leather: a code 0..2 for LEATHERS; cuff_length: 0..1 is a cuff 2..14 px long (before scaling)
RANGES = ((-0.45, 0.45), (0.0, 1.0), (0.0, 2.0), (0.0, 1.0))
PAPER, GRID, TAPE, MARK, SHEARS = (0.92, 0.9, 0.82), (0.8, 0.8, 0.74), (0.95, 0.8, 0.25), (0.2, 0.18, 0.15), \
    (0.25, 0.26, 0.3)
STITCH = (0.96, 0.94, 0.86)
LEATHERS = np.array(((0.72, 0.48, 0.26), (0.13, 0.12, 0.12), (0.72, 0.12, 0.12)), np.float32)
CX, CY = 32.0, 29.0
PALM_HX, PALM_HY = 7.0, 7.0
FINGERS = ((-5.25, 9.0), (-1.75, 11.0), (1.75, 10.5), (5.25, 8.0))  # across the palm, and length
FINGER_HW = 1.7


def _scene():
    x, y = R.grid()
    img = R.canvas(1, PAPER)
    R.over(img, 0.6 * R.coverage(np.minimum(np.abs(x % 8.0 - 4.0), np.abs(y % 8.0 - 4.0)) - 0.35), GRID)
    R.over(img, R.coverage(R.edges_sdf(x, y, -1.0, 65.0, 57.0, 63.0)), TAPE)
    marks = np.maximum(np.abs(x % 4.0 - 2.0) - 0.4, np.maximum(57.0 - y, y - (59.0 + 2.0 * (x % 16.0 < 4.0))))
    R.over(img, R.coverage(marks), MARK)
    shears = np.minimum(R.segment_sdf(x, y, 50.0, 3.0, 61.0, 14.0) - 0.9, R.segment_sdf(x, y, 61.0, 3.0, 50.0, 14.0) - 0.9)
    shears = np.minimum(shears, np.abs(np.hypot(x - 50.0, y - 14.0) - 2.2) - 0.7)
    shears = np.minimum(shears, np.abs(np.hypot(x - 61.0, y - 14.0) - 2.2) - 0.7)
    R.over(img, R.coverage(shears), SHEARS)
    return img[0]


SCENE = _scene()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    a, s = R.col(f[:, 0]), R.col(0.75 + 0.35 * f[:, 1])
    # glove coordinates, in unscaled px: u to the glove's right, v down towards its cuff
    u = ((x - CX) * np.cos(a) + (y - CY) * np.sin(a)) / s
    v = (-(x - CX) * np.sin(a) + (y - CY) * np.cos(a)) / s
    hand = R.box_sdf(u, v, PALM_HX - 2.0, PALM_HY - 2.0) - 2.0
    for fu, length in FINGERS:
        hand = np.minimum(hand, R.segment_sdf(u, v, fu, -PALM_HY + 1.0, fu, -PALM_HY - length) - FINGER_HW)
    hand = np.minimum(hand, R.segment_sdf(u, v, -PALM_HX + 1.0, 1.0, -PALM_HX - 5.5, -5.0) - 2.0)
    length = R.col(2.0 + 12.0 * f[:, 3])
    cuff = np.maximum(np.abs(u) - (PALM_HX + 0.15 * (v - PALM_HY)), np.maximum(PALM_HY - 1.0 - v, v - PALM_HY - length))
    colour = LEATHERS[f[:, 2].astype(int)]
    R.over(img, R.coverage(cuff * s), colour * 0.8)
    R.over(img, R.coverage(hand * s), colour)
    seams = np.minimum(np.abs(np.abs(u) - 3.5) - 0.3, np.abs(u)) + np.maximum(v + PALM_HY, 0.0) * 10.0
    R.over(img, 0.5 * R.coverage(np.maximum(seams * s, hand * s)), colour * 0.55)  # between the fingers
    stitch = np.maximum(np.abs(v - PALM_HY - 0.5) - 0.45, np.abs(u) - PALM_HX + 0.5)
    stitch = np.maximum(stitch, np.abs(u % 2.0 - 1.0) - 0.6)
    R.over(img, R.coverage(stitch * s), STITCH)
    return R.to_uint8(img)


def render(glove_turn: float, glove_size: float, leather: float, cuff_length: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[glove_turn, glove_size, leather, cuff_length]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("glover", arg, n, seed, FACTORS, sample_factors, _draw)
