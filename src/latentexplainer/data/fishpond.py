"""`fishpond`: a garden fish pond cut away to show the water and a goldfish in it, a water lily
on the surface and reeds on the bank, seen from the side (64x64 RGB).

The sky fills the top of the image above a strip of green lawn. Below the lawn the ground is
cut away, brown soil with darker flecks, and the pond is dug into it: a deep basin with sloping
sides lined in dark grey, rimmed by pale coping stones on the lawn at both ends. The basin holds
dark green water from its bottom up to the water's surface, a paler line; above the water the
empty part of the basin shows its dark lining. A water lily floats on the surface - a flat green
pad with a pink flower - and a goldfish swims near the bottom, facing right. A clump of reeds
with brown bulrush heads grows from the lawn at the right edge of the pond. Factors: how high the
water stands in the pond (low in the basin to nearly brimming; the lily floats up with it), where
the goldfish swims along the pond (left to right), how tall the reeds have grown (short to tall)
and the weather (from a clear blue sky to heavy rain: a grey sky, streaks of rain, rings
spreading on the water and everything a little darker). The basin, the lawn, the fish's size and
depth and the lily's place along the pond stay fixed; everything always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("water_level", "how high the water stands in the pond (low to nearly brimming)", "continuous"),
    Factor("fish_x", "where the goldfish swims along the pond (left to right)", "continuous"),
    Factor("reed_height", "how tall the reeds on the bank have grown (short to tall)", "continuous"),
    Factor("rain", "the weather (clear to heavy rain)", "continuous"),
)
# water_level: 0..1 raises the water's surface from y = 47 to 33 px (the lawn is at y = 28 px, the
# basin's bottom at y = 60 px); fish_x: 0..1 puts the goldfish's middle at x = 18..37 px, at y = 54 px;
# reed_height: 0..1 makes the tallest reed 5..26 px tall above the lawn (the others 0.9, 0.8 and 0.7
# of it); rain: 0..1 blends the sky from blue to grey, shows the rain's streaks and the rings on the
# water and darkens everything by up to a quarter
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
CLEAR_TOP, CLEAR_LOW = np.array((0.36, 0.6, 0.92)), np.array((0.72, 0.85, 0.97))
GREY_TOP, GREY_LOW = np.array((0.42, 0.44, 0.48)), np.array((0.6, 0.62, 0.65))
LAWN, LAWN_DARK, SOIL, SOIL_DARK = (0.34, 0.6, 0.24), (0.24, 0.46, 0.17), (0.46, 0.32, 0.2), (0.36, 0.24, 0.15)
LINING, STONE, WATER, WATER_DEEP = (0.34, 0.33, 0.3), (0.74, 0.72, 0.66), np.array((0.16, 0.44, 0.4)), \
    np.array((0.06, 0.22, 0.22))
SURFACE, PAD, LILY, FISH, FIN = (0.55, 0.78, 0.74), (0.26, 0.56, 0.22), (0.96, 0.6, 0.74), (0.98, 0.5, 0.08), \
    (0.92, 0.34, 0.06)
REED, REED_DARK, BULRUSH, RAIN, RIPPLE = (0.36, 0.56, 0.2), (0.24, 0.42, 0.14), (0.38, 0.24, 0.13), \
    (0.86, 0.88, 0.92), (0.8, 0.88, 0.9)
LAWN_Y, BOTTOM_Y = 28.0, 60.0
TOP_L, TOP_R, BOTTOM_L, BOTTOM_R = 4.0, 47.0, 8.0, 43.0  # the basin's edges at the lawn and at its bottom
FISH_Y, FISH_RX, FISH_RY = 54.0, 5.5, 2.8
LILY_X = 21.0
REEDS = ((52.0, 0.8), (55.0, 1.0), (58.0, 0.9), (61.0, 0.7))  # each reed's foot and its share of the height
RIPPLES = (11.0, 27.0, 38.0)


def _basin(x, y):
    """Signed distance to the basin's inside (a trapezoid from the lawn down to its bottom)."""
    t = (y - LAWN_Y) / (BOTTOM_Y - LAWN_Y)
    left, right = TOP_L + (BOTTOM_L - TOP_L) * t, TOP_R + (BOTTOM_R - TOP_R) * t
    return np.maximum(np.maximum(left - x, x - right), np.maximum(LAWN_Y - y, y - BOTTOM_Y))


def _scene(background: float):
    """The ground, the basin and its lining and stones over a plain ``background`` (the sky above
    changes with the weather)."""
    x, y = R.grid()
    img = R.canvas(1, (background,) * 3)
    R.over(img, R.below(LAWN_Y, 1), SOIL)
    flecks = np.sin(1.7 * x + 0.5 * y) * np.sin(1.3 * y - 0.4 * x) - 0.6
    R.over(img, R.coverage(np.maximum(-flecks * 3.0, LAWN_Y + 3.0 - y)), SOIL_DARK)
    R.over(img, R.coverage(np.maximum(np.abs(y - LAWN_Y - 1.5) - 1.5, 0.0 * x)), LAWN)
    R.over(img, R.coverage(np.maximum(np.abs(y - LAWN_Y - 2.6) - 0.5, 0.0 * x)), LAWN_DARK)
    basin = _basin(x, y)
    R.over(img, R.coverage(basin - 1.5), LINING)
    for cx in (TOP_L - 1.5, TOP_R + 1.5):
        R.over(img, R.coverage(R.box_sdf(x - cx, y - (LAWN_Y - 0.5), 3.5, 1.3) - 0.6), STONE)
    return img[0]


