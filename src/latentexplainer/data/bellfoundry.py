"""`bellfoundry`: a newly cast bell hanging from a chain hoist in a bell foundry, a crucible of
molten metal tipping over a sand mould beside it, seen from the front (64x64 RGB).

A dark iron beam runs across the top of the image under the foundry's roof; from a trolley on
it a chain hangs down and holds a church bell by its crown, left of the middle. The bell has a
rounded shoulder, flaring sides and a thick lip, a lighter band of highlight down its left
side. On the floor at the left lie three cast ingots of the same metal. At the right a round
crucible, glowing orange inside, hangs on a pivot above a mound of dark moulding sand; as it
tips to the left, a stream of molten metal pours from its lip into the mould. The back wall is
grey stone, the floor dark earth. Factors: the size of the bell (small to large), how high the
hoist has lifted it (the chain short or long), which metal the foundry casts (bronze, polished
bell metal or iron: the colour of the bell and of the ingots) and how far the crucible is tipped
(from upright, with nothing pouring, to tipped far over, pouring a thick stream). The beam, the
wall, the floor, the mould and the crucible's size stay fixed; the whole bell always lies inside
the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

METALS = ("bronze", "bell metal", "iron")
FACTORS = (
    Factor("bell_size", "size of the bell hanging from the hoist (small to large)", "continuous"),
    Factor("hoist_height", "how high the hoist has lifted the bell (low to high)", "continuous"),
    Factor("metal", "which metal the bell and the ingots are cast in", "categorical", METALS),
    Factor("crucible_tip", "how far the crucible is tipped to pour (upright to tipped far over)", "continuous"),
)
# bell_size: 0..1 is a bell 6..14 px in half-width at its lip (its height 1.15 times that);
# hoist_height: 0..1 puts the bell's crown at y = 28..12 px (0 low, 1 high), under the beam at
# y = 5 px; metal: a code 0..2 into METALS; crucible_tip: 0..1 turns the crucible 0..1.3 radians
# to the left about its pivot; the stream of molten metal starts at 0.55 radians and thickens
# with the tip
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 2.0), (0.0, 1.0))
WALL, WALL_LINE, FLOOR = (0.46, 0.46, 0.5), (0.36, 0.36, 0.4), (0.22, 0.18, 0.15)
BEAM, CHAIN, SAND = (0.14, 0.14, 0.16), (0.3, 0.3, 0.32), (0.3, 0.25, 0.2)
COLOURS = np.array(((0.74, 0.46, 0.2), (0.9, 0.88, 0.84), (0.2, 0.2, 0.23)), np.float32)
MOLTEN, MOLTEN_GLOW, CRUCIBLE = (1.0, 0.62, 0.12), (1.0, 0.86, 0.45), (0.34, 0.3, 0.28)
FLOOR_Y, BEAM_Y = 52.0, 5.0
BELL_X = 24.0
PIVOT_X, PIVOT_Y, CRUCIBLE_R = 50.0, 27.0, 6.5
MOULD_X = 46.0
INGOTS = ((6.0, 50.0), (14.0, 50.0), (10.0, 46.0))  # the ingots' middles, two below and one on top


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    course = np.floor(y / 9.0)
    joints = np.minimum(np.abs((y % 9.0) - 0.5), np.abs(((x + course * 7.0) % 14.0) - 0.5))
    R.over(img, R.coverage(joints - 0.5), WALL_LINE)
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    R.over(img, R.coverage(np.abs(y - BEAM_Y) - 2.5), BEAM)
    mound = R.ellipse_sdf(x - MOULD_X, y - FLOOR_Y - 1.0, 10.0, 6.0)
    R.over(img, R.coverage(mound), SAND)
    R.over(img, R.coverage(R.ellipse_sdf(x - MOULD_X, y - (FLOOR_Y - 4.0), 3.0, 1.2)), (0.08, 0.06, 0.05))
    # the crucible's gallows: a post on the right and an arm out to its pivot
    post = np.minimum(R.edges_sdf(x, y, 59.0, 62.0, BEAM_Y, FLOOR_Y + 2), R.edges_sdf(x, y, PIVOT_X, 62.0, 19.0, 21.0))
    post = np.minimum(post, R.segment_sdf(x, y, PIVOT_X, 20.0, PIVOT_X, PIVOT_Y) - 0.8)
    R.over(img, R.coverage(post), BEAM)
    ingots = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for ix, iy in INGOTS:  # a trapezoid: wider at its foot
        np.minimum(ingots, np.maximum(np.abs(x - ix) - 3.2 - 0.5 * (y - iy + 2.0), np.abs(y - iy) - 2.0), out=ingots)
    return img[0], R.coverage(ingots)


SCENE, INGOT_COVER = _scene()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    metal = COLOURS[f[:, 2].astype(int)]
    R.over(img, INGOT_COVER, metal)
    R.over(img, 0.35 * INGOT_COVER * R.coverage(np.abs(y - 45.0) - 0.8), (1.0, 1.0, 1.0))
    # the chain from the trolley to the bell's crown, the bell
    hw, crown = R.col(6 + 8 * f[:, 0]), R.col(28 - 16 * f[:, 1])
    h = 1.15 * hw
    links = np.abs(((y - BEAM_Y) % 3.0) - 1.5)
    chain = np.maximum(np.abs(x - BELL_X) - 0.9 + 0.4 * (links < 0.7), np.maximum(y - crown - 1.0, BEAM_Y - y))
    R.over(img, R.coverage(chain), CHAIN)
    R.over(img, R.coverage(R.edges_sdf(x, y, BELL_X - 4.0, BELL_X + 4.0, BEAM_Y - 3.0, BEAM_Y + 3.5)), BEAM)
    t = np.clip((y - crown) / h, 0.0, 1.0)  # 0 at the crown, 1 at the lip
    half = hw * (0.45 + 0.2 * t + 0.35 * t ** 3)  # the bell's flare
    bell = np.maximum(np.abs(x - BELL_X) - half, np.maximum(crown - y, y - crown - h))
    shade = metal[:, :, None, None] * (0.72 + 0.28 * np.clip((BELL_X - x) / hw + 0.6, 0.0, 1.3))[:, None]
    R.over(img, R.coverage(bell), shade)
    lip = np.maximum(np.abs(x - BELL_X) - half - 0.6, np.abs(y - (crown + h - 1.2)) - 1.2)
    R.over(img, R.coverage(lip), metal * 0.7)
    R.over(img, R.coverage(np.hypot(x - BELL_X, y - crown) - 2.0), metal * 0.8)  # the crown's loop
    # the crucible, turned about its pivot, its molten metal, and the stream from its lip
    a = R.col(1.3 * f[:, 3])
    u = (x - PIVOT_X) * np.cos(a) - (y - PIVOT_Y) * np.sin(a)  # crucible coordinates, upright
    v = (x - PIVOT_X) * np.sin(a) + (y - PIVOT_Y) * np.cos(a)
    body = np.maximum(R.ellipse_sdf(u, v - 2.0, CRUCIBLE_R, CRUCIBLE_R + 1.0), -v - 1.5)
    R.over(img, R.coverage(body), CRUCIBLE)
    R.over(img, R.coverage(np.maximum(R.ellipse_sdf(u, v + 1.5, CRUCIBLE_R - 0.5, 1.6), body)), MOLTEN)
    lx, ly = PIVOT_X - CRUCIBLE_R * np.cos(a) - 1.5 * np.sin(a), PIVOT_Y + CRUCIBLE_R * np.sin(a) - 1.5 * np.cos(a)
    pour = np.clip((a - 0.55) / 0.75, 0.0, 1.0)
    d, s = R.segment_sdf(x, y, lx, ly, MOULD_X, FLOOR_Y - 4.0, along=True)
    stream = d - (0.4 + 1.6 * pour) * (1.0 - 0.3 * s)
    R.over(img, R.coverage(stream) * (pour > 0), MOLTEN)
    glow = np.exp(-((x - MOULD_X) ** 2 + (y - FLOOR_Y + 4.0) ** 2) / 18.0)
    return R.to_uint8(R.over(img, 0.8 * pour * glow, MOLTEN_GLOW))


def render(bell_size: float, hoist_height: float, metal: float, crucible_tip: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[bell_size, hoist_height, metal, crucible_tip]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("bellfoundry", arg, n, seed, FACTORS, sample_factors, _draw)
