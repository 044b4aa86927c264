"""`bookseller`: a second-hand bookshop on a cobbled street, a pile of books for sale on a
trestle table outside its window, a striped awning over the window and a painted sign hanging
over the door, seen from the front (64x64 RGB).

The shop front is painted cream above a strip of cobbles. On the left is a wide shop window
with dark glass and shelves of coloured book spines behind it; over it a striped awning is
rolled out, stripes of one colour with white between them and a scalloped edge. In front of
the window a wooden trestle table stands on the pavement with a pile of books lying flat on it.
On the right is a green door in a dark frame, the warm lit shop inside showing through when it
opens; above it a dark blue sign with a gold book painted on it hangs from a bracket on two
short chains. Factors: how many books lie on the pile (1 to 4, from the bottom up), the hue of
the awning's stripes (the whole colour wheel, coming round to where it began), how far the door
is open (shut to wide open, swinging in) and how far the sign swings (from the left through
hanging straight down to the right). The wall, the window, the table, the cobbles and the
size of the sign stay fixed; the whole sign always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("books", "how many books lie on the pile on the table (1 to 4)", "categorical", ("1", "2", "3", "4")),
    Factor("awning_hue", "hue of the awning's stripes", "cyclic", period=1.0),
    Factor("door_open", "how far the shop door is open (shut to wide open)", "continuous"),
    Factor("sign_swing", "how far the hanging sign swings (left, straight down, right)", "continuous"),
)
# books: a code 0..3 for 1..4 books, laid from the table top up in the order of PILE;
# awning_hue: 0..1 of the colour wheel, a whole turn (0 and 1 are the same red); door_open:
# 0..1 narrows the door's leaf from the whole doorway (DOOR_R - DOOR_L px) to 3 px, hinged on
# the right; sign_swing: -0.7..0.7 radians about the bracket's pivot (negative: the sign swings
# out to the left)
RANGES = ((0.0, 3.0), (0.0, 1.0), (0.0, 1.0), (-0.6, 0.6))
WALL, WALL_LINE, COBBLE, COBBLE_LINE = (0.9, 0.86, 0.72), (0.8, 0.76, 0.62), (0.52, 0.5, 0.48), (0.36, 0.35, 0.34)
GLASS, SHELF, FRAME, WOOD = (0.16, 0.2, 0.26), (0.34, 0.24, 0.16), (0.24, 0.16, 0.12), (0.5, 0.34, 0.2)
DOOR, DOOR_DARK, INSIDE, INSIDE_SHELF = (0.14, 0.42, 0.26), (0.08, 0.28, 0.16), (0.92, 0.72, 0.42), (0.6, 0.4, 0.22)
SIGN, GOLD, IRON = (0.12, 0.16, 0.4), (0.92, 0.76, 0.3), (0.15, 0.15, 0.16)
WHITE = np.array((0.97, 0.96, 0.93), np.float32)
SPINES = np.array(((0.7, 0.16, 0.14), (0.2, 0.4, 0.7), (0.86, 0.7, 0.22), (0.2, 0.52, 0.3), (0.6, 0.3, 0.6)),
                  np.float32)
PILE = ((0.8, 0.14, 0.12), (0.16, 0.36, 0.78), (0.98, 0.8, 0.16), (0.3, 0.74, 0.4))  # from the bottom up
STREET_Y = 56.0
WIN_L, WIN_R, WIN_T, WIN_B = 3.0, 37.0, 22.0, 44.0
AWN_T, AWN_B = 13.0, 20.0
TABLE_Y, TABLE_L, TABLE_R = 45.0, 5.0, 35.0
PILE_X, BOOK_HW, BOOK_H = 19.0, 12.0, 6.0
DOOR_L, DOOR_R, DOOR_T = 43.0, 59.0, 24.0
PIVOT_X, PIVOT_Y, SIGN_DROP, SIGN_HW, SIGN_HH = 49.0, 3.0, 9.0, 7.0, 5.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, R.coverage(np.abs((y % 6.0) - 3.0) - 2.6), WALL_LINE)
    R.over(img, R.below(STREET_Y, 1), COBBLE)
    cobbles = np.minimum(np.abs(((x + 3.0 * (np.floor(y / 4.0) % 2)) % 6.0) - 3.0), np.abs((y % 4.0) - 2.0))
    R.over(img, R.coverage(np.maximum(cobbles - 0.5, STREET_Y - y)), COBBLE_LINE)
    # the shop window: frame, dark glass, shelves of spines
    R.over(img, R.coverage(R.edges_sdf(x, y, WIN_L - 1.5, WIN_R + 1.5, WIN_T - 1.5, WIN_B + 1.5)), FRAME)
    R.over(img, R.coverage(R.edges_sdf(x, y, WIN_L, WIN_R, WIN_T, WIN_B)), GLASS)
    for top in (25.0, 33.0):
        spine = np.floor(x / 2.0) % 5
        colours = SPINES[spine.astype(int).ravel()].T.reshape(3, 1, R.SIZE)
        height = 5.0 + 1.5 * (np.floor(x / 2.0) % 3 == 1)
        books = np.maximum(R.edges_sdf(x, y, WIN_L + 1.0, WIN_R - 1.0, top + 6.0 - height, top + 6.0),
                           0.45 - np.abs((x % 2.0) - 1.0))
        R.over(img, 0.7 * R.coverage(books), colours[None])
        R.over(img, R.coverage(R.edges_sdf(x, y, WIN_L, WIN_R, top + 6.0, top + 7.2)), SHELF)
    # the doorway: its frame and the lit shop inside, with shelves
    R.over(img, R.coverage(R.edges_sdf(x, y, DOOR_L - 1.5, DOOR_R + 1.5, DOOR_T - 1.5, STREET_Y)), FRAME)
    R.over(img, R.coverage(R.edges_sdf(x, y, DOOR_L, DOOR_R, DOOR_T, STREET_Y)), INSIDE)
    R.over(img, R.coverage(np.maximum(R.edges_sdf(x, y, DOOR_L, DOOR_R, DOOR_T, STREET_Y),
                                      np.abs((y % 7.0) - 3.5) - 0.7)), INSIDE_SHELF)
    # the trestle table
    legs = np.minimum(R.segment_sdf(x, y, TABLE_L + 4.0, TABLE_Y, TABLE_L + 1.0, STREET_Y + 2.0),
                      R.segment_sdf(x, y, TABLE_R - 4.0, TABLE_Y, TABLE_R - 1.0, STREET_Y + 2.0)) - 1.0
    R.over(img, R.coverage(np.minimum(legs, R.edges_sdf(x, y, TABLE_L, TABLE_R, TABLE_Y, TABLE_Y + 2.0))), WOOD)
    # the sign's bracket
    R.over(img, R.coverage(R.edges_sdf(x, y, PIVOT_X - 10.0, PIVOT_X + 10.0, PIVOT_Y - 1.0, PIVOT_Y + 0.6)), IRON)
    R.over(img, R.coverage(R.edges_sdf(x, y, PIVOT_X + 8.0, PIVOT_X + 10.0, 0.0, PIVOT_Y)), IRON)
    return img[0]


SCENE = _scene()


def _awning():
    """Coverage of the awning, and its stripes (1 on a coloured stripe, 0 on a white one)."""
    x, y = R.grid()
    edge = AWN_B + 1.5 * np.abs(np.sin(np.pi * (x - WIN_L) / 4.25))
    shape = np.maximum(R.edges_sdf(x, y, WIN_L - 2.0, WIN_R + 2.0, AWN_T, 64.0), y - edge)
    stripes = np.clip(0.5 - (np.abs(((x - WIN_L + 2.0) % 4.25) - 2.125) - 1.06), 0.0, 1.0)
    return R.coverage(shape), stripes, R.coverage(np.abs(y - AWN_T - 0.3) - 0.8) * R.coverage(shape - 0.01)


AWNING, STRIPES, AWNING_TOP = _awning()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the awning: coloured stripes and white ones
    colour = R.hsv(f[:, 1], 0.8, 0.86)[:, :, None, None]
    field = WHITE[None, :, None, None] + (colour - WHITE[None, :, None, None]) * STRIPES
    R.over(img, AWNING, field)
    R.over(img, 0.35 * AWNING_TOP, (0.0, 0.0, 0.0))
    # the books on the pile, from the table top up
    count = f[:, 0].astype(int)
    for i, c in enumerate(PILE):
        on = (count >= i).astype(np.float32)[:, None, None]
        top, bottom = TABLE_Y - BOOK_H * (i + 1), TABLE_Y - BOOK_H * i
        dx = (-1.5, 1.0, -0.5, 1.5)[i]
        book = R.edges_sdf(x, y, PILE_X - BOOK_HW + dx, PILE_X + BOOK_HW + dx, top + 0.3, bottom)
        R.over(img, on * R.coverage(book), c)
        pages = R.edges_sdf(x, y, PILE_X - BOOK_HW + dx + 1.5, PILE_X + BOOK_HW + dx, top + 1.6, bottom - 1.3)
        R.over(img, on * R.coverage(pages), WHITE)
    # the door's leaf, hinged on the right, narrowing as it swings in
    left = R.col(DOOR_L + (DOOR_R - DOOR_L - 3.0) * f[:, 2])
    leaf = R.edges_sdf(x, y, left, DOOR_R, DOOR_T, STREET_Y)
    R.over(img, R.coverage(leaf), DOOR)
    width = DOOR_R - left
    panels = np.maximum(np.abs(x - (left + DOOR_R) / 2) - 0.3 * width, np.abs(np.abs(y - 40.0) - 7.5) - 5.0)
    R.over(img, R.coverage(np.abs(panels) - 0.5) * R.coverage(leaf + 0.5), DOOR_DARK)
    R.over(img, R.coverage(np.hypot(x - (left + 2.0), y - 41.0) - 1.1) * R.coverage(leaf), GOLD)
    # the sign, swinging from the bracket on two chains
    a = R.col(f[:, 3])
    sa, ca = np.sin(a), np.cos(a)
    u = (x - PIVOT_X) * ca - (y - PIVOT_Y) * sa  # across the sign
    v = (x - PIVOT_X) * sa + (y - PIVOT_Y) * ca  # down from the pivot
    chains = np.maximum(np.abs(np.abs(u) - 5.0) - 0.5, np.maximum(-v, v - (SIGN_DROP - SIGN_HH)))
    board = R.box_sdf(u, v - SIGN_DROP, SIGN_HW, SIGN_HH)
    R.over(img, R.coverage(np.minimum(chains, board)), IRON)
    R.over(img, R.coverage(board + 0.9), SIGN)
    book = np.minimum(R.box_sdf(u - 2.3, v - SIGN_DROP, 2.0, 2.4), R.box_sdf(u + 2.3, v - SIGN_DROP, 2.0, 2.4))
    R.over(img, R.coverage(book), GOLD)
    return R.to_uint8(img)


def render(books: float, awning_hue: float, door_open: float, sign_swing: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[books, awning_hue, door_open, sign_swing]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("bookseller", arg, n, seed, FACTORS, sample_factors, _draw)
