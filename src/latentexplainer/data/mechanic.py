"""`mechanic`: a mechanic's garage, a car raised on a two-post lift beside a roller door that
opens on the street, a stack of tyres on the floor, seen from the front (64x64 RGB).

The garage's back wall is painted a pale blue-grey above a darker dado, the floor is a band of
grey concrete with an oil stain. On the left is a wide doorway with a ribbed steel roller door
in it, rolled up into its box at the top; below the door the street shows through: a sunlit
pavement and a brick wall across the road. On the right a car, seen from the side, stands
between the two yellow posts of a lift, resting on the lift's arms: its body, a cabin with pale
windows, two black wheels with silver hubs and a headlamp. In front of the doorway, on the floor,
lie black tyres stacked one on another. Factors: how high the lift has raised the car (from
standing on the floor to high above it; the lift's arms rise with it), how many tyres lie on the
stack (1 to 4), how far the roller door is open (from shut to nearly all the way up) and the
car's colour (red, blue or green). The wall, the lift's posts, the street and the car's size
stay fixed; the whole car always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("lift_height", "how high the lift has raised the car (on the floor to high)", "continuous"),
    Factor("tyres", "how many tyres lie on the stack on the floor (1 to 4)", "categorical", ("1", "2", "3", "4")),
    Factor("door_open", "how far the roller door is open (shut to nearly all the way up)", "continuous"),
    Factor("car_colour", "colour of the car (red, blue or green)", "categorical", ("red", "blue", "green")),
)
# lift_height: 0..1 puts the car's wheels' lowest point at y = 58..38 px (the floor is at y = 58 px);
# tyres: a code 0..3 for 1..4 tyres, each 7 px high and 20 px wide, stacked from the floor at the doorway's middle;
# door_open: 0..1 puts the door's bottom edge at y = 58..14 px (its box at the top is y = 8..12 px);
# car_colour: a code 0..2, the colours of CAR_COLOURS
RANGES = ((0.0, 1.0), (0.0, 3.0), (0.0, 1.0), (0.0, 2.0))
WALL, DADO, FLOOR, STAIN = (0.74, 0.8, 0.84), (0.56, 0.62, 0.66), (0.56, 0.56, 0.54), (0.36, 0.36, 0.36)
SKY, PAVEMENT, BRICK, MORTAR = (0.7, 0.84, 0.95), (0.78, 0.76, 0.7), (0.7, 0.36, 0.26), (0.84, 0.78, 0.7)
DOOR, DOOR_RIB, DOOR_BOX = (0.62, 0.64, 0.66), (0.48, 0.5, 0.52), (0.36, 0.38, 0.4)
POST, ARM, TYRE, TREAD = (0.95, 0.78, 0.1), (0.3, 0.3, 0.32), (0.08, 0.08, 0.09), (0.3, 0.3, 0.32)
CAR_COLOURS = np.array(((0.85, 0.12, 0.12), (0.14, 0.32, 0.86), (0.14, 0.6, 0.26)))
CAR_WINDOW, HUB, LAMP, BUMPER = (0.72, 0.86, 0.94), (0.78, 0.8, 0.82), (1.0, 0.95, 0.7), (0.2, 0.2, 0.22)
FLOOR_Y = 58.0
DOOR_L, DOOR_R, DOOR_T = 2.0, 26.0, 12.0
TYRE_X, TYRE_HW, TYRE_H = 14.0, 10.0, 7.0
POSTS = (30.5, 61.5)
CAR_L, CAR_R = 33.0, 60.0
WHEELS, WHEEL_R = (38.5, 54.5), 4.2


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, R.coverage(32.0 - y), DADO)
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    R.over(img, 0.6 * R.coverage(R.ellipse_sdf(x - 47.0, y - 61.0, 8.0, 1.8)), STAIN)
    # the street through the doorway: sky, a brick wall across the road, the pavement
    opening = R.edges_sdf(x, y, DOOR_L, DOOR_R, DOOR_T, FLOOR_Y)
    inside = R.coverage(opening)
    R.over(img, inside, SKY)
    course = np.floor((y - 22.0) / 3.0)
    bricks = np.minimum(np.abs(((y - 22.0) % 3.0) - 0.25), np.abs(((x + 3.0 * (course % 2)) % 6.0) - 0.25))
    R.over(img, inside * R.coverage(22.0 - y), BRICK)
    R.over(img, inside * R.coverage(np.maximum(bricks - 0.35, 22.0 - y)), MORTAR)
    R.over(img, inside * R.coverage(48.0 - y), PAVEMENT)
    R.over(img, R.coverage(np.abs(opening) - 1.0), DOOR_BOX)  # the doorway's frame
    R.over(img, R.coverage(R.edges_sdf(x, y, DOOR_L - 1.0, DOOR_R + 1.0, DOOR_T - 4.0, DOOR_T)), DOOR_BOX)
    # the lift's posts
    for px in POSTS:
        R.over(img, R.coverage(R.edges_sdf(x, y, px - 1.5, px + 1.5, 10.0, FLOOR_Y)), POST)
        R.over(img, R.coverage(R.edges_sdf(x, y, px - 3.0, px + 3.0, FLOOR_Y - 1.0, FLOOR_Y + 0.5)), ARM)
    return img[0]


SCENE = _scene()


def _tyres():
    x, y = R.grid()
    out = []
    for i in range(4):
        bottom = FLOOR_Y - i * TYRE_H
        tyre = R.box_sdf(x - TYRE_X, y - (bottom - TYRE_H / 2), TYRE_HW - 1.5, TYRE_H / 2 - 1.6) - 1.4
        tread = np.maximum(tyre + 1.0, np.abs(((x - TYRE_X) % 2.5) - 1.25) - 0.4)
        out.append((R.coverage(tyre)[0], R.coverage(np.maximum(tread, np.abs(y - bottom + TYRE_H / 2) - 1.2))[0]))
    return out


TYRES = _tyres()


def _car():
    """The car standing on the floor: coverage of its body, windows, wheels, hubs, lamp and bumpers."""
    x, y = R.grid()
    base = FLOOR_Y - WHEEL_R  # the wheels' middles
    body = R.box_sdf(x - (CAR_L + CAR_R) / 2, y - (base - 3.0), (CAR_R - CAR_L) / 2 - 1.5, 2.5) - 1.5
    roof, sill = base - 14.0, base - 6.0  # the cabin's roof and its foot on the body
    rear = (37.0 + 3.0 * (sill - y) / (sill - roof) - x) * 0.92
    front = (x - 55.0 + 4.0 * (sill - y) / (sill - roof)) * 0.87
    cabin = np.maximum(np.maximum(roof - y, y - sill), np.maximum(rear, front))
    windows = np.maximum(cabin + 1.3, 0.8 - np.abs(x - 46.0))
    wheels = np.minimum(np.hypot(x - WHEELS[0], y - base), np.hypot(x - WHEELS[1], y - base))
    lamp = R.ellipse_sdf(x - (CAR_R - 1.0), y - (base - 4.0), 1.2, 1.0)
    bumpers = np.minimum(R.edges_sdf(x, y, CAR_L - 1.0, CAR_L + 3.0, base - 1.5, base),
                         R.edges_sdf(x, y, CAR_R - 3.0, CAR_R + 1.0, base - 1.5, base))
    paint = R.coverage(np.minimum(body, cabin))[0]
    return (paint, R.coverage(windows)[0], R.coverage(wheels - WHEEL_R)[0], R.coverage(wheels - 1.6)[0],
            R.coverage(lamp)[0], R.coverage(bumpers)[0])


CAR_PAD = 24  # rows below the image, blank, to shift the car's layers up by
CAR_LAYERS = [np.concatenate([cover, np.zeros((CAR_PAD, R.SIZE), np.float32)]) for cover in _car()]


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the roller door, rolled down from its box to its bottom edge, ribbed
    bottom = R.col(FLOOR_Y - 44.0 * f[:, 2])
    door = np.maximum(R.edges_sdf(x, y, DOOR_L, DOOR_R, DOOR_T, 80.0), y - bottom)
    cover = R.coverage(door)
    R.over(img, cover, DOOR)
    R.over(img, cover * R.coverage(np.abs(((y - bottom) % 3.0) - 1.5) - 0.4), DOOR_RIB)
    R.over(img, R.coverage(np.maximum(door, bottom - 1.5 - y)), DOOR_BOX)  # its bottom rail
    # the tyres, stacked from the floor
    count = f[:, 1].astype(int)
    for i, (tyre, tread) in enumerate(TYRES):
        on = (count >= i).astype(np.float32)[:, None, None]
        R.over(img, on * tyre, TYRE)
        R.over(img, on * tread, TREAD)
    lift = 20.0 * f[:, 0]
    # the lift's arms, behind the car, risen with it
    sill = R.col(FLOOR_Y - WHEEL_R + 0.5 - lift)
    arms = np.minimum(R.edges_sdf(x, y, POSTS[0] - 1.5, CAR_L + 6.0, sill, sill + 1.6),
                      R.edges_sdf(x, y, CAR_R - 6.0, POSTS[1] + 1.5, sill, sill + 1.6))
    R.over(img, R.coverage(arms), ARM)
    # the car, raised by whole and part pixels: shift its layers up, blending the two nearest rows
    whole = np.floor(lift).astype(int)
    frac = (lift - whole).astype(np.float32)[:, None, None]
    colour = CAR_COLOURS[f[:, 3].astype(int)]
    paints = (colour, CAR_WINDOW, TYRE, HUB, LAMP, BUMPER)
    for padded, paint in zip(CAR_LAYERS, paints):
        rows = np.arange(R.SIZE)[None, :] + whole[:, None]  # (n, H): the car's row drawn at each image row
        lo, hi = padded[rows], padded[np.minimum(rows + 1, R.SIZE + CAR_PAD - 1)]
        R.over(img, lo + (hi - lo) * frac, paint)
    return R.to_uint8(img)


def render(lift_height: float, tyres: float, door_open: float, car_colour: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[lift_height, tyres, door_open, car_colour]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("mechanic", arg, n, seed, FACTORS, sample_factors, _draw)
