"""`cutler`: a cutler's grinding shop, a knife held against a big grinding wheel that stands in a
wooden frame over a water trough, sparks flying from the blade, seen from the front (64x64 RGB).

The shop's back wall is of sooty brick, with a rack of finished knives high on the left; the
floor of worn flagstones runs along the bottom of the image. Left of the middle a round
grindstone turns on its axle in a wooden frame, its lower edge over a wooden trough of water; an
iron hub with four arms is bolted to its middle, and faint rings are worn into its face. A knife
is held against the top right of the stone, its steel blade pointing at the stone and its wooden
handle to the right; from where the blade touches the stone a fan of sparks flies out to the
right and down. Factors: how far the wheel has turned (its four arms come round to the same look
every quarter turn), the size of the grindstone (small to large; the knife stays against its
edge), how far the sparks fly (a few short sparks to a long, bright fan) and what the stone is
(buff sandstone, red sandstone or grey granite). The wall, the rack, the floor, the frame, the
trough and the axle's place stay fixed; the whole grindstone always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("wheel_turn", "how far the grinding wheel has turned", "cyclic", period=np.pi / 2),
    Factor("stone_size", "size of the round grindstone (small to large)", "continuous"),
    Factor("sparks", "how far the sparks fly from the blade (short to long)", "continuous"),
    Factor("stone", "what the grindstone is (buff sandstone, red sandstone or grey granite)", "categorical",
           ("buff sandstone", "red sandstone", "grey granite")),
)
# wheel_turn: 0..pi/2 radians, a quarter turn, after which the hub's four arms look the same again;
# stone_size: 0..1 is a stone of radius 9..17 px about the axle at (26, 30) px, the blade touching it
# 0.7 radians above its right-hand side; sparks: 0..1 makes the longest spark 3..22 px long and
# brightens their glow; stone: a code 0..2 for the stone's colour (STONES)
RANGES = ((0.0, np.pi / 2), (0.0, 1.0), (0.0, 1.0), (0.0, 2.0))
WALL, MORTAR, FLOOR, FLOOR_LINE = (0.38, 0.25, 0.21), (0.27, 0.2, 0.18), (0.46, 0.44, 0.41), (0.34, 0.32, 0.3)
WOOD, WOOD_DARK, WATER, IRON = (0.5, 0.34, 0.2), (0.34, 0.22, 0.12), (0.3, 0.46, 0.56), (0.17, 0.17, 0.19)
STEEL, STEEL_EDGE, HANDLE = (0.84, 0.86, 0.9), (0.6, 0.62, 0.66), (0.42, 0.24, 0.12)
SPARK, SPARK_GLOW = (1.0, 0.92, 0.55), (1.0, 0.62, 0.18)
STONES = np.array(((0.84, 0.74, 0.54), (0.72, 0.36, 0.28), (0.55, 0.56, 0.6)), np.float32)
AXLE_X, AXLE_Y, FLOOR_Y = 26.0, 30.0, 56.0
TROUGH_L, TROUGH_R, TROUGH_T = 8.0, 44.0, 44.5
CONTACT = -0.7  # the angle (radians, screen y down) at which the blade touches the stone
HUB_R, ARM_HW, ARM_REACH = 3.2, 1.4, 0.75
SPARK_ANGLES = (0.1, 0.28, 0.45, 0.62, 0.8, 0.98, 1.15)  # below the horizontal, to the right
SPARK_SHARE = (0.7, 1.0, 0.8, 0.95, 0.6, 0.85, 0.5)  # of the longest spark


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    course = np.floor(y / 4.0)
    joints = np.minimum(np.abs((y % 4.0) - 0.4), np.abs(((x + 4.0 * course) % 8.0) - 0.4))
    R.over(img, R.coverage(joints - 0.45), MORTAR)
    # the knife rack on the wall: a bar with three knives hanging from it
    R.over(img, R.coverage(R.edges_sdf(x, y, 2.0, 20.0, 3.0, 5.0)), WOOD_DARK)
    for kx in (6.0, 11.0, 16.0):
        R.over(img, R.coverage(R.edges_sdf(x, y, kx - 1.0, kx + 1.0, 5.0, 9.0)), HANDLE)
        blade = np.maximum(np.abs(x - kx) - 1.3 * np.clip((17.0 - y) / 4.0, 0.0, 1.0), np.maximum(9.0 - y, y - 17.0))
        R.over(img, R.coverage(blade), STEEL_EDGE)
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    R.over(img, R.coverage(np.maximum(np.abs(((x + 3.0 * np.floor((y - FLOOR_Y) / 4.0)) % 13.0) - 6.5) - 6.0,
                                      FLOOR_Y + 1.0 - y)), FLOOR_LINE)
    # the frame behind the wheel: two legs splayed from the axle to the floor
    legs = np.minimum(R.segment_sdf(x, y, AXLE_X, AXLE_Y, AXLE_X - 14.0, FLOOR_Y + 2.0),
                      R.segment_sdf(x, y, AXLE_X, AXLE_Y, AXLE_X + 14.0, FLOOR_Y + 2.0)) - 1.6
    R.over(img, R.coverage(legs), WOOD)
    return img[0]


SCENE = _scene()


def _trough():
    x, y = R.grid()
    box = R.edges_sdf(x, y, TROUGH_L, TROUGH_R, TROUGH_T, FLOOR_Y + 2.0)
    planks = np.maximum(np.abs(((y - TROUGH_T) % 4.5) - 0.3) - 0.4, box)
    rim = R.edges_sdf(x, y, TROUGH_L - 1.0, TROUGH_R + 1.0, TROUGH_T - 1.0, TROUGH_T + 0.8)
    return R.coverage(box), R.coverage(planks), R.coverage(rim)


TROUGH, TROUGH_PLANKS, TROUGH_RIM = _trough()
RHO = np.hypot(R.grid()[0] - AXLE_X, R.grid()[1] - AXLE_Y)
RINGS = np.abs(np.sin(RHO * 1.3)) ** 6  # faint rings worn into the stone's face


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    r = R.col(9.0 + 8.0 * f[:, 1])
    # the stone: its face with worn rings, and the iron hub's four arms
    stone = STONES[f[:, 3].astype(int)]
    face = R.coverage(RHO - r)
    R.over(img, face, stone * 0.7)
    R.over(img, R.coverage(RHO - r + 1.2), stone)
    R.over(img, 0.25 * face * RINGS, stone * 0.75)
    phi = R.col(f[:, 0])
    u = (x - AXLE_X) * np.cos(phi) + (y - AXLE_Y) * np.sin(phi)
    v = (y - AXLE_Y) * np.cos(phi) - (x - AXLE_X) * np.sin(phi)
    arms = np.maximum(np.minimum(np.abs(u), np.abs(v)) - ARM_HW, RHO - ARM_REACH * r)
    R.over(img, R.coverage(np.minimum(arms, RHO - HUB_R)), IRON)
    R.over(img, R.coverage(RHO - 1.2), WOOD_DARK)
    # the trough in front of the stone's foot
    R.over(img, TROUGH, WOOD)
    R.over(img, TROUGH_PLANKS, WOOD_DARK)
    R.over(img, TROUGH_RIM, WOOD_DARK)
    # the knife against the stone: the blade, then its handle
    cx, cy = AXLE_X + r * np.cos(CONTACT), AXLE_Y + r * np.sin(CONTACT)
    blade = R.segment_sdf(x, y, cx, cy, cx + 14.0, cy - 4.0) - 1.4
    R.over(img, R.coverage(blade), STEEL_EDGE)
    R.over(img, R.coverage(blade + 0.8), STEEL)
    R.over(img, R.coverage(R.segment_sdf(x, y, cx + 14.0, cy - 4.0, cx + 22.0, cy - 6.3) - 1.8), HANDLE)
    # the sparks: a glow where blade meets stone and a fan of streaks to the right and down
    s = R.col(f[:, 2])
    length = 3.0 + 19.0 * s
    R.over(img, (0.25 + 0.5 * s) * np.exp(-((x - cx) ** 2 + (y - cy) ** 2) / (2.0 * (1.5 + 2.5 * s) ** 2)), SPARK_GLOW)
    streaks = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    for angle, share in zip(SPARK_ANGLES, SPARK_SHARE):
        dx, dy = np.cos(angle), np.sin(angle)
        reach = length * share
        np.minimum(streaks, R.segment_sdf(x, y, cx + 1.5 * dx, cy + 1.5 * dy, cx + reach * dx, cy + reach * dy),
                   out=streaks)
    R.over(img, 0.7 * R.coverage(streaks - 1.2), SPARK_GLOW)
    R.over(img, R.coverage(streaks - 0.45), SPARK)
    return R.to_uint8(img)


def render(wheel_turn: float, stone_size: float, sparks: float, stone: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[wheel_turn, stone_size, sparks, stone]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("cutler", arg, n, seed, FACTORS, sample_factors, _draw)
