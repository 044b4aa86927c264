"""`rabbit`: a rabbit popping up out of its burrow in a meadow, a hill behind, seen from the
front (64x64 RGB).

A pale blue sky fills the top of the image down to the horizon; a green hill rises against it on
the right, and a green meadow with a few darker tufts of grass fills the lower part. In the meadow
is a burrow: a mound of brown earth round a dark hole. A rabbit comes up out of the hole facing the
viewer - long ears, a round head with dark eyes and a pink nose, a plump body with a paler belly;
whatever of it is still down the hole is hidden behind the hole's front rim. Factors: the burrow's
horizontal position (the rabbit comes out of it), how far the rabbit has come up out of the hole
(hidden, through its ears and head showing, to sitting up on the rim), how far its ears are spread
apart (upright side by side to splayed), the lightness of its fur (dark brown to white) and the
height of the hill behind (a low rise to a tall hill). The sky, the meadow, the burrow's and the
rabbit's size stay fixed; the burrow and the rabbit always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("burrow_x", "horizontal position of the burrow and its rabbit (left to right)", "continuous"),
    Factor("rabbit_out", "how far the rabbit has come up out of its burrow (hidden to out)", "continuous"),
    Factor("ear_spread", "how far apart the rabbit's ears are spread (upright to splayed)", "continuous"),
    Factor("fur_light", "lightness of the rabbit's fur (dark brown to white)", "continuous"),
    Factor("hill_height", "height of the hill behind the meadow (low to tall)", "continuous"),
)
# burrow_x: 0..1 puts the hole's middle at x = 16..48 px; rabbit_out: 0..1 raises the rabbit's
# head from 22.5 px below the hole's middle (the whole rabbit hidden) to 16 px above it; ear_spread:
# 0..1 turns each ear 0.05..0.9 radians out from upright; fur_light: 0..1 blends the fur from dark
# brown to white; hill_height: 0..1 is a hill 3..22 px above the horizon at its top
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_LOW = np.array((0.5, 0.72, 0.94)), np.array((0.8, 0.9, 0.97))
MEADOW, TUFT, HILL = (0.45, 0.68, 0.3), (0.3, 0.5, 0.2), (0.35, 0.55, 0.36)
EARTH, HOLE, EYE, PINK = (0.55, 0.4, 0.25), (0.13, 0.08, 0.05), (0.08, 0.06, 0.06), (0.93, 0.6, 0.62)
FUR_DARK, FUR_LIGHT = np.array((0.38, 0.26, 0.17)), np.array((0.95, 0.94, 0.91))
HORIZON, HOLE_Y, HOLE_RX, HOLE_RY = 34.0, 50.0, 8.5, 3.6
HILL_X, HILL_W = 46.0, 15.0
HEAD_R, EAR_LEN, EAR_W = 5.5, 7.5, 2.2  # the ears: half-length and half-width of their ellipses
TUFTS = ((6.0, 40.0), (27.0, 37.5), (58.0, 42.0), (9.0, 60.0), (37.0, 62.0), (56.0, 58.5), (22.0, 46.0))


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_LOW, HORIZON)[None].copy()
    R.over(img, R.below(HORIZON, 1), MEADOW)
    for tx, ty in TUFTS:
        blades = np.minimum(
            R.segment_sdf(x, y, tx, ty, tx - 1.5, ty - 3.5), R.segment_sdf(x, y, tx, ty, tx + 1.2, ty - 4.0)
        )
        blades = np.minimum(blades, R.segment_sdf(x, y, tx, ty, tx + 0.1, ty - 4.5))
        R.over(img, R.coverage(blades - 0.45), TUFT)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the hill, above the horizon only
    ridge = HORIZON - R.col(3 + 19 * f[:, 4]) * np.exp(-(((x - HILL_X) / HILL_W) ** 2))
    R.over(img, R.coverage(ridge - y) * R.coverage(y - HORIZON), HILL)
    # the burrow: a mound of earth and the dark hole
    bx = R.col(16 + 32 * f[:, 0])
    R.over(img, R.coverage(R.ellipse_sdf(x - bx, y - HOLE_Y, HOLE_RX + 4.5, HOLE_RY + 2.0)), EARTH)
    R.over(img, R.coverage(R.ellipse_sdf(x - bx, y - HOLE_Y, HOLE_RX, HOLE_RY)), HOLE)
    # the rabbit, hidden below the hole's front rim
    front = HOLE_Y + HOLE_RY * np.sqrt(np.clip(1.0 - ((x - bx) / HOLE_RX) ** 2, 0.0, 1.0))
    shown = R.coverage(y - front)
    hy = HOLE_Y + 22.5 - R.col(38.5 * f[:, 1])
    fur = (FUR_DARK[None] + (FUR_LIGHT - FUR_DARK)[None] * f[:, 3:4]).astype(np.float32)
    spread = R.col(0.05 + 0.85 * f[:, 2])
    ears, inner = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32), np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    for side in (-1.0, 1.0):
        s, c = side * np.sin(spread), np.cos(spread)
        ex, ey = bx + side * 2.2 + (EAR_LEN - 1.0) * s, hy - 3.5 - (EAR_LEN - 1.0) * c
        u, v = (x - ex) * c + (y - ey) * s, (y - ey) * c - (x - ex) * s  # across and along the ear
        np.minimum(ears, R.ellipse_sdf(u, v, EAR_W, EAR_LEN), out=ears)
        np.minimum(inner, R.ellipse_sdf(u, v + 0.5, 0.8, EAR_LEN - 1.8), out=inner)
    body = np.minimum(R.ellipse_sdf(x - bx, y - (hy + 11.0), 7.0, 8.5), np.hypot(x - bx, y - hy) - HEAD_R)
    R.over(img, shown * R.coverage(np.minimum(body, ears)), fur)
    R.over(img, shown * R.coverage(inner), PINK)
    R.over(img, shown * R.coverage(R.ellipse_sdf(x - bx, y - (hy + 13.0), 4.0, 5.5)), 0.5 * fur + 0.5)
    face = np.minimum(np.hypot(x - bx + 2.4, y - hy + 0.8), np.hypot(x - bx - 2.4, y - hy + 0.8)) - 1.1
    R.over(img, shown * R.coverage(face), EYE)
    R.over(img, shown * R.coverage(R.ellipse_sdf(x - bx, y - (hy + 2.2), 1.1, 0.8)), PINK)
    return R.to_uint8(img)


def render(burrow_x: float, rabbit_out: float, ear_spread: float, fur_light: float, hill_height: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[burrow_x, rabbit_out, ear_spread, fur_light, hill_height]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("rabbit", arg, n, seed, FACTORS, sample_factors, _draw)
