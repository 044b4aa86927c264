"""`pizza`: a pepperoni pizza cut into eight slices on a round wooden board on a checked
tablecloth, seen from above (64x64 RGB).

The pizza fills the middle of the image: a round pizza with a raised crust round its edge with a darker rim, a
thin line of red tomato sauce inside the crust, melted cheese over the rest with darker baked
patches, nine round red pepperoni slices with darker rims scattered over it, and faint cut
lines dividing it into eight equal slices. It lies on a round dark wooden board with a few
grain lines and a darker rim, which shows in the corners round the pizza; beyond the board is a
red and white checked tablecloth. Some neighbouring slices may have been taken away, leaving
the board bare where they were. Factors: how many slices have been taken (none, one, two or
three), how far the pizza is turned on the board, over a whole turn (the toppings and the gap
turn with it), the size of the pepperoni slices (small to large), the width of the crust (thin
to thick, eating into the cheese) and how well baked it is (pale dough and cheese to a golden
brown crust and browned cheese). The pizza's place and size, the pepperoni's places, the
board and the tablecloth stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

EATEN = ("0", "1", "2", "3")
FACTORS = (
    Factor("slices_taken", "how many of the pizza's eight slices have been taken away (0 to 3)", "categorical",
           EATEN),
    Factor("turn", "how far the pizza is turned on its board (a whole turn)", "cyclic", period=1.0),
    Factor("pepperoni_size", "size of the pepperoni slices on the pizza (small to large)", "continuous"),
    Factor("crust_width", "width of the crust round the pizza's edge (thin to thick)", "continuous"),
    Factor("bake", "how well baked the pizza is (pale dough to a golden brown crust)", "continuous"),
)
# slices_taken: codes 0..3 are 0..3 neighbouring slices (of eight, each 1/8 of a turn) taken
# away; turn: 0..1 is a whole turn of the pizza (1 is 0 again); pepperoni_size: 0..1 is
# pepperoni of radius 1.8..4.2 px; crust_width: 0..1 is a crust 2.5..5.5 px wide at the edge of
# the pizza (radius 27 px, centred in the image); bake: 0..1 blends dough and cheese from pale to
# golden brown and darkens the baked patches on the cheese from none to strong
RANGES = ((0.0, len(EATEN) - 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
CLOTH_RED, CLOTH_WHITE = (0.8, 0.14, 0.14), (0.97, 0.95, 0.92)
BOARD, BOARD_RIM, BOARD_GRAIN = (0.56, 0.37, 0.21), (0.38, 0.24, 0.13), (0.47, 0.3, 0.16)
DOUGH, CRUST = np.array((0.95, 0.86, 0.62)), np.array((0.72, 0.44, 0.18))
CHEESE, GOLDEN = np.array((0.99, 0.95, 0.7)), np.array((0.96, 0.76, 0.36))
PATCH, SAUCE, CUT = (0.62, 0.34, 0.12), (0.78, 0.16, 0.08), (0.7, 0.55, 0.3)
PEPPERONI, PEPPERONI_RIM = (0.74, 0.14, 0.12), (0.5, 0.08, 0.07)
C, PIZZA_R, BOARD_R, CHECK = 32.0, 27.0, 31.5, 8.0
SLICE, CRUST_EDGE = np.pi / 4.0, 0.78
TOPPINGS = ((0.4, 4.7), (-12.5, -7.1), (10.4, 9.0), (13.2, -3.7), (1.6, -10.9), (-11.6, 9.1),
            (-2.4, 14.7), (-4.0, -3.4), (-6.9, -14.4))  # the pepperoni's middles, from the pizza's
ROWS = (4, 60)  # the rows the pizza can reach


def _table() -> np.ndarray:
    x, y = R.grid()
    checks = (np.floor(x / CHECK) + np.floor(y / CHECK)) % 2
    img = R.canvas(1, CLOTH_WHITE)
    R.over(img, np.broadcast_to(checks, (1, R.SIZE, R.SIZE)).astype(np.float32), CLOTH_RED)
    rho = np.hypot(x - C, y - C)
    R.over(img, R.coverage(rho - BOARD_R), BOARD_RIM)
    R.over(img, R.coverage(rho - BOARD_R + 1.5), BOARD)
    grain = np.abs(((y + 1.5 * np.sin(x * 0.15)) % 5.0) - 2.5) - 0.35
    R.over(img, 0.6 * R.coverage(np.maximum(grain, rho - BOARD_R + 2.0)), BOARD_GRAIN)
    return img[0]


TABLE = _table()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = TABLE
    r0, r1 = ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    # the pizza's own frame, turned with it
    t = R.col(2.0 * np.pi * f[:, 1])
    u, v = x - C, y - C
    pu, pv = u * np.cos(t) + v * np.sin(t), v * np.cos(t) - u * np.sin(t)
    rho = np.hypot(u, v)
    # the gap where slices were taken: the wedge between the angles 0 and k/8 of a turn
    k = R.col(f[:, 0])
    end = k * SLICE
    gap = np.maximum(-pv, pv * np.cos(end) - pu * np.sin(end))
    keep = 1.0 - R.coverage(np.where(k > 0, gap, np.inf))
    # the crust, the sauce, the cheese with its baked patches
    b = f[:, 4:5]
    crust = DOUGH + (CRUST - DOUGH) * b
    cheese = CHEESE + (GOLDEN - CHEESE) * b
    inner = PIZZA_R - R.col(2.5 + 3.0 * f[:, 3])
    R.over(part, keep * R.coverage(rho - PIZZA_R), CRUST_EDGE * crust)
    R.over(part, keep * R.coverage(rho - PIZZA_R + 0.9), crust)
    R.over(part, keep * R.coverage(rho - inner), SAUCE)
    cheese_cov = keep * R.coverage(rho - inner + 0.9)
    R.over(part, cheese_cov, cheese)
    patches = np.sin(pu * 0.7 + 1.3) * np.sin(pv * 0.6) + 0.6 * np.sin((pu - pv) * 0.45 + 0.4)
    R.over(part, cheese_cov * R.col(0.55 * f[:, 4]) * np.clip(2.5 * (patches - 0.6), 0.0, 1.0), PATCH)
    # the cut lines between the slices
    ang = np.arctan2(pv, pu)
    near = SLICE * np.round(ang / SLICE)
    cuts = rho * np.abs(np.sin(ang - near)) - 0.35
    R.over(part, 0.7 * cheese_cov * R.coverage(cuts), CUT)
    # the pepperoni, turned with the pizza
    r = R.col(1.8 + 2.4 * f[:, 2])
    pep = np.min([np.hypot(pu - px, pv - py) for px, py in TOPPINGS], axis=0) - r
    R.over(part, keep * R.coverage(pep), PEPPERONI_RIM)
    R.over(part, keep * R.coverage(pep + 0.8), PEPPERONI)
    return R.to_uint8(img)


def render(slices_taken: float, turn: float, pepperoni_size: float, crust_width: float,
           bake: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8; ``slices_taken`` is the code 0..3 for 0..3 slices taken."""
    return _draw(np.array([[slices_taken, turn, pepperoni_size, crust_width, bake]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("pizza", arg, n, seed, FACTORS, sample_factors, _draw)
