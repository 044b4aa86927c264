"""`feltmaker`: a feltmaker's workroom, a sheet of felt being unrolled along a wooden table, balls
of fleece on a shelf above it and a copper cauldron of hot water on a brick stove beside it,
seen from the front (64x64 RGB).

The room's wall is a dark grey-green, above a floor of brown stone along the bottom. On the
left a wooden table on two legs shows its top as a broad pale band, its front edge darker; a
sheet of felt lies along the table top from its left end, and at the sheet's right end the
rest of the felt is still rolled up, the roll seen end on as a disc with a darker spiral. Above
the table a wooden shelf on two brackets holds balls of pale fleece, each with a few darker
strands, standing from the left. At the right a copper cauldron with a dark rim sits on a red
brick stove with a glowing fire door, and steam may rise from it in a wavering plume. Factors:
how far the felt is unrolled along the table (a short length to most of the table; the roll
moves with its end), the hue of the felt (red through yellow, green and blue to purple), how
many balls of fleece stand on the shelf (1 to 3) and how much steam rises from the cauldron
(none to a thick plume). The wall, the table, the shelf, the stove and the cauldron stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("felt_length", "how far the felt is unrolled along the table (short to long)", "continuous"),
    Factor("felt_hue", "hue of the felt (red through yellow, green and blue to purple)", "continuous"),
    Factor("fleece_balls", "how many balls of fleece stand on the shelf (1 to 3)", "categorical",
           ("1", "2", "3")),
    Factor("steam", "how much steam rises from the cauldron (none to a thick plume)", "continuous"),
)
# felt_length: 0..1 puts the felt's unrolled end - the middle of the roll - at x = 14..38 px, the
# sheet starting at x = 4 px; felt_hue: 0..0.8 of the colour wheel (no wrap); fleece_balls: a code
# 0..2 for 1..3 balls, at BALLS from the left; steam: 0..1 scales the plume's opacity from 0
# (no steam) to 0.9 at its thickest
RANGES = ((0.0, 1.0), (0.0, 0.8), (0.0, 2.0), (0.0, 1.0))
WALL, WALL_DARK, FLOOR = (0.3, 0.36, 0.33), (0.26, 0.31, 0.28), (0.42, 0.34, 0.27)
TABLE_TOP, TABLE_GRAIN, TABLE_FRONT = (0.7, 0.56, 0.38), (0.62, 0.48, 0.31), (0.45, 0.32, 0.2)
SHELF, FLEECE, STRAND = (0.5, 0.36, 0.22), (0.93, 0.9, 0.82), (0.72, 0.68, 0.58)
BRICK, MORTAR, FIRE = (0.62, 0.28, 0.2), (0.48, 0.42, 0.38), (1.0, 0.6, 0.15)
COPPER, COPPER_DARK, RIM, STEAM = (0.8, 0.46, 0.24), (0.58, 0.3, 0.15), (0.24, 0.16, 0.12), (0.96, 0.96, 0.96)
FLOOR_Y, TOP_Y, FRONT_Y, EDGE_Y = 58.0, 29.0, 41.0, 44.5  # the table: its top from TOP_Y to FRONT_Y
FELT_L, FELT_T, FELT_B, ROLL_R = 4.0, 30.5, 39.5, 5.5
SHELF_Y, BALLS, BALL_R = 21.0, (10.0, 23.0, 36.0), 6.5
POT_X, POT_Y = 55.0, 35.0  # the cauldron's middle


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, R.coverage(np.abs((x % 9.0) - 4.5) - 3.9), WALL_DARK)
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    # the shelf and its brackets
    R.over(img, R.coverage(R.edges_sdf(x, y, 2.0, 44.0, SHELF_Y - 0.5, SHELF_Y + 1.5)), SHELF)
    for bx in (6.0, 40.0):
        R.over(img, R.coverage(R.segment_sdf(x, y, bx, SHELF_Y + 1.0, bx, SHELF_Y + 5.0) - 0.8), SHELF)
    # the table: legs, front edge, top with its grain
    legs = np.minimum(R.edges_sdf(x, y, 4.0, 7.0, FRONT_Y, 61.0), R.edges_sdf(x, y, 41.0, 44.0, FRONT_Y, 61.0))
    R.over(img, R.coverage(legs), TABLE_FRONT)
    R.over(img, R.coverage(R.edges_sdf(x, y, 1.0, 47.0, FRONT_Y, EDGE_Y)), TABLE_FRONT)
    top = R.edges_sdf(x, y, 2.0, 46.0, TOP_Y, FRONT_Y)
    R.over(img, R.coverage(top), TABLE_TOP)
    R.over(img, R.coverage(np.maximum(top, np.abs(((y - TOP_Y) % 3.0) - 1.5) - 0.35)), TABLE_GRAIN)
    # the stove: brick courses, a glowing fire door
    stove = R.edges_sdf(x, y, 48.0, 62.0, 40.0, 61.0)
    R.over(img, R.coverage(stove), BRICK)
    course = np.floor((y - 40.0) / 3.0)
    joints = np.minimum(np.abs(((y - 40.0) % 3.0) - 0.3), np.abs(((x + course * 2.5) % 5.0) - 0.3))
    R.over(img, R.coverage(np.maximum(joints - 0.4, stove)), MORTAR)
    R.over(img, R.coverage(R.edges_sdf(x, y, 52.0, 58.0, 48.0, 54.0)), RIM)
    R.over(img, R.coverage(R.edges_sdf(x, y, 53.0, 57.0, 49.5, 53.5)), FIRE)
    # the cauldron: a copper belly, shaded at the right, with a dark rim
    pot = np.maximum(R.ellipse_sdf(x - POT_X, y - POT_Y, 7.0, 6.5), 30.0 - y)
    R.over(img, R.coverage(pot), COPPER)
    R.over(img, R.coverage(np.maximum(pot, POT_X + 2.0 - x)), COPPER_DARK)
    R.over(img, R.coverage(R.ellipse_sdf(x - POT_X, y - 30.0, 6.6, 1.2)), RIM)
    return img[0]


SCENE = _scene()


def _balls():
    """Per ball of fleece: its coverage and the coverage of its darker strands."""
    x, y = R.grid()
    out = []
    for bx in BALLS:
        u, v = x - bx, y - (SHELF_Y - 0.5 - BALL_R)
        rho = np.hypot(u, v)
        strands = np.minimum(np.abs(R.ellipse_sdf(u - 1.0, v, 3.2, 5.8)), np.abs(R.ellipse_sdf(u + 1.5, v - 0.5, 5.5, 2.6)))
        out.append((R.coverage(rho - BALL_R), R.coverage(np.maximum(strands - 0.5, rho - BALL_R + 0.8))))
    return out


BALL_COVERS = _balls()


def _steam():
    """The steam's plume over the cauldron: its opacity at full strength."""
    x, y = R.grid()
    width = 2.5 + 0.2 * np.clip(30.0 - y, 0.0, None)
    core = np.exp(-((x - POT_X - 2.0 * np.sin(0.35 * y)) / width) ** 2)
    fade = np.clip((y - 1.0) / 12.0, 0.0, 1.0) * np.clip((30.5 - y) / 2.0, 0.0, 1.0)
    puffs = 0.8 + 0.2 * np.sin(0.9 * y + 0.5 * x)
    return (0.9 * core * fade * puffs)[0]


