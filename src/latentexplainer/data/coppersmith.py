"""`coppersmith`: a coppersmith's workshop, a copper pot being beaten on an iron stake under a
tilt hammer, copper pans hanging on the wall and a brick forge glowing in the corner, seen from the
front (64x64 RGB).

The workshop's back wall is of dark grey-blue boards, above a band of dark floorboards along the
bottom of the image. In the middle an iron stake stands on the floor, and on it sits a round
copper pot upside down, its dome shaded and lit by a highlight. A tilt hammer beats it: a long
wooden helve pivoting on an iron post at the left, with a heavy steel head at its right end,
above the pot. On the right a brick forge stands on the floor, its arched fire mouth glowing and
its light spreading over the wall around it; above the forge two copper pans hang from hooks on
a rail. Factors: how high the hammer is raised (from resting near the pot to lifted high), the
size of the pot on the stake (small to large), the colour of the copperwork (the pot and the
hanging pans alike, from bright new copper to green old verdigris) and how brightly the forge
glows (from dull embers to a bright fire). The wall, the floor, the stake, the hammer's post
and the forge stay fixed; the whole pot always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("hammer_raise", "how high the tilt hammer is raised (lowered to lifted high)", "continuous"),
    Factor("pot_size", "size of the copper pot on the stake (small to large)", "continuous"),
    Factor("patina", "colour of the copperwork (bright new copper to green verdigris)", "continuous"),
    Factor("forge_glow", "how brightly the forge's fire glows (dull embers to bright)", "continuous"),
)
# hammer_raise: 0..0.9 radians of the helve above the horizontal (it is 25 px long from its
# pivot at (6, 34) px, so the head moves from x = 31, y = 34 px to x = 21.5, y = 14.4 px);
# pot_size: 0..1 is a pot 4..14 px in half-width (0.9 times that high), on the stake's top at
# y = 45 px, x = 31 px; patina: 0..1 blends the copper from COPPER to VERDIGRIS; forge_glow:
# 0..1 turns the fire mouth from dull red to bright yellow and strengthens its light on the wall
RANGES = ((0.0, 0.9), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
WALL, WALL_LINE, FLOOR, FLOOR_LINE = (0.2, 0.22, 0.27), (0.15, 0.17, 0.21), (0.2, 0.16, 0.13), (0.13, 0.1, 0.08)
IRON, IRON_LIGHT, HELVE, BRICK, BRICK_JOINT = (0.1, 0.1, 0.12), (0.36, 0.37, 0.4), (0.66, 0.48, 0.28), \
    (0.55, 0.27, 0.2), (0.35, 0.18, 0.14)
STEEL, STEEL_EDGE = (0.64, 0.66, 0.7), (0.3, 0.31, 0.34)
COPPER, VERDIGRIS = np.array((0.86, 0.47, 0.27)), np.array((0.32, 0.7, 0.58))
EMBERS, FIRE = np.array((0.4, 0.08, 0.04)), np.array((1.0, 0.86, 0.36))
GLOW = (1.0, 0.62, 0.3)
FLOOR_Y = 56.0
PIVOT_X, PIVOT_Y, HELVE_LEN = 6.0, 34.0, 25.0
STAKE_X, STAKE_TOP = 31.0, 45.0
FORGE_L, FORGE_R, FORGE_TOP = 46.0, 64.0, 30.0
MOUTH_X, MOUTH_Y, MOUTH_HW = 55.0, 42.0, 5.0  # the fire mouth: an arch on a rectangle from MOUTH_Y down
PANS = ((44.0, 5.0), (57.0, 8.0))  # each hanging pan's hook: x and the hook's length below the rail
RAIL_Y = 3.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, R.coverage(np.abs((x % 8.0) - 0.5) - 0.5), WALL_LINE)
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    R.over(img, R.coverage(np.maximum(np.abs((x % 12.0) - 6.0) - 5.5, FLOOR_Y + 0.5 - y)), FLOOR_LINE)
    # the hammer's post and the stake
    R.over(img, R.coverage(R.edges_sdf(x, y, PIVOT_X - 2.0, PIVOT_X + 2.0, PIVOT_Y, FLOOR_Y + 1.0)), IRON)
    stake = np.minimum(R.edges_sdf(x, y, STAKE_X - 2.0, STAKE_X + 2.0, STAKE_TOP, FLOOR_Y + 1.0),
                       R.edges_sdf(x, y, STAKE_X - 5.0, STAKE_X + 5.0, FLOOR_Y - 2.0, FLOOR_Y + 1.0))
    R.over(img, R.coverage(stake), IRON)
    R.over(img, R.coverage(R.edges_sdf(x, y, STAKE_X - 0.8, STAKE_X - 0.1, STAKE_TOP + 1.0, FLOOR_Y - 2.0)), IRON_LIGHT)
    # the forge: a brick block, the rail and hooks above it
    R.over(img, R.coverage(R.edges_sdf(x, y, FORGE_L, FORGE_R + 1.0, FORGE_TOP, FLOOR_Y + 1.0)), BRICK)
    course = np.floor(y / 3.0)
    joints = np.minimum(np.abs((y % 3.0) - 0.3), np.abs(((x + course * 3.0) % 6.0) - 0.3))
    R.over(img, R.coverage(np.maximum(joints - 0.4, R.edges_sdf(x, y, FORGE_L, FORGE_R + 1.0, FORGE_TOP, FLOOR_Y))),
           BRICK_JOINT)
    R.over(img, R.coverage(np.abs(y - RAIL_Y) - 0.8), IRON)
    hooks = np.min([R.segment_sdf(x, y, hx, RAIL_Y, hx, RAIL_Y + h) for hx, h in PANS], 0) - 0.5
    R.over(img, R.coverage(hooks), IRON)
    return img[0]


SCENE = _scene()


def _fixed():
    """Coverage of the fire mouth, of the hanging pans (a body and a dark rim each, their handles)
    and the pans' shading."""
    x, y = R.grid()
    mouth = np.minimum(np.hypot(x - MOUTH_X, y - MOUTH_Y) - MOUTH_HW,
                       R.edges_sdf(x, y, MOUTH_X - MOUTH_HW, MOUTH_X + MOUTH_HW, MOUTH_Y, FLOOR_Y - 2.0))
    bodies, rims = [], []
    for hx, h in PANS:  # a saucepan seen from the front: a round body hanging from a long handle
        top = RAIL_Y + h
        bodies.append(np.minimum(R.ellipse_sdf(x - hx, y - (top + 12.0), 6.5, 6.0),
                                 R.segment_sdf(x, y, hx, top, hx, top + 7.0) - 1.3))
        rims.append(np.abs(R.ellipse_sdf(x - hx, y - (top + 12.0), 6.5, 6.0)) - 0.6)
    light = np.exp(-((x - MOUTH_X) ** 2 + (y - MOUTH_Y) ** 2) / 260.0)
    shade = 0.78 + 0.3 * np.clip(np.cos(0.25 * (x - 40.0)) * 0.5 + 0.5 - 0.02 * (y - 10.0), 0.0, 1.0)
    return R.coverage(mouth), R.coverage(np.min(bodies, 0)), R.coverage(np.min(rims, 0)), light, shade


