"""`globe`: a desk globe on a wooden stand on a desk in front of a plain wall, close up
(64x64 RGB).

The globe stands over the middle of a brown desk that runs along the bottom of the image: a dark
wooden foot on the desk, a short post and a thin brass ring round the globe, with two brass pins
where the globe's axis meets the ring. The globe is a shaded sphere, lit from the upper left, with
green-brown continents on coloured oceans and white ice caps at its poles; it turns about its
axis, which is tilted in the plane of the image. Factors: how far the globe has turned about its
axis (a whole turn brings it back), the tilt of the axis (leaning left, upright, leaning right), the
size of the globe (its ring, post and pins grow with it; it always stands on the post, so a larger
globe reaches higher), the hue of its oceans and the lightness of the wall (dark to light). The
continents, the desk, the foot and the light stay fixed; the whole globe always lies inside the
image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("spin", "how far the globe has turned about its axis (a whole turn)", "cyclic", period=1.0),
    Factor("axis_tilt", "tilt of the globe's axis (leaning left, upright, leaning right)", "continuous"),
    Factor("globe_size", "size of the globe (small to large)", "continuous"),
    Factor("ocean_hue", "hue of the globe's oceans (green through blue to purple)", "continuous"),
    Factor("wall_light", "lightness of the wall behind the globe (dark to light)", "continuous"),
)
# spin: 0..1 turns about the axis (1 is a whole turn: the same picture as 0); axis_tilt:
# -0.45..0.45 radians from upright (negative: the north pole leans to the left, positive: to the
# right); globe_size: 0..1 is a globe of radius 11..18 px, its middle 10 px plus its radius above
# the desk at x = 32 px; ocean_hue: 0.3..0.8 of the colour wheel; wall_light: 0..1 blends the wall
# from dark slate to pale cream
RANGES = ((0.0, 1.0), (-0.45, 0.45), (0.0, 1.0), (0.3, 0.8), (0.0, 1.0))
WALL_DARK, WALL_LIGHT = np.array((0.17, 0.19, 0.24)), np.array((0.88, 0.86, 0.79))
DESK, FOOT, BRASS = (0.46, 0.31, 0.18), (0.3, 0.19, 0.11), (0.8, 0.64, 0.28)
LAND, ICE = np.array((0.62, 0.64, 0.3), np.float32), np.array((0.95, 0.96, 0.97), np.float32)
DESK_Y, CX, LIFT = 54.0, 32.0, 10.0  # the desk's top edge; the globe's middle is LIFT + r above it
RING_GAP, RING_HW = 2.4, 0.8
LIGHT = np.array((-0.45, -0.55, 0.7)) / np.linalg.norm((-0.45, -0.55, 0.7))
ROWS, COLS = (3, 52), (10, 54)  # the rows and columns the globe and its ring can reach


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    wall = WALL_DARK[None] + (WALL_LIGHT - WALL_DARK)[None] * f[:, 4:5]
    img = R.canvas(n, wall)
    R.over(img, R.below(DESK_Y, n), DESK)
    r = R.col(11 + 7 * f[:, 2])
    cy = DESK_Y - LIFT - r
    # the foot and the post, then the globe and its ring, only where they can reach, for speed
    R.over(img, R.coverage(R.ellipse_sdf(x - CX, y - DESK_Y, 10.0, 2.6)), FOOT)
    R.over(img, R.coverage(R.edges_sdf(x, y, CX - 1.3, CX + 1.3, cy + r + RING_GAP, DESK_Y - 1.0)), FOOT)
    (r0, r1), (c0, c1) = ROWS, COLS
    part, x, y = img[:, :, r0:r1, c0:c1], x[:, :, c0:c1], y[:, r0:r1]
    px, py = (x - CX) / r, (y - cy) / r
    rho = np.sqrt(px * px + py * py)
    pz = np.sqrt(np.maximum(1.0 - rho * rho, 0.0))
    a = R.col(f[:, 1])
    ca, sa = np.cos(a), np.sin(a)
    w = px * sa - py * ca  # along the axis, towards the north pole: the sine of the latitude
    q = px * ca + py * sa  # across it, to the right
    lon = np.arctan2(q, pz) + R.col(2 * np.pi * f[:, 0])
    land = 0.55 * np.sin(2 * lon + 0.6) + 0.4 * np.sin(3 * lon + 2.2 + 2.5 * w) + 0.3 * np.cos(4.5 * w)
    land += 0.25 * np.sin(5 * lon + 1.0 - 3.0 * w)
    land = np.clip((land - 0.2) * 5.0 + 0.5, 0.0, 1.0)
    ice = np.clip((np.abs(w) - 0.86) * 25.0 + 0.5, 0.0, 1.0)
    shade = 0.42 + 0.62 * np.maximum(px * LIGHT[0] + py * LIGHT[1] + pz * LIGHT[2], 0.0)
    ocean = R.hsv(f[:, 3], 0.65, 0.8)[:, :, None, None]
    colour = ocean + (LAND[:, None, None] - ocean) * land[:, None]
    colour += (ICE[:, None, None] - colour) * ice[:, None]
    colour *= shade[:, None]
    disc = R.coverage((rho - 1.0) * r)
    part += (colour - part) * disc[:, None]
    # the brass ring round the globe, and the pins where the axis meets it
    ring = np.abs(rho * r - (r + RING_GAP)) - RING_HW
    ends = r + RING_GAP + RING_HW
    pins = R.segment_sdf(x, y, CX + (r - 1) * sa, cy - (r - 1) * ca, CX + ends * sa, cy - ends * ca)
    pins = np.minimum(pins, R.segment_sdf(x, y, CX - (r - 1) * sa, cy + (r - 1) * ca, CX - ends * sa, cy + ends * ca))
    R.over(part, R.coverage(np.minimum(ring, pins - 1.1)), BRASS)
    return R.to_uint8(img)


def render(spin: float, axis_tilt: float, globe_size: float, ocean_hue: float, wall_light: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[spin, axis_tilt, globe_size, ocean_hue, wall_light]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("globe", arg, n, seed, FACTORS, sample_factors, _draw)
