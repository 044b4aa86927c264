"""`wheelwright`: a wheelwright's shop, a new cart wheel standing on the floor in front of an
unfinished cart on trestles, seen from the side (64x64 RGB).

The shop's back wall is of dark tarred weatherboards, with a saw and a coil of rope hanging high
on it; the floor is a band of packed earth along the bottom. On the left a new cart wheel stands
upright on the floor, seen face on: a dark hub with an iron ring, pale oak spokes running out to
a ring of oak felloes, and round them the iron tyre. On the right an unfinished cart body,
painted blue, rests on two wooden trestles; a pair of blue shafts is hinged at its front end and
reaches out to the left, behind the wheel. Factors: how many spokes the wheel has (6, 8 or 12),
the size of the wheel (small to large), how hot its iron tyre is (from cold dark iron to glowing
orange, lighting the wall around it) and how high the cart's shafts are raised (from resting
tilted down towards the floor to raised steeply). The wall, the floor, the cart body, the
trestles and the wheel's place stay fixed; the whole wheel always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("spokes", "how many spokes the cart wheel has (6, 8 or 12)", "categorical", ("6", "8", "12")),
    Factor("wheel_size", "size of the cart wheel standing on the floor (small to large)", "continuous"),
    Factor("tyre_heat", "how hot the wheel's iron tyre is (cold dark iron to glowing orange)", "continuous"),
    Factor("shaft_angle", "how high the cart's shafts are raised (tilted down to raised steeply)", "continuous"),
)
# spokes: a code 0..2 for 6, 8 or 12 spokes, one of them pointing straight up; wheel_size: 0..1
# is a wheel of radius 12..19 px (to the outside of its tyre), standing on the floor at y = 56 px
# with its middle at x = 20 px; tyre_heat: 0..1 blends the tyre from dark iron to glowing orange
# and strengthens a glow round it; shaft_angle: -0.3..1.1 radians of the shafts above the
# horizontal (pointing left from their hinge at (40, 37) px, 26 px long; negative: tilted down)
RANGES = ((0.0, 2.0), (0.0, 1.0), (0.0, 1.0), (-0.3, 1.1))
SPOKE_COUNTS = np.array((6.0, 8.0, 12.0), np.float32)
WALL, BOARD_LINE, FLOOR, FLOOR_DARK = (0.3, 0.24, 0.2), (0.19, 0.15, 0.12), (0.5, 0.4, 0.3), (0.42, 0.33, 0.24)
OAK, OAK_DARK, HUB, IRON = (0.92, 0.78, 0.54), (0.62, 0.47, 0.28), (0.38, 0.26, 0.16), (0.16, 0.16, 0.18)
PAINT, PAINT_DARK, TRESTLE = (0.3, 0.46, 0.68), (0.2, 0.32, 0.5), (0.56, 0.42, 0.26)
STEEL, ROPE = (0.7, 0.72, 0.76), (0.76, 0.66, 0.44)
COLD, HOT, GLOW = np.array((0.2, 0.2, 0.23)), np.array((1.0, 0.55, 0.12)), (1.0, 0.5, 0.15)
FLOOR_Y, WHEEL_X = 56.0, 20.0
HINGE_X, HINGE_Y, SHAFT = 40.0, 37.0, 26.0
TYRE_W, FELLOE_W, HUB_R = 1.8, 2.6, 3.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, R.coverage(np.abs((y % 6.0) - 0.5) - 0.5), BOARD_LINE)  # the weatherboards' edges
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    R.over(img, 0.7 * R.coverage(np.maximum(np.abs(((x + 3.0 * np.floor(y / 2.0)) % 9.0) - 4.5) - 3.8,
                                            FLOOR_Y + 1.0 - y)), FLOOR_DARK)
    # a saw and a coil of rope hanging on the wall
    blade = np.maximum(R.edges_sdf(x, y, 27.0, 41.0, 5.0, 10.0), ((y - 5.0) - (x - 27.0) * 0.36) * 0.94)
    R.over(img, R.coverage(blade), STEEL)
    R.over(img, R.coverage(R.edges_sdf(x, y, 41.0, 46.0, 4.0, 9.0)), TRESTLE)
    rope = np.abs(np.hypot(x - 55.0, y - 10.0) - 4.0) - 1.3
    R.over(img, R.coverage(rope), ROPE)
    # the trestles and the cart body
    legs = np.min([R.segment_sdf(x, y, lx, 44.0, lx + dx, FLOOR_Y + 1.0) for lx in (46.0, 59.0)
                   for dx in (-3.0, 3.0)], 0) - 0.9
    R.over(img, R.coverage(np.minimum(legs, R.edges_sdf(x, y, 42.0, 64.0, 42.5, 44.5))), TRESTLE)
    body = R.edges_sdf(x, y, 39.0, 64.0, 30.0, 42.5)
    R.over(img, R.coverage(body), PAINT)
    planks = np.maximum(np.abs(((y - 30.0) % 4.0) - 2.0) - 1.5, body + 0.5)
    R.over(img, 0.8 * R.coverage(planks), PAINT_DARK)
    return img[0]


SCENE = _scene()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    r = R.col(12.0 + 7.0 * f[:, 1])
    cy = FLOOR_Y - r
    u, v = x - WHEEL_X, y - cy
    rho = np.hypot(u, v)
    heat = R.col(f[:, 2])
    # the hot tyre's glow on the wall, behind everything
    glow = np.exp(-(rho - r) ** 2 / 30.0)
    R.over(img, 0.6 * heat * glow, GLOW)
    # the shafts: a far one (darker) and a near one, hinged at the front of the cart
    a = R.col(f[:, 3])
    ex, ey = HINGE_X - SHAFT * np.cos(a), HINGE_Y - SHAFT * np.sin(a)
    R.over(img, R.coverage(R.segment_sdf(x, y, HINGE_X + 1.5, HINGE_Y - 3.5, ex + 1.5, ey - 3.5) - 1.5), PAINT_DARK)
    R.over(img, R.coverage(R.segment_sdf(x, y, HINGE_X, HINGE_Y, ex, ey) - 1.8), PAINT)
    R.over(img, R.coverage(np.hypot(x - HINGE_X, y - HINGE_Y) - 1.6), IRON)
    # the wheel: spokes, felloes, tyre and hub
    k = SPOKE_COUNTS[f[:, 0].astype(int)][:, None, None]
    sector = 2 * np.pi / k
    phi = np.arctan2(u, -v)  # 0 straight up, clockwise
    off = ((phi + sector / 2) % sector) - sector / 2
    spokes = np.maximum(rho * np.abs(np.sin(off)) - (1.7 - 0.5 * rho / r), np.abs(off) - 1.0)
    spokes = np.maximum(spokes, rho - r + TYRE_W + 1.0)
    R.over(img, R.coverage(spokes), OAK)
    rim = np.abs(rho - (r - TYRE_W - FELLOE_W / 2)) - FELLOE_W / 2
    R.over(img, R.coverage(rim), OAK)
    joints = np.maximum((sector / 2 - np.abs(off)) * rho - 0.45, rim)  # between felloes, mid-way between spokes
    R.over(img, 0.8 * R.coverage(joints), OAK_DARK)
    tyre = R.coverage(np.abs(rho - (r - TYRE_W / 2)) - TYRE_W / 2)
    colour = COLD[None] + (HOT - COLD)[None] * f[:, 2:3]
    R.over(img, tyre, colour)
    R.over(img, R.coverage(rho - HUB_R), HUB)
    R.over(img, R.coverage(np.abs(rho - HUB_R + 0.6) - 0.6), IRON)
    return R.to_uint8(img)


def render(spokes: float, wheel_size: float, tyre_heat: float, shaft_angle: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[spokes, wheel_size, tyre_heat, shaft_angle]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("wheelwright", arg, n, seed, FACTORS, sample_factors, _draw)
