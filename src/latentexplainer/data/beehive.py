"""`beehive`: a wooden beehive on a stand in a meadow, with bees flying round it (64x64 RGB).

A beehive of painted wooden boxes stands in a summer meadow: a stack of boxes, each with a
darker seam along its bottom and a dark hand-hold slot in its middle, on a plain wooden
bottom board with a dark entrance slot, raised on two short legs. On top lies a flat grey
metal lid, hinged at its left end; when it is lifted open the honey-coloured tops of the
frames inside the top box show along its upper edge. Bees fly round the hive: yellow bodies
with black stripes and heads and pale wings. Behind the meadow, sprinkled with little white
and pink flowers, runs a dark green line of trees under a blue sky. Factors: the horizontal
position of the hive (left to right; its bees fly round it), how many boxes are stacked in the
hive (one, two or three; the lid sits on top), how far the lid is lifted open (shut to wide
open), the lightness of the boxes' paint (dark brown to pale cream) and how many bees fly
round the hive (none to eight). The boxes' size, the bottom board, the legs and the meadow
stay fixed; the whole hive and its bees always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

BOXES = ("1", "2", "3")
FACTORS = (
    Factor("hive_x", "horizontal position of the beehive (left to right)", "continuous"),
    Factor("boxes", "how many boxes are stacked in the beehive (one, two or three)", "categorical", BOXES),
    Factor("lid_open", "how far the beehive's lid is lifted open (shut to wide open)", "continuous"),
    Factor("paint_lightness", "lightness of the beehive's painted boxes (dark brown to pale cream)", "continuous"),
    Factor("bees", "how many bees fly round the beehive (none to eight)", "continuous"),
)
# hive_x: 0..1 puts the hive's middle (and its bees) at x = 21..43 px; boxes: codes 0..2 stack
# 1..3 boxes 24 x 8 px on the bottom board (its top at y = 50 px), the stack's top at y = 42,
# 34 or 26 px; lid_open: 0..1 turns the lid (27 x 4 px) 0..0.9 radians up about its left end
# (at the stack's top, 13.5 px left of the middle); paint_lightness: 0..1 mixes the boxes' paint
# from dark brown into pale cream; bees: 0..1 shows 0..8 bees (each fades in over an eighth of
# the range), their bodies 5.2 x 3.6 px, at fixed places round the hive (BEES, from the middle of
# the bottom board's top)
RANGES = ((0.0, 1.0), (0.0, len(BOXES) - 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_LOW, TREES, TREES_DARK, MEADOW, MEADOW_DARK = (
    (0.46, 0.68, 0.95),
    (0.84, 0.91, 0.98),
    (0.16, 0.34, 0.16),
    (0.1, 0.24, 0.1),
    (0.42, 0.68, 0.26),
    (0.32, 0.56, 0.18),
)
DARK_PAINT, CREAM = np.array((0.34, 0.2, 0.1), np.float32), np.array((0.97, 0.92, 0.74), np.float32)
BOARD, LEGS, SLOT, LID, LID_TOP, HONEY = (
    (0.5, 0.4, 0.3),
    (0.32, 0.23, 0.15),
    (0.1, 0.07, 0.05),
    (0.42, 0.45, 0.52),
    (0.72, 0.74, 0.8),
    (0.92, 0.64, 0.14),
)
BEE, BEE_DARK, WING = (0.99, 0.8, 0.12), (0.08, 0.06, 0.04), (0.9, 0.96, 1.0)
MEADOW_Y, BOARD_Y, BOX_H, BOX_HW, LID_L, LID_H, MAX_OPEN = 40.0, 50.0, 8.0, 12.0, 27.0, 4.0, 0.9
BEES = (
    (16.0, -4.0, 1),
    (-16.0, -10.0, -1),
    (16.0, -18.0, -1),
    (-16.0, -24.0, 1),
    (12.0, -33.0, 1),
    (-10.0, -39.0, -1),
    (3.0, -44.0, -1),
    (-3.0, -30.0, 1),
)  # offset right, offset down, facing
HIVE_ROWS = (0, 61)


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_LOW, MEADOW_Y)[None]
    trees = np.maximum(
        MEADOW_Y - 5.0 - 2.0 * np.abs(np.sin(x * 0.3)) - 1.0 * np.sin(x * 0.9 + 1.0) - y, y - MEADOW_Y - 1.0
    )
    R.over(img, R.coverage(trees), TREES)
    R.over(img, 0.6 * R.coverage(trees + 1.0) * R.coverage(np.sin(x * 1.3) * np.sin(y * 1.7) * 2.0 - 0.6), TREES_DARK)
    meadow = R.below(MEADOW_Y, 1)
    R.over(img, meadow, MEADOW)
    R.over(img, 0.5 * meadow * R.coverage(np.abs(((x - 0.5 * y) % 4.0) - 2.0) - 0.6), MEADOW_DARK)
    dots = np.sin(x * 2.1 + 3.0 * np.sin(y * 0.7)) * np.sin(y * 2.9 + 1.7 * np.sin(x * 0.5))
    R.over(img, 0.9 * meadow * R.coverage((0.97 - dots) * 8.0), (0.98, 0.96, 0.9))
    R.over(img, 0.9 * meadow * R.coverage((0.97 + dots) * 8.0), (0.95, 0.6, 0.78))
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    part, yy = img[:, :, HIVE_ROWS[0] : HIVE_ROWS[1]], y[:, HIVE_ROWS[0] : HIVE_ROWS[1]]
    hx = R.col(21.0 + 22.0 * f[:, 0])
    u = x - hx
    # the legs, the bottom board and its entrance slot
    R.over(part, R.coverage(R.edges_sdf(np.abs(u), yy, 8.0, 11.0, BOARD_Y + 2.5, 60.0)), LEGS)
    R.over(part, R.coverage(R.edges_sdf(u, yy, -13.0, 13.0, BOARD_Y, BOARD_Y + 3.0)), BOARD)
    R.over(part, R.coverage(R.edges_sdf(u, yy, -7.0, 7.0, BOARD_Y + 0.6, BOARD_Y + 1.9)), SLOT)
    # the stack of boxes, each with a seam along its bottom and a hand-hold slot
    count = R.col(f[:, 1].astype(int) + 1.0)
    top = BOARD_Y - BOX_H * count
    paint = DARK_PAINT + (CREAM - DARK_PAINT) * f[:, 3].astype(np.float32)[:, None]
    stack = R.edges_sdf(u, yy, -BOX_HW, BOX_HW, top, BOARD_Y)
    R.over(part, R.coverage(stack), paint)
    level = (BOARD_Y - yy) / BOX_H
    seams = np.maximum(stack, (np.abs(level - np.round(level)) * BOX_H) - 0.45)
    R.over(part, R.coverage(seams), 0.6 * paint)
    mid = BOARD_Y - BOX_H * (np.floor(level) + 0.5)
    holds = np.maximum(stack + 1.0, R.ellipse_sdf(u, yy - mid, 3.6, 1.0))
    R.over(part, R.coverage(holds), SLOT)
    # the frames' tops along the top box's upper edge, seen when the lid is lifted
    frames = np.maximum(
        np.abs(((u + BOX_HW) % 2.75) - 1.375) - 0.6, np.maximum(np.abs(u) - BOX_HW + 1.0, np.abs(yy - top + 0.8) - 0.8)
    )
    R.over(part, R.coverage(frames), HONEY)
    # the lid, turned up about its left end
    a = R.col(MAX_OPEN * f[:, 2])
    dx, dy = u + BOX_HW + 1.5, yy - top
    along, across = dx * np.cos(a) - dy * np.sin(a), dx * np.sin(a) + dy * np.cos(a)
    lid = R.edges_sdf(along, across, 0.0, LID_L, -LID_H, 0.0)
    R.over(part, R.coverage(lid), LID)
    R.over(part, R.coverage(np.maximum(lid, across + LID_H - 1.0)), LID_TOP)
    # the bees, each in the rows it can reach
    for k, (bx, by, facing) in enumerate(BEES):
        shown = R.col(np.clip(f[:, 4] * len(BEES) - k, 0.0, 1.0))
        r0 = int(BOARD_Y + by) - 4
        part, yy = img[:, :, r0 : r0 + 8], y[:, r0 : r0 + 8] - BOARD_Y - by
        bu = (x - hx - bx) * facing
        body = R.ellipse_sdf(bu, yy, 2.6, 1.8)
        R.over(part, shown * R.coverage(body), BEE)
        stripes = np.maximum(body, np.minimum(np.abs(bu + 0.2), np.abs(bu + 1.4)) - 0.4)
        R.over(part, shown * R.coverage(stripes), BEE_DARK)
        R.over(part, shown * R.coverage(np.hypot(bu - 2.6, yy + 0.2) - 1.2), BEE_DARK)
        R.over(part, 0.8 * shown * R.coverage(R.ellipse_sdf(bu + 0.4, yy + 2.1, 1.5, 1.0)), WING)
    return R.to_uint8(img)


def render(hive_x: float, boxes: float, lid_open: float, paint_lightness: float, bees: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[hive_x, boxes, lid_open, paint_lightness, bees]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("beehive", arg, n, seed, FACTORS, sample_factors, _draw)
