"""`tent`: a ridge tent pitched on a meadow under a starry night sky, seen from the front
(64x64 RGB).

The tent stands in the middle of the image, its base on the dark grass along the bottom: a
triangle of coloured fabric, held by two pale guy ropes running from its peak down to pegs on
the grass either side. A door is cut in the middle of its front, a narrow triangle from a
little below the peak down to the ground: closed, it shows only as a dark seam; opened, its
flaps fold back (a darker shade of the fabric at the opening's edges) and show the inside of
the tent, which is dark, or glowing yellow when a lantern is lit inside. The sky is a deep
night blue, lighter towards the horizon, with a few fixed stars. Factors: how far the door is
open (closed to wide open), how brightly the lantern glows inside (off to bright; seen only
through the open door), the width of the tent, the height of its peak and the hue of its
fabric. The tent's place, the stars, the sky and the grass stay fixed; the whole tent always
lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("door_opening", "how far the tent's door is open (closed to wide open)", "continuous"),
    Factor("lantern_glow", "how brightly a lantern glows inside the tent (off to bright)", "continuous"),
    Factor("tent_width", "width of the tent at the ground (narrow to wide)", "continuous"),
    Factor("peak_height", "height of the tent's peak above the ground (low to high)", "continuous"),
    Factor("fabric_hue", "hue of the tent's fabric", "continuous"),
)
# door_opening: 0..1 is a door 0..0.6 of the tent's half-width wide at the ground (its top
# 0.22 of the tent's height below the peak; the flaps 2.5 px wide either side of it);
# lantern_glow: 0..1 blends the inside from near black to a warm yellow; tent_width: 0..1 is a
# half-width of 12..23 px at the ground; peak_height: 0..1 puts the peak 16..32 px above the
# ground (the tent's base at y = 54 px, centred at x = 32 px); fabric_hue: 0..0.8 of the colour
# wheel (no wrap)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 0.8))
SKY_TOP, SKY_LOW = np.array((0.03, 0.05, 0.16)), np.array((0.16, 0.2, 0.36))
GRASS, ROPE, STAR = (0.1, 0.26, 0.12), (0.78, 0.76, 0.68), (0.98, 0.96, 0.82)
INSIDE, GLOW = np.array((0.05, 0.04, 0.06)), np.array((1.0, 0.82, 0.36))
CX, BASE_Y, GRASS_Y = 32.0, 54.0, 46.0
PEG_OUT, PEG_Y, ROPE_HW = 7.0, 57.0, 0.45
DOOR_TOP, DOOR_SHARE, FLAP = 0.22, 0.6, 2.5
FLAP_SHADE = 0.6
STARS = ((6.0, 5.0), (15.0, 12.0), (24.0, 4.0), (37.0, 9.0), (45.0, 3.0), (53.0, 13.0), (59.0, 6.0),
         (9.0, 22.0), (20.0, 27.0), (50.0, 24.0), (58.0, 31.0), (31.0, 17.0), (4.0, 36.0), (42.0, 19.0))


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_LOW, GRASS_Y)[None].copy()
    stars = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for sx, sy in STARS:
        stars = np.minimum(stars, np.hypot(x - sx, y - sy) - 0.7)
    R.over(img, R.coverage(stars), STAR)
    return R.over(img, R.below(GRASS_Y, 1), GRASS)[0]


BACKGROUND = _background()


def _triangle(x, y, top, half):
    """Signed distance (roughly) to the upright isosceles triangle from its apex (CX, ``top``)
    down to the ground line BASE_Y, ``half`` wide there either side."""
    h = BASE_Y - top
    side = (np.abs(x - CX) * h - half * (y - top)) / np.sqrt(h * h + half * half)
    return np.maximum(side, y - BASE_Y)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    hw, peak = R.col(12 + 11 * f[:, 2]), R.col(BASE_Y - (16 + 16 * f[:, 3]))
    ropes = np.minimum(R.segment_sdf(x, y, CX, peak, CX - hw - PEG_OUT, PEG_Y), R.segment_sdf(x, y, CX, peak, CX + hw + PEG_OUT, PEG_Y))
    img = R.over(img, R.coverage(ropes - ROPE_HW), ROPE)
    fabric = R.hsv(f[:, 4], 0.7, 0.82)
    img = R.over(img, R.coverage(_triangle(x, y, peak, hw)), fabric)
    top = peak + DOOR_TOP * (BASE_Y - peak)
    door = R.col(DOOR_SHARE * f[:, 0]) * hw
    img = R.over(img, R.coverage(_triangle(x, y, top, door + FLAP)), FLAP_SHADE * fabric)
    inside = INSIDE[None] + (GLOW - INSIDE)[None] * f[:, 1:2]
    return R.to_uint8(R.over(img, R.coverage(_triangle(x, y, top, door)), inside))


def render(door_opening: float, lantern_glow: float, tent_width: float, peak_height: float,
           fabric_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[door_opening, lantern_glow, tent_width, peak_height, fabric_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("tent", arg, n, seed, FACTORS, sample_factors, _draw)
