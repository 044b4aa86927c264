"""`robot`: a boxy toy robot standing on the floor of a room, seen from the front (64x64 RGB).

The robot stands in the middle of the image: a square blue-grey metal body with a darker chest
panel carrying three coloured buttons, two short legs ending in dark feet, and an arm on each
side - a metal rod from a round shoulder joint ending in a round dark hand. On a short neck
sits a box-shaped head with two round eyes and a slot of a mouth, and from the middle of its
top rises a thin antenna with a red ball at its tip. The eyes glow: dark glass when dim, and a
bright cyan with a soft halo round them when lit. Behind the robot is a plain pale green wall,
a little darker lower down, and the floor below is grey-brown boards. Factors: how far the
robot raises its arms (hanging at its sides to raised up above its shoulders, both arms
together), the tilt of its head (leaning left to leaning right; the antenna tilts with it), the
length of its antenna (short to long) and how brightly its eyes glow (dark to bright). The
robot's place and size, its colours, the wall and the floor stay fixed; the whole robot always
lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("arm_raise", "how far the robot raises both arms (hanging down to raised up high)", "continuous"),
    Factor("head_tilt", "tilt of the robot's head (leaning left to leaning right)", "continuous"),
    Factor("leg_length", "length of the robot's legs (short to long; the robot rises with them)", "continuous"),
    Factor("eye_glow", "how brightly the robot's eyes glow (dark to bright)", "continuous"),
)
# arm_raise: 0..1 turns each arm (14 px from its shoulder, 12.5 px either side of x = 32 px and
# 4 px below the neck) from pointing straight down to 2.6 radians out and up; head_tilt: -1..1
# turns the head about the neck (x = 32 px) by -0.35..0.35 radians (clockwise in the image for
# positive); leg_length: 0..1 lifts everything above the legs (feet fixed at y = 56 px) by 0..9
# px, the neck from y = 33 to 24 px, the legs showing 4..13 px below the body; eye_glow: 0..1
# blends the eyes from dark glass to bright cyan, their halo with them
RANGES = ((0.0, 1.0), (-1.0, 1.0), (0.0, 1.0), (0.0, 1.0))
WALL_TOP, WALL_LOW, FLOOR, BOARD_LINE = (0.76, 0.86, 0.76), (0.64, 0.75, 0.64), (0.55, 0.47, 0.4), (0.42, 0.35, 0.3)
METAL, METAL_DARK, PANEL, FOOT = (0.62, 0.67, 0.75), (0.44, 0.48, 0.56), (0.3, 0.34, 0.42), (0.2, 0.21, 0.25)
BUTTONS = ((0.95, 0.25, 0.2), (0.98, 0.82, 0.2), (0.25, 0.8, 0.35))  # left to right, 4 px apart
EYE_DIM, EYE_LIT, HALO, MOUTH, TIP = np.array((0.12, 0.14, 0.18)), np.array((0.7, 1.0, 1.0)), (0.55, 0.95, 1.0), \
    (0.15, 0.16, 0.2), (0.9, 0.15, 0.15)
CX, NECK_Y, FLOOR_Y, LIFT = 32.0, 33.0, 58.0, 9.0
BODY = (10.0, 1.5, 19.0)  # half-width, top and bottom below the neck
SHOULDER_DX, SHOULDER_DY, ARM_LEN, ARM_HW, HAND_R, ARM_MAX = 12.5, 4.0, 14.0, 1.8, 2.8, 2.6
LEGS = (3.0, 5.5, 40.0, 56.0)  # half-width, offset from the middle, top (hidden by the body), bottom
HEAD = (8.5, 6.5, -8.0)  # half-width, half-height, its middle above the neck (in the head's frame)
EYE_DX, EYE_DY, EYE_R, HALO_R = 4.0, -9.0, 2.9, 6.5
ANTENNA, TILT_MAX = (-14.5, -19.5), 0.35  # the antenna's foot and tip above the neck
BODY_ROWS, HEAD_ROWS = (22, 54), (0, 36)  # the rows the body and the head can reach


def _background() -> np.ndarray:
    """The wall, the floor, and the robot's legs and feet, which never move."""
    x, y = R.grid()
    img = R.vertical_gradient(WALL_TOP, WALL_LOW, FLOOR_Y)[None]
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    joints = R.coverage(np.abs(((y - FLOOR_Y) % 3.5) - 1.75) - 0.3) * R.below(FLOOR_Y + 1, 1)[0]
    R.over(img, 0.5 * joints, BOARD_LINE)
    R.over(img, R.coverage(np.abs(y - FLOOR_Y) - 0.5), BOARD_LINE)
    u = np.abs(x - CX)
    hw, off, top, low = LEGS
    R.over(img, R.coverage(R.edges_sdf(u, y, off - hw, off + hw, top, low)), METAL_DARK)
    R.over(img, R.coverage(R.box_sdf(u - off - 0.5, y - low - 0.8, hw + 1.5, 1.3) - 0.5), FOOT)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    neck = NECK_Y - R.col(LIFT * f[:, 2])
    u = x - CX
    # the arms, mirrored: from the shoulder, turned out and up from hanging straight down
    a = R.col(ARM_MAX * f[:, 0])
    au, sy = np.abs(u) - SHOULDER_DX, neck + SHOULDER_DY
    hx, hy = ARM_LEN * np.sin(a), sy + ARM_LEN * np.cos(a)
    arm = R.segment_sdf(au, y, 0.0, sy, hx, hy) - ARM_HW
    img = R.over(img, R.coverage(arm), METAL_DARK)
    img = R.over(img, R.coverage(np.hypot(au - hx, y - hy) - HAND_R), FOOT)
    # the neck, the body with its chest panel and buttons, the shoulder joints (drawn in the
    # rows they can reach, for speed)
    rows = slice(*BODY_ROWS)
    part, yb, nb = img[:, :, rows], y[:, rows], neck
    R.over(part, R.coverage(R.box_sdf(u, yb - nb - 1.0, 2.5, 2.0)), METAL_DARK)
    hw, top, low = BODY
    v = yb - nb - (top + low) / 2
    R.over(part, R.coverage(R.box_sdf(u, v, hw - 1.5, (low - top) / 2 - 1.5) - 1.5), METAL)
    R.over(part, R.coverage(R.box_sdf(u, v - 1.0, 6.0, 4.5) - 0.5), PANEL)
    k = np.clip(np.round(u / 4.0), -1, 1)
    buttons = R.coverage(np.hypot(u - 4.0 * k, v - 2.5) - 1.3)
    for j, colour in enumerate(BUTTONS):
        R.over(part, buttons * (k == j - 1), colour)
    R.over(part, R.coverage(np.hypot(au, yb - nb - SHOULDER_DY) - 2.8), METAL)
    # the head in its own (tilted) frame about the neck
    rows = slice(*HEAD_ROWS)
    part, dy = img[:, :, rows], y[:, rows] - neck
    t = R.col(TILT_MAX * f[:, 1])
    c, s = np.cos(t), np.sin(t)
    hu, hv = c * u + s * dy, -s * u + c * dy
    foot, tip = ANTENNA
    antenna = np.maximum(np.abs(hu) - 0.7, np.maximum(tip - hv, hv - foot - 1.0))
    R.over(part, R.coverage(antenna), METAL_DARK)
    R.over(part, R.coverage(np.hypot(hu, hv - tip) - 2.0), TIP)
    hw, hh, hy0 = HEAD
    head = R.box_sdf(hu, hv - hy0, hw - 1.5, hh - 1.5) - 1.5
    R.over(part, R.coverage(head), METAL)
    R.over(part, R.coverage(R.box_sdf(hu, hv + 4.0, 3.5, 0.6)), MOUTH)
    # the eyes, glowing, with a halo
    eye_d = np.hypot(np.abs(hu) - EYE_DX, hv - EYE_DY)
    halo = np.clip(1.0 - (eye_d - EYE_R) / (HALO_R - EYE_R), 0.0, 1.0) * R.col(0.85 * f[:, 3])
    R.over(part, np.minimum(halo, R.coverage(head)), HALO)
    eyes = EYE_DIM + (EYE_LIT - EYE_DIM) * f[:, 3:4]  # (N, 3)
    R.over(part, R.coverage(eye_d - EYE_R), eyes)
    return R.to_uint8(img)


def render(arm_raise: float, head_tilt: float, leg_length: float, eye_glow: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[arm_raise, head_tilt, leg_length, eye_glow]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("robot", arg, n, seed, FACTORS, sample_factors, _draw)
