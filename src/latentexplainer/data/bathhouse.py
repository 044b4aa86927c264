"""`bathhouse`: bathers soaking in the big tiled bath of a public bathhouse, seen straight on
(64x64 RGB).

The back wall of the bathhouse is covered in small pale tiles set in darker grout; high on it
hangs a framed mural of a blue mountain with a snowy top under a blue sky. In front, a deep
bath runs across the whole image, its water a translucent teal through which the tiles of the
wall behind still show, a pale line along its surface; a wooden ledge and a strip of grey slate
floor, with a yellow wooden bucket standing on it, run along the bottom. The bathers sit in the
water side by side, only their heads and shoulders above it, each with dark hair and a small
folded red towel on top of the head. Steam rises from the water in soft white wisps, thicker higher
up. Factors: how the wall's tiles are laid (a square grid, brick bond or diamonds), how
thick the steam is (clear to thick), how high the water stands in the bath (low to brimming;
the bathers sit up with it) and how many bathers there are (1 to 4). The wall's and the
grout's colours, the mural, the ledge, the floor and the bucket stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("tile_pattern", "how the bathhouse wall's tiles are laid (square grid, brick bond or diamonds)",
           "categorical", ("square", "brick", "diamond")),
    Factor("steam", "how thick the steam over the bath is (clear to thick)", "continuous"),
    Factor("water_level", "how high the water stands in the bath (low to brimming)", "continuous"),
    Factor("bathers", "how many bathers sit in the bath (1 to 4)", "categorical", ("1", "2", "3", "4")),
)
# tile_pattern: 0 square tiles 6 px across, 1 bricks 8x5 px with every other row shifted by half
# a brick, 2 a grid of 6 px turned by 45 degrees (grout lines 1.2 px wide in each); steam: 0..1
# scales the haze's opacity, up to 0.2..0.65 (between and in the wisps) at the top of the image,
# falling off to 0.45 of that at the bottom; water_level: 0..1 puts the water's surface at
# y = 50..36 px (the bath's ledge is at y = 54 px); bathers: 1..4 of the seats at x = 10, 24, 38,
# 52 px, from the left, each a head of radius 6 px whose middle is 7.5 px above the surface, on
# shoulders 13.6 px wide
RANGES = ((0.0, 2.0), (0.0, 1.0), (0.0, 1.0), (0.0, 3.0))
TILE, GROUT = (0.87, 0.91, 0.92), (0.44, 0.52, 0.56)
MURAL_SKY, MURAL_HILL, MURAL_SNOW, FRAME = (0.45, 0.68, 0.92), (0.2, 0.34, 0.62), (0.97, 0.97, 0.98), \
    (0.42, 0.27, 0.15)
WATER, SURFACE, STEAM = (0.12, 0.52, 0.55), (0.78, 0.94, 0.95), (0.97, 0.97, 0.98)
SKIN, HAIR, TOWEL = (0.8, 0.52, 0.38), (0.1, 0.08, 0.08), (0.86, 0.16, 0.14)
LEDGE, FLOOR, BUCKET, BAND = (0.55, 0.36, 0.2), (0.36, 0.37, 0.4), (0.93, 0.76, 0.3), (0.45, 0.3, 0.16)
LEDGE_Y, FLOOR_Y, WATER_ALPHA = 54.0, 58.0, 0.78
SEATS, SEAT_GAP = (10.0, 24.0, 38.0, 52.0), 14.0
ROWS = (18, 56)  # the rows the bathers and the water can reach
HEAD_R, HEAD_UP = 6.0, 7.5  # a head's radius, and how far its middle is above the surface
MURAL = (10.0, 54.0, 3.0, 19.0)  # left, right, top, bottom


def _grout(x, y, pattern: int) -> np.ndarray:
    """Distance (px) to the nearest grout line of one tiling."""
    if pattern == 0:  # square tiles
        u, v, w, h = x, y, 6.0, 6.0
    elif pattern == 1:  # bricks, every other row shifted by half a brick
        u, v, w, h = x + 4.0 * (np.floor(y / 5.0) % 2), y, 8.0, 5.0
    else:  # squares turned by 45 degrees: diamonds
        u, v, w, h = (x + y) / np.sqrt(2), (x - y) / np.sqrt(2), 6.0, 6.0
    u, v = u % w, v % h
    return np.minimum(np.minimum(u, w - u), np.minimum(v, h - v))


def _walls() -> np.ndarray:
    """The back wall under each tiling, with the mural: (3 patterns, 3, H, W)."""
    x, y = R.grid()
    out = R.canvas(3, TILE)
    for p in range(3):
        R.over(out[p:p + 1], R.coverage(_grout(x, y, p) - 0.6), GROUT)
    left, right, top, bottom = MURAL
    R.over(out, R.coverage(R.edges_sdf(x, y, left - 1.5, right + 1.5, top - 1.5, bottom + 1.5)), FRAME)
    R.over(out, R.coverage(R.edges_sdf(x, y, left, right, top, bottom)), MURAL_SKY)
    hill = (6.5 + 0.55 * np.abs(x - 30.0) - y) * 0.87  # a broad peak at (30, 6.5)
    hill = np.maximum(hill, R.edges_sdf(x, y, left, right, top, bottom))
    R.over(out, R.coverage(hill), MURAL_HILL)
    R.over(out, R.coverage(np.maximum(hill, y - 10.5 - 0.8 * np.sin(x * 1.3))), MURAL_SNOW)
    return out


WALLS = _walls()


def _wisps() -> np.ndarray:
    """The steam's opacity at full thickness, (H, W): soft wisps, thicker higher up."""
    x, y = R.grid()
    wave = 0.5 + 0.5 * np.sin(0.21 * x + 2.2 * np.sin(0.13 * y + 0.6) + 0.35 * y)
    alpha = (0.2 + 0.45 * wave) * (1.0 - 0.55 * y / R.SIZE)
    return np.ascontiguousarray(np.broadcast_to(alpha, (1, R.SIZE, R.SIZE)), np.float32)


