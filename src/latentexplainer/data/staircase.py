"""`staircase`: a wooden staircase with a carpet runner and a banister climbing to the right
in a hall, seen from the side (64x64 RGB).

A flight of equal steps rises from the hall's floorboards to the right, its side a solid face
of mid-brown wood, up to a landing that runs on out of the image at the right edge. A carpet
runner in one colour is laid up the flight, a thick band over every tread and down every
riser. A dark wooden handrail runs up above the flight, parallel to it, from a newel post with
a round cap at the foot of the stairs, and on along the landing; a white baluster stands on
every tread, up to the rail. The wall behind is a muted grey-blue with a white skirting board.
Factors: the number of steps (3 to 7; the flight's length and rise stay the same, so more steps
are smaller ones), where the foot of the stairs is (left to right; the whole flight moves), how
high the flight rises (low to high, which makes it steeper), how high the handrail is above the
steps (low to high, with longer balusters) and the hue of the carpet runner (red through yellow
and green to purple). The flight's length, the wood, the wall and the floor stay fixed; the
rail always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

COUNTS = ("3", "4", "5", "6", "7")
FACTORS = (
    Factor("step_count", "number of steps in the flight (3 to 7)", "categorical", COUNTS),
    Factor("stairs_x", "horizontal position of the foot of the stairs (left to right)", "continuous"),
    Factor("rise", "how high the flight of stairs climbs (low to high)", "continuous"),
    Factor("rail_height", "height of the handrail above the steps (low to high)", "continuous"),
    Factor("runner_hue", "hue of the carpet runner (red through yellow and green to purple)", "continuous"),
)
# step_count: codes 0..4 are 3..7 steps, sharing the flight's 44 px run and its rise;
# stairs_x: 0..1 puts the foot of the flight (its first riser) at x = 4..16 px; rise: 0..1 is a
# flight 20..38 px high (the landing 20..38 px above the floor at y = 56 px); rail_height:
# 0..1 puts the handrail 5..14 px above the front edges of the treads (and of the landing);
# runner_hue: 0..0.8 of the colour wheel (no wrap)
RANGES = ((0.0, 4.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 0.8))
WALL, SKIRTING, FLOOR = (0.6, 0.66, 0.72), (0.93, 0.92, 0.88), (0.5, 0.34, 0.2)
WOOD, RAIL, BALUSTER = (0.58, 0.4, 0.23), (0.28, 0.16, 0.08), (0.95, 0.94, 0.9)
FLOOR_Y, SKIRTING_H = 56.0, 3.0
RUN, RUNNER, RAIL_HW, BALUSTER_HW, POST_HW = 44.0, 3.0, 1.2, 0.6, 1.5


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, R.below(FLOOR_Y - SKIRTING_H, 1), SKIRTING)
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    seams = np.abs(((x + 7.0 * np.floor(y / 3.0)) % 16.0) - 8.0) > 7.4  # the floorboards' ends
    lines = (np.abs((y % 3.0) - 0.5) < 0.5) | seams
    R.over(img, 0.35 * (lines & (y > FLOOR_Y + 0.5)).astype(np.float32), (0.25, 0.16, 0.1))
    return img[0]


BACKGROUND = _background()


def _corner(x, y, cx, cy):
    """Signed distance to the quadrant right of ``cx`` and below ``cy``."""
    qx, qy = cx - x, cy - y
    return np.sqrt(np.maximum(qx, 0.0) ** 2 + np.maximum(qy, 0.0) ** 2) + np.minimum(np.maximum(qx, qy), 0.0)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    steps = R.col(f[:, 0].astype(int) + 3)
    x0, height, above = R.col(4 + 12 * f[:, 1]), R.col(20 + 18 * f[:, 2]), R.col(5 + 9 * f[:, 3])
    tread, riser = RUN / steps, height / steps
    # the flight, down to the floor: the union of quadrants, one per step; each column needs
    # only its own step's and its neighbours'
    k = np.clip(np.floor((x - x0) / tread), 0, steps - 1)
    stairs = _corner(x, y, x0 + k * tread, FLOOR_Y - (k + 1) * riser)
    stairs = np.minimum(stairs, np.where(k > 0, _corner(x, y, x0 + (k - 1) * tread, FLOOR_Y - k * riser), np.inf))
    stairs = np.minimum(stairs, np.where(k + 1 < steps, _corner(x, y, x0 + (k + 1) * tread, FLOOR_Y - (k + 2) * riser),
                                         np.inf))
    runner = np.maximum(np.maximum(stairs, -stairs - RUNNER), y - FLOOR_Y + 0.5)  # along treads and risers
    stairs = np.maximum(stairs, y - FLOOR_Y)
    # the handrail: parallel to the flight over the front edges of the treads, then level
    slope = -riser / tread
    ay, bx, by = FLOOR_Y - riser - above, x0 + RUN - tread, FLOOR_Y - height - above
    rail_y = np.where(x < bx, ay + slope * (x - x0), by)  # the rail's height over each column
    rail = np.minimum(R.segment_sdf(x, y, x0, ay, bx, by), R.segment_sdf(x, y, bx, by, 80.0, by)) - RAIL_HW
    # a baluster in the middle of every tread, from the tread up to the rail; the newel post
    bal_x = x0 + (k + 0.5) * tread
    tread_y = FLOOR_Y - (k + 1) * riser
    balusters = np.maximum(np.abs(x - bal_x) - BALUSTER_HW, np.maximum(rail_y - y, y - tread_y))
    post = np.maximum(np.abs(x - x0 - POST_HW) - POST_HW, np.maximum(ay - 1.0 - y, y - FLOOR_Y))
    cap = np.hypot(x - x0 - POST_HW, y - ay + 2.0) - 2.2
    R.over(img, R.coverage(balusters), BALUSTER)
    R.over(img, R.coverage(stairs), WOOD)
    R.over(img, R.coverage(runner), R.hsv(f[:, 4], 0.75, 0.78))
    R.over(img, R.coverage(np.minimum(rail, np.minimum(post, cap))), RAIL)
    return R.to_uint8(img)


def render(step_count: float, stairs_x: float, rise: float, rail_height: float, runner_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[step_count, stairs_x, rise, rail_height, runner_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("staircase", arg, n, seed, FACTORS, sample_factors, _draw)
