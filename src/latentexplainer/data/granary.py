"""`granary`: a timber granary raised on staddle stones beside a farm track, a sack hanging from
its hoist and a field of wheat in the front, seen from the side (64x64 RGB).

A pale blue sky with a few white clouds runs down to a line of distant hedges; below it a dusty
track crosses the image. On the left the granary stands on four mushroom-shaped staddle stones
that keep the rats out: a box of dark weatherboarding, its boards in level lines, with a small
door and a roof over it that overhangs the walls. A wooden hoist beam juts out from the right of
the granary's roof, with a pulley at its end; a rope runs down from the pulley to a tied hessian
sack of grain. Along the bottom of the image a field of wheat grows from dark soil, its stalks
in a close row with a plump ear at the top of each. Factors: how high the sack has been hoisted
(from resting on the track to up by the pulley), how ripe the wheat is (from green to a golden
yellow, the ears and stalks alike), which way the wheat leans in the wind (from bent over to the
left, through upright, to bent over to the right) and what the granary's roof is covered with
(golden thatch, red clay tiles or grey slates). The sky, the hedges, the track, the granary's
walls and stones and the hoist stay fixed; the sack always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("sack_height", "how high the sack has been hoisted (on the ground to the top)", "continuous"),
    Factor("ripeness", "how ripe the wheat is (green to golden)", "continuous"),
    Factor("wheat_lean", "which way the wheat leans in the wind (left, upright, right)", "continuous"),
    Factor("roof", "what the granary's roof is covered with (thatch, tiles or slates)", "categorical",
           ("thatch", "red tiles", "slates")),
)
# sack_height: 0..1 lifts the sack's foot from the track (y = 44 px) to y = 24.5 px, just under
# the pulley; ripeness: 0..1 blends the wheat from green (0.38, 0.62, 0.22) to gold
# (0.9, 0.74, 0.3); wheat_lean: -0.6..0.6 radians from upright (negative: the ears lean to the
# left, positive: to the right), the stalks bending about their feet; roof: a code 0..2 for the
# roof's covering, its shape the same
RANGES = ((0.0, 1.0), (0.0, 1.0), (-0.6, 0.6), (0.0, 2.0))
SKY_TOP, SKY_BOTTOM, CLOUD = np.array((0.45, 0.66, 0.92)), np.array((0.76, 0.86, 0.96)), (0.97, 0.97, 0.98)
HEDGE, TRACK, TRACK_DARK, SOIL = (0.24, 0.42, 0.2), (0.74, 0.66, 0.5), (0.64, 0.56, 0.42), (0.3, 0.21, 0.13)
BOARD, BOARD_LINE, DOOR = (0.36, 0.25, 0.17), (0.22, 0.15, 0.1), (0.26, 0.18, 0.12)
STONE, STONE_DARK = (0.7, 0.68, 0.62), (0.52, 0.5, 0.46)
BEAM, ROPE, SACK, SACK_DARK = (0.3, 0.2, 0.12), (0.5, 0.42, 0.3), (0.52, 0.38, 0.22), (0.34, 0.24, 0.14)
ROOFS = (((0.86, 0.72, 0.38), (0.62, 0.48, 0.22)),  # thatch: straw and its darker streaks
         ((0.76, 0.3, 0.2), (0.5, 0.17, 0.12)),  # red tiles and their shadowed edges
         ((0.4, 0.44, 0.5), (0.24, 0.26, 0.3)))  # grey slates and their joints
GREEN, GOLD = np.array((0.38, 0.62, 0.22)), np.array((0.9, 0.74, 0.3))
HORIZON, TRACK_Y, FIELD_Y = 30.0, 44.0, 58.0
WALL_L, WALL_R, WALL_TOP, WALL_FOOT = 6.0, 32.0, 19.0, 38.0
EAVES_Y, RIDGE_Y = 19.0, 4.0
STADDLES = (8.5, 16.0, 23.5, 30.0)
PULLEY_X, PULLEY_Y = 45.0, 10.0
SACK_HW, SACK_H = 5.5, 12.0
STALKS = np.arange(-6.0, 71.0, 4.0)  # the stalks' feet, a few beyond each side: the row runs on
STALK_LEN = 12.0


def _roof_sdf(x, y):
    """The roof seen from the side: a trapezoid with overhanging eaves."""
    slope = (x - 19.0) / 1.0
    inset = (y - RIDGE_Y) / (EAVES_Y - RIDGE_Y) * 8.0  # the hips widen towards the eaves
    return np.maximum(np.abs(slope) - (10.0 + inset), np.maximum(RIDGE_Y - y, y - EAVES_Y - 1.5))


def _scene():
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, HORIZON)[None].copy()
    for cx, cy, rx, ry in ((57.0, 4.0, 6.0, 2.2), (61.0, 2.5, 3.5, 1.8), (59.0, 15.0, 4.0, 1.6)):
        R.over(img, R.coverage(R.ellipse_sdf(x - cx, y - cy, rx, ry)), CLOUD)
    hedge = HORIZON - 2.0 - 1.2 * np.abs(np.sin(x / 2.7)) - 0.8 * np.sin(x / 7.0)
    R.over(img, R.coverage(hedge - y), HEDGE)
    R.over(img, R.below(HORIZON + 1.0, 1), TRACK)
    R.over(img, 0.6 * R.coverage(np.maximum(np.abs(y - 41.0) - 0.8, np.abs(((x * 0.5) % 3.0) - 1.5) - 0.9)),
           TRACK_DARK)
    # the staddle stones: a pillar under a wide cap
    for sx in STADDLES:
        pillar = np.maximum(np.abs(x - sx) - (1.2 + 0.15 * (y - WALL_FOOT - 2.0)), np.abs(y - 41.5) - 3.0)
        R.over(img, R.coverage(pillar), STONE)
        R.over(img, R.coverage(R.edges_sdf(x, y, sx - 3.0, sx + 3.0, WALL_FOOT, WALL_FOOT + 2.0)), STONE_DARK)
    # the weatherboarded walls and a small door
    walls = R.edges_sdf(x, y, WALL_L, WALL_R, WALL_TOP, WALL_FOOT)
    R.over(img, R.coverage(walls), BOARD)
    R.over(img, R.coverage(np.maximum(np.abs(((y - WALL_TOP) % 3.0) - 1.5) - 0.4, walls + 0.3)), BOARD_LINE)
    R.over(img, R.coverage(R.edges_sdf(x, y, 15.0, 22.0, 24.0, WALL_FOOT)), DOOR)
    R.over(img, R.coverage(R.edges_sdf(x, y, 15.0, 22.0, 24.0, WALL_FOOT) + 0.7), BOARD_LINE)
    # the hoist beam and its pulley
    R.over(img, R.coverage(R.edges_sdf(x, y, WALL_R - 6.0, PULLEY_X + 2.0, PULLEY_Y - 2.5, PULLEY_Y - 1.0)), BEAM)
    R.over(img, R.coverage(np.hypot(x - PULLEY_X, y - PULLEY_Y) - 1.8), BEAM)
    return img[0]


SCENE = _scene()


def _roofs():
    x, y = R.grid()
    roof = _roof_sdf(x, y)
    cover = R.coverage(roof)
    thatch = np.abs(((x + 0.4 * y + 2.0 * np.sin(y * 1.3)) % 2.5) - 1.25) - 0.5
    thatch = np.minimum(thatch, np.abs(y - RIDGE_Y - 2.0) - 0.8)  # a ridge of thatch along the top
    course = np.floor((y - RIDGE_Y + 0.4) / 3.0)
    tiles = np.minimum(np.abs(((y - RIDGE_Y) % 3.0) - 2.6) - 0.45,
                       np.abs(((x + course * 1.5) % 3.0) - 1.5) - 0.4)
    slates = np.minimum(np.abs(((y - RIDGE_Y) % 3.0) - 2.6) - 0.35,
                        np.abs(((x + course * 2.5) % 5.0) - 2.5) - 0.4)
    marks = [R.coverage(np.maximum(m, roof + 0.3)) for m in (thatch, tiles, slates)]
    return cover[0], np.stack([m[0] for m in marks])


ROOF_COVER, ROOF_MARKS = _roofs()
ROOF_COLOURS = np.array([c for c, _ in ROOFS], np.float32)
ROOF_DARK = np.array([d for _, d in ROOFS], np.float32)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the roof: its covering
    kind = f[:, 3].astype(int)
    R.over(img, np.broadcast_to(ROOF_COVER, (n, R.SIZE, R.SIZE)), ROOF_COLOURS[kind])
    R.over(img, ROOF_MARKS[kind], ROOF_DARK[kind])
    # the sack on its rope, hoisted from the track towards the pulley
    foot = R.col(TRACK_Y - 19.5 * f[:, 0])
    top = foot - SACK_H
    rope = np.maximum(np.abs(x - PULLEY_X) - 0.5, np.maximum(PULLEY_Y - y, y - top))
    R.over(img, R.coverage(rope), ROPE)
    sack = np.maximum(np.abs(x - PULLEY_X) - (SACK_HW - 1.2 * np.clip((top + 3.0 - y) / 3.0, 0, 1) * 3.0),
                      np.maximum(top - y, y - foot))
    R.over(img, R.coverage(sack), SACK)
    tie = np.maximum(np.abs(y - top - 2.5) - 0.6, np.abs(x - PULLEY_X) - 2.5)
    R.over(img, R.coverage(np.maximum(tie, sack)), SACK_DARK)
    R.over(img, 0.8 * R.coverage(np.maximum(np.abs(x - PULLEY_X + 2.0) - 0.4, np.maximum(sack + 0.5, top + 5.0 - y))),
           SACK_DARK)
    # the wheat: soil, then stalks bending about their feet with an ear on each
    R.over(img, R.below(FIELD_Y, 1), SOIL)
    colour = (GREEN + (GOLD - GREEN) * f[:, 1:2]).astype(np.float32)
    lean = R.col(f[:, 2])
    s, c = np.sin(lean), np.cos(lean)
    for fx in STALKS:
        tx, ty = fx + STALK_LEN * s, 63.0 - STALK_LEN * c
        stalk = R.segment_sdf(x, y, fx, 63.0, tx, ty) - 0.6
        R.over(img, R.coverage(stalk), colour * 0.8)
        u, v = x - tx, y - ty  # the ear, along the stalk's direction
        along, across = u * s - v * c, u * c + v * s
        ear = R.ellipse_sdf(across, along - 2.5, 1.5, 3.5)
        R.over(img, R.coverage(ear), colour)
    return R.to_uint8(img)


def render(sack_height: float, ripeness: float, wheat_lean: float, roof: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[sack_height, ripeness, wheat_lean, roof]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("granary", arg, n, seed, FACTORS, sample_factors, _draw)
