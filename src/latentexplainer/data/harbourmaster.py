"""`harbourmaster`: a harbour basin below the harbourmaster's office, a fishing boat afloat in
front of the stone quay wall and a signal flag on the office's mast, seen from the water (64x64
RGB).

A sandstone quay wall of squared blocks crosses the image, its top edge a pale coping line high
up; the lower part of the wall, below the high-water mark, is stained a darker weedy green, and
an iron ladder runs down it on the left. On the quay stands the harbourmaster's office at the
right, a small whitewashed house with a slate roof, a door and a window, and left of it a tall
thin flagpole with a ball at its top, on which a signal flag - red and yellow, split on the
diagonal - flies to the right. Above is the sky. The harbour's water, dark blue-green with
paler ripples, fills the image from its surface to the bottom; on it floats a small fishing
boat, its hull red with a white stripe, a white wheelhouse with a dark window towards its stern
and its raised bow to the right. Factors: the height of the tide (low water, showing much of
the weedy wall, to high water; the boat floats on it and rises with it), where the boat lies
along the quay (left to right), how high the flag is hoisted up its pole (low to the top) and
how late in the day it is (a bright blue day sky to a dusky evening sky, violet above and orange
at the horizon). The quay, the office, the flagpole, the ladder and the boat's size stay fixed;
the whole boat always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("tide", "height of the tide in the harbour (low water to high water)", "continuous"),
    Factor("boat_x", "horizontal position of the fishing boat along the quay (left to right)", "continuous"),
    Factor("flag_hoist", "how high the flag is hoisted up its pole (low to the top)", "continuous"),
    Factor("dusk", "how late in the day it is (bright day sky to dusky evening sky)", "continuous"),
)
# tide: 0..1 puts the water's surface at y = 55..35 px (the boat floats on it, its hull 5 px above
# the surface); boat_x: 0..1 puts the boat's middle at x = 15..47 px (its hull's half-length is
# 11 px); flag_hoist: 0..1 puts the flag's top edge at y = 14..2 px on the pole at x = 30 px (the
# flag is 11 by 8 px); dusk: 0..1 blends the sky from day (top (0.4, 0.64, 0.92), horizon
# (0.74, 0.85, 0.95)) to dusk (top (0.2, 0.16, 0.38), horizon (0.93, 0.55, 0.33))
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
DAY_TOP, DAY_LOW = np.array((0.4, 0.64, 0.92)), np.array((0.74, 0.85, 0.95))
DUSK_TOP, DUSK_LOW = np.array((0.2, 0.16, 0.38)), np.array((0.93, 0.55, 0.33))
STONE, JOINT, WEED, COPING = (0.76, 0.67, 0.5), (0.6, 0.52, 0.38), (0.38, 0.42, 0.3), (0.88, 0.85, 0.78)
IRON, HOUSE, SLATE, DOOR = (0.14, 0.14, 0.16), (0.94, 0.93, 0.88), (0.3, 0.32, 0.38), (0.2, 0.3, 0.5)
WATER, RIPPLE = (0.14, 0.34, 0.42), (0.3, 0.5, 0.56)
HULL, STRIPE, CABIN, GLASS = (0.72, 0.16, 0.12), (0.95, 0.95, 0.92), (0.93, 0.93, 0.9), (0.15, 0.2, 0.28)
RED, YELLOW = (0.9, 0.12, 0.1), (1.0, 0.86, 0.1)
QUAY_Y, HIGH_WATER, POLE_X, FLAG_W, FLAG_H = 24.0, 33.0, 30.0, 11.0, 8.0
HULL_HL, HULL_H = 11.0, 5.0


def _roof(x, y):
    """Signed distance (roughly) to the office's pitched roof: its ridge at (53, 4) px, its eaves at y = 11.5 px."""
    return np.maximum((4.0 + 0.75 * np.abs(x - 53.0) - y) * 0.8, np.maximum(y - 11.5, np.abs(x - 53.0) - 10.0))


