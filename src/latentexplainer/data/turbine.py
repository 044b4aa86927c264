"""`turbine`: a three-bladed wind turbine standing on a grassy hill under an open sky
(64x64 RGB).

The turbine's slender white tower rises from the green hill along the bottom of the image,
tapering from a wide foot to a narrow top, where a round grey hub carries three long white
blades, each widest at the hub and thinning to a point, a third of a turn apart. Behind it
the sky runs from a deeper colour at the top to a paler one at the horizon. Factors: where
the turbine stands along the hill (left to right), the height of its tower, how far its
rotor has turned (a cyclic factor: the three blades look the same again after a third of a
turn), the length of its blades and the light of the sky (from a dark dusk to a bright day).
The hill, the tower's thickness, the turbine's colours and the blades' width stay fixed; the
whole turbine always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("turbine_x", "horizontal position of the wind turbine (left to right)", "continuous"),
    Factor("tower_height", "height of the turbine's tower (short to tall)", "continuous"),
    Factor("rotor_angle", "how far the turbine's three-bladed rotor has turned", "cyclic",
           period=2 * np.pi / 3),
    Factor("blade_length", "length of the turbine's blades (short to long)", "continuous"),
    Factor("sky_light", "light of the sky (dark dusk to bright day)", "continuous"),
)
# turbine_x: 0..1 puts the tower at x = 19..45 px; tower_height: 0..1 puts the hub 20..32 px
# above the tower's foot (the foot stands on the hill, about 52 px down); rotor_angle: 0..2 pi / 3
# radians, clockwise from the first blade pointing straight up (period 2 pi / 3: the blades are
# a third of a turn apart); blade_length: 0..1 is a blade 5..18 px long from the hub's middle;
# sky_light: 0..1 blends the sky from dusk (0) to bright day (1)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 2 * np.pi / 3), (0.0, 1.0), (0.0, 1.0))
DUSK = R.vertical_gradient((0.1, 0.12, 0.3), (0.42, 0.3, 0.42), 52.0)
DAY = R.vertical_gradient((0.33, 0.58, 0.9), (0.72, 0.86, 0.97), 52.0)
HILL, HILL_DARK = (0.3, 0.55, 0.22), (0.22, 0.42, 0.16)
WHITE, HUB = (0.95, 0.95, 0.96), (0.58, 0.6, 0.64)
HILL_Y, HILL_A, HILL_K = 53.0, 3.0, 0.09  # the hill's top: y = HILL_Y - HILL_A sin(HILL_K x)
FOOT_HW, TOP_HW = 2.0, 1.0  # the tower's half-width at its foot and at the hub
BLADE_ROOT, BLADE_TIP = 2.8, 0.6  # a blade's half-width at the hub and at its tip
HUB_R = 2.3
BLADES = 3


def _hill_y(x):
    return HILL_Y - HILL_A * np.sin(HILL_K * x)


def _background() -> np.ndarray:
    x, y = R.grid()
    ground = R.coverage(_hill_y(x) - y)  # (1, H, W), 1 on the hill
    stripes = 0.5 * R.coverage(np.abs(((y - _hill_y(x)) % 5.0) - 2.5) - 0.6)  # mown bands along the hill
    img = R.over(R.canvas(1, HILL), np.broadcast_to(stripes, (1, R.SIZE, R.SIZE)), HILL_DARK)
    return img[0], np.broadcast_to(ground, (1, R.SIZE, R.SIZE))


GROUND, GROUND_ALPHA = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    light = R.col(f[:, 4])[:, None]
    img = DUSK + (DAY - DUSK) * light  # (n, 3, H, W)
    img += (GROUND - img) * GROUND_ALPHA
    img = np.ascontiguousarray(img, np.float32)
    tx = R.col(19 + 26 * f[:, 0])
    foot = _hill_y(tx) + 2.0
    hub = foot - R.col(20 + 12 * f[:, 1])
    # the tower: tapering from the foot to the hub
    t = np.clip((foot - y) / (foot - hub), 0.0, 1.0)
    tower = np.maximum(np.abs(x - tx) - (FOOT_HW + (TOP_HW - FOOT_HW) * t), np.maximum(y - foot, hub - y))
    img = R.over(img, R.coverage(tower), WHITE)
    # the blades: tapering strokes from the hub's middle, a third of a turn apart
    a, length = R.col(f[:, 2]), R.col(5 + 13 * f[:, 3])
    blades = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    for k in range(BLADES):
        b = a + 2 * np.pi * k / BLADES
        d, h = R.segment_sdf(x, y, tx, hub, tx + length * np.sin(b), hub - length * np.cos(b), along=True)
        np.minimum(blades, d - (BLADE_ROOT + (BLADE_TIP - BLADE_ROOT) * h), out=blades)
    img = R.over(img, R.coverage(blades), WHITE)
    return R.to_uint8(R.over(img, R.coverage(np.hypot(x - tx, y - hub) - HUB_R), HUB))


def render(turbine_x: float, tower_height: float, rotor_angle: float, blade_length: float,
           sky_light: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[turbine_x, tower_height, rotor_angle, blade_length, sky_light]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("turbine", arg, n, seed, FACTORS, sample_factors, _draw)
