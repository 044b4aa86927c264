"""`fisherman`: a fisherman in a rowing boat on a lake, a fish he has just caught dangling from
his rod's line, seen from the side (64x64 RGB).

A pale sky fills the top of the image over a line of dark green wooded hills along the far
shore; below them the lake runs to the bottom of the image, deep blue with paler ripple lines. On
the lake floats a brown wooden rowing boat, its bow and stern curving up, with an oar resting along
its side. In it sits the fisherman, facing right: a red jacket, a round head and a dark hat. He
holds a long dark fishing rod up and out to the right over the water; from its tip a thin line
hangs straight down, and on its end dangles a golden fish, head down, its tail fin uppermost.
Factors: where the boat is on the lake (left to right; the fisherman, his rod and the fish move
with it), how high he raises the rod (from held out low over the water to raised steeply), the
size of the fish on the line (small to large) and how thick the fog over the lake is (from a clear
day to a thick grey fog, thicker towards the far shore). The sky, the hills, the lake, the boat's
and rod's size and the line's length stay fixed; the boat, the rod and the fish always lie inside
the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("boat_x", "horizontal position of the boat on the lake (left to right)", "continuous"),
    Factor("rod_raise", "how high the fisherman raises his rod (held low to raised steeply)", "continuous"),
    Factor("fish_size", "size of the fish dangling from the line (small to large)", "continuous"),
    Factor("fog", "how thick the fog over the lake is (clear to thick fog)", "continuous"),
)
# boat_x: 0..1 puts the boat's middle at x = 12..34 px; rod_raise: 0..1 turns the rod (20 px long,
# from the fisherman's hands 2 px ahead of the boat's middle at y = 36 px) from 0.15 to 1.25
# radians above the horizontal, so its tip is 22..8 px ahead of the boat's middle and 3..19 px above
# the hands; fish_size: 0..1 is a fish 3..11 px in half-length (0.5 times that in half-width) hanging
# on a 4 px line;
# fog: 0..1 lays a grey veil over the image, at most 0.8 thick at the top and 0.4 at the bottom
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.55, 0.72, 0.92)), np.array((0.82, 0.88, 0.95))
HILLS, LAKE, RIPPLE = (0.16, 0.32, 0.2), (0.16, 0.32, 0.5), (0.36, 0.52, 0.68)
HULL, HULL_DARK, OAR = (0.52, 0.32, 0.16), (0.34, 0.2, 0.1), (0.72, 0.58, 0.38)
JACKET, SKIN, HAT = (0.8, 0.16, 0.12), (0.94, 0.76, 0.6), (0.2, 0.18, 0.16)
ROD, LINE = (0.14, 0.1, 0.08), (0.9, 0.9, 0.85)
FISH, FISH_BACK, FISH_EYE = (0.98, 0.66, 0.12), (0.7, 0.36, 0.06), (0.08, 0.06, 0.05)
FOG = (0.8, 0.82, 0.84)
SHORE_Y, WATER_Y = 26.0, 46.0  # the far shore, and where the boat floats
HAND_DX, HAND_Y, ROD_LEN, LINE_LEN = 2.0, 36.0, 20.0, 4.0


def _scene():
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, SHORE_Y)[None].copy()
    hills = SHORE_Y - 4.0 - 2.5 * np.sin(x * 0.19) - 1.5 * np.sin(x * 0.47 + 1.0)
    R.over(img, R.coverage(hills - y), HILLS)
    R.over(img, R.below(SHORE_Y + 2.0, 1), LAKE)
    ripples = np.abs(((y - SHORE_Y) % 5.0) - 2.5) - 0.35 - 0.3 * np.sin(x * 0.6 + y)
    R.over(img, 0.6 * R.coverage(np.maximum(ripples, SHORE_Y + 3.0 - y)), RIPPLE)
    return img[0]


SCENE = _scene()
FOG_ALPHA = (0.8 - 0.4 * R.grid()[1] / R.SIZE) * np.ones((1, R.SIZE, R.SIZE), np.float32)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    bx = R.col(12.0 + 22.0 * f[:, 0])
    # the fisherman: his body, head and hat, sitting in the boat
    body = R.box_sdf(x - (bx - 2.0), y - 40.0, 2.0, 5.0) - 1.5
    R.over(img, R.coverage(body), JACKET)
    R.over(img, R.coverage(np.hypot(x - (bx - 2.0), y - 31.5) - 2.6), SKIN)
    hat = np.minimum(R.edges_sdf(x, y, bx - 4.8, bx + 0.8, 29.0, 30.0),
                     R.ellipse_sdf(x - (bx - 2.0), y - 28.8, 2.4, 1.8))
    R.over(img, R.coverage(hat), HAT)
    # the rod, his arm to it, the line and the fish dangling on it
    a = R.col(0.15 + 1.1 * f[:, 1])
    hx = bx + HAND_DX
    tx, ty = hx + ROD_LEN * np.cos(a), HAND_Y - ROD_LEN * np.sin(a)
    R.over(img, R.coverage(R.segment_sdf(x, y, bx - 1.0, 37.0, hx, HAND_Y) - 1.2), JACKET)
    R.over(img, R.coverage(R.segment_sdf(x, y, hx - 2.0 * np.cos(a), HAND_Y + 2.0 * np.sin(a), tx, ty)
                           - (1.0 - 0.03 * np.hypot(x - hx, y - HAND_Y))), ROD)
    R.over(img, R.coverage(np.hypot(x - hx, y - HAND_Y) - 1.4), SKIN)
    L = R.col(3.0 + 8.0 * f[:, 2])
    top = ty + LINE_LEN
    R.over(img, R.coverage(np.maximum(np.abs(x - tx) - 0.35, np.maximum(ty - y, y - top - 1.0))), LINE)
    fy = top + 0.35 * L + L  # the fish's middle: its tail fin at the top, its head at the bottom
    fish = R.ellipse_sdf(x - tx, y - fy, 0.5 * L, L)
    tail = np.maximum(np.abs(x - tx) - 0.7 * (fy - 0.75 * L - y) - 0.2, np.maximum(top - y, y - (fy - 0.75 * L)))
    R.over(img, R.coverage(np.minimum(fish, tail)), FISH)
    R.over(img, R.coverage(np.maximum(fish, x - tx + 0.12 * L)), FISH_BACK)
    R.over(img, R.coverage(np.hypot(x - tx - 0.12 * L, y - (fy + 0.6 * L)) - 0.12 * L - 0.3), FISH_EYE)
    # the boat: a hull with a curved bow and stern, floating, its oar along the side
    rim = WATER_Y - 5.5 - 3.0 * (np.abs(x - bx) / 13.0) ** 3  # the gunwale, rising to the bow and stern
    hull = np.maximum(R.ellipse_sdf(x - bx, y - (WATER_Y - 7.0), 13.0, 8.0), np.maximum(rim - y, y - WATER_Y))
    R.over(img, R.coverage(hull), HULL)
    R.over(img, R.coverage(np.maximum(hull, np.abs(y - rim - 1.2) - 0.8)), HULL_DARK)
    R.over(img, R.coverage(R.segment_sdf(x, y, bx - 12.0, WATER_Y - 7.0, bx + 8.0, WATER_Y - 3.0) - 0.8), OAR)
    # the fog
    return R.to_uint8(R.over(img, R.col(f[:, 3]) * FOG_ALPHA, FOG))


def render(boat_x: float, rod_raise: float, fish_size: float, fog: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[boat_x, rod_raise, fish_size, fog]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("fisherman", arg, n, seed, FACTORS, sample_factors, _draw)
