"""`laptop`: a laptop on a wooden desk against a papered wall, seen from the front (64x64 RGB).

A silver laptop sits on a wooden desk: its keyboard deck seen from a little above, wider at
the front than at the back, with a dark keyboard, a pale touchpad and a darker front edge
casting a soft shadow on the desk. Its lid is hinged at the deck's back edge: a dark bezel
round a glowing screen with a few lighter lines of text on it. Beside the laptop, on the right
of the desk, books may lie stacked one on another, each with its cream page edges showing.
Behind the desk is a wall with faintly striped wallpaper and a framed picture hanging on it.
Factors: the horizontal position of the laptop on the desk (left to right), how far its lid
is opened (nearly shut to wide open), the hue of the glowing screen (round the whole colour
wheel), how many books are stacked beside it (none to four) and the lightness of the wall
(dark to pale). The laptop's size, the desk, the picture and the place of the stack stay
fixed; the whole laptop always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("laptop_x", "horizontal position of the laptop on the desk (left to right)", "continuous"),
    Factor("lid_open", "how far the laptop's lid is opened (nearly shut to wide open)", "continuous"),
    Factor("screen_hue", "hue of the laptop's glowing screen (round the whole colour wheel)", "cyclic", period=1.0),
    Factor("books", "how many books are stacked beside the laptop (none to four)", "continuous"),
    Factor("wall_lightness", "lightness of the wall behind the desk (dark to pale)", "continuous"),
)
# laptop_x: 0..1 puts the laptop's middle at x = 14..34 px; lid_open: 0..1 opens the lid
# 0.2..1.5 radians from shut, its top edge at 24 sin(angle) px above the hinge (y = 44 px), so
# y = 39.2..20.1 px; screen_hue: 0..1 is a hue of 0..1 of the colour wheel (a whole turn);
# books: 0..1 shows 0..4 books, each 5 px thick, stacked up from the desk at y = 55 px round
# x = 56 px (each fades in over a quarter of the range); wall_lightness: 0..1 is a wall of
# brightness 0.28..0.9 (everything above the desk's back edge at y = 40 px but the picture)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
DESK, DESK_DARK, DESK_FRONT = (0.62, 0.42, 0.24), (0.5, 0.32, 0.17), (0.4, 0.25, 0.13)
FRAME, PICTURE, HILL = (0.3, 0.2, 0.12), (0.62, 0.8, 0.92), (0.36, 0.6, 0.3)
SILVER, SILVER_DARK, KEYS, KEY_GAP, PAD, BEZEL = (
    (0.8, 0.81, 0.84),
    (0.55, 0.56, 0.6),
    (0.2, 0.2, 0.23),
    (0.4, 0.4, 0.44),
    (0.7, 0.71, 0.75),
    (0.13, 0.13, 0.15),
)
BOOKS = ((0.72, 0.16, 0.14), (0.16, 0.34, 0.66), (0.2, 0.5, 0.26), (0.8, 0.6, 0.16))
BOOK_SPANS = ((48.5, 63.0), (49.5, 62.0), (48.8, 61.8), (50.0, 62.6))  # each book's left and right
PAGES, SHADOW = (0.95, 0.92, 0.8), (0.2, 0.12, 0.06)
WALL_HUE, WALL_SAT = 0.1, 0.22
DESK_Y, FRONT_Y, HINGE, DECK_FRONT, STACK_Y, BOOK_H = 40.0, 57.0, 44.0, 52.0, 55.0, 5.0
LID, LID_HW, DECK_HW, DECK_SPREAD = 24.0, 12.0, 12.0, 2.0
LID_ROWS, DECK_ROWS, BOOK_ROWS = (18, 46), (42, 58), (33, 57)


def _background() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The desk and the picture (3, H, W); how much of each pixel is bare wall (H, W) and the
    wallpaper's faint stripes, as a brightness (H, W)."""
    x, y = R.grid()
    img = R.canvas(1, DESK)
    grain = R.coverage(np.abs(((y + 1.5 * np.sin(x * 0.11) + 0.4 * np.sin(x * 0.7)) % 3.0) - 1.5) - 0.35)
    R.over(img, 0.45 * grain * R.below(DESK_Y, 1), DESK_DARK)
    R.over(img, R.below(FRONT_Y, 1), DESK_FRONT)
    frame = R.edges_sdf(x, y, 46.0, 60.0, 6.0, 20.0)
    R.over(img, R.coverage(frame), FRAME)
    R.over(img, R.coverage(frame + 1.5), PICTURE)
    R.over(img, R.coverage(np.maximum(frame + 1.5, 15.0 + 2.5 * np.sin((x - 46.0) * 0.4) - y)), HILL)
    wall = (1.0 - R.below(DESK_Y, 1)[0]) * (1.0 - R.coverage(frame)[0])
    stripes = 1.0 - 0.07 * R.coverage(np.abs((x % 6.0) - 3.0) - 1.0)
    stripes = np.broadcast_to(stripes, (1, R.SIZE, R.SIZE))[0]
    return img[0], wall.astype(np.float32), stripes.astype(np.float32)


