"""`bookstack`: a pile of hardback books lying flat on a wooden desk in front of a pale green
wall, seen from the side (64x64 RGB).

The books lie one on top of another in the middle of the desk, their spines facing us: each
spine is a long coloured band with a darker edge, two thin gold bands near its ends and a
pale title label in its middle. The books are of a few different lengths, and each may be
pushed a little to the left or right of the one below it. The books' colours are spread
round the colour wheel from the bottom one up, a fixed step apart. Behind the desk is a
plain pale green wall with a darker skirting strip just above the desk and, high on the
right, a small framed picture of a green hill. Factors: how many books are in the pile (2 to
5, added on top), how thick each book is (thin to thick; all the same), how untidy the pile
is (squared up neatly to crooked, each book pushed its own way by a fixed pattern) and the
hue of the books (a cyclic factor with a whole-turn period: all the books' colours turn
round the colour wheel together). The books' lengths, the labels, the desk, the wall and its
picture stay fixed; the whole pile always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("books", "how many books are in the pile on the desk", "categorical", ("2", "3", "4", "5")),
    Factor("thickness", "how thick each book is (thin to thick)", "continuous"),
    Factor("untidiness", "how crooked the pile of books is (neat to crooked)", "continuous"),
    Factor("book_hue", "hue of the books' covers (all turning round the colour wheel together)", "cyclic",
           period=1.0),
)
# books: codes 0..3 are 2..5 books, from the bottom up; thickness: 0..1 is a book 4..8.5 px
# thick; untidiness: 0..1 scales each book's sideways push, SHIFTS px, from nothing to its
# full size; book_hue: 0..1, the bottom book's hue (each book above is HUE_STEP further round)
RANGES = ((0.0, 3.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
WALL, SKIRTING, DESK, DESK_DARK = (0.72, 0.8, 0.68), (0.5, 0.58, 0.48), (0.56, 0.37, 0.2), (0.42, 0.26, 0.13)
GOLD, LABEL = (0.9, 0.76, 0.32), (0.95, 0.92, 0.82)
FRAME, PICTURE_SKY, PICTURE_HILL = (0.3, 0.2, 0.12), (0.6, 0.78, 0.93), (0.35, 0.6, 0.3)
DESK_Y, MIDDLE = 54.0, 32.0
LENGTHS = (44.0, 38.0, 42.0, 34.0, 40.0)  # the books' lengths, from the bottom up
SHIFTS = (-5.0, 7.0, -6.0, 8.0, -4.0)  # each book's push to the right at full untidiness
HUE_STEP = 0.17
ROWS = (10, 55)  # the rows the pile can reach: up to 5 books of 8.5 px on the desk


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, R.coverage(np.abs(y - (DESK_Y - 2.5)) - 2.5) * np.ones((1, 1, R.SIZE)), SKIRTING)
    R.over(img, R.below(DESK_Y, 1), DESK)
    grain = np.abs(((y - DESK_Y) * 2.3 + np.sin(x * 0.21) * 1.5) % 3.0 - 1.5)  # the desk's grain, roughly
    R.over(img, 0.4 * R.coverage(grain - 0.4) * R.below(DESK_Y + 1.0, 1), DESK_DARK)
    R.over(img, R.coverage(np.abs(y - DESK_Y - 0.6) - 0.6) * np.ones((1, 1, R.SIZE)), DESK_DARK)
    # a small framed picture on the wall: a green hill under a blue sky
    R.over(img, R.coverage(R.edges_sdf(x, y, 42.0, 58.0, 3.0, 15.0)), FRAME)
    R.over(img, R.coverage(R.edges_sdf(x, y, 43.5, 56.5, 4.5, 13.5)), PICTURE_SKY)
    hill = np.maximum(R.ellipse_sdf(x - 52.0, y - 15.0, 9.0, 5.5), R.edges_sdf(x, y, 43.5, 56.5, 4.5, 13.5))
    R.over(img, R.coverage(hill), PICTURE_HILL)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    r0, r1 = ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    t = R.col(4.0 + 4.5 * f[:, 1])
    mess = R.col(f[:, 2])
    count = f[:, 0:1, None] + 2.0
    for i, (length, shift) in enumerate(zip(LENGTHS, SHIFTS)):
        there = (count > i).astype(np.float32)
        bottom = DESK_Y - i * t
        cx = MIDDLE + shift * mess
        left, right = cx - length / 2, cx + length / 2
        book = R.edges_sdf(x, y, left, right, bottom - t, bottom)
        hue = f[:, 3] + i * HUE_STEP
        R.over(part, there * R.coverage(book), R.hsv(hue, 0.75, 0.5))  # the cover's edge
        R.over(part, there * R.coverage(book + 0.8), R.hsv(hue, 0.7, 0.82))
        bands = np.maximum(np.minimum(np.abs(x - left - 3.5), np.abs(x - right + 3.5)) - 0.6, book + 0.8)
        R.over(part, there * R.coverage(bands), GOLD)
        label = np.maximum(np.abs(x - cx) - length / 7, np.abs(y - (bottom - t / 2)) - 0.3 * t)
        R.over(part, there * R.coverage(label), LABEL)
    return R.to_uint8(img)


def render(books: float, thickness: float, untidiness: float, book_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[books, thickness, untidiness, book_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("bookstack", arg, n, seed, FACTORS, sample_factors, _draw)
