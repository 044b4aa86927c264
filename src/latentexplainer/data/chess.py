"""`chess`: one chess piece standing on a wooden table in front of a wall of chequered tiles,
seen from the side (64x64 RGB).

The piece is a flat grey silhouette with a thin dark outline, standing on a wide stepped
foot on a dark wooden table along the bottom of the image. It is a pawn (a ball on top of a
tapering stem with a collar), a rook (a straight tower with a wider battlemented top) or a
king (a tall tapering body with a collar, a rounded crown and a cross on top). Behind it the
wall is tiled in a chequerboard of cream and sage green squares, lined up with the image's
top left corner (a cream tile starts there). Factors: which piece it is, the piece's
horizontal position, the brightness of the piece (near black to near white) and the size of
the wall's tiles. The pieces' sizes, the outline, the tiles' colours and the table stay
fixed; the whole piece always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

PIECES = ("pawn", "rook", "king")
FACTORS = (
    Factor("piece", "which chess piece it is (pawn, rook or king)", "categorical", PIECES),
    Factor("piece_x", "horizontal position of the chess piece (left to right)", "continuous"),
    Factor("piece_brightness", "brightness of the chess piece (dark to light)", "continuous"),
    Factor("tile_size", "size of the chequered tiles on the wall behind (small to large)", "continuous"),
)
# piece: category codes 0..2 (pawn, rook, king; their tops at y = 23.4, 22.8 and 9.6 px);
# piece_x: 0..1 puts the piece's middle at x = 18..46 px; piece_brightness: 0..1 is a grey
# of 0.08..0.95; tile_size: 0..1 is square tiles of side 4..12 px
RANGES = ((0.0, len(PIECES) - 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
CREAM, SAGE = np.array((0.9, 0.86, 0.74)), np.array((0.42, 0.58, 0.52))
TABLE, OUTLINE = (0.36, 0.22, 0.12), (0.05, 0.05, 0.06)
TABLE_Y = 54.0  # the table's top: the piece's foot stands on it
OUTLINE_W = 1.0
SCALE = 1.2  # the pieces' drawings below are in units of this many px


def _trapezoid(u, v, bottom, top, hw_bottom, hw_top):
    """Signed distance (exact on the sides) to a symmetric trapezoid between heights
    ``bottom`` > ``top`` (v down), half-width ``hw_bottom`` at the bottom and ``hw_top`` at the top."""
    slope = (hw_bottom - hw_top) / (bottom - top)
    side = (np.abs(u) - (hw_top + slope * (v - top))) / np.sqrt(1 + slope ** 2)
    return np.maximum(side, np.maximum(top - v, v - bottom))


def _box(u, v, hw, top, bottom):
    return R.box_sdf(u, v - (top + bottom) / 2, hw, (bottom - top) / 2)


def _pawn(u, v):
    stem = _trapezoid(u, v, -4.5, -16.0, 5.0, 2.3)
    collar = R.ellipse_sdf(u, v + 16.0, 4.5, 1.3)
    head = np.sqrt(u ** 2 + (v + 21.0) ** 2) - 4.5
    return np.minimum(np.minimum(stem, collar), head)


def _rook(u, v):
    tower = _box(u, v, 4.5, -21.0, -4.5)
    top = _box(u, v, 6.5, -26.0, -20.0)
    notch = np.maximum(np.abs(np.abs(u) - 2.4) - 1.3, v + 23.4)  # two gaps in the battlements
    return np.minimum(tower, np.maximum(top, -notch))


def _king(u, v):
    body = _trapezoid(u, v, -4.5, -23.0, 5.2, 2.6)
    collar = R.ellipse_sdf(u, v + 23.0, 5.0, 1.3)
    crown = _trapezoid(u, v, -24.0, -29.5, 3.0, 4.6)
    cap = R.ellipse_sdf(u, v + 29.5, 4.6, 1.6)
    cross = np.minimum(_box(u, v, 1.0, -37.0, -30.0), _box(u, v, 3.0, -35.0, -33.0))
    return np.minimum(np.minimum(np.minimum(body, collar), np.minimum(crown, cap)), cross)


def _square_wave(t, size):
    """+1 / -1 over alternate tiles along one axis, anti-aliased across the tiles' edges."""
    k = np.floor(t / size)
    edge = size * np.minimum(t / size - k, k + 1 - t / size)  # px to the nearest edge
    return (1 - 2 * (k % 2)) * np.clip(2 * edge, 0.0, 1.0)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    size = R.col(4 + 8 * f[:, 3])
    mix = 0.5 + 0.5 * _square_wave(x, size) * _square_wave(y, size)  # 1 on cream tiles
    img = SAGE[None, :, None, None] + (CREAM - SAGE)[None, :, None, None] * mix[:, None]
    img = img.astype(np.float32)
    table = R.below(TABLE_Y, n)
    img = R.over(img, table, TABLE)
    # the piece's own coordinates, in units of SCALE px: u right from its middle, v down from the table
    u, v = (x - R.col(18 + 28 * f[:, 1])) / SCALE, (y - TABLE_Y) / SCALE
    foot = np.minimum(_box(u, v, 8.0, -3.0, 0.5), _box(u, v, 6.2, -5.0, -2.5))
    kind = f[:, 0].astype(int)
    shape = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    for code, draw in enumerate((_pawn, _rook, _king)):
        if (kind == code).any():
            shape = np.where((kind == code)[:, None, None], draw(u, v), shape)
    piece = SCALE * np.minimum(foot, shape)
    img = R.over(img, R.coverage(piece), OUTLINE)
    grey = (0.08 + 0.87 * f[:, 2]).astype(np.float32)
    return R.to_uint8(R.over(img, R.coverage(piece + OUTLINE_W), np.stack([grey] * 3, 1)))


def render(piece: float, piece_x: float, piece_brightness: float, tile_size: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8; ``piece`` is the category code (0 pawn, 1 rook,
    2 king)."""
    return _draw(np.array([[piece, piece_x, piece_brightness, tile_size]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("chess", arg, n, seed, FACTORS, sample_factors, _draw)
