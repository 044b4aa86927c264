"""`metronome`: a clockwork metronome ticking on a table in front of a wallpapered wall (64x64 RGB).

A pyramid-shaped metronome stands in the middle of a wooden table, seen from the front: a
tapering body on a wider plinth, its right side in shade and a small cap on its top. Down
the middle of its front runs a dark slot with pale tick marks of a tempo scale. From a pivot
near the bottom of the slot a thin steel pendulum arm rises, longer than the body, and a
brass weight slides along it; the arm swings from side to side in front of the body. Behind
the table is a wall hung with wallpaper, patterned with small paler diamonds. Factors: the angle
the pendulum arm has swung to (to the left to the right), how far up the arm the brass
weight sits (low to high), the height of the metronome (short to tall; the arm grows with
it), the body's finish (walnut, black lacquer or red lacquer) and the hue of the wallpaper
(green through blue to purple). The metronome's place across the image, its width at the
bottom and the table stay fixed; the whole metronome always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FINISHES = ("walnut", "black", "red")
FACTORS = (
    Factor("swing", "angle the metronome's pendulum arm has swung to (left to right)", "continuous"),
    Factor("weight_height", "how far up the pendulum arm its brass weight sits (low to high)", "continuous"),
    Factor("height", "height of the metronome (short to tall)", "continuous"),
    Factor("finish", "the metronome's finish: walnut, black lacquer or red lacquer", "categorical", FINISHES),
    Factor("wallpaper_hue", "hue of the wallpaper behind the table (green through blue to purple)", "continuous"),
)
# swing: -0.55..0.55 radians tilts the arm about its pivot at (32, 51) px from leaning left to
# leaning right (0 is upright); weight_height: 0..1 slides the weight's middle from 0.2 to
# 0.92 of the arm's length up it; height: 0..1 puts the body's top at y = 30..12 px (its
# bottom on the plinth at y = 56 px, the arm 3 px longer than the body is tall); finish: codes
# 0..2 colour the body and plinth walnut brown, black or red; wallpaper_hue: 0..1 is a hue of
# 0.3..0.82 of the colour wheel (everything above the table's back edge at y = 44 px)
RANGES = ((-0.55, 0.55), (0.0, 1.0), (0.0, 1.0), (0.0, len(FINISHES) - 1.0), (0.0, 1.0))
WOODS = np.array(((0.46, 0.27, 0.13), (0.12, 0.12, 0.13), (0.68, 0.1, 0.09)), np.float32)
TABLE, TABLE_DARK, TABLE_EDGE = (0.72, 0.55, 0.36), (0.6, 0.44, 0.27), (0.5, 0.35, 0.2)
SLOT, SCALE, ARM, BRASS, BRASS_DARK = (
    (0.09, 0.07, 0.06),
    (0.88, 0.82, 0.62),
    (0.72, 0.74, 0.78),
    (0.96, 0.78, 0.22),
    (0.66, 0.48, 0.1),
)
MID_X, TABLE_Y, EDGE_Y, BASE_Y, PIVOT_Y = 32.0, 44.0, 61.0, 56.0, 51.0
BOTTOM_HW, TOP_HW, PLINTH_HW = 15.0, 5.0, 17.5
BODY_ROWS = (2, 62)


def _background() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The table (3, H, W); how much of each pixel is wall (H, W) and the wallpaper's pattern
    of paler diamonds, as coverage (H, W)."""
    x, y = R.grid()
    img = R.canvas(1, TABLE)
    grain = R.coverage(np.abs(((y * 0.8 + 2.0 * np.sin(x * 0.09 + 1.0)) % 2.6) - 1.3) - 0.4)
    R.over(img, 0.4 * grain, TABLE_DARK)
    R.over(img, R.below(EDGE_Y, 1), TABLE_EDGE)
    wall = 1.0 - R.below(TABLE_Y, 1)[0]
    diamonds = R.coverage(np.abs(((x + 4.0) % 8.0) - 4.0) + np.abs(((y + 4.0) % 8.0) - 4.0) - 1.8)
    diamonds = np.maximum(diamonds, 0.6 * R.coverage(np.hypot(((x % 8.0) - 4.0), ((y % 8.0) - 4.0)) - 0.7))
    diamonds = np.broadcast_to(diamonds, (1, R.SIZE, R.SIZE))[0]
    return img[0], wall.astype(np.float32), diamonds.astype(np.float32)


