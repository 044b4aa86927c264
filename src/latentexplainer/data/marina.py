"""`marina`: a small sailing yacht moored in a walled marina basin, seen from the side (64x64
RGB).

A white yacht with a blue stripe, a small cabin and a tall mast floats on the basin's water,
its bow to the right; its mainsail runs up the mast behind it from a boom. Behind the yacht
rises the marina's stone harbour wall, its lower part dark and weedy where the high tide
reaches, with two bollards and a small red-and-white light tower on its top; the sky shows
above the wall. Factors: how high the tide is (the water rises up the wall and the yacht floats
up with it), how rough the water is (glassy calm to choppy: the surface waves and white crests
streak the water), how far the mainsail is hoisted (lowered onto the boom to fully up the mast)
and how late in the day it is (afternoon blue sky to a purple and orange sunset). The wall, the
light tower, the yacht's hull, cabin, mast and place along the wall, and the water's colour
stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("tide", "how high the tide is against the harbour wall (low to high)", "continuous"),
    Factor("chop", "how rough the water is (glassy calm to choppy)", "continuous"),
    Factor("sail_hoist", "how far the yacht's mainsail is hoisted (lowered to fully up)", "continuous"),
    Factor("evening", "how late in the day it is (afternoon blue sky to sunset)", "continuous"),
)
# tide: 0..1 puts the water's surface at y = 46..36 px (the yacht's waterline with it); chop:
# 0..1 is a surface wave of amplitude 0..2 px and white crest streaks (1 px rows every 4 px
# below the surface) of opacity 0..0.9; sail_hoist: 0..1 is a mainsail 2..25 px tall up the mast
# from the boom (17 px long, 8.5 px above the waterline); evening: 0..1 mixes the sky (the rows
# above the wall's top at y = 22 px) from afternoon blue to a purple and orange sunset
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
DAY_TOP, DAY_BOTTOM = np.array((0.38, 0.6, 0.9)), np.array((0.72, 0.84, 0.96))
DUSK_TOP, DUSK_BOTTOM = np.array((0.33, 0.22, 0.48)), np.array((0.99, 0.58, 0.28))
STONE, COPING, JOINT, WEED = (0.58, 0.55, 0.5), (0.72, 0.7, 0.66), (0.42, 0.4, 0.37), (0.28, 0.31, 0.2)
WATER_TOP, WATER_BOTTOM = np.array((0.12, 0.36, 0.5)), np.array((0.05, 0.2, 0.32))
CREST = (0.92, 0.96, 1.0)
HULL, STRIPE, MAST, SAIL, WINDOW = (0.96, 0.96, 0.94), (0.14, 0.25, 0.56), (0.3, 0.3, 0.32), \
    (0.99, 0.98, 0.94), (0.2, 0.24, 0.3)
TOWER, TOWER_BAND, BOLLARD = (0.95, 0.95, 0.93), (0.82, 0.16, 0.14), (0.15, 0.15, 0.16)
WALL_TOP, WEED_TOP = 22.0, 33.0
MAST_X, BOOM_END = 23.0, 6.0  # the mast's and the boom's end's x
BOOM_UP, MAST_UP = 8.5, 35.0  # the boom's and the mast top's heights above the waterline


def _wall() -> tuple[np.ndarray, np.ndarray]:
    """The harbour wall with its bollards and light tower: colour (3, H, W) and coverage (H, W)."""
    x, y = R.grid()
    rgb, alpha = np.zeros((3, R.SIZE, R.SIZE), np.float32), np.zeros((R.SIZE, R.SIZE), np.float32)

    def paint(sdf, colour, opacity=1.0):
        a = opacity * np.broadcast_to(R.coverage(sdf), (1, R.SIZE, R.SIZE))[0]
        rgb[:] += a * (np.asarray(colour, np.float32)[:, None, None] - rgb)
        alpha[:] += a * (1 - alpha)

    wall = WALL_TOP - y + 0 * x
    paint(wall, STONE)
    course = np.floor(y / 5.0)
    joints = np.minimum(np.abs((y % 5.0) - 0.5), np.abs(((x + course * 4.5) % 9.0) - 0.5))
    paint(np.maximum(joints - 0.5, wall), JOINT, 0.8)
    paint(WEED_TOP - y + 0 * x, WEED)
    paint(np.abs(y - (WALL_TOP + 1.0)) - 1.0 + 0 * x, COPING)
    for bx in (7.0, 44.0):
        paint(np.minimum(R.edges_sdf(x, y, bx - 1.5, bx + 1.5, 19.0, WALL_TOP + 0.5),
                         R.ellipse_sdf(x - bx, y - 19.0, 2.2, 1.0)), BOLLARD)
    tower = R.edges_sdf(x, y, 52.0, 57.0, 8.0, WALL_TOP + 0.5)
    paint(tower, TOWER)
    paint(np.maximum(tower, np.abs((y % 6.0) - 3.0) - 1.5), TOWER_BAND)
    paint(R.edges_sdf(x, y, 51.0, 58.0, 6.0, 8.0), BOLLARD)  # the tower's dark cap
    return rgb, alpha


def _crests() -> np.ndarray:
    """Short white streaks (H, W): 1 px rows every 4 px, each broken into dashes 5 px long."""
    x, y = R.grid()
    k = np.floor((y - 35.5) / 4.0)
    row = np.abs(((y - 35.5) % 4.0) - 2.0) - 0.5
    dash = np.abs(((x + 5.0 * k) % 12.0) - 6.0) - 2.5
    return R.coverage(np.maximum(row, dash))[0]


(WALL_RGB, WALL_ALPHA), CRESTS = _wall(), _crests()
SKY_T = np.clip((np.arange(R.SIZE, dtype=np.float32) + 0.5) / WALL_TOP, 0, 1)[None, None, :, None]
_WT = np.clip((np.arange(R.SIZE, dtype=np.float32) + 0.5 - 36.0) / 28.0, 0, 1)[None, :, None]
WATER = (WATER_TOP[:, None, None] + (WATER_BOTTOM - WATER_TOP)[:, None, None] * _WT).astype(np.float32)


def _convex(x, y, pts):
    """Signed distance (approximate outside) to a convex polygon, its corners in order."""
    cx = sum(p[0] for p in pts) / len(pts)
    cy = sum(p[1] for p in pts) / len(pts)
    d = None
    for (ax, ay), (bx, by) in zip(pts, pts[1:] + pts[:1]):
        ex, ey = bx - ax, by - ay
        norm = np.sqrt(ex * ex + ey * ey) + 1e-6
        side = np.sign((cx - ax) * ey - (cy - ay) * ex)  # the inside's side of the edge
        e = -side * ((x - ax) * ey - (y - ay) * ex) / norm
        d = e if d is None else np.maximum(d, e)
    return d



def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    # the sky, then the wall in front of it
    t = f[:, 3].astype(np.float32)[:, None, None, None]
    top = DAY_TOP[None, :, None, None] + (DUSK_TOP - DAY_TOP)[None, :, None, None] * t
    bottom = DAY_BOTTOM[None, :, None, None] + (DUSK_BOTTOM - DAY_BOTTOM)[None, :, None, None] * t
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = top + (bottom - top) * SKY_T
    R.over(img, np.broadcast_to(WALL_ALPHA, (n, R.SIZE, R.SIZE)), WALL_RGB)
    # the water below its (wavy) surface
    level, chop = R.col(46.0 - 10.0 * f[:, 0]), R.col(f[:, 1])
    surface = level + 2.0 * chop * np.sin(0.9 * x)
    water = R.coverage(surface - y)
    R.over(img, water, WATER)
    # the yacht, its waterline at the level: the hull (x = 9..41 px on deck, 13..36 px at the
    # keel, from 4.5 px above the waterline to 2 px below it), its stripe, the mast (up to 35 px
    # above the waterline), the boom and the sail, the cabin (x = 15..29 px)
    w = level
    hull = _convex(x, y, [(9.0, w - 4.5), (41.0, w - 4.5), (36.0, w + 2.0), (13.0, w + 2.0)])
    R.over(img, R.coverage(hull), HULL)
    R.over(img, R.coverage(np.maximum(hull, np.abs(y - (w - 2.7)) - 0.6)), STRIPE)
    mast = R.segment_sdf(x, y, MAST_X, w - 4.5, MAST_X, w - MAST_UP) - 0.6
    boom = R.segment_sdf(x, y, MAST_X, w - BOOM_UP, BOOM_END, w - BOOM_UP) - 0.6
    tall = R.col(2.0 + 23.0 * f[:, 2])
    foot = w - BOOM_UP - 0.8
    sail = _convex(x, y, [(MAST_X - 0.9, foot), (BOOM_END + 0.6, foot), (MAST_X - 0.9, foot - tall)])
    R.over(img, R.coverage(sail), SAIL)
    R.over(img, 0.5 * R.coverage(np.abs(sail + 0.8) - 0.35), MAST)  # a faint seam round the sail's edge
    R.over(img, R.coverage(np.minimum(mast, boom)), MAST)
    cabin = R.edges_sdf(x, y, 15.0, 29.0, w - 8.0, w - 4.0) - 0.5
    R.over(img, R.coverage(cabin), HULL)
    windows = np.minimum(R.edges_sdf(x, y, 17.0, 20.0, w - 7.0, w - 5.5),
                         R.edges_sdf(x, y, 24.0, 27.0, w - 7.0, w - 5.5))
    R.over(img, R.coverage(windows), WINDOW)
    # the water over the hull's keel, then the crests and the surface's white edge
    R.over(img, 0.6 * water, WATER)
    streaks = CRESTS * R.coverage(surface + 1.5 - y) + R.coverage(np.abs(y - surface + 0.3) - 0.5)
    R.over(img, 0.9 * chop * np.clip(streaks, 0.0, 1.0), CREST)
    return R.to_uint8(img)


def render(tide: float, chop: float, sail_hoist: float, evening: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[tide, chop, sail_hoist, evening]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("marina", arg, n, seed, FACTORS, sample_factors, _draw)
