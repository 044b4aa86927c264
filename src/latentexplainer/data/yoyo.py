"""`yoyo`: a yo-yo hanging on its string from a finger in front of a striped wallpaper, its face
towards the viewer (64x64 RGB).

A finger points down into the image from the top edge, the string's loop round its tip; the
dark string hangs straight down from it to the middle of the yo-yo. The yo-yo is a disc with a
darker rim: one half of its face is a lighter shade of its colour, with a white dot in it,
the other half the full colour, and a grey cap covers the axle in the middle. The wallpaper
has vertical stripes of cream and grey-green of equal width. Factors: how far the yo-yo has
dropped down its string (short to long), its size (small to large), how far it has spun
round (a whole turn brings it back), its hue and the width of the wallpaper's stripes
(narrow to wide). The finger, the string's place across the image and the wallpaper's colours
stay fixed; the whole yo-yo always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("drop", "how far the yo-yo has dropped down its string (short to long)", "continuous"),
    Factor("yoyo_size", "size of the yo-yo (small to large)", "continuous"),
    Factor("spin", "how far the yo-yo has spun round (turns)", "cyclic", period=1.0),
    Factor("yoyo_hue", "hue of the yo-yo (red through yellow and green to blue)", "continuous"),
    Factor("stripe_width", "width of the wallpaper's stripes (narrow to wide)", "continuous"),
)
# drop: 0..1 puts the yo-yo's middle at y = 26..50 px (the finger's tip is at y = 12 px); yoyo_size: 0..1 is a yo-yo of radius
# 7..13 px; spin: 0..1 turns of the yo-yo clockwise (the light half starts on the right); yoyo_hue:
# 0..0.6 of the colour wheel (no wrap); stripe_width: 0..1 is stripes 2..8 px wide (a cream and a
# grey-green stripe every 4..16 px)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 0.6), (0.0, 1.0))
CREAM, STRIPE = (0.93, 0.89, 0.78), (0.6, 0.68, 0.62)
SKIN, NAIL, STRING, CAP, DOT = (
    (0.92, 0.72, 0.58),
    (0.97, 0.84, 0.8),
    (0.2, 0.16, 0.16),
    (0.55, 0.55, 0.58),
    (0.98, 0.98, 0.98),
)
CX, FINGER_TIP, FINGER_HW = 32.0, 12.0, 3.8  # the string's column; the finger's lowest row and half-width
RIM = 1.5


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    # the wallpaper: a cream and a grey-green stripe in each period
    period = R.col(4 + 12 * f[:, 4])
    stripes = R.coverage((np.abs((x - CX) % period - period / 2) - period / 4) * np.ones_like(y))
    img = R.canvas(n, CREAM)
    R.over(img, stripes, STRIPE)
    cy, r = R.col(26 + 24 * f[:, 0]), R.col(7 + 6 * f[:, 1])
    # the string, the finger, the string's loop round its tip
    R.over(img, R.coverage(np.maximum(np.abs(x - CX) - 0.6, np.maximum(FINGER_TIP - 7.0 - y, y - cy))), STRING)
    finger = R.segment_sdf(x, y, CX, -6.0, CX, FINGER_TIP - FINGER_HW) - FINGER_HW
    R.over(img, R.coverage(finger), SKIN)
    R.over(img, R.coverage(R.ellipse_sdf(x - CX, y - (FINGER_TIP - 3.0), 2.3, 2.6)), NAIL)
    loop = np.abs(R.ellipse_sdf(x - CX, y - (FINGER_TIP - 7.0), FINGER_HW + 0.6, 1.3)) - 0.6
    R.over(img, R.coverage(loop), STRING)
    # the yo-yo: its rim, a light half turned by the spin (clockwise on screen), the dot, the cap
    dx, dy = x - CX, y - cy
    rho = np.sqrt(dx * dx + dy * dy)
    turn = 2 * np.pi * f[:, 2]
    c, s = R.col(np.cos(turn)), R.col(np.sin(turn))
    colour = R.hsv(f[:, 3], 0.8, 0.85)
    R.over(img, R.coverage(rho - r), colour * 0.55)
    face = R.coverage(rho - r + RIM)
    R.over(img, face, colour)
    R.over(img, face * R.coverage(-(dx * c + dy * s)), 0.45 + 0.55 * colour)
    dot = np.sqrt((dx - 0.55 * r * c) ** 2 + (dy - 0.55 * r * s) ** 2) - 0.17 * r
    R.over(img, R.coverage(dot), DOT)
    R.over(img, R.coverage(rho - 0.22 * r), CAP)
    return R.to_uint8(img)


def render(drop: float, yoyo_size: float, spin: float, yoyo_hue: float, stripe_width: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[drop, yoyo_size, spin, yoyo_hue, stripe_width]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("yoyo", arg, n, seed, FACTORS, sample_factors, _draw)
