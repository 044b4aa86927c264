"""`suitcase`: a wheeled suitcase standing in a hallway with its pull handle, seen from the
front (64x64 RGB).

The suitcase stands upright on the floor a little right of the middle of the image: a tall
round-cornered case with a darker edge, one or more tan luggage straps running down its front,
each with a small dark buckle half-way down, two small black wheels under its bottom corners
and a soft shadow on the floor beneath it. From the top of the case a telescopic handle - two
grey rods and a dark grip across them - can be pulled up. Behind is a pale green-grey hallway
wall with a white skirting board; below it the floor fills the lower part of the image.
Factors: how far the handle is pulled out (pushed in to fully extended), the width of the case
(narrow to wide), the number of straps (one to four, spread evenly across the front), the hue
of the case (red through yellow and green to purple) and the lightness of the floor (dark to
pale). The case's height and place, the wall, the straps' colour and the wheels stay fixed; the
whole suitcase always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

STRAPS = ("one", "two", "three", "four")
FACTORS = (
    Factor("handle_extension", "how far the suitcase's pull handle is extended (in to out)", "continuous"),
    Factor("case_width", "width of the suitcase (narrow to wide)", "continuous"),
    Factor("straps", "number of luggage straps round the suitcase", "categorical", STRAPS),
    Factor("case_hue", "hue of the suitcase", "continuous"),
    Factor("floor_light", "lightness of the floor (dark to pale)", "continuous"),
)
# handle_extension: 0..1 lifts the grip 0..18 px above where it rests on the case's top;
# case_width: 0..1 is a case 10..16 px in half-width; straps: code 0..3 is 1..4 straps, evenly
# spaced across the case; case_hue: 0..0.8 of the colour wheel (no wrap); floor_light: 0..1 is
# a floor of value 0.22..0.88 (a warm grey-brown)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 3.0), (0.0, 0.8), (0.0, 1.0))
WALL, SKIRTING = (0.7, 0.76, 0.72), (0.93, 0.93, 0.9)
STRAP, BUCKLE = (0.86, 0.74, 0.52), (0.2, 0.18, 0.16)
ROD, GRIP, WHEEL = (0.42, 0.43, 0.47), (0.14, 0.14, 0.16), (0.08, 0.08, 0.08)
FLOOR_Y, SKIRTING_H = 42.0, 2.5
CX, TOP, BOTTOM, CORNER = 38.0, 24.0, 56.0, 3.0
STRAP_HW, BUCKLE_HW, BUCKLE_HH = 1.3, 1.7, 1.6
ROD_X, ROD_HW, GRIP_HW, GRIP_HH = 4.5, 1.1, 7.0, 1.8
WHEEL_R = 2.2
ROWS = (0, 62)  # the rows the suitcase can reach


def _background() -> np.ndarray:
    img = R.canvas(1, WALL)
    R.over(img, R.below(FLOOR_Y - SKIRTING_H, 1), SKIRTING)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    floor = R.hsv(np.full(n, 0.07), 0.35, 0.22 + 0.66 * f[:, 4])
    img = R.over(img, R.below(FLOOR_Y, n), floor)
    r0, r1 = ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    hw = R.col(10 + 6 * f[:, 1])
    u = x - CX
    # the shadow on the floor, the wheels, the case and its darker edge
    R.over(part, 0.35 * R.coverage(R.ellipse_sdf(u, y - (BOTTOM + 3.0), hw + 4.0, 2.0)), (0.0, 0.0, 0.0))
    wheels = np.hypot(np.abs(u) - (hw - 3.0), y - (BOTTOM + 1.0)) - WHEEL_R
    R.over(part, R.coverage(wheels), WHEEL)
    colour = R.hsv(f[:, 3], 0.7, 0.78)
    case = R.box_sdf(u, y - (TOP + BOTTOM) / 2, hw - CORNER, (BOTTOM - TOP) / 2 - CORNER) - CORNER
    R.over(part, R.coverage(case), colour * 0.55)
    R.over(part, R.coverage(case + 1.2), colour)
    # the straps, evenly spaced across the front, each with a buckle half-way down
    count = R.col(f[:, 2] + 1)
    gap = 2 * hw / (count + 1)
    k = np.clip(np.round(u / gap + (count - 1) / 2), 0, count - 1)  # the nearest strap
    su = u - (k - (count - 1) / 2) * gap
    inside = case + 0.4
    R.over(part, R.coverage(np.maximum(np.abs(su) - STRAP_HW, inside)), STRAP)
    R.over(part, R.coverage(R.box_sdf(su, y - (TOP + BOTTOM) / 2, BUCKLE_HW, BUCKLE_HH)), BUCKLE)
    # the pull handle: two rods up from the top and a grip across them
    grip = TOP - 1.0 - GRIP_HH - R.col(18 * f[:, 0])
    rods = np.maximum(np.abs(np.abs(u) - ROD_X) - ROD_HW, np.maximum(grip - y, y - TOP))
    R.over(part, R.coverage(rods), ROD)
    R.over(part, R.coverage(R.box_sdf(u, y - grip, GRIP_HW - 1.0, GRIP_HH - 1.0) - 1.0), GRIP)
    return R.to_uint8(img)


def render(handle_extension: float, case_width: float, straps: float, case_hue: float,
           floor_light: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[handle_extension, case_width, straps, case_hue, floor_light]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("suitcase", arg, n, seed, FACTORS, sample_factors, _draw)
