"""`navvy`: a trench being dug across a field, seen cut open from the side, the dug earth heaped
beside it, a spade standing in the heap and a wheelbarrow on the grass (64x64 RGB).

A pale blue sky with a low green hedge on the horizon fills the top of the image; below a strip
of grass the ground is shown cut open, the earth under the turf down to the bottom edge, with
a few stones in it. In the middle a straight-sided trench is dug down into the earth, its far
wall in shadow, a wooden plank laid across its top. To the left of the trench the earth that
has been dug out lies in a rounded heap on the grass, a spade with a wooden handle standing
upright in its top. To the right a wheelbarrow, its tray full of the same earth, stands on the
grass, seen from the side with its wheel to the right. Factors: how deep the trench has been
dug (from a shallow scrape to deep), how big the heap of dug earth is (small to large), what
kind of earth is dug (brown loam, red clay or yellow sand; the ground, the heap and the barrow's
load alike) and where the wheelbarrow stands on the grass (from near the trench to the right
edge). The sky, the hedge, the grass, the trench's width and the plank stay fixed; the whole
wheelbarrow always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("trench_depth", "how deep the trench has been dug (a shallow scrape to deep)", "continuous"),
    Factor("heap_size", "how big the heap of dug earth beside the trench is (small to large)", "continuous"),
    Factor("soil", "what kind of earth is being dug", "categorical", ("brown loam", "red clay", "yellow sand")),
    Factor("barrow_x", "horizontal position of the wheelbarrow on the grass (left to right)", "continuous"),
)
# trench_depth: 0..1 digs the trench 3..24 px below the grass (at y = 34 px), between x = 24 and
# 36 px; heap_size: 0..1 is a heap 5..12 px in half-width and 3..14 px tall about x = 11 px;
# soil: a code 0..2 for the colours of SOILS; barrow_x: 0..1 puts the middle of the barrow's
# tray at x = 43..54 px
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 2.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.5, 0.7, 0.94)), np.array((0.78, 0.88, 0.97))
HEDGE, GRASS, TURF = (0.2, 0.42, 0.2), (0.36, 0.66, 0.26), (0.26, 0.5, 0.18)
SOILS = np.array(((0.46, 0.32, 0.2), (0.72, 0.3, 0.18), (0.88, 0.74, 0.42)), np.float32)
STONE, PLANK, HANDLE, IRON = (0.62, 0.6, 0.56), (0.62, 0.46, 0.28), (0.56, 0.4, 0.22), (0.3, 0.31, 0.34)
BARROW, WHEEL = (0.3, 0.45, 0.62), (0.18, 0.18, 0.2)
HORIZON, GROUND_Y = 20.0, 34.0
TRENCH_L, TRENCH_R = 24.0, 36.0
HEAP_X = 11.0
STONES = ((6.0, 50.0, 1.8, 1.2), (18.0, 59.0, 1.5, 1.0), (44.0, 47.0, 2.0, 1.3), (57.0, 58.0, 1.6, 1.1),
          (30.0, 61.0, 1.4, 1.0))


def _scene():
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, HORIZON)[None].copy()
    hedge = HORIZON - 3.0 - 1.2 * np.abs(np.sin(x * 0.7)) - y
    R.over(img, R.coverage(hedge), HEDGE)
    R.over(img, R.below(HORIZON, 1), GRASS)
    return img[0]


SCENE = _scene()


def _fixed():
    x, y = R.grid()
    earth = R.below(GROUND_Y + 1.5, 1)[0]
    stones = R.coverage(np.min([R.ellipse_sdf(x - sx, y - sy, rx, ry) for sx, sy, rx, ry in STONES], 0))[0]
    turf = R.coverage(np.abs(y - GROUND_Y - 0.75) - 0.75)[0]
    shade = 0.8 + 0.2 * R.coverage(np.abs(x - (TRENCH_L + TRENCH_R) / 2) - 4.0)[0]  # the far wall, darker inside
    return earth, stones, turf, shade


EARTH, STONE_COVER, TURF_COVER, WALL_SHADE = _fixed()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    soil = SOILS[f[:, 2].astype(int)]
    # the ground cut open: turf, then the earth with its stones
    R.over(img, EARTH[None], soil)
    R.over(img, 0.9 * STONE_COVER[None], STONE)
    R.over(img, TURF_COVER[None], TURF)
    # the trench: its far wall in shadow, deeper in, and the plank across its top
    bottom = R.col(GROUND_Y + 3.0 + 21.0 * f[:, 0])
    trench = R.coverage(np.maximum(R.edges_sdf(x, y, TRENCH_L, TRENCH_R, GROUND_Y - 1.0, bottom), -1.0))
    depth = np.clip((y - GROUND_Y) / 24.0, 0.0, 1.0)
    far = soil[:, :, None, None] * (0.55 - 0.25 * depth)[:, None] * WALL_SHADE[None, None]
    R.over(img, trench, far)
    R.over(img, R.coverage(R.edges_sdf(x, y, TRENCH_L - 3.0, TRENCH_R + 3.0, GROUND_Y - 1.5, GROUND_Y + 0.2)), PLANK)
    # the heap of dug earth, a spade standing upright in its top
    hw, hh = R.col(5.0 + 7.0 * f[:, 1]), R.col(3.0 + 11.0 * f[:, 1])
    heap = np.maximum(R.ellipse_sdf(x - HEAP_X, y - GROUND_Y, hw, hh), y - GROUND_Y)
    R.over(img, R.coverage(heap), soil * 0.92)
    R.over(img, 0.5 * R.coverage(np.maximum(heap + 1.5, np.abs(((x + y * 0.5) % 3.0) - 1.5) - 0.5)), soil * 0.75)
    top = GROUND_Y - hh
    R.over(img, R.coverage(R.edges_sdf(x, y, HEAP_X + 2.4, HEAP_X + 3.6, top - 13.0, top + 1.0)), HANDLE)
    R.over(img, R.coverage(np.abs(np.hypot(x - HEAP_X - 3.0, y - top + 14.5) - 1.6) - 0.5), HANDLE)
    R.over(img, R.coverage(R.edges_sdf(x, y, HEAP_X + 1.0, HEAP_X + 5.0, top + 1.0, top + 3.0)), IRON)
    # the wheelbarrow: legs, handles, the tray with its load of earth, the wheel at the front
    bx = R.col(43.0 + 11.0 * f[:, 3])
    parts = np.minimum(R.segment_sdf(x, y, bx - 4.0, GROUND_Y - 7.0, bx - 4.5, GROUND_Y - 0.5),
                       R.segment_sdf(x, y, bx - 9.5, GROUND_Y - 10.5, bx + 6.0, GROUND_Y - 4.0)) - 0.7
    R.over(img, R.coverage(parts), HANDLE)
    load = np.maximum(R.ellipse_sdf(x - bx, y - (GROUND_Y - 10.5), 5.5, 2.6), y - (GROUND_Y - 10.0))
    R.over(img, R.coverage(load), soil)
    tray = np.maximum(np.maximum(GROUND_Y - 10.5 - y, y - (GROUND_Y - 5.0)),
                      np.abs(x - bx) - (6.5 - 0.45 * (y - (GROUND_Y - 10.5))))
    R.over(img, R.coverage(tray), BARROW)
    wheel = np.hypot(x - (bx + 6.0), y - (GROUND_Y - 3.0))
    R.over(img, R.coverage(wheel - 3.0), WHEEL)
    R.over(img, R.coverage(wheel - 0.9), IRON)
    return R.to_uint8(img)


def render(trench_depth: float, heap_size: float, soil: float, barrow_x: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[trench_depth, heap_size, soil, barrow_x]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("navvy", arg, n, seed, FACTORS, sample_factors, _draw)
