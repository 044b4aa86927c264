"""`picnic`: a picnic laid out on a checked blanket on a lawn, seen from straight above
(64x64 RGB).

A square-ish gingham blanket covers most of the image, a strip of mown lawn (lighter and darker
diagonal stripes) showing round its edges, with a soft shadow along its lower and right edges.
The blanket is white woven with coloured stripes running both ways, the squares where two
stripes cross darker. Along its upper half is a row of places for white plates, each with a dark
blue ring inside its edge and a red apple in the middle, laid from the left; each plate casts a
small shadow. On the lower half of the blanket sits a closed wicker basket, a brown rectangle
with a woven pattern, its two lids meeting along the middle and a dark leather strap across
them, with its own shadow. Factors: the size of the checks (fine to large), the hue of the
blanket's stripes, how many plates are laid (1 to 4) and where the basket sits (left to right).
The blanket's size and place, the plates' places and look, the basket's size and look and the
lawn stay fixed; the basket always lies on the blanket.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("check_size", "size of the checks on the picnic blanket (fine to large)", "continuous"),
    Factor("cloth_hue", "hue of the stripes on the picnic blanket", "continuous"),
    Factor("plates", "how many plates are laid on the blanket (1 to 4)", "categorical", ("1", "2", "3", "4")),
    Factor("basket_x", "where the picnic basket sits on the blanket (left to right)", "continuous"),
)
# check_size: 0..1 is stripes 3..9 px wide (and as far apart); cloth_hue: 0..0.8 of the colour
# wheel (no wrap); plates: codes 0..3 are 1..4 plates, at PLATES[:count] from the left; basket_x:
# 0..1 puts the basket's middle at x = 16..48 px
RANGES = ((0.0, 1.0), (0.0, 0.8), (0.0, 3.0), (0.0, 1.0))
LAWN, LAWN_DARK, SHADOW = (0.4, 0.64, 0.28), (0.33, 0.55, 0.22), (0.0, 0.0, 0.0)
CLOTH = (0.97, 0.96, 0.93)
PLATE, RIM, APPLE = (0.99, 0.99, 0.98), (0.22, 0.32, 0.62), (0.86, 0.12, 0.1)
WICKER, WEAVE, STRAP = (0.72, 0.52, 0.28), (0.5, 0.34, 0.16), (0.3, 0.17, 0.1)
BLANKET = (4.0, 60.0, 5.0, 59.0)  # left, right, top, bottom
PLATES = ((13.5, 19.0), (26.5, 19.0), (39.5, 19.0), (52.5, 19.0))
PLATE_R, BASKET_Y, BASKET_HW, BASKET_HH = 6.2, 44.0, 10.0, 7.5


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, LAWN)
    R.over(img, np.broadcast_to(R.coverage(np.abs((x + y) % 16 - 8) - 4), (1, R.SIZE, R.SIZE)), LAWN_DARK)
    left, right, top, bottom = BLANKET
    R.over(img, 0.35 * np.broadcast_to(R.coverage(R.edges_sdf(x, y, left + 2, right + 2, top + 2, bottom + 2) - 0.5),
                                       (1, R.SIZE, R.SIZE)), SHADOW)
    R.over(img, np.broadcast_to(R.coverage(R.edges_sdf(x, y, left, right, top, bottom)), (1, R.SIZE, R.SIZE)), CLOTH)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    left, right, top, bottom = BLANKET
    on = R.coverage(R.edges_sdf(x, y, left, right, top, bottom))
    # the gingham: a stripe every other width, both ways; where two cross, the colour doubles
    p = R.col(3 + 6 * f[:, 0])
    sx = (np.abs((x - left) / p % 2.0 - 1.0) - 0.5) * p
    sy = (np.abs((y - top) / p % 2.0 - 1.0) - 0.5) * p
    stripes = R.hsv(f[:, 1], 0.75, 0.8)
    R.over(img, 0.55 * R.coverage(sx) * on, stripes)
    R.over(img, 0.55 * R.coverage(sy) * on, stripes)
    # the plates, from the left, each with a shadow, a ring and an apple
    count = R.col(1 + f[:, 2])
    plates = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    for i, (px, py) in enumerate(PLATES):
        np.minimum(plates, np.where(count > i, np.hypot(x - px, y - py) - PLATE_R, np.inf), out=plates)
    shade = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    for i, (px, py) in enumerate(PLATES):
        np.minimum(shade, np.where(count > i, np.hypot(x - px - 1.2, y - py - 1.2) - PLATE_R, np.inf), out=shade)
    R.over(img, 0.4 * R.coverage(shade), SHADOW)
    R.over(img, R.coverage(plates), PLATE)
    R.over(img, R.coverage(np.abs(plates + 1.6) - 1.1), RIM)
    R.over(img, R.coverage(plates + PLATE_R - 3.1), APPLE)
    # the basket: a shadow, the wicker with its weave, the lids' seam and the strap
    bx = R.col(16 + 32 * f[:, 3])
    u, v = x - bx, y - BASKET_Y
    R.over(img, 0.35 * R.coverage(R.box_sdf(u - 1.5, v - 1.5, BASKET_HW, BASKET_HH)), SHADOW)
    body = R.coverage(R.box_sdf(u, v, BASKET_HW - 1, BASKET_HH - 1) - 1.0)
    R.over(img, body, WICKER)
    weave = np.abs(((u + 20) % 3.0) - 1.5) - 0.7 + 0.45 * np.sign(np.sin(np.pi * (v + 20) / 2.0))
    R.over(img, 0.55 * body * R.coverage(weave), WEAVE)
    R.over(img, body * R.coverage(np.abs(v) - 0.5), WEAVE)  # where the two lids meet
    R.over(img, R.coverage(R.box_sdf(u, v, 1.3, BASKET_HH + 0.6)), STRAP)
    return R.to_uint8(img)


def render(check_size: float, cloth_hue: float, plates: float, basket_x: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[check_size, cloth_hue, plates, basket_x]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("picnic", arg, n, seed, FACTORS, sample_factors, _draw)
