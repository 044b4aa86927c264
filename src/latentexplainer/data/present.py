"""`present`: a wrapped birthday present on a wooden table in front of a papered wall, seen
from the front (64x64 RGB).

The present is a box standing on the middle of the table, wrapped in paper of one hue, with a
gold ribbon running down its middle and across its front and a gold bow of two loops on its
lid. The lid is a little wider than the box; when it is lifted off, the dark inside of the box
shows under it. The wrapping paper is plain, printed with white diagonal stripes or printed
with white polka dots (the lid's print moves up with the lid). The box casts a soft shadow on
the table. The wall is a warm beige with faint vertical stripes; the table is a brown band along
the bottom. Factors: how far the lid is lifted off the box (shut to high above it), the width
of the box (narrow to wide), the print on the paper (plain, striped or spotted), the hue of the
paper (round the whole colour wheel) and how brightly the wall is lit (dim to bright). The
box's height, the ribbon, the bow and the table stay fixed; the whole present always lies
inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

PATTERNS = ("plain", "striped", "spotted")
FACTORS = (
    Factor("lid_lift", "how far the lid is lifted off the box (shut to high above it)", "continuous"),
    Factor("box_width", "width of the present's box (narrow to wide)", "continuous"),
    Factor("pattern", "print on the wrapping paper (plain, striped or spotted)", "categorical", PATTERNS),
    Factor("paper_hue", "hue of the wrapping paper (round the whole colour wheel)", "cyclic", period=1.0),
    Factor("wall_light", "how brightly the wall behind is lit (dim to bright)", "continuous"),
)
# lid_lift: 0..1 raises the lid 0..14 px off the box (its bottom edge at y = 30..16 px; the box is
# 22 px tall, on the table at y = 52 px); box_width: 0..1 is a box 20..36 px wide (the lid 3 px
# wider); pattern: a code into PATTERNS; paper_hue: 0..1 of the colour wheel (a whole turn: 0 and
# 1 are the same red); wall_light: 0..1 scales the wall's colour by 0.3..1
RANGES = ((0.0, 1.0), (0.0, 1.0), (0, len(PATTERNS) - 1), (0.0, 1.0), (0.0, 1.0))
WALL, TABLE, TABLE_EDGE = np.array((0.86, 0.78, 0.64)), (0.5, 0.32, 0.18), (0.38, 0.23, 0.12)
RIBBON, RIBBON_DARK, PRINT, INSIDE = (0.97, 0.8, 0.26), (0.78, 0.58, 0.12), (0.98, 0.97, 0.94), (0.2, 0.14, 0.1)
TABLE_Y, CX = 52, 32.0
BOX_TOP, LID_H, LID_OVER, LIFT = 30.0, 5.0, 1.5, 14.0
RIBBON_HW, BOW_RX, BOW_RY = 2.0, 5.4, 3.2
STRIPE, DOT = 8.0, 7.0  # the print: diagonal stripes every 8 px, dots on a staggered 7 px grid
ROWS, COLUMNS = (4, TABLE_Y + 4), (10, 54)  # the rows and columns the present can reach


def _background() -> np.ndarray:
    x, _ = R.grid()
    stripes = 1.0 + 0.04 * np.cos(2 * np.pi * x / 8.0)  # faint vertical stripes in the paper
    img = np.empty((3, R.SIZE, R.SIZE), np.float32)
    img[:] = WALL[:, None, None] * stripes[0]
    img[:, TABLE_Y:] = np.asarray(TABLE, np.float32)[:, None, None]
    img[:, TABLE_Y + 6:] = np.asarray(TABLE_EDGE, np.float32)[:, None, None]
    return img


BACKGROUND = _background()
IS_WALL = (np.arange(R.SIZE) < TABLE_Y)[None, None, :, None]


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    light = (0.3 + 0.7 * f[:, 4]).astype(np.float32)[:, None, None, None]
    img = BACKGROUND[None] * np.where(IS_WALL, light, np.float32(1.0))
    (r0, r1), (c0, c1) = ROWS, COLUMNS
    part, x, y = img[:, :, r0:r1, c0:c1], x[:, :, c0:c1], y[:, r0:r1]
    lift, hw = R.col(LIFT * f[:, 0]), R.col(10 + 8 * f[:, 1])
    u = np.abs(x - CX)

    def rows(a, b):  # the part of the picture in rows a..b, and those rows' y
        return part[:, :, a - r0:b - r0], y[:, a - r0:b - r0]

    # the shadow on the table and the dark inside of the box (seen when the lid is up)
    sub, yy = rows(TABLE_Y - 3, TABLE_Y + 4)
    R.over(sub, 0.35 * R.coverage(2 * R.ellipse_sdf(u, yy - TABLE_Y, hw + 4, 2.2)), (0, 0, 0))
    sub, yy = rows(int(BOX_TOP) - 4, int(BOX_TOP) + 1)
    R.over(sub, R.coverage(np.maximum(u - hw, np.abs(yy - BOX_TOP + 1.5) - 1.5)), INSIDE)
    # the box and the lid, wrapped in one paper: its print is drawn in the lid's own coordinates
    lid_bottom = BOX_TOP - lift
    box = np.maximum(u - hw, np.abs(y - (BOX_TOP + TABLE_Y) / 2) - (TABLE_Y - BOX_TOP) / 2)
    lid = np.maximum(u - hw - LID_OVER, np.abs(y - lid_bottom + LID_H / 2) - LID_H / 2)
    paper = R.coverage(np.minimum(box, lid))
    R.over(part, paper, R.hsv(f[:, 3], 0.7, 0.86))
    code = f[:, 2].astype(int)
    for c in (1, 2):
        idx = np.nonzero(code == c)[0]
        if len(idx):
            sub, py, xx = part[idx], np.where(y < BOX_TOP, y + lift[idx], y), x
            if c == 1:  # diagonal stripes
                t = (xx + py) / STRIPE
                mark = np.abs(t - np.floor(t) - 0.5) * STRIPE - STRIPE / 4
            else:  # polka dots on a staggered grid
                row = np.floor(py / DOT)
                t, q = (xx + (row % 2) * (DOT / 2)) / DOT, py / DOT - row
                dx, dy = (t - np.floor(t) - 0.5) * DOT, (q - 0.5) * DOT
                mark = np.sqrt(dx * dx + dy * dy) - 2.3
            R.over(sub, paper[idx] * R.coverage(mark), PRINT)
            part[idx] = sub
    # the lid's lower edge, the ribbon down the middle and across the box's front, and the bow
    sub, yy = rows(int(BOX_TOP - LIFT) - 2, int(BOX_TOP) + 1)
    edge = np.maximum(u - hw - LID_OVER, np.abs(yy - lid_bottom + 0.5) - 0.5)
    R.over(sub, 0.3 * R.coverage(edge), (0, 0, 0))
    band = np.minimum(np.maximum(u - RIBBON_HW, np.minimum(box, lid)),
                      np.maximum(np.abs(y - (BOX_TOP + TABLE_Y) / 2) - RIBBON_HW, box))
    R.over(part, R.coverage(band), RIBBON)
    sub, yy = rows(r0, int(BOX_TOP - LID_H) + 2)
    top = lid_bottom - LID_H
    loops = R.ellipse_sdf(u - BOW_RX + 0.5, yy - top + BOW_RY - 0.3, BOW_RX, BOW_RY)
    R.over(sub, R.coverage(loops), RIBBON_DARK)
    R.over(sub, R.coverage(np.maximum(loops + 1.0, -R.ellipse_sdf(u - BOW_RX, yy - top + BOW_RY, 1.8, 0.9))),
           RIBBON)
    R.over(sub, R.coverage(np.sqrt(u * u + (yy - top + 1.6) ** 2) - 1.9), RIBBON_DARK)
    return R.to_uint8(img)


def render(lid_lift: float, box_width: float, pattern: float, paper_hue: float, wall_light: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[lid_lift, box_width, pattern, paper_hue, wall_light]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("present", arg, n, seed, FACTORS, sample_factors, _draw)
