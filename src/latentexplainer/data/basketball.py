"""`basketball`: a ball thrown at a basketball hoop on a driveway before a garage (64x64 RGB).

On the left of a driveway a dark grey pole holds up a white backboard, with a red square
marked on it, and under it an orange-red rim with a white net hanging down. On the right
stands a garage of pale yellow boards under a dark roof, its wide up-and-over door rolling
up to show the dark inside, with a shelf and a few tins along its back wall. A ball flies
in the air in front of it all: a basketball (orange with black seams), a football (white
with black patches) or a volleyball (in yellow, blue and white panels), shaded on its lower
right. Behind is a blue sky over a strip of lawn; in front, the grey tarmac of the drive.
Factors: the ball's horizontal position (left to right), its height (low to high), the
height of the hoop and backboard (low to high), which ball is thrown (a basketball, a
football or a volleyball) and how far the garage door is open (shut to fully open). The
ball's size, the pole's place, the garage and the drive stay fixed; the whole ball, hoop and
backboard always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

BALLS = ("basketball", "football", "volleyball")
FACTORS = (
    Factor("ball_x", "horizontal position of the ball in the air (left to right)", "continuous"),
    Factor("ball_y", "height of the ball in the air (low to high)", "continuous"),
    Factor("hoop_height", "height of the basketball hoop and its backboard (low to high)", "continuous"),
    Factor("ball", "which ball is thrown: a basketball, a football or a volleyball", "categorical", BALLS),
    Factor("door_open", "how far the garage door is rolled up (shut to fully open)", "continuous"),
)
# ball_x: 0..1 puts the ball's middle (6.5 px in radius) at x = 10..54 px; ball_y: 0..1 puts
# it at y = 50..12 px; hoop_height: 0..1 puts the backboard's bottom edge at y = 32..18 px (the
# board 18 x 12 px round x = 13 px, the rim just under it, the pole at x = 6 px); ball: codes
# 0..2 are a basketball, a football and a volleyball; door_open: 0..1 lifts the door's bottom
# edge from the floor at y = 52 px up to y = 27 px (the doorway's top at y = 26 px, x = 37..59 px)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, len(BALLS) - 1.0), (0.0, 1.0))
SKY_TOP, SKY_LOW, LAWN, TARMAC, TARMAC_DARK = (
    (0.36, 0.6, 0.92),
    (0.72, 0.85, 0.97),
    (0.36, 0.6, 0.24),
    (0.46, 0.46, 0.48),
    (0.38, 0.38, 0.4),
)
SIDING, SIDING_DARK, ROOF, INSIDE, SHELF, TINS = (
    (0.92, 0.84, 0.56),
    (0.78, 0.7, 0.44),
    (0.3, 0.22, 0.2),
    (0.12, 0.11, 0.1),
    (0.42, 0.3, 0.18),
    ((0.7, 0.2, 0.16), (0.2, 0.4, 0.7), (0.8, 0.7, 0.2), (0.3, 0.6, 0.3)),
)
DOOR, DOOR_DARK, POLE, BOARD, MARK, RIM, NET = (
    (0.93, 0.93, 0.9),
    (0.7, 0.7, 0.68),
    (0.26, 0.27, 0.3),
    (0.97, 0.97, 0.97),
    (0.85, 0.15, 0.12),
    (0.85, 0.25, 0.08),
    (0.98, 0.98, 0.98),
)
ORANGE, SEAM, WHITE, BLACK, YELLOW, BLUE = (
    (0.93, 0.47, 0.12),
    (0.12, 0.07, 0.04),
    (0.97, 0.97, 0.97),
    (0.08, 0.08, 0.08),
    (0.98, 0.84, 0.18),
    (0.12, 0.3, 0.78),
)
LAWN_Y, DRIVE_Y, DOOR_TOP, DOOR_L, DOOR_R, GARAGE_L, POLE_X, BOARD_X, BALL_R = (
    44.0,
    52.0,
    26.0,
    37.0,
    59.0,
    31.0,
    6.0,
    13.0,
    6.5,
)
DOOR_ROWS, HOOP_ROWS, PATCH = (26, 53), (4, 46), 17


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_LOW, LAWN_Y)[None]
    R.over(img, R.below(LAWN_Y, 1), LAWN)
    drive = R.below(DRIVE_Y, 1)
    R.over(img, drive, TARMAC)
    R.over(img, 0.5 * drive * R.coverage(np.abs(((x + 2.0 * y) % 9.0) - 4.5) - 0.4), TARMAC_DARK)
    garage = R.edges_sdf(x, y, GARAGE_L, 66.0, 14.0, DRIVE_Y)
    R.over(img, R.coverage(garage), SIDING)
    R.over(img, 0.7 * R.coverage(np.maximum(garage, np.abs((y % 3.0) - 1.5) - 0.3)), SIDING_DARK)
    R.over(img, R.coverage(R.edges_sdf(x, y, GARAGE_L - 2.0, 66.0, 9.0, 14.5)), ROOF)
    R.over(img, R.coverage(R.edges_sdf(x, y, DOOR_L - 1.2, DOOR_R + 1.2, DOOR_TOP - 1.2, DRIVE_Y)), SIDING_DARK)
    R.over(img, R.coverage(R.edges_sdf(x, y, DOOR_L, DOOR_R, DOOR_TOP, DRIVE_Y)), INSIDE)
    R.over(img, R.coverage(R.edges_sdf(x, y, DOOR_L + 1.0, DOOR_R - 1.0, 40.0, 41.2)), SHELF)
    for k, tx in enumerate((40.0, 45.0, 50.0, 55.0)):
        R.over(img, R.coverage(R.edges_sdf(x, y, tx, tx + 2.6, 36.5, 40.0)), TINS[k])
    return img[0]


BACKGROUND = _background()


def _ball(u: np.ndarray, v: np.ndarray, code: np.ndarray, img: np.ndarray) -> None:
    """Paint the ball centred at u = v = 0 onto ``img`` (a patch round it): each kind where
    ``code`` says so."""
    d = np.hypot(u, v)
    disc = R.coverage(d - BALL_R)
    is_kind = [R.col(code == k) for k in range(len(BALLS))]
    # a basketball: orange, with a cross of seams and two curved ones
    seams = np.minimum(np.minimum(np.abs(u), np.abs(v)), np.abs(np.hypot(u - 9.0, v) - 6.0))
    seams = np.minimum(seams, np.abs(np.hypot(u + 9.0, v) - 6.0)) - 0.45
    R.over(img, is_kind[0] * disc, ORANGE)
    R.over(img, is_kind[0] * disc * R.coverage(seams), SEAM)
    # a football: white, with a black patch in the middle and five round its edge
    patches = np.hypot(u, v) - 2.1
    for k in range(5):
        t = 2 * np.pi * k / 5 - np.pi / 2
        patches = np.minimum(patches, np.hypot(u - 5.6 * np.cos(t), v - 5.6 * np.sin(t)) - 1.9)
    R.over(img, is_kind[1] * disc, WHITE)
    R.over(img, is_kind[1] * disc * R.coverage(patches), BLACK)
    # a volleyball: three curved panels, yellow, blue and white
    angle = np.arctan2(v, u) + 0.35 * d / BALL_R
    panel = np.floor(((angle + np.pi) / (2 * np.pi / 3)) % 3.0)
    R.over(img, is_kind[2] * disc, WHITE)
    R.over(img, is_kind[2] * disc * (panel == 0), YELLOW)
    R.over(img, is_kind[2] * disc * (panel == 1), BLUE)
    # the shading on its lower right
    R.over(img, 0.35 * disc * R.coverage(-(np.hypot(u + 2.2, v + 2.2) - BALL_R - 0.5)), (0.0, 0.0, 0.0))


def _paint_ball(img: np.ndarray, cx: np.ndarray, cy: np.ndarray, code: np.ndarray) -> None:
    """Paint each image's ball, centred at (cx, cy) px, in a PATCH x PATCH window round it."""
    n = len(img)
    x0, y0 = np.floor(cx).astype(int) - PATCH // 2, np.floor(cy).astype(int) - PATCH // 2
    offs = np.arange(PATCH)
    rows, cols = (y0[:, None] + offs)[:, None, :, None], (x0[:, None] + offs)[:, None, None, :]
    index = (np.arange(n)[:, None, None, None], np.arange(3)[None, :, None, None], rows, cols)
    patch = img[index]
    local = offs.astype(np.float32) + 0.5
    u = local[None, None, :] + R.col(x0 - cx)
    v = local[None, :, None] + R.col(y0 - cy)
    _ball(u, v, code, patch)
    img[index] = patch


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the garage door, rolled up part of the way, its panels' grooves going up with it
    part, yy = img[:, :, DOOR_ROWS[0] : DOOR_ROWS[1]], y[:, DOOR_ROWS[0] : DOOR_ROWS[1]]
    bottom = R.col(DRIVE_Y - 25.0 * f[:, 4])
    door = R.edges_sdf(x, yy, DOOR_L, DOOR_R, DOOR_TOP, bottom)
    R.over(part, R.coverage(door), DOOR)
    grooves = np.maximum(door + 0.6, np.abs(((bottom - yy) % 5.0) - 2.5) - 0.45)
    R.over(part, 0.8 * R.coverage(grooves), DOOR_DARK)
    R.over(part, R.coverage(R.edges_sdf(x, yy, 46.0, 50.0, bottom - 2.6, bottom - 1.6)), DOOR_DARK)
    # the hoop: the pole, its arm, the backboard and its mark, the rim and the net
    board = R.col(32.0 - 14.0 * f[:, 2])
    R.over(img, R.coverage(R.edges_sdf(x, y, POLE_X - 1.3, POLE_X + 1.3, board - 8.0, R.SIZE)), POLE)
    part, yy = img[:, :, HOOP_ROWS[0] : HOOP_ROWS[1]], y[:, HOOP_ROWS[0] : HOOP_ROWS[1]]
    R.over(part, R.coverage(R.edges_sdf(x, yy, BOARD_X - 9.0, BOARD_X + 9.0, board - 12.0, board) - 0.4), POLE)
    R.over(part, R.coverage(R.edges_sdf(x, yy, BOARD_X - 8.2, BOARD_X + 8.2, board - 11.2, board - 0.8)), BOARD)
    mark = R.edges_sdf(x, yy, BOARD_X - 3.5, BOARD_X + 3.5, board - 7.5, board - 2.0)
    R.over(part, R.coverage(np.abs(mark) - 0.55), MARK)
    net = np.abs(((x - BOARD_X + 0.75 * (x - BOARD_X) * (yy - board - 1.5) / 7.0) % 2.5) - 1.25) - 0.35
    net = np.minimum(net, np.abs(((yy - board) % 2.5) - 1.25) - 0.3)
    cone = np.maximum(
        np.abs(x - BOARD_X) - 5.0 + 0.3 * (yy - board - 1.5), np.maximum(board + 1.5 - yy, yy - board - 8.0)
    )
    R.over(part, 0.85 * R.coverage(np.maximum(cone, net)), NET)
    R.over(part, R.coverage(np.abs(R.ellipse_sdf(x - BOARD_X, yy - board - 1.6, 5.4, 1.4)) - 0.6), RIM)
    # the ball
    _paint_ball(img, 10.0 + 44.0 * f[:, 0], 50.0 - 38.0 * f[:, 1], f[:, 3].astype(int))
    return R.to_uint8(img)


def render(ball_x: float, ball_y: float, hoop_height: float, ball: float, door_open: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[ball_x, ball_y, hoop_height, ball, door_open]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("basketball", arg, n, seed, FACTORS, sample_factors, _draw)
