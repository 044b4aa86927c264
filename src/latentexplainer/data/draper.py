"""`draper`: a draper's shop, a length of striped cloth unrolled along the counter from its
bolt, bolts of plain cloth standing on a shelf and a pair of shears hanging on the wall, seen
from the front (64x64 RGB).

The shop's back wall is papered a warm cream with faint upright panels. On the left, high on the
wall, a wooden shelf on two brackets holds bolts of cloth standing on end, side by side from the
left, each a tall block of one colour (deep red, navy, dark green and plum) with a folded edge
and a small white label. On the right of the wall a pair of steel shears hangs on a nail at its
pivot, the two pointed blades reaching down and the two black finger rings up. A wooden counter
fills the bottom of the image, its top seen a little from above and a brass measuring rod along
its front edge. At the left of the counter top lies a bolt of cream cloth with dark red stripes
across it, and from it a length of the same cloth is unrolled to the right along the counter.
Factors: how far the cloth is unrolled along the counter (a short length to nearly the whole
counter), how broad the cloth's stripes are (fine to broad; the stripes and the gaps between
them are equally broad), how many bolts stand on the shelf (1 to 4) and how wide the shears are
open (shut to wide open). The wall, the shelf, the counter, the rod and the cloth's colours stay
fixed; the shears always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("unrolled", "how far the cloth is unrolled along the counter (short to long)", "continuous"),
    Factor("stripe_width", "how broad the stripes on the cloth are (fine to broad)", "continuous"),
    Factor("bolts", "how many bolts of cloth stand on the shelf (1 to 4)", "categorical", ("1", "2", "3", "4")),
    Factor("shears_open", "how wide the hanging shears are open (shut to wide open)", "continuous"),
)
# unrolled: 0..1 puts the end of the unrolled cloth at x = 20..62 px (the bolt's right side is at
# x = 14 px); stripe_width: 0..1 makes each stripe, and each gap, 1.2..4 px broad; bolts: a code
# 0..3 for 1..4 bolts, filled from the left at BOLTS; shears_open: 0..1 opens the blades
# 0.06..0.9 radians apart about the pivot at (51, 13) px (the blades are 19 px long)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 3.0), (0.0, 1.0))
WALL, PANEL, SHELF, LABEL = (0.9, 0.84, 0.7), (0.82, 0.75, 0.6), (0.42, 0.28, 0.16), (0.96, 0.96, 0.94)
COUNTER_TOP, COUNTER_FRONT, COUNTER_LINE, BRASS = (0.62, 0.43, 0.25), (0.44, 0.28, 0.15), (0.32, 0.2, 0.1), \
    (0.86, 0.7, 0.3)
CREAM, STRIPE = np.array((0.97, 0.94, 0.84), np.float32), np.array((0.62, 0.14, 0.16), np.float32)
STEEL, STEEL_DARK, RINGS = (0.82, 0.84, 0.88), (0.45, 0.47, 0.52), (0.1, 0.1, 0.12)
BOLT_COLOURS = ((0.68, 0.13, 0.16), (0.14, 0.2, 0.5), (0.16, 0.42, 0.24), (0.42, 0.16, 0.4))
BOLTS = (6.0, 15.5, 25.0, 34.5)  # the shelf's bolts, middles, from the left
BOLT_HW, BOLT_TOP, SHELF_Y = 4.0, 8.0, 30.0
TOP_Y, FRONT_Y, CLOTH_T, CLOTH_B, ROLL_L, ROLL_R = 38.0, 51.0, 40.0, 48.0, 3.0, 14.0
PIVOT_X, PIVOT_Y, BLADE, RING_R = 51.0, 13.0, 19.0, 2.6


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, R.coverage(np.abs((x % 10.0) - 5.0) - 4.3), PANEL)
    shelf = np.minimum(R.edges_sdf(x, y, 1.0, 40.0, SHELF_Y, SHELF_Y + 2.5),
                       np.minimum(R.segment_sdf(x, y, 5.0, SHELF_Y + 2.0, 5.0, SHELF_Y + 7.0),
                                  R.segment_sdf(x, y, 36.0, SHELF_Y + 2.0, 36.0, SHELF_Y + 7.0)) - 1.0)
    R.over(img, R.coverage(shelf), SHELF)
    R.over(img, R.coverage(np.hypot(x - PIVOT_X, y - PIVOT_Y) - 1.6), RINGS)  # the nail
    # the counter: its top, seen a little from above, and its panelled front
    R.over(img, R.below(TOP_Y, 1), COUNTER_TOP)
    R.over(img, 0.4 * R.coverage(np.maximum(np.abs(((y - TOP_Y) % 3.0) - 1.5) - 0.3, TOP_Y + 1.0 - y)), COUNTER_LINE)
    R.over(img, R.below(FRONT_Y, 1), COUNTER_FRONT)
    panels = np.maximum(np.abs(((x - 1.0) % 16.0) - 8.0) - 6.0, np.abs(y - 58.5) - 4.0)
    R.over(img, R.coverage(np.abs(panels) - 0.5), COUNTER_LINE)
    rod = R.edges_sdf(x, y, 2.0, 62.0, FRONT_Y - 1.8, FRONT_Y - 0.2)
    R.over(img, R.coverage(rod), BRASS)
    R.over(img, R.coverage(np.maximum(np.abs(((x - 2.0) % 6.0) - 3.0) - 2.6, rod + 0.2)), COUNTER_LINE)
    return img[0]


SCENE = _scene()


def _bolts():
    """Each shelf bolt's coverage, its folded edge and its label."""
    x, y = R.grid()
    out = []
    for bx in BOLTS:
        body = R.edges_sdf(x, y, bx - BOLT_HW, bx + BOLT_HW, BOLT_TOP, SHELF_Y)
        fold = np.maximum(np.abs(x - bx - 2.2) - 0.5, body)
        label = R.edges_sdf(x, y, bx - 2.2, bx + 1.0, 18.0, 21.5)
        out.append((R.coverage(body), R.coverage(fold), R.coverage(label)))
    return out


