"""`radio`: a retro tabletop radio with a telescopic aerial on a wooden kitchen shelf in front
of a plain plaster wall, seen from the front (64x64 RGB).

The radio's case is a rounded box standing on two small dark feet on the shelf. Its left half
is a speaker grille of beige cloth behind a dark pattern (bars across it, a plate
punched with round holes, or a diagonal lattice); its right half holds a cream tuning
dial with tick marks and a red needle, and below it two dark knobs. A dark metal telescopic
aerial with a ball on its tip rises from the top of the case near its right end. The wall is
plain cream plaster; the shelf is a pale wooden board with a darker front edge, and the wall
below it lies in its shadow. Factors: the radio's horizontal position on the shelf, its size
(its width; the height, the grille, the dial and the knobs follow), the aerial's tilt (leaning
left, upright, leaning right), the pattern over the grille (horizontal slots, round holes or a
diagonal mesh) and the hue of the case (red through green to purple). The aerial's length, the
shelf and the wall stay fixed; the whole radio always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

GRILLES = ("slots", "holes", "mesh")
FACTORS = (
    Factor("radio_x", "horizontal position of the radio on the shelf (left to right)", "continuous"),
    Factor("radio_size", "size of the radio (small to large)", "continuous"),
    Factor("aerial_tilt", "tilt of the radio's aerial (leaning left, upright, leaning right)", "continuous"),
    Factor("grille", "pattern over the speaker grille (slots, holes or mesh)", "categorical", GRILLES),
    Factor("case_hue", "hue of the radio's case (red through green to purple)", "continuous"),
)
# radio_x: 0..1 puts the case's middle at x = 23..41 px; radio_size: 0..1 is a case of half-width
# 15..22 px (its half-height 0.64 times that; it stands on its feet on the shelf at y = 50.5 px);
# aerial_tilt: -0.7..0.7 radians from upright (negative: leaning left), the aerial 18 px long from
# the top of the case at 0.3 of its half-width right of its middle; case_hue: 0..0.8 of the colour
# wheel (no wrap)
RANGES = ((0.0, 1.0), (0.0, 1.0), (-0.7, 0.7), (0.0, 2.0), (0.0, 0.8))
WALL, SHADOW = (0.88, 0.84, 0.74), (0.6, 0.57, 0.5)
SHELF_TOP, SHELF_EDGE = (0.78, 0.62, 0.42), (0.55, 0.38, 0.22)
CLOTH, WEAVE = (0.86, 0.79, 0.62), (0.26, 0.19, 0.13)
DIAL, TICK, NEEDLE = (0.96, 0.93, 0.8), (0.35, 0.3, 0.25), (0.85, 0.1, 0.08)
KNOB, FOOT, AERIAL = (0.24, 0.16, 0.1), (0.12, 0.11, 0.1), (0.3, 0.3, 0.34)
SHELF_Y, EDGE_Y, UNDER_Y = 50.0, 53.5, 58.0  # the shelf's top surface, its front edge, the wall below
STAND_Y, FOOT_H = 50.5, 1.5  # the feet stand here; the case sits on them
ASPECT, CORNER = 0.64, 3.0
AERIAL_AT, AERIAL_LEN, AERIAL_HW, BALL_R = 0.3, 18.0, 1.3, 1.9
UNIT = 15.0  # the grille patterns are drawn at this half-width and scaled with the case
ROWS = (int(STAND_Y - FOOT_H - 2 * ASPECT * 22.0), int(STAND_Y) + 1)  # the rows the case can reach


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, WALL)
    img += (0.03 * (y / R.SIZE - 0.5))[:, None]  # a little lighter towards the top
    R.over(img, R.below(SHELF_Y, 1), SHELF_TOP)
    R.over(img, R.below(EDGE_Y, 1), SHELF_EDGE)
    R.over(img, R.below(UNDER_Y, 1), SHADOW)
    R.over(img, 0.5 * R.coverage(np.abs(y - UNDER_Y - 1.0) - 1.0), FOOT)  # the shelf's shadow on the wall
    return img[0]


BACKGROUND = _background()


def _grille(kind: int, u, v):
    """A grille pattern's signed distance (negative on its dark weave), in case units (a
    half-width of UNIT): horizontal slots, round holes or a diagonal mesh."""
    if kind == 0:
        return np.abs((v % 3.0) - 1.5) - 0.75
    if kind == 1:
        return 1.2 - np.hypot((u % 3.2) - 1.6, (v % 3.2) - 1.6)  # a dark plate, light holes
    return np.minimum(np.abs(((u + v) % 3.0) - 1.5), np.abs(((u - v) % 3.0) - 1.5)) - 0.5


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    cx, w = R.col(23 + 18 * f[:, 0]), R.col(15 + 7 * f[:, 1])
    h = ASPECT * w
    cy = STAND_Y - FOOT_H - h
    # the aerial, from the top of the case
    a = R.col(f[:, 2])
    bx, by = cx + AERIAL_AT * w, cy - h + 1.0
    tx, ty = bx + AERIAL_LEN * np.sin(a), by - AERIAL_LEN * np.cos(a)
    aerial = np.minimum(R.segment_sdf(x, y, bx, by, tx, ty) - AERIAL_HW, np.hypot(x - tx, y - ty) - BALL_R)
    R.over(img, R.coverage(aerial), AERIAL)
    # the rest in the rows the case can reach: the feet, the case with a lighter band along its top
    r0, r1 = ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    u, v = x - cx, y - cy
    feet = np.maximum(np.abs(np.abs(u) - 0.65 * w) - 2.0, np.abs(y - STAND_Y + FOOT_H / 2) - FOOT_H / 2)
    R.over(part, R.coverage(feet), FOOT)
    case = R.box_sdf(u, v, w - CORNER, h - CORNER) - CORNER
    colour = R.hsv(f[:, 4], 0.55, 0.78)
    R.over(part, R.coverage(case), colour)
    R.over(part, R.coverage(np.maximum(case, y - (cy - h + 2.5))), colour * 0.6 + 0.4)
    # the speaker grille: cloth behind one of three patterns
    gx, gw, gh = cx - 0.45 * w, 0.44 * w, 0.72 * h
    cloth = R.coverage(R.box_sdf(x - gx, v, gw - 1.5, gh - 1.5) - 1.5)
    R.over(part, cloth, CLOTH)
    s = UNIT / w
    weave = np.empty_like(cloth)
    kinds = f[:, 3].astype(int)
    for k in range(len(GRILLES)):
        at = kinds == k
        if at.any():
            weave[at] = R.coverage(_grille(k, (x - gx[at]) * s[at], v[at] * s[at]) / s[at])
    R.over(part, cloth * weave, WEAVE)
    # the tuning dial with its ticks and needle, and the two knobs
    dx, dw, dh = cx + 0.48 * w, 0.4 * w, 0.26 * h
    dy = cy - 0.35 * h
    dial = R.box_sdf(x - dx, y - dy, dw - 1.0, dh - 1.0) - 1.0
    R.over(part, R.coverage(dial), DIAL)
    pitch = 0.13 * w
    ticks = np.maximum(np.abs(((x - dx) % pitch) - pitch / 2) - 0.4, np.abs(y - dy + 0.3 * dh) - 0.35 * dh)
    R.over(part, R.coverage(np.maximum(ticks, dial + 1.0)), TICK)
    needle = np.maximum(np.abs(x - dx - 0.2 * dw) - 0.55, np.abs(y - dy) - 0.8 * dh)
    R.over(part, R.coverage(needle), NEEDLE)
    knobs = np.hypot(np.abs(x - dx) - 0.2 * w, y - (cy + 0.4 * h)) - 0.14 * w
    R.over(part, R.coverage(knobs), KNOB)
    return R.to_uint8(img)


def render(radio_x: float, radio_size: float, aerial_tilt: float, grille: float, case_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[radio_x, radio_size, aerial_tilt, grille, case_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("radio", arg, n, seed, FACTORS, sample_factors, _draw)
