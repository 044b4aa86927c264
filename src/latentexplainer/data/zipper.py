"""`zipper`: the zip of a jacket, partly undone, seen from the front (64x64 RGB).

The zip runs from the top of the image to the bottom along a gentle curve, between the two
panels of the jacket, whose woven fabric fills the image to either side. Each side of the zip is
a dark tape along the edge of its panel carrying a row of silver teeth; the teeth of the two
sides sit half a tooth apart. Below the gold slider the two rows of teeth are locked into one
chain; above it the two sides part, ever wider towards the top of the image, and between them
shows the shirt beneath. A pull tab hangs from the slider. Factors: where the slider is along the
zip (near the top to near the bottom; the slider follows the zip's curve and the opening above it
grows with it), how far the two sides spread apart at the top, the size of the teeth (fine to
coarse: the spacing from one tooth to the next), the hue of the jacket's fabric and the
lightness of the shirt beneath (dark to pale). The curve of the zip, the tapes, the teeth's
and the slider's colours stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("slider_pos", "where the zip's slider is along the zip (top to bottom)", "continuous"),
    Factor("opening", "how far the two sides of the zip spread apart above the slider", "continuous"),
    Factor("tooth_size", "size of the zip's teeth (fine to coarse)", "continuous"),
    Factor("fabric_hue", "hue of the jacket's fabric", "continuous"),
    Factor("shirt_lightness", "lightness of the shirt showing through the opening (dark to pale)", "continuous"),
)
# slider_pos: 0..1 puts the slider's middle at y = 12..46 px (on the zip's curve, x = xc(y));
# opening: 0..1 is a gap of 3..15 px each side of the curve at the top edge of the image,
# narrowing linearly to nothing at the slider; tooth_size: 0..1 is a tooth every 3..6 px along
# the zip; fabric_hue: 0..0.8 of the colour wheel (no wrap); shirt_lightness: 0..1 is a shirt of
# value 0.12..0.92
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 0.8), (0.0, 1.0))
TAPE, TOOTH, TOOTH_DARK = (0.12, 0.12, 0.14), (0.82, 0.83, 0.86), (0.5, 0.51, 0.55)
SLIDER, SLIDER_DARK, HOLE = (0.95, 0.76, 0.25), (0.7, 0.52, 0.12), (0.2, 0.15, 0.08)
SHIRT_TINT = np.array((1.0, 0.96, 0.9))
CURVE_X, CURVE_A = 30.0, 5.0  # the zip's middle line: x = CURVE_X + CURVE_A sin(pi y / 64)
TW, TAPE_W = 3.2, 3.0  # a tooth's reach each side of its side's edge; the tape's width beyond the teeth
SLIDER_HW, SLIDER_HH, TAB_LEN, TAB_HW = 6.0, 4.5, 10.0, 2.4
SLIDER_COLUMNS = slice(20, 46)  # the columns the slider and its tab can reach


def _curve(y):
    return CURVE_X + CURVE_A * np.sin(np.pi * y / R.SIZE)


def _weave() -> np.ndarray:
    x, y = R.grid()
    return (1.0 + 0.08 * np.sin(1.7 * (x + y)) * np.sin(0.9 * (x - y))).astype(np.float32)


WEAVE = _weave()  # (1, H, W): the fabric's texture, multiplying its colour
XC = _curve(R.grid()[1]).astype(np.float32)  # (1, H, 1)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    shirt = SHIRT_TINT[None] * (0.12 + 0.8 * f[:, 4:5])
    img = R.canvas(n, shirt)
    ys = R.col(12 + 34 * f[:, 0])
    gap = R.col(3 + 12 * f[:, 1]) * np.clip((ys - SLIDER_HH - y) / (ys - SLIDER_HH), 0.0, 1.0)
    xl, xr = XC - gap, XC + gap  # the edges of the two sides
    # the tapes, then the fabric beyond them (its weave only on the fabric)
    R.over(img, np.maximum(R.coverage(x - xl), R.coverage(xr - x)), TAPE)
    fabric = np.maximum(R.coverage(x - (xl - TW - TAPE_W)), R.coverage((xr + TW + TAPE_W) - x))
    R.over(img, fabric, R.hsv(f[:, 3], 0.6, 0.62))
    img *= 1.0 + (WEAVE - 1.0) * fabric[:, None]
    # the teeth: each side's reach from 0.6 TW past its edge to TW into its tape, half a tooth apart
    pitch = R.col(3 + 3 * f[:, 2])
    phase = y / pitch

    def teeth(p, centre):
        rows = (np.abs((p % 1.0) - 0.28) - 0.28) * pitch
        return np.maximum(rows, np.abs(x - centre) - 0.8 * TW)

    left, right = teeth(phase, xl - 0.2 * TW), teeth(phase + 0.5, xr + 0.2 * TW)
    both = np.minimum(left, right)
    R.over(img, R.coverage(both), TOOTH_DARK)  # each tooth's rim, a little darker
    R.over(img, R.coverage(both + 0.8), TOOTH)
    # the slider on the zip's curve, and its pull tab hanging below it (in the columns they reach)
    part, x = img[:, :, :, SLIDER_COLUMNS], x[:, :, SLIDER_COLUMNS]
    sx = _curve(ys)
    body = R.box_sdf(x - sx, y - ys, SLIDER_HW - 2.0 - 0.25 * (y - ys), SLIDER_HH - 2.0) - 2.0
    R.over(part, R.coverage(body), SLIDER_DARK)
    R.over(part, R.coverage(body + 1.0), SLIDER)
    tab = R.edges_sdf(x, y, sx - TAB_HW + 1.0, sx + TAB_HW - 1.0, ys + 1.0, ys + TAB_LEN) - 1.0
    R.over(part, R.coverage(tab), SLIDER_DARK)
    R.over(part, R.coverage(R.box_sdf(x - sx, y - (ys + TAB_LEN - 2.5), 0.4, 1.2) - 0.4), HOLE)
    return R.to_uint8(img)


def render(
    slider_pos: float, opening: float, tooth_size: float, fabric_hue: float, shirt_lightness: float
) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[slider_pos, opening, tooth_size, fabric_hue, shirt_lightness]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("zipper", arg, n, seed, FACTORS, sample_factors, _draw)
