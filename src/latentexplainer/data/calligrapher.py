"""`calligrapher`: a calligrapher's writing desk seen from straight above, a sheet of parchment
being written on, an inkwell and a quill pen (64x64 RGB).

The desk is dark polished wood with a fine grain running across it. A tall sheet of cream
parchment lies on it on the left, its shadow on the desk; lines of handwriting run across the
sheet from its top, line under line, each line a looping scribble broken into words. Along the
top of the desk, above the sheet, stands a round glass inkwell, seen from above as a dark rim
round a pool of ink with a glint on it. To the right of the sheet a white quill pen lies on the
desk, its feather broad along its upper part, its metal nib at its lower end. The ink on the
sheet and in the inkwell is the same colour. Factors: how much of the sheet has been written
(from a few words to the whole sheet, the writing going on line by line), the hue of the ink
(red through yellow, green and blue to violet), the tilt of the quill (its feather end leaning
to the left, upright, or leaning to the right; it turns about its middle) and where the
inkwell stands along the top of the desk (left to right). The desk, the sheet and the quill's
place stay fixed; the inkwell and the quill always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("written", "how much of the sheet has been written (a few words to the whole sheet)", "continuous"),
    Factor("ink_hue", "hue of the ink, on the sheet and in the inkwell", "continuous"),
    Factor("quill_tilt", "tilt of the quill beside the sheet (leaning left, upright, leaning right)", "continuous"),
    Factor("inkwell_x", "horizontal position of the inkwell along the top of the desk (left to right)",
           "continuous"),
)
# written: 0..1 is 6..216 px of writing along the sheet's nine lines (24 px each, from the top
# line down); ink_hue: 0..0.8 of the colour wheel (no wrap); quill_tilt: -0.7..0.7 radians from
# upright (negative: the feather end leans to the left), turning about the quill's middle at
# (50, 39) px; inkwell_x: 0..1 puts the inkwell's middle at x = 9..55 px, y = 7.5 px
RANGES = ((0.0, 1.0), (0.0, 0.8), (-0.7, 0.7), (0.0, 1.0))
DESK, GRAIN, SHADOW = (0.4, 0.25, 0.15), (0.3, 0.18, 0.1), (0.22, 0.13, 0.08)
PAPER, PAPER_EDGE = (0.94, 0.89, 0.75), (0.8, 0.72, 0.56)
GLASS, GLINT = (0.2, 0.26, 0.24), (0.95, 0.97, 1.0)
FEATHER, BARB, SHAFT, NIB = (0.97, 0.96, 0.93), (0.74, 0.74, 0.76), (0.86, 0.82, 0.7), (0.2, 0.18, 0.16)
PAPER_L, PAPER_R, PAPER_T, PAPER_B = 4.0, 34.0, 15.0, 62.5
LINE_Y0, LINE_STEP, LINES, TEXT_L, LINE_W = 20.0, 5.0, 9, 7.0, 24.0
QUILL_X, QUILL_Y, QUILL_HALF = 50.0, 39.0, 17.0
WELL_Y, WELL_R, POOL_R = 7.5, 6.5, 5.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, DESK)
    grain = np.abs(np.sin(0.9 * y + 1.3 * np.sin(0.11 * x + 0.07 * y * y / 10.0))) - 0.85
    R.over(img, 0.6 * R.coverage(6.0 * grain), GRAIN)
    R.over(img, 0.6 * R.coverage(R.edges_sdf(x, y, PAPER_L + 1.5, PAPER_R + 1.5, PAPER_T + 1.5, PAPER_B + 1.5)),
           SHADOW)
    sheet = R.edges_sdf(x, y, PAPER_L, PAPER_R, PAPER_T, PAPER_B)
    R.over(img, R.coverage(sheet), PAPER)
    R.over(img, 0.6 * R.coverage(np.abs(sheet + 0.5) - 0.5), PAPER_EDGE)
    return img[0]


SCENE = _scene()


def _script():
    """The handwriting's distance (px) and, at each pixel, how far along the writing it lies."""
    x, y = R.grid()
    i = np.clip(np.round((y - LINE_Y0) / LINE_STEP), 0, LINES - 1)
    base = LINE_Y0 + LINE_STEP * i
    p, q = 1.4 * x + 1.7 * i, 0.45 * x + i
    wave = 1.3 * np.sin(p) * np.cos(q)
    slope = 1.3 * (1.4 * np.cos(p) * np.cos(q) - 0.45 * np.sin(p) * np.sin(q))
    loops = np.abs(y - base - wave) / np.sqrt(1.0 + slope ** 2) - 0.75
    gaps = ((x + 3.7 * i) % 8.5) - 7.0  # a gap between words every 8.5 px
    dist = np.maximum(loops, np.maximum(2.0 * gaps, np.maximum(TEXT_L - x, x - (TEXT_L + LINE_W))))
    dist = np.maximum(dist, np.abs(y - base) - 2.4)
    return dist, i * LINE_W + (x - TEXT_L)


SCRIPT_DIST, SCRIPT_ALONG = _script()
SCRIPT = R.coverage(SCRIPT_DIST)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    ink = R.hsv(f[:, 1], 0.9, 0.72)
    # the writing, up to how far it has gone
    length = R.col(6.0 + (LINES * LINE_W - 6.0) * f[:, 0])
    R.over(img, SCRIPT * np.clip(length - SCRIPT_ALONG + 0.5, 0.0, 1.0), ink)
    # the inkwell: a dark glass rim, a pool of ink and a glint
    wx = R.col(9.0 + 46.0 * f[:, 3])
    rho = np.hypot(x - wx, y - WELL_Y)
    R.over(img, 0.5 * R.coverage(np.hypot(x - wx - 1.2, y - WELL_Y - 1.2) - WELL_R), SHADOW)
    R.over(img, R.coverage(rho - WELL_R), GLASS)
    R.over(img, R.coverage(rho - POOL_R), ink)
    R.over(img, R.coverage(np.hypot(x - wx + 1.6, y - WELL_Y + 1.6) - 1.0), GLINT)
    # the quill: u along it from its middle (towards the feather end), v across it
    a = R.col(f[:, 2])
    dx, dy = x - QUILL_X, y - QUILL_Y
    u = dx * np.sin(a) - dy * np.cos(a)
    v = dx * np.cos(a) + dy * np.sin(a)
    t = (u + 4.0) / (QUILL_HALF + 4.0)  # 0 where the feather begins, 1 at the quill's end
    width = 4.6 * np.sqrt(np.clip(t * (1.15 - t), 0.0, None)) * np.where(v > 0, 1.0, 0.7)
    vane = np.maximum(np.abs(v) - width, np.maximum(-t, t - 1.0) * (QUILL_HALF + 4.0))
    R.over(img, R.coverage(vane), FEATHER)
    barbs = np.abs(((u - 0.8 * np.abs(v)) % 2.2) - 1.1) - 0.3
    R.over(img, 0.7 * R.coverage(np.maximum(barbs, vane + 0.8)), BARB)
    R.over(img, R.coverage(np.maximum(np.abs(v) - 0.6, np.abs(u) - QUILL_HALF)), SHAFT)
    nib = np.maximum(np.abs(v) - 0.4 - 0.25 * (u + QUILL_HALF), np.maximum(-u - QUILL_HALF, u + QUILL_HALF - 4.0))
    return R.to_uint8(R.over(img, R.coverage(nib), NIB))


def render(written: float, ink_hue: float, quill_tilt: float, inkwell_x: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[written, ink_hue, quill_tilt, inkwell_x]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("calligrapher", arg, n, seed, FACTORS, sample_factors, _draw)
