"""`blinds`: a window with a venetian blind in a painted wall, the sky and distant trees
outside (64x64 RGB).

A white-framed window with a white sill below it is set in a warm beige wall; through its glass
the sky shows, lighter towards the bottom, above a line of distant green trees. A venetian
blind hangs from a headrail across the top of the glass: horizontal slats, each a little
darker at its lower edge, two ladder strings running down them, a bottom rail, and a pull cord
on the right that ends in a knob just below the bottom rail. Factors: where the window is in
the wall (left to right), its width (narrow to wide; the blind is as wide as the glass), how
far the blind is let down (only a few slats under the headrail to most of the glass covered),
how far its slats are turned open (shut, a solid sheet, to edge-on, thin lines with the sky
between them) and the lightness of the slats (dark wood to pale). The wall, the window's
height, the view outside, the slats' spacing and the strings stay fixed; the whole window
always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("window_x", "horizontal position of the window in the wall (left to right)", "continuous"),
    Factor("window_width", "width of the window and its blind (narrow to wide)", "continuous"),
    Factor("blind_drop", "how far the blind is let down (raised to covering most of the glass)", "continuous"),
    Factor("slat_opening", "how far the blind's slats are turned open (shut to open)", "continuous"),
    Factor("slat_tone", "lightness of the blind's slats (dark to pale)", "continuous"),
)
# window_x: 0..1 puts the window's middle at x = 22..42 px; window_width: 0..1 is glass of
# half-width 10..18 px; blind_drop: 0..1 is 4..32 px of slats below the headrail (the glass is
# 40 px tall); slat_opening: 0..1 thins each slat (seen edge-on as it turns) from the whole
# 3.2 px pitch, a solid sheet, to a fifth of it; slat_tone: 0..1 mixes the slats' colour from
# dark wood to pale cream
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
WALL, FRAME = (0.8, 0.7, 0.56), (0.96, 0.96, 0.94)
SKY_TOP, SKY_BOTTOM, TREES = np.array((0.42, 0.64, 0.93)), np.array((0.74, 0.86, 0.98)), (0.22, 0.45, 0.24)
SLAT_DARK, SLAT_PALE = np.array((0.3, 0.2, 0.13)), np.array((0.96, 0.94, 0.88))
CORD, KNOB = (0.2, 0.18, 0.16), (0.55, 0.42, 0.3)
GLASS_TOP, GLASS_BOTTOM = 9.0, 49.0
FRAME_W, SILL_H, SILL_OUT = 2.0, 3.0, 3.5  # the frame round the glass; the sill below it
RAIL_H, BOTTOM_H = 3.0, 1.6  # the headrail under the top of the frame, the bottom rail
PITCH = 3.2  # the slats' spacing


def _outside() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, GLASS_BOTTOM)[None].copy()
    treeline = 41.0 + 1.6 * np.sin(0.55 * x) + 1.1 * np.sin(1.3 * x + 1.0)
    R.over(img, R.coverage(treeline - y), TREES)
    return img[0]


OUTSIDE = _outside()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = R.canvas(n, WALL)
    cx, hw = R.col(22 + 20 * f[:, 0]), R.col(10 + 8 * f[:, 1])
    left, right = cx - hw, cx + hw
    # the frame and the sill, then the view through the glass
    frame = R.edges_sdf(x, y, left - FRAME_W, right + FRAME_W, GLASS_TOP - FRAME_W, GLASS_BOTTOM)
    sill = R.edges_sdf(x, y, left - SILL_OUT, right + SILL_OUT, GLASS_BOTTOM, GLASS_BOTTOM + SILL_H)
    R.over(img, R.coverage(np.minimum(frame, sill)), FRAME)
    R.over(img, 0.35 * R.coverage(np.abs(y - GLASS_BOTTOM - SILL_H - 0.6) - 0.6) * R.coverage(
        np.abs(x - cx) - hw - SILL_OUT), (0.3, 0.24, 0.18))  # the sill's shadow on the wall
    glass = R.coverage(R.edges_sdf(x, y, left, right, GLASS_TOP, GLASS_BOTTOM))
    img += (OUTSIDE[None] - img) * glass[:, None]
    # the blind: slats from under the headrail down to the bottom rail
    slat = SLAT_DARK[None] + (SLAT_PALE - SLAT_DARK)[None] * f[:, 4:5]  # (n, 3)
    top = GLASS_TOP + RAIL_H
    bottom = top + R.col(4 + 28 * f[:, 2])
    across = np.abs(x - cx) - hw
    phase = (y - top) % PITCH
    th = PITCH / 2 * (1 - 0.8 * R.col(f[:, 3]))
    slats = R.coverage(np.maximum(np.abs(phase - th) - th, across)) * R.coverage(y - bottom) * R.coverage(top - y)
    R.over(img, slats, slat)
    R.over(img, 0.45 * slats * np.clip(phase / PITCH, 0.0, 1.0), slat * 0.35)  # each slat darker below
    strings = np.maximum(np.abs(np.abs(x - cx) - 0.5 * hw) - 0.4, np.maximum(top - y, y - bottom))
    R.over(img, 0.7 * R.coverage(strings), slat * 0.6)
    rails = np.minimum(R.edges_sdf(x, y, left - 0.5, right + 0.5, GLASS_TOP, top),
                       R.edges_sdf(x, y, left - 0.5, right + 0.5, bottom - 0.2, bottom + BOTTOM_H))
    R.over(img, R.coverage(rails), slat * 0.8)
    # the pull cord on the right and its knob
    kx, ky = right - 2.5, bottom + BOTTOM_H + 5.0
    cord = np.maximum(np.abs(x - kx) - 0.45, np.maximum(top - y, y - ky))
    knob = R.ellipse_sdf(x - kx, y - ky - 1.0, 1.2, 1.8)
    R.over(img, R.coverage(cord), CORD)
    return R.to_uint8(R.over(img, R.coverage(knob), KNOB))


def render(window_x: float, window_width: float, blind_drop: float, slat_opening: float,
           slat_tone: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[window_x, window_width, blind_drop, slat_opening, slat_tone]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("blinds", arg, n, seed, FACTORS, sample_factors, _draw)
