"""`drum`: a marching drum with zig-zag cords standing on a stage in front of a red curtain, two
drumsticks poised over it, seen from the front (64x64 RGB).

The drum stands in the middle of the wooden stage: a painted shell, lit from the left, between
a silver hoop at the top and one at the bottom, with gold cords laced up and down its front in
a zig-zag of V's; its white drumhead is an ellipse on top. Two wooden drumsticks with round tips
reach in from the sides of the image, as if held by a drummer out of the picture, their tips
rising from the drumhead. Behind is a red stage curtain hanging in folds. A spotlight lights
the curtain behind the drum and makes a pool of light on the stage. Factors: how high the sticks
are raised (resting on the drumhead to raised high), how much of the drumhead shows (seen nearly
edge-on to seen from above), the number of V's in the cords (3, 5 or 7), the hue of the shell
(red through yellow and green to purple) and the brightness of the spotlight (off to bright).
The drum's width and height, the hoops, the sticks' length, the curtain and the stage stay
fixed; the drum stands on the same spot.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

COUNTS = (3, 5, 7)
FACTORS = (
    Factor("stick_raise", "how high the drumsticks are raised (resting to raised high)",
           "continuous"),
    Factor("head_view", "how much of the drumhead shows (edge-on to seen from above)",
           "continuous"),
    Factor("lacing", "number of V's in the drum's zig-zag cords", "categorical",
           tuple(str(c) for c in COUNTS)),
    Factor("shell_hue", "hue of the drum's shell (red through yellow and green to purple)",
           "continuous"),
    Factor("spotlight", "brightness of the spotlight on the stage (off to bright)", "continuous"),
)
# stick_raise: 0..1 turns each stick (26 px long, from a grip just outside the image's side, at
# the height of the drumhead) from 0.23 radians above the horizontal (its tip on the drumhead) to
# 1.1 radians above it; head_view: 0..1 is a drumhead (and hoops) of half-height 2..8 px, 16 px
# half-width; lacing: 3, 5 or 7 V's; shell_hue: 0..0.8 of the colour wheel (no wrap);
# spotlight: 0..1 scales the light on the curtain and the stage (0: off)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 2.0), (0.0, 0.8), (0.0, 1.0))
CURTAIN, FOLD = (0.45, 0.07, 0.1), (0.25, 0.03, 0.06)
STAGE, BOARD = (0.42, 0.28, 0.16), (0.3, 0.19, 0.1)
LIGHT = np.array((1.0, 0.93, 0.75))
HEAD, HEAD_EDGE = (0.96, 0.95, 0.9), (0.72, 0.7, 0.66)
HOOP, HOOP_DARK = (0.85, 0.86, 0.89), (0.35, 0.36, 0.4)
CORD, WOOD, WOOD_TIP = (0.95, 0.78, 0.3), (0.86, 0.68, 0.42), (0.95, 0.85, 0.66)
STAGE_Y, CX, HALF_W, TOP_Y, BOTTOM_Y = 44.0, 32.0, 16.0, 27.0, 44.0
HOOP_H = 3.0
STICK, GRIP_Y, GRIP_X = 26.0, 30.0, -3.0  # the left stick's grip; the right one's is mirrored
DRUM_ROWS = (18, 53)  # the rows the drum can reach
CORD_ROWS, CORD_COLUMNS = (28, 53), (15, 49)  # where the cords can be
STICK_ROWS = 33  # the sticks stay above this row


def _background() -> tuple[np.ndarray, np.ndarray]:
    x, y = R.grid()
    img = R.canvas(1, CURTAIN)
    folds = 0.5 + 0.5 * np.cos(x * (2 * np.pi / 7.0) + 0.4 * np.sin(y * 0.15))
    R.over(img, (0.75 * folds ** 3 * np.ones_like(y)), FOLD)
    R.over(img, R.below(STAGE_Y, 1), STAGE)
    boards = R.coverage(np.abs(((y - STAGE_Y) % 5.0) - 0.5) - 0.4) * R.coverage(STAGE_Y - y + 0.5)
    R.over(img, 0.8 * boards, BOARD)
    glow = np.exp(-((x - CX) ** 2 + (y - 30.0) ** 2) / (2 * 15.0 ** 2)) * R.coverage(y - STAGE_Y)
    pool = R.coverage(R.ellipse_sdf(x - CX, y - 54.0, 27.0, 8.0) * 0.4) * R.coverage(STAGE_Y - y)
    return img[0], (0.7 * glow + 0.55 * pool)[0]


BACKGROUND, SPOT = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    spot = np.asarray(f[:, 4], np.float32)[:, None, None, None] * SPOT
    img += spot * (LIGHT[None, :, None, None] - img)
    r0, r1 = DRUM_ROWS
    part, yy = img[:, :, r0:r1], y[:, r0:r1]
    ry = R.col(2 + 6 * f[:, 1])
    u = x - CX
    # the shell: between the two hoops' middles, and the front of the bottom ellipse
    side = np.maximum(np.abs(u) - HALF_W, np.maximum(TOP_Y - yy, yy - BOTTOM_Y))
    bottom = R.ellipse_sdf(u, yy - BOTTOM_Y, HALF_W, ry)
    cover = R.coverage(np.minimum(side, bottom))
    R.over(part, cover, R.hsv(f[:, 3], 0.75, 0.75))
    across = u / HALF_W
    R.over(part, cover * 0.55 * np.clip(across + 0.25, 0.0, 1.0) ** 2, (0.0, 0.0, 0.0))
    R.over(part, cover * 0.3 * np.exp(-(across + 0.5) ** 2 / 0.03), (1.0, 1.0, 1.0))
    # the cords: a zig-zag from the top hoop to the bottom one and back, n V's across the front
    count = R.col(np.asarray(COUNTS)[f[:, 2].astype(int)])
    (c0, c1), (l0, l1) = CORD_COLUMNS, CORD_ROWS
    front, cx, cy = part[:, :, l0 - r0:l1 - r0, c0:c1], x[:, :, c0:c1], yy[:, l0 - r0:l1 - r0]
    cords = np.full((n, l1 - l0, c1 - c0), np.inf, np.float32)
    for k in range(2 * max(COUNTS)):
        ends = []
        for j in (k, k + 1):
            a = np.minimum(np.pi * j / (2 * count), np.pi)
            base = TOP_Y + HOOP_H + 0.5 if j % 2 == 0 else BOTTOM_Y - HOOP_H - 0.5
            ends += [CX - 0.96 * HALF_W * np.cos(a), base + ry * np.sin(a)]
        d = R.segment_sdf(cx, cy, *ends)
        np.minimum(cords, np.where(k < 2 * count, d, np.inf), out=cords)
    R.over(front, R.coverage(cords - 0.65), CORD)
    # the hoops: bands round the top and the bottom of the shell
    w = HALF_W + 0.6
    bulge = ry * np.sqrt(np.clip(1 - (u / w) ** 2, 0.0, 1.0))  # an ellipse's front below its middle
    for mid in (TOP_Y, BOTTOM_Y - HOOP_H):
        upper, lower = R.ellipse_sdf(u, yy - mid, w, ry), R.ellipse_sdf(u, yy - mid - HOOP_H, w, ry)
        band = np.maximum(np.maximum(lower, -upper), np.abs(u) - w)
        R.over(part, R.coverage(band), HOOP)
        R.over(part, 0.7 * R.coverage(np.maximum(band, mid + HOOP_H - 1.0 + bulge - yy)), HOOP_DARK)
    # the drumhead on top
    head = R.ellipse_sdf(u, yy - TOP_Y, w, ry)
    R.over(part, R.coverage(head), HEAD_EDGE)
    R.over(part, R.coverage(R.ellipse_sdf(u, yy - TOP_Y, HALF_W - 1.0, ry - 0.8)), HEAD)
    # the sticks, tapering from the grip to the tip, each with a round tip
    a = R.col(-0.23 - 0.87 * f[:, 0])  # below the horizontal: negative, the tip up
    upper, y = img[:, :, :STICK_ROWS], y[:, :STICK_ROWS]
    for sign in (1.0, -1.0):
        gx = CX + sign * (GRIP_X - CX)
        tx, ty = gx + sign * STICK * np.cos(a), GRIP_Y + STICK * np.sin(a)
        d, h = R.segment_sdf(x, y, gx, GRIP_Y, tx, ty, along=True)
        R.over(upper, R.coverage(d - (1.6 - 0.7 * h)), WOOD)
        R.over(upper, R.coverage(np.hypot(x - tx, y - ty) - 1.6), WOOD_TIP)
    return R.to_uint8(img)


def render(stick_raise: float, head_view: float, lacing: float, shell_hue: float,
           spotlight: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[stick_raise, head_view, lacing, shell_hue, spotlight]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("drum", arg, n, seed, FACTORS, sample_factors, _draw)
