"""`pedlar`: a pedlar's handcart on a village street, its wares under a canopy, seen from the side
in front of a row of cottages (64x64 RGB).

Behind the street a row of cream cottages with dark windows and red roofs stands under a pale
sky; the street is a band of grey cobbles along the bottom of the image. On it stands the
pedlar's handcart: a wooden bed with pots, jugs and bundles on it, a canopy of cloth held over
them on thin posts, its handles reaching out to the right and resting on a prop, and a big wheel
under the bed with a yellow rim, a hub and four spokes, the shade under the cart dark behind it. Factors: where the cart stands along the street (left to right; the whole
cart moves), the hue of the canopy (the whole colour wheel, coming round to where it began),
the canopy's pattern (plain, striped or spotted; the stripes and spots white) and how far the
wheel has turned (its four spokes come round to the same look every quarter turn). The sky, the
cottages, the street, the wares and the cart's size stay fixed; the whole cart always lies inside
the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("cart_x", "horizontal position of the pedlar's cart (left to right)", "continuous"),
    Factor("canopy_hue", "hue of the cart's canopy", "cyclic", period=1.0),
    Factor("canopy_pattern", "pattern of the cart's canopy (plain, striped or spotted)", "categorical",
           ("plain", "striped", "spotted")),
    Factor("wheel_turn", "how far the cart's wheel has turned (four spokes)", "cyclic", period=np.pi / 2),
)
# cart_x: 0..1 puts the middle of the cart's bed at x = 17..36 px (the bed is 30 px long, the
# handles reach 25 px right of its middle); canopy_hue: 0..1 of the colour wheel, a whole turn
# (0 and 1 are the same red); canopy_pattern: a code 0..2 for plain, striped (white stripes
# 2.5 px wide every 5 px) or spotted (white spots of radius 1.9 px every 5 px, between where the
# stripes would be); wheel_turn: 0..pi/2 radians, a quarter turn, after which the four spokes
# look as they began
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 2.0), (0.0, np.pi / 2))
SKY, WALL, ROOF, WINDOW, DOOR = (0.8, 0.88, 0.95), (0.9, 0.85, 0.72), (0.66, 0.3, 0.22), (0.22, 0.25, 0.3), \
    (0.36, 0.46, 0.34)
COBBLE, COBBLE_LINE = (0.56, 0.55, 0.53), (0.42, 0.41, 0.4)
WOOD, WOOD_DARK, SHADE, RIM, HUB = (0.58, 0.4, 0.22), (0.34, 0.22, 0.12), (0.16, 0.15, 0.15), (0.96, 0.78, 0.16), \
    (0.3, 0.22, 0.14)
WHITE = np.array((0.97, 0.97, 0.95), np.float32)
WARES = (((-9.0, 28.0, 3.5, 3.5), (0.72, 0.36, 0.2)), ((-2.0, 27.0, 2.5, 4.5), (0.3, 0.45, 0.7)),
         ((5.0, 28.0, 4.0, 3.0), (0.82, 0.78, 0.6)), ((11.0, 28.5, 3.0, 2.5), (0.55, 0.62, 0.3)))
STREET_Y, BED_TOP, BED_BOTTOM, BED_HW = 50.0, 31.0, 35.0, 15.0
CANOPY_TOP, CANOPY_BOTTOM, CANOPY_HW = 8.0, 20.5, 17.0
WHEEL_DX, WHEEL_Y, WHEEL_R = -2.0, 47.5, 10.0  # the wheel's middle (from the bed's middle) and radius
SPOKE_HW = 1.4
CANOPY_ROWS = (7, 23)  # the rows the canopy covers


def _street():
    x, y = R.grid()
    img = R.canvas(1, SKY)
    # the cottages: walls, roofs, windows and doors
    R.over(img, R.coverage(np.maximum(14.0 - y, y - STREET_Y)), WALL)
    roof = np.maximum(np.abs(((x + 6.0) % 22.0) - 11.0) * 0.4 + 7.0 - y, y - 15.0)
    R.over(img, R.coverage(roof), ROOF)
    win = np.maximum(np.abs(((x - 4.0) % 11.0) - 5.5) - 2.5, np.abs(y - 22.0) - 3.0)
    R.over(img, R.coverage(win), WINDOW)
    door = np.maximum(np.abs(((x - 9.0) % 22.0) - 11.0) - 3.0, np.maximum(32.0 - y, y - STREET_Y))
    R.over(img, R.coverage(door), DOOR)
    R.over(img, R.below(STREET_Y, 1), COBBLE)
    cobbles = np.minimum(np.abs(((y - STREET_Y) % 3.5) - 1.75),
                         np.abs(((x + 2.0 * np.floor((y - STREET_Y) / 3.5)) % 4.0) - 2.0))
    R.over(img, R.coverage(np.maximum(cobbles - 0.4, STREET_Y + 0.5 - y)), COBBLE_LINE)
    return img[0]


SCENE = _street()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    cx = R.col(17.0 + 19.0 * f[:, 0])
    # the shade under the cart, the handles and their prop, the bed, the posts
    shade = R.edges_sdf(x, y, cx - BED_HW + 1.0, cx + BED_HW - 1.0, BED_BOTTOM, STREET_Y + 4.0)
    R.over(img, 0.9 * R.coverage(shade), SHADE)
    handles = np.minimum(R.segment_sdf(x, y, cx + BED_HW - 2.0, BED_TOP + 2.0, cx + 25.0, 39.0) - 0.9,
                         R.segment_sdf(x, y, cx + 20.0, 37.5, cx + 20.0, STREET_Y + 2.0) - 0.8)
    R.over(img, R.coverage(handles), WOOD_DARK)
    posts = np.maximum(np.abs(np.abs(x - cx) - (BED_HW - 1.5)) - 0.6, np.maximum(CANOPY_BOTTOM - 1.0 - y, y - BED_TOP))
    R.over(img, R.coverage(posts), WOOD_DARK)
    # the wares on the bed
    for (dx, wy, rx, ry), colour in WARES:
        R.over(img, R.coverage(R.ellipse_sdf(x - cx - dx, y - wy, rx, ry)), colour)
    R.over(img, R.coverage(R.edges_sdf(x, y, cx - BED_HW, cx + BED_HW, BED_TOP, BED_BOTTOM)), WOOD)
    R.over(img, R.coverage(np.maximum(np.abs(y - BED_TOP - 0.5) - 0.6, np.abs(x - cx) - BED_HW)), WOOD_DARK)
    # the canopy: its colour, the white of its pattern, a scalloped lower edge (drawn only in its rows)
    r0, r1 = CANOPY_ROWS
    part, u, v = img[:, :, r0:r1], x - cx, y[:, r0:r1] - CANOPY_TOP
    bottom = CANOPY_BOTTOM - CANOPY_TOP + 1.2 * np.abs(np.sin(np.pi * u / 5.0))
    canopy = R.coverage(np.maximum(np.abs(u) - CANOPY_HW, np.maximum(-v, v - bottom)))
    colour = R.hsv(f[:, 1], 0.72, 0.82)
    R.over(part, canopy, colour)
    stripes = R.coverage(np.abs(((u + 1.25) % 5.0) - 2.5) - 1.25)
    spots = R.coverage(np.hypot(((u - 1.25) % 5.0) - 2.5, ((v - 0.5) % 5.0) - 2.5) - 1.9)
    pattern = R.col(f[:, 2])
    white = np.where(pattern == 1, stripes, np.where(pattern == 2, spots, 0.0))
    R.over(part, canopy * white, WHITE)
    R.over(part, R.coverage(np.maximum(np.abs(v - 0.5) - 0.7, np.abs(u) - CANOPY_HW)), colour * 0.6)
    # the wheel: a yellow rim, four spokes, a dark hub
    wx, a = cx + WHEEL_DX, R.col(f[:, 3])
    dx, dy = x - wx, y - WHEEL_Y
    rho = np.hypot(dx, dy)
    u, v = dx * np.cos(a) + dy * np.sin(a), -dx * np.sin(a) + dy * np.cos(a)
    spokes = np.maximum(np.minimum(np.abs(u), np.abs(v)) - SPOKE_HW, rho - WHEEL_R + 1.0)
    rim = np.abs(rho - WHEEL_R + 1.0) - 1.3
    R.over(img, R.coverage(np.minimum(spokes, rim)), RIM)
    R.over(img, R.coverage(np.abs(rho - WHEEL_R + 1.0) - 0.35), WOOD_DARK)
    return R.to_uint8(R.over(img, R.coverage(rho - 2.4), HUB))


def render(cart_x: float, canopy_hue: float, canopy_pattern: float, wheel_turn: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[cart_x, canopy_hue, canopy_pattern, wheel_turn]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("pedlar", arg, n, seed, FACTORS, sample_factors, _draw)
