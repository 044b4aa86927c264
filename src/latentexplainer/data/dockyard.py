"""`dockyard`: a container ship moored in a harbour under a quayside gantry crane that holds a
container hanging from its boom, seen from the side (64x64 RGB).

A pale sky fills the upper part of the image and dark harbour water the bottom. On the right a
grey concrete quay stands out of the water; on it a yellow gantry crane stands on two legs, its
boom reaching out to the left over the water. From a trolley on the boom a pair of cables hold
a blue container. Below, a ship lies in the water: a painted hull with a white rail along its
deck and a dark red stripe at the water's surface (the hull below it shows dimly through the
water), a white bridge block with dark windows at its stern (the left end) and, on its deck
ahead of the bridge, a row of containers in orange, green and red. Factors: where the ship
lies along the quay (left to right), how far the crane has hoisted its container (from just
above the ship's cargo up to the boom; the cables shorten with it), how many containers stand
on the deck (1 to 3, filling the row from the bridge forwards) and the hue of the ship's hull -
a cyclic factor with a whole-turn period. The sky, the water, the quay, the crane and the
colours of the containers stay fixed; the whole ship always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("ship_x", "where the ship lies along the quay (left to right)", "continuous"),
    Factor("hoist", "how high the crane has hoisted its container (low to high)", "continuous"),
    Factor("cargo", "how many containers stand on the ship's deck", "categorical", ("1", "2", "3")),
    Factor("hull_hue", "hue of the ship's hull", "cyclic", period=1.0),
)
# ship_x: 0..1 puts the stern at x = 2..9 px (the hull is 44 px long); hoist: 0..1 puts the
# hanging container's top at y = 21..10 px (its bottom 10 px lower; the cargo's top is at 34 px);
# cargo: 1..3 containers, each 10 px wide and 10 px tall, from just ahead of the bridge;
# hull_hue: 0..1 of the colour wheel (a whole turn: 0 and 1 are the same red)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 2.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.5, 0.68, 0.88)), np.array((0.8, 0.86, 0.92))
WATER, WATER_DEEP = np.array((0.12, 0.27, 0.36)), np.array((0.05, 0.14, 0.22))
QUAY, QUAY_EDGE = (0.58, 0.57, 0.55), (0.36, 0.35, 0.34)
CRANE, CABLE, HANGING = (0.95, 0.76, 0.1), (0.15, 0.15, 0.15), (0.12, 0.32, 0.78)
BRIDGE, WINDOW, STRIPE = (0.94, 0.94, 0.92), (0.1, 0.14, 0.2), (0.45, 0.08, 0.08)
CARGO = ((0.93, 0.45, 0.1), (0.12, 0.55, 0.25), (0.72, 0.1, 0.12))  # the deck's containers
WATER_Y, QUAY_X, QUAY_TOP = 50.0, 54.0, 40.0
HULL_LEN, HULL_TOP, HULL_BOTTOM, BOW = 44.0, 44.0, 55.0, 6.0  # BOW: how far the bow's foot is set back
DECK_Y, BOX_W, BOX_H = 44.0, 10.0, 10.0
BRIDGE_W, BRIDGE_TOP, FIRST_BOX = 9.0, 29.0, 11.0  # FIRST_BOX: the first container's left edge from the stern
BOOM_Y, BOOM_HW, BOOM_LEFT = 6.0, 1.3, 20.0
LEGS = (56.0, 62.0)
TROLLEY_X, HANG_W, HANG_H = 30.0, 12.0, 10.0


def _background() -> np.ndarray:
    x, y = R.grid()
    img = np.empty((1, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, WATER_Y)
    t = np.clip((y - WATER_Y) / (R.SIZE - WATER_Y), 0.0, 1.0)
    water = WATER[:, None, None] + (WATER_DEEP - WATER)[:, None, None] * t[0]
    R.over(img, R.below(WATER_Y, 1), water.astype(np.float32))
    ripples = np.abs(((x * 0.35 + y * 1.7) % 4.0) - 2.0) - 0.35  # short light streaks on the water
    R.over(img, 0.25 * R.coverage(ripples) * R.below(WATER_Y + 1.0, 1), (0.55, 0.7, 0.8))
    # the crane: its legs down to the quay, the boom reaching out over the water, a cab
    for lx in LEGS:
        R.over(img, R.coverage(R.segment_sdf(x, y, lx, BOOM_Y, lx, QUAY_TOP) - 1.2), CRANE)
    R.over(img, R.coverage(R.segment_sdf(x, y, BOOM_LEFT, BOOM_Y, 63.5, BOOM_Y) - BOOM_HW), CRANE)
    brace = R.segment_sdf(x, y, LEGS[0], BOOM_Y + 12.0, LEGS[1], BOOM_Y) - 0.7
    R.over(img, R.coverage(brace), CRANE)
    R.over(img, R.coverage(R.edges_sdf(x, y, TROLLEY_X - 2.5, TROLLEY_X + 2.5, BOOM_Y - 1.0, BOOM_Y + 2.5)), CABLE)
    # the quay
    R.over(img, R.coverage(R.edges_sdf(x, y, QUAY_X, 70.0, QUAY_TOP, 70.0)), QUAY)
    R.over(img, R.coverage(R.edges_sdf(x, y, QUAY_X, 70.0, QUAY_TOP, QUAY_TOP + 1.5)), QUAY_EDGE)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    x0 = R.col(2 + 7 * f[:, 0])
    top = R.col(21 - 11 * f[:, 1])
    cargo = f[:, 2].astype(int)
    # the hanging container and its two cables
    cables = np.minimum(R.segment_sdf(x, y, TROLLEY_X - 1.5, BOOM_Y + 2.0, TROLLEY_X - 4.5, top),
                        R.segment_sdf(x, y, TROLLEY_X + 1.5, BOOM_Y + 2.0, TROLLEY_X + 4.5, top)) - 0.5
    R.over(img, R.coverage(cables), CABLE)
    box = R.edges_sdf(x, y, TROLLEY_X - HANG_W / 2, TROLLEY_X + HANG_W / 2, top, top + HANG_H)
    R.over(img, R.coverage(box), HANGING)
    ribs = np.abs(((x - TROLLEY_X) % 3.0) - 1.5) - 0.4
    R.over(img, 0.35 * R.coverage(np.maximum(ribs, box + 1.0)), (0.0, 0.0, 0.0))
    # the bridge block at the stern, its windows
    bridge = R.edges_sdf(x, y, x0 + 1.0, x0 + 1.0 + BRIDGE_W, BRIDGE_TOP, DECK_Y + 0.5)
    R.over(img, R.coverage(bridge), BRIDGE)
    panes = R.edges_sdf(x, y, x0 + 2.5, x0 + BRIDGE_W - 0.5, BRIDGE_TOP + 2.0, BRIDGE_TOP + 4.5)
    R.over(img, R.coverage(panes), WINDOW)
    # the containers on deck, from the bridge forwards
    for i in range(3):
        left = x0 + FIRST_BOX + i * (BOX_W + 1.0)
        d = R.edges_sdf(x, y, left, left + BOX_W, DECK_Y - BOX_H, DECK_Y + 0.5)
        on = (cargo >= i).astype(np.float32)[:, None, None]
        R.over(img, on * R.coverage(d), CARGO[i])
        ribs = np.abs(((x - left) % 2.5) - 1.25) - 0.35
        R.over(img, 0.3 * on * R.coverage(np.maximum(ribs, d + 1.0)), (0.0, 0.0, 0.0))
    # the hull: the stern straight down, the bow raked back to its foot; the waterline stripe
    depth = HULL_BOTTOM - HULL_TOP
    bow = ((x - x0 - HULL_LEN) * depth + (y - HULL_TOP) * BOW) / np.hypot(depth, BOW)
    hull = np.maximum(R.edges_sdf(x, y, x0, x0 + HULL_LEN, HULL_TOP, HULL_BOTTOM), bow)
    R.over(img, R.coverage(hull), R.hsv(f[:, 3], 0.75, 0.7))
    R.over(img, R.coverage(np.maximum(hull, np.abs(y - (WATER_Y + 1.5)) - 1.5)), STRIPE)
    R.over(img, R.coverage(np.maximum(hull, np.abs(y - (HULL_TOP + 0.6)) - 0.6)), (0.92, 0.92, 0.9))
    R.over(img, 0.6 * R.coverage(np.maximum(hull, WATER_Y + 3.0 - y)), WATER)  # below the water
    return R.to_uint8(img)


def render(ship_x: float, hoist: float, cargo: float, hull_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[ship_x, hoist, cargo, hull_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("dockyard", arg, n, seed, FACTORS, sample_factors, _draw)
