"""`windowcleaner`: a window cleaner up his ladder against the painted front of a town house, four
sash windows washed clean from the left and grimy still to the right, seen from the front (64x64
RGB).

The house front fills the image above a grey pavement along the bottom, painted one colour, with
a white cornice along its top. In it are four tall windows, two upstairs and two downstairs, each
in a white frame with a glazing bar across the middle; where the windows have been washed their
glass is a clear blue with a pale glint, and where they have not it is dulled by a brownish
grime. A wooden ladder leans against the house front from the pavement almost to the cornice,
and on it stands the window cleaner, in blue overalls and a cap, a bucket hanging from his arm.
Factors: where the ladder stands along the house (left to right; the window cleaner moves with
it), how high up the ladder the window cleaner has climbed (from its foot to near its top), how
far across the house front the windows have been washed clean (from none of them, left to right,
to all of them) and the colour the house front is painted (cream, sage green or terracotta). The
windows, the cornice, the pavement and the ladder's size stay fixed; the ladder always lies
inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("ladder_x", "horizontal position of the ladder along the house (left to right)", "continuous"),
    Factor("climb", "how high the window cleaner has climbed the ladder (low to high)", "continuous"),
    Factor("washed", "how far across the windows have been washed clean (left to right)", "continuous"),
    Factor("paint", "colour the house front is painted (cream, sage green or terracotta)", "categorical",
           ("cream", "sage", "terracotta")),
)
# ladder_x: 0..1 puts the ladder's foot at x = 9..51 px (its top 3 px further right); climb: 0..1
# puts the window cleaner's feet 57..22 px down the image (y), on the ladder; washed: 0..1 moves the
# edge between clean and grimy glass from x = 4 to 60 px (0: every pane grimy, 1: every pane
# clean); paint: a code 0..2 for PAINTS
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 2.0))
PAINTS = ((0.93, 0.87, 0.7), (0.56, 0.67, 0.52), (0.78, 0.42, 0.3))
WHITE, PAVEMENT, KERB = (0.96, 0.96, 0.94), (0.55, 0.55, 0.56), (0.42, 0.42, 0.44)
CLEAN, GLINT, GRIME = (0.28, 0.5, 0.78), (0.78, 0.88, 0.97), (0.52, 0.46, 0.34)
LADDER, OVERALLS, SKIN, CAP, BUCKET = (0.62, 0.44, 0.24), (0.2, 0.32, 0.62), (0.94, 0.76, 0.6), \
    (0.16, 0.2, 0.36), (0.7, 0.72, 0.76)
CORNICE_Y, PAVEMENT_Y = 5.0, 58.0
WINDOWS = ((8.0, 26.0, 9.0, 29.0), (38.0, 56.0, 9.0, 29.0), (8.0, 26.0, 34.0, 54.0), (38.0, 56.0, 34.0, 54.0))
LADDER_FOOT, LADDER_TOP, LADDER_LEAN, LADDER_HW = 61.0, 7.0, 3.0, 3.2


def _house():
    """The house front, one per paint, with its cornice, frames and pavement; and the panes."""
    x, y = R.grid()
    img = R.canvas(3, np.array(PAINTS).reshape(3, 3, 1, 1))
    R.over(img, R.coverage(y - CORNICE_Y), WHITE)
    R.over(img, 0.5 * R.coverage(np.abs(y - CORNICE_Y - 1.0) - 0.5), (0.4, 0.4, 0.4))
    panes = np.inf
    for left, right, top, bottom in WINDOWS:
        R.over(img, R.coverage(R.edges_sdf(x, y, left - 1.5, right + 1.5, top - 1.5, bottom + 1.5)), WHITE)
        glass = np.maximum(R.edges_sdf(x, y, left, right, top, bottom), 0.8 - np.abs(y - (top + bottom) / 2))
        panes = np.minimum(panes, glass)
        sill = R.edges_sdf(x, y, left - 2.5, right + 2.5, bottom + 1.5, bottom + 3.0)
        R.over(img, R.coverage(sill), WHITE)
    R.over(img, R.below(PAVEMENT_Y, 3), PAVEMENT)
    R.over(img, R.coverage(np.abs(y - PAVEMENT_Y - 0.5) - 0.6), KERB)
    glint = np.abs((x + y) % 14.0 - 7.0) - 1.2
    return img, R.coverage(panes), R.coverage(np.maximum(glint, panes))


HOUSES, PANES, GLINTS = _house()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    img = HOUSES[f[:, 3].astype(int)]  # a copy, one house front per image
    # the panes: clean glass to the left of the edge, grime to the right of it
    edge = R.col(4.0 + 56.0 * f[:, 2])
    clean = R.coverage(x - edge)
    R.over(img, PANES * clean, CLEAN)
    R.over(img, 0.8 * GLINTS * clean, GLINT)
    grime = 0.9 - 0.1 * np.sin(x * 0.9) * np.sin(y * 1.1)
    R.over(img, PANES * (1.0 - clean) * grime, GRIME)
    # the ladder: two rails, leaning a little, and rungs every 4 px
    foot = R.col(9.0 + 42.0 * f[:, 0])
    s = (LADDER_FOOT - y) / (LADDER_FOOT - LADDER_TOP)  # 0 at the foot, 1 at the top
    mid = foot + LADDER_LEAN * s
    along = np.maximum(-s, s - 1.0) * (LADDER_FOOT - LADDER_TOP)
    rails = np.maximum(np.abs(np.abs(x - mid) - LADDER_HW) - 0.7, along)
    rungs = np.maximum(np.maximum(np.abs(((y - LADDER_FOOT) % 4.0) - 2.0) - 0.5, np.abs(x - mid) - LADDER_HW),
                       along + 1.0)
    R.over(img, R.coverage(np.minimum(rails, rungs)), LADDER)
    # the window cleaner on the ladder: legs, body, arms, head and cap, a bucket on his arm
    feet = R.col(57.0 - 35.0 * f[:, 1])
    cx = foot + LADDER_LEAN * (LADDER_FOOT - (feet - 7.0)) / (LADDER_FOOT - LADDER_TOP)
    legs = R.edges_sdf(x, y, cx - 2.2, cx + 2.2, feet - 7.0, feet)
    body = R.box_sdf(x - cx, y - (feet - 11.5), 2.0, 4.0) - 1.0
    arm = R.segment_sdf(x, y, cx + 2.0, feet - 14.0, cx + 6.0, feet - 9.0) - 1.0
    R.over(img, R.coverage(np.minimum(np.minimum(legs, body), arm)), OVERALLS)
    bucket = R.edges_sdf(x, y, cx + 4.5, cx + 9.5, feet - 8.0, feet - 3.0)
    R.over(img, R.coverage(bucket), BUCKET)
    R.over(img, R.coverage(np.hypot(x - cx, y - (feet - 19.0)) - 2.6), SKIN)
    cap = np.maximum(R.ellipse_sdf(x - cx - 0.6, y - (feet - 20.5), 3.2, 1.8), y - (feet - 20.3))
    return R.to_uint8(R.over(img, R.coverage(cap), CAP))


def render(ladder_x: float, climb: float, washed: float, paint: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[ladder_x, climb, washed, paint]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("windowcleaner", arg, n, seed, FACTORS, sample_factors, _draw)
