"""`bowlinggreen`: a bowling green on a sunny day, a bowler in white at the back of the green,
bowls lying on the grass, a white clubhouse behind a hedge, seen from the front (64x64 RGB).

A blue sky, paler near the sun, fills the top of the image; the sun is a bright disc in it. A
small white clubhouse with a dark green roof, a dark doorway and two windows stands in the
middle behind a clipped dark green hedge that runs across the image. The green, mown in stripes
that run towards the clubhouse, fills the rest. At the back of the green stands a bowler dressed
in white, with a white sun hat, holding a dark bowl in front of him; a small white jack lies in
the middle of the green and big dark bowls, each with a coloured badge (red, blue, yellow), lie
on its near part, filled from the left. The bowler, the jack and the bowls each cast a shadow on
the grass. Factors: where the bowler stands across the back of the green (left to right), how
many bowls lie on the green (1 to 3), how green the grass is (from parched yellow-brown to lush
green) and where the sun stands in the sky (left to right, a little higher in the middle; the
shadows fall the other way, and the bowls shine on the sun's side). The clubhouse, the hedge,
the jack's place, the bowls' places and the bowler's size stay fixed; the bowler and the sun
always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("bowler_x", "where the bowler stands across the back of the green (left to right)", "continuous"),
    Factor("bowls", "how many bowls lie on the green (1 to 3)", "categorical", ("1", "2", "3")),
    Factor("grass", "how green the grass is (parched yellow-brown to lush green)", "continuous"),
    Factor("sun_x", "where the sun stands in the sky (left to right; shadows fall the other way)", "continuous"),
)
# bowler_x: 0..1 puts the bowler's middle at x = 11..53 px, his feet at y = 44 px; bowls: a code
# 0..2 for 1..3 bowls, at BOWLS from the left; grass: 0..1 blends the green's colour from PARCHED to
# LUSH; sun_x: 0..1 puts the sun's middle at x = 6..58 px (y = 8.5 px at the ends, 5 px in the
# middle) and shifts every shadow by 0.2 px per px the sun is from the middle, the other way
RANGES = ((0.0, 1.0), (0.0, 2.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.36, 0.6, 0.92)), np.array((0.66, 0.82, 0.97))
SUN, GLOW = (1.0, 0.97, 0.74), (1.0, 0.98, 0.86)
PARCHED, LUSH = np.array((0.76, 0.68, 0.4)), np.array((0.28, 0.6, 0.24))
HEDGE, HEDGE_DARK = (0.16, 0.36, 0.16), (0.11, 0.26, 0.11)
WHITE, BOARD_LINE, ROOF = (0.96, 0.96, 0.94), (0.8, 0.8, 0.78), (0.18, 0.36, 0.24)
DOORWAY, PANE = (0.2, 0.16, 0.14), (0.5, 0.62, 0.74)
KIT, KIT_SHADE, SKIN = (0.97, 0.97, 0.95), (0.8, 0.8, 0.8), (0.9, 0.7, 0.56)
BOWL, JACK = (0.1, 0.08, 0.08), (0.98, 0.98, 0.96)
BADGES = ((0.9, 0.15, 0.15), (0.2, 0.35, 0.85), (0.95, 0.8, 0.1))
HEDGE_T, HEDGE_B = 24.0, 30.0
FEET_Y = 44.0
JACK_AT, JACK_R = (38.0, 50.5), 1.6
BOWLS = ((11.0, 55.5), (30.5, 57.2), (50.0, 55.0))
BOWL_R = 6.3


def _scene():
    """The fixed clubhouse and hedge as a layer (3, H, W), and its coverage: the sky shows above."""
    x, y = R.grid()
    img = R.canvas(1, WHITE)
    walls = R.edges_sdf(x, y, 22.0, 42.0, 16.0, HEDGE_B)
    R.over(img, R.coverage(np.maximum(np.abs(((y - 16.0) % 2.5) - 1.25) - 0.3, walls)), BOARD_LINE)
    roof = np.maximum(np.abs(x - 32.0) - (4.0 + (y - 9.0) * 1.6), np.maximum(9.0 - y, y - 16.5))
    R.over(img, R.coverage(roof), ROOF)
    R.over(img, R.coverage(R.edges_sdf(x, y, 29.5, 34.5, 19.0, HEDGE_B)), DOORWAY)
    panes = np.minimum(R.edges_sdf(x, y, 24.5, 28.0, 18.0, 22.0), R.edges_sdf(x, y, 36.0, 39.5, 18.0, 22.0))
    R.over(img, R.coverage(panes), PANE)
    hedge = np.maximum(HEDGE_T + 0.8 * np.abs(np.sin(x * 0.8)) - y, y - HEDGE_B)
    R.over(img, R.coverage(hedge), HEDGE)
    R.over(img, 0.7 * R.coverage(np.maximum(hedge + 1.0, np.sin(x * 1.3 + y * 0.9) * 2.0 - 0.5)), HEDGE_DARK)
    cover = R.coverage(np.minimum(np.minimum(walls, roof), hedge))
    return img[0], cover[0]


CLUBHOUSE, CLUB_COVER = _scene()


def _green():
    """Where the green is, and its mown stripes' lightness: stripes that run towards the clubhouse."""
    x, y = R.grid()
    cover = R.coverage(HEDGE_B - 0.5 - y)
    stripes = np.where(np.floor((x - 32.0) / (y + 12.0) * 10.0) % 2 == 0, 1.07, 0.93)
    return cover, (stripes * np.ones_like(y)).astype(np.float32)


