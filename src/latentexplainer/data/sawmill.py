"""`sawmill`: a log being pushed along a saw bench towards a big circular saw inside a sawmill
shed, seen from the side (64x64 RGB).

A steel saw bench runs across the image a little below its middle, on two legs, in front of a
shed wall of weathered grey-brown planks; below it is the dark floor. A round log lies on the
bench, its sawn front end (pale end grain with darker growth rings) facing the saw; its bark
has a few darker streaks. Right of the middle, the upper half of a bright steel circular saw
blade with a ring of teeth and a dark hub stands up out of the bench, in front of the log. On
the floor under the saw a heap of pale sawdust has piled up. Factors: how far the log has been
pushed towards the saw (from well short of the blade to cutting into it), the thickness of the
log (thin to thick), which wood the log is (pine: orange-brown bark and yellow end grain; oak:
almost black bark and tan end grain; birch: white bark with black dashes and cream end grain)
and how high the sawdust heap has piled up (a low drift to a tall heap). The log's length, the
blade, the bench, the wall and the floor stay fixed; the whole log always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("log_x", "how far the log has been pushed towards the saw (left to right)", "continuous"),
    Factor("log_size", "thickness of the log on the saw bench (thin to thick)", "continuous"),
    Factor("wood", "which wood the log is: pine, oak or birch", "categorical", ("pine", "oak", "birch")),
    Factor("sawdust", "how high the sawdust heap under the saw is (low to tall)", "continuous"),
)
# log_x: 0..1 puts the log's sawn front end at x = 20..42 px (the blade's teeth reach x = 35 px,
# so at the top of the range it cuts 7 px into the log; the log is 18 px long, so its back end is
# at x = 2..24 px); log_size: 0..1 is a log 7..17 px thick, lying on the bench top at y = 34 px
# (its top at y = 27..17 px); wood: pine, oak or birch (the bark's and the end grain's colours,
# birch's black dashes); sawdust: 0..1 is a heap 2..16 px high, 32 px wide at its foot, standing
# on the bottom edge of the image under the blade (its top at y = 62..48 px)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 2.0), (0.0, 1.0))
WALL, JOINT, FLOOR = (0.46, 0.42, 0.36), (0.3, 0.27, 0.23), (0.24, 0.22, 0.21)
BENCH, BENCH_EDGE = (0.3, 0.33, 0.38), (0.18, 0.2, 0.24)
STEEL, STEEL_DARK, HUB = (0.84, 0.86, 0.9), (0.58, 0.6, 0.64), (0.22, 0.22, 0.25)
SAWDUST = (0.9, 0.78, 0.54)
BARK = np.array(((0.68, 0.38, 0.2), (0.2, 0.18, 0.16), (0.93, 0.92, 0.88)))  # pine, oak, birch
END_GRAIN = np.array(((0.96, 0.84, 0.55), (0.72, 0.54, 0.33), (0.97, 0.92, 0.78)))
RINGS = np.array(((0.78, 0.55, 0.3), (0.46, 0.31, 0.18), (0.8, 0.7, 0.5)))
DASH = (0.1, 0.1, 0.1)  # birch bark's dashes
BENCH_TOP, BENCH_BOTTOM, FLOOR_Y = 34.0, 38.0, 47.0
LEGS = ((5.0, 8.0), (56.0, 59.0))
BLADE_X, BLADE_Y, BLADE_R, TEETH, TOOTH = 46.0, 35.0, 11.0, 26, 1.8
LOG_LENGTH = 18.0
HEAP_X, HEAP_HW = 46.0, 16.0
PLANK_W = 7.0  # the wall's planks


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, WALL)
    shade = 0.04 * np.sin(np.floor(x / PLANK_W) * 2.3) + 0.02 * np.sin(y * 0.6 + np.floor(x / PLANK_W))
    img += shade[:, None]
    R.over(img, 0.8 * R.coverage(np.abs((x % PLANK_W) - 0.5) - 0.6), JOINT)
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    for left, right in LEGS:
        R.over(img, R.coverage(R.edges_sdf(x, y, left, right, BENCH_BOTTOM - 1, FLOOR_Y + 1)), BENCH_EDGE)
    return img[0]


def _front() -> tuple[np.ndarray, np.ndarray]:
    """The saw blade and the bench in front of it, which never move: their coverage (1, H, W)
    and colour (3, H, W), to paint over the log in one step."""
    x, y = R.grid()
    bx, by = x - BLADE_X, y - BLADE_Y
    rho = np.sqrt(bx * bx + by * by)
    teeth = ((np.arctan2(by, bx) / (2 * np.pi)) * TEETH) % 1.0
    layers = ((R.coverage(rho - BLADE_R + TOOTH * teeth), STEEL),
              (0.7 * R.coverage(np.abs(rho - 6.5) - 0.6), STEEL_DARK),
              (R.coverage(rho - 2.5), HUB),
              (R.coverage(R.edges_sdf(x, y, 1.0, 63.0, BENCH_TOP, BENCH_BOTTOM)), BENCH))
    on_black, on_white = R.canvas(1, (0.0, 0.0, 0.0)), R.canvas(1, (1.0, 1.0, 1.0))
    for alpha, colour in layers:
        R.over(on_black, alpha, colour)
        R.over(on_white, alpha, colour)
    alpha = 1.0 - (on_white - on_black)[:, 0]
    return alpha, on_black[0] / np.maximum(alpha, 1e-6)


BACKGROUND = _background()
FRONT_ALPHA, FRONT = _front()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    wood = f[:, 2].astype(int)
    # the sawdust heap on the floor under the saw
    heap = R.ellipse_sdf(x - HEAP_X, y - R.SIZE, HEAP_HW, R.col(2 + 14 * f[:, 3]))
    R.over(img, R.coverage(heap), SAWDUST)
    # the log: bark along its length, its sawn front end an ellipse of end grain with rings
    front, thick = R.col(20 + 22 * f[:, 0]), R.col(7 + 10 * f[:, 1])
    top, cy = BENCH_TOP - thick, BENCH_TOP - thick / 2
    ex, ey = (x - front) / (0.28 * thick), (y - cy) / (thick / 2)
    end = R.ellipse_sdf(x - front, y - cy, 0.28 * thick, thick / 2)
    body = R.coverage(np.minimum(R.edges_sdf(x, y, front - LOG_LENGTH, front, top, BENCH_TOP), end))
    R.over(img, body, BARK[wood])
    v = (y - top) / thick  # 0..1 down the log
    streaks = R.coverage(np.abs(((v * 3 + 0.5) % 1.0) - 0.5) * thick / 3 - 0.5)
    R.over(img, 0.35 * body * streaks, (0.0, 0.0, 0.0))
    dashes = R.coverage(np.abs(((v * 3) % 1.0) - 0.5) * thick / 3 - 1.0)  # birch's: short, in three rows
    dashes = dashes * np.clip(4 * np.sin((x - front) * 0.6 + 2.4 * np.floor(v * 3)) - 2, 0.0, 1.0)
    R.over(img, body * dashes * R.col(wood == 2), DASH)
    grain = R.coverage(end)
    R.over(img, grain, END_GRAIN[wood])
    rho = np.sqrt(ex * ex + ey * ey)
    rings = np.clip((np.abs(((rho * 3.5) % 1.0) - 0.5) - 0.28) * 6, 0.0, 1.0)
    R.over(img, grain * rings, RINGS[wood])
    # the saw blade (a toothed disc with a darker ring and a hub) and the bench, its lower half in it
    R.over(img, np.broadcast_to(FRONT_ALPHA, (n, R.SIZE, R.SIZE)), FRONT)
    return R.to_uint8(img)


def render(log_x: float, log_size: float, wood: float, sawdust: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[log_x, log_size, wood, sawdust]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("sawmill", arg, n, seed, FACTORS, sample_factors, _draw)
