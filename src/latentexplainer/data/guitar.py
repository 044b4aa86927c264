"""`guitar`: an acoustic guitar hanging in front of a plain cream wall, seen from the front
(64x64 RGB).

The guitar fills the middle of the image, its neck pointing upwards: a figure-of-eight wooden
body (a large lower bout, a smaller upper bout) edged with a thin cream binding, a round dark
sound hole in the upper bout ringed by a cream rosette, a dark bridge on the lower bout, and
a long dark brown neck ending in a darker headstock, with two pale strings running from the
bridge to the headstock. The guitar may be tilted to the left or right about the middle of
its body, neck, strings and all. The wall is one flat cream colour. Factors: how far the
guitar is tilted (neck to the left, upright, neck to the right), the length of its neck, the
size of its sound hole and the lightness of the body's wood (dark mahogany to pale honey).
The body's shape and size, the neck's width and colour, the headstock and the wall stay
fixed; the whole guitar always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("guitar_tilt", "how far the guitar is tilted (neck to the left, upright, to the right)", "continuous"),
    Factor("neck_length", "length of the guitar's neck (short to long)", "continuous"),
    Factor("sound_hole_size", "size of the round sound hole in the body (small to large)", "continuous"),
    Factor("wood_lightness", "lightness of the body's wood (dark mahogany to pale honey)", "continuous"),
)
# guitar_tilt: -0.5..0.5 radians about the body's middle at (32, 43) px, clockwise on screen
# (positive: the neck leans right); neck_length: 0..1 is a neck 8..18 px long from the top of
# the body (2.5 px half-wide; the headstock 6 px more); sound_hole_size: 0..1 is a sound hole
# of radius 2..5.5 px, 5 px above the body's middle (the rosette 1.5 px wide around it);
# wood_lightness: 0..1 blends the body's wood from dark mahogany to pale honey. The lower bout
# is a circle of radius 11 px 6 px below the body's middle, the upper one of 8.5 px 7 px above
RANGES = ((-0.5, 0.5), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
WALL = (0.88, 0.85, 0.78)
DARK_WOOD, PALE_WOOD = np.array((0.36, 0.17, 0.07)), np.array((0.88, 0.68, 0.38))
BINDING, ROSETTE, HOLE = (0.95, 0.92, 0.82), (0.93, 0.87, 0.68), (0.06, 0.04, 0.03)
NECK, HEAD, BRIDGE, STRING = (0.32, 0.18, 0.08), (0.18, 0.1, 0.05), (0.12, 0.07, 0.04), (0.9, 0.9, 0.86)
CX, CY = 32.0, 43.0
LOWER, UPPER = (6.0, 11.0), (-7.0, 8.5)  # the bouts: centre (v) and radius
BODY_TOP = UPPER[0] - UPPER[1]
HOLE_V, ROSETTE_W = -5.0, 1.5
NECK_HW, HEAD_HX, HEAD_HY = 2.5, 3.4, 3.0
STRING_U, STRING_HW, STRING_ALPHA = 1.2, 0.3, 0.75
BRIDGE_V = 9.0


def _smooth_min(a, b, k=3.0):
    """The union of two shapes, with the corner where they meet rounded (a waist)."""
    h = np.clip(0.5 + 0.5 * (b - a) / k, 0.0, 1.0)
    return b + (a - b) * h - k * h * (1.0 - h)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = R.canvas(n, WALL)
    a, neck, hole = R.col(f[:, 0]), R.col(8 + 10 * f[:, 1]), R.col(2 + 3.5 * f[:, 2])
    c, s = np.cos(a), np.sin(a)
    u, v = c * (x - CX) + s * (y - CY), -s * (x - CX) + c * (y - CY)  # the guitar's frame (v down)
    top = BODY_TOP - neck  # the neck's end
    img = R.over(img, R.coverage(R.box_sdf(u, v - (top + BODY_TOP + 3.0) / 2, NECK_HW, (BODY_TOP + 3.0 - top) / 2)), NECK)
    img = R.over(img, R.coverage(R.box_sdf(u, v - (top - HEAD_HY), HEAD_HX - 1.0, HEAD_HY - 1.0) - 1.0), HEAD)
    body = _smooth_min(np.hypot(u, v - LOWER[0]) - LOWER[1], np.hypot(u, v - UPPER[0]) - UPPER[1])
    wood = DARK_WOOD[None] + (PALE_WOOD - DARK_WOOD)[None] * f[:, 3:4]
    img = R.over(img, R.coverage(body), BINDING)
    img = R.over(img, R.coverage(body + 1.0), wood)
    ring = np.hypot(u, v - HOLE_V)
    img = R.over(img, R.coverage(ring - hole - ROSETTE_W), ROSETTE)
    img = R.over(img, R.coverage(ring - hole), HOLE)
    img = R.over(img, R.coverage(R.box_sdf(u, v - BRIDGE_V, 4.0, 1.2)), BRIDGE)
    strings = np.maximum(np.abs(np.abs(u) - STRING_U) - STRING_HW, np.maximum(top - 2.0 - v, v - BRIDGE_V))
    return R.to_uint8(R.over(img, STRING_ALPHA * R.coverage(strings), STRING))


def render(guitar_tilt: float, neck_length: float, sound_hole_size: float, wood_lightness: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[guitar_tilt, neck_length, sound_hole_size, wood_lightness]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("guitar", arg, n, seed, FACTORS, sample_factors, _draw)
