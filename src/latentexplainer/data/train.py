"""`train`: a small steam locomotive on a railway track crossing green country, seen from the
side (64x64 RGB).

The locomotive faces right and stands on a dark rail laid on a gravel bed along the lower
part of the image, with grass below. It has a long boiler at the front, a taller cab with a
pale yellow window and a dark roof at the back, a dark chassis and three black wheels with
grey hubs; a black chimney stands on the front of the boiler. Dark grey smoke may rise from
the chimney in a row of puffs drifting up and back (to the left), each puff larger than the
one before. The sky is a pale blue, lighter towards the horizon. Factors: the locomotive's
horizontal position along the track (its smoke moves with it), how tall its chimney is, how
much smoke it puffs (none to a big plume) and the hue of its paint (boiler and cab). The
locomotive's shape and size, the wheels, the track, the sky and the grass stay fixed; the
whole locomotive always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("train_x", "horizontal position of the locomotive on the track", "continuous"),
    Factor("chimney_height", "height of the locomotive's chimney (short to tall)", "continuous"),
    Factor("smoke", "amount of smoke from the chimney (none to a big plume)", "continuous"),
    Factor("paint_hue", "hue of the locomotive's paint (boiler and cab)", "continuous"),
)
# train_x: 0..1 puts the middle wheel at x = 18..46 px (the locomotive spans 15 px behind it
# to 14 px ahead); chimney_height: 0..1 is a chimney rising 2..15 px above the boiler's top
# (y = 30 px); smoke: 0..1 scales the four puffs' radii (3, 4.5, 6, 7.5 px at 1; 0: no
# smoke); paint_hue: 0..0.8 of the colour wheel (no wrap)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 0.8))
SKY_TOP, SKY_LOW = (0.5, 0.7, 0.95), (0.8, 0.88, 0.97)
GRASS, GRAVEL, RAIL = (0.33, 0.55, 0.24), (0.55, 0.5, 0.45), (0.25, 0.25, 0.28)
DARK, WHEEL, HUB = (0.18, 0.18, 0.2), (0.08, 0.08, 0.09), (0.6, 0.6, 0.62)
WINDOW, SMOKE = (0.98, 0.92, 0.6), (0.42, 0.42, 0.45)
RAIL_Y, GRASS_Y = 48.0, 53.0
WHEEL_Y, WHEEL_R = 44.0, 4.0
BOILER_TOP = 30.0
SMOKE_ALPHA = 0.9
BACKGROUND = R.vertical_gradient(SKY_TOP, SKY_LOW, RAIL_Y)
for _line, _colour in ((RAIL_Y, GRAVEL), (GRASS_Y, GRASS)):
    R.over(BACKGROUND[None], R.below(_line, 1), _colour)
R.over(BACKGROUND[None], R.coverage(np.abs(R.grid()[1] - (RAIL_Y + 0.5)) - 1.0) + np.zeros((1, 1, R.SIZE), np.float32), RAIL)


def _box(x, y, left, right, top, bottom, corner=0.0):
    """Signed distance to the box [left, right] x [top, bottom] with rounded corners."""
    hx, hy = (right - left) / 2, (bottom - top) / 2
    return R.box_sdf(x - (left + right) / 2, y - (top + bottom) / 2, hx - corner, hy - corner) - corner


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    tx, ch, smoke = R.col(18 + 28 * f[:, 0]), R.col(2 + 13 * f[:, 1]), R.col(f[:, 2])
    u = x - tx  # across the image, from the middle wheel
    chim_x, chim_top = 9.0, BOILER_TOP - ch
    # the smoke, behind the chimney: four puffs drifting up and to the left
    puffs = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    for k in range(4):
        r = smoke * (3.0 + 1.5 * k)
        d = np.sqrt((u - (chim_x - 6.0 * k - 1.0)) ** 2 + (y - (chim_top - 3.0 - 3.0 * k)) ** 2) - r
        puffs = np.minimum(puffs, np.where(r > 0.05, d, np.inf))
    img = R.over(img, SMOKE_ALPHA * R.coverage(puffs), SMOKE)
    # the chimney, the body and the wheels
    chimney = np.minimum(_box(u, y, chim_x - 2.5, chim_x + 2.5, chim_top + 1.5, BOILER_TOP + 1),
                         _box(u, y, chim_x - 3.5, chim_x + 3.5, chim_top, chim_top + 2))
    img = R.over(img, R.coverage(chimney), WHEEL)
    paint = R.hsv(f[:, 3], 0.75, 0.75)
    boiler = _box(u, y, -4, 14, BOILER_TOP, 39, 3.0)
    cab = _box(u, y, -15, -3, 22, 39, 0.5)
    img = R.over(img, R.coverage(np.minimum(boiler, cab)), paint)
    img = R.over(img, R.coverage(_box(u, y, -12, -7, 25, 30)), WINDOW)
    img = R.over(img, R.coverage(_box(u, y, -16, -2, 20, 22.5)), DARK)  # the roof
    img = R.over(img, R.coverage(_box(u, y, -15, 15, 38.5, 41.5)), DARK)  # the chassis
    k = np.clip(np.round(u / 9.0), -1.0, 1.0)  # each pixel's nearest wheel
    wheels = np.sqrt((u - 9.0 * k) ** 2 + (y - WHEEL_Y) ** 2)
    img = R.over(img, R.coverage(wheels - WHEEL_R), WHEEL)
    return R.to_uint8(R.over(img, R.coverage(wheels - 1.3), HUB))


def render(train_x: float, chimney_height: float, smoke: float, paint_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[train_x, chimney_height, smoke, paint_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("train", arg, n, seed, FACTORS, sample_factors, _draw)
