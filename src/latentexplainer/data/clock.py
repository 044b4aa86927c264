"""`clock`: a round, plain clock face with a single dark hand, on a dark background
(64x64 RGB).

Factors: the angle of the hand (a full turn, so a cyclic factor), the length of the hand,
its thickness and the hue of the clock face. The face's size and place stay fixed; it has
no hour marks, so nothing but the hand tells the time.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("hand_angle", "angle of the clock hand (the time it points to)", "cyclic", period=2 * np.pi),
    Factor("hand_length", "length of the clock hand", "continuous"),
    Factor("hand_width", "thickness of the clock hand", "continuous"),
    Factor("dial_hue", "hue of the clock face", "continuous"),
)
# hand_angle: 0..2 pi radians, clockwise from 12 o'clock (cyclic: 0 and 2 pi are the same
# picture); hand_length: 0..1 is 7..25 px from the centre; hand_width: 0..1 is 3..7 px;
# dial_hue: 0..0.8 (no wrap)
RANGES = ((0.0, 2 * np.pi), (0.0, 1.0), (0.0, 1.0), (0.0, 0.8))
BACKGROUND = (0.12, 0.12, 0.14)
INK = (0.08, 0.08, 0.10)
DIAL_R = 29.0


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    px, py = x - R.SIZE / 2, y - R.SIZE / 2
    img = R.canvas(len(f), BACKGROUND)
    dial = np.broadcast_to(R.coverage(np.sqrt(px ** 2 + py ** 2) - DIAL_R), (len(f), R.SIZE, R.SIZE))
    img = R.over(img, dial, R.hsv(f[:, 3], 0.55, 0.95))
    # the hand: a segment from the centre to its tip, with round ends (a capsule)
    a = R.col(f[:, 0])
    dx, dy = np.sin(a), -np.cos(a)  # unit vector towards the tip (image y points down)
    length = R.col(7 + 18 * f[:, 1])
    t = np.clip(px * dx + py * dy, 0.0, length)
    dist = np.sqrt((px - t * dx) ** 2 + (py - t * dy) ** 2) - R.col((3 + 4 * f[:, 2]) / 2)
    img = R.over(img, R.coverage(dist), INK)
    return R.to_uint8(img)


def render(hand_angle: float, hand_length: float, hand_width: float, dial_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[hand_angle, hand_length, hand_width, dial_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("clock", arg, n, seed, FACTORS, sample_factors, _draw)
