"""`planetarium`: a show in a planetarium, the night sky projected on its dome above the
audience, seen from the back of the hall (64x64 RGB).

The dark blue dome fills the image, speckled with projected stars and glowing a little orange
along its rim near the bottom, where the dark silhouettes of two rows of seats stand. In the
middle of the hall stands the star projector: a metal bar on a pedestal with a big studded ball
at each end. On the dome, projected planets shine in a row across the upper sky - a banded red
one, a banded orange one, a banded pale blue one and a pale yellow ringed one, from left to right -
a soft, wispy nebula glows across the middle of the dome, and a comet with a long bright tail streaks
across the lower sky. Factors: how far the projector's bar is tilted (its left ball down to its
left ball up), how many planets are projected (1 to 4, filling the row from the left), the hue
of the nebula (a full turn of the colour wheel) and where the comet is on the dome (left to
right). The stars, the seats, the planets' places and colours, the nebula's shape and the
comet's height and size stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("projector_tilt", "tilt of the star projector's bar (left ball down to left ball up)", "continuous"),
    Factor("planets", "how many planets are projected on the dome (1 to 4)", "categorical", ("1", "2", "3", "4")),
    Factor("nebula_hue", "hue of the nebula projected on the dome", "cyclic", period=1.0),
    Factor("comet_x", "where the comet is on the dome (left to right)", "continuous"),
)
# projector_tilt: -0.6..0.6 radians of the bar about its middle at (32, 45) px (negative: the
# left ball lower), the balls (radius 5 px) 10 px either side of the middle, so each moves
# 5.6 px up or down; planets: 1..4 of the planets at x = 9, 23, 37, 52 px (y = 14, 8, 13, 9 px,
# radius 6.5 px; the ring reaches 10.5 px either side of the last), from the left; nebula_hue:
# 0..1 turns of the colour wheel (cyclic, period 1), the nebula a band about (34, 24) px some
# 48 x 13 px; comet_x: 0..1 puts the comet's head (radius 2.6 px) at x = 12..52 px (y = 32 px),
# its tail 16 px long up to the right
RANGES = ((-0.6, 0.6), (0.0, 3.0), (0.0, 1.0), (0.0, 1.0))
DOME_TOP, DOME_BOTTOM, RIM = np.array((0.02, 0.03, 0.1)), np.array((0.08, 0.1, 0.26)), (0.7, 0.4, 0.2)
SEATS, METAL, LENS, COMET = (0.015, 0.015, 0.03), (0.55, 0.58, 0.64), (0.25, 0.27, 0.32), (0.95, 0.97, 1.0)
PLANETS = (  # x, y, colour, and a second colour for its bands or ring
    (9.0, 14.0, (0.96, 0.46, 0.34), (0.75, 0.26, 0.18)),
    (23.0, 8.0, (0.97, 0.72, 0.42), (0.78, 0.48, 0.26)),
    (37.0, 13.0, (0.62, 0.84, 0.99), (0.44, 0.62, 0.92)),
    (52.0, 9.0, (0.95, 0.88, 0.62), (0.8, 0.68, 0.42)),
)
PLANET_R = 6.5
MIDDLE_X, MIDDLE_Y, ARM, BALL_R = 32.0, 45.0, 10.0, 5.0
COMET_Y, TAIL, TAIL_SLOPE = 32.0, 16.0, 0.45
NEBULA_ALPHA = 0.75


def _dome() -> tuple[np.ndarray, np.ndarray]:
    """The fixed dome with its stars and rim glow, (3, H, W), and the nebula's opacity, (H, W)."""
    x, y = R.grid()
    img = R.vertical_gradient(DOME_TOP, DOME_BOTTOM, 52.0)[None].copy()
    R.over(img, 0.5 * np.exp(-((y - 54.0) / 4.0) ** 2) + 0 * x, RIM)
    rng = np.random.default_rng(47)
    for sx, sy, b in zip(rng.uniform(1, 63, 70), rng.uniform(1, 50, 70), rng.uniform(0.35, 1.0, 70)):
        R.over(img, b * R.coverage(np.hypot(x - sx, y - sy) - 0.45), (1.0, 1.0, 0.95))
    # the nebula: a soft band across the middle of the dome, broken into wisps
    band = np.exp(-(((x - 34.0) / 24.0) ** 2 + ((y - 24.0 + 0.15 * (x - 34.0)) / 6.5) ** 2))
    wisps = 0.55 + 0.45 * np.sin(0.42 * x + 2.0 * np.sin(0.3 * y)) * np.sin(0.27 * y - 0.2 * x + 1.0)
    nebula = np.clip(NEBULA_ALPHA * band * wisps * 1.4, 0.0, NEBULA_ALPHA)
    # the seats: two rows of backs along the bottom, bumps for the heads of the chairs
    for row_y, phase in ((55.0, 0.0), (60.0, 3.5)):
        backs = row_y - 1.5 * np.abs(np.sin((x + phase) * np.pi / 7.0)) - y
        R.over(img, R.coverage(backs), SEATS)
    return img[0], np.ascontiguousarray(nebula[0])


