"""`orangery`: orange trees in wooden tubs inside an orangery, in front of its tall glazed
wall, with a basket of picked oranges on the tiled floor, seen from inside (64x64 RGB).

The orangery's wall is glass - pale panes between white glazing bars - above a low brick sill;
at the top of the middle of the glazing a vent, a frame of four panes hinged at its top, can be
propped open on a rod, showing the blue sky through the gap beneath it. The floor is terracotta
tiles. Up to three orange trees stand in tapered green tubs - the first in the middle, the
second on the left, the third on the right - each a brown trunk under a round dark green crown
hung with oranges; in front, a wicker basket on the floor is heaped with picked oranges. When
the sun shines, the panes and the sky turn a brighter blue, slanting beams of sunlight fall
across the floor and the whole room is brighter; under an overcast sky the panes are grey and
the room is dim. Factors: how many trees stand in tubs (1 to 3), the colour of the oranges on
the trees and in the basket (unripe green to ripe orange), how far the roof vent is propped
open (shut to wide open) and how sunny it is (overcast to bright sunshine). The glazing, the
tubs' and trees' size and places, the basket and the floor stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("trees", "how many orange trees stand in tubs (1 to 3)", "categorical", ("1", "2", "3")),
    Factor("ripeness", "colour of the oranges (unripe green to ripe orange)", "continuous"),
    Factor("vent_open", "how far the roof vent is propped open (shut to wide open)", "continuous"),
    Factor("sun", "how sunny it is (overcast to bright sunshine)", "continuous"),
)
# trees: 0..2 is one to three trees, in the order of TREES; ripeness: 0..1 blends UNRIPE to
# RIPE; vent_open: 0..1 turns the vent's pane 0..1.25 radians out about its top hinge (its
# lower edge rises from y = VENT_BOTTOM by 0..VENT_LIFT px); sun: 0..1 turns the panes from
# grey to blue, the sunbeams' opacity from 0 to 0.35 and the room's brightness from 0.7 to 1
RANGES = ((0.0, 2.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
PANE_DULL, PANE_SUNNY = np.array((0.7, 0.74, 0.76)), np.array((0.72, 0.86, 0.96))
SKY_DULL, SKY_SUNNY = np.array((0.5, 0.55, 0.6)), np.array((0.25, 0.5, 0.9))
BAR, SILL, SILL_JOINT, TILE, TILE_JOINT = (0.96, 0.96, 0.94), (0.64, 0.36, 0.28), (0.5, 0.3, 0.24), \
    (0.74, 0.44, 0.3), (0.55, 0.32, 0.22)
TUB, TUB_DARK, TRUNK, LEAF, LEAF_DARK = (0.2, 0.42, 0.32), (0.14, 0.3, 0.23), (0.4, 0.28, 0.18), \
    (0.16, 0.42, 0.14), (0.1, 0.3, 0.1)
WICKER, WICKER_DARK, SUNBEAM = (0.72, 0.56, 0.32), (0.5, 0.38, 0.2), (1.0, 0.95, 0.75)
UNRIPE, RIPE = np.array((0.4, 0.7, 0.12)), np.array((1.0, 0.5, 0.0))
SILL_Y, FLOOR_Y = 40.0, 46.0
PANE_W, PANE_H, BAR_HW = 10.0, 8.0, 0.6  # the glazing's panes
BARS_X, BARS_Y = 2.0, 1.0  # a vertical and a horizontal glazing bar
VENT_ANGLE, VENT_LIFT = 1.25, 12.0  # wide open: the vent's turn (radians) and how far its lower edge rises
VENT_L, VENT_R, VENT_TOP, VENT_BOTTOM = 22.0, 42.0, 1.0, 17.0  # the vent: two panes, hinged at the top
TREES = (32.0, 13.0, 51.0)  # the trees' middles: the first in the middle
TUB_HW, TUB_TOP = 5.5, 40.0
CROWN_Y, CROWN_R = 27.5, 8.5
FRUIT = ((-4.5, -4.0), (0.5, -6.0), (5.0, -2.5), (-1.5, -1.0), (3.0, 2.5), (-5.5, 1.5), (-1.5, 4.5), (6.0, 3.5),
         (3.0, -0.5), (-6.0, -1.0))  # on a crown
FRUIT_R = 2.0
BASKET_X, BASKET_Y = 22.0, 58.5
PICKED = ((-5.6, -1.5), (-1.9, -2.0), (1.9, -2.0), (5.6, -1.5), (-3.8, -5.0), (0.0, -5.5), (3.8, -5.0))  # in the basket
PICKED_R = 2.3


def _static() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The room without its light: the glazing's panes' coverage, everything else over black
    (premultiplied) and the floor's sunbeams' coverage."""
    x, y = R.grid()
    img = np.zeros((1, 3, R.SIZE, R.SIZE), np.float32)
    bars = np.minimum(np.abs(((x - BARS_X + PANE_W / 2) % PANE_W) - PANE_W / 2),
                      np.abs(((y - BARS_Y + PANE_H / 2) % PANE_H) - PANE_H / 2))
    glazing = R.coverage(bars - BAR_HW) * R.coverage(y - SILL_Y)
    R.over(img, glazing, BAR)
    wall = R.below(SILL_Y, 1)
    R.over(img, wall, SILL)
    course = np.floor((y - SILL_Y) / 3.0)
    joints = np.minimum(np.abs(((y - SILL_Y) % 3.0) - 0.5), np.abs(((x + course * 3.0) % 6.0) - 0.5))
    R.over(img, wall * R.coverage(joints - 0.4), SILL_JOINT)
    floor = R.below(FLOOR_Y, 1)
    R.over(img, floor, TILE)
    rows = np.abs(((y - FLOOR_Y) % 5.0) - 0.5)
    cols = np.abs((((x - 32.0) * 12.0 / np.maximum(y - 20.0, 1.0)) % 6.0) - 0.5)  # lines to a vanishing point
    R.over(img, floor * R.coverage(np.minimum(rows, cols) - 0.4), TILE_JOINT)
    panes = R.coverage(y - SILL_Y)[0] * (1.0 - glazing[0])
    beams = floor * R.coverage(np.abs(((x - 0.9 * (y - FLOOR_Y)) % 16.0) - 8.0) - 3.0)
    return img[0], panes, beams[0]


