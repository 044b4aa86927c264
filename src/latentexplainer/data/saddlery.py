"""`saddlery`: a saddler's shop, a riding saddle on a wooden saddle horse in front of a wall of
pegs with bridles hanging from them, seen from the side (64x64 RGB).

The shop's wall is cream plaster above dark wooden panelling, with a row of three wooden pegs
high up on it; the floor is a band of boards along the bottom. A saddle horse - a wooden
stand with a rounded top rail on two pairs of splayed legs - stands on the floor, and on its
rail sits a riding saddle, seen from the side: a seat dipping between a low pommel at the
front (left) and a higher cantle at the back, a saddle flap hanging below the seat, and from
the flap a stirrup leather with a steel stirrup iron at its end. Bridles hang from the pegs,
from the left: each a loop of headstall with a browband and a noseband, a steel bit ring and
the reins hanging in a loop below. Factors: where the saddle horse and its saddle stand along
the floor (left to right), how long the stirrup leather hangs (the iron high under the flap to
low near the floor), how many bridles hang on the pegs (1 to 3) and which leather the saddle
and bridles are made of (tan, black or oxblood red). The wall, the pegs, the floor and the
saddle's size stay fixed; the whole saddle horse always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("saddle_x", "where the saddle on its stand stands along the floor (left to right)", "continuous"),
    Factor("stirrup_length", "how long the stirrup leather hangs below the saddle (short to long)", "continuous"),
    Factor("bridles", "how many bridles hang on the wall pegs (1 to 3)", "categorical", ("1", "2", "3")),
    Factor("leather", "leather of the saddle and bridles (tan, black or oxblood red)", "categorical",
           ("tan", "black", "oxblood")),
)
# saddle_x: 0..1 puts the middle of the saddle horse's rail at x = 18..46 px; stirrup_length:
# 0..1 puts the foot of the stirrup iron at y = 44..58 px (its leather hangs from the seat);
# bridles: a code 0..2 for 1..3 bridles, on the pegs of PEGS from the left; leather: a code 0..2
# for the colours of LEATHERS (the darker shade of each is its edges and seams)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 2.0), (0.0, 2.0))
PLASTER, PANEL, PANEL_LINE = (0.9, 0.85, 0.72), (0.36, 0.26, 0.18), (0.26, 0.18, 0.12)
FLOOR, FLOOR_LINE, PEG, WOOD, WOOD_DARK = (0.62, 0.5, 0.36), (0.48, 0.37, 0.26), (0.5, 0.34, 0.2), \
    (0.76, 0.6, 0.4), (0.56, 0.42, 0.27)
STEEL = (0.74, 0.76, 0.8)
LEATHERS = np.array(((0.78, 0.48, 0.2), (0.12, 0.11, 0.12), (0.56, 0.12, 0.15)), np.float32)
PANEL_Y, FLOOR_Y, RAIL_Y = 40.0, 58.0, 38.0
PEGS = (10.0, 26.0, 42.0)
PEG_Y = 6.0
HALF_SEAT = 13.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, PLASTER)
    R.over(img, R.below(PANEL_Y, 1), PANEL)
    R.over(img, R.coverage(np.maximum(np.abs((x % 8.0) - 4.0) - 3.4, PANEL_Y + 1.5 - y)), PANEL_LINE)
    R.over(img, R.coverage(np.abs(y - PANEL_Y - 0.5) - 1.0), WOOD_DARK)  # the dado rail
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    R.over(img, R.coverage(np.maximum(np.abs(((x + 5.0 * (y > 61.0)) % 11.0) - 0.5) - 0.5, FLOOR_Y - y)),
           FLOOR_LINE)
    R.over(img, R.coverage(R.edges_sdf(x, y, 3.0, 50.0, PEG_Y - 2.5, PEG_Y - 1.0)), PEG)  # the peg board
    for px in PEGS:
        R.over(img, R.coverage(np.hypot(x - px, y - PEG_Y) - 1.6), PEG)
    return img[0]


SCENE = _scene()


def _bridles():
    """Per peg: the coverage of a bridle's leather, and of its steel bit."""
    x, y = R.grid()
    out = []
    for px in PEGS:
        head = np.abs(R.ellipse_sdf(x - px, y - 15.5, 4.6, 9.0)) - 1.2
        brow = np.maximum(np.abs(y - 10.5) - 1.1, np.abs(x - px) - 5.6)
        nose = np.maximum(np.abs(y - 20.0) - 1.2, np.abs(x - px) - 5.6)
        reins = np.abs(R.ellipse_sdf(x - px, y - 27.0, 3.6, 6.0)) - 1.0
        reins = np.maximum(reins, 23.5 - y)
        leather = np.minimum(np.minimum(head, brow), np.minimum(nose, reins))
        bit = np.abs(np.hypot(np.abs(x - px) - 4.6, y - 23.5) - 1.6) - 0.7
        out.append((R.coverage(leather), R.coverage(bit)))
    return out


