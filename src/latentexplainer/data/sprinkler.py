"""`sprinkler`: a garden sprinkler on a lawn shooting jets of water up in front of a hedge,
seen from the side (64x64 RGB).

The sprinkler stands on the lawn: a low green base with a short metal riser and a round
nozzle head on top. From the head, jets of water fan out upwards, a fixed angle apart, the
fan centred on its aim, each widening and bending down a little as it goes and ending in a
puff of spray. Behind is a dark green hedge with a bumpy top under a pale blue sky; the lawn
is a textured band along the bottom. Factors: where the sprinkler stands (left to right),
which way the fan of jets is aimed (leaning left, straight up, leaning right), how far the
jets reach (short to long), the number of jets (2 to 5) and how green the lawn is (dry
yellow-brown to lush green). The sprinkler's size, the angle between the jets, their colour,
the hedge and the sky stay fixed; the sprinkler always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

COUNTS = ("2", "3", "4", "5")
FACTORS = (
    Factor("sprinkler_x", "horizontal position of the sprinkler (left to right)", "continuous"),
    Factor("aim", "which way the jets are aimed (leaning left, straight up, leaning right)", "continuous"),
    Factor("reach", "how far the water jets reach (short to long)", "continuous"),
    Factor("jet_count", "number of water jets (2 to 5)", "categorical", COUNTS),
    Factor("lawn", "how green the lawn is (dry yellow-brown to lush green)", "continuous"),
)
# sprinkler_x: 0..1 puts the nozzle at x = 24..40 px; aim: -0.4..0.4 radians of the fan's
# middle from straight up (negative: to the left); reach: 0..1 is jets 12..28 px long from the
# nozzle (a jet's end falls 0.3 px per px of that below the line it set out on); jet_count:
# codes 0..3 for 2..5 jets, 0.3 radians apart; lawn: 0..1 blends the grass from dry
# yellow-brown to lush green
RANGES = ((0.0, 1.0), (-0.4, 0.4), (0.0, 1.0), (0.0, 3.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.5, 0.7, 0.93)), np.array((0.78, 0.88, 0.97))
HEDGE, HEDGE_DARK = np.array((0.2, 0.36, 0.17)), np.array((0.12, 0.25, 0.11))
DRY, LUSH = np.array((0.72, 0.63, 0.32)), np.array((0.2, 0.53, 0.15))
BASE, METAL, WATER = (0.16, 0.5, 0.26), (0.7, 0.72, 0.76), (0.84, 0.93, 1.0)
GROUND_Y, HEDGE_Y = 52, 16.0  # the lawn's top row; the hedge's mean top
NOZZLE_Y, NOZZLE_R = 45.0, 2.2
GAP = 0.3  # radians between neighbouring jets
DROOP = 0.3  # how far a jet's end falls below the straight line it set out on, per px of its length
WATER_ALPHA = 0.85
ROWS = (12, GROUND_Y)  # the rows the jets and the sprinkler can reach


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, 40.0)[None].copy()
    top = HEDGE_Y + 2.5 * np.sin(0.45 * x + 0.4) + 1.5 * np.sin(1.1 * x + 1.0)
    hedge = R.coverage(top - y)
    leaves = 0.5 + 0.5 * np.sin(1.3 * x + 2.0 * np.sin(0.7 * y)) * np.sin(1.1 * y + 1.7 * np.sin(0.5 * x))
    R.over(img, hedge, HEDGE)
    R.over(img, hedge * 0.6 * leaves, HEDGE_DARK)
    return img[0]


def _blades() -> np.ndarray:
    x, y = R.grid()
    y = y[:, GROUND_Y:]
    blades = 1.0 + 0.12 * np.sin(2.3 * x + 1.9 * np.sin(0.8 * y)) * np.sin(1.7 * y + 0.5 * x)
    return (blades - 0.1 * (y < GROUND_Y + 1.0))[0].astype(np.float32)  # a darker edge at the top


BACKGROUND, BLADES = _background(), _blades()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    grass = DRY[None] + (LUSH - DRY)[None] * f[:, 4:5]  # (n, 3)
    img[:, :, GROUND_Y:] = grass.astype(np.float32)[:, :, None, None] * BLADES[None, None]
    r0, r1 = ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    sx = R.col(24 + 16 * f[:, 0])
    # the sprinkler (drawn over the jets' roots): a low base on the lawn, a riser and the nozzle head
    base = R.edges_sdf(x, y, sx - 5.0, sx + 5.0, GROUND_Y - 3.5, GROUND_Y + 1.0) - 0.8
    riser = np.maximum(np.abs(x - sx) - 0.9, np.abs(y - (NOZZLE_Y + 2.5)) - 2.5)
    # the jets, each from the nozzle out to its length, widening, with a puff of spray at its end
    length = R.col(12 + 16 * f[:, 2])
    jets = f[:, 3] + 2
    water = np.full(part.shape[:1] + part.shape[2:], np.inf, np.float32)
    for k in range(len(COUNTS) + 1):
        angle = f[:, 1] + GAP * (k - (jets - 1) / 2)
        ux, uy = R.col(np.sin(angle)), R.col(-np.cos(angle))
        # the jet bends down as it goes: two straight pieces, to its middle and on to its end
        mx, my = sx + 0.5 * length * ux, NOZZLE_Y + length * (0.5 * uy + 0.25 * DROOP)
        ex, ey = sx + length * ux, NOZZLE_Y + length * (uy + DROOP)
        d1, h1 = R.segment_sdf(x, y, sx, NOZZLE_Y, mx, my, along=True)
        d2, h2 = R.segment_sdf(x, y, mx, my, ex, ey, along=True)
        jet = np.minimum(d1 - (0.8 + 0.4 * h1), d2 - (1.2 + 0.5 * h2))
        jet = np.minimum(jet, np.sqrt((x - ex) ** 2 + (y - ey) ** 2) - 2.5)
        jet += R.col(np.where(k < jets, 0.0, 1e3))  # no such jet
        np.minimum(water, jet, out=water)
    R.over(part, WATER_ALPHA * R.coverage(water), WATER)
    head = np.sqrt((x - sx) ** 2 + (y - NOZZLE_Y) ** 2) - NOZZLE_R
    R.over(part, R.coverage(np.minimum(riser, head)), METAL)
    R.over(part, R.coverage(base), BASE)
    return R.to_uint8(img)


def render(sprinkler_x: float, aim: float, reach: float, jet_count: float, lawn: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[sprinkler_x, aim, reach, jet_count, lawn]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("sprinkler", arg, n, seed, FACTORS, sample_factors, _draw)
