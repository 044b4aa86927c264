"""`mushroom`: a toadstool growing out of the leaf litter of a forest floor, seen from the side
(64x64 RGB).

The toadstool stands in the middle of the image: a pale cream stem, a little wider at its
foot and shaded on its right, under a domed cap with a band of darker gills below its edge,
a darker rim along its lower edge and a soft glint on its upper left. White spots, each a
round patch clipped to the cap, may dot the cap at five fixed places on it. Behind it the
forest is a dim green, lighter lower down, with three grey-brown tree trunks standing in it;
the ground below is brown leaf litter with mossy patches. Factors: the height of the stem
(short to tall; the cap rises with it), the width of the cap (narrow to wide; its height
grows with it), the size of the white spots (none to large) and the hue of the cap, round
the whole colour wheel. The toadstool's place, the stem's colour and width, the forest and
the ground stay fixed; the whole toadstool always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("stem_height", "height of the mushroom's stem (short to tall)", "continuous"),
    Factor("cap_width", "width of the mushroom's cap (narrow to wide)", "continuous"),
    Factor("spot_size", "size of the white spots on the cap (none to large)", "continuous"),
    Factor("cap_hue", "hue of the mushroom's cap (round the whole colour wheel)", "cyclic", period=1.0),
)
# stem_height: 0..1 is a stem 8..26 px tall from its foot (y = 54 px, x = 32 px) to the cap's
# lower edge; cap_width: 0..1 is a cap 18..44 px wide, its dome 0.6 times its half-width plus
# 1 px high; spot_size: 0..1 is spots of radius 0..0.2 times the cap's half-width (0: none),
# centred at five fixed fractions of the cap's half-width and height; cap_hue: 0..1 is the
# whole colour wheel (1 is 0 again)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
FOREST_TOP, FOREST_LOW = (0.13, 0.21, 0.14), (0.33, 0.42, 0.27)
TRUNK, LITTER, MOSS = (0.33, 0.28, 0.24), (0.4, 0.28, 0.16), (0.3, 0.45, 0.18)
STEM, GILLS, SPOT, GLINT = np.array((0.94, 0.9, 0.8)), (0.72, 0.63, 0.5), (0.98, 0.97, 0.93), (1.0, 1.0, 1.0)
CX, FOOT_Y, GROUND_Y = 32.0, 54.0, 49.0
STEM_TOP_HW, STEM_FOOT_HW = 2.8, 3.8
SPOTS = ((-0.6, 0.28), (-0.22, 0.7), (0.28, 0.74), (0.62, 0.32), (0.04, 0.3))  # (across, up) fractions
RIM, RIM_SHADE, STEM_SHADE = 2.0, 0.72, 0.82


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(FOREST_TOP, FOREST_LOW, GROUND_Y)[None]
    for left, right in ((2.0, 9.0), (45.0, 54.0), (60.0, 66.0)):
        R.over(img, R.coverage(R.edges_sdf(x, y, left, right, -2.0, GROUND_Y + 1.0)), TRUNK)
    R.over(img, R.below(GROUND_Y, 1), LITTER)
    patches = (np.sin(x * 0.42) + np.sin(x * 0.17 + y * 0.9) > 0.7) & (y > GROUND_Y + 1.5)
    R.over(img, 0.6 * patches.astype(np.float32), MOSS)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    stem_h, half = R.col(8 + 18 * f[:, 0]), R.col(9 + 13 * f[:, 1])
    cap_h, radius = 0.6 * half + 1.0, R.col(0.2 * f[:, 2]) * half
    paint = R.hsv(f[:, 3], 0.78, 0.82)
    u = x - CX
    edge = FOOT_Y - stem_h  # the cap's lower edge
    # the stem: narrowing upwards from its foot, shaded on its right
    hw = STEM_FOOT_HW + (STEM_TOP_HW - STEM_FOOT_HW) * np.clip((FOOT_Y - y) / stem_h, 0.0, 1.0)
    stem = np.maximum(np.abs(u) - hw, np.maximum(edge - y, y - FOOT_Y))
    stem = np.minimum(stem, R.ellipse_sdf(u, y - FOOT_Y + 1.5, STEM_FOOT_HW + 1.0, 1.8))
    img = R.over(img, R.coverage(stem), STEM)
    img = R.over(img, R.coverage(np.maximum(stem, 1.2 - u)), STEM_SHADE * STEM)
    # the gills under the cap's edge, then the cap, its rim, its spots and its glint
    v = y - edge
    img = R.over(img, R.coverage(np.maximum(R.ellipse_sdf(u, v, 0.86 * half, 2.4), -v)), GILLS)
    cap = np.maximum(R.ellipse_sdf(u, v, half, cap_h), v)
    img = R.over(img, R.coverage(cap), paint)
    img = R.over(img, R.coverage(np.maximum(cap, -RIM - v)), RIM_SHADE * paint)
    spots = None
    for across, up in SPOTS:
        d = np.hypot(u - across * half, v + up * cap_h)
        spots = d if spots is None else np.minimum(spots, d)
    spots = np.where(radius > 0.3, np.maximum(spots - radius, cap), np.inf)
    img = R.over(img, R.coverage(spots), SPOT)
    glint = R.ellipse_sdf(u + 0.45 * half, v + 0.62 * cap_h, 0.16 * half, 0.12 * cap_h + 0.4)
    return R.to_uint8(R.over(img, 0.35 * R.coverage(np.maximum(glint, cap)), GLINT))


def render(stem_height: float, cap_width: float, spot_size: float, cap_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[stem_height, cap_width, spot_size, cap_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("mushroom", arg, n, seed, FACTORS, sample_factors, _draw)
