"""`envelope`: a paper envelope lying on a wooden desk, its back towards us, with a letter in it
(64x64 RGB).

The envelope lies in the middle of the desk, a little below the centre of the image, and casts
a soft shadow. Its back shows the two creases of the side flaps running up from its bottom
corners, and its triangular top flap is hinged along its upper edge: shut, it points down over
the back of the envelope; opened, it folds up and stands above the envelope, its darker inside
towards us (half-way, it is seen edge-on and all but vanishes). A white letter with lines of
grey writing sits inside and can be drawn up out of the envelope's mouth, behind an open flap
(which is part of the back). The desk is a wood with a grain of darker streaks. Factors: how far the flap is opened
(shut, pointing down, to wide open, pointing up), how far the letter is drawn out (all inside
to far out), the width of the envelope (its height follows), the hue of the envelope's paper
(red through yellow and green to purple) and the tone of the desk's wood (dark to pale). The
envelope's place, the letter's paper and writing and the grain stay fixed; the envelope, its
flap and the letter always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("flap_open", "how far the envelope's flap is opened (shut to wide open)", "continuous"),
    Factor("letter_out", "how far the letter is drawn out of the envelope (inside to far out)", "continuous"),
    Factor("envelope_width", "width of the envelope (narrow to wide)", "continuous"),
    Factor("envelope_hue", "hue of the envelope's paper (red through yellow and green to purple)", "continuous"),
    Factor("desk_tone", "tone of the wooden desk (dark to pale)", "continuous"),
)
# flap_open: 0..1 turns the flap about its hinge by 0..180 degrees: its tip is 0.6 of the
# envelope's height below the hinge (shut) to as far above it (open); letter_out: 0..1 draws the
# letter's top edge up from 2 px below the envelope's mouth to 20 px above it; envelope_width:
# 0..1 is an envelope 30..46 px wide and 0.62 times that tall, its bottom at y = 58 px;
# envelope_hue: 0..0.8 of the colour wheel (no wrap); desk_tone: 0..1 blends the wood from a
# dark walnut to a pale oak
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 0.8), (0.0, 1.0))
DARK_WOOD, PALE_WOOD = np.array((0.3, 0.19, 0.11)), np.array((0.86, 0.7, 0.5))
LETTER, WRITING, CREASE = (0.98, 0.98, 0.96), (0.45, 0.47, 0.55), 0.82
CX, BOTTOM, ASPECT, FLAP, OUT = 32.0, 58.0, 0.62, 0.6, 20.0
LINE_GAP, MARGIN = 3.0, 3.5  # the letter's lines of writing, and its margin from the envelope's sides
WINDOW = ((9, 62), (7, 59))  # the rows and columns the envelope, its flap, letter and shadow can reach


def _grain() -> np.ndarray:
    x, y = R.grid()
    wave = y + 2.2 * np.sin(x * 0.11 + 0.9) + 1.2 * np.sin(x * 0.31 + y * 0.07)
    streaks = 0.5 + 0.5 * np.sin(wave * 1.25) * np.sin(wave * 0.37 + 1.3)
    return (0.86 + 0.22 * streaks).astype(np.float32)[0]  # (H, W), the wood's light at each pixel


GRAIN = _grain()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    wood = (DARK_WOOD[None] + (PALE_WOOD - DARK_WOOD)[None] * f[:, 4:5]).astype(np.float32)
    img = wood[:, :, None, None] * GRAIN
    (r0, r1), (c0, c1) = WINDOW
    part, x, y = img[:, :, r0:r1, c0:c1], x[:, :, c0:c1], y[:, r0:r1]
    hw = R.col(15 + 8 * f[:, 2])
    top = BOTTOM - 2 * ASPECT * hw  # the mouth, where the flap is hinged
    u = np.abs(x - CX)
    shadow = R.box_sdf(x - CX - 1.5, y - (top + BOTTOM) / 2 - 1.5, hw, (BOTTOM - top) / 2)
    R.over(part, 0.35 * R.coverage(0.5 * shadow), (0, 0, 0))  # a soft shadow
    # the flap: a triangle from the hinge to its tip, ``tip`` px below the hinge (negative: above)
    depth = FLAP * (BOTTOM - top)
    tip = depth * np.cos(np.pi * R.col(f[:, 0]))
    up = np.where(tip < 0, -1.0, 1.0)
    flap = np.maximum((u * np.abs(tip) + (y - top) * up * hw - hw * np.abs(tip)) / np.sqrt(tip * tip + hw * hw),
                      u - hw)  # the slanting edges (and the sides, for a flap seen edge-on)
    paper = R.hsv(f[:, 3], 0.45, 0.93)
    # the letter, with its lines of writing
    ltop = top + 2.0 - R.col(OUT * f[:, 1])
    letter = np.maximum(u - hw + MARGIN, np.abs(y - (ltop + BOTTOM) / 2) - (BOTTOM - ltop) / 2)
    R.over(part, R.coverage(letter), LETTER)
    lines = np.maximum(np.abs(((y - ltop - 1.0) % LINE_GAP) - LINE_GAP / 2) - 0.45,
                       np.maximum(u - hw + MARGIN + 3.0, np.abs(y - (ltop + BOTTOM) / 2) - (BOTTOM - ltop) / 2 + 3.0))
    R.over(part, 0.8 * R.coverage(lines), WRITING)
    # the envelope's back and its creases
    back = np.maximum(u - hw, np.abs(y - (top + BOTTOM) / 2) - (BOTTOM - top) / 2)
    R.over(part, R.coverage(back), paper)
    k = (BOTTOM - top) * 0.55 / hw  # the creases rise from the bottom corners to the middle
    crease = np.abs((BOTTOM - y) - k * (hw - u)) / np.sqrt(1 + k * k) - 0.45
    R.over(part, 0.7 * R.coverage(np.maximum(crease, back + 0.5)), paper * CREASE)
    # the flap, in front of the letter (it is part of the back): its faint shadow, then the flap,
    # its outside showing when shut, its darker inside when open
    R.over(part, 0.3 * R.coverage(np.maximum(flap - 1.0, -(y - top) * up)), (0, 0, 0))
    shade = np.where(tip[:, 0, 0] >= 0, 0.9, 0.72).astype(np.float32)[:, None]
    R.over(part, R.coverage(np.maximum(flap, -(y - top) * up)), paper * shade)
    return R.to_uint8(img)


def render(flap_open: float, letter_out: float, envelope_width: float, envelope_hue: float,
           desk_tone: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[flap_open, letter_out, envelope_width, envelope_hue, desk_tone]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("envelope", arg, n, seed, FACTORS, sample_factors, _draw)
