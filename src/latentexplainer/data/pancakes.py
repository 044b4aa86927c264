"""`pancakes`: a stack of pancakes on a plate on a kitchen table, seen from the side (64x64
RGB).

The plate stands in the middle of the wooden table, which fills the lower part of the image,
in front of a pale blue-grey wall: a wide, shallow dish seen almost edge-on, its near rim a
coloured band, with a paler inside and a darker foot under it. On it lie two to five round
pancakes stacked flat, one on another, each seen from the side as a thick band with rounded
ends: a browned crust on top and bottom and a pale, fluffy middle, each pancake a little off
the middle of the one under it. Syrup may be poured over the stack: a dark amber layer on the
top pancake, drips of it running down the front of the stack and a puddle of it on the plate
round the stack's foot. On top of the stack sits a pat of butter, a pale yellow block with a
lighter top face. Factors: how many pancakes are stacked (2 to 5), how much syrup is poured
over them (none to a lot: a thicker layer on top, longer drips and a wider puddle), the size
of the pat of butter (small to large), how well cooked the pancakes are (pale to golden
brown) and the plate's hue, round the whole colour wheel. The pancakes' size and thickness,
the syrup's and the butter's colours, the wall and the table stay fixed; the whole stack
always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

COUNTS = ("2", "3", "4", "5")
FACTORS = (
    Factor("pancake_count", "number of pancakes in the stack (2 to 5)", "categorical", COUNTS),
    Factor("syrup", "how much syrup is poured over the stack (none to a lot)", "continuous"),
    Factor("butter_size", "size of the pat of butter on top of the stack (small to large)", "continuous"),
    Factor("browning", "how well cooked the pancakes are (pale to golden brown)", "continuous"),
    Factor("plate_hue", "hue of the plate (round the whole colour wheel)", "cyclic"),
)
# pancake_count: codes 0..3 are 2..5 pancakes, each 6 px thick and 41 px wide, the k-th from
# the bottom centred at y = 46.5 - 6 k px and x = 32 + JITTER[k] px; syrup: 0..1 is a layer
# 1..2.6 px thick on the top pancake, drips DRIPS[j][1] * 0..(6 count + 4) px long and a
# puddle 18..25 px half-wide (none at 0); butter_size: 0..1 is a block 5..19 px wide and
# 3..10 px high; browning: 0..1 blends the crust from pale to golden brown (the fluffy middle
# less far); plate_hue: 0..1 is the whole colour wheel (1 is 0 again)
RANGES = ((0.0, len(COUNTS) - 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
WALL, TABLE, TABLE_EDGE = (0.55, 0.66, 0.72), (0.6, 0.42, 0.26), (0.48, 0.32, 0.19)
PALE_CRUST, BROWN_CRUST = np.array((0.94, 0.84, 0.6)), np.array((0.6, 0.33, 0.1))
PALE_CRUMB, BROWN_CRUMB = np.array((0.99, 0.95, 0.8)), np.array((0.88, 0.72, 0.48))
SYRUP, BUTTER, BUTTER_TOP = (0.55, 0.25, 0.04), (1.0, 0.9, 0.42), (1.0, 0.97, 0.72)
SYRUP_ALPHA = 0.92
CX, BASE, TABLE_Y, THICK, HALF = 32.0, 49.5, 42.0, 6.0, 17.5  # HALF + THICK / 2: a pancake's half-width
JITTER = (0.0, 1.2, -1.0, 1.5, -0.6)
DRIPS = ((-14.5, 0.8), (-6.5, 0.45), (2.0, 1.0), (10.0, 0.6), (16.0, 0.85))  # x offset, share of the length


def _background() -> np.ndarray:
    img = R.canvas(1, WALL)
    R.over(img, R.below(TABLE_Y, 1), TABLE)
    R.over(img, R.below(60.0, 1), TABLE_EDGE)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    count = f[:, 0].astype(int) + 2
    syrup, butter, hue = R.col(f[:, 1]), R.col(f[:, 2]), f[:, 4]
    # the plate: its foot, its near rim and its paler inside
    img = R.over(img, R.coverage(R.ellipse_sdf(x - CX, y - (BASE + 3.0), 19.0, 3.2)), R.hsv(hue, 0.6, 0.5))
    img = R.over(img, R.coverage(R.ellipse_sdf(x - CX, y - (BASE + 0.5), 28.0, 4.0)), R.hsv(hue, 0.6, 0.85))
    img = R.over(img, R.coverage(R.ellipse_sdf(x - CX, y - (BASE - 0.3), 23.0, 2.4)), R.hsv(hue, 0.3, 0.97))
    # the syrup's puddle round the stack's foot
    amount = np.minimum(syrup * 8.0, 1.0) * SYRUP_ALPHA
    puddle = R.ellipse_sdf(x - CX, y - (BASE + 0.2), 18.0 + 7.0 * syrup, 1.2 + 1.8 * syrup)
    img = R.over(img, amount * R.coverage(puddle), SYRUP)
    # the pancakes, bottom to top
    b = f[:, 3:4]
    crust = PALE_CRUST[None] + (BROWN_CRUST - PALE_CRUST)[None] * b
    crumb = PALE_CRUMB[None] + (BROWN_CRUMB - PALE_CRUMB)[None] * b
    # each row is drawn from the pancake lying at that height (they touch; the top one is
    # the stack's top edge, the bottom one its bottom edge)
    k = np.clip(np.floor((BASE - y) / THICK), 0, R.col(count - 1)).astype(int)  # (N, H, 1)
    cake = R.box_sdf(x - (CX + np.asarray(JITTER, np.float32)[k]), y - (BASE - THICK * k - THICK / 2), HALF, 0.0)
    cake -= THICK / 2
    img = R.over(img, R.coverage(cake), crust)
    img = R.over(img, R.coverage(cake + 1.1), crumb)
    # the syrup on top and its drips down the front of the stack
    top = R.col(BASE - THICK * count)
    tx = R.col(CX + np.asarray(JITTER)[count - 1])
    cake = R.box_sdf(x - tx, y - (top + THICK / 2), HALF, 0.0) - THICK / 2
    layer = np.maximum(cake, y - (top + 1.0 + 1.6 * syrup))
    length = syrup * (THICK * R.col(count) + 4.0)
    for dx, share in DRIPS:  # upright, so the nearest point of each is straight across
        drip = np.hypot(x - (tx + dx), y - np.clip(y, top + 1.0, top + 1.0 + share * length)) - 1.3
        layer = np.minimum(layer, np.maximum(drip, y - (BASE + 0.5)))
    img = R.over(img, amount * R.coverage(layer), SYRUP)
    # the pat of butter on top
    hw, hh = 2.5 + 7.0 * butter, 1.5 + 3.5 * butter
    pat = R.box_sdf(x - (tx - 1.0), y - (top + 0.6 - hh), hw - 0.8, hh - 0.8) - 0.8
    img = R.over(img, R.coverage(pat), BUTTER)
    img = R.over(img, R.coverage(np.maximum(pat + 0.6, y - (top + 1.8 - 2.0 * hh))), BUTTER_TOP)
    return R.to_uint8(img)


def render(pancake_count: float, syrup: float, butter_size: float, browning: float,
           plate_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8; ``pancake_count`` is the code 0..3 for 2..5 pancakes."""
    return _draw(np.array([[pancake_count, syrup, butter_size, browning, plate_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("pancakes", arg, n, seed, FACTORS, sample_factors, _draw)
