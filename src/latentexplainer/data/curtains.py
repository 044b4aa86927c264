"""`curtains`: a pair of patterned curtains at a window in a living-room wall (64x64 RGB).

A white-framed window with four panes (a bar down its middle and one across it) is set in a
plain warm-grey wall, with a white sill below it. Through the glass are the sky and a line of
rolling hills. A dark wooden curtain rail with round ends runs across the top of the image,
and from it two curtains hang down past the sill, one at each side of the window, each drawn
in from its own edge of the image towards the middle. Each curtain falls in soft vertical folds
(lighter and darker bands) that bunch up closer together as it is drawn back, and its cloth is
plain or printed with a pale pattern that bunches up with the folds; its bottom edge has a
darker hem. Factors: how far the curtains are drawn apart (closed, meeting in the middle, to
wide open, bunched at the sides), the pattern of the cloth (plain, striped, dotted or checked),
the hue of the cloth and the light outside the window (night, a dark blue sky over black
hills, to bright day, a blue sky over green hills). The wall, the window, the sill and the
rail stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("opening", "how far the curtains are drawn apart (closed to wide open)", "continuous"),
    Factor("pattern", "pattern of the curtains' cloth (plain, striped, dotted or checked)", "categorical",
           ("plain", "striped", "dotted", "checked")),
    Factor("cloth_hue", "hue of the curtains' cloth", "continuous"),
    Factor("outside", "the light outside the window (night to bright day)", "continuous"),
)
# opening: 0..1 makes each curtain 28.5..10 px wide (closed, they overlap by a pixel in the
# middle); pattern: codes 0..3 as listed, printed across each curtain's width (FOLDS bands of
# it, whatever the width) and down it every REPEAT px; cloth_hue: 0..0.8 of the colour wheel
# (no wrap); outside: 0..1 blends the sky and the hills from night to day
RANGES = ((0.0, 1.0), (0.0, 3.0), (0.0, 0.8), (0.0, 1.0))
WALL, FRAME, SILL, RAIL = (0.62, 0.58, 0.54), (0.95, 0.95, 0.93), (0.9, 0.89, 0.86), (0.3, 0.19, 0.1)
PRINT = (0.97, 0.95, 0.88)
NIGHT_SKY, DAY_SKY = np.array((0.05, 0.07, 0.2)), np.array((0.45, 0.7, 0.96))
NIGHT_HILLS, DAY_HILLS = np.array((0.03, 0.05, 0.04)), np.array((0.3, 0.62, 0.22))
WINDOW = (10.0, 54.0, 9.0, 49.0)  # left, right, top, bottom of the frame
LEFT, RIGHT, TOP, HEM = 4.0, 60.0, 7.0, 54.0  # where the curtains hang from and down to
FOLDS, REPEAT = 4.0, 7.0


def _layers():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    left, right, top, bottom = WINDOW
    R.over(img, R.coverage(R.edges_sdf(x, y, left - 2, right + 2, bottom - 0.5, bottom + 3.0)), SILL)
    R.over(img, R.coverage(R.edges_sdf(x, y, left, right, top, bottom)), FRAME)
    glass = R.coverage(R.edges_sdf(x, y, left + 2, right - 2, top + 2, bottom - 2))
    bars = R.coverage(np.minimum(np.abs(x - (left + right) / 2), np.abs(y - (top + bottom) / 2 - 2)) - 0.9)
    panes = glass * (1 - bars)
    hills = R.coverage(38.0 + 2.5 * np.sin(x * 0.19 + 1.0) + 1.5 * np.sin(x * 0.43) - y)
    rail = np.minimum(R.box_sdf(x - 32.0, y - 5.5, 28.0, 0.9), np.hypot(np.abs(x - 32.0) - 28.5, y - 5.5) - 2.0)
    return img[0], panes, hills * panes, R.coverage(rail)


BACKGROUND, PANES, HILLS, RAIL_MASK = _layers()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    d = f[:, 3:4]
    R.over(img, PANES, NIGHT_SKY + (DAY_SKY - NIGHT_SKY) * d)
    R.over(img, HILLS, NIGHT_HILLS + (DAY_HILLS - NIGHT_HILLS) * d)
    # the curtains, in the rows they hang over
    part, y = img[:, :, int(TOP):int(HEM) + 1], y[:, int(TOP):int(HEM) + 1]
    w = R.col(28.5 - 18.5 * f[:, 0])
    on_left = x < 32.0
    edge = np.where(on_left, x - LEFT, RIGHT - x)  # px in from the curtain's own side
    cloth = R.coverage(np.maximum(np.maximum(edge - w, -edge), y - HEM))
    u = edge / w * FOLDS  # across the curtain, in folds
    code = f[:, 1].astype(int)[:, None, None]
    stripes = R.coverage((np.abs((u % 1.0) - 0.5) - 0.22) * w / FOLDS)
    cell = (u % 1.0 - 0.5) * w / FOLDS
    dots = R.coverage(np.hypot(cell, ((y + REPEAT * (np.floor(u) % 2) / 2) % REPEAT) - REPEAT / 2) - 1.4)
    rows = R.coverage(np.abs((y % REPEAT) - REPEAT / 2) - 1.5)
    checks = 0.55 * np.maximum(stripes, rows) + 0.3 * stripes * rows
    pattern = np.select([code == 1, code == 2, code == 3], [stripes, dots, checks], 0.0)
    base = R.hsv(f[:, 2], 0.7, 0.8)
    R.over(part, cloth, base)
    R.over(part, cloth * pattern, PRINT)
    folds = 0.17 * np.cos(2 * np.pi * u)  # lighter and darker bands down the folds
    part *= 1.0 + (folds * cloth)[:, None]
    R.over(part, 0.5 * cloth * R.coverage(HEM - 2.0 - y), base * 0.5)
    return R.to_uint8(R.over(img, RAIL_MASK, RAIL))


def render(opening: float, pattern: float, cloth_hue: float, outside: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[opening, pattern, cloth_hue, outside]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("curtains", arg, n, seed, FACTORS, sample_factors, _draw)
