"""`snail`: a garden snail crawling along the soil in front of a stone wall, seen from the
side (64x64 RGB).

The snail crawls to the right along the top of a strip of brown soil with a few pebbles in the
lower part of the image. Its soft, pale body is a long low foot, flat along the soil and
tapering to a point at the tail, rising at its front end into a rounded head; from the top of
the head two feelers stand up, each ending in a small dark eye, the far one a little darker and
behind the near one. On the body's back sits a round coiled shell with a dark outline and a
dark spiral line winding in to its middle. Behind the snail, on the soil, a glossy slime trail
runs from the left edge of the image to its tail. Behind is a grey garden wall of stone blocks
with darker mortar joints. Factors: where the snail is along the soil (left to right; the shell
and tail move with it), the size of its shell (small to large), how far its feelers are raised
(pointing forwards, through upright, to tilted a little back), how far its body is stretched
out (the head close behind the shell to far ahead of it) and the hue of its shell (red through
yellow and green to blue). The soil, the wall, the body's colour and the feelers' length stay
fixed; the whole snail always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("snail_x", "horizontal position of the snail along the soil (left to right)", "continuous"),
    Factor("shell_size", "size of the snail's coiled shell (small to large)", "continuous"),
    Factor("feeler_raise", "how far the snail's feelers are raised (pointing forwards to tilted back)",
           "continuous"),
    Factor("body_stretch", "how far the snail's body stretches ahead of its shell (short to long)", "continuous"),
    Factor("shell_hue", "hue of the snail's shell (red through yellow and green to blue)", "continuous"),
)
# snail_x: 0..1 puts the tail's tip at x = 2..9 px; shell_size: 0..1 is a shell of radius 8..14 px,
# its middle 13 px ahead of the tail; feeler_raise: 0..1 turns the feelers (16 px long) from 0.35 to
# 1.95 radians above the forward horizontal; body_stretch: 0..1 puts the front of the head 30..42 px
# ahead of the tail; shell_hue: 0..0.6 of the colour wheel (no wrap)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 0.6))
WALL, MORTAR, SOIL, PEBBLE, SLIME = (0.36, 0.37, 0.41), (0.25, 0.25, 0.28), (0.4, 0.28, 0.18), \
    (0.58, 0.53, 0.47), (0.68, 0.66, 0.6)
BODY, BODY_DARK, EYE = (0.86, 0.8, 0.68), (0.66, 0.6, 0.5), (0.1, 0.08, 0.08)
GROUND_Y, FOOT_H, HEAD_R = 52.0, 6.0, 4.5
SHELL_AHEAD, FEELER, FEELER_HW, EYE_R = 13.0, 16.0, 1.4, 2.4
BLOCK_W, BLOCK_H = 16.0, 8.0  # the wall's stone blocks, every other course shifted by half a block
PEBBLES = ((10.0, 58.0, 2.0, 1.4), (27.0, 61.5, 1.6, 1.1), (44.0, 57.5, 2.4, 1.5), (58.0, 61.0, 1.8, 1.2))
ROWS, SHELL_ROWS, SHELL_COLUMNS = (12, 54), (18, 50), 38  # the rows the snail and its shell can reach


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, WALL)
    course = np.floor(y / BLOCK_H)
    joints = np.minimum(np.abs((y % BLOCK_H) - 0.5), np.abs(((x + course * BLOCK_W / 2) % BLOCK_W) - 0.5))
    R.over(img, R.coverage(joints - 0.6), MORTAR)
    shade = 0.05 * np.sin(x * 0.7 + course * 2.1) * np.sin(y * 0.9)  # a little unevenness in the stone
    img += shade[:, None]
    R.over(img, R.below(GROUND_Y, 1), SOIL)
    for px, py, rx, ry in PEBBLES:
        R.over(img, R.coverage(R.ellipse_sdf(x - px, y - py, rx, ry)), PEBBLE)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    tail = R.col(2 + 7 * f[:, 0])
    front = tail + R.col(30 + 12 * f[:, 3])
    # the slime trail, from the left edge to the tail
    trail = np.maximum(np.abs(y - GROUND_Y - 0.6) - 0.8, x - tail - 2.0)
    R.over(img, 0.8 * R.coverage(trail), SLIME)
    # the snail, drawn only in the rows it can reach, for speed
    r0, r1 = ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    # the shell: a disc sitting on the back, with a dark outline and a spiral line
    r = R.col(8 + 6 * f[:, 1])
    sx, sy = tail + SHELL_AHEAD, GROUND_Y - FOOT_H - r + 2.0
    (s0, s1), c1 = SHELL_ROWS, SHELL_COLUMNS
    shell = part[:, :, s0 - r0:s1 - r0, :c1]
    u, v = x[:, :, :c1] - sx, y[:, s0 - r0:s1 - r0] - sy
    rho = np.hypot(u, v)
    colour = R.hsv(f[:, 4], 0.7, 0.82)
    R.over(shell, R.coverage(rho - r), colour * 0.45)
    R.over(shell, R.coverage(rho - r + 1.1), colour)
    turn = np.arctan2(v, u) / (2 * np.pi)  # -0.5..0.5
    spacing = r / 2.6
    spiral = np.abs(((rho / spacing - turn) % 1.0) - 0.5) * spacing - 0.55
    R.over(shell, 0.85 * R.coverage(np.maximum(spiral, rho - r + 1.5)), colour * 0.45)
    # the far feeler, the body (a low foot tapering to the tail, the rounded head at its front),
    # the near feeler: each turned up from the top of the head
    hx, hy = front - HEAD_R, GROUND_Y - FOOT_H - 1.5
    a = R.col(0.35 + 1.6 * f[:, 2])

    def feeler(da, dx, colour):
        ex, ey = hx + dx + FEELER * np.cos(a + da), hy - FEELER * np.sin(a + da)
        R.over(part, R.coverage(R.segment_sdf(x, y, hx + dx, hy, ex, ey) - FEELER_HW), colour)
        R.over(part, R.coverage(np.hypot(x - ex, y - ey) - EYE_R), EYE)

    feeler(0.25, -1.5, BODY_DARK)
    d, h = R.segment_sdf(x, y, tail, GROUND_Y - 1.0, hx, GROUND_Y - FOOT_H / 2, along=True)
    foot = d - (0.8 + (FOOT_H / 2 - 0.8) * np.sqrt(h))
    head = np.hypot(x - hx, y - hy) - HEAD_R
    body = np.minimum(np.maximum(foot, y - GROUND_Y), head)
    R.over(part, R.coverage(body), BODY)
    R.over(part, 0.6 * R.coverage(np.maximum(np.abs(y - GROUND_Y + 1.0) - 0.6, body)), BODY_DARK)
    feeler(0.0, 0.0, BODY)
    return R.to_uint8(img)


def render(snail_x: float, shell_size: float, feeler_raise: float, body_stretch: float,
           shell_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[snail_x, shell_size, feeler_raise, body_stretch, shell_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("snail", arg, n, seed, FACTORS, sample_factors, _draw)
