"""`crab`: a crab on a sandy beach at the edge of the sea, seen from the front (64x64 RGB).

The crab sits in the middle of the lower half of the image, facing the viewer: a wide oval
shell with a darker rim, a pale sheen across its top and a few darker spots, three bent legs on
each side reaching down to the sand, two eyes on thin stalks standing up from the front of the
shell, and two big claws held out on short arms, one on each side, mirror images of each other.
Each claw is a round palm with two pointed fingers - the pincer - that open apart from each
other in a V. The shell, the legs, the arms and the claws are all one colour. Behind the crab
is pale yellow sand with a few small darker grains; at the top of the image lies the blue sea,
its wavy edge drawn with a white line of foam and a band of darker wet sand below it. Factors:
how far the pincers are open (shut to wide open), how high the crab holds its claws (low at
its sides to raised up above its shell), the length of the eye stalks (short to long), the hue
of the crab (red through orange, yellow, green and blue to violet) and how far up the beach the
sea reaches (a narrow strip at the top to a third of the image). The crab's place and size,
the shell's shape and the sand stay fixed; the whole crab always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("claw_open", "how far the crab's pincers are open (shut to wide open)", "continuous"),
    Factor("claw_raise", "how high the crab holds its claws (low at its sides to raised up)", "continuous"),
    Factor("eye_stalk_length", "length of the stalks the crab's eyes sit on (short to long)", "continuous"),
    Factor("crab_hue", "hue of the crab's shell, legs and claws (red through green to violet)", "continuous"),
    Factor("tide", "how far down the image the sea comes (a strip at the top to a third)", "continuous"),
)
# claw_open: 0..1 spreads each claw's two fingers (10 px long) from 0.1 to 1.7 radians apart;
# claw_raise: 0..1 turns each arm (9 px long, from a shoulder 10 px beside the middle at
# y = 38 px) from 0.35 radians below the horizontal to 1.4 radians above it; eye_stalk_length:
# 0..1 is eye stalks 3..11 px long; crab_hue: 0..0.75 of the colour wheel (no wrap); tide: 0..1
# puts the sea's edge at y = 4..21 px
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 0.75), (0.0, 1.0))
SAND, GRAIN, WET, SEA, DEEP, FOAM = (0.92, 0.83, 0.6), (0.74, 0.63, 0.42), (0.76, 0.66, 0.48), \
    (0.2, 0.52, 0.72), (0.12, 0.36, 0.6), (0.97, 0.98, 1.0)
EYE, SHINE = (0.06, 0.05, 0.05), (1.0, 1.0, 1.0)
CX, SHELL_Y, SHELL = 32.0, 42.0, (13.0, 9.0)
SHOULDER, ARM, ARM_LOW, ARM_HIGH = (10.0, 38.0), 9.0, -0.35, 1.4
PALM_R, FINGER, FINGER_HW, OPEN_MIN, OPEN_SPAN = 4.6, 10.0, 2.7, 0.1, 1.6
EYE_BASE, EYE_R = (4.5, 35.0), 2.8
LEGS = (((11.0, 43.0), (17.0, 44.0), (20.0, 54.5)), ((10.0, 46.0), (15.5, 48.5), (17.0, 57.0)),
        ((8.0, 48.0), (12.0, 52.0), (12.5, 59.0)))  # hip, knee, foot, right of the middle
SPOTS = ((0.0, 37.0, 1.6), (6.0, 38.5, 1.3), (9.0, 42.5, 1.1), (4.0, 43.0, 1.0))
SHADE, SHEEN = 0.72, 0.35
SEA_ROWS, LEG_ROWS, EYE_ROWS, SHELL_ROWS, CLAW_ROWS = 30, (40, 62), (18, 39), (32, 52), (12, 58)


def _sand() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, SAND)
    rng = np.random.default_rng(7)  # a fixed scatter of grains
    for gx, gy in rng.uniform(1.0, 63.0, (40, 2)):
        R.over(img, 0.7 * R.coverage(np.hypot(x - gx, y - gy) - 0.5), GRAIN)
    return img[0]


def _legs() -> np.ndarray:
    """The legs' signed distance (1, H, W), both sides at once."""
    x, y = R.grid()
    u = np.abs(x - CX)
    d = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for (hx, hy), (kx, ky), (fx, fy) in LEGS:
        d = np.minimum(d, R.segment_sdf(u, y, hx, hy, kx, ky) - 1.3)
        d = np.minimum(d, R.segment_sdf(u, y, kx, ky, fx, fy) - 1.0)
    return d


