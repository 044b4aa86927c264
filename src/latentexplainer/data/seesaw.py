"""`seesaw`: a seesaw in a playground, with toys riding on it, seen from the side (64x64 RGB).

A wooden seesaw stands in the middle of a playground lawn: a long plank with a darker edge
along its underside, balanced on a blue metal A-frame stand with a grey bolt at the pivot,
with a dark T-shaped handle standing up from the plank near each end. On each end of the
plank a toy may ride, upright: a yellow beach ball with a red band round it, or a brown teddy
bear with round ears, a paler muzzle and black eyes. Behind the lawn runs a low dark green
hedge under the sky. Factors: the tilt of the plank (its left end down to its right end
down; the handles and riders go with it), the height of the pivot (low to high; the plank
rides on it), the length of the plank (short to long; the handles and riders stay near its
ends), what rides on the ends (nothing, two balls or two teddy bears) and the lightness of
the sky (a deep dusk blue to a pale day). The seesaw's place across the image, the stand's
feet, the lawn and the hedge stay fixed; the whole seesaw always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

RIDERS = ("nothing", "balls", "bears")
FACTORS = (
    Factor("tilt", "tilt of the seesaw's plank (its left end down to its right end down)", "continuous"),
    Factor("pivot_height", "height of the seesaw's pivot above the lawn (low to high)", "continuous"),
    Factor("plank_length", "length of the seesaw's plank (short to long)", "continuous"),
    Factor("riders", "what rides on the seesaw's ends: nothing, two balls or two teddy bears", "categorical", RIDERS),
    Factor("sky_lightness", "lightness of the sky (a deep dusk blue to a pale day)", "continuous"),
)
# tilt: -0.3..0.3 radians about the pivot (positive: the right end down); pivot_height: 0..1
# puts the pivot (x = 32 px) 14..24 px above the stand's feet (y = 58 px), the plank 4 px thick
# lying on it; plank_length: 0..1 is a plank 30..58 px long, the handles 8 px and the riders 4 px
# in from its ends; riders: codes 0..2 are nothing, a ball 5 px in radius on each end or a teddy
# bear 17 px tall on each end, upright; sky_lightness: 0..1 mixes the dusk sky into the day one
RANGES = ((-0.3, 0.3), (0.0, 1.0), (0.0, 1.0), (0.0, len(RIDERS) - 1.0), (0.0, 1.0))
DUSK_TOP, DUSK_LOW = np.array((0.1, 0.12, 0.32), np.float32), np.array((0.36, 0.32, 0.52), np.float32)
DAY_TOP, DAY_LOW = np.array((0.5, 0.72, 0.96), np.float32), np.array((0.88, 0.94, 0.99), np.float32)
HEDGE, HEDGE_DARK, LAWN, LAWN_DARK = (0.14, 0.34, 0.16), (0.08, 0.24, 0.1), (0.4, 0.66, 0.26), (0.3, 0.54, 0.18)
PLANK, PLANK_DARK, STAND, BOLT, HANDLE = (
    (0.8, 0.58, 0.32),
    (0.52, 0.34, 0.16),
    (0.2, 0.42, 0.78),
    (0.7, 0.72, 0.76),
    (0.16, 0.16, 0.18),
)
BALL, BALL_BAND, BEAR, MUZZLE, EYES = (
    (0.98, 0.84, 0.12),
    (0.88, 0.14, 0.12),
    (0.74, 0.48, 0.2),
    (0.95, 0.84, 0.66),
    (0.05, 0.04, 0.03),
)
MID_X, LAWN_Y, HEDGE_Y, THICK, FOOT = 32.0, 58.0, 48.0, 4.0, 8.0
SEESAW_ROWS = (2, 61)


def _static() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """How far down the sky each row is (H, W); the hedge and lawn in front of the sky: coverage
    (H, W) and colours (3, H, W)."""
    x, y = R.grid()
    t = np.broadcast_to(np.clip(y / HEDGE_Y, 0.0, 1.0), (1, R.SIZE, R.SIZE))[0]
    layer = np.zeros((1, 3, R.SIZE, R.SIZE), np.float32)
    hedge = HEDGE_Y - 1.5 * np.abs(np.sin(x * 0.4)) - 0.8 * np.sin(x * 1.3) - y
    R.over(layer, R.coverage(hedge), HEDGE)
    R.over(layer, 0.6 * R.coverage(hedge - 1.0) * R.coverage(np.sin(x * 1.4) * np.sin(y * 1.6) * 2.0 - 0.5), HEDGE_DARK)
    lawn = R.below(LAWN_Y - 3.0, 1)
    R.over(layer, lawn, LAWN)
    R.over(layer, 0.5 * lawn * R.coverage(np.abs(((x + 0.8 * y) % 5.0) - 2.5) - 0.8), LAWN_DARK)
    cover = np.maximum(R.coverage(hedge), lawn)
    return t.astype(np.float32), cover[0].astype(np.float32), (layer[0] / np.maximum(cover, 1e-6)).astype(np.float32)


SKY_T, LAND_COVER, LAND_COLOUR = _static()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    # the sky, from dusk to day, behind the hedge and the lawn
    light = f[:, 4].astype(np.float32)[:, None]
    top = DUSK_TOP + (DAY_TOP - DUSK_TOP) * light  # (N, 3)
    low = DUSK_LOW + (DAY_LOW - DUSK_LOW) * light
    img = (top[:, :, None, None] + (low - top)[:, :, None, None] * SKY_T).astype(np.float32)
    img += LAND_COVER * (LAND_COLOUR - img)
    part, yy = img[:, :, SEESAW_ROWS[0] : SEESAW_ROWS[1]], y[:, SEESAW_ROWS[0] : SEESAW_ROWS[1]]
    # the stand: an A-frame from the pivot down to two feet on the lawn, and a bar across it
    py = LAWN_Y - R.col(14.0 + 10.0 * f[:, 1])
    legs = (
        np.minimum(
            R.segment_sdf(x, yy, MID_X, py, MID_X - FOOT, LAWN_Y), R.segment_sdf(x, yy, MID_X, py, MID_X + FOOT, LAWN_Y)
        )
        - 1.1
    )
    bar = np.maximum(np.abs(yy - LAWN_Y + 0.7) - 0.7, np.abs(x - MID_X) - FOOT - 1.5)
    R.over(part, R.coverage(np.minimum(legs, bar)), STAND)
    # the plank, turned about the pivot, with its handles; u along it, v down across it
    a = R.col(f[:, 0])
    c, s = np.cos(a), np.sin(a)
    dx, dy = x - MID_X, yy - py
    u, v = dx * c + dy * s, -dx * s + dy * c
    half = R.col(15.0 + 14.0 * f[:, 2])
    plank = R.edges_sdf(u, v, -half, half, -THICK, 0.0)
    R.over(part, R.coverage(plank), PLANK)
    R.over(part, R.coverage(np.maximum(plank, -1.2 - v)), PLANK_DARK)
    hu = np.abs(np.abs(u) - half + 8.0)
    handles = np.minimum(
        np.maximum(hu - 0.7, np.abs(v + THICK + 3.0) - 3.0), np.maximum(hu - 2.2, np.abs(v + THICK + 6.2) - 0.7)
    )
    R.over(part, R.coverage(handles), HANDLE)
    R.over(part, R.coverage(np.hypot(dx, dy + 1.5) - 1.5), BOLT)
    # the riders, upright on the plank 4 px in from each end
    code = f[:, 3].astype(int)
    balls, bears = R.col(code == 1), R.col(code == 2)
    for side in (-1.0, 1.0):
        su = side * (half - 4.0)
        bx, by = MID_X + su * c + THICK * s, py + su * s - THICK * c  # the rider's seat on the plank
        qx, qy = x - bx, yy - by
        ball = np.hypot(qx, qy + 5.0) - 5.0
        R.over(part, balls * R.coverage(ball), BALL)
        R.over(part, balls * R.coverage(np.maximum(ball, np.abs(qy + 5.0) - 1.2)), BALL_BAND)
        bear = np.minimum(R.ellipse_sdf(qx, qy + 4.6, 4.4, 4.6), np.hypot(qx, qy + 12.0) - 3.4)
        bear = np.minimum(bear, np.hypot(np.abs(qx) - 2.8, qy + 14.8) - 1.5)
        R.over(part, bears * R.coverage(bear), BEAR)
        R.over(
            part,
            bears
            * R.coverage(np.minimum(R.ellipse_sdf(qx, qy + 10.9, 1.7, 1.2), R.ellipse_sdf(qx, qy + 4.2, 2.6, 3.0))),
            MUZZLE,
        )
        R.over(part, bears * R.coverage(np.hypot(np.abs(qx) - 1.3, qy + 13.0) - 0.6), EYES)
    return R.to_uint8(img)


def render(tilt: float, pivot_height: float, plank_length: float, riders: float, sky_lightness: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[tilt, pivot_height, plank_length, riders, sky_lightness]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("seesaw", arg, n, seed, FACTORS, sample_factors, _draw)
