"""`aviary`: budgerigars on a branch perch inside a wire-mesh aviary in a garden, seen straight
on (64x64 RGB).

A dark wooden frame - two posts, a beam along the top and a sill along the bottom - holds a
diamond mesh of thin grey wire across the whole opening; through it a whitewashed garden wall
shows behind, with leaves climbing it at the corners, and a strip of sand covers the aviary's
floor. A bare brown branch spans the aviary from post to post, pivoting about its middle, and
small budgerigars sit upright on it, each with a round head, an orange beak, a dark eye, a
darker wing and a tail hanging below the branch; the mesh lies in front of them. Factors: how
many birds sit on the perch (1 to 4, in fixed places along it: the left end, the right end,
then the two places between), the size of the holes in the mesh (fine to coarse), the tilt of
the perch (its right end raised to its right end lowered; the birds ride on it and stay
upright) and how dark the birds' plumage is (pale sky blue to deep navy). The frame, the wall
and its leaves, the sand, the branch's colour and the birds' size and shape stay fixed; the
whole perch and every bird always lie inside the frame.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("bird_count", "how many birds sit on the perch (1 to 4)", "categorical", ("1", "2", "3", "4")),
    Factor("mesh_size", "size of the holes in the aviary's wire mesh (fine to coarse)", "continuous"),
    Factor("perch_tilt", "tilt of the perch (right end raised to right end lowered)", "continuous"),
    Factor("plumage", "how dark the birds' plumage is (pale blue to deep navy)", "continuous"),
)
# bird_count: codes 0..3 are 1..4 birds, in the slots along the branch taken in SLOT_ORDER (the
# left end, the right end, then the inner places); mesh_size: 0..1 is a mesh whose wires (1 px
# thick, running at 45 degrees both ways) lie 3..8 px apart, measured across them; perch_tilt:
# -0.35..0.35 radians about the branch's middle at (32, 38) px (positive: the right end lower),
# which moves the branch's ends (x = 6..58 px) up or down by up to 8.9 px and the end birds (each
# about 12 px wide and 21 px tall, 13 px apart) by up to 6.7 px; plumage: 0..1 mixes the birds'
# colour from pale sky blue to deep navy
RANGES = ((0.0, 3.0), (0.0, 1.0), (-0.35, 0.35), (0.0, 1.0))
WALL, LEAVES, LEAVES_DARK = (0.91, 0.87, 0.75), (0.36, 0.55, 0.27), (0.24, 0.4, 0.19)
FRAME, SAND, BRANCH = (0.3, 0.2, 0.12), (0.78, 0.68, 0.46), (0.45, 0.3, 0.16)
WIRE, WIRE_ALPHA = (0.5, 0.52, 0.55), 0.5
PALE, DARK = np.array((0.55, 0.78, 0.98)), np.array((0.07, 0.1, 0.3))
BEAK, EYE = (0.96, 0.6, 0.14), (0.05, 0.05, 0.05)
POST_L, POST_R, BEAM, SILL = 5.0, 59.0, 6.0, 57.0  # the frame's inner edges
SAND_Y = 51.0
PIVOT_X, PIVOT_Y, HALF_LEN, BRANCH_HW = 32.0, 38.0, 26.0, 1.6
SLOTS = (-19.5, -6.5, 6.5, 19.5)  # the birds' places along the branch from its middle
SLOT_ORDER = (0, 3, 1, 2)  # the left end, the right end, then the inner places
BIRD_L, BIRD_R = -5.5, 7.0  # how far a bird reaches left and right of its feet


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, WALL)
    # a whitewashed garden wall behind the aviary, leaves climbing up it at the corners
    for cx, cy, rx, ry, colour in ((8, 12, 10, 8, LEAVES), (57, 10, 11, 7, LEAVES), (4, 30, 6, 10, LEAVES_DARK),
                                   (61, 34, 6, 12, LEAVES), (14, 4, 7, 4, LEAVES_DARK), (50, 3, 8, 4, LEAVES_DARK)):
        R.over(img, R.coverage(R.ellipse_sdf(x - cx, y - cy, rx, ry)), colour)
    R.over(img, R.below(SAND_Y, 1), SAND)
    return img[0]


def _frame() -> np.ndarray:
    x, y = R.grid()
    inside = R.edges_sdf(x, y, POST_L, POST_R, BEAM, SILL)
    return R.coverage(-inside)[0]  # 1 outside the opening: the frame covers it


BACKGROUND, FRAME_COVER = _background(), _frame()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    a = R.col(f[:, 2])
    ca, sa = np.cos(a), np.sin(a)
    # the branch: a segment through the pivot, tilted by a (positive: the right end lower)
    branch = R.segment_sdf(x, y, PIVOT_X - HALF_LEN * ca, PIVOT_Y - HALF_LEN * sa,
                           PIVOT_X + HALF_LEN * ca, PIVOT_Y + HALF_LEN * sa) - BRANCH_HW
    R.over(img, R.coverage(branch), BRANCH)
    # the birds: upright, each standing on the branch's top at its slot, drawn in the columns
    # its slot can reach (cos 0.35 = 0.94 brings the end slots in by up to 1.4 px)
    count = f[:, 0].astype(int) + 1
    plumage = PALE[None] + (DARK - PALE)[None] * f[:, 3:4]
    for rank, slot in enumerate(SLOT_ORDER):
        s = SLOTS[slot]
        c0 = int(np.floor(PIVOT_X + s * (0.93 if s > 0 else 1.0) + BIRD_L))
        c1 = int(np.ceil(PIVOT_X + s * (1.0 if s > 0 else 0.93) + BIRD_R)) + 1
        part, xx = img[:, :, :, c0:c1], x[:, :, c0:c1]
        on = R.col(count > rank)
        bx, by = PIVOT_X + s * ca, PIVOT_Y + s * sa - BRANCH_HW  # the bird's feet
        body = np.minimum(R.ellipse_sdf(xx - bx, y - (by - 6.8), 4.3, 6.8),
                          np.hypot(xx - (bx + 0.9), y - (by - 15.0)) - 3.6)  # the body and the head
        body = np.minimum(body, R.segment_sdf(xx, y, bx - 1.0, by - 1.5, bx - 3.8, by + 7.0) - 1.4)  # tail
        R.over(part, on * R.coverage(body), plumage)
        R.over(part, on * 0.7 * R.coverage(R.ellipse_sdf(xx - (bx - 1.2), y - (by - 6.3), 2.6, 4.8)), plumage * 0.6)
        R.over(part, on * R.coverage(R.ellipse_sdf(xx - (bx + 5.0), y - (by - 14.3), 1.8, 1.2)), BEAK)
        R.over(part, on * R.coverage(np.hypot(xx - (bx + 2.2), y - (by - 16.0)) - 1.0), EYE)
    # the mesh: wires along x + y and x - y, `gap` px apart across them, in front of the birds
    gap = R.col(3.0 + 5.0 * f[:, 1]) * np.sqrt(2.0)  # the wires' spacing along x + y
    m1, m2 = (x + y) % gap, (x - y) % gap
    d = np.minimum(np.minimum(m1, gap - m1), np.minimum(m2, gap - m2)) / np.sqrt(2.0)
    R.over(img, WIRE_ALPHA * R.coverage(d - 0.5), WIRE)
    # the frame over everything
    R.over(img, np.broadcast_to(FRAME_COVER, (n, R.SIZE, R.SIZE)), FRAME)
    return R.to_uint8(img)


def render(bird_count: float, mesh_size: float, perch_tilt: float, plumage: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[bird_count, mesh_size, perch_tilt, plumage]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("aviary", arg, n, seed, FACTORS, sample_factors, _draw)
