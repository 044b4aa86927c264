"""`mailtruck`: a parcel delivery van parked on a street, seen from the side (64x64 RGB).

The van faces right: a long boxy cargo body with a pale stripe along its side and, at its
front, a shorter cab with a rounded nose, a light blue window, a yellow headlight and a dark
bumper; two dark wheels with grey hubs stand on the road. A sliding door at the back of the
cargo body opens to the right, showing the dark inside of the van. On a rack on the cargo
body's roof sit up to four big brown cardboard parcels, each with a band of darker tape down its
middle: the first two side by side on the rack, the third and fourth stacked on top of them.
Behind the van are a pale blue sky, a low brick wall and a light grey pavement; the road is
dark grey with a dashed white line along it. Factors: where the van stands along the street
(left to right; everything on it moves with it), how far its sliding door is open (shut to
wide open), how many parcels sit on its roof (1 to 4) and the hue of its paint (a cyclic
factor with a whole-turn period: red through yellow, green, blue and purple back to red).
The van's size and shape, the parcels' size and colour, the sky, the wall, the pavement and
the road stay fixed; the whole van always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("van_x", "horizontal position of the delivery van along the street (left to right)", "continuous"),
    Factor("door_open", "how far the van's sliding side door is open (shut to wide open)", "continuous"),
    Factor("parcels", "how many parcels sit on the van's roof rack", "categorical", ("1", "2", "3", "4")),
    Factor("paint_hue", "hue of the van's paint (red through yellow, green and blue back to red)", "cyclic",
           period=1.0),
)
# van_x: 0..1 puts the cargo body's front (where the cab begins) at x = 31..52 px (the van is
# 37 px long: 28 px of cargo body, 9 px of cab); door_open: 0..1 is an opening 0..13 px wide
# from the door's back edge, 3 px from the van's back; parcels: codes 0..3 are 1..4 parcels,
# loaded in the order of PARCELS; paint_hue: 0..1 of the colour wheel, 1 the same as 0
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 3.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.5, 0.7, 0.92)), np.array((0.8, 0.88, 0.96))
WALL, MORTAR, PAVEMENT, KERB, ROAD, LINE = (0.6, 0.33, 0.25), (0.7, 0.62, 0.55), (0.72, 0.72, 0.7), \
    (0.55, 0.55, 0.54), (0.27, 0.27, 0.29), (0.93, 0.93, 0.9)
INSIDE, STRIPE, GLASS, HEADLIGHT, RUBBER, HUB, BUMPER = (0.1, 0.08, 0.07), (0.94, 0.93, 0.88), \
    (0.68, 0.84, 0.95), (1.0, 0.9, 0.35), (0.1, 0.1, 0.11), (0.62, 0.62, 0.64), (0.2, 0.2, 0.22)
CARDBOARD, CARDBOARD_EDGE, TAPE = (0.66, 0.45, 0.24), (0.4, 0.26, 0.13), (0.5, 0.33, 0.16)
WALL_TOP, PAVEMENT_Y, ROAD_Y, LINE_Y = 39.0, 46.0, 51.0, 59.0
BODY_LEN, CAB_LEN = 28.0, 9.0
ROOF_Y, BODY_BOTTOM, CAB_TOP = 23.0, 46.0, 30.0
DOOR_BACK, DOOR_W, DOOR_TOP, DOOR_BOTTOM = 3.0, 13.0, 26.0, 44.0  # the door, from the van's back
WHEEL_Y, WHEEL_R, HUB_R = 46.5, 4.5, 1.9
WHEELS = (7.0, 32.0)  # the wheels' middles, from the van's back
PARCEL_W, PARCEL_H = 13.0, 9.5
# the parcels' places, in the order they are loaded: from the van's back to their left side, and
# from the roof up to their bottom (two side by side on the rack, two more on top of those)
PARCELS = ((0.5, 1.0), (14.5, 1.0), (0.5, 1.0 + PARCEL_H), (14.5, 1.0 + PARCEL_H))
ROWS = (3, 52)  # the rows the van can reach


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, WALL_TOP)[None].copy()
    R.over(img, R.below(WALL_TOP, 1), WALL)
    course = np.floor((y - WALL_TOP) / 3.5)
    joints = np.minimum(np.abs(((y - WALL_TOP) % 3.5) - 0.5), np.abs(((x + course * 4.0) % 8.0) - 0.5))
    R.over(img, R.coverage(joints - 0.5) * R.coverage(WALL_TOP - y), MORTAR)
    R.over(img, R.below(PAVEMENT_Y, 1), PAVEMENT)
    R.over(img, R.below(ROAD_Y - 1.0, 1), KERB)
    R.over(img, R.below(ROAD_Y, 1), ROAD)
    dashes = np.maximum(np.abs(y - LINE_Y) - 0.8, np.abs((x % 10.0) - 5.0) - 3.0)
    R.over(img, R.coverage(dashes), LINE)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    r0, r1 = ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    back = R.col(31 + 21 * f[:, 0] - BODY_LEN)
    front = back + BODY_LEN
    paint = R.hsv(f[:, 3], 0.72, 0.85)
    dark_paint = R.hsv(f[:, 3], 0.78, 0.6)
    # the cargo body and the cab (its nose rounded), the stripe, the chassis
    body = R.edges_sdf(x, y, back, front, ROOF_Y, BODY_BOTTOM)
    cab = R.box_sdf(x - (front + CAB_LEN / 2 - 1.5), y - (CAB_TOP + BODY_BOTTOM) / 2, CAB_LEN / 2 - 1.0,
                    (BODY_BOTTOM - CAB_TOP) / 2 - 2.5) - 2.5
    R.over(part, R.coverage(np.minimum(body, cab)), paint)
    R.over(part, R.coverage(np.maximum(np.abs(y - 38.0) - 1.2, body)), STRIPE)
    R.over(part, R.coverage(np.maximum(np.abs(x - front) - 0.5, body - 0.5)), dark_paint)  # where the cab meets
    window = R.edges_sdf(x, y, front + 1.5, front + CAB_LEN - 1.5, CAB_TOP + 2.0, CAB_TOP + 7.5)
    R.over(part, R.coverage(window), GLASS)
    R.over(part, R.coverage(np.hypot(x - (front + CAB_LEN - 0.8), y - 41.5) - 1.4), HEADLIGHT)
    R.over(part, R.coverage(R.edges_sdf(x, y, back - 0.5, front + CAB_LEN, BODY_BOTTOM - 1.5, BODY_BOTTOM + 1.0)),
           BUMPER)
    # the sliding door: its seam, and the dark inside where it is open
    d0 = back + DOOR_BACK
    seam = np.maximum(np.minimum(np.abs(x - d0), np.abs(x - d0 - DOOR_W)) - 0.45,
                      np.abs(y - (DOOR_TOP + DOOR_BOTTOM) / 2) - (DOOR_BOTTOM - DOOR_TOP) / 2)
    R.over(part, 0.8 * R.coverage(seam), dark_paint)
    opening = R.edges_sdf(x, y, d0, d0 + DOOR_W * R.col(f[:, 1]), DOOR_TOP, DOOR_BOTTOM)
    R.over(part, R.coverage(opening), INSIDE)
    # the wheels
    for w in WHEELS:
        rho = np.hypot(x - (back + w), y - WHEEL_Y)
        R.over(part, R.coverage(rho - WHEEL_R), RUBBER)
        R.over(part, R.coverage(rho - HUB_R), HUB)
    # the parcels on the roof, filled from the back
    count = f[:, 2:3, None]
    for i, (along, up) in enumerate(PARCELS):
        left, bottom = back + along, ROOF_Y - up
        box = R.edges_sdf(x, y, left, left + PARCEL_W, bottom - PARCEL_H, bottom)
        there = (count >= i).astype(np.float32)
        R.over(part, there * R.coverage(box), CARDBOARD_EDGE)
        R.over(part, there * R.coverage(box + 0.9), CARDBOARD)
        tape = np.maximum(np.abs(x - left - PARCEL_W / 2) - 1.0, box + 0.9)
        R.over(part, there * R.coverage(tape), TAPE)
    rail = R.edges_sdf(x, y, back + 0.5, front - 0.5, ROOF_Y - 1.2, ROOF_Y)
    R.over(part, R.coverage(rail), BUMPER)
    return R.to_uint8(img)


def render(van_x: float, door_open: float, parcels: float, paint_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[van_x, door_open, parcels, paint_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("mailtruck", arg, n, seed, FACTORS, sample_factors, _draw)
