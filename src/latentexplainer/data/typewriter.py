"""`typewriter`: an old typewriter with a sheet of paper in it, on a wooden desk in front of a
striped wallpaper, seen from the front (64x64 RGB).

The typewriter's painted body is a wide trapezoid standing on the desk, narrower at the top;
its lower front is a deck of three rows of round keys - dark rims, pale tops - above a long
space bar, and in its top is the dark opening of the typebar basket between two silver ribbon
spools. Across the top lies the carriage: a black rubber roller with a knob at each end, a
silver rail under it and a silver return lever standing up at its left end. A white sheet of
paper comes up out of the roller, with lines of typed text on it, line after line from its top
edge down. Behind is a wallpaper of cream and sage-green vertical stripes; the desk is brown
wood. Factors: how far the carriage has moved along (left to right; the roller, its knobs, the
lever and the paper with its text move together), how far the paper sticks up out of the roller
(a short to a long sheet), how much text has been typed (none to six full lines), the hue of the
typewriter's paint (all the way round the colour wheel, a cyclic factor) and the width of the
wallpaper's stripes (narrow to wide). The body, its keys, the desk and the colours of the
paper, the text and the wallpaper stay fixed; the whole typewriter always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("carriage_x", "how far the typewriter's carriage has moved (left to right)",
           "continuous"),
    Factor("paper_out", "how far the sheet of paper sticks up out of the roller (short to long)",
           "continuous"),
    Factor("text_typed", "how much text is typed on the paper (none to six full lines)",
           "continuous"),
    Factor("body_hue", "hue of the typewriter's paint (round the colour wheel)",
           "cyclic", period=1.0),
    Factor("stripe_width", "width of the wallpaper's stripes (narrow to wide)", "continuous"),
)
# carriage_x: 0..1 moves the carriage 6 px left to 6 px right of the middle; paper_out: 0..1 is a
# sheet 8..28 px above the roller's middle (at y = 26.5 px); text_typed: 0..1 is 0..6 lines of 18
# px, typed from the top of the sheet (lines 3 px apart; a line hidden under the roller is still
# typed); body_hue: 0..1 of the colour wheel, a whole turn; stripe_width: 0..1 is stripes 2..8 px
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
CREAM, SAGE = np.array((0.92, 0.87, 0.74)), np.array((0.64, 0.72, 0.56))
DESK, GRAIN = (0.5, 0.32, 0.18), (0.42, 0.26, 0.14)
BLACK, RUBBER = (0.1, 0.1, 0.11), (0.08, 0.08, 0.09)
KNOB, SILVER = (0.22, 0.21, 0.22), (0.76, 0.77, 0.8)
KEY_TOP, PAPER, INK = (0.92, 0.9, 0.82), (0.98, 0.97, 0.93), (0.12, 0.12, 0.2)
DESK_Y = 44.0
BODY_TOP, BODY_BOTTOM, TOP_HW, BOTTOM_HW = 30.0, 58.0, 21.0, 28.0
ROLLER_Y, ROLLER_R, ROLLER_L, ROLLER_R_END = 26.5, 3.3, 14.0, 50.0  # from x = 14 to 50 px
PAPER_L, PAPER_R = 21.0, 43.0
LINES, LINE_GAP, LINE_W, LINE_HW = 6, 3.0, 18.0, 0.8
CHAR_W = 2.2  # one typed character (and the space after it)
KEY_ROWS = ((42.5, 17.0, 0.0), (47.5, 19.0, 2.3), (52.5, 21.0, 0.0))  # row, half-width, shift
KEY_GAP = 4.6
TOP_ROWS = 32  # the rows the carriage and the paper can reach


def _fixed_layer() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The body's coverage, and the fixed parts drawn over it (keys, spools, the basket) as what
    is left of what lies under them and a premultiplied colour: ``c`` becomes ``c * keep + p``."""
    x, y = R.grid()
    hw = TOP_HW + (BOTTOM_HW - TOP_HW) * (y - BODY_TOP) / (BODY_BOTTOM - BODY_TOP)
    slope = np.hypot(1.0, (BOTTOM_HW - TOP_HW) / (BODY_BOTTOM - BODY_TOP))
    ends = np.maximum(BODY_TOP - y, y - BODY_BOTTOM)
    body = R.coverage(np.maximum((np.abs(x - 32.0) - hw) / slope, ends))
    layers = []
    for base in (0.0, 1.0):
        img = R.canvas(1, (base,) * 3)
        R.over(img, 0.18 * body * R.coverage(39.0 - y), (0.0, 0.0, 0.0))  # the deck in shade
        foot = R.coverage(BODY_BOTTOM - 2.0 - y) * R.coverage(y - BODY_BOTTOM + 3.0)
        R.over(img, 0.3 * body * foot, (0.0, 0.0, 0.0))
        basket = np.maximum(R.ellipse_sdf(x - 32.0, y - 31.0, 12.0, 5.0), BODY_TOP - y)
        R.over(img, R.coverage(basket), BLACK)
        for sx in (19.0, 45.0):
            R.over(img, R.coverage(np.hypot(x - sx, y - 34.5) - 3.2), SILVER)
            R.over(img, R.coverage(np.hypot(x - sx, y - 34.5) - 1.0), BLACK)
        for ky, khw, shift in KEY_ROWS:
            kx = ((x - 32.0 - shift + KEY_GAP / 2) % KEY_GAP) - KEY_GAP / 2
            inside = R.coverage(np.abs(x - 32.0) - khw)
            R.over(img, inside * R.coverage(np.hypot(kx, y - ky) - 2.1), BLACK)
            R.over(img, inside * R.coverage(np.hypot(kx, y - ky) - 1.4), KEY_TOP)
        bar = R.segment_sdf(x, y, 23.0, 56.0, 41.0, 56.0)
        R.over(img, R.coverage(bar - 1.5), BLACK)
        R.over(img, R.coverage(bar - 0.8), KEY_TOP)
        layers.append(img[0])
    premult = layers[0]
    keep = (layers[1] - premult)[0]
    return body, keep.astype(np.float32), premult