BACKGROUND, WALL, DIAMONDS = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the wallpaper with its paler diamonds
    hue = 0.3 + 0.52 * f[:, 4]
    paper, pale = R.hsv(hue, 0.42, 0.62), R.hsv(hue, 0.22, 0.84)  # (N, 3)
    colour = paper[:, :, None, None] + (pale - paper)[:, :, None, None] * DIAMONDS
    img += WALL * (colour - img)
    # the plinth, the tapering body (its right side shaded), its cap and the slot with its scale
    wood = WOODS[f[:, 3].astype(int)]
    part, yy = img[:, :, BODY_ROWS[0] : BODY_ROWS[1]], y[:, BODY_ROWS[0] : BODY_ROWS[1]]
    u = x - MID_X
    top = R.col(30.0 - 18.0 * f[:, 2])
    R.over(part, 0.4 * R.coverage(R.ellipse_sdf(u, yy - BASE_Y - 3.6, PLINTH_HW + 2.0, 1.5)), (0.2, 0.12, 0.05))
    R.over(part, R.coverage(R.edges_sdf(u, yy, -PLINTH_HW, PLINTH_HW, BASE_Y, BASE_Y + 3.5) - 0.3), 0.8 * wood)
    t = np.clip((BASE_Y - yy) / (BASE_Y - top), 0.0, 1.0)
    half = BOTTOM_HW + (TOP_HW - BOTTOM_HW) * t
    body = np.maximum(np.abs(u) - half, np.maximum(top - yy, yy - BASE_Y))
    R.over(part, R.coverage(body), wood)
    R.over(part, R.coverage(np.maximum(body, half - 2.6 - u)), 0.7 * wood)
    R.over(part, R.coverage(np.maximum(body, u - 2.0 + half)), np.minimum(1.3 * wood + 0.08, 1.0))
    R.over(part, R.coverage(R.ellipse_sdf(u, yy - top + 0.6, TOP_HW + 0.8, 1.6)), 0.85 * wood)
    slot_half = 1.5 + 2.0 * (1.0 - t)
    slot = np.maximum(np.abs(u) - slot_half, np.maximum(top + 3.0 - yy, yy - BASE_Y + 2.0))
    R.over(part, R.coverage(slot), SLOT)
    ticks = np.maximum(np.abs(((yy - top) % 3.0) - 1.5) - 0.35, np.abs(u) - slot_half + 0.8)
    R.over(part, 0.8 * R.coverage(np.maximum(slot + 0.6, ticks)), SCALE)
    # the pendulum arm, swung about its pivot, and the brass weight on it
    a = R.col(f[:, 0])
    length = BASE_Y - top + 3.0
    c, s = np.cos(a), np.sin(a)
    v = yy - PIVOT_Y
    along, across = u * s - v * c, u * c + v * s  # up the arm, and across it
    arm = np.maximum(np.abs(across) - 0.75, np.maximum(-along - 1.5, along - length))
    R.over(part, R.coverage(arm), ARM)
    R.over(part, R.coverage(np.hypot(u, v) - 1.4), ARM)
    w = length * R.col(0.2 + 0.72 * f[:, 1])
    weight = R.box_sdf(across, along - w, 4.6 - 0.3 * (along - w), 3.4)
    R.over(part, R.coverage(weight - 0.3), BRASS_DARK)
    R.over(part, R.coverage(np.maximum(weight + 0.4, across - 2.0)), BRASS)
    return R.to_uint8(img)


def render(swing: float, weight_height: float, height: float, finish: float, wallpaper_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[swing, weight_height, height, finish, wallpaper_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("metronome", arg, n, seed, FACTORS, sample_factors, _draw)
