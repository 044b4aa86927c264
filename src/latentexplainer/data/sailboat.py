"""`sailboat`: a small sailboat on a wavy sea under a clear sky, with the sun off to the left
(64x64 RGB).

The sky grows paler towards a flat horizon a little above the middle of the image; below it
the sea is dark blue with pale wave crests running across it in rows. The boat sits on the
sea: a dark brown hull, wider at the deck than at the keel, with a white line along the
deck, a thin dark mast, a large triangular mainsail to the right of the mast and a smaller,
lighter triangular jib to its left, both of one hue. The sun is a pale yellow disc with a
soft glow, on the left side of the sky. Factors: the boat's horizontal position, the size of
its sails (the mast grows with them), the hue of the sails, the height of the waves (the
crests run straight across a calm sea and curl into deeper waves on a rough one) and the
height of the sun in the sky. The hull's size and colour, the sky, the sea's colours and the
sun's size and horizontal place stay fixed; the boat and the sun always lie inside the image,
the sun wholly above the horizon, and the boat is drawn in front of the sun.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("boat_x", "horizontal position of the sailboat (left to right)", "continuous"),
    Factor("sail_size", "size of the boat's sails (small to large)", "continuous"),
    Factor("sail_hue", "hue of the boat's sails", "continuous"),
    Factor("wave_height", "height of the waves on the sea (calm to rough)", "continuous"),
    Factor("sun_height", "height of the sun in the sky (low to high)", "continuous"),
)
# boat_x: 0..1 puts the mast at x = 20..44 px; sail_size: 0..1 is a mainsail 14..30 px tall
# (0.55 of that wide; the jib is 0.85 as tall and 0.42 as wide), its foot at y = 39 px;
# sail_hue: 0..0.8 of the colour wheel (no wrap); wave_height: 0..1 is an amplitude of
# 0..3.5 px for the crests nearest the viewer (less towards the horizon), 0 leaving them
# straight lines; sun_height: 0..1 puts the sun's centre at y = 30..9 px (its radius is 5 px,
# the horizon is at y = 36 px)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 0.8), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_LOW = np.array((0.42, 0.64, 0.9)), np.array((0.84, 0.9, 0.95))
SEA, CREST = np.array((0.08, 0.27, 0.47)), np.array((0.55, 0.74, 0.86))
HULL = (0.36, 0.2, 0.12)
DECK_LINE = (0.95, 0.95, 0.92)
MAST = (0.2, 0.15, 0.12)
SUN, SUN_GLOW = (1.0, 0.94, 0.6), (1.0, 0.88, 0.55)
HORIZON = 36.0
SUN_X, SUN_R = 12.0, 5.0
DECK, KEEL = 41.0, 46.0  # the hull's top and bottom
DECK_HW, KEEL_HW = 12.0, 8.0  # the hull's half-width at the deck and at the keel
FOOT = 39.0  # the sails' foot
PERIOD, WAVELENGTH = 5.0, 16.0  # of the crests: rows this far apart, waving this long


def _background() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The sky (3, H, W) over the whole image, the sea's coverage (H, W), and for each sea
    pixel (H, W) its depth below the horizon in px."""
    x, y = R.grid()
    sky = R.vertical_gradient(SKY_TOP, SKY_LOW, HORIZON)
    sea = np.broadcast_to(R.coverage(HORIZON - y), (1, R.SIZE, R.SIZE))[0].astype(np.float32)
    depth = np.broadcast_to(np.maximum(y - HORIZON, 0.0), (1, R.SIZE, R.SIZE))[0].astype(np.float32)
    return sky, sea, depth


SKY, SEA_COVER, DEPTH = _background()


def _triangle(x, y, mast_x, height, width, side):
    """Signed distance to a right triangle with its upright edge at ``mast_x``, its foot
    along y = FOOT, reaching ``width`` to the right (side 1) or left (side -1)."""
    along = side * (x - mast_x)  # away from the mast
    up = FOOT - y
    hyp = (along * height + up * width - width * height) / np.sqrt(width ** 2 + height ** 2)
    return np.maximum(np.maximum(-along, -up), hyp)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SKY
    # the sun and its glow
    d = np.sqrt((x - SUN_X) ** 2 + (y - R.col(30 - 21 * f[:, 4])) ** 2)
    img = R.over(img, 0.45 * np.exp(-np.maximum(d - SUN_R, 0.0) ** 2 / 18.0), SUN_GLOW)
    img = R.over(img, R.coverage(d - SUN_R), SUN)
    # the sea: rows of crests, waving more the rougher the sea and the nearer the viewer
    amp = R.col(3.5 * f[:, 3]) * (0.25 + 0.75 * DEPTH / (R.SIZE - HORIZON))
    phase = 2 * np.pi * (y - HORIZON - amp * np.sin(2 * np.pi * x / WAVELENGTH)) / PERIOD
    crest = np.clip(2.5 * np.cos(phase) - 1.2, 0.0, 1.0)
    sea = SEA.reshape(1, 3, 1, 1) + (CREST - SEA).reshape(1, 3, 1, 1) * crest[:, None]
    img += (sea - img) * SEA_COVER
    # the hull, with a white line along its deck
    bx = R.col(20 + 24 * f[:, 0])
    dx = np.abs(x - bx)
    slope = (DECK_HW - KEEL_HW) / (KEEL - DECK)
    side = (dx - (KEEL_HW + slope * (KEEL - y))) / np.sqrt(1 + slope ** 2)
    hull = np.maximum(side, np.maximum(DECK - y, y - KEEL))
    img = R.over(img, R.coverage(hull), HULL)
    img = R.over(img, R.coverage(np.maximum(hull, y - (DECK + 1.2))), DECK_LINE)
    # the mast and the sails
    h = R.col(14 + 16 * f[:, 1])
    mast = np.maximum(np.abs(x - bx) - 0.8, np.maximum((FOOT - h - 1.5) - y, y - DECK))
    img = R.over(img, R.coverage(mast), MAST)
    main = _triangle(x, y, bx + 0.8, h, 0.55 * h, 1)
    img = R.over(img, R.coverage(main), R.hsv(f[:, 2], 0.8, 0.92))
    jib = _triangle(x, y, bx - 0.8, 0.85 * h, 0.42 * h, -1)
    return R.to_uint8(R.over(img, R.coverage(jib), R.hsv(f[:, 2], 0.6, 0.98)))


def render(boat_x: float, sail_size: float, sail_hue: float, wave_height: float, sun_height: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[boat_x, sail_size, sail_hue, wave_height, sun_height]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("sailboat", arg, n, seed, FACTORS, sample_factors, _draw)
