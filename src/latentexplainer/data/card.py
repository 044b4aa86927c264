"""`card`: a playing card lying on a felt card table, seen from straight above (64x64 RGB).

The card is an upright white rectangle with rounded corners and a thin grey border, in the
middle of the image, casting a soft shadow down and to the right onto the felt. It shows one,
two or three pips of its suit - hearts and diamonds in red, clubs and spades in black - in a
column down its middle: a single large pip in its centre, two medium pips above and below its
centre, or three smaller pips evenly spaced from top to bottom. The card may be turned on the
table about its centre, pips and all. Factors: the suit, the number of pips, how far the card
is turned (to the left, upright, to the right) and the hue of the felt. The card's size and
colours, the suits' colours and the pips' places on the card stay fixed; the whole card
always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

SUITS = ("hearts", "diamonds", "clubs", "spades")
PIPS = ("1", "2", "3")
FACTORS = (
    Factor("suit", "suit shown on the card (hearts, diamonds, clubs or spades)", "categorical", SUITS),
    Factor("pip_count", "number of suit symbols on the card (1 to 3)", "categorical", PIPS),
    Factor("card_turn", "how far the card is turned (to the left, upright, to the right)", "continuous"),
    Factor("felt_hue", "hue of the felt table the card lies on", "continuous"),
)
# suit: category codes 0..3 (hearts, diamonds, clubs, spades); pip_count: codes 0..2 are 1..3
# pips: 1 of size 11 px at the card's centre, 2 of size 6.5 px 8.5 px above and below it, or 3
# of size 5.2 px at 0 and 12 px above and below it (a pip is about 2 sizes tall); card_turn:
# -0.6..0.6 radians, clockwise on screen (positive: the card's top leans right); felt_hue:
# 0..0.8 of the colour wheel (no wrap). The card is 26 x 38 px, centred at (32, 32) px
RANGES = ((0.0, len(SUITS) - 1.0), (0.0, len(PIPS) - 1.0), (-0.6, 0.6), (0.0, 0.8))
CARD, BORDER, SHADOW = (0.98, 0.97, 0.93), (0.55, 0.55, 0.55), (0.0, 0.0, 0.0)
RED, BLACK = np.array((0.82, 0.08, 0.1)), np.array((0.08, 0.08, 0.1))
CX = CY = 32.0
CARD_HW, CARD_HH, CORNER = 13.0, 19.0, 2.5
SHADOW_DX, SHADOW_DY, SHADOW_ALPHA = 1.5, 2.0, 0.35
LAYOUTS = (((0.0,), 11.0), ((-8.5, 8.5), 6.5), ((-12.0, 0.0, 12.0), 5.2))  # pips' places (v) and size


def _trapezoid(u, v, top, bottom, hw_top, hw_bottom):
    """Signed distance to a symmetric trapezoid between heights ``top`` < ``bottom`` (v down)."""
    slope = (hw_bottom - hw_top) / (bottom - top)
    side = (np.abs(u) - (hw_top + slope * (v - top))) / np.sqrt(1 + slope ** 2)
    return np.maximum(side, np.maximum(top - v, v - bottom))


def _heart(u, v):
    lobes = np.sqrt((np.abs(u) - 0.45) ** 2 + (v + 0.3) ** 2) - 0.5
    point = np.maximum((np.abs(u) * 1.3 + (v - 1.0) * 0.87) / np.hypot(1.3, 0.87), -0.3 - v)
    return np.minimum(lobes, point)


def _diamond(u, v):
    return (np.abs(u) + 0.7 * np.abs(v) - 0.7) / np.hypot(1.0, 0.7)


def _stem(u, v):
    return _trapezoid(u, v, 0.0, 1.0, 0.12, 0.38)


def _club(u, v):
    leaves = np.minimum(np.sqrt(u ** 2 + (v + 0.52) ** 2), np.sqrt((np.abs(u) - 0.52) ** 2 + (v - 0.1) ** 2)) - 0.42
    return np.minimum(np.minimum(leaves, np.sqrt(u ** 2 + v ** 2) - 0.25), _stem(u, v))


def _spade(u, v):
    return np.minimum(0.85 * _heart(u / 0.85, (-0.05 - v) / 0.85), _stem(u, v))


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = R.canvas(n, R.hsv(f[:, 3], 0.6, 0.45))
    a = R.col(f[:, 2])
    c, s = np.cos(a), np.sin(a)

    def card_frame(px, py):  # screen -> the card's own coordinates (u right, v down)
        return c * (px - CX) + s * (py - CY), -s * (px - CX) + c * (py - CY)

    su, sv = card_frame(x - SHADOW_DX, y - SHADOW_DY)
    shadow = R.box_sdf(su, sv, CARD_HW - CORNER, CARD_HH - CORNER) - CORNER
    img = R.over(img, SHADOW_ALPHA * R.coverage(shadow - 0.5), SHADOW)
    u, v = card_frame(x, y)
    card = R.box_sdf(u, v, CARD_HW - CORNER, CARD_HH - CORNER) - CORNER
    img = R.over(img, R.coverage(card), BORDER)
    img = R.over(img, R.coverage(card + 0.8), CARD)
    # each pixel belongs to its nearest pip's place (the pips are far enough apart for that)
    count = f[:, 1].astype(int)
    places = np.where(R.col(count == 0), 0.0,
                      np.where(R.col(count == 1), np.where(v < 0, -8.5, 8.5), 12.0 * np.clip(np.round(v / 12.0), -1, 1)))
    size = R.col(np.array([layout[1] for layout in LAYOUTS])[count])
    pu, pv = u / size, (v - places) / size
    pu, pv = np.broadcast_to(pu, (n, R.SIZE, R.SIZE)), np.broadcast_to(pv, (n, R.SIZE, R.SIZE))
    suit = f[:, 0].astype(int)
    pips = np.empty((n, R.SIZE, R.SIZE), np.float32)
    for k, shape in enumerate((_heart, _diamond, _club, _spade)):
        idx = suit == k
        if idx.any():
            pips[idx] = shape(pu[idx], pv[idx]) * size[idx]
    ink = np.where((suit < 2)[:, None], RED[None], BLACK[None])
    return R.to_uint8(R.over(img, R.coverage(pips), ink))


def render(suit: float, pip_count: float, card_turn: float, felt_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8; ``suit`` is the category code (0 hearts, 1 diamonds,
    2 clubs, 3 spades) and ``pip_count`` the code 0..2 for 1..3 pips."""
    return _draw(np.array([[suit, pip_count, card_turn, felt_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("card", arg, n, seed, FACTORS, sample_factors, _draw)
