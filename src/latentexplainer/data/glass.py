"""`glass`: a clear drinking glass with a coloured drink in it, standing on a table in front
of a dark wall, seen from the side (64x64 RGB).

The glass is drawn as a thin pale outline with a thick base, symmetric left to right, in the
middle of the image on a fixed table line; its rim is always at the same height. Inside, the
drink fills it from the bottom up to a flat surface with a lighter edge. Factors: how full
the glass is, the hue of the drink, the width of the glass and its shape (straight sides,
tapered - narrow at the bottom and wide at the rim - or rounded, bulging in the middle and
narrower at the rim). The glass's height, its colour, the wall and the table stay fixed; the
whole glass always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

SHAPES = ("straight", "tapered", "rounded")
FACTORS = (
    Factor("fill_level", "how full the glass is (nearly empty to nearly full)", "continuous"),
    Factor("drink_hue", "hue of the drink in the glass", "continuous"),
    Factor("glass_width", "width of the glass (narrow to wide)", "continuous"),
    Factor("glass_shape", "shape of the glass (straight, tapered or rounded)", "categorical", SHAPES),
)
# fill_level: 0..1 is a drink 2..37 px deep (its surface at y = 51..16 px; the rim is at
# y = 13 px); drink_hue: 0..0.8 of the colour wheel (no wrap); glass_width: 0..1 is a
# reference half-width W of 9..17 px; glass_shape: category codes 0..2 - straight (half-width
# W all the way up), tapered (0.55 W at the bottom widening evenly to W at the rim), rounded
# (0.72 W at the bottom and at the rim, bulging to 1.15 W half-way up)
RANGES = ((0.0, 1.0), (0.0, 0.8), (0.0, 1.0), (0.0, len(SHAPES) - 1.0))
WALL = (0.18, 0.2, 0.25)
TABLE = (0.46, 0.33, 0.2)
GLASS = (0.8, 0.88, 0.94)  # the glass itself
INSIDE = (0.27, 0.3, 0.36)  # the empty part of the glass: the wall seen through it
CX, TABLE_Y = 32.0, 56.0
BOTTOM, TOP = 56.0, 13.0  # the glass's foot and rim
FLOOR = 53.0  # the top of its thick base: the bottom of the drink
SIDE = 1.6  # thickness of the glass's sides, px


def _profile(t: np.ndarray, shape: np.ndarray, w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Half-width and its derivative along t (0 at the foot, 1 at the rim), per shape."""
    straight, ds = w + 0 * t, 0 * t
    tapered, dt = w * (0.55 + 0.45 * t), w * 0.45 + 0 * t
    rounded = w * (0.72 + 0.43 * np.sin(np.pi * t))
    dr = w * 0.43 * np.pi * np.cos(np.pi * t)
    half = np.where(shape == 0, straight, np.where(shape == 1, tapered, rounded))
    slope = np.where(shape == 0, ds, np.where(shape == 1, dt, dr))
    return half, slope


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = R.canvas(n, WALL)
    table = R.below(TABLE_Y, n)
    img = R.over(img, table, TABLE)
    t = np.clip((BOTTOM - y) / (BOTTOM - TOP), 0.0, 1.0)  # (1, H, 1): one profile value per row
    half, dw = _profile(t, f[:, 3].astype(int)[:, None, None], R.col(9 + 8 * f[:, 2]))
    side = (np.abs(x - CX) - half) / np.sqrt(1 + (dw / (BOTTOM - TOP)) ** 2)
    outer = np.maximum(side, np.maximum(y - BOTTOM, TOP - y))
    img = R.over(img, R.coverage(outer), GLASS)
    inner = np.maximum(side + SIDE, np.maximum(y - FLOOR, TOP - y))
    img = R.over(img, R.coverage(inner), INSIDE)
    level = R.col(FLOOR - (2 + 35 * f[:, 0]))  # the drink's surface
    drink = np.maximum(side + SIDE, np.maximum(y - FLOOR, level - y))
    img = R.over(img, R.coverage(drink), R.hsv(f[:, 1], 0.75, 0.8))
    surface = np.maximum(side + SIDE, np.abs(y - (level + 0.75)) - 0.75)
    return R.to_uint8(R.over(img, R.coverage(surface), R.hsv(f[:, 1], 0.4, 0.97)))


def render(fill_level: float, drink_hue: float, glass_width: float, glass_shape: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8; ``glass_shape`` is the category code (0 straight,
    1 tapered, 2 rounded)."""
    return _draw(np.array([[fill_level, drink_hue, glass_width, glass_shape]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("glass", arg, n, seed, FACTORS, sample_factors, _draw)
