"""`fridge`: a tall retro refrigerator standing against a kitchen wall, seen from the front, its
door opening on a lit inside stocked with food (64x64 RGB).

The fridge stands on a floor of black and white tiles in front of a cream wall with faint
vertical stripes and a white skirting board. It is a rounded upright box painted a pastel colour, with a dark kick
plate along its bottom. Its single door is hinged on the left and has a silver handle near its
free, right-hand edge; as the door swings open towards the viewer it narrows towards the
hinge, its darker edge shows and the bright white inside appears on the right: a grey freezer
box at the top, glass shelves below it and, on each shelf and on the floor of the fridge, the
same row of food - a red tub, a green bottle, a block of yellow cheese and an orange carton.
Factors: where the fridge stands along the wall (left to right), its height (a short fridge to
a tall one; its top moves, its bottom stays on the floor), how far the door is open (shut to
wide open), how many shelves there are inside (two to four, evenly spaced, each stocked) and
the hue of the fridge's paint. The fridge's width, the food, the wall and the floor stay fixed;
the whole fridge always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("fridge_x", "where the fridge stands along the wall (left to right)", "continuous"),
    Factor("fridge_height", "height of the fridge (short to tall)", "continuous"),
    Factor("door_open", "how far the fridge's door is open (shut to wide open)", "continuous"),
    Factor("shelves", "how many shelves there are inside the fridge (two to four)", "categorical",
           ("2", "3", "4")),
    Factor("fridge_hue", "hue of the fridge's paint", "continuous"),
)
# fridge_x: 0..1 puts the fridge's middle at x = 19..45 px (it is 30 px wide); fridge_height:
# 0..1 is a fridge 30..48 px tall (its top at y = 26..8 px, its bottom on the floor at 56 px);
# door_open: 0..1 narrows the door's face from the whole width to 0.15 of it (the door's edge
# 0..2.6 px wide beside it); shelves: code 0..2 is 2..4 shelves; fridge_hue: 0..0.8 of the
# colour wheel (no wrap), a pastel paint
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 0.8))
WALL, SKIRTING, TILE_LIGHT, TILE_DARK = (0.88, 0.83, 0.7), (0.95, 0.95, 0.93), (0.88, 0.88, 0.85), \
    (0.2, 0.2, 0.22)
INSIDE, FREEZER, SHELF, KICK, HANDLE = (0.97, 0.98, 0.99), (0.68, 0.74, 0.8), (0.55, 0.66, 0.74), \
    (0.22, 0.22, 0.24), (0.85, 0.86, 0.88)
FLOOR_Y, HALF_W, WALL_T = 56.0, 15.0, 1.8  # the floor; the fridge's half-width and wall thickness
CAVITY_BOTTOM, FREEZER_H = 53.5, 6.0
# the food on every shelf: (gap from the inside's right wall, width, height as a fraction of the
# shelf spacing, colour), right to left
FOOD = ((1.2, 4.0, 0.5, (0.86, 0.18, 0.16)), (6.4, 2.6, 0.75, (0.12, 0.55, 0.26)),
        (10.2, 5.0, 0.35, (0.97, 0.82, 0.25)), (16.6, 3.6, 0.6, (0.96, 0.5, 0.1)))
ROWS, COLUMNS = (6, 57), (3, 63)  # the pixels the fridge can reach


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, 0.05 * (np.sin(x * 0.9) > 0.95) + 0 * y, (0.0, 0.0, 0.0))  # a faint wallpaper line
    R.over(img, R.below(FLOOR_Y - 2.5, 1), SKIRTING)
    checks = ((np.floor(x / 5.0) + np.floor((y - FLOOR_Y) / 4.0)) % 2 == 0) * R.below(FLOOR_Y, 1)
    R.over(img, R.below(FLOOR_Y, 1), TILE_LIGHT)
    R.over(img, checks.astype(np.float32), TILE_DARK)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    (r0, r1), (c0, c1) = ROWS, COLUMNS
    part, x, y = img[:, :, r0:r1, c0:c1], x[:, :, c0:c1], y[:, r0:r1]
    cx, top = R.col(19 + 26 * f[:, 0]), R.col(FLOOR_Y - 30 - 18 * f[:, 1])
    left, right = cx - HALF_W, cx + HALF_W
    paint = R.hsv(f[:, 4], 0.42, 0.86)
    face = R.hsv(f[:, 4], 0.36, 0.95)
    # the body, its kick plate and its lit inside
    body = R.edges_sdf(x, y, left + 2.0, right - 2.0, top + 2.0, FLOOR_Y - 2.0) - 2.0
    R.over(part, R.coverage(body), paint * 0.7)
    R.over(part, R.coverage(body + 0.9), paint)
    R.over(part, R.coverage(R.edges_sdf(x, y, left + 1.0, right - 1.0, CAVITY_BOTTOM, FLOOR_Y)), KICK)
    in_left, in_right, in_top = left + WALL_T, right - WALL_T, top + WALL_T
    inside = R.coverage(R.edges_sdf(x, y, in_left, in_right, in_top, CAVITY_BOTTOM))
    R.over(part, inside, INSIDE)
    R.over(part, inside * R.coverage(y - in_top - FREEZER_H), FREEZER)
    R.over(part, inside * R.coverage(np.abs(y - in_top - FREEZER_H) - 0.5), SHELF)
    # the shelves, evenly spaced below the freezer, and the food standing on each of them
    k = R.col(f[:, 3] + 2)
    start = in_top + FREEZER_H + 0.5
    spacing = (CAVITY_BOTTOM - start) / (k + 1)
    t = (y - start) / spacing
    below = start + (np.floor(t) + 1) * spacing - y  # px up from the shelf (or floor) under this one
    stocked = inside * R.coverage(start - y)
    for gap, w, h, colour in FOOD:
        item = R.edges_sdf(x, below, in_right - gap - w, in_right - gap, 0.6, 0.6 + h * spacing)
        R.over(part, stocked * R.coverage(item), colour)
    nearest = start + np.clip(np.round(t), 1, k) * spacing
    R.over(part, inside * R.coverage(np.abs(y - nearest) - 0.6), SHELF)
    # the door: its face narrows towards the hinge, its darker edge shows beside it
    opened = R.col(f[:, 2])
    edge = left + 2 * HALF_W * (1 - 0.85 * opened)
    door = R.edges_sdf(x, y, left + 0.4, edge - 0.4, top + 0.4, CAVITY_BOTTOM - 0.2)
    R.over(part, R.coverage(R.edges_sdf(x, y, edge - 1.0, edge + 2.6 * opened, top + 0.6, CAVITY_BOTTOM - 0.4)),
           paint * 0.62)
    R.over(part, R.coverage(door), paint * 0.7)
    R.over(part, R.coverage(door + 0.9), face)
    handle = R.segment_sdf(x, y, edge - 3.2, top + 7.0, edge - 3.2, top + 16.0) - 0.85
    R.over(part, R.coverage(handle - 0.5), paint * 0.55)
    R.over(part, R.coverage(handle), HANDLE)
    return R.to_uint8(img)


def render(fridge_x: float, fridge_height: float, door_open: float, shelves: float, fridge_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[fridge_x, fridge_height, door_open, shelves, fridge_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("fridge", arg, n, seed, FACTORS, sample_factors, _draw)
