"""`swing`: a garden swing hanging on a rope, seen from the side (64x64 RGB).

The swing hangs from a point near the top middle of the image: a dark rope (the swing's two
ropes, one behind the other as seen from the side) runs from there down to a short red wooden
seat, seen end-on as a thick plank, and rope and seat swing together about the top, forwards
(to the right) and backwards (to the left). The swing hangs from one of three supports: a
wooden A-frame whose two thick brown legs spread from the top down to the grass and carry the
end of the top beam; a thin grey metal frame with its legs spread wider and a round end cap;
or the long branch of a tree whose trunk stands at the left edge of the image, with a dark
green crown of leaves along the top. On the seat may sit a child facing forwards (to the
right): a yellow shirt, blue trousers with the legs stretched ahead, dark shoes, a round head
with brown hair, and one hand holding the rope; the child swings with the seat. Behind is a
blue sky over a green lawn with a worn patch of bare earth under the swing. Factors: how far
the swing is swung (back to the left, through hanging straight down, to forwards to the
right), the length of the rope (short to long; the seat hangs lower), the support (a wooden
A-frame, a metal frame or a tree branch) and whether a child sits on the seat. The hanging
point, the seat's size, the sky and the lawn stay fixed; the whole swing always lies inside
the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

SUPPORTS = ("wooden frame", "metal frame", "tree branch")
RIDERS = ("empty", "child")
FACTORS = (
    Factor("swing_angle", "how far the swing is swung (back to the left to forwards to the right)",
           "continuous"),
    Factor("rope_length", "length of the swing's rope (short to long; the seat hangs lower)", "continuous"),
    Factor("support", "what the swing hangs from: a wooden frame, a metal frame or a tree branch",
           "categorical", SUPPORTS),
    Factor("rider", "whether a child sits on the swing's seat (empty or a child)", "categorical", RIDERS),
)
# swing_angle: -1..1 turns the rope about the hanging point at (32, 8) px from 0.6 radians
# backwards (to the left) to 0.6 radians forwards (to the right); rope_length: 0..1 is a rope of
# 16..34 px from the hanging point to the seat (a plank 11 px long, 3.4 px thick); support:
# codes 0..2 are a wooden A-frame, a metal frame and a tree branch; rider: codes 0..1 are an
# empty seat and a child sitting on it
RANGES = ((-1.0, 1.0), (0.0, 1.0), (0.0, len(SUPPORTS) - 1.0), (0.0, len(RIDERS) - 1.0))
SKY_TOP, SKY_LOW, LAWN, EARTH = (0.42, 0.66, 0.93), (0.8, 0.89, 0.97), (0.38, 0.64, 0.28), (0.58, 0.45, 0.3)
WOOD, WOOD_DARK, METAL, METAL_DARK = (0.56, 0.36, 0.2), (0.4, 0.25, 0.13), (0.58, 0.6, 0.65), (0.36, 0.38, 0.42)
BARK, BARK_LINE, LEAVES, LEAVES_DARK = (0.42, 0.29, 0.18), (0.3, 0.2, 0.12), (0.27, 0.52, 0.22), (0.18, 0.38, 0.16)
ROPE, SEAT, SEAT_DARK = (0.3, 0.26, 0.22), (0.84, 0.18, 0.12), (0.55, 0.1, 0.07)
SHIRT, TROUSERS, SKIN, HAIR, SHOE = (0.97, 0.76, 0.15), (0.2, 0.3, 0.62), (0.96, 0.78, 0.62), (0.4, 0.24, 0.12), \
    (0.12, 0.1, 0.1)
PIVOT, LAWN_Y, FOOT_Y, MAX_ANGLE = (32.0, 8.0), 46.0, 59.0, 0.6
SEAT_HW, SEAT_T, ROPE_HW = 5.5, 3.4, 0.8
ROWS, FRONT_ROWS = (3, 54), 12  # the rows the swing can reach; those the support's top covers
CROWN = ((12.0, 1.0, 15.0, 6.0), (34.0, -1.0, 14.0, 5.5), (54.0, 1.0, 12.0, 5.5))  # middle, half-sizes


def _supports() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each support's picture behind the swing (len(SUPPORTS), 3, H, W), and what it puts in
    front of the rope's top: a coverage (len(SUPPORTS), H, W) and its colours (3, H, W) each."""
    x, y = R.grid()
    base = R.vertical_gradient(SKY_TOP, SKY_LOW, LAWN_Y)[None]
    R.over(base, R.below(LAWN_Y, 1), LAWN)
    R.over(base, R.coverage(R.ellipse_sdf(x - PIVOT[0], y - 57.0, 15.0, 2.6)), EARTH)
    px, py = PIVOT
    backs, covers, fronts = [], [], []
    # the wooden A-frame and the end of its top beam
    img = base.copy()
    legs = np.minimum(R.segment_sdf(x, y, px, py - 1.0, px - 17.0, FOOT_Y), R.segment_sdf(x, y, px, py - 1.0, px + 17.0, FOOT_Y))
    R.over(img, R.coverage(legs - 1.8), WOOD)
    beam = R.box_sdf(x - px, y - py + 1.5, 2.6, 2.6) - 0.3
    backs.append(img[0])
    covers.append(R.coverage(beam)[0])
    fronts.append(np.broadcast_to(np.asarray(WOOD_DARK, np.float32)[:, None, None], (3, R.SIZE, R.SIZE)))
    # the metal frame and its round end cap
    img = base.copy()
    legs = np.minimum(R.segment_sdf(x, y, px, py, px - 22.0, FOOT_Y), R.segment_sdf(x, y, px, py, px + 22.0, FOOT_Y))
    R.over(img, R.coverage(legs - 1.0), METAL)
    backs.append(img[0])
    covers.append(R.coverage(np.hypot(x - px, y - py + 0.8) - 2.4)[0])
    fronts.append(np.broadcast_to(np.asarray(METAL_DARK, np.float32)[:, None, None], (3, R.SIZE, R.SIZE)))
    # the tree: its trunk at the left edge, its branch over the rope, its crown along the top
    img = base.copy()
    trunk = R.edges_sdf(x, y, 2.0, 10.0, 0.0, FOOT_Y)
    R.over(img, R.coverage(trunk), BARK)
    R.over(img, 0.7 * R.coverage(np.maximum(trunk + 1.0, np.abs(((x - 2.0) % 3.0) - 1.5) - 0.35)), BARK_LINE)
    backs.append(img[0])
    layer = np.zeros((1, 3, R.SIZE, R.SIZE), np.float32)
    d, h = R.segment_sdf(x, y, 8.0, 8.0, 60.0, 5.0, along=True)
    branch = d - (2.6 - 1.4 * h)
    R.over(layer, R.coverage(branch), BARK)
    crown = np.min([R.ellipse_sdf(x - cx, y - cy, rx, ry) for cx, cy, rx, ry in CROWN], axis=0)
    R.over(layer, R.coverage(crown), LEAVES_DARK)
    R.over(layer, R.coverage(crown + 1.2), LEAVES)
    covers.append(np.maximum(R.coverage(branch), R.coverage(crown))[0])
    fronts.append(layer[0] / np.maximum(covers[-1], 1e-6))
    return np.stack(backs), np.stack(covers), np.stack(fronts).astype(np.float32)


