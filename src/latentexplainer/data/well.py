"""`well`: a stone wishing well with a little roof and a bucket on a rope, in a garden before a
hedge, seen from the front (64x64 RGB).

The well stands in the middle of the image on the lawn: a round wall of stone blocks laid in
courses with darker mortar, shaded darker towards its sides, its rim a lighter ring round the
dark opening. Two wooden posts rise from the rim to carry a pointed roof of shingles, and a
wooden axle between them, turned by a crank on the right, holds the coiled rope; from its middle
the rope hangs down to a tin bucket with dark hoops, which sinks into the opening -
behind the front of the wall - as the rope is let out. Behind the well is a dark green hedge
with a bumpy top under a pale blue sky. Factors: the well's width (its posts and roof widen
with it), how far the bucket is let down on its rope (hanging under the axle to sunk into the
well), how steep the roof is (low to tall), the hue of the roof's shingles (red through green
to blue) and the lightness of the stone (dark to pale). The well's place, its wall's height,
the posts' height, the bucket, the hedge and the sky stay fixed; the whole well always lies
inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("well_width", "width of the well (narrow to wide)", "continuous"),
    Factor("rope_length", "how far the bucket is let down into the well (hanging high to sunk)", "continuous"),
    Factor("roof_pitch", "how steep the well's roof is (low to tall)", "continuous"),
    Factor("roof_hue", "hue of the roof's shingles (red through green to blue)", "continuous"),
    Factor("stone_lightness", "lightness of the well's stone (dark to pale)", "continuous"),
)
# well_width: 0..1 is a wall of half-width 10..15 px round x = 32 px (the posts 1.8 px inside its
# sides, the roof's eaves 5 px outside them); rope_length: 0..1 puts the bucket's top 3..18 px
# below the axle (y = 25..40 px; the rim is at y = 40 px); roof_pitch: 0..1 is a roof 4..14 px
# high; roof_hue: 0..0.65 of the colour wheel (no wrap); stone_lightness: 0..1 is a stone grey of
# value 0.3..0.8
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 0.65), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.5, 0.72, 0.93)), np.array((0.8, 0.88, 0.95))
HEDGE, LEAF, LAWN = (0.17, 0.36, 0.16), (0.24, 0.46, 0.2), (0.43, 0.63, 0.27)
WOOD, AXLE_WOOD, ROPE = (0.4, 0.26, 0.14), (0.3, 0.19, 0.1), (0.78, 0.68, 0.47)
BUCKET, HOOP, OPENING = (0.8, 0.82, 0.85), (0.3, 0.31, 0.34), (0.06, 0.06, 0.08)  # a tin bucket
STONE = np.array((1.0, 0.96, 0.9), np.float32)  # times the stone's grey value
CX, RIM, BASE, LAWN_Y = 32.0, 40.0, 55.0, 49.0
RIM_RY, OPEN_RY, RIM_W = 3.2, 2.0, 2.6  # the rim's ring: outer and inner half-heights, its width
POST_TOP, POST_IN, POST_HW = 17.0, 1.8, 1.4
AXLE_Y, AXLE_HW, EAVES = 22.0, 1.1, 5.0
BUCKET_H, BUCKET_TOP_HW, BUCKET_BOTTOM_HW = 11.0, 6.0, 4.8
COURSE, BLOCK = 4.0, 7.0  # the stone courses' height, the blocks' length
WALL_ROWS = (int(RIM) - 4, int(BASE) + 1)


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, 34.0)[None].copy()
    hedge_top = 29.0 + 2.0 * np.sin(x * 0.55) + 1.0 * np.sin(x * 1.3 + 1.0)
    R.over(img, R.coverage(hedge_top - y), HEDGE)
    leaves = np.sin(x * 1.7 + y * 0.9) * np.sin(x * 0.8 - y * 1.9) - 0.45  # a leafy dappling
    R.over(img, 0.6 * R.coverage(leaves * 2.0) * R.coverage(hedge_top + 1.0 - y), LEAF)
    R.over(img, R.below(LAWN_Y, 1), LAWN)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    u = x - CX
    hw = R.col(10 + 5 * f[:, 0])
    px = hw - POST_IN  # the posts' middles, either side
    # the posts, the axle with its crank and coiled rope, and the roof
    posts = np.maximum(np.abs(np.abs(u) - px) - POST_HW, np.maximum(POST_TOP - y, y - RIM))
    R.over(img, R.coverage(posts), WOOD)
    axle = R.edges_sdf(u, y, -px, px + 3.0, AXLE_Y - AXLE_HW, AXLE_Y + AXLE_HW)
    crank = R.segment_sdf(u, y, px + 3.0, AXLE_Y, px + 3.0, AXLE_Y + 5.0) - 0.9
    R.over(img, R.coverage(np.minimum(axle, crank)), AXLE_WOOD)
    R.over(img, R.coverage(R.box_sdf(u, y - AXLE_Y, 3.0, 1.8)), ROPE)
    rise, eaves = R.col(4 + 10 * f[:, 2]), hw + EAVES
    roof = np.maximum(
        (np.abs(u) * rise - (y - POST_TOP) * eaves - eaves * rise) / np.hypot(rise, eaves), y - POST_TOP - 1.0
    )
    shingles = np.abs(((POST_TOP + 1.0 - y) % 3.0) - 1.5) - 1.0
    colour = R.hsv(f[:, 3], 0.75, 0.7)
    R.over(img, R.coverage(roof), colour)
    R.over(img, R.coverage(np.maximum(roof, -shingles)), colour * 0.7)
    # the rim's top and the dark opening, drawn over the posts' feet
    r0, r1 = WALL_ROWS
    part, yw = img[:, :, r0:r1], y[:, r0:r1]
    v = yw - RIM
    stone = R.col(0.3 + 0.5 * f[:, 4])[..., None] * STONE[:, None, None]  # (n, 3, 1, 1)
    R.over(part, R.coverage(R.ellipse_sdf(u, v, hw, RIM_RY)), (1.15 * stone)[:, :, 0, 0])
    opening = R.ellipse_sdf(u, v, hw - RIM_W, OPEN_RY)
    R.over(part, R.coverage(opening), OPENING)
    # the rope and the bucket, its lower part hidden by the front of the wall once let down
    top = R.col(AXLE_Y + 3 + 15 * f[:, 1])
    R.over(img, R.coverage(np.maximum(np.abs(u) - 0.6, np.maximum(AXLE_Y - y, y - top))), ROPE)
    t = np.clip((y - top) / BUCKET_H, 0.0, 1.0)
    bucket = np.maximum(
        np.abs(u) - (BUCKET_TOP_HW + (BUCKET_BOTTOM_HW - BUCKET_TOP_HW) * t), np.maximum(top - y, y - top - BUCKET_H)
    )
    R.over(img, R.coverage(bucket), BUCKET)
    hoops = np.minimum(np.abs(y - top - 1.5), np.abs(y - top - BUCKET_H + 1.5)) - 0.7
    R.over(img, R.coverage(np.maximum(hoops, bucket)), HOOP)
    # the front of the wall: stone blocks in courses, shaded round towards the sides
    front = np.maximum(R.edges_sdf(u, yw, -hw, hw, RIM, BASE), -opening)
    inside = R.coverage(front)
    course = np.floor(v / COURSE)
    block = np.floor((u + 64.0 + course * BLOCK / 2) / BLOCK)  # the blocks' joints: see mortar
    jitter = 0.08 * np.sin(block * 2.3 + course * 1.7)  # each block a little lighter or darker
    shade = (1.0 + jitter - 0.35 * (u / hw) ** 2)[:, None]
    part += inside[:, None] * (stone * shade - part)
    joint = (u + 64.0 + course * BLOCK / 2) % BLOCK
    mortar = np.minimum(v - course * COURSE, np.minimum(joint, BLOCK - joint)) - 0.5
    R.over(part, 0.7 * inside * R.coverage(mortar), (0.45 * stone)[:, :, 0, 0])
    return R.to_uint8(img)


def render(
    well_width: float, rope_length: float, roof_pitch: float, roof_hue: float, stone_lightness: float
) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[well_width, rope_length, roof_pitch, roof_hue, stone_lightness]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("well", arg, n, seed, FACTORS, sample_factors, _draw)
