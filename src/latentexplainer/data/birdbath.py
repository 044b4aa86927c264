"""`birdbath`: a stone birdbath on a garden lawn in front of a hedge and a bed of flowers, with
bluebirds perching on its rim (64x64 RGB).

The birdbath stands in the middle of the lawn: a broad stone foot, an upright column with a
ring moulding half-way up, and on top a shallow round basin, seen a little from above, so that
its rim is a flat ellipse and the inside of the bowl shows; the water in it is blue with a pale
glint. The bluebirds sit on the rim, the first at its left end facing right, the second at its
right end facing left: each has a blue back and head, a russet breast, a dark eye, a small
beak and a tail sloping down behind it. Behind the birdbath a dark green leafy hedge runs
across the image under a pale sky, with a row of small flowers with yellow middles along its
foot; the lawn is striped with darker blades of grass. Factors: the height of the column (short
to tall; the basin and the birds ride on it), how full the basin is (the water from a small
pool in the bottom of the bowl to brimming at the rim), how many birds perch on the rim (none,
one or two) and the hue of the flowers (red through yellow, green and blue to purple). The
basin's size, the birds' colours, the hedge, the sky and the lawn stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("column_height", "height of the birdbath's column (short to tall)", "continuous"),
    Factor("water_level", "how full of water the birdbath's basin is (low to brimming)", "continuous"),
    Factor("birds", "how many birds perch on the birdbath's rim", "categorical", ("none", "one", "two")),
    Factor("flower_hue", "hue of the flowers along the hedge (red through yellow, green, blue to purple)",
           "continuous"),
)
# column_height: 0..1 is a column 6..22 px tall, which puts the basin's rim at y = 43..27 px;
# water_level: 0..1 grows the water from 0.15 of the inside of the bowl to all of it, rising 1.5 px;
# birds: code 0..2 is that many birds; flower_hue: 0..0.8 of the colour wheel (no wrap)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 2.0), (0.0, 0.8))
SKY_TOP, SKY_LOW = np.array((0.55, 0.74, 0.93)), np.array((0.82, 0.9, 0.97))
HEDGE, HEDGE_DARK, LAWN, BLADE = (0.16, 0.34, 0.14), (0.09, 0.22, 0.08), (0.44, 0.68, 0.3), (0.32, 0.55, 0.2)
STONE, STONE_DARK, STONE_LIGHT, INSIDE = (0.7, 0.68, 0.63), (0.5, 0.48, 0.45), (0.84, 0.82, 0.78), (0.64, 0.62, 0.57)
WATER, GLINT = (0.2, 0.45, 0.85), (0.9, 0.96, 1.0)
BLUE, BREAST, EYE, BEAK, MIDDLE = (0.25, 0.45, 0.95), (0.96, 0.56, 0.24), (0.05, 0.05, 0.08), (0.25, 0.22, 0.2), \
    (0.98, 0.85, 0.2)
CX, FOOT_Y, GROUND_Y = 32.0, 56.0, 60.0  # the column stands on the foot's top, FOOT_Y
HEDGE_Y, LAWN_Y = 14.0, 50.0
RIM_RX, RIM_RY, INNER_RX, INNER_RY, BOWL_DEPTH = 18.0, 5.0, 15.5, 3.8, 7.0
BIRD_AT, BIRD_S = 14.0, 1.3  # the birds' feet, from the middle of the rim; their size
FLOWERS = tuple((2.0 + 4.0 * i + 0.8 * np.sin(i * 2.3), 46.5 + (2.2 if i % 2 else -2.2) + 0.6 * np.sin(i * 1.7))
                for i in range(16))
ROWS, BIRD_ROWS, FLOWER_ROWS = (10, 61), (10, 45), (40, 53)  # the rows the birdbath, the birds, the flowers reach


def _background() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The garden, the flowers' coverage (H, W), to be painted in each image's hue, and their middles'."""
    x, y = R.grid()
    img = np.empty((1, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = R.vertical_gradient(SKY_TOP, SKY_LOW, HEDGE_Y + 4)
    top = HEDGE_Y + 1.2 * np.sin(x * 0.7) + 0.8 * np.sin(x * 1.9 + 1.0)
    R.over(img, R.coverage(top - y), HEDGE)
    leaves = np.sin(x * 1.3 + 2.0 * np.sin(y * 0.9)) * np.sin(y * 1.6 + 1.5 * np.sin(x * 0.7))
    R.over(img, 0.55 * R.coverage(0.2 - leaves) * R.coverage(top + 1.0 - y), HEDGE_DARK)
    R.over(img, R.below(LAWN_Y, 1), LAWN)
    blades = np.abs(((x + 2.5 * np.floor(y / 3.0)) % 5.0) - 2.5) - 0.45
    R.over(img, 0.6 * R.coverage(blades) * R.coverage(LAWN_Y + 1.0 - y), BLADE)
    flowers = np.zeros((1, R.SIZE, R.SIZE), np.float32)
    middles = np.zeros((1, R.SIZE, R.SIZE), np.float32)
    for fx, fy in FLOWERS:
        rho = np.hypot(x - fx, y - fy)
        petals = rho - 2.4 - 0.5 * np.cos(5 * np.arctan2(y - fy, x - fx))
        np.maximum(flowers, R.coverage(petals), out=flowers)
        np.maximum(middles, R.coverage(rho - 0.8), out=middles)
    R.over(img, flowers, (1.0, 1.0, 1.0))  # painted over in each image's hue
    return img[0], flowers[0], middles[0]


BACKGROUND, FLOWER_COVER, MIDDLE_COVER = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    f0, f1 = FLOWER_ROWS
    bed = img[:, :, f0:f1]
    R.over(bed, np.broadcast_to(FLOWER_COVER[f0:f1], (n, f1 - f0, R.SIZE)), R.hsv(f[:, 3], 0.75, 0.95))
    R.over(bed, np.broadcast_to(MIDDLE_COVER[f0:f1], (n, f1 - f0, R.SIZE)), MIDDLE)
    r0, r1 = ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    dx = x - CX
    rim = R.col(FOOT_Y - 6 - 16 * f[:, 0] - BOWL_DEPTH)
    # the foot, the column with its moulding, the bowl
    R.over(part, R.coverage(np.maximum(np.abs(dx) - 8.0 - (y - FOOT_Y) * 0.6, np.abs(y - 58.0) - 2.0)),
           STONE)
    column = np.maximum(np.abs(dx) - 3.0, np.maximum(rim + BOWL_DEPTH - 1.0 - y, y - FOOT_Y))
    R.over(part, R.coverage(column), STONE)
    R.over(part, 0.6 * R.coverage(np.maximum(column, 1.2 - dx)), STONE_DARK)  # shade on its right
    mid = (rim + BOWL_DEPTH + FOOT_Y) / 2
    R.over(part, R.coverage(R.ellipse_sdf(dx, y - mid, 4.5, 1.5)), STONE_LIGHT)
    bowl = np.maximum(R.ellipse_sdf(dx, y - rim, RIM_RX, BOWL_DEPTH), rim - y)
    R.over(part, R.coverage(bowl), STONE)
    R.over(part, 0.5 * R.coverage(np.maximum(bowl, rim + 3.0 - y)), STONE_DARK)
    # the rim, the inside of the bowl, the water with its glint
    R.over(part, R.coverage(R.ellipse_sdf(dx, y - rim, RIM_RX, RIM_RY)), STONE_LIGHT)
    inner = R.ellipse_sdf(dx, y - rim, INNER_RX, INNER_RY)
    R.over(part, R.coverage(inner), INSIDE)
    k, rise = R.col(0.15 + 0.85 * f[:, 1]), R.col(1.5 * f[:, 1])
    water = np.maximum(R.ellipse_sdf(dx, y - rim - 1.5 + rise, INNER_RX * k, INNER_RY * k), inner)
    R.over(part, R.coverage(water), WATER)
    glint = R.ellipse_sdf(dx + 0.35 * INNER_RX * k, y - rim - 1.2 + rise, 2.5 * k, 0.6)
    R.over(part, 0.8 * R.coverage(np.maximum(glint, water)), GLINT)
    # the birds on the rim: the first on the left facing right, the second on the right facing left,
    # each drawn only in its half of the image and the rows it can reach, for speed
    b0, b1 = BIRD_ROWS
    for i, side in enumerate((-1.0, 1.0)):
        here = R.col(f[:, 2] > i)
        c0, c1 = (0, R.SIZE // 2) if side < 0 else (R.SIZE // 2, R.SIZE)
        part = img[:, :, b0:b1, c0:c1]
        # u: forwards, v: down from the bird's feet, in units of BIRD_S px; distances scaled back to px
        u = (dx[:, :, c0:c1] - side * BIRD_AT) * (-side / BIRD_S)
        v = (y[:, b0 - r0:b1 - r0] - rim) / BIRD_S
        body = R.ellipse_sdf(u + 0.5, v + 4.2, 5.0, 3.4)
        tail = R.segment_sdf(u, v, -3.5, -4.5, -8.5, -2.2) - 1.2
        head = np.hypot(u - 3.6, v + 8.3) - 2.9
        beak = np.maximum(np.abs(v + 8.3) - 0.8 + 0.5 * (u - 6.2), 6.0 - u)
        bird = np.minimum(np.minimum(body, tail), head)
        R.over(part, here * R.coverage(BIRD_S * np.minimum(bird, beak)), BLUE)
        breast = np.maximum(body, -(v + 4.2 + 0.6 * (u - 1.0)) / np.hypot(1.0, 0.6))  # the front, below a slant
        R.over(part, here * R.coverage(BIRD_S * breast), BREAST)
        R.over(part, here * R.coverage(BIRD_S * beak), BEAK)
        R.over(part, here * R.coverage(BIRD_S * (np.hypot(u - 4.3, v + 8.9) - 0.8)), EYE)
    return R.to_uint8(img)


def render(column_height: float, water_level: float, birds: float, flower_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[column_height, water_level, birds, flower_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("birdbath", arg, n, seed, FACTORS, sample_factors, _draw)
