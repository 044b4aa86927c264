"""`tricycle`: a child's tricycle standing on a park path under the sky, seen from the side
(64x64 RGB).

The tricycle faces right on a sandy path that runs across the lower part of the image, with
green grass below and in front of it and rolling green hills behind it under the sky. Its big
front wheel - a black tyre round a pale rim with three dark spokes and a hub - carries the
pedals on its axle; two small rear wheels (the far one darker, a little behind the near one)
hold up a flat step at the back. A painted frame runs from the rear axle up to the head over
the front wheel, with a fork down to the front axle and a mudguard over the top of the wheel; a
black saddle sits on a short post above the frame and silver handlebars with black grips reach
back from the head. Factors: where the tricycle is along the path (left to right), the size of
its front wheel (small to large; the head and handlebars rise with it), how far the pedals and
front wheel have turned (the spokes and the two cranks turn together; a cyclic factor with a
whole-turn period, since the near pedal is black and the far one grey), the hue of the frame
(red through yellow and green to blue) and the lightness of the sky (dusk to bright day). The
rear wheels' size, the hills, the grass and the path stay fixed; the whole tricycle always lies
inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("tricycle_x", "horizontal position of the tricycle along the path (left to right)", "continuous"),
    Factor("wheel_size", "size of the tricycle's big front wheel (small to large)", "continuous"),
    Factor("pedal_turn", "how far the pedals and the front wheel have turned round", "cyclic", period=2 * np.pi),
    Factor("frame_hue", "hue of the tricycle's frame (red through yellow and green to blue)", "continuous"),
    Factor("sky_light", "lightness of the sky (dusk to bright day)", "continuous"),
)
# tricycle_x: 0..1 puts the front axle at x = 34..48 px (the rear axle 23 px behind it);
# wheel_size: 0..1 is a front wheel of radius 8..13 px; pedal_turn: 0..2 pi radians, the near
# crank's angle (clockwise on screen from pointing right; the far crank is opposite it, one
# spoke is along the near crank); frame_hue: 0..0.65 of the colour wheel (no wrap); sky_light:
# 0..1 blends the sky from dusk to bright day
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 2 * np.pi), (0.0, 0.65), (0.0, 1.0))
DUSK_TOP, DUSK_BOTTOM = np.array((0.12, 0.11, 0.26)), np.array((0.5, 0.33, 0.38))
DAY_TOP, DAY_BOTTOM = np.array((0.36, 0.6, 0.93)), np.array((0.78, 0.89, 0.98))
HILLS, GRASS, PATH = (0.3, 0.5, 0.26), (0.36, 0.62, 0.27), (0.8, 0.71, 0.52)
TYRE, RIM, HUB, SPOKE = (0.08, 0.08, 0.09), (0.86, 0.86, 0.84), (0.3, 0.3, 0.32), (0.22, 0.22, 0.24)
FAR_TYRE, FAR_RIM = (0.05, 0.05, 0.06), (0.5, 0.5, 0.5)
SILVER, DARK, SEAT, FAR_CRANK = (0.84, 0.85, 0.88), (0.2, 0.2, 0.22), (0.07, 0.07, 0.08), (0.56, 0.56, 0.58)
GROUND, HILL_Y, PATH_TOP, PATH_BOTTOM = 56.0, 42.0, 51.0, 60.0
REAR_R, REAR_BACK, CRANK = 5.0, 23.0, 0.6  # CRANK: the cranks' length, of the front wheel's radius
TUBE_HW = 1.5
ROWS = (16, 58)  # the rows the tricycle can reach


def _backgrounds() -> tuple[np.ndarray, np.ndarray]:
    x, y = R.grid()
    out = []
    for top, bottom in ((DUSK_TOP, DUSK_BOTTOM), (DAY_TOP, DAY_BOTTOM)):
        img = R.vertical_gradient(top, bottom, HILL_Y + 4)[None].copy()
        hills = HILL_Y - 3.0 * np.sin(x * 0.13 + 0.6) - 1.5 * np.sin(x * 0.31)
        R.over(img, R.coverage(hills - y), HILLS)
        R.over(img, R.below(HILL_Y + 5.0, 1), GRASS)
        R.over(img, R.coverage(np.abs(y - (PATH_TOP + PATH_BOTTOM) / 2) - (PATH_BOTTOM - PATH_TOP) / 2), PATH)
        out.append(img[0])
    return out[0], out[1] - out[0]


BG_DUSK, BG_DAY_MINUS_DUSK = _backgrounds()


def _wheel(part, x, y, cx, cy, r, tyre, rim):
    rho = np.hypot(x - cx, y - cy)
    R.over(part, R.coverage(rho - r), tyre)
    R.over(part, R.coverage(rho - r + 1.8), rim)
    R.over(part, R.coverage(rho - 1.4), HUB)
    return rho


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    img = BG_DUSK + R.col(f[:, 4])[:, None] * BG_DAY_MINUS_DUSK
    r0, r1 = ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    fx, rf, turn = R.col(34 + 14 * f[:, 0]), R.col(8 + 5 * f[:, 1]), R.col(f[:, 2])
    frame = R.hsv(f[:, 3], 0.8, 0.9)
    fy = GROUND - rf
    rx, ry = fx - REAR_BACK, GROUND - REAR_R
    hx, hy = fx - 4.0, fy - rf - 6.0  # the head, over the front wheel
    bx, by = rx + 4.0, ry - 5.0  # where the frame bends down to the rear axle
    # the far rear wheel, the step and the frame, the near rear wheel
    _wheel(part, x, y, rx + 3.0, ry - 1.0, REAR_R, FAR_TYRE, FAR_RIM)
    tubes = np.minimum(R.segment_sdf(x, y, hx, hy, bx, by), R.segment_sdf(x, y, bx, by, rx, ry))
    tubes = np.minimum(tubes - TUBE_HW, R.edges_sdf(x, y, rx - 6.0, rx + 8.0, ry - 3.5, ry - 0.5))
    R.over(part, R.coverage(tubes), frame)
    px, py = hx + 0.55 * (bx - hx), hy + 0.55 * (by - hy)  # the seat post's foot
    R.over(part, R.coverage(R.segment_sdf(x, y, px, py, px - 1.0, py - 6.0) - 1.0), DARK)
    R.over(part, R.coverage(R.ellipse_sdf(x - px + 1.5, y - py + 7.0, 4.8, 1.9)), SEAT)
    _wheel(part, x, y, rx, ry, REAR_R, TYRE, RIM)
    # the front wheel and its three spokes, turning with the pedals
    rho = _wheel(part, x, y, fx, fy, rf, TYRE, RIM)
    third = 2 * np.pi / 3
    psi = (np.arctan2(y - fy, x - fx) - turn + third / 2) % third - third / 2
    spokes = np.maximum(rho * np.abs(np.sin(psi)) - 1.1, rho - rf + 1.8)
    R.over(part, R.coverage(spokes), SPOKE)
    R.over(part, R.coverage(rho - 1.6), HUB)
    # the mudguard, the fork, the handlebars
    guard = np.maximum(np.abs(rho - rf - 1.8) - 1.0, y - fy + 0.35 * rf)
    fork = R.segment_sdf(x, y, fx, fy, hx, hy) - TUBE_HW
    R.over(part, R.coverage(np.minimum(guard, fork)), frame)
    bar = np.minimum(R.segment_sdf(x, y, hx, hy, hx - 1.0, hy - 5.0), R.segment_sdf(x, y, hx - 1.0, hy - 5.0,
                                                                                         hx - 7.0, hy - 4.0))
    R.over(part, R.coverage(bar - 0.9), SILVER)
    R.over(part, R.coverage(R.ellipse_sdf(x - hx + 7.5, y - hy + 4.0, 2.2, 1.4)), SEAT)
    # the cranks and pedals: the far one grey, the near one black
    for sign, colour, hw in ((-1.0, FAR_CRANK, 0.8), (1.0, SEAT, 1.1)):
        ex, ey = fx + sign * CRANK * rf * np.cos(turn), fy + sign * CRANK * rf * np.sin(turn)
        crank = R.segment_sdf(x, y, fx, fy, ex, ey) - hw
        pedal = R.box_sdf(x - ex, y - ey, 2.6, 1.3)
        R.over(part, R.coverage(np.minimum(crank, pedal)), colour)
    return R.to_uint8(img)


def render(tricycle_x: float, wheel_size: float, pedal_turn: float, frame_hue: float, sky_light: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[tricycle_x, wheel_size, pedal_turn, frame_hue, sky_light]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("tricycle", arg, n, seed, FACTORS, sample_factors, _draw)
