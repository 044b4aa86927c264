"""`bee`: a bumblebee flying over a meadow beside a tall flower, seen from the side (64x64 RGB).

The bee flies facing right in the upper half of the image: a round yellow body (its abdomen)
crossed by three black bands, with a short black sting at its rear, a dark fuzzy thorax in
front of it carrying two thin legs hanging below, and a round dark head with a small
eye-shine and an antenna. Two pale, see-through wings with dark edges are fixed on top of the
thorax and turn together about that point. To the right of the middle a flower on a green
stalk with two leaves rises from the grass: a ring of rounded pink-violet petals round a
golden centre. The bee is drawn in front of the flower where they meet. Behind them is a pale
blue sky over a green meadow with darker grass blades along its top. Factors: where the bee is
across the image (left to right), how far its wings are raised (folded back along its body to
raised straight up), the width of the black bands on its body (thin to wide) and the height
of the flower (short to tall; its head rises with the stalk). The bee's height and size, the
flower's place, size and colours, the sky and the meadow stay fixed; the whole bee always
lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("bee_x", "horizontal position of the bee (left to right)", "continuous"),
    Factor("wing_raise", "how far the bee's wings are raised (folded back to straight up)", "continuous"),
    Factor("band_width", "width of the black bands across the bee's body (thin to wide)", "continuous"),
    Factor("flower_height", "height of the flower's stalk (short to tall)", "continuous"),
)
# bee_x: 0..1 puts the bee's thorax at x = 20..46 px (y = 22 px); wing_raise: 0..1 turns the wings
# (13 px long, about the thorax's top) from 0.15 radians above pointing straight back to 1.65
# radians (just past straight up); band_width: 0..1 is three bands 1..4.5 px wide, their middles
# 3.5, 8 and 12.5 px behind the thorax; flower_height: 0..1 is a stalk 12..34 px tall from the
# meadow's foot (y = 64 px), at x = 48 px, the flower's head (radius 9 px) centred on its top
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_LOW, MEADOW, BLADE = (0.5, 0.72, 0.94), (0.82, 0.9, 0.97), (0.42, 0.66, 0.3), (0.28, 0.5, 0.2)
STALK, PETAL, PETAL_EDGE, CENTRE = (0.26, 0.55, 0.22), (0.88, 0.5, 0.82), (0.7, 0.34, 0.66), (0.95, 0.72, 0.16)
YELLOW, BLACK, HEAD_SHINE = (0.98, 0.8, 0.12), (0.1, 0.09, 0.08), (0.85, 0.85, 0.9)
WING, WING_EDGE = (0.9, 0.95, 1.0), (0.3, 0.32, 0.38)
BEE_Y, FLOWER_X, MEADOW_Y = 22.0, 48.0, 48.0
ABDOMEN = (-8.0, 1.0, 8.5, 7.0)  # middle (behind the thorax, below), half-length, half-height
BANDS = (-3.5, -8.0, -12.5)  # the bands' middles along the bee, from the thorax
THORAX_R, HEAD = 5.0, (6.5, -0.5, 3.8)  # the head's middle ahead of and below the thorax, its radius
WING_PIVOT, WING_LEN, WING_HW = (-1.0, -4.0), 13.0, 3.2
WING_MIN, WING_SPAN, WING_ALPHA = 0.15, 1.5, 0.7
PETALS, PETAL_R, PETAL_RING, CENTRE_R = 8, 3.6, 5.6, 3.6
FLOWER_COLS = (36, 60)  # the columns the flower can reach
BEE_BACK, BEE_COLS, BEE_ROWS = 20, 36, 34  # the bee lies within 20 px behind its thorax, 16 ahead, 34 rows


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_LOW, MEADOW_Y)[None]
    R.over(img, R.below(MEADOW_Y, 1), MEADOW)
    blades = MEADOW_Y - 2.5 * np.abs(np.sin(x * 0.9)) * (0.6 + 0.4 * np.sin(x * 0.37))
    R.over(img, R.coverage(np.maximum(blades - y, y - MEADOW_Y - 1.5)), BLADE)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the flower, drawn in the columns it can reach, for speed: its stalk with two leaves, its head
    part = img[:, :, :, FLOWER_COLS[0]:FLOWER_COLS[1]]
    top = R.SIZE - R.col(12 + 22 * f[:, 3])
    u = x[:, :, FLOWER_COLS[0]:FLOWER_COLS[1]] - FLOWER_X
    stalk = np.maximum(np.abs(u) - 1.0, top - y)
    leaves = R.ellipse_sdf(np.abs(u) - 4.0, y - 54.0 + 0.5 * np.abs(u), 4.0, 1.6)
    R.over(part, R.coverage(np.minimum(stalk, leaves)), STALK)
    v = y - top
    rho = np.hypot(u, v)
    angle = np.arctan2(v, u) * (PETALS / (2.0 * np.pi))
    near = (2.0 * np.pi / PETALS) * np.round(angle)  # the nearest petal's direction
    petals = np.hypot(u - PETAL_RING * np.cos(near), v - PETAL_RING * np.sin(near)) - PETAL_R
    petals = np.minimum(petals, rho - PETAL_RING)
    R.over(part, R.coverage(petals), PETAL_EDGE)
    R.over(part, R.coverage(petals + 0.9), PETAL)
    R.over(part, R.coverage(rho - CENTRE_R), CENTRE)
    # the bee, drawn in a window of BEE_COLS columns and BEE_ROWS rows round it, for speed
    bx = 20.0 + 26.0 * f[:, 0]
    left = np.floor(bx).astype(int) - BEE_BACK  # the window's first column
    part = np.stack([img[i, :, :BEE_ROWS, c:c + BEE_COLS] for i, c in enumerate(left)])
    u, v = x[:, :, :BEE_COLS] - R.col(bx - left), y[:, :BEE_ROWS] - BEE_Y
    # legs, the sting, the abdomen with its bands, the thorax, the head
    legs = np.minimum(R.segment_sdf(u, v, -1.5, 3.0, -3.0, 8.5), R.segment_sdf(u, v, 1.5, 3.0, 1.5, 8.5)) - 0.5
    ax, ay, arx, ary = ABDOMEN
    sting = R.segment_sdf(u, v, ax - arx + 1.5, ay, ax - arx - 2.5, ay + 0.8) - 0.6
    R.over(part, R.coverage(np.minimum(legs, sting)), BLACK)
    abdomen = R.ellipse_sdf(u - ax, v - ay, arx, ary)
    R.over(part, R.coverage(abdomen), YELLOW)
    hw = R.col(0.5 + 1.75 * f[:, 2])
    bands = np.min([np.abs(u - b) for b in BANDS], axis=0) - hw
    R.over(part, R.coverage(np.maximum(bands, abdomen)), BLACK)
    R.over(part, R.coverage(np.hypot(u, v) - THORAX_R), BLACK)
    hx, hy, hr = HEAD
    R.over(part, R.coverage(np.hypot(u - hx, v - hy) - hr), BLACK)
    R.over(part, R.coverage(np.hypot(u - hx - 1.4, v - hy + 1.2) - 1.0), HEAD_SHINE)
    antenna = R.segment_sdf(u, v, hx + 1.0, hy - 3.0, hx + 3.5, hy - 7.5) - 0.5
    R.over(part, R.coverage(antenna), BLACK)
    # the wings, turned about the thorax's top from lying back to raised
    a = R.col(WING_MIN + WING_SPAN * f[:, 1])
    px, py = WING_PIVOT
    wings = None
    for spread in (0.0, 0.32):  # the far wing a little further up
        eu, ev = -np.cos(a + spread), -np.sin(a + spread)  # from the pivot towards the tip
        along, across = (u - px) * eu + (v - py) * ev, (u - px) * ev - (v - py) * eu
        w = R.ellipse_sdf(along - WING_LEN / 2, across, WING_LEN / 2, WING_HW)
        wings = w if wings is None else np.minimum(wings, w)
    R.over(part, WING_ALPHA * R.coverage(wings), WING)
    R.over(part, R.coverage(np.abs(wings + 0.3) - 0.45), WING_EDGE)
    for i, c in enumerate(left):
        img[i, :, :BEE_ROWS, c:c + BEE_COLS] = part[i]
    return R.to_uint8(img)


def render(bee_x: float, wing_raise: float, band_width: float, flower_height: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[bee_x, wing_raise, band_width, flower_height]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("bee", arg, n, seed, FACTORS, sample_factors, _draw)
