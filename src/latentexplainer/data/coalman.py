"""`coalman`: a coalman's cart of coal in a terraced street, sacks on its bed and a
heap of loose coal, smoke rising from a chimney on the roof, seen from the front (64x64 RGB).

A row of pale stone terraced houses fills the image below a strip of sky, their slate roof
along the top with a brick chimney stack on the right. Three windows are set in a row along the
front; a lit window glows yellow, an unlit one is dark. A grey
pavement runs along the bottom. On the pavement stands the coal cart: a flat wooden bed on a
big spoked wheel, its shafts to the left, two black coal sacks at its back end and a heap of
loose coal piled on its bed. Dark smoke drifts up and to the left from the chimney pot.
Factors: where the cart stands along the street (left to right), how high the coal is heaped on
the cart (a thin layer to a high heap), how much smoke rises from the chimney (a wisp to a long
plume) and how many windows are lit (none to three, the left one first, then the middle one,
then the right one). The houses, the roof, the chimney, the pavement and the cart's size stay
fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("cart_x", "horizontal position of the coal cart along the street (left to right)", "continuous"),
    Factor("coal_heap", "how high the coal is heaped on the cart (low to high)", "continuous"),
    Factor("smoke", "how much smoke rises from the chimney (a wisp to a long plume)", "continuous"),
    Factor("lit_windows", "how many of the house's windows are lit (none to three)", "categorical",
           ("0", "1", "2", "3")),
)
# cart_x: 0..1 puts the middle of the cart's bed at x = 17..47 px; coal_heap: 0..1 is a heap
# 1..12 px high over the bed (13 px in half-width); smoke: 0..1 is a plume 2..24 px long from
# the chimney pot, widening as it goes; lit_windows: a code 0..3 for that many lit windows, lit
# in the order of WINDOWS
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 3.0))
SKY, SLATE, STONE, STONE_LINE = (0.55, 0.72, 0.9), (0.3, 0.32, 0.38), (0.8, 0.75, 0.62), (0.68, 0.63, 0.52)
BRICK, PAVEMENT, KERB = (0.62, 0.3, 0.22), (0.55, 0.55, 0.56), (0.42, 0.42, 0.44)
LIT, DARK, FRAME = np.array((0.98, 0.86, 0.42)), np.array((0.13, 0.15, 0.24)), (0.95, 0.95, 0.92)
WOOD, WHEEL, COAL, SACK, SMOKE = (0.5, 0.33, 0.18), (0.3, 0.2, 0.12), (0.08, 0.08, 0.09), (0.2, 0.19, 0.18), \
    (0.26, 0.26, 0.28)
ROOF_TOP, WALL_TOP, STREET_Y = 16.0, 20.0, 52.0
CHIMNEY = (50.0, 58.0, 9.0)  # left, right and top of the stack
WINDOWS = ((6.0, 23.0), (27.0, 23.0), (47.0, 23.0))  # the windows' left and top, in the order they are lit
WIN_W, WIN_H = 11.0, 9.0
BED_Y, BED_HW, WHEEL_R = 46.0, 14.0, 7.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, SKY)
    R.over(img, R.coverage(R.edges_sdf(x, y, CHIMNEY[0], CHIMNEY[1], CHIMNEY[2], WALL_TOP)), BRICK)
    R.over(img, R.coverage(R.edges_sdf(x, y, CHIMNEY[0] + 2.0, CHIMNEY[1] - 2.0, CHIMNEY[2] - 2.0, CHIMNEY[2])), BRICK)
    R.over(img, R.below(ROOF_TOP, 1), SLATE)
    R.over(img, R.below(WALL_TOP, 1), STONE)
    courses = np.maximum(np.abs((y - WALL_TOP) % 5.0 - 0.5) - 0.4, WALL_TOP + 1.0 - y)
    R.over(img, R.coverage(courses), STONE_LINE)
    for wx, wy in WINDOWS:
        R.over(img, R.coverage(R.edges_sdf(x, y, wx - 1.2, wx + WIN_W + 1.2, wy - 1.2, wy + WIN_H + 1.2)), FRAME)
    R.over(img, R.below(STREET_Y, 1), PAVEMENT)
    R.over(img, R.coverage(np.abs(y - STREET_Y - 0.5) - 0.8), KERB)
    return img[0]


SCENE = _scene()


def _panes():
    x, y = R.grid()
    return [R.coverage(np.maximum(R.edges_sdf(x, y, wx, wx + WIN_W, wy, wy + WIN_H),
                                  0.6 - np.minimum(np.abs(x - wx - WIN_W / 2), np.abs(y - wy - WIN_H / 2))))
            for wx, wy in WINDOWS]


PANES = _panes()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the windows, lit in order
    count = f[:, 3].astype(int)
    for i, pane in enumerate(PANES):
        lit = (count > i).astype(np.float32)[:, None]
        R.over(img, np.broadcast_to(pane, (n, R.SIZE, R.SIZE)), DARK + (LIT - DARK) * lit)
    # the smoke: a plume drifting up and to the left from the chimney pot
    length = R.col(2.0 + 22.0 * f[:, 2])
    px, py = (CHIMNEY[0] + CHIMNEY[1]) / 2, CHIMNEY[2] - 2.0
    dx, dy = -0.97, -0.25
    d, h = R.segment_sdf(x, y, px, py, px + dx * length, py + dy * length, along=True)
    R.over(img, 0.9 * R.coverage(d - 1.5 - 0.18 * h * length), SMOKE)
    # the cart: shafts, bed, sacks, the heap of coal and the wheel
    cx = R.col(17.0 + 30.0 * f[:, 0])
    shafts = R.segment_sdf(x, y, cx - BED_HW, BED_Y, cx - BED_HW - 10.0, BED_Y - 3.0) - 0.9
    R.over(img, R.coverage(shafts), WOOD)
    sacks = np.minimum(R.box_sdf(x - (cx + BED_HW - 3.5), y - (BED_Y - 6.0), 1.5, 3.5) - 1.5,
                       R.box_sdf(x - (cx + BED_HW - 9.0), y - (BED_Y - 5.0), 1.5, 2.5) - 1.5)
    R.over(img, R.coverage(sacks), SACK)
    hh = R.col(1.0 + 11.0 * f[:, 1])
    heap = np.maximum(R.ellipse_sdf(x - cx + 3.0, y - BED_Y, BED_HW - 3.0, hh), y - BED_Y)
    R.over(img, R.coverage(heap), COAL)
    R.over(img, 0.5 * R.coverage(np.maximum(heap + 0.5, np.abs((x + y) % 3.0 - 1.5) - 0.5)), SMOKE)
    R.over(img, R.coverage(R.edges_sdf(x, y, cx - BED_HW, cx + BED_HW, BED_Y, BED_Y + 3.0)), WOOD)
    rho = np.hypot(x - cx, y - (BED_Y + 3.0 + WHEEL_R - 1.0))
    t = np.arctan2(y - (BED_Y + 2.0 + WHEEL_R), x - cx)
    spokes = np.abs(((t * 8.0 / (2 * np.pi)) % 1.0) - 0.5) * rho * 2 * np.pi / 8.0 - 0.5
    wheel = np.minimum(np.abs(rho - WHEEL_R + 0.9) - 0.9, np.maximum(spokes, rho - WHEEL_R))
    R.over(img, R.coverage(np.minimum(wheel, rho - 1.5)), WHEEL)
    return R.to_uint8(img)


def render(cart_x: float, coal_heap: float, smoke: float, lit_windows: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[cart_x, coal_heap, smoke, lit_windows]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("coalman", arg, n, seed, FACTORS, sample_factors, _draw)
