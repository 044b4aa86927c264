"""`tearoom`: a table in an old-fashioned tea room, a china teapot and a tiered cake stand on
a checked tablecloth, in front of a curtained window, seen from the front (64x64 RGB).

The tea room's wallpaper is dark green with fine paler stripes; high on the left is a window
with a white frame and four panes of pale sky over a green hill, a brass curtain rod above it and a rose-coloured
curtain on each side. A table fills the lower part of the image, covered by a gingham cloth:
coloured and white checks, its front hanging down in a scalloped hem. On the table stands a
white china teapot with a blue band round its belly, its handle to the left, its spout to the
right and a knob on its lid; at the right a gilt cake stand rises from the cloth, holding round
white plates one above the other, each with three little cakes (pink, chocolate and pink) on
it. Factors: where the teapot stands along the table (left to right), how far the curtains are
drawn open (from nearly shut to wide open), the hue of the tablecloth's checks (the whole
colour wheel, coming round to where it began) and how many tiers the cake stand has (1 to 3).
The wall, the window, the table, the teapot's size and the plates' size stay fixed; the teapot
always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("teapot_x", "horizontal position of the teapot on the table (left to right)", "continuous"),
    Factor("curtains_open", "how far the window's curtains are drawn open (nearly shut to wide open)",
           "continuous"),
    Factor("cloth_hue", "hue of the tablecloth's checks", "cyclic", period=1.0),
    Factor("tiers", "how many tiers the cake stand has (1 to 3)", "categorical", ("1", "2", "3")),
)
# teapot_x: 0..1 puts the teapot's middle at x = 13..29 px; curtains_open: 0..1 makes each
# curtain 12..2 px wide across the window (x = 4..34 px); cloth_hue: 0..1 of the colour wheel,
# a whole turn (0 and 1 are the same red); tiers: a code 0..2 for 1..3 tiers, from the bottom,
# at the heights of TIERS
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 2.0))
PAPER, PAPER_LINE = (0.2, 0.36, 0.3), (0.3, 0.46, 0.38)
FRAME, SKY, BRASS = (0.94, 0.93, 0.9), (0.68, 0.82, 0.95), (0.8, 0.66, 0.3)
CURTAIN, CURTAIN_FOLD = np.array((0.78, 0.38, 0.44)), np.array((0.6, 0.26, 0.32))
CHINA, CHINA_SHADE, BAND = (0.96, 0.96, 0.94), (0.78, 0.8, 0.82), (0.2, 0.3, 0.66)
PLATE, PINK, CHOCOLATE = (0.97, 0.97, 0.95), (0.96, 0.56, 0.68), (0.38, 0.22, 0.13)
WHITE = np.array((0.98, 0.97, 0.95), np.float32)
TABLE_Y, HEM_Y = 44.0, 59.0
WIN_L, WIN_R, WIN_T, WIN_B = 4.0, 34.0, 7.0, 33.0
POT_Y, POT_RX, POT_RY = 37.5, 7.0, 5.5
STAND_X, TIERS, PLATE_RX = 51.0, (41.5, 29.5, 17.5), 10.0
CHECK = 4.0  # the gingham's checks, px


def _scene():
    x, y = R.grid()
    img = R.canvas(1, PAPER)
    R.over(img, R.coverage(np.abs((x % 5.0) - 2.5) - 0.4), PAPER_LINE)
    R.over(img, R.coverage(R.edges_sdf(x, y, WIN_L - 1.5, WIN_R + 1.5, WIN_T - 1.5, WIN_B + 2.0)), FRAME)
    panes = np.maximum(R.edges_sdf(x, y, WIN_L, WIN_R, WIN_T, WIN_B),
                       1.0 - np.minimum(np.abs(x - (WIN_L + WIN_R) / 2), np.abs(y - (WIN_T + WIN_B) / 2)))
    R.over(img, R.coverage(panes), SKY)
    # a green hill seen through the window
    R.over(img, R.coverage(np.maximum(R.ellipse_sdf(x - 24.0, y - 40.0, 20.0, 12.0),
                                      R.edges_sdf(x, y, WIN_L, WIN_R, WIN_T, WIN_B))), (0.5, 0.7, 0.42))
    return img[0]


SCENE = _scene()


def _cloth():
    """Coverage of the tablecloth, and the gingham's strength: 1 where both stripes cross."""
    x, y = R.grid()
    hem = HEM_Y + 1.6 * np.abs(np.sin(np.pi * x / 8.0))  # scallops along the hem
    cloth = R.coverage(np.maximum(TABLE_Y - y, y - hem))
    stripes_x = (np.floor(x / CHECK) % 2 == 0).astype(np.float32)
    stripes_y = (np.floor((y - TABLE_Y) / CHECK) % 2 == 0).astype(np.float32)
    return cloth, 0.5 * (stripes_x + stripes_y)


