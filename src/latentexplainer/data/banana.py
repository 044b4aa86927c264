"""`banana`: a hand of bananas lying on a wooden kitchen table, seen from above (64x64 RGB).

The bananas lie side by side across the middle of the table, one above another, each a long
curved fruit with its ends bending up towards the top of the image, a dark outline, a
darker ridge along its inner edge, a short green-brown stalk at its left end and a small
black tip at its right end. The table is made of horizontal planks with dark seams and a
wavy grain. Factors: the number of bananas (1 to 4), how curved they are (nearly straight
to strongly bent), how ripe they are (the peel goes from green to yellow), how many brown
speckles are on the peel (none to many) and the tone of the table's wood (dark to pale).
The bananas' length and thickness, the speckles' size and places, the stalks and tips stay
fixed; the bananas always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

COUNTS = ("1", "2", "3", "4")
FACTORS = (
    Factor("banana_count", "number of bananas (1 to 4)", "categorical", COUNTS),
    Factor("curve", "how curved the bananas are (nearly straight to strongly bent)", "continuous"),
    Factor("ripeness", "how ripe the bananas are (green to yellow peel)", "continuous"),
    Factor("speckles", "how many brown speckles are on the peel (none to many)", "continuous"),
    Factor("table_tone", "tone of the table's wood (dark to pale)", "continuous"),
)
# banana_count: codes 0..3 for 1..4 bananas, 9 px apart one above another; curve: 0..1 bends
# each banana (44 px long along its middle) along a circle whose curvature is 0.008..0.05 per
# px (a radius of 125..20 px); ripeness:
# 0..1 turns the peel's hue from 0.27 (green) to 0.14 (yellow) and lightens it; speckles: 0..1
# is the share of the peel's speckle places that show a speckle; table_tone: 0..1 blends the
# wood from dark walnut to pale pine
RANGES = ((0.0, 3.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
WOOD_DARK, WOOD_PALE = np.array((0.3, 0.17, 0.08)), np.array((0.88, 0.74, 0.52))
STALK, TIP, SPECKLE = (0.42, 0.4, 0.16), (0.1, 0.08, 0.06), (0.32, 0.2, 0.06)
CX, CY, SPACING = 32.0, 38.0, 9.0  # the middle of the hand of bananas and the bananas' spacing
HALF_LEN, HALF_W = 22.0, 5.5  # a banana's half-length along its middle and its half-thickness
CELL_S, CELL_R, SPECKLE_R = 3.6, 3.0, 1.35  # the speckles' places: a grid along and across the peel
PLANK = 10.0
RISE = 12.0  # how far a banana's ends can rise above its middle, at the strongest curve


def _grain() -> np.ndarray:
    x, y = R.grid()
    plank = np.floor(y / PLANK)
    grain = 1.0 + 0.07 * np.sin(0.9 * y + 2.5 * np.sin(0.11 * x + 1.7 * plank) + 0.6 * plank)
    grain = grain + 0.04 * np.sin(0.23 * x + 2.1 * plank)
    seams = R.coverage(np.abs((y % PLANK) - 0.5) - 0.5)
    return (grain * (1.0 - 0.45 * seams))[0].astype(np.float32)


GRAIN = _grain()


def _rows(i: int) -> tuple[int, int]:
    """The rows banana ``i`` can reach, whatever the count and the curve."""
    middles = [CY + SPACING * (i - (c - 1) / 2) for c in range(i + 1, len(COUNTS) + 1)]
    return int(min(middles) - HALF_W - RISE - 2), int(np.ceil(max(middles) + HALF_W + 2))


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    wood = WOOD_DARK[None] + (WOOD_PALE - WOOD_DARK)[None] * f[:, 4:5]  # (n, 3)
    img = np.multiply(wood.astype(np.float32)[:, :, None, None], GRAIN[None, None], dtype=np.float32)
    count = f[:, 0] + 1
    for i in range(len(COUNTS)):
        # each banana only in the images that have it, and only in the rows it can reach, for speed
        idx = np.nonzero(count > i)[0]
        if not len(idx):
            continue
        g = f[idx]
        r0, r1 = _rows(i)
        part, yy = img[idx, :, r0:r1], y[:, r0:r1]
        radius = R.col(1 / (0.008 + 0.042 * g[:, 1]))
        peel = R.hsv(0.27 - 0.13 * g[:, 2], 0.78, 0.62 + 0.33 * g[:, 2])
        by = R.col(CY + SPACING * (i - g[:, 0] / 2))
        # coordinates along the banana (s, from its middle) and across it (r, outwards)
        dx, dy = x - CX, yy - (by - radius)
        s = np.arctan2(dx, dy) * radius
        r = np.sqrt(dx * dx + dy * dy) - radius
        body = R.ellipse_sdf(s, r, HALF_LEN, HALF_W)
        stalk = np.maximum(np.abs(s + HALF_LEN + 0.5) - 3.0, np.abs(r - 0.6) - 1.3)
        R.over(part, R.coverage(stalk), STALK)
        R.over(part, R.coverage(body), peel * 0.5)
        inner = R.coverage(body + 1.0)
        R.over(part, inner, peel)
        R.over(part, 0.45 * inner * R.coverage(np.abs(r + 2.6) - 0.45), peel * 0.72)
        # the speckles: one place per grid cell, shown where the cell's fixed hash is under the threshold
        i_s, i_r = np.floor(s / CELL_S), np.floor(r / CELL_R)
        hash_ = i_s * 0.7548777 + i_r * 0.5698403 + 0.31 * i
        hash_ = hash_ * hash_ * 17.31 + hash_ * 3.13
        hash_ -= np.floor(hash_)  # 0..1, fixed for each cell of each banana
        ls = s - (i_s + 0.3 + 0.4 * hash_) * CELL_S  # the speckle's place, off the cell's middle
        lr = r - (i_r + 0.65 - 0.3 * hash_) * CELL_R
        speckle = R.coverage(np.sqrt(ls * ls + lr * lr) - SPECKLE_R * (0.8 + 0.4 * hash_))
        R.over(part, inner * (hash_ < R.col(g[:, 3])) * speckle, SPECKLE)
        tip = np.sqrt((s - (HALF_LEN - 1.6)) ** 2 + (r - 0.4) ** 2) - 1.7
        R.over(part, R.coverage(tip), TIP)
        img[idx, :, r0:r1] = part
    return R.to_uint8(img)


def render(banana_count: float, curve: float, ripeness: float, speckles: float, table_tone: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[banana_count, curve, ripeness, speckles, table_tone]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("banana", arg, n, seed, FACTORS, sample_factors, _draw)
