"""`signwriter`: a signwriter up a ladder lettering the name board of a draper's shop, seen from
the front (64x64 RGB).

The shop front is of red brick with pale mortar. Across the top runs the long name board under a
cream cornice, painted one colour, with a dark moulding round it; the word DRAPER is being
lettered along it in gold capitals with a dark shadow, from the left. Below, on the left, is the
shop window in a cream frame, bolts of cloth standing in it behind the glass; right of it is a dark
green panelled door on a stone step, and at the right a small cream sign with a dark border hangs
flat on the brick from two short chains. Grey paving stones run along the bottom. A wooden ladder
leans against the name board, and the signwriter stands on it with his back to us, in a white
smock and dark trousers, one arm raised to the board. Factors: the colour of the name board (the
whole colour wheel, coming round to where it began), how much of the name has been lettered (none
to all of it), where the ladder and the signwriter stand along the shop front (left to right) and
the shape of the small hanging sign (a wide oblong, a tall oval or a shield). The brick, the
window, the door, the paving and the letters' colour stay fixed; the ladder always lies inside
the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("board_hue", "hue of the shop's name board", "cyclic", period=1.0),
    Factor("lettered", "how much of the shop's name has been lettered (none to all)", "continuous"),
    Factor("ladder_x", "horizontal position of the ladder and signwriter (left to right)", "continuous"),
    Factor("sign_shape", "shape of the small hanging sign (oblong, oval or shield)", "categorical",
           ("oblong", "oval", "shield")),
)
# board_hue: 0..1 of the colour wheel, a whole turn (0 and 1 are the same red); lettered: 0..1
# paints the letters left of x = 8..57 px (the name spans x = 9..55 px); ladder_x: 0..1 puts the
# ladder's foot at x = 8..50 px (its top 4 px further right, on the board); sign_shape: a code
# 0..2 for a wide oblong, a tall oval or a shield, centred at (55.5, 39) px
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 2.0))
BRICK, MORTAR, CREAM, MOULDING = (0.58, 0.27, 0.2), (0.74, 0.66, 0.58), (0.92, 0.88, 0.74), (0.16, 0.14, 0.13)
GLASS, GLASS_SHINE, DOOR, DOOR_PANEL, STEP, PAVING, PAVING_LINE = (0.2, 0.25, 0.3), (0.42, 0.5, 0.56), \
    (0.12, 0.32, 0.22), (0.09, 0.24, 0.16), (0.66, 0.64, 0.6), (0.6, 0.6, 0.62), (0.46, 0.46, 0.48)
CLOTHS = ((0.72, 0.2, 0.24), (0.26, 0.4, 0.7), (0.86, 0.74, 0.32), (0.36, 0.58, 0.34))
GOLD, SHADOW, SIGN_BORDER = (0.98, 0.82, 0.32), (0.08, 0.07, 0.06), (0.2, 0.18, 0.2)
LADDER, SMOCK, TROUSERS, SKIN, HAIR = (0.8, 0.66, 0.42), (0.94, 0.94, 0.92), (0.16, 0.16, 0.2), \
    (0.9, 0.72, 0.58), (0.3, 0.2, 0.12)
BOARD_L, BOARD_R, BOARD_T, BOARD_B = 4.0, 60.0, 5.0, 21.0
PAVING_Y, SIGN_X, SIGN_Y = 57.0, 55.5, 39.0
LETTERS = {  # 3x5 capitals, rows top to bottom
    "D": ("110", "101", "101", "101", "110"), "R": ("110", "101", "110", "101", "101"),
    "A": ("010", "101", "111", "101", "101"), "P": ("110", "101", "110", "100", "100"),
    "E": ("111", "100", "110", "100", "111"),
}
NAME, NAME_X, NAME_Y, CELL, PITCH = "DRAPER", 9.0, 8.0, 2.0, 8.0  # each letter 6x10 px, every 8 px


def _scene():
    x, y = R.grid()
    img = R.canvas(1, BRICK)
    course = np.floor(y / 3.0)
    joints = np.minimum(np.abs((y % 3.0) - 0.25), np.abs(((x + course * 3.5) % 7.0) - 0.25))
    R.over(img, R.coverage(joints - 0.4), MORTAR)
    R.over(img, R.coverage(R.edges_sdf(x, y, BOARD_L - 2.0, BOARD_R + 2.0, BOARD_T - 3.0, BOARD_T - 0.5)), CREAM)
    R.over(img, R.coverage(R.edges_sdf(x, y, BOARD_L, BOARD_R, BOARD_T, BOARD_B)), MOULDING)
    # the window with bolts of cloth behind the glass
    R.over(img, R.coverage(R.edges_sdf(x, y, 4.0, 32.0, 25.0, 53.0)), CREAM)
    R.over(img, R.coverage(R.edges_sdf(x, y, 6.0, 30.0, 27.0, 51.0)), GLASS)
    for i, c in enumerate(CLOTHS):
        R.over(img, R.coverage(R.edges_sdf(x, y, 7.5 + 5.6 * i, 11.5 + 5.6 * i, 38.0 - 3.0 * (i % 2), 51.0)), c)
    shine = np.maximum(np.abs(x + y - 62.0) - 1.5, R.edges_sdf(x, y, 6.0, 30.0, 27.0, 51.0))
    R.over(img, 0.6 * R.coverage(shine), GLASS_SHINE)
    R.over(img, R.coverage(np.abs(x - 18.0) - 0.6) * R.coverage(R.edges_sdf(x, y, 6.0, 30.0, 27.0, 51.0)), CREAM)
    # the door on its step
    R.over(img, R.coverage(R.edges_sdf(x, y, 35.0, 45.0, 25.0, PAVING_Y - 1.5)), DOOR)
    for top in (27.5, 40.0):
        R.over(img, R.coverage(R.edges_sdf(x, y, 37.0, 43.0, top, top + 10.0)), DOOR_PANEL)
    R.over(img, R.coverage(np.hypot(x - 43.5, y - 41.0) - 0.8), GOLD)
    R.over(img, R.coverage(R.edges_sdf(x, y, 33.5, 46.5, PAVING_Y - 2.0, PAVING_Y)), STEP)
    R.over(img, R.below(PAVING_Y, 1), PAVING)
    flags = np.minimum(np.abs(((x + 3.0 * np.floor((y - PAVING_Y) / 4.0)) % 9.0) - 4.5), np.abs(((y - PAVING_Y) % 4.0)))
    R.over(img, R.coverage(np.maximum(4.0 - flags, PAVING_Y - y)), PAVING_LINE)
    # the bracket of the hanging sign
    R.over(img, R.coverage(R.edges_sdf(x, y, SIGN_X - 6.0, SIGN_X + 6.0, 24.0, 25.5)), SIGN_BORDER)
    return img[0]


SCENE = _scene()


def _name(shift: float = 0.0):
    """Coverage of the painted letters of the shop's name (moved down and right by ``shift``)."""
    x, y = R.grid()
    x, y = x - shift, y - shift
    d = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for i, ch in enumerate(NAME):
        for r, row in enumerate(LETTERS[ch]):
            for c, bit in enumerate(row):
                if bit == "1":
                    x0, y0 = NAME_X + PITCH * i + CELL * c, NAME_Y + CELL * r
                    np.minimum(d, R.edges_sdf(x, y, x0, x0 + CELL, y0, y0 + CELL), out=d)
    return R.coverage(d[0])


