"""`hourglass`: an hourglass standing on a wooden table in front of a plain wall, seen from the
side (64x64 RGB).

The hourglass stands upright in the middle of the image: two wooden plates, one at the top
and one at the bottom, joined by two thin wooden posts at the sides, hold a clear glass of
two bulbs that meet at a narrow waist half-way up. Each bulb is widest next to its plate and
curves in towards the waist; the glass shows as a faint pale tint with a pale outline.
Coloured sand fills the upper bulb from the waist up and the lower bulb from its plate up,
both with flat tops, and while sand is left in the upper bulb a thin stream of it falls
through the waist onto the sand below. The total amount of sand (as area in the picture)
stays the same. The table is a dark brown band along the bottom. Factors: how much of the
sand has run down into the lower bulb (none to all), the width of the glass bulbs, the hue
of the sand and the brightness of the wall behind (dark to light). The hourglass's height,
the waist, the plates, the posts and the table stay fixed; the whole hourglass always lies
inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("sand_run", "how much of the sand has run into the lower bulb (none to all)", "continuous"),
    Factor("bulb_width", "width of the hourglass's glass bulbs (narrow to wide)", "continuous"),
    Factor("sand_hue", "hue of the sand in the hourglass", "continuous"),
    Factor("wall_brightness", "brightness of the wall behind the hourglass (dark to light)", "continuous"),
)
# sand_run: 0..1 is the share of the sand in the lower bulb (the sand fills 0.75 of the
# glass's area in the picture); bulb_width: 0..1 is a glass of half-width 7..15 px next to
# the plates (1.2 px at the waist, y = 32 px; each bulb 19 px tall, between y = 13 and 51 px);
# sand_hue: 0..0.8 of the colour wheel (no wrap); wall_brightness: 0..1 scales the wall's
# warm beige by 0.25..1
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 0.8), (0.0, 1.0))
WALL = np.array((0.78, 0.68, 0.54))
TABLE, WOOD = (0.24, 0.15, 0.1), (0.42, 0.24, 0.11)
GLASS, GLASS_EDGE = (0.86, 0.93, 1.0), (0.93, 0.97, 1.0)
GLASS_ALPHA, EDGE_ALPHA = 0.25, 0.75
CX, WAIST_Y, BULB, WAIST = 32.0, 32.0, 19.0, 1.2  # the bulbs' length and the waist's half-width
PLATE_HW, PLATE_HH = 20.0, 2.5
POST_X, POST_HW = 17.8, 1.2
TABLE_Y = 56.0
FILL = 0.75  # the share of the glass's area the sand fills
STREAM_HW = 0.6


def _area(t, b):
    """The glass's half-width integrated from the waist (t = 0) to t (in bulb lengths), for
    bulbs of half-width ``b`` at the plates (t = 1): w(t) = WAIST + (b - WAIST)(2t - t^2)."""
    return WAIST * t + (b - WAIST) * (t ** 2 - t ** 3 / 3)


def _level(target, b):
    """The t at which _area(t, b) reaches ``target`` (bisection; _area increases with t)."""
    lo, hi = np.zeros_like(target), np.ones_like(target)
    for _ in range(24):
        mid = (lo + hi) / 2
        low = _area(mid, b) < target
        lo, hi = np.where(low, mid, lo), np.where(low, hi, mid)
    return (lo + hi) / 2


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = R.canvas(n, WALL[None] * (0.25 + 0.75 * f[:, 3:4]))
    img[:, :, int(TABLE_Y):] = np.asarray(TABLE, np.float32)[:, None, None]  # (the table's top is a pixel edge)
    dx = x - CX
    posts = R.box_sdf(np.abs(dx) - POST_X, y - WAIST_Y, POST_HW, BULB + 0.5)
    img = R.over(img, R.coverage(posts), WOOD)
    b = 7 + 8 * f[:, 1]
    total = _area(np.ones_like(b), b)
    run = f[:, 0]
    top_level = _level((1 - run) * FILL * total, b)  # the upper sand's height above the waist
    low_level = _level(total - run * FILL * total, b)  # where the lower sand starts, below the waist
    bc = R.col(b)
    t = np.abs(y - WAIST_Y) / BULB
    w = WAIST + (bc - WAIST) * (2 * t - t ** 2)
    slope = (bc - WAIST) * (2 - 2 * t) / BULB
    glass = np.maximum((np.abs(dx) - w) / np.sqrt(1 + slope ** 2), np.abs(y - WAIST_Y) - BULB)
    inside = R.coverage(glass)
    img = R.over(img, GLASS_ALPHA * inside, GLASS)
    sand = R.hsv(f[:, 2], 0.7, 0.88)
    top_y, low_y = R.col(WAIST_Y - BULB * top_level), R.col(WAIST_Y + BULB * low_level)
    upper = inside * R.coverage(top_y - y) * R.coverage(y - WAIST_Y)
    lower = inside * R.coverage(low_y - y)
    img = R.over(img, np.maximum(upper, lower), sand)
    flowing = R.col(np.clip((1 - run) * 40, 0.0, 1.0))
    stream = R.coverage(np.abs(dx) - STREAM_HW) * R.coverage(WAIST_Y - 1 - y) * R.coverage(y - low_y)
    img = R.over(img, flowing * stream, sand)
    img = R.over(img, EDGE_ALPHA * R.coverage(np.abs(glass) - 0.5), GLASS_EDGE)
    plates = np.minimum(R.box_sdf(dx, y - (WAIST_Y - BULB - PLATE_HH), PLATE_HW - 1, PLATE_HH - 1),
                        R.box_sdf(dx, y - (WAIST_Y + BULB + PLATE_HH), PLATE_HW - 1, PLATE_HH - 1)) - 1
    return R.to_uint8(R.over(img, R.coverage(plates), WOOD))


def render(sand_run: float, bulb_width: float, sand_hue: float, wall_brightness: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[sand_run, bulb_width, sand_hue, wall_brightness]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("hourglass", arg, n, seed, FACTORS, sample_factors, _draw)
