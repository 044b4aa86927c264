"""`stables`: a horse standing in a cobbled stable yard in front of a stable block, seen from
the side (64x64 RGB).

A strip of sky is at the top, over the dark slate roof of a long stable block whose wall is
pale limewashed stone. In the wall on the right is a stable doorway with a green-painted wooden
door hinged at its right-hand side; as it swings open it turns edge-on towards the viewer and
uncovers the dark stall behind it. The lower part of the image is the yard's grey cobbles, with
a little straw. In the yard stands a horse facing right, side-on: a barrel of a body on four
legs with dark hooves, a tail hanging at its back, and a neck and head at its front with a dark
eye; its mane, ears and tail are darker than the coat (white on a grey horse). Factors: where
the horse stands along the yard (left to right), how high it holds its head (grazing with its
nose near the ground to held high), the colour of its coat (chestnut, grey or black) and how
far the stable door is open (shut to wide open). The sky, the roof, the wall, the doorway, the
yard and the horse's size stay fixed; the whole horse always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("horse_x", "where the horse stands along the yard (left to right)", "continuous"),
    Factor("head", "how high the horse holds its head (grazing to held high)", "continuous"),
    Factor("coat", "the colour of the horse's coat", "categorical", ("chestnut", "grey", "black")),
    Factor("door", "how far the stable door is open (shut to wide open)", "continuous"),
)
# horse_x: 0..1 puts the middle of the body at x = 15..36 px; head: 0..1 turns the neck (10 px
# long, from the withers) from 0.95 radians below level to 1.05 above it; coat: codes 0..2 as
# named; door: 0..1 swings the door (16 px wide, hinged at x = 59 px) from shut to edge-on,
# its visible width shrinking with the cosine of the angle
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 2.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.48, 0.68, 0.92)), np.array((0.76, 0.86, 0.96))
ROOF, WALL, STONE, COBBLES, STRAW = (0.24, 0.26, 0.3), (0.84, 0.8, 0.7), (0.7, 0.66, 0.56), (0.5, 0.5, 0.52), \
    (0.85, 0.72, 0.36)
STALL, DOOR, DOOR_DARK, HOOF = (0.07, 0.06, 0.05), (0.16, 0.46, 0.28), (0.09, 0.28, 0.16), (0.12, 0.1, 0.09)
COATS = np.array(((0.62, 0.3, 0.12), (0.64, 0.64, 0.66), (0.1, 0.09, 0.09)), np.float32)
MANES = np.array(((0.36, 0.14, 0.05), (0.9, 0.9, 0.9), (0.03, 0.03, 0.03)), np.float32)
EAVES_Y, YARD_Y, GROUND_Y = 14.0, 44.0, 57.0  # GROUND_Y: where the hooves stand
DOOR_L, DOOR_R, DOOR_TOP = 43.0, 59.0, 20.0
BODY_Y, BODY_RX, BODY_RY = 39.0, 10.0, 5.5
LEG_HW, NECK, HEAD = 1.4, 10.0, 7.0


def _background() -> np.ndarray:
    x, y = R.grid()
    img = np.empty((1, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, EAVES_Y)
    R.over(img, R.below(5.0, 1), ROOF)
    slates = np.maximum(np.abs(((y - 5.0) % 3.0) - 1.5) - 0.35, 5.5 - y)
    R.over(img, 0.3 * R.coverage(slates), (0.0, 0.0, 0.0))
    R.over(img, R.below(EAVES_Y, 1), WALL)
    course = np.floor((y - EAVES_Y) / 5.0)
    joints = np.minimum(np.abs(((y - EAVES_Y) % 5.0) - 0.5), np.abs(((x + course * 4.0) % 8.0) - 0.5))
    R.over(img, 0.5 * R.coverage(joints - 0.4) * R.below(EAVES_Y + 1.0, 1), STONE)
    R.over(img, R.coverage(R.edges_sdf(x, y, DOOR_L - 1.5, DOOR_R + 1.5, DOOR_TOP - 1.5, YARD_Y)), STONE)
    R.over(img, R.coverage(R.edges_sdf(x, y, DOOR_L, DOOR_R, DOOR_TOP, YARD_Y)), STALL)
    R.over(img, R.below(YARD_Y, 1), COBBLES)
    stones = np.abs(np.sin(x * 1.1 + 2.0 * np.floor(y / 2.5)) * np.sin(y * 1.3)) < 0.12
    R.over(img, 0.35 * stones * R.below(YARD_Y + 0.5, 1), (0.25, 0.25, 0.27))
    straw = np.minimum(R.ellipse_sdf(x - 8.0, y - 61.0, 7.0, 1.6), R.ellipse_sdf(x - 54.0, y - 60.0, 6.0, 1.3))
    R.over(img, 0.9 * R.coverage(straw), STRAW)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the door, hinged at its right edge: its visible width shrinks as it swings open
    width = R.col(2.0 + (DOOR_R - DOOR_L - 2.0) * np.cos(f[:, 3] * np.pi / 2))
    door = R.edges_sdf(x, y, DOOR_R - width, DOOR_R, DOOR_TOP, YARD_Y)
    R.over(img, R.coverage(door), DOOR)
    brace = np.maximum(np.abs((y - DOOR_TOP) - (YARD_Y - DOOR_TOP) * (DOOR_R - x) / width) - 0.8, door + 1.0)
    R.over(img, R.coverage(np.minimum(brace, np.maximum(np.abs(y - 32.0) - 0.7, door + 1.0))), DOOR_DARK)
    # the horse
    coat, mane = COATS[f[:, 2].astype(int)], MANES[f[:, 2].astype(int)]
    cx = R.col(15 + 21 * f[:, 0])
    a = R.col(-0.95 + 2.0 * f[:, 1])
    wx, wy = cx + BODY_RX - 2.5, BODY_Y - 3.0  # the withers, where the neck starts
    nx, ny = wx + NECK * np.cos(a) + 2.0, wy - NECK * np.sin(a)  # the poll, where the head starts
    ha = 0.45 * a - 1.0  # the head hangs down and forward from the poll
    hx, hy = nx + HEAD * np.cos(ha), ny - HEAD * np.sin(ha)
    tail = R.segment_sdf(x, y, cx - BODY_RX + 0.5, BODY_Y - 3.0, cx - BODY_RX - 2.5, BODY_Y + 9.0) - 1.4
    R.over(img, R.coverage(tail), mane)
    legs = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    for lx in (-7.0, -4.5, 5.5, 8.0):
        np.minimum(legs, R.segment_sdf(x, y, cx + lx, BODY_Y, cx + lx, GROUND_Y - 1.5) - LEG_HW, out=legs)
    body = R.ellipse_sdf(x - cx, y - BODY_Y, BODY_RX, BODY_RY)
    neck = R.segment_sdf(x, y, wx, wy + 1.5, nx, ny) - 3.0
    head = R.segment_sdf(x, y, nx, ny, hx, hy) - 2.1
    R.over(img, R.coverage(np.minimum(np.minimum(legs, body), np.minimum(neck, head))), coat)
    hooves = np.maximum(legs, GROUND_Y - 2.0 - y)
    R.over(img, R.coverage(hooves), HOOF)
    crest = R.segment_sdf(x, y, wx - 1.0, wy - 1.0, nx - 0.5, ny - 0.5) - 1.0
    R.over(img, R.coverage(np.maximum(crest, neck - 0.2)), mane)
    R.over(img, R.coverage(np.hypot(x - (nx + 0.5), y - (ny - 1.8)) - 1.1), mane)  # the ears
    eye = np.hypot(x - (nx + 0.4 * (hx - nx)), y - (ny + 0.4 * (hy - ny))) - 0.8
    R.over(img, R.coverage(eye), (0.02, 0.02, 0.02))
    return R.to_uint8(img)


def render(horse_x: float, head: float, coat: float, door: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[horse_x, head, coat, door]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("stables", arg, n, seed, FACTORS, sample_factors, _draw)
