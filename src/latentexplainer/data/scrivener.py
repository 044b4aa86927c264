"""`scrivener`: a scrivener's writing desk seen from straight above, a letter half written with a
quill pen resting on it, an inkpot, a blot of spilt ink and finished letters sealed with red wax
(64x64 RGB).

The desk is a warm brown wood with darker wavy grain running across it. On its left half lies a
tall sheet of paper with six lines of dark handwriting from the top, the last line only half
written. A quill pen rests with its nib at the end of that last line: a thin dark shaft and a
long pale grey feather with a darker edge, casting a faint shadow on what lies beneath it. Above
the paper's top right corner stands a round glass inkpot full of ink, and from under it a blot
of spilt ink has run onto the paper. Along the right of the desk, finished letters lie one below
the other from the top: folded cream envelopes, each with the lines of its folded flap and a
round red wax seal. At the bottom left a brass candlestick holds a stub of white candle.
Factors: how many sealed letters lie on the desk (1 to 3, filled from the top), which way the
quill points (from lying towards the right to pointing straight up the page; it turns about its
nib), the tone of the paper (from bright white to old yellowed parchment) and how big the ink
blot has spread (from a small spot to a wide pool). The desk, the handwriting, the inkpot and
the candlestick stay fixed; the quill always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("letters", "how many sealed letters lie on the desk (1 to 3)", "categorical", ("1", "2", "3")),
    Factor("quill_angle", "which way the quill pen points (to the right to straight up)", "continuous"),
    Factor("paper_tone", "tone of the writing paper (bright white to yellowed parchment)", "continuous"),
    Factor("blot_size", "how far the spilt ink blot has spread (small spot to wide pool)", "continuous"),
)
# letters: a code 0..2 for 1..3 envelopes, at the heights of LETTERS from the top; quill_angle: 0.25..1.55
# radians above the rightward horizontal, the quill 26 px long from its nib at (27, 37) px;
# paper_tone: 0..1 blends the paper from white (0.97, 0.96, 0.93) to parchment (0.86, 0.72, 0.45);
# blot_size: 0..1 is a blot of radius 1.5..9 px (its edge a little wavy) centred at (36, 14) px
RANGES = ((0.0, 2.0), (0.25, 1.55), (0.0, 1.0), (0.0, 1.0))
DESK, GRAIN, INK, BLOT = (0.52, 0.34, 0.2), (0.42, 0.26, 0.15), (0.1, 0.1, 0.22), (0.06, 0.06, 0.16)
WHITE, PARCHMENT = np.array((0.97, 0.96, 0.93)), np.array((0.86, 0.72, 0.45))
GLASS, GLASS_RIM = (0.3, 0.36, 0.4), (0.7, 0.78, 0.82)
ENVELOPE, FLAP, WAX = (0.94, 0.9, 0.8), (0.7, 0.64, 0.54), (0.76, 0.1, 0.12)
FEATHER, FEATHER_EDGE, SHAFT = (0.84, 0.84, 0.84), (0.42, 0.42, 0.46), (0.22, 0.2, 0.18)
BRASS, CANDLE, FLAME = (0.8, 0.64, 0.28), (0.96, 0.95, 0.9), (1.0, 0.8, 0.3)
PAPER_L, PAPER_R, PAPER_T, PAPER_B = 9.0, 40.0, 5.0, 50.0
NIB_X, NIB_Y, QUILL = 27.0, 37.0, 26.0
POT_X, POT_Y, POT_R = 46.0, 9.0, 5.5
BLOT_X, BLOT_Y = 36.0, 14.0
LETTERS, LETTER_X, LETTER_HW, LETTER_HH = (24.0, 38.0, 52.0), 54.0, 8.5, 5.5


def _scene():
    x, y = R.grid()
    img = R.canvas(1, DESK)
    grain = np.abs(np.sin(y * 0.9 + 2.2 * np.sin(x * 0.11) + 0.6 * np.sin(x * 0.37)))
    R.over(img, 0.7 * R.coverage((grain - 0.2) * 4.0), GRAIN)
    # the candlestick: a brass dish, the candle and its flame, seen from above
    R.over(img, R.coverage(np.hypot(x - 5.0, y - 58.0) - 5.0), BRASS)
    R.over(img, R.coverage(np.hypot(x - 5.0, y - 58.0) - 2.4), CANDLE)
    R.over(img, R.coverage(np.hypot(x - 5.0, y - 58.0) - 0.9), FLAME)
    return img[0]


SCENE = _scene()


def _writing():
    """Coverage of the six lines of handwriting, the last one half written."""
    x, y = R.grid()
    d = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for i in range(6):
        ly = 11.0 + 5.2 * i
        end = NIB_X if i == 5 else 37.0
        wave = np.abs(y - ly - 0.9 * np.sin(x * 1.7 + i) * np.abs(np.sin(x * 0.45 + 2.0 * i))) - 0.75
        words = np.abs(((x + 3.0 * i) % 7.0) - 3.5) - 2.9  # gaps between the words
        np.minimum(d, np.maximum(np.maximum(wave, words), np.maximum(12.0 - x, x - end)), out=d)
    return R.coverage(d)


WRITING = _writing()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the paper, its handwriting and the ink blot
    paper = WHITE + (PARCHMENT - WHITE) * f[:, 2:3]
    R.over(img, R.coverage(R.edges_sdf(x, y, PAPER_L, PAPER_R, PAPER_T, PAPER_B)), paper)
    R.over(img, np.broadcast_to(WRITING, (n, R.SIZE, R.SIZE)), INK)
    rb = R.col(1.5 + 7.5 * f[:, 3])
    theta = np.arctan2(y - BLOT_Y, x - BLOT_X)
    blot = np.hypot(x - BLOT_X, y - BLOT_Y) - rb * (1.0 + 0.12 * np.sin(5.0 * theta) + 0.06 * np.sin(9.0 * theta + 1.0))
    R.over(img, R.coverage(blot), BLOT)
    # the inkpot
    R.over(img, R.coverage(np.hypot(x - POT_X, y - POT_Y) - POT_R), GLASS)
    R.over(img, R.coverage(np.abs(np.hypot(x - POT_X, y - POT_Y) - POT_R + 1.0) - 0.6), GLASS_RIM)
    R.over(img, R.coverage(np.hypot(x - POT_X, y - POT_Y) - 2.6), BLOT)
    # the sealed letters, from the top
    count = f[:, 0].astype(int)
    for i, ly in enumerate(LETTERS):
        on = (count >= i).astype(np.float32)[:, None, None]
        u, v = x - LETTER_X, y - ly
        R.over(img, on * R.coverage(R.box_sdf(u, v, LETTER_HW, LETTER_HH)), ENVELOPE)
        flap = np.maximum(np.abs(np.abs(u) * LETTER_HH / LETTER_HW - (v + LETTER_HH)) - 0.45, v - 0.5)
        R.over(img, on * R.coverage(np.maximum(flap, np.abs(u) - LETTER_HW)), FLAP)
        R.over(img, on * R.coverage(np.hypot(u, v) - 2.3), WAX)
    # the quill: its shadow, then the shaft and the feather, turned about the nib
    a = R.col(f[:, 1])
    ca, sa = np.cos(a), np.sin(a)

    def quill(dx, dy):
        px, py = x - NIB_X - dx, y - NIB_Y - dy
        s, t = px * ca - py * sa, px * sa + py * ca  # s along the quill from the nib, t across it
        shaft = np.maximum(np.abs(t) - 0.6, np.maximum(-s, s - QUILL))
        vane = R.ellipse_sdf(s - 16.5, t, 10.0, 3.0)
        return shaft, vane

    shaft, vane = quill(1.5, 1.5)
    R.over(img, 0.3 * R.coverage(np.minimum(shaft, vane)), (0.0, 0.0, 0.0))
    shaft, vane = quill(0.0, 0.0)
    R.over(img, R.coverage(vane), FEATHER_EDGE)
    R.over(img, R.coverage(vane + 0.9), FEATHER)
    return R.to_uint8(R.over(img, R.coverage(shaft), SHAFT))


def render(letters: float, quill_angle: float, paper_tone: float, blot_size: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[letters, quill_angle, paper_tone, blot_size]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("scrivener", arg, n, seed, FACTORS, sample_factors, _draw)
