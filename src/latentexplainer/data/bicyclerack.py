"""`bicyclerack`: bicycles parked at a row of steel hoops on a pavement in front of a shop,
seen from the side (64x64 RGB).

Four steel hoops of a bicycle rack stand in a row on a paved pavement, in front of the brick
front of a shop whose wide window has a metal roller shutter; a kerb and a strip of dark road
run along the bottom of the image. Bicycles, all alike and all facing right, are parked at the
rack from the left, one at each hoop, every other one a step further back on the pavement (and
a little in shadow), so that neighbours overlap. Each is a diamond-frame bicycle: two wheels
with black tyres and silver rims, a painted frame, fork and mudguards, a black saddle and
handlebar. Factors: how many bicycles are parked (2 to 4; the hoops to their right stay empty),
the size of the bicycles (their wheels and frames together, small to large), the hue of their
paint (frames and mudguards, red through yellow and green to blue and purple) and how far the
shop's roller shutter is raised (shut, to open over the lit shop window and its shelves of
goods). The rack, the shop front, the pavement and the road stay fixed; the bicycles always lie
inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("bikes", "how many bicycles are parked at the rack", "categorical", ("2", "3", "4")),
    Factor("bike_size", "size of the parked bicycles, wheels and frames (small to large)", "continuous"),
    Factor("frame_hue", "hue of the paint on the bicycles' frames and mudguards", "continuous"),
    Factor("shutter", "how far the shop's roller shutter is raised (shut to open)", "continuous"),
)
# bikes: code c is c + 2 bicycles, at the hoops from the left; bike_size: 0..1 is wheels of
# radius 3.4..5 px, the frame scaled with them; frame_hue: 0..0.8 of the colour wheel
# (no wrap); shutter: 0..1 raises the shutter's bottom edge from y = 31 to 7 px
RANGES = ((0.0, 0.0), (0.0, 1.0), (0.0, 0.8), (0.0, 1.0))
BRICK, MORTAR = (0.6, 0.36, 0.28), (0.74, 0.7, 0.64)
PAVING, PAVING_JOINT, KERB, ROAD = (0.66, 0.65, 0.62), (0.5, 0.49, 0.47), (0.78, 0.77, 0.74), (0.2, 0.2, 0.22)
SHOP, SHELF, GOODS = (0.96, 0.87, 0.62), (0.52, 0.36, 0.22), ((0.85, 0.2, 0.2), (0.2, 0.45, 0.8), (0.3, 0.7, 0.3))
SHUTTER, SLAT, FASCIA = (0.62, 0.63, 0.65), (0.44, 0.45, 0.48), (0.16, 0.22, 0.3)
STEEL, TYRE, RIM, BLACK = (0.55, 0.57, 0.6), (0.08, 0.08, 0.09), (0.78, 0.79, 0.8), (0.1, 0.1, 0.1)
WIN_L, WIN_R, WIN_TOP, WIN_BOTTOM = 8.0, 56.0, 7.0, 31.0
PAVE_Y, KERB_Y, ROAD_Y = 38.0, 59.0, 61.0
SLOTS = ((14, 57), (26, 53), (38, 57), (50, 53))  # each hoop's bicycle: its middle x and its ground row
HOOP_HW, HOOP_TOP = 4.5, 40.0  # the hoops stand in the back row, their legs on the ground at y = 53
BACK_SHADE = 0.82  # the bicycles further back are in a little shadow
SW, SH = 30, 24  # the bicycle sprite: columns either side of its middle, rows above the ground
TUBE_HW = 1.0


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, BRICK)
    course = np.floor(y / 3.0)
    joints = np.minimum(np.abs((y % 3.0) - 0.25), np.abs(((x + course * 3.5) % 7.0) - 0.3))
    R.over(img, R.coverage(joints - 0.3), MORTAR)
    img += (0.04 * np.sin(x * 1.3 + course * 2.7) * np.sin(course * 1.9))[:, None]
    R.over(img, R.coverage(R.edges_sdf(x, y, WIN_L - 2, WIN_R + 2, WIN_TOP - 4, WIN_BOTTOM + 1)), FASCIA)
    R.over(img, R.coverage(R.edges_sdf(x, y, WIN_L, WIN_R, WIN_TOP, WIN_BOTTOM)), SHOP)
    for k, top in enumerate((12.0, 21.0)):  # shelves of goods inside the shop
        R.over(img, R.coverage(R.edges_sdf(x, y, WIN_L + 1, WIN_R - 1, top + 5.0, top + 6.0)), SHELF)
        for j in range(7):
            gx = WIN_L + 4.0 + j * 6.0 + 1.5 * k
            R.over(img, R.coverage(R.edges_sdf(x, y, gx, gx + 3.0, top + 1.0 + (j % 2), top + 5.0)), GOODS[(j + k) % 3])
    R.over(img, R.below(PAVE_Y, 1), PAVING)
    paving_row = np.floor((y - PAVE_Y) / 7.0)
    slab = np.minimum(np.abs(((y - PAVE_Y) % 7.0) - 0.3), np.abs(((x + 3.5 * paving_row) % 12.0) - 0.3))
    R.over(img, R.below(PAVE_Y, 1) * R.coverage(slab - 0.25), PAVING_JOINT)
    R.over(img, R.below(KERB_Y, 1), KERB)
    R.over(img, R.below(ROAD_Y, 1), ROAD)
    hoops = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for cx, _ in SLOTS:
        arch = np.abs(np.hypot(x - cx, y - (HOOP_TOP + HOOP_HW)) - HOOP_HW)
        legs = np.maximum(np.abs(np.abs(x - cx) - HOOP_HW), np.maximum(HOOP_TOP + HOOP_HW - y, y - 53.0))
        np.minimum(hoops, np.minimum(np.where(y < HOOP_TOP + HOOP_HW, arch, np.inf), legs) - 0.8, out=hoops)
    R.over(img, R.coverage(hoops), STEEL)
    return img[0]


BACKGROUND = _background()


def _bike(size: np.ndarray, hue: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """One bicycle per image, as a sprite centred over its ground point: premultiplied colour
    (n, 3, SH, 2 SW) and coverage (n, SH, 2 SW)."""
    n = len(size)
    u = (np.arange(2 * SW, dtype=np.float32) + 0.5 - SW)[None, None, :]
    v = (np.arange(SH, dtype=np.float32) + 0.5 - SH)[None, :, None]
    r = R.col(3.4 + 1.6 * size)
    s = r / 4.5
    rear, front, hub_y = -6.0 * s, 6.0 * s, -r
    bb = (-0.5 * s, hub_y + 0.5 * s)
    seat = (-2.5 * s, hub_y - 7.5 * s)
    head_top, head_bottom = (4.5 * s, hub_y - 7.5 * s), (5.0 * s, hub_y - 5.0 * s)
    rgb = np.zeros((n, 3, SH, 2 * SW), np.float32)
    alpha = np.zeros((n, SH, 2 * SW), np.float32)
    for hx in (rear, front):  # the wheels: a black tyre, a silver rim and a hub
        d = np.hypot(u - hx, v - hub_y) - r
        R.over(rgb, R.coverage(np.abs(d + 0.6) - 0.65), TYRE)
        R.over(rgb, R.coverage(np.abs(d + 1.75) - 0.4), RIM)
        R.over(rgb, R.coverage(d + r - 0.9), RIM)
        np.maximum(alpha, R.coverage(np.minimum(np.abs(d + 1.0) - 1.2, d + r - 0.9)), out=alpha)
    # mudguards over the tops of the wheels, painted like the frame
    tubes = np.full((n, SH, 2 * SW), np.inf, np.float32)
    for hx in (rear, front):
        guard = np.abs(np.hypot(u - hx, v - hub_y) - r - 1.0) + TUBE_HW - 0.55
        np.minimum(tubes, np.maximum(guard, v - hub_y + 0.35 * r), out=tubes)
    for a, b in (((rear, hub_y), bb), ((rear, hub_y), seat), (bb, seat), (seat, head_top), (bb, head_bottom),
                 (head_top, head_bottom), (head_bottom, (front, hub_y))):
        np.minimum(tubes, R.segment_sdf(u, v, a[0], a[1], b[0], b[1]), out=tubes)
    frame = R.coverage(tubes - TUBE_HW)
    R.over(rgb, frame, R.hsv(hue, 0.8, 0.85))
    # the seat post and saddle, the stem and handlebar
    top = hub_y - 9.5 * s
    black = np.minimum(R.segment_sdf(u, v, seat[0], seat[1], -3.0 * s, top) - 0.6,
                       R.ellipse_sdf(u - (-3.2 * s), v - top, 2.4 * s, 0.9))
    bar = np.minimum(R.segment_sdf(u, v, head_top[0], head_top[1], 4.2 * s, top) - 0.6,
                     R.segment_sdf(u, v, 4.2 * s, top, 2.4 * s, top + 0.6) - 0.75)
    cover = R.coverage(np.minimum(black, bar))
    R.over(rgb, cover, BLACK)
    return rgb, np.maximum(np.maximum(alpha, frame), cover)  # drawn on black: rgb is premultiplied


def _draw(f: np.ndarray) -> np.ndarray:
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the shutter, rolled down from the top of the window to its bottom edge
    x, y = R.grid()
    bottom = R.col(WIN_BOTTOM - (WIN_BOTTOM - WIN_TOP) * f[:, 3])
    part, yr = img[:, :, :int(WIN_BOTTOM) + 1], y[:, :int(WIN_BOTTOM) + 1]
    shutter = R.coverage(np.maximum(R.edges_sdf(x, yr, WIN_L, WIN_R, WIN_TOP - 1.0, WIN_BOTTOM), yr - bottom))
    R.over(part, shutter, SHUTTER)
    R.over(part, shutter * R.coverage(np.abs(((yr - bottom) % 3.0) - 1.5) - 0.5), SLAT)
    R.over(part, R.coverage(np.maximum(np.abs(yr - bottom + 0.6) - 0.7, np.abs(x - 32.0) - 24.0)), BLACK)
    # the bicycles, the back row first
    rgb, alpha = _bike(f[:, 1], f[:, 2])
    count = f[:, 0] + 2
    for i in (1, 3, 0, 2):
        cx, ground = SLOTS[i]
        on = (i < count).astype(np.float32)[:, None, None]
        a = alpha * on
        shade = BACK_SHADE if ground < max(g for _, g in SLOTS) else 1.0
        x0, x1 = max(cx - SW, 0), min(cx + SW, R.SIZE)
        region = img[:, :, ground - SH:ground, x0:x1]
        region *= 1.0 - a[:, None, :, x0 - cx + SW:x1 - cx + SW]
        region += (shade * on[:, None]) * rgb[:, :, :, x0 - cx + SW:x1 - cx + SW]
    return R.to_uint8(img)


def render(bikes: float, bike_size: float, frame_hue: float, shutter: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[bikes, bike_size, frame_hue, shutter]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("bicyclerack", arg, n, seed, FACTORS, sample_factors, _draw)
