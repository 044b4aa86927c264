"""`icemaker`: the inside of an ice house, blocks of ice stacked against the back wall, a
hand sledge on the floor and icicles hanging from a roof beam, a door opening on a snowy yard,
seen from the front (64x64 RGB).

Dark blue-grey plank walls and a grey stone floor; a dark wooden beam runs across the top of the
image. At the left, pale blue blocks of ice are stacked one on another on the floor. A wooden
hand sledge with runners stands on the floor, a block of ice on it. At the right a doorway in
the wall; its wooden door swings open inwards, showing the bright white snow and pale sky of
the yard outside. Icicles hang from the beam all along it. Factors: how far the door is open
(shut to wide open), how many blocks are stacked (1 to 4), where the sledge stands along the
floor (left to right) and how long the icicles are (short to long). The walls, the floor, the
beam and the doorway stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("door_open", "how far the door is open on the snowy yard (shut to wide)", "continuous"),
    Factor("blocks", "how many blocks of ice are stacked (1 to 4)", "categorical", ("1", "2", "3", "4")),
    Factor("sledge_x", "where the sledge stands along the floor (left to right)", "continuous"),
    Factor("icicle_length", "how long the icicles on the beam are (short to long)", "continuous"),
)
# door_open: 0..1 narrows the door leaf (hinged at the doorway's right edge) from the doorway's
# full width to 1.5 px, uncovering the yard; blocks: a code 0..3 for 1..4 blocks, stacked up
# from the floor; sledge_x: 0..1 puts the sledge's middle at x = 25..35 px; icicle_length: 0..1
# is icicles 2..15 px long below the beam
RANGES = ((0.0, 1.0), (0.0, 3.0), (0.0, 1.0), (0.0, 1.0))
WALL, WALL_JOINT, FLOOR, FLOOR_JOINT = (0.3, 0.36, 0.44), (0.2, 0.24, 0.3), (0.5, 0.52, 0.54), (0.38, 0.4, 0.42)
BEAM, DOOR, DOOR_PLANK, FRAME = (0.26, 0.18, 0.12), (0.48, 0.32, 0.18), (0.36, 0.23, 0.12), (0.22, 0.15, 0.1)
SNOW, YARD_SKY = (0.96, 0.97, 0.99), (0.78, 0.86, 0.95)
ICE, ICE_EDGE, ICICLE = (0.72, 0.88, 0.96), (0.5, 0.7, 0.84), (0.88, 0.95, 1.0)
WOOD, RUNNER = (0.56, 0.38, 0.2), (0.2, 0.2, 0.22)
BEAM_Y, FLOOR_Y = 8.0, 50.0
DOOR_L, DOOR_R, DOOR_TOP = 41.0, 59.0, 16.0
STACK_L, STACK_R, BLOCK_H = 2.0, 16.0, 8.0
ICICLES = tuple(3.0 + 4.0 * i for i in range(15))  # the icicles' x along the beam


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    planks = np.abs(((x - 1.0) % 6.0) - 3.0) - 2.6
    R.over(img, R.coverage(planks), WALL_JOINT)
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    joints = np.minimum(np.abs(((y - FLOOR_Y) % 5.0) - 0.3), np.abs((x % 11.0) - 0.3)) - 0.45
    R.over(img, R.coverage(np.maximum(joints, FLOOR_Y + 0.5 - y)), FLOOR_JOINT)
    # the doorway: the yard outside, snow under a pale sky, in a dark frame
    R.over(img, R.coverage(R.edges_sdf(x, y, DOOR_L, DOOR_R, DOOR_TOP, FLOOR_Y)), YARD_SKY)
    R.over(img, R.coverage(np.maximum(R.edges_sdf(x, y, DOOR_L, DOOR_R, DOOR_TOP, FLOOR_Y), 36.0 - y)), SNOW)
    frame = R.edges_sdf(x, y, DOOR_L - 1.0, DOOR_R + 1.0, DOOR_TOP - 1.0, FLOOR_Y + 1.0)
    R.over(img, R.coverage(np.abs(frame) - 1.0), FRAME)
    R.over(img, R.coverage(R.edges_sdf(x, y, -1.0, 65.0, BEAM_Y - 9.0, BEAM_Y)), BEAM)
    return img[0]


SCENE = _scene()


def _blocks():
    x, y = R.grid()
    out = []
    for i in range(4):
        box = R.edges_sdf(x, y, STACK_L, STACK_R, FLOOR_Y + 2.0 - BLOCK_H * (i + 1), FLOOR_Y + 2.0 - BLOCK_H * i)
        out.append((R.coverage(box + 0.6), R.coverage(np.abs(box + 0.6) - 0.5)))
    return out


BLOCK_COVERS = _blocks()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the door leaf, hinged at the doorway's right edge, narrowing as it swings open
    left = R.col(DOOR_L + (DOOR_R - DOOR_L - 1.5) * f[:, 0])
    leaf = R.edges_sdf(x, y, left, DOOR_R, DOOR_TOP, FLOOR_Y)
    R.over(img, R.coverage(leaf), DOOR)
    boards = np.maximum(np.abs(((DOOR_R - x) % 4.5) - 2.25) - 1.85, leaf + 0.8)
    R.over(img, R.coverage(boards), DOOR_PLANK)
    # the stack of ice blocks
    count = f[:, 1].astype(int)
    for i, (block, edge) in enumerate(BLOCK_COVERS):
        on = (count >= i).astype(np.float32)[:, None, None]
        R.over(img, on * block, ICE)
        R.over(img, on * edge, ICE_EDGE)
    # the sledge: runners, a wooden bed and a block of ice on it
    sx = R.col(25.0 + 10.0 * f[:, 2])
    runners = np.minimum(R.segment_sdf(x, y, sx - 6.0, 57.0, sx + 6.0, 57.0),
                         R.segment_sdf(x, y, sx + 6.0, 57.0, sx + 7.5, 54.5)) - 0.8
    R.over(img, R.coverage(runners), RUNNER)
    R.over(img, R.coverage(R.edges_sdf(x, y, sx - 6.0, sx + 6.0, 52.0, 55.0)), WOOD)
    R.over(img, R.coverage(np.minimum(R.edges_sdf(x, y, sx - 4.5, sx - 3.0, 55.0, 57.0),
                                      R.edges_sdf(x, y, sx + 3.0, sx + 4.5, 55.0, 57.0))), WOOD)
    ice = R.edges_sdf(x, y, sx - 4.5, sx + 4.5, 44.0, 52.0) + 0.6
    R.over(img, R.coverage(ice), ICE)
    R.over(img, R.coverage(np.abs(ice) - 0.5), ICE_EDGE)
    # the icicles: thin tapering spikes below the beam
    length = R.col(2.0 + 13.0 * f[:, 3])
    s = (y - BEAM_Y) / length  # 0 at the beam, 1 at the tips
    dx = np.min([np.abs(x - ix) for ix in ICICLES], 0)
    icicles = np.maximum(dx - 1.4 * (1.0 - s), np.maximum(y - BEAM_Y - length, BEAM_Y - y))
    return R.to_uint8(R.over(img, R.coverage(icicles), ICICLE))


def render(door_open: float, blocks: float, sledge_x: float, icicle_length: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[door_open, blocks, sledge_x, icicle_length]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("icemaker", arg, n, seed, FACTORS, sample_factors, _draw)
