"""`scissors`: a pair of scissors lying on a green cutting mat, seen from above (64x64 RGB).

The scissors are two crossed steel levers joined by a dark screw at the pivot, below the middle
of the image: each lever is a long pointed blade reaching up from the pivot and, on the far
side of it, a plastic handle ending in a round finger loop, so that opening the blades also
spreads the loops. Each blade is pale steel with a darker cutting edge along one side. The
mat is green with a grid of thin pale lines. Factors: how far the blades are opened (closed to
wide open), the turn of the whole pair about the pivot (pointing up to the left, straight up,
up to the right), the length of the blades (short to long), the hue of the handles (all the
way round the colour wheel, back to where it began) and the horizontal position of the
scissors on the mat (left to right). The loops' size, the steel's colour and the mat stay
fixed; the whole pair always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("opening", "how far the scissors' blades are opened (closed to wide open)", "continuous"),
    Factor("turn", "turn of the scissors (pointing up-left, straight up, up-right)", "continuous"),
    Factor("blade_length", "length of the scissors' blades (short to long)", "continuous"),
    Factor("handle_hue", "hue of the handles, round the whole colour wheel", "cyclic", period=1.0),
    Factor("scissors_x", "horizontal position of the scissors on the mat (left to right)", "continuous"),
)
# opening: 0.04..0.75 radians between the two blades; turn: -0.35..0.35 radians from straight
# up (negative: the blades point up to the left); blade_length: 0..1 is a blade reaching
# 13..34 px from the pivot; handle_hue: 0..1 of the colour wheel (0 and 1 are the same red);
# scissors_x: 0..1 puts the pivot at x = 26..38 px (at y = 38 px)
RANGES = ((0.04, 0.75), (-0.35, 0.35), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
MAT, GRID = (0.18, 0.42, 0.3), (0.55, 0.72, 0.6)
STEEL, EDGE, SCREW = (0.8, 0.82, 0.86), (0.45, 0.47, 0.52), (0.2, 0.2, 0.22)
PIVOT_Y = 38.0
BLADE_HW, TIP_HW = 3.0, 0.3  # the blade's half-width at the pivot and at its tip
SHANK, LOOP_R, LOOP_HW = 8.0, 5.8, 1.8  # the handle: its shank's length, its loop's radius and half-thickness
GRID_STEP = 8.0


def _mat() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, MAT)
    lines = np.minimum(np.abs((x % GRID_STEP) - GRID_STEP / 2), np.abs((y % GRID_STEP) - GRID_STEP / 2))
    R.over(img, 0.45 * R.coverage(lines - 0.3), GRID)
    return img[0]


BACKGROUND = _mat()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    px, length = R.col(26 + 12 * f[:, 4]), R.col(13 + 21 * f[:, 2])
    half, turn = R.col(f[:, 0] / 2), R.col(f[:, 1])
    colour = R.hsv(f[:, 3], 0.8, 0.85)
    # a lever's direction from the pivot along its blade: up (on screen (0, -1)) turned by an angle
    for side in (-1.0, 1.0):  # the lever whose blade leans left, then right (drawn on top)
        a = turn + side * half
        dx, dy = np.sin(a), -np.cos(a)
        # the lever's own coordinates: along it from the pivot towards the blade's point, and across it
        along = (x - px) * dx + (y - PIVOT_Y) * dy
        across = (y - PIVOT_Y) * dx - (x - px) * dy  # to the lever's right
        # the handle: a shank back from the pivot to a finger loop (drawn before the blade)
        shank = np.maximum(np.abs(across) - 2.0, np.maximum(along, -along - SHANK))
        loop = np.abs(np.sqrt((along + SHANK + LOOP_R) ** 2 + across * across) - LOOP_R) - LOOP_HW
        R.over(img, R.coverage(np.minimum(shank, loop)), colour)
        # the blade: tapering from the pivot to its point, its cutting edge on the inner side
        taper = BLADE_HW + (TIP_HW - BLADE_HW) * np.clip(along / length, 0.0, 1.0)
        blade = np.maximum(np.abs(across) - taper, np.maximum(-along, along - length))
        edge = R.coverage(side * across + 0.3)  # the blade's inner side
        cover = R.coverage(blade)
        for c in range(3):
            img[:, c] += (STEEL[c] + (EDGE[c] - STEEL[c]) * edge - img[:, c]) * cover
    # the screw at the pivot, drawn in the rows and columns it can reach
    r0, r1, c0, c1 = int(PIVOT_Y) - 3, int(PIVOT_Y) + 3, 22, 42
    dx, dy = x[:, :, c0:c1] - px, y[:, r0:r1] - PIVOT_Y
    R.over(img[:, :, r0:r1, c0:c1], R.coverage(np.sqrt(dx * dx + dy * dy) - 1.8), SCREW)
    return R.to_uint8(img)


def render(opening: float, turn: float, blade_length: float, handle_hue: float, scissors_x: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[opening, turn, blade_length, handle_hue, scissors_x]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("scissors", arg, n, seed, FACTORS, sample_factors, _draw)
