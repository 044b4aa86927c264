"""`bonsai`: a bonsai tree in a shallow glazed pot on a wooden table in front of a plain wall
(64x64 RGB).

The pot - a shallow trough, wider at its lip than at its foot, on two small feet - stands in
the middle of a wooden table whose top runs across the lower part of the image, with a green
cushion of moss in it. From the moss a thick brown trunk rises, bending one way and then the
other, to a cloud-like pad of dark green foliage with a lighter top at its apex; lower pads
hang on short branches to the left and to the right of the trunk. Behind is a plain painted
wall. Factors: which way the trunk leans (to the left, upright, to the right; the apex pad and
the branches move with it), the size of the foliage pads (small to large), how many pads of
foliage the tree has (1: only the apex; 2: and one on the left; 3: and one on the right), the
hue of the pot's glaze (red through yellow and green to blue) and the lightness of the wall
(dark to light). The pot's shape, the table, the moss and the trunk's thickness stay fixed; the
whole tree always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("trunk_lean", "which way the bonsai's trunk leans (left, upright, right)", "continuous"),
    Factor("canopy_size", "size of the bonsai's pads of foliage (small to large)", "continuous"),
    Factor("pads", "how many pads of foliage the bonsai has", "categorical", ("1", "2", "3")),
    Factor("pot_hue", "hue of the pot's glaze (red through yellow and green to blue)", "continuous"),
    Factor("wall_light", "lightness of the wall behind the bonsai (dark to light)", "continuous"),
)
# trunk_lean: -1..1 puts the apex 12 px to the left of the trunk's foot (-1) to 12 px to its
# right (1), the bend half-way up 0.35 times as far the other way; canopy_size: 0..1 scales the
# pads by 0.7..1.3 (the apex pad's half-size is 11 by 6 px at scale 1); pads: codes 0..2 are
# 1..3 pads; pot_hue: 0..0.65 of the colour wheel (no wrap); wall_light: 0..1 blends the wall
# from dark to light
RANGES = ((-1.0, 1.0), (0.0, 1.0), (0.0, 2.0), (0.0, 0.65), (0.0, 1.0))
WALL_DARK, WALL_LIGHT = np.array((0.22, 0.22, 0.27)), np.array((0.93, 0.9, 0.82))
TABLE_TOP, TABLE_FRONT, TABLE_LINE = (0.6, 0.42, 0.26), (0.45, 0.3, 0.18), (0.36, 0.23, 0.13)
TRUNK, MOSS = (0.4, 0.27, 0.18), (0.33, 0.45, 0.18)
LEAVES, LEAVES_LIGHT = (0.12, 0.36, 0.14), (0.3, 0.55, 0.2)
TABLE_Y, TABLE_EDGE = 50.0, 55.0  # the table top's back edge and front edge
POT_TOP, POT_BOTTOM, POT_LIP, POT_FOOT = 41.0, 49.0, 16.0, 12.5  # rows; half-widths at the lip and foot
FOOT_X, TRUNK_Y = 32.0, 41.5
BEND_Y, APEX_Y = 30.0, 19.0
ROWS = (6, 52)  # the rows the tree and the pot can reach


def _backgrounds() -> tuple[np.ndarray, np.ndarray]:
    x, y = R.grid()
    out = []
    for wall in (WALL_DARK, WALL_LIGHT):
        img = R.canvas(1, wall)
        R.over(img, R.below(TABLE_Y, 1), TABLE_TOP)
        R.over(img, R.below(TABLE_EDGE, 1), TABLE_FRONT)
        R.over(img, R.coverage(np.abs(y - TABLE_EDGE - 0.5) - 0.6), TABLE_LINE)
        grain = np.abs(((y + 1.5 * np.sin(x * 0.21)) % 3.0) - 1.5) - 0.3  # the grain of the table's front
        R.over(img, 0.4 * R.coverage(np.maximum(grain, TABLE_EDGE + 1.0 - y)), TABLE_LINE)
        R.over(img, 0.35 * R.coverage(R.ellipse_sdf(x - FOOT_X, y - TABLE_Y - 0.5, POT_LIP + 1.0, 1.8)), TABLE_LINE)
        out.append(img[0])
    return out[0], out[1] - out[0]


WALL_DARK_BG, LIGHT_MINUS_DARK = _backgrounds()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    img = WALL_DARK_BG + R.col(f[:, 4])[:, None] * LIGHT_MINUS_DARK
    r0, r1 = ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    lean, k, pads = R.col(12.0 * f[:, 0]), R.col(0.7 + 0.6 * f[:, 1]), R.col(f[:, 2] + 1)
    bx, ax = FOOT_X - 0.35 * lean, FOOT_X + lean  # the bend (the other way, an S-curve) and the apex
    # the branches to the lower pads, the trunk (tapering as it rises)
    left = (bx - 11.0 * k, BEND_Y + 1.0)
    right = (bx + 10.0 * k, BEND_Y + 6.0)
    wood = np.minimum(np.where(pads >= 2, R.segment_sdf(x, y, bx, BEND_Y + 2.0, *left) - 1.1, np.inf),
                      np.where(pads >= 3, R.segment_sdf(x, y, bx, BEND_Y + 5.0, *right) - 1.1, np.inf))
    d, h = R.segment_sdf(x, y, FOOT_X, TRUNK_Y, bx, BEND_Y, along=True)
    wood = np.minimum(wood, d - 3.2 + 0.9 * h)
    d, h = R.segment_sdf(x, y, bx, BEND_Y, ax, APEX_Y, along=True)
    wood = np.minimum(wood, d - 2.3 + 0.9 * h)
    R.over(part, R.coverage(wood), TRUNK)
    # the pads of foliage: dark, with a lighter top
    for i, (cx, cy, rx, ry) in enumerate(((ax, APEX_Y - 1.0, 11.0, 6.0), (left[0], left[1] - 1.5, 10.5, 5.5),
                                          (right[0], right[1] - 1.5, 10.5, 5.5))):
        rx, ry = rx * k, ry * k
        pad = np.minimum(R.ellipse_sdf(x - cx, y - cy, 0.75 * rx, ry),  # a cloud of three lobes
                         np.minimum(R.ellipse_sdf(x - cx + 0.45 * rx, y - cy - 0.25 * ry, 0.55 * rx, 0.72 * ry),
                                    R.ellipse_sdf(x - cx - 0.45 * rx, y - cy - 0.25 * ry, 0.55 * rx, 0.72 * ry)))
        top = R.ellipse_sdf(x - cx, y - cy + 0.35 * ry, 0.8 * rx, 0.6 * ry)
        if i:
            shown = pads > i
            pad, top = np.where(shown, pad, np.inf), np.where(shown, top, np.inf)
        R.over(part, R.coverage(pad), LEAVES)
        R.over(part, R.coverage(top), LEAVES_LIGHT)
    # the pot: a trough wider at its lip, on two feet, the moss in it
    glaze = R.hsv(f[:, 3], 0.65, 0.72)
    t = (y - POT_TOP) / (POT_BOTTOM - POT_TOP)
    trough = np.maximum(np.abs(x - FOOT_X) - (POT_LIP + (POT_FOOT - POT_LIP) * t), np.abs(y - 45.5) - 3.5)
    lip = R.edges_sdf(x, y, FOOT_X - POT_LIP - 1.0, FOOT_X + POT_LIP + 1.0, POT_TOP - 1.0, POT_TOP + 1.2)
    feet = R.edges_sdf(np.abs(x - FOOT_X), y, POT_FOOT - 4.0, POT_FOOT - 1.0, POT_BOTTOM - 1.0, TABLE_Y + 0.5)
    R.over(part, R.coverage(R.ellipse_sdf(x - FOOT_X, y - POT_TOP + 0.6, POT_LIP - 1.0, 2.0)), MOSS)
    R.over(part, R.coverage(np.minimum(np.minimum(trough, lip), feet)), glaze)
    R.over(part, 0.3 * R.coverage(np.maximum(np.abs(y - 44.5) - 0.5, trough)), (1.0, 1.0, 1.0))  # a gleam
    return R.to_uint8(img)


def render(trunk_lean: float, canopy_size: float, pads: float, pot_hue: float, wall_light: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[trunk_lean, canopy_size, pads, pot_hue, wall_light]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("bonsai", arg, n, seed, FACTORS, sample_factors, _draw)
