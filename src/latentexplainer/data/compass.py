"""`compass`: a pocket compass lying on an old paper map, seen from above (64x64 RGB).

The compass is a round case of one hue with a small ring at its top, casting a soft shadow
to its lower right; inside the case lies a round dial with a dark tick at each of the eight
compass points (the four main ones longer) and a dark rim. On the dial turns a diamond-shaped
needle about a small brass pin at its middle: one half red, the other white, with a thin dark
outline. Beneath is a pale map with a faint grid, a winding blue river and a darker road.
Factors: where the compass lies (left to right), its size (small to large), the direction its
needle's red half points (a whole turn, clockwise from the top of the image), the hue of its
case (red through yellow and green to purple) and the lightness of its dial (grey to white).
The compass's height on the map, the needle's colours and the map stay fixed; the whole
compass always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("compass_x", "horizontal position of the compass (left to right)", "continuous"),
    Factor("compass_size", "size of the compass (small to large)", "continuous"),
    Factor("needle_angle", "direction the compass needle's red half points (a whole turn)", "cyclic",
           period=2 * np.pi),
    Factor("case_hue", "hue of the compass's case (red through yellow and green to purple)", "continuous"),
    Factor("dial_tone", "lightness of the compass's dial (grey to white)", "continuous"),
)
# compass_x: 0..1 puts the middle at x = 24..40 px (y = 34 px); compass_size: 0..1 is a case of
# radius 13..20 px (the dial 0.8 of it, the needle 0.76 of it from the pin to each tip and 0.44 of
# it across); needle_angle: 0..2 pi radians clockwise from pointing up (0: the red half points to
# the top of the image, pi / 2: to the right); case_hue: 0..0.8 of the colour wheel (no wrap);
# dial_tone: 0..1 is the dial's value (HSV) 0.55..0.98
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 2 * np.pi), (0.0, 0.8), (0.0, 1.0))
PAPER, GRID, RIVER, ROAD = (0.86, 0.8, 0.64), (0.62, 0.54, 0.42), (0.42, 0.6, 0.76), (0.66, 0.4, 0.3)
SHADOW, INK = (0.1, 0.08, 0.05), (0.12, 0.12, 0.14)
NORTH, SOUTH, PIN = (0.88, 0.1, 0.1), (0.97, 0.97, 0.95), (0.78, 0.62, 0.25)
CY = 34.0
DIAL, NEEDLE, NEEDLE_W = 0.8, 0.76, 0.22  # fractions of the case's radius (the needle's half-width)
ROWS, DIAL_ROWS, DIAL_COLUMNS = (7, 58), (16, 52), (6, 58)  # what the compass and its dial can reach


def _map() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, PAPER)
    lines = np.minimum(np.abs((x % 16.0) - 8.0), np.abs((y % 16.0) - 8.0)) - 0.4
    R.over(img, 0.35 * R.coverage(lines), GRID)
    river = np.abs(y - (12 + 5 * np.sin(x * 0.13) + 0.08 * x)) - 1.8
    R.over(img, R.coverage(river), RIVER)
    road = np.abs(x - (50 - 0.3 * y + 3 * np.sin(y * 0.2))) - 0.9
    R.over(img, 0.8 * R.coverage(road), ROAD)
    return img[0]


MAP = _map()


def _length(dx: np.ndarray, dy: np.ndarray) -> np.ndarray:
    """sqrt(dx^2 + dy^2): np.hypot's result, at a fraction of its time on float32 arrays."""
    return np.sqrt(dx * dx + dy * dy)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = MAP
    # drawn only where the compass can reach, for speed: its rows, then the dial's rows and columns
    (r0, r1), (d0, d1), (c0, c1) = ROWS, DIAL_ROWS, DIAL_COLUMNS
    part, dy = img[:, :, r0:r1], y[:, r0:r1] - CY
    cx, r = R.col(24 + 16 * f[:, 0]), R.col(13 + 7 * f[:, 1])
    dx = x - cx
    rho = _length(dx, dy)
    # the shadow, the ring at the top, the case
    R.over(part, 0.35 * R.coverage(_length(dx - 1.5, dy - 1.8) - r), SHADOW)
    case = R.hsv(f[:, 3], 0.7, 0.7)
    ring = np.abs(_length(dx, dy + r + 1.5) - 3.0) - 1.0
    R.over(part, R.coverage(ring), case * 0.7)
    R.over(part, R.coverage(rho - r), case)
    # the dial and its rim
    part, dx, dy, rho = img[:, :, d0:d1, c0:c1], dx[:, :, c0:c1], y[:, d0:d1] - CY, rho[:, d0 - r0:d1 - r0, c0:c1]
    dial_r = DIAL * r
    R.over(part, R.coverage(rho - dial_r - 0.8), INK)
    R.over(part, R.coverage(rho - dial_r), R.hsv(np.full(n, 0.12), 0.12, 0.55 + 0.43 * f[:, 4]))
    # ticks at the eight compass points: marks along the four lines through the middle, just
    # inside the rim, those at the four main points longer
    main = np.maximum(np.minimum(np.abs(dx), np.abs(dy)) - 0.6, dial_r - 0.28 * r - rho)
    between = np.maximum(np.minimum(np.abs(dx + dy), np.abs(dx - dy)) * np.sqrt(0.5) - 0.6, dial_r - 0.16 * r - rho)
    ticks = np.maximum(np.minimum(main, between), rho - dial_r + 0.8)
    R.over(part, R.coverage(ticks), INK)
    # the needle: a diamond along the direction (sin a, -cos a), u along it and v across
    a = R.col(f[:, 2])
    u = dx * np.sin(a) - dy * np.cos(a)
    v = dx * np.cos(a) + dy * np.sin(a)
    length, half = NEEDLE * r, NEEDLE_W * r
    diamond = (np.abs(u) * half + np.abs(v) * length - length * half) / np.hypot(length, half)
    R.over(part, 0.9 * R.coverage(diamond - 0.8), INK)
    R.over(part, R.coverage(np.maximum(diamond, -u)), NORTH)
    R.over(part, R.coverage(np.maximum(diamond, u)), SOUTH)
    R.over(part, R.coverage(rho - 1.6), PIN)
    return R.to_uint8(img)


def render(compass_x: float, compass_size: float, needle_angle: float, case_hue: float,
           dial_tone: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[compass_x, compass_size, needle_angle, case_hue, dial_tone]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("compass", arg, n, seed, FACTORS, sample_factors, _draw)