STATIC, PANES, BEAMS = _static()
_X, _Y = R.grid()


def _tree(cx: float) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """One tree's tub, tub bands, trunk, crown and oranges: coverage (H, W) each."""
    x, y = _X, _Y
    tub = R.coverage(np.maximum(R.edges_sdf(x, y, cx - TUB_HW, cx + TUB_HW, TUB_TOP, FLOOR_Y + 6.0),
                                np.abs(x - cx) - TUB_HW + 0.15 * (y - TUB_TOP)))[0]
    bands = tub * R.coverage(np.minimum(np.abs(y - TUB_TOP - 1.0), np.abs(x - cx)) - 0.5)[0]
    trunk = R.coverage(R.edges_sdf(x, y, cx - 1.0, cx + 1.0, CROWN_Y, TUB_TOP + 1.0))[0]
    crown = R.coverage(np.hypot(x - cx, (y - CROWN_Y) * 1.1) - CROWN_R - 0.6 * np.sin(7 * np.arctan2(y - CROWN_Y, x - cx)))[0]
    fruit = np.max([R.coverage(np.hypot(x - cx - fx, y - CROWN_Y - fy) - FRUIT_R) for fx, fy in FRUIT], axis=0)[0]
    return tub, bands, trunk, crown, fruit


_TREES = [_tree(cx) for cx in TREES]
_CROWN_SHADE = R.coverage(_Y - CROWN_Y - 2.0)[0]  # the lower part of each crown, in shade
_BASKET = R.coverage(np.maximum(R.ellipse_sdf(_X - BASKET_X, _Y - BASKET_Y, 9.5, 4.5), BASKET_Y - 2.0 - _Y))[0]
_WEAVE = _BASKET * R.coverage(np.abs(((_X + _Y) % 3.0) - 1.5) - 0.5)[0]
_PICKED = np.max([R.coverage(np.hypot(_X - BASKET_X - px, _Y - BASKET_Y - py) - PICKED_R) for px, py in PICKED],
                 axis=0)[0]


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    sun = R.col(f[:, 3])
    pane = PANE_DULL[None] + (PANE_SUNNY - PANE_DULL)[None] * f[:, 3:4]  # (n, 3)
    img = STATIC[None] + pane[:, :, None, None] * PANES[None, None]
    # the vent: the gap under its pane shows the sky; the pane, hinged at the top, looks shorter
    # as it opens (its lower edge rises), with its frame and its glazing bars
    rows = slice(int(VENT_TOP) - 1, int(VENT_BOTTOM) + 2)
    vent = img[:, :, rows]
    xs, ys = x, y[:, rows]
    lift = VENT_LIFT * (1.0 - np.cos(VENT_ANGLE * R.col(f[:, 2]))) / (1.0 - np.cos(VENT_ANGLE))
    edge = VENT_BOTTOM - lift
    sky = SKY_DULL[None] + (SKY_SUNNY - SKY_DULL)[None] * f[:, 3:4]
    R.over(vent, R.coverage(R.edges_sdf(xs, ys, VENT_L, VENT_R, VENT_TOP, VENT_BOTTOM)), sky)
    frame = R.edges_sdf(xs, ys, VENT_L, VENT_R, VENT_TOP, edge)
    R.over(vent, R.coverage(frame), pane)
    bars = np.minimum(np.abs(xs - (VENT_L + VENT_R) / 2), np.abs(ys - (VENT_TOP + edge) / 2))
    R.over(vent, R.coverage(np.minimum(np.abs(frame + BAR_HW), bars) - BAR_HW) * R.coverage(frame - BAR_HW), BAR)
    prop = R.segment_sdf(xs, ys, VENT_L + 4.0, VENT_BOTTOM, VENT_L + 4.0 + 0.3 * lift, edge) - 0.5
    R.over(vent, R.coverage(prop) * np.minimum(lift, 1.0), (0.3, 0.3, 0.32))
    # sunbeams on the floor
    R.over(img, 0.35 * sun * BEAMS[None], SUNBEAM)
    # the trees, back to front: the first one always, the others by the count
    colour = UNRIPE[None] + (RIPE - UNRIPE)[None] * f[:, 1:2]
    trees = f[:, 0].astype(int)
    for i, (tub, bands, trunk, crown, fruit) in enumerate(_TREES):
        on = R.col(trees >= i)
        R.over(img, on * trunk[None], TRUNK)
        R.over(img, on * crown[None], LEAF)
        R.over(img, on * (crown * _CROWN_SHADE)[None] * 0.5, LEAF_DARK)
        R.over(img, on * fruit[None], colour)
        R.over(img, on * tub[None], TUB)
        R.over(img, on * bands[None], TUB_DARK)
    R.over(img, np.broadcast_to(_BASKET, (n, R.SIZE, R.SIZE)), WICKER)
    R.over(img, np.broadcast_to(0.6 * _WEAVE, (n, R.SIZE, R.SIZE)), WICKER_DARK)
    R.over(img, np.broadcast_to(_PICKED, (n, R.SIZE, R.SIZE)), colour)
    img *= (0.7 + 0.3 * sun)[:, None]
    return R.to_uint8(img)


def render(trees: float, ripeness: float, vent_open: float, sun: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[trees, ripeness, vent_open, sun]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("orangery", arg, n, seed, FACTORS, sample_factors, _draw)
