"""`pier`: a wooden pier on piles running out from a sandy shore into the sea, with a boat
beside it, seen from the side (64x64 RGB).

A sandy bank rises on the left edge of the image; from it a plank deck with a railing runs out
to the right over the sea, held up by a row of dark wooden piles standing in the water, with a
lamp post at its far end. The sea fills the lower part of the image, deeper blue further down,
its surface a wavy line with a pale edge of foam; below the surface the piles and the sand show
through the water. A boat may float on the sea off the end of the pier: a red hull, either with
a small cream wheelhouse (a fishing boat) or with a mast and a white sail (a sailboat). The sky
above is pale blue with the sun in it. Factors: the height of the tide (the sea's surface low
on the piles to high up them; a boat floats on it), how far the pier reaches out to sea (a short
pier to a long one; a pile every 8 px under it), the boat (none, a fishing boat or a sailboat),
the height of the sun in the sky (low to high) and the height of the waves (a calm sea to a
choppy one). The shore, the sky, the deck's height and the boat's place stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("tide", "height of the tide on the pier's piles (low to high)", "continuous"),
    Factor("pier_length", "how far the pier reaches out to sea (short to long)", "continuous"),
    Factor("boat", "the boat beside the pier", "categorical", ("none", "fishing boat", "sailboat")),
    Factor("sun_height", "height of the sun in the sky (low to high)", "continuous"),
    Factor("waves", "height of the waves on the sea (calm to choppy)", "continuous"),
)
# tide: 0..1 puts the sea's mean surface at y = 52..40 px; pier_length: 0..1 puts the deck's end
# at x = 30..60 px (piles at x = 6, 14, 22, ... up to 3 px short of it); boat: its code; the
# boat's middle is at x = 47 px, floating on the mean surface; sun_height: 0..1 puts the sun's
# middle at y = 28..6 px (at x = 18 px); waves: 0..1 is waves rising and falling 0.3..2.8 px
# about the mean surface (9 px long), with more and more foam on them
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 2.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = (0.42, 0.63, 0.9), (0.85, 0.88, 0.92)
SUN, GLOW = (1.0, 0.92, 0.55), (1.0, 0.97, 0.82)
SAND, SAND_DARK, GRASS = (0.86, 0.76, 0.52), (0.7, 0.6, 0.4), (0.42, 0.6, 0.3)
SEA_TOP, SEA_BOTTOM = np.array((0.22, 0.5, 0.7)), np.array((0.06, 0.2, 0.36))
FOAM = (0.93, 0.97, 1.0)
DECK, DECK_DARK = (0.58, 0.4, 0.24), (0.36, 0.24, 0.14)
PILE, RAIL = (0.3, 0.21, 0.13), (0.45, 0.31, 0.18)
LAMP_POST, LAMP = (0.15, 0.15, 0.17), (1.0, 0.88, 0.45)
HULL, HULL_STRIPE = (0.75, 0.18, 0.14), (0.96, 0.95, 0.9)
CABIN, WINDOW = (0.93, 0.89, 0.76), (0.2, 0.3, 0.4)
MAST, SAIL = (0.3, 0.22, 0.14), (0.98, 0.97, 0.93)
DECK_TOP, DECK_BOTTOM, RAIL_TOP = 30.0, 33.0, 24.0
SUN_X, SUN_R = 18.0, 4.5
BANK_Y = 22.0  # the bank's top at the image's left edge
BOAT_X = 47.0
BOAT_ROWS, BOAT_COLUMNS = (12, 56), (33, 62)  # where the boat can be
PILE_X, PILE_GAP = 6.0, 8.0
GLOW_ROWS, PILE_ROW, SEA_ROW, DECK_ROWS = 46, 32, 35, (14, 34)  # the rows each part can reach
WAVE_K = 2 * np.pi / 9.0


def _shore(x, y):
    """Signed distance to the sandy bank on the left: its slope falls 1.6 px for each 1 px out."""
    return (BANK_Y + 1.6 * x - y) / np.hypot(1.0, 1.6)


def _background() -> tuple[np.ndarray, np.ndarray]:
    """The sky with the bank over it, and where the sky is open (not behind the bank)."""
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, 56.0)[None].copy()
    bank = R.coverage(_shore(x, y))
    R.over(img, bank, SAND)
    R.over(img, R.coverage(np.maximum(_shore(x, y), -_shore(x, y) - 2.0)), GRASS)
    return img[0], 1.0 - bank[0]


BACKGROUND, OPEN_SKY = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the sun and its glow, behind the bank (the glow fades out above the lowest sea)
    band, yb = img[:, :, :GLOW_ROWS], y[:, :GLOW_ROWS]
    sy = R.col(28 - 22 * f[:, 3])
    sun = np.hypot(x - SUN_X, yb - sy)
    R.over(band, 0.45 * np.exp(-(sun - SUN_R).clip(0) ** 2 / 18.0) * OPEN_SKY[:GLOW_ROWS], GLOW)
    R.over(band, R.coverage(sun - SUN_R) * OPEN_SKY[:GLOW_ROWS], SUN)
    # the piles, every PILE_GAP px up to 3 px short of the deck's end, and the beam under the deck
    band, yb = img[:, :, PILE_ROW:], y[:, PILE_ROW:]
    end = R.col(30 + 30 * f[:, 1])
    last = PILE_X + PILE_GAP * np.floor((end - 3.0 - PILE_X) / PILE_GAP)
    nearest = np.abs(((x - PILE_X + PILE_GAP / 2) % PILE_GAP) - PILE_GAP / 2)
    piles = np.maximum(np.maximum(nearest, x - last) - 1.3, DECK_BOTTOM - yb)
    R.over(band, R.coverage(piles), PILE)
    beam = np.maximum(np.abs(yb - DECK_BOTTOM - 2.0) - 0.7, x - end + 2.0)
    R.over(band, R.coverage(beam), PILE)
    # the sea: a wavy surface with foam along it, deeper blue further down, over the piles
    band, yb = img[:, :, SEA_ROW:], y[:, SEA_ROW:]
    base = R.col(52 - 12 * f[:, 0])
    amp = R.col(0.3 + 2.5 * f[:, 4])
    surface = base + amp * np.sin(WAVE_K * x + 0.5)
    depth = np.clip((yb - 38.0) / 26.0, 0.0, 1.0)[0, :, 0]
    sea = SEA_TOP[:, None] + (SEA_BOTTOM - SEA_TOP)[:, None] * depth[None]  # (3, rows)
    water = R.coverage(surface - yb) * 0.82
    band += water[:, None] * (sea[None, :, :, None] - band)
    foam = R.coverage(np.abs(yb - surface - 0.6) - 0.6) * (0.25 + 0.7 * R.col(f[:, 4]))
    R.over(band, foam, FOAM)
    # the deck, its railing and the lamp at its end
    (d0, d1) = DECK_ROWS
    band, yb = img[:, :, d0:d1], y[:, d0:d1]
    deck = R.edges_sdf(x, yb, -2.0, end, DECK_TOP, DECK_BOTTOM)
    R.over(band, R.coverage(deck), DECK)
    R.over(band, R.coverage(np.maximum(deck, DECK_BOTTOM - 1.0 - yb)), DECK_DARK)
    rails = np.minimum(np.abs(yb - RAIL_TOP - 0.5) - 0.6, np.abs(yb - 27.5) - 0.45)
    posts = np.abs(((x + 1.0) % 6.0) - 3.0) - 0.6
    railing = np.maximum(np.minimum(rails, posts), np.maximum(RAIL_TOP - yb, yb - DECK_TOP))
    R.over(band, R.coverage(np.maximum(railing, x - end + 1.0)), RAIL)
    lamp = np.maximum(np.abs(x - end + 2.0) - 0.6, np.maximum(17.0 - yb, yb - DECK_TOP))
    R.over(band, R.coverage(lamp), LAMP_POST)
    R.over(band, R.coverage(np.hypot(x - end + 2.0, yb - 16.5) - 1.8), LAMP)
    # the boat: a hull on the mean surface, with a wheelhouse or a mast and a sail
    (r0, r1), (c0, c1) = BOAT_ROWS, BOAT_COLUMNS
    img_all, img = img, img[:, :, r0:r1, c0:c1]
    x, y = x[:, :, c0:c1], y[:, r0:r1]
    boat = f[:, 2].astype(int)
    has, fishing, sailing = (R.col(c) for c in (boat > 0, boat == 1, boat == 2))
    t = np.clip((y - base + 5.0) / 6.0, 0.0, 1.0)
    rows = np.maximum(base - 5.0 - y, y - base - 1.0)
    hull = np.maximum(np.abs(x - BOAT_X) - (12.0 - 3.5 * t), rows)
    hull = R.coverage(hull / 1.08) * has
    R.over(img, hull, HULL)
    R.over(img, hull * R.coverage(np.abs(y - base + 3.5) - 0.6), HULL_STRIPE)
    cabin = R.edges_sdf(x, y, BOAT_X - 7.0, BOAT_X + 2.0, base - 12.0, base - 5.0)
    R.over(img, R.coverage(cabin + 0.8) * fishing, MAST)
    R.over(img, R.coverage(cabin) * fishing, CABIN)
    window = R.edges_sdf(x, y, BOAT_X - 5.5, BOAT_X + 0.5, base - 10.5, base - 8.0)
    R.over(img, R.coverage(window) * fishing, WINDOW)
    mast = np.maximum(np.abs(x - BOAT_X) - 0.6, np.maximum(base - 27.0 - y, y - base + 5.0))
    R.over(img, R.coverage(mast) * sailing, MAST)
    rise = (y - (base - 26.0)) / 21.0  # 0 at the mast's top, 1 at the sail's foot
    sail = np.maximum(np.maximum(BOAT_X + 1.0 - x, (x - BOAT_X - 1.0) - 11.0 * rise),
                      np.maximum(base - 26.0 - y, y - base + 6.0))
    jib = np.maximum(np.maximum(x - BOAT_X + 1.0, (BOAT_X - 1.0 - x) - 7.0 * (rise - 0.3) / 0.7),
                     np.maximum(base - 19.7 - y, y - base + 6.0))
    R.over(img, R.coverage(np.minimum(sail, jib)) * sailing, SAIL)
    return R.to_uint8(img_all)


def render(tide: float, pier_length: float, boat: float, sun_height: float,
           waves: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[tide, pier_length, boat, sun_height, waves]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("pier", arg, n, seed, FACTORS, sample_factors, _draw)
