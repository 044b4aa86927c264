"""`toyshop`: toys on display in a toy shop: a teddy bear, a stack of wooden blocks and a
spinning top on the counter, and a toy train on a shelf above, seen from the front (64x64 RGB).

The back wall is papered in warm cream with faint stripes; a wooden shelf with two brackets runs
across it near the top, and a wooden counter fills the bottom of the image. On the shelf a toy
train - a red locomotive with a cab and a chimney pulling a blue carriage, both on black
wheels - stands somewhere along it. On the counter, from the left: a brown teddy bear sitting
up, with round ears, a pale muzzle and feet and black eyes; a stack of big wooden blocks with
dark edges and a lighter square on each face (red at the bottom, then blue, then green); and a
spinning top standing on its point, painted in bands of one colour and white, with a wooden
handle on its crown. Factors: where the train stands along the shelf (left to right), how big
the teddy bear is (small to big), how many blocks are stacked (1 to 3) and the hue of the
spinning top's bands (a cyclic factor with a whole-turn period). The wall, the shelf, the
counter and the toys' places stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("train_x", "where the toy train stands along the shelf (left to right)", "continuous"),
    Factor("teddy_size", "how big the teddy bear is (small to big)", "continuous"),
    Factor("blocks", "how many wooden blocks are stacked on the counter", "categorical", ("1", "2", "3")),
    Factor("top_hue", "hue of the spinning top's painted bands", "cyclic", period=1.0),
)
# train_x: 0..1 puts the carriage's back end at x = 2..38 px (the locomotive's front 25 px further
# right); teddy_size: 0..1 scales the bear by 0.55..1 (at 1: 29 px from the counter's top, y = 52 px,
# where it sits, to its ears' tops); blocks: codes 0..2 are 1..3 blocks of 11 x 10 px, stacked
# from the counter up; top_hue: 0..1 of the colour wheel, 1 the same as 0
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 2.0), (0.0, 1.0))
WALL, STRIPE, SHELF, SHELF_EDGE = (0.9, 0.83, 0.7), (0.84, 0.75, 0.6), (0.6, 0.4, 0.22), (0.38, 0.24, 0.12)
COUNTER, COUNTER_EDGE = (0.66, 0.45, 0.26), (0.44, 0.28, 0.15)
LOCO, CARRIAGE, WHEEL, WINDOW = (0.82, 0.12, 0.1), (0.16, 0.34, 0.78), (0.1, 0.1, 0.11), (0.95, 0.92, 0.7)
FUR, FUR_DARK, MUZZLE, EYE = (0.6, 0.38, 0.18), (0.4, 0.24, 0.1), (0.9, 0.78, 0.6), (0.06, 0.05, 0.05)
BLOCK_COLOURS = ((0.85, 0.14, 0.12), (0.15, 0.32, 0.85), (0.14, 0.62, 0.24))
BLOCK_EDGE, HANDLE, TOP_WHITE = (0.12, 0.1, 0.08), (0.56, 0.36, 0.18), (0.97, 0.96, 0.92)
SHELF_Y, COUNTER_Y = 16.0, 52.0
TEDDY_X, BLOCK_X, BLOCK_HW, BLOCK_H, TOP_X = 12.0, 31.0, 5.5, 10.0, 51.0


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, R.coverage(np.abs((x % 6.0) - 3.0) - 1.0), STRIPE)
    R.over(img, R.coverage(R.edges_sdf(x, y, -1.0, 65.0, SHELF_Y, SHELF_Y + 3.0)), SHELF)
    R.over(img, R.coverage(np.abs(y - SHELF_Y - 3.0) - 0.6), SHELF_EDGE)
    for bx in (10.0, 54.0):  # the shelf's brackets
        bracket = np.maximum(np.maximum(x - bx - 3.0 + (y - SHELF_Y - 3.0), bx - x), SHELF_Y + 3.0 - y)
        R.over(img, R.coverage(bracket), SHELF_EDGE)
    R.over(img, R.below(COUNTER_Y, 1), COUNTER)
    R.over(img, R.coverage(np.abs(y - COUNTER_Y - 1.0) - 1.0), COUNTER_EDGE)
    R.over(img, 0.5 * R.coverage(np.abs(((x + 3.0 * np.floor(y / 4.0)) % 16.0) - 0.5) - 0.4) * R.below(
        COUNTER_Y + 2.0, 1), COUNTER_EDGE)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the train on the shelf: the carriage, then the locomotive ahead of it, on black wheels
    tx = R.col(2 + 36 * f[:, 0])
    wy = SHELF_Y - 1.7
    carriage = R.box_sdf(x - tx - 5.0, y - (SHELF_Y - 6.5), 4.6, 3.6) - 0.4
    R.over(img, R.coverage(carriage), CARRIAGE)
    R.over(img, R.coverage(np.minimum(R.box_sdf(x - tx - 3.0, y - 9.5, 1.1, 1.2),
                                      R.box_sdf(x - tx - 7.0, y - 9.5, 1.1, 1.2))), WINDOW)
    R.over(img, R.coverage(R.segment_sdf(x, y, tx + 9.5, wy, tx + 12.5, wy) - 0.6), WHEEL)  # the coupling
    body = R.edges_sdf(x, y, tx + 12.0, tx + 25.0, SHELF_Y - 8.0, SHELF_Y - 2.0)
    cab = R.edges_sdf(x, y, tx + 12.0, tx + 17.5, SHELF_Y - 13.0, SHELF_Y - 2.0)
    chimney = R.edges_sdf(x, y, tx + 20.5, tx + 23.0, SHELF_Y - 12.0, SHELF_Y - 7.0)
    R.over(img, R.coverage(np.minimum(np.minimum(body, cab), chimney)), LOCO)
    R.over(img, R.coverage(R.box_sdf(x - tx - 14.8, y - (SHELF_Y - 10.0), 1.3, 1.4)), WINDOW)
    R.over(img, R.coverage(R.edges_sdf(x, y, tx + 11.0, tx + 18.5, SHELF_Y - 14.0, SHELF_Y - 12.5)), WHEEL)
    wheels = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    for dx in (2.2, 7.8, 14.5, 19.0, 23.0):
        np.minimum(wheels, np.hypot(x - tx - dx, y - wy) - 1.8, out=wheels)
    R.over(img, R.coverage(wheels), WHEEL)
    # the teddy bear, sitting on the counter: body, arms, feet, head, ears, muzzle, eyes and nose
    s = R.col(0.55 + 0.45 * f[:, 1])
    by, hy = COUNTER_Y - 8.5 * s, COUNTER_Y - 22.0 * s
    bear = R.ellipse_sdf(x - TEDDY_X, y - by, 7.0 * s, 8.5 * s)
    bear = np.minimum(bear, R.ellipse_sdf(np.abs(x - TEDDY_X) - 7.0 * s, y - by + 1.5 * s, 2.4 * s, 4.5 * s))
    ears = np.hypot(np.abs(x - TEDDY_X) - 4.6 * s, y - hy + 4.6 * s) - 2.6 * s
    R.over(img, R.coverage(ears), FUR_DARK)
    R.over(img, R.coverage(np.hypot(np.abs(x - TEDDY_X) - 4.6 * s, y - hy + 4.6 * s) - 1.3 * s), MUZZLE)
    head = np.hypot(x - TEDDY_X, y - hy) - 6.2 * s
    R.over(img, R.coverage(np.minimum(bear, head)), FUR)
    R.over(img, R.coverage(np.abs(np.minimum(bear, head) + 0.4) - 0.4), FUR_DARK)
    feet = R.ellipse_sdf(np.abs(x - TEDDY_X) - 4.0 * s, y - COUNTER_Y + 2.4 * s, 2.6 * s, 2.4 * s)
    R.over(img, R.coverage(feet), MUZZLE)
    R.over(img, R.coverage(R.ellipse_sdf(x - TEDDY_X, y - hy - 2.2 * s, 3.0 * s, 2.3 * s)), MUZZLE)
    R.over(img, R.coverage(R.ellipse_sdf(x - TEDDY_X, y - hy - 1.2 * s, 1.2 * s, 0.9 * s)), EYE)
    R.over(img, R.coverage(np.hypot(np.abs(x - TEDDY_X) - 2.4 * s, y - hy + 1.6 * s) - 0.6 - 0.4 * s), EYE)
    # the blocks, stacked from the counter up
    count = R.col(f[:, 2] + 1)
    for k, colour in enumerate(BLOCK_COLOURS):
        on = (count > k).astype(np.float32)
        cy = COUNTER_Y - BLOCK_H * (k + 0.5)
        block = R.box_sdf(x - BLOCK_X, y - cy, BLOCK_HW, BLOCK_H / 2 - 0.2)
        R.over(img, on * R.coverage(block), BLOCK_EDGE)
        R.over(img, on * R.coverage(block + 1.0), colour)
        R.over(img, on * R.coverage(R.box_sdf(x - BLOCK_X, y - cy, 2.4, 2.2)), np.array(colour) * 0.45 + 0.55)
    # the spinning top: a cone on its point, a rounded crown, bands of colour and white, a handle
    R.over(img, R.coverage(R.edges_sdf(x, y, TOP_X - 1.0, TOP_X + 1.0, 27.0, 36.0)), HANDLE)
    cone = np.maximum((np.abs(x - TOP_X) * 12.0 + (y - COUNTER_Y) * 9.5) / np.hypot(12.0, 9.5), 40.0 - y)
    crown = np.maximum(R.ellipse_sdf(x - TOP_X, y - 40.0, 9.5, 5.5), y - 40.0)
    top = np.minimum(cone, crown)
    colour = R.hsv(f[:, 3], 0.78, 0.9)
    R.over(img, R.coverage(top), TOP_WHITE)
    bands = np.abs(((y - 35.0) % 6.0) - 3.0) - 1.6
    R.over(img, R.coverage(np.maximum(top, -bands)), colour)
    R.over(img, R.coverage(np.abs(top + 0.4) - 0.4), colour * 0.5)
    return R.to_uint8(img)


def render(train_x: float, teddy_size: float, blocks: float, top_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[train_x, teddy_size, blocks, top_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("toyshop", arg, n, seed, FACTORS, sample_factors, _draw)