BACKGROUND, WALL, STRIPES = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the wall, papered in faint stripes, round the picture
    wall = R.hsv(WALL_HUE, WALL_SAT, 0.28 + 0.62 * f[:, 4])  # (N, 3)
    img += WALL * (wall[:, :, None, None] * STRIPES - img)
    # the stack of books on the right of the desk
    part, yy = img[:, :, BOOK_ROWS[0] : BOOK_ROWS[1]], y[:, BOOK_ROWS[0] : BOOK_ROWS[1]]
    for k, (colour, (left, right)) in enumerate(zip(BOOKS, BOOK_SPANS)):
        shown = R.col(np.clip(f[:, 3] * len(BOOKS) - k, 0.0, 1.0))
        top, bottom = STACK_Y - BOOK_H * (k + 1), STACK_Y - BOOK_H * k
        R.over(part, shown * R.coverage(R.edges_sdf(x, yy, left, right, top + 0.3, bottom)), colour)
        R.over(part, shown * R.coverage(R.edges_sdf(x, yy, right - 2.2, right - 0.6, top + 1.2, bottom - 0.9)), PAGES)
    # the lid, standing up from the hinge: a dark bezel round the glowing screen and its text
    cx = R.col(14.0 + 20.0 * f[:, 0])
    u = x - cx
    top = R.col(HINGE - LID * np.sin(0.2 + 1.3 * f[:, 1]))
    part, yy = img[:, :, LID_ROWS[0] : LID_ROWS[1]], y[:, LID_ROWS[0] : LID_ROWS[1]]
    R.over(part, R.coverage(R.edges_sdf(u, yy, -LID_HW + 0.6, LID_HW - 0.6, top + 0.6, HINGE) - 0.6), BEZEL)
    screen = R.edges_sdf(u, yy, -LID_HW + 1.8, LID_HW - 1.8, top + 1.6, HINGE - 1.2)
    glow = R.hsv(f[:, 2], 0.62, 0.95)
    R.over(part, R.coverage(screen), glow)
    line = np.floor((yy - top - 2.0) / 3.0)
    length = -LID_HW + 5.0 + 12.0 * (0.5 + 0.45 * np.sin(line * 2.3 + 0.7))
    text = np.maximum(np.abs(((yy - top - 2.0) % 3.0) - 1.5) - 0.5, np.maximum(-LID_HW + 3.2 - u, u - length))
    R.over(part, 0.55 * R.coverage(np.maximum(screen + 1.0, text)), (1.0, 1.0, 1.0))
    # the deck: its shadow, the darker front edge, the deck, the keyboard and the touchpad
    part, yy = img[:, :, DECK_ROWS[0] : DECK_ROWS[1]], y[:, DECK_ROWS[0] : DECK_ROWS[1]]
    R.over(part, 0.45 * R.coverage(R.ellipse_sdf(u, yy - DECK_FRONT - 2.6, DECK_HW + 4.0, 1.8)), SHADOW)
    half = DECK_HW + DECK_SPREAD * np.clip((yy - HINGE) / (DECK_FRONT - HINGE), 0.0, 1.0)
    R.over(
        part,
        R.coverage(
            R.edges_sdf(u, yy, -DECK_HW - DECK_SPREAD, DECK_HW + DECK_SPREAD, DECK_FRONT - 1.0, DECK_FRONT + 1.8) - 0.3
        ),
        SILVER_DARK,
    )
    deck = np.maximum(np.abs(u) - half, np.maximum(HINGE - yy, yy - DECK_FRONT))
    R.over(part, R.coverage(deck), SILVER)
    board = np.maximum(np.abs(u) - half + 2.6, np.maximum(HINGE + 1.2 - yy, yy - HINGE - 4.6))
    R.over(part, R.coverage(board), KEYS)
    gaps = np.minimum(np.abs(((u + 0.25 * (yy - HINGE)) % 2.0) - 1.0), np.abs(((yy - HINGE - 1.2) % 1.7) - 0.85))
    R.over(part, 0.7 * R.coverage(np.maximum(board + 0.4, gaps - 0.25)), KEY_GAP)
    R.over(part, R.coverage(R.edges_sdf(u, yy, -3.2, 3.2, HINGE + 5.7, DECK_FRONT - 0.6)), PAD)
    return R.to_uint8(img)


def render(laptop_x: float, lid_open: float, screen_hue: float, books: float, wall_lightness: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[laptop_x, lid_open, screen_hue, books, wall_lightness]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("laptop", arg, n, seed, FACTORS, sample_factors, _draw)
