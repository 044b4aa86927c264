"""`faces`: simple parametric cartoon faces (64x64 RGB).

An oval face with two round eyes, a curved mouth and hair on top, on a plain light
background. Factors: the size of the eyes, the curvature of the mouth (frown to smile), the
hue of the hair and the width of the face (the eyes' spacing and the mouth's width are
fixed fractions of the face's width).
Skin and background colours, the face's height and place, and the hairline stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("eye_size", "size of the eyes", "continuous"),
    Factor("mouth_curve", "curvature of the mouth, from frown to smile", "continuous"),
    Factor("hair_hue", "hue of the hair", "continuous"),
    Factor("face_width", "width of the face", "continuous"),
)
# eye_size: 0..1 is an eye radius of 1.5..4.5 px; mouth_curve: -1..1, the mouth's corners
# 6 px below (frown) .. 6 px above (smile) its middle; hair_hue: 0..0.8 (no wrap);
# face_width: 0..1 is a face half-width of 13..21 px (the half-height is 22 px)
RANGES = ((0.0, 1.0), (-1.0, 1.0), (0.0, 0.8), (0.0, 1.0))
BACKGROUND = (0.80, 0.86, 0.92)
SKIN = (0.96, 0.80, 0.66)
EYE = (0.12, 0.10, 0.10)
MOUTH = (0.62, 0.14, 0.16)
CX, CY, RY = 32.0, 36.0, 22.0  # face centre and half-height
HAIRLINE = CY - 0.45 * RY  # hair above this line
HAIR_MARGIN = 2.5  # how far the hair stands out around the face
MOUTH_Y, MOUTH_BEND, MOUTH_THICK = CY + 0.4 * RY, 6.0, 1.5  # the mouth's half-width is 0.55 rx


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    px, py = x - CX, y - CY
    rx = R.col(13 + 8 * f[:, 3])
    img = R.canvas(len(f), BACKGROUND)
    above = R.coverage(y - HAIRLINE)  # 1 above the hairline, anti-aliased across it
    hair = R.coverage(R.ellipse_sdf(px, py, rx + HAIR_MARGIN, RY + HAIR_MARGIN)) * above
    img = R.over(img, hair, R.hsv(f[:, 2], 0.75, 0.7))
    face = R.coverage(R.ellipse_sdf(px, py, rx, RY)) * (1 - above)
    img = R.over(img, face, SKIN)
    # eyes and mouth are drawn in their bands of rows only (in place, through views)
    r_eye = R.col(1.5 + 3 * f[:, 0])
    ex, ey = 0.42 * rx, CY - 0.08 * RY
    rows = slice(int(ey - 6), int(ey + 7))
    yb = y[:, rows]
    eyes = np.sqrt((np.abs(px) - ex) ** 2 + (yb - ey) ** 2) - r_eye
    R.over(img[:, :, rows], R.coverage(eyes), EYE)
    # mouth: the parabola y = MOUTH_Y - bend * t^2, t = (x - CX) / half in [-1, 1], a
    # stroke MOUTH_THICK px either side (vertical distance over the slope's norm) with
    # round ends
    rows = slice(int(MOUTH_Y - MOUTH_BEND - 4), int(MOUTH_Y + MOUTH_BEND + 5))
    yb = y[:, rows]
    bend = R.col(MOUTH_BEND * f[:, 1])
    half = 0.55 * rx
    t = px / half
    curve = MOUTH_Y - bend * t ** 2
    slope = -2 * bend * t / half
    along = np.abs(yb - curve) / np.sqrt(1 + slope ** 2)
    along = np.where(np.abs(t) <= 1, along, np.inf)
    ends = np.sqrt((np.abs(px) - half) ** 2 + (yb - (MOUTH_Y - bend)) ** 2)
    R.over(img[:, :, rows], R.coverage(np.minimum(along, ends) - MOUTH_THICK), MOUTH)
    return R.to_uint8(img)


def render(eye_size: float, mouth_curve: float, hair_hue: float, face_width: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[eye_size, mouth_curve, hair_hue, face_width]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("faces", arg, n, seed, FACTORS, sample_factors, _draw)
