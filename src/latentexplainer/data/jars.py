"""`jars`: a row of glass jam jars on a wooden kitchen shelf against a cream wall, seen from
the front (64x64 RGB).

The jars stand side by side on a wooden shelf across the lower part of the image, evenly spaced
and centred on the shelf, all the same size. Each jar is clear glass with rounded corners and a
grey-blue outline, a white highlight down its left side and a gold screw lid on top; inside, jam
fills it from the bottom up to a level surface with a lighter line along it, the glass above it
empty. The shelf is a brown plank with a lighter top edge, held by two dark brackets; the cream
wall behind is a little darker below the shelf. Factors: how many jars stand on the shelf (2 to
5), how tall the jars are (short to tall; their width stays the same), how full they are with
jam (nearly empty to full, every jar alike) and the hue of the jam. The shelf, the wall, the
jars' width and spacing and the glass's and the lids' colours stay fixed; every jar always
lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("jar_count", "how many jam jars stand on the shelf (2 to 5)", "categorical", ("2", "3", "4", "5")),
    Factor("jar_height", "how tall the jars are (short to tall)", "continuous"),
    Factor("fill", "how full the jars are with jam (nearly empty to full)", "continuous"),
    Factor("jam_hue", "hue of the jam in the jars", "continuous"),
)
# jar_count: codes 0..3 are 2..5 jars, SPACING px apart, centred on x = 32 px; jar_height: 0..1 is
# jars 16..36 px tall (without the lid) standing on the shelf at y = 52 px; fill: 0.1..1 is the
# share of the jar's inside filled with jam; jam_hue: 0..0.8 of the colour wheel (no wrap)
RANGES = ((0.0, 3.0), (0.0, 1.0), (0.1, 1.0), (0.0, 0.8))
WALL, WALL_LOW = (0.93, 0.88, 0.74), (0.8, 0.74, 0.6)
SHELF, SHELF_TOP, BRACKET = (0.55, 0.37, 0.2), (0.72, 0.52, 0.3), (0.25, 0.2, 0.18)
GLASS, OUTLINE, LID, LID_RIDGE = (0.9, 0.95, 0.97), (0.5, 0.58, 0.63), (0.85, 0.68, 0.24), (0.62, 0.47, 0.12)
SHELF_Y, SHELF_H = 52.0, 4.5
SPACING, JAR_HW, CORNER, WALL_T, LID_H = 12.0, 5.2, 2.2, 1.2, 3.5


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, R.below(SHELF_Y, 1), WALL_LOW)
    brackets = np.minimum(np.abs(x - 12.0), np.abs(x - 52.0)) - 4.0 + 0.45 * (y - SHELF_Y - SHELF_H)
    R.over(img, R.coverage(np.maximum(brackets, np.maximum(SHELF_Y - y, y - 63.0))), BRACKET)
    R.over(img, np.broadcast_to(R.coverage(np.abs(y - SHELF_Y - SHELF_H / 2) - SHELF_H / 2), (1, R.SIZE, R.SIZE)),
           SHELF)
    R.over(img, np.broadcast_to(R.coverage(np.abs(y - SHELF_Y - 0.6) - 0.6), (1, R.SIZE, R.SIZE)), SHELF_TOP)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    r0 = int(SHELF_Y - 36 - LID_H - 1)  # the jars lie between this row and the shelf: draw only there
    part, y = img[:, :, r0:int(SHELF_Y) + 1], y[:, r0:int(SHELF_Y) + 1]
    count = R.col(2 + f[:, 0])
    height = R.col(16 + 20 * f[:, 1])
    top = SHELF_Y - height
    # every jar at once: x folded onto the nearest jar's middle, columns past the last jar masked off
    first = 32 - (count - 1) / 2 * SPACING
    k = np.clip(np.round((x - first) / SPACING), 0, count - 1)
    u = x - first - k * SPACING
    jar = R.box_sdf(u, y - (top + SHELF_Y) / 2, JAR_HW - CORNER, height / 2 - CORNER) - CORNER
    R.over(part, 0.45 * R.coverage(jar), GLASS)
    level = SHELF_Y - WALL_T - R.col(f[:, 2]) * (height - 2 * WALL_T)
    jam = np.maximum(jar + WALL_T, level - y)
    colour = R.hsv(f[:, 3], 0.85, 0.66)
    R.over(part, R.coverage(jam), colour)
    R.over(part, 0.7 * R.coverage(np.maximum(np.abs(y - level - 0.5) - 0.5, jar + WALL_T)), R.hsv(f[:, 3], 0.6, 0.9))
    R.over(part, 0.55 * R.coverage(np.maximum(np.abs(u + 2.9) - 0.6, jar + 1.5)), (1.0, 1.0, 1.0))
    R.over(part, 0.8 * R.coverage(np.abs(jar + 0.4) - 0.5), OUTLINE)
    lid = R.box_sdf(u, y - (top - LID_H / 2 + 0.3), JAR_HW - 0.9, LID_H / 2)
    R.over(part, R.coverage(lid), LID)
    R.over(part, 0.8 * R.coverage(np.maximum(np.abs(y - (top - LID_H / 2 + 0.3)) - 0.4, lid)), LID_RIDGE)
    return R.to_uint8(img)


def render(jar_count: float, jar_height: float, fill: float, jam_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[jar_count, jar_height, fill, jam_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("jars", arg, n, seed, FACTORS, sample_factors, _draw)
