"""`snowman`: a snowman standing in the snow under a winter sky, seen from the front (64x64
RGB).

The snowman stands in the middle of the image on a band of snow along the bottom: a large
snowball for the body, with three dark buttons down its front, and a smaller snowball for
the head on top of it, with two dark eyes and an orange carrot nose pointing to the
viewer's right. The snowballs are white, shaded a little bluer towards their edges. He
wears a knitted pointed hat - a cone with a turned-up brim and a white bobble on its tip -
and a knitted scarf around his neck, its loose end hanging down on the viewer's right; the
hat and the scarf are of one hue. Factors: the size of the body, the size of the head (the
head always sits on top of the body, so both lift what is above them), the tilt of the hat
(it turns about the top of the head) and the hue of the hat and scarf. The snow, the sky,
the face, the buttons and the hat's size stay fixed; the whole snowman always lies inside
the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("body_size", "size of the snowman's body, the lower snowball (small to large)", "continuous"),
    Factor("head_size", "size of the snowman's head, the upper snowball (small to large)", "continuous"),
    Factor("hat_tilt", "tilt of the snowman's hat (leaning left, upright, leaning right)", "continuous"),
    Factor("clothes_hue", "hue of the snowman's hat and scarf", "continuous"),
)
# body_size: 0..1 is a body of radius 8..13 px (its bottom sunk 1.5 px into the snow at
# y = 58 px); head_size: 0..1 is a head of radius 5..8 px, its centre 0.75 of its radius
# above the top of the body; hat_tilt: -0.7..0.7 radians from upright (negative: the tip
# leans to the left, positive: to the right), turning about a point 1 px below the top of
# the head; clothes_hue: 0..0.8 of the colour wheel (no wrap)
RANGES = ((0.0, 1.0), (0.0, 1.0), (-0.7, 0.7), (0.0, 0.8))
SKY_TOP, SKY_LOW = np.array((0.36, 0.48, 0.66)), np.array((0.62, 0.7, 0.8))
SNOW = (0.86, 0.89, 0.94)
SNOWBALL, SHADE = (0.99, 0.99, 1.0), (0.7, 0.76, 0.88)
COAL = (0.1, 0.1, 0.12)
CARROT = (0.95, 0.5, 0.1)
BOBBLE = (0.97, 0.97, 0.97)
CX, GROUND, SINK = 32.0, 58.0, 1.5
HAT_HW, HAT_H = 7.0, 13.0  # the hat's half-width at the brim and height to the tip
BRIM_LOW, BRIM_HIGH = -0.5, 2.0  # the brim, along the hat's axis from its pivot
BOBBLE_R = 2.0
PIVOT_DEPTH = 1.0  # the hat's pivot, below the top of the head


SKY = R.vertical_gradient(SKY_TOP, SKY_LOW, GROUND)


def _ball(img, x, y, cx, cy, r):
    """A snowball: white, shaded bluer towards its edge, lower right a little more."""
    dx, dy = x - cx, y - cy
    d = np.sqrt(dx ** 2 + dy ** 2)
    img = R.over(img, R.coverage(d - r), SNOWBALL)
    shade = np.clip((d / r) ** 3 * (0.55 + 0.25 * (dx + dy) / (1.42 * r)), 0.0, 1.0)
    return R.over(img, R.coverage(d - r) * shade, SHADE)


def _dot(x, y, cx, cy, r):
    return R.coverage(np.sqrt((x - cx) ** 2 + (y - cy) ** 2) - r)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SKY
    snow = R.below(GROUND, n)
    img = R.over(img, snow, SNOW)
    rb, rh = R.col(8 + 5 * f[:, 0]), R.col(5 + 3 * f[:, 1])
    by = GROUND + SINK - rb
    neck = by - rb  # the top of the body
    hy = neck - 0.75 * rh
    img = _ball(img, x, y, CX, by, rb)
    for k in (-0.45, 0.0, 0.45):  # buttons
        img = R.over(img, _dot(x, y, CX, by + k * rb, 1.1), COAL)
    img = _ball(img, x, y, CX, hy, rh)
    for side in (-1, 1):  # eyes
        img = R.over(img, _dot(x, y, CX + side * 0.38 * rh, hy - 0.1 * rh, 0.95), COAL)
    nose = np.maximum(np.abs(y - (hy + 0.25 * rh)) - 1.1 * (1 - (x - CX) / (0.4 * rh + 4.0)), CX - x)
    img = R.over(img, R.coverage(nose), CARROT)
    # the scarf: a band around the neck and a loose end hanging on the right
    cloth = R.hsv(f[:, 3], 0.75, 0.85)
    band = R.ellipse_sdf(x - CX, y - (neck + 0.3), 0.75 * rh + 2.5, 3.0)
    img = R.over(img, R.coverage(band), cloth)
    end = R.box_sdf(x - (CX + 0.35 * rh + 2.0), y - (neck + 6.0), 2.2, 5.5)
    img = R.over(img, R.coverage(end), R.hsv(f[:, 3], 0.8, 0.7))
    # the hat: u up its axis (on screen (sin a, -cos a)) from the pivot, v across it
    a = R.col(f[:, 2])
    px, py = CX, hy - rh + PIVOT_DEPTH
    u = (x - px) * np.sin(a) - (y - py) * np.cos(a)
    v = (x - px) * np.cos(a) + (y - py) * np.sin(a)
    cone = np.maximum((np.abs(v) * HAT_H + u * HAT_HW - HAT_HW * HAT_H) / np.hypot(HAT_H, HAT_HW), -u)
    img = R.over(img, R.coverage(cone), cloth)
    brim = np.maximum(np.abs(v) - (HAT_HW + 0.8), np.maximum(BRIM_LOW - u, u - BRIM_HIGH))
    img = R.over(img, R.coverage(brim), R.hsv(f[:, 3], 0.8, 0.68))
    bobble = np.sqrt((u - HAT_H) ** 2 + v ** 2) - BOBBLE_R
    return R.to_uint8(R.over(img, R.coverage(bobble), BOBBLE))


def render(body_size: float, head_size: float, hat_tilt: float, clothes_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[body_size, head_size, hat_tilt, clothes_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("snowman", arg, n, seed, FACTORS, sample_factors, _draw)
