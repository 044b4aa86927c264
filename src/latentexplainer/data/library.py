"""`library`: a tall wooden bookcase in a library, a rolling library ladder leaning on it and a
pile of books on the floor in front, seen from the front (64x64 RGB).

The bookcase fills most of the image: a dark walnut frame around four shelf bays, each a dark
back panel above a shelf board; the books stand upright in a bay side by side, of slightly
different widths and heights, their spines of one colour family (each book a little lighter,
darker, duller or off in hue). The bays are filled from the bottom up; an empty bay shows its
back panel. A brass rail runs along the top of the bookcase; a light oak ladder hangs from it,
leaning out with its foot on the floor to the right of its top, its two rails joined by rungs.
On the floor at the left, in front of the bookcase, lies a pile of five books of fixed colours,
one on another. Behind, a dark green wall shows above and beside the bookcase; the floor is
brown parquet. Factors: where the ladder stands along the bookcase (left to right), how many of
the four shelves hold books (the bottom one to all four), how high the pile of books on the
floor is (its books thin to thick) and the hue of the books' spines (a cyclic factor with a
whole-turn period). The bookcase, its books' layout, the floor and the wall stay fixed; the
ladder and the pile always lie inside the image and never touch.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("ladder_x", "where the library ladder stands along the bookcase (left to right)", "continuous"),
    Factor("shelves_filled", "how many of the four shelves hold books (one to four)", "categorical",
           ("1", "2", "3", "4")),
    Factor("pile_height", "height of the pile of books on the floor (low to high)", "continuous"),
    Factor("spine_hue", "hue of the books' spines on the shelves", "cyclic", period=1.0),
)
# ladder_x: 0..1 puts the ladder's top (the middle between its rails) at x = 16..42 px on the
# rail at y = 2.5 px; its foot is 10 px further right, at y = 61 px; the rails are 8 px apart,
# 1 px half-thick, rungs every 6 px from y = 8 px; shelves_filled: code 0..3 fills the bottom
# 1..4 bays (the bays are rows 6..16, 18..28, 30..40 and 42..52 px, between x = 6 and 58 px);
# pile_height: 0..1 makes each of the pile's five books 1.2..5 px thick, so the pile rises
# 6..25 px from the floor at y = 61 px (x = 2..15.5 px); spine_hue: 0..1 of the colour wheel
# (a whole turn), each book's own offset of up to 0.06 added
RANGES = ((0.0, 1.0), (0.0, 3.0), (0.0, 1.0), (0.0, 1.0))
WALL, FLOOR, PLANK = (0.18, 0.3, 0.22), (0.42, 0.27, 0.15), (0.3, 0.18, 0.1)
FRAME, BACK, RAIL = (0.32, 0.19, 0.1), (0.13, 0.08, 0.06), (0.8, 0.66, 0.3)
LADDER, RUNG = (0.72, 0.52, 0.3), (0.82, 0.64, 0.4)
CASE = (4.0, 60.0, 4.0, 54.0)  # the bookcase: left, right, top, bottom
BAYS = ((6.0, 16.0), (18.0, 28.0), (30.0, 40.0), (42.0, 52.0))  # top and bottom of each bay
INNER = (6.0, 58.0)  # the bays' left and right
RAIL_Y, FOOT_Y, LEAN, HALF_SPAN, RAIL_HW, RUNG_HW = 2.5, 61.0, 10.0, 4.0, 1.0, 0.8
RUNG_Y0, RUNG_STEP, RUNGS = 8.0, 6.0, 9
PILE = ((8.5, 13.0, (0.6, 0.12, 0.1)), (8.0, 12.0, (0.14, 0.28, 0.52)), (9.0, 13.0, (0.8, 0.64, 0.26)),
        (8.0, 11.0, (0.18, 0.42, 0.2)), (8.5, 12.0, (0.52, 0.2, 0.42)))  # bottom up: middle, width, colour
PAGES = (0.93, 0.9, 0.8)  # the pages' edges at the right end of each book in the pile


def _books():
    """The shelves' books, fixed: per pixel which bay's book covers it (with anti-aliased tops),
    and each book's hue offset, saturation and value."""
    rng = np.random.default_rng(1234)
    x, y = R.grid()
    alpha = np.zeros((len(BAYS), R.SIZE, R.SIZE), np.float32)
    hoff, sat, val = (np.zeros((R.SIZE, R.SIZE), np.float32) for _ in range(3))
    for b, (top, bottom) in enumerate(BAYS):
        x0 = INNER[0]
        while x0 < INNER[1]:
            w = min(float(rng.choice((2.0, 3.0, 3.0, 4.0))), INNER[1] - x0)
            h = rng.uniform(6.0, 9.5)
            cols = (x[0, 0] > x0) & (x[0, 0] < x0 + w)
            rows = (y[0, :, 0] > top) & (y[0, :, 0] < bottom)
            cover = np.clip(0.5 - (bottom - h - y[0, :, 0]), 0.0, 1.0)  # the book's top edge
            alpha[b][np.ix_(rows, cols)] = cover[rows][:, None]
            hoff[np.ix_(rows, cols)] = rng.uniform(-0.06, 0.06)
            sat[np.ix_(rows, cols)] = rng.uniform(0.5, 0.8)
            v = rng.uniform(0.55, 0.85)
            val[np.ix_(rows, cols)] = v
            val[np.ix_(rows, cols & (x[0, 0] > x0 + w - 1))] = v * 0.7  # a darker edge between books
            x0 += w
    return alpha, hoff, sat, val


