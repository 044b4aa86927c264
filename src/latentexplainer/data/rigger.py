"""`rigger`: a rigger climbing the mast of a small sailing ship at sea, seen from the side
(64x64 RGB).

A wooden ship with a dark brown hull and a pale stripe along it floats on a dark green-blue sea
in the lower part of the image, its bow to the right. A single mast rises from the middle of
its deck, held by dark shrouds running down to either end of the hull; near its top a yard
crosses it, and from the yard a cream sail hangs down, gathered up in a roll under the yard when
it is furled. A rigger in a red shirt and dark trousers climbs the mast in front of the sail.
Behind is the sky, lighter towards the horizon. Factors: how far the mast rakes (leaning back
towards the stern, upright, leaning forward towards the bow; the yard, the sail, the shrouds and
the rigger move with it), how high the rigger has climbed (from near the deck to near the top),
how bright the sky is (dusk to broad daylight) and how far the sail is let down from its yard
(furled to fully set). The hull, the sea and the mast's length stay fixed; the ship always lies
inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("mast_rake", "how far the mast leans (back to the stern, upright, forward to the bow)", "continuous"),
    Factor("climb", "how high the rigger has climbed the mast (near the deck to near the top)", "continuous"),
    Factor("daylight", "how bright the sky is (dusk to broad daylight)", "continuous"),
    Factor("sail_set", "how far the sail is let down from its yard (furled to fully set)", "continuous"),
)
# mast_rake: -0.3..0.3 radians from upright (negative: the top leans to the left, towards the
# stern); the mast is MAST px long from its foot at (MAST_X, DECK_Y) px; climb: 0..1 puts the
# rigger's middle 0.12..0.64 of the way up the mast; daylight: 0..1 blends the sky from DUSK to
# DAY; sail_set: 0..1 lets the sail 2..20 px down the mast from the yard, which crosses the mast
# at YARD of its length
RANGES = ((-0.3, 0.3), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
DUSK_TOP, DUSK_BOTTOM = np.array((0.1, 0.1, 0.26)), np.array((0.5, 0.32, 0.38))
DAY_TOP, DAY_BOTTOM = np.array((0.42, 0.66, 0.94)), np.array((0.8, 0.9, 0.98))
SEA, WAVE, HULL, STRIPE = (0.08, 0.3, 0.34), (0.2, 0.45, 0.48), (0.34, 0.2, 0.12), (0.86, 0.8, 0.62)
MAST_WOOD, ROPE, SAIL, SAIL_SHADE = (0.48, 0.32, 0.18), (0.12, 0.1, 0.08), (0.95, 0.91, 0.78), (0.8, 0.75, 0.62)
SHIRT, TROUSERS, SKIN = (0.86, 0.14, 0.12), (0.14, 0.14, 0.22), (0.93, 0.74, 0.58)
HORIZON, DECK_Y, MAST_X, MAST = 44.0, 45.0, 32.0, 38.0
YARD, YARD_HW = 0.86, 13.0  # where the yard crosses the mast (of its length), its half-length
BOW, STERN = 58.0, 6.0  # the shrouds' feet along the deck
ROWS = 47  # the mast, the yard, the sail and the shrouds stay above this row


def _sky(top, bottom):
    return R.vertical_gradient(top, bottom, HORIZON)


DUSK, DAY = _sky(DUSK_TOP, DUSK_BOTTOM), _sky(DAY_TOP, DAY_BOTTOM)


def _hull():
    x, y = R.grid()
    img = np.zeros((1, 3, R.SIZE, R.SIZE), np.float32)
    sea = R.below(HORIZON, 1)
    waves = np.maximum(np.abs(((y - HORIZON) % 5.0) - 2.5) - 0.4, np.abs(np.sin(x * 0.45 + y)) - 0.35)
    hull = np.maximum(np.maximum(y - 54.0, DECK_Y - y), 5.0 - x + 0.3 * (y - DECK_Y))
    hull = np.maximum(hull, (x - 60.0 + (y - DECK_Y)) / np.sqrt(2.0))  # the bow, raked forward
    alpha = np.maximum(sea, R.coverage(hull))[0]
    R.over(img, sea, SEA)
    R.over(img, 0.6 * sea * R.coverage(np.maximum(waves, HORIZON + 1.0 - y)), WAVE)
    R.over(img, R.coverage(hull), HULL)
    R.over(img, R.coverage(np.maximum(hull, np.abs(y - DECK_Y - 2.5) - 0.8)), STRIPE)
    return img[0], alpha


HULL_IMG, HULL_ALPHA = _hull()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    d = f[:, 2][:, None, None, None].astype(np.float32)
    img = DUSK[None] + d * (DAY - DUSK)[None]
    img = img * (1.0 - HULL_ALPHA) + HULL_IMG  # the hull and the sea, drawn over black
    part, y = img[:, :, :ROWS], y[:, :ROWS]  # the mast and all on it, drawn only in the rows it can reach
    # mast coordinates: s up the mast from its foot, w across it (to the bow)
    r = R.col(f[:, 0])
    ux, uy = np.sin(r), -np.cos(r)  # up the mast, on screen
    s = (x - MAST_X) * ux + (y - DECK_Y) * uy
    w = (x - MAST_X) * -uy + (y - DECK_Y) * ux
    tx, ty = MAST_X + MAST * ux, DECK_Y + MAST * uy
    shrouds = np.minimum(R.segment_sdf(x, y, tx, ty, STERN, DECK_Y), R.segment_sdf(x, y, tx, ty, BOW, DECK_Y)) - 0.45
    R.over(part, R.coverage(shrouds), ROPE)
    # the sail: from the yard down the mast; its furled roll under the yard
    drop = R.col(2.0 + 18.0 * f[:, 3])
    ys = YARD * MAST
    sail = np.maximum(np.abs(w) - (YARD_HW - 1.0 - 0.08 * (ys - s)), np.maximum(s - ys, ys - drop - s))
    cover = R.coverage(sail)
    R.over(part, cover, SAIL)
    R.over(part, 0.7 * cover * R.coverage(np.abs(((w + 20.0) % 6.0) - 3.0) - 0.4), SAIL_SHADE)
    roll = np.maximum(np.abs(w) - YARD_HW + 1.0, np.abs(s - ys + 1.6) - 1.6)
    R.over(part, R.coverage(roll), SAIL_SHADE)
    R.over(part, R.coverage(np.maximum(np.abs(w) - YARD_HW, np.abs(s - ys) - 0.8)), MAST_WOOD)
    R.over(part, R.coverage(np.maximum(np.abs(w) - 1.4, np.maximum(s - MAST, -s))), MAST_WOOD)
    # the rigger, clinging to the front of the mast
    c = R.col(0.12 + 0.52 * f[:, 1]) * MAST
    legs = np.maximum(np.abs(np.abs(w + 0.3) - 1.4) - 0.9, np.maximum(c - 4.0 - s, s - c + 1.0))
    R.over(part, R.coverage(legs), TROUSERS)
    R.over(part, R.coverage(R.ellipse_sdf(w + 0.8, s - c - 1.2, 3.2, 4.6)), SHIRT)
    arms = np.maximum(np.abs(w - 1.6) - 0.9, np.abs(s - c - 2.5) - 2.8)
    R.over(part, R.coverage(arms), SHIRT)
    R.over(part, R.coverage(np.hypot(w + 0.6, s - c - 7.6) - 2.5), SKIN)
    return R.to_uint8(img)


def render(mast_rake: float, climb: float, daylight: float, sail_set: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[mast_rake, climb, daylight, sail_set]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("rigger", arg, n, seed, FACTORS, sample_factors, _draw)