BRIDLES = _bridles()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    leather = LEATHERS[f[:, 3].astype(int)]
    dark = leather * 0.6 + 0.04
    # the bridles on the pegs, from the left
    count = f[:, 2].astype(int)
    for i, (cover, bit) in enumerate(BRIDLES):
        on = (count >= i).astype(np.float32)[:, None, None]
        R.over(img, on * cover, leather)
        R.over(img, on * bit, STEEL)
    # the saddle horse: a rounded rail on splayed legs
    sx = R.col(18.0 + 28.0 * f[:, 0])
    u = x - sx
    legs = np.min([R.segment_sdf(x, y, sx + side * 10.0, RAIL_Y + 1.5, sx + side * 14.0, FLOOR_Y + 1.0)
                   for side in (-1.0, 1.0)], 0) - 1.1
    R.over(img, R.coverage(legs), WOOD_DARK)
    rail = R.box_sdf(u, y - (RAIL_Y + 1.0), HALF_SEAT - 1.0, 0.5) - 1.0
    R.over(img, R.coverage(rail), WOOD)
    # the saddle: a seat between the pommel (left) and the higher cantle (right), and a flap
    t = np.clip(u / HALF_SEAT, -1.0, 1.0)
    top = RAIL_Y - 3.5 - np.where(t < 0, 3.5, 7.0) * t ** 4
    bottom = RAIL_Y + 1.5 - 2.5 * t ** 2
    seat = np.maximum(np.maximum(top - y, y - bottom), np.abs(u) - HALF_SEAT)
    flap = R.box_sdf(u + 3.0, y - (RAIL_Y + 4.0), 4.0, 4.0) - 2.0
    R.over(img, R.coverage(flap), leather)
    R.over(img, 0.9 * R.coverage(np.abs(flap + 1.2) - 0.45), dark)
    R.over(img, R.coverage(seat - 0.3), leather)
    R.over(img, 0.9 * R.coverage(np.maximum(np.abs(y - bottom + 1.2) - 0.6, np.abs(u) - HALF_SEAT + 1.5)), dark)
    # the stirrup leather and iron, hanging outside the flap
    foot = R.col(44.0 + 14.0 * f[:, 1])
    strap = R.edges_sdf(x, y, sx - 4.6, sx - 1.6, RAIL_Y - 1.0, foot - 6.0)
    R.over(img, R.coverage(strap), leather)
    R.over(img, 0.8 * R.coverage(np.maximum(np.abs(u + 3.1) - 0.4, strap)), dark)
    iron = np.abs(R.box_sdf(u + 3.1, y - (foot - 3.5), 3.2, 2.6) - 0.7) - 1.0
    tread = R.edges_sdf(x, y, sx - 7.5, sx + 1.3, foot - 2.0, foot)
    R.over(img, R.coverage(np.minimum(iron, tread)), STEEL)
    return R.to_uint8(img)


def render(saddle_x: float, stirrup_length: float, bridles: float, leather: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[saddle_x, stirrup_length, bridles, leather]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("saddlery", arg, n, seed, FACTORS, sample_factors, _draw)
