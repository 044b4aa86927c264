"""`stapler`: a desk stapler standing on a wooden desk in front of a pale wall, seen from the
side (64x64 RGB).

The stapler lies along the desk, its hinge at the back (left) end: a low dark base plate with
a small metal anvil near its front end, and above it the long top arm, painted one colour with a
lighter stripe along its top, turning about a dark metal hinge. Under the arm a grey metal
magazine holds the staples; when the arm is shut the magazine sits down in the base and only
a thin strip of it shows, when the arm is opened it swings up with the arm and shows beneath it.
The desk is a band of grained wood along the bottom of the image. Factors: where the stapler
stands along the desk (left to right), its length (the base and the arm together), how far the
arm is opened (shut to wide open), the hue of the arm's paint and the tone of the desk's wood
(dark to pale). The wall, the base's and the metal parts' colours and the arm's thickness stay
fixed; the whole stapler always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("stapler_x", "horizontal position of the stapler on the desk (left to right)", "continuous"),
    Factor("stapler_length", "length of the stapler (short to long)", "continuous"),
    Factor("open_angle", "how far the stapler's top arm is opened (shut to wide open)", "continuous"),
    Factor("arm_hue", "hue of the stapler's top arm", "continuous"),
    Factor("desk_tone", "tone of the desk's wood (dark to pale)", "continuous"),
)
# stapler_x: 0..1 puts the back of the base at x = 4..12 px; stapler_length: 0..1 is a base
# 36..50 px long (the arm ending 4 px short of its front); open_angle: 0..0.85 radians of the
# arm above the desk, turning about the axle 3 px in from the back of the base; arm_hue: 0..0.8
# of the colour wheel (no wrap); desk_tone: 0..1 blends the desk's wood from DESK_DARK to DESK_PALE
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 0.85), (0.0, 0.8), (0.0, 1.0))
WALL_TOP, WALL_BOTTOM = np.array((0.8, 0.8, 0.76)), np.array((0.66, 0.67, 0.63))
DESK_DARK, DESK_PALE = np.array((0.26, 0.15, 0.08)), np.array((0.86, 0.7, 0.5))
BASE, METAL, HINGE, FOOT = (0.17, 0.17, 0.19), (0.62, 0.64, 0.68), (0.3, 0.3, 0.33), (0.06, 0.06, 0.07)
DESK_Y = 54.0
BASE_TOP, PIVOT_Y = 47.0, 45.0  # the base runs from BASE_TOP down to the desk; the hinge's axle
ARM_BOTTOM, ARM_TOP = -1.0, 8.0  # the arm's edges above the line through the axle
ROWS = (4, 55)  # the rows the stapler can reach
WALL = R.vertical_gradient(WALL_TOP, WALL_BOTTOM, DESK_Y)
D0 = int(DESK_Y)  # the desk covers whole rows from here down


def _grain() -> np.ndarray:
    x, y = R.grid()
    y = y[:, D0:]
    return (1.0 + 0.07 * np.sin(0.9 * y + 2.2 * np.sin(0.11 * x + 0.3 * y))).astype(np.float32)


GRAIN = _grain()  # (1, rows, W): the wood's grain, multiplying its colour


def _length(a, b):
    """sqrt(a^2 + b^2), much faster than np.hypot."""
    return np.sqrt(a * a + b * b)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = WALL
    desk = DESK_DARK[None] + (DESK_PALE - DESK_DARK)[None] * f[:, 4:5]
    img[:, :, D0:] = desk[:, :, None, None] * GRAIN
    r0, r1 = ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    back, length, a = R.col(4 + 8 * f[:, 0]), R.col(36 + 14 * f[:, 1]), R.col(f[:, 2])
    front = back + length
    px = back + 3.0
    # the arm's coordinates: u along it from the axle, w up from the line through the axle
    ca, sa = np.cos(a), np.sin(a)
    u = (x - px) * ca - (y - PIVOT_Y) * sa
    w = -(x - px) * sa - (y - PIVOT_Y) * ca
    reach = length - 7.0  # the arm's front end, from the axle
    magazine = R.edges_sdf(u, w, 2.0, reach - 4.0, -3.0, ARM_BOTTOM + 0.5)
    R.over(part, R.coverage(magazine), METAL)
    # the base, its rubber foot and the anvil near its front
    base = R.edges_sdf(x, y, back + 1.5, front - 1.5, BASE_TOP + 1.5, DESK_Y - 1.5) - 1.5
    R.over(part, R.coverage(base), BASE)
    foot = np.maximum(base, DESK_Y - 1.2 - y)
    R.over(part, R.coverage(foot), FOOT)
    anvil = R.edges_sdf(x, y, front - 9.0, front - 3.0, BASE_TOP - 1.0, BASE_TOP + 0.5)
    R.over(part, R.coverage(anvil), METAL)
    # the top arm: a rounded bar, its front end rounder, with a lighter stripe along its top
    mid = (ARM_BOTTOM + ARM_TOP) / 2
    half = (ARM_TOP - ARM_BOTTOM) / 2
    arm = R.edges_sdf(u, w, 0.5, reach - 2.0, ARM_BOTTOM + 2.0, ARM_TOP - 2.0) - 2.0
    arm = np.minimum(arm, _length(u - (reach - half), w - mid) - half)
    R.over(part, R.coverage(arm), R.hsv(f[:, 3], 0.75, 0.78))
    stripe = np.maximum(np.abs(w - (ARM_TOP - 2.0)) - 0.9, R.edges_sdf(u, w, 2.0, reach - 3.0, -10.0, 10.0))
    R.over(part, R.coverage(stripe), R.hsv(f[:, 3], 0.4, 0.97))
    # the hinge: a dark block at the back with the axle's round head on it
    hinge = R.edges_sdf(x, y, back + 0.5, back + 6.5, PIVOT_Y - 3.5, BASE_TOP + 1.0) - 0.5
    R.over(part, R.coverage(hinge), HINGE)
    R.over(part, R.coverage(_length(x - px, y - PIVOT_Y) - 1.8), METAL)
    return R.to_uint8(img)


def render(stapler_x: float, stapler_length: float, open_angle: float, arm_hue: float, desk_tone: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[stapler_x, stapler_length, open_angle, arm_hue, desk_tone]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("stapler", arg, n, seed, FACTORS, sample_factors, _draw)
