"""`pinwheel`: a paper pinwheel on a stick stuck in a flower bed in a garden (64x64 RGB).

A toy pinwheel turns in the breeze: four paper vanes, each a triangle curling round from the
middle to a point, every other vane coloured and the others white, their curled halves a
little darker, pinned to a thin wooden stick with a round yellow pin in the middle. The
stick is stuck in a strip of brown earth, a flower bed, along the bottom of a green lawn, and
in the bed grow red flowers with yellow middles on green stems. Behind is a blue sky
with a few white clouds. Factors: the angle the vanes have turned to (a half turn brings the
pinwheel round to where it began), the height of the stick (short to tall; the pinwheel rides
on top), the hue of the coloured vanes (round the whole colour wheel), how far the stick
leans (to the left to the right; the pinwheel leans with it) and how many flowers grow in the
bed (none to five). The pinwheel's size, the stick's foot, the bed and the sky stay fixed; the
whole pinwheel always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("spin", "angle the pinwheel's vanes have turned to (a half turn repeats)", "cyclic", period=np.pi),
    Factor("stick_height", "height of the pinwheel's stick (short to tall)", "continuous"),
    Factor("vane_hue", "hue of the pinwheel's coloured vanes (round the whole colour wheel)", "cyclic", period=1.0),
    Factor("lean", "how far the pinwheel's stick leans (to the left to the right)", "continuous"),
    Factor("flowers", "how many flowers grow in the bed below the pinwheel (none to five)", "continuous"),
)
# spin: 0..pi radians turns the four vanes clockwise about the pin (pi is 0 again: the vanes
# alternate coloured and white, so a quarter turn swaps their colours); stick_height: 0..1 puts
# the pin 16..30 px from the stick's foot (x = 32 px, y = 55 px); vane_hue: 0..1 is the whole
# colour wheel (1 is 0 again); lean: -0.35..0.35 radians from upright about the stick's foot
# (positive: leaning right); flowers: 0..1 shows 0..5 flowers in the bed (each fades in over a
# fifth of the range), their heads 3.6 px in radius at x = 8, 20, 45, 56 and 38.5 px
RANGES = ((0.0, np.pi), (0.0, 1.0), (0.0, 1.0), (-0.35, 0.35), (0.0, 1.0))
SKY_TOP, SKY_LOW, CLOUD, LAWN, LAWN_DARK, EARTH, EARTH_DARK = (
    (0.38, 0.6, 0.92),
    (0.78, 0.88, 0.98),
    (0.97, 0.98, 1.0),
    (0.36, 0.64, 0.24),
    (0.27, 0.52, 0.17),
    (0.44, 0.3, 0.18),
    (0.33, 0.21, 0.12),
)
STICK, PIN, PAPER, STEM, PETAL, MIDDLE = (
    (0.62, 0.44, 0.24),
    (0.98, 0.82, 0.16),
    (0.97, 0.97, 0.95),
    (0.16, 0.46, 0.16),
    (0.92, 0.18, 0.24),
    (0.99, 0.86, 0.2),
)
FOOT_X, FOOT_Y, LAWN_Y, BED_Y, VANE_R, TIP_A, TIP_R = 32.0, 55.0, 44.0, 51.0, 14.0, 1.2, 0.78
FLOWERS = ((8.0, 47.0), (20.0, 49.0), (45.0, 48.0), (56.0, 46.5), (38.5, 53.0))  # the heads' middles
CLOUDS = ((10.0, 9.0, 4.0), (16.0, 7.0, 5.0), (22.0, 9.5, 3.5), (48.0, 15.0, 3.5), (53.0, 12.5, 4.5), (58.0, 15.0, 3.5))
WHEEL_ROWS, FLOWER_ROWS = (5, 57), (41, 58)


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_LOW, LAWN_Y)[None]
    clouds = np.min([np.hypot(x - cx, (y - cy) * 1.3) - r for cx, cy, r in CLOUDS], axis=0)
    R.over(img, R.coverage(clouds), CLOUD)
    lawn = R.below(LAWN_Y, 1)
    R.over(img, lawn, LAWN)
    R.over(img, 0.6 * lawn * R.coverage(np.abs(((x + 0.6 * y) % 5.0) - 2.5) - 0.7), LAWN_DARK)
    bed = R.coverage(BED_Y + 0.6 * np.sin(x * 0.9) - y)
    R.over(img, bed, EARTH)
    R.over(img, 0.7 * bed * R.coverage(np.abs(((x * 1.3 + y * 0.7) % 4.0) - 2.0) - 0.4), EARTH_DARK)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the flowers in the bed, on their stems
    part, yy = img[:, :, FLOWER_ROWS[0] : FLOWER_ROWS[1]], y[:, FLOWER_ROWS[0] : FLOWER_ROWS[1]]
    stems, heads, middles = 0.0, 0.0, 0.0
    for k, (fx, fy) in enumerate(FLOWERS):
        shown = R.col(np.clip(f[:, 4] * len(FLOWERS) - k, 0.0, 1.0))
        stems = np.maximum(stems, shown * R.coverage(R.segment_sdf(x, yy, fx, fy, fx + 0.5, 57.0) - 0.6))
        r = np.hypot(x - fx, yy - fy)
        petals = r - 2.6 - 1.0 * np.abs(np.cos(2.5 * np.arctan2(yy - fy, x - fx)))
        heads = np.maximum(heads, shown * R.coverage(petals))
        middles = np.maximum(middles, shown * R.coverage(r - 1.3))
    R.over(part, stems, STEM)
    R.over(part, heads, PETAL)
    R.over(part, middles, MIDDLE)
    # the stick, leaning about its foot, up to the pin
    part, yy = img[:, :, WHEEL_ROWS[0] : WHEEL_ROWS[1]], y[:, WHEEL_ROWS[0] : WHEEL_ROWS[1]]
    lean, tall = R.col(f[:, 3]), R.col(16.0 + 14.0 * f[:, 1])
    px, py = FOOT_X + tall * np.sin(lean), FOOT_Y - tall * np.cos(lean)
    R.over(part, R.coverage(R.segment_sdf(x, yy, FOOT_X, FOOT_Y, px, py) - 0.8), STICK)
    # the vanes: in the frame of the vane each pixel's angle falls in, a triangle from the pin
    # out to a point, then curling back; every other vane coloured
    dx, dy = x - px, yy - py
    phi = np.arctan2(dy, dx) - R.col(f[:, 0])
    k = np.floor(phi / (np.pi / 2))
    a = phi - k * (np.pi / 2)
    r = np.hypot(dx, dy)
    u, v = r * np.cos(a), r * np.sin(a)
    # the triangle: the pin, the point (VANE_R, 0) and the curl's end (TIP_R * VANE_R at TIP_A radians)
    bx, by = TIP_R * VANE_R * np.cos(TIP_A), TIP_R * VANE_R * np.sin(TIP_A)
    e1 = -v
    e2 = ((u - VANE_R) * by - v * (bx - VANE_R)) / np.hypot(bx - VANE_R, by)
    e3 = (v * bx - u * by) / np.hypot(bx, by)
    vane = np.maximum(np.maximum(e1, e2), e3)
    coloured = R.col(np.ones(n)) * (k % 2 == 0)
    colour = R.hsv(f[:, 2], 0.8, 0.95)
    R.over(part, R.coverage(vane) * coloured, colour)
    R.over(part, R.coverage(vane) * (1.0 - coloured), PAPER)
    curl = np.maximum(vane, u * np.sin(0.6) - v * np.cos(0.6))
    R.over(part, 0.25 * R.coverage(curl), (0.1, 0.1, 0.2))
    R.over(part, R.coverage(r - 1.8), PIN)
    return R.to_uint8(img)


def render(spin: float, stick_height: float, vane_hue: float, lean: float, flowers: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[spin, stick_height, vane_hue, lean, flowers]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("pinwheel", arg, n, seed, FACTORS, sample_factors, _draw)
