"""`fan`: an electric desk fan standing on a side table in front of a papered wall, seen from
the front (64x64 RGB).

The fan has a round, heavy base standing on the table, a straight pole rising from it and, at
the top of the pole, the fan's head: three broad blades of one colour turning about a dark hub,
behind a round wire guard (an outer ring, an inner ring and twelve spokes, all grey metal).
The wall is a pale wallpaper with faint vertical stripes; the table top is a brown band along
the bottom. Factors: where the fan stands on the table (left to right; the base, pole and head
move together), how high its head stands on the pole (low to high), the size of the head (its
guard and its blades, small to large), the turn of the blades (a cyclic factor: three blades
alike, so a third of a turn brings them back to where they began) and the hue of the blades
(red through yellow and green to blue). The base, the pole's thickness, the guard's wires,
the wall and the table stay fixed; the whole fan always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

THIRD = 2 * np.pi / 3
FACTORS = (
    Factor("fan_x", "where the fan stands on the table (left to right)", "continuous"),
    Factor("head_height", "how high the fan's head stands on its pole (low to high)", "continuous"),
    Factor("fan_size", "size of the fan's head, its guard and blades (small to large)", "continuous"),
    Factor("blade_turn", "turn of the fan's three blades (a third of a turn is a full cycle)", "cyclic",
           period=THIRD),
    Factor("blade_hue", "hue of the fan's blades (red through yellow and green to blue)", "continuous"),
)
# fan_x: 0..1 puts the pole at x = 22..42 px; head_height: 0..1 puts the hub at y = 34..20 px;
# fan_size: 0..1 is a guard of radius 12..18 px (the blades reach 0.94 of it); blade_turn:
# 0..2 pi / 3 radians anticlockwise (the blades are alike, so 0 and 2 pi / 3 are the same picture);
# blade_hue: 0..0.65 of the colour wheel (no wrap)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, THIRD), (0.0, 0.65))
WALL, WALL_STRIPE = np.array((0.84, 0.86, 0.8)), np.array((0.76, 0.8, 0.74))
TABLE, TABLE_EDGE = (0.52, 0.34, 0.2), (0.4, 0.25, 0.14)
METAL, METAL_DARK, HUB = (0.62, 0.64, 0.67), (0.4, 0.42, 0.45), (0.16, 0.16, 0.18)
TABLE_Y = 57
BASE_HW, BASE_H, POLE_HW = 9.0, 4.0, 1.5
SPOKES = 12
POLE_ROWS, HEAD_ROWS = (18, TABLE_Y), (1, 53)  # the rows the pole and the head can reach


def _background() -> np.ndarray:
    x, _ = R.grid()
    stripe = R.coverage(np.abs((x % 10.0) - 5.0) - 1.5)[0]  # (1, W)
    img = np.empty((3, R.SIZE, R.SIZE), np.float32)
    img[:] = (WALL[:, None] + (WALL_STRIPE - WALL)[:, None] * stripe)[:, None, :]
    img[:, TABLE_Y:] = np.asarray(TABLE, np.float32)[:, None, None]
    img[:, TABLE_Y + 4:] = np.asarray(TABLE_EDGE, np.float32)[:, None, None]
    return img


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    cx, cy, r = R.col(22 + 20 * f[:, 0]), R.col(34 - 14 * f[:, 1]), R.col(12 + 6 * f[:, 2])
    # the pole, then the base on the table and its shadow, each in the rows it can reach
    u = x - cx
    part, yy = img[:, :, POLE_ROWS[0]:TABLE_Y], y[:, POLE_ROWS[0]:TABLE_Y]
    R.over(part, R.coverage(np.maximum(np.abs(u) - POLE_HW, cy - yy)), METAL_DARK)
    part, yy = img[:, :, TABLE_Y - 6:TABLE_Y + 3], y[:, TABLE_Y - 6:TABLE_Y + 3] - TABLE_Y
    R.over(part, 0.3 * R.coverage(2 * R.ellipse_sdf(u, yy, BASE_HW + 3, 1.6)), (0, 0, 0))
    base = np.maximum(R.ellipse_sdf(u, yy, BASE_HW, BASE_H), yy)
    R.over(part, R.coverage(base), METAL_DARK)
    R.over(part, R.coverage(np.maximum(base + 1.0, -2.0 - yy)), METAL)  # the base's lit top
    # the head: the blades in polar coordinates folded onto one blade, then the hub and the guard
    (r0, r1) = HEAD_ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    v = cy - y
    rho = np.sqrt(u * u + v * v)
    phi = np.arctan2(v, u)
    turned = phi - R.col(f[:, 3])
    d = turned - THIRD * np.rint(turned / THIRD)  # angle from the nearest blade's middle
    a, b = rho * np.cos(d), rho * np.sin(d)
    blade = R.ellipse_sdf(a - 0.52 * r, b, 0.42 * r, 0.2 * r + 0.07 * a)
    colour = R.hsv(f[:, 4], 0.7, 0.9)
    R.over(part, R.coverage(blade), colour * 0.7)
    R.over(part, R.coverage(blade + 0.9), colour)
    R.over(part, R.coverage(rho - 0.17 * r), HUB)
    step = 2 * np.pi / SPOKES
    off = phi - step * np.rint(phi / step)  # angle from the nearest spoke
    spokes = np.maximum(rho * np.abs(np.sin(off)) - 0.35, np.maximum(0.2 * r - rho, rho - r))
    R.over(part, 0.55 * R.coverage(np.minimum(spokes, np.abs(rho - 0.55 * r) - 0.4)), METAL_DARK)
    R.over(part, R.coverage(np.abs(rho - r) - 0.8), METAL)
    return R.to_uint8(img)


def render(fan_x: float, head_height: float, fan_size: float, blade_turn: float, blade_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[fan_x, head_height, fan_size, blade_turn, blade_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("fan", arg, n, seed, FACTORS, sample_factors, _draw)