STEAM_ALPHA = _steam()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the balls of fleece on the shelf, from the left
    count = f[:, 2].astype(int)
    for i, (ball, strands) in enumerate(BALL_COVERS):
        on = (count >= i).astype(np.float32)[:, None, None]
        R.over(img, on * ball, FLEECE)
        R.over(img, on * strands, STRAND)
    # the steam over the cauldron
    R.over(img, R.col(f[:, 3]) * STEAM_ALPHA, STEAM)
    # the felt: the unrolled sheet, mottled, and the roll at its end with a darker spiral
    end = R.col(14.0 + 24.0 * f[:, 0])
    felt = R.hsv(f[:, 1], 0.7, 0.82)
    sheet = R.coverage(np.maximum(R.edges_sdf(x, y, FELT_L, 64.0, FELT_T, FELT_B), x - end))
    R.over(img, sheet, felt)
    mottle = np.clip(np.sin(0.8 * x + 1.3 * y) * np.sin(1.1 * x - 0.6 * y), 0.0, 1.0)
    R.over(img, 0.3 * sheet * mottle, felt * 0.7)
    u, v = x - end, y - (FELT_B - ROLL_R + 0.5)
    rho = np.hypot(u, v)
    R.over(img, R.coverage(rho - ROLL_R), felt)
    turn = np.arctan2(v, u) / (2 * np.pi)
    spiral = np.abs(((rho / 1.8 - turn) % 1.0) - 0.5) * 1.8 - 0.4
    R.over(img, R.coverage(np.maximum(spiral, rho - ROLL_R + 0.6)), felt * 0.55)
    return R.to_uint8(img)


def render(felt_length: float, felt_hue: float, fleece_balls: float, steam: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[felt_length, felt_hue, fleece_balls, steam]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("feltmaker", arg, n, seed, FACTORS, sample_factors, _draw)
