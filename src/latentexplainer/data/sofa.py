"""`sofa`: a sofa standing on a wooden floor in front of a papered wall (64x64 RGB).

The sofa is seen from the front: a padded back rises behind a deep seat split into two
cushions, with a rounded armrest at each end and four short dark legs on the floor; a seam
runs down the middle of the back. Behind it the wall is papered in cream, with a pale
skirting board above the brown floorboards. Factors: where the sofa stands (left to right),
how wide it is (a short two-seater to a long sofa), the height of its back (low to high), the
hue of its upholstery (red through yellow and green to purple) and the pattern of the
wallpaper: plain, darker vertical stripes or darker dots. The seat's height, the wall's and
floor's colours stay fixed; the whole sofa always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("sofa_x", "horizontal position of the sofa (left to right)", "continuous"),
    Factor("sofa_width", "width of the sofa (a short two-seater to a long sofa)", "continuous"),
    Factor("back_height", "height of the sofa's back (low to high)", "continuous"),
    Factor("sofa_hue", "hue of the sofa's upholstery (red through yellow and green to purple)", "continuous"),
    Factor("wallpaper", "pattern of the wallpaper (plain, striped or dotted)", "categorical",
           ("plain", "striped", "dotted")),
)
# sofa_x: 0..1 puts the sofa's middle at x = 26..38 px; sofa_width: 0..1 is a sofa 15..24 px
# either side of its middle (armrests included); back_height: 0..1 puts the top of the back at
# y = 30..16 px; sofa_hue: 0..0.8 of the colour wheel (no wrap); wallpaper: a code 0..2
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 0.8), (0.0, 2.0))
WALL, PRINT = (0.8, 0.74, 0.6), (0.55, 0.47, 0.36)
SKIRTING, FLOOR, BOARD = (0.9, 0.88, 0.82), (0.5, 0.35, 0.22), (0.38, 0.26, 0.16)
LEG = (0.17, 0.12, 0.09)
FLOOR_Y, SKIRT_Y = 54.0, 51.0
SEAT_TOP, SEAT_BOTTOM, ARM_TOP, ARM_HW = 37.0, 51.0, 31.0, 3.2
STRIPE, DOT = 8.0, 8.0  # the wallpaper's repeat (px)
ROWS = (12, 56)  # the rows the sofa can reach


def _background(pattern: int) -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, WALL)
    if pattern == 1:
        R.over(img, R.coverage(np.abs((x % STRIPE) - STRIPE / 2) - 2.0), PRINT)
    elif pattern == 2:
        row = np.floor(y / DOT)
        dx = ((x + (row % 2) * DOT / 2) % DOT) - DOT / 2
        dy = (y % DOT) - DOT / 2
        R.over(img, R.coverage(np.hypot(dx, dy) - 1.9), PRINT)
    R.over(img, R.below(SKIRT_Y, 1), SKIRTING)
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    boards = R.coverage(np.abs((x % 13.0) - 6.5) - 6.0) * R.coverage(FLOOR_Y + 0.5 - y)  # joints
    return R.over(img, boards, BOARD)[0]


BACKGROUNDS = np.stack([_background(p) for p in range(3)])


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    img = BACKGROUNDS[f[:, 4].astype(int)]
    r0, r1 = ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    cx, hw, top = R.col(26 + 12 * f[:, 0]), R.col(15 + 9 * f[:, 1]), R.col(30 - 14 * f[:, 2])
    cloth = R.hsv(f[:, 3], 0.55, 0.72)
    u = np.abs(x - cx)  # the sofa is symmetric about its middle
    inner = hw - 2 * ARM_HW  # the half-width between the armrests
    # the legs, the back (a little darker), its middle seam, the seat, its cushions' seam
    legs = R.edges_sdf(u, y, inner - 1.5, inner + 1.0, SEAT_BOTTOM - 1, FLOOR_Y)
    R.over(part, R.coverage(legs), LEG)
    back = R.box_sdf(x - cx, y - (top + SEAT_TOP + 2) / 2, inner + 0.5 - 2, (SEAT_TOP + 2 - top) / 2 - 2) - 2
    R.over(part, R.coverage(back), cloth * 0.8)
    R.over(part, 0.7 * R.coverage(np.maximum(u - 0.5, back + 2.5)), cloth * 0.5)
    seat = R.box_sdf(x - cx, y - (SEAT_TOP + SEAT_BOTTOM) / 2, inner - 1.5, (SEAT_BOTTOM - SEAT_TOP) / 2 - 1.5) - 1.5
    R.over(part, R.coverage(seat), cloth)
    R.over(part, 0.7 * R.coverage(np.maximum(u - 0.5, seat + 1.0)), cloth * 0.6)
    R.over(part, 0.6 * R.coverage(np.maximum(np.abs(y - SEAT_TOP - 5) - 0.5, seat + 1.0)), cloth * 0.75)
    # the armrests: rounded at the top
    arm = R.box_sdf(u - (hw - ARM_HW), y - (ARM_TOP + SEAT_BOTTOM) / 2, ARM_HW - 1.5,
                    (SEAT_BOTTOM - ARM_TOP) / 2 - 1.5) - 1.5
    R.over(part, R.coverage(arm), cloth * 0.9)
    return R.to_uint8(img)


def render(sofa_x: float, sofa_width: float, back_height: float, sofa_hue: float, wallpaper: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[sofa_x, sofa_width, back_height, sofa_hue, wallpaper]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("sofa", arg, n, seed, FACTORS, sample_factors, _draw)
