"""`milkman`: the milkman's round at daybreak, bottles of milk left on the pavement by a terraced
house's front door and the milk float driving along the street, seen from the front (64x64 RGB).

A strip of sky runs along the top of the image above the house's gutter; below it the front of a
red-brick terraced house fills most of the image: on the left its front door, dark blue with four
panels and a brass knob, in a white frame under a fanlight, above a stone doorstep; on the right a
white-framed sash window, its curtains drawn back to the sides. Along the foot of the house runs a
grey pavement with a kerb, and below it the dark road. On the pavement beside the doorstep stand
glass bottles of milk with red foil caps, set down from the doorstep outwards. On the road the milk
float drives to the right: a white flatbed loaded with red crates of bottles, a green cab with a
dark windscreen at its front, two black wheels. Factors: how many bottles of milk stand on the
pavement (1 to 4), where the milk float is along the street (left to right), how far the front door
is open (shut to wide open, the dark hall behind it showing) and how light the sky is (from night
to a bright morning). The house, the window, the pavement, the road and the float's size stay
fixed; the whole float always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("bottles", "how many bottles of milk stand on the pavement (1 to 4)", "categorical",
           ("1", "2", "3", "4")),
    Factor("float_x", "where the milk float is along the street (left to right)", "continuous"),
    Factor("door_open", "how far the house's front door is open (shut to wide open)", "continuous"),
    Factor("daylight", "how light the sky is (night to bright morning)", "continuous"),
)
# bottles: a code 0..3 for 1..4 bottles, at BOTTLES from the left; float_x: 0..1 puts the float's
# middle at x = 15..49 px (it is 26 px long); door_open: 0..1 swings the door (14 px wide, hinged
# on its left) in, from its full width to 15% of it, the hall showing beside it; daylight: 0..1
# blends the sky from night (0.06, 0.08, 0.22) at the top to morning (0.56, 0.74, 0.95)
RANGES = ((0.0, 3.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
NIGHT_TOP, NIGHT_LOW = np.array((0.06, 0.08, 0.22)), np.array((0.16, 0.15, 0.32))
DAY_TOP, DAY_LOW = np.array((0.56, 0.74, 0.95)), np.array((0.96, 0.86, 0.66))
BRICK, MORTAR, GUTTER, WHITE = (0.6, 0.28, 0.2), (0.5, 0.24, 0.18), (0.15, 0.15, 0.16), (0.94, 0.94, 0.92)
DOOR, DOOR_LINE, BRASS, HALL = np.array((0.14, 0.24, 0.52)), np.array((0.09, 0.16, 0.36)), (0.86, 0.7, 0.3), \
    (0.12, 0.09, 0.08)
STEP, PANE, CURTAIN, PAVEMENT, KERB, ROAD = (0.74, 0.72, 0.67), (0.22, 0.26, 0.32), (0.78, 0.66, 0.36), \
    (0.6, 0.6, 0.58), (0.74, 0.74, 0.72), (0.27, 0.27, 0.29)
MILK, CAP, FLATBED, CRATE, CAB, SCREEN, TYRE = (0.97, 0.97, 0.95), (0.86, 0.14, 0.12), (0.92, 0.92, 0.9), \
    (0.78, 0.16, 0.14), (0.22, 0.52, 0.32), (0.16, 0.2, 0.26), (0.08, 0.08, 0.09)
SKY_Y, WALL_Y, KERB_Y, ROAD_Y = 10.0, 11.5, 52.0, 53.5
SKY_ROWS = 10  # the rows above the gutter
DOOR_L, DOOR_R, DOOR_T, DOOR_B = 5.0, 19.0, 20.0, 46.0
BOTTLES, BOTTLE_FOOT = (24.0, 31.0, 38.0, 45.0), 47.5
FLOAT_Y, FLOAT_LEN = 60.0, 26.0  # the float's wheels' axle


def _scene():
    x, y = R.grid()
    img = R.canvas(1, BRICK)
    course = np.floor(y / 3.0)
    joints = np.minimum(np.abs((y % 3.0) - 0.4), np.abs(((x + course * 3.0) % 6.0) - 0.4))
    R.over(img, R.coverage(joints - 0.4), MORTAR)
    R.over(img, R.coverage(R.edges_sdf(x, y, -1.0, 65.0, SKY_Y, WALL_Y + 0.5)), GUTTER)
    # the front door's frame and fanlight, and the doorstep
    R.over(img, R.coverage(R.edges_sdf(x, y, DOOR_L - 1.5, DOOR_R + 1.5, DOOR_T - 6.5, DOOR_B)), WHITE)
    fan = np.maximum(R.ellipse_sdf(x - (DOOR_L + DOOR_R) / 2, y - (DOOR_T - 1.0), 6.0, 4.5), y - (DOOR_T - 1.0))
    R.over(img, R.coverage(np.maximum(fan, 0.5 - np.abs(x - (DOOR_L + DOOR_R) / 2))), PANE)
    R.over(img, R.coverage(R.edges_sdf(x, y, DOOR_L - 3.0, DOOR_R + 3.0, DOOR_B, BOTTLE_FOOT + 0.5)), STEP)
    # the sash window, its curtains drawn back
    R.over(img, R.coverage(R.edges_sdf(x, y, 40.0, 58.0, 16.0, 33.0)), WHITE)
    panes = np.maximum(R.edges_sdf(x, y, 41.5, 56.5, 17.5, 31.5), 0.7 - np.minimum(np.abs(x - 49.0), np.abs(y - 24.5)))
    R.over(img, R.coverage(panes), PANE)
    R.over(img, R.coverage(np.maximum(R.edges_sdf(x, y, 41.5, 56.5, 17.5, 31.5), 3.5 - np.abs(x - 49.0))), CURTAIN)
    R.over(img, R.coverage(R.edges_sdf(x, y, 39.0, 59.0, 33.0, 34.5)), WHITE)
    # the pavement, its kerb and the road
    R.over(img, R.below(BOTTLE_FOOT + 0.5, 1), PAVEMENT)
    R.over(img, 0.5 * R.coverage(np.maximum(np.abs((x % 12.0) - 6.0) - 5.6, BOTTLE_FOOT + 1.0 - y)), MORTAR)
    R.over(img, R.below(KERB_Y, 1), KERB)
    R.over(img, R.below(ROAD_Y, 1), ROAD)
    return img[0]


SCENE = _scene()
SKY_T = np.clip((R.grid()[1][0, :, 0] + 0.5) / SKY_Y, 0.0, 1.0)[None, None, :, None]  # 0 at the top, 1 at the gutter


def _bottles():
    x, y = R.grid()
    out = []
    for bx in BOTTLES:
        body = R.box_sdf(x - bx, y - (BOTTLE_FOOT - 5.5), 2.0, 4.5) - 1.0
        neck = np.maximum(np.abs(x - bx) - 1.6 + 0.3 * (y - (BOTTLE_FOOT - 11.0)),
                          np.abs(y - (BOTTLE_FOOT - 12.0)) - 2.5)
        cap = R.box_sdf(x - bx, y - (BOTTLE_FOOT - 14.5), 1.4, 0.6) - 0.4
        shade = R.coverage(np.maximum(body + 0.8, bx + 0.8 - x))
        out.append((R.coverage(np.minimum(body, neck)), shade, R.coverage(cap)))
    return out


BOTTLE_COVERS = _bottles()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the sky, from night to morning, above the gutter
    d = f[:, 3][:, None, None, None]
    top, low = NIGHT_TOP + (DAY_TOP - NIGHT_TOP) * f[:, 3:4], NIGHT_LOW + (DAY_LOW - NIGHT_LOW) * f[:, 3:4]
    sky = top[:, :, None, None] + (low - top)[:, :, None, None] * SKY_T ** (1.5 - 0.5 * d)
    img[:, :, :SKY_ROWS] = sky[:, :, :SKY_ROWS]
    # the front door: the dark hall, and the door swung in from its hinge on the left
    (r0, r1), c1 = (int(DOOR_T), int(DOOR_B)), int(DOOR_R) + 1
    part, px, py = img[:, :, r0:r1, :c1], x[:, :, :c1], y[:, r0:r1]
    R.over(part, R.coverage(R.edges_sdf(px, py, DOOR_L, DOOR_R, DOOR_T, DOOR_B)), HALL)
    o = R.col(f[:, 2])
    right = DOOR_L + (DOOR_R - DOOR_L) * (1.0 - 0.85 * o)
    door = R.edges_sdf(px, py, DOOR_L, right, DOOR_T, DOOR_B)
    shade = (1.0 - 0.45 * f[:, 2])[:, None, None, None]
    R.over(part, R.coverage(door), DOOR * shade[:, :, 0, 0])
    u = (px - DOOR_L) / (right - DOOR_L)  # 0..1 across the door as it is seen
    panels = np.maximum(np.abs(np.abs(u - 0.5) - 0.22) - 0.14, np.abs(np.abs(py - 33.0) - 6.5) - 4.5)
    lines = np.maximum(np.abs(panels * (right - DOOR_L) / 2) - 0.45, door)
    R.over(part, R.coverage(lines), DOOR_LINE * shade[:, :, 0, 0])
    knob = np.hypot((px - DOOR_L - 0.85 * (right - DOOR_L)), py - 34.0) - 1.1
    R.over(part, R.coverage(knob), BRASS)
    # the bottles on the pavement, from the doorstep outwards
    count = f[:, 0].astype(int)
    for i, (bottle, shade_b, cap) in enumerate(BOTTLE_COVERS):
        on = (count >= i).astype(np.float32)[:, None, None]
        R.over(img, on * bottle, MILK)
        R.over(img, 0.25 * on * bottle * shade_b, (0.5, 0.55, 0.6))
        R.over(img, on * cap, CAP)
    # the milk float on the road, driving to the right
    fx = R.col(15.0 + 34.0 * f[:, 1])
    left, front = fx - FLOAT_LEN / 2, fx + FLOAT_LEN / 2
    R.over(img, R.coverage(R.edges_sdf(x, y, left, front - 7.0, FLOAT_Y - 7.0, FLOAT_Y - 1.0)), FLATBED)
    crates = np.maximum(R.edges_sdf(x, y, left + 1.0, front - 8.0, FLOAT_Y - 10.5, FLOAT_Y - 7.0),
                        0.5 - np.abs(((x - left - 1.0) % 6.0) - 3.0))
    R.over(img, R.coverage(crates), CRATE)
    R.over(img, R.coverage(R.box_sdf(x - (front - 3.5), y - (FLOAT_Y - 6.0), 2.5, 4.5) - 1.0), CAB)
    R.over(img, R.coverage(R.edges_sdf(x, y, front - 4.0, front - 1.0, FLOAT_Y - 10.0, FLOAT_Y - 7.0)), SCREEN)
    wheels = np.minimum(np.hypot(x - left - 5.0, y - FLOAT_Y), np.hypot(x - front + 5.0, y - FLOAT_Y)) - 2.8
    R.over(img, R.coverage(wheels), TYRE)
    return R.to_uint8(img)


def render(bottles: float, float_x: float, door_open: float, daylight: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[bottles, float_x, door_open, daylight]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("milkman", arg, n, seed, FACTORS, sample_factors, _draw)
