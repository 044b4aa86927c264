"""`bottle`: a glass bottle with a paper label standing on a wooden shelf in front of a pale
wall, seen from the front (64x64 RGB).

The bottle stands in the middle of the image on the shelf: a straight-sided body with
rounded bottom corners, a rounded shoulder, a narrow neck and a dark cap on top. The glass is
coloured, with a pale vertical highlight down the left of the body and of the neck. A cream
paper label with a thin dark red stripe across its middle wraps around the body. Factors:
the width of the bottle's body, the length of its neck (the cap rises with it), the height
of the label on the body (low near the bottom to high under the shoulder) and the hue of the
glass. The body's height, the neck's width, the label's size and colours, the cap, the wall
and the shelf stay fixed; the whole bottle always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("bottle_width", "width of the bottle's body (narrow to wide)", "continuous"),
    Factor("neck_length", "length of the bottle's neck (short to long)", "continuous"),
    Factor("label_height", "height of the label on the bottle (low to high)", "continuous"),
    Factor("glass_hue", "hue of the bottle's glass", "continuous"),
)
# bottle_width: 0..1 is a body of half-width 6..11 px; neck_length: 0..1 is a neck rising
# 4..20 px above the top of the shoulder (y = 28 px; the cap's top at y = 21.5..5.5 px);
# label_height: 0..1 puts the label's middle at y = 50..38 px (0 low, 1 high) on the body,
# which runs from y = 32 px down to the shelf at y = 56 px; glass_hue: 0..0.8 of the colour
# wheel (no wrap)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 0.8))
WALL, SHELF = (0.86, 0.83, 0.76), (0.45, 0.3, 0.18)
LABEL, STRIPE, CAP = (0.96, 0.93, 0.8), (0.6, 0.12, 0.1), (0.2, 0.17, 0.15)
HIGHLIGHT = (1.0, 1.0, 1.0)
CX, SHELF_Y = 32.0, 56.0
BODY_TOP, SHOULDER_H, CORNER = 32.0, 6.0, 2.0  # the shoulder rises SHOULDER_H above BODY_TOP
NECK_HW, NECK_FOOT = 3.5, 28.0
CAP_HW, CAP_H = 4.2, 3.0
LABEL_HH, STRIPE_HH = 5.0, 0.9


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = R.canvas(n, WALL)
    shelf = R.below(SHELF_Y, n)
    img = R.over(img, shelf, SHELF)
    hw = R.col(6 + 5 * f[:, 0])
    neck_top = NECK_FOOT - R.col(4 + 16 * f[:, 1])
    label_y = R.col(50 - 12 * f[:, 2])
    glass = R.hsv(f[:, 3], 0.75, 0.5)
    dx = x - CX
    body = R.box_sdf(dx, y - (BODY_TOP + SHELF_Y) / 2, hw - CORNER, (SHELF_Y - BODY_TOP) / 2 - CORNER) - CORNER
    shoulder = np.maximum(R.ellipse_sdf(dx, y - BODY_TOP, hw, SHOULDER_H), y - BODY_TOP - 1.0)
    neck = np.maximum(np.abs(dx) - NECK_HW, np.maximum(neck_top - y, y - BODY_TOP))
    bottle = np.minimum(np.minimum(body, shoulder), neck)
    img = R.over(img, R.coverage(bottle), glass)
    shine = np.minimum(R.box_sdf(dx + 0.55 * hw, y - 44.0, 1.0, 10.0),
                       np.maximum(np.abs(dx + 1.6) - 0.6, np.maximum(neck_top + 1.5 - y, y - NECK_FOOT)))
    img = R.over(img, 0.4 * R.coverage(shine), HIGHLIGHT)
    label = R.coverage(R.box_sdf(dx, y - label_y, hw - 0.3, LABEL_HH))
    img = R.over(img, label, LABEL)
    stripe = R.coverage(np.abs(y - label_y) - STRIPE_HH)
    img = R.over(img, label * stripe, STRIPE)
    cap = R.box_sdf(dx, y - (neck_top - CAP_H / 2 + 0.5), CAP_HW, CAP_H / 2)
    return R.to_uint8(R.over(img, R.coverage(cap), CAP))


def render(bottle_width: float, neck_length: float, label_height: float, glass_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[bottle_width, neck_length, label_height, glass_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("bottle", arg, n, seed, FACTORS, sample_factors, _draw)
