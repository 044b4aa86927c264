"""`dartboard`: a dartboard hanging on a wall of wooden planks, with darts stuck in it, seen
from the front (64x64 RGB).

The board is round, with a wide black outer ring round its scoring face. The face is cut into
eight equal sectors, cream and black in turn, crossed by two coloured rings - a wide double
ring near the edge and a narrower treble ring half-way in - and with a coloured bull in the
middle; the rings and the bull are one hue, lighter where they cross a cream sector and darker
where they cross a black one. Darts are stuck in the face at set places (as fractions of the
board's radius, so they move and spread with it): each a steel barrel leaning out to the right
with white, dark-edged flights at its end, casting a soft shadow on the board. Behind is a wall
of vertical brown planks with dark seams. Factors: where the board hangs (left to right), its
size (small to large), how far it is turned on its nail (the sectors and the rings' shading
turn; after a quarter turn the pattern is as it was), the number of darts in it (0 to 3) and
the hue of its rings and bull (red through yellow and green to purple). The board's height on
the wall, the darts' look and the wall stay fixed; the whole board always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

COUNTS = ("0", "1", "2", "3")
FACTORS = (
    Factor("board_x", "horizontal position of the dartboard (left to right)", "continuous"),
    Factor("board_size", "size of the dartboard (small to large)", "continuous"),
    Factor("board_turn", "how far the dartboard is turned on its nail (its sectors)", "cyclic",
           period=np.pi / 2),
    Factor("dart_count", "number of darts stuck in the board (0 to 3)", "categorical", COUNTS),
    Factor("ring_hue", "hue of the board's rings and bull (red through yellow and green to purple)", "continuous"),
)
# board_x: 0..1 puts the board's middle at x = 18..40 px (at y = 30 px); board_size: 0..1 is a
# board of radius 11..18 px (its scoring face 0.78 of that); board_turn: 0..pi/2 radians
# (eight sectors in two colours: a quarter turn brings the pattern back); dart_count: codes
# 0..3 are that many darts, at DARTS; ring_hue: 0..0.8 of the colour wheel (no wrap)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, np.pi / 2), (0.0, 3.0), (0.0, 0.8))
PLANK, SEAM = (0.56, 0.38, 0.22), (0.25, 0.15, 0.08)
SURROUND, CREAM, BLACK = (0.1, 0.1, 0.1), (0.93, 0.88, 0.72), (0.13, 0.13, 0.12)
STEEL, FLIGHT, OUTLINE, SHADOW = (0.78, 0.79, 0.83), (0.99, 0.99, 0.99), (0.05, 0.05, 0.08), (0.0, 0.0, 0.0)
BOARD_Y, PLANK_W = 30.0, 9.0
FACE, DOUBLE, TREBLE, BULL = 0.78, (0.64, 0.78), (0.38, 0.49), 0.13  # as fractions of the radius
DARTS = ((0.3, -0.4), (-0.5, 0.05), (0.1, 0.55))  # where the darts are stuck, as fractions of the radius
DART_DX, DART_DY = 12.0, -5.5  # from a dart's point to its flights
BARREL_HW, FLIGHT_LEN, FLIGHT_HW = 1.4, 5.0, 3.6
SHADOW_DX, SHADOW_DY = -1.5, 2.0  # the board's shadow on the wall
SHADOW_SHIFT = (-2, 2)  # a dart's shadow on the board, in whole pixels
ROWS = (10, 52)  # the rows the board, its shadow and the darts can reach


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, PLANK)
    plank = np.floor(x / PLANK_W)
    img *= 1.0 + 0.08 * np.sin(3.1 * plank + 1.0)[:, None] + 0.03 * np.sin(0.9 * y + 2.0 * plank)[:, None]
    R.over(img, 0.8 * R.coverage(np.abs(x % PLANK_W - 0.5) - 0.5) * np.ones_like(y), SEAM)
    return img[0]


BACKGROUND = _background()


def _dart(x, y, px, py):
    """Signed distances to a dart stuck at (px, py): its barrel and its flights."""
    fx, fy = px + DART_DX, py + DART_DY
    barrel = R.segment_sdf(x, y, px, py, fx, fy) - BARREL_HW
    length = np.hypot(DART_DX, DART_DY)
    u = ((x - fx) * DART_DX + (y - fy) * DART_DY) / length  # along the dart, out from the flights' middle
    v = ((x - fx) * DART_DY - (y - fy) * DART_DX) / length
    flights = np.abs(u) * FLIGHT_HW + np.abs(v) * FLIGHT_LEN - FLIGHT_HW * FLIGHT_LEN
    flights = flights / np.hypot(FLIGHT_HW, FLIGHT_LEN)
    return barrel, flights


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the board and the darts, drawn only in the rows they can reach, for speed
    r0, r1 = ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    cx, r, turn = R.col(18 + 22 * f[:, 0]), R.col(11 + 7 * f[:, 1]), R.col(f[:, 2])
    dx, dy = x - cx, y - BOARD_Y
    rho = np.hypot(dx, dy)
    R.over(part, 0.35 * R.coverage(np.hypot(dx - SHADOW_DX, dy - SHADOW_DY) - r), SHADOW)
    R.over(part, R.coverage(rho - r), SURROUND)
    # the sectors: cream where the turned angle's quarter-turn phase is under a half
    g = ((np.arctan2(dy, dx) - turn) / (np.pi / 2)) % 1.0
    tri = np.abs(((g - 0.25) % 1.0) - 0.5)  # 0.5 in the middle of a cream sector, 0 of a black one
    cream = R.coverage((0.25 - tri) * (np.pi / 2) * rho)
    face = R.coverage(rho - FACE * r)
    part += (np.asarray(BLACK, np.float32)[:, None, None] - part) * face[:, None]
    R.over(part, face * cream, CREAM)
    # the rings and the bull: lighter over the cream sectors, darker over the black
    light, dark = R.hsv(f[:, 4], 0.8, 0.9), R.hsv(f[:, 4], 0.85, 0.55)
    (d0, d1), (t0, t1) = DOUBLE, TREBLE
    rings = np.minimum(np.abs(rho - (d0 + d1) / 2 * r) - (d1 - d0) / 2 * r,
                       np.abs(rho - (t0 + t1) / 2 * r) - (t1 - t0) / 2 * r)
    rings = R.coverage(np.minimum(rings, rho - BULL * r))
    colour = dark[:, :, None, None] + (light - dark)[:, :, None, None] * cream[:, None]
    part += (colour - part) * rings[:, None]
    # the darts (all of them at once), with their shadow on the board: the darts themselves,
    # moved by whole pixels
    count = R.col(f[:, 3])
    barrels = flights = np.full(rho.shape, np.inf, np.float32)
    for i, (ax, ay) in enumerate(DARTS):
        here = count > i
        if here.any():
            barrel, flight = _dart(x, y, cx + ax * r, BOARD_Y + ay * r)
            barrels = np.minimum(barrels, np.where(here, barrel, np.inf))
            flights = np.minimum(flights, np.where(here, flight, np.inf))
    sx, sy = SHADOW_SHIFT
    shadow = np.zeros_like(barrels)
    shadow[:, sy:, :sx] = R.coverage(np.minimum(barrels, flights))[:, :-sy, -sx:]
    R.over(part, 0.45 * shadow, SHADOW)
    R.over(part, R.coverage(np.minimum(barrels, flights) - 0.6), OUTLINE)
    R.over(part, R.coverage(barrels), STEEL)
    R.over(part, R.coverage(flights), FLIGHT)
    return R.to_uint8(img)


def render(board_x: float, board_size: float, board_turn: float, dart_count: float, ring_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[board_x, board_size, board_turn, dart_count, ring_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("dartboard", arg, n, seed, FACTORS, sample_factors, _draw)
