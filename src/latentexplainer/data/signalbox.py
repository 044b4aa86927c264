"""`signalbox`: a country railway signal box beside the line, a semaphore signal at the left and
goods vans standing on the track, seen from the side (64x64 RGB).

The sky is blue, paler towards a dark hedge on the horizon; below it green grass runs down to
the track along the bottom of the image: grey ballast, dark sleepers and a steel rail. At the
right stands the signal box: a brick base with a painted timber cabin on top, a band of three
pale windows along the cabin and painted boarding below them, and a grey slate roof; a painted
wooden staircase climbs from the ground at its left to the cabin's floor. At the left a dark
grey signal post rises from the grass, topped with a cap, and from a pivot near its top a red
semaphore arm with a white stripe points to the right. Light grey goods vans with dark roofs
and black wheels may stand on the track, coupled one behind another from the left edge.
Factors: how far the signal's arm is raised (level, for danger, to raised steeply, for clear),
how many vans stand on the track (none to three), how tall the signal box's brick base is (short
to tall: the cabin and the roof stand higher) and the paint of the cabin and its staircase
(green, maroon or cream). The sky, the grass, the track, the signal post and the vans' looks
stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("arm_raise", "how far the signal's arm is raised (level to raised steeply)", "continuous"),
    Factor("vans", "how many goods vans stand on the track (none to three)", "categorical",
           ("0", "1", "2", "3")),
    Factor("box_height", "height of the signal box's brick base (short to tall)", "continuous"),
    Factor("paint", "colour the signal box's cabin and staircase are painted", "categorical",
           ("green", "maroon", "cream")),
)
# arm_raise: 0..1 turns the arm (20 px long, 2.5 px half-thick, from its pivot at (9, 20) px)
# from level to 0.95 radians above level; vans: code 0..3 puts that many vans (17 px long, x =
# 1..18, 20..37 and 39..56 px, bodies y = 40..53 px, wheels of radius 2.3 px at y = 54.5 px)
# on the track; box_height: 0..1 puts the top of the brick base (x = 38..62 px, from the ground
# at y = 53 px) at y = 40..24 px, the cabin 14 px tall above it and the roof 6 px above that;
# paint: one of three colours for the cabin's woodwork and the staircase
RANGES = ((0.0, 1.0), (0.0, 3.0), (0.0, 1.0), (0.0, 2.0))
SKY_TOP, SKY_BOTTOM = np.array((0.48, 0.7, 0.94)), np.array((0.78, 0.87, 0.96))
HEDGE, GRASS, BALLAST, SLEEPER, RAIL = (0.16, 0.34, 0.16), (0.38, 0.58, 0.27), (0.5, 0.47, 0.42), \
    (0.28, 0.2, 0.14), (0.62, 0.62, 0.66)
BRICK, MORTAR, ROOF, GLASS = (0.62, 0.3, 0.2), (0.74, 0.62, 0.54), (0.3, 0.32, 0.37), (0.74, 0.85, 0.93)
POST, ARM, STRIPE = (0.33, 0.33, 0.37), (0.86, 0.1, 0.1), (0.96, 0.96, 0.94)
VAN, VAN_ROOF, VAN_LINE, WHEEL = (0.88, 0.88, 0.84), (0.28, 0.28, 0.31), (0.5, 0.5, 0.5), (0.08, 0.08, 0.09)
PAINTS = np.array(((0.12, 0.5, 0.22), (0.52, 0.07, 0.12), (0.93, 0.87, 0.64)), np.float32)
HORIZON, GROUND_Y, RAIL_Y = 34.0, 53.0, 55.6
BOX = (38.0, 62.0)  # the brick base's left and right; the cabin overhangs it by 1 px each side
CABIN_H, ROOF_H = 14.0, 6.0
PIVOT_X, PIVOT_Y, ARM_LEN, ARM_HW = 9.0, 20.0, 20.0, 2.5
POST_X, POST_TOP = 8.0, 12.0
VANS = (1.0, 20.0, 39.0)  # each van's left end
VAN_LEN, VAN_TOP = 17.0, 40.0


def _background() -> np.ndarray:
    x, y = R.grid()
    img = np.empty((1, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, HORIZON)
    hedge = HORIZON - 2.0 - 1.2 * np.abs(np.sin(x / 3.1)) - 0.8 * np.sin(x / 7.3)
    R.over(img, R.coverage(hedge - y), HEDGE)
    R.over(img, R.below(HORIZON + 1.0, 1), GRASS)
    R.over(img, R.below(GROUND_Y, 1), BALLAST)
    sleepers = np.maximum(np.abs((x % 5.0) - 2.5) - 1.2, np.abs(y - (RAIL_Y + 1.5)) - 1.2)
    R.over(img, R.coverage(sleepers), SLEEPER)
    R.over(img, R.coverage(np.abs(y - RAIL_Y) - 0.7), RAIL)
    # the signal post and its cap
    post = np.maximum(np.abs(x - POST_X) - 1.1, np.maximum(POST_TOP - y, y - GROUND_Y - 1.0))
    R.over(img, R.coverage(np.minimum(post, R.ellipse_sdf(x - POST_X, y - POST_TOP, 2.0, 1.2))), POST)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    paint = PAINTS[f[:, 3].astype(int)]
    # the signal box: brick base, painted cabin with its windows, the roof; the staircase
    base_top = R.col(40.0 - 16.0 * f[:, 2])
    cabin_top = base_top - CABIN_H
    base = R.coverage(np.maximum(np.maximum(BOX[0] - x, x - BOX[1]), np.maximum(base_top - y, y - GROUND_Y)))
    R.over(img, base, BRICK)
    course = y - base_top
    mortar = np.minimum(np.abs((course % 3.0) - 0.5),
                        np.abs(((x + 3.0 * (np.floor(course / 3.0) % 2)) % 6.0) - 0.5)) - 0.35
    R.over(img, 0.7 * base * R.coverage(mortar), MORTAR)
    cabin = R.coverage(np.maximum(np.maximum(BOX[0] - 1.0 - x, x - BOX[1] - 1.0),
                                  np.maximum(cabin_top - y, y - base_top)))
    R.over(img, cabin, paint)
    boards = np.maximum(np.abs(((y - base_top) % 2.0) - 1.0) - 0.3, (cabin_top + 9.0) - y)
    R.over(img, 0.45 * cabin * R.coverage(boards), paint * 0.6)
    for wl, wr in ((40.0, 46.0), (47.5, 53.5), (55.0, 61.0)):
        pane = R.edges_sdf(x, y, wl, wr, cabin_top + 2.0, cabin_top + 8.0)
        R.over(img, R.coverage(pane), GLASS)
        R.over(img, R.coverage(np.maximum(pane, np.abs(x - (wl + wr) / 2) - 0.4)), paint * 0.8)
    roof = np.maximum(np.maximum(y - cabin_top, cabin_top - ROOF_H - y),
                      np.abs(x - (BOX[0] + BOX[1]) / 2) - (BOX[1] - BOX[0]) / 2 - 3.0 + (cabin_top - y) * 0.9)
    R.over(img, R.coverage(roof), ROOF)
    stair = R.segment_sdf(x, y, 28.0, GROUND_Y, BOX[0] - 1.0, base_top) - 1.0
    rail = R.segment_sdf(x, y, 28.0, GROUND_Y - 5.0, BOX[0] - 1.0, base_top - 5.0) - 0.5
    newel = np.maximum(np.abs(x - 28.5) - 0.6, np.maximum(GROUND_Y - 5.0 - y, y - GROUND_Y))
    R.over(img, R.coverage(np.minimum(np.minimum(stair, rail), newel)), paint)
    # the signal's arm, with a white stripe near its end
    a = R.col(0.95 * f[:, 0])
    ca, sa = np.cos(a), np.sin(a)
    u = (x - PIVOT_X) * ca - (y - PIVOT_Y) * sa  # along the arm
    v = (x - PIVOT_X) * sa + (y - PIVOT_Y) * ca  # across it
    arm = np.maximum(np.abs(u - ARM_LEN / 2 + 1.0) - ARM_LEN / 2 - 1.0, np.abs(v) - ARM_HW)
    R.over(img, R.coverage(arm), ARM)
    R.over(img, R.coverage(np.maximum(arm, np.abs(u - (ARM_LEN - 4.5)) - 1.3)), STRIPE)
    R.over(img, R.coverage(np.hypot(x - PIVOT_X, y - PIVOT_Y) - 1.3), POST)
    # the vans, from the left
    for i, left in enumerate(VANS):
        here = R.col(f[:, 1] > i)
        body = R.edges_sdf(x, y, left, left + VAN_LEN, VAN_TOP, GROUND_Y)
        R.over(img, here * R.coverage(body), VAN)
        R.over(img, here * R.coverage(np.maximum(body, np.minimum(np.abs(x - left - VAN_LEN / 2) - 2.5,
                                                                  np.abs(y - GROUND_Y + 1.0) - 0.8))), VAN_LINE)
        roof_ = R.ellipse_sdf(x - left - VAN_LEN / 2, y - VAN_TOP, VAN_LEN / 2 + 0.5, 1.8)
        R.over(img, here * R.coverage(roof_), VAN_ROOF)
        wheels = np.minimum(np.hypot(x - left - 4.5, y - 54.5), np.hypot(x - left - 12.5, y - 54.5)) - 2.3
        R.over(img, here * R.coverage(wheels), WHEEL)
    return R.to_uint8(img)


def render(arm_raise: float, vans: float, box_height: float, paint: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[arm_raise, vans, box_height, paint]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("signalbox", arg, n, seed, FACTORS, sample_factors, _draw)
