"""`printshop`: an old iron printing press in a print shop, printed posters hanging up to dry
and a pile of printed sheets on a side table, under a hanging lamp, seen from the front
(64x64 RGB).

The back wall is a muted grey-green and the floor dark wooden boards. In the middle stands the
press: a dark iron frame of two posts and a heavy top beam, a screw coming down from the beam to
a flat brass platen, and below it the press's bed with a sheet of paper on it, on an iron base.
A lamp with a dark green shade hangs on a cord from the ceiling above the press. Along the top
of the wall a line runs across the image, and on it at either side hangs a printed poster:
cream paper with a bold headline bar, a large round emblem and two lines of text, all printed
in the same ink. On the right stands a wooden side table with a pile of printed sheets on it.
Factors: how far the platen is screwed down (raised high above the bed to pressed down on the
paper), how high the pile of printed sheets is (a few sheets to a tall pile), the colour of the
ink the posters are printed in (black, red or blue) and how bright the lamp is (off, in a dim
shop, to bright: the whole shop lightens, the bulb glows and a warm cone of light falls on the
press). The walls, the floor, the press's frame, the table and the posters' places stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("platen", "how far the press's platen is screwed down (raised to pressed down)", "continuous"),
    Factor("pile", "how high the pile of printed sheets on the table is (low to tall)", "continuous"),
    Factor("ink", "the colour of the ink the posters are printed in", "categorical", ("black", "red", "blue")),
    Factor("lamp", "how bright the hanging lamp is (off to bright)", "continuous"),
)
# platen: 0..1 puts the platen's underside at y = 23..37 px (the paper on the bed is at 37 px);
# pile: 0..1 is a pile of sheets 1..16 px high on the table top at 44 px; ink: codes 0..2 as
# named; lamp: 0..1 lightens the whole shop from 45% to full, turns the bulb from grey to glowing
# and brings up the cone of light under the lamp
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 2.0), (0.0, 1.0))
WALL, FLOOR, IRON, BRASS, WOOD = (0.58, 0.62, 0.54), (0.36, 0.24, 0.14), (0.14, 0.14, 0.16), (0.92, 0.72, 0.26), \
    (0.56, 0.36, 0.18)
PAPER, SHEETS, EDGE, LINE = (0.96, 0.93, 0.84), (0.97, 0.97, 0.95), (0.62, 0.62, 0.6), (0.3, 0.28, 0.25)
SHADE, CORD, LIGHT = (0.12, 0.34, 0.2), (0.1, 0.1, 0.1), (1.0, 0.9, 0.6)
BULB_OFF, BULB_ON = np.array((0.55, 0.55, 0.52)), np.array((1.0, 0.98, 0.82))
INKS = np.array(((0.08, 0.08, 0.1), (0.84, 0.1, 0.1), (0.1, 0.24, 0.82)), np.float32)
FLOOR_Y, LINE_Y, LAMP_X, SHADE_Y = 52.0, 4.0, 31.0, 7.0
POSTS, BEAM, PLATEN_L, PLATEN_R, PLATEN_H = (19.0, 43.0), (9.0, 13.0), 21.0, 41.0, 8.0
BED_TOP, BED_BOTTOM, PAPER_TOP = 38.0, 41.0, 37.0
POSTERS = (2.0, 48.0)  # the posters' left edges
POSTER_W, POSTER_TOP, POSTER_BOTTOM = 14.0, 5.0, 27.0
TABLE_L, TABLE_R, TABLE_TOP, PILE_L, PILE_R = 46.0, 63.5, 44.0, 47.5, 62.5


def _background() -> tuple[np.ndarray, np.ndarray]:
    """The shop without the platen, the pile, the ink or the light: colour (3, H, W), and the
    coverage of the posters' printed parts (H, W)."""
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    boards = np.abs(((x + 0.5 * y) % 8.0) - 4.0) - 0.4
    R.over(img, 0.3 * R.coverage(boards) * R.below(FLOOR_Y + 0.5, 1), (0.0, 0.0, 0.0))
    R.over(img, R.coverage(np.abs(y - LINE_Y) - 0.4), LINE)
    ink = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for left in POSTERS:
        right, mid = left + POSTER_W, left + POSTER_W / 2
        R.over(img, R.coverage(R.edges_sdf(x, y, left, right, POSTER_TOP, POSTER_BOTTOM)), PAPER)
        border = np.abs(R.edges_sdf(x, y, left + 1.2, right - 1.2, POSTER_TOP + 1.2, POSTER_BOTTOM - 1.2)) - 0.45
        for part in (border, R.edges_sdf(x, y, left + 2.5, right - 2.5, POSTER_TOP + 2.5, POSTER_TOP + 6.5),
                     np.hypot(x - mid, y - (POSTER_TOP + 12.0)) - 4.2,
                     R.edges_sdf(x, y, left + 2.5, right - 2.5, POSTER_TOP + 17.5, POSTER_TOP + 18.5),
                     R.edges_sdf(x, y, left + 2.5, right - 4.5, POSTER_TOP + 19.5, POSTER_TOP + 20.5)):
            np.minimum(ink, part, out=ink)
        R.over(img, R.coverage(R.segment_sdf(x, y, left + 2.0, LINE_Y, left + 2.0, POSTER_TOP + 1.0) - 0.6), CORD)
        R.over(img, R.coverage(R.segment_sdf(x, y, right - 2.0, LINE_Y, right - 2.0, POSTER_TOP + 1.0) - 0.6), CORD)
    # the press: its base and bed, the paper on the bed, the posts, the top beam and the screw
    R.over(img, R.coverage(R.edges_sdf(x, y, POSTS[0] - 2.0, POSTS[1] + 2.0, BED_BOTTOM, FLOOR_Y + 2.0)), IRON)
    R.over(img, R.coverage(R.edges_sdf(x, y, POSTS[0], POSTS[1], BED_TOP, BED_BOTTOM)), IRON)
    R.over(img, R.coverage(R.edges_sdf(x, y, PLATEN_L + 1.0, PLATEN_R - 1.0, PAPER_TOP, BED_TOP)), SHEETS)
    for px in POSTS:
        R.over(img, R.coverage(R.edges_sdf(x, y, px - 1.5, px + 1.5, BEAM[0], BED_BOTTOM)), IRON)
    R.over(img, R.coverage(R.edges_sdf(x, y, POSTS[0] - 2.5, POSTS[1] + 2.5, BEAM[0], BEAM[1])), IRON)
    # the table
    R.over(img, R.coverage(R.edges_sdf(x, y, TABLE_L, TABLE_R, TABLE_TOP, TABLE_TOP + 2.5)), WOOD)
    for lx in (TABLE_L + 1.5, TABLE_R - 1.5):
        R.over(img, R.coverage(R.segment_sdf(x, y, lx, TABLE_TOP, lx, FLOOR_Y + 4.0) - 1.0), WOOD)
    # the lamp's cord and shade
    R.over(img, R.coverage(R.segment_sdf(x, y, LAMP_X, -1.0, LAMP_X, SHADE_Y) - 0.5), CORD)
    shade = np.maximum(R.ellipse_sdf(x - LAMP_X, y - (SHADE_Y + 1.5), 5.0, 3.5), y - (SHADE_Y + 1.5))
    R.over(img, R.coverage(shade), SHADE)
    return img[0], R.coverage(ink)[0]


