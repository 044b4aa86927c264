"""`tractor`: a farm tractor with a front loader on a ploughed field, seen from the side
(64x64 RGB).

The tractor faces right and stands on the brown furrowed field in the lower part of the image:
a big black rear wheel with a pale hub under a curved fender, a small front wheel under a long
painted hood with a dark grille at its front and a black exhaust pipe standing up from it, and
behind the hood the tractor's painted rear body with the driver's seat and steering wheel on
top. A front loader is fixed beside the driver: a long painted arm, pushed by a grey hydraulic
ram, that carries a dark steel bucket in front of the tractor; lowered, the bucket rests on the
field, raised, it is lifted high in front of the hood. The driver's place is either open (only
the seat and the steering wheel), covered by a dark roof on two posts, or a closed cab with
painted walls and a tinted side window under the roof. Behind is a blue sky over green hills.
Factors: where the tractor is across the image (left to right), how high the loader lifts its
bucket (resting on the field to raised high), the size of the rear wheel (small to large; it
grows upwards from the field, its fender with it), the kind of driver's place (open, a roof on
posts, or a closed cab) and the hue of the paint, round the whole colour wheel. The tractor's
height above the field, the front wheel, the hood, the sky, the hills and the field stay fixed;
the whole tractor always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

CABS = ("open", "canopy", "closed")
FACTORS = (
    Factor("tractor_x", "horizontal position of the tractor (left to right)", "continuous"),
    Factor("bucket_raise", "how high the front loader lifts its bucket (on the ground to raised high)",
           "continuous"),
    Factor("rear_wheel_size", "size of the tractor's big rear wheel (small to large)", "continuous"),
    Factor("cab", "the driver's place: open, a roof on posts, or a closed cab with a window",
           "categorical", CABS),
    Factor("paint_hue", "hue of the tractor's paint (round the whole colour wheel)", "cyclic", period=1.0),
)
# tractor_x: 0..1 puts the rear wheel's axle at x = 16..25 px; bucket_raise: 0..1 turns the
# loader's arm (28 px long, pivot 6 px ahead of the axle at y = 31 px) from 0.8 radians below
# the horizontal (bucket on the field) to 0.6 radians above it; rear_wheel_size: 0..1 is a rear
# wheel of radius 8..12 px standing on the field (y = 54 px); cab: codes 0..2 are open, canopy
# (a roof on two posts) and closed; paint_hue: 0..1 is the whole colour wheel (1 is 0 again)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, len(CABS) - 1.0), (0.0, 1.0))
SKY_TOP, SKY_LOW, HILLS, FIELD, FURROW = (0.45, 0.66, 0.92), (0.82, 0.89, 0.96), (0.42, 0.6, 0.32), \
    (0.55, 0.4, 0.25), (0.42, 0.29, 0.17)
TYRE, SIDEWALL, HUB, HUB_DOT = (0.12, 0.11, 0.11), (0.22, 0.21, 0.2), (0.9, 0.85, 0.6), (0.3, 0.28, 0.2)
CHASSIS, GRILLE, STEEL, RAM, ROOF = (0.24, 0.24, 0.25), (0.1, 0.1, 0.1), (0.3, 0.31, 0.33), (0.6, 0.62, 0.65), \
    (0.15, 0.15, 0.17)
GLASS, SEAT = (0.33, 0.46, 0.56), (0.14, 0.13, 0.12)
GROUND_Y, HORIZON_Y, FIELD_Y = 54.0, 40.0, 50.0
FRONT_WHEEL, FRONT_R = 18.0, 5.5  # the front axle's place ahead of the rear one, the front wheel's radius
PIVOT, ARM, ARM_LOW, ARM_HIGH = (6.0, 31.0), 28.0, -0.8, 0.6
BUCKET = (3.0, 0.5, 3.6, 2.9)  # its middle ahead of and below the arm's end, its half-width, half-height
PAINT_S, PAINT_V = 0.85, 0.8
BACK, WINDOW, ROWS, CAB_ROWS = 16, 53, (8, 57), 24  # the tractor lies within 16 px behind its axle, 37 ahead


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_LOW, HORIZON_Y)[None]
    hills = HORIZON_Y - 3.0 * np.sin(x * 0.09 + 0.5) - 1.5 * np.sin(x * 0.23)
    R.over(img, R.coverage(hills - y), HILLS)
    R.over(img, R.below(FIELD_Y, 1), FIELD)
    furrows = R.coverage(np.abs(((y - FIELD_Y) % 3.0) - 1.5) - 0.45) * R.below(FIELD_Y + 1.0, 1)[0]
    R.over(img, 0.8 * furrows, FURROW)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the tractor, drawn in a window of WINDOW columns round it and the rows it can reach, for speed
    tx = 16 + 9 * f[:, 0]
    left = np.floor(tx).astype(int) - BACK  # the window's first column
    r0, r1 = ROWS
    part = np.stack([img[i, :, r0:r1, c:c + WINDOW] for i, c in enumerate(left)])
    u, y = x[:, :, :WINDOW] - R.col(tx - left), y[:, r0:r1]
    paint = R.hsv(f[:, 4], PAINT_S, PAINT_V)
    cab = f[:, 3].astype(int)
    # the closed cab's walls and window, the canopy's posts, the roof over both (in the top rows)
    top, ut = part[:, :, :CAB_ROWS], y[:, :CAB_ROWS]
    closed = R.col(cab == 2) > 0
    walls = np.where(closed, R.edges_sdf(u, ut, -9.0, 5.0, 12.0, 31.0), np.inf)
    R.over(top, R.coverage(walls), paint)
    window = np.where(closed, R.edges_sdf(u, ut, -7.0, 3.0, 14.5, 25.5) - 0.5, np.inf)
    R.over(top, R.coverage(window), GLASS)
    canopy = R.col(cab == 1) > 0
    posts = np.where(canopy, R.box_sdf(np.abs(u + 2.0) - 6.5, ut - 21.5, 0.8, 9.5), np.inf)
    roof = np.where(cab[:, None, None] > 0, R.box_sdf(u + 2.0, ut - 11.5, 8.5, 1.6) - 0.4, np.inf)
    R.over(top, R.coverage(np.minimum(posts, roof)), ROOF)
    # the seat and the steering wheel (hidden in the closed cab)
    seat = np.minimum(R.edges_sdf(u, ut, -6.0, -1.0, 27.0, 30.5), R.edges_sdf(u, ut, -7.0, -5.5, 21.0, 30.5))
    wheel = np.minimum(R.segment_sdf(u, ut, 4.0, 31.0, 1.5, 25.5) - 0.6, R.ellipse_sdf(u - 1.5, ut - 25.5, 2.4, 0.9))
    R.over(top, R.coverage(np.where(closed, np.inf, np.minimum(seat, wheel))), SEAT)
    # the chassis, the rear body and the hood, the grille, the exhaust pipe
    R.over(part, R.coverage(R.edges_sdf(u, y, -4.0, 20.0, 41.0, 47.0)), CHASSIS)
    body = np.minimum(R.edges_sdf(u, y, -9.0, 5.0, 30.0, 44.0), R.edges_sdf(u, y, 2.0, 22.0, 35.5, 44.5) - 1.0)
    R.over(part, R.coverage(body), paint)
    grille = np.maximum(R.edges_sdf(u, y, 20.5, 23.0, 36.5, 43.5), 0.5 - np.abs(((y - 36.0) % 2.0) - 1.0))
    exhaust = np.minimum(R.segment_sdf(u, y, 14.0, 36.0, 14.0, 27.0) - 0.9, R.box_sdf(u - 14.0, y - 27.0, 1.4, 0.6))
    R.over(part, R.coverage(np.minimum(grille, exhaust)), GRILLE)
    # the wheels: the rear one grows upwards from the field, its fender with it
    r = R.col(8 + 4 * f[:, 2])
    rho = np.hypot(u, y - (GROUND_Y - r))
    fender = np.maximum(np.abs(rho - r - 2.0) - 1.0, y - (GROUND_Y - r) - 1.0)
    R.over(part, R.coverage(fender), paint)
    front = np.hypot(u - FRONT_WHEEL, y - (GROUND_Y - FRONT_R))
    R.over(part, R.coverage(np.minimum(rho - r, front - FRONT_R)), TYRE)
    R.over(part, R.coverage(np.abs(rho - 0.72 * r) - 0.5), SIDEWALL)
    R.over(part, R.coverage(np.minimum(rho - 0.45 * r, front - 2.4)), HUB)
    # the loader: its ram, its arm and the bucket at the arm's end
    a = R.col(ARM_LOW + (ARM_HIGH - ARM_LOW) * f[:, 1])
    px, py = PIVOT
    ex, ey = px + ARM * np.cos(a), py - ARM * np.sin(a)
    ram = R.segment_sdf(u, y, 9.0, 42.0, px + 0.45 * (ex - px), py + 0.45 * (ey - py)) - 0.8
    R.over(part, R.coverage(ram), RAM)
    arm = R.segment_sdf(u, y, px, py, ex, ey) - 1.4
    R.over(part, R.coverage(arm), 0.8 * paint)
    bx, by, bhw, bhh = BUCKET
    bucket = R.box_sdf(u - ex - bx, y - ey - by, bhw, bhh) - 0.5
    R.over(part, R.coverage(bucket), STEEL)
    dots = np.minimum(np.hypot(u - px, y - py) - 1.2, rho - 1.3)
    R.over(part, R.coverage(dots), HUB_DOT)
    for i, c in enumerate(left):
        img[i, :, r0:r1, c:c + WINDOW] = part[i]
    return R.to_uint8(img)


def render(tractor_x: float, bucket_raise: float, rear_wheel_size: float, cab: float,
           paint_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8; ``cab`` is the code 0..2 for open, canopy or closed."""
    return _draw(np.array([[tractor_x, bucket_raise, rear_wheel_size, cab, paint_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("tractor", arg, n, seed, FACTORS, sample_factors, _draw)
