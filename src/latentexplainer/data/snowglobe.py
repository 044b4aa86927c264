"""`snowglobe`: a snow globe standing on a wooden table in front of a papered wall (64x64 RGB).

A snow globe stands on a wooden table: a round glass globe, its rim faintly dark and a pale
glint curving round its upper left, set into a painted base that narrows towards the top,
with a gold band round its top edge, its right side in shade and a soft shadow on the table
under it. Inside the globe it is a winter night: deep blue water darkening towards the top, a
white bank of snow rounded up in the middle, a green fir tree of three tiers on a brown trunk
standing on the snow, and white snowflakes swirling above it. Behind the table is a wall with
warm striped paper. Factors: the horizontal position of the snow globe on the table (left to
right), the size of the globe (small to large; the base, the tree and the snow inside grow
with it), the hue of the base (round the whole colour wheel), how deep the snow lies in the
globe (a thin layer to a deep bank; the tree stands on it) and how many snowflakes swirl in it
(none to twelve). The base's height, the table and the wall stay fixed; the whole snow globe
always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("globe_x", "horizontal position of the snow globe on the table (left to right)", "continuous"),
    Factor("globe_size", "size of the snow globe (small to large)", "continuous"),
    Factor("base_hue", "hue of the snow globe's base (round the whole colour wheel)", "cyclic", period=1.0),
    Factor("snow_depth", "how deep the snow lies inside the globe (a thin layer to a deep bank)", "continuous"),
    Factor("flakes", "how many snowflakes swirl inside the globe (none to twelve)", "continuous"),
)
# globe_x: 0..1 puts the globe's middle at x = 21..43 px; globe_size: 0..1 is a globe 11..19 px
# in radius, its middle 0.8 of that above the base's top (y = 49 px; the base 8 px tall, its
# top 0.7 and its foot 0.85 of the radius in half-width); base_hue: 0..1 is the whole colour
# wheel (1 is 0 again); snow_depth: 0..1 puts the snow's top, in the middle, 0.62..0.12 of the
# radius below the globe's middle (the fir tree, 0.62 of the radius tall, standing on it);
# flakes: 0..1 shows 0..12 flakes 1.5 px in radius (each fades in over a twelfth of the range)
# at fixed places in the globe (FLAKES, as fractions of the radius from its middle)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
WALL, WALL_STRIPE, TABLE, TABLE_DARK, SHADOW = (
    (0.8, 0.68, 0.52),
    (0.72, 0.6, 0.44),
    (0.52, 0.33, 0.18),
    (0.42, 0.25, 0.13),
    (0.18, 0.1, 0.05),
)
WATER_TOP, WATER_LOW = np.array((0.08, 0.12, 0.32), np.float32), np.array((0.24, 0.36, 0.64), np.float32)
SNOW, SNOW_SHADE, TREE, TRUNK, FLAKE, GLINT, RIM, GOLD = (
    (0.95, 0.97, 1.0),
    (0.78, 0.84, 0.95),
    (0.22, 0.62, 0.3),
    (0.4, 0.24, 0.12),
    (1.0, 1.0, 1.0),
    (0.92, 0.96, 1.0),
    (0.55, 0.62, 0.72),
    (0.92, 0.76, 0.3),
)
TABLE_Y, BASE_TOP, BASE_FOOT, TREE_H = 47.0, 49.0, 57.0, 0.62
FLAKES = (
    (-0.29, 0.02),
    (0.02, -0.26),
    (0.13, 0.05),
    (0.22, -0.6),
    (-0.29, -0.43),
    (0.73, -0.3),
    (-0.76, 0.05),
    (0.49, -0.07),
    (0.79, 0.05),
    (-0.04, -0.79),
    (-0.53, -0.2),
    (0.54, -0.56),
)
GLOBE_ROWS = (12, 60)


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, np.broadcast_to(0.8 * R.coverage(np.abs((x % 6.0) - 3.0) - 0.8), (1, R.SIZE, R.SIZE)), WALL_STRIPE)
    table = R.below(TABLE_Y, 1)
    R.over(img, table, TABLE)
    grain = np.abs(((y + 1.5 * np.sin(x * 0.15 + y * 0.4)) % 3.0) - 1.5) - 0.25
    R.over(img, 0.6 * table * R.coverage(grain), TABLE_DARK)
    return img[0]


BACKGROUND = _background()


def _tier(u, v, apex, base, half_w):
    """Signed distance (roughly) to a triangle pointing up: its apex at height ``apex``, its base
    at ``base`` (both v, down) and ``half_w`` wide at the base."""
    h = base - apex
    return np.maximum(v - base, (np.abs(u) * h - (v - apex) * half_w) / np.sqrt(h * h + half_w * half_w))


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    part, yy = img[:, :, GLOBE_ROWS[0] : GLOBE_ROWS[1]], y[:, GLOBE_ROWS[0] : GLOBE_ROWS[1]]
    gx, rad = R.col(21.0 + 22.0 * f[:, 0]), R.col(11.0 + 8.0 * f[:, 1])
    cy = BASE_TOP - 0.8 * rad
    u, v = x - gx, yy - cy
    # the shadow on the table, then the globe's water, darker towards the top
    R.over(part, 0.35 * R.coverage(R.ellipse_sdf(u - 1.5, yy - BASE_FOOT, 0.95 * rad, 2.0)), SHADOW)
    glass = np.hypot(u, v) - rad
    inside = R.coverage(glass)
    t = np.clip((v + rad) / (2.0 * rad), 0.0, 1.0)[:, None]
    water = WATER_TOP[:, None, None] + (WATER_LOW - WATER_TOP)[:, None, None] * t
    part += inside[:, None] * (water - part)
    # the snow bank, rounded up in the middle, and the fir tree standing on it
    top = cy + rad * R.col(0.62 - 0.5 * f[:, 3])
    snow = np.maximum(glass, top + 0.15 * u * u / rad - yy)
    R.over(part, R.coverage(snow), SNOW)
    R.over(part, 0.8 * R.coverage(np.maximum(snow, -(glass + 2.5))), SNOW_SHADE)
    th = TREE_H * rad
    tv = yy - top
    R.over(part, R.coverage(R.edges_sdf(u, tv, -0.08 * th - 0.4, 0.08 * th + 0.4, -0.2 * th, 0.5)), TRUNK)
    tree = np.minimum(
        np.minimum(_tier(u, tv, -0.6 * th, -0.14 * th, 0.4 * th), _tier(u, tv, -0.82 * th, -0.4 * th, 0.31 * th)),
        _tier(u, tv, -th, -0.64 * th, 0.22 * th),
    )
    R.over(part, R.coverage(tree), TREE)
    # the snowflakes
    flakes = 0.0
    for k, (fx, fy) in enumerate(FLAKES):
        shown = R.col(np.clip(f[:, 4] * len(FLAKES) - k, 0.0, 1.0))
        flakes = np.maximum(flakes, shown * R.coverage(np.hypot(u - fx * rad, v - fy * rad) - 1.5))
    R.over(part, flakes, FLAKE)
    # the glass: its rim and a glint curving round its upper left
    R.over(part, 0.7 * R.coverage(np.abs(glass + 0.4) - 0.5), RIM)
    glint = np.maximum(np.abs(np.hypot(u, v) - 0.8 * rad) - 0.7, np.maximum(u + 0.15 * rad, v + 0.3 * rad))
    R.over(part, 0.7 * R.coverage(glint), GLINT)
    # the base, narrowing towards the top, its right side in shade, a gold band round its top
    colour = R.hsv(f[:, 2], 0.7, 0.8)
    frac = (yy - BASE_TOP) / (BASE_FOOT - BASE_TOP)
    half = rad * (0.7 + 0.15 * frac)
    base = np.maximum((np.abs(u) - half) / 1.01, np.maximum(BASE_TOP - yy, yy - BASE_FOOT))
    R.over(part, R.coverage(base), colour)
    R.over(part, 0.35 * R.coverage(np.maximum(base, 0.35 * half - u)), (0.0, 0.0, 0.0))
    R.over(part, R.coverage(np.maximum(base, yy - BASE_TOP - 1.6)), GOLD)
    return R.to_uint8(img)


def render(globe_x: float, globe_size: float, base_hue: float, snow_depth: float, flakes: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[globe_x, globe_size, base_hue, snow_depth, flakes]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("snowglobe", arg, n, seed, FACTORS, sample_factors, _draw)
