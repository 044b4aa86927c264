"""`potter`: a potter's workshop, a pot being thrown on the wheel in front of dark wooden panelling,
finished glazed pots on a shelf above, seen from the front (64x64 RGB).

The upper part of the back wall is whitewashed, with a small window on the right and a wooden shelf
on the left; below it the wall is panelled in dark wood down to a floor of grey stone flags. In the
middle stands the potter's wheel: a round grey wheel head, seen a little from above, over a dark
splash pan on short legs. On the wheel head stands a freshly thrown pot of wet clay, its sides
ringed by faint throwing lines and its dark opening at the top. Finished pots, glazed in deep
colours, stand on the shelf from the left: a blue vase, a green jug and a brown lidded jar. A
wooden bucket of water stands on the floor at the right. Factors: how tall the pot on the wheel has
been thrown (short to tall), how round its sides are (from straight like a cylinder to a round
belly), what clay it is of: grey stoneware, red earthenware or white porcelain, and how many
finished pots stand on the shelf (1 to 3). The walls, the window, the shelf, the wheel, the bucket
and the pot's foot and rim stay fixed; the pot always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("pot_height", "how tall the pot on the wheel has been thrown (short to tall)", "continuous"),
    Factor("belly", "how round the pot's sides are (straight to round-bellied)", "continuous"),
    Factor("clay", "what clay the pot on the wheel is of", "categorical",
           ("grey stoneware", "red earthenware", "white porcelain")),
    Factor("shelf_pots", "how many finished pots stand on the shelf (1 to 3)", "categorical", ("1", "2", "3")),
)
# pot_height: 0..1 is a pot 8..24 px tall standing on the wheel head at y = 43.5 px, x = 36 px;
# belly: 0..1 swells the pot's sides from a half-width of 5 px (a cylinder; its foot and rim
# always 5 px) to 14 px at mid-height; clay: a code 0..2 for the clays of CLAYS; shelf_pots: a
# code 0..2 for 1..3 pots, filled from the left in the order of SHELF
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 2.0), (0.0, 2.0))
WHITEWASH, PANEL, PANEL_LINE = (0.88, 0.86, 0.8), (0.3, 0.21, 0.14), (0.22, 0.15, 0.1)
FLOOR, FLOOR_LINE = (0.52, 0.5, 0.47), (0.38, 0.36, 0.34)
SHELF_WOOD, FRAME, GLASS = (0.46, 0.3, 0.17), (0.4, 0.28, 0.18), (0.66, 0.82, 0.94)
WHEEL, WHEEL_RIM, PAN, LEG = (0.62, 0.62, 0.64), (0.44, 0.44, 0.46), (0.24, 0.24, 0.26), (0.18, 0.18, 0.2)
BUCKET, HOOP, WATER = (0.55, 0.38, 0.22), (0.2, 0.2, 0.22), (0.36, 0.5, 0.62)
CLAYS = np.array(((0.7, 0.68, 0.64), (0.76, 0.4, 0.27), (0.95, 0.94, 0.91)), np.float32)
SHELF = (  # each finished pot: middle x, glaze, and its parts as (rx, ry, y) ellipses and (hw, top, bottom) necks
    (7.5, (0.14, 0.26, 0.62), ((4.6, 5.6, 11.8),), ((1.8, 3.0, 8.0),)),
    (19.0, (0.14, 0.44, 0.24), ((5.2, 5.0, 12.5),), ((2.6, 4.2, 9.0),)),
    (30.5, (0.5, 0.24, 0.12), ((5.4, 5.6, 12.0),), ((3.4, 4.2, 8.0), (1.0, 2.6, 4.5))),
)
WALL_SPLIT, SHELF_Y, FLOOR_Y = 21.0, 18.0, 55.0
POT_X, POT_FOOT, RIM_HW = 36.0, 43.5, 5.0
WHEEL_Y, WHEEL_RX, WHEEL_RY = 44.5, 13.0, 2.6


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WHITEWASH)
    R.over(img, R.coverage(R.edges_sdf(x, y, 47.0, 61.0, 3.0, 17.0)), FRAME)
    panes = np.maximum(R.edges_sdf(x, y, 48.5, 59.5, 4.5, 15.5), 0.6 - np.minimum(np.abs(x - 54.0), np.abs(y - 10.0)))
    R.over(img, R.coverage(panes), GLASS)
    R.over(img, R.below(WALL_SPLIT, 1), PANEL)
    R.over(img, R.coverage(np.maximum(np.abs((x % 7.0) - 3.5) - 3.1, WALL_SPLIT - y)), PANEL_LINE)
    R.over(img, R.coverage(np.abs(y - WALL_SPLIT) - 0.8), SHELF_WOOD)  # the panelling's top rail
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    row = np.floor((y - FLOOR_Y) / 4.5)
    joints = np.minimum(np.abs(((y - FLOOR_Y) % 4.5) - 0.3), np.abs(((x + row * 5.5) % 11.0) - 0.3))
    R.over(img, R.coverage(np.maximum(joints - 0.4, FLOOR_Y + 0.5 - y)), FLOOR_LINE)
    # the shelf and its brackets
    shelf = np.minimum(R.edges_sdf(x, y, 1.0, 38.0, SHELF_Y, SHELF_Y + 1.8),
                       np.minimum(R.segment_sdf(x, y, 4.0, SHELF_Y + 1.5, 4.0, SHELF_Y + 5.0),
                                  R.segment_sdf(x, y, 35.0, SHELF_Y + 1.5, 35.0, SHELF_Y + 5.0)) - 0.8)
    R.over(img, R.coverage(shelf), SHELF_WOOD)
    # the wheel: legs, splash pan, wheel head
    legs = np.minimum(R.segment_sdf(x, y, 24.0, 50.0, 23.0, 58.0), R.segment_sdf(x, y, 48.0, 50.0, 49.0, 58.0)) - 1.2
    R.over(img, R.coverage(legs), LEG)
    pan = np.maximum(np.abs(x - POT_X) - (17.0 - 0.4 * (y - WHEEL_Y)), np.maximum(WHEEL_Y - 2.0 - y, y - 52.0))
    R.over(img, R.coverage(pan), PAN)
    R.over(img, R.coverage(R.ellipse_sdf(x - POT_X, y - WHEEL_Y - 0.8, WHEEL_RX, WHEEL_RY)), WHEEL_RIM)
    R.over(img, R.coverage(R.ellipse_sdf(x - POT_X, y - WHEEL_Y, WHEEL_RX, WHEEL_RY)), WHEEL)
    # the bucket of water
    bucket = np.maximum(np.abs(x - 57.5) - (4.5 - 0.1 * (y - 50.0)), np.abs(y - 55.5) - 5.5)
    R.over(img, R.coverage(bucket), BUCKET)
    R.over(img, R.coverage(np.maximum(bucket, np.abs(np.abs(y - 55.5) - 3.0) - 0.6)), HOOP)
    R.over(img, R.coverage(R.ellipse_sdf(x - 57.5, y - 50.2, 4.2, 1.1)), WATER)
    return img[0]


SCENE = _scene()


def _shelf():
    """Coverage of each finished pot on the shelf, and of its highlight."""
    x, y = R.grid()
    out = []
    for px, _, bodies, necks in SHELF:
        d = np.min([R.ellipse_sdf(x - px, y - by, rx, ry) for rx, ry, by in bodies], 0)
        d = np.maximum(d, y - SHELF_Y)  # standing on the shelf
        for hw, top, bottom in necks:
            d = np.minimum(d, R.edges_sdf(x, y, px - hw, px + hw, top, bottom))
        shine = np.hypot(x - px + 2.0, y - 10.5) - 1.1
        out.append((R.coverage(d), 0.6 * R.coverage(np.maximum(shine, d))))
    return out


SHELF_COVERS = _shelf()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the finished pots on the shelf, from the left
    count = f[:, 3].astype(int)
    for i, ((cover, shine), (_, glaze, _, _)) in enumerate(zip(SHELF_COVERS, SHELF)):
        on = (count >= i).astype(np.float32)[:, None, None]
        R.over(img, on * cover, glaze)
        R.over(img, on * shine, (0.95, 0.95, 0.95))
    # the pot on the wheel: its half-width along its height t = 0 (foot) .. 1 (rim)
    h = R.col(8.0 + 16.0 * f[:, 0])
    top = POT_FOOT - h
    t = np.clip((POT_FOOT - y) / h, 0.0, 1.0)
    half = RIM_HW + R.col(9.0 * f[:, 1]) * np.sin(np.pi * t)
    pot = np.maximum(np.abs(x - POT_X) - half, np.maximum(top - y, y - POT_FOOT))
    body = R.coverage(pot)
    clay = CLAYS[f[:, 2].astype(int)][:, :, None, None]
    shading = 0.72 + 0.28 * np.cos(np.clip((x - POT_X) / half, -1.0, 1.0) * 1.4)
    R.over(img, body, clay * shading[:, None])
    rings = np.abs(((POT_FOOT - y) % 2.6) - 1.3) - 0.35
    R.over(img, 0.25 * body * R.coverage(rings), clay * 0.5)
    R.over(img, R.coverage(R.ellipse_sdf(x - POT_X, y - top, RIM_HW, 1.3)), clay * 0.9)
    R.over(img, R.coverage(R.ellipse_sdf(x - POT_X, y - top, RIM_HW - 1.2, 0.8)), clay * 0.35)
    return R.to_uint8(img)


def render(pot_height: float, belly: float, clay: float, shelf_pots: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[pot_height, belly, clay, shelf_pots]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("potter", arg, n, seed, FACTORS, sample_factors, _draw)
