"""`mug`: a mug of hot tea on a wooden table in front of a slate-blue wall, steaming, seen
from the side (64x64 RGB).

The mug stands on the table a little left of the middle of the image: an upright body with
slightly rounded corners, an oval rim at the top showing the dark tea inside, and a round
handle on its right. The body is painted one colour and may be plain, ringed with cream
horizontal stripes or covered in cream polka dots. White steam rises from the tea in three
wavy wisps that fade towards their tops - none at all when the tea is cold, long and thick
when it is hot. The wall is a muted slate blue; the table is a brown band along the bottom.
Factors: how much steam rises (none to a lot), the size of the mug (its width and height
grow together; it stays on the table), the pattern on the mug (plain, striped or dotted) and
the hue of the mug's paint. The mug's place on the table and its proportions, the tea, the
steam's colour, the wall and the table stay fixed; the whole mug always lies inside the
image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

PATTERNS = ("plain", "striped", "dotted")
FACTORS = (
    Factor("steam", "how much steam rises from the mug (none to a lot)", "continuous"),
    Factor("mug_size", "size of the mug (small to large)", "continuous"),
    Factor("pattern", "pattern on the mug (plain, striped or dotted)", "categorical", PATTERNS),
    Factor("mug_hue", "hue of the mug's paint", "continuous"),
)
# steam: 0..1 is wisps 0..22 px long (above the rim) at an opacity of 0..0.85; mug_size: 0..1
# is a body of half-width 9..16 px and height twice that, standing at y = 52 px with its axis
# at x = 28 px; pattern: codes 0..2 (plain; 3 px stripes every 6 px; dots of radius 2.3 px on a
# 6 px grid); mug_hue: 0..0.8 of the colour wheel (no wrap)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, len(PATTERNS) - 1.0), (0.0, 0.8))
WALL, TABLE, TABLE_EDGE = (0.36, 0.42, 0.5), (0.55, 0.37, 0.2), (0.42, 0.27, 0.14)
TEA, CREAM, STEAM = (0.3, 0.15, 0.06), (0.97, 0.94, 0.85), (0.98, 0.98, 0.98)
TABLE_Y, BOTTOM, CX = 44.0, 52.0, 28.0
STEAM_ALPHA, WISPS = 0.85, ((-0.45, 0.0), (0.0, 2.1), (0.45, 4.2))  # x offset (of the half-width), phase
BACKGROUND = R.canvas(1, WALL)[0]
R.over(BACKGROUND[None], R.below(TABLE_Y, 1), TABLE)
R.over(BACKGROUND[None], R.below(60.0, 1), TABLE_EDGE)
WAVES = [(off, (2.2 * np.sin(0.4 * R.grid()[1] + phase)).astype(np.float32)) for off, phase in WISPS]


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    steam, hw = R.col(f[:, 0]), R.col(9 + 7 * f[:, 1])
    h = 2.0 * hw
    top = BOTTOM - h
    # the steam: three wavy wisps rising from the rim, fading towards their tops
    length = 22.0 * steam
    start = top - 1.0
    wisps = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    for off, wave in WAVES:
        wisps = np.minimum(wisps, np.abs(x - (CX + off * hw + wave)) - 1.3)
    fade = np.clip((y - (start - length)) / 8.0, 0.0, 1.0) * R.coverage(y - start)
    img = R.over(img, STEAM_ALPHA * steam * fade * R.coverage(wisps) * (length > 0.5), STEAM)
    # the handle, the body with its pattern, and the rim with the tea
    paint = R.hsv(f[:, 3], 0.7, 0.75)
    ring = np.abs(np.hypot(x - (CX + hw), y - (top + 0.45 * h)) - 0.28 * h) - 1.5
    handle = np.maximum(ring, CX + hw - 1.0 - x)
    img = R.over(img, R.coverage(handle), paint)
    body = R.box_sdf(x - CX, y - (top + h / 2), hw - 2.0, h / 2 - 2.0) - 2.0
    img = R.over(img, R.coverage(body), paint)
    stripes = np.abs((y - top) % 6.0 - 3.0) - 1.5
    dots = np.hypot((x - CX) % 6.0 - 3.0, (y - top) % 6.0 - 3.0) - 2.3
    pattern = f[:, 2].astype(int)
    marks = np.where(R.col(pattern == 1), stripes, np.where(R.col(pattern == 2), dots, np.inf))
    img = R.over(img, R.coverage(np.maximum(marks, body + 1.5)), CREAM)
    img = R.over(img, R.coverage(R.ellipse_sdf(x - CX, y - top, hw, 2.5)), paint)
    return R.to_uint8(R.over(img, R.coverage(R.ellipse_sdf(x - CX, y - top, hw - 1.6, 1.5)), TEA))


def render(steam: float, mug_size: float, pattern: float, mug_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8; ``pattern`` is the category code (0 plain, 1 striped,
    2 dotted)."""
    return _draw(np.array([[steam, mug_size, pattern, mug_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("mug", arg, n, seed, FACTORS, sample_factors, _draw)
