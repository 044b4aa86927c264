"""`bookshelf`: a row of books standing upright on a wooden shelf fixed to a wall, seen from
the front (64x64 RGB).

The books stand side by side on the shelf, spines to the viewer, with a small gap between
neighbours; the row is always centred on the middle of the image. Every book has the same
width and hue, alternating a lighter and a darker shade from one book to the next, with a
pale title label across its spine near the top; the books' heights differ a little from
one to the next in a fixed pattern. Factors: the number of books, their height, their hue
and the brightness of the wall. The shelf (a dark brown plank) and the wall's hue stay
fixed; all the books always lie inside the image and on the shelf.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

COUNTS = ("1", "2", "3", "4", "5", "6")
FACTORS = (
    Factor("book_count", "number of books on the shelf (1 to 6)", "categorical", COUNTS),
    Factor("book_height", "height of the books (short to tall)", "continuous"),
    Factor("book_hue", "hue of the books' covers", "continuous"),
    Factor("wall_brightness", "brightness of the wall behind the shelf (dark to light)", "continuous"),
)
# book_count: category codes 0..5 are 1..6 books; book_height: 0..1 is a height of 12..40 px
# for the tallest book (the others are SCALE times it; the top of the row is at
# y = 38..10 px); book_hue: 0..0.8 of the colour wheel (no wrap); wall_brightness: 0..1 is a
# grey-blue wall of brightness (HSV value) 0.2..0.9
RANGES = ((0.0, len(COUNTS) - 1.0), (0.0, 1.0), (0.0, 0.8), (0.0, 1.0))
WALL_HUE, WALL_SAT = 0.58, 0.12
SHELF = (0.42, 0.26, 0.13)
LABEL = (0.93, 0.89, 0.76)
CX, SHELF_Y, SHELF_H = 32.0, 50.0, 5.0  # the row's centre, the shelf's top and thickness
SHELF_HW = 31.0  # the shelf's half-length
BOOK_HW, STEP = 4.25, 10.5  # a book's half-width; distance between neighbouring books' centres
SCALE = (1.0, 0.9, 0.96, 0.86, 0.94, 0.9)  # each book's height, as a fraction of the tallest
SHADE = (0.86, 0.64)  # brightness (HSV value) of the books, alternating


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = R.canvas(n, R.hsv(np.full(n, WALL_HUE), WALL_SAT, 0.2 + 0.7 * f[:, 3]))
    shelf = R.coverage(R.box_sdf(x - CX, y - (SHELF_Y + SHELF_H / 2), SHELF_HW, SHELF_H / 2))
    img = R.over(img, np.broadcast_to(shelf, (n, R.SIZE, R.SIZE)), SHELF)
    count = f[:, 0].astype(int) + 1
    tallest = R.col(12 + 28 * f[:, 1])
    for i, scale in enumerate(SCALE):
        present = R.col(i < count)
        cx = CX + (i - (R.col(count) - 1) / 2) * STEP
        h = scale * tallest
        book = R.coverage(R.box_sdf(x - cx, y - (SHELF_Y - h / 2), BOOK_HW, h / 2)) * present
        img = R.over(img, book, R.hsv(f[:, 2], 0.7, SHADE[i % 2]))
        label = R.coverage(R.box_sdf(x - cx, y - (SHELF_Y - 0.78 * h), BOOK_HW - 1.5, 1.25)) * present
        img = R.over(img, label, LABEL)
    return R.to_uint8(img)


def render(book_count: float, book_height: float, book_hue: float, wall_brightness: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8; ``book_count`` is the category code (0 for 1 book .. 5
    for 6)."""
    return _draw(np.array([[book_count, book_height, book_hue, wall_brightness]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("bookshelf", arg, n, seed, FACTORS, sample_factors, _draw)
