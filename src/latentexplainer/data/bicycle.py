"""`bicycle`: a bicycle standing on a road under a clear sky, seen from the side (64x64 RGB).

The bicycle stands across the lower middle of the image, its two wheels on the grey road
that runs along the bottom: black tyres with six thin grey spokes and a dark hub each. A
diamond frame of thin painted tubes joins the rear hub, the pedals' crank (a small grey
chainring just above the road) and the front fork; the front of the frame carries a black
handlebar on a short stem, the top of the seat tube a silver seat post with a black saddle
on it. The wheels stand on the road and the frame rides on their hubs, so bigger wheels lift
the whole frame (saddle and handlebar too). The sky is blue, paler towards the horizon.
Factors: the bicycle's horizontal position, the size of its wheels, how far the saddle is
raised above the frame on its post, and the hue of the frame's paint. The distance between
the hubs, the frame's shape, the spokes, the sky and the road stay fixed; the whole bicycle
always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("bike_x", "horizontal position of the bicycle (left to right)", "continuous"),
    Factor("wheel_size", "size of the bicycle's wheels (small to large)", "continuous"),
    Factor("saddle_height", "how far the saddle is raised on its post (low to high)", "continuous"),
    Factor("frame_hue", "hue of the paint on the bicycle's frame", "continuous"),
)
# bike_x: 0..1 puts the bicycle's middle (half-way between the hubs, 22 px apart) at x =
# 24..40 px; wheel_size: 0..1 is a wheel radius of 7..11.5 px (tyres 2.8 px thick, standing on
# y = 54 px, so the hubs sit at y = 54 - radius); saddle_height: 0..1 is a seat post showing
# 1..16 px above the seat tube's top; frame_hue: 0..0.8 of the colour wheel (no wrap)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 0.8))
SKY_TOP, SKY_LOW = np.array((0.42, 0.63, 0.92)), np.array((0.84, 0.9, 0.97))
ROAD, KERB = (0.42, 0.42, 0.45), (0.62, 0.62, 0.62)
TYRE, SPOKE, HUB = (0.09, 0.09, 0.1), (0.62, 0.63, 0.66), (0.3, 0.3, 0.33)
POST, SADDLE = (0.78, 0.79, 0.82), (0.08, 0.08, 0.08)
ROAD_Y, GROUND_Y = 51.0, 54.0  # the road's far edge; where the tyres touch it
TOP, BOTTOM = 8, 56  # every part of the bicycle lies within these rows
HALF_BASE = 11.0  # each hub's distance from the bicycle's middle
TYRE_W, SPOKE_HW, TUBE_HW = 2.8, 0.45, 1.5
SADDLE_HX, SADDLE_HY = 5.0, 1.8
# the frame's joints relative to (middle, hub height), in px: the crank, the seat tube's top,
# the head tube's top and the down tube's end on the fork
CRANK, SEAT, HEAD, FORK = (-1.5, 1.5), (-4.5, -11.0), (7.0, -11.0), (8.4, -7.0)
SEAT_DIR = np.array((SEAT[0] - CRANK[0], SEAT[1] - CRANK[1])) / np.hypot(SEAT[0] - CRANK[0], SEAT[1] - CRANK[1])
SKY = R.vertical_gradient(SKY_TOP, SKY_LOW, ROAD_Y)
R.over(SKY[None], R.below(ROAD_Y, 1), KERB)
R.over(SKY[None], R.below(ROAD_Y + 1.5, 1), ROAD)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SKY
    full, img, y = img, img[:, :, TOP:BOTTOM], y[:, TOP:BOTTOM]  # the bicycle's rows only, for speed
    shape = (n, BOTTOM - TOP, R.SIZE)
    cx, r = R.col(24 + 16 * f[:, 0]), R.col(7 + 4.5 * f[:, 1])
    cy = GROUND_Y - r
    # the wheels: a tyre, three spokes across it and a hub
    spokes = np.full(shape, np.inf, np.float32)
    tyres = np.full(shape, np.inf, np.float32)
    hubs = np.full(shape, np.inf, np.float32)
    for hx in (cx - HALF_BASE, cx + HALF_BASE):
        u, v = x - hx, y - cy
        dist = np.sqrt(u * u + v * v)
        for a in (0.0, np.pi / 3, 2 * np.pi / 3):
            spokes = np.minimum(spokes, np.maximum(np.abs(u * np.sin(a) - v * np.cos(a)) - SPOKE_HW, dist - r + 1.0))
        tyres = np.minimum(tyres, np.abs(dist - (r - TYRE_W / 2)) - TYRE_W / 2)
        hubs = np.minimum(hubs, dist - 1.6)
    img = R.over(img, R.coverage(spokes), SPOKE)
    img = R.over(img, R.coverage(tyres), TYRE)
    img = R.over(img, R.coverage(hubs), HUB)
    # the seat post and the saddle, the handlebar, then the frame over their feet
    sx, sy = cx + SEAT[0], cy + SEAT[1]
    post = R.col(1.0 + 15.0 * f[:, 2])
    tx, ty = sx + SEAT_DIR[0] * post, sy + SEAT_DIR[1] * post
    img = R.over(img, R.coverage(R.segment_sdf(x, y, sx, sy, tx, ty) - 1.3), POST)
    saddle = R.box_sdf(x - (tx + 0.8), y - (ty - SADDLE_HY + 0.3), SADDLE_HX - 0.8, SADDLE_HY - 0.8) - 0.8
    img = R.over(img, R.coverage(saddle), SADDLE)
    hx, hy = cx + HEAD[0], cy + HEAD[1]
    bar = np.minimum(R.segment_sdf(x, y, hx, hy, hx - 1.0, hy - 4.0), R.segment_sdf(x, y, hx - 1.0, hy - 4.0, hx + 3.5, hy - 4.5))
    img = R.over(img, R.coverage(bar - 1.1), SADDLE)
    rx, fx, kx, ky = cx - HALF_BASE, cx + HALF_BASE, cx + CRANK[0], cy + CRANK[1]
    tubes = np.minimum(R.segment_sdf(x, y, rx, cy, kx, ky), R.segment_sdf(x, y, rx, cy, sx, sy))
    tubes = np.minimum(tubes, R.segment_sdf(x, y, kx, ky, sx, sy))
    tubes = np.minimum(tubes, R.segment_sdf(x, y, sx, sy, hx, hy))
    tubes = np.minimum(tubes, R.segment_sdf(x, y, kx, ky, cx + FORK[0], cy + FORK[1]))
    tubes = np.minimum(tubes, R.segment_sdf(x, y, hx, hy, fx, cy))
    img = R.over(img, R.coverage(tubes - TUBE_HW), R.hsv(f[:, 3], 0.8, 0.85))
    ring = np.sqrt((x - kx) ** 2 + (y - ky) ** 2) - 2.8
    R.over(img, R.coverage(ring), SPOKE)
    return R.to_uint8(full)


def render(bike_x: float, wheel_size: float, saddle_height: float, frame_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[bike_x, wheel_size, saddle_height, frame_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("bicycle", arg, n, seed, FACTORS, sample_factors, _draw)
