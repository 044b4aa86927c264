"""`treehouse`: a wooden treehouse built in a big tree, with a tyre swing hanging from a branch
(64x64 RGB).

A thick brown trunk rises from the grass left of the middle of the image into a wide, leafy
crown that fills the top of the image; a bare branch reaches out from the trunk to the right
below the crown. On a wooden platform across the trunk sits a small house of wooden planks
with a dark window and a pitched roof, propped on two diagonal braces running down to the
trunk. From the far end of the branch a rope hangs down to a black tyre swing. Behind is a
pale blue sky, and the grass is a green strip along the bottom. Factors: how high up the trunk
the treehouse is built (low to high), the angle the swing has swung to (to the left, hanging
straight down, to the right), the hue of the roof (round the whole colour wheel, so the hue
comes back to red), how wide the house is (narrow to wide) and the season of the leaves
(summer green through yellow to autumn orange). The trunk, the branch, the crown's shape, the
rope's length, the house's height and the sky stay fixed; the whole treehouse and the swing
always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("house_height", "how high up the trunk the treehouse is built (low to high)", "continuous"),
    Factor("swing", "angle the tyre swing has swung to (left, straight down, right)", "continuous"),
    Factor("roof_hue", "hue of the treehouse's roof, round the whole colour wheel", "cyclic", period=1.0),
    Factor("house_width", "width of the treehouse (narrow to wide)", "continuous"),
    Factor("season", "colour of the tree's leaves (summer green to autumn orange)", "continuous"),
)
# house_height: 0..1 puts the platform's top at y = 46..34 px; swing: -0.45..0.45 radians from
# hanging straight down (positive: the tyre swings to the right); roof_hue: 0..1 of the colour
# wheel, a whole turn (1 is red again); house_width: 0..1 is a house 14..24 px wide, centred on
# the trunk; season: 0..1 turns the leaves' hue from 0.3 (green) to 0.07 (orange), lighter as it goes
RANGES = ((0.0, 1.0), (-0.45, 0.45), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.5, 0.72, 0.94)), np.array((0.78, 0.88, 0.97))
GRASS, TRUNK, TRUNK_DARK = (0.33, 0.6, 0.22), (0.4, 0.26, 0.14), (0.3, 0.19, 0.1)
PLANK, PLANK_DARK, WINDOW, ROPE, TYRE = (
    (0.7, 0.5, 0.28),
    (0.5, 0.34, 0.18),
    (0.12, 0.1, 0.12),
    (0.82, 0.74, 0.55),
    (0.07, 0.07, 0.08),
)
GRASS_Y, TRUNK_X, TRUNK_HW = 57.0, 24.0, 3.5
WALL_H, ROOF_H, OVERHANG = 11.0, 8.0, 2.5
PIVOT_X, PIVOT_Y, ROPE_LEN, TYRE_R = 48.0, 29.0, 16.0, 4.5
CROWN = (
    (24.0, 8.0, 15.0),
    (8.0, 14.0, 9.0),
    (42.0, 12.0, 12.0),
    (58.0, 6.0, 9.0),
    (32.0, 20.0, 9.0),
    (14.0, 2.0, 10.0),
)  # x, y, radius of the crown's round clumps


def _tree():
    """The sky, the grass, the trunk and the branch drawn once, and the crown as a coverage mask
    with its leafy shading."""
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, GRASS_Y)[None].copy()
    R.over(img, R.below(GRASS_Y, 1), GRASS)
    flare = TRUNK_HW + 2.0 * R.coverage(y - GRASS_Y + 4.0)
    trunk = np.maximum(np.abs(x - TRUNK_X) - flare, y - GRASS_Y - 1.0)
    R.over(img, R.coverage(trunk), TRUNK)
    R.over(img, 0.7 * R.coverage(np.maximum(np.abs(x - TRUNK_X - 1.5) - 0.5, trunk)), TRUNK_DARK)
    branch = R.segment_sdf(x, y, TRUNK_X, PIVOT_Y + 4.0, PIVOT_X + 4.0, PIVOT_Y - 1.0) - 1.6
    R.over(img, R.coverage(branch), TRUNK)
    crown = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for cx, cy, r in CROWN:
        np.minimum(crown, np.hypot(x - cx, y - cy) - r, out=crown)
    shade = 0.9 + 0.1 * np.sin(x * 1.3 + np.sin(y * 0.9) * 2.0) * np.sin(y * 1.1 + x * 0.4)
    return img[0], R.coverage(crown)[0], shade[0]


BACKGROUND, CROWN_ALPHA, CROWN_SHADE = _tree()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    leaves = R.hsv(0.3 - 0.23 * f[:, 4], 0.75, 0.5 + 0.35 * f[:, 4])  # (n, 3): green, yellow-green, orange
    img = BACKGROUND[None] + CROWN_ALPHA * (leaves[:, :, None, None] * CROWN_SHADE - BACKGROUND[None])
    img = np.ascontiguousarray(img, np.float32)
    # the tyre swing: a rope from the branch's end, turned about it, and the tyre at its end
    a = R.col(f[:, 1])
    ex, ey = PIVOT_X + ROPE_LEN * np.sin(a), PIVOT_Y + ROPE_LEN * np.cos(a)
    tx, ty = PIVOT_X + (ROPE_LEN + TYRE_R) * np.sin(a), PIVOT_Y + (ROPE_LEN + TYRE_R) * np.cos(a)
    img = R.over(img, R.coverage(R.segment_sdf(x, y, PIVOT_X, PIVOT_Y, ex, ey) - 0.7), ROPE)
    img = R.over(img, R.coverage(np.abs(np.hypot(x - tx, y - ty) - TYRE_R + 1.0) - 1.6), TYRE)
    # the treehouse: braces, platform, plank walls, a window and the roof
    top, hw = R.col(46 - 12 * f[:, 0]), R.col(7 + 5 * f[:, 3])
    braces = (
        np.minimum(
            R.segment_sdf(x, y, TRUNK_X - hw + 1.0, top + 1.5, TRUNK_X - 1.0, top + 10.0),
            R.segment_sdf(x, y, TRUNK_X + hw - 1.0, top + 1.5, TRUNK_X + 1.0, top + 10.0),
        )
        - 0.9
    )
    img = R.over(img, R.coverage(braces), PLANK_DARK)
    platform = R.edges_sdf(x, y, TRUNK_X - hw - 2.5, TRUNK_X + hw + 2.5, top, top + 2.0)
    img = R.over(img, R.coverage(platform), PLANK_DARK)
    walls = R.edges_sdf(x, y, TRUNK_X - hw, TRUNK_X + hw, top - WALL_H, top)
    img = R.over(img, R.coverage(walls), PLANK)
    seams = np.abs(((y - top + 0.5) % 3.0) - 1.5) - 1.0  # a dark seam between planks every 3 px
    img = R.over(img, 0.6 * R.coverage(np.maximum(-seams, walls)), PLANK_DARK)
    window = R.box_sdf(x - (TRUNK_X + hw * 0.45), y - (top - WALL_H / 2 - 0.5), 2.5, 2.5)
    img = R.over(img, R.coverage(window), WINDOW)
    # the roof: a triangle over the walls, with an overhang at each side
    half = hw + OVERHANG
    eaves = top - WALL_H + 0.5
    slope = (np.abs(x - TRUNK_X) * ROOF_H - (y - eaves) * half - half * ROOF_H) / np.hypot(ROOF_H, half)
    roof = np.maximum(slope, y - eaves - 1.5)
    hue = f[:, 2]
    img = R.over(img, R.coverage(roof), R.hsv(hue, 0.7, 0.72))
    return R.to_uint8(R.over(img, R.coverage(np.maximum(np.abs(y - eaves - 0.5) - 1.0, roof)), R.hsv(hue, 0.75, 0.5)))


def render(house_height: float, swing: float, roof_hue: float, house_width: float, season: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[house_height, swing, roof_hue, house_width, season]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("treehouse", arg, n, seed, FACTORS, sample_factors, _draw)
