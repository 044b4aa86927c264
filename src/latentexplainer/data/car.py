"""`car`: a small car on a road under a clear sky, seen from the side, facing right (64x64
RGB).

The car has a long low body with rounded corners, a cabin on top of it - sloping windscreen
at the front (the viewer's right), sloping rear window at the back - with two dark side
windows split by a pillar, a yellow headlight at the front, a red tail light at the back and
two wheels: black tyres with grey hubs. The wheels always touch the road, and the body rests
on their axles, so bigger wheels lift the body and the cabin. The road is a grey band along
the bottom with a dashed white line; the sky above is pale blue, lighter near the road.
Factors: the car's horizontal position, the size of its wheels, the height of its cabin's
roof (a low sports-car roof to a tall boxy one) and the hue of its body and cabin. The
body's length, the windows', lights' and tyres' colours, the road and the sky stay fixed;
the whole car always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("car_x", "horizontal position of the car (left to right)", "continuous"),
    Factor("wheel_size", "size of the car's wheels (small to large)", "continuous"),
    Factor("roof_height", "height of the car's roof above its body (low to tall)", "continuous"),
    Factor("car_hue", "hue of the car's paintwork", "continuous"),
)
# car_x: 0..1 puts the car's middle at x = 22..42 px (the car is 38 px long); wheel_size:
# 0..1 is a wheel radius of 4..8 px (axles 12 px either side of the middle, the body's
# underside 2 px below them); roof_height: 0..1 is a cabin 3..14 px tall above the 8 px
# body; car_hue: 0..0.8 of the colour wheel (no wrap)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 0.8))
SKY_TOP, SKY_LOW = np.array((0.45, 0.68, 0.93)), np.array((0.8, 0.89, 0.97))
ROAD, LINE = (0.33, 0.33, 0.35), (0.93, 0.93, 0.9)
TYRE, HUB = (0.08, 0.08, 0.09), (0.66, 0.67, 0.7)
WINDOW = (0.2, 0.27, 0.36)
HEADLIGHT, TAIL_LIGHT = (1.0, 0.88, 0.35), (0.85, 0.06, 0.06)
ROAD_Y, LINE_Y, DASH = 50.0, 57.0, 8.0  # the road's top edge; the dashed line's middle and period
BODY_HW, BODY_H, CORNER = 19.0, 8.0, 3.0  # the body's half-length, height and corner radius
AXLE, AXLE_DROP = 12.0, 2.0  # the axles' distance from the middle; the underside below them
CABIN_BACK, CABIN_FRONT = -13.0, 10.0  # the cabin's foot, from the car's middle (+: front)
ROOF_BACK, ROOF_FRONT = -9.0, 3.0  # its roof's ends
PILLAR, FRAME = -2.5, 1.4  # the middle pillar's place; the frame around the windows


SKY = R.vertical_gradient(SKY_TOP, SKY_LOW, ROAD_Y)


def _cabin(u, v, h, inset=0.0):
    """Signed distance to the cabin (a trapezoid on the body, ``h`` tall; ``v`` up from the
    body's top), shrunk by ``inset``."""
    back = ((CABIN_BACK - u) * h + (ROOF_BACK - CABIN_BACK) * v) / np.sqrt(h ** 2 + (ROOF_BACK - CABIN_BACK) ** 2)
    front = ((u - CABIN_FRONT) * h + (CABIN_FRONT - ROOF_FRONT) * v) / np.sqrt(h ** 2 + (CABIN_FRONT - ROOF_FRONT) ** 2)
    return np.maximum(np.maximum(back, front), np.maximum(v - h, -v)) + inset


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SKY
    road = R.below(ROAD_Y, n)
    img = R.over(img, road, ROAD)
    dash = np.maximum(np.abs(y - LINE_Y) - 0.8, np.abs(x - DASH * np.round(x / DASH)) - 2.0)
    img = R.over(img, np.broadcast_to(R.coverage(dash), (n, R.SIZE, R.SIZE)), LINE)
    cx, r, h = R.col(22 + 20 * f[:, 0]), R.col(4 + 4 * f[:, 1]), R.col(3 + 11 * f[:, 2])
    axle_y = ROAD_Y - r
    under = axle_y + AXLE_DROP
    deck = under - BODY_H  # the body's top
    u, v = x - cx, deck - y
    paint = R.hsv(f[:, 3], 0.75, 0.78)
    img = R.over(img, R.coverage(_cabin(u, v, h)), paint)
    window = np.maximum(_cabin(u, v, h, FRAME), FRAME - np.abs(u - PILLAR))
    img = R.over(img, R.coverage(window), WINDOW)
    body = R.box_sdf(u, y - (under - BODY_H / 2), BODY_HW - CORNER, BODY_H / 2 - CORNER) - CORNER
    img = R.over(img, R.coverage(body), paint)
    lights = R.box_sdf(np.abs(u) - (BODY_HW - 1.3), y - (deck + 2.4), 1.1, 1.2)
    img = R.over(img, R.coverage(np.maximum(lights, -u)), HEADLIGHT)
    img = R.over(img, R.coverage(np.maximum(lights, u)), TAIL_LIGHT)
    for side in (-1.0, 1.0):
        d = np.sqrt((u - side * AXLE) ** 2 + (y - axle_y) ** 2)
        img = R.over(img, R.coverage(d - r), TYRE)
        img = R.over(img, R.coverage(d - 0.45 * r), HUB)
    return R.to_uint8(img)


def render(car_x: float, wheel_size: float, roof_height: float, car_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[car_x, wheel_size, roof_height, car_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("car", arg, n, seed, FACTORS, sample_factors, _draw)
