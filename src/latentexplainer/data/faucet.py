"""`faucet`: a single-lever mixer tap over a washbasin, against a tiled wall, seen from the
front (64x64 RGB).

The tap stands on a small base plate on the counter behind the basin: a round column rises
from it, its top capped by the lever's round pivot; from just below the top a straight spout
reaches out to the right and turns down at its end into a short nozzle. The lever points out
to the left from the pivot; raising it turns the water on, and a stream of water falls from
the nozzle into the basin, widening with the lever, with a splash where it lands. The tap's
metal has a thin darker rim and a bright highlight down its left side. Behind is a wall of
square glazed tiles with pale grout lines; in front, the pale counter with a white basin set
into it. Factors: the tap's horizontal position, the length of the spout (short to long), how
far the lever is raised (shut, no water, to fully open, a full stream), the tap's finish
(chrome, brass or black) and the hue of the wall tiles. The column's height, the lever's
length, the counter and the basin stay fixed; the tap always lies inside the image and the
stream always lands in the basin.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("tap_x", "horizontal position of the tap (left to right)", "continuous"),
    Factor("spout_length", "length of the tap's spout (short to long)", "continuous"),
    Factor("lever", "how far the lever is raised, and the water runs (shut to fully open)", "continuous"),
    Factor(
        "finish",
        "the tap's metal finish (chrome, brass or black)",
        "categorical",
        categories=("chrome", "brass", "black"),
    ),
    Factor("tile_hue", "hue of the wall tiles (red through yellow and green to purple)", "continuous"),
)
# tap_x: 0..1 puts the column's middle at x = 14..26 px; spout_length: 0..1 puts the nozzle
# 7..24 px to the right of it; lever: 0..1 raises the lever (LEVER px long) from 0.1 to 1.35
# radians above the leftward horizontal, and widens the stream from none to 2 * (STREAM - 0.5) px;
# finish: codes 0..2 are chrome, brass and black; tile_hue: 0..0.8 of the colour wheel (no wrap)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 2.0), (0.0, 0.8))
FINISHES = np.array([(0.66, 0.69, 0.74), (0.78, 0.58, 0.22), (0.13, 0.13, 0.15)], np.float32)
HIGHLIGHTS = np.array([(0.97, 0.98, 1.0), (1.0, 0.9, 0.6), (0.42, 0.42, 0.46)], np.float32)
GROUT, COUNTER, COUNTER_EDGE = (0.93, 0.93, 0.9), (0.8, 0.78, 0.74), (0.6, 0.58, 0.55)
BASIN, BASIN_SHADE = (0.97, 0.97, 0.98), (0.72, 0.75, 0.8)
WATER, SPLASH = (0.78, 0.9, 1.0), (0.92, 0.97, 1.0)
TILE, GROUT_HW = 10.0, 0.6
COUNTER_Y = 44.0
BASIN_X, BASIN_Y, BASIN_RX, BASIN_RY = 38.0, 54.0, 21.0, 7.0
BASE_Y, TOP_Y, SPOUT_Y, NOZZLE_Y = 47.0, 22.0, 25.0, 29.5
COLUMN_HW, SPOUT_HW, LEVER, LEVER_HW = 2.5, 1.8, 12.0, 1.4
STREAM, LAND_Y = 4.0, 56.0  # the stream's half-width when fully open, and where it lands
ROWS = (8, 60)  # the rows the tap and its water can reach


def _background() -> tuple[np.ndarray, np.ndarray]:
    """The grout-white wall with the counter and the basin (3, H, W), and the tiles' coverage (H, W)."""
    x, y = R.grid()
    img = R.canvas(1, GROUT)
    R.over(img, R.below(COUNTER_Y, 1), COUNTER)
    R.over(img, R.below(COUNTER_Y, 1) * (1 - R.below(COUNTER_Y + 1.2, 1)), COUNTER_EDGE)
    basin = R.coverage(R.ellipse_sdf(x - BASIN_X, y - BASIN_Y, BASIN_RX, BASIN_RY))
    R.over(img, basin, BASIN_SHADE)
    R.over(
        img, basin * R.coverage(R.ellipse_sdf(x - BASIN_X, y - BASIN_Y - 1.5, BASIN_RX - 1.5, BASIN_RY - 1.5)), BASIN
    )
    grout = TILE / 2 - np.maximum(np.abs((x % TILE) - TILE / 2), np.abs((y % TILE) - TILE / 2))  # distance to it
    wall = 1 - R.below(COUNTER_Y, 1)
    return img[0], (R.coverage(GROUT_HW - grout) * wall)[0]  # the tiles: the wall less its grout


BACKGROUND, TILES = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    R.over(img, np.broadcast_to(TILES, (n, R.SIZE, R.SIZE)), R.hsv(f[:, 4], 0.5, 0.7))
    r0, r1 = ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    tx, nx = R.col(14 + 12 * f[:, 0]), R.col(14 + 12 * f[:, 0] + 7 + 17 * f[:, 1])
    open_ = R.col(f[:, 2])
    # the stream of water and its splash
    stream = np.maximum(np.abs(x - nx) - (STREAM * open_ - 0.5), np.maximum(NOZZLE_Y - y, y - LAND_Y))
    R.over(part, 0.8 * R.coverage(stream), WATER)
    R.over(part, 0.8 * open_ * R.coverage(R.ellipse_sdf(x - nx, y - LAND_Y, 1.5 + 3.0 * open_, 1.4)), SPLASH)
    # the tap: base plate, column, spout and nozzle, the pivot and the lever
    a = 0.1 + 1.25 * open_
    ex, ey = tx - LEVER * np.cos(a), TOP_Y - LEVER * np.sin(a)
    tap = R.box_sdf(x - tx, y - BASE_Y, 4.0, 0.8) - 0.6
    tap = np.minimum(tap, R.box_sdf(x - tx, y - (TOP_Y + BASE_Y) / 2, COLUMN_HW, (BASE_Y - TOP_Y) / 2))
    tap = np.minimum(tap, R.segment_sdf(x, y, tx, SPOUT_Y, nx, SPOUT_Y) - SPOUT_HW)
    tap = np.minimum(tap, R.segment_sdf(x, y, nx, SPOUT_Y, nx, NOZZLE_Y) - SPOUT_HW + 0.2)
    tap = np.minimum(tap, np.sqrt((x - tx) ** 2 + (y - TOP_Y) ** 2) - 3.0)
    tap = np.minimum(tap, R.segment_sdf(x, y, tx, TOP_Y, ex, ey) - LEVER_HW)
    cover = R.coverage(tap)
    finish = f[:, 3].astype(int)
    R.over(part, R.coverage(tap - 0.7), 0.55 * FINISHES[finish])  # a dark rim round the metal
    R.over(part, cover, FINISHES[finish])
    shine = np.minimum(np.abs(x - tx + 1.0) - 0.6, np.abs(y - SPOUT_Y + 0.9) - 0.4)
    R.over(part, 0.7 * cover * R.coverage(shine), HIGHLIGHTS[finish])
    return R.to_uint8(img)


def render(tap_x: float, spout_length: float, lever: float, finish: float, tile_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[tap_x, spout_length, lever, finish, tile_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("faucet", arg, n, seed, FACTORS, sample_factors, _draw)
