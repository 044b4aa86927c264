"""`easel`: a painter's wooden easel holding a canvas in a studio, seen from the front (64x64 RGB).

The easel is an A-frame of three wooden legs meeting at its top: two front legs splay out to
the floorboards on either side, a thinner, darker back leg reaches the floor behind them, and
a middle mast runs up from the canvas to the top. A canvas stands on the easel's ledge, a
wooden bar across the front legs; the canvas is off-white with a thin frame, and painted on it
is a landscape: a round sun above a rolling field in the painting's colour, under a sky of a
pale tint of it. Behind is a
warm plastered studio wall; the lower part of the image is a floor of pale wooden boards.
Factors: where the easel stands (left to right; the canvas moves with it), how wide its front
legs are spread at the floor, the size of the canvas (small to large), how high the ledge holds
the canvas (low to high) and the hue of the painting (red through yellow and green to
purple). The wall, the floor, the easel's wood, its height and the canvas's proportions stay
fixed; the whole easel always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("easel_x", "horizontal position of the easel (left to right)", "continuous"),
    Factor("leg_spread", "how far apart the easel's front legs stand (narrow to wide)", "continuous"),
    Factor("canvas_size", "size of the canvas on the easel (small to large)", "continuous"),
    Factor("canvas_height", "how high the easel's ledge holds the canvas (low to high)", "continuous"),
    Factor("paint_hue", "hue of the painting on the canvas", "continuous"),
)
# easel_x: 0..1 puts the easel's top at x = 21..43 px; leg_spread: 0..1 puts the front legs'
# feet 5..16 px either side of it; canvas_size: 0..1 is a canvas 8..14 px in half-width (its
# half-height 0.8 times that); canvas_height: 0..1 puts the ledge at y = 47..37 px (0 low,
# 1 high); paint_hue: 0..0.8 of the colour wheel (no wrap)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 0.8))
WALL, FLOOR, BOARD_GAP = (0.64, 0.65, 0.69), (0.78, 0.64, 0.44), (0.55, 0.42, 0.27)
WOOD, WOOD_DARK = (0.5, 0.3, 0.14), (0.33, 0.2, 0.1)
CANVAS, FRAME = (0.95, 0.93, 0.87), (0.6, 0.48, 0.3)
FLOOR_Y, TOP_Y, FEET_Y, BACK_FEET_Y = 46.0, 6.0, 60.0, 52.0
LEG_HW, BACK_HW, LEDGE_HH = 1.3, 0.9, 1.3
FRAME_W = 1.0  # the canvas's frame, inside its edge
CANVAS_ROWS = (12, 50)


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, WALL)
    img += 0.015 * (np.sin(0.37 * x + 0.2 * y) * np.sin(0.23 * y - 0.11 * x))[:, None]  # uneven plaster
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    # the floorboards run back from the viewer, fanning out from a point far above the image
    fan = (x - 32.0) / (y + 60.0) * 60.0
    gaps = R.coverage(3.9 - np.abs((fan % 9.0) - 4.5)) * R.coverage(FLOOR_Y - y)
    R.over(img, np.broadcast_to(gaps, (1, R.SIZE, R.SIZE)), BOARD_GAP)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    ex, spread = R.col(21 + 22 * f[:, 0]), R.col(5 + 11 * f[:, 1])
    hw = R.col(8 + 6 * f[:, 2])
    hh = 0.8 * hw
    ledge = R.col(47 - 10 * f[:, 3])
    # the back leg, the front legs and the mast
    back = R.segment_sdf(x, y, ex, TOP_Y, ex + 0.3 * spread, BACK_FEET_Y) - BACK_HW
    R.over(img, R.coverage(back), WOOD_DARK)
    legs = R.segment_sdf(np.abs(x - ex), y, 0.0, TOP_Y, spread, FEET_Y) - LEG_HW  # mirror images
    mast = R.edges_sdf(x - ex, y, -LEG_HW, LEG_HW, TOP_Y - 1.0, ledge)
    R.over(img, R.coverage(np.minimum(legs, mast)), WOOD)
    # the canvas on the ledge: a frame, the off-white ground, the painted sun and field (drawn
    # only in the rows the canvas and the ledge can reach, for speed)
    r0, r1 = CANVAS_ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    cy = ledge - LEDGE_HH - hh
    u, v = x - ex, y - cy
    outer = R.box_sdf(u, v, hw, hh)
    R.over(part, R.coverage(outer), FRAME)
    inner = outer + FRAME_W
    R.over(part, R.coverage(inner), CANVAS)
    R.over(part, R.coverage(inner + 1.0), R.hsv(f[:, 4], 0.25, 0.97))  # the painted sky, a pale tint
    paint = R.hsv(f[:, 4], 0.75, 0.85)
    field = (0.2 * hh + 0.18 * hh * np.sin(3.0 * u / hw)) - v
    sun = np.hypot(u - 0.35 * hw, v + 0.3 * hh) - 0.28 * hw
    R.over(part, R.coverage(np.maximum(np.minimum(field, sun), inner)), paint)
    # the ledge: a bar across the front legs, just wider than the canvas
    ledge_bar = R.edges_sdf(x - ex, y, -hw - 2.5, hw + 2.5, ledge - LEDGE_HH, ledge + LEDGE_HH)
    R.over(part, R.coverage(ledge_bar), WOOD_DARK)
    return R.to_uint8(img)


def render(easel_x: float, leg_spread: float, canvas_size: float, canvas_height: float,
           paint_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[easel_x, leg_spread, canvas_size, canvas_height, paint_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("easel", arg, n, seed, FACTORS, sample_factors, _draw)
