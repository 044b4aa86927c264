"""`billiards`: a pool table under a lamp in a games room, seen from straight above (64x64 RGB).

The table fills the middle band of the image on a dark red carpet: a rounded wooden frame with
pale sighting dots, cushions along the edges of the cloth and six black pockets, one in each
corner and one in the middle of each long side. On the right half of the cloth coloured pool
balls are racked in a tight triangle pointing left, its tip always on the same spot: solid
yellow, blue, red, purple, black, orange, green and maroon balls, and in the last row of the
largest rack two white balls with a yellow or blue stripe. On the left half the white cue
ball sits on the table's middle line, and a wooden cue with a dark butt lies with its tip
just off the cue ball, pointing at it from one side and casting a faint shadow on the cloth.
Factors: how many balls are racked (3, 6 or 10: two, three or four rows), where the cue ball
sits along the table (from near the left end towards the middle; the cue moves with it),
which side of the cue ball the cue lies on (all the way round it: a whole turn brings it
back), the hue of the cloth (red through yellow and green to blue) and how bright the lamp
over the table is (dim to bright; the whole picture, brightest over the middle of the table).
The table, the balls' colours and size, the cue's length and the carpet stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("ball_count", "how many coloured balls are racked in the triangle (3, 6 or 10)", "categorical",
           ("3", "6", "10")),
    Factor("cue_ball_x", "where the white cue ball sits along the table (left end to middle)", "continuous"),
    Factor("cue_angle", "which side of the cue ball the cue lies on, all the way round it", "cyclic",
           period=2 * np.pi),
    Factor("cloth_hue", "hue of the table's cloth (red through yellow and green to blue)", "continuous"),
    Factor("lamp", "brightness of the lamp over the table (dim to bright)", "continuous"),
)
# ball_count: codes 0, 1, 2 rack 3, 6 or 10 balls of radius 4.4 px in 2, 3 or 4 rows, 7.62 px
# apart, the tip at (33, 32) px; cue_ball_x: 0..1 puts the cue ball at x = 10..24 px (y = 32 px);
# cue_angle: 0..2 pi radians, the direction from the cue ball to the cue, clockwise on screen
# from pointing right (0: the cue lies to the right of the cue ball, pi / 2: below it); the cue
# is 38 px long, its tip 5.9 px from the cue ball's middle; cloth_hue: 0..0.65 of the colour
# wheel (no wrap); lamp: 0..1 scales the brightness of the whole picture from 0.55 to 1.05 (times
# a fixed pool of light, brightest over the middle of the table)
RANGES = ((0, 2), (0.0, 1.0), (0.0, 2 * np.pi), (0.0, 0.65), (0.0, 1.0))
CARPET, FRAME, FRAME_EDGE, SIGHT = (0.34, 0.1, 0.1), (0.45, 0.24, 0.1), (0.3, 0.15, 0.06), (0.93, 0.9, 0.78)
POCKET, CUE_BALL, SHAFT, BUTT, TIP = (0.04, 0.04, 0.04), (0.97, 0.97, 0.93), (0.92, 0.8, 0.56), \
    (0.28, 0.12, 0.06), (0.3, 0.5, 0.85)
BALL_R, APEX_X, MID_Y, ROW_DX = 4.4, 33.0, 32.0, 7.62
COUNTS = np.array((3, 6, 10))
CLOTH = (3.5, 60.5, 12.0, 52.0)  # left, right, top, bottom
POCKETS = ((3.5, 12.0), (60.5, 12.0), (3.5, 52.0), (60.5, 52.0), (32.0, 11.3), (32.0, 52.7))
# the rack, row by row from the tip: (colour, striped)
YELLOW, BLUE = (0.96, 0.8, 0.1), (0.12, 0.25, 0.8)
BALLS = ((YELLOW, False), (BLUE, False), ((0.85, 0.1, 0.1), False), ((0.45, 0.15, 0.6), False),
         ((0.05, 0.05, 0.05), False), ((0.98, 0.5, 0.08), False), ((0.1, 0.5, 0.2), False),
         ((0.5, 0.08, 0.1), False), (YELLOW, True), (BLUE, True))
WINDOW = (13, 51, 28, 61)  # the rows and columns the rack can reach


def _rack_places() -> list[tuple[float, float]]:
    places = []
    for k in range(4):
        for j in range(k + 1):
            places.append((APEX_X + k * ROW_DX, MID_Y + (j - k / 2) * 2 * BALL_R))
    return places


PLACES = _rack_places()


def _table() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The carpet and the table without its cloth (3, H, W), and the cloth's coverage (H, W)
    with its shading (cushions darker, H, W)."""
    x, y = R.grid()
    img = R.canvas(1, CARPET)
    img *= (1.0 + 0.08 * np.sin(x * 1.9) * np.sin(y * 1.9))[:, None]
    R.over(img, R.coverage(R.box_sdf(x - 32.0, y - 32.0, 28.5, 21.0) - 3.0), FRAME_EDGE)
    R.over(img, R.coverage(R.box_sdf(x - 32.0, y - 32.0, 27.8, 20.3) - 3.0), FRAME)
    for sx in (18.0, 46.0):
        for sy in (9.9, 54.1):
            R.over(img, R.coverage(np.hypot(x - sx, y - sy) - 0.7), SIGHT)
    for sy in (25.0, 39.0):
        for sx in (1.8, 62.2):
            R.over(img, R.coverage(np.hypot(x - sx, y - sy) - 0.7), SIGHT)
    left, right, top, bottom = CLOTH
    cloth = R.coverage(R.edges_sdf(x, y, left, right, top, bottom))
    inner = R.coverage(R.edges_sdf(x, y, left + 1.6, right - 1.6, top + 1.6, bottom - 1.6))
    shade = 0.7 + 0.3 * inner
    return img[0], cloth[0].astype(np.float32), shade[0].astype(np.float32)