def _quay():
    x, y = R.grid()
    img = R.canvas(1, STONE)
    course = np.floor((y - QUAY_Y) / 4.0)
    joints = np.minimum(np.abs(((y - QUAY_Y) % 4.0) - 0.5), np.abs(((x + course * 5.0) % 10.0) - 0.5))
    R.over(img, R.coverage(joints - 0.45), JOINT)
    R.over(img, 0.7 * R.coverage(HIGH_WATER - y), WEED)
    R.over(img, R.coverage(np.abs(y - QUAY_Y - 0.5) - 1.3), COPING)
    # the ladder: two rails and rungs
    rails = np.minimum(np.abs(x - 7.5), np.abs(x - 12.5)) - 0.55
    rungs = np.maximum(np.abs(((y - QUAY_Y) % 4.0) - 2.0) - 0.5, np.abs(x - 10.0) - 2.5)
    R.over(img, R.coverage(np.maximum(np.minimum(rails, rungs), QUAY_Y + 1.0 - y)), IRON)
    # the office on the quay: walls, a pitched slate roof, a door and a window; the flagpole
    R.over(img, R.coverage(R.edges_sdf(x, y, 45.0, 61.0, 11.0, QUAY_Y - 1.0)), HOUSE)
    R.over(img, R.coverage(_roof(x, y)), SLATE)
    R.over(img, R.coverage(R.edges_sdf(x, y, 48.0, 52.0, 15.0, QUAY_Y - 1.0)), DOOR)
    R.over(img, R.coverage(R.edges_sdf(x, y, 55.0, 59.0, 14.0, 18.0)), GLASS)
    R.over(img, R.coverage(R.edges_sdf(x, y, POLE_X - 0.6, POLE_X + 0.6, 1.5, QUAY_Y - 1.0)), IRON)
    R.over(img, R.coverage(np.hypot(x - POLE_X, y - 1.6) - 1.3), IRON)
    return img[0]


QUAY = _quay()


def _sky_mask():
    """1 where the sky shows (above the quay, not behind the office or the flagpole), 0 elsewhere."""
    x, y = R.grid()
    house = np.minimum(R.edges_sdf(x, y, 45.0, 61.0, 11.0, QUAY_Y), _roof(x, y))
    pole = np.minimum(R.edges_sdf(x, y, POLE_X - 0.6, POLE_X + 0.6, 1.5, QUAY_Y), np.hypot(x - POLE_X, y - 1.6) - 1.3)
    return (R.coverage(y - QUAY_Y + 1.0) * (1.0 - R.coverage(np.minimum(house, pole))))[0]


SKY_MASK = _sky_mask()
RIPPLES = R.coverage(np.abs(((R.grid()[1] + 2.0 * np.sin(0.4 * R.grid()[0])) % 3.0) - 1.5) - 1.1)[0]  # (H, W)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = QUAY
    # the sky, from day to dusk, behind the office and the pole
    t = (np.arange(R.SIZE, dtype=np.float32) + 0.5) / QUAY_Y
    d = f[:, 3][:, None, None]
    top, low = DAY_TOP + (DUSK_TOP - DAY_TOP) * d, DAY_LOW + (DUSK_LOW - DAY_LOW) * d  # (n, 1, 3)
    sky = top + (low - top) * np.clip(t, 0.0, 1.0)[None, :, None]  # (n, H, 3)
    R.over(img, np.broadcast_to(SKY_MASK, (n, R.SIZE, R.SIZE)), sky.transpose(0, 2, 1)[..., None])
    # the flag, flying to the right of the pole: red and yellow, split on the diagonal
    ft = R.col(14.0 - 12.0 * f[:, 2])
    flag = R.coverage(R.edges_sdf(x, y, POLE_X + 0.6, POLE_X + 0.6 + FLAG_W, ft, ft + FLAG_H))
    R.over(img, flag, YELLOW)
    R.over(img, flag * R.coverage((y - ft) * FLAG_W - (x - POLE_X - 0.6) * FLAG_H), RED)
    # the water, from its surface down, with ripples
    surface = R.col(55.0 - 20.0 * f[:, 0])
    water = R.coverage(surface - y)
    R.over(img, water, WATER)
    R.over(img, 0.6 * water * RIPPLES[None], RIPPLE)
    # the boat: the hull above the waterline, its bow raised to the right; the wheelhouse
    bx = R.col(15.0 + 32.0 * f[:, 1])
    u = x - bx
    sheer = surface - HULL_H - 2.0 * np.clip(u / HULL_HL, 0.0, 1.0) ** 2  # the hull's top edge
    hull = np.maximum(np.abs(u) - (HULL_HL - 0.45 * (y - sheer)), np.maximum(sheer - y, y - surface - 0.5))
    R.over(img, R.coverage(hull), HULL)
    R.over(img, R.coverage(np.maximum(hull, np.abs(y - sheer - 1.3) - 0.6)), STRIPE)
    cabin = R.edges_sdf(x, y, bx - 7.0, bx - 1.0, surface - HULL_H - 7.0, surface - HULL_H + 0.2)
    R.over(img, R.coverage(cabin), CABIN)
    R.over(img, R.coverage(R.edges_sdf(x, y, bx - 5.5, bx - 2.5, surface - HULL_H - 5.5, surface - HULL_H - 3.0)), GLASS)
    return R.to_uint8(img)


def render(tide: float, boat_x: float, flag_hoist: float, dusk: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[tide, boat_x, flag_hoist, dusk]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("harbourmaster", arg, n, seed, FACTORS, sample_factors, _draw)
