"""`rowboat`: a wooden rowing boat with its two oars out on a lake, seen from straight above
(64x64 RGB).

The boat lies in the middle of the image on dark green-blue water: a long wooden hull with a
pointed bow painted red and a flat, square stern, a paler inside and two dark seats across it;
a rower in a yellow hat sits on the seat nearer the stern. Its two
pale oars reach out from the middle of its sides, each ending in a round blade. Two green
lily pads float in the corners. Factors: which way the boat points (a cyclic factor with a
whole-turn period in radians: the boat turns about the middle of the image, its oars with
it), how long the boat is (short to long, its width growing a little with it), how the oars
are swept (blades towards the stern, straight out, blades towards the bow) and how rippled
the water is (smooth to covered in pale ripple lines). The oars' length, the water's colour
and the lily pads stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("heading", "which way the boat points (a whole turn)", "cyclic", period=2 * np.pi),
    Factor("boat_length", "how long the boat is (short to long)", "continuous"),
    Factor("oar_sweep", "how the oars are swept (blades to the stern, out, to the bow)", "continuous"),
    Factor("ripples", "how rippled the water is (smooth to many ripples)", "continuous"),
)
# heading: 0..2 pi radians, 0 points the bow to the right, pi / 2 downwards; boat_length: 0..1
# is a hull 22..34 px long (half-width 0.36 times its half-length plus 1 px); oar_sweep: -0.7..0.7
# radians of the oars from straight out (positive: the blades towards the bow); ripples: 0..1
# scales the ripple lines' opacity
RANGES = ((0.0, 2 * np.pi), (0.0, 1.0), (-0.7, 0.7), (0.0, 1.0))
WATER, RIPPLE, PAD = (0.1, 0.3, 0.36), (0.62, 0.8, 0.82), (0.25, 0.55, 0.2)
BOW, HAT = (0.8, 0.15, 0.12), (0.98, 0.85, 0.15)
HULL, INSIDE, SEAT, OAR = (0.5, 0.3, 0.15), (0.78, 0.58, 0.36), (0.35, 0.2, 0.1), (0.92, 0.84, 0.62)
OAR_L, OAR_HW, BLADE_R = 15.0, 0.9, 2.4
STERN = 0.78  # the stern is cut square at this fraction of the half-length behind the middle


def _static():
    x, y = R.grid()
    wave = np.sin(0.42 * y + 1.6 * np.sin(0.13 * x) + 0.4 * np.sin(0.31 * x + 0.2 * y))
    ripples = R.coverage((0.9 - wave) * 4.0)[0]
    water = R.canvas(1, WATER)
    pads = np.minimum(np.hypot(x - 7, y - 8) - 5.5, np.hypot(x - 57, y - 57) - 6.0)
    notch = np.maximum(np.abs(np.arctan2(y - 8, x - 7) - 0.6) - 0.3, np.hypot(x - 7, y - 8) - 6.0)
    pads = np.maximum(pads, -notch)
    return water[0], ripples.astype(np.float32), R.coverage(pads)[0]


WATER_IMG, RIPPLE_COVER, PAD_COVER = _static()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = WATER_IMG
    R.over(img, R.col(f[:, 3]) * RIPPLE_COVER, RIPPLE)
    R.over(img, np.broadcast_to(PAD_COVER, (n, R.SIZE, R.SIZE)), PAD)
    a = R.col(f[:, 0])
    c, s = np.cos(a), np.sin(a)
    u = (x - 32) * c + (y - 32) * s  # along the boat, towards the bow
    v = -(x - 32) * s + (y - 32) * c  # across it
    half = R.col(11 + 6 * f[:, 1])
    hw = 0.36 * half + 1.0
    # the oars, under the hull's rim: from the oarlocks out, swept by the angle
    sweep = R.col(f[:, 2])
    du, dv = OAR_L * np.sin(sweep), OAR_L * np.cos(sweep)
    oars = np.inf
    for side in (-1.0, 1.0):
        shaft = R.segment_sdf(u, v, 0.0, side * (hw - 1), du, side * (hw - 1 + dv)) - OAR_HW
        blade = R.ellipse_sdf(u - du * 0.95, v - side * (hw - 1 + dv * 0.95), BLADE_R, BLADE_R)
        oars = np.minimum(oars, np.minimum(shaft, blade))
    R.over(img, R.coverage(oars), OAR)
    point = (np.abs(v) * half + u * 1.15 * hw - 1.15 * half * hw) / np.hypot(half, 1.15 * hw)
    hull = np.maximum(np.maximum(R.ellipse_sdf(u, v, half, hw), -u - STERN * half), point)
    R.over(img, R.coverage(hull), HULL)
    R.over(img, R.coverage(np.maximum(hull, 0.3 * half - u)), BOW)
    inside = np.maximum(R.ellipse_sdf(u, v, half - 2.0, hw - 1.6), -u - STERN * half + 1.6)
    R.over(img, R.coverage(inside), INSIDE)
    seats = np.maximum(np.minimum(np.abs(u + 0.35 * half), np.abs(u - 0.25 * half)) - 1.2, inside)
    R.over(img, R.coverage(seats), SEAT)
    R.over(img, R.coverage(np.hypot(u + 0.48 * half, v) - 3.6), HAT)
    return R.to_uint8(img)


def render(heading: float, boat_length: float, oar_sweep: float, ripples: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[heading, boat_length, oar_sweep, ripples]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("rowboat", arg, n, seed, FACTORS, sample_factors, _draw)
