"""`clockshop`: the front of a small clock shop in a brick wall, seen straight on (64x64 RGB).

The shop's dark green name board runs along the top of its red brick front; below it a
fabric awning, fixed along its top edge just under the board, hangs out over the shop
window and the door, its lower edge cut into small scallops. Behind the shop window, in a
dark wooden frame, stands a tall grandfather clock in a wooden case: a cream dial with two
dark hands at its top and, below, a glass-fronted case in which a brass pendulum with a
round bob hangs from a pivot. The wooden door to the right of the window has a small
glass pane and a brass knob; a grey pavement runs along the bottom. Factors: how far the
awning hangs down over the window (short to long), the awning's pattern (plain red, red
with white vertical stripes or red with white spots), how brightly the shop is lit inside
(dark to warmly lit: the window's back wall and the clock brighten together) and where the
pendulum has swung to (to the left, hanging straight down or to the right). The wall, the
name board, the window, the door, the clock's case, dial and hands, the awning's colours and
the pavement stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("awning_drop", "how far the shop's awning hangs down over the window (short to long)", "continuous"),
    Factor("awning_pattern", "pattern of the shop's awning (plain, striped or spotted)", "categorical",
           ("plain", "striped", "spotted")),
    Factor("shop_light", "how brightly the shop is lit inside (dark to warmly lit)", "continuous"),
    Factor("pendulum", "where the clock's pendulum has swung (left, straight down, right)", "continuous"),
)
# awning_drop: 0..1 puts the awning's lower edge (its scallops' tips) at y = 19..31 px from its
# top at 14 px; awning_pattern: codes 0..2; shop_light: 0..1 scales the inside of the window by
# 0.3..1.1 of its lit colours; pendulum: -0.6..0.6 radians from hanging straight down
# (negative: the bob has swung to the left), the rod 12 px long from the pivot at (24, 37.5) px
RANGES = ((0.0, 1.0), (0.0, 2.0), (0.0, 1.0), (-0.6, 0.6))
BRICK, MORTAR = (0.6, 0.28, 0.2), (0.76, 0.7, 0.62)
BOARD, GILT = (0.1, 0.3, 0.2), (0.85, 0.7, 0.3)
PAVEMENT, FRAME, DOOR, DOOR_GLASS, KNOB = (0.6, 0.6, 0.6), (0.28, 0.18, 0.1), (0.36, 0.22, 0.12), \
    (0.55, 0.62, 0.66), (0.85, 0.7, 0.3)
CANVAS, WHITE = np.array((0.8, 0.15, 0.17)), np.array((0.96, 0.94, 0.9))
BACK_WALL, CASE, CASE_DARK, CASE_GLASS = (0.96, 0.84, 0.56), (0.5, 0.3, 0.15), (0.32, 0.18, 0.08), \
    (0.22, 0.14, 0.08)
DIAL, HANDS, BRASS = (0.97, 0.94, 0.84), (0.1, 0.08, 0.06), (0.95, 0.76, 0.25)
AWNING_TOP, AWNING_L, AWNING_R, SCALLOP = 14.0, 3.0, 61.0, 3.0  # SCALLOP: the scallops' radius
WIN_L, WIN_R, WIN_T, WIN_B, FRAME_W = 6.0, 42.0, 22.0, 58.0, 2.0
CASE_L, CASE_R, CASE_T, CASE_B = 10.0, 38.0, 25.0, 57.5
DIAL_X, DIAL_Y, DIAL_R = 24.0, 30.5, 4.6
GLASS_L, GLASS_R, GLASS_T, GLASS_B = 12.0, 36.0, 36.5, 55.5
PIVOT_X, PIVOT_Y, ROD, ROD_HW, BOB_R = 24.0, 37.5, 12.0, 1.1, 4.2
DOOR_L, DOOR_R, DOOR_T = 46.0, 58.0, 25.0
GROUND_Y = 59.0


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, BRICK)
    course = np.floor(y / 4.0)
    joints = np.minimum(np.abs((y % 4.0) - 0.5), np.abs(((x + course * 4.5) % 9.0) - 0.5))
    R.over(img, R.coverage(joints - 0.5), MORTAR)
    board = R.edges_sdf(x, y, 3.0, 61.0, 3.0, 12.0)
    R.over(img, R.coverage(board), GILT)
    R.over(img, R.coverage(board + 1.0), BOARD)
    letters = np.maximum(np.abs(y - 7.5) - 1.6, np.abs((x - 1.0) % 4.0 - 2.0) - 0.8)  # the shop's name, blurred
    R.over(img, 0.7 * R.coverage(np.maximum(letters, np.abs(x - 32.0) - 20.0)), GILT)
    R.over(img, R.below(GROUND_Y, 1), PAVEMENT)
    # the door, its glass pane and knob
    door = R.edges_sdf(x, y, DOOR_L, DOOR_R, DOOR_T, GROUND_Y)
    R.over(img, R.coverage(door), FRAME)
    R.over(img, R.coverage(door + 1.0), DOOR)
    R.over(img, R.coverage(R.edges_sdf(x, y, DOOR_L + 3.0, DOOR_R - 3.0, DOOR_T + 3.0, DOOR_T + 13.0)), DOOR_GLASS)
    R.over(img, R.coverage(np.hypot(x - DOOR_L - 2.6, y - 43.0) - 1.2), KNOB)
    # the window's frame; its inside is drawn with the lighting
    R.over(img, R.coverage(R.edges_sdf(x, y, WIN_L, WIN_R, WIN_T, WIN_B)), FRAME)
    return img[0]


def _inside() -> np.ndarray:
    """The inside of the window, fully lit and without the pendulum: (3, rows, columns)."""
    x, y = R.grid()
    img = R.canvas(1, BACK_WALL)
    R.over(img, R.coverage(np.abs(y - 47.0) - 0.6), CASE_DARK)  # a shelf rail on the back wall
    case = R.edges_sdf(x, y, CASE_L, CASE_R, CASE_T, CASE_B)
    R.over(img, R.coverage(case), CASE_DARK)
    R.over(img, R.coverage(case + 1.0), CASE)
    R.over(img, R.coverage(R.edges_sdf(x, y, GLASS_L, GLASS_R, GLASS_T, GLASS_B)), CASE_GLASS)
    rho = np.hypot(x - DIAL_X, y - DIAL_Y)
    R.over(img, R.coverage(rho - DIAL_R), DIAL)
    hour = R.segment_sdf(x, y, DIAL_X, DIAL_Y, DIAL_X + 2.0, DIAL_Y - 1.6) - 0.55
    minute = R.segment_sdf(x, y, DIAL_X, DIAL_Y, DIAL_X - 0.6, DIAL_Y - 3.6) - 0.45
    R.over(img, R.coverage(np.minimum(hour, minute)), HANDS)
    c0, c1, r0, r1 = _WINDOW
    return img[0][:, r0:r1, c0:c1]


_WINDOW = (int(WIN_L + FRAME_W), int(WIN_R - FRAME_W), int(WIN_T + FRAME_W), int(WIN_B - FRAME_W))
BACKGROUND, INSIDE = _background(), _inside()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the inside of the window: the pendulum swinging in the clock's glass case, then the light
    c0, c1, r0, r1 = _WINDOW
    inside = img[:, :, r0:r1, c0:c1]
    inside[:] = INSIDE
    u, v = x[:, :, c0:c1], y[:, r0:r1]
    a = R.col(f[:, 3])
    bx, by = PIVOT_X + ROD * np.sin(a), PIVOT_Y + ROD * np.cos(a)
    rod = R.segment_sdf(u, v, PIVOT_X, PIVOT_Y, bx, by) - ROD_HW
    R.over(inside, R.coverage(rod), BRASS)
    R.over(inside, R.coverage(np.hypot(u - bx, v - by) - BOB_R), BRASS)
    R.over(inside, 0.6 * R.coverage(np.hypot(u - bx + 1.0, v - by + 1.0) - 1.2), (1.0, 0.95, 0.7))  # a glint
    inside *= R.col(0.3 + 0.8 * f[:, 2])[:, None]
    # the awning: hanging from its top edge, its lower edge cut into scallops
    bottom = R.col(AWNING_TOP + 2.0 + 12.0 * f[:, 0])  # where the scallops begin
    a0, a1 = int(AWNING_TOP) - 1, int(AWNING_TOP + 17.0 + SCALLOP) + 1
    band, y = img[:, :, a0:a1], y[:, a0:a1]
    centre = AWNING_L + SCALLOP + np.floor((x - AWNING_L) / (2 * SCALLOP)) * 2 * SCALLOP
    scallops = np.hypot(x - centre, y - bottom) - SCALLOP
    sheet = np.minimum(R.edges_sdf(x, y, AWNING_L, AWNING_R, AWNING_TOP, bottom), scallops)
    sheet = np.maximum(sheet, np.maximum(AWNING_L - x, x - AWNING_R))
    kind = f[:, 1:2, None, None]
    stripes = R.coverage(np.abs((x - AWNING_L) % 6.0 - 1.5) - 1.5)  # (1, 1, W), white stripes 3 px wide
    spots = R.coverage(np.hypot((x - AWNING_L) % 6.0 - 3.0, (y - AWNING_TOP) % 6.0 - 3.0) - 1.5)
    white = np.where(kind == 1, stripes[:, None], np.where(kind == 2, spots[:, None], 0.0))[:, 0]
    shade = 1.0 - 0.25 * np.clip((y - AWNING_TOP) / 14.0, 0.0, 1.0)  # darker towards its lower edge
    colour = (CANVAS[None, :, None, None] + (WHITE - CANVAS)[None, :, None, None] * white[:, None]) * shade[:, None]
    alpha = R.coverage(sheet)[:, None]
    band += alpha * (colour - band)
    return R.to_uint8(img)


def render(awning_drop: float, awning_pattern: float, shop_light: float, pendulum: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[awning_drop, awning_pattern, shop_light, pendulum]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("clockshop", arg, n, seed, FACTORS, sample_factors, _draw)
