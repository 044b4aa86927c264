"""`spinner`: a spinner's cottage room, a spinning wheel on its slanted bench, skeins of yarn
hanging from a peg rail, a basket of fleece on the floor and a shuttered window, seen from the
front (64x64 RGB).

The room's back wall is of dark upright timber boards; the floor is a band of grey flagstones
along the bottom. Left of the middle stands the spinning wheel: a slanted wooden bench on three
legs with a treadle below it, an upright holding the big wheel - a thin rim, six turned spokes
with a bead half-way along each and a dark hub - and, at the bench's left end, the flyer
between its two posts, a pale drive band running from the wheel to it. High on the left, a
peg rail holds skeins of finished yarn (cream, pale blue and rose, hung from the left). High on
the right is a window on a blue sky over a green hill, with two blue-green wooden shutters on
the inside, hinged at its sides. On the floor at the right stands a wicker basket with white
fleece heaped in it. Factors: how far the wheel has turned (a cyclic factor with a
sixth-of-a-turn period: its six spokes come round to the same look), how much fleece is heaped
in the basket (a little to a big heap), how far the shutters are open (shut to wide open) and
how many skeins hang on the rail (1 to 3). The wall, the floor, the bench, the wheel's size,
the window and the basket stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("wheel_turn", "how far the spinning wheel has turned", "cyclic", period=1.0 / 6.0),
    Factor("fleece", "how much fleece is heaped in the basket (a little to a big heap)", "continuous"),
    Factor("shutters", "how far the window's shutters are open (shut to wide open)", "continuous"),
    Factor("skeins", "how many skeins of yarn hang on the peg rail (1 to 3)", "categorical", ("1", "2", "3")),
)
# wheel_turn: 0..1/6 of a turn, clockwise (the six spokes are 1/6 of a turn apart, so 0 and 1/6
# look the same); fleece: 0..1 makes the heap 6..9.5 px in half-width and 2..14 px tall above
# the basket's rim; shutters: 0..1 swings each shutter from flat across its half of the window
# (10 px wide) to 1.35 radians open (2.2 px wide as seen from the front); skeins: a code 0..2 for
# 1..3 skeins, at SKEINS from the left
RANGES = ((0.0, 1.0 / 6.0), (0.0, 1.0), (0.0, 1.0), (0.0, 2.0))
WALL, BOARD_LINE, FLOOR, FLOOR_LINE = (0.3, 0.21, 0.15), (0.2, 0.13, 0.09), (0.44, 0.41, 0.38), (0.3, 0.28, 0.26)
WOOD, WOOD_DARK, BAND = (0.74, 0.52, 0.28), (0.4, 0.26, 0.13), (0.9, 0.86, 0.74)
SKY_TOP, SKY_BOTTOM, HILL, FRAME = np.array((0.45, 0.66, 0.93)), np.array((0.75, 0.86, 0.97)), (0.4, 0.64, 0.3), \
    (0.82, 0.76, 0.62)
SHUTTER, SHUTTER_LINE = (0.26, 0.48, 0.46), (0.16, 0.32, 0.31)
WICKER, WICKER_DARK, FLEECE, FLEECE_SHADE = (0.7, 0.54, 0.3), (0.48, 0.34, 0.17), (0.95, 0.93, 0.87), (0.78, 0.76, 0.7)
YARNS = ((0.95, 0.92, 0.82), (0.58, 0.78, 0.96), (0.96, 0.58, 0.66))
FLOOR_Y = 55.0
WHEEL_X, WHEEL_Y, WHEEL_R = 28.0, 32.0, 13.0
WIN_L, WIN_R, WIN_T, WIN_B = 40.0, 60.0, 6.0, 26.0
SKEINS, SKEIN_Y, SKEIN_RX, SKEIN_RY = (5.5, 15.0, 24.5), 12.0, 4.3, 8.5
BASKET_X, BASKET_TOP, BASKET_BOTTOM = 52.0, 47.0, 58.0
SPOKES = 6


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, R.coverage(np.abs((x % 8.0) - 0.5) - 0.4), BOARD_LINE)
    # the window: sky and hill in a pale frame
    R.over(img, R.coverage(R.edges_sdf(x, y, WIN_L - 1.5, WIN_R + 1.5, WIN_T - 1.5, WIN_B + 1.5)), FRAME)
    pane = R.edges_sdf(x, y, WIN_L, WIN_R, WIN_T, WIN_B)
    sky = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, WIN_B)[None]
    R.over(img, R.coverage(pane), sky)
    R.over(img, R.coverage(np.maximum(R.ellipse_sdf(x - 46.0, y - 30.0, 18.0, 9.0), pane)), HILL)
    # the floor
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    flags = np.minimum(np.abs(y - FLOOR_Y - 4.5), np.abs(((x + 5.0 * np.floor((y - FLOOR_Y) / 4.5)) % 13.0) - 0.5))
    R.over(img, R.coverage(np.maximum(flags - 0.4, FLOOR_Y + 0.5 - y)), FLOOR_LINE)
    # the peg rail
    R.over(img, R.coverage(R.edges_sdf(x, y, 0.0, 31.0, 1.5, 3.0)), WOOD_DARK)
    # the spinning wheel's bench, legs, treadle and upright; the flyer and its posts
    frame = R.segment_sdf(x, y, 3.0, 43.5, 44.0, 46.5) - 1.5
    for top, foot in (((6.0, 44.0), (4.0, 58.0)), ((40.0, 46.0), (43.0, 58.0)), ((24.0, 45.0), (23.0, 59.0))):
        frame = np.minimum(frame, R.segment_sdf(x, y, *top, *foot) - 1.0)
    frame = np.minimum(frame, R.segment_sdf(x, y, 14.0, 56.5, 34.0, 53.5) - 1.1)
    frame = np.minimum(frame, R.segment_sdf(x, y, WHEEL_X, 45.0, WHEEL_X, WHEEL_Y) - 1.1)
    frame = np.minimum(frame, R.segment_sdf(x, y, 9.0, 44.0, 9.0, 30.0) - 1.0)
    frame = np.minimum(frame, R.edges_sdf(x, y, 3.0, 15.0, 29.0, 31.0))
    for px in (5.0, 13.0):
        frame = np.minimum(frame, R.segment_sdf(x, y, px, 30.0, px, 21.0) - 0.8)
    R.over(img, R.coverage(frame), WOOD_DARK)
    flyer = np.minimum(R.edges_sdf(x, y, 5.5, 12.5, 25.2, 26.8), R.ellipse_sdf(x - 9.0, y - 26.0, 2.5, 2.2))
    flyer = np.minimum(flyer, np.abs(R.edges_sdf(x, y, 6.0, 12.0, 22.5, 29.5)) - 0.4)
    R.over(img, R.coverage(flyer), WOOD)
    R.over(img, R.coverage(R.ellipse_sdf(x - 9.0, y - 26.0, 2.0, 1.8)), BAND)  # yarn on the bobbin
    band = np.minimum(R.segment_sdf(x, y, 12.0, 24.6, WHEEL_X - 3.0, WHEEL_Y - WHEEL_R + 0.4),
                      R.segment_sdf(x, y, 12.0, 27.4, WHEEL_X - 3.0, WHEEL_Y + WHEEL_R - 0.4)) - 0.35
    R.over(img, 0.8 * R.coverage(band), BAND)
    # the basket, its weave
    t = (y - BASKET_TOP) / (BASKET_BOTTOM - BASKET_TOP)
    half = 9.0 - 2.0 * t
    basket = np.maximum(np.abs(x - BASKET_X) - half, np.maximum(BASKET_TOP - y, y - BASKET_BOTTOM))
    return img[0], basket


SCENE, BASKET = _scene()


def _wheel():
    x, y = R.grid()
    u, v = x - WHEEL_X, y - WHEEL_Y
    rho = np.hypot(u, v)
    return rho, np.arctan2(v, u)


RHO, ANGLE = _wheel()
SECTOR = 2 * np.pi / SPOKES


def _basket():
    x, y = R.grid()
    weave = np.abs(np.sin(1.3 * x + 2.0 * np.floor((y - BASKET_TOP) / 2.2) * 1.2)) - 0.35
    rows = np.abs(((y - BASKET_TOP) % 2.2) - 1.1) - 0.9
    cover = R.coverage(BASKET)
    return cover, cover * R.coverage(np.maximum(weave, -rows) * 1.5), \
        R.coverage(np.maximum(np.abs(BASKET) - 0.6, np.abs(y - BASKET_TOP - 0.5) - 1.0))


BASKET_COVER, BASKET_WEAVE, BASKET_RIM = _basket()


def _skeins():
    x, y = R.grid()
    out = []
    for sx in SKEINS:
        body = R.ellipse_sdf(x - sx, y - SKEIN_Y, SKEIN_RX, SKEIN_RY)
        twist = np.abs((((x - sx) * 1.2 + (y - SKEIN_Y) * 0.6) % 2.4) - 1.2) - 0.35
        hole = R.ellipse_sdf(x - sx, y - SKEIN_Y, 0.7, 4.5)
        out.append((R.coverage(np.maximum(body, -hole)), R.coverage(np.maximum(np.maximum(body, -hole), -twist))))
    return out


SKEIN_COVERS = _skeins()


def _fleece_texture():
    x, y = R.grid()
    return np.sin(1.7 * x + 0.6 * y) * np.sin(1.3 * y - 0.8 * x)


CURLS = _fleece_texture()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the shutters, hinged at the window's sides, swung open towards the room
    w = R.col(10.0 * np.cos(1.35 * f[:, 2]))
    for hinge, side in ((WIN_L, 1.0), (WIN_R, -1.0)):
        inner = hinge + side * w
        panel = np.maximum(np.maximum(side * (x - inner), -side * (x - hinge) - 0.5),
                           np.maximum(WIN_T - 0.5 - y, y - WIN_B - 0.5))
        cover = R.coverage(panel)
        R.over(img, cover, SHUTTER)
        planks = np.abs((((x - hinge) * side / np.maximum(w, 0.5) * 3.0) % 1.0) - 0.5) * w / 3.0 - 0.3
        rails = np.abs(np.abs(y - (WIN_T + WIN_B) / 2) - 6.0) - 0.6
        R.over(img, 0.8 * cover * R.coverage(np.maximum(-planks, 0.0) + np.minimum(planks, rails) * 2.0), SHUTTER_LINE)
        R.over(img, cover * R.coverage(np.abs(x - inner) - 0.5), SHUTTER_LINE)
    # the skeins on the peg rail, from the left
    count = f[:, 3].astype(int)
    for i, (cover, twist) in enumerate(SKEIN_COVERS):
        on = (count >= i).astype(np.float32)[:, None, None]
        R.over(img, on * cover, YARNS[i])
        R.over(img, 0.25 * on * twist, WOOD_DARK)
    # the wheel: rim, spokes with a bead each, hub
    a = (ANGLE - 2 * np.pi * R.col(f[:, 0])) % SECTOR - SECTOR / 2
    along, across = RHO * np.cos(a), RHO * np.abs(np.sin(a))
    spokes = np.maximum(across - 0.75, np.maximum(2.0 - along, along - WHEEL_R + 1.0))
    spokes = np.minimum(spokes, np.hypot(along - 7.0, across) - 1.5)
    wheel = np.minimum(spokes, np.abs(RHO - WHEEL_R + 0.9) - 0.9)
    R.over(img, R.coverage(wheel), WOOD)
    R.over(img, np.broadcast_to(R.coverage(np.abs(RHO - WHEEL_R + 0.9) - 0.25), (n, R.SIZE, R.SIZE)) * 0.5,
           WOOD_DARK)
    R.over(img, np.broadcast_to(R.coverage(RHO - 2.6), (n, R.SIZE, R.SIZE)), WOOD_DARK)
    # the fleece heaped in the basket, then the basket's front
    s = R.col(f[:, 1])
    rx, ry = 6.0 + 3.5 * s, 2.0 + 12.0 * s
    heap = R.ellipse_sdf(x - BASKET_X, y - BASKET_TOP - 1.0, rx, ry + 1.0) - 0.9 * CURLS
    heap = np.maximum(heap, y - BASKET_TOP - 2.0)
    cover = R.coverage(heap)
    R.over(img, cover, FLEECE)
    R.over(img, 0.6 * cover * R.coverage(0.4 - CURLS * 1.5), FLEECE_SHADE)
    R.over(img, BASKET_COVER, WICKER)
    R.over(img, 0.7 * BASKET_WEAVE, WICKER_DARK)
    R.over(img, BASKET_RIM, WICKER_DARK)
    return R.to_uint8(img)


def render(wheel_turn: float, fleece: float, shutters: float, skeins: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[wheel_turn, fleece, shutters, skeins]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("spinner", arg, n, seed, FACTORS, sample_factors, _draw)
