"""`bus`: a city bus driving along a street in front of a row of buildings, seen from the side
(64x64 RGB).

The bus faces right on the road: a long painted body with rounded corners, a row of dark
blue-grey side windows along its upper half (as many as its length holds, from the back), a
taller windscreen at its front end with a yellow headlight below it and a red tail light at its
back, and a white stripe running along its side below the windows, the whole length of the
body. It stands on two black wheels with grey hubs, near its two ends. Behind it are a grey
pavement and a row of flat-topped brick and sand-coloured buildings with small windows under a
pale blue sky; the road is dark grey with a dashed white line along it. Factors: where the bus
is along the street (left to right), the bus's length (short to long), the width of the white
stripe along its side (thin to wide) and the hue of the bus's paint. The bus's height, its
windows' size and spacing, the wheels' size, the buildings and the road stay fixed; the whole
bus always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("bus_position", "horizontal position of the bus along the street (left to right)", "continuous"),
    Factor("bus_length", "length of the bus (short to long)", "continuous"),
    Factor("stripe_width", "width of the white stripe along the bus's side (thin to wide)", "continuous"),
    Factor("paint_hue", "hue of the bus's paint", "continuous"),
)
# bus_position: 0..1 puts the bus's middle at x = 24..40 px; bus_length: 0..1 is a body 26..44 px
# long (y = 27..49 px, corners rounded 3 px); stripe_width: 0..1 is a stripe 1..8 px wide whose
# top is at y = 39 px; paint_hue: 0..0.8 of the colour wheel (no wrap)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 0.8))
SKY_TOP, SKY_LOW = (0.52, 0.72, 0.92), (0.8, 0.88, 0.95)
BUILDINGS = (((-2.0, 15.0, 12.0), (0.66, 0.36, 0.28)), ((15.0, 30.0, 6.0), (0.84, 0.76, 0.58)),
             ((30.0, 47.0, 15.0), (0.6, 0.42, 0.36)), ((47.0, 66.0, 9.0), (0.8, 0.72, 0.6)))  # left, right, top
HOUSE_WINDOW, PAVEMENT, KERB, ROAD, DASH = (0.36, 0.42, 0.5), (0.7, 0.7, 0.68), (0.5, 0.5, 0.5), (0.26, 0.26, 0.28), \
    (0.92, 0.92, 0.88)
GLASS, STRIPE, TYRE, HUB = (0.2, 0.27, 0.36), (0.97, 0.97, 0.95), (0.08, 0.08, 0.09), (0.62, 0.62, 0.65)
HEADLIGHT, TAIL_LIGHT = (1.0, 0.9, 0.35), (0.85, 0.1, 0.1)
BODY_TOP, BODY_LOW, CORNER = 27.0, 49.0, 3.0
STRIPE_TOP, WINDOW_TOP, WINDOW_LOW = 39.0, 30.0, 37.0
PANE_W, PANE_GAP, WINDSCREEN_W = 4.5, 6.0, 5.0
WHEEL_Y, WHEEL_R, HUB_R, WHEEL_IN = 49.5, 4.6, 1.8, 7.5
PAVEMENT_Y, ROAD_Y = 41.0, 47.0


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_LOW, PAVEMENT_Y)[None]
    for (left, right, top), colour in BUILDINGS:
        R.over(img, R.coverage(R.edges_sdf(x, y, left, right, top, PAVEMENT_Y)), colour)
        wx = ((x - left - 3.5) % 6.0) - 1.5
        wy = ((y - top - 4.5) % 7.0) - 2.0
        windows = np.maximum(R.box_sdf(wx, wy, 1.5, 2.0), R.edges_sdf(x, y, left + 2, right - 2, top + 2, PAVEMENT_Y - 3))
        R.over(img, R.coverage(windows), HOUSE_WINDOW)
    R.over(img, R.below(PAVEMENT_Y, 1), PAVEMENT)
    R.over(img, R.below(ROAD_Y - 1.0, 1), KERB)
    R.over(img, R.below(ROAD_Y, 1), ROAD)
    dashes = np.maximum(np.abs(y - 58.5) - 0.8, np.abs((x % 12.0) - 6.0) - 3.5)
    R.over(img, R.coverage(dashes), DASH)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    cx, half = R.col(24 + 16 * f[:, 0]), R.col(13 + 9 * f[:, 1])
    stripe_w = R.col(1 + 7 * f[:, 2])
    paint = R.hsv(f[:, 3], 0.75, 0.85)
    back, front = cx - half, cx + half
    # the body, its windows from the back, the windscreen, the stripe and the lights
    mid_y, half_h = (BODY_TOP + BODY_LOW) / 2, (BODY_LOW - BODY_TOP) / 2
    body = R.box_sdf(x - cx, y - mid_y, half - CORNER, half_h - CORNER) - CORNER
    img = R.over(img, R.coverage(body), paint)
    u = x - back - 3.0  # the panes start 3 px from the back
    pu = u - PANE_GAP * np.floor(u / PANE_GAP)
    panes = np.maximum(np.maximum(np.abs(pu - PANE_W / 2) - PANE_W / 2, np.abs(y - (WINDOW_TOP + WINDOW_LOW) / 2)
                                  - (WINDOW_LOW - WINDOW_TOP) / 2), np.maximum(-u, x - (front - WINDSCREEN_W - 3.0)))
    screen = R.edges_sdf(x, y, front - WINDSCREEN_W, front - 0.8, WINDOW_TOP, WINDOW_LOW + 3.0)
    img = R.over(img, R.coverage(np.minimum(panes, screen)), GLASS)
    stripe = np.maximum(np.abs(y - STRIPE_TOP - stripe_w / 2) - stripe_w / 2, body)
    img = R.over(img, R.coverage(stripe), STRIPE)
    img = R.over(img, R.coverage(R.box_sdf(x - front + 1.2, y - 46.0, 1.2, 1.3)), HEADLIGHT)
    img = R.over(img, R.coverage(R.box_sdf(x - back - 1.0, y - 46.0, 1.0, 1.3)), TAIL_LIGHT)
    # the wheels near both ends
    wu = np.abs(x - cx) - (half - WHEEL_IN)
    r = np.hypot(wu, y - WHEEL_Y)
    img = R.over(img, R.coverage(r - WHEEL_R), TYRE)
    return R.to_uint8(R.over(img, R.coverage(r - HUB_R), HUB))


def render(bus_position: float, bus_length: float, stripe_width: float, paint_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[bus_position, bus_length, stripe_width, paint_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("bus", arg, n, seed, FACTORS, sample_factors, _draw)
