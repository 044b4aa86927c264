"""`tollbooth`: a vehicle driving up to the barrier of a toll booth on a road, seen from the
side (64x64 RGB).

A sky fills the top of the image over a strip of green verge; below it runs a grey road with a
dashed white line, a pale kerb along its bottom edge. On the right a small toll booth stands on
the verge: cream walls, a flat red roof with an overhang and a wide window. Just left of the
booth a barrier post holds a long red-and-white striped arm; it swings up about its pivot at
the top of the post. On the road, coming from the left towards the barrier, is a vehicle: a red
car with a low cabin and blue windows, a tall white van with a windscreen at its front, or a
green motorbike with a rider in a yellow helmet. Its headlamp shines at its front. Factors: how
far the barrier's arm is raised (level across the road to nearly upright), where the vehicle
is on the road (well back to close up to the barrier), which vehicle it is (car, van or
motorbike) and how dark it is (daylight to night: the whole scene dims to a dark blue, the
booth's window glows yellow and the headlamp throws a beam ahead of the vehicle). The road,
the verge, the booth, the post and the arm's length stay fixed; the vehicle always lies inside
the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("barrier", "how far the barrier's arm is raised (level to nearly upright)", "continuous"),
    Factor("vehicle_x", "where the vehicle is on the road (well back to up to the barrier)", "continuous"),
    Factor("vehicle", "which vehicle drives up to the barrier", "categorical", ("car", "van", "motorbike")),
    Factor("night", "how dark it is (daylight to night)", "continuous"),
)
# barrier: 0..1 turns the arm (30 px long, from its pivot at (44, 39) px) from 0 to 1.4 radians
# above level; vehicle_x: 0..1 puts the vehicle's front at x = 24..40 px (a car is 22 px long, a
# van 24, a motorbike 15); vehicle: codes 0..2 as named; night: 0..1 dims the scene towards a dark
# blue (by up to 75%) and brings up the window's glow and the headlamp's beam
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 2.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.38, 0.6, 0.92)), np.array((0.72, 0.84, 0.96))
VERGE, ROAD, LINE, KERB = (0.38, 0.58, 0.26), (0.34, 0.34, 0.36), (0.92, 0.92, 0.88), (0.72, 0.72, 0.7)
WALL, ROOF, GLASS, GLOW = (0.9, 0.86, 0.74), (0.72, 0.16, 0.12), (0.56, 0.66, 0.74), (1.0, 0.86, 0.4)
POST, ARM_RED, ARM_WHITE = (0.3, 0.3, 0.32), (0.86, 0.1, 0.1), (0.96, 0.96, 0.94)
CAR, VAN, BIKE, RIDER, HELMET = (0.8, 0.12, 0.12), (0.95, 0.95, 0.95), (0.1, 0.5, 0.3), (0.2, 0.26, 0.5), \
    (0.98, 0.82, 0.1)
WINDOWS, TYRE, HUB, LAMP = (0.45, 0.62, 0.85), (0.08, 0.08, 0.08), (0.7, 0.7, 0.72), (1.0, 0.97, 0.75)
NIGHT = np.array((0.22, 0.25, 0.45))  # what the scene is multiplied by at full night
VERGE_Y, ROAD_Y, LINE_Y, KERB_Y, GROUND_Y = 36.0, 46.0, 53.0, 60.0, 58.0  # GROUND_Y: the tyres' foot
BOOTH_L, BOOTH_R, BOOTH_TOP, BOOTH_FOOT = 48.0, 62.0, 24.0, 46.0
PIVOT_X, PIVOT_Y, ARM, ARM_HW = 44.0, 39.0, 30.0, 1.7
WHEEL_R = 3.0


def _background() -> np.ndarray:
    x, y = R.grid()
    img = np.empty((1, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, VERGE_Y)
    R.over(img, R.below(VERGE_Y, 1), VERGE)
    R.over(img, R.below(ROAD_Y, 1), ROAD)
    dashes = np.maximum(np.abs(y - LINE_Y) - 0.7, np.abs((x % 10.0) - 5.0) - 3.0)
    R.over(img, R.coverage(dashes), LINE)
    R.over(img, R.below(KERB_Y, 1), KERB)
    # the booth: walls, a window, a flat roof with an overhang; the barrier's post
    R.over(img, R.coverage(R.edges_sdf(x, y, BOOTH_L, BOOTH_R, BOOTH_TOP, BOOTH_FOOT)), WALL)
    R.over(img, R.coverage(R.edges_sdf(x, y, BOOTH_L - 2.0, 64.5, BOOTH_TOP - 3.0, BOOTH_TOP)), ROOF)
    R.over(img, R.coverage(R.segment_sdf(x, y, PIVOT_X, PIVOT_Y, PIVOT_X, ROAD_Y) - 1.6), POST)
    return img[0]


BACKGROUND = _background()
WINDOW_BOX = (50.0, 60.0, 28.0, 37.0)


def _wheels(x, y, *centres):
    d = np.minimum.reduce([np.hypot(x - cx, y - (GROUND_Y - WHEEL_R)) for cx in centres])
    return ((R.coverage(d - WHEEL_R), TYRE), (R.coverage(d - 1.2), HUB))


def _car(x, y, front):
    back = front - 22.0
    body = R.box_sdf(x - (front - 11.0), y - 49.5, 9.0, 2.0) - 2.0
    cabin = np.maximum(R.edges_sdf(x, y, back + 4.0, front - 2.0, 40.0, 48.0),
                       ((x - (front - 6.0)) * 8.0 - (y - 40.0) * 4.0) / np.hypot(8.0, 4.0))  # the windscreen's slope
    glass = np.maximum(cabin + 1.2, 0.7 - np.abs(x - (back + 12.0)))  # a pillar between the windows
    return ((R.coverage(np.minimum(body, cabin)), CAR), (R.coverage(glass), WINDOWS)) + _wheels(x, y, back + 5.0,
                                                                                                front - 5.0)


def _van(x, y, front):
    back = front - 24.0
    body = R.box_sdf(x - (front - 12.0), y - 44.5, 11.0, 8.5) - 1.0
    screen = R.edges_sdf(x, y, front - 5.0, front - 1.0, 38.0, 44.0)
    stripe = np.maximum(body, np.abs(y - 48.0) - 1.0)
    return ((R.coverage(body), VAN), (R.coverage(screen), WINDOWS), (R.coverage(stripe), (0.2, 0.4, 0.75))) + \
        _wheels(x, y, back + 5.0, front - 5.0)


def _motorbike(x, y, front):
    rear, fore = front - 12.0, front - 3.0
    frame = np.minimum(R.segment_sdf(x, y, rear, GROUND_Y - WHEEL_R, front - 5.0, 48.5) - 1.6,
                       R.segment_sdf(x, y, fore, GROUND_Y - WHEEL_R, front - 4.0, 46.0) - 0.8)
    rider = np.minimum(R.segment_sdf(x, y, rear + 3.0, 47.5, rear + 5.0, 40.0) - 2.2,  # back and seat
                       R.segment_sdf(x, y, rear + 5.0, 41.0, front - 4.0, 45.5) - 1.0)  # the arm to the bars
    legs = R.segment_sdf(x, y, rear + 3.0, 48.0, rear + 7.5, 53.5) - 1.4
    helmet = np.hypot(x - (rear + 5.5), y - 37.0) - 2.8
    return ((R.coverage(frame), BIKE), (R.coverage(np.minimum(rider, legs)), RIDER),
            (R.coverage(helmet), HELMET)) + _wheels(x, y, rear, fore)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    night = R.col(f[:, 3])
    # the booth's window: pale glass by day, a warm glow by night
    window = R.coverage(R.edges_sdf(x, y, *WINDOW_BOX))
    R.over(img, window, GLASS)
    # the vehicle
    front, kind = R.col(24 + 16 * f[:, 1]), f[:, 2].astype(int)
    lamp_y = np.where(kind == 2, 45.5, np.where(kind == 1, 49.0, 47.5)).astype(np.float32)[:, None, None]
    for code, vehicle in enumerate((_car, _van, _motorbike)):
        which = kind == code
        if not which.any():
            continue
        part = img[which]
        for alpha, colour in vehicle(x, y, front[which]):
            R.over(part, alpha, colour)
        img[which] = part
    # the barrier's arm, striped along its length, in front of the vehicle
    a = R.col(1.4 * f[:, 0])
    ex, ey = PIVOT_X - ARM * np.cos(a), PIVOT_Y - ARM * np.sin(a)
    d, h = R.segment_sdf(x, y, PIVOT_X, PIVOT_Y, ex, ey, along=True)
    arm = R.coverage(d - ARM_HW)
    R.over(img, arm, ARM_WHITE)
    R.over(img, arm * (((h * 6.0) % 1.0) < 0.5), ARM_RED)
    R.over(img, R.coverage(np.hypot(x - PIVOT_X, y - PIVOT_Y) - 1.8), POST)
    # night: everything dims to blue; the window glows, the headlamp throws a beam
    img *= 1.0 - (1.0 - NIGHT)[None, :, None, None] * night[:, None]
    R.over(img, 0.9 * night * window, GLOW)
    beam = np.maximum(np.abs(y - lamp_y) - 1.0 - 0.3 * (x - front), front - x) / 1.05
    fade = np.clip(1.0 - (x - front) / 22.0, 0.0, 1.0)
    R.over(img, 0.55 * night * fade * R.coverage(beam), LAMP)
    R.over(img, R.coverage(np.hypot(x - (front - 1.0), y - lamp_y) - 1.3), LAMP)
    return R.to_uint8(img)


def render(barrier: float, vehicle_x: float, vehicle: float, night: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[barrier, vehicle_x, vehicle, night]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("tollbooth", arg, n, seed, FACTORS, sample_factors, _draw)
