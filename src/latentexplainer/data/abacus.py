"""`abacus`: a wooden counting frame standing on a table in front of a pale green wall, seen
from the front (64x64 RGB).

A rectangular wooden frame on two short feet holds thin metal rods, evenly spaced from top to
bottom; on every rod four round beads, shaded darker underneath, sit side by side in one
block. Factors: the number of rods (3 to 6), how far the blocks of beads are slid along their
rods (from against the frame's left side to against its right side; every rod's block slides
together), the size of the beads (their height is capped so that beads on neighbouring rods
never touch), the hue of the beads and the tone of the frame's wood (dark walnut to pale
pine). The frame's size and place, the number of beads on a rod, the rods, the wall and the
table stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("rods", "number of rods in the frame (3 to 6)", "categorical", categories=("3", "4", "5", "6")),
    Factor("bead_slide", "how far the beads are slid along their rods (left to right)", "continuous"),
    Factor("bead_size", "size of the beads (small to large)", "continuous"),
    Factor("bead_hue", "hue of the beads (red through yellow and green to purple)", "continuous"),
    Factor("wood_tone", "tone of the frame's wood (dark to pale)", "continuous"),
)
# rods: codes 0..3 are 3..6 rods, evenly spaced between the frame's inner top and bottom (at
# y = INNER_TOP + (i + 0.5) * spacing); bead_slide: 0..1 moves each block of BEADS beads from
# the inner left edge of the frame to the inner right edge; bead_size: 0..1 gives each bead
# 2 x 2.6..4 px of its rod (drawn BEAD_GAP as wide, leaving a small gap), its half-height 0.85
# times the half of that but at most 0.42 of the rods' spacing; bead_hue: 0..0.8 of the colour wheel (no wrap); wood_tone: 0..1 runs from
# DARK_WOOD to PALE_WOOD
RANGES = ((0.0, 3.0), (0.0, 1.0), (0.0, 1.0), (0.0, 0.8), (0.0, 1.0))
RODS = np.array((3.0, 4.0, 5.0, 6.0), np.float32)
BEADS = 4
WALL, TABLE, ROD, FOOT_SHADOW = (0.78, 0.84, 0.76), (0.55, 0.42, 0.3), (0.55, 0.56, 0.6), (0.2, 0.15, 0.1)
DARK_WOOD, PALE_WOOD = np.array((0.3, 0.17, 0.09)), np.array((0.87, 0.7, 0.47))
TABLE_Y = 58.0
OUTER = (6.0, 58.0, 7.0, 53.0)  # the frame's outer left, right, top and bottom edges
INNER = (10.0, 54.0, 11.0, 49.0)  # and its inner ones
INNER_TOP, INNER_H, INNER_W = INNER[2], INNER[3] - INNER[2], INNER[1] - INNER[0]
FEET = (13.0, 51.0)  # the feet's middles, under the frame
BEAD_GAP = 0.88  # a bead's drawn half-width, of its share of the block


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, R.below(TABLE_Y, 1), TABLE)
    R.over(img, 0.4 * R.coverage(R.ellipse_sdf(x - 32.0, y - TABLE_Y - 0.5, 28.0, 1.6)), FOOT_SHADOW)
    return img[0]


def _frame() -> np.ndarray:
    """Coverage (1, H, W) of the frame and its feet."""
    x, y = R.grid()
    frame = np.maximum(R.edges_sdf(x, y, *OUTER), -R.edges_sdf(x, y, *INNER))
    for fx in FEET:
        frame = np.minimum(frame, R.edges_sdf(x, y, fx - 2.5, fx + 2.5, OUTER[3] - 1.0, TABLE_Y))
    return R.coverage(frame)


BACKGROUND, FRAME = _background(), _frame()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    wood = DARK_WOOD[None] + (PALE_WOOD - DARK_WOOD)[None] * f[:, 4:5]
    R.over(img, np.broadcast_to(FRAME, (n, R.SIZE, R.SIZE)), wood)
    # the rods, and on each the block of beads: every pixel looks at its nearest rod and bead
    spacing = R.col(INNER_H / RODS[f[:, 0].astype(int)])
    rod_y = INNER_TOP + (np.floor((y - INNER_TOP) / spacing) + 0.5) * spacing  # (n, H, 1)
    rod_y = np.clip(rod_y, INNER_TOP + 0.5 * spacing, INNER[3] - 0.5 * spacing)
    inside = R.coverage(np.abs(x - (INNER[0] + INNER[1]) / 2) - INNER_W / 2 - 0.5)
    R.over(img, inside * R.coverage(np.abs(y - rod_y) - 0.6), ROD)
    bw = R.col(2.6 + 1.4 * f[:, 2])
    start = INNER[0] + R.col(f[:, 1]) * (INNER_W - 2 * BEADS * bw)
    k = np.clip(np.floor((x - start) / (2 * bw)), 0, BEADS - 1)  # (n, 1, W)
    ry = np.minimum(0.85 * bw, 0.42 * spacing)
    bead = R.coverage(R.ellipse_sdf(x - (start + (2 * k + 1) * bw), y - rod_y, BEAD_GAP * bw, ry))
    R.over(img, bead, R.hsv(f[:, 3], 0.75, 0.85))
    R.over(img, 0.4 * bead * np.clip((y - rod_y) / ry, 0.0, 1.0), (0.0, 0.0, 0.0))
    sx, sy = x - (start + (2 * k + 0.7) * bw), y - rod_y + 0.45 * ry  # a shine up on each bead's left
    R.over(img, 0.45 * bead * R.coverage(np.sqrt(sx * sx + sy * sy) - 0.3 * ry), (1.0, 1.0, 1.0))
    return R.to_uint8(img)


def render(rods: float, bead_slide: float, bead_size: float, bead_hue: float, wood_tone: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[rods, bead_slide, bead_size, bead_hue, wood_tone]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("abacus", arg, n, seed, FACTORS, sample_factors, _draw)
