"""`sandcastle`: a sandcastle on a sunny or evening beach by the sea, with a toy bucket beside
it (64x64 RGB).

The sea reaches from the horizon, a third of the way down the image, to a wavy line of white
foam where it meets the beach; a band of darker wet sand runs along the foam. On the dry sand in
the front stands a castle of damp, darker sand: a long wall with battlements and a dark arched
gate, and one, two or three round towers with battlements of their own and a little red flag on
top, their right sides in shade (one tower stands in the middle; two stand at the wall's ends;
three are both, the middle one the tallest). To the right of the castle stands a plastic toy
bucket of one colour with a paler rim and a thin handle. Factors: how many towers the castle has
(1, 2 or 3), the size of the castle (small to large), how far the sea has come up the beach (low
to high tide), the hue of the bucket (round the whole colour wheel) and the light (from a dim
evening, the sky orange and purple, to bright day, the sky blue). The castle's place, the
bucket's size and place, and the horizon stay fixed; the castle and the bucket always lie inside
the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

TOWERS = ("1", "2", "3")
FACTORS = (
    Factor("towers", "how many towers the sandcastle has (1, 2 or 3)", "categorical", TOWERS),
    Factor("castle_size", "size of the sandcastle (small to large)", "continuous"),
    Factor("tide", "how far the sea has come up the beach (low to high tide)", "continuous"),
    Factor("bucket_hue", "hue of the toy bucket (round the whole colour wheel)", "cyclic", period=1.0),
    Factor("daylight", "light on the beach (dim evening to bright day)", "continuous"),
)
# towers: a code into TOWERS; castle_size: 0..1 scales the castle by 0.75..1.1 (at 1: a wall
# 30 px wide and 9 px tall, towers 11 px wide, the middle one 26 px tall, the side ones 19 px and
# 24 px apart, on the sand at y = 58 px); tide: 0..1 puts the foam line at y = 31..45 px;
# bucket_hue: 0..1 of the colour wheel (a whole turn: 0 and 1 are the same red); daylight: 0..1
# blends the sky from evening to day and scales the light on the rest of the scene from
# DUSK_LIGHT (dim and reddish) to 1
RANGES = ((0, len(TOWERS) - 1), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
DUSK_SKY, DAY_SKY = ((0.36, 0.26, 0.5), (0.98, 0.6, 0.36)), ((0.36, 0.6, 0.94), (0.72, 0.86, 0.98))
SEA_FAR, SEA_NEAR = (0.1, 0.36, 0.56), (0.16, 0.55, 0.66)
SAND, WET_SAND, FOAM = (0.94, 0.84, 0.6), (0.72, 0.6, 0.4), (0.96, 0.97, 0.95)
CASTLE, GATE, PENNANT_RED = np.array((0.68, 0.5, 0.28)), (0.26, 0.17, 0.1), (0.9, 0.12, 0.14)
DUSK_LIGHT = np.array((0.62, 0.46, 0.5))  # the light on everything but the sky, at daylight 0
HORIZON, GROUND, CX = 22, 58.0, 27.0
WALL_HW, WALL_H, TOWER_HW, MID_H, SIDE_H, SIDE_X = 15.0, 9.0, 5.5, 26.0, 19.0, 12.0
FLAG, PENNANT = 6.0, 5.0  # each tower's flag: its stick's height, its pennant's length
BUCKET_X, BUCKET_Y, BUCKET_H, BUCKET_TOP_HW, BUCKET_BOTTOM_HW = 54.5, 60.0, 11.0, 6.0, 4.5
CASTLE_COLUMNS, BUCKET_WINDOW = (6, 48), ((42, 62), (46, R.SIZE))  # where each can reach
SEA = R.vertical_gradient(SEA_FAR, SEA_NEAR, 46.0)[:, HORIZON:]
DUSK, DAY = (R.vertical_gradient(top, bottom, HORIZON)[:, :HORIZON] for top, bottom in (DUSK_SKY, DAY_SKY))


def _battlements(u, y, hw, top, s):
    """Signed distance to a box of half-width hw from ``top`` to the sand, with its top cut into
    merlons: 2.5 periods across, a merlon at each end, notches 2.5 px deep (times the scale)."""
    body = np.maximum(np.abs(u) - hw, np.maximum(top - y, y - GROUND))
    p = 0.8 * hw
    frac = ((u + hw) / p) % 1.0
    notch = np.maximum((np.abs(frac - 0.75) - 0.25) * p, y - top - 2.5 * s)
    return np.maximum(body, -notch)


def _bucket() -> tuple[np.ndarray, ...]:
    """The coverage of the bucket's handle, body, lit left side and rim in BUCKET_WINDOW."""
    x, y = R.grid()
    (r0, r1), (c0, c1) = BUCKET_WINDOW
    bx, y = x[0, :, c0:c1] - BUCKET_X, y[0, r0:r1]
    t = np.clip((y - (BUCKET_Y - BUCKET_H)) / BUCKET_H, 0.0, 1.0)
    half = BUCKET_TOP_HW + (BUCKET_BOTTOM_HW - BUCKET_TOP_HW) * t
    pail = np.maximum(np.abs(bx) - half, np.abs(y - BUCKET_Y + BUCKET_H / 2) - BUCKET_H / 2)
    handle = np.maximum(np.abs(np.sqrt(bx * bx + (y - BUCKET_Y + BUCKET_H) ** 2) - 5.2) - 0.5,
                        y - BUCKET_Y + BUCKET_H)
    return tuple(R.coverage(d).astype(np.float32) for d in (
        handle, pail, np.maximum(pail + 1.0, bx - 1.5), np.maximum(pail, y - (BUCKET_Y - BUCKET_H + 2.2))))


