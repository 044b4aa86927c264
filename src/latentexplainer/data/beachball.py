"""`beachball`: a beach ball bouncing on a sandy beach by the sea, seen from the side (64x64 RGB).

The ball hangs above (or rests on) the sand in the middle of the image: a round ball made of
panels that fan out from a small white cap near its upper left, alternately white and
coloured - red, then blue (with four panels), red, yellow and blue (with six), or red, yellow,
blue and green (with eight) - shaded darker towards its lower right, with a soft white glint
on its upper left. The panels can be turned round the cap to any angle. On the sand straight
below it lies its soft grey shadow, smaller and fainter the higher the ball is. Behind it is
a calm blue-green sea with a white line of surf along the beach, under a pale blue sky.
Factors: how high the ball is above the sand (resting on it to high in the air), the size of
the ball (small to large), how far its panels are turned round the cap (a whole turn brings them
back), and the number of panels (4, 6 or 8). The ball's horizontal place, its colours, the
sea, the sky and the sand stay fixed; the whole ball always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

PANELS = ("4", "6", "8")
FACTORS = (
    Factor("ball_height", "how high the ball is above the sand (resting on it to high up)", "continuous"),
    Factor("ball_size", "size of the beach ball (small to large)", "continuous"),
    Factor("spin", "how far the ball's panels are turned round (a whole turn)", "cyclic", period=1.0),
    Factor("panel_count", "number of panels on the beach ball (4, 6 or 8)", "categorical", PANELS),
)
# ball_height: 0..1 puts the ball's bottom 0..24 px above the sand where it rests (y = 55 px),
# at x = 32 px; ball_size: 0..1 is a ball of radius 7..15 px; spin: 0..1 turns the panels by a
# whole turn (1 is 0 again) about the cap (0.22 times the radius left of and 0.28 times above
# the ball's middle); panel_count: codes 0..2 are 4, 6 or 8 panels of equal angle, the first
# coloured panel (red) centred straight right of the cap at spin 0, counter-clockwise
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, len(PANELS) - 1.0))
SKY_TOP, SKY_LOW = (0.42, 0.66, 0.94), (0.78, 0.88, 0.97)
SEA_FAR, SEA_NEAR, SURF = np.array((0.14, 0.42, 0.62)), np.array((0.2, 0.6, 0.66)), (0.96, 0.98, 0.98)
SAND, SAND_DARK = (0.93, 0.84, 0.62), (0.84, 0.73, 0.5)
WHITE, GLINT, SHADOW = (0.98, 0.98, 0.97), (1.0, 1.0, 1.0), (0.45, 0.4, 0.3)
COLOURS = {"4": ((0.9, 0.14, 0.14), (0.14, 0.34, 0.86)),
           "6": ((0.9, 0.14, 0.14), (0.98, 0.8, 0.1), (0.14, 0.34, 0.86)),
           "8": ((0.9, 0.14, 0.14), (0.98, 0.8, 0.1), (0.14, 0.34, 0.86), (0.16, 0.66, 0.3))}
CX, REST_Y, HORIZON_Y, SHORE_Y = 32.0, 55.0, 26.0, 40.0
RISE, R_MIN, R_MAX = 24.0, 7.0, 15.0
CAP = (-0.22, -0.28, 0.2)  # the cap's place and radius, as fractions of the ball's radius
SHADE, TURN = 0.45, np.float32(2.0 * np.pi)
WINDOW = (16, 48)  # the columns the ball and its shadow can reach


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_LOW, HORIZON_Y)[None]
    t = np.clip((y - HORIZON_Y) / (SHORE_Y - HORIZON_Y), 0.0, 1.0)
    sea = SEA_FAR[:, None, None] + (SEA_NEAR - SEA_FAR)[:, None, None] * t[0]
    cov = R.below(HORIZON_Y, 1)
    img += cov[:, None] * (sea - img)
    R.over(img, 0.35 * R.coverage(np.abs(((y - HORIZON_Y) % 4.0) - 2.0) - 0.3) * (np.sin(x * 0.35 + y) > 0.5)
           * cov[0], SURF)
    shore = SHORE_Y + 0.8 * np.sin(x * 0.25)
    R.over(img, R.coverage(shore - y), SAND)
    R.over(img, R.coverage(np.abs(y - shore - 0.3) - 0.8), SURF)
    speckle = (np.sin(x * 2.1 + y * 1.3) * np.sin(x * 0.7 - y * 2.9) > 0.6) & (y > SHORE_Y + 2)
    R.over(img, 0.5 * speckle.astype(np.float32), SAND_DARK)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    h, r = R.col(f[:, 0]), R.col(R_MIN + (R_MAX - R_MIN) * f[:, 1])
    cy = REST_Y - RISE * h - r
    # drawn in the columns the ball and its shadow can reach, for speed
    part = img[:, :, :, WINDOW[0]:WINDOW[1]]
    x = x[:, :, WINDOW[0]:WINDOW[1]]
    # the shadow on the sand
    shadow = R.ellipse_sdf(x - CX, y - REST_Y, r * (1.0 - 0.45 * h) + 0.5, 2.2 - 0.8 * h)
    R.over(part, (0.45 - 0.3 * h) * R.coverage(shadow), SHADOW)
    # the ball: white, then each coloured panel (a wedge about the cap) over it
    u, v = x - CX, y - cy
    cov = R.coverage(np.hypot(u, v) - r)
    R.over(part, cov, WHITE)
    pu, pv = u - CAP[0] * r, v - CAP[1] * r
    rho, theta = np.hypot(pu, pv), np.arctan2(-pv, pu)  # counter-clockwise, 0 to the right
    spin = 2.0 * np.pi * f[:, 2]
    codes = f[:, 3].astype(int)
    for k, name in enumerate(PANELS):
        idx = np.nonzero(codes == k)[0]
        if not len(idx):
            continue
        half = np.pi / int(name)
        sub = part[idx]
        for j, colour in enumerate(COLOURS[name]):
            delta = theta[idx] - R.col(spin[idx] + 4.0 * half * j)
            delta = np.abs(delta - TURN * np.round(delta / TURN))  # the angle from the panel's middle
            wedge = rho[idx] * np.sin(np.clip(delta - half, -0.5 * np.pi, 0.5 * np.pi))
            R.over(sub, cov[idx] * R.coverage(wedge), colour)
        part[idx] = sub
    R.over(part, cov * R.coverage(rho - CAP[2] * r), WHITE)
    # shading towards the lower right, and the glint
    dark = SHADE * np.clip((np.hypot(u + 0.45 * r, v + 0.45 * r) / r - 0.9) / 1.1, 0.0, 1.0) * cov
    part *= 1.0 - dark[:, None]
    glint = R.ellipse_sdf(u + 0.5 * r, v + 0.5 * r, 0.2 * r, 0.13 * r)
    R.over(part, 0.55 * R.coverage(glint), GLINT)
    return R.to_uint8(img)


def render(ball_height: float, ball_size: float, spin: float, panel_count: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8; ``panel_count`` is the code 0..2 for 4, 6 or 8 panels."""
    return _draw(np.array([[ball_height, ball_size, spin, panel_count]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("beachball", arg, n, seed, FACTORS, sample_factors, _draw)
