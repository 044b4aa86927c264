"""`butterfly`: a butterfly seen from above, its wings spread, in front of a soft coloured
backdrop (64x64 RGB).

The butterfly's body is a dark slender oval, head up, with a round head and two thin
antennae ending in small knobs. On each side of it are a large oval forewing above and a
smaller oval hindwing below, coloured, with a thin dark border and a small white spot near
the forewing's outer corner; the two sides mirror each other. The backdrop fills the image:
one hue, pale at the top and deeper and darker towards the bottom. Factors: the butterfly's
horizontal position, its vertical position, how far its wings are spread (nearly closed,
seen edge-on as narrow slivers beside the body, to wide open), the hue of its wings and the
hue of the backdrop. The body, the wings' height, their border and spots' colours and the
backdrop's lightness stay fixed; the whole butterfly always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("butterfly_x", "horizontal position of the butterfly (left to right)", "continuous"),
    Factor("butterfly_y", "vertical position of the butterfly (high to low)", "continuous"),
    Factor("wing_spread", "how far the butterfly's wings are spread (nearly closed to open)", "continuous"),
    Factor("wing_hue", "hue of the butterfly's wings", "continuous"),
    Factor("backdrop_hue", "hue of the background behind the butterfly", "continuous"),
)
# butterfly_x: 0..1 puts the body's centre at x = 20..44 px; butterfly_y: 0..1 puts it at
# y = 18..46 px (0 high, 1 low); wing_spread: 0..1 scales the wings' width by 0.25..1 (wide
# open, each side reaches 18.5 px from the body's centre); wing_hue: 0..0.8 of the colour
# wheel (no wrap); backdrop_hue: 0..0.8 of the colour wheel (no wrap)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 0.8), (0.0, 0.8))
BODY = (0.14, 0.11, 0.09)
BORDER = (0.12, 0.09, 0.09)
SPOT = (0.97, 0.97, 0.95)
BORDER_W = 1.1
# each wing: centre (out from the body, down from its centre) and radii (across, up-down),
# wide open; the across values shrink with the spread
FORE = (9.0, -4.5, 9.5, 7.5)
HIND = (6.5, 4.5, 7.0, 5.5)
SPOT_AT, SPOT_R = (13.0, -7.5), 2.0
BODY_RX, BODY_RY, HEAD_R = 1.5, 9.0, 2.0
ANTENNA = ((0.8, -9.5), (4.0, -15.0))  # from, to (right-hand antenna), relative to the centre
ANTENNA_HW, KNOB_R = 0.45, 1.0


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    t = y[0, :, 0] / R.SIZE  # ~0 at the top .. ~1 at the bottom
    top, bottom = R.hsv(f[:, 4], 0.28, 0.93), R.hsv(f[:, 4], 0.55, 0.62)  # (N, 3)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = (top[:, :, None] + (bottom - top)[:, :, None] * t[None, None, :])[..., None]
    cx, cy, s = R.col(20 + 24 * f[:, 0]), R.col(18 + 28 * f[:, 1]), R.col(0.25 + 0.75 * f[:, 2])
    dx, dy = np.abs(x - cx), y - cy  # the two sides mirror each other
    wings = np.minimum(R.ellipse_sdf(dx - s * FORE[0], dy - FORE[1], s * FORE[2], FORE[3]),
                       R.ellipse_sdf(dx - s * HIND[0], dy - HIND[1], s * HIND[2], HIND[3]))
    img = R.over(img, R.coverage(wings), BORDER)
    img = R.over(img, R.coverage(wings + BORDER_W), R.hsv(f[:, 3], 0.85, 0.95))
    spot = R.ellipse_sdf(dx - s * SPOT_AT[0], dy - SPOT_AT[1], s * SPOT_R, SPOT_R)
    img = R.over(img, R.coverage(spot), SPOT)
    (ax, ay), (bx, by) = ANTENNA
    antennae = R.segment_sdf(dx, dy, ax, ay, bx, by) - ANTENNA_HW
    knobs = np.sqrt((dx - bx) ** 2 + (dy - by) ** 2) - KNOB_R
    body = np.minimum(R.ellipse_sdf(dx, dy, BODY_RX, BODY_RY), np.sqrt(dx ** 2 + (dy + BODY_RY) ** 2) - HEAD_R)
    body = np.minimum(body, np.minimum(antennae, knobs))
    return R.to_uint8(R.over(img, R.coverage(body), BODY))


def render(butterfly_x: float, butterfly_y: float, wing_spread: float, wing_hue: float,
           backdrop_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[butterfly_x, butterfly_y, wing_spread, wing_hue, backdrop_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("butterfly", arg, n, seed, FACTORS, sample_factors, _draw)
