"""`pieman`: a pieman's hand cart in a cobbled street, a tin hot-box of pies with a hinged lid
and a pile of pies steaming on a tray, in front of a stone wall, seen from the side (64x64 RGB).

A wall of dark blue-grey stone blocks fills the upper part of the image; below it runs a strip of
pale kerbstones and a street of grey cobbles. On the street stands the pieman's cart: a dark
green box with a gold line along it, a big spoked wheel under its middle, a prop leg at its
front and two shafts reaching out to the left. On the left half of the box sits a bright tin
hot-box whose lid is hinged along its left edge; when the lid is lifted, the tops of the pies
kept warm inside peep over its rim. On the right half of the box a tray holds three pies piled
two below and one on top, and steam rises from them in puffs, drifting to the right. Factors:
where the cart stands along the street (left to right; everything on it moves with it), how
far the hot-box's lid is lifted (shut to standing up), how much steam rises from the pies
(none to a tall plume) and how well baked the pies' crust is (pale dough to dark brown; all
the pies alike). The wall, the street and the cart's size stay fixed; the whole cart always
lies inside the image except the ends of its shafts.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("cart_x", "horizontal position of the pie cart along the street (left to right)", "continuous"),
    Factor("lid_open", "how far the hot-box's lid is lifted (shut to standing up)", "continuous"),
    Factor("steam", "how much steam rises from the pies on the tray (none to a tall plume)", "continuous"),
    Factor("crust", "how well baked the pies' crust is (pale dough to dark brown)", "continuous"),
)
# cart_x: 0..1 puts the middle of the cart's box (34 px long) at x = 22..42 px; lid_open: 0..1 turns the lid
# 0..1.5 radians up about its hinge at the hot-box's top left corner; steam: 0..1 fades in up
# to four puffs above the pies one after the other (each at full strength once steam passes
# its quarter) and swells them; crust: 0..1 blends the pies from DOUGH to BAKED
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
STONE, JOINT, KERB, COBBLE, COBBLE_LINE = (0.26, 0.3, 0.38), (0.2, 0.23, 0.3), (0.72, 0.7, 0.66), \
    (0.44, 0.43, 0.42), (0.3, 0.29, 0.28)
CART, TRIM, WHEEL, TIN, INSIDE = (0.12, 0.34, 0.2), (0.9, 0.74, 0.28), (0.3, 0.2, 0.12), (0.78, 0.8, 0.84), \
    (0.05, 0.05, 0.05)
TRAY, STEAM = (0.7, 0.7, 0.72), (0.97, 0.97, 0.97)
DOUGH, BAKED = np.array((0.95, 0.87, 0.66)), np.array((0.5, 0.28, 0.1))
WALL_Y, STREET_Y, FOOT_Y = 44.0, 47.0, 58.0
BOX_HW, BOX_TOP, BOX_BOTTOM = 17.0, 30.0, 42.0
HOT_L, HOT_R, HOT_TOP = -16.0, 0.0, 21.0  # the hot-box, from the box's middle
LID_T = 1.6  # the lid's half-thickness
PIES = ((5.6, 26.6), (13.0, 26.6), (9.3, 20.6))  # the tray's pies: (x from the box's middle, centre y)
PIE_RX, PIE_RY = 4.0, 3.2
PUFFS = ((0.5, 13.5, 2.6), (2.5, 8.5, 3.2), (5.5, 3.5, 3.8), (9.5, -1.0, 4.4))  # (drift, y, radius)


def _scene():
    x, y = R.grid()
    img = R.canvas(1, STONE)
    course = np.floor(y / 7.0)
    joints = np.minimum(np.abs((y % 7.0) - 0.4), np.abs(((x + course * 6.0) % 12.0) - 0.4))
    R.over(img, R.coverage(joints - 0.45), JOINT)
    R.over(img, R.below(WALL_Y, 1), KERB)
    R.over(img, R.below(STREET_Y, 1), COBBLE)
    row = np.floor((y - STREET_Y) / 4.0)
    stones = np.minimum(np.abs(((y - STREET_Y) % 4.0) - 0.3), np.abs(((x + row * 3.0) % 6.0) - 0.3))
    R.over(img, R.coverage(np.maximum(stones - 0.4, STREET_Y - y)), COBBLE_LINE)
    return img[0]


SCENE = _scene()


def _draw(f: np.ndarray) -> np.ndarray:
    x, Y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    cx = R.col(22.0 + 20.0 * f[:, 0])
    u = x - cx
    crust = DOUGH[None] + (BAKED - DOUGH)[None] * f[:, 3:4]
    crust_dark = crust * 0.7
    # each part is drawn only in the rows it can reach, for speed
    part, y = img[:, :, 34:60], Y[:, 34:60]
    # the shafts, the prop leg, the wheel with its spokes and hub
    shafts = np.minimum(R.segment_sdf(u, y, -BOX_HW, BOX_BOTTOM - 3.0, -BOX_HW - 12.0, BOX_BOTTOM - 1.0),
                        R.segment_sdf(u, y, -BOX_HW, BOX_BOTTOM - 6.0, -BOX_HW - 12.0, BOX_BOTTOM - 4.5)) - 0.8
    leg = R.edges_sdf(u, y, -BOX_HW + 1.5, -BOX_HW + 3.0, BOX_BOTTOM, FOOT_Y)
    R.over(part, R.coverage(np.minimum(shafts, leg)), WHEEL)
    wu, wv = u - 2.0, y - (FOOT_Y - 8.0)
    rho = np.hypot(wu, wv)
    spokes = np.minimum(np.minimum(np.abs(wu), np.abs(wv)), np.minimum(np.abs(wu + wv), np.abs(wu - wv)) / np.sqrt(2.0))
    wheel = np.minimum(np.abs(rho - 7.0) - 1.0, np.maximum(spokes - 0.5, rho - 7.0))
    R.over(part, R.coverage(np.minimum(wheel, rho - 1.8)), WHEEL)
    # the box, with its gold line
    part, y = img[:, :, 28:44], Y[:, 28:44]
    box = R.edges_sdf(u, y, -BOX_HW, BOX_HW, BOX_TOP, BOX_BOTTOM)
    R.over(part, R.coverage(box), CART)
    R.over(part, R.coverage(np.maximum(np.abs(R.edges_sdf(u, y, -BOX_HW + 2.0, BOX_HW - 2.0, BOX_TOP + 2.0,
                                                           BOX_BOTTOM - 2.0)) - 0.45, box)), TRIM)
    # the hot-box, the pies inside peeping over its rim, the lid with its handle
    part, y = img[:, :, :31], Y[:, :31]
    R.over(part, R.coverage(R.edges_sdf(u, y, HOT_L, HOT_R, HOT_TOP, BOX_TOP)), TIN)
    R.over(part, R.coverage(R.edges_sdf(u, y, HOT_L + 1.0, HOT_R - 1.0, HOT_TOP - 0.5, HOT_TOP + 1.0)), INSIDE)
    for px in (-12.5, -8.0, -3.5):
        R.over(part, R.coverage(np.maximum(R.ellipse_sdf(u - px, y - HOT_TOP, 2.2, 3.0), y - HOT_TOP)), crust)
    a = R.col(1.5 * f[:, 1])
    hx, hy = HOT_L, HOT_TOP - LID_T
    length = HOT_R - HOT_L + 0.5
    lid = R.segment_sdf(u, y, hx, hy, hx + length * np.cos(a), hy - length * np.sin(a)) - LID_T
    mx, my = hx + 0.5 * length * np.cos(a), hy - 0.5 * length * np.sin(a)
    R.over(part, R.coverage(np.hypot(u - mx + 2.6 * np.sin(a), y - my + 2.6 * np.cos(a)) - 1.7), TRIM)
    R.over(part, R.coverage(lid), TIN)
    R.over(part, R.coverage(np.hypot(u - hx, y - hy) - 1.6), TRIM)
    # the tray and its pies, piled two below and one on top
    part, y = img[:, :, 16:31], Y[:, 16:31]
    R.over(part, R.coverage(R.edges_sdf(u, y, 1.0, BOX_HW - 0.5, BOX_TOP - 1.2, BOX_TOP)), TRAY)
    for px, py in PIES:
        pie = R.ellipse_sdf(u - px, y - py, PIE_RX, PIE_RY)
        R.over(part, R.coverage(pie), crust)
        R.over(part, R.coverage(np.maximum(np.abs(y - py - 1.0) - 0.6, pie)), crust_dark)
        R.over(part, 0.8 * R.coverage(np.maximum(np.abs(u - px) - 0.4, np.abs(y - py + 1.2) - 0.8)), crust_dark)
    # the steam, puff after puff above the top pie
    part, y = img[:, :, :18], Y[:, :18]
    s = f[:, 2]
    top_x = PIES[2][0]
    for k, (dx, py, r) in enumerate(PUFFS):
        strength = R.col(np.clip(4.0 * s - k, 0.0, 1.0))
        radius = r * (0.6 + 0.4 * R.col(s))
        puff = np.hypot(u - top_x - dx, y - py) - radius
        R.over(part, 0.85 * strength * R.coverage(puff), STEAM)
    return R.to_uint8(img)


def render(cart_x: float, lid_open: float, steam: float, crust: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[cart_x, lid_open, steam, crust]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("pieman", arg, n, seed, FACTORS, sample_factors, _draw)
