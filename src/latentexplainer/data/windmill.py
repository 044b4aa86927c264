"""`windmill`: a traditional windmill with four sails standing in a green field under a blue
sky, seen from the front (64x64 RGB).

The windmill's tower is a tapering body, wider at the bottom, in the middle of the image on
a fixed line of grass, with a dark arched door at its foot and a small dark window higher
up, and a dark domed cap on top. Four equal sails turn about a hub on the front of the cap,
a quarter turn apart: each is a thin dark wooden stock from the hub to its tip with a pale
latticed sail cloth along one side of its outer part. Factors: the angle of the sails (four
equal sails a quarter turn apart look the same after a quarter turn, so the angle is cyclic
with a quarter-turn period), the length of the sails, the height of the tower (the cap and
the sails rise with it) and the hue of the tower. The tower's widths, the cap's, door's and
sails' colours, the sky and the field stay fixed; the whole windmill always lies inside the
image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("sail_angle", "angle the windmill's sails have turned to (a quarter turn repeats)", "cyclic", period=np.pi / 2),
    Factor("sail_length", "length of the windmill's sails (short to long)", "continuous"),
    Factor("tower_height", "height of the windmill's tower (short to tall)", "continuous"),
    Factor("tower_hue", "hue of the windmill's tower", "continuous"),
)
# sail_angle: 0..pi/2 radians, clockwise on screen (0: the sails point right, up, left and
# down; cyclic: 0 and pi/2 are the same picture); sail_length: 0..1 is sails 10..20 px long
# from the hub (the cloth covers the outer 0.78 of each, 0.28 of its length + 1 px wide);
# tower_height: 0..1 puts the hub at y = 39..23 px (the tower's top 1.5 px below it, its foot
# on the grass at y = 58 px); tower_hue: 0..0.8 of the colour wheel (no wrap)
RANGES = ((0.0, np.pi / 2), (0.0, 1.0), (0.0, 1.0), (0.0, 0.8))
SKY_TOP, SKY_LOW = np.array((0.4, 0.6, 0.88)), np.array((0.76, 0.85, 0.95))
GRASS = (0.33, 0.58, 0.26)
CAP = (0.3, 0.24, 0.21)
DOOR = (0.22, 0.14, 0.08)
STOCK = (0.28, 0.2, 0.13)
CLOTH, LATTICE = (0.95, 0.92, 0.84), (0.45, 0.36, 0.28)
CX, GROUND = 32.0, 58.0
FOOT_HW, TOP_HW = 10.0, 6.0  # the tower's half-width at its foot and its top
CAP_RX, CAP_RY = 7.0, 4.5
HUB_R, STOCK_HW = 1.8, 0.7
CLOTH_FROM, LATTICE_STEP = 0.22, 3.2  # the cloth starts this fraction of the way out; lattice bars


SKY = R.vertical_gradient(SKY_TOP, SKY_LOW, GROUND)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SKY
    grass = R.below(GROUND, n)
    img = R.over(img, grass, GRASS)
    # the tower, its door and window, and the cap
    hy = R.col(39 - 16 * f[:, 2])
    top = hy + 1.5
    slope = (FOOT_HW - TOP_HW) / (GROUND - top)  # per px of height
    side = (np.abs(x - CX) - (FOOT_HW - slope * (GROUND - y))) / np.sqrt(1 + slope ** 2)
    tower = np.maximum(side, np.maximum(top - y, y - GROUND))
    img = R.over(img, R.coverage(tower), R.hsv(f[:, 3], 0.6, 0.82))
    arch = np.sqrt((x - CX) ** 2 + (y - (GROUND - 5)) ** 2) - 2.2
    door = np.minimum(R.box_sdf(x - CX, y - (GROUND - 2.5), 2.2, 2.5), arch)
    img = R.over(img, np.broadcast_to(R.coverage(door), (n, R.SIZE, R.SIZE)), DOOR)
    window = R.box_sdf(x - CX, y - (GROUND + top) / 2, 1.3, 1.6)
    img = R.over(img, R.coverage(window), DOOR)
    cap = np.maximum(R.ellipse_sdf(x - CX, y - top, CAP_RX, CAP_RY), y - top)
    img = R.over(img, R.coverage(cap), CAP)
    # the sails: blade k points along angle a + k pi / 2; u along it, v across it
    a, length = R.col(f[:, 0]), R.col(10 + 10 * f[:, 1])
    width = 0.28 * length + 1.0
    dx, dy = x - CX, y - hy
    for k in range(4):
        c, s = np.cos(a + k * np.pi / 2), np.sin(a + k * np.pi / 2)
        u, v = dx * c + dy * s, -dx * s + dy * c
        cloth = R.box_sdf(u - length * (1 + CLOTH_FROM) / 2, v - (STOCK_HW + width / 2),
                          length * (1 - CLOTH_FROM) / 2, width / 2)
        img = R.over(img, R.coverage(cloth), CLOTH)
        bars = np.abs(u - LATTICE_STEP * np.round(u / LATTICE_STEP)) - 0.4
        img = R.over(img, 0.7 * R.coverage(np.maximum(cloth, bars)), LATTICE)
        stock = np.maximum(np.abs(v) - STOCK_HW, np.maximum(-u, u - length))
        img = R.over(img, R.coverage(stock), STOCK)
    hub = np.sqrt(dx ** 2 + dy ** 2) - HUB_R
    return R.to_uint8(R.over(img, R.coverage(hub), STOCK))


def render(sail_angle: float, sail_length: float, tower_height: float, tower_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[sail_angle, sail_length, tower_height, tower_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("windmill", arg, n, seed, FACTORS, sample_factors, _draw)
