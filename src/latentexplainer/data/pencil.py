"""`pencil`: a pencil with an eraser on its end, lying on a sheet of lined paper, seen from
above (64x64 RGB).

The pencil lies across the middle of the image with its point to the left: a sharpened cone of
bare wood ending in a dark graphite tip, a painted body of one hue with a lighter facet along
it and a darker edge below, a grey metal band with two dark ridges, and a rounded eraser at the
right end; it casts a soft shadow to its lower right. Beneath is a sheet of white paper with
pale blue lines across it and a red margin line near its left edge. Factors: where the pencil
lies (left to right), its length (worn short to new and long; the point, the band and the
eraser keep their size, the body shortens), its tilt (eraser end lower to eraser end higher),
the hue of its painted body (red through yellow and green to purple) and the hue of its eraser
(red through yellow and green to blue). The pencil's width, its height on the page and the
paper stay fixed; the whole pencil always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("pencil_x", "horizontal position of the pencil (left to right)", "continuous"),
    Factor("pencil_length", "length of the pencil (worn short to new and long)", "continuous"),
    Factor("tilt", "tilt of the pencil (eraser end lower to eraser end higher)", "continuous"),
    Factor("body_hue", "hue of the pencil's painted body (red through yellow and green to purple)",
           "continuous"),
    Factor("eraser_hue", "hue of the pencil's eraser (red through yellow and green to blue)", "continuous"),
)
# pencil_x: 0..1 puts the pencil's middle at x = 28..36 px (y = 32 px); pencil_length: 0..1 is a
# pencil 34..52 px long from tip to end; tilt: -0.5..0.5 radians from level, turned about its
# middle (negative: the eraser end lower); body_hue: 0..0.8 of the colour wheel (no wrap);
# eraser_hue: 0..0.6 of the colour wheel (no wrap)
RANGES = ((0.0, 1.0), (0.0, 1.0), (-0.5, 0.5), (0.0, 0.8), (0.0, 0.6))
PAPER, LINE, MARGIN = (0.96, 0.96, 0.92), (0.55, 0.7, 0.88), (0.9, 0.4, 0.4)
SHADOW = (0.2, 0.2, 0.22)
WOOD, GRAPHITE = (0.9, 0.74, 0.52), (0.2, 0.2, 0.22)
METAL, RIDGE = (0.72, 0.72, 0.7), (0.42, 0.42, 0.42)
CY, HW = 32.0, 5.5  # the pencil's middle height and half-width (px)
CONE, LEAD, BAND, ERASER = 8.0, 3.0, 4.0, 10.0  # lengths along the pencil (px)
LINES, MARGIN_X = 7.0, 9.0
ROWS = (12, 53)


def _paper() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, PAPER)
    R.over(img, R.coverage(LINES / 2 - 0.5 - np.abs(((y - 3.5) % LINES) - LINES / 2)), LINE)
    R.over(img, R.coverage(np.abs(x - MARGIN_X) - 0.5), MARGIN)
    return img[0]


PAPER_IMG = _paper()


def _cone(s: np.ndarray, t: np.ndarray, tip) -> np.ndarray:
    """Signed distance to the wedge that opens from the tip to the pencil's full width."""
    return np.maximum((np.abs(t) * CONE - (s - tip) * HW) / np.hypot(CONE, HW), tip - s)


def _outline(s: np.ndarray, t: np.ndarray, tip, end) -> np.ndarray:
    """Signed distance to the whole pencil: the point's cone and the rest, rounded at the end."""
    rest = R.box_sdf(s - (tip + CONE + end) / 2, t, (end - tip - CONE) / 2 - 2.0, HW - 2.0) - 2.0
    return np.minimum(np.maximum(_cone(s, t, tip), s - tip - CONE - 1.0), rest)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = PAPER_IMG
    r0, r1 = ROWS  # drawn only in the rows the pencil and its shadow can reach, for speed
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    cx, half, a = R.col(28 + 8 * f[:, 0]), R.col(17 + 9 * f[:, 1]), R.col(f[:, 2])
    # pencil coordinates: s along it from its middle towards the eraser (on screen (cos a, -sin a)),
    # t across it, downwards on screen when level
    s = (x - cx) * np.cos(a) - (y - CY) * np.sin(a)
    t = (x - cx) * np.sin(a) + (y - CY) * np.cos(a)
    tip, end = -half, half
    # the shadow: the whole outline, shifted
    R.over(part, 0.3 * R.coverage(_outline(s - 1.0, t - 1.6, tip, end)), SHADOW)
    # the point: a cone of wood, its tip graphite
    cone = np.maximum(_cone(s, t, tip), s - tip - CONE)
    R.over(part, R.coverage(cone), WOOD)
    R.over(part, R.coverage(np.maximum(cone, s - tip - LEAD)), GRAPHITE)
    # the body: painted, a lighter facet along it and a darker edge below
    body = R.edges_sdf(s, t, tip + CONE, end - ERASER - BAND, -HW, HW)
    paint = R.hsv(f[:, 3], 0.7, 0.85)
    R.over(part, R.coverage(body), paint)
    R.over(part, 0.5 * R.coverage(np.maximum(np.abs(t + 1.6) - 1.0, body)), (1.0, 1.0, 1.0))
    R.over(part, 0.5 * R.coverage(np.maximum(HW - 1.6 - t, body)), paint * 0.5)
    # the eraser, rounded at its end, then the metal band with two ridges over its other end
    eraser = R.box_sdf(s - (end - ERASER / 2 - 1.0), t, ERASER / 2 + 1.0 - 2.0, HW - 0.4 - 2.0) - 2.0
    R.over(part, R.coverage(eraser), R.hsv(f[:, 4], 0.75, 0.95))
    band = R.edges_sdf(s, t, end - ERASER - BAND, end - ERASER, -HW - 0.3, HW + 0.3)
    R.over(part, R.coverage(band), METAL)
    ridges = np.abs(s - (end - ERASER - BAND * 0.5)) - BAND * 0.25
    R.over(part, 0.8 * R.coverage(np.maximum(np.abs(ridges) - 0.45, band)), RIDGE)
    return R.to_uint8(img)


def render(pencil_x: float, pencil_length: float, tilt: float, body_hue: float, eraser_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[pencil_x, pencil_length, tilt, body_hue, eraser_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("pencil", arg, n, seed, FACTORS, sample_factors, _draw)
