"""`ferryman`: a ferryman poling a flat ferry punt with passengers across a river, a wooded
far bank behind, seen from the front (64x64 RGB).

A pale blue sky fills the top of the image above a row of dark green trees on the far bank
and a strip of grass; below the grass the bank's face of brown mud, marked with darker
lines, slopes down to the river, whose blue water, with pale ripples, fills the rest of the
image. On the water floats a long, flat wooden punt, its ends raked up; at its right end
stands the ferryman in a dark blue smock and a wide black hat, both hands on a long pale pole
that reaches from above his head down into the water; standing in the punt ahead of him, from
its left end, are his passengers, in a red coat, a yellow dress and a white smock, each with
a hat. Factors: where the punt is on the river (left to right; the ferryman and passengers go
with it), how far the pole leans (its foot in the water to the left of him, through upright, to
the right), how high the river runs (from low, with a wide band of the bank's mud showing, to
high; the punt rides up and down with it) and how many passengers are aboard (1 to 3). The sky,
the trees, the punt's and the people's sizes stay fixed; the whole punt always lies inside
the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("punt_x", "horizontal position of the punt on the river (left to right)", "continuous"),
    Factor("pole_lean", "how the ferryman's pole leans (foot to the left, upright, to the right)", "continuous"),
    Factor("water_level", "how high the river runs (low, mud showing, to high)", "continuous"),
    Factor("passengers", "how many passengers stand in the punt (1 to 3)", "categorical", ("1", "2", "3")),
)
# punt_x: 0..1 puts the punt's middle at x = 20..44 px (it is 36 px long); pole_lean:
# -0.6..0.6 radians from upright (negative: the pole's foot to the left of his hands); water_level:
# 0..1 puts the water's edge at the far bank at y = 44..30 px, with the punt's waterline 12 px
# lower; passengers: a code 0..2 for 1..3 passengers, standing from the punt's left end at PEOPLE
# (px from its middle), in the colours of COATS
RANGES = ((0.0, 1.0), (-0.6, 0.6), (0.0, 1.0), (0.0, 2.0))
SKY_TOP, SKY_BOTTOM = np.array((0.5, 0.7, 0.92)), np.array((0.8, 0.88, 0.96))
TREE, TREE_LIGHT, GRASS, MUD, MUD_LINE = (0.12, 0.3, 0.16), (0.2, 0.42, 0.2), (0.36, 0.58, 0.26), \
    (0.46, 0.34, 0.22), (0.36, 0.26, 0.17)
WATER, WATER_DEEP, RIPPLE = np.array((0.26, 0.46, 0.62)), np.array((0.16, 0.32, 0.48)), (0.6, 0.76, 0.86)
HULL, HULL_DARK, POLE, SKIN = (0.56, 0.36, 0.2), (0.36, 0.22, 0.12), (0.88, 0.78, 0.52), (0.93, 0.74, 0.6)
SMOCK, BLACK = (0.16, 0.22, 0.44), (0.1, 0.09, 0.09)
COATS = ((0.84, 0.16, 0.14), (0.96, 0.8, 0.18), (0.96, 0.95, 0.92))
HATS = ((0.22, 0.16, 0.12), (0.92, 0.88, 0.74), (0.1, 0.1, 0.12))
PEOPLE = (-13.0, -5.5, 2.0)
GRASS_Y, HALF_L, MAN = 20.0, 18.0, 11.0


def _sky():
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, GRASS_Y)[None].copy()
    crowns = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for tx, ty, r in ((4.0, 13.0, 6.0), (13.0, 11.0, 7.0), (23.0, 14.0, 5.5), (33.0, 10.0, 7.5), (44.0, 13.0, 6.0),
                      (53.0, 11.0, 6.5), (62.0, 14.0, 5.5)):
        np.minimum(crowns, np.hypot(x - tx, (y - ty) * 0.9) - r, out=crowns)
    R.over(img, R.coverage(crowns), TREE)
    R.over(img, 0.7 * R.coverage(np.maximum(crowns + 2.0, np.abs(((x + 2.0 * y) % 7.0) - 3.5) - 1.0)), TREE_LIGHT)
    R.over(img, R.below(GRASS_Y - 3.0, 1), GRASS)
    R.over(img, R.below(GRASS_Y, 1), MUD)
    lines = np.abs(((y - GRASS_Y + 0.3 * np.sin(0.4 * x)) % 4.0) - 2.0) - 0.4
    R.over(img, 0.7 * R.coverage(np.maximum(lines, GRASS_Y + 1.0 - y)), MUD_LINE)
    return img[0]


BANK = _sky()


def _water():
    x, y = R.grid()
    t = np.clip((y - 30.0) / 34.0, 0.0, 1.0)
    field = WATER[:, None, None] + (WATER_DEEP - WATER)[:, None, None] * t
    ripples = np.maximum(np.abs((y % 5.0) - 2.5) - 0.4, np.abs(((x + 7.0 * np.floor(y / 5.0)) % 11.0) - 5.5) - 2.5)
    return np.broadcast_to(field, (3, R.SIZE, R.SIZE)).astype(np.float32), 0.6 * R.coverage(ripples)[0]


WATER_FIELD, RIPPLES = _water()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BANK
    # the river: deeper blue towards the front, pale ripples
    edge = R.col(44.0 - 14.0 * f[:, 2])
    water = R.coverage(edge - y)
    R.over(img, water, WATER_FIELD)
    R.over(img, RIPPLES * R.coverage(edge + 2.0 - y), RIPPLE)
    # the punt: a flat hull with raked ends, a dark strake along it
    bx, wl = R.col(20.0 + 24.0 * f[:, 0]), edge + 12.0
    deck = wl - 4.0
    u = x - bx
    hull = np.maximum(np.maximum(deck - y, y - (wl + 1.0)), np.abs(u) - (HALF_L - 0.9 * (y - deck)))
    R.over(img, R.coverage(hull), HULL)
    R.over(img, R.coverage(np.maximum(hull + 0.3, np.abs(y - (deck + 2.6)) - 0.8)), HULL_DARK)
    # the passengers, from the punt's left end: a coat, a head and a hat each
    count = f[:, 3].astype(int)
    for i, (px, coat, hat) in enumerate(zip(PEOPLE, COATS, HATS)):
        on = (count >= i).astype(np.float32)[:, None, None]
        body = np.maximum(R.ellipse_sdf(u - px, y - (deck - 6.0), 3.6, 7.0), y - deck)
        R.over(img, on * R.coverage(body), coat)
        R.over(img, on * R.coverage(np.hypot(u - px, y - (deck - 15.0)) - 2.8), SKIN)
        top = np.minimum(R.edges_sdf(u, y, px - 2.6, px + 2.6, deck - 20.5, deck - 17.0),
                         R.edges_sdf(u, y, px - 4.0, px + 4.0, deck - 17.6, deck - 16.4))
        R.over(img, on * R.coverage(top), hat)
    # the ferryman at the right end: smock, head, wide hat
    body = np.maximum(R.ellipse_sdf(u - MAN, y - (deck - 7.0), 4.0, 8.5), y - deck)
    R.over(img, R.coverage(body), SMOCK)
    R.over(img, R.coverage(np.hypot(u - MAN, y - (deck - 17.5)) - 3.0), SKIN)
    hat = np.minimum(R.ellipse_sdf(u - MAN, y - (deck - 20.0), 5.5, 1.1),
                     R.ellipse_sdf(u - MAN, y - (deck - 21.5), 3.0, 2.2))
    R.over(img, R.coverage(hat), BLACK)
    # the pole through his hands, from above his head down into the water; his arms to it
    a = R.col(f[:, 1])
    sx, sy = np.sin(a), np.cos(a)
    hx, hy = bx + MAN + 1.5, deck - 10.0
    down = (wl + 2.0 - hy) / sy
    pole = R.segment_sdf(x, y, hx - 15.0 * sx, hy - 15.0 * sy, hx + down * sx, hy + down * sy) - 1.1
    R.over(img, R.coverage(pole), POLE)
    arms = np.minimum(R.segment_sdf(x, y, bx + MAN, deck - 13.0, hx - 4.0 * sx, hy - 4.0 * sy),
                      R.segment_sdf(x, y, bx + MAN, deck - 11.0, hx + 2.0 * sx, hy + 2.0 * sy)) - 1.2
    R.over(img, R.coverage(arms), SMOCK)
    return R.to_uint8(img)


def render(punt_x: float, pole_lean: float, water_level: float, passengers: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[punt_x, pole_lean, water_level, passengers]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("ferryman", arg, n, seed, FACTORS, sample_factors, _draw)
