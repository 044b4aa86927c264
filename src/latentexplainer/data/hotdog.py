"""`hotdog`: a hot dog with a zig-zag of sauce on a white plate on a checked tablecloth, seen from
above (64x64 RGB).

A round white plate with a pale grey ring inside its rim lies in the middle of a red-and-white
checked tablecloth. On it lies a hot dog: a long golden bun split open, its two halves lying on
either side of a reddish-brown sausage, with a wavy line of sauce running along the sausage. The
hot dog's ends are rounded and its sausage may poke out past the bun at both ends. Factors: how
far the hot dog is turned round on the plate (a cyclic factor: half a turn brings the same
picture back, since the hot dog looks the same from either end), how far the sausage pokes out
of the bun (its ends inside the bun to sticking well out at both ends), the hue of the sauce
(ketchup red through mustard yellow to relish green), how many waves the sauce makes along the
sausage (a few long waves to many short ones) and the size of the tablecloth's checks (small to
large).
The plate, the bun, the sausage's thickness and the colours of the bun, the sausage and the
tablecloth stay fixed; the hot dog always lies in the middle of the plate.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("turn", "how far the hot dog is turned round on its plate", "cyclic", period=np.pi),
    Factor("sausage_length", "how far the sausage pokes out of the bun (inside to well out)",
           "continuous"),
    Factor("sauce_hue", "hue of the sauce (ketchup red through mustard yellow to green)",
           "continuous"),
    Factor("sauce_waves", "how many waves the sauce makes along the sausage (few to many)",
           "continuous"),
    Factor("check_size", "size of the tablecloth's checks (small to large)", "continuous"),
)
# turn: 0..pi radians anticlockwise from lying left to right (the picture comes back after pi);
# sausage_length: 0..1 is a sausage 30..48 px long (the bun is 44 px long); sauce_hue: 0..0.33 of
# the colour wheel; sauce_waves: 0..1 is 1.5..5 waves along the 30 px of sauce; check_size: 0..1
# is checks 3..10 px wide
RANGES = ((0.0, np.pi), (0.0, 1.0), (0.0, 0.33), (0.0, 1.0), (0.0, 1.0))
CLOTH_RED, CLOTH_PINK, CLOTH_WHITE = np.array((0.75, 0.12, 0.14)), np.array((0.92, 0.58, 0.58)), \
    np.array((0.98, 0.96, 0.94))
PLATE, PLATE_RING, PLATE_EDGE = (0.97, 0.97, 0.96), (0.84, 0.85, 0.87), (0.7, 0.7, 0.72)
CRUST, BUN = (0.72, 0.43, 0.17), (0.93, 0.74, 0.45)
SAUSAGE, SAUSAGE_DARK = (0.68, 0.27, 0.16), (0.45, 0.16, 0.1)
CX = CY = 32.0
PLATE_R = 29.0
BUN_HALF, BUN_R, BUN_V = 17.0, 5.0, 4.8  # each half: a capsule, 17 px each way, 5 px round, 4.8 off
SAUSAGE_R, SAUCE_HALF, SAUCE_AMP, SAUCE_HW = 3.8, 15.0, 2.7, 1.5


def _plate() -> tuple[np.ndarray, np.ndarray]:
    """The plate over a blank cloth: its coverage and the plate drawn (premultiplied)."""
    x, y = R.grid()
    r = np.hypot(x - CX, y - CY)
    img = R.canvas(1, (0.0, 0.0, 0.0))
    cover = R.coverage(r - PLATE_R)
    R.over(img, cover, PLATE_EDGE)
    R.over(img, R.coverage(r - PLATE_R + 1.0), PLATE)
    R.over(img, R.coverage(np.abs(r - PLATE_R + 5.5) - 0.6), PLATE_RING)
    return cover[0], img[0]


PLATE_COVER, PLATE_IMG = _plate()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    # the tablecloth: white, pink where one band of checks crosses, red where two do
    w = R.col(3 + 7 * f[:, 4])
    bx = R.coverage((np.abs((x / (2 * w)) % 1.0 - 0.5) - 0.25) * 2 * w)  # (n, 1, W)
    by = R.coverage((np.abs((y / (2 * w)) % 1.0 - 0.5) - 0.25) * 2 * w)  # (n, H, 1)
    both, one = bx * by, bx + by - 2 * bx * by
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = CLOTH_WHITE[None, :, None, None]
    img += (CLOTH_PINK - CLOTH_WHITE)[None, :, None, None] * one[:, None]
    img += (CLOTH_RED - CLOTH_WHITE)[None, :, None, None] * both[:, None]
    img *= 1.0 - PLATE_COVER
    img += PLATE_IMG
    # the hot dog, in its own coordinates: u along it, v across it
    a = R.col(f[:, 0])
    c, s = np.cos(a), np.sin(a)
    dx, dy = x - CX, y - CY
    u, v = dx * c - dy * s, -dx * s - dy * c
    # its soft shadow on the plate, a little down and to the right whichever way it lies
    su, sv = (dx - 1.5) * c - (dy - 1.5) * s, -(dx - 1.5) * s - (dy - 1.5) * c
    shadow = (R.box_sdf(su, sv, BUN_HALF, BUN_V) - BUN_R) * 0.5
    R.over(img, 0.22 * R.coverage(shadow), (0.0, 0.0, 0.0))
    for side in (-1.0, 1.0):
        half = R.box_sdf(u, v - side * BUN_V, BUN_HALF, 0.0) - BUN_R
        R.over(img, R.coverage(half), CRUST)
        R.over(img, R.coverage(half + 1.4), BUN)
        crease = np.abs(v - side * (BUN_V + 2.0)) - 1.0  # a browner line along each half
        R.over(img, 0.3 * R.coverage(np.maximum(half + 1.4, crease)), CRUST)
    sausage = R.box_sdf(u, v, R.col(11.2 + 9 * f[:, 1]), 0.0) - SAUSAGE_R
    R.over(img, R.coverage(sausage), SAUSAGE_DARK)
    R.over(img, R.coverage(sausage + 1.0), SAUSAGE)
    # the sauce: a wave along the sausage, odd about its middle (so half a turn looks the same)
    k = R.col((1.5 + 3.5 * f[:, 3]) * 2 * np.pi / (2 * SAUCE_HALF))
    phase = k * u
    wave = np.abs(v - SAUCE_AMP * np.sin(phase)) / np.sqrt(1 + (SAUCE_AMP * k * np.cos(phase)) ** 2)
    sauce = np.maximum(wave - SAUCE_HW, np.abs(u) - SAUCE_HALF)
    R.over(img, R.coverage(sauce), R.hsv(f[:, 2], 0.85, 0.92))
    return R.to_uint8(img)


def render(turn: float, sausage_length: float, sauce_hue: float, sauce_waves: float,
           check_size: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[turn, sausage_length, sauce_hue, sauce_waves, check_size]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("hotdog", arg, n, seed, FACTORS, sample_factors, _draw)
