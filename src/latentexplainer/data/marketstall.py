"""`marketstall`: a fruit stall under a cloth awning on a cobbled market square, in front of
an old stone house, seen from the front (64x64 RGB).

The stall is a wooden counter of planks between two wooden posts that hold up a sloping cloth
awning with a scalloped front edge. On the counter stand four wooden crates, tilted towards us
and filled from their front lips with one kind of fruit, round fruit in staggered rows; the
stall's back, in the awning's shade, is dark. Behind the stall is the pale stone front of a
house with dark windows and a strip of sky above its roofline; the square is paved with grey
cobbles. Factors: where the stall stands (left to right; the awning, the counter and the crates
move together), which fruit is on sale (apples, oranges, lemons or limes), how full the crates
are (nearly empty to heaped above their backs), the pattern of the awning's cloth (plain, broad
stripes or narrow stripes, the stripes white between stripes of the cloth's colour) and the
hue of the awning's cloth (red through yellow and green to blue and purple). The stall's size,
the house, the sky and the cobbles stay fixed; the whole stall always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("stall_x", "horizontal position of the market stall (left to right)", "continuous"),
    Factor("fruit", "which fruit is heaped in the stall's crates", "categorical",
           ("apples", "oranges", "lemons", "limes")),
    Factor("fullness", "how full the stall's crates of fruit are (nearly empty to heaped)", "continuous"),
    Factor("awning_pattern", "pattern of the stall's awning", "categorical",
           ("plain", "broad stripes", "narrow stripes")),
    Factor("awning_hue", "hue of the stall's awning", "continuous"),
)
# stall_x: 0..1 puts the stall's middle at x = 28..36 px; fruit: the colour of the fruit;
# fullness: 0..1 fills the crates with fruit 3..12 px up from their front lips at y = 38.5 px
# (highest in each crate's middle, where the fullest heaps rise over the crates' 10.5 px backs);
# awning_pattern: plain cloth, or white stripes 6 or 3 px wide (at the awning's front edge,
# narrowing towards its top) between coloured ones as wide; awning_hue: 0..0.8 of the colour
# wheel (no wrap)
RANGES = ((0.0, 1.0), (0.0, 0.0), (0.0, 1.0), (0.0, 0.0), (0.0, 0.8))
FRUIT = np.array(((0.72, 0.05, 0.16), (0.96, 0.46, 0.04), (1.0, 0.92, 0.34), (0.4, 0.72, 0.12)), np.float32)
STRIPE_W = np.array((0.0, 6.0, 3.0), np.float32)  # 0: plain
SKY, STONE, STONE_DARK = (0.66, 0.8, 0.94), (0.8, 0.75, 0.64), (0.66, 0.61, 0.52)
PANE, SILL, ROOF = (0.2, 0.24, 0.3), (0.9, 0.88, 0.82), (0.42, 0.24, 0.2)
COBBLE, COBBLE_GAP = (0.56, 0.55, 0.53), (0.34, 0.33, 0.32)
WOOD, WOOD_DARK, CRATE, SHADE = (0.6, 0.42, 0.25), (0.4, 0.27, 0.16), (0.7, 0.55, 0.35), (0.16, 0.12, 0.1)
WHITE = (0.96, 0.95, 0.92)
GROUND_Y, ROOF_Y = 40.0, 8.0
AWN_TOP, AWN_BOTTOM, AWN_TOP_HW, AWN_BOTTOM_HW = 10.0, 22.0, 22.0, 27.0
COUNTER_TOP, COUNTER_BOTTOM, COUNTER_HW, POST_HW = 41.0, 56.0, 24.0, 1.2
CRATE_TOP, LIP, CRATE_HW, CRATES = 28.0, 38.5, 5.0, (-16.5, -5.5, 5.5, 16.5)
FRUIT_R, FRUIT_DX, FRUIT_DY = 1.75, 3.4, 2.9
HEAP_ROWS, AWNING_ROWS = (25, 42), (9, 25)  # the rows the heaped fruit and the awning can reach


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, STONE)
    R.over(img, R.coverage(y - ROOF_Y), SKY)
    R.over(img, R.coverage(np.abs(y - ROOF_Y - 1.0) - 1.2), ROOF)
    course = np.floor((y - ROOF_Y) / 4.0)
    blocks = np.minimum(np.abs(((y - ROOF_Y) % 4.0) - 0.3), np.abs(((x + course * 5.0) % 10.0) - 0.3))
    R.over(img, 0.7 * R.below(ROOF_Y + 2.0, 1) * R.coverage(blocks - 0.3), STONE_DARK)
    for wx in (6.0, 24.0, 42.0, 60.0):  # the house's windows, each with a sill and a glazing bar
        for wy in (13.0, 29.0):
            R.over(img, R.coverage(R.edges_sdf(x, y, wx - 4.0, wx + 4.0, wy - 0.0, wy + 8.0)), PANE)
            R.over(img, R.coverage(np.maximum(np.abs(x - wx) - 0.5, R.edges_sdf(x, y, 0, 64, wy, wy + 8.0))), SILL)
            R.over(img, R.coverage(R.edges_sdf(x, y, wx - 5.0, wx + 5.0, wy + 8.0, wy + 9.5)), SILL)
    ground = R.below(GROUND_Y, 1)
    R.over(img, ground, COBBLE)
    row = np.floor((y - GROUND_Y) / 3.0)
    gaps = np.minimum(np.abs(((y - GROUND_Y) % 3.0) - 0.2), np.abs(((x + row * 2.0) % 4.0) - 0.3))
    R.over(img, ground * R.coverage(2.0 * (gaps - 0.35)), COBBLE_GAP)
    img += (0.05 * np.sin(x * 2.9 + row * 1.7) * ground)[:, None]
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    sx = R.col(28 + 8 * f[:, 0])
    u = x - sx
    # the stall's shaded back, its posts and its counter of planks
    R.over(img, R.coverage(R.edges_sdf(u, y, -COUNTER_HW, COUNTER_HW, AWN_BOTTOM, COUNTER_TOP)), SHADE)
    posts = np.abs(np.abs(u) - COUNTER_HW + POST_HW) - POST_HW
    R.over(img, R.coverage(np.maximum(posts, R.edges_sdf(u, y, -30, 30, AWN_TOP, COUNTER_BOTTOM + 2.0))), WOOD_DARK)
    counter = R.coverage(R.edges_sdf(u, y, -COUNTER_HW + 2 * POST_HW, COUNTER_HW - 2 * POST_HW,
                                     COUNTER_TOP, COUNTER_BOTTOM))
    R.over(img, counter, WOOD)
    R.over(img, counter * R.coverage(np.abs(((y - COUNTER_TOP) % 3.75) - 0.2) - 0.3), WOOD_DARK)
    # the crates: open-topped boxes tilted towards us, their back boards showing above the fruit
    r0, r1 = HEAP_ROWS
    part, yr = img[:, :, r0:r1], y[:, r0:r1]
    boxes = np.full((n, r1 - r0, R.SIZE), np.inf, np.float32)
    for cx in CRATES:
        np.minimum(boxes, R.edges_sdf(u, yr, cx - CRATE_HW, cx + CRATE_HW, CRATE_TOP, COUNTER_TOP), out=boxes)
    crate = R.coverage(boxes)
    R.over(part, crate, CRATE)
    R.over(part, crate * R.coverage(np.abs(((yr - CRATE_TOP) % 4.0) - 2.0) - 1.6), WOOD_DARK)  # its boards
    # the fruit, filling each crate from its front lip, heaped a little in the middle: round
    # fruit in staggered rows, each shaded below and with a glint
    height = R.col(3.0 + 9.0 * f[:, 2])
    heap = np.full_like(boxes, np.inf)
    for cx in CRATES:
        top = LIP - height * (1.0 - 0.3 * ((u - cx) / CRATE_HW) ** 2)
        np.minimum(heap, np.maximum(np.maximum(np.abs(u - cx) - CRATE_HW + 0.8, top - yr), yr - LIP), out=heap)
    row = np.floor((LIP - yr) / FRUIT_DY)
    fx = ((u + row * FRUIT_DX / 2) % FRUIT_DX) - FRUIT_DX / 2
    fy = ((LIP - yr) % FRUIT_DY) - FRUIT_DY / 2
    pile = R.coverage(heap)
    fruit = pile * R.coverage(2.0 * (np.hypot(fx, fy) - FRUIT_R))
    R.over(part, pile, SHADE)
    R.over(part, fruit, FRUIT[f[:, 1].astype(int)])
    R.over(part, fruit * np.clip(-0.25 * fy - 0.1, 0.0, 0.3), (0.0, 0.0, 0.0))  # the lower side of each
    R.over(part, fruit * R.coverage(3.0 * (np.hypot(fx + 0.5, fy - 0.5) - 0.2)), WHITE)  # a glint
    R.over(part, R.coverage(np.maximum(boxes, LIP - yr)), WOOD)  # the front lips
    R.over(part, R.coverage(np.maximum(boxes, np.abs(yr - LIP) - 0.4)), WOOD_DARK)
    # the awning: a trapezoid wider at its scalloped front edge, its stripes converging upwards
    a0, a1 = AWNING_ROWS
    part, yr = img[:, :, a0:a1], y[:, a0:a1]
    hw = AWN_TOP_HW + (AWN_BOTTOM_HW - AWN_TOP_HW) * (yr - AWN_TOP) / (AWN_BOTTOM - AWN_TOP)
    scallop = AWN_BOTTOM + 1.8 * np.abs(np.sin(np.pi * u / 4.6))
    cloth = R.coverage(np.maximum(np.maximum(np.abs(u) - hw, AWN_TOP - yr), yr - scallop))
    R.over(part, cloth, R.hsv(f[:, 4], 0.8, 0.85))
    w = R.col(STRIPE_W[f[:, 3].astype(int)])
    period = 2 * np.maximum(w, 1.0)
    s = u * AWN_BOTTOM_HW / hw  # across the awning, as measured along its front edge
    stripe = (np.abs((s % period) - period / 2) - w / 2) * hw / AWN_BOTTOM_HW
    R.over(part, cloth * R.coverage(stripe) * (w > 0), WHITE)
    R.over(part, 0.35 * cloth * R.coverage(np.abs(yr - AWN_BOTTOM + 0.5) - 0.8), (0.0, 0.0, 0.0))
    return R.to_uint8(img)


def render(stall_x: float, fruit: float, fullness: float, awning_pattern: float, awning_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[stall_x, fruit, fullness, awning_pattern, awning_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("marketstall", arg, n, seed, FACTORS, sample_factors, _draw)