BOLT_COVERS = _bolts()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the bolts on the shelf, from the left
    count = f[:, 2].astype(int)
    for i, (body, fold, label) in enumerate(BOLT_COVERS):
        on = (count >= i).astype(np.float32)[:, None, None]
        R.over(img, on * body, BOLT_COLOURS[i])
        R.over(img, 0.35 * on * fold, (0.0, 0.0, 0.0))
        R.over(img, on * label, LABEL)
    # the shears: two blades opening about the pivot, their rings above it
    half = R.col(0.03 + 0.42 * f[:, 3])
    for side in (-1.0, 1.0):
        a = side * half  # from straight down, positive towards the right
        tx, ty = PIVOT_X + BLADE * np.sin(a), PIVOT_Y + BLADE * np.cos(a)
        d, h = R.segment_sdf(x, y, PIVOT_X, PIVOT_Y, tx, ty, along=True)
        blade = d - (1.9 - 1.6 * h)
        R.over(img, R.coverage(blade), STEEL)
        R.over(img, R.coverage(np.maximum(blade + 0.9, -side * ((x - PIVOT_X) * np.cos(a) - (y - PIVOT_Y) * np.sin(a)))),
               STEEL_DARK)
        rx, ry = PIVOT_X - 6.5 * np.sin(a + 0.5 * side), PIVOT_Y - 6.5 * np.cos(a + 0.5 * side)
        ring = np.minimum(np.abs(np.hypot(x - rx, y - ry) - RING_R) - 0.8,
                          R.segment_sdf(x, y, PIVOT_X, PIVOT_Y, rx, ry) - 0.9)
        R.over(img, R.coverage(ring), RINGS)
    R.over(img, R.coverage(np.hypot(x - PIVOT_X, y - PIVOT_Y) - 1.2), STEEL_DARK)
    # the striped cloth: its bolt at the left of the counter and the length unrolled from it
    w = R.col(1.2 + 2.8 * f[:, 1])
    stripes = R.coverage(np.abs(((x - ROLL_L) % (2 * w)) - w) - w / 2)
    cloth = CREAM[None, :, None, None] + (STRIPE - CREAM)[None, :, None, None] * stripes[:, None]
    end = R.col(20.0 + 42.0 * f[:, 0])
    R.over(img, R.coverage(R.edges_sdf(x, y, ROLL_R - 1.0, end, CLOTH_T, CLOTH_B)), cloth * 0.97)
    R.over(img, 0.5 * R.coverage(np.abs(x - end + 0.5) - 0.6) * R.coverage(np.abs(y - 44.0) - 4.0), (0.0, 0.0, 0.0))
    roll = R.edges_sdf(x, y, ROLL_L, ROLL_R, CLOTH_T - 3.0, CLOTH_B + 1.5)
    R.over(img, R.coverage(roll), cloth)
    edges = np.maximum(np.minimum(np.abs(y - CLOTH_T + 2.5), np.abs(y - CLOTH_B - 1.0)) - 0.6, roll)
    R.over(img, 0.45 * R.coverage(edges), (0.0, 0.0, 0.0))
    return R.to_uint8(img)


def render(unrolled: float, stripe_width: float, bolts: float, shears_open: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[unrolled, stripe_width, bolts, shears_open]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("draper", arg, n, seed, FACTORS, sample_factors, _draw)