MOUTH, PAN_COVER, PAN_RIM, FORGE_LIGHT, PAN_SHADE = _fixed()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    glow = f[:, 3]
    # the forge's light on the wall and its fire mouth
    R.over(img, (0.1 + 0.6 * R.col(glow)) * FORGE_LIGHT, GLOW)
    fire = EMBERS[None] + (FIRE - EMBERS)[None] * glow[:, None]
    R.over(img, MOUTH, fire)
    # the copperwork: the hanging pans and the pot on the stake
    metal = COPPER[None] + (VERDIGRIS - COPPER)[None] * f[:, 2:3]
    R.over(img, PAN_COVER, metal[:, :, None, None] * PAN_SHADE[None])
    R.over(img, PAN_RIM, metal * 0.6)
    hw = R.col(4.0 + 10.0 * f[:, 1])
    h = 0.9 * hw
    pot = np.maximum(R.ellipse_sdf(x - STAKE_X, y - STAKE_TOP, hw, h), y - STAKE_TOP)
    lit = 0.7 + 0.45 * np.clip(1.0 - np.hypot((x - STAKE_X + 0.35 * hw) / hw, (y - STAKE_TOP + 0.6 * h) / h), 0, 1)
    R.over(img, R.coverage(pot), metal[:, :, None, None] * lit[:, None])
    R.over(img, R.coverage(np.maximum(pot, STAKE_TOP - 1.5 - y)), metal * 0.6)  # its rim
    # the tilt hammer: the helve and its head, square to it
    a = R.col(f[:, 0])
    ca, sa = np.cos(a), np.sin(a)
    hx, hy = PIVOT_X + HELVE_LEN * ca, PIVOT_Y - HELVE_LEN * sa
    R.over(img, R.coverage(R.segment_sdf(x, y, PIVOT_X, PIVOT_Y, hx, hy) - 1.5), HELVE)
    u, v = (x - hx) * ca - (y - hy) * sa, (x - hx) * sa + (y - hy) * ca
    head = R.box_sdf(u, v, 3.5, 5.5)
    R.over(img, R.coverage(head), STEEL_EDGE)
    R.over(img, R.coverage(head + 1.0), STEEL)
    return R.to_uint8(R.over(img, R.coverage(np.hypot(x - PIVOT_X, y - PIVOT_Y) - 2.2), IRON_LIGHT))


def render(hammer_raise: float, pot_size: float, patina: float, forge_glow: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[hammer_raise, pot_size, patina, forge_glow]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("coppersmith", arg, n, seed, FACTORS, sample_factors, _draw)