WISPS = _wisps()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = WALLS[f[:, 0].astype(int)].copy()
    surface = R.col(50.0 - 14.0 * f[:, 2])
    count = R.col(f[:, 3] + 1)
    # the bathers, drawn only in the rows they can reach, for speed: each column belongs to its
    # nearest seat, so every bather is one shape about it - shoulders (under the water, mostly),
    # the water over them, then the head with its hair and towel, only above the surface
    r0, r1 = ROWS
    part, yb = img[:, :, r0:r1], y[:, r0:r1]  # yb: the rows of the part
    seat = np.clip(np.round((x - SEATS[0]) / SEAT_GAP), 0, len(SEATS) - 1)
    u = x - (SEATS[0] + SEAT_GAP * seat)
    hidden = np.where(count > seat, 0.0, np.inf).astype(np.float32)  # inf at an empty seat
    hy = surface - HEAD_UP
    shoulders = np.minimum(R.ellipse_sdf(u, yb - (surface + 0.5), 6.8, 4.6), R.box_sdf(u, yb - (hy + 5.0), 2.2, 3.0))
    R.over(part, R.coverage(shoulders + hidden), SKIN)
    R.over(part, WATER_ALPHA * R.coverage(surface - yb), WATER)
    R.over(part, R.coverage(np.abs(yb - surface - 0.3) - 0.5), SURFACE)
    head = np.hypot(u, yb - hy) - HEAD_R + hidden
    R.over(part, R.coverage(np.maximum(head, yb - surface)), SKIN)
    R.over(part, R.coverage(np.maximum(head, yb - hy - 0.5 + 0.25 * u * u)), HAIR)
    R.over(part, R.coverage(R.box_sdf(u, yb - (hy - HEAD_R + 0.4), 3.0, 1.0) - 0.5 + hidden), TOWEL)
    # the ledge, the floor and the bucket on it
    R.over(img, R.below(LEDGE_Y, n), LEDGE)
    R.over(img, R.below(FLOOR_Y, n), FLOOR)
    bucket = np.maximum(R.edges_sdf(x, y, 50.0, 60.0, 55.0, 63.0), np.abs(x - 55.0) - 5.0 + 0.3 * (63.0 - y))
    R.over(img, R.coverage(bucket), BUCKET)
    R.over(img, R.coverage(np.maximum(bucket, np.abs(y - 59.0) - 0.6)), BAND)
    # the steam over everything
    R.over(img, R.col(f[:, 1]) * WISPS, STEAM)
    return R.to_uint8(img)


def render(tile_pattern: float, steam: float, water_level: float, bathers: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[tile_pattern, steam, water_level, bathers]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("bathhouse", arg, n, seed, FACTORS, sample_factors, _draw)
