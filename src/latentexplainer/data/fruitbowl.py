"""`fruitbowl`: a bowl of round fruit standing on a wooden table in front of a cream wall, seen
from the front (64x64 RGB).

A white china bowl with a blue band round it stands on a short foot on the table, casting a
soft shadow; round fruits, each with a small stem and a shine, sit in it, their lower parts
hidden behind the bowl's front. Two fruits sit side by side; three sit in a row; a fourth
rests on top of a row of three, in the hollow between the left and middle ones, and a fifth
in the hollow between the middle and right ones. The fruits never touch one another.
Factors: the number of fruits (2 to 5), the bowl's horizontal position along the table, the
bowl's width (the fruits grow with it), the bowl's depth (a shallow dish, which sets the
fruits low, to a deep bowl, which lifts them) and the hue of the fruits. The wall, the table,
the bowl's colours and the fruits' stems stay fixed; the bowl and its fruits always lie
inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("fruit_count", "number of fruits in the bowl (2 to 5)", "categorical", categories=("2", "3", "4", "5")),
    Factor("bowl_x", "horizontal position of the bowl on the table (left to right)", "continuous"),
    Factor("bowl_width", "width of the bowl and size of its fruits (narrow to wide)", "continuous"),
    Factor("bowl_depth", "depth of the bowl (a shallow dish to a deep bowl)", "continuous"),
    Factor("fruit_hue", "hue of the fruits (red through yellow and green to blue)", "continuous"),
)
# fruit_count: codes 0..3 are 2..5 fruits; bowl_x: 0..1 puts the bowl's middle at x = 26..38 px;
# bowl_width: 0..1 is a bowl of half-width 14..22 px, its fruits of radius half-width / 2.9
# (4.8..7.6 px); bowl_depth: 0..1 is a bowl 8..15 px deep below its rim, which stands on a
# 2 px foot on the table top at y = 54 px (so the rim is at y = 44..37 px); fruit_hue: 0..0.6
# of the colour wheel (no wrap)
RANGES = ((0.0, 3.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 0.6))
WALL_TOP, WALL_BOTTOM = np.array((0.92, 0.89, 0.8)), np.array((0.84, 0.8, 0.7))
TABLE, TABLE_EDGE = (0.5, 0.32, 0.18), (0.36, 0.22, 0.12)
BOWL, BAND, BOWL_SHADE = (0.95, 0.95, 0.93), (0.22, 0.38, 0.7), (0.62, 0.62, 0.64)
STEM, SHINE, SHADOW = (0.3, 0.2, 0.1), (1.0, 1.0, 1.0), (0.15, 0.08, 0.04)
TABLE_Y, FOOT_H = 54.0, 2.0
SPACING, LIFT = 2.25, 0.6  # fruits' spacing along a row, and how far above the rim they sit, in radii
# (dx, shown) of the five fruit places, in fruit radii from the bowl's middle, by count: three
# in the bottom row, two in the row above it (see ROWS)
PLACES = np.array(
    [
        [(-SPACING / 2, 1), (SPACING / 2, 1), (0.0, 0), (0.0, 0), (0.0, 0)],
        [(-SPACING, 1), (0.0, 1), (SPACING, 1), (0.0, 0), (0.0, 0)],
        [(-SPACING, 1), (0.0, 1), (SPACING, 1), (-SPACING / 2, 1), (0.0, 0)],
        [(-SPACING, 1), (0.0, 1), (SPACING, 1), (-SPACING / 2, 1), (SPACING / 2, 1)],
    ],
    np.float32,
)
ROWS = (((0, 1, 2), 0.0), ((3, 4), 2.0))  # the fruits' rows: their places, and how far above the bottom row
FRUIT_ROWS, BOWL_ROWS, SHADOW_ROWS = (4, 48), (35, 56), (52, 58)  # the image rows each can reach


def _background() -> np.ndarray:
    img = R.vertical_gradient(WALL_TOP, WALL_BOTTOM, TABLE_Y)[None].copy()
    R.over(img, R.below(TABLE_Y, 1), TABLE)
    R.over(img, R.below(TABLE_Y, 1) * (1 - R.below(TABLE_Y + 1.5, 1)), TABLE_EDGE)
    _, y = R.grid()
    grain = 0.025 * np.sin(y * 2.3 + 0.4 * np.sin(np.arange(R.SIZE, dtype=np.float32) * 0.3)[None, None])
    img += (grain * (y > TABLE_Y + 1.5))[:, None]
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    cx, hw = R.col(26 + 12 * f[:, 1]), R.col(14 + 8 * f[:, 2])
    depth = R.col(8 + 7 * f[:, 3])
    rim = TABLE_Y - FOOT_H - depth
    r = hw / 2.9
    # the bowl's shadow on the table
    (s0, s1), (f0, f1), (b0, b1) = SHADOW_ROWS, FRUIT_ROWS, BOWL_ROWS
    ys = y[:, s0:s1]
    R.over(img[:, :, s0:s1], 0.35 * R.coverage(R.ellipse_sdf(x - cx, ys - TABLE_Y - 1.0, 0.85 * hw, 2.0)), SHADOW)
    # the fruits, the shines on them and their stems, a row at a time: fruits in a row share
    # their height and size, so the nearest in x is the nearest; each pixel finds its nearest
    # fruit's signed offset along x (cheap: one value a column), then its distances
    part, yf = img[:, :, f0:f1], y[:, f0:f1]
    places = PLACES[f[:, 0].astype(int)]  # (n, 5, 2)
    fruit = np.full((n, f1 - f0, R.SIZE), np.inf, np.float32)
    shine, stem = np.full_like(fruit, np.inf), np.full_like(fruit, np.inf)
    for slots, lift in ROWS:
        dx = np.full((n, 1, R.SIZE), np.float32(1e4))
        for i in slots:  # a fruit left out of the picture is put far away
            fx = np.where(R.col(places[:, i, 1]) > 0, cx + R.col(places[:, i, 0]) * r, np.float32(1e4))
            d = x - fx
            dx = np.where(np.abs(d) < np.abs(dx), d, dx)
        dy = yf - (rim - (LIFT + lift) * r)
        np.minimum(fruit, np.sqrt(dx * dx + dy * dy) - r, out=fruit)  # (np.hypot is several times slower)
        sx, sy = dx + 0.38 * r, dy + 0.38 * r
        np.minimum(shine, np.sqrt(sx * sx + sy * sy) - 0.26 * r, out=shine)
        np.minimum(stem, np.maximum(np.abs(dx - 0.5) - 0.6, np.abs(dy + r + 0.8) - 1.8), out=stem)
    R.over(part, R.coverage(stem), STEM)
    R.over(part, R.coverage(fruit), R.hsv(f[:, 4], 0.8, 0.62))
    R.over(part, 0.55 * R.coverage(shine), SHINE)
    # the bowl: a half ellipse below its rim on a short foot, with a blue band and a shaded base
    part, yb = img[:, :, b0:b1], y[:, b0:b1]
    body = np.maximum(R.ellipse_sdf(x - cx, yb - rim, hw, depth), rim - 0.8 - yb)
    foot = R.box_sdf(x - cx, yb - (TABLE_Y - FOOT_H / 2), 0.3 * hw, FOOT_H / 2 + 0.5)
    bowl = R.coverage(np.minimum(body, foot))
    R.over(part, bowl, BOWL)
    R.over(part, 0.5 * bowl * R.coverage(rim + 0.7 * depth - yb), BOWL_SHADE)
    R.over(part, bowl * R.coverage(np.abs(yb - rim - 0.35 * depth) - 1.0), BAND)
    return R.to_uint8(img)


def render(fruit_count: float, bowl_x: float, bowl_width: float, bowl_depth: float, fruit_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[fruit_count, bowl_x, bowl_width, bowl_depth, fruit_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("fruitbowl", arg, n, seed, FACTORS, sample_factors, _draw)
