"""`tannery`: the yard of an old tannery, hides hanging to dry on a wooden rack and a round
vat of dye by the tannery's brick building, seen from the front (64x64 RGB).

On the left of the yard a wooden drying rack - a pole across two posts - stands in front of a
low stone wall under the sky; up to three stretched hides, tan with four short legs each,
hang from the pole, the first at the left end and the next ones to its right. On the right
stands the tannery, a brick building with a dark door, a small window and a tall chimney on
its roof; in front of it a wide wooden vat with dark hoops is filled to the brim with dye.
Smoke drifts from the chimney to the left across the sky. The yard is grey-brown earth.
Factors: how many hides hang on the rack (1 to 3), the hue of the dye in the vat (a cyclic
factor: hue 0 and hue 1 are the same red), how thick the smoke from the chimney is (none to
thick, dark) and how bright the day is (dusk, dim and a little blue, to broad daylight - the
whole picture). The rack, the wall, the building, the vat's size and place and the yard stay
fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("hides", "how many hides hang on the drying rack (1 to 3)", "categorical", ("1", "2", "3")),
    Factor("dye_hue", "hue of the dye in the tanning vat", "cyclic", period=1.0),
    Factor("smoke", "how thick the smoke from the chimney is (none to thick)", "continuous"),
    Factor("daylight", "how bright the day is (dusk to broad daylight)", "continuous"),
)
# hides: 0..2 is one to three hides, from the left (HIDES); dye_hue: 0..1 of the colour wheel
# (1 is 0 again); smoke: 0..1 is the opacity of the dark smoke puffs (0: none, 1: 0.9);
# daylight: 0..1 scales the whole picture's brightness from 0.5 (tinted blue) to 1
RANGES = ((0.0, 2.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.45, 0.66, 0.9)), np.array((0.76, 0.86, 0.95))
STONE, JOINT, EARTH = (0.55, 0.53, 0.5), (0.38, 0.36, 0.34), (0.46, 0.4, 0.33)
BRICK, MORTAR, ROOF, DOOR, PANE = (0.62, 0.3, 0.22), (0.45, 0.22, 0.17), (0.28, 0.22, 0.22), \
    (0.22, 0.14, 0.1), (0.2, 0.24, 0.3)
WOOD, WOOD_DARK, HOOP = (0.52, 0.36, 0.2), (0.36, 0.24, 0.13), (0.2, 0.2, 0.22)
HIDE, HIDE_EDGE, SMOKE = (0.66, 0.46, 0.27), (0.45, 0.3, 0.17), (0.3, 0.29, 0.3)
DUSK = np.array((0.8, 0.85, 1.0))  # the colour the picture takes on at dusk, as well as darkening
GROUND_Y, WALL_Y = 46.0, 32.0
RACK_Y, RACK_L, RACK_R = 12.0, 2.0, 36.0  # the rack's pole, between its two posts
HIDES = (9.0, 19.0, 29.0)  # the hides' middles along the pole
HIDE_HW, HIDE_HH = 4.2, 8.5
BUILDING = (37.0, 64.0, 20.0, 46.0)  # left, right, top (the roof's eaves), bottom
CHIMNEY = (49.0, 55.0, 9.0)  # left, right, top
VAT_X, VAT_TOP, VAT_BOTTOM, VAT_RX, VAT_RY = 47.0, 47.0, 59.0, 13.0, 4.5
PUFFS = ((52.0, 6.0, 3.0), (47.0, 4.5, 3.8), (41.0, 4.0, 4.4), (34.5, 5.0, 5.0), (27.5, 5.5, 5.2))
SMOKE_ALPHA = 0.9


def _background() -> np.ndarray:
    x, y = R.grid()
    img = np.empty((1, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, WALL_Y)
    # the low stone wall behind the yard, with its joints
    wall = R.below(WALL_Y, 1)
    R.over(img, wall, STONE)
    course = np.floor((y - WALL_Y) / 4.5)
    joints = np.minimum(np.abs(((y - WALL_Y) % 4.5) - 0.5), np.abs(((x + course * 4.0) % 8.0) - 0.5))
    R.over(img, wall * R.coverage(joints - 0.5), JOINT)
    R.over(img, R.below(GROUND_Y, 1), EARTH)
    R.over(img, 0.35 * R.below(GROUND_Y, 1) * R.coverage(np.abs(np.sin(x * 0.9 + y * 1.7)) - 0.2), WOOD_DARK)
    # the building: brick with mortar courses, its roof, door, window and chimney
    left, right, top, bottom = BUILDING
    body = R.coverage(R.edges_sdf(x, y, left, right, top, bottom))
    R.over(img, body, BRICK)
    course = np.floor(y / 3.0)
    mortar = np.minimum(np.abs((y % 3.0) - 0.5), np.abs(((x + course * 3.0) % 6.0) - 0.5))
    R.over(img, body * R.coverage(mortar - 0.4), MORTAR)
    cl, cr, ct = CHIMNEY
    chimney = R.coverage(R.edges_sdf(x, y, cl, cr, ct, top))
    R.over(img, chimney, BRICK)
    R.over(img, chimney * R.coverage(mortar - 0.4), MORTAR)
    R.over(img, R.coverage(R.edges_sdf(x, y, cl - 1, cr + 1, ct - 1, ct + 1)), ROOF)
    R.over(img, R.coverage(R.edges_sdf(x, y, left - 1, right + 1, top - 2, top + 1)), ROOF)
    R.over(img, R.coverage(R.edges_sdf(x, y, 56.0, 63.0, 29.0, bottom)), DOOR)
    R.over(img, R.coverage(R.edges_sdf(x, y, 40.0, 47.0, 25.0, 31.0)), PANE)
    R.over(img, R.coverage(np.minimum(np.abs(x - 43.5), np.abs(y - 28.0)) - 0.4)
           * R.coverage(R.edges_sdf(x, y, 40.0, 47.0, 25.0, 31.0)), WOOD)
    # the drying rack: two posts and the pole
    for px in (RACK_L + 1.0, RACK_R - 1.0):
        R.over(img, R.coverage(R.edges_sdf(x, y, px - 1.0, px + 1.0, RACK_Y - 1.0, GROUND_Y + 1.0)), WOOD_DARK)
    R.over(img, R.coverage(R.edges_sdf(x, y, RACK_L - 1.0, RACK_R + 1.0, RACK_Y - 1.0, RACK_Y + 1.0)), WOOD)
    # the vat: a wooden tub with dark hoops, its rim seen a little from above
    tub = np.maximum(R.box_sdf(x - VAT_X, y - (VAT_TOP + VAT_BOTTOM) / 2, VAT_RX, (VAT_BOTTOM - VAT_TOP) / 2),
                     R.ellipse_sdf(x - VAT_X, y - VAT_TOP - 2.0, VAT_RX * 1.02, VAT_BOTTOM - VAT_TOP))
    tub = np.minimum(tub, R.ellipse_sdf(x - VAT_X, y - VAT_TOP, VAT_RX, VAT_RY))
    R.over(img, R.coverage(tub), WOOD)
    staves = R.coverage(np.abs(((x - VAT_X) % 4.0) - 2.0) - 0.35) * R.coverage(VAT_TOP - y)
    R.over(img, 0.6 * R.coverage(tub) * staves, WOOD_DARK)
    for hy in (VAT_TOP + 4.0, VAT_BOTTOM - 3.0):
        R.over(img, R.coverage(tub) * R.coverage(np.abs(y - hy) - 0.8), HOOP)
    return img[0]


BACKGROUND = _background()
_X, _Y = R.grid()
_HIDES = [np.minimum(R.box_sdf(_X - hx, _Y - (RACK_Y + 2.0 + HIDE_HH), HIDE_HW, HIDE_HH - 1.0) - 0.8,
                     np.min([np.hypot(_X - hx - sx * (HIDE_HW + 0.6), _Y - (RACK_Y + 2.0 + HIDE_HH) - sy * (HIDE_HH - 0.5))
                             - 1.5 for sx in (-1, 1) for sy in (-1, 1)], axis=0))[0] for hx in HIDES]
_HIDE = [(R.coverage(d), R.coverage(np.abs(d + 0.6) - 0.6)) for d in _HIDES]  # each hide's fill and edge
_LIQUID = R.coverage(R.ellipse_sdf(_X - VAT_X, _Y - VAT_TOP, VAT_RX - 1.5, VAT_RY - 1.0))[0]
_SHEEN = R.coverage(R.ellipse_sdf(_X - VAT_X + 4.0, _Y - VAT_TOP + 1.0, 3.0, 0.8))[0]
_SMOKE = np.max([R.coverage(np.hypot(_X - px, _Y - py) - r) for px, py, r in PUFFS], axis=0)[0]


def _draw(f: np.ndarray) -> np.ndarray:
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    hides = f[:, 0].astype(int)
    for i, (fill, edge) in enumerate(_HIDE):
        on = R.col(hides >= i)
        R.over(img, on * fill[None], HIDE)
        R.over(img, on * edge[None], HIDE_EDGE)
    dye = R.hsv(f[:, 1], 0.8, 0.75)
    R.over(img, np.broadcast_to(_LIQUID, (n, R.SIZE, R.SIZE)), dye)
    R.over(img, np.broadcast_to(0.35 * _SHEEN, (n, R.SIZE, R.SIZE)), (1.0, 1.0, 1.0))
    R.over(img, SMOKE_ALPHA * R.col(f[:, 2]) * _SMOKE[None], SMOKE)
    light = 0.5 + 0.5 * f[:, 3]
    tint = DUSK[None] + (1.0 - DUSK)[None] * f[:, 3:4]  # (n, 3)
    img *= (light[:, None] * tint).astype(np.float32)[:, :, None, None]
    return R.to_uint8(img)


def render(hides: float, dye_hue: float, smoke: float, daylight: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[hides, dye_hue, smoke, daylight]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("tannery", arg, n, seed, FACTORS, sample_factors, _draw)
