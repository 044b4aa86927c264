"""`accordion`: an accordion held up on a stage in front of a curtain, seen from the front
(64x64 RGB).

An accordion is held up in the middle of a stage: two black end boxes, the left one with a
row of white piano keys and black keys between them along its outer side, the right one with
a grid of pearly round buttons, joined by pleated bellows in a bright colour, each fold a
lit panel and a shaded one, with dark lines in the folds' valleys and zigzag top and bottom
edges, and thin silver frames where they meet the boxes. Behind it hangs a dark purple stage
curtain in soft vertical folds, brighter in the pool of a spotlight in the middle, over the
wooden boards of the stage along the bottom. Factors: how far the bellows are pulled open
(squeezed shut to stretched wide), how many folds the bellows have (four, six or eight), the
hue of the bellows (round the whole colour wheel), the tilt of the accordion (its right end
lower to its right end higher) and how high it is held (low to high). The end boxes' size,
the bellows' height, the accordion's place across the image, the curtain and the stage stay
fixed; the whole accordion always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FOLDS = ("4", "6", "8")
FACTORS = (
    Factor("stretch", "how far the accordion's bellows are pulled open (squeezed shut to wide)", "continuous"),
    Factor("folds", "how many folds the accordion's bellows have (four, six or eight)", "categorical", FOLDS),
    Factor("bellows_hue", "hue of the accordion's bellows (round the whole colour wheel)", "cyclic", period=1.0),
    Factor("tilt", "tilt of the accordion (its right end lower to its right end higher)", "continuous"),
    Factor("height", "how high the accordion is held (low to high)", "continuous"),
)
# stretch: 0..1 is bellows 8..34 px wide between the end boxes (the left box 11 px wide, the
# right one 9 px, both 26 px tall); folds: codes 0..2 are 4, 6 or 8 folds, evenly spaced across
# the bellows; bellows_hue: 0..1 is the whole colour wheel (1 is 0 again); tilt: -0.3..0.3
# radians about the bellows' middle (positive: the right end higher); height: 0..1 puts the
# bellows' middle at y = 40..28 px (x = 32 px)
RANGES = ((0.0, 1.0), (0.0, len(FOLDS) - 1.0), (0.0, 1.0), (-0.3, 0.3), (0.0, 1.0))
CURTAIN, FLOOR, FLOOR_DARK = (0.3, 0.12, 0.36), (0.62, 0.42, 0.24), (0.42, 0.27, 0.14)
BOX, BOX_EDGE, SILVER, KEY, KEY_GAP, BUTTON = (
    (0.08, 0.08, 0.1),
    (0.3, 0.3, 0.34),
    (0.84, 0.86, 0.9),
    (0.98, 0.97, 0.93),
    (0.5, 0.5, 0.5),
    (0.93, 0.9, 0.84),
)
MID_X, FLOOR_Y, HALF_H, BOX_HALF_H, LEFT_W, RIGHT_W, ZIG = 32.0, 57.0, 11.5, 13.0, 11.0, 9.0, 1.6
KEYS = 12  # white keys along the left box, 2 px apart
BLACK_KEYS = (1, 2, 4, 5, 6)  # after which white keys (mod 7) a black key sits


def _background() -> np.ndarray:
    x, y = R.grid()
    folds = 0.75 + 0.25 * np.sin(x * 0.55 + 0.8 * np.sin(y * 0.08))
    spot = 1.0 + 0.9 * np.exp(-((x - MID_X) ** 2 + (y - 30.0) ** 2) / 500.0)
    img = np.asarray(CURTAIN, np.float32)[:, None, None] * folds * spot
    img = np.broadcast_to(img, (3, R.SIZE, R.SIZE))[None].astype(np.float32).copy()
    floor = R.below(FLOOR_Y, 1)
    R.over(img, floor, FLOOR)
    R.over(img, floor * R.coverage(np.abs(((y - FLOOR_Y) % 3.5) - 1.75) - 1.35), FLOOR_DARK)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the accordion's own frame: u along it (to the right), v across it (down)
    a = R.col(f[:, 3])
    dx, dy = x - MID_X, y - R.col(40.0 - 12.0 * f[:, 4])
    u, v = dx * np.cos(a) - dy * np.sin(a), dx * np.sin(a) + dy * np.cos(a)
    half = R.col(4.0 + 13.0 * f[:, 0])
    # the bellows: each fold a lit panel and a shaded one, zigzag top and bottom edges
    folds = R.col(np.array((4.0, 6.0, 8.0))[f[:, 1].astype(int)])
    pitch = 2.0 * half / folds
    s = (u + half) / pitch
    frac = s - np.floor(s)
    edge = HALF_H - ZIG * np.abs(2.0 * frac - 1.0)
    bellows = np.maximum(np.abs(u) - half, np.abs(v) - edge)
    colour = R.hsv(f[:, 2], 0.78, 0.95)
    R.over(img, R.coverage(bellows), colour)
    shaded = (0.25 - np.abs(frac - 0.75)) * pitch
    R.over(img, R.coverage(np.maximum(bellows, -shaded)), 0.5 * colour)
    lines = np.minimum(frac, 1.0 - frac) * pitch - 0.4
    R.over(img, 0.8 * R.coverage(np.maximum(bellows, lines)), 0.25 * colour)
    # the end boxes, their silver frames against the bellows
    left = R.box_sdf(u + half + LEFT_W / 2, v, LEFT_W / 2 - 1.0, BOX_HALF_H - 1.0) - 1.0
    right = R.box_sdf(u - half - RIGHT_W / 2, v, RIGHT_W / 2 - 1.0, BOX_HALF_H - 1.0) - 1.0
    boxes = np.minimum(left, right)
    R.over(img, R.coverage(boxes), BOX)
    R.over(img, R.coverage(np.maximum(boxes, -(boxes + 0.7))), BOX_EDGE)
    frames = np.maximum(np.abs(np.abs(u) - half) - 0.7, np.abs(v) - BOX_HALF_H + 0.5)
    R.over(img, R.coverage(frames), SILVER)
    # the keyboard along the left box's outer side: white keys, gaps between them, black keys
    ku = u + half + LEFT_W - 1.5
    white = R.edges_sdf(ku, v, 0.0, 5.0, -KEYS, KEYS)
    R.over(img, R.coverage(white), KEY)
    j = np.clip(np.round((v + KEYS) / 2.0), 1, KEYS - 1)
    gaps = np.maximum(white, np.abs(v + KEYS - 2.0 * j) - 0.25)
    R.over(img, R.coverage(gaps), KEY_GAP)
    black = np.isin(j % 7, BLACK_KEYS)
    keys = np.maximum(R.edges_sdf(ku, v, -0.5, 3.0, -KEYS, KEYS), np.abs(v + KEYS - 2.0 * j) - 0.6)
    keys = np.where(black, keys, np.inf)
    R.over(img, R.coverage(keys), BOX)
    # the buttons on the right box, three columns of seven
    bu = u - half - RIGHT_W / 2
    c, r = np.clip(np.round(bu / 2.2), -1, 1), np.clip(np.round(v / 3.2), -3, 3)
    R.over(img, R.coverage(np.hypot(bu - 2.2 * c, v - 3.2 * r) - 0.9), BUTTON)
    return R.to_uint8(img)


def render(stretch: float, folds: float, bellows_hue: float, tilt: float, height: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[stretch, folds, bellows_hue, tilt, height]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("accordion", arg, n, seed, FACTORS, sample_factors, _draw)
