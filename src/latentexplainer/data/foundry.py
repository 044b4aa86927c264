"""`foundry`: a crucible of molten metal hanging from an overhead crane in a dark foundry, a
bronze casting standing on the floor, seen from the side (64x64 RGB).

A steel crane rail runs along the top of the image in front of a dark red brick wall; the floor
is dark along the bottom. From a trolley on the rail a short chain and a yoke hang a dark steel
crucible by pivots at its middle: a tapering bucket, wider at its mouth, with a lighter rim; its
mouth (seen a little from above) is full of glowing molten metal, which lights the wall around
it with a soft glow. Tipped far enough, the crucible pours a stream of the molten metal from the
right side of its rim straight down to the floor, where it pools. At the bottom left a finished
bronze casting stands on the floor. Factors: where the crucible hangs along the rail (left to
right; the trolley, chain and yoke move with it), how far it is tipped to the right (upright -
no stream - to tipped well over, pouring), how hot the molten metal is (a dull dark red through
orange to a bright yellow-white, the glow and the stream with it) and what the casting is: a
bell, a cauldron-shaped pot on three legs or a cogwheel with a hole in its middle. The
crucible's size, its height, the rail, the wall, the floor and the casting's bronze stay fixed;
the whole crucible always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("crucible_x", "where the crucible hangs along the crane rail (left to right)", "continuous"),
    Factor("tilt", "how far the crucible is tipped to pour (upright to tipped right)", "continuous"),
    Factor("heat", "how hot the molten metal glows (dull red to yellow-white)", "continuous"),
    Factor("casting", "what the casting on the floor is: a bell, a pot or a cogwheel", "categorical",
           ("bell", "pot", "cogwheel")),
)
# crucible_x: 0..1 puts the crucible's pivot (and the trolley above it) at x = 26..46 px, y = 28
# px; tilt: 0..1 radians, turning the crucible clockwise about its pivot - its pouring lip goes
# from (x + 8, 19) px to about (x + 12, 30) px; from 0.3 radians a stream of metal 2.6 px wide
# starts to fall from the lip to a pool on the floor at y = 57 px, fully there from 0.55 radians;
# heat: 0..1 turns the molten metal (in the crucible's mouth, the stream and its pool) from dark
# red (0.55, 0.08, 0.03) through orange (1.0, 0.45, 0.05) at 0.5 to yellow-white (1.0, 0.95, 0.72)
# and strengthens the glow on the wall (opacity 0.15..0.6); casting: a bell, a pot or a cogwheel,
# about 22 px wide and 16..26 px tall, standing on the floor with its middle at x = 13 px
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 2.0))
BRICK, MORTAR, FLOOR, FLOOR_EDGE = (0.36, 0.17, 0.12), (0.2, 0.13, 0.11), (0.17, 0.15, 0.14), (0.3, 0.27, 0.25)
RAIL, TROLLEY, CHAIN = (0.34, 0.36, 0.4), (0.2, 0.21, 0.24), (0.5, 0.5, 0.52)
CRUCIBLE, CRUCIBLE_RIM = (0.26, 0.26, 0.28), (0.5, 0.5, 0.53)
BRONZE, BRONZE_DARK = (0.78, 0.55, 0.24), (0.5, 0.33, 0.13)
HEAT = np.array(((0.55, 0.08, 0.03), (1.0, 0.45, 0.05), (1.0, 0.95, 0.72)))  # at heat 0, 0.5 and 1
PIVOT_Y, FLOOR_Y, POOL_Y = 28.0, 55.0, 57.0
TOP, BOTTOM, MOUTH_HW, BASE_HW = -9.0, 8.0, 8.0, 6.0  # the crucible, from its pivot
LIP = (8.0, -9.0)
BRICK_W, BRICK_H = 10.0, 5.0
CAST_X = 13.0
CRUCIBLE_ROWS = (0, 58)  # the rows the crucible, its stream and pool can reach


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, BRICK)
    course = np.floor(y / BRICK_H)
    joints = np.minimum(np.abs((y % BRICK_H) - 0.5), np.abs(((x + course * BRICK_W / 2) % BRICK_W) - 0.5))
    img += (0.04 * np.sin(np.floor((x + course * BRICK_W / 2) / BRICK_W) * 3.1 + course * 1.7))[:, None]
    R.over(img, R.coverage(joints - 0.6), MORTAR)
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    R.over(img, R.coverage(np.abs(y - FLOOR_Y - 0.5) - 0.6) * R.below(FLOOR_Y - 1, 1), FLOOR_EDGE)
    R.over(img, R.coverage(R.edges_sdf(x, y, -1.0, 65.0, 2.0, 7.2)), RAIL)  # an I-beam: flanges and a darker web
    R.over(img, 0.45 * R.coverage(R.edges_sdf(x, y, -1.0, 65.0, 3.4, 5.8)), (0.0, 0.0, 0.0))
    return img[0]


def _castings() -> np.ndarray:
    """Each casting's coverage (3, H, W) - a bell, a pot, a cogwheel - and their shading (H, W)."""
    x, y = R.grid()
    u = x - CAST_X
    # the bell: a flaring skirt under a domed shoulder, a loop on its crown, a thick lip
    w = 3.6 + 7.4 * np.clip((y - 39.0) / 19.0, 0.0, 1.0) ** 1.6
    bell = np.maximum(np.abs(u) - w, np.maximum(39.0 - y, y - 58.5))
    bell = np.minimum(bell, R.ellipse_sdf(u, y - 40.0, 4.8, 4.0))
    bell = np.minimum(bell, R.edges_sdf(u, y, -11.5, 11.5, 55.5, 58.5))
    bell = np.minimum(bell, np.abs(np.hypot(u, y - 35.0) - 1.8) - 0.8)
    # the pot: a round-bellied cauldron with a rim and three short legs
    pot = np.maximum(R.ellipse_sdf(u, y - 49.5, 11.0, 8.0), 44.0 - y)
    pot = np.minimum(pot, R.edges_sdf(u, y, -9.0, 9.0, 42.0, 44.5))
    for lx in (-7.0, 0.0, 7.0):
        pot = np.minimum(pot, R.edges_sdf(u, y, lx - 1.1, lx + 1.1, 55.0, 58.5))
    # the cogwheel: a toothed wheel with a round hole, standing on its teeth
    v = y - 47.0
    rho = np.hypot(u, v)
    teeth = np.clip(3.0 * np.cos(10 * np.arctan2(v, u)), -1.0, 1.0)  # 10 square-ish teeth
    cog = np.maximum(rho - (9.8 + 1.2 * teeth), 3.2 - rho)
    shade = 0.55 * np.clip((y - 38.0) / 22.0, 0.0, 1.0)
    return np.stack([R.coverage(s)[0] for s in (bell, pot, cog)]), np.broadcast_to(shade[0], (R.SIZE, R.SIZE))


