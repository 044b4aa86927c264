"""`armourer`: an armourer's workshop, a suit of armour on its stand, a painted shield hanging on
the stone wall and a sword standing on its point against the wall, seen from the front
(64x64 RGB).

The workshop's wall is of dark grey stone blocks with darker joints above a floor of dark
boards. On the left a steel suit of armour stands on a wooden post: a round helmet with a
visor that slides up over its crown (under it, the helmet's dark face opening), broad
shoulder plates and a breastplate, all polished steel with darker edges. A heater-shaped
shield hangs on the wall at the upper right, painted in one colour and white. Below it a
sword stands on its point on the floor, its steel blade leaning against the wall, with a
brass crossguard and a leather grip. Factors: the shield's pattern (plain, quartered, or a
white chevron), the hue of the shield's paint, how far the helmet's visor is raised (shut to
fully open) and how far the sword leans (to the left, upright or to the right; it turns about
its point). The wall, the floor, the armour and its stand, the shield's shape and the sword's
size stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("shield_pattern", "the shield's pattern (plain, quartered or chevron)", "categorical",
           ("plain", "quartered", "chevron")),
    Factor("shield_hue", "hue of the shield's paint", "continuous"),
    Factor("visor", "how far the helmet's visor is raised (shut to open)", "continuous"),
    Factor("sword_lean", "how far the sword leans (left, upright, right)", "continuous"),
)
# shield_pattern: a code 0..2 for plain (all in the colour), quartered (the upper left and lower
# right quarters white) or a white chevron 7 px wide; shield_hue: 0..0.8 of the colour wheel (no
# wrap); visor: 0..1 slides the visor up 0..12 px, uncovering the face opening; sword_lean:
# -0.5..0.5 radians from upright about its point at (50, 61) px (negative: its hilt leans left)
RANGES = ((0.0, 2.0), (0.0, 0.8), (0.0, 1.0), (-0.5, 0.5))
WALL, JOINT, FLOOR = (0.34, 0.33, 0.34), (0.22, 0.21, 0.22), (0.26, 0.19, 0.13)
STEEL, STEEL_DARK, HOLE, POST = (0.78, 0.8, 0.83), (0.48, 0.5, 0.54), (0.06, 0.05, 0.05), (0.42, 0.28, 0.15)
BLADE, BRASS, GRIP, WHITE = (0.88, 0.9, 0.92), (0.85, 0.68, 0.25), (0.3, 0.17, 0.09), np.array((0.95, 0.94, 0.9))
FLOOR_Y = 58.0
HELM_X, HELM_Y, HELM_RX, HELM_RY = 20.0, 16.0, 10.0, 11.0
FACE = (13.0, 27.0, 14.0, 25.0)  # the face opening: left, right, top, bottom
SH_L, SH_R, SH_T, SH_M, SH_B = 37.0, 60.0, 5.0, 20.0, 38.0  # the shield: its sides, top, where it narrows, its point
SW_X, SW_Y, SW_LEN = 50.0, 61.0, 24.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    course = np.floor(y / 7.0)
    joints = np.minimum(np.abs(y % 7.0 - 0.5), np.abs((x + course * 6.0) % 12.0 - 0.5))
    R.over(img, R.coverage(joints - 0.5), JOINT)
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    # the armour's stand, its shoulder plates and breastplate
    R.over(img, R.coverage(np.minimum(R.edges_sdf(x, y, 18.5, 21.5, 40.0, FLOOR_Y + 2.0),
                                      R.edges_sdf(x, y, 13.0, 27.0, FLOOR_Y, FLOOR_Y + 2.5))), POST)
    t = (y - 28.0) / 14.0
    breast = np.maximum(np.abs(x - HELM_X) - (9.0 - 3.0 * np.clip(t, 0.0, 1.0)), np.maximum(28.0 - y, y - 44.0))
    shoulders = np.minimum(R.ellipse_sdf(x - 9.5, y - 30.0, 5.0, 3.5), R.ellipse_sdf(x - 30.5, y - 30.0, 5.0, 3.5))
    R.over(img, R.coverage(np.minimum(breast, shoulders)), STEEL_DARK)
    R.over(img, R.coverage(np.minimum(breast, shoulders) + 1.2), STEEL)
    R.over(img, R.coverage(np.maximum(np.abs(x - HELM_X) - 0.5, np.maximum(30.0 - y, y - 42.0))), STEEL_DARK)
    # the helmet and its dark face opening
    R.over(img, R.coverage(R.ellipse_sdf(x - HELM_X, y - HELM_Y, HELM_RX, HELM_RY)), STEEL_DARK)
    R.over(img, R.coverage(R.ellipse_sdf(x - HELM_X, y - HELM_Y, HELM_RX - 1.2, HELM_RY - 1.2)), STEEL)
    R.over(img, R.coverage(R.edges_sdf(x, y, *FACE)), HOLE)
    return img[0]


SCENE = _scene()


def _shield():
    x, y = R.grid()
    mid = (SH_L + SH_R) / 2
    half = (SH_R - SH_L) / 2
    narrow = half * np.sqrt(np.clip(1.0 - ((y - SH_M) / (SH_B - SH_M)) ** 2, 0.0, 1.0))
    side = np.where(y < SH_M, np.abs(x - mid) - half, np.abs(x - mid) - narrow)
    shape = np.maximum(side, np.maximum(SH_T - y, y - SH_B))
    quarters = ((x < mid) == (y < 20.0)).astype(np.float32)
    chevron = R.coverage(np.abs((y - 17.0) - 0.9 * np.abs(x - mid)) - 3.5)
    return R.coverage(shape), R.coverage(shape + 1.2), quarters, chevron


SHIELD, SHIELD_INNER, QUARTERS, CHEVRON = _shield()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the visor: a steel plate over the face opening, slid up over the helmet's crown
    top = R.col(FACE[2] - 1.0 - 12.0 * f[:, 2])
    helm = R.ellipse_sdf(x - HELM_X, y - HELM_Y, HELM_RX - 1.2, HELM_RY - 1.2)
    plate = np.maximum(R.edges_sdf(x, y, FACE[0] - 1.5, FACE[1] + 1.5, top, top + FACE[3] - FACE[2] + 2.0), helm)
    R.over(img, R.coverage(plate), STEEL)
    slit = np.maximum(np.abs(y - top - 5.0) - 0.7, np.abs(x - HELM_X) - 5.5)
    R.over(img, R.coverage(np.maximum(slit, helm)), HOLE)
    R.over(img, 0.8 * R.coverage(np.maximum(np.abs(plate + 0.4) - 0.45, helm)), STEEL_DARK)
    # the shield: its white rim, the colour, the pattern in white
    colour = R.hsv(f[:, 1], 0.75, 0.78)
    code = f[:, 0].astype(int)[:, None, None]
    white = np.where(code == 1, QUARTERS, np.where(code == 2, CHEVRON, 0.0)).astype(np.float32)
    R.over(img, np.broadcast_to(SHIELD, (n, R.SIZE, R.SIZE)), WHITE)
    R.over(img, np.broadcast_to(SHIELD_INNER, (n, R.SIZE, R.SIZE)), colour)
    R.over(img, SHIELD_INNER * white, WHITE)
    # the sword, standing on its point: blade, crossguard, grip and pommel
    a = R.col(f[:, 3])
    ux, uy = np.sin(a), -np.cos(a)  # up the blade
    px, py = -uy, ux  # across it
    def at(s, t=0.0):
        return SW_X + s * ux + t * px, SW_Y + s * uy + t * py
    d, h = R.segment_sdf(x, y, *at(0.0), *at(17.0), along=True)
    R.over(img, R.coverage(d - 0.4 - 1.3 * np.sqrt(h)), BLADE)
    R.over(img, R.coverage(R.segment_sdf(x, y, *at(17.0, -5.0), *at(17.0, 5.0)) - 1.0), BRASS)
    R.over(img, R.coverage(R.segment_sdf(x, y, *at(18.5), *at(SW_LEN - 2.0)) - 1.1), GRIP)
    cx, cy = at(SW_LEN - 1.0)
    R.over(img, R.coverage(np.hypot(x - cx, y - cy) - 1.8), BRASS)
    return R.to_uint8(img)


def render(shield_pattern: float, shield_hue: float, visor: float, sword_lean: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[shield_pattern, shield_hue, visor, sword_lean]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("armourer", arg, n, seed, FACTORS, sample_factors, _draw)
