"""`pewterer`: a pewterer's workbench, a lidded pewter tankard standing on the bench below a
shelf of pewter plates, seen from the front (64x64 RGB).

The workshop's back wall is of dark green upright boards; high on it runs a dark wooden shelf
on which round pewter plates stand upright, each with a raised rim, placed from the left. Below,
a wooden bench with a darker front edge runs across the lower part of the image, and on it, left
of the middle, stands a pewter tankard: a slightly tapered body with two raised bands, a curved
handle on its right and a flat lid hinged at the top of the handle, with a thumbpiece on the
hinge; when the lid is lifted, the dark inside of the tankard's mouth shows. A white polishing
rag lies on the bench at the right. Factors: how far the tankard's lid is lifted (shut to
standing up), how many plates stand on the shelf (1 to 4), how brightly the pewter is
polished (dull dark grey to gleaming pale grey with a bright highlight; the tankard and the
plates alike) and the size of the tankard (small to large). The wall, the shelf, the bench and
the rag stay fixed; the tankard always stands on the bench at the same place.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("lid_open", "how far the tankard's lid is lifted (shut to standing up)", "continuous"),
    Factor("plates", "how many pewter plates stand on the shelf (1 to 4)", "categorical", ("1", "2", "3", "4")),
    Factor("polish", "how brightly the pewter is polished (dull dark to gleaming)", "continuous"),
    Factor("tankard_size", "size of the tankard on the bench (small to large)", "continuous"),
)
# lid_open: 0..1 turns the lid 0..1.5 radians up about its hinge (0: lying shut on the mouth);
# plates: a code 0..3 for 1..4 plates, at PLATES from the left; polish: 0..1 raises the
# pewter's value from 0.36 to 0.84 and fades in its highlight; tankard_size: 0..1 is a tankard
# 6.5..11 px in half-width at its foot, 1.45 times that tall, standing at x = TANKARD_X px on the
# bench at y = BENCH_Y px
RANGES = ((0.0, 1.0), (0.0, 3.0), (0.0, 1.0), (0.0, 1.0))
WALL, WALL_LINE = (0.16, 0.3, 0.22), (0.12, 0.24, 0.17)
SHELF, BENCH, BENCH_EDGE = (0.3, 0.2, 0.12), (0.6, 0.44, 0.28), (0.42, 0.29, 0.17)
RAG, RAG_FOLD, INSIDE = (0.92, 0.88, 0.76), (0.72, 0.68, 0.58), (0.08, 0.08, 0.09)
SHELF_Y, BENCH_Y = 24.0, 48.0
PLATES = (9.0, 23.5, 38.0, 52.5)
PLATE_R = 7.0
TANKARD_X = 24.0
LID_T = 2.3  # the lid's half-thickness


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, R.coverage(np.abs((x % 8.0) - 0.5) - 0.5), WALL_LINE)
    R.over(img, R.coverage(R.edges_sdf(x, y, 2.0, 60.0, SHELF_Y, SHELF_Y + 2.5)), SHELF)
    R.over(img, R.coverage(R.edges_sdf(x, y, 6.0, 8.0, SHELF_Y + 2.5, SHELF_Y + 6.0)), SHELF)
    R.over(img, R.coverage(R.edges_sdf(x, y, 54.0, 56.0, SHELF_Y + 2.5, SHELF_Y + 6.0)), SHELF)
    R.over(img, R.below(BENCH_Y, 1), BENCH)
    R.over(img, R.coverage(np.maximum(np.abs(y - 55.0) - 1.0, BENCH_Y - y)), BENCH_EDGE)
    R.over(img, R.below(57.0, 1), BENCH_EDGE)
    rag = np.maximum(R.ellipse_sdf(x - 50.0, y - (BENCH_Y - 1.5), 8.0, 3.0), y - BENCH_Y - 0.5)
    R.over(img, R.coverage(rag), RAG)
    R.over(img, 0.8 * R.coverage(np.maximum(np.abs(((x - 44.0) % 4.0) - 2.0) - 0.5, rag + 0.8)), RAG_FOLD)
    return img[0]


SCENE = _scene()


def _plates():
    x, y = R.grid()
    out = []
    for px in PLATES:
        rho = np.hypot(x - px, y - (SHELF_Y - PLATE_R))
        out.append((R.coverage(rho - PLATE_R), R.coverage(np.abs(rho - PLATE_R + 1.8) - 0.6)))
    return out


PLATE_COVERS = _plates()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    v = 0.36 + 0.48 * f[:, 2]
    metal = np.stack([v, v, 1.04 * v], 1)
    dark = metal * 0.7
    shine = R.col(f[:, 2])
    # the plates on the shelf, from the left
    count = f[:, 1].astype(int)
    for i, (plate, rim) in enumerate(PLATE_COVERS):
        on = (count >= i).astype(np.float32)[:, None, None]
        R.over(img, on * plate, metal)
        R.over(img, on * rim, dark)
        spot = np.hypot(x - PLATES[i] + 2.0, y - (SHELF_Y - PLATE_R) + 2.0) - 1.6
        R.over(img, on * shine * R.coverage(spot), (1.0, 1.0, 1.0))
    # the tankard: its handle, its tapered body with two bands, the highlight
    hw = R.col(6.5 + 4.5 * f[:, 3])
    h = 1.45 * hw
    top = BENCH_Y - h
    t = (BENCH_Y - y) / h  # 0 at the foot, 1 at the mouth
    half = hw * (1.0 - 0.15 * t)
    handle = np.abs(R.ellipse_sdf(x - (TANKARD_X + 0.85 * hw), y - (top + 0.45 * h), 0.45 * hw + 1.5, 0.35 * h)) - 1.3
    handle = np.maximum(handle, TANKARD_X + 0.8 * hw - x)
    R.over(img, R.coverage(handle), dark)
    body = np.maximum(np.abs(x - TANKARD_X) - half, np.abs(y - (top + h / 2)) - h / 2)
    cover = R.coverage(body)
    R.over(img, cover, metal)
    bands = np.minimum(np.abs(y - (BENCH_Y - 1.5)) - 0.8, np.abs(y - (top + 0.3 * h)) - 0.8)
    R.over(img, cover * R.coverage(bands), dark)
    gleam = np.abs(x - (TANKARD_X - 0.45 * half)) - 0.12 * hw
    R.over(img, 0.9 * shine * cover * R.coverage(gleam), (1.0, 1.0, 1.0))
    # the lid, turned up about its hinge at the top of the handle; the dark mouth behind it
    a = R.col(1.5 * f[:, 0])
    mouth = R.ellipse_sdf(x - TANKARD_X, y - top, 0.85 * hw, 0.25 * hw + 0.5)
    R.over(img, R.coverage(np.maximum(mouth, y - top)), metal)
    R.over(img, R.coverage(np.maximum(mouth + 0.9, y - top)), INSIDE)
    hx, hy = TANKARD_X + 0.85 * hw + 0.5, top - LID_T
    length = 2.0 * hw + 1.5
    ex, ey = hx - length * np.cos(a), hy - length * np.sin(a)
    lid = R.segment_sdf(x, y, hx, hy, ex, ey) - LID_T
    R.over(img, R.coverage(lid), metal)
    R.over(img, R.coverage(np.abs(lid + 0.6) - 0.6), dark)
    knob = np.hypot(x - hx - 1.0, y - hy + 1.5) - 2.2
    return R.to_uint8(R.over(img, R.coverage(knob), dark))


def render(lid_open: float, plates: float, polish: float, tankard_size: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[lid_open, plates, polish, tankard_size]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("pewterer", arg, n, seed, FACTORS, sample_factors, _draw)
