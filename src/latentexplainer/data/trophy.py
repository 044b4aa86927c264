"""`trophy`: a trophy cup standing on a wooden shelf in front of a velvet curtain (64x64 RGB).

The trophy stands in the middle of the shelf: a dark wooden plinth with a small pale plaque on
its front, a narrow metal stem rising from the plinth with a little knob near its top, and on
the stem a deep round bowl with a flat rim, a looped handle on each side. The metal is shaded
darker on its right and has a bright highlight down the left of the bowl. Behind the shelf
hangs a velvet curtain in soft vertical folds. Factors: the width of the bowl (narrow to wide),
the height of the stem (short to tall; the bowl and its handles ride on top of it), the size
of the handles' loops (small to large), the metal the trophy is made of (gold, silver or
bronze) and the hue of the curtain (red through yellow and green to blue). The shelf, the
plinth, the depth of the bowl and the curtain's folds stay fixed; the whole trophy always lies
inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

METALS = ("gold", "silver", "bronze")
FACTORS = (
    Factor("cup_width", "width of the trophy's bowl (narrow to wide)", "continuous"),
    Factor("stem_height", "height of the trophy's stem (short to tall)", "continuous"),
    Factor("handle_size", "size of the loops of the trophy's handles (small to large)", "continuous"),
    Factor("metal", "the metal the trophy is made of (gold, silver or bronze)", "categorical", METALS),
    Factor("curtain_hue", "hue of the curtain behind (red through yellow and green to blue)", "continuous"),
)
# cup_width: 0..1 is a bowl of half-width 9..16 px at its rim; stem_height: 0..1 is a stem
# 5..15 px tall above the plinth, putting the rim at y = 26..16 px; handle_size: 0..1 is a
# loop of radius 3..8 px, centred on the bowl's side; metal: a code 0..2 into METALS;
# curtain_hue: 0..0.65 of the colour wheel (no wrap)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 2.0), (0.0, 0.65))
METAL_COLOURS = np.array(((0.9, 0.72, 0.2), (0.78, 0.8, 0.84), (0.72, 0.43, 0.2)), np.float32)
SHELF, SHELF_EDGE, PLINTH, PLAQUE = (0.5, 0.33, 0.18), (0.36, 0.23, 0.12), (0.2, 0.12, 0.07), (0.86, 0.8, 0.6)
SHELF_Y, CX = 54.0, 32.0
PLINTH_HW, PLINTH_H = 12.0, 9.0
PLAQUE_HW, PLAQUE_HH = 7.0, 2.0
STEM_HW, KNOB_R = 1.8, 2.9
BOWL_DEPTH, HANDLE_HW = 15.0, 1.4
ROWS, COLUMNS = (10, 46), (5, 59)  # the part of the image the cup, its handles and its stem can reach


def _background() -> tuple[np.ndarray, np.ndarray]:
    """The fixed scene in front of the curtain, as (through, added): the picture is the
    curtain's colour times ``through`` (H, W) - the folds' shading, where the shelf and the
    plinth do not hide it - plus ``added`` (3, H, W), the shelf, the plinth and its plaque."""
    x, y = R.grid()
    folds = 0.78 + 0.22 * np.sin(x * (2 * np.pi / 9.0) + 0.6 * np.sin(y * 0.08))
    folds = folds * (0.8 + 0.2 * y / R.SIZE)  # soft vertical folds, a little darker towards the top
    layer = np.zeros((2, 3, R.SIZE, R.SIZE), np.float32)
    layer[1] = 1.0  # drawn over black and over white: the difference is what shows through
    R.over(layer, R.below(SHELF_Y, 2), SHELF)
    R.over(layer, R.below(SHELF_Y, 2) * R.coverage(y - SHELF_Y - 2.0), SHELF_EDGE)
    R.over(layer, R.coverage(R.box_sdf(x - CX, y - (SHELF_Y - PLINTH_H / 2), PLINTH_HW, PLINTH_H / 2)), PLINTH)
    R.over(layer, R.coverage(R.box_sdf(x - CX, y - (SHELF_Y - PLINTH_H / 2), PLAQUE_HW, PLAQUE_HH)), PLAQUE)
    return (folds[0] * (layer[1, 0] - layer[0, 0])).astype(np.float32), layer[0]


THROUGH, ADDED = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    img = R.hsv(f[:, 4], 0.6, 0.62)[:, :, None, None] * THROUGH
    img += ADDED
    (r0, r1), (c0, c1) = ROWS, COLUMNS
    part, x, y = img[:, :, r0:r1, c0:c1], x[:, :, c0:c1], y[:, r0:r1]
    metal = METAL_COLOURS[f[:, 3].astype(int)]
    w = R.col(9 + 7 * f[:, 0])
    stem_top = SHELF_Y - PLINTH_H - R.col(5 + 10 * f[:, 1])
    rim = stem_top - BOWL_DEPTH + 1.0
    # the handles, behind the bowl: rings on its sides
    hr = R.col(3 + 5 * f[:, 2])
    dx, dy = np.abs(x - CX) - w, y - (rim + 0.35 * BOWL_DEPTH)
    handles = np.abs(np.sqrt(dx * dx + dy * dy) - hr)
    R.over(part, R.coverage(handles - HANDLE_HW), metal * 0.8)
    # the stem with its knob, and the bowl: the lower half of an ellipse under the rim
    stem = R.edges_sdf(x, y, CX - STEM_HW, CX + STEM_HW, stem_top - 1.0, SHELF_Y - PLINTH_H)
    stem = np.minimum(stem, R.ellipse_sdf(x - CX, y - (stem_top + 3.5), KNOB_R, 1.8))
    bowl = np.maximum(R.ellipse_sdf(x - CX, y - rim, w, BOWL_DEPTH), rim - y)
    body = R.coverage(np.minimum(stem, bowl))
    R.over(part, body, metal)
    R.over(part, 0.45 * body * R.coverage(CX + 0.3 * w - x), metal * 0.55)  # the right side, in shade
    shine = np.abs(x - (CX - 0.5 * w)) - 0.12 * w
    R.over(part, 0.7 * R.coverage(np.maximum(shine, bowl + 2.0)), (1.0, 1.0, 0.95))
    rim_band = np.maximum(np.abs(y - rim - 0.8) - 0.8, bowl)
    R.over(part, 0.6 * R.coverage(rim_band), metal * 0.6)
    return R.to_uint8(img)


def render(cup_width: float, stem_height: float, handle_size: float, metal: float,
           curtain_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[cup_width, stem_height, handle_size, metal, curtain_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("trophy", arg, n, seed, FACTORS, sample_factors, _draw)
