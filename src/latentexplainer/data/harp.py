"""`harp`: a wooden concert harp standing on a parquet floor in a music room with striped
wallpaper, seen from the side (64x64 RGB).

The harp stands on a low wooden plinth: a tall straight column rises at its front (on the
left), with a rounded crown at the top and a knob at its foot; the soundbox, wide at the bottom
and narrowing upwards, slants up from the plinth to the right; a curved neck joins the column's
top to the soundbox's top. Its strings run straight up from the soundbox to the neck, evenly
spaced, the longest nearest the column; every third string is red, the others pale. The room
behind has wallpaper of vertical stripes, gold on dark green, above a dark wooden wainscot with
panel lines and a parquet floor of light and dark boards. Factors: how far the harp leans (to
the left, upright, to the right; it turns about the middle of its plinth), how many strings
it has (4, 6, 8 or 10), the shade of its wood (pale maple to dark walnut) and the width of the
wallpaper's stripes (narrow to wide). The harp's size and shape, the strings' colours, the
wainscot and the floor stay fixed; the whole harp always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("lean", "how far the harp leans (to the left, upright, to the right)", "continuous"),
    Factor("strings", "how many strings the harp has", "categorical", ("4", "6", "8", "10")),
    Factor("wood_shade", "shade of the harp's wood (pale to dark)", "continuous"),
    Factor("stripe_width", "width of the wallpaper's stripes (narrow to wide)", "continuous"),
)
# lean: -0.25..0.25 radians from upright about the plinth's middle at (25, 60) px (negative: the
# top leans to the left); strings: code 0..3 is 4..10 strings, evenly spread from 1 to 18 px to
# the right of the plinth's middle; wood_shade: 0..1 blends the wood from pale to dark;
# stripe_width: 0..1 is a stripe 2..8 px wide (the pattern repeats every twice that)
RANGES = ((-0.25, 0.25), (0.0, 3.0), (0.0, 1.0), (0.0, 1.0))
PAPER, STRIPE = (0.9, 0.86, 0.72), (0.6, 0.69, 0.55)
WAINSCOT, PANEL_LINE = (0.3, 0.18, 0.11), (0.2, 0.11, 0.06)
BOARD, BOARD_DARK = (0.62, 0.44, 0.26), (0.5, 0.34, 0.19)
PALE, DARK = np.array((0.88, 0.7, 0.45)), np.array((0.3, 0.16, 0.08))
STRING, RED_STRING = (0.2, 0.2, 0.28), (0.8, 0.06, 0.06)
GOLD = (0.92, 0.76, 0.3)
CX, CY = 25.0, 60.0  # the plinth's middle, on the floor
WAINSCOT_Y, FLOOR_Y = 46.0, 59.0
PLINTH_HW, PLINTH_H = 6.5, 3.5
COLUMN_U, COLUMN_TOP = -4.0, 50.0
BOX_A, BOX_B = (-1.0, 3.0), (23.0, 42.0)  # the soundbox's centre line, bottom to top
STRING_U = (1.0, 18.0)  # the first and the last string
ROWS = (4, 64)  # the rows the harp can reach


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, WAINSCOT)
    panels = np.maximum(np.abs((x % 16.0) - 8.0) - 6.5, np.abs(y - (WAINSCOT_Y + FLOOR_Y) / 2) - 4.0)
    R.over(img, R.coverage(np.abs(panels) - 0.5), PANEL_LINE)
    R.over(img, R.coverage(np.abs(y - WAINSCOT_Y - 0.7) - 0.8), (0.42, 0.27, 0.15))  # the rail on top
    R.over(img, R.below(FLOOR_Y, 1), BOARD)
    boards = np.abs(((x + 9.0 * np.floor(y / 3.0)) % 13.0) - 6.5) - 3.2  # staggered boards
    R.over(img, R.coverage(boards) * R.coverage(FLOOR_Y - y), BOARD_DARK)
    R.over(img, 0.5 * R.coverage(np.abs((y % 3.0) - 1.5) - 1.1) * R.coverage(FLOOR_Y - y), PANEL_LINE)
    return img[0]


BACKGROUND = _background()


def _neck(u):
    """The neck's height above the floor along the harp, and its slope."""
    t = np.pi * (u - COLUMN_U) / (BOX_B[0] - COLUMN_U)
    k = (COLUMN_TOP - BOX_B[1]) / 2
    return BOX_B[1] + k + k * np.cos(t), -k * np.sin(t) * np.pi / (BOX_B[0] - COLUMN_U)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the wallpaper's stripes, above the wainscot
    top = img[:, :, :int(WAINSCOT_Y)]
    w = R.col(2 + 6 * f[:, 3])
    stripes = R.coverage(np.abs(((x - CX) % (2 * w)) - w) - w / 2)  # (n, 1, W)
    top[:] = np.asarray(PAPER, np.float32)[None, :, None, None]
    R.over(top, np.broadcast_to(stripes, (n, top.shape[2], R.SIZE)), STRIPE)
    # the harp, in its own frame: u across (to the right when upright), v up from the floor
    r0, r1 = ROWS
    part, yy = img[:, :, r0:r1], y[:, r0:r1]
    a = R.col(f[:, 0])
    ca, sa = np.cos(a), np.sin(a)
    dx, dy = x - CX, yy - CY
    u, v = dx * ca + dy * sa, dx * sa - dy * ca
    # the strings, from the soundbox's centre line up to the neck
    count = R.col(4 + 2 * f[:, 1])
    space = (STRING_U[1] - STRING_U[0]) / (count - 1)
    t = (u - STRING_U[0]) / space
    k = np.clip(np.round(t), 0, count - 1)
    neck, slope = _neck(u)
    box_v = BOX_A[1] + (u - BOX_A[0]) * (BOX_B[1] - BOX_A[1]) / (BOX_B[0] - BOX_A[0])
    string = np.maximum(np.abs(t - k) * space - 0.7, np.maximum(box_v - v, v - neck))
    red = (k % 3 == 0).astype(np.float32)
    cover = R.coverage(string)
    R.over(part, cover * (1 - red), STRING)
    R.over(part, cover * red, RED_STRING)
    # the wood: plinth, soundbox, column and neck
    wood = (PALE[None] + (DARK - PALE)[None] * f[:, 2:3]).astype(np.float32)
    plinth = R.edges_sdf(u, v, -PLINTH_HW, PLINTH_HW, 0.0, PLINTH_H)
    d, h = R.segment_sdf(u, v, *BOX_A, *BOX_B, along=True)
    box = d - (6.2 - 3.4 * h)
    column = np.maximum(np.abs(u - COLUMN_U) - 2.2, np.abs(v - COLUMN_TOP / 2) - COLUMN_TOP / 2)
    neck_d = np.maximum(np.abs(v - neck) / np.sqrt(1 + slope * slope) - 2.0,
                        np.abs(u - (COLUMN_U + BOX_B[0]) / 2) - (BOX_B[0] - COLUMN_U) / 2)
    frame = np.minimum(np.minimum(plinth, column), np.minimum(box, neck_d))
    R.over(part, R.coverage(frame), wood)
    R.over(part, 0.8 * R.coverage(np.maximum(np.abs(d) - 0.5, box + 1.0)), wood * 0.6)  # the soundbox's seam
    knobs = np.minimum(np.hypot(u - COLUMN_U, v - COLUMN_TOP - 1.0) - 2.8, np.hypot(u - COLUMN_U, v - 4.5) - 2.4)
    R.over(part, R.coverage(knobs), GOLD)
    return R.to_uint8(img)


def render(lean: float, strings: float, wood_shade: float, stripe_width: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[lean, strings, wood_shade, stripe_width]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("harp", arg, n, seed, FACTORS, sample_factors, _draw)
