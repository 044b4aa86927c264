"""`tugboat`: a harbour tugboat afloat on the sea in front of a distant quay, seen from the side
(64x64 RGB).

The tug's hull sits low in the water, its deck rising towards the bow (on the right), with a
thick black rubber fender along the top of the hull and three black tyres hung over its side.
On deck stand a white wheelhouse with two dark windows and a short mast, and behind it (to the
left) a yellow funnel with a black top; grey puffs of smoke rise from the funnel and drift up
to the left. The sea runs from the horizon to the bottom of the image, with rows of wave
crests across it; the water hides the hull below its surface. Behind, under a pale sky, lie
the grey-blue buildings and cranes of a distant quay. Factors: where the tug is along the
water (left to right), how it is pitched (bow down, level, bow up; the whole boat turns about
the middle of its waterline), how much smoke comes from its funnel (none to a long trail of
puffs), how rough the sea is (calm and flat to high wavy white-capped crests) and the colour
of its hull (red, black, green or blue). The boat's size, the wheelhouse, the funnel, the sky
and the quay stay fixed; the whole boat always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("tug_x", "where the tugboat is along the water (left to right)", "continuous"),
    Factor("pitch", "how the tugboat is pitched (bow down, level, bow up)", "continuous"),
    Factor("smoke", "how much smoke rises from the tug's funnel (none to a long trail)", "continuous"),
    Factor("waves", "how rough the sea is (calm to high white-capped waves)", "continuous"),
    Factor("hull_colour", "colour of the tugboat's hull", "categorical", ("red", "black", "green", "blue")),
)
# tug_x: 0..1 puts the middle of the waterline at x = 21..43 px; pitch: -0.22..0.22 radians
# (negative: the bow dips, positive: it rises); smoke: 0..1 brings in up to PUFFS puffs one
# after another (0: none); waves: 0..1 is the crests' height (0.1..2.4 px at the boat) and their
# opacity; hull_colour: code 0..3 picks HULLS
RANGES = ((0.0, 1.0), (-0.22, 0.22), (0.0, 1.0), (0.0, 1.0), (0.0, 3.0))
HULLS = np.array(((0.74, 0.12, 0.1), (0.12, 0.12, 0.13), (0.14, 0.58, 0.24), (0.13, 0.26, 0.66)), np.float32)
SKY_TOP, SKY_BOTTOM = np.array((0.55, 0.72, 0.9)), np.array((0.82, 0.88, 0.94))
QUAY, SEA_FAR, SEA_NEAR = (0.42, 0.47, 0.55), np.array((0.3, 0.5, 0.62)), np.array((0.1, 0.3, 0.42))
CREST, SMOKE = (0.88, 0.94, 0.97), (0.34, 0.34, 0.37)
WHITE, WINDOW, RUBBER, FUNNEL = (0.95, 0.95, 0.93), (0.12, 0.16, 0.22), (0.08, 0.08, 0.09), (0.93, 0.72, 0.13)
HORIZON, WATERLINE = 33.0, 48.0
CRESTS = ((36.0, 0.35, 0.0), (40.0, 0.5, 1.7), (45.0, 0.7, 3.1), (50.5, 0.85, 0.9), (56.5, 1.0, 2.4),
          (62.5, 1.15, 4.4))  # each row of crests: its row, its size, its phase
PUFFS = 6
TYRES = (-11.0, -3.0, 5.0)
BOAT_ROWS = (18, 52)  # the rows the boat can reach above the water


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, end=HORIZON)[None].copy()
    skyline = HORIZON - (3.0 + 2.5 * (np.floor(x / 7.0) % 3) + 2.0 * (np.floor(x / 5.0) % 2))
    quay = np.minimum(skyline - y, R.segment_sdf(x, y, 50.0, HORIZON, 50.0, 20.0) - 0.7)  # a crane's tower
    quay = np.minimum(quay, R.segment_sdf(x, y, 42.0, 21.0, 58.0, 21.0) - 0.7)  # and its jib
    R.over(img, R.coverage(quay), QUAY)
    t = np.clip((y - HORIZON) / (R.SIZE - HORIZON), 0.0, 1.0)
    sea = SEA_FAR[None, :, None, None] + (SEA_NEAR - SEA_FAR)[None, :, None, None] * t[:, None]
    img += R.coverage(HORIZON - y)[:, None] * (sea - img)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    w = R.col(f[:, 3])
    bx, a = R.col(21 + 22 * f[:, 0]), R.col(f[:, 1])
    # the rows of wave crests, each drawn in its own band of rows
    for row, size, phase in CRESTS:
        r0, r1 = int(row) - 4, min(int(row) + 4, R.SIZE)
        part, yy = img[:, :, r0:r1], y[:, r0:r1]
        amp = (0.2 + 2.2 * w) * size
        crest = np.abs(yy - row - amp * np.sin(x * 0.55 / size + phase)) - (0.35 + 0.45 * w)
        R.over(part, (0.2 + 0.75 * w) * R.coverage(crest), CREST)
    # the boat, drawn only in the rows it can reach above the water, in its own frame: u along it
    # (towards the bow, on the right), v down
    r0, r1 = BOAT_ROWS
    boat, yb = img[:, :, r0:r1], y[:, r0:r1]
    dx, dy = x - bx, yb - WATERLINE
    u = dx * np.cos(a) - dy * np.sin(a)
    v = dx * np.sin(a) + dy * np.cos(a)
    surface = WATERLINE + (0.1 + 2.3 * w) * np.sin(x * 0.55 + 0.9)  # the water's surface at the boat
    afloat = R.coverage(yb - surface)  # above the water
    deck = -9.0 - 0.3 * np.maximum(u - 6.0, 0.0)
    hull = np.maximum(np.maximum(deck - v, v - 6.0), np.maximum((u - 14.0 + 0.55 * v) / 1.14, -17.0 - u))
    hull_cov = R.coverage(hull) * afloat
    R.over(boat, hull_cov, HULLS[f[:, 4].astype(int)])
    R.over(boat, R.coverage(np.maximum(hull, v - deck - 2.0)) * afloat, RUBBER)  # the fender
    tyres = np.min([np.hypot(u - t, v - deck - 4.2) for t in TYRES], axis=0) - 1.7
    R.over(boat, R.coverage(np.abs(tyres + 0.6) - 0.6) * afloat, RUBBER)
    # on deck: the funnel, the wheelhouse with its windows and mast
    funnel = R.edges_sdf(u, v, -12.0, -7.0, -20.0, -8.0)
    R.over(boat, R.coverage(funnel), FUNNEL)
    R.over(boat, R.coverage(np.maximum(funnel, v + 17.5)), RUBBER)
    house = R.edges_sdf(u, v, -4.0, 7.0, -18.0, -8.0)
    R.over(boat, R.coverage(house), WHITE)
    windows = np.minimum(R.edges_sdf(u, v, -2.5, 0.5, -16.5, -13.0), R.edges_sdf(u, v, 2.0, 5.5, -16.5, -13.0))
    R.over(boat, R.coverage(windows), WINDOW)
    mast = np.minimum(R.edges_sdf(u, v, -4.5, 7.5, -19.0, -18.0), R.edges_sdf(u, v, 1.0, 2.0, -25.0, -18.0))
    R.over(boat, R.coverage(mast), RUBBER)
    # the smoke: puffs from the funnel's top, drifting up and to the left, one after another
    fx = bx + (-9.5) * np.cos(a) + (-20.0) * np.sin(a)
    fy = WATERLINE - (-9.5) * np.sin(a) + (-20.0) * np.cos(a)
    part, yy = img[:, :, :34], y[:, :34]
    s = R.col(PUFFS * f[:, 2])
    for i in range(PUFFS):
        r = 2.0 + 0.75 * i
        d = np.hypot(x - (fx - 1.0 - 3.6 * i), yy - (fy - 2.5 - 3.0 * i)) - r
        R.over(part, 0.85 * np.clip(s - i, 0.0, 1.0) * R.coverage(d), SMOKE)
    return R.to_uint8(img)


def render(tug_x: float, pitch: float, smoke: float, waves: float, hull_colour: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[tug_x, pitch, smoke, waves, hull_colour]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("tugboat", arg, n, seed, FACTORS, sample_factors, _draw)
