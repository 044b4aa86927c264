"""`eye`: a close-up of one human eye with its eyebrow, seen from the front (64x64 RGB).

The eye fills the middle of the image, framed by warm peach skin, a little lighter towards the
top. Between the upper and the lower eyelid lies the almond-shaped opening, its corners fixed
at the left and right, showing the white of the eye with a small pink corner at the left, and
in it the round iris: one colour, streaked with finer dark rays, with a dark rim round its
edge, the round black pupil in its middle and a small white glint of light up and to the
right of the pupil. The lids cover whatever of the iris lies outside the opening. A thick dark
lash line runs along the upper lid with short black lashes sweeping up and out from it; a thin
pinkish-brown line marks the lower lid, a faint brown crease curves above the eye and a
fainter fold below it. Above the eye arches a thick dark brown eyebrow. Factors: how far the
eye is open (nearly shut, the upper lid down near the lower one, to wide open), where the eye
looks (left to right: the iris moves sideways in the opening), the size of the pupil (small to
wide), the iris's hue, round the whole colour wheel, and how high the eyebrow is raised (low to
raised). The opening's corners, the lower lid, the iris's size and height, the skin, the
crease and the fold stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("eye_opening", "how far the eye is open (nearly shut to wide open)", "continuous"),
    Factor("gaze", "which way the eye looks (left to right)", "continuous"),
    Factor("pupil_size", "size of the eye's black pupil (small to wide)", "continuous"),
    Factor("iris_hue", "hue of the eye's iris (round the whole colour wheel)", "cyclic"),
    Factor("brow_raise", "how high the eyebrow is raised above the eye (low to raised)", "continuous"),
)
# eye_opening: 0..1 lifts the upper lid's middle from 5 px below to 14 px above the eye's middle
# at (32, 38) px (the lower lid's middle 7 px below it, the corners 26 px either side of it, both
# lids parabolas between them); gaze: -1..1 puts the iris's middle at x = 22..42 px; pupil_size:
# 0..1 is a pupil of radius 2..7.5 px in an iris of radius 10.5 px; iris_hue: 0..1 is the whole
# colour wheel (1 is 0 again); brow_raise: 0..1 lifts the eyebrow by 0..7 px (its middle from
# 23 to 30 px above the eye's middle)
RANGES = ((0.0, 1.0), (-1.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
SKIN_TOP, SKIN_LOW = (0.96, 0.8, 0.68), (0.9, 0.71, 0.58)
WHITE, CORNER, GLINT = (0.96, 0.95, 0.93), (0.9, 0.58, 0.56), (1.0, 1.0, 1.0)
LASH, LOWER_LID, CREASE, BROW = (0.1, 0.07, 0.06), (0.72, 0.45, 0.4), (0.66, 0.46, 0.36), (0.3, 0.19, 0.12)
CX, CY, HALF_W, LOWER, IRIS_R, IRIS_Y = 32.0, 38.0, 26.0, 7.0, 10.5, 38.5
LASHES = np.linspace(-21.0, 23.0, 10).astype(np.float32)  # where the lashes grow along the upper lid


def _skin() -> np.ndarray:
    """The skin, its lower lid line and its crease, (3, H, W)."""
    x, y = R.grid()
    img = R.vertical_gradient(SKIN_TOP, SKIN_LOW)[None].copy()
    shape = np.clip(1.0 - ((x - CX) / HALF_W) ** 2, 0.0, 1.0)
    crease = np.maximum(np.abs(y - (CY - 18.0 * np.clip(1.0 - ((x - CX) / 30.0) ** 2, 0.0, 1.0) + 2.0)) - 0.6,
                        np.abs(x - CX) - 24.0)
    R.over(img, 0.6 * R.coverage(crease), CREASE)
    lower = np.maximum(np.abs(y - (CY + LOWER * shape) - 0.6) - 0.7, np.abs(x - CX) - HALF_W)
    R.over(img, R.coverage(lower), LOWER_LID)
    fold = np.maximum(np.abs(y - (CY + 5.0 + LOWER * shape) - 0.6) - 0.5, np.abs(x - CX) - 20.0)
    R.over(img, 0.35 * R.coverage(fold), CREASE)
    return img[0]


SKIN = _skin()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SKIN
    u = x - CX
    shape = np.clip(1.0 - (u / HALF_W) ** 2, 0.0, 1.0)  # (1, 1, W): the lids' bulge across
    upper = CY - R.col(-5.0 + 19.0 * f[:, 0]) * shape  # the upper lid's row in each column
    opening = np.maximum(np.maximum(upper - y, y - (CY + LOWER * shape)), np.abs(u) - HALF_W)
    inside = R.coverage(opening)
    # the white, the pink corner, the iris with its rays and rim, the pupil and the glint
    img = R.over(img, inside, WHITE)
    img = R.over(img, inside * R.coverage(R.ellipse_sdf(x - (CX - HALF_W + 2.5), y - (CY + 0.8), 3.5, 2.5)), CORNER)
    ix = R.col(CX + 10.0 * f[:, 1])
    r = np.hypot(x - ix, y - IRIS_Y)
    iris = inside * R.coverage(r - IRIS_R)
    hue = f[:, 3]
    img = R.over(img, iris, R.hsv(hue, 0.65, 0.72))
    rays = 0.5 + 0.5 * np.sin(14.0 * np.arctan2(y - IRIS_Y, x - ix))
    img = R.over(img, 0.4 * iris * rays, R.hsv(hue, 0.8, 0.35))
    img = R.over(img, 0.85 * iris * R.coverage(np.abs(r - IRIS_R + 0.9) - 0.9), R.hsv(hue, 0.7, 0.22))
    img = R.over(img, inside * R.coverage(r - R.col(2.0 + 5.5 * f[:, 2])), (0.02, 0.02, 0.02))
    img = R.over(img, inside * R.coverage(np.hypot(x - ix - 3.6, y - IRIS_Y + 3.4) - 1.8), GLINT)
    # the upper lid's lash line and its lashes
    line = np.maximum(np.abs(y - upper + 0.3) - 1.1, np.abs(u) - HALF_W)
    # each pixel is drawn from the two lashes nearest to it across, where they grow
    step = LASHES[1] - LASHES[0]
    first = np.clip(np.floor((u - LASHES[0]) / step), 0, len(LASHES) - 2).astype(int)
    lashes = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    for i in (first, first + 1):
        lu = LASHES[i]
        ly = CY - R.col(-5.0 + 19.0 * f[:, 0]) * (1.0 - (lu / HALF_W) ** 2)  # (N, 1, W)
        out = 0.2 + 0.6 * lu / HALF_W  # the lashes lean outwards towards the corners
        lashes = np.minimum(lashes, R.segment_sdf(x, y, CX + lu, ly - 0.5, CX + lu + 4.0 * out, ly - 4.2))
    img = R.over(img, R.coverage(np.minimum(line, lashes - 0.55)), LASH)
    # the eyebrow, thicker in its middle
    bu = u / 28.0
    brow_y = CY - 19.0 - R.col(7.0 * f[:, 4]) - 4.0 * np.clip(1.0 - bu * bu, 0.0, 1.0)
    brow = np.maximum(np.abs(y - brow_y) - (2.6 - 1.0 * bu * bu), np.abs(u) - 27.0)
    return R.to_uint8(R.over(img, R.coverage(brow), BROW))


def render(eye_opening: float, gaze: float, pupil_size: float, iris_hue: float, brow_raise: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[eye_opening, gaze, pupil_size, iris_hue, brow_raise]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("eye", arg, n, seed, FACTORS, sample_factors, _draw)
