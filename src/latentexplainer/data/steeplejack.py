"""`steeplejack`: a steeplejack climbing the ladder up a tall factory chimney above the roofs of a
town, a flag flying from a pole on the chimney's top, seen from the front (64x64 RGB).

A blue sky, paler towards the horizon, fills the image behind a row of grey-blue slate roofs
along the bottom. In the middle a tall round chimney rises from the roofs, tapering towards its
top, its masonry laid in courses with darker joints, a dark band of corbelling round its top. A
wooden ladder is lashed up the chimney's face from the roofs to the top, and a steeplejack in
blue overalls and a white cap climbs it, hands on a rung above his head. A short pole stands on
the chimney's top with a tapering yellow flag, which the wind blows out to one side or lets hang
down. Factors: how far up the chimney the steeplejack has climbed (from just above the roofs to
near its top), what the chimney is built of (red brick, yellow brick or grey stone), which way the
wind blows the flag (out to the left, hanging down, out to the right) and how tall the chimney is
(short to tall; its pole and flag stand on its top). The sky, the roofs, the chimney's width and
the climber's size stay fixed; the climber is always on the chimney, below its top.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("climb", "how far up the chimney the steeplejack has climbed (low to high)", "continuous"),
    Factor("masonry", "what the chimney is built of (red brick, yellow brick or grey stone)", "categorical",
           ("red brick", "yellow brick", "grey stone")),
    Factor("wind", "which way the wind blows the flag (out left, hanging down, out right)", "continuous"),
    Factor("chimney_height", "height of the chimney (short to tall)", "continuous"),
)
# climb: 0..1 takes the climber's feet from y = 58 px (just above the roofs) to 20 px below the
# chimney's top (he is 16 px tall), so how high he is on the image depends on the chimney's
# height too; masonry: a code 0..2 for the colours of MASONRY; wind: -1.3..1.3 radians of the
# flag from hanging straight down (negative: blown out to the left, positive: to the right);
# chimney_height: 0..1 puts the chimney's top at y = 26..9 px (its pole 8 px tall above it, the
# flag 10 px long)
RANGES = ((0.0, 1.0), (0.0, 2.0), (-1.3, 1.3), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.36, 0.58, 0.88)), np.array((0.76, 0.85, 0.95))
ROOF, ROOF_LINE, ROOF_LIGHT = (0.34, 0.38, 0.46), (0.24, 0.27, 0.34), (0.46, 0.5, 0.58)
MASONRY = np.array(((0.66, 0.28, 0.2), (0.88, 0.76, 0.46), (0.58, 0.58, 0.6)), np.float32)
LADDER, POLE, FLAG = (0.4, 0.26, 0.14), (0.2, 0.18, 0.16), (0.98, 0.84, 0.12)
OVERALLS, CAP, SKIN, BOOT = (0.14, 0.3, 0.8), (0.97, 0.97, 0.95), (0.92, 0.72, 0.58), (0.1, 0.08, 0.08)
CHIMNEY_X, FOOT_Y, TOP_HW, FOOT_HW = 30.0, 60.0, 6.5, 9.5
LADDER_X, LADDER_HW = 33.0, 3.0  # the ladder's middle and half-width
POLE_H, FLAG_LEN, FLAG_HW = 8.0, 10.0, 3.8
CLIMBER_H = 16.0


def _roofs():
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, 56.0)[None].copy()
    ridge = 50.0 + 3.0 * np.abs(((x + 4.0) % 16.0) - 8.0) / 8.0  # saw-tooth ridges of the roofs
    R.over(img, R.coverage(ridge - y), ROOF)
    R.over(img, R.coverage(np.maximum(np.abs((y % 2.5) - 1.25) - 0.35, ridge + 1.0 - y)), ROOF_LINE)
    R.over(img, R.coverage(np.abs(y - ridge - 0.3) - 0.5), ROOF_LIGHT)
    return img[0]


SCENE = _roofs()


def _courses():
    """The chimney's masonry pattern: 1 on the face of a block, darker in the joints."""
    x, y = R.grid()
    course = np.floor(y / 2.5)
    joints = np.minimum(np.abs((y % 2.5) - 0.2), np.abs(((x + course * 2.5) % 5.0) - 0.2))
    return 1.0 - 0.3 * R.coverage(joints - 0.35) - 0.12 * np.clip((x - CHIMNEY_X) / FOOT_HW, 0.0, 1.0)


