"""`house`: the front of a simple house - a rectangular wall, a triangular roof on top and a
door - standing on the ground under a pale sky (64x64 RGB).

The house stands in the middle of the image on a fixed ground line, with a fixed wall
height. Factors: the width of the house, the height of its roof, the place of the door along
the wall and the hue of the wall. The roof (dark red-brown, overhanging the wall a little on
each side) and the door (dark brown) keep their colours, the door its size; the door always
lies inside the wall and the whole house inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("width", "width of the house (narrow to wide)", "continuous"),
    Factor("roof_height", "height of the roof (flat to tall and pointed)", "continuous"),
    Factor("door_position", "position of the door along the wall (left to right)", "continuous"),
    Factor("wall_hue", "hue of the house's wall (the roof and door keep theirs)", "continuous"),
)
# width: 0..1 is a wall half-width of 12..22 px (the roof's is 3 px more); roof_height: 0..1
# is a roof 6..24 px high (its top at y = 32..14 px); door_position: 0..1 puts the door's
# centre from 7 px inside the wall's left end to 7 px inside its right end (the door is
# 8 x 13 px); wall_hue: 0..0.8 of the colour wheel (no wrap)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 0.8))
SKY = (0.76, 0.86, 0.95)
GROUND_COLOUR = (0.55, 0.5, 0.42)
ROOF = (0.5, 0.17, 0.12)
DOOR = (0.3, 0.18, 0.08)
CX, BASE, WALL_H = 32.0, 58.0, 20.0  # the house's centre x, the ground line, the wall's height
EAVES = BASE - WALL_H  # where the roof meets the wall
OVERHANG, DOOR_HW, DOOR_H, DOOR_INSET = 3.0, 4.0, 13.0, 7.0


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = R.canvas(n, SKY)
    ground = R.below(BASE, n)
    img = R.over(img, ground, GROUND_COLOUR)
    hw = R.col(12 + 10 * f[:, 0])
    wall = R.coverage(R.box_sdf(x - CX, y - (BASE - WALL_H / 2), hw, WALL_H / 2))
    img = R.over(img, wall, R.hsv(f[:, 3], 0.5, 0.95))
    # the roof: a triangle on the eaves line, distance = max over its base and its two sides
    h, b = R.col(6 + 18 * f[:, 1]), hw + OVERHANG
    sides = (np.abs(x - CX) * h + (EAVES - y) * b - b * h) / np.sqrt(h ** 2 + b ** 2)
    img = R.over(img, R.coverage(np.maximum(sides, y - EAVES)), ROOF)
    door_x = CX + (2 * R.col(f[:, 2]) - 1) * (hw - DOOR_INSET)
    door = R.coverage(R.box_sdf(x - door_x, y - (BASE - DOOR_H / 2), DOOR_HW, DOOR_H / 2))
    return R.to_uint8(R.over(img, door, DOOR))


def render(width: float, roof_height: float, door_position: float, wall_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[width, roof_height, door_position, wall_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("house", arg, n, seed, FACTORS, sample_factors, _draw)