TABLE, CLOTH_ALPHA, CLOTH_SHADE = _table()


def _pockets_and_pool() -> tuple[np.ndarray, np.ndarray]:
    """The pockets' coverage (H, W) and the lamp's pool of light (H, W): 1 over the table's
    middle, falling to 0.7 towards its ends and beyond."""
    x, y = R.grid()
    pockets = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for px, py in POCKETS:
        np.minimum(pockets, np.hypot(x - px, y - py) - 3.0, out=pockets)
    pool = 1.0 - 0.3 * np.clip(np.hypot((x - 32.0) / 1.6, y - 32.0) / 24.0, 0.0, 1.0)
    return R.coverage(pockets)[0], pool[0].astype(np.float32)


POCKET_ALPHA, POOL = _pockets_and_pool()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = TABLE
    cloth = R.hsv(f[:, 3], 0.75, 0.7)[:, :, None, None] * CLOTH_SHADE
    img += (cloth - img) * CLOTH_ALPHA
    R.over(img, np.broadcast_to(POCKET_ALPHA, (n, R.SIZE, R.SIZE)), POCKET)
    # the rack, drawn only where it can reach
    r0, r1, c0, c1 = WINDOW
    part, wx, wy = img[:, :, r0:r1, c0:c1], x[:, :, c0:c1], y[:, r0:r1]
    count = R.col(COUNTS[f[:, 0].astype(int)])
    for i, ((bx, by), (colour, striped)) in enumerate(zip(PLACES, BALLS)):
        ball = R.coverage(np.hypot(wx - bx, wy - by) - BALL_R) * (count > i)
        if striped:
            R.over(part, ball, CUE_BALL)
            ball = ball * R.coverage(np.abs(wy - by) - 2.2)
        R.over(part, ball, colour)
        R.over(part, 0.8 * R.coverage(np.hypot(wx - bx + 1.5, wy - by + 1.5) - 1.0) * (count > i), (1.0, 1.0, 1.0))
    # the cue ball, and the cue with its shadow
    bx = R.col(10 + 14 * f[:, 1])
    R.over(img, R.coverage(np.hypot(x - bx, y - MID_Y) - BALL_R), CUE_BALL)
    a = R.col(f[:, 2])
    ca, sa = np.cos(a), np.sin(a)
    tip_x, tip_y, butt_x, butt_y = bx + 5.9 * ca, MID_Y + 5.9 * sa, bx + 43.9 * ca, MID_Y + 43.9 * sa
    d, h = R.segment_sdf(x - 1.5, y - 2.0, tip_x, tip_y, butt_x, butt_y, along=True)
    R.over(img, 0.35 * R.coverage(d - (1.2 + 1.4 * h)), (0.0, 0.0, 0.0))  # the cue's shadow
    d, h = R.segment_sdf(x, y, tip_x, tip_y, butt_x, butt_y, along=True)
    cue = R.coverage(d - (1.2 + 1.4 * h))
    R.over(img, cue, SHAFT)
    R.over(img, cue * np.clip((h - 0.62) * 36.0, 0.0, 1.0), BUTT)
    R.over(img, cue * np.clip((0.035 - h) * 36.0, 0.0, 1.0), TIP)
    img *= (0.55 + 0.5 * R.col(f[:, 4]))[:, None] * POOL
    return R.to_uint8(img)


def render(ball_count: float, cue_ball_x: float, cue_angle: float, cloth_hue: float, lamp: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[ball_count, cue_ball_x, cue_angle, cloth_hue, lamp]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("billiards", arg, n, seed, FACTORS, sample_factors, _draw)
