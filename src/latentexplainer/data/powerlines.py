"""`powerlines`: power lines strung between two wooden poles across the sky over a field, with
small birds perching on the lines (64x64 RGB).

Two tall brown poles stand in a green field, one near each side of the image, each with a short
crossarm at its top. Between them run thin dark power lines, one above the other, each fixed to
the poles by a small pale insulator and sagging in a gentle curve in the middle. Small dark
brown birds with orange-red breasts, facing right, perch in threes at fixed places along the
lines: the first three spread along the top line, the next three along the line below it,
between the places of the first. Behind is the sky, darker at the top, over a flat field.
Factors: how far the lines sag (nearly taut to slack; the birds ride up and down with their
lines), how many lines run between the poles (2, 3 or 4, the lower ones added under the top
one), how many birds perch on the lines (none, three or six) and the time of day (from dusk - a
purple sky glowing orange near the horizon over a dim field - to bright day - a blue sky over a
bright green field). The poles, the lines' heights where they meet the poles, the birds' size
and colours stay fixed; everything always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("wire_sag", "how far the power lines sag between the poles (taut to slack)", "continuous"),
    Factor("wire_count", "how many power lines run between the poles (2 to 4)", "categorical", ("2", "3", "4")),
    Factor("birds", "how many birds perch on the power lines", "categorical", ("none", "three", "six")),
    Factor("daylight", "time of day, from dusk (orange sky, dim field) to bright day", "continuous"),
)
# wire_sag: 0..1 is a sag of 1..9 px at the middle (x = 32 px) below the points where each line
# meets the poles; wire_count: codes 0..2 are 2..4 lines, fixed at y = WIRE_Y[:count] px;
# birds: codes 0..2 are 0, 3 or 6 birds, at BIRD_X[:3 * birds] (the first three on the top
# line, the next three on the line below it); daylight: 0..1 blends the sky and the field from
# their dusk to their day colours
RANGES = ((0.0, 1.0), (0.0, 2.0), (0.0, 2.0), (0.0, 1.0))
DUSK_TOP, DUSK_BOTTOM = np.array((0.2, 0.16, 0.36)), np.array((0.93, 0.56, 0.33))
DAY_TOP, DAY_BOTTOM = np.array((0.33, 0.58, 0.92)), np.array((0.74, 0.86, 0.97))
FIELD_DUSK, FIELD_DAY = np.array((0.16, 0.24, 0.12)), np.array((0.36, 0.62, 0.26))
POLE, WIRE, INSULATOR = (0.42, 0.29, 0.18), (0.07, 0.07, 0.09), (0.86, 0.86, 0.8)
BIRD, BREAST = (0.22, 0.18, 0.17), (0.94, 0.36, 0.1)
HORIZON = 46.0
POLES, MIDDLE, HALF_SPAN = (9.0, 55.0), 32.0, 23.0
POLE_HW, POLE_TOP, POLE_FOOT = 1.6, 6.0, 61.0
WIRE_Y = (12.0, 21.0, 30.0, 39.0)
WIRE_HW = 0.85
BIRD_X = ((21.0, 0), (34.0, 0), (47.0, 0), (16.5, 1), (29.0, 1), (41.5, 1))  # x, which line
ROWS = (2, 50)  # the rows the lines, the crossarms and the birds can reach


def _sag(x, sag):
    """The lines' drop below their ends at column x, and its slope."""
    u = (x - MIDDLE) / HALF_SPAN
    return sag * (1 - u * u), -2 * sag * u / HALF_SPAN


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    light = f[:, 3:4]
    top = DUSK_TOP[None] + (DAY_TOP - DUSK_TOP)[None] * light
    bottom = DUSK_BOTTOM[None] + (DAY_BOTTOM - DUSK_BOTTOM)[None] * light
    t = np.clip(y[0, :, 0] / HORIZON, 0.0, 1.0)  # (H,)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = (top[:, :, None] + (bottom - top)[:, :, None] * t[None, None, :])[..., None]
    R.over(img, R.below(HORIZON, n), FIELD_DUSK[None] + (FIELD_DAY - FIELD_DUSK)[None] * light)
    # the lines, the crossarms and the birds lie in the upper rows: draw only there, for speed
    r0, r1 = ROWS
    part, yy = img[:, :, r0:r1], y[:, r0:r1]
    sag = R.col(1 + 8 * f[:, 0])
    count = R.col(2 + f[:, 1])
    drop, slope = _sag(x, sag)  # (n, 1, W)
    across = np.sqrt(1 + slope * slope)
    ends = np.maximum(POLES[0] - x, x - POLES[1])  # outside the span between the poles
    wires = np.full((n, r1 - r0, R.SIZE), np.inf, np.float32)
    for i, wy in enumerate(WIRE_Y):
        d = np.maximum(np.abs(yy - wy - drop) / across - WIRE_HW, ends)
        np.minimum(wires, np.where(count > i, d, np.inf), out=wires)
    R.over(part, R.coverage(wires), WIRE)
    # the poles, with a crossarm at the top and an insulator where each line meets them
    poles = np.minimum(np.abs(x - POLES[0]), np.abs(x - POLES[1])) - POLE_HW
    poles = np.maximum(poles, np.maximum(POLE_TOP - y, y - POLE_FOOT))
    arms = np.maximum(np.minimum(np.abs(x - POLES[0]), np.abs(x - POLES[1])) - 5.0, np.abs(y - 8.0) - 0.9)
    R.over(img, R.coverage(np.minimum(poles, arms)), POLE)
    knobs = np.full((n, r1 - r0, R.SIZE), np.inf, np.float32)
    for i, wy in enumerate(WIRE_Y):
        d = np.minimum(np.hypot(x - POLES[0] - 2.2, yy - wy), np.hypot(x - POLES[1] + 2.2, yy - wy)) - 1.2
        np.minimum(knobs, np.where(count > i, d, np.inf), out=knobs)
    R.over(part, R.coverage(knobs), INSULATOR)
    # the birds on the top two lines, facing right: a tail, a round body and head, an orange breast
    birds = R.col(3 * f[:, 2])
    body = np.full((n, r1 - r0, R.SIZE), np.inf, np.float32)
    breast = np.full((n, r1 - r0, R.SIZE), np.inf, np.float32)
    for i, (bx, line) in enumerate(BIRD_X):
        c0, c1 = int(bx) - 8, int(bx) + 7  # the columns the bird can reach, for speed
        xs = x[:, :, c0:c1]
        by = WIRE_Y[line] + _sag(bx, sag)[0] - WIRE_HW  # the line's top under the bird's feet
        b = R.ellipse_sdf(xs - bx, yy - (by - 2.9), 3.7, 2.9)
        b = np.minimum(b, np.hypot(xs - (bx + 2.6), yy - (by - 6.0)) - 2.2)
        b = np.minimum(b, R.segment_sdf(xs, yy, bx - 2.6, by - 2.9, bx - 6.0, by - 1.2) - 1.0)
        c = np.maximum(R.ellipse_sdf(xs - (bx + 2.1), yy - (by - 2.9), 2.0, 2.1), b)
        here = birds > i
        np.minimum(body[:, :, c0:c1], np.where(here, b, np.inf), out=body[:, :, c0:c1])
        np.minimum(breast[:, :, c0:c1], np.where(here, c, np.inf), out=breast[:, :, c0:c1])
    R.over(part, R.coverage(body), BIRD)
    R.over(part, R.coverage(breast), BREAST)
    return R.to_uint8(img)


def render(wire_sag: float, wire_count: float, birds: float, daylight: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[wire_sag, wire_count, birds, daylight]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("powerlines", arg, n, seed, FACTORS, sample_factors, _draw)
