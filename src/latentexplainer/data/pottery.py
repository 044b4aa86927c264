"""`pottery`: a glazed clay pot standing on a potter's wheel in a studio, seen from the side
(64x64 RGB).

The pot stands in the middle of the wheel's flat grey metal head, which sits on a dark teal
splash tray; behind is a blue-grey studio wall with a wooden shelf near the top, and the floor
is a band of boards at the bottom. The pot has a narrow foot, swells to a round belly below its
middle, narrows to a neck and opens at its top into a mouth, through which its dark inside
shows; it is lit from the left, so its right side is a little darker. It is glazed in one
colour and may be painted with cobalt blue decoration. Factors: how tall the pot is (squat to
tall; its foot and belly keep their widths), how wide its mouth opens (a narrow neck to a
wide flaring bowl-like rim), the decoration (plain, three bands round the pot, or rows of
dots) and the colour of its glaze (pale sand through ochre to dark brown). The wheel, the
tray, the wall, the shelf and the floor stay fixed; the whole pot always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("pot_height", "how tall the pot is (squat to tall)", "continuous"),
    Factor("mouth_width", "how wide the pot's mouth opens (narrow neck to wide rim)", "continuous"),
    Factor("decoration", "the blue decoration painted on the pot", "categorical", ("plain", "banded", "dotted")),
    Factor("glaze", "colour of the pot's glaze (pale sand to dark brown)", "continuous"),
)
# pot_height: 0..1 is a pot 15..34 px tall standing on the wheel at y = 50 px; mouth_width:
# 0..1 is a mouth of half-width 3..14 px (the belly's half-width is about 14 px, the foot's 8);
# decoration: code 0..2 is plain, three bands (at 0.2, 0.45 and 0.7 of the height) or rows of
# dots (every 5 px across, at 0.2..0.75 of the height); glaze: 0..1 runs the glaze from PALE to DARK
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 2.0), (0.0, 1.0))
WALL, SHELF, FLOOR = (0.42, 0.54, 0.64), (0.5, 0.35, 0.22), (0.5, 0.37, 0.24)
METAL, METAL_SIDE, TRAY = (0.66, 0.68, 0.7), (0.42, 0.43, 0.46), (0.16, 0.33, 0.36)
PALE, DARK = np.array((0.88, 0.77, 0.58)), np.array((0.36, 0.19, 0.1))
COBALT = (0.12, 0.2, 0.58)
BASE_Y, CX = 50.0, 32.0
BANDS = (0.2, 0.45, 0.7)
ROWS, COLUMNS = (9, 51), (16, 49)  # the rows and columns the pot can reach


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, R.coverage(R.edges_sdf(x, y, -1.0, 65.0, 4.0, 7.0)), SHELF)
    R.over(img, 0.35 * R.coverage(R.edges_sdf(x, y, -1.0, 65.0, 7.0, 8.5)), (0.0, 0.0, 0.0))  # its shadow
    R.over(img, R.below(57.0, 1), FLOOR)
    R.over(img, 0.5 * R.coverage(np.abs(((x + 3.0) % 11.0) - 0.5) - 0.5) * R.below(57.0, 1), (0.3, 0.2, 0.12))
    R.over(img, R.coverage(R.box_sdf(x - CX, y - 56.0, 20.0, 4.5) - 1.5), TRAY)  # the splash tray
    R.over(img, R.coverage(R.edges_sdf(x, y, CX - 19.0, CX + 19.0, BASE_Y, BASE_Y + 3.5)), METAL_SIDE)
    R.over(img, R.coverage(R.ellipse_sdf(x - CX, y - BASE_Y, 19.0, 2.2)), METAL)  # the wheel's head
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    (r0, r1), (c0, c1) = ROWS, COLUMNS
    part, x, y = img[:, :, r0:r1, c0:c1], x[:, :, c0:c1], y[:, r0:r1]
    h, mouth = R.col(15 + 19 * f[:, 0]), R.col(3 + 11 * f[:, 1])
    t = (BASE_Y - y) / h  # 0 at the foot, 1 at the rim
    tc = np.clip(t, 0.0, 1.0)
    shape = 8.0 + 6.0 * np.sin(np.pi * 1.12 * tc)  # the pot's half-width without its mouth
    end = 8.0 + 6.0 * np.sin(np.pi * 1.12)
    half = shape + (mouth - end) * tc ** 3
    ax = np.abs(x - CX)
    pot = np.maximum(ax - half, np.maximum(y - BASE_Y, BASE_Y - h - y))
    cover = R.coverage(pot)
    glaze = PALE[None] + (DARK - PALE)[None] * f[:, 3:4]
    lit = 1.06 - 0.3 * np.clip((x - CX) / half + 0.35, 0.0, 1.5)  # lit from the left
    colour = glaze[:, :, None, None] * lit[:, None]
    part += cover[:, None] * (colour - part)
    # the decoration: bands or dots, cobalt blue, over the glaze
    code = f[:, 2]
    band = np.min([np.abs(t - b) for b in BANDS], axis=0) * h - 1.6
    dots = np.hypot(((x - CX + 2.5) % 5.0) - 2.5, ((y - 0.5) % 5.0) - 2.5) - 1.8
    dots = np.maximum(dots, (np.abs(t - 0.475) - 0.275) * h)
    pattern = R.col(code == 1) * R.coverage(band) + R.col(code == 2) * R.coverage(dots)
    R.over(part, cover * pattern * np.clip(half - ax, 0.0, 1.0), COBALT)
    # the mouth, seen a little from above: the far side of the lip, and the dark inside within it
    ry = 0.8 + 0.16 * mouth
    lip = R.ellipse_sdf(x - CX, y - (BASE_Y - h + 0.3), mouth, ry + 0.9)
    R.over(part, R.coverage(lip), glaze * 0.9)
    inside = R.ellipse_sdf(x - CX, y - (BASE_Y - h + 0.3), np.maximum(mouth - 1.0, 1.0), ry)
    R.over(part, R.coverage(inside), glaze * 0.3)
    return R.to_uint8(img)


def render(pot_height: float, mouth_width: float, decoration: float, glaze: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[pot_height, mouth_width, decoration, glaze]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("pottery", arg, n, seed, FACTORS, sample_factors, _draw)
