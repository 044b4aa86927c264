"""`wateringcan`: a watering can held up over a flower bed in a garden, seen from the side
(64x64 RGB).

Behind is a dark green hedge with a leafy, uneven top under the sky; below it a strip of lawn
and, along the bottom of the image, a bed of brown soil with a row of flowers on green stems.
On the left a painted metal watering can hangs in the air, as if held by an unseen hand: a
rounded body with a darker rim at its top, a pale highlight down its side, an arched handle
over its top and a long thin spout rising from its lower front to a round sprinkler rose on
the right. Tipped far enough forward, it pours: thin streams of pale blue water arc from the
rose down to the flower bed, plainer to see the further it is tipped. Factors: how
high the can is held (low to high), the size of the can, how far it is tipped forward (upright
to pouring), the hue of its paint (all round the colour wheel: a whole turn brings it back)
and the sky (grey and overcast to clear blue with the sun out). The hedge, the lawn, the flower
bed and the can's place from left to right stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("can_height", "how high the watering can is held (low to high)", "continuous"),
    Factor("can_size", "size of the watering can (small to large)", "continuous"),
    Factor("tilt", "how far the can is tipped forward (upright to pouring)", "continuous"),
    Factor("can_hue", "hue of the watering can's paint, all round the colour wheel", "cyclic", period=1.0),
    Factor("sky", "the sky (grey and overcast to clear blue and sunny)", "continuous"),
)
# can_height: 0..1 puts the middle of the can's body at y = 36..20 px (x = 19 px);
# can_size: 0..1 scales the can 0.8..1.2 times (its body 16 x 14 px at 1); tilt: 0..0.9
# radians clockwise from upright (the spout lowers to the right); water runs once the tilt
# passes 0.3 radians and is at its fullest from 0.75; can_hue: 0..1 turns of the colour
# wheel; sky: 0..1 blends the sky from overcast to clear and brings out the sun
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 0.9), (0.0, 1.0), (0.0, 1.0))
GREY_TOP, GREY_BOTTOM = np.array((0.6, 0.62, 0.66)), np.array((0.8, 0.81, 0.83))
BLUE_TOP, BLUE_BOTTOM = np.array((0.25, 0.52, 0.9)), np.array((0.66, 0.83, 0.98))
SUN, WATER, HIGHLIGHT = (1.0, 0.95, 0.7), (0.72, 0.87, 1.0), (1.0, 1.0, 1.0)
HEDGE, LAWN, SOIL = (0.13, 0.33, 0.12), (0.35, 0.62, 0.24), (0.4, 0.26, 0.15)
STEM = (0.2, 0.48, 0.16)
BODY_X, LAWN_Y, BED_Y = 19.0, 44.0, 53.0
FLOWERS = ((34.0, 50.0, (0.95, 0.4, 0.6)), (41.0, 48.0, (0.98, 0.85, 0.2)), (48.0, 50.5, (0.7, 0.4, 0.9)),
           (55.0, 48.5, (0.98, 0.55, 0.2)), (61.0, 50.0, (0.95, 0.4, 0.6)), (8.0, 50.0, (0.98, 0.85, 0.2)))
SPOUT_A, SPOUT_B = np.array((6.0, 4.0)), np.array((17.0, -9.0))  # the spout, in the can's frame at size 1
STREAMS = (1.0, 1.35, 1.75)  # the streams' speeds (slow streams fall close to the rose)
GRAVITY = 0.06


def _garden() -> tuple[np.ndarray, np.ndarray]:
    """The hedge, the lawn and the flower bed (3, H, W) and their coverage (H, W)."""
    x, y = R.grid()
    img = R.canvas(1, HEDGE)
    img *= (1.0 + 0.25 * np.sin(x * 1.3 + 2.0 * np.sin(y * 0.8)) * np.sin(y * 1.1 + x * 0.3))[:, None]
    top = 24.0 + 1.6 * np.sin(x * 0.55) + 1.0 * np.sin(x * 1.7 + 1.0)
    alpha = R.coverage(top - y)
    R.over(img, R.below(LAWN_Y, 1), LAWN)
    R.over(img, R.below(BED_Y, 1), SOIL)
    img *= (1.0 + 0.08 * np.sin(x * 2.9) * np.sin(y * 2.3) * R.below(BED_Y, 1))[:, None]
    for fx, fy, colour in FLOWERS:
        R.over(img, R.coverage(np.maximum(np.abs(x - fx) - 0.6, np.maximum(fy - y, y - 60.0))), STEM)
        petals = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
        for k in range(5):
            t = 2 * np.pi * k / 5
            np.minimum(petals, np.hypot(x - fx - 1.8 * np.cos(t), y - fy - 1.8 * np.sin(t)) - 1.5, out=petals)
        R.over(img, R.coverage(petals), colour)
        R.over(img, R.coverage(np.hypot(x - fx, y - fy) - 1.0), (0.98, 0.9, 0.4))
    return img[0], np.broadcast_to(alpha, (1, R.SIZE, R.SIZE))[0].astype(np.float32)


GARDEN, GARDEN_ALPHA = _garden()
SKY_T = np.clip((np.arange(R.SIZE, dtype=np.float32) + 0.5) / 28.0, 0.0, 1.0)[:, None]
SUN_ALPHA = R.coverage(np.hypot(R.grid()[0] - 52.0, R.grid()[1] - 9.0) - 4.5)[0]


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    # the sky, the sun and the garden
    s = f[:, 4:5]
    top = GREY_TOP[None] + (BLUE_TOP - GREY_TOP)[None] * s
    bottom = GREY_BOTTOM[None] + (BLUE_BOTTOM - GREY_BOTTOM)[None] * s
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = (top[:, :, None, None] + (bottom - top)[:, :, None, None] * SKY_T[None, None]).astype(np.float32)
    R.over(img, SUN_ALPHA[None] * R.col(f[:, 4]), SUN)
    img += (GARDEN - img) * GARDEN_ALPHA
    # the can's frame: u to its front, v down it, turned clockwise by the tilt about the body's middle
    k, a = R.col(0.8 + 0.4 * f[:, 1]), R.col(f[:, 2])
    cy = R.col(36 - 16 * f[:, 0])
    ca, sa = np.cos(a), np.sin(a)
    px, py = x - BODY_X, y - cy
    u, v = (px * ca + py * sa) / k, (-px * sa + py * ca) / k  # in can units (size 1)
    # the water first, pouring from the rose (behind the can)
    d = (SPOUT_B - SPOUT_A) / np.hypot(*(SPOUT_B - SPOUT_A))
    rose_u, rose_v = SPOUT_B + 1.6 * d
    ox, oy = BODY_X + k * (rose_u * ca - rose_v * sa), cy + k * (rose_u * sa + rose_v * ca)
    dx, dy = d[0] * ca - d[1] * sa, d[0] * sa + d[1] * ca  # the spout's direction on screen
    flow = np.clip((a - 0.3) / 0.45, 0.0, 1.0)
    run = x - ox
    water = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    for speed in STREAMS:
        t = run / (speed * dx)
        path = oy + dy * speed * t + GRAVITY * t * t
        slope = dy / dx + 2 * GRAVITY * t / (speed * dx)
        dist = np.abs(y - path) / np.sqrt(1 + slope * slope) - 0.55
        np.minimum(water, np.maximum(dist, np.maximum(-run, y - BED_Y - 1.0)), out=water)
    R.over(img, 0.85 * flow * R.coverage(water), WATER)
    # the spout, the handle, the body, its rim and highlight, and the rose, all in can units
    spout, h = R.segment_sdf(u, v, SPOUT_A[0], SPOUT_A[1], SPOUT_B[0], SPOUT_B[1], along=True)
    spout = spout - (1.5 - 0.5 * h)
    handle = np.maximum(np.abs(np.hypot(u + 1.0, v + 7.0) - 6.0) - 1.2, v + 7.0)
    body = R.box_sdf(u, v, 7.0, 6.0) - 1.0
    paint = R.hsv(f[:, 3], 0.72, 0.78)
    R.over(img, R.coverage(k * np.minimum(np.minimum(spout, handle), body)), paint)
    R.over(img, R.coverage(k * np.maximum(body, v + 5.6)), paint * 0.6)  # the rim
    R.over(img, 0.4 * R.coverage(k * np.maximum(body, 3.0 - v)), paint * 0.6)  # the shade low on its side
    R.over(img, 0.55 * R.coverage(k * np.maximum(np.abs(u + 4.0) - 1.0, np.abs(v - 0.5) - 4.0)), HIGHLIGHT)
    R.over(img, R.coverage(k * (np.hypot(u - rose_u, v - rose_v) - 2.2)), paint * 0.65)
    return R.to_uint8(img)


def render(can_height: float, can_size: float, tilt: float, can_hue: float, sky: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[can_height, can_size, tilt, can_hue, sky]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("wateringcan", arg, n, seed, FACTORS, sample_factors, _draw)
