"""`crosswalk`: a street with a zebra crossing and a car, seen from straight above (64x64 RGB).

A dark asphalt road runs across the image from left to right between two grey pavements of
square paving slabs, each edged by a darker kerb. A dashed white line runs along the middle of
the road. In the middle of the image a zebra crossing spans the road from kerb to kerb: white
bars lying along the road, evenly stacked across it with asphalt between them. A car drives to
the right in the lower lane, seen from above: a rounded body with a paler roof between a dark
windscreen (at the front, on the right) and a dark rear window, four dark tyres peeking out at
its corners and two yellow headlights. Factors: how many white bars the crossing has (3 to 6;
more bars are thinner), how wide the crossing is along the road (narrow to wide), where the
car is along the road (left to right; it drives over the crossing in the middle) and the hue
of the car's paint. The road, the pavements, the centre line and the car's size stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("stripes", "how many white bars the zebra crossing has (3 to 6)", "categorical", ("3", "4", "5", "6")),
    Factor("crossing_width", "how wide the zebra crossing is along the road (narrow to wide)", "continuous"),
    Factor("car_x", "where the car is along the road (left to right)", "continuous"),
    Factor("car_hue", "hue of the car's paint", "continuous"),
)
# stripes: codes 0..3 are 3..6 bars, each half as thick as the spacing of the bars, which fill
# the road's 36 px from kerb to kerb; crossing_width: 0..1 is a crossing 8..24 px long along the
# road, centred at x = 32 px; car_x: 0..1 puts the car's middle at x = 12..52 px (the car is
# 22 px long); car_hue: 0..0.8 of the colour wheel (no wrap)
RANGES = ((0.0, 3.0), (0.0, 1.0), (0.0, 1.0), (0.0, 0.8))
ASPHALT, LINE, PAVING, JOINT, KERB = (0.24, 0.25, 0.27), (0.93, 0.93, 0.9), (0.7, 0.69, 0.66), \
    (0.52, 0.51, 0.49), (0.45, 0.45, 0.46)
WINDOW, TYRE, HEADLIGHT = (0.12, 0.15, 0.2), (0.06, 0.06, 0.06), (1.0, 0.92, 0.45)
ROAD = (14.0, 50.0)  # the kerbs' inner edges
CROSS_X, SLAB = 32.0, 8.0
CAR_Y, CAR_HL, CAR_HW = 41.5, 11.0, 5.5  # the car's middle row, half-length and half-width
CROSS_COLS, CAR_ROWS = (19, 45), (34, 49)  # where the crossing and the car can reach


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, PAVING)
    joints = np.minimum(np.abs((x % SLAB) - 0.5), np.abs((y % SLAB) - 0.5)) - 0.5
    R.over(img, R.coverage(joints), JOINT)
    top, bottom = ROAD
    R.over(img, R.coverage(np.abs(y - (top + bottom) / 2) - (bottom - top) / 2 - 1.5), KERB)
    R.over(img, R.coverage(np.abs(y - (top + bottom) / 2) - (bottom - top) / 2), ASPHALT)
    grit = 0.025 * np.sin(x * 2.3 + y * 0.7) * np.sin(y * 1.9 - x * 0.4)  # a little texture in the asphalt
    img += (grit * R.coverage(np.abs(y - (top + bottom) / 2) - (bottom - top) / 2))[:, None]
    dashes = np.maximum(np.abs(y - (top + bottom) / 2) - 0.8, np.abs((x % 9.0) - 4.5) - 2.5)
    R.over(img, R.coverage(dashes), LINE)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the crossing: a band across the road of bars along it, on asphalt (over the centre line)
    top, bottom = ROAD
    c0, c1 = CROSS_COLS
    band = img[:, :, int(top):int(bottom), c0:c1]
    bx, by = x[:, :, c0:c1], y[:, int(top):int(bottom)]
    half = R.col(4 + 8 * f[:, 1])
    along = np.abs(bx - CROSS_X) - half
    R.over(band, R.coverage(np.maximum(along, np.abs(by - 32.0) - 1.5)), ASPHALT)
    period = (bottom - top) / R.col(3 + f[:, 0])
    t = (by - top) / period
    bars = (np.abs((t % 1.0) - 0.5) - 0.25) * period
    R.over(band, R.coverage(np.maximum(bars, along)), LINE)
    # the car, driving to the right
    r0, r1 = CAR_ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    cx = R.col(12 + 40 * f[:, 2])
    u, v = x - cx, y - CAR_Y
    tyres = R.box_sdf(np.abs(u) - 6.5, np.abs(v) - CAR_HW + 0.3, 2.2, 1.0)
    R.over(part, R.coverage(tyres - 0.3), TYRE)
    R.over(part, R.coverage(R.box_sdf(u, v, CAR_HL - 2.5, CAR_HW - 2.5) - 2.5), R.hsv(f[:, 3], 0.8, 0.85))
    R.over(part, R.coverage(R.box_sdf(u + 0.5, v, 6.5, CAR_HW - 1.8) - 0.8), WINDOW)
    R.over(part, R.coverage(R.box_sdf(u + 0.5, v, 3.8, CAR_HW - 1.6) - 0.6), R.hsv(f[:, 3], 0.65, 1.0))
    R.over(part, R.coverage(np.hypot(u - CAR_HL + 1.2, np.abs(v) - 3.0) - 1.1), HEADLIGHT)
    return R.to_uint8(img)


def render(stripes: float, crossing_width: float, car_x: float, car_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[stripes, crossing_width, car_x, car_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("crosswalk", arg, n, seed, FACTORS, sample_factors, _draw)