NAME_COVER, NAME_SHADOW = _name(), _name(0.8)
BOARD = R.coverage(R.edges_sdf(*R.grid(), BOARD_L + 1.2, BOARD_R - 1.2, BOARD_T + 1.2, BOARD_B - 1.2))


def _signs():
    x, y = R.grid()
    u, v = x - SIGN_X, y - SIGN_Y
    oblong = R.box_sdf(u, v + 5.0, 9.0, 4.0)
    oval = R.ellipse_sdf(u, v, 4.2, 9.5)
    shield = np.maximum(R.box_sdf(u, v - 3.0, 8.0, 8.5), (np.abs(u) * 9.0 + (v - 11.5) * 8.0) / np.hypot(9.0, 8.0))
    return np.stack([oblong[0], oval[0], shield[0]])


SIGNS = _signs()
CHAIN_END = np.array([SIGN_Y - 8.0, SIGN_Y - 4.5, SIGN_Y - 4.5], np.float32)  # a little inside each sign's top


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the name board and its lettering, with a dark shadow down and to the right
    R.over(img, np.broadcast_to(BOARD, (n, R.SIZE, R.SIZE)), R.hsv(f[:, 0], 0.6, 0.55))
    done = R.coverage(x - R.col(8.0 + 49.0 * f[:, 1]))
    R.over(img, done * NAME_SHADOW, SHADOW)
    R.over(img, done * NAME_COVER, GOLD)
    # the hanging sign
    kind = f[:, 3].astype(int)
    sign = SIGNS[kind]
    chain_end = CHAIN_END[kind][:, None, None]
    for cx in (SIGN_X - 3.5, SIGN_X + 3.5):
        R.over(img, R.coverage(np.maximum(np.abs(x - cx) - 0.4, np.maximum(25.0 - y, y - chain_end))), SIGN_BORDER)
    R.over(img, R.coverage(sign), SIGN_BORDER)
    R.over(img, R.coverage(sign + 1.2), CREAM)
    # the ladder: two rails and rungs, leaning a little to the right against the board
    fx = R.col(8.0 + 42.0 * f[:, 2])
    lean = (63.0 - y) / 55.0 * 4.0  # 0 at the foot, 4 px at the top
    cx = fx + lean
    rails = np.maximum(np.abs(np.abs(x - cx) - 4.0) - 0.9, np.maximum(8.0 - y, y - 64.0))
    rungs = np.maximum(np.abs(((y - 10.0) % 5.0) - 2.5) - 0.7, np.maximum(np.abs(x - cx) - 4.0, 9.0 - y))
    R.over(img, R.coverage(np.minimum(rails, rungs)), LADDER)
    # the signwriter, standing on the ladder with his back to us
    px = fx + 2.6  # where the ladder is at his middle
    legs = np.minimum(R.segment_sdf(x, y, px - 1.6, 38.0, px - 1.8, 46.0), R.segment_sdf(x, y, px + 1.6, 38.0, px + 1.8, 46.0))
    R.over(img, R.coverage(legs - 1.2), TROUSERS)
    R.over(img, R.coverage(R.box_sdf(x - px, y - 31.5, 2.6, 6.5) - 1.0), SMOCK)
    arm = np.minimum(R.segment_sdf(x, y, px + 3.0, 27.0, px + 6.5, 20.0), R.segment_sdf(x, y, px - 3.0, 27.0, px - 4.0, 35.0))
    R.over(img, R.coverage(arm - 1.1), SMOCK)
    R.over(img, R.coverage(np.hypot(x - px - 6.8, y - 19.2) - 1.1), SKIN)
    R.over(img, R.coverage(np.hypot(x - px, y - 21.0) - 3.0), SKIN)
    R.over(img, R.coverage(np.maximum(np.hypot(x - px, y - 21.0) - 3.2, y - 21.5)), HAIR)
    return R.to_uint8(img)


def render(board_hue: float, lettered: float, ladder_x: float, sign_shape: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[board_hue, lettered, ladder_x, sign_shape]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("signwriter", arg, n, seed, FACTORS, sample_factors, _draw)