DOME, NEBULA = _dome()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = DOME
    # the nebula and the comet (head and a fading, widening tail)
    R.over(img, np.broadcast_to(NEBULA, (n, R.SIZE, R.SIZE)), R.hsv(f[:, 2], 0.8, 1.0))
    cx = R.col(12.0 + 40.0 * f[:, 3])
    d, h = R.segment_sdf(x, y, cx, COMET_Y, cx + TAIL, COMET_Y - TAIL * TAIL_SLOPE, along=True)
    R.over(img, (1.0 - h) * 0.85 * R.coverage(d - 0.8 - 2.2 * h), COMET)
    R.over(img, R.coverage(np.hypot(x - cx, y - COMET_Y) - 2.6), COMET)
    # the planets, the first k of the row; the last wears a ring, the others bands
    count = f[:, 1].astype(int) + 1
    for i, (px, py, colour, second) in enumerate(PLANETS):
        on = R.col(count > i)
        disc = np.hypot(x - px, y - py) - PLANET_R
        if i == 3:
            ring = np.abs(R.ellipse_sdf(x - px, y - py, 10.5, 2.8)) - 0.8
            back = np.maximum(ring, py - y)  # the ring's far half, behind the disc
            R.over(img, on * R.coverage(back), second)
            R.over(img, on * R.coverage(disc), colour)
            R.over(img, on * R.coverage(np.maximum(ring, y - py)), second)
        else:
            R.over(img, on * R.coverage(disc), colour)
            bands = np.abs((y - py + 6.0) % 3.5 - 1.75) - 0.6
            R.over(img, on * 0.7 * R.coverage(np.maximum(disc, bands)), second)
    # the projector: a pedestal, the bar, and a studded ball at each end
    R.over(img, R.coverage(R.edges_sdf(x, y, 30.0, 34.0, MIDDLE_Y, 58.0)), METAL)
    a = R.col(f[:, 0])
    dx, dy = ARM * np.cos(a), ARM * np.sin(a)
    lx, ly, rx, ry = MIDDLE_X - dx, MIDDLE_Y - dy, MIDDLE_X + dx, MIDDLE_Y + dy
    R.over(img, R.coverage(R.segment_sdf(x, y, lx, ly, rx, ry) - 1.4), METAL)
    for bx, by in ((lx, ly), (rx, ry)):
        u, v = x - bx, y - by
        ball = np.hypot(u, v) - BALL_R
        R.over(img, R.coverage(ball), METAL)
        studs = np.hypot((u + 10.0) % 2.6 - 1.3, (v + 10.0) % 2.6 - 1.3) - 0.6
        R.over(img, R.coverage(np.maximum(studs, ball + 0.8)), LENS)
    return R.to_uint8(img)


def render(projector_tilt: float, planets: float, nebula_hue: float, comet_x: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[projector_tilt, planets, nebula_hue, comet_x]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("planetarium", arg, n, seed, FACTORS, sample_factors, _draw)
