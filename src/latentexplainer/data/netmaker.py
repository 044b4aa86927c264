"""`netmaker`: a fishing net hung to dry from a rope between two poles on a harbour quay, cork
floats threaded along the rope, crates of fish on the quay and the sea behind, seen from the
front (64x64 RGB).

A pale sky runs down to a blue sea; a grey stone quay fills the bottom of the image. Two
wooden poles stand on the quay at the left and right, a rope tied between their tops. A
brown net hangs from the rope, spread from the left pole towards the right, its twine knotted
in a diamond mesh; four red cork floats hang on the rope. Dark wooden crates full of silver
fish stand in a row on the quay in front, placed from the left. Factors: how far along the rope
the net has been spread (from a narrow strip by the left pole to the right pole), how coarse its
mesh is (fine to coarse), how many crates of fish stand on the quay (1 to 3) and how much
daylight there is (a dim evening to bright day: the whole scene darkens or lightens). The sky,
the sea, the quay, the poles, the rope and its floats stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("net_length", "how far along the rope the net is spread (narrow to wide)", "continuous"),
    Factor("mesh_size", "how coarse the net's mesh is (fine to coarse)", "continuous"),
    Factor("crates", "how many crates of fish stand on the quay (1 to 3)", "categorical", ("1", "2", "3")),
    Factor("daylight", "how much daylight there is (dim evening to bright day)", "continuous"),
)
# net_length: 0..1 puts the net's right edge at x = 20..54 px (its left edge at the left pole,
# x = 9 px); mesh_size: 0..1 is a mesh of 2.6..7 px between the twines; crates: a code 0..2 for
# 1..3 crates, at CRATES from the left; daylight: 0..1 scales the whole image by 0.35..1
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 2.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.55, 0.72, 0.92)), np.array((0.82, 0.88, 0.95))
SEA, SEA_DARK = (0.2, 0.42, 0.62), (0.14, 0.32, 0.5)
STONE, STONE_JOINT = (0.6, 0.6, 0.58), (0.42, 0.42, 0.4)
POLE, ROPE, TWINE, CORK = (0.42, 0.28, 0.16), (0.78, 0.7, 0.5), (0.36, 0.2, 0.1), (0.88, 0.24, 0.1)
CRATE, SLAT, FISH = (0.3, 0.18, 0.09), (0.18, 0.1, 0.05), (0.78, 0.82, 0.88)
HORIZON, QUAY_Y = 28.0, 46.0
POLES = (8.0, 56.0)
ROPE_Y, NET_LEFT, NET_BOTTOM = 11.0, 9.0, 44.0
FLOATS = (17.0, 28.0, 39.0, 50.0)
FLOAT_RX, FLOAT_RY = 3.6, 3.0
CRATES = (13.0, 30.0, 47.0)
CRATE_HW, CRATE_TOP, CRATE_BOTTOM = 7.5, 50.0, 62.0


def _scene():
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, HORIZON)[None].copy()
    R.over(img, R.below(HORIZON, 1), SEA)
    waves = np.maximum(np.abs(((y - HORIZON) % 4.0) - 2.0) - 0.4, HORIZON + 1.0 - y)
    R.over(img, 0.6 * R.coverage(np.maximum(waves, np.abs(((x + 3 * y) % 9.0) - 4.5) - 2.5)), SEA_DARK)
    R.over(img, R.below(QUAY_Y, 1), STONE)
    course = np.floor((y - QUAY_Y) / 6.0)
    joints = np.minimum(np.abs(((y - QUAY_Y) % 6.0) - 0.3), np.abs(((x + 5 * course) % 12.0) - 0.3))
    R.over(img, R.coverage(np.maximum(joints - 0.45, QUAY_Y + 0.5 - y)), STONE_JOINT)
    poles = np.min([R.edges_sdf(x, y, px - 1.3, px + 1.3, ROPE_Y - 4.0, QUAY_Y + 3.0) for px in POLES], 0)
    R.over(img, R.coverage(poles), POLE)
    R.over(img, R.coverage(R.segment_sdf(x, y, POLES[0], ROPE_Y, POLES[1], ROPE_Y) - 0.7), ROPE)
    return img[0]


SCENE = _scene()


def _floats():
    x, y = R.grid()
    return R.coverage(np.min([R.ellipse_sdf(x - fx, y - ROPE_Y, FLOAT_RX, FLOAT_RY) for fx in FLOATS], 0))


def _crates():
    x, y = R.grid()
    out = []
    for cx in CRATES:
        box = R.edges_sdf(x, y, cx - CRATE_HW, cx + CRATE_HW, CRATE_TOP, CRATE_BOTTOM)
        slats = np.maximum(np.abs(((y - CRATE_TOP) % 4.0) - 2.0) - 1.5, box + 0.5)
        fish = np.min([R.ellipse_sdf(x - cx - dx, y - CRATE_TOP + 0.5, 3.2, 1.6) for dx in (-3.8, 0.0, 3.8)], 0)
        out.append((R.coverage(box), R.coverage(slats), R.coverage(fish)))
    return out


FLOAT_COVER = _floats()
CRATE_COVERS = _crates()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the net: a diamond mesh of twine inside the box it is spread over, its edges corded
    right = R.col(20.0 + 34.0 * f[:, 0])
    mesh = R.col(2.6 + 4.4 * f[:, 1])
    a, b = (x + y) % mesh, (x - y + R.SIZE) % mesh
    twine = np.minimum(np.minimum(a, mesh - a), np.minimum(b, mesh - b)) * np.float32(0.7071) - 0.5
    box = R.edges_sdf(x, y, NET_LEFT, right, ROPE_Y, NET_BOTTOM)
    R.over(img, R.coverage(np.maximum(twine, box)), TWINE)
    R.over(img, R.coverage(np.abs(box) - 0.6), TWINE)
    R.over(img, FLOAT_COVER, CORK)
    # the crates of fish, from the left
    count = f[:, 2].astype(int)
    for i, (box, slats, fish) in enumerate(CRATE_COVERS):
        on = (count >= i).astype(np.float32)[:, None, None]
        R.over(img, on * box, CRATE)
        R.over(img, on * slats, SLAT)
        R.over(img, on * fish, FISH)
    img *= R.col(0.35 + 0.65 * f[:, 3])[:, None]
    return R.to_uint8(img)


def render(net_length: float, mesh_size: float, crates: float, daylight: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[net_length, mesh_size, crates, daylight]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("netmaker", arg, n, seed, FACTORS, sample_factors, _draw)
