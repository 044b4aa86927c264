"""`hatrack`: a wooden hat rack on a papered wall in a hallway, with hats hanging from its
pegs, seen straight on (64x64 RGB).

A wooden board with three dark round pegs is fixed across the wall; from the pegs hang
felt hats of one colour, each a rounded crown with a dark band and a wide brim, filled from
the left peg. Below is a dark wooden skirting board. Factors: how high the rack is fixed on
the wall (high to low; the hats move with it), how many hats hang on it (one to three), the
hue of the hats (a cyclic factor: a whole turn of the colour wheel comes back to the same
colour) and the wallpaper's pattern (plain, striped or checked). The hats' shape and size,
the board, the pegs and the skirting stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("rack_height", "how high the rack is fixed on the wall (high to low)", "continuous"),
    Factor("hats", "how many hats hang on the rack", "categorical", ("1", "2", "3")),
    Factor("hat_hue", "hue of the hats (a whole turn of the colour wheel)", "cyclic", period=1.0),
    Factor("wallpaper", "pattern of the wallpaper", "categorical", ("plain", "striped", "checked")),
)
# rack_height: 0..1 puts the board's top at y = 8..24 px (0 high, 1 low); hats: codes 0..2, the
# hats hung from the left peg on; hat_hue: 0..1 turns of the colour wheel; wallpaper: codes 0..2
RANGES = ((0.0, 1.0), (0.0, 2.0), (0.0, 1.0), (0.0, 2.0))
WALL, PAPER_INK = np.array((0.92, 0.87, 0.74)), np.array((0.55, 0.66, 0.78))
BOARD, PEG, BAND, SKIRTING = (0.55, 0.35, 0.19), (0.2, 0.13, 0.08), (0.12, 0.1, 0.09), (0.3, 0.2, 0.12)
PEGS = (12.0, 32.0, 52.0)
BOARD_H, CROWN_HW, CROWN_H, BRIM_HW, BRIM_H = 5.0, 7.0, 12.0, 10.0, 3.0
SKIRT_Y = 58.0


def _papers() -> np.ndarray:
    x, y = R.grid()
    plain = np.zeros((R.SIZE, R.SIZE), np.float32)
    stripes = R.coverage(np.abs((x % 8.0) - 4.0) - 2.0)[0] + plain
    checks = ((np.floor(x / 8) + np.floor(y / 8)) % 2 == 0)[0] + plain
    out = []
    for ink in (plain, stripes, checks):
        img = R.canvas(1, WALL)
        R.over(img, ink[None], PAPER_INK)
        R.over(img, R.below(SKIRT_Y, 1), SKIRTING)
        out.append(img[0])
    return np.stack(out)


PAPERS = _papers()  # (3, 3, H, W): the wall under each pattern


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    img = PAPERS[f[:, 3].astype(int)].copy()
    top = R.col(8 + 16 * f[:, 0])
    R.over(img, R.coverage(R.edges_sdf(x, y, 4, 60, top, top + BOARD_H)), BOARD)
    colour = R.hsv(f[:, 2], 0.7, 0.78)
    for i, px in enumerate(PEGS):
        R.over(img, R.coverage(np.hypot(x - px, y - (top + BOARD_H / 2)) - 2.0), PEG)
        shown = R.col(f[:, 1] >= i)
        c0 = top + BOARD_H / 2 + 1.0  # the crown hangs from the peg
        crown = R.box_sdf(x - px, y - (c0 + CROWN_H / 2), CROWN_HW - 2.5, CROWN_H / 2 - 2.5) - 2.5
        brim = R.box_sdf(x - px, y - (c0 + CROWN_H + BRIM_H / 2 - 1), BRIM_HW - 1.2, BRIM_H / 2 - 1.2) - 1.2
        hat = np.minimum(crown, brim)
        R.over(img, shown * R.coverage(hat), colour)
        band = np.maximum(crown, np.abs(y - (c0 + CROWN_H - 3.5)) - 1.2)
        R.over(img, shown * R.coverage(band), BAND)
    return R.to_uint8(img)


def render(rack_height: float, hats: float, hat_hue: float, wallpaper: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[rack_height, hats, hat_hue, wallpaper]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("hatrack", arg, n, seed, FACTORS, sample_factors, _draw)
