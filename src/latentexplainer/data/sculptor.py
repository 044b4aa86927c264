"""`sculptor`: a sculptor's studio, a finished stone statue standing on a wooden plinth on the
floorboards, seen from the front (64x64 RGB).

The studio's wall is plastered a warm terracotta, with a rack of the sculptor's tools - a
wooden mallet and three chisels - hanging high on the left and a pinned-up sketch of a statue
high on the right; the floor is a band of brown boards along the bottom. On the floor stands a
plinth of dark wood, a box with a lighter top slab, and on the plinth stands a smooth stone
statue, lit from the left, its right side in shade and its outline dark. Factors: what the
statue is carved as (a ball, a pyramid or a tall obelisk), the height of the plinth (low to
tall; the statue stands on its top), the lightness of the stone (from dark grey granite to
white marble) and where the plinth stands along the floor (left to right; the statue moves with
it). The wall, the tools, the sketch, the floor and the plinth's width stay fixed; the plinth
and its statue always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("statue", "what the statue is carved as (a ball, a pyramid or an obelisk)", "categorical",
           ("ball", "pyramid", "obelisk")),
    Factor("plinth_height", "height of the plinth under the statue (low to tall)", "continuous"),
    Factor("stone_tone", "lightness of the statue's stone (dark granite to white marble)", "continuous"),
    Factor("plinth_x", "horizontal position of the plinth and its statue along the floor (left to right)",
           "continuous"),
)
# statue: a code 0..2 for the shapes in the order named (a ball of radius 10 px, a pyramid 32 px
# wide at its foot and 19 px tall, an obelisk 9 px wide at its foot and 29 px tall); plinth_height:
# 0..1 is a plinth 4..20 px tall on the floor at y = 55 px; stone_tone: 0..1 is the stone's value
# 0.32..0.95 (a faintly warm grey); plinth_x: 0..1 puts the plinth's middle at x = 17..47 px
RANGES = ((0.0, 2.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
WALL, WALL_DARK = (0.72, 0.34, 0.2), (0.64, 0.29, 0.17)
FLOOR, FLOOR_LINE = (0.46, 0.33, 0.21), (0.34, 0.23, 0.14)
PLINTH, PLINTH_TOP, PLINTH_LINE = (0.3, 0.2, 0.13), (0.42, 0.3, 0.2), (0.2, 0.13, 0.08)
TOOL_WOOD, TOOL_STEEL, RACK = (0.62, 0.45, 0.27), (0.72, 0.74, 0.78), (0.36, 0.24, 0.14)
SKETCH, PENCIL = (0.95, 0.93, 0.86), (0.35, 0.33, 0.32)
FLOOR_Y, PLINTH_HW = 55.0, 8.0
BALL_R = 10.0
PYRAMID_HW, PYRAMID_H = 16.0, 19.0
OBELISK_HW, OBELISK_TOP_HW, OBELISK_SHAFT, OBELISK_CAP = 4.5, 3.0, 24.0, 5.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, 0.5 * R.coverage(np.sin(0.35 * x + 0.6 * np.sin(0.3 * y)) * np.sin(0.5 * y) - 0.6), WALL_DARK)
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    boards = np.maximum(np.abs(((y - FLOOR_Y) % 3.0) - 1.5) - 1.1, FLOOR_Y + 1.0 - y)
    R.over(img, R.coverage(boards), FLOOR_LINE)
    # the tool rack: a batten, a mallet and three chisels hanging from it
    R.over(img, R.coverage(R.edges_sdf(x, y, 2.0, 18.0, 3.0, 4.6)), RACK)
    R.over(img, R.coverage(R.segment_sdf(x, y, 5.0, 4.5, 5.0, 13.0) - 0.7), TOOL_WOOD)
    R.over(img, R.coverage(R.box_sdf(x - 5.0, y - 14.5, 2.8, 2.2) - 0.5), TOOL_WOOD)
    for cx in (10.0, 13.0, 16.0):
        R.over(img, R.coverage(R.segment_sdf(x, y, cx, 4.5, cx, 9.0) - 0.9), TOOL_WOOD)
        R.over(img, R.coverage(R.segment_sdf(x, y, cx, 9.0, cx, 15.0) - 0.5), TOOL_STEEL)
    # the sketch pinned to the wall: a plinth and a figure in pencil
    R.over(img, R.coverage(R.edges_sdf(x, y, 48.0, 60.0, 4.0, 19.0)), SKETCH)
    lines = np.minimum(np.abs(R.edges_sdf(x, y, 51.5, 56.5, 14.0, 17.0)) - 0.3,
                       np.abs(R.ellipse_sdf(x - 54.0, y - 10.0, 2.2, 3.2)) - 0.3)
    R.over(img, 0.8 * R.coverage(lines), PENCIL)
    return img[0]


SCENE = _scene()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    cx = R.col(17.0 + 30.0 * f[:, 3])
    top = R.col(FLOOR_Y - 4.0 - 16.0 * f[:, 1])
    # the plinth: a dark box with a lighter top slab
    plinth = R.edges_sdf(x, y, cx - PLINTH_HW, cx + PLINTH_HW, top, FLOOR_Y + 1.0)
    R.over(img, R.coverage(plinth), PLINTH)
    R.over(img, R.coverage(R.edges_sdf(x, y, cx - PLINTH_HW - 1.0, cx + PLINTH_HW + 1.0, top, top + 2.0)), PLINTH_TOP)
    R.over(img, R.coverage(np.maximum(np.abs(plinth + 2.0) - 0.4, top + 3.0 - y)), PLINTH_LINE)
    # the statue, standing on the plinth's top
    u, h = x - cx, top - y  # across from the middle; height above the plinth
    ball = np.hypot(u, h - BALL_R) - BALL_R
    pyramid = np.maximum((np.abs(u) * PYRAMID_H + h * PYRAMID_HW - PYRAMID_H * PYRAMID_HW) / np.hypot(PYRAMID_H,
                                                                                                     PYRAMID_HW), -h)
    taper = OBELISK_HW - (OBELISK_HW - OBELISK_TOP_HW) * np.clip(h / OBELISK_SHAFT, 0.0, 1.0)
    shaft = np.maximum(np.abs(u) - taper, np.maximum(-h, h - OBELISK_SHAFT))
    cap = np.maximum((np.abs(u) * OBELISK_CAP + (h - OBELISK_SHAFT) * OBELISK_TOP_HW - OBELISK_CAP * OBELISK_TOP_HW)
                     / np.hypot(OBELISK_CAP, OBELISK_TOP_HW), OBELISK_SHAFT - h - 0.5)
    obelisk = np.minimum(shaft, cap)
    kind = f[:, 0].astype(int)[:, None, None]
    statue = np.where(kind == 0, ball, np.where(kind == 1, pyramid, obelisk))
    v = 0.32 + 0.63 * f[:, 2]
    stone = np.stack([v, 0.98 * v, 0.94 * v], 1)
    cover = R.coverage(statue)
    R.over(img, cover, stone * 0.5)  # the dark outline
    R.over(img, R.coverage(statue + 0.9), stone)
    R.over(img, R.coverage(statue + 0.9) * R.coverage(-u - 0.5), stone * 0.78)  # the shaded right side
    return R.to_uint8(img)


def render(statue: float, plinth_height: float, stone_tone: float, plinth_x: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[statue, plinth_height, stone_tone, plinth_x]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("sculptor", arg, n, seed, FACTORS, sample_factors, _draw)
