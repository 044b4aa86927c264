"""`bucket`: a painted metal bucket of water with a wire handle, standing on a paved yard in
front of a brick wall, seen from the front and a little above (64x64 RGB).

The bucket stands in the middle of the yard: a tapering painted wall, wider at the top, lit from
the left, with two pressed rings round it; its open top is an ellipse with a silver rim, through
which the grey metal inside of the bucket and the water in it show. A thin wire handle with a wooden
grip arcs over the top from two rivets on either side of the rim. The bucket casts a soft shadow
on the paving stones. Behind is a red brick wall with pale mortar. Factors: how full the bucket
is (empty to brimming), how far the handle is raised (lying back on the rim to standing up),
the hue of the bucket's paint (red through yellow and green to blue), its size (small to large)
and which way its shadow falls (to the left, behind it, to the right). The wall, the paving,
the water's colour and the bucket's proportions stay fixed; the bucket stands on the same spot.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("water_level", "how full of water the bucket is (empty to brimming)", "continuous"),
    Factor("handle_raise", "how far the bucket's handle is raised (lying back to upright)",
           "continuous"),
    Factor("bucket_hue", "hue of the bucket's paint (red through yellow and green to blue)",
           "continuous"),
    Factor("bucket_size", "size of the bucket (small to large)", "continuous"),
    Factor("shadow_side", "which way the bucket's shadow falls (left, behind, right)",
           "continuous"),
)
# water_level: 0..1 puts the water's surface from the bottom to 0.96 of the way up the bucket;
# handle_raise: 0..1 turns the handle from lying back (0) to upright (pi/2 radians); seen from
# 0.43 radians above, its arc rises 0.42..0.91 of its radius above the rim; bucket_hue: 0..0.65
# of the colour wheel (no wrap); bucket_size: 0..1 is a rim of radius 11..17 px (the bucket 1.1
# times as tall, its base 0.72 as wide); shadow_side: -1..1 swings the shadow's far end from
# 20 px left of the base's middle to 20 px right of it (0: straight behind)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 0.65), (0.0, 1.0), (-1.0, 1.0))
BRICK, MORTAR = (0.62, 0.27, 0.2), (0.8, 0.76, 0.68)
PAVING, JOINT = (0.64, 0.62, 0.57), (0.48, 0.46, 0.42)
WATER, WATER_LIGHT = (0.3, 0.6, 0.9), (0.75, 0.9, 1.0)
SILVER, RIVET = (0.84, 0.84, 0.87), (0.3, 0.3, 0.32)
INSIDE = (0.34, 0.35, 0.38)  # the bare metal inside
WIRE, WIRE_DARK, GRIP = (0.88, 0.88, 0.92), (0.2, 0.2, 0.22), (0.58, 0.38, 0.2)
WALL_Y, BASE_Y, CX = 36.0, 57.0, 32.0
TALL, FOOT = 1.1, 0.72  # the bucket's height and its base's radius, times the rim's radius
FLAT = 0.42  # every ellipse's height over its width
VIEW = 0.43  # radians the view looks down (sin VIEW = FLAT)
ROWS = (18, 64)  # the rows the bucket, its handle and its shadow can reach


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, BRICK)
    course = np.floor(y / 5.0)
    joints = np.minimum(np.abs((y % 5.0) - 0.5), np.abs(((x + course * 5.0) % 10.0) - 0.5))
    R.over(img, R.coverage(joints - 0.5), MORTAR)
    img += (0.04 * np.sin(course * 2.3 + np.floor((x + course * 5.0) / 10.0) * 1.7))[:, None]
    R.over(img, R.below(WALL_Y, 1), PAVING)
    slab_x = (x + 9.0 * (np.floor((y - WALL_Y) / 9.0) % 2)) % 18.0
    slab = np.minimum(np.abs(((y - WALL_Y) % 9.0) - 0.5), np.abs(slab_x - 0.5))
    R.over(img, R.coverage(slab - 0.45) * R.coverage(WALL_Y - y), JOINT)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    r0, r1 = ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    rim = R.col(11 + 6 * f[:, 3])
    foot = FOOT * rim
    rim_y = BASE_Y - TALL * rim
    # the shadow on the paving: a flattened blob from the base's middle out to one side
    side = R.col(f[:, 4])
    flat_y = BASE_Y + (y - BASE_Y) * 2.5
    shadow = R.segment_sdf(x, flat_y, CX, BASE_Y, CX + 20.0 * side, BASE_Y - 12.0) - 0.8 * rim
    R.over(part, 0.4 * R.coverage(shadow * 0.5), (0.0, 0.0, 0.0))
    # the outer wall: between the rim and the base, and the front of the base's ellipse
    t = (y - rim_y) / (BASE_Y - rim_y)
    half = rim + (foot - rim) * t
    slope = np.sqrt(1.0 + ((rim - foot) / (BASE_Y - rim_y)) ** 2)
    wall = np.maximum((np.abs(x - CX) - half) / slope, rim_y - y)
    base = R.ellipse_sdf(x - CX, y - BASE_Y, foot, FLAT * foot)
    wall = np.minimum(np.maximum(wall, y - BASE_Y), base)
    paint = R.hsv(f[:, 2], 0.72, 0.82)
    cover = R.coverage(wall)
    R.over(part, cover, paint)
    across = (x - CX) / half  # -1 at the left edge, 1 at the right
    R.over(part, cover * 0.5 * np.clip(across + 0.2, 0.0, 1.0) ** 2, (0.0, 0.0, 0.0))
    R.over(part, cover * 0.35 * np.exp(-(across + 0.5) ** 2 / 0.03), (1.0, 1.0, 1.0))
    for at in (0.3, 0.75):  # the pressed rings round the wall
        ry, rx = rim_y + at * (BASE_Y - rim_y), rim + (foot - rim) * at
        ring = np.maximum(np.abs(R.ellipse_sdf(x - CX, y - ry, rx, FLAT * rx)) - 0.6, ry - y)
        R.over(part, 0.55 * cover * R.coverage(ring), (0.0, 0.0, 0.0))
    # the open top: the dark inside, the water seen through it, the rim
    top = R.ellipse_sdf(x - CX, y - rim_y, rim, FLAT * rim)
    R.over(part, R.coverage(top), INSIDE)
    R.over(part, 0.4 * R.coverage(np.maximum(top, rim_y - y)), (0.0, 0.0, 0.0))  # its shaded back
    level = R.col(0.96 * f[:, 0])
    wy, wx = BASE_Y - level * (BASE_Y - rim_y), foot + (rim - foot) * level
    water = np.maximum(R.ellipse_sdf(x - CX, y - wy, wx, FLAT * wx), top + 1.0)
    R.over(part, R.coverage(water), WATER)
    glint = R.ellipse_sdf(x - CX + 0.35 * wx, y - wy + 0.3 * FLAT * wx, 0.3 * wx, 0.6)
    glint = np.maximum(glint, water)
    R.over(part, 0.6 * R.coverage(glint), WATER_LIGHT)
    R.over(part, R.coverage(np.abs(top) - 0.9), SILVER)
    # the handle: an arc over the top from the rivets, raised from lying back to upright
    lift = np.sin(VIEW + f[:, 1] * np.pi / 2)
    hr = rim + 0.5
    hy = R.col(lift) * hr
    arc = np.maximum(np.abs(R.ellipse_sdf(x - CX, y - rim_y, hr, hy)), y - rim_y)
    R.over(part, R.coverage(arc - 1.3), WIRE_DARK)
    R.over(part, R.coverage(arc - 0.7), WIRE)
    grip = R.segment_sdf(x, y, CX - 4.0, rim_y - hy, CX + 4.0, rim_y - hy)
    R.over(part, R.coverage(grip - 2.2), WIRE_DARK)
    R.over(part, R.coverage(grip - 1.6), GRIP)
    ry = y - rim_y - 1.5
    rivets = np.minimum(np.hypot(x - CX + hr, ry), np.hypot(x - CX - hr, ry)) - 1.6
    R.over(part, R.coverage(rivets), RIVET)
    return R.to_uint8(img)


def render(water_level: float, handle_raise: float, bucket_hue: float, bucket_size: float,
           shadow_side: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    f = np.array([[water_level, handle_raise, bucket_hue, bucket_size, shadow_side]], float)
    return _draw(f)[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("bucket", arg, n, seed, FACTORS, sample_factors, _draw)
