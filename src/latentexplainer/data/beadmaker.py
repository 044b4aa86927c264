"""`beadmaker`: a string of glass beads hanging between two pins on a workshop wall above a
wooden bench, an oil lamp standing on the bench, seen from the front (64x64 RGB).

A cream plaster wall fills the top of the image, a brown wooden bench with planks the bottom.
Two brass pins are set in the wall near the top left and right; a thread hangs between them,
sagging in the middle, with seven round glass beads of one colour threaded on it, each with a
bright highlight. A brass oil lamp with a glass chimney and a small flame stands on the bench
and casts a warm pool of light on the wall behind it. Factors: the hue of the beads (a cyclic
factor with a whole-turn period), how big the beads are (small to large), how deep the thread
sags between the pins (nearly taut to a deep curve) and where the lamp stands along the bench
(left to right). The wall, the bench and the pins stay fixed; the beads always lie inside the
image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("bead_hue", "hue of the glass beads (a whole turn of the colour wheel)", "cyclic", period=1.0),
    Factor("bead_size", "how big the beads are (small to large)", "continuous"),
    Factor("sag", "how deep the thread sags between the pins (taut to deep)", "continuous"),
    Factor("lamp_x", "where the oil lamp stands along the bench (left to right)", "continuous"),
)
# bead_hue: 0..1 turns once round the colour wheel (0 and 1 are the same red); bead_size: 0..1
# is a bead 2..4.6 px in radius; sag: 0..1 lowers the thread's middle 3..24 px below the pins
# (at y = 10 px); lamp_x: 0..1 puts the lamp's middle at x = 10..54 px
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
WALL, BENCH, PLANK = (0.86, 0.82, 0.7), (0.5, 0.33, 0.18), (0.38, 0.24, 0.13)
PIN, THREAD, BRASS = (0.8, 0.66, 0.3), (0.3, 0.26, 0.22), (0.76, 0.6, 0.22)
GLASS, FLAME = (0.9, 0.95, 0.95), (1.0, 0.8, 0.2)
GLOW = np.array((1.0, 0.86, 0.5), np.float32)
PINS_X, PIN_Y, BENCH_Y = (7.0, 57.0), 10.0, 46.0
BEADS = (13.0, 19.5, 26.0, 32.0, 38.0, 44.5, 51.0)  # the beads' x along the thread
HALF = (PINS_X[1] - PINS_X[0]) / 2
MID = (PINS_X[0] + PINS_X[1]) / 2


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, R.below(BENCH_Y, 1), BENCH)
    planks = np.maximum(np.abs(((y - BENCH_Y) % 6.0) - 3.0) - 2.5, BENCH_Y + 1.0 - y)
    R.over(img, R.coverage(planks), PLANK)
    R.over(img, R.coverage(np.min([np.hypot(x - px, y - PIN_Y) - 1.6 for px in PINS_X], 0)), PIN)
    return img[0]


SCENE = _scene()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the lamp's warm light on the wall, then the lamp: a brass foot and bowl, a glass chimney, a flame
    lx = R.col(10.0 + 44.0 * f[:, 3])
    glow = np.exp(-((x - lx) ** 2 + (y - 34.0) ** 2) / np.float32(160.0)) * np.float32(0.55)
    R.over(img, glow * (y < BENCH_Y), GLOW)
    lamp = np.minimum(R.edges_sdf(x, y, lx - 4.0, lx + 4.0, 52.5, 55.0),
                      R.ellipse_sdf(x - lx, y - 49.0, 5.0, 3.5))
    lamp = np.minimum(lamp, R.edges_sdf(x, y, lx - 1.0, lx + 1.0, 49.0, 53.0))
    R.over(img, R.coverage(R.ellipse_sdf(x - lx, y - 40.5, 3.0, 5.5)), GLASS)
    R.over(img, R.coverage(R.ellipse_sdf(x - lx, y - 41.0, 1.3, 2.6)), FLAME)
    R.over(img, R.coverage(lamp), BRASS)
    # the thread: a parabola between the pins, sagging in the middle
    sag = R.col(3.0 + 21.0 * f[:, 2])
    t = (x - MID) / HALF
    curve = PIN_Y + sag * (1.0 - t * t)
    slope = -2.0 * sag * t / HALF
    thread = np.abs(y - curve) / np.sqrt(1.0 + slope * slope) - 0.5
    R.over(img, R.coverage(np.maximum(thread, np.abs(x - MID) - HALF)), THREAD)
    # the beads, on the thread, with a highlight
    r = R.col(2.0 + 2.6 * f[:, 1])
    colour = R.hsv(f[:, 0], 0.8, 0.9)
    beads = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    shine = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    for bx in BEADS:
        tb = (bx - MID) / HALF
        by = PIN_Y + sag * (1.0 - tb * tb)
        np.minimum(beads, np.hypot(x - bx, y - by) - r, out=beads)
        np.minimum(shine, np.hypot(x - bx + 0.35 * r, y - by + 0.35 * r) - 0.3 * r, out=shine)
    R.over(img, R.coverage(beads), colour)
    return R.to_uint8(R.over(img, 0.8 * R.coverage(shine), (1.0, 1.0, 1.0)))


def render(bead_hue: float, bead_size: float, sag: float, lamp_x: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[bead_hue, bead_size, sag, lamp_x]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("beadmaker", arg, n, seed, FACTORS, sample_factors, _draw)
