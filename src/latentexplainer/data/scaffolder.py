"""`scaffolder`: scaffolding being put up against the painted front of a town house, a bucket
hauled up on a rope beside it, seen from the front (64x64 RGB).

A tall town house fills most of the image from the left, below a blue sky: its front is painted
one colour, with a pale cornice along its top and four rows of three windows, each with a white
frame and dark glass. A grey pavement runs along the bottom. Against the house stands a
scaffold of grey steel tubes from the left: upright standards, level ledgers and, at each lift,
a deck of brown boards with a guard rail above it. From a beam sticking out of the house's
roof on the right hangs a small pulley wheel, and from it a rope runs down to a grey bucket
hauled up beside the house. Factors: how many lifts the scaffold has (1 to 4, from the
pavement up), how high the bucket has been hauled (from near the pavement to near the beam),
the colour the house is painted (red through yellow and green to blue) and how far along the
house the scaffold reaches from the left (a few bays to nearly the whole front). The sky, the
windows, the pavement, the beam and the pulley stay fixed; the bucket always hangs inside the
image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("lifts", "how many lifts the scaffold has (1 to 4, from the pavement up)", "categorical",
           ("1", "2", "3", "4")),
    Factor("bucket_height", "how high the bucket has been hauled up its rope (low to high)", "continuous"),
    Factor("paint_hue", "hue of the house's painted front (red through yellow, green to blue)", "continuous"),
    Factor("scaffold_reach", "how far along the house the scaffold reaches from the left (short to long)",
           "continuous"),
)
# lifts: a code 0..3 for 1..4 lifts, each LIFT px high from the pavement at y = GROUND px;
# bucket_height: 0..1 puts the bucket's rim at y = 49..15 px; paint_hue: 0..0.8 of the colour
# wheel (no wrap); scaffold_reach: 0..1 puts the scaffold's right-hand standard at x = 14..46 px
# (standards every BAY px from x = 3 px)
RANGES = ((0.0, 3.0), (0.0, 1.0), (0.0, 0.8), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.46, 0.66, 0.92)), np.array((0.76, 0.86, 0.96))
CORNICE, FRAME, GLAZING = (0.9, 0.88, 0.82), (0.95, 0.95, 0.93), (0.16, 0.2, 0.28)
PAVEMENT, KERB, TUBE, TUBE_DARK = (0.58, 0.58, 0.56), (0.42, 0.42, 0.41), (0.46, 0.48, 0.52), (0.24, 0.25, 0.28)
BOARD, BUCKET, ROPE, BEAM = (0.62, 0.44, 0.22), (0.38, 0.4, 0.44), (0.76, 0.68, 0.46), (0.2, 0.16, 0.12)
HOUSE_R, HOUSE_TOP, GROUND = 50.0, 6.0, 56.0
LIFT, BAY, FIRST = 11.0, 8.0, 3.0
WINDOW_X, WINDOW_Y, WINDOW_HW, WINDOW_HH = (9.0, 25.0, 41.0), (14.0, 25.0, 36.0, 47.0), 4.0, 3.8
PULLEY_X, PULLEY_Y = 58.0, 10.0


def _scene():
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, GROUND)[None].copy()
    R.over(img, R.below(GROUND, 1), PAVEMENT)
    R.over(img, R.coverage(np.maximum(np.abs(((x - 2.0) % 12.0) - 6.0) - 0.4, GROUND + 1.0 - y)), KERB)
    R.over(img, R.coverage(np.abs(y - 60.5) - 0.5), KERB)
    R.over(img, R.coverage(R.edges_sdf(x, y, 44.0, PULLEY_X + 3.0, HOUSE_TOP - 1.0, HOUSE_TOP + 1.5)), BEAM)
    R.over(img, R.coverage(R.segment_sdf(x, y, PULLEY_X, HOUSE_TOP + 1.0, PULLEY_X, PULLEY_Y) - 0.6), BEAM)
    R.over(img, R.coverage(np.abs(np.hypot(x - PULLEY_X, y - PULLEY_Y) - 2.2) - 0.8), BEAM)
    return img[0]


SCENE = _scene()


def _house():
    """Coverage of the painted front, and of its fixed parts (cornice, window frames, glass)."""
    x, y = R.grid()
    front = R.coverage(R.edges_sdf(x, y, -2.0, HOUSE_R, HOUSE_TOP, GROUND))[0]
    parts = []
    parts.append((R.coverage(R.edges_sdf(x, y, -2.0, HOUSE_R + 1.0, HOUSE_TOP - 1.0, HOUSE_TOP + 2.0))[0], CORNICE))
    frames = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    glass = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for wx in WINDOW_X:
        for wy in WINDOW_Y:
            np.minimum(frames, R.box_sdf(x - wx, y - wy, WINDOW_HW, WINDOW_HH), out=frames)
            pane = np.maximum(R.box_sdf(x - wx, y - wy, WINDOW_HW - 1.0, WINDOW_HH - 1.0), 0.5 - np.abs(y - wy))
            np.minimum(glass, pane, out=glass)
    parts.append((R.coverage(frames)[0], FRAME))
    parts.append((R.coverage(glass)[0], GLAZING))
    return front, parts


FRONT, PARTS = _house()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    R.over(img, np.broadcast_to(FRONT, (n, R.SIZE, R.SIZE)), R.hsv(f[:, 2], 0.5, 0.8))
    for cover, colour in PARTS:
        R.over(img, np.broadcast_to(cover, (n, R.SIZE, R.SIZE)), colour)
    # the bucket on its rope
    rim = R.col(49.0 - 34.0 * f[:, 1])
    R.over(img, R.coverage(np.maximum(np.abs(x - PULLEY_X) - 0.5, np.maximum(PULLEY_Y - y, y - rim + 2.0))), ROPE)
    R.over(img, R.coverage(np.abs(R.ellipse_sdf(x - PULLEY_X, y - rim, 3.2, 3.0)) - 0.5) * R.coverage(y - rim), ROPE)
    bucket = np.maximum(np.maximum(rim - y, y - rim - 7.0), (np.abs(x - PULLEY_X) - 4.0 + 0.2 * (y - rim)))
    R.over(img, R.coverage(bucket), BUCKET)
    R.over(img, R.coverage(np.maximum(bucket, np.abs(y - rim - 1.0) - 0.6)), TUBE_DARK)
    # the scaffold: boards and ledgers at each lift, a guard rail above each, standards to the top rail
    lifts = f[:, 0].astype(int)
    top = GROUND - LIFT * (lifts + 1)[:, None, None] - 5.0
    right = R.col(14.0 + 32.0 * f[:, 3])
    run = np.maximum(FIRST - 1.0 - x, x - right - 1.0)
    for i in range(4):
        on = (lifts >= i).astype(np.float32)[:, None, None]
        deck = GROUND - LIFT * (i + 1)
        R.over(img, on * R.coverage(np.maximum(run, np.abs(y - deck - 1.0) - 1.2)), BOARD)
        rails = np.minimum(np.abs(y - deck - 3.0) - 0.6, np.abs(y - deck + 5.0) - 0.6)
        R.over(img, on * R.coverage(np.maximum(run, rails)), TUBE)
    last = np.floor((right - 3.0 - FIRST) / BAY)  # the last standard of a whole bay before the right-hand one
    j = np.clip(np.round((x - FIRST) / BAY), 0.0, last)
    standards = np.minimum(np.abs(x - FIRST - BAY * j), np.abs(x - right))
    column = np.maximum(standards - 0.7, np.maximum(top - y, y - GROUND))
    R.over(img, R.coverage(column), TUBE)
    R.over(img, 0.5 * R.coverage(np.maximum(column, np.abs(standards - 0.45) - 0.25)), TUBE_DARK)
    return R.to_uint8(img)


def render(lifts: float, bucket_height: float, paint_hue: float, scaffold_reach: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[lifts, bucket_height, paint_hue, scaffold_reach]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("scaffolder", arg, n, seed, FACTORS, sample_factors, _draw)