BACKGROUND = _background()
CASTINGS, CAST_SHADE = _castings()


def _molten(heat: np.ndarray) -> np.ndarray:
    """(n,) heat in 0..1 -> (n, 3) colour of the molten metal."""
    t = np.clip(heat, 0.0, 1.0)[:, None] * 2
    low = HEAT[0] + (HEAT[1] - HEAT[0]) * np.clip(t, 0, 1)
    return (low + (HEAT[2] - HEAT[1]) * np.clip(t - 1, 0, 1)).astype(np.float32)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    metal = _molten(f[:, 2])
    cx, a = R.col(26 + 20 * f[:, 0]), R.col(f[:, 1])
    ca, sa = np.cos(a), np.sin(a)
    mx, my = cx + TOP * -sa, PIVOT_Y + TOP * ca  # the middle of the mouth
    lip_x, lip_y = cx + LIP[0] * ca - LIP[1] * sa, PIVOT_Y + LIP[0] * sa + LIP[1] * ca
    # the glow of the molten metal on the wall around the crucible's mouth
    glow = np.exp(-((x - mx) ** 2 + (y - my) ** 2) / (2 * 8.0 ** 2))
    R.over(img, (0.15 + 0.45 * R.col(f[:, 2])) * glow, metal)
    # the casting on the floor, bronze, darker towards its foot
    cast = CASTINGS[f[:, 3].astype(int)]
    R.over(img, cast, BRONZE)
    R.over(img, cast * CAST_SHADE, BRONZE_DARK)
    # the stream of metal from the lip to the floor, and its pool there
    pour = np.clip((a - 0.3) / 0.25, 0.0, 1.0)
    stream = np.maximum(np.abs(x - lip_x) - 1.3, np.maximum(lip_y - y, y - POOL_Y))
    pool = R.ellipse_sdf(x - lip_x, y - POOL_Y, 4.5, 1.6)
    R.over(img, pour * R.coverage(np.minimum(stream, pool)), metal)
    # the trolley on the rail, the chain and the yoke
    R.over(img, R.coverage(R.edges_sdf(x, y, cx - 5.0, cx + 5.0, 7.2, 10.5)), TROLLEY)
    chain = np.maximum(np.abs(x - cx) - 0.7, np.maximum(10.0 - y, y - 15.0))
    yoke = np.maximum(np.abs(np.abs(x - cx) - 10.0) - 0.9, np.maximum(14.1 - y, y - PIVOT_Y))  # its two arms
    yoke = np.minimum(yoke, np.maximum(np.abs(x - cx) - 10.9, np.abs(y - 15.0) - 0.9))  # and the bar across
    hang = np.minimum(chain, yoke)
    R.over(img, R.coverage(hang), CHAIN)
    # the crucible in its own frame (lx right, ly down from the pivot), then its mouth of metal
    dx, dy = x - cx, y - PIVOT_Y
    lx, ly = dx * ca + dy * sa, dy * ca - dx * sa
    half = MOUTH_HW + (BASE_HW - MOUTH_HW) * (ly - TOP) / (BOTTOM - TOP)
    body = np.maximum((np.abs(lx) - half) * 0.99, np.maximum(TOP - ly, ly - BOTTOM))
    R.over(img, R.coverage(body), CRUCIBLE)
    R.over(img, R.coverage(np.maximum(body, ly - TOP - 2.0)), CRUCIBLE_RIM)
    R.over(img, R.coverage(R.ellipse_sdf(lx, ly - TOP, MOUTH_HW - 0.8, 1.8)), metal)
    pins = np.minimum(np.hypot(x - cx + 10, y - PIVOT_Y), np.hypot(x - cx - 10, y - PIVOT_Y)) - 1.6
    R.over(img, R.coverage(pins), TROLLEY)
    return R.to_uint8(img)


def render(crucible_x: float, tilt: float, heat: float, casting: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[crucible_x, tilt, heat, casting]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("foundry", arg, n, seed, FACTORS, sample_factors, _draw)
