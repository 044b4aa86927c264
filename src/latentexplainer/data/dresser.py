"""`dresser`: a wooden chest of drawers against the papered wall of a bedroom, its top drawer
pulled out (64x64 RGB).

The bedroom's wall is papered in soft green with fine pale stripes, above a white skirting board
and a floor of wooden boards. On the wall hang a small framed landscape on the left and a window
with a white frame on the right. The chest of drawers stands on short feet against the middle of
the wall, a faint shadow under it; a wider board forms its top, and its front is divided into a
column of equal drawers, each a panel with a moulding round it and two brass knobs. The top
drawer is pulled out towards the viewer, who looks from a little above: its front slides down
over the drawer below, casting a shadow on it, and the gap it leaves shows the drawer's inside,
with folded clothes in it. Factors: how far the top drawer is pulled out (shut to wide open),
how many drawers the chest has (3, 4 or 5, sharing its height), the width of the chest (narrow
to wide), the colour of its wood (pale pine to dark walnut) and the daylight (dim evening light
to bright day: the whole room brightens, and the window's sky goes from dusky blue to bright).
The wallpaper, the skirting, the floor, the picture, the window's place, the chest's height and
the clothes stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("drawer_open", "how far the top drawer is pulled out (shut to wide open)", "continuous"),
    Factor("drawers", "how many drawers the chest of drawers has", "categorical", ("3", "4", "5")),
    Factor("chest_width", "width of the chest of drawers (narrow to wide)", "continuous"),
    Factor("wood", "colour of the chest's wood (pale pine to dark walnut)", "continuous"),
    Factor("daylight", "daylight in the bedroom (dim evening to bright day)", "continuous"),
)
# drawer_open: 0..1 slides the top drawer's front 0..8 px down and widens it by 0..1.5 px each
# side; drawers: code 0..2 is 3..5 drawers sharing the rows FRONT_T..FRONT_B; chest_width:
# 0..1 is a chest 28..46 px wide (its top 2 px wider), centred; wood: 0..1 blends the wood from PINE to WALNUT;
# daylight: 0..1 scales the room's brightness from 0.45 to 1 times its full brightness and the
# window's sky from DUSK_SKY to DAY_SKY
RANGES = ((0.0, 1.0), (0.0, 2.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
PAPER, PAPER_LINE = (0.64, 0.72, 0.6), (0.78, 0.84, 0.74)
SKIRTING, FLOOR, FLOOR_LINE = (0.92, 0.91, 0.88), (0.56, 0.4, 0.26), (0.4, 0.27, 0.17)
FRAME, FRAME_WHITE = (0.42, 0.3, 0.16), (0.96, 0.96, 0.94)
PINE, WALNUT = np.array((0.86, 0.68, 0.44)), np.array((0.34, 0.2, 0.12))
BRASS, SHADOW, CAVITY = (0.86, 0.7, 0.3), (0.05, 0.04, 0.03), (0.12, 0.08, 0.06)
CLOTHES = ((0.75, 0.2, 0.22), (0.92, 0.9, 0.84), (0.25, 0.36, 0.62), (0.9, 0.72, 0.3), (0.35, 0.55, 0.4))
DUSK_SKY, DAY_SKY = np.array((0.2, 0.24, 0.42)), np.array((0.62, 0.8, 0.98))
SKIRT_Y, FLOOR_Y = 49.0, 52.0
TOP_T, FRONT_T, FRONT_B, FEET_B = 20.0, 23.0, 48.0, 51.0  # the chest's top board, its front, its feet
WINDOW = (47.0, 60.0, 3.0, 16.0)  # left, right, top, bottom of the glass
PICTURE = (6.0, 18.0, 5.0, 14.0)
OPEN_DY, OPEN_DX = 8.0, 1.5
ROWS = (int(TOP_T) - 1, int(FEET_B) + 1)  # the rows the chest can reach


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, PAPER)
    R.over(img, 0.7 * R.coverage(np.abs((x % 6.0) - 3.0) - 0.5), PAPER_LINE)
    R.over(img, 0.35 * R.coverage(np.hypot((x % 6.0) - 0.0, (y % 8.0) - 4.0) - 0.8), PAPER_LINE)
    left, right, top, bottom = PICTURE
    R.over(img, R.coverage(R.edges_sdf(x, y, left - 1.5, right + 1.5, top - 1.5, bottom + 1.5)), FRAME)
    R.over(img, R.coverage(R.edges_sdf(x, y, left, right, top, bottom)), (0.66, 0.82, 0.92))
    hill = top + 6.0 - 2.0 * np.sin((x - left) * 0.5)
    R.over(img, R.coverage(np.maximum(R.edges_sdf(x, y, left, right, top, bottom), hill - y)), (0.36, 0.6, 0.3))
    left, right, top, bottom = WINDOW
    R.over(img, R.coverage(R.edges_sdf(x, y, left - 2, right + 2, top - 2, bottom + 3)), FRAME_WHITE)
    R.over(img, R.below(SKIRT_Y, 1), SKIRTING)
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    board = np.floor((y - FLOOR_Y) / 4.0)
    joints = np.minimum(np.abs(((y - FLOOR_Y) % 4.0) - 0.5), np.abs(((x + 13.0 * board) % 22.0) - 0.5))
    R.over(img, 0.6 * R.coverage(np.maximum(joints - 0.4, FLOOR_Y + 0.5 - y)), FLOOR_LINE)
    return img[0]


def _panes() -> np.ndarray:
    x, y = R.grid()
    left, right, top, bottom = WINDOW
    bars = np.minimum(np.abs(x - (left + right) / 2), np.abs(y - (top + bottom) / 2)) - 0.7
    return R.coverage(np.maximum(R.edges_sdf(x, y, left, right, top, bottom), -bars))


BACKGROUND, PANES = _background(), _panes()
GRAIN = 0.3 * np.clip(np.sin(R.grid()[1] * 1.9 + 2.2 * np.sin(R.grid()[0] * 0.35)), 0, 1)[:, ROWS[0]:ROWS[1]]


def _span(v, lo, hi):
    """Anti-aliased coverage of the interval lo..hi along one axis."""
    return R.coverage(np.maximum(lo - v, v - hi))


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    part, y = img[:, :, ROWS[0]:ROWS[1]], y[:, ROWS[0]:ROWS[1]]
    wood = (PINE[None] + (WALNUT - PINE)[None] * f[:, 3:4]).astype(np.float32)
    hw = R.col(14 + 9 * f[:, 2])
    open_ = R.col(f[:, 0])
    k = R.col(f[:, 1] + 3)
    dh = (FRONT_B - FRONT_T) / k  # each drawer's height
    inside = _span(x, 32 - hw, 32 + hw)  # (n, 1, W)
    # the chest: its body and feet, its top board a little wider and lighter
    feet = _span(np.abs(x - 32) - hw + 3.5, -1.2, 1.2) * _span(y, FRONT_B, FEET_B)
    body = np.maximum(inside * _span(y, TOP_T, FRONT_B), feet)
    R.over(part, 0.4 * _span(x, 32 - hw - 2, 32 + hw + 3) * _span(y, FEET_B - 1.5, FEET_B + 0.5), SHADOW)
    R.over(part, body, wood * 0.5)
    R.over(part, _span(x, 32 - hw - 1, 32 + hw + 1) * _span(y, TOP_T, TOP_T + 2.2), np.minimum(wood * 1.12, 1))
    # the drawers' fronts: raised panels with a dark gap between them and two knobs each
    s = (y - FRONT_T) / dh  # which drawer, and how far down it
    j = np.floor(s)
    gap = np.minimum(s - j, j + 1 - s) * dh  # px to the nearest joint between drawers
    front = _span(x, 32 - hw + 1.5, 32 + hw - 1.5) * _span(y, FRONT_T, FRONT_B) * R.coverage(0.8 - gap)
    R.over(part, front, wood)
    R.over(part, front * GRAIN, wood * 0.8)  # the grain
    edge = np.minimum(gap, hw - 1.5 - np.abs(x - 32))  # px in from the drawer's edge
    R.over(part, 0.8 * front * R.coverage(np.abs(edge - 2.2) - 0.45), wood * 0.7)  # a moulding round each panel
    knob_y = FRONT_T + (j + 0.5) * dh
    knobs = np.hypot(np.abs(x - 32) - hw / 2, y - knob_y) - 1.3
    R.over(part, R.coverage(np.maximum(np.maximum(knobs, FRONT_T + dh - y), y - FRONT_B)), BRASS)  # not the top one
    # the top drawer pulled out: its inside in the gap, its front lower down and a little wider
    dy, dx = OPEN_DY * open_, OPEN_DX * open_
    R.over(part, _span(x, 32 - hw + 1.5, 32 + hw - 1.5) * _span(y, FRONT_T, FRONT_T + dh), CAVITY)
    lo, hi = FRONT_T + dh * 0.35, FRONT_T + dy + 0.5  # the folded clothes, seen over the front's edge
    for i, c in enumerate(CLOTHES):
        a = _span(x, 32 - hw + 2.5 + i * (2 * hw - 5) / 5, 32 - hw + 2.0 + (i + 1) * (2 * hw - 5) / 5)
        R.over(part, a * _span(y, lo, hi), c)
    sides = np.maximum(_span(x, 32 - hw + 1.5, 32 - hw + 1.5 + dx + 1.0),
                       _span(x, 32 + hw - 2.5 - dx, 32 + hw - 1.5)) * _span(y, FRONT_T, FRONT_T + dy + 0.5)
    R.over(part, sides, wood * 0.85)
    R.over(part, 0.45 * _span(x, 32 - hw + 1.5, 32 + hw - 1.5) * _span(y, FRONT_T + dy + dh - 0.6,
                                                                         FRONT_T + dy + dh + 0.6 + dy * 0.4), SHADOW)
    top_front = _span(x, 32 - hw + 1.5 - dx, 32 + hw - 1.5 + dx) * _span(y, FRONT_T + dy, FRONT_T + dy + dh - 0.6)
    R.over(part, top_front, wood * 1.0)
    R.over(part, 0.6 * top_front * _span(y, FRONT_T + dy - 1, FRONT_T + dy + 0.7), np.minimum(wood * 1.25, 1))
    knobs = np.hypot(np.abs(x - 32) - hw / 2 - dx / 2, y - (FRONT_T + dy + dh / 2)) - 1.3 - 0.2 * open_
    R.over(part, R.coverage(knobs), BRASS)
    # the daylight: the whole room, then the sky in the window
    img *= R.col(0.45 + 0.55 * f[:, 4])[:, None]
    sky = DUSK_SKY[None] + (DAY_SKY - DUSK_SKY)[None] * f[:, 4:5]
    R.over(img, PANES, sky)
    return R.to_uint8(img)


def render(drawer_open: float, drawers: float, chest_width: float, wood: float, daylight: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[drawer_open, drawers, chest_width, wood, daylight]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("dresser", arg, n, seed, FACTORS, sample_factors, _draw)