SCENE = _scene(0.0)  # colours times coverage, over black
SCENE_CLEAR = _scene(1.0)[0] - SCENE[0]  # 1 - coverage: where the sky shows through
BASIN = R.coverage(_basin(*R.grid()))[0]
DEPTH = np.clip((R.grid()[1] - LAWN_Y) / (BOTTOM_Y - LAWN_Y), 0.0, 1.0)[0, :, 0][None, :, None]  # (1, H, 1)


def _streaks():
    """Coverage of slanted streaks of rain across the sky, in dashes at scattered heights."""
    x, y = R.grid()
    u = x + 0.3 * y
    lane = np.floor(u / 4.0)
    phase = (np.sin(lane * 12.9898) * 43758.5453) % 1.0 * 11.0
    dash = R.coverage(np.abs(((y + phase) % 11.0) - 2.5) - 2.5)
    line = R.coverage(np.abs((u % 4.0) - 2.0) - 0.35)
    return (dash * line * R.coverage(y - LAWN_Y + 0.5))[0]


STREAKS = _streaks()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    rain = f[:, 3:4]
    # the sky, clear to grey
    top, low = CLEAR_TOP + (GREY_TOP - CLEAR_TOP) * rain, CLEAR_LOW + (GREY_LOW - CLEAR_LOW) * rain
    s = np.clip((np.arange(R.SIZE, dtype=np.float32) + 0.5) / LAWN_Y, 0.0, 1.0)[None, None, :, None]
    img = np.ascontiguousarray(np.broadcast_to(top[:, :, None, None] + (low - top)[:, :, None, None] * s,
                                               (n, 3, R.SIZE, R.SIZE)), np.float32)
    img *= SCENE_CLEAR
    img += SCENE
    # the water, darker with depth, from the bottom of the basin up to its surface
    level = R.col(47.0 - 14.0 * f[:, 0])
    water = BASIN[None] * R.coverage(level - y)
    colour = WATER[:, None, None] + (WATER_DEEP - WATER)[:, None, None] * DEPTH  # (3, H, 1)
    R.over(img, water, colour)
    R.over(img, BASIN[None] * R.coverage(np.abs(y - level - 0.5) - 0.6), SURFACE)
    # the goldfish, facing right, near the bottom
    fx = R.col(18.0 + 19.0 * f[:, 1])
    tail = np.maximum(np.abs(y - FISH_Y) - 0.75 * (fx - FISH_RX + 1.5 - x), np.maximum(x - (fx - FISH_RX + 1.5),
                                                                                     fx - FISH_RX - 4.0 - x))
    R.over(img, R.coverage(tail), FIN)
    body = R.ellipse_sdf(x - fx, y - FISH_Y, FISH_RX, FISH_RY)
    R.over(img, R.coverage(body), FISH)
    R.over(img, R.coverage(np.maximum(body + 0.2, FISH_Y + 0.6 - y)), FIN)
    R.over(img, R.coverage(np.hypot(x - fx - 2.8, y - FISH_Y + 0.7) - 0.8), (0.05, 0.05, 0.05))
    # the water lily floating on the surface
    R.over(img, R.coverage(R.ellipse_sdf(x - LILY_X, y - level + 0.2, 5.5, 1.3)), PAD)
    flower = np.maximum(R.ellipse_sdf(x - LILY_X - 1.0, y - level + 1.8, 2.6, 2.2), y - level + 0.6)
    R.over(img, R.coverage(flower), LILY)
    R.over(img, R.coverage(np.hypot(x - LILY_X - 1.0, y - level + 1.6) - 0.8), (0.98, 0.86, 0.3))
    # the reeds on the bank, bulrush heads on the two tallest
    tall = R.col(5.0 + 21.0 * f[:, 2])
    for i, (rx, share) in enumerate(REEDS):
        h = share * tall
        lean = (-1.0, 0.5, -0.5, 1.0)[i]
        d, t = R.segment_sdf(x, y, rx, LAWN_Y + 1.0, rx + lean, LAWN_Y - h, along=True)
        R.over(img, R.coverage(d - 1.7 * (1.0 - t) - 0.3), REED if i % 2 == 0 else REED_DARK)
        if i < 3:
            R.over(img, R.coverage(R.ellipse_sdf(x - rx - lean * 0.8, y - (LAWN_Y - 0.78 * h), 1.7, 3.0)), BULRUSH)
    # the rain: streaks across the sky, rings on the water, everything darker
    amount = R.col(f[:, 3])
    R.over(img, 0.7 * amount * STREAKS[None], RAIN)
    rings = np.min([np.abs(R.ellipse_sdf(x - rx, y - level, 3.2, 0.9)) - 0.35 for rx in RIPPLES], 0)
    R.over(img, 0.9 * amount * R.coverage(rings) * BASIN[None], RIPPLE)
    img *= (1.0 - 0.25 * amount)[:, None]
    return R.to_uint8(img)


def render(water_level: float, fish_x: float, reed_height: float, rain: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[water_level, fish_x, reed_height, rain]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("fishpond", arg, n, seed, FACTORS, sample_factors, _draw)
