"""`buttonmaker`: a big new button lying on a green baize cloth beside a needle, at a
buttonmaker's bench, seen from above (64x64 RGB).

A dark green baize cloth with a faint weave fills the image; a white chalk line is ruled across
its top. A single button lies in the middle of the cloth: a coloured disc or square with a
raised rim and four thread holes in its middle, a soft shadow beneath it. Below it a steel
sewing needle with a red thread through its eye lies on the cloth, turned about its middle.
Factors: how big the button is (small to large), its shape (round or square), its colour (a
hue from red through yellow, green and blue to violet) and how far the needle is turned about
its middle (from its point, on the right, tilted up, through lying level, to tilted down). The
cloth, the chalk line and where the button and needle lie stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("button_size", "how big the button is (small to large)", "continuous"),
    Factor("shape", "the button's shape (round or square)", "categorical", ("round", "square")),
    Factor("button_hue", "colour of the button (red, yellow, green, blue to violet)", "continuous"),
    Factor("needle_angle", "how far the needle is turned (point tilted up, level, tilted down)", "continuous"),
)
# button_size: 0..1 is a button 8..20 px in radius (half-width for a square one), its middle at
# BUTTON; shape: code 0 round, 1 square; button_hue: 0..0.8 of the colour wheel (no wrap);
# needle_angle: -0.55..0.55 radians from level about its middle at NEEDLE (negative: the point,
# on the right, tilted up in the image; positive: tilted down)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 0.8), (-0.55, 0.55))
BAIZE, WEAVE, CHALK = (0.14, 0.36, 0.22), (0.11, 0.3, 0.18), (0.9, 0.9, 0.86)
SHADOW, STEEL, STEEL_DARK, THREAD = (0.06, 0.16, 0.1), (0.86, 0.87, 0.9), (0.45, 0.47, 0.5), (0.85, 0.12, 0.14)
BUTTON, NEEDLE, NEEDLE_HALF = (32.0, 28.0), (32.0, 54.0), 19.0
CHALK_Y = 4.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, BAIZE)
    weave = np.minimum(np.abs((x % 3.0) - 1.5), np.abs((y % 3.0) - 1.5)) - 0.35
    R.over(img, 0.6 * R.coverage(weave), WEAVE)
    R.over(img, R.coverage(np.abs(y - CHALK_Y) - 0.8), CHALK)
    return img[0]


SCENE = _scene()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the button: a disc or a rounded square, a shadow below right, a darker rim, four holes
    r = R.col(8.0 + 12.0 * f[:, 0])
    square = R.col(f[:, 1]) > 0.5
    u, v = x - BUTTON[0], y - BUTTON[1]

    def outline(du, dv, s):
        return np.where(square, R.box_sdf(du, dv, s - 0.5, s - 0.5) - 0.5, np.hypot(du, dv) - s)

    R.over(img, 0.6 * R.coverage(outline(u - 1.5, v - 1.5, r)), SHADOW)
    body = outline(u, v, r)
    colour = R.hsv(f[:, 2], 0.75, 0.9)
    rim = R.hsv(f[:, 2], 0.85, 0.62)
    R.over(img, R.coverage(body), rim)
    R.over(img, R.coverage(body + 0.22 * r), colour)
    hole, gap = 0.13 * r, 0.28 * r
    holes = np.min([np.hypot(u - sx * gap, v - sy * gap) - hole for sx in (-1, 1) for sy in (-1, 1)], 0)
    R.over(img, R.coverage(holes), rim)
    # the needle: a steel shaft tapering to a point on the right, an eye on the left, a red thread
    a = R.col(f[:, 3])
    ca, sa = np.cos(a), np.sin(a)
    along = (x - NEEDLE[0]) * ca + (y - NEEDLE[1]) * sa
    across = -(x - NEEDLE[0]) * sa + (y - NEEDLE[1]) * ca
    taper = 1.3 * np.clip((NEEDLE_HALF - along) / 8.0, 0.0, 1.0)
    shaft = np.maximum(np.abs(across) - taper, np.abs(along) - NEEDLE_HALF)
    R.over(img, R.coverage(shaft), STEEL)
    eye = np.maximum(np.abs(across) - 0.5, np.abs(along + NEEDLE_HALF - 3.0) - 2.0)
    R.over(img, R.coverage(eye), STEEL_DARK)
    thread = np.abs(across - 1.5 * np.sin((along + NEEDLE_HALF - 3.0) * 0.6)) - 0.7
    thread = np.maximum(thread, np.maximum(along + NEEDLE_HALF - 3.0, -along - NEEDLE_HALF - 5.0))
    return R.to_uint8(R.over(img, R.coverage(thread), THREAD))


def render(button_size: float, shape: float, button_hue: float, needle_angle: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[button_size, shape, button_hue, needle_angle]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("buttonmaker", arg, n, seed, FACTORS, sample_factors, _draw)
