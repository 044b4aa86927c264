"""`brewer`: a brewer's cellar, beer fermenting in a big glass jar, oak casks on the floor, a
handwheel on the wall and a fire under the copper in the hearth, seen from the front (64x64
RGB).

Whitewashed brick walls above a flagstone floor. At the left a tall glass jar stands on the
floor, filled with amber beer under a cap of white froth. In the middle a dark hearth is set in
the wall under a copper; a fire burns in it and lights the cellar with a warm glow. At the top
right an iron handwheel with three spokes and a red handle on its rim is fixed to the wall.
Oak casks with iron hoops lie on their sides on the floor at the right, two side by side and
one on top. Factors: how full the jar is (nearly empty to the brim), how many casks lie on the
floor (1 to 3), how far the handwheel has turned (a cyclic factor with a whole-turn period) and
how brightly the fire burns (embers to a blaze: the flames grow and the glow on the walls
brightens). The walls, the floor, the jar, the hearth and the copper stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("fill", "how full the glass jar of beer is (nearly empty to the brim)", "continuous"),
    Factor("casks", "how many oak casks lie on the floor (1 to 3)", "categorical", ("1", "2", "3")),
    Factor("wheel_turn", "how far the handwheel on the wall has turned (a whole turn)", "cyclic", period=1.0),
    Factor("fire", "how brightly the fire burns in the hearth (embers to a blaze)", "continuous"),
)
# fill: 0..1 raises the beer's surface from 4 to 30 px above the jar's floor (the jar's inside
# runs from y = 23 to 53 px); casks: a code 0..2 for 1..3 casks, at CASKS in order; wheel_turn:
# 0..1 turns the wheel once clockwise (0 and 1 are the same, the handle at the top); fire: 0..1
# grows the flames from 1.5 to 10 px tall and raises the glow on the walls from none to strong
RANGES = ((0.0, 1.0), (0.0, 2.0), (0.0, 1.0), (0.0, 1.0))
WALL, MORTAR, FLOOR, FLAG = (0.84, 0.82, 0.76), (0.72, 0.7, 0.64), (0.46, 0.42, 0.38), (0.36, 0.33, 0.3)
GLASS, GLASS_EDGE, BEER, FROTH = (0.8, 0.86, 0.86), (0.5, 0.58, 0.6), (0.78, 0.5, 0.12), (0.98, 0.96, 0.9)
HEARTH, COPPER, COPPER_DARK = (0.12, 0.1, 0.09), (0.78, 0.45, 0.24), (0.55, 0.3, 0.16)
FLAME, FLAME_CORE, GLOW = (0.95, 0.45, 0.08), (1.0, 0.86, 0.3), np.array((1.0, 0.62, 0.2), np.float32)
IRON, HANDLE, OAK, HOOP = (0.2, 0.2, 0.22), (0.8, 0.12, 0.1), (0.62, 0.4, 0.2), (0.24, 0.22, 0.22)
FLOOR_Y = 55.0
JAR_L, JAR_R, JAR_TOP, JAR_FLOOR = 4.0, 20.0, 23.0, 53.0
HEARTH_L, HEARTH_R, HEARTH_TOP = 24.0, 38.0, 36.0
WHEEL, WHEEL_R = (50.0, 13.0), 9.0
CASKS = ((44.5, 49.0), (56.5, 49.0), (50.5, 38.5))
CASK_RX, CASK_RY = 6.0, 5.5


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    course = np.floor(y / 4.0)
    joints = np.minimum(np.abs((y % 4.0) - 0.3), np.abs(((x + 4.0 * (course % 2)) % 8.0) - 0.3)) - 0.4
    R.over(img, R.coverage(joints), MORTAR)
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    flags = np.minimum(np.abs(((y - FLOOR_Y) % 5.0) - 0.3), np.abs((x % 13.0) - 0.3)) - 0.45
    R.over(img, R.coverage(np.maximum(flags, FLOOR_Y + 0.5 - y)), FLAG)
    # the hearth and the copper over it
    R.over(img, R.coverage(R.edges_sdf(x, y, HEARTH_L, HEARTH_R, HEARTH_TOP, FLOOR_Y)), HEARTH)
    copper = R.ellipse_sdf(x - (HEARTH_L + HEARTH_R) / 2, y - HEARTH_TOP + 1.0, 9.0, 6.0)
    R.over(img, R.coverage(copper), COPPER)
    R.over(img, R.coverage(np.maximum(np.abs(copper + 1.5) - 0.6, y - HEARTH_TOP + 2.0)), COPPER_DARK)
    # the jar: a glass box with rounded shoulders and its edge
    R.over(img, R.coverage(R.box_sdf(x - (JAR_L + JAR_R) / 2, y - 38.5, 6.0, 14.0) - 2.0), GLASS)
    return img[0]


SCENE = _scene()


def _jar_edge():
    x, y = R.grid()
    return R.coverage(np.abs(R.box_sdf(x - (JAR_L + JAR_R) / 2, y - 38.5, 6.0, 14.0) - 2.0) - 0.6)


def _casks():
    x, y = R.grid()
    out = []
    for cx, cy in CASKS:
        body = np.maximum(R.ellipse_sdf(x - cx, y - cy, CASK_RX + 2.0, CASK_RY), np.abs(x - cx) - CASK_RX)
        hoops = np.maximum(np.abs(np.abs(x - cx) - 3.0) - 0.6, body)
        out.append((R.coverage(body), R.coverage(hoops), R.coverage(np.abs(body) - 0.5)))
    return out


JAR_EDGE = _jar_edge()
CASK_COVERS = _casks()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the fire's glow on the walls, then the flames in the hearth
    heat = R.col(f[:, 3])
    cx = (HEARTH_L + HEARTH_R) / 2
    glow = np.exp(-((x - cx) ** 2 + (y - 50.0) ** 2) / np.float32(500.0))
    R.over(img, 0.65 * heat * glow, GLOW)
    tall = 1.5 + 8.5 * heat
    tongues = 1.0 + 0.5 * np.cos((x - cx) * 1.3)
    flames = np.maximum(np.abs(x - cx) - 5.5, (FLOOR_Y - 1.0 - tall * tongues) - y)
    flames = np.maximum(flames, y - FLOOR_Y + 1.0)
    R.over(img, R.coverage(flames), FLAME)
    core = np.maximum(np.abs(x - cx) - 2.5, (FLOOR_Y - 1.0 - 0.55 * tall * tongues) - y)
    R.over(img, R.coverage(np.maximum(core, y - FLOOR_Y + 1.0)), FLAME_CORE)
    # the beer in the jar, with a cap of froth
    level = R.col(JAR_FLOOR - 4.0 - 26.0 * f[:, 0])
    inside = R.edges_sdf(x, y, JAR_L + 1.5, JAR_R - 1.5, JAR_TOP, JAR_FLOOR)
    R.over(img, R.coverage(np.maximum(inside, level - y)), BEER)
    R.over(img, R.coverage(np.maximum(inside, np.abs(y - level + 0.5) - 1.3)), FROTH)
    R.over(img, JAR_EDGE, GLASS_EDGE)
    # the handwheel: a rim, three spokes and a red handle, turned clockwise
    t = R.col(2 * np.pi * f[:, 2])
    u, v = x - WHEEL[0], y - WHEEL[1]
    wheel = np.abs(np.hypot(u, v) - WHEEL_R) - 1.0
    for k in range(3):
        ang = t + k * (2 * np.pi / 3)
        wheel = np.minimum(wheel, R.segment_sdf(u, v, 0.0, 0.0, WHEEL_R * np.sin(ang), -WHEEL_R * np.cos(ang)) - 0.9)
    wheel = np.minimum(wheel, np.hypot(u, v) - 2.0)
    R.over(img, R.coverage(wheel), IRON)
    hx, hy = WHEEL_R * np.sin(t), -WHEEL_R * np.cos(t)
    R.over(img, R.coverage(np.hypot(u - hx, v - hy) - 2.8), HANDLE)
    # the casks, in order
    count = f[:, 1].astype(int)
    for i, (body, hoops, edge) in enumerate(CASK_COVERS):
        on = (count >= i).astype(np.float32)[:, None, None]
        R.over(img, on * body, OAK)
        R.over(img, on * hoops, HOOP)
        R.over(img, on * edge, HOOP)
    return R.to_uint8(img)


def render(fill: float, casks: float, wheel_turn: float, fire: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[fill, casks, wheel_turn, fire]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("brewer", arg, n, seed, FACTORS, sample_factors, _draw)
