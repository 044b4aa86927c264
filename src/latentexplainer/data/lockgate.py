"""`lockgate`: a canal lock with a narrowboat in its chamber, the lower gate a guillotine gate
in a steel frame, seen from the side (64x64 RGB).

The lock's chamber is a trough of grey stone blocks with darker mortar between a fixed timber
upper gate at the left and a tall steel frame at the right, in which the lower gate - a dark
timber panel - slides up and down. Beyond the upper gate the upper canal's water stands high;
beyond the frame the lower canal's water stands low. In the chamber the water stands at some
height, and a narrowboat floats on it: a long dark hull with a painted band, a painted cabin
with a row of pale windows and a short chimney. Above the coping stones is a grassy bank and
a pale sky. Factors: how high the water stands in the chamber (low to high; the boat floats up
with it), how far the lower gate is raised in its frame (shut to fully raised), where the boat
lies along the chamber (left to right) and the colour of the boat's paint (green, red or
blue). The stonework, the upper gate, the frame, the canals beyond the gates, the bank and the
sky stay fixed; the boat always lies inside the chamber.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("water_level", "how high the water stands in the lock (low to high)", "continuous"),
    Factor("gate_raise", "how far the lower gate is raised in its frame (shut to raised)", "continuous"),
    Factor("boat_x", "where the boat lies along the lock (left to right)", "continuous"),
    Factor("boat_paint", "colour of the boat's paint (green, red or blue)", "categorical",
           ("green", "red", "blue")),
)
# water_level: 0..1 puts the chamber's water surface at y = 52..30 px; gate_raise: 0..1 lifts
# the gate (x = 50..56 px, 24 px tall) from y = 32..56 px (shut) to y = 10..34 px; boat_x: 0..1
# puts the boat's stern at x = 8..20 px (the boat is 28 px long); boat_paint: codes 0..2 as
# named, for the cabin and the band along the hull (2.5 px deep, 1.5 px above the water). The
# hull shows 5 px above the water, the cabin 7 px above the hull; the chamber runs x = 7..48.5 px
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 2.0))
SKY, BANK, COPING = (0.78, 0.86, 0.93), (0.36, 0.58, 0.28), (0.72, 0.7, 0.66)
STONE, MORTAR, WATER = (0.5, 0.48, 0.45), (0.33, 0.31, 0.3), (0.2, 0.38, 0.46)
TIMBER, STEEL = (0.32, 0.22, 0.14), (0.22, 0.24, 0.27)
HULL, WINDOW, CHIMNEY = (0.12, 0.11, 0.12), (0.9, 0.88, 0.74), (0.1, 0.1, 0.1)
PAINTS = np.array(((0.1, 0.6, 0.16), (0.86, 0.12, 0.1), (0.12, 0.22, 0.86)), np.float32)
BANK_Y, COPING_Y, FLOOR_Y = 16.0, 22.0, 58.0  # the bank's top, the coping's top, the chamber floor
UPPER_GATE = (3.0, 7.0, 20.0, 58.0)
FRAME_X, FRAME_TOP = (48.5, 57.5), 6.0  # the frame's two posts (2 px wide), its top crossbar
GATE_L, GATE_R, GATE_H, GATE_SHUT = 50.0, 56.0, 24.0, 32.0
UPPER_WATER_Y, LOWER_WATER_Y = 26.0, 50.0
BOAT_LEN, HULL_UP, CABIN_UP = 28.0, 5.0, 7.0
CHAMBER = (7.0, 48.5)
ROWS = (8, 58)  # the rows the gate and the boat can reach


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, SKY)
    R.over(img, R.below(BANK_Y, 1), BANK)
    R.over(img, R.below(COPING_Y, 1), COPING)
    R.over(img, R.below(COPING_Y + 2.0, 1), STONE)
    course = np.floor(y / 5.0)
    joints = np.minimum(np.abs((y % 5.0) - 0.5), np.abs(((x + course * 4.0) % 8.0) - 0.5))
    R.over(img, R.coverage(joints - 0.5) * R.below(COPING_Y + 2.5, 1), MORTAR)
    R.over(img, R.coverage(R.edges_sdf(x, y, -1.0, UPPER_GATE[0], UPPER_WATER_Y, 65.0)), WATER)
    R.over(img, R.coverage(R.edges_sdf(x, y, FRAME_X[1] + 1.0, 65.0, LOWER_WATER_Y, 65.0)), WATER)
    R.over(img, R.coverage(R.edges_sdf(x, y, *UPPER_GATE)), TIMBER)
    R.over(img, 0.6 * R.coverage(np.abs(x - 5.0) - 0.4) * R.coverage(R.edges_sdf(x, y, *UPPER_GATE)), HULL)
    R.over(img, R.below(FLOOR_Y, 1), (0.28, 0.26, 0.24))
    return img[0]


BACKGROUND = _background()


def _frame() -> np.ndarray:
    x, y = R.grid()
    posts = [R.edges_sdf(x, y, fx - 1.0, fx + 1.0, FRAME_TOP, FLOOR_Y) for fx in FRAME_X]
    bar = R.edges_sdf(x, y, FRAME_X[0] - 1.0, FRAME_X[1] + 1.0, FRAME_TOP, FRAME_TOP + 2.0)
    return R.coverage(np.minimum(np.minimum(*posts), bar))[0]


FRAME = _frame()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    r0, r1 = ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    left, right = CHAMBER
    # the water in the chamber, then the boat floating on it
    level = R.col(52 - 22 * f[:, 0])
    R.over(part, R.coverage(R.edges_sdf(x, y, left, right, level, FLOOR_Y)), WATER)
    stern = R.col(8 + 12 * f[:, 2])
    paint = PAINTS[f[:, 3].astype(int)]
    hull = R.edges_sdf(x, y, stern, stern + BOAT_LEN, level - HULL_UP, level)
    bow = (x - (stern + BOAT_LEN - 3.0)) + (y - (level - HULL_UP)) * 0.9  # the raked bow
    R.over(part, R.coverage(np.maximum(hull, bow)), HULL)
    R.over(part, R.coverage(np.maximum(np.maximum(hull, bow), np.abs(y - level + 2.75) - 1.25)), paint)
    cabin = R.edges_sdf(x, y, stern + 3.0, stern + BOAT_LEN - 5.0, level - HULL_UP - CABIN_UP, level - HULL_UP)
    R.over(part, R.coverage(cabin), paint)
    windows = np.maximum(np.abs(((x - stern) % 5.0) - 2.5) - 0.8, np.abs(y - (level - HULL_UP - 4.0)) - 1.0)
    R.over(part, R.coverage(np.maximum(windows, cabin + 1.2)), WINDOW)
    roof = level - HULL_UP - CABIN_UP
    chimney = R.edges_sdf(x, y, stern + 6.0, stern + 7.4, roof - 2.5, roof + 1.0)
    R.over(part, R.coverage(chimney), CHIMNEY)
    # the lower gate sliding in its frame, then the frame
    top = R.col(GATE_SHUT - 22 * f[:, 1])
    gate = R.edges_sdf(x, y, GATE_L, GATE_R, top, top + GATE_H)
    R.over(part, R.coverage(gate), TIMBER)
    planks = np.maximum(np.abs(((y - top) % 6.0) - 3.0) - 0.5, gate + 0.8)
    R.over(part, 0.7 * R.coverage(planks), HULL)
    R.over(img, np.broadcast_to(FRAME, (n, R.SIZE, R.SIZE)), STEEL)
    return R.to_uint8(img)


def render(water_level: float, gate_raise: float, boat_x: float, boat_paint: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[water_level, gate_raise, boat_x, boat_paint]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("lockgate", arg, n, seed, FACTORS, sample_factors, _draw)
