"""`sundial`: a sundial on a stone pedestal in a garden on a sunny day (64x64 RGB).

A sundial stands in the middle of a lawn: a round stone dial seen from a little above, so
that it looks like a flat oval, its thick edge showing in front, with a bronze plate marked
with dark hour ticks round its far half and a bronze gnomon standing up from its middle. The
gnomon casts a dark shadow across the plate, pointing away from the sun. The dial sits on a
stone pedestal: a moulded cap, a shaft shaded on its right and two stone steps on the lawn.
Behind the lawn runs a dark green hedge with a leafy, bumpy top, and over it a blue sky in
which the sun stands. Factors: the time of day (morning, the sun low on the right and the
shadow pointing left, through noon, the sun high and the shadow pointing back, to evening,
the sun low on the left and the shadow pointing right), the height of the pedestal (short to
tall), the size of the dial (small to large), the lightness of the stone (dark grey to pale)
and the height of the hedge (low to tall). The sundial's place across the image, the steps,
the plate's colour and the lawn stay fixed; the whole sundial always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("time_of_day", "time of day (morning, shadow pointing left, to evening, pointing right)", "continuous"),
    Factor("pedestal_height", "height of the sundial's stone pedestal (short to tall)", "continuous"),
    Factor("dial_size", "size of the sundial's round dial (small to large)", "continuous"),
    Factor("stone_lightness", "lightness of the sundial's stone (dark grey to pale)", "continuous"),
    Factor("hedge_height", "height of the hedge behind the lawn (low to tall)", "continuous"),
)
# time_of_day: 0..1 turns the gnomon's shadow on the plate from pointing left through pointing
# back (up in the image) to pointing right (pi..0 radians in the dial's plane) and moves the
# sun's middle (4.5 px in radius) along an arc from (54, 15) px through (32, 6) px to (10, 15) px;
# pedestal_height: 0..1 puts the dial's middle at y = 45..29 px (x = 32 px, the steps fixed on
# the lawn at y = 50..59 px); dial_size: 0..1 is a dial 10..18 px in radius (0.36 of that in
# half-height, seen from above); stone_lightness: 0..1 is stone of brightness 0.3..0.88;
# hedge_height: 0..1 puts the hedge's top at y = 36..22 px (the lawn's far edge at y = 40 px)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_LOW, SUN, HALO = (0.36, 0.6, 0.92), (0.74, 0.86, 0.97), (1.0, 0.93, 0.5), (1.0, 0.97, 0.8)
HEDGE, HEDGE_LIGHT, LAWN, LAWN_LIGHT = (0.14, 0.32, 0.12), (0.26, 0.48, 0.2), (0.36, 0.62, 0.22), (0.46, 0.72, 0.3)
PLATE, TICK, GNOMON, SHADOW = (0.76, 0.58, 0.3), (0.36, 0.25, 0.12), (0.5, 0.36, 0.16), (0.22, 0.16, 0.08)
MID_X, LAWN_Y, STEP_Y, GROUND_Y, FLAT = 32.0, 40.0, 50.0, 59.0, 0.36
SUN_R, SHADOW_LEN, TICKS = 4.5, 0.72, 7
SKY_ROWS, DIAL_ROWS = (0, 25), (12, 60)


def _background() -> tuple[np.ndarray, np.ndarray]:
    """The sky and the lawn (3, H, W); the hedge's leafy texture, as coverage of its lighter
    leaves (H, W)."""
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_LOW, LAWN_Y)[None]
    lawn = R.below(LAWN_Y, 1)
    R.over(img, lawn, LAWN)
    R.over(img, 0.5 * lawn * R.coverage(np.abs(((x - 1.2 * (y - 40.0)) % 12.0) - 6.0) - 3.0), LAWN_LIGHT)
    leaves = R.coverage(np.sin(x * 1.7 + np.sin(y * 1.3)) * np.sin(y * 1.9 + np.sin(x * 0.7)) * 3.0 - 1.2)
    return img[0], np.broadcast_to(leaves, (1, R.SIZE, R.SIZE))[0].astype(np.float32)


BACKGROUND, LEAVES = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the sun, on its arc across the sky
    t = f[:, 0]
    part, yy = img[:, :, SKY_ROWS[0] : SKY_ROWS[1]], y[:, SKY_ROWS[0] : SKY_ROWS[1]]
    sun = np.hypot(x - R.col(54.0 - 44.0 * t), yy - R.col(15.0 - 9.0 * np.sin(np.pi * t)))
    R.over(part, 0.45 * np.clip(1.0 - (sun - SUN_R) / 3.5, 0.0, 1.0), HALO)
    R.over(part, R.coverage(sun - SUN_R), SUN)
    # the hedge, from its bumpy top to the lawn
    top = R.col(36.0 - 14.0 * f[:, 4]) + 1.3 * np.sin(x * 0.55) + 0.7 * np.sin(x * 1.7 + 1.0)
    hedge = np.maximum(top - y, y - LAWN_Y)
    R.over(img, R.coverage(hedge), HEDGE)
    R.over(img, 0.7 * R.coverage(hedge + 0.8) * LEAVES, HEDGE_LIGHT)
    # the pedestal: two steps, the shaft (shaded on its right) and the cap under the dial
    light = f[:, 3]
    stone = R.hsv(0.09, 0.14, 0.3 + 0.58 * light)
    part, yy = img[:, :, DIAL_ROWS[0] : DIAL_ROWS[1]], y[:, DIAL_ROWS[0] : DIAL_ROWS[1]]
    u = x - MID_X
    cy, radius = R.col(45.0 - 16.0 * f[:, 1]), R.col(10.0 + 8.0 * f[:, 2])
    ry = FLAT * radius
    R.over(part, R.coverage(R.edges_sdf(u, yy, -11.0, 11.0, STEP_Y + 4.5, GROUND_Y)), 0.82 * stone)
    R.over(part, R.coverage(R.edges_sdf(u, yy, -8.5, 8.5, STEP_Y, STEP_Y + 4.5)), stone)
    shaft = np.maximum(np.abs(u) - 3.8 - 0.05 * (yy - cy), np.maximum(cy - yy, yy - STEP_Y))
    R.over(part, R.coverage(shaft), stone)
    R.over(part, R.coverage(np.maximum(shaft, 1.5 - u)), 0.72 * stone)
    cap = np.maximum(np.abs(u) - 6.0, np.abs(yy - cy - ry - 2.0) - 1.4)
    R.over(part, R.coverage(cap), 0.9 * stone)
    # the dial: its thick edge in front, its top face, the bronze plate and its hour ticks
    R.over(part, R.coverage(R.ellipse_sdf(u, yy - cy - 1.4, radius, ry)), 0.7 * stone)
    face = R.ellipse_sdf(u, yy - cy, radius, ry)
    R.over(part, R.coverage(face), stone)
    plate = R.ellipse_sdf(u, yy - cy, 0.84 * radius, 0.84 * ry)
    R.over(part, R.coverage(plate), PLATE)
    ticks = np.inf
    for k in range(TICKS):
        a = np.pi * k / (TICKS - 1)
        c, s = np.cos(a), -np.sin(a)
        ticks = np.minimum(ticks, R.segment_sdf(u, yy - cy, 0.62 * radius * c, 0.62 * ry * s,
                                                0.78 * radius * c, 0.78 * ry * s) - 0.35)
    R.over(part, R.coverage(ticks), TICK)
    # the shadow, pointing away from the sun and widening as it goes, and the gnomon
    a = R.col(np.pi * (1.0 - t))
    ex, ey = SHADOW_LEN * radius * np.cos(a), -SHADOW_LEN * ry * np.sin(a)
    d, h = R.segment_sdf(u, yy - cy, 0.0, 0.0, ex, ey, along=True)
    R.over(part, 0.85 * R.coverage(np.maximum(d - 0.7 - 2.0 * h, face)), SHADOW)
    gnomon, h = R.segment_sdf(u, yy - cy, 0.0, 0.4, 0.0, -0.55 * radius, along=True)
    R.over(part, R.coverage(gnomon - 1.2 + 0.7 * h), GNOMON)
    return R.to_uint8(img)


def render(time_of_day: float, pedestal_height: float, dial_size: float, stone_lightness: float,
           hedge_height: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[time_of_day, pedestal_height, dial_size, stone_lightness, hedge_height]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("sundial", arg, n, seed, FACTORS, sample_factors, _draw)