BODY, FIXED_KEEP, FIXED_PREMULT = _fixed_layer()


def _desk() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, DESK)
    grain = np.abs(np.sin(y * 1.7 + 0.6 * np.sin(x * 0.21))) > 0.93
    R.over(img, 0.7 * grain.astype(np.float32), GRAIN)
    R.over(img, 0.5 * R.coverage(np.abs(y - DESK_Y - 0.5) - 0.5), GRAIN)
    return img[0]


DESK_IMG = _desk()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = DESK_IMG
    # the wallpaper: stripes of width w, sage on cream
    rows = int(DESK_Y)
    w = R.col(2 + 6 * f[:, 4])
    s = (x / (2 * w)) % 1.0
    sage = R.coverage((np.abs(s - 0.5) - 0.25) * 2 * w)
    wall = img[:, :, :rows]
    wall[:] = CREAM[None, :, None, None]
    R.over(wall, np.broadcast_to(sage, (n, rows, R.SIZE)), SAGE)
    # the body in its paint, and the fixed parts on it
    R.over(img, np.broadcast_to(BODY, (n, R.SIZE, R.SIZE)), R.hsv(f[:, 3], 0.55, 0.62))
    img *= FIXED_KEEP
    img += FIXED_PREMULT
    # the carriage's part of the image: the paper with its text, the roller, its knobs and lever
    top = img[:, :, :TOP_ROWS]
    y = y[:, :TOP_ROWS]
    dx = R.col(-6 + 12 * f[:, 0])
    paper_top = ROLLER_Y - R.col(8 + 20 * f[:, 1])
    left = PAPER_L + dx
    paper = R.edges_sdf(x, y, left, PAPER_R + dx, paper_top, ROLLER_Y)
    R.over(top, 0.25 * R.coverage(paper - 1.0), (0.0, 0.0, 0.0))  # a soft shadow on the wall
    R.over(top, R.coverage(paper), PAPER)
    typed = R.col(LINES * f[:, 2])
    c = (x - left - 2.5) / CHAR_W
    cell = np.floor(c)
    for i in range(LINES):
        line_y = paper_top + 3.0 + LINE_GAP * i
        length = np.clip(typed - i, 0.0, 1.0) * LINE_W
        char = (c - cell < 0.68) & ((cell + 3 * i) % 6 != 5) & (c >= 0)
        on = R.coverage(np.maximum(np.abs(y - line_y) - LINE_HW, x - left - 2.5 - length)) * char
        on *= np.minimum(length, 1.0)  # nothing at all before a line is begun
        R.over(top, on, INK)
    lever = R.segment_sdf(x, y, 13.0 + dx, 24.5, 6.0 + dx, 17.0)
    R.over(top, R.coverage(lever - 0.9), SILVER)
    R.over(top, R.coverage(np.hypot(x - 6.0 - dx, y - 17.0) - 1.6), SILVER)
    R.over(top, R.coverage(R.segment_sdf(x, y, 12.0 + dx, 30.5, 52.0 + dx, 30.5) - 0.9), SILVER)
    roller = R.segment_sdf(x, y, ROLLER_L + dx, ROLLER_Y, ROLLER_R_END + dx, ROLLER_Y) - ROLLER_R
    R.over(top, R.coverage(roller), RUBBER)
    R.over(top, 0.5 * R.coverage(np.maximum(roller, np.abs(y - ROLLER_Y + 1.6) - 0.5)), KNOB)
    knobs = np.minimum(np.hypot(x - 10.5 - dx, y - ROLLER_Y), np.hypot(x - 53.5 - dx, y - ROLLER_Y))
    knobs -= 3.6
    R.over(top, R.coverage(knobs), KNOB)
    R.over(top, 0.6 * R.coverage(knobs + 2.2), BLACK)
    return R.to_uint8(img)


def render(carriage_x: float, paper_out: float, text_typed: float, body_hue: float,
           stripe_width: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[carriage_x, paper_out, text_typed, body_hue, stripe_width]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("typewriter", arg, n, seed, FACTORS, sample_factors, _draw)
