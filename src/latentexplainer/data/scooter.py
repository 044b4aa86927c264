"""`scooter`: a kick scooter standing on a park path in front of a wooden fence, seen from the side
(64x64 RGB).

The scooter faces right on the grey path along the bottom of the image: a long low deck with a
black grip strip on top and a fender over its rear wheel, a neck rising from the deck's front
to the steering stem, and the stem running from the front wheel's axle up to a short T-bar
with a black grip at its top. The deck, the neck and the stem are painted one colour; the two
wheels are black tyres round pale grey hubs, and a soft shadow lies under the scooter. Behind
is a fence of pale wooden boards with pointed tops, a blue sky above it. Factors: where the scooter stands along the
path (left to right), the height of its stem (short to tall), how far the stem is raked back
from upright, the size of its wheels (small to large; the deck rides on their axles) and the
hue of its paint (red through yellow and green to purple). The path, the fence, the sky, the
deck's length and the wheels' colours stay fixed; the whole scooter always lies inside the
image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("scooter_x", "horizontal position of the scooter along the path (left to right)", "continuous"),
    Factor("stem_height", "height of the scooter's steering stem (short to tall)", "continuous"),
    Factor("stem_rake", "how far the scooter's stem is raked back (upright to leaning back)", "continuous"),
    Factor("wheel_size", "size of the scooter's wheels (small to large)", "continuous"),
    Factor("paint_hue", "hue of the scooter's deck and stem", "continuous"),
)
# scooter_x: 0..1 puts the front axle at x = 38..54 px (the rear axle 28 px behind it);
# stem_height: 0..1 is a stem 24..44 px long from the front axle; stem_rake: 0..0.45 radians of
# the stem back from upright (its top towards the rear); wheel_size: 0..1 is a wheel of radius
# 3.5..7 px (the axles that high above the path); paint_hue: 0..0.8 of the colour wheel (no wrap)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 0.45), (0.0, 1.0), (0.0, 0.8))
SKY_TOP, SKY_BOTTOM = np.array((0.6, 0.78, 0.94)), np.array((0.85, 0.91, 0.96))
BOARD, GAP, PATH, KERB = (0.74, 0.64, 0.5), (0.46, 0.37, 0.27), (0.62, 0.6, 0.57), (0.48, 0.46, 0.43)
TYRE, HUB, GRIP = (0.08, 0.08, 0.09), (0.78, 0.79, 0.8), (0.1, 0.1, 0.1)
GROUND_Y, FENCE_Y, PATH_Y, BOARD_W = 59.0, 24.0, 46.0, 7.0
WHEELBASE, DECK_HH, STEM_HW = 28.0, 2.0, 1.7
HUB_SHARE = 0.45  # the hub's radius, as a share of the wheel's
BAR_HW, BAR_HH = 4.0, 1.4  # the T-bar's grip, seen end-on: a short bar across the stem's top
ROWS = (6, 62)  # the rows the scooter can reach


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, FENCE_Y)[None].copy()
    across = (x % BOARD_W) - BOARD_W / 2  # from the middle of the nearest board
    top = FENCE_Y - 2.5 + np.abs(across) * 0.8  # each board's pointed top
    R.over(img, np.broadcast_to(R.coverage(top - y), (1, R.SIZE, R.SIZE)), BOARD)
    gaps = R.coverage(BOARD_W / 2 - 0.6 - np.abs(across)) * R.coverage(top - y)
    R.over(img, np.broadcast_to(gaps, (1, R.SIZE, R.SIZE)), GAP)
    grain = 0.03 * np.sin(0.5 * y + 2.3 * np.floor(x / BOARD_W)) * R.coverage(top - y)
    img += grain[:, None]
    R.over(img, R.below(PATH_Y, 1), PATH)
    R.over(img, np.broadcast_to(R.coverage(np.abs(y - PATH_Y - 1.0) - 1.0), (1, R.SIZE, R.SIZE)), KERB)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    r0, r1 = ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    fx = R.col(38 + 16 * f[:, 0])
    rx = fx - WHEELBASE
    length, rake, r = R.col(24 + 20 * f[:, 1]), R.col(f[:, 2]), R.col(3.5 + 3.5 * f[:, 3])
    axle = GROUND_Y - r
    paint = R.hsv(f[:, 4], 0.75, 0.8)
    # the shadow, the stem (from the front axle up to the T-bar), the neck and the deck
    R.over(part, 0.3 * R.coverage(R.ellipse_sdf(x - (fx + rx) / 2, y - GROUND_Y, WHEELBASE / 2 + r + 2, 1.5)),
           (0.0, 0.0, 0.0))
    tx, ty = fx - length * np.sin(rake), axle - length * np.cos(rake)
    stem = R.segment_sdf(x, y, fx, axle, tx, ty) - STEM_HW
    nx, ny = fx - 7.0 * np.sin(rake), axle - 7.0 * np.cos(rake)  # where the neck meets the stem
    neck = R.segment_sdf(x, y, fx - 6.0, axle, nx, ny) - 1.6
    deck = R.edges_sdf(x, y, rx - 1.0, fx - 5.0, axle - DECK_HH, axle + DECK_HH) - 0.5
    rho = np.hypot(x - rx, y - axle)
    fender = np.maximum(np.abs(rho - (r + 1.4)) - 0.8, y - axle)  # over the rear wheel's top half
    R.over(part, R.coverage(np.minimum(np.minimum(stem, neck), np.minimum(deck, fender))), paint)
    R.over(part, R.coverage(R.edges_sdf(x, y, rx + r + 1.0, fx - 7.0, axle - DECK_HH - 0.6, axle - DECK_HH + 0.7)),
           GRIP)
    # the T-bar and its grip at the stem's top
    R.over(part, R.coverage(R.box_sdf(x - tx, y - ty, BAR_HW - 1.0, BAR_HH - 1.0) - 1.0), GRIP)
    # the wheels: tyres round pale hubs
    wheels = np.minimum(np.hypot(x - fx, y - axle), np.hypot(x - rx, y - axle))
    R.over(part, R.coverage(wheels - r), TYRE)
    R.over(part, R.coverage(wheels - HUB_SHARE * r), HUB)
    return R.to_uint8(img)


def render(scooter_x: float, stem_height: float, stem_rake: float, wheel_size: float,
           paint_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[scooter_x, stem_height, stem_rake, wheel_size, paint_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("scooter", arg, n, seed, FACTORS, sample_factors, _draw)