COURSES = _courses()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the chimney, tapering up to its top, and its corbelled band
    top = R.col(26.0 - 17.0 * f[:, 3])
    half = TOP_HW + (FOOT_HW - TOP_HW) * (y - top) / (FOOT_Y - top)
    chimney = np.maximum(np.abs(x - CHIMNEY_X) - half, np.maximum(top - y, y - FOOT_Y))
    stone = MASONRY[f[:, 1].astype(int)]
    R.over(img, R.coverage(chimney), stone[:, :, None, None] * COURSES[None])
    band = R.edges_sdf(x, y, CHIMNEY_X - TOP_HW - 1.2, CHIMNEY_X + TOP_HW + 1.2, top - 0.5, top + 2.5)
    R.over(img, R.coverage(band), stone * 0.5)
    # the ladder up the chimney's face: two rails and rungs
    rails = np.maximum(np.abs(np.abs(x - LADDER_X) - LADDER_HW) - 0.55, np.maximum(top + 2.0 - y, y - FOOT_Y))
    rungs = np.maximum(np.abs((y % 3.5) - 1.75) - 1.2, np.maximum(np.abs(x - LADDER_X) - LADDER_HW,
                                                                    np.maximum(top + 2.5 - y, y - FOOT_Y)))
    R.over(img, R.coverage(np.minimum(rails, rungs)), LADDER)
    # the pole and the flag, blown out to a side
    R.over(img, R.coverage(R.segment_sdf(x, y, CHIMNEY_X, top, CHIMNEY_X, top - POLE_H) - 0.6), POLE)
    a = R.col(f[:, 2])
    px, py = CHIMNEY_X, top - POLE_H + 0.5
    u = (x - px) * np.sin(a) + (y - py) * np.cos(a)  # along the flag, from the pole
    v = (x - px) * np.cos(a) - (y - py) * np.sin(a)  # across it
    flag = np.maximum(np.abs(u - FLAG_LEN / 2) - FLAG_LEN / 2, np.abs(v) - FLAG_HW * (1.0 - 0.45 * u / FLAG_LEN))
    R.over(img, R.coverage(flag), FLAG)
    # the steeplejack on the ladder: boots, legs, body, arms up to a rung, head and cap
    feet = 58.0 - (38.0 - top) * R.col(f[:, 0])
    cx = LADDER_X
    legs = np.minimum(R.segment_sdf(x, y, cx - 1.5, feet - 1.0, cx - 1.0, feet - 7.0),
                      R.segment_sdf(x, y, cx + 1.5, feet - 3.0, cx + 1.0, feet - 7.0)) - 1.2
    body = R.box_sdf(x - cx, y - (feet - 10.0), 1.9, 3.5) - 0.6
    arms = np.minimum(R.segment_sdf(x, y, cx - 1.8, feet - 12.0, cx - 2.6, feet - CLIMBER_H),
                      R.segment_sdf(x, y, cx + 1.8, feet - 12.0, cx + 2.6, feet - CLIMBER_H)) - 0.9
    R.over(img, R.coverage(np.minimum(np.minimum(legs, body), arms)), OVERALLS)
    boots = np.minimum(np.hypot(x - (cx - 1.7), y - (feet - 0.8)) - 1.3, np.hypot(x - (cx + 1.7), y - (feet - 2.8)) - 1.3)
    R.over(img, R.coverage(boots), BOOT)
    R.over(img, R.coverage(np.hypot(x - cx, y - (feet - 15.0)) - 2.1), SKIN)
    cap = np.maximum(np.hypot(x - cx, y - (feet - 15.3)) - 2.3, y - (feet - 15.6))
    return R.to_uint8(R.over(img, R.coverage(cap), CAP))


def render(climb: float, masonry: float, wind: float, chimney_height: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[climb, masonry, wind, chimney_height]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("steeplejack", arg, n, seed, FACTORS, sample_factors, _draw)
