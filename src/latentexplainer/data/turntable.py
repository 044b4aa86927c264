"""`turntable`: a record player on a wooden sideboard, seen from straight above (64x64 RGB).

The record player's cream plinth fills most of the image, with the wooden top of the
sideboard showing round its edges. On the left of the plinth a round metal platter, ringed
with strobe dots, carries a black vinyl record whose grooves catch a fixed sheen of light. In
the middle of the record is a round paper label, printed half white and half in one colour,
with a dark title line on the white half, a white logo spot on the coloured half and a silver
spindle through its centre. In the top right corner of the plinth the tonearm turns about a
round pivot: a silver tube with a counterweight behind the pivot and a headshell at its tip;
at rest it lies along the right of the platter on its rest post, and swung in it reaches over
the record towards the label. Two knobs sit in the bottom right corner. Factors: the size of
the record (a 7-inch single, a 10-inch or a 12-inch LP; the label stays the same size), how
far the record has turned on the platter (the label turns with it, a whole turn brings it
back), how far the tonearm has swung in over the record, the hue of the label's coloured half
and the colour of the sideboard's wood (light oak to dark walnut). The plinth, the platter,
the pivot, the knobs and the light stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("record_size", "size of the record on the turntable (7-inch single, 10-inch or 12-inch LP)",
           "categorical", ("7-inch", "10-inch", "12-inch")),
    Factor("record_turn", "how far the record has turned round on the platter", "cyclic", period=2 * np.pi),
    Factor("arm_swing", "how far the tonearm swings in over the record (at rest to near the label)", "continuous"),
    Factor("label_hue", "hue of the record's label (red through yellow and green to blue)", "continuous"),
    Factor("wood_tone", "colour of the wooden sideboard (light oak to dark walnut)", "continuous"),
)
# record_size: codes 0, 1, 2 are records of radius 13, 17 and 21 px round the platter's middle
# at (27, 32) px (the label's radius is 8 px on all); record_turn: 0..2 pi radians, clockwise
# on screen (the label's white half faces right at 0, down at pi / 2); arm_swing: 0..1 turns the
# 33 px tonearm from pointing straight down from its pivot at (55, 12) px by 0..0.65 radians in
# towards the record; label_hue: 0..0.65 of the colour wheel (no wrap); wood_tone: 0..1 blends
# the sideboard from light oak to dark walnut
RANGES = ((0, 2), (0.0, 2 * np.pi), (0.0, 1.0), (0.0, 0.65), (0.0, 1.0))
RADII = np.array((13.0, 17.0, 21.0))
CX, CY, PLATTER_R, LABEL_R = 27.0, 32.0, 22.5, 8.0
PIVOT_X, PIVOT_Y, ARM, SWING = 55.0, 12.0, 33.0, 0.65
OAK, WALNUT = np.array((0.8, 0.62, 0.4)), np.array((0.33, 0.2, 0.12))
PLINTH, PLINTH_EDGE = (0.9, 0.87, 0.79), (0.6, 0.57, 0.5)
PLATTER, PLATTER_DOT = (0.58, 0.59, 0.62), (0.85, 0.86, 0.88)
VINYL, WHITE, INK = (0.07, 0.07, 0.08), (0.97, 0.96, 0.93), (0.16, 0.14, 0.14)
SILVER, DARK = (0.84, 0.85, 0.88), (0.2, 0.2, 0.22)


def _background() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The wood's grain (H, W), as a factor on its colour, and the plinth with its fixed parts
    (3, H, W) with its coverage (H, W)."""
    x, y = R.grid()
    grain = 1.0 + 0.07 * np.sin(y * 1.3 + 0.8 * np.sin(x * 0.21)) + 0.04 * np.sin(y * 3.1 + x * 0.05)
    img = R.canvas(1, (0.0, 0.0, 0.0))
    plinth = R.coverage(R.box_sdf(x - 32.0, y - 32.0, 27.0, 25.0) - 3.0)
    alpha = plinth.copy()
    R.over(img, plinth, PLINTH_EDGE)
    R.over(img, R.coverage(R.box_sdf(x - 32.0, y - 32.0, 26.2, 24.2) - 3.0), PLINTH)
    rho = np.hypot(x - CX, y - CY)
    R.over(img, R.coverage(rho - PLATTER_R), PLATTER)
    turn = np.arctan2(y - CY, x - CX)
    dots = np.maximum(np.abs(rho - PLATTER_R + 1.0) - 0.8, (np.abs(((turn * 36 / np.pi) % 2.0) - 1.0) - 0.5) * 2)
    R.over(img, R.coverage(dots), PLATTER_DOT)
    R.over(img, R.coverage(np.hypot(x - 55.0, y - 43.0) - 1.8), DARK)  # the arm's rest post
    for kx in (49.0, 56.0):  # the knobs
        R.over(img, R.coverage(np.hypot(x - kx, y - 54.5) - 2.2), DARK)
        R.over(img, R.coverage(np.hypot(x - kx, y - 54.5) - 1.2), SILVER)
    return grain[0].astype(np.float32), img[0], alpha[0]


