"""`tiler`: a kitchen wall being tiled, rows of square glazed tiles laid up the wall above the
worktop, seen from the front (64x64 RGB).

Along the top of the image hang wooden wall cupboards with small knobs; along the bottom, base
cupboards with cream doors and a dark worktop on them. Between them is the bare wall, pale
pinkish plaster. The tiler lays square glazed tiles on the wall in full rows, from the worktop
upwards, each tile a little lighter towards its top left, with grout in the joints between them;
above the top row a strip of grey adhesive, combed into ridges, waits for the next. On the
worktop stand the tiler's bucket of adhesive, on the right, and a notched trowel lies beside it.
Factors: how many rows of tiles are laid (1 to 5), the size of the tiles (small to large; the
rows are as tall as the tiles, so larger tiles also reach higher up the wall), the hue of the
tiles' glaze and the colour of the grout (from white through grey to charcoal). The cupboards,
the worktop, the wall, the bucket and the trowel stay fixed; the tiles always lie below the
wall cupboards.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("rows", "how many rows of tiles are laid on the wall (1 to 5)", "categorical",
           ("1", "2", "3", "4", "5")),
    Factor("tile_size", "size of the square tiles (small to large)", "continuous"),
    Factor("tile_hue", "hue of the tiles' glaze", "continuous"),
    Factor("grout", "colour of the grout between the tiles (white to charcoal)", "continuous"),
)
# rows: a code 0..4 for 1..5 full rows, laid from the worktop (y = 50 px) upwards; tile_size:
# 0..1 is a tile 6..8.2 px square (joints included), the columns starting at the left edge; tile_hue:
# 0..0.7 of the colour wheel (no wrap); grout: 0..1 darkens the grout from a grey of 0.92 to 0.2
RANGES = ((0.0, 4.0), (0.0, 1.0), (0.0, 0.7), (0.0, 1.0))
PLASTER, CUPBOARD, CUPBOARD_LINE, KNOB = (0.86, 0.78, 0.74), (0.56, 0.38, 0.22), (0.4, 0.26, 0.14), \
    (0.85, 0.75, 0.45)
WORKTOP, DOOR, DOOR_LINE, HANDLE = (0.22, 0.2, 0.2), (0.9, 0.87, 0.78), (0.7, 0.66, 0.56), (0.5, 0.5, 0.52)
ADHESIVE, ADHESIVE_RIDGE = (0.66, 0.66, 0.64), (0.54, 0.54, 0.52)
BUCKET, BUCKET_RIM, TROWEL, TROWEL_HANDLE = (0.9, 0.9, 0.88), (0.62, 0.64, 0.68), (0.62, 0.64, 0.68), \
    (0.62, 0.4, 0.2)
CUPBOARDS_Y, WORKTOP_Y, BASE_Y = 8.0, 50.0, 53.5
JOINT_HW, ADHESIVE_H = 0.55, 3.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, PLASTER)
    img += (0.015 * np.sin(1.3 * x + 0.7 * y) * np.sin(0.9 * y))[:, None]  # a little unevenness
    # the wall cupboards: doors of planks with knobs
    R.over(img, R.coverage(y - CUPBOARDS_Y), CUPBOARD)
    R.over(img, R.coverage(np.maximum(np.abs((x % 16.0) - 8.0) - 7.3, y - CUPBOARDS_Y)), CUPBOARD_LINE)
    R.over(img, R.coverage(np.abs(y - CUPBOARDS_Y + 0.6) - 0.6), CUPBOARD_LINE)
    R.over(img, R.coverage(np.hypot(np.abs((x % 16.0) - 8.0) - 5.0, y - 4.5) - 1.1), KNOB)
    # the worktop and the base cupboards
    R.over(img, R.below(WORKTOP_Y, 1), WORKTOP)
    R.over(img, R.below(BASE_Y, 1), DOOR)
    R.over(img, R.coverage(np.maximum(np.abs((x % 21.0) - 10.5) - 10.0, BASE_Y - y)), DOOR_LINE)
    R.over(img, R.coverage(np.maximum(np.abs(np.abs((x % 21.0) - 10.5) - 6.5) - 0.8, np.abs(y - 57.5) - 1.6)),
           HANDLE)
    return img[0]


SCENE = _scene()


def _tools():
    """The bucket of adhesive and the trowel on the worktop: coverage and colour, in drawing order."""
    x, y = R.grid()
    bucket = np.maximum(R.edges_sdf(x, y, 51.0, 61.0, 40.0, WORKTOP_Y), np.abs(x - 56.0) - 5.0 + 0.1 * (WORKTOP_Y - y))
    rim = R.edges_sdf(x, y, 50.0, 62.0, 39.0, 41.0)
    blade = R.edges_sdf(x, y, 36.0, 47.0, WORKTOP_Y - 1.2, WORKTOP_Y)
    notches = np.maximum(np.abs(((x - 36.0) % 2.0) - 1.0) - 0.45, np.maximum(WORKTOP_Y - 0.7 - y, y - WORKTOP_Y))
    blade = np.maximum(blade, -R.coverage(notches) + 0.5)
    handle = np.minimum(R.edges_sdf(x, y, 39.0, 46.0, WORKTOP_Y - 5.0, WORKTOP_Y - 3.2) - 0.5,
                        R.edges_sdf(x, y, 42.0, 43.2, WORKTOP_Y - 3.2, WORKTOP_Y - 1.2))
    return [(R.coverage(bucket), BUCKET), (R.coverage(rim), BUCKET_RIM), (R.coverage(blade), TROWEL),
            (R.coverage(handle), TROWEL_HANDLE)]


TOOLS = _tools()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    s = R.col(6.0 + 2.2 * f[:, 1])
    top = WORKTOP_Y - R.col(f[:, 0] + 1.0) * s  # the top of the highest row
    # the combed adhesive waiting above the top row
    strip = np.maximum(np.maximum(top - ADHESIVE_H - y, y - top), CUPBOARDS_Y - y)
    R.over(img, R.coverage(strip), ADHESIVE)
    R.over(img, R.coverage(np.maximum(strip, np.abs(((y - top) % 1.5) - 0.75) - 0.3)), ADHESIVE_RIDGE)
    # the tiles: a glaze lighter towards each tile's top left, grout in the joints
    u, v = x / s, (WORKTOP_Y - y) / s  # in tiles, from the left edge and from the worktop up
    fu, fv = u % 1.0, v % 1.0
    joint = np.minimum(np.minimum(fu, 1.0 - fu), np.minimum(fv, 1.0 - fv)) * s - JOINT_HW
    tiled = R.coverage(np.maximum(top - y, y - WORKTOP_Y))
    glaze = R.hsv(f[:, 2], 0.6, 0.84)[:, :, None, None] * (0.92 + 0.16 * (fv - fu + 1.0) / 2.0)[:, None]
    R.over(img, tiled, glaze)
    grey = 0.92 - 0.72 * f[:, 3:4]
    R.over(img, tiled * R.coverage(joint), np.repeat(grey, 3, 1))
    for cover, colour in TOOLS:
        R.over(img, np.broadcast_to(cover, (n, R.SIZE, R.SIZE)), colour)
    return R.to_uint8(img)


def render(rows: float, tile_size: float, tile_hue: float, grout: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[rows, tile_size, tile_hue, grout]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("tiler", arg, n, seed, FACTORS, sample_factors, _draw)
