"""`teapot`: a dark brown teapot on a wooden table in front of a plain wall, seen from the
side (64x64 RGB).

The teapot stands on the table, which fills the bottom of the image: a round glazed body on
a low foot, a lid with a knob on top, a ring-shaped handle on its left and a tapering spout
rising up and to the right from the lower right of the body. A small pale highlight shines
on the upper left of the body. The teapot may be tipped forward to pour, rocking on the
right edge of its foot: the spout goes down and to the right, the handle and the back of the
pot lift off the table. The wall is one flat warm grey, from dim to bright. Factors: how far
the teapot is tipped (upright to pouring), the width of its body (slim to round), the length
of its spout (a stub to a long spout) and the lightness of the wall. The body's height, the
lid, the handle's size, the glaze and the table stay fixed; the whole teapot always lies
inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("pour_tilt", "how far the teapot is tipped forward (upright to pouring)", "continuous"),
    Factor("body_width", "width of the teapot's body (slim to round)", "continuous"),
    Factor("spout_length", "length of the teapot's spout (a short stub to long)", "continuous"),
    Factor("wall_lightness", "lightness of the wall behind the teapot (dim to bright)", "continuous"),
)
# pour_tilt: 0..0.55 radians, clockwise on screen (the spout goes down), about the right edge
# of the foot at (34, 50) px; body_width: 0..1 is a body of half-width 9..15 px (10.5 px
# half-height, on a foot 3 px high and 0.6 of the half-width wide, the pivot at its right
# edge); spout_length: 0..1 is a spout 4..22 px long from its root 10 px above the pivot, rising at 53 degrees
# (3.6 px half-thick at its root, 2.2 px at its tip); wall_lightness: 0..1 scales the wall's
# colour by 0.5..1
RANGES = ((0.0, 0.55), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
WALL = np.array((0.95, 0.9, 0.82))
TABLE, TABLE_EDGE = (0.56, 0.38, 0.22), (0.4, 0.26, 0.14)
GLAZE, EDGE, SHINE = (0.27, 0.13, 0.07), (0.14, 0.06, 0.03), (0.95, 0.88, 0.8)
PX, PY = 34.0, 50.0  # the pivot, on the table top
BODY_HH, FOOT_H, FOOT_SHARE = 10.5, 3.0, 0.6
SPOUT_DIR = (0.6, -0.8)
HANDLE_R, HANDLE_HW = 5.5, 1.6
SHINE_ALPHA = 0.55


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    wall = WALL[None] * (0.5 + 0.5 * f[:, 3:4])
    img = R.canvas(n, wall)
    img = R.over(img, R.below(PY, n), TABLE)
    img = R.over(img, R.below(58.0, n), TABLE_EDGE)
    a, bw, spout = R.col(f[:, 0]), R.col(9 + 6 * f[:, 1]), R.col(4 + 18 * f[:, 2])
    c, s = np.cos(a), np.sin(a)
    pu, pv = c * (x - PX) + s * (y - PY), -s * (x - PX) + c * (y - PY)  # the pot's frame, about the pivot
    u, v = pu + FOOT_SHARE * bw, pv  # centred on the foot
    body = R.ellipse_sdf(u, v + FOOT_H + BODY_HH, bw, BODY_HH)
    foot = R.box_sdf(u, v + FOOT_H / 2 + 0.5, FOOT_SHARE * bw, FOOT_H / 2 + 0.5)
    lid = np.minimum(R.ellipse_sdf(u, v + 23.5, 0.55 * bw, 2.5), np.hypot(u, v + 27.0) - 2.0)
    handle = np.abs(np.hypot(u + bw + 1.0, v + 15.0) - HANDLE_R) - HANDLE_HW
    d, h = R.segment_sdf(pu, pv, 0.0, -10.0, SPOUT_DIR[0] * spout, -10.0 + SPOUT_DIR[1] * spout, along=True)
    spout_d = d - (3.6 - 1.4 * h)
    pot = np.minimum(np.minimum(body, foot), np.minimum(np.minimum(lid, handle), spout_d))
    img = R.over(img, R.coverage(pot), EDGE)
    img = R.over(img, R.coverage(pot + 0.8), GLAZE)
    shine = R.ellipse_sdf(u + 0.45 * bw, v + 18.0, 0.14 * bw + 0.6, 2.6)
    return R.to_uint8(R.over(img, SHINE_ALPHA * R.coverage(shine), SHINE))


def render(pour_tilt: float, body_width: float, spout_length: float, wall_lightness: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[pour_tilt, body_width, spout_length, wall_lightness]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("teapot", arg, n, seed, FACTORS, sample_factors, _draw)
