"""`birdhouse`: a wooden birdhouse on a post in a garden, seen from the front (64x64 RGB).

A birdhouse stands on a wooden post in the middle of a garden: a painted front wall with a
pointed gable, a round dark entrance hole, a little perch peg below it and a floor board
sticking out under it, all under a dark slate roof of two slabs meeting at a ridge that
overhang the walls. The whole house may lean to one side on its post. Behind it is a pale
sky with a few soft clouds, a dark green hedge and a lawn with small flowers in it. Factors:
the height of the post (short to tall), the size of the birdhouse (small to large; the hole
grows with it), the size of the entrance hole (small to large, for the house's size), how
far the house leans (to the left to the right) and the hue of its painted walls (round the
whole colour wheel). The post's place across the image, the roof's colour and the garden stay
fixed; the whole birdhouse always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("post_height", "height of the birdhouse's post (short to tall)", "continuous"),
    Factor("house_size", "size of the birdhouse (small to large)", "continuous"),
    Factor("hole_size", "size of the birdhouse's round entrance hole (small to large)", "continuous"),
    Factor("lean", "how far the birdhouse leans on its post (to the left to the right)", "continuous"),
    Factor("wall_hue", "hue of the birdhouse's painted walls (round the whole colour wheel)", "cyclic", period=1.0),
)
# post_height: 0..1 puts the post's top (the middle of the house's floor) at y = 48..38 px (the
# post at x = 32 px, its foot at y = 62 px); house_size: 0..1 is a house 9..13 px in half-width
# (s below), its walls 1.4 s tall, the gable 0.8 s higher; hole_size: 0..1 is a hole 0.1..0.5 s
# in radius, its middle 0.85 s above the floor; lean: -0.35..0.35 radians turns the house about
# the post's top, clockwise (its top to the right) for positive values; wall_hue: 0..1 is a
# hue of 0..1 of the colour wheel (a whole turn)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (-0.35, 0.35), (0.0, 1.0))
SKY_TOP, SKY_LOW, CLOUD = (0.5, 0.7, 0.92), (0.82, 0.9, 0.96), (0.96, 0.97, 0.98)
HEDGE, HEDGE_LIGHT, LAWN, LAWN_DARK = (0.14, 0.32, 0.14), (0.24, 0.46, 0.2), (0.42, 0.66, 0.28), (0.34, 0.56, 0.22)
FLOWERS = ((0.95, 0.3, 0.3), (0.98, 0.9, 0.3), (0.96, 0.96, 0.96))
POST, POST_DARK, FLOOR, ROOF, ROOF_DARK, HOLE, PERCH = (
    (0.56, 0.4, 0.24),
    (0.4, 0.27, 0.15),
    (0.5, 0.34, 0.2),
    (0.3, 0.32, 0.38),
    (0.2, 0.21, 0.26),
    (0.06, 0.04, 0.03),
    (0.45, 0.3, 0.16),
)
MID_X, HEDGE_Y, LAWN_Y, FOOT_Y, WALL_H, GABLE_H, HOLE_Y = 32.0, 38.0, 48.0, 62.0, 1.4, 0.8, 0.85
HOUSE_ROWS = (4, 56)


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_LOW, HEDGE_Y)[None]
    for cx, cy, rx in ((10.0, 10.0, 7.0), (54.0, 16.0, 6.0), (40.0, 6.0, 5.0)):
        puff = np.minimum(
            R.ellipse_sdf(x - cx, y - cy, rx, 2.2), R.ellipse_sdf(x - cx + 1.5, y - cy + 1.8, rx * 0.5, 2.0)
        )
        R.over(img, 0.9 * R.coverage(puff), CLOUD)
    hedge = np.maximum(HEDGE_Y + 1.4 * np.sin(x * 0.6) + 0.7 * np.sin(x * 1.7 + 1.0) - y, y - LAWN_Y - 1.0)
    R.over(img, R.coverage(hedge), HEDGE)
    leaves = R.coverage(np.sin(x * 1.5 + np.sin(y * 1.2)) * np.sin(y * 1.7 + np.sin(x * 0.9)) * 3.0 - 1.3)
    R.over(img, 0.7 * R.coverage(hedge + 0.8) * leaves, HEDGE_LIGHT)
    lawn = R.below(LAWN_Y, 1)
    R.over(img, lawn, LAWN)
    R.over(img, 0.5 * lawn * R.coverage(np.abs(((x * 1.3 + y * 0.4) % 3.0) - 1.5) - 0.4), LAWN_DARK)
    for k, (fx, fy) in enumerate(((6.0, 52.0), (15.0, 58.0), (22.0, 51.0), (44.0, 55.0), (51.0, 50.0), (58.0, 59.0))):
        R.over(img, R.coverage(np.hypot(x - fx, y - fy) - 1.2), FLOWERS[k % len(FLOWERS)])
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the post, from the lawn up to the floor, shaded on its right
    top = R.col(48.0 - 10.0 * f[:, 0])
    u = x - MID_X
    post = R.edges_sdf(u, y, -2.2, 2.2, top, FOOT_Y)
    R.over(img, R.coverage(post), POST)
    R.over(img, R.coverage(np.maximum(post, 0.6 - u)), POST_DARK)
    # the house, in its own frame: across (right) and up, in units of its half-width s
    part, yy = img[:, :, HOUSE_ROWS[0] : HOUSE_ROWS[1]], y[:, HOUSE_ROWS[0] : HOUSE_ROWS[1]]
    s = R.col(9.0 + 4.0 * f[:, 1])
    a = R.col(f[:, 3])
    c, si = np.cos(a), np.sin(a)
    v = yy - top
    across, up = (u * c + v * si) / s, (u * si - v * c) / s
    floor = R.box_sdf(across, up - 0.06, 1.18, 0.1)
    walls = R.box_sdf(across, up - WALL_H / 2, 1.0, WALL_H / 2)
    gable = np.maximum((up - WALL_H) + GABLE_H * (np.abs(across) - 1.0), -(up - WALL_H) - 0.05)
    house = np.minimum(walls, gable)
    paint = R.hsv(f[:, 4], 0.55, 0.88)
    R.over(part, R.coverage(house * s), paint)
    R.over(part, R.coverage(np.maximum(house * s, (0.78 - across) * s)), 0.75 * paint)
    R.over(part, R.coverage(floor * s), FLOOR)
    hole = np.hypot(across, up - HOLE_Y) - R.col(0.1 + 0.4 * f[:, 2])
    R.over(part, R.coverage(hole * s - 0.5), 0.6 * paint)
    R.over(part, R.coverage(hole * s), HOLE)
    R.over(part, R.coverage((np.hypot(across, up - 0.24) - 0.09) * s), PERCH)
    # the roof: two slabs meeting at the ridge, overhanging the walls
    ridge = WALL_H + GABLE_H + 0.08
    slope = np.hypot(1.0, GABLE_H)
    roof = np.maximum(np.abs((up - ridge) + GABLE_H * np.abs(across)) / slope - 0.16, np.abs(across) - 1.25)
    roof = np.maximum(roof, -(up - WALL_H) - 0.5)
    R.over(part, R.coverage(roof * s), ROOF)
    R.over(part, R.coverage(np.maximum(roof * s, ((up - ridge) + GABLE_H * np.abs(across)) * s + 0.5)), ROOF_DARK)
    return R.to_uint8(img)


def render(post_height: float, house_size: float, hole_size: float, lean: float, wall_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[post_height, house_size, hole_size, lean, wall_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("birdhouse", arg, n, seed, FACTORS, sample_factors, _draw)