BACKS, COVERS, FRONTS = _supports()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    support = f[:, 2].astype(int)
    img = BACKS[support].copy()  # (N, 3, H, W)
    # the swing, drawn only in the rows it can reach, for speed
    r0, r1 = ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    # the swing's own frame: a along the rope from the hanging point, b across it (forwards)
    t = R.col(MAX_ANGLE * f[:, 0])
    px, py = PIVOT
    c, s = np.cos(t), np.sin(t)
    a, b = (x - px) * s + (y - py) * c, (x - px) * c - (y - py) * s
    length = R.col(16 + 18 * f[:, 1])
    rope = np.maximum(np.abs(b) - ROPE_HW, np.maximum(-a, a - length))
    R.over(part, R.coverage(rope), ROPE)
    seat = R.box_sdf(b, a - length - SEAT_T / 2 + 0.2, SEAT_HW, SEAT_T / 2)
    R.over(part, R.coverage(seat), SEAT)
    R.over(part, R.coverage(np.maximum(seat + 0.9, SEAT_T / 2 + 0.2 - (a - length))), SEAT_DARK)
    # the child (or nothing): shirt, legs, shoe, head and hair, an arm holding the rope
    child = R.col(f[:, 3] > 0.5)
    a = a - length  # from the seat's top, along the rope
    legs = np.minimum(R.segment_sdf(b, a, -1.0, -1.2, 4.5, -1.2) - 2.0, R.segment_sdf(b, a, 4.5, -1.0, 6.5, 6.0) - 1.6)
    R.over(part, child * R.coverage(legs), TROUSERS)
    R.over(part, child * R.coverage(np.hypot(b - 7.2, a - 7.0) - 1.7), SHOE)
    torso = R.segment_sdf(b, a, -1.5, -2.0, -1.0, -10.5) - 2.7
    R.over(part, child * R.coverage(torso), SHIRT)
    R.over(part, child * R.coverage(np.hypot(b + 1.6, a + 15.2) - 3.0), HAIR)
    R.over(part, child * R.coverage(np.hypot(b + 0.5, a + 14.6) - 3.0), SKIN)
    arm = R.segment_sdf(b, a, -1.2, -9.5, 0.3, -6.0) - 1.2
    R.over(part, child * R.coverage(arm), SHIRT)
    R.over(part, child * R.coverage(np.hypot(b - 0.3, a + 5.6) - 1.2), SKIN)
    # what the support puts in front of the rope's top
    top = img[:, :, :FRONT_ROWS]
    top += COVERS[support][:, None, :FRONT_ROWS] * (FRONTS[support][:, :, :FRONT_ROWS] - top)
    return R.to_uint8(img)


def render(swing_angle: float, rope_length: float, support: float, rider: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8; ``support`` is the code 0..2 for a wooden frame, a metal frame
    or a tree branch, ``rider`` 0 for an empty seat, 1 for a child on it."""
    return _draw(np.array([[swing_angle, rope_length, support, rider]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("swing", arg, n, seed, FACTORS, sample_factors, _draw)