BUCKET = _bucket()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    day = f[:, 4].astype(np.float32)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:, :, :HORIZON] = DUSK + day[:, None, None, None] * (DAY - DUSK)
    part, y = img[:, :, HORIZON:], y[:, HORIZON:]  # the sea, the beach, the castle and the bucket
    part[:] = SEA
    # the beach: wet sand along the foam line, dry sand beyond it
    foam_y = R.col(31 + 14 * f[:, 2]) + 0.9 * np.sin(0.35 * x)
    R.over(part, R.coverage(foam_y - y), WET_SAND)
    R.over(part, R.coverage(foam_y + 4.0 + 0.6 * np.sin(0.21 * x + 1.0) - y), SAND)
    R.over(part, R.coverage(np.abs(y - foam_y) - 0.9), FOAM)
    # the castle, in the columns it can reach: the wall, the towers, their shaded right sides
    s = R.col(0.75 + 0.35 * f[:, 1])
    code = f[:, 0].astype(int)[:, None, None]
    c0, c1 = CASTLE_COLUMNS
    castle_part, u = part[..., c0:c1], x[..., c0:c1] - CX
    castle = _battlements(u, y, WALL_HW * s, GROUND - WALL_H * s, s)
    side = _battlements(np.abs(u) - SIDE_X * s, y, TOWER_HW * s, GROUND - np.where(code == 0, 0, SIDE_H) * s, s)
    mid = _battlements(u, y, TOWER_HW * s, GROUND - np.where(code == 1, 0, MID_H) * s, s)
    castle = np.minimum(castle, np.where(code == 1, side, np.minimum(mid, np.where(code == 2, side, np.inf))))
    R.over(castle_part, R.coverage(castle), CASTLE)
    # each tower's right third in shade: its offset from the middle of the nearest tower
    outer = np.abs(u) > SIDE_X * s / 2
    there = np.where(outer, code >= 1, code != 1)  # is there a tower nearest?
    off = np.where(outer, np.sign(u) * (np.abs(u) - SIDE_X * s), u)
    shade = np.maximum(castle, np.maximum(0.3 * TOWER_HW * s - off, off - TOWER_HW * s))
    R.over(castle_part, 0.3 * R.coverage(np.where(there, shade, np.inf)), (0.2, 0.1, 0.05))
    # a little flag on top of each tower: a stick and a red pennant pointing right; the gate
    stick_top = np.where(outer, GROUND - SIDE_H * s, GROUND - MID_H * s) - FLAG * s
    stick = np.maximum(np.abs(off) - 0.5, np.abs(y - stick_top - FLAG * s / 2) - FLAG * s / 2)
    t = np.clip(off / (PENNANT * s), 0.0, 1.0)
    pennant = np.maximum(np.abs(y - stick_top - 0.3 * FLAG * s) - 0.3 * FLAG * s * (1 - t),
                         np.abs(off - PENNANT * s / 2) - PENNANT * s / 2)
    R.over(castle_part, R.coverage(np.where(there, stick, np.inf)), GATE)
    R.over(castle_part, R.coverage(np.where(there, pennant, np.inf)), PENNANT_RED)
    gate = np.maximum(R.ellipse_sdf(u, y - GROUND, 2.6 * s, 5.5 * s), y - GROUND)
    R.over(castle_part, R.coverage(gate), GATE)
    # the bucket (the same shape in every image): its handle, its body, its lit left side, its rim
    (r0, r1), (c0, c1) = BUCKET_WINDOW
    bucket = part[:, :, r0 - HORIZON:r1 - HORIZON, c0:c1]
    colour = R.hsv(f[:, 3], 0.8, 0.92)
    for alpha, paint in zip(BUCKET, ((0.25, 0.25, 0.28), colour * 0.78, colour, R.hsv(f[:, 3], 0.4, 0.98))):
        R.over(bucket, np.broadcast_to(alpha, bucket.shape[:1] + alpha.shape), paint)
    # the light on everything below the horizon
    light = (DUSK_LIGHT[None] + (1 - DUSK_LIGHT)[None] * f[:, 4:5]).astype(np.float32)
    part *= light[:, :, None, None]
    return R.to_uint8(img)


def render(towers: float, castle_size: float, tide: float, bucket_hue: float, daylight: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[towers, castle_size, tide, bucket_hue, daylight]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("sandcastle", arg, n, seed, FACTORS, sample_factors, _draw)