SAND_IMG = _sand()
LEG_SDF = _legs()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SAND_IMG
    # each part is drawn only in the rows it can reach, for speed
    # the sea, its foam and the wet sand, down to the tide's edge
    part, v = img[:, :, :SEA_ROWS], y[:, :SEA_ROWS]
    edge = R.col(4 + 17 * f[:, 4]) + 1.2 * np.sin(x * 0.35) + 0.6 * np.sin(x * 0.9 + 1.0)
    R.over(part, 0.55 * R.coverage(v - edge - 4.0), WET)
    R.over(part, R.coverage(v - edge - 1.2), FOAM)
    R.over(part, R.coverage(v - edge), SEA)
    R.over(part, 0.5 * R.coverage(v - edge + 5.0), DEEP)
    colour = R.hsv(f[:, 3], 0.78, 0.88)
    shade = SHADE * colour
    u = np.abs(x - CX)  # both sides at once: the crab is its own mirror image
    # the legs, the eye stalks and eyes
    r0, r1 = LEG_ROWS
    R.over(img[:, :, r0:r1], R.coverage(LEG_SDF[:, r0:r1]), shade)
    r0, r1 = EYE_ROWS
    part, v = img[:, :, r0:r1], y[:, r0:r1]
    top = EYE_BASE[1] - R.col(3 + 8 * f[:, 2])
    stalk = R.segment_sdf(u, v, EYE_BASE[0], EYE_BASE[1], EYE_BASE[0] + 0.8, top) - 0.8
    R.over(part, R.coverage(stalk), shade)
    R.over(part, R.coverage(np.hypot(u - EYE_BASE[0] - 0.8, v - top) - EYE_R), EYE)
    R.over(part, R.coverage(np.hypot(u - EYE_BASE[0] - 0.2, v - top + 0.9) - 0.7), SHINE)
    # the shell: its darker rim, the colour, a sheen, the spots
    r0, r1 = SHELL_ROWS
    part, v = img[:, :, r0:r1], y[:, r0:r1]
    shell = R.ellipse_sdf(x - CX, v - SHELL_Y, *SHELL)
    R.over(part, np.broadcast_to(R.coverage(shell), (n,) + shell.shape[1:]), shade)
    R.over(part, np.broadcast_to(R.coverage(shell + 1.2), (n,) + shell.shape[1:]), colour)
    sheen = R.ellipse_sdf(x - CX, v - SHELL_Y + 4.0, SHELL[0] - 4.0, 2.2)
    R.over(part, np.broadcast_to(SHEEN * R.coverage(sheen), (n,) + sheen.shape[1:]), SHINE)
    spots = np.min([np.hypot(u - sx, v - sy) - r for sx, sy, r in SPOTS], axis=0)
    R.over(part, np.broadcast_to(R.coverage(spots), (n,) + spots.shape[1:]), shade)
    # the arms and the claws, each a palm and two fingers spread about the arm's direction
    r0, r1 = CLAW_ROWS
    part, v = img[:, :, r0:r1], y[:, r0:r1]
    a = R.col(ARM_LOW + (ARM_HIGH - ARM_LOW) * f[:, 1])
    dx, dy = np.cos(a), -np.sin(a)
    sx, sy = SHOULDER
    cx, cy = sx + ARM * dx, sy + ARM * dy
    arm = R.segment_sdf(u, v, sx, sy, cx, cy) - 1.8
    half = R.col(0.5 * (OPEN_MIN + OPEN_SPAN * f[:, 0]))
    bx, by = cx + 2.0 * dx, cy + 2.0 * dy
    fingers = None
    for side in (-1.0, 1.0):
        c, s = np.cos(side * half), np.sin(side * half)
        ex, ey = dx * c - dy * s, dx * s + dy * c
        d, h = R.segment_sdf(u, v, bx, by, bx + FINGER * ex, by + FINGER * ey, along=True)
        d = d - FINGER_HW * (1.0 - 0.8 * h)
        fingers = d if fingers is None else np.minimum(fingers, d)
    palm = np.hypot(u - cx, v - cy) - PALM_R
    claw = np.minimum(np.minimum(arm, palm), fingers)
    R.over(part, R.coverage(claw), colour)
    R.over(part, R.coverage(np.abs(claw + 0.5) - 0.5), shade)
    return R.to_uint8(img)


def render(claw_open: float, claw_raise: float, eye_stalk_length: float, crab_hue: float,
           tide: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[claw_open, claw_raise, eye_stalk_length, crab_hue, tide]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("crab", arg, n, seed, FACTORS, sample_factors, _draw)