GREEN_COVER, STRIPES = _green()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    sx = R.col(6.0 + 52.0 * f[:, 3])
    sy = 5.0 + 3.5 * ((sx - 32.0) / 26.0) ** 2
    shift = -0.2 * (sx - 32.0)  # how far the shadows fall from what casts them
    # the sky, brighter round the sun, and the sun
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, HEDGE_T)
    R.over(img, 0.7 * np.exp(-((x - sx) ** 2 + (y - sy) ** 2) / 60.0), GLOW)
    R.over(img, R.coverage(np.hypot(x - sx, y - sy) - 3.6), SUN)
    R.over(img, np.broadcast_to(CLUB_COVER, (n, R.SIZE, R.SIZE)), CLUBHOUSE)
    # the green: parched to lush, in stripes
    g = f[:, 2:3]
    grass = PARCHED + (LUSH - PARCHED) * g
    R.over(img, GREEN_COVER, grass[:, :, None, None] * STRIPES)
    # the shadows: the bowler's, the jack's and the bowls'
    count = f[:, 1].astype(int)
    bx = R.col(11.0 + 42.0 * f[:, 0])
    shadow = R.ellipse_sdf(x - (bx + 2.5 * shift), y - FEET_Y, 4.0 + 1.2 * np.abs(shift), 1.4)
    shadow = np.minimum(shadow, R.ellipse_sdf(x - (JACK_AT[0] + 0.8 * shift), y - JACK_AT[1] - 1.0, 2.0, 0.8))
    for i, (ox, oy) in enumerate(BOWLS):
        on = np.where(count >= i, 0.0, np.inf)[:, None, None]
        bowl_shadow = R.ellipse_sdf(x - (ox + shift), y - (oy + BOWL_R - 0.8), BOWL_R + 0.6 * np.abs(shift) + 0.5, 1.4)
        shadow = np.minimum(shadow, bowl_shadow + on)
    R.over(img, 0.4 * R.coverage(shadow), (0.05, 0.08, 0.03))
    # the bowler: legs, body, arms, head and hat, and the bowl he holds
    u = x - bx
    legs = np.maximum(np.abs(np.abs(u) - 1.6) - 1.3, np.maximum(35.5 - y, y - FEET_Y))
    body = R.box_sdf(u, y - 31.0, 3.4, 5.0) - 0.6
    arms = np.minimum(R.segment_sdf(u, y, -3.2, 28.0, -2.0, 35.0), R.segment_sdf(u, y, 3.2, 28.0, 2.0, 35.0)) - 1.1
    R.over(img, R.coverage(np.minimum(np.minimum(legs, body), arms)), KIT)
    R.over(img, R.coverage(np.maximum(legs, np.abs(u) - 0.3)), KIT_SHADE)
    R.over(img, R.coverage(np.hypot(u, y - 23.8) - 2.3), SKIN)
    hat = np.minimum(R.ellipse_sdf(u, y - 22.2, 3.8, 0.8), R.ellipse_sdf(u, y - 21.4, 2.2, 1.5))
    R.over(img, R.coverage(hat), KIT)
    R.over(img, R.coverage(np.hypot(u, y - 35.6) - 2.0), BOWL)
    R.over(img, R.coverage(np.hypot(u - 1.4, y - 35.0) - 0.8), SKIN)  # his hand
    # the jack, and the bowls with their badges, shining on the sun's side
    lx = np.clip(-shift * 0.25, -1.5, 1.5)  # where the shine sits, towards the sun
    R.over(img, R.coverage(np.hypot(x - JACK_AT[0], y - JACK_AT[1]) - JACK_R), JACK)
    for i, ((ox, oy), badge) in enumerate(zip(BOWLS, BADGES)):
        on = (count >= i).astype(np.float32)[:, None, None]
        R.over(img, on * R.coverage(np.hypot(x - ox, y - oy) - BOWL_R), BOWL)
        R.over(img, on * R.coverage(np.hypot(x - ox, y - oy) - 2.0), badge)
        R.over(img, 0.7 * on * R.coverage(np.hypot(x - ox - 1.5 * lx, y - oy + 3.2) - 1.1), (0.9, 0.9, 0.86))
    return R.to_uint8(img)


def render(bowler_x: float, bowls: float, grass: float, sun_x: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[bowler_x, bowls, grass, sun_x]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("bowlinggreen", arg, n, seed, FACTORS, sample_factors, _draw)