GRAIN, PLINTH_IMG, PLINTH_ALPHA = _background()


def _record_shading() -> np.ndarray:
    """Brightness (H, W) added to the black vinyl: fine grooves, two gaps between tracks and a
    sheen of light across it (all round the middle, so they do not show the record's turning)."""
    x, y = R.grid()
    rho = np.hypot(x - CX, y - CY)
    turn = np.arctan2(y - CY, x - CX)
    grooves = 0.03 * np.sin(rho * 2.6)
    gaps = 0.05 * (R.coverage(np.abs(rho - 11.0) - 0.4) + R.coverage(np.abs(rho - 15.0) - 0.4))
    sheen = 0.16 * np.exp(-((np.sin(turn + np.pi / 4)) ** 2) / 0.06)
    return (grooves + gaps + sheen)[0].astype(np.float32)


SHADING = _record_shading()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    wood = OAK[None] + (WALNUT - OAK)[None] * f[:, 4:5]
    img = wood[:, :, None, None].astype(np.float32) * GRAIN
    img += (PLINTH_IMG - img) * PLINTH_ALPHA
    rho = np.hypot(x - CX, y - CY)
    # the record, its grooves and sheen
    record = R.coverage(rho - R.col(RADII[f[:, 0].astype(int)]))
    R.over(img, record, VINYL)
    img += (record * SHADING)[:, None]
    # the label: white on the side it faces, coloured on the other, turned by record_turn
    a = R.col(f[:, 1])
    ca, sa = np.cos(a), np.sin(a)
    u = (x - CX) * ca + (y - CY) * sa  # along the way the white half faces
    v = -(x - CX) * sa + (y - CY) * ca
    label = R.coverage(rho - LABEL_R)
    R.over(img, label, R.hsv(f[:, 3], 0.8, 0.85))
    R.over(img, label * R.coverage(-u), WHITE)
    R.over(img, R.coverage(np.maximum(np.abs(u - 4.2) - 0.8, np.abs(v) - 3.3)), INK)  # the title
    R.over(img, R.coverage(np.hypot(u + 4.4, v) - 1.6), WHITE)  # the logo
    R.over(img, R.coverage(rho - 0.9), SILVER)  # the spindle
    # the tonearm: counterweight, tube and headshell, with a dark outline, and the pivot
    phi = R.col(SWING * f[:, 2])
    dx, dy = -np.sin(phi), np.cos(phi)
    ex, ey = PIVOT_X + ARM * dx, PIVOT_Y + ARM * dy
    tube = R.segment_sdf(x, y, PIVOT_X, PIVOT_Y, ex, ey)
    shell = R.segment_sdf(x, y, ex - 1.5 * dx, ey - 1.5 * dy, ex + 3.0 * dx, ey + 3.0 * dy)
    weight = R.segment_sdf(x, y, PIVOT_X - 4.0 * dx, PIVOT_Y - 4.0 * dy, PIVOT_X - 8.0 * dx, PIVOT_Y - 8.0 * dy)
    arm = np.minimum(np.minimum(tube - 1.0, shell - 2.0), weight - 2.4)
    R.over(img, R.coverage(arm - 0.8), DARK)
    R.over(img, R.coverage(arm), SILVER)
    R.over(img, R.coverage(shell - 1.2), DARK)
    pivot = np.hypot(x - PIVOT_X, y - PIVOT_Y)
    R.over(img, R.coverage(pivot - 4.2), DARK)
    R.over(img, R.coverage(pivot - 3.2), SILVER)
    R.over(img, R.coverage(pivot - 1.2), DARK)
    return R.to_uint8(img)


def render(record_size: float, record_turn: float, arm_swing: float, label_hue: float,
           wood_tone: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[record_size, record_turn, arm_swing, label_hue, wood_tone]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("turntable", arg, n, seed, FACTORS, sample_factors, _draw)
