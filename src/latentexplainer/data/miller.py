"""`miller`: the stone floor of a mill, the runner millstone turning face on, flour running
down a chute into a heap and filled sacks standing by the wall, seen from the front (64x64 RGB).

The mill's inside has wooden boarded walls and a plank floor; a small window high on the right
looks out on the sky. On the left a big round grey millstone stands face on to us, with four
dark furrows cut from its eye at the middle towards its rim; below it a wooden chute pours flour
onto a white heap on the floor. On the right, cream flour sacks, each tied at the neck, stand in
a row on the floor. Factors: how far the millstone has turned (a cyclic factor with a
quarter-turn period: its four furrows come round to the same look), how many flour sacks stand
by the wall (1 to 3), how big the heap of flour is (small to large) and how much daylight comes
in (from a dim evening to bright day: the window's sky and the whole room brighten). The walls,
the floor, the window, the chute and the stone's size stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("stone_turn", "how far the millstone has turned (a quarter turn comes round)", "cyclic",
           period=np.pi / 2),
    Factor("sacks", "how many flour sacks stand by the wall (1 to 3)", "categorical", ("1", "2", "3")),
    Factor("heap_size", "size of the heap of flour on the floor (small to large)", "continuous"),
    Factor("daylight", "how much daylight comes into the mill (dim to bright)", "continuous"),
)
# stone_turn: 0..pi/2 radians, a quarter turn (its four furrows make a quarter turn look the same);
# sacks: a code 0..2 for 1..3 sacks, filled from SACKS in order; heap_size: 0..1 is a heap 3..14 px
# in half-width (0.6 times that tall) on the floor at x = 20 px; daylight: 0..1 scales the whole
# room's brightness from 0.45 to 1 and turns the window's sky from dusk blue to a bright day
RANGES = ((0.0, np.pi / 2), (0.0, 2.0), (0.0, 1.0), (0.0, 1.0))
BOARD, BOARD_LINE, FLOOR, FLOOR_LINE = (0.55, 0.42, 0.3), (0.42, 0.31, 0.21), (0.36, 0.26, 0.18), (0.27, 0.19, 0.13)
STONE, STONE_DARK, FURROW = (0.62, 0.61, 0.58), (0.45, 0.44, 0.42), (0.2, 0.2, 0.2)
FLOUR, SACK, TIE, CHUTE = (0.97, 0.96, 0.93), (0.94, 0.89, 0.74), (0.45, 0.3, 0.15), (0.48, 0.33, 0.18)
DUSK, DAY = np.array((0.16, 0.2, 0.42)), np.array((0.6, 0.8, 0.98))
FLOOR_Y = 56.0
STONE_X, STONE_Y, STONE_R, EYE_R = 20.0, 22.0, 15.0, 2.6
SACKS = (49.0, 37.5, 60.0)  # the sacks' middles, in the order they fill
SACK_HX, SACK_HY = 5.5, 9.5
WIN = (44.0, 58.0, 6.0, 18.0)
HEAP_X = 20.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, BOARD)
    R.over(img, R.coverage(np.abs(x % 6.0 - 0.5) - 0.45), BOARD_LINE)
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    R.over(img, R.coverage(np.maximum(np.abs((x + 3.0) % 9.0 - 0.5) - 0.45, FLOOR_Y + 0.5 - y)), FLOOR_LINE)
    R.over(img, R.coverage(R.edges_sdf(x, y, WIN[0] - 1.5, WIN[1] + 1.5, WIN[2] - 1.5, WIN[3] + 1.5)), CHUTE)
    chute = R.segment_sdf(x, y, 24.0, 38.0, 21.0, 46.0) - 1.8
    R.over(img, R.coverage(chute), CHUTE)
    return img[0]


SCENE = _scene()


def _fixed():
    x, y = R.grid()
    window = R.coverage(np.maximum(R.edges_sdf(x, y, *WIN), 0.6 - np.abs(x - (WIN[0] + WIN[1]) / 2)))
    stone = R.coverage(np.hypot(x - STONE_X, y - STONE_Y) - STONE_R)
    return window, stone


WINDOW, STONE_COVER = _fixed()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the millstone: a grey disc, darker at its rim, four furrows from its eye and the eye
    u, v = x - STONE_X, y - STONE_Y
    rho = np.hypot(u, v)
    R.over(img, np.broadcast_to(STONE_COVER, (n, R.SIZE, R.SIZE)), STONE_DARK)
    R.over(img, R.coverage(rho - STONE_R + 2.0), STONE)
    a = R.col(f[:, 0])
    furrows = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    for k in range(4):
        t = a + k * np.pi / 2
        ax, ay = STONE_X + EYE_R * np.cos(t), STONE_Y + EYE_R * np.sin(t)
        bx, by = STONE_X + (STONE_R - 2.5) * np.cos(t + 0.55), STONE_Y + (STONE_R - 2.5) * np.sin(t + 0.55)
        np.minimum(furrows, R.segment_sdf(x, y, ax, ay, bx, by) - 1.4, out=furrows)
    R.over(img, R.coverage(furrows), FURROW)
    R.over(img, R.coverage(rho - EYE_R), FURROW)
    # the heap of flour under the chute
    hx = R.col(3.0 + 11.0 * f[:, 2])
    heap = np.maximum(R.ellipse_sdf(x - HEAP_X, y - FLOOR_Y - 1.0, hx, 0.6 * hx + 1.0), y - FLOOR_Y - 2.0)
    R.over(img, R.coverage(heap), FLOUR)
    stream = np.maximum(np.abs(x - HEAP_X - 0.5) - 0.8, np.maximum(46.0 - y, y - FLOOR_Y))
    R.over(img, R.coverage(stream), FLOUR)
    # the sacks by the wall
    count = f[:, 1].astype(int)
    for i, sx in enumerate(SACKS):
        on = (count >= i).astype(np.float32)[:, None, None]
        body = R.box_sdf(x - sx, y - (FLOOR_Y + 1.0 - SACK_HY), SACK_HX - 2.0, SACK_HY - 2.0) - 2.0
        R.over(img, on * R.coverage(body), SACK)
        neck = R.edges_sdf(x, y, sx - 2.2, sx + 2.2, FLOOR_Y - 2 * SACK_HY - 1.5, FLOOR_Y - 2 * SACK_HY + 2.5)
        R.over(img, on * R.coverage(neck), TIE)
    # the daylight: the window's sky, then the whole room's brightness
    d = f[:, 3:4]
    R.over(img, np.broadcast_to(WINDOW, (n, R.SIZE, R.SIZE)), DUSK + (DAY - DUSK) * d)
    img *= R.col(0.45 + 0.55 * f[:, 3])[:, None]
    return R.to_uint8(img)


def render(stone_turn: float, sacks: float, heap_size: float, daylight: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[stone_turn, sacks, heap_size, daylight]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("miller", arg, n, seed, FACTORS, sample_factors, _draw)
