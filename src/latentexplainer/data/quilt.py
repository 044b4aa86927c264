"""`quilt`: a patchwork quilt laid out on a wooden floor, seen from above (64x64 RGB).

The quilt is a square in the middle of the image, edged with a plain dark blue border. Inside
the border its patches make a chequerboard: coloured patches of one hue alternate with cream
ones, and each cream patch has a diamond of a darker shade of the same hue sewn in its middle.
Pale stitching runs along the inner edge of the border. Around the quilt the floor is of
brown wooden boards with darker seams. Factors: how many patches run along each side of the
quilt (four, six or eight), the hue of the coloured patches and the diamonds (all the way round
the colour wheel, back to where it began), the size of the diamonds (a dot to touching the
patch's sides), the width of the border (narrow to wide) and the turn of the whole quilt on
the floor (turned left, straight, turned right). The quilt's size, the border's colour, the
cream and the floor stay fixed; the quilt always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

GRIDS = ("4", "6", "8")
FACTORS = (
    Factor("patches", "how many patches run along each side of the quilt (4, 6 or 8)", "categorical", GRIDS),
    Factor("patch_hue", "hue of the quilt's coloured patches, round the whole colour wheel", "cyclic", period=1.0),
    Factor("diamond_size", "size of the diamond in each cream patch (a dot to filling it)", "continuous"),
    Factor("border_width", "width of the quilt's plain border (narrow to wide)", "continuous"),
    Factor("quilt_turn", "turn of the quilt on the floor (turned left, straight, turned right)", "continuous"),
)
# patches: a code 0..2 into GRIDS; patch_hue: 0..1 of the colour wheel (0 and 1 are the same
# red); diamond_size: 0..1 is a diamond reaching 0.08..0.5 of a patch's width from its middle
# to each corner; border_width: 0..1 is a border 1.5..6.5 px wide; quilt_turn: -0.3..0.3
# radians (negative: turned anticlockwise on the screen)
RANGES = ((0.0, 2.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (-0.3, 0.3))
COUNTS = np.array((4.0, 6.0, 8.0), np.float32)
FLOOR, SEAM, BORDER = (0.55, 0.38, 0.22), (0.35, 0.23, 0.13), (0.14, 0.2, 0.42)
CREAM, STITCH = (0.95, 0.91, 0.8), (0.9, 0.88, 0.8)
HALF = 23.0  # the quilt's half-width
BOARD_W = 7.0


def _floor() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, FLOOR)
    board = np.floor(y / BOARD_W)
    grain = 0.04 * np.sin(x * 0.5 + board * 1.7 + 0.3 * np.sin(x * 0.13 + board))
    img += (grain + 0.03 * np.sin(board * 2.3))[:, None]
    seams = np.minimum(np.abs((y % BOARD_W) - 0.5), np.abs(((x + board * 23.0) % 40.0) - 0.5))
    R.over(img, R.coverage(seams - 0.5), SEAM)
    return img[0]


BACKGROUND = _floor()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    a = R.col(f[:, 4])
    ca, sa = np.cos(a), np.sin(a)
    u = (x - 32.0) * ca + (y - 32.0) * sa
    v = -(x - 32.0) * sa + (y - 32.0) * ca
    # the quilt's shadow on the floor, then the quilt: the border, then the patches inside it
    # (square edges: the larger of the distances across and down)
    R.over(img, 0.35 * R.coverage(np.maximum(np.abs(u - 1.0), np.abs(v - 1.5)) - HALF), (0.0, 0.0, 0.0))
    edge = np.maximum(np.abs(u), np.abs(v))
    R.over(img, R.coverage(edge - HALF), BORDER)
    inner = HALF - R.col(1.5 + 5.0 * f[:, 3])
    cell = 2 * inner / R.col(COUNTS[f[:, 0].astype(int)])
    # a chequerboard, from the distances to the patches' edges across and down (fu, fv count
    # patches from the quilt's corner): coloured where both lie in even patches or both in odd
    fu, fv = (u + inner) / cell, (v + inner) / cell
    ku, kv = np.floor(fu), np.floor(fv)
    du, dv = cell * np.abs(fu - ku - 0.5), cell * np.abs(fv - kv - 0.5)  # from the patch's middle
    ksum = ku + kv
    sign = 4.0 * np.floor(ksum * 0.5) - 2.0 * ksum + 1.0  # 1 in an even patch, -1 in an odd one
    coloured = R.coverage(-sign * np.minimum(cell / 2 - du, cell / 2 - dv))  # in the even patches
    # the diamonds, in the cream patches
    reach = cell * R.col(0.08 + 0.42 * f[:, 2])
    diamond = (1.0 - coloured) * R.coverage((du + dv - reach) * np.float32(np.sqrt(0.5)))
    # the patches' colour, pixel by pixel, painted inside the border
    patch, dark = R.hsv(f[:, 1], 0.65, 0.82), R.hsv(f[:, 1], 0.75, 0.5)
    inside = R.coverage(edge - inner)
    for c in range(3):
        colour = CREAM[c] + coloured * R.col(patch[:, c] - CREAM[c]) + diamond * R.col(dark[:, c] - CREAM[c])
        img[:, c] += (colour - img[:, c]) * inside
    along = (u + v) / 3.0
    dashes = R.coverage(3.0 * np.abs(along - np.floor(along) - 0.5) - 0.6)  # a dashed line
    R.over(img, 0.8 * dashes * R.coverage(np.abs(edge - inner - 1.0) - 0.3), STITCH)
    return R.to_uint8(img)


def render(patches: float, patch_hue: float, diamond_size: float, border_width: float,
           quilt_turn: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[patches, patch_hue, diamond_size, border_width, quilt_turn]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("quilt", arg, n, seed, FACTORS, sample_factors, _draw)
