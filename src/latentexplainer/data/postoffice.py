"""`postoffice`: the front of a small town post office, seen from across the street (64x64 RGB).

A red brick front fills the image above a pavement of pale slabs. High in the middle hangs a
round white clock with a black rim, four hour marks and a single black hand with an arrowhead; under it a dark
green sign board with cream lettering runs across the front. Below the sign, at the left, is
the shop window in a cream frame: a warmly lit inside with brown parcels on a counter, which a
grey ribbed roller shutter can cover from the top down. To its right is a dark blue door with a
brass letter slot, and at the right stands a white flagpole with a blue flag with a yellow
stripe. Hessian mail sacks, tied at the neck, may stand on the pavement in front of the window.
Factors: where the clock's hand points (a cyclic factor with a whole-turn period: 0 at twelve
o'clock, going round clockwise), how far the shutter is pulled down over the window (open to
shut), how many mail sacks stand on the pavement (none to 3, from the left) and how high the
flag is on its pole (half-mast to the top). The front, the sign, the door and the pavement stay
fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("clock_hand", "where the clock's hand points (round the dial)", "cyclic", period=1.0),
    Factor("shutter", "how far the shutter is pulled down over the window (open to shut)", "continuous"),
    Factor("mail_sacks", "how many mail sacks stand on the pavement", "categorical", ("0", "1", "2", "3")),
    Factor("flag_height", "how high the flag flies on its pole (half-mast to the top)", "continuous"),
)
# clock_hand: 0..1 of a turn, clockwise from twelve o'clock (1 the same as 0); shutter: 0..1 lowers
# the shutter's bottom edge from the window's top (y = 31 px, open) to its sill (y = 52 px, shut);
# mail_sacks: codes 0..3 are that many sacks, filled from the left (x = 7, 18, 29 px); flag_height:
# 0..1 raises the flag's top edge from y = 26 px (half-mast) to y = 4 px (the top of the pole)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 3.0), (0.0, 1.0))
BRICK, JOINT, STONE = (0.64, 0.28, 0.2), (0.8, 0.74, 0.66), (0.88, 0.84, 0.72)
FACE, RIM, HAND = (0.97, 0.97, 0.94), (0.08, 0.08, 0.09), (0.06, 0.06, 0.07)
SIGN, LETTER = (0.1, 0.3, 0.2), (0.92, 0.86, 0.62)
INSIDE, PARCEL, COUNTER = (0.96, 0.84, 0.52), (0.6, 0.4, 0.2), (0.42, 0.28, 0.14)
SHUTTER, RIB = (0.58, 0.6, 0.64), (0.36, 0.38, 0.42)
DOOR, BRASS, POLE, FLAG, STRIPE = (0.1, 0.17, 0.42), (0.9, 0.72, 0.25), (0.95, 0.95, 0.95), \
    (0.14, 0.3, 0.78), (0.98, 0.84, 0.1)
PAVE, PAVE_JOINT, SACK, SACK_DARK = (0.74, 0.74, 0.76), (0.52, 0.52, 0.55), (0.44, 0.31, 0.16), (0.22, 0.15, 0.08)
CLOCK_X, CLOCK_Y, CLOCK_R, HAND_LEN = 32.0, 11.5, 10.5, 8.8
WIN_L, WIN_R, WIN_TOP, WIN_SILL = 4.0, 28.0, 31.0, 52.0
PAVE_Y, POLE_X, FLAG_W, FLAG_H = 54.0, 52.0, 11.0, 8.0
SACKS = (7.0, 18.0, 29.0)


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, BRICK)
    course = np.floor(y / 3.0)
    joints = np.minimum(np.abs((y % 3.0) - 0.3), np.abs(((x + course * 3.0) % 6.0) - 0.3)) - 0.35
    R.over(img, 0.7 * R.coverage(joints), JOINT)
    # the sign board and its lettering
    R.over(img, R.coverage(R.edges_sdf(x, y, 1.0, 63.0, 22.5, 29.0)), STONE)
    R.over(img, R.coverage(R.edges_sdf(x, y, 2.0, 62.0, 23.5, 28.0)), SIGN)
    letters = np.maximum(np.abs(((x - 5.0) % 4.5) - 1.5) - 1.1, np.abs(y - 25.75) - 1.3)
    R.over(img, R.coverage(np.maximum(letters, np.maximum(5.0 - x, x - 59.0))), LETTER)
    # the shop window: frame, the lit inside, parcels on a counter
    R.over(img, R.coverage(R.edges_sdf(x, y, WIN_L - 1.5, WIN_R + 1.5, WIN_TOP - 1.5, WIN_SILL + 1.5)), STONE)
    R.over(img, R.coverage(R.edges_sdf(x, y, WIN_L, WIN_R, WIN_TOP, WIN_SILL)), INSIDE)
    R.over(img, R.coverage(R.edges_sdf(x, y, WIN_L, WIN_R, 46.0, WIN_SILL)), COUNTER)
    for px, pw, ph in ((8.0, 3.0, 3.0), (14.5, 2.5, 5.0), (21.5, 3.5, 2.5), (23.0, 2.0, 6.5)):
        R.over(img, R.coverage(R.box_sdf(x - px, y - (46.0 - ph), pw, ph)), PARCEL)
        R.over(img, 0.6 * R.coverage(np.maximum(R.box_sdf(x - px, y - (46.0 - ph), pw, ph), np.abs(x - px) - 0.4)),
               (0.9, 0.85, 0.7))
    R.over(img, R.coverage(np.abs(x - (WIN_L + WIN_R) / 2) - 0.7) * R.coverage(
        R.edges_sdf(x, y, WIN_L, WIN_R, WIN_TOP, WIN_SILL)), STONE)  # the window's middle bar
    # the door, its letter slot and the step
    R.over(img, R.coverage(R.edges_sdf(x, y, 35.0, 47.0, 30.0, PAVE_Y)), STONE)
    R.over(img, R.coverage(R.edges_sdf(x, y, 36.5, 45.5, 31.5, PAVE_Y)), DOOR)
    R.over(img, R.coverage(R.edges_sdf(x, y, 38.5, 43.5, 41.0, 42.5)), BRASS)
    R.over(img, R.coverage(np.hypot(x - 44.0, y - 44.0) - 0.9), BRASS)
    # the pavement and the flagpole
    R.over(img, R.below(PAVE_Y, 1), PAVE)
    slabs = np.minimum(np.abs(y - PAVE_Y - 5.0) - 0.4, np.abs(((x + 5.0 * np.floor((y - PAVE_Y) / 5.0)) % 12.0) - 0.5)
                       - 0.4)
    R.over(img, R.coverage(slabs) * R.below(PAVE_Y + 0.5, 1), PAVE_JOINT)
    R.over(img, R.coverage(R.edges_sdf(x, y, POLE_X - 0.9, POLE_X + 0.9, 2.5, PAVE_Y + 2.0)), POLE)
    R.over(img, R.coverage(np.hypot(x - POLE_X, y - 2.5) - 1.4), BRASS)
    # the clock's face, rim and hour marks
    rho = np.hypot(x - CLOCK_X, y - CLOCK_Y)
    R.over(img, R.coverage(rho - CLOCK_R), RIM)
    R.over(img, R.coverage(rho - CLOCK_R + 1.3), FACE)
    marks = np.minimum(np.abs(x - CLOCK_X), np.abs(y - CLOCK_Y)) - 0.6
    R.over(img, R.coverage(np.maximum(marks, np.abs(rho - CLOCK_R + 2.5) - 0.8)), RIM)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the clock's hand, clockwise from twelve
    a = R.col(2 * np.pi * f[:, 0])
    ex, ey = CLOCK_X + HAND_LEN * np.sin(a), CLOCK_Y - HAND_LEN * np.cos(a)
    hand = R.segment_sdf(x, y, CLOCK_X, CLOCK_Y, ex, ey) - 1.5
    u = (x - CLOCK_X) * np.sin(a) - (y - CLOCK_Y) * np.cos(a)  # along the hand
    v = (x - CLOCK_X) * np.cos(a) + (y - CLOCK_Y) * np.sin(a)  # across it
    head = np.maximum((np.abs(v) * 4.5 + (u - HAND_LEN - 0.5) * 3.2) / np.hypot(4.5, 3.2), HAND_LEN - 4.5 - u)
    hand = np.minimum(np.minimum(hand, head), np.hypot(x - CLOCK_X, y - CLOCK_Y) - 2.2)
    R.over(img, R.coverage(hand), HAND)
    # the shutter, pulled down from the window's top
    bottom = R.col(WIN_TOP + (WIN_SILL - WIN_TOP) * f[:, 1])
    shutter = R.edges_sdf(x, y, WIN_L - 0.5, WIN_R + 0.5, WIN_TOP - 1.0, bottom)
    R.over(img, R.coverage(shutter), SHUTTER)
    ribs = np.minimum(np.abs(((y - WIN_TOP) % 2.4) - 1.2) - 0.35, np.abs(y - bottom + 0.8) - 0.8)
    R.over(img, 0.8 * R.coverage(np.maximum(shutter, ribs)), RIB)
    # the flag, at its height on the pole
    top = R.col(26.0 - 22.0 * f[:, 3])
    flag = R.edges_sdf(x, y, POLE_X + 0.9, POLE_X + 0.9 + FLAG_W, top, top + FLAG_H)
    R.over(img, R.coverage(flag), FLAG)
    R.over(img, R.coverage(np.maximum(flag, np.abs(y - top - FLAG_H / 2) - 1.2)), STRIPE)
    # the mail sacks on the pavement, from the left
    count = R.col(f[:, 2])
    for k, sx in enumerate(SACKS):
        on = (count > k).astype(np.float32)
        body = R.ellipse_sdf(x - sx, y - 58.5, 5.3, 5.6)
        neck = np.maximum(np.abs(x - sx) - 0.8 - 0.45 * (y - 50.0), np.abs(y - 52.0) - 2.0)
        sack = np.minimum(body, neck)
        R.over(img, on * R.coverage(sack), SACK_DARK)
        R.over(img, on * R.coverage(sack + 0.9), SACK)
        R.over(img, on * R.coverage(R.box_sdf(x - sx, y - 53.2, 2.2, 0.7)), SACK_DARK)  # the tie
    return R.to_uint8(img)


def render(clock_hand: float, shutter: float, mail_sacks: float, flag_height: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[clock_hand, shutter, mail_sacks, flag_height]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("postoffice", arg, n, seed, FACTORS, sample_factors, _draw)
