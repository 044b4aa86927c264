"""`chocolatier`: the counter of a chocolate shop, truffles in a row on a white platter, a big
chocolate egg on a gilt stand and a wrapped gift box on the shelf behind, seen from the front
(64x64 RGB).

A dark wooden counter, its top edge lighter, fills the lower part of the image. On its left a
white platter carries a row of round truffles, filled from its left end, each in a pleated gold
paper cup and with a small pale highlight. On its right a big chocolate egg stands upright on a
short gilt stand, shaded darker on its right side and down its outline. The wall behind is
papered cream with thin pink stripes; a wooden shelf runs along its left half, and on the shelf
sits a gift box wrapped in coloured paper and tied with a gold ribbon and bow. Factors: how
many truffles lie on the platter (1 to 3), which chocolate the truffles and the egg are made of
(milk, dark or white), the size of the gift box (small to large; it stays sitting on the shelf)
and hue of its wrapping paper (a cyclic factor with a whole-turn period). The counter, the
platter, the egg's shape and stand, the shelf and the wall stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("truffles", "how many truffles lie on the platter", "categorical", ("1", "2", "3")),
    Factor("chocolate", "which chocolate the truffles and the egg are made of", "categorical",
           ("milk", "dark", "white")),
    Factor("box_size", "size of the gift box on the shelf (small to large)", "continuous"),
    Factor("wrap_hue", "hue of the gift box's wrapping paper", "cyclic", period=1.0),
)
# truffles: code k puts truffles at the first k + 1 places along the platter, from the left;
# chocolate: the colour of the truffles and the egg, CHOCOLATES[code]; box_size: 0..1 is a box
# 10..22 px wide and three quarters as tall, its middle at x = 18 px, standing on the shelf
# (y = 21 px); wrap_hue: 0..1 of the colour wheel (1 is the same as 0)
RANGES = ((0.0, 2.0), (0.0, 2.0), (0.0, 1.0), (0.0, 1.0))
CHOCOLATES = np.array(((0.52, 0.3, 0.15), (0.22, 0.12, 0.07), (0.96, 0.91, 0.74)), np.float32)
PAPER, STRIPE = (0.93, 0.88, 0.78), (0.9, 0.68, 0.72)
COUNTER, COUNTER_TOP, PANEL = (0.36, 0.22, 0.13), (0.55, 0.37, 0.21), (0.3, 0.18, 0.1)
SHELF, PLATTER, PLATTER_RIM, GOLD = (0.5, 0.33, 0.18), (0.99, 0.99, 0.97), (0.75, 0.75, 0.78), (0.9, 0.72, 0.25)
CUP, CUP_DARK = (0.86, 0.66, 0.22), (0.45, 0.32, 0.1)
COUNTER_Y, SHELF_Y, SHELF_R = 40.0, 21.0, 36.0
TRUFFLES, TRUFFLE_Y, TRUFFLE_R = (8.0, 20.0, 32.0), 34.5, 5.2
EGG_X, EGG_Y, EGG_RX, EGG_RY = 50.0, 24.0, 8.0, 10.5
BOX_X = 18.0


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, PAPER)
    R.over(img, R.coverage(np.abs((x % 6.0) - 3.0) - 0.6), STRIPE)
    # the shelf on two brackets
    R.over(img, R.coverage(R.edges_sdf(x, y, 0.0, SHELF_R, SHELF_Y, SHELF_Y + 2.5)), SHELF)
    for bx in (6.0, SHELF_R - 6):
        R.over(img, R.coverage(R.segment_sdf(x, y, bx, SHELF_Y + 2.5, bx - 3.0, SHELF_Y + 7) - 0.8), SHELF)
    # the counter, its top edge and two panels on its front
    R.over(img, R.below(COUNTER_Y, 1), COUNTER)
    R.over(img, R.coverage(R.edges_sdf(x, y, -1.0, 65.0, COUNTER_Y, COUNTER_Y + 3)), COUNTER_TOP)
    for left in (5.0, 35.0):
        panel = R.edges_sdf(x, y, left, left + 24, COUNTER_Y + 8, 60.0)
        R.over(img, R.coverage(np.abs(panel) - 0.6), PANEL)
    # the platter, seen from a little above, and the egg's gilt stand
    R.over(img, R.coverage(R.ellipse_sdf(x - 20.0, y - (COUNTER_Y + 0.5), 19.0, 2.6)), PLATTER_RIM)
    R.over(img, R.coverage(R.ellipse_sdf(x - 20.0, y - COUNTER_Y, 18.0, 2.0)), PLATTER)
    stand = np.minimum(R.edges_sdf(x, y, EGG_X - 5.5, EGG_X + 5.5, COUNTER_Y - 1.5, COUNTER_Y + 1),
                       R.edges_sdf(x, y, EGG_X - 2.0, EGG_X + 2.0, EGG_Y + EGG_RY - 2, COUNTER_Y))
    R.over(img, R.coverage(stand), GOLD)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    choc = CHOCOLATES[f[:, 1].astype(int)]
    shade = choc * 0.68
    # the truffles along the platter, from the left
    for i, tx in enumerate(TRUFFLES):
        on = R.col(f[:, 0] >= i)
        cup = np.maximum(R.edges_sdf(x, y, tx - 6.0, tx + 6.0, TRUFFLE_Y, COUNTER_Y),
                         np.abs(x - tx) - 6.0 + 0.25 * (y - TRUFFLE_Y))
        R.over(img, on * R.coverage(cup), CUP)
        R.over(img, 0.35 * on * R.coverage(np.maximum(np.abs(((x - tx) % 2.0) - 1.0) - 0.3, cup)), CUP_DARK)
        rho = np.hypot(x - tx, y - TRUFFLE_Y)
        R.over(img, on * R.coverage(rho - TRUFFLE_R), shade)
        R.over(img, on * R.coverage(np.hypot(x - tx + 0.6, y - TRUFFLE_Y + 0.6) - TRUFFLE_R + 1.0), choc)
        R.over(img, 0.7 * on * R.coverage(np.hypot(x - tx + 1.5, y - TRUFFLE_Y + 1.6) - 0.9), (1.0, 0.97, 0.9))
    # the egg: outlined, darker on its right, with a shine on its upper left
    egg = R.ellipse_sdf(x - EGG_X, (y - EGG_Y) * (1.0 + 0.06 * (y - EGG_Y) / EGG_RY), EGG_RX, EGG_RY)
    R.over(img, R.coverage(egg), shade)
    R.over(img, R.coverage(egg + 1.2), choc)
    R.over(img, 0.55 * R.coverage(np.maximum(egg + 1.2, EGG_X + 1.5 - x)), shade)
    R.over(img, 0.6 * R.coverage(R.ellipse_sdf(x - (EGG_X - 3.8), y - (EGG_Y - 4.8), 1.6, 2.8)), (1.0, 0.97, 0.9))
    # the gift box on the shelf: wrapping, a gold ribbon both ways and a bow on top
    hw = R.col(5.0 + 6.0 * f[:, 2])
    hh = 0.75 * hw
    top = SHELF_Y - 2 * hh
    box = R.edges_sdf(x, y, BOX_X - hw, BOX_X + hw, top, SHELF_Y)
    wrap = R.hsv(f[:, 3], 0.7, 0.85)
    R.over(img, R.coverage(box), wrap * 0.7)
    R.over(img, R.coverage(box + 0.9), wrap)
    ribbon = np.minimum(np.abs(x - BOX_X), np.abs(y - (top + hh))) - 1.1
    R.over(img, R.coverage(np.maximum(ribbon, box)), GOLD)
    for side in (-1.0, 1.0):
        loop = R.ellipse_sdf(x - (BOX_X + side * 2.6), y - (top - 1.6), 2.6, 1.7)
        R.over(img, R.coverage(np.abs(loop) - 0.7), GOLD)
    return R.to_uint8(img)


def render(truffles: float, chocolate: float, box_size: float, wrap_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[truffles, chocolate, box_size, wrap_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("chocolatier", arg, n, seed, FACTORS, sample_factors, _draw)