BACKGROUND, INK = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    R.over(img, np.broadcast_to(INK, (n, R.SIZE, R.SIZE)), INKS[f[:, 2].astype(int)])
    # the platen on its screw
    low = R.col(23 + 14 * f[:, 0])  # the platen's underside
    R.over(img, R.coverage(R.segment_sdf(x, y, LAMP_X, BEAM[1], LAMP_X, low - PLATEN_H) - 1.1), IRON)
    platen = R.edges_sdf(x, y, PLATEN_L, PLATEN_R, low - PLATEN_H, low)
    R.over(img, R.coverage(platen), BRASS)
    R.over(img, R.coverage(np.maximum(platen, low - 1.2 - y)), (0.5, 0.36, 0.12))
    # the pile of sheets, a line at every sheet's edge
    top = R.col(TABLE_TOP - 1.0 - 15.0 * f[:, 1])
    pile = R.edges_sdf(x, y, PILE_L, PILE_R, top, TABLE_TOP)
    R.over(img, R.coverage(pile), SHEETS)
    edges = np.abs(((TABLE_TOP - y) % 2.0) - 1.0) - 0.3
    R.over(img, 0.7 * R.coverage(np.maximum(edges, pile + 0.5)), EDGE)
    # the light: the shop lightens, a cone falls from the lamp, the bulb glows
    light = R.col(f[:, 3])
    img *= 0.45 + 0.55 * light[:, None]
    spread = 4.0 + 0.45 * (y - SHADE_Y - 1.5)
    cone = R.coverage(np.abs(x - LAMP_X) - spread) * R.coverage(SHADE_Y + 1.5 - y) * R.coverage(y - FLOOR_Y)
    R.over(img, 0.3 * light * cone, LIGHT)
    bulb = BULB_OFF[None] + (BULB_ON - BULB_OFF)[None] * f[:, 3:4]
    R.over(img, R.coverage(np.hypot(x - LAMP_X, y - (SHADE_Y + 2.0)) - 1.8), bulb)
    return R.to_uint8(img)


def render(platen: float, pile: float, ink: float, lamp: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[platen, pile, ink, lamp]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("printshop", arg, n, seed, FACTORS, sample_factors, _draw)
