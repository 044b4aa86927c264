"""`lacemaker`: a lacemaker's corner of a cottage, a round lace pillow on its stand with a strip
of lace pinned on it and bobbins hanging down its front, and beside it a candle and a glass
globe of water on a stool, seen from the front (64x64 RGB).

The cottage wall is grey-brown plaster under a dark ceiling beam; the floor is a band of dark
boards along the bottom. On the left a fat round lace pillow rests on a wooden stand with two
splayed legs. Across its upper part runs a strip of white lace, worked from the right: rows of
round eyelets, with a scalloped lower edge and a row of brass pins along its top; at its right
end, where the work goes on, pale threads run down from a few pins to a fan of wooden bobbins
hanging over the front of the pillow, each with a ring of coloured beads at its foot. On the
right a small stool holds a lacemaker's lamp: a candle with its flame, and beside it a round
glass globe (a flask with a short neck) that may hold water to brighten the candle's light.
Factors: how long the strip of finished lace is (a short start to a long strip), the hue of the
pillow's cover (the whole colour wheel, coming round to where it began), how full of water the
glass globe is (empty to full) and how tall the candle still stands (burned down to a stub to
nearly new). The wall, the floor, the stand, the bobbins, the stool and the globe's size stay
fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("lace_length", "how long the strip of finished lace on the pillow is (short to long)", "continuous"),
    Factor("pillow_hue", "hue of the lace pillow's cover", "cyclic", period=1.0),
    Factor("globe_fill", "how full of water the glass globe on the stool is (empty to full)", "continuous"),
    Factor("candle_height", "how tall the candle on the stool still stands (a stub to nearly new)", "continuous"),
)
# lace_length: 0..1 makes the lace 3..23 px long, ending at x = 34 px on the right; pillow_hue:
# 0..1 of the colour wheel, a whole turn (0 and 1 are the same red); globe_fill: 0..1 puts the
# water's surface from the globe's foot (y = 45.5 px, empty) to the top of its neck (y = 27 px, full);
# the water shines pale blue in the candle's light, the empty glass is dark
# candle_height: 0..1 makes a candle 4..26 px tall standing on the stool at y = 46 px
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
WALL, WALL_DARK, FLOOR, FLOOR_LINE = (0.46, 0.41, 0.36), (0.3, 0.22, 0.16), (0.26, 0.18, 0.12), (0.18, 0.12, 0.08)
WOOD, WOOD_DARK, BOBBIN = (0.56, 0.38, 0.22), (0.4, 0.26, 0.15), (0.78, 0.58, 0.34)
LACE, THREAD, PIN = (0.98, 0.97, 0.93), (0.92, 0.9, 0.84), (0.86, 0.7, 0.3)
GLASS, WATER, WAX = (0.86, 0.9, 0.92), (0.66, 0.88, 1.0), (0.95, 0.92, 0.8)
FLAME, FLAME_CORE, GLOW = (1.0, 0.66, 0.18), (1.0, 0.95, 0.7), (1.0, 0.85, 0.5)
BEADS = ((0.85, 0.15, 0.15), (0.2, 0.35, 0.8), (0.2, 0.62, 0.3), (0.92, 0.8, 0.2))
FLOOR_Y = 60.0
PILLOW_X, PILLOW_Y, PILLOW_RX, PILLOW_RY = 24.0, 40.0, 21.0, 14.0
LACE_R, LACE_T, LACE_B = 34.0, 29.0, 37.0  # the lace's right end, top and (scalloped) bottom
BOBBINS = tuple(26.0 + 2.3 * i for i in range(8))
BOBBIN_TOP = 46.0
STOOL_Y, GLOBE_X, GLOBE_Y, GLOBE_R, CANDLE_X = 46.0, 51.0, 38.0, 7.5, 60.5


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, R.coverage(y - 4.0), WALL_DARK)  # a ceiling beam
    R.over(img, 0.6 * R.coverage(np.maximum(np.abs((x % 16.0) - 8.0) - 7.6, y - 4.0)), FLOOR_LINE)
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    R.over(img, R.coverage(np.maximum(np.abs((x % 10.0) - 5.0) - 4.5, FLOOR_Y + 0.5 - y)), FLOOR_LINE)
    # the pillow's stand and the stool
    legs = np.min([R.segment_sdf(x, y, lx, 48.0, lx + dx, 63.5) for lx, dx in ((12.0, -4.0), (36.0, 4.0))], 0) - 1.2
    R.over(img, R.coverage(legs), WOOD_DARK)
    stool = np.minimum(R.edges_sdf(x, y, 43.0, 64.0, STOOL_Y, STOOL_Y + 2.5),
                       R.edges_sdf(x, y, 53.0, 56.0, STOOL_Y, 64.0))
    R.over(img, R.coverage(stool), WOOD)
    return img[0]


SCENE = _scene()


def _pillow():
    x, y = R.grid()
    d = R.ellipse_sdf(x - PILLOW_X, y - PILLOW_Y, PILLOW_RX, PILLOW_RY)
    shade = 1.12 - 0.3 * np.clip((y - (PILLOW_Y - PILLOW_RY)) / (2 * PILLOW_RY), 0.0, 1.0)  # lit from above
    return R.coverage(d), shade


PILLOW, PILLOW_SHADE = _pillow()


def _lace():
    """The lace's distance field along x (a function of its left end), its holes, and the
    threads and bobbins (fixed)."""
    x, y = R.grid()
    bottom = LACE_B + 0.9 * np.abs(np.sin(np.pi * x / 3.0))
    band = np.maximum(LACE_T - y, y - bottom)
    # a row of round eyelets and, under it, a row of smaller ones between them
    big = np.hypot(((x - LACE_R) % 4.0) - 2.0, y - (LACE_T + 3.0)) - 1.2
    small = np.hypot(((x - LACE_R + 2.0) % 4.0) - 2.0, y - (LACE_T + 5.6)) - 0.7
    holes = np.minimum(big, small)
    return band, R.coverage(holes)


LACE_BAND, LACE_HOLES = _lace()


def _bobbins():
    x, y = R.grid()
    threads = np.min([R.segment_sdf(x, y, LACE_R + 0.5 * (i % 4), 32.0 + 1.5 * (i // 4), bx, BOBBIN_TOP)
                      for i, bx in enumerate(BOBBINS)], 0)
    wood = np.min([R.ellipse_sdf(x - bx, y - (BOBBIN_TOP + 4.0), 0.95, 4.2) for bx in BOBBINS], 0)
    img = np.zeros((1, 3, R.SIZE, R.SIZE), np.float32)
    alpha = np.zeros((1, R.SIZE, R.SIZE), np.float32)
    for cover, colour in ((0.8 * R.coverage(threads - 0.3), THREAD), (R.coverage(wood), BOBBIN)):
        R.over(img, cover, colour)
        alpha += (1 - alpha) * cover
    for i, bx in enumerate(BOBBINS):
        bead = R.coverage(np.hypot(x - bx, y - (BOBBIN_TOP + 9.0)) - 1.3)
        R.over(img, bead, BEADS[i % 4])
        alpha += (1 - alpha) * bead
    return img[0] / np.maximum(alpha, 1e-6), alpha


BOBBIN_COLOUR, BOBBIN_ALPHA = _bobbins()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the candle's glow on the wall
    top = STOOL_Y - R.col(4.0 + 22.0 * f[:, 3])
    R.over(img, 0.35 * np.exp(-((x - CANDLE_X) ** 2 + (y - top + 4.0) ** 2) / 40.0), GLOW)
    # the pillow, the lace with its holes and pins, the threads and bobbins
    colour = R.hsv(f[:, 1], 0.6, 0.6)
    R.over(img, np.broadcast_to(PILLOW, (n, R.SIZE, R.SIZE)), colour[:, :, None, None] * PILLOW_SHADE[:, None])
    left = R.col(LACE_R - 3.0 - 20.0 * f[:, 0])
    lace = R.coverage(np.maximum(LACE_BAND, np.maximum(left - x, x - LACE_R)))
    R.over(img, lace, LACE)
    R.over(img, lace * LACE_HOLES, colour * 0.8)
    pins = np.hypot(((x - LACE_R) % 3.0) - 1.5, y - LACE_T) - 0.8
    pins = np.maximum(pins, np.maximum(left - 0.5 - x, x - LACE_R - 1.0))
    R.over(img, R.coverage(pins), PIN)
    R.over(img, np.broadcast_to(BOBBIN_ALPHA, (n, R.SIZE, R.SIZE)), BOBBIN_COLOUR)
    # the glass globe: its water, the glass and its neck
    globe = np.hypot(x - GLOBE_X, y - GLOBE_Y) - GLOBE_R
    neck = R.edges_sdf(x, y, GLOBE_X - 2.2, GLOBE_X + 2.2, GLOBE_Y - GLOBE_R - 4.5, GLOBE_Y - GLOBE_R + 1.0)
    R.over(img, 0.4 * R.coverage(np.minimum(globe, neck)), (0.16, 0.18, 0.22))  # the empty glass, dark
    inside = np.minimum(globe, neck) + 0.8
    level = R.col(GLOBE_Y + GLOBE_R - (2 * GLOBE_R + 3.5) * f[:, 2])
    R.over(img, R.coverage(np.maximum(inside, level - y)), WATER)
    R.over(img, 0.9 * R.coverage(np.abs(np.minimum(globe, neck) + 0.4) - 0.5), GLASS)
    R.over(img, 0.8 * R.coverage(np.hypot(x - GLOBE_X + 2.5, y - GLOBE_Y + 2.5) - 1.0), (1.0, 1.0, 1.0))
    # the candle and its flame
    R.over(img, R.coverage(R.edges_sdf(x, y, CANDLE_X - 2.0, CANDLE_X + 2.0, top, STOOL_Y)), WAX)
    R.over(img, R.coverage(R.ellipse_sdf(x - CANDLE_X, y - (top - 3.2), 1.5, 2.8)), FLAME)
    return R.to_uint8(R.over(img, R.coverage(R.ellipse_sdf(x - CANDLE_X, y - (top - 2.3), 0.7, 1.4)), FLAME_CORE))


def render(lace_length: float, pillow_hue: float, globe_fill: float, candle_height: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[lace_length, pillow_hue, globe_fill, candle_height]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("lacemaker", arg, n, seed, FACTORS, sample_factors, _draw)
