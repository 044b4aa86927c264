"""`ladder`: a wooden ladder standing against a red brick wall on a concrete floor, seen from
the front (64x64 RGB).

The ladder stands upright, its feet on the grey concrete floor along the bottom of the image:
two pale wooden side rails, straight and parallel, joined by three to six round rungs of a
slightly darker wood, evenly spaced up the ladder (the rails reach a little above the top
rung). Behind it the wall is laid in red bricks of slightly varying shades, in rows offset by
half a brick, with pale grey mortar between them; a dark skirting line runs along the foot of
the wall. Factors: the number of rungs (3 to 6), the ladder's horizontal position along the
wall, the ladder's height (its rungs spread out as it grows) and the thickness of its side
rails (thin to thick). The distance between the rails, the wood's colours, the bricks and
the floor stay fixed; the whole ladder always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

RUNGS = ("3", "4", "5", "6")
FACTORS = (
    Factor("rung_count", "number of rungs on the ladder (3 to 6)", "categorical", RUNGS),
    Factor("ladder_x", "horizontal position of the ladder along the wall (left to right)", "continuous"),
    Factor("ladder_height", "height of the ladder (short to tall)", "continuous"),
    Factor("rail_thickness", "thickness of the ladder's two side rails (thin to thick)", "continuous"),
)
# rung_count: codes 0..3 are 3..6 rungs, rung j = 1..count centred at y = 60 - height * j /
# (count + 1) px, 2.2 px thick;
# ladder_x: 0..1 puts the ladder's middle at x = 16..48 px (the rails' middles 10 px either
# side of it); ladder_height: 0..1 is a ladder 28..50 px tall, its feet at y = 60 px;
# rail_thickness: 0..1 is a rail 1.6..5 px thick
RANGES = ((0.0, len(RUNGS) - 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
BRICK, MORTAR = np.array((0.62, 0.29, 0.21)), np.array((0.78, 0.75, 0.7))
FLOOR, SKIRTING = (0.6, 0.58, 0.55), (0.25, 0.22, 0.2)
RAIL_WOOD, RUNG_WOOD = (0.9, 0.74, 0.46), (0.8, 0.62, 0.32)
BRICK_W, BRICK_H = 10, 5  # px, mortar included
FLOOR_Y, FOOT_Y = 56.0, 60.0
RAIL_GAP = 10.0  # from the ladder's middle to each rail's middle
RUNG_HH = 1.1


def _wall() -> np.ndarray:
    """The brick wall and the floor, (3, H, W): rows of bricks offset by half a brick, each
    brick's shade fixed by a hash of its place."""
    x, y = R.grid()
    row = np.floor(y / BRICK_H)
    shifted = x + (BRICK_W / 2) * (row % 2)
    brick = np.floor(shifted / BRICK_W)
    mortar = ((y % BRICK_H) < 1.0) | ((shifted % BRICK_W) < 1.0)
    shade = 0.85 + 0.25 * ((np.sin(brick * 12.9898 + row * 78.233) * 43758.5453) % 1.0)
    wall = np.where(mortar, MORTAR[:, None, None], BRICK[:, None, None] * shade)
    wall = np.ascontiguousarray(np.broadcast_to(wall, (3, R.SIZE, R.SIZE)), np.float32)
    R.over(wall[None], R.below(FLOOR_Y - 1.0, 1), SKIRTING)
    R.over(wall[None], R.below(FLOOR_Y, 1), FLOOR)
    return wall


WALL = _wall()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = WALL
    count = R.col(f[:, 0] + 3)
    cx, height, rail = R.col(16 + 32 * f[:, 1]), R.col(28 + 22 * f[:, 2]), R.col(0.8 + 1.7 * f[:, 3])
    top = FOOT_Y - height
    u = x - cx
    gap = height / (count + 1)
    j = np.clip(np.round((FOOT_Y - y) / gap), 1, count)  # each pixel's nearest rung
    rungs = R.box_sdf(u, y - (FOOT_Y - gap * j), RAIL_GAP, RUNG_HH)
    img = R.over(img, R.coverage(rungs), RUNG_WOOD)
    rails = R.box_sdf(np.abs(u) - RAIL_GAP, y - (top + FOOT_Y) / 2, rail, height / 2)
    return R.to_uint8(R.over(img, R.coverage(rails), RAIL_WOOD))


def render(rung_count: float, ladder_x: float, ladder_height: float, rail_thickness: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8; ``rung_count`` is the code 0..3 for 3..6 rungs."""
    return _draw(np.array([[rung_count, ladder_x, ladder_height, rail_thickness]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("ladder", arg, n, seed, FACTORS, sample_factors, _draw)
