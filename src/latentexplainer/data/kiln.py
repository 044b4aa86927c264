"""`kiln`: a domed brick kiln with a fire inside, standing in a grassy yard, seen from the front
(64x64 RGB).

The kiln is a round-topped dome of red-brown bricks with pale mortar joints, its courses laid
one above another and each shifted half a brick against the one below, a little darker towards
its sides. A square brick chimney rises from the top of the dome, capped with a dark band, and
grey puffs of smoke drift up from it. At the foot of the dome is an arched doorway: an iron
door, hinged at the doorway's right side, covers what is not open of it, and through the
opening the fire inside shows, with flames rising from its floor. The kiln stands on green
grass under a pale blue sky. Factors: how far the door is open (shut to wide open), how
fiercely the fire burns (dull red embers to a bright yellow blaze, the flames growing with it),
how tall the chimney is (short to tall; the smoke rises from its top), which way the smoke
drifts (to the left, straight up, to the right) and how tall the brick courses are (thin
bricks, many courses, to thick bricks, few courses). The dome's size and colour, the doorway,
the grass and the sky stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("door_open", "how far the kiln's iron door is open (shut to wide open)", "continuous"),
    Factor("fire_heat", "how fiercely the fire inside burns (dull embers to bright blaze)", "continuous"),
    Factor("chimney_height", "height of the kiln's chimney (short to tall)", "continuous"),
    Factor("smoke_drift", "which way the smoke drifts from the chimney (left, up, right)", "continuous"),
    Factor("brick_height", "height of the kiln's brick courses (thin bricks to thick bricks)", "continuous"),
)
# door_open: 0..1 uncovers the doorway (16 px wide) from its left side to its right, the door's
# left edge moving from x = 24 to 40 px; fire_heat: 0..1 blends the fire from dull red to
# bright yellow and grows its flames from 4 to 12 px tall; chimney_height: 0..1 puts the
# chimney's top at y = 27..11 px; smoke_drift: -0.9..0.9 radians from straight up (negative: to
# the left); brick_height: 0..1 is a course 3..6.5 px tall (bricks twice as long)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (-0.9, 0.9), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.5, 0.7, 0.9)), np.array((0.82, 0.9, 0.96))
GRASS, BRICK, MORTAR = (0.38, 0.6, 0.28), np.array((0.66, 0.32, 0.2)), (0.86, 0.8, 0.7)
CHIMNEY, CAP, IRON, HANDLE, SMOKE = (0.55, 0.26, 0.17), (0.2, 0.17, 0.16), (0.2, 0.2, 0.23), (0.7, 0.7, 0.72), \
    (0.55, 0.55, 0.58)
EMBERS, BLAZE = np.array((0.24, 0.05, 0.03)), np.array((0.92, 0.5, 0.12))
FLAME_DIM, FLAME_BRIGHT = np.array((0.7, 0.16, 0.05)), np.array((1.0, 0.97, 0.62))
GROUND, CX, DOME_RX, DOME_RY = 56.0, 32.0, 21.0, 24.0
DOOR_L, DOOR_R, DOOR_Y = 24.0, 40.0, 46.0  # the doorway: its sides, the middle of its round top
CHIMNEY_HW, CHIMNEY_FOOT = 3.5, 36.0
PUFFS = ((4.0, 3.0), (10.0, 4.0), (17.0, 5.0))  # along the smoke's way from the chimney's top: distance, radius
ROWS = (DOOR_Y - 8, GROUND)  # the doorway's rows


def _background() -> tuple[np.ndarray, np.ndarray]:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, GROUND)[None].copy()
    R.over(img, R.below(GROUND, 1), GRASS)
    dome = np.maximum(R.ellipse_sdf(x - CX, y - GROUND, DOME_RX, DOME_RY), y - GROUND)
    shade = 1.0 - 0.35 * ((x - CX) / DOME_RX) ** 2  # darker towards the sides
    img += (BRICK[:, None, None] * shade - img) * R.coverage(dome)[:, None]
    return img[0], R.coverage(dome)[0]


BACKGROUND, DOME = _background()
DOOR_ROWS = slice(*map(int, ROWS))
_x, _y = R.grid()
DOORWAY = np.minimum(np.hypot(_x - CX, _y[:, DOOR_ROWS] - DOOR_Y) - (DOOR_R - DOOR_L) / 2,
                     R.edges_sdf(_x, _y[:, DOOR_ROWS], DOOR_L, DOOR_R, DOOR_Y, GROUND + 1))


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the mortar joints: every course shifted half a brick against the one below
    h = R.col(3.0 + 3.5 * f[:, 4])
    rise = GROUND - y
    course = np.floor(rise / h)
    d_row = 0.5 * h - np.abs(rise - (course + 0.5) * h) - 0.5
    along = (x - CX + course * h) % (2 * h)
    d_col = h - np.abs(along - h) - 0.5
    R.over(img, 0.9 * DOME * R.coverage(np.minimum(d_row, d_col)), MORTAR)
    # the chimney, its cap, and the smoke from its top
    top = R.col(27.0 - 16.0 * f[:, 2])
    R.over(img, R.coverage(R.edges_sdf(x, y, CX - CHIMNEY_HW, CX + CHIMNEY_HW, top, CHIMNEY_FOOT)), CHIMNEY)
    R.over(img, R.coverage(R.edges_sdf(x, y, CX - CHIMNEY_HW - 1.0, CX + CHIMNEY_HW + 1.0, top, top + 2.0)), CAP)
    a = R.col(f[:, 3])
    dx, dy = np.sin(a), -np.cos(a)
    puffs = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    for dist, r in PUFFS:
        np.minimum(puffs, np.hypot(x - CX - dist * dx, y - top - dist * dy) - r, out=puffs)
    R.over(img, 0.9 * R.coverage(puffs), SMOKE)
    # the doorway: the fire inside, its flames, and the door over what is not open
    door = img[:, :, DOOR_ROWS]
    y = y[:, DOOR_ROWS]
    heat = f[:, 1:2]
    R.over(door, R.coverage(DOORWAY), EMBERS[None] + (BLAZE - EMBERS)[None] * heat)
    tall = R.col(4.0 + 8.0 * f[:, 1])
    flames = np.full((n, door.shape[2], R.SIZE), np.inf, np.float32)
    for fx, k in ((28.0, 0.8), (32.0, 1.0), (36.0, 0.7)):
        np.minimum(flames, R.ellipse_sdf(x - fx, y - GROUND, 2.3, k * tall), out=flames)
    R.over(door, R.coverage(np.maximum(flames, DOORWAY)), FLAME_DIM[None] + (FLAME_BRIGHT - FLAME_DIM)[None] * heat)
    left = R.col(DOOR_L + (DOOR_R - DOOR_L) * f[:, 0])
    plate = np.maximum(DOORWAY - 0.5, left - x)
    R.over(door, R.coverage(plate), IRON)
    R.over(door, R.coverage(np.maximum(np.abs(x - left - 1.2) - 0.5, DOORWAY + 2.0)), HANDLE)
    R.over(door, R.coverage(np.abs(DOORWAY) - 0.7), CAP)
    return R.to_uint8(img)


def render(door_open: float, fire_heat: float, chimney_height: float, smoke_drift: float,
           brick_height: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[door_open, fire_heat, chimney_height, smoke_drift, brick_height]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("kiln", arg, n, seed, FACTORS, sample_factors, _draw)
