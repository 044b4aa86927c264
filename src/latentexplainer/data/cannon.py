"""`cannon`: an old iron cannon on a wooden carriage on a grassy field, firing a puff of smoke,
seen from the side (64x64 RGB).

The cannon faces right: a dark iron barrel, tapering towards the muzzle, with a knob at its
breech, a ring at its muzzle and a pale highlight along its top, pivots on the hub of a
large spoked wooden wheel with an iron tyre that stands on the grass; the carriage's wooden
trail runs from the hub back down to the ground on the left. A puff of white smoke billows
from the muzzle, rising a little as it goes. Three cannonballs lie stacked on the grass near
the right edge. Behind is a distant hill under a sky that runs from dusk colours (deep violet
above an orange glow) to a clear day (blue above a pale haze). Factors: where the cannon
stands (left to right), the barrel's elevation (level to raised), the size of the wheel
(which sets how high the barrel pivots), the size of the puff of smoke (none to big) and the
time of day in the sky (dusk to bright day). The barrel's length, the trail's length, the
hill, the grass and the cannonballs stay fixed; the cannon always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("cannon_x", "horizontal position of the cannon (left to right)", "continuous"),
    Factor("elevation", "elevation of the cannon's barrel (level to raised)", "continuous"),
    Factor("wheel_size", "size of the cannon's wheel (small to large)", "continuous"),
    Factor("smoke", "size of the puff of smoke at the muzzle (none to big)", "continuous"),
    Factor("daylight", "time of day in the sky (dusk to bright day)", "continuous"),
)
# cannon_x: 0..1 puts the wheel's hub at x = 14..24 px; elevation: 0..0.85 radians of the
# barrel (30 px long) above the horizontal; wheel_size: 0..1 is a wheel of radius 7..13 px (the hub, where
# the barrel pivots, is that high above the grass); smoke: 0..1 scales the three discs of the
# puff (radii 4.5, 6.5, 5.5 px at full size) and how far ahead of the muzzle they lie; daylight:
# 0..1 blends the sky from dusk to day
RANGES = ((0.0, 1.0), (0.0, 0.85), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
DUSK = np.array((0.24, 0.18, 0.4)), np.array((0.93, 0.56, 0.34))  # the sky's top and bottom colours
DAY = np.array((0.36, 0.6, 0.92)), np.array((0.78, 0.88, 0.97))
HILL, GRASS = (0.3, 0.42, 0.3), np.array((0.3, 0.52, 0.2))
IRON, SHINE, TYRE = (0.2, 0.2, 0.23), (0.5, 0.5, 0.54), (0.16, 0.16, 0.18)
WOOD, TRAIL, SMOKE = (0.55, 0.36, 0.18), (0.42, 0.27, 0.13), (0.93, 0.93, 0.91)
GROUND_Y = 56.0
BREECH, MUZZLE = -8.0, 22.0  # the barrel's ends along it, from the pivot
TRAIL_X = 12.0  # how far behind the hub the trail meets the ground
PUFFS = ((3.0, 0.0, 4.5), (8.0, -2.5, 6.5), (12.0, -5.5, 5.5))  # along, up and radius at full size
BALLS = ((56.0, GROUND_Y - 2.5), (61.2, GROUND_Y - 2.5), (58.6, GROUND_Y - 6.8))
BALL_R = 2.6


def _background(sky: np.ndarray) -> np.ndarray:
    """The hill, the grass and the cannonballs in front of ``sky``."""
    x, y = R.grid()
    img = sky[None].copy()
    top = 42.0 + 3.5 * np.sin(0.09 * x + 1.0) + 1.5 * np.sin(0.23 * x)
    R.over(img, R.coverage(top - y) * np.ones_like(x), HILL)
    blades = 1.0 + 0.1 * np.sin(2.1 * x + 1.7 * np.sin(0.9 * y)) * np.sin(1.9 * y + 0.4 * x)
    grass = R.coverage(GROUND_Y - y)
    img += (GRASS[None, :, None, None] * blades[:, None] - img) * grass[:, None]
    for bx, by in BALLS:
        R.over(img, R.coverage(np.sqrt((x - bx) ** 2 + (y - by) ** 2) - BALL_R), IRON)
        R.over(img, 0.7 * R.coverage(np.sqrt((x - bx + 0.9) ** 2 + (y - by + 0.9) ** 2) - 0.8), SHINE)
    return img[0].astype(np.float32)


# compositing is linear in what lies behind, so blending the two finished backgrounds by the
# time of day is the same as drawing the hill, the grass and the balls over the blended sky
AT_DUSK, AT_DAY = _background(R.vertical_gradient(*DUSK, 46.0)), _background(R.vertical_gradient(*DAY, 46.0))


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    day = f[:, 4].astype(np.float32)[:, None, None, None]
    img = AT_DUSK[None] + (AT_DAY - AT_DUSK)[None] * day
    cx, r = R.col(14 + 10 * f[:, 0]), R.col(7 + 6 * f[:, 2])
    cy = GROUND_Y - r
    e = f[:, 1]
    c, s = R.col(np.cos(e)), R.col(np.sin(e))
    # the trail, from the hub back down to the grass
    trail = R.segment_sdf(x, y, cx, cy, cx - TRAIL_X, GROUND_Y - 2.0) - 2.2
    R.over(img, R.coverage(trail), TRAIL)
    # the barrel: u along it from the pivot (towards the muzzle), v across it (downwards)
    u = (x - cx) * c - (y - cy) * s
    v = (x - cx) * s + (y - cy) * c
    width = 4.2 - 1.3 * (u - BREECH) / (MUZZLE - BREECH)
    barrel = np.maximum(np.abs(v) - width, np.maximum(BREECH - u, u - MUZZLE))
    barrel = np.minimum(barrel, np.sqrt((u - BREECH + 1.8) ** 2 + v * v) - 2.2)  # the knob
    ring = np.maximum(np.abs(v) - 3.8, np.abs(u - (MUZZLE - 1.3)) - 1.3)
    barrel = np.minimum(barrel, ring)
    R.over(img, R.coverage(barrel), IRON)
    shine = np.maximum(np.abs(v + 1.7) - 0.6, np.maximum(BREECH + 1.0 - u, u - MUZZLE + 3.0))
    R.over(img, 0.7 * R.coverage(shine), SHINE)
    # the wheel: an iron tyre, a wooden rim, six spokes and the hub
    dx, dy = x - cx, y - cy
    rho = np.sqrt(dx * dx + dy * dy)
    R.over(img, R.coverage(np.abs(rho - (r - 1.0)) - 1.0), TYRE)
    R.over(img, R.coverage(np.abs(rho - (r - 2.6)) - 0.7), WOOD)
    spokes = np.minimum(np.abs(dy), np.minimum(np.abs(0.866 * dx - 0.5 * dy), np.abs(0.866 * dx + 0.5 * dy)))
    R.over(img, R.coverage(np.maximum(spokes - 0.7, rho - r + 2.5)), WOOD)
    R.over(img, R.coverage(rho - 2.0), TYRE)
    # the puff of smoke: three discs ahead of the muzzle, rising
    size = R.col(f[:, 3])
    mx, my = cx + MUZZLE * c, cy - MUZZLE * s
    puff = np.full(img.shape[:1] + img.shape[2:], np.inf, np.float32)
    for along, up, rad in PUFFS:
        px, py = mx + along * size * c, my - along * size * s + up * size
        np.minimum(puff, np.sqrt((x - px) ** 2 + (y - py) ** 2) - (rad * size - 0.5), out=puff)
    R.over(img, 0.92 * R.coverage(puff), SMOKE)
    return R.to_uint8(img)


def render(cannon_x: float, elevation: float, wheel_size: float, smoke: float, daylight: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[cannon_x, elevation, wheel_size, smoke, daylight]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("cannon", arg, n, seed, FACTORS, sample_factors, _draw)