CLOTH, GINGHAM = _cloth()
FRONT_SHADE = 1.0 - 0.1 * R.coverage(TABLE_Y + 3.0 - R.grid()[1])  # the cloth's front, a little darker


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the curtains, drawn in from each side of the window
    w = R.col(12.0 - 10.0 * f[:, 1])
    for inner, side in ((WIN_L - 2.0 + w, 1.0), (WIN_R + 2.0 - w, -1.0)):
        curtain = np.maximum(side * (x - inner), np.maximum(WIN_T - 3.0 - y, y - (WIN_B + 3.0)))
        curtain = np.maximum(curtain, -side * (x - (WIN_L - 2.0 if side > 0 else WIN_R + 2.0)))
        cover = R.coverage(curtain)
        R.over(img, cover, CURTAIN)
        R.over(img, 0.7 * cover * R.coverage(np.abs(((x - inner) % 3.0) - 1.5) - 0.45), CURTAIN_FOLD)
    R.over(img, R.coverage(R.edges_sdf(x, y, WIN_L - 3.0, WIN_R + 3.0, WIN_T - 4.5, WIN_T - 3.0)), BRASS)
    # the gingham cloth: white, the colour where one stripe runs, deeper where two cross
    colour = R.hsv(f[:, 2], 0.75, 0.85)[:, :, None, None]
    check = WHITE[None, :, None, None] + (colour - WHITE[None, :, None, None]) * (0.45 * GINGHAM
                                                                                   + 0.55 * GINGHAM ** 2)[:, None]
    R.over(img, CLOTH, check * FRONT_SHADE[:, None])
    # the cake stand: a gilt rod, a plate per tier with three little cakes on it
    tiers = f[:, 3].astype(int)
    top = np.asarray(TIERS, np.float32)[tiers][:, None, None]
    R.over(img, R.coverage(np.maximum(np.abs(x - STAND_X) - 0.9, np.maximum(top - 9.0 - y, y - TABLE_Y))), BRASS)
    R.over(img, R.coverage(np.hypot(x - STAND_X, y - (top - 9.5)) - 1.6), BRASS)
    R.over(img, R.coverage(R.ellipse_sdf(x - STAND_X, y - TABLE_Y, 4.0, 1.5)), BRASS)
    for i, py in enumerate(TIERS):
        on = (tiers >= i).astype(np.float32)[:, None, None]
        R.over(img, on * R.coverage(R.ellipse_sdf(x - STAND_X, y - py, PLATE_RX, 1.4)), PLATE)
        for dx, c in ((-5.5, PINK), (0.0, CHOCOLATE), (5.5, PINK)):
            cake = np.maximum(R.ellipse_sdf(x - STAND_X - dx, y - (py - 2.0), 2.6, 3.4), y - (py - 1.0))
            R.over(img, on * R.coverage(cake), c)
    # the teapot: its handle, spout, body with a blue band, lid and knob
    tx = R.col(13.0 + 16.0 * f[:, 0])
    handle = np.abs(R.ellipse_sdf(x - (tx - POT_RX), y - POT_Y, 3.2, 3.4)) - 1.0
    spout = R.segment_sdf(x, y, tx + 4.0, POT_Y + 1.5, tx + 11.0, POT_Y - 4.5) - (1.6 - 0.1 * (x - tx - 4.0))
    R.over(img, R.coverage(np.minimum(handle, spout)), CHINA_SHADE)
    body = R.ellipse_sdf(x - tx, y - POT_Y, POT_RX, POT_RY)
    R.over(img, R.coverage(body), CHINA)
    R.over(img, R.coverage(np.maximum(body + 0.8, (x - tx) * 0.6 + (POT_Y - 1.0 - y))), CHINA_SHADE)  # shade
    R.over(img, R.coverage(np.maximum(body, np.abs(y - POT_Y - 0.5) - 1.1)), BAND)
    lid = np.minimum(R.ellipse_sdf(x - tx, y - (POT_Y - POT_RY), 3.8, 1.2), np.hypot(x - tx, y - (POT_Y - POT_RY - 2.0)) - 1.2)
    R.over(img, R.coverage(lid), CHINA)
    return R.to_uint8(img)


def render(teapot_x: float, curtains_open: float, cloth_hue: float, tiers: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[teapot_x, curtains_open, cloth_hue, tiers]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("tearoom", arg, n, seed, FACTORS, sample_factors, _draw)
