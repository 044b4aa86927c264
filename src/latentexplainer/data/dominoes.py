"""`dominoes`: a row of wooden domino blocks standing on end on a table, toppling one after
another from the left, seen from the side (64x64 RGB).

The blocks stand in an evenly spaced row along the middle of a brown table top, in front of a
dark green wall. Each block is a tall, thin slab of one colour with a darker edge, seen side-on;
the row casts a soft shadow on the table. Toppling runs from the left: a fallen block has
turned to the right about its bottom right corner until its top rests against the next block
(the one being knocked over leans part of the way); the last block of the row always stands.
Factors: how many blocks stand in the row (3, 4 or 5), how far the toppling has run along the
row (none fallen to all but the last), the height of the blocks (short to tall), the gap between
neighbouring blocks (close to far apart) and the hue of the blocks (red through yellow and green
to purple). The blocks' thickness, the row's middle, the wall and the table stay fixed; the whole
row always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

COUNTS = ("3", "4", "5")
FACTORS = (
    Factor("count", "how many dominoes stand in the row (3, 4 or 5)", "categorical", COUNTS),
    Factor("topple", "how far the toppling has run along the row (none to all but the last)", "continuous"),
    Factor("domino_height", "height of the dominoes (short to tall)", "continuous"),
    Factor("gap", "gap between neighbouring dominoes (close to far apart)", "continuous"),
    Factor("domino_hue", "hue of the dominoes (red through yellow and green to purple)", "continuous"),
)
# count: a code into COUNTS; topple: 0..1 is how many of the blocks but the last have fallen
# (k = topple * (count - 1): block i has turned by clip(k - i, 0, 1) of its resting angle,
# arcsin((gap - thickness) / height)); domino_height: 0..1 is a block 18..30 px tall (5 px
# thick); gap: 0..1 puts neighbouring blocks' middles 10..13 px apart, the row's middle at
# x = 32 px; domino_hue: 0..0.8 of the colour wheel (no wrap)
RANGES = ((0, len(COUNTS) - 1), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 0.8))
WALL_TOP, WALL_BOTTOM = (0.14, 0.24, 0.2), (0.22, 0.34, 0.28)
TABLE, TABLE_EDGE = (0.55, 0.38, 0.22), (0.42, 0.28, 0.15)
TABLE_Y, THICK, CX = 52, 5.0, 32.0
ROWS = (TABLE_Y - 32, TABLE_Y + 1)  # the rows the blocks can reach


def _background() -> np.ndarray:
    img = R.vertical_gradient(WALL_TOP, WALL_BOTTOM, TABLE_Y)
    img[:, TABLE_Y:] = np.asarray(TABLE, np.float32)[:, None, None]
    img[:, TABLE_Y + 8:] = np.asarray(TABLE_EDGE, np.float32)[:, None, None]
    return img


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    count = 3 + f[:, 0].astype(int)
    height, gap = 18 + 12 * f[:, 2], 10 + 3 * f[:, 3]
    rest = np.arcsin((gap - THICK) / height)
    fallen = f[:, 1] * (count - 1)
    first = CX - (count - 1) * gap / 2  # the first block's middle
    h = R.col(height)
    shadow, sy = img[:, :, TABLE_Y - 3:TABLE_Y + 4], y[:, TABLE_Y - 3:TABLE_Y + 4] - TABLE_Y
    R.over(shadow, 0.35 * R.coverage(2 * R.ellipse_sdf(x - CX, sy, R.col((count - 1) * gap / 2 + 6), 1.8)), (0, 0, 0))
    r0, r1 = ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    # the blocks: one distance field for them all (each block's own, the nearest wins), painted
    # dark and then, 0.8 px inside, in their colour, so that each keeps a dark edge
    blocks = np.full((n, r1 - r0, R.SIZE), np.inf, np.float32)
    dy = y - TABLE_Y
    for i in range(len(COUNTS) + 2):
        there = i < count
        a = R.col(np.where(there, rest * np.clip(fallen - i, 0.0, 1.0), 0.0))
        # the block's bottom right corner, which it turns about (far off the picture if no block)
        px = R.col(np.where(there, first + i * gap + THICK / 2, -1e3))
        dx = x - px
        c, s = np.cos(a), np.sin(a)
        across, up = dx * c + dy * s, dx * s - dy * c  # across the block (to the right) and up it
        np.minimum(blocks, np.maximum(np.abs(across + THICK / 2) - THICK / 2, np.abs(up - h / 2) - h / 2), out=blocks)
    colour = R.hsv(f[:, 4], 0.72, 0.88)
    R.over(part, R.coverage(blocks), colour * 0.6)
    R.over(part, R.coverage(blocks + 0.8), colour)
    return R.to_uint8(img)


def render(count: float, topple: float, domino_height: float, gap: float, domino_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[count, topple, domino_height, gap, domino_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("dominoes", arg, n, seed, FACTORS, sample_factors, _draw)
