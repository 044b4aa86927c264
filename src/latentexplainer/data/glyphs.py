"""`glyphs`: one capital letter in Pillow's built-in font, white on black (64x64 grey).

Factors: which letter (A, E, O, T or X), its size, its horizontal position and the weight of
its strokes (regular to bold). The letter is centred vertically. It is drawn with Pillow's
built-in scalable font (``ImageFont.load_default(size=...)``, Pillow >= 10.1 with FreeType;
no font file is read or downloaded) at 4x and box-downsampled, as ``scenes`` does.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from ..errors import DataError
from . import _raster as R
from .base import Dataset, Factor

LETTERS = ("A", "E", "O", "T", "X")
OVER = 4  # drawn at 4x, then downsampled

FACTORS = (
    Factor("letter", "which letter is shown (A, E, O, T or X)", "categorical", LETTERS),
    Factor("size", "size of the letter", "continuous"),
    Factor("position", "horizontal position of the letter (left to right)", "continuous"),
    Factor("weight", "stroke weight of the letter (thin to bold)", "continuous"),
)
# letter: codes 0..4; size: 0..1 is a capital height of 16..34 px; position: 0..1 puts the
# letter's centre at x = 21..43 px; weight: 0..1 thickens every stroke by 0..2.5 px on each side
RANGES = ((0.0, len(LETTERS) - 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))


@lru_cache(maxsize=None)
def _font(size: int) -> ImageFont.FreeTypeFont:
    try:
        font = ImageFont.load_default(size=size)
    except TypeError:  # Pillow < 10.1: load_default takes no size
        font = None
    if not isinstance(font, ImageFont.FreeTypeFont):
        raise DataError("the 'glyphs' data set needs Pillow >= 10.1 built with FreeType "
                        "(its scalable built-in font); upgrade with: pip install -U pillow")
    return font


@lru_cache(maxsize=None)
def _cap_ratio() -> float:
    """Height of a capital letter per unit of font size in the built-in font."""
    top, bottom = _font(200).getbbox("E", anchor="ls")[1::2]
    return (bottom - top) / 200


def render(letter: int, size: float, position: float, weight: float) -> np.ndarray:
    """One image, (64, 64, 1) uint8."""
    s = R.SIZE * OVER
    cap = (16 + 18 * size) * OVER  # capital height on the 4x canvas
    font = _font(max(1, int(round(cap / _cap_ratio()))))
    stroke = int(round(weight * 2.5 * OVER))
    ch = LETTERS[int(letter)]
    left, top, right, bottom = font.getbbox(ch, anchor="ls", stroke_width=stroke)
    cx, cy = (21 + 22 * position) * OVER, s / 2
    ox, oy = cx - (left + right) / 2, cy - (top + bottom) / 2  # the baseline origin
    # draw only the letter's box (whole output pixels, clipped to the image), then downsample
    x0, y0 = max(0, int((ox + left) // OVER)), max(0, int((oy + top) // OVER))
    x1 = min(R.SIZE, int(-(-(ox + right) // OVER)))
    y1 = min(R.SIZE, int(-(-(oy + bottom) // OVER)))
    out = np.zeros((R.SIZE, R.SIZE, 1), np.uint8)
    if x1 <= x0 or y1 <= y0:
        return out
    img = Image.new("L", ((x1 - x0) * OVER, (y1 - y0) * OVER), 0)
    ImageDraw.Draw(img).text((ox - x0 * OVER, oy - y0 * OVER), ch, font=font, fill=255, anchor="ls",
                             stroke_width=stroke, stroke_fill=255)
    out[y0:y1, x0:x1, 0] = np.asarray(img.resize((x1 - x0, y1 - y0), Image.Resampling.BOX))
    return out


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def _draw(f: np.ndarray) -> np.ndarray:
    return np.stack([render(int(a), b, c, d) for a, b, c, d in f])


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("glyphs", arg, n, seed, FACTORS, sample_factors, _draw)
