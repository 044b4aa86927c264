"""`chimneysweep`: a chimney being swept, the sweep's round brush poking up out of one chimney
pot and a cloud of soot puffing from the other, on a slate roof among the town's rooftops, seen
from the front (64x64 RGB).

A pale blue sky fills the top of the image, with the grey-blue rooftops and chimneys of the town
far off along its bottom. In front, the slate roof of a house rises from its gutter, near the
bottom of the image, to a ridge of red ridge tiles; below the gutter shows a strip of the
house's brick wall. A brick chimney stack stands on the roof, a stone coping on its top and two
terracotta chimney pots on that. Out of the left pot the sweep's brush, a round black brush on a
rod, is pushed up from below; out of the right pot rises a cloud of dark soot, puffs growing as
they drift away from the pot. Factors: where the chimney stack stands along the roof (left to
right; its pots, the brush and the soot move with it), how far the brush pokes up out of its
pot (just peeping out to high above it), how big the cloud of soot is (a few small puffs to a
big cloud) and which way the wind blows the soot (to the left, straight up in still air, or to
the right). The sky, the town, the roof, the wall, the stack's size and the brush's size stay
fixed; the whole chimney stack always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("chimney_x", "where the chimney stack stands along the roof (left to right)", "continuous"),
    Factor("brush_up", "how far the sweep's brush pokes up out of its chimney pot (low to high)", "continuous"),
    Factor("soot", "how big the cloud of soot rising from the other pot is (small to big)", "continuous"),
    Factor("wind", "which way the wind blows the soot (to the left, straight up, to the right)", "continuous"),
)
# chimney_x: 0..1 puts the stack's middle at x = 14..50 px; brush_up: 0..1 puts the brush's middle
# 1..16 px above the left pot's mouth (at y = 21 px); soot: 0..1 scales the cloud's puffs (their
# sizes and how far apart they lie) by 0.45..1.2; wind: -1..1 blows the puffs sideways (negative:
# to the left), each by up to (1 + 4.2 k) times that scale for the k-th puff from the pot; 0: they
# rise straight up
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (-1.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.5, 0.69, 0.9)), np.array((0.8, 0.87, 0.94))
TOWN, TOWN_DARK = (0.55, 0.6, 0.7), (0.46, 0.5, 0.6)
SLATE, SLATE_LINE, RIDGE, GUTTER = (0.34, 0.36, 0.42), (0.24, 0.25, 0.3), (0.6, 0.3, 0.22), (0.12, 0.12, 0.14)
BRICK, MORTAR, COPING, POT, POT_DARK = (0.64, 0.33, 0.24), (0.78, 0.7, 0.62), (0.76, 0.74, 0.68), \
    (0.82, 0.45, 0.26), (0.6, 0.3, 0.16)
BRISTLE, ROD, SOOT, SOOT_EDGE = (0.06, 0.06, 0.07), (0.42, 0.3, 0.18), (0.2, 0.19, 0.19), (0.36, 0.35, 0.34)
RIDGE_Y, EAVES_Y = 42.0, 57.0
STACK_HW, STACK_TOP, STACK_FOOT = 7.0, 30.0, 49.0
POT_DX, POT_HW, POT_TOP = 3.5, 2.0, 21.0
BRUSH_R = 4.5
PUFFS = 6


def _scene():
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, RIDGE_Y)[None].copy()
    # the town far off: a row of roofs, gables and little chimneys
    town = 37.0 + 2.5 * np.abs(((x / 11.0) % 1.0) - 0.5) * 2 - 2.0 * (np.floor(x / 11.0) % 2)
    far = np.minimum(y - town, np.maximum(np.abs(((x - 4.0) % 17.0) - 1.5) - 1.5, 33.0 - y))
    R.over(img, R.coverage(-far), TOWN)
    R.over(img, 0.6 * R.coverage(np.maximum(-far, np.abs(((x + 3.0) % 11.0) - 5.5) - 0.5)), TOWN_DARK)
    # the roof's slates in courses, the ridge tiles, the gutter and the wall below
    R.over(img, R.below(RIDGE_Y, 1), SLATE)
    course = np.floor((y - RIDGE_Y) / 3.5)
    joints = np.minimum(np.abs(((y - RIDGE_Y) % 3.5) - 0.3), np.abs(((x + 2.5 * course) % 5.0) - 0.3))
    R.over(img, R.coverage(np.maximum(joints - 0.4, RIDGE_Y + 1.0 - y)), SLATE_LINE)
    R.over(img, R.coverage(np.abs(y - RIDGE_Y) - 1.2), RIDGE)
    R.over(img, R.below(EAVES_Y, 1), BRICK)
    R.over(img, R.coverage(np.abs(y - EAVES_Y - 0.8) - 1.0), GUTTER)
    R.over(img, R.coverage(np.maximum(1.1 - np.abs(((y - EAVES_Y) % 3.0) - 1.5), EAVES_Y + 2.0 - y)), MORTAR)
    return img[0]


SCENE = _scene()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    cx = R.col(14.0 + 36.0 * f[:, 0])
    # the soot: puffs rising from the right pot, drifting with the wind, behind everything else
    scale, wind = R.col(0.45 + 0.75 * f[:, 2]), R.col(f[:, 3])
    sx = cx + POT_DX
    puffs = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    for k in range(PUFFS):
        px = sx + wind * (1.0 + 4.2 * k) * scale
        py = POT_TOP - (1.5 + 3.2 * k) * scale
        np.minimum(puffs, np.hypot(x - px, y - py) - (1.8 + 1.1 * k) * scale, out=puffs)
    R.over(img, 0.85 * R.coverage(puffs), SOOT_EDGE)
    R.over(img, 0.85 * R.coverage(puffs + 1.2), SOOT)
    # the brush on its rod, pushed up out of the left pot
    bx, by = cx - POT_DX, R.col(POT_TOP - 1.0 - 15.0 * f[:, 1])
    R.over(img, R.coverage(np.maximum(np.abs(x - bx) - 0.7, np.maximum(by - y, y - POT_TOP - 2.0))), ROD)
    rho = np.hypot(x - bx, y - by)
    bristles = rho - BRUSH_R * (1.0 + 0.12 * np.cos(7.0 * (x - bx) + 3.0 * (y - by)))
    R.over(img, R.coverage(bristles), BRISTLE)
    # the stack: bricks in courses, the coping, and the two pots
    stack = np.maximum(np.abs(x - cx) - STACK_HW, np.maximum(STACK_TOP - y, y - STACK_FOOT))
    R.over(img, R.coverage(stack), BRICK)
    course = np.floor((y - STACK_TOP) / 2.5)
    joints = np.minimum(np.abs(((y - STACK_TOP) % 2.5) - 0.2), np.abs(((x - cx + 2.5 * course) % 5.0) - 0.2))
    R.over(img, R.coverage(np.maximum(joints - 0.35, stack)), MORTAR)
    R.over(img, R.coverage(np.maximum(np.abs(x - cx) - STACK_HW - 1.0, np.abs(y - STACK_TOP + 1.0) - 1.0)), COPING)
    for dx in (-POT_DX, POT_DX):
        pot = np.maximum(np.abs(x - cx - dx) - POT_HW, np.maximum(POT_TOP - y, y - STACK_TOP + 2.0))
        rim = np.maximum(np.abs(x - cx - dx) - POT_HW - 0.6, np.abs(y - POT_TOP - 0.8) - 0.8)
        R.over(img, R.coverage(pot), POT)
        R.over(img, R.coverage(rim), POT_DARK)
    return R.to_uint8(img)


def render(chimney_x: float, brush_up: float, soot: float, wind: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[chimney_x, brush_up, soot, wind]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("chimneysweep", arg, n, seed, FACTORS, sample_factors, _draw)