BOOK_ALPHA, BOOK_HUE, BOOK_SAT, BOOK_VAL = _books()
ROWS = (int(BAYS[0][0]), int(BAYS[-1][1]))  # the rows the shelves' books can reach


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, R.below(CASE[3], 1), FLOOR)
    planks = np.maximum(np.abs((x % 9.0) - 0.5) - 0.4, CASE[3] - y)
    R.over(img, R.coverage(planks), PLANK)
    R.over(img, R.coverage(R.edges_sdf(x, y, *CASE)), FRAME)
    for top, bottom in BAYS:
        R.over(img, R.coverage(R.edges_sdf(x, y, INNER[0], INNER[1], top, bottom)), BACK)
    R.over(img, R.coverage(R.edges_sdf(x, y, 3.0, 61.0, RAIL_Y - 0.8, RAIL_Y + 0.8)), RAIL)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the shelves' books: bay b (0 the top one) holds books when it is among the bottom ones filled
    filled = (np.arange(len(BAYS))[None, :] >= len(BAYS) - 1 - f[:, 1:2]).astype(np.float32)
    r0, r1 = ROWS
    alpha = np.tensordot(filled, BOOK_ALPHA[:, r0:r1], 1)
    colour = R.hsv(f[:, 3, None, None] + BOOK_HUE[None, r0:r1], BOOK_SAT[None, r0:r1], BOOK_VAL[None, r0:r1])
    R.over(img[:, :, r0:r1], alpha, np.ascontiguousarray(colour.transpose(0, 3, 1, 2)))
    # the pile of books on the floor, bottom up
    t = R.col(1.2 + 3.8 * f[:, 2])
    for i, (mid, w, c) in enumerate(PILE):
        bottom = FOOT_Y - i * t
        book = R.box_sdf(x - mid, y - (bottom - t / 2), w / 2 - 0.3, t / 2 - 0.3) - 0.3
        R.over(img, R.coverage(book), c)
        pages = np.maximum(book, mid + w / 2 - 2.3 - x)  # the last 2 px, the middle of the thickness
        R.over(img, R.coverage(np.maximum(pages, np.abs(y - (bottom - t / 2)) - 0.3 * t)), PAGES)
    # the ladder: two rails from the brass rail down to the floor, rungs between them
    lx = R.col(16 + 26 * f[:, 0])
    left = R.segment_sdf(x, y, lx - HALF_SPAN, RAIL_Y, lx - HALF_SPAN + LEAN, FOOT_Y) - RAIL_HW
    right = R.segment_sdf(x, y, lx + HALF_SPAN, RAIL_Y, lx + HALF_SPAN + LEAN, FOOT_Y) - RAIL_HW
    middle = lx + LEAN * (y - RAIL_Y) / (FOOT_Y - RAIL_Y)  # the ladder's middle at each row
    k = np.clip(np.round((y - RUNG_Y0) / RUNG_STEP), 0, RUNGS - 1)
    rungs = np.maximum(np.abs(y - (RUNG_Y0 + RUNG_STEP * k)) - RUNG_HW, np.abs(x - middle) - HALF_SPAN)
    R.over(img, R.coverage(rungs), RUNG)
    R.over(img, R.coverage(np.minimum(left, right)), LADDER)
    return R.to_uint8(img)


def render(ladder_x: float, shelves_filled: float, pile_height: float, spine_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[ladder_x, shelves_filled, pile_height, spine_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("library", arg, n, seed, FACTORS, sample_factors, _draw)
