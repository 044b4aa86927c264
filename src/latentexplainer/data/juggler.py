"""`juggler`: a street juggler keeping white balls in the air in a town square at dusk, seen from
the front (64x64 RGB).

Behind, a row of dark houses with lit windows stands against an evening sky that fades from deep
blue at the top to dusky violet; grey cobbles fill the bottom of the image. The juggler stands on
the cobbles facing us: dark trousers and shoes, a tunic with long sleeves patterned with diamonds
in two shades of one colour, his arms held out to the sides, a round head with dark hair. White
balls fly in an arch from one hand, over his head, to the other, a faint pale trail marking their
path. Factors: where the juggler stands along the square (left to right; his balls go with him),
how many balls are in the air (1 to 4, spread evenly along the arch), how high he throws them
(from an arch just over his head to one high above it) and the hue of his tunic (the whole colour
wheel, coming round to where it began). The sky, the houses, the cobbles, the juggler's size and
the balls' size and colour stay fixed; the juggler and his balls always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("juggler_x", "where the juggler stands along the square (left to right)", "continuous"),
    Factor("balls", "how many balls the juggler keeps in the air (1 to 4)", "categorical", ("1", "2", "3", "4")),
    Factor("throw_height", "how high the juggler throws his balls (low to high)", "continuous"),
    Factor("tunic_hue", "hue of the juggler's tunic", "cyclic", period=1.0),
)
# juggler_x: 0..1 puts the juggler's middle at x = 16..48 px; balls: a code 0..3 for 1..4 balls,
# ball i of k at (i + 0.5) / k of the way along the arch; throw_height: 0..1 makes the arch from
# hand to hand (24 px apart, at y = 40 px) rise 20..34 px, so its top is at y = 20..6 px;
# tunic_hue: 0..1 of the colour wheel, a whole turn (0 and 1 are the same red)
RANGES = ((0.0, 1.0), (0.0, 3.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.1, 0.12, 0.32)), np.array((0.44, 0.32, 0.48))
HOUSE, WINDOW = (0.16, 0.14, 0.21), (0.9, 0.68, 0.32)
COBBLE, JOINT = (0.42, 0.39, 0.37), (0.27, 0.25, 0.25)
TROUSERS, SHOE, SKIN, HAIR = (0.14, 0.14, 0.2), (0.06, 0.05, 0.05), (0.93, 0.76, 0.62), (0.24, 0.15, 0.1)
BALL, BALL_EDGE, TRAIL = (0.98, 0.98, 0.95), (0.62, 0.62, 0.66), (0.92, 0.9, 0.86)
GROUND_Y, FEET_Y = 50.0, 58.5
HAND_DX, HAND_Y = 12.0, 40.0  # the hands, either side of the juggler's middle
HEAD_Y, HEAD_R, BALL_R = 28.5, 4.0, 3.6
# the houses: left, right, eaves, ridge (px)
HOUSES = ((-2.0, 13.0, 30.0, 23.0), (13.0, 27.0, 25.0, 18.0), (27.0, 41.0, 31.0, 24.0),
          (41.0, 53.0, 23.0, 17.0), (53.0, 66.0, 28.0, 21.0))


def _scene():
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, GROUND_Y)[None].copy()
    for left, right, eaves, ridge in HOUSES:
        mid, half = (left + right) / 2, (right - left) / 2
        wall = R.edges_sdf(x, y, left, right, eaves, GROUND_Y + 1.0)
        roof = np.maximum((np.abs(x - mid) * (eaves - ridge) + (y - ridge) * -half) / np.hypot(half, eaves - ridge),
                          y - eaves - 0.5)
        R.over(img, R.coverage(np.minimum(wall, roof)), HOUSE)
        for wx in (mid - half / 2, mid + half / 2):
            for wy in (eaves + 4.0, eaves + 11.0):
                if wy + 2.5 < GROUND_Y:
                    R.over(img, R.coverage(R.box_sdf(x - wx, y - wy, 1.4, 2.0)), WINDOW)
    R.over(img, R.below(GROUND_Y, 1), COBBLE)
    row = np.floor((y - GROUND_Y) / 3.0)
    joints = np.minimum(np.abs(((y - GROUND_Y) % 3.0) - 0.3), np.abs(((x + row * 2.5) % 5.0) - 0.3))
    R.over(img, 0.8 * R.coverage(np.maximum(joints - 0.4, GROUND_Y + 0.5 - y)), JOINT)
    return img[0]


SCENE = _scene()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    cx = R.col(16.0 + 32.0 * f[:, 0])
    rise = R.col(20.0 + 14.0 * f[:, 2])
    # the balls' path: a parabola from hand to hand, t = 0..1 along it
    t = (x - cx + HAND_DX) / (2 * HAND_DX)
    arch = HAND_Y - 4.0 * rise * t * (1.0 - t)
    slope = -4.0 * rise * (1.0 - 2.0 * t) / (2 * HAND_DX)
    trail = np.abs(y - arch) / np.sqrt(1.0 + slope ** 2) - 0.45
    trail = np.maximum(trail, np.maximum(-t, t - 1.0) * 2 * HAND_DX)
    R.over(img, 0.35 * R.coverage(trail), TRAIL)
    # the legs and shoes
    legs = np.minimum(R.segment_sdf(x, y, cx - 2.5, 47.0, cx - 4.0, FEET_Y - 1.0),
                      R.segment_sdf(x, y, cx + 2.5, 47.0, cx + 4.0, FEET_Y - 1.0)) - 1.7
    R.over(img, R.coverage(legs), TROUSERS)
    shoes = np.minimum(R.ellipse_sdf(x - cx + 4.6, y - FEET_Y, 2.4, 1.2), R.ellipse_sdf(x - cx - 4.6, y - FEET_Y, 2.4, 1.2))
    R.over(img, R.coverage(shoes), SHOE)
    # the tunic and its sleeves, patterned with diamonds of a lighter and a darker shade
    hue = f[:, 3]
    light, dark = R.hsv(hue, 0.75, 0.92), R.hsv(hue, 0.85, 0.6)
    body = np.maximum(np.abs(x - cx) - (5.0 + 0.15 * (y - 34.0)), np.abs(y - 41.0) - 7.0)
    sleeves = np.minimum(R.segment_sdf(x, y, cx - 4.5, 36.0, cx - HAND_DX + 1.5, HAND_Y),
                         R.segment_sdf(x, y, cx + 4.5, 36.0, cx + HAND_DX - 1.5, HAND_Y)) - 1.5
    tunic = R.coverage(np.minimum(body, sleeves))
    u, v = (x - cx) / 4.5, (y - 34.0) / 4.5
    diamonds = np.clip(0.5 + 3.0 * np.sin(np.pi * (u + v)) * np.sin(np.pi * (u - v)), 0.0, 1.0)
    R.over(img, tunic, light)
    R.over(img, tunic * diamonds, dark)
    # the hands, the neck, the head and its hair
    hands = np.minimum(np.hypot(x - cx + HAND_DX, y - HAND_Y), np.hypot(x - cx - HAND_DX, y - HAND_Y)) - 1.8
    neck = R.box_sdf(x - cx, y - 33.0, 1.4, 1.5)
    head = np.hypot(x - cx, y - HEAD_Y) - HEAD_R
    R.over(img, R.coverage(np.minimum(np.minimum(hands, neck), head)), SKIN)
    R.over(img, R.coverage(np.maximum(head, y - HEAD_Y + 1.0)), HAIR)
    # the balls, spread evenly along the arch
    k = f[:, 1].astype(int) + 1
    for i in range(4):
        on = (i < k).astype(np.float32)[:, None, None]
        tb = R.col((i + 0.5) / k)
        bx, by = cx - HAND_DX + 2 * HAND_DX * tb, HAND_Y - 4.0 * rise * tb * (1.0 - tb)
        d = np.hypot(x - bx, y - by)
        R.over(img, on * R.coverage(d - BALL_R), BALL_EDGE)
        R.over(img, on * R.coverage(d - BALL_R + 0.8), BALL)
    return R.to_uint8(img)


def render(juggler_x: float, balls: float, throw_height: float, tunic_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[juggler_x, balls, throw_height, tunic_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("juggler", arg, n, seed, FACTORS, sample_factors, _draw)
