"""`glassworks`: a glassblower's workshop, a bubble of hot glass on the end of a blowpipe in
front of a glowing brick furnace, finished vases on a shelf, seen from the front (64x64 RGB).

On the left a domed brick furnace stands on the stone floor, a round glory hole in its front
glowing with the fire inside and lighting the bricks around it. A long dark blowpipe comes in
from the right edge of the image, sloping a little down to the left, and on its end hangs a
round bubble of molten glass, coloured, with a pale highlight on its upper left and a darker
rim. Under the bubble stands a steel marver table. On the sooty brick wall at the top right a
wooden shelf carries the day's finished vases, from its left end, each a round-bellied vase
with a narrow neck in a fixed colour of its own (teal, amber, violet). Factors: how big the
glass bubble is (small to large), hue of the glass (a cyclic factor with a whole-turn period),
how brightly the furnace glows (dull red embers to white-hot) and how many vases stand on the
shelf (1 to 3). The furnace, the blowpipe, the table, the wall and the floor stay fixed; the
bubble always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("bubble_size", "size of the bubble of glass on the blowpipe (small to large)", "continuous"),
    Factor("glass_hue", "hue of the glass bubble", "cyclic", period=1.0),
    Factor("furnace_glow", "how brightly the furnace glows (dull red to white-hot)", "continuous"),
    Factor("vases", "how many finished vases stand on the shelf", "categorical", ("1", "2", "3")),
)
# bubble_size: 0..1 is a bubble of radius 3.5..10 px, its middle at (36, 36) px; glass_hue: 0..1
# of the colour wheel (1 is the same as 0); furnace_glow: 0..1 takes the glory hole from dull red
# to white-hot and raises the glow around it; vases: code k puts vases at the first k + 1 places
# along the shelf, from the left
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 2.0))
WALL, MORTAR, FLOOR = (0.3, 0.2, 0.17), (0.2, 0.15, 0.13), (0.34, 0.33, 0.31)
FURNACE, FURNACE_DARK = (0.55, 0.33, 0.22), (0.38, 0.22, 0.15)
EMBER, WHITE_HOT, GLOW = np.array((0.45, 0.06, 0.02)), np.array((1.0, 0.96, 0.78)), (1.0, 0.62, 0.2)
PIPE, STEEL, STEEL_DARK, SHELF = (0.12, 0.12, 0.13), (0.62, 0.64, 0.67), (0.4, 0.41, 0.44), (0.5, 0.34, 0.18)
VASE_COLOURS = ((0.3, 0.86, 0.82), (1.0, 0.82, 0.36), (0.76, 0.52, 0.98))
FLOOR_Y = 54.0
KILN_X, KILN_L, KILN_R, KILN_TOP = 13.0, 1.0, 25.0, 20.0  # the furnace: its middle, sides and dome's top
HOLE_X, HOLE_Y, HOLE_R = 13.0, 38.0, 5.5
BUBBLE_X, BUBBLE_Y = 36.0, 36.0
TABLE_L, TABLE_R, TABLE_TOP = 28.0, 48.0, 48.0
SHELF_L, SHELF_R, SHELF_Y = 28.0, 63.0, 20.0
VASES = (34.0, 45.0, 56.0)  # the vases' middles along the shelf
BLOCK_W, BLOCK_H = 8.0, 4.0


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, WALL)
    course = np.floor(y / BLOCK_H)
    joints = np.minimum(np.abs((y % BLOCK_H) - 0.5), np.abs(((x + course * BLOCK_W / 2) % BLOCK_W) - 0.5))
    R.over(img, R.coverage(joints - 0.5), MORTAR)
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    # the furnace: straight sides under a round dome, darker bands of brick, a stone sill
    kiln = np.minimum(R.edges_sdf(x, y, KILN_L, KILN_R, KILN_TOP + 12, FLOOR_Y),
                      R.ellipse_sdf(x - KILN_X, y - (KILN_TOP + 12), (KILN_R - KILN_L) / 2, 12))
    R.over(img, R.coverage(kiln), FURNACE)
    bands = np.abs((y % 5.0) - 0.5) - 0.6
    R.over(img, 0.7 * R.coverage(np.maximum(bands, kiln + 1.0)), FURNACE_DARK)
    # the table: a steel top on two legs
    R.over(img, R.coverage(R.edges_sdf(x, y, TABLE_L + 2, TABLE_L + 4, TABLE_TOP, FLOOR_Y + 2)), STEEL_DARK)
    R.over(img, R.coverage(R.edges_sdf(x, y, TABLE_R - 4, TABLE_R - 2, TABLE_TOP, FLOOR_Y + 2)), STEEL_DARK)
    R.over(img, R.coverage(R.edges_sdf(x, y, TABLE_L, TABLE_R, TABLE_TOP, TABLE_TOP + 3)), STEEL)
    # the shelf on its brackets
    R.over(img, R.coverage(R.edges_sdf(x, y, SHELF_L, SHELF_R, SHELF_Y, SHELF_Y + 2)), SHELF)
    for bx in (SHELF_L + 4, SHELF_R - 5):
        R.over(img, R.coverage(R.segment_sdf(x, y, bx, SHELF_Y + 2, bx + 3, SHELF_Y + 6) - 0.7), SHELF)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    glow = R.col(f[:, 2])
    # the fire's light on the furnace's front and the wall, then the glory hole itself
    halo = np.exp(-((x - HOLE_X) ** 2 + (y - HOLE_Y) ** 2) / (2 * 8.0 ** 2))
    R.over(img, (0.15 + 0.7 * glow) * halo, GLOW)
    hole = EMBER[None] + (WHITE_HOT - EMBER)[None] * f[:, 2:3]
    R.over(img, R.coverage(np.hypot(x - HOLE_X, y - HOLE_Y) - HOLE_R), hole)
    # the vases on the shelf, from its left end
    for i, vx in enumerate(VASES):
        belly = R.ellipse_sdf(x - vx, y - (SHELF_Y - 5.5), 4.6, 5.5)
        neck = R.edges_sdf(x, y, vx - 1.8, vx + 1.8, SHELF_Y - 16, SHELF_Y - 8)
        lip = R.edges_sdf(x, y, vx - 3.0, vx + 3.0, SHELF_Y - 17, SHELF_Y - 15.5)
        vase = np.minimum(np.minimum(belly, neck), lip)
        R.over(img, R.coverage(vase) * R.col(f[:, 3] >= i), VASE_COLOURS[i])
    # the blowpipe from the right edge, and the bubble of glass on its end
    R.over(img, R.coverage(R.segment_sdf(x, y, BUBBLE_X, BUBBLE_Y, 66.0, 30.0) - 0.9), PIPE)
    r = R.col(3.5 + 6.5 * f[:, 0])
    rho = np.hypot(x - BUBBLE_X, y - BUBBLE_Y)
    colour = R.hsv(f[:, 1], 0.7, 0.92)
    R.over(img, R.coverage(rho - r), colour * 0.55)
    R.over(img, R.coverage(rho - r + 1.2), colour)
    spot = np.hypot(x - (BUBBLE_X - 0.4 * r), y - (BUBBLE_Y - 0.4 * r)) - 0.28 * r
    R.over(img, 0.8 * R.coverage(spot), (1.0, 1.0, 0.95))
    return R.to_uint8(img)


def render(bubble_size: float, glass_hue: float, furnace_glow: float, vases: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[bubble_size, glass_hue, furnace_glow, vases]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("glassworks", arg, n, seed, FACTORS, sample_factors, _draw)
