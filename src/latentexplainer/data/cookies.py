"""`cookies`: iced cookies on a baking tray on a wooden worktop, seen from straight above
(64x64 RGB).

A dark metal baking tray with a raised, lighter rim lies on a worktop of pale wooden boards.
On the tray the cookies are laid out in two rows of three places, filled row by row from the
top left. All the cookies are cut with the same cutter; each is a flat biscuit with a slightly
darker baked edge and a soft shadow on the tray, a smaller blob of icing of the same shape in
its middle and three dark chocolate chips on the biscuit around the icing. Factors: the shape
of the cookie cutter (round, a five-pointed star or a heart), how many cookies are on the
tray (3 to 6), how long they were baked (pale dough to dark brown) and the hue of the
icing. The tray, the worktop, the cookies' size and their places stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("shape", "shape of the cookie cutter (round, star or heart)", "categorical", ("round", "star", "heart")),
    Factor("count", "how many cookies are on the tray (3 to 6)", "categorical", ("3", "4", "5", "6")),
    Factor("bake", "how long the cookies were baked (pale dough to dark brown)", "continuous"),
    Factor("icing_hue", "hue of the icing on the cookies", "continuous"),
)
# shape: codes 0..2 as listed; count: codes 0..3 are 3..6 cookies, in PLACES' order;
# bake: 0..1 blends the biscuit from DOUGH to BAKED; icing_hue: 0..0.8 of the colour wheel (no wrap)
RANGES = ((0.0, 2.0), (0.0, 3.0), (0.0, 1.0), (0.0, 0.8))
BOARDS, BOARD_JOINT = (0.8, 0.66, 0.47), (0.6, 0.47, 0.31)
TRAY, TRAY_RIM, SHADOW = (0.24, 0.25, 0.27), (0.5, 0.51, 0.53), (0.1, 0.1, 0.11)
DOUGH, BAKED, CHIP = np.array((0.96, 0.86, 0.62)), np.array((0.5, 0.3, 0.13)), (0.22, 0.12, 0.07)
TRAY_EDGES = (4.0, 60.0, 12.0, 57.0)  # left, right, top, bottom
PLACES = ((14.0, 25.0), (32.0, 25.0), (50.0, 25.0), (14.0, 44.0), (32.0, 44.0), (50.0, 44.0))
SIZE, ICING = 8.0, 0.65  # a cookie's size (a round one's radius) and the icing's, as a part of it
HALF = 11  # each cookie is drawn in the 22 x 22 pixels about its place
CHIP_PLACES = ((-5.8, -2.7), (4.8, -4.5), (0.9, 6.4))


def _shape_sdf(u: np.ndarray, v: np.ndarray, code: int, size: float) -> np.ndarray:
    """Signed distance (px) to a cookie of the given shape and size about the origin."""
    if code == 0:
        return np.hypot(u, v) - size
    if code == 1:  # a five-pointed star, one point up
        rho, theta = np.hypot(u, v), np.arctan2(u, -v)
        return (rho - size * (0.74 + 0.28 * np.cos(5 * theta))) / 1.3
    # a heart, its point down (after Inigo Quilez's exact heart), 1.75 * size tall
    s = 1.6 * size
    px, py = np.abs(u) / s, (size * 0.9 - v) / s
    upper = np.hypot(px - 0.25, py - 0.75) - np.sqrt(2.0) / 4
    m = 0.5 * np.maximum(px + py, 0.0)
    lower = np.sqrt(np.minimum((px) ** 2 + (py - 1.0) ** 2, (px - m) ** 2 + (py - m) ** 2)) * np.sign(px - py)
    return np.where(px + py > 1.0, upper, lower) * s


def _layers():
    x, y = R.grid()
    img = R.canvas(1, BOARDS)
    grain = 0.03 * np.sin(x * 0.35 + 3.0 * np.sin(y * 0.8)) * np.cos(y * 2.1)
    img += grain[:, None]
    R.over(img, R.coverage(np.abs((y % 12.0) - 6.0) - 0.6), BOARD_JOINT)
    left, right, top, bottom = TRAY_EDGES
    R.over(img, 0.35 * R.coverage(R.edges_sdf(x - 1.5, y - 1.5, left, right, top, bottom) - 1.5), SHADOW)
    R.over(img, R.coverage(R.edges_sdf(x, y, left, right, top, bottom) - 1.0), TRAY_RIM)
    R.over(img, R.coverage(R.edges_sdf(x, y, left + 2.5, right - 2.5, top + 2.5, bottom - 2.5)), TRAY)
    # a cookie's masks, in the 22 x 22 pixels about its place (every place is a whole pixel)
    c = np.arange(-HALF, HALF, dtype=np.float32) + 0.5
    u, v = c[None, :], c[:, None]
    body = np.stack([R.coverage(_shape_sdf(u, v, k, SIZE)) for k in range(3)])
    edge = np.stack([R.coverage(-_shape_sdf(u, v, k, SIZE - 1.3)) for k in range(3)]) * body
    shadow = np.stack([R.coverage(_shape_sdf(u - 1.2, v - 1.4, k, SIZE) - 1.0) for k in range(3)])
    icing = np.stack([R.coverage(_shape_sdf(u, v, k, SIZE * ICING)) for k in range(3)])
    chips = R.coverage(np.min([np.hypot(u - a, v - b) - 1.1 for a, b in CHIP_PLACES], axis=0)) * body
    chips = chips * (1.0 - icing)
    return img[0], body, edge, 0.45 * shadow, icing, chips


BACKGROUND, BODY, EDGE, SHADE, ICED, CHIPS = _layers()


def _draw(f: np.ndarray) -> np.ndarray:
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    shape = f[:, 0].astype(int)
    count = 3 + f[:, 1].astype(int)
    bake = f[:, 2:3]
    biscuit = DOUGH + (BAKED - DOUGH) * bake
    rim = biscuit * (0.86 - 0.1 * bake)
    icing = R.hsv(f[:, 3], 0.55, 0.96)
    body, edge, shadow, iced, chips = BODY[shape], EDGE[shape], SHADE[shape], ICED[shape], CHIPS[shape]
    for i, (px, py) in enumerate(PLACES):
        on = (i < count).astype(np.float32)[:, None, None]
        part = img[:, :, int(py) - HALF:int(py) + HALF, int(px) - HALF:int(px) + HALF]
        R.over(part, shadow * on, SHADOW)
        R.over(part, body * on, biscuit)
        R.over(part, edge * on, rim)
        R.over(part, chips * on, CHIP)
        R.over(part, iced * on, icing)
    return R.to_uint8(img)


def render(shape: float, count: float, bake: float, icing_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[shape, count, bake, icing_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("cookies", arg, n, seed, FACTORS, sample_factors, _draw)
