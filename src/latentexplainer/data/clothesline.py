"""`clothesline`: T-shirts drying on a washing line in a back garden (64x64 RGB).

A thin washing line runs between two wooden T-shaped posts at the left and right edges of a
back garden, sagging towards its middle. T-shirts hang from it, evenly spaced along it, each
held by two brown pegs at its shoulders: a body with short sleeves, a round neck cut out at
the top and a darker hem, every other shirt a little darker. The wind blows them sideways,
swinging their hems out to the right about the line. Behind them is a sunny sky with the
round sun in it, a dark green hedge along the back of the garden and a striped lawn. Factors:
how far the line sags in the middle (nearly taut to a deep sag; the shirts hang from it),
how many shirts hang on it (one to three), the hue of the shirts (round the whole colour
wheel), how far the wind blows them sideways (hanging straight down to blown out to the
right) and the sun's horizontal position (left to right). The posts, the shirts' size, the
hedge and the lawn stay fixed; every shirt always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

COUNTS = ("1", "2", "3")
FACTORS = (
    Factor("sag", "how far the washing line sags in the middle (nearly taut to a deep sag)", "continuous"),
    Factor("shirts", "how many T-shirts hang on the washing line (one to three)", "categorical", COUNTS),
    Factor("shirt_hue", "hue of the T-shirts (round the whole colour wheel)", "cyclic", period=1.0),
    Factor("wind", "how far the wind blows the shirts sideways (hanging straight to blown right)", "continuous"),
    Factor("sun_x", "horizontal position of the sun in the sky (left to right)", "continuous"),
)
# sag: 0..1 lowers the line's middle 1..12 px below its ends (at y = 12 px on the posts at x =
# 2.5 and 61.5 px), a parabola between them; shirts: codes 0..2 hang 1..3 shirts 17 px apart,
# centred on x = 30 px, each hung at the line's height where it is (20 px long, 11 px wide);
# shirt_hue: 0..1 is a hue of 0..1 of the colour wheel (a whole turn); wind: 0..1 swings each
# shirt 0..0.55 radians
# about the middle of its shoulders, its hem out to the right; sun_x: 0..1 puts the sun's
# middle (6 px in radius, at y = 8 px) at x = 12..52 px
RANGES = ((0.0, 1.0), (0.0, len(COUNTS) - 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_LOW, SUN, HALO = (0.42, 0.66, 0.94), (0.76, 0.88, 0.98), (1.0, 0.9, 0.35), (1.0, 0.96, 0.75)
HEDGE, HEDGE_LIGHT, LAWN, LAWN_LIGHT = (0.13, 0.3, 0.12), (0.22, 0.42, 0.18), (0.4, 0.66, 0.26), (0.48, 0.74, 0.32)
POST, POST_DARK, LINE, PEG = (0.58, 0.42, 0.26), (0.42, 0.28, 0.16), (0.92, 0.92, 0.9), (0.5, 0.3, 0.14)
LEFT_X, RIGHT_X, LINE_Y, HEDGE_Y, LAWN_Y, GROUND_Y, SPACING = 2.5, 61.5, 12.0, 38.0, 46.0, 60.0, 17.0
SUN_Y, SUN_R, SHIRT_HW, SLEEVE_HW, SHIRT_LEN, SLEEVE_LEN = 7.0, 6.0, 5.5, 8.0, 20.0, 5.6
SKY_ROWS, LINE_ROWS = (0, 16), (8, 50)
SHIRTS_X = 30.0


def _background() -> tuple[np.ndarray, np.ndarray]:
    """The garden without the sun (3, H, W), and how much of each pixel is open sky (H, W)."""
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_LOW, HEDGE_Y)[None]
    hedge = np.maximum(HEDGE_Y + 1.2 * np.sin(x * 0.7) + 0.8 * np.sin(x * 1.9 + 2.0) - y, y - LAWN_Y - 1.0)
    R.over(img, R.coverage(hedge), HEDGE)
    leaves = R.coverage(np.sin(x * 1.6 + np.sin(y * 1.1)) * np.sin(y * 1.8 + np.sin(x * 0.8)) * 3.0 - 1.4)
    R.over(img, 0.7 * R.coverage(hedge + 0.8) * leaves, HEDGE_LIGHT)
    lawn = R.below(LAWN_Y, 1)
    R.over(img, lawn, LAWN)
    R.over(img, 0.6 * lawn * R.coverage(np.abs((x % 16.0) - 8.0) - 4.0), LAWN_LIGHT)
    posts = np.inf
    for px in (LEFT_X, RIGHT_X):
        posts = np.minimum(posts, R.edges_sdf(x, y, px - 1.3, px + 1.3, LINE_Y - 3.0, GROUND_Y))
        posts = np.minimum(posts, R.edges_sdf(x, y, px - 3.5, px + 3.5, LINE_Y - 3.0, LINE_Y - 1.4))
    R.over(img, R.coverage(posts), POST)
    R.over(img, R.coverage(np.maximum(posts + 0.8, np.abs(((y - 3.0) % 7.0) - 3.5) - 0.4)), POST_DARK)
    sky = (1.0 - R.coverage(np.minimum(hedge, posts))[0]) * (1.0 - lawn[0])
    return img[0], sky.astype(np.float32)


BACKGROUND, OPEN_SKY = _background()


def _line_y(x, sag):
    """The line's height at x (pixels), for a sag of ``sag`` px at its middle."""
    t = (x - (LEFT_X + RIGHT_X) / 2) / ((RIGHT_X - LEFT_X) / 2)
    return LINE_Y + sag * (1.0 - t * t)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the sun and its glow, in the open sky
    part, yy = img[:, :, SKY_ROWS[0] : SKY_ROWS[1]], y[:, SKY_ROWS[0] : SKY_ROWS[1]]
    sun = np.hypot(x - R.col(12.0 + 40.0 * f[:, 4]), yy - SUN_Y) - SUN_R
    sky = OPEN_SKY[SKY_ROWS[0] : SKY_ROWS[1]]
    R.over(part, sky * 0.5 * np.clip(1.0 - sun / 3.0, 0.0, 1.0), HALO)
    R.over(part, sky * R.coverage(sun), SUN)
    # the line, sagging between the posts
    part, yy = img[:, :, LINE_ROWS[0] : LINE_ROWS[1]], y[:, LINE_ROWS[0] : LINE_ROWS[1]]
    sag = R.col(1.0 + 11.0 * f[:, 0])
    slope = 2.0 * sag * (x - 32.0) / ((RIGHT_X - LEFT_X) / 2) ** 2
    line = np.maximum(
        np.abs(yy - _line_y(x, sag)) / np.sqrt(1.0 + slope * slope) - 0.45, np.maximum(LEFT_X - x, x - RIGHT_X)
    )
    R.over(part, R.coverage(line), LINE)
    # the shirts, each swung about the middle of its shoulders on the line, and their pegs
    count = f[:, 1].astype(int) + 1
    a = R.col(0.55 * f[:, 3])
    c, s = np.cos(a), np.sin(a)
    hue = f[:, 2]
    for k in range(len(COUNTS)):
        shown = R.col(k < count)
        hx = R.col(SHIRTS_X + (k - (count - 1) / 2.0) * SPACING)
        hy = _line_y(hx, sag)
        u, v = x - hx, yy - hy
        down, side = u * s + v * c, u * c - v * s
        body = R.box_sdf(side, down - SHIRT_LEN / 2, SHIRT_HW, SHIRT_LEN / 2)
        sleeves = R.box_sdf(side, down - SLEEVE_LEN / 2, SLEEVE_HW, SLEEVE_LEN / 2)
        shirt = np.maximum(np.minimum(body, sleeves), 2.0 - np.hypot(side, down + 0.4))
        colour = R.hsv(hue, 0.68, 0.92 if k % 2 == 0 else 0.74)
        R.over(part, shown * R.coverage(shirt), colour)
        R.over(part, shown * R.coverage(np.maximum(shirt, SHIRT_LEN - 1.6 - down)), 0.7 * colour)
        R.over(
            part, shown * 0.5 * R.coverage(np.maximum(sleeves, np.abs(np.abs(side) - SHIRT_HW) - 0.35)), 0.7 * colour
        )
        pegs = R.box_sdf(np.abs(u) - 3.6, v - 0.2, 0.7, 1.8)
        R.over(part, shown * R.coverage(pegs), PEG)
    return R.to_uint8(img)


def render(sag: float, shirts: float, shirt_hue: float, wind: float, sun_x: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[sag, shirts, shirt_hue, wind, sun_x]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("clothesline", arg, n, seed, FACTORS, sample_factors, _draw)
