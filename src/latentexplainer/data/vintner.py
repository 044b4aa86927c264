"""`vintner`: a vintner's cellar, a glass of wine standing on a barrel in front of a wine rack,
a big glass demijohn of wine on the floor and bottles on a shelf, lit by a hanging lantern, seen
from the front (64x64 RGB).

The cellar's vaulted back wall is whitewashed stone, its arch darker at the top corners; the
floor is a band of worn flagstones along the bottom. On the right a tall dark wooden wine rack
holds rows of bottles lying with their round ends towards us, each with a red foil cap. In front
of it a barrel lies on its side on a cradle, its dark staves bound by iron hoops, and on top of
the barrel stands a tall wine glass: a round bowl on a thin stem and foot. On the left a wooden
shelf on the wall holds dark green bottles standing side by side, each with a red label; below
it a big round demijohn of greenish glass stands on the floor in a wicker basket, full of wine.
From the middle of the vault an iron lantern hangs on a chain, a flame burning behind its glass.
Factors: how many bottles stand on the shelf (1 to 4, from the left), how full the glass is
(empty to the brim), what wine is in the glass and the demijohn (white, rosé or red) and how
brightly the lantern burns (a dim glimmer that leaves the cellar dark to a bright flame that
lights it). The wall, the rack, the barrel, the glass's size and the demijohn's size stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("shelf_bottles", "how many bottles stand on the shelf (1 to 3)", "categorical", ("1", "2", "3")),
    Factor("glass_fill", "how full the wine glass on the barrel is (empty to full)", "continuous"),
    Factor("wine", "what wine is in the glass and the demijohn (white, rose or red)", "categorical",
           ("white", "rose", "red")),
    Factor("lantern", "how brightly the lantern lights the cellar (dim to bright)", "continuous"),
)
# shelf_bottles: a code 0..2 for 1..3 bottles, at BOTTLES from the left; glass_fill: 0..1 raises the
# wine from the bottom of the bowl (y = 39 px) to its brim (y = 21 px); wine: a code 0..2 for the
# colours in WINES; lantern: 0..1 lights the whole cellar from 0.6 to 1.0 of its full light, grows
# the lantern's flame and its warm halo (0: a glimmer)
RANGES = ((0.0, 2.0), (0.0, 1.0), (0.0, 2.0), (0.0, 1.0))
WALL, WALL_DARK, JOINT, FLAG, FLAG_LINE = (0.86, 0.82, 0.74), (0.5, 0.45, 0.4), (0.74, 0.7, 0.62), \
    (0.42, 0.38, 0.34), (0.3, 0.27, 0.24)
RACK, BOTTLE_END, CAP, SHELF = (0.24, 0.15, 0.1), (0.08, 0.14, 0.1), (0.72, 0.12, 0.12), (0.46, 0.3, 0.18)
STAVE, HOOP, GLASS_EDGE = (0.4, 0.24, 0.14), (0.18, 0.17, 0.17), (0.9, 0.93, 0.95)
BOTTLE, LABEL, DEMI_GLASS, WICKER = (0.1, 0.28, 0.14), (0.62, 0.1, 0.12), (0.55, 0.7, 0.5), (0.7, 0.52, 0.28)
IRON, FLAME, HALO = (0.15, 0.14, 0.14), (1.0, 0.82, 0.35), (1.0, 0.78, 0.4)
WINES = np.array(((0.97, 0.86, 0.26), (0.95, 0.38, 0.6), (0.46, 0.03, 0.12)), np.float32)  # white, rose, red
FLOOR_Y, SHELF_Y = 55.0, 27.0
BOTTLES = (7.0, 17.0, 27.0)
GLASS_X, BOWL_Y, BOWL_RX, BOWL_RY = 44.0, 30.0, 8.0, 9.0  # the bowl: its middle and half-sizes
DEMI_X, DEMI_Y = 15.0, 45.0
LAMP_X, LAMP_Y = 30.0, 12.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    course = np.floor(y / 6.0)
    joints = np.minimum(np.abs((y % 6.0) - 0.5), np.abs(((x + course * 5.0) % 10.0) - 0.5))
    R.over(img, R.coverage(joints - 0.5), JOINT)
    vault = np.clip((R.ellipse_sdf(x - 32.0, y - 40.0, 38.0, 40.0) + 2.0) / 8.0, 0.0, 1.0)
    R.over(img, 0.8 * vault, WALL_DARK)  # the arch's corners
    R.over(img, R.below(FLOOR_Y, 1), FLAG)
    R.over(img, R.coverage(np.maximum(np.abs(((x + 2.0 * (y > 59)) % 12.0) - 6.0) - 5.4, FLOOR_Y + 0.5 - y)),
           FLAG_LINE)
    R.over(img, R.coverage(np.abs(y - 59.5) - 0.4), FLAG_LINE)
    # the wine rack: a dark frame full of bottle ends with red caps
    R.over(img, R.coverage(R.edges_sdf(x, y, 34.0, 62.0, 6.0, FLOOR_Y)), RACK)
    bx, by = ((x - 34.0) % 5.6) - 2.8, ((y - 6.0) % 5.5) - 2.75
    ends = np.maximum(np.hypot(bx, by) - 2.2, R.edges_sdf(x, y, 35.0, 61.0, 7.0, FLOOR_Y - 1.0))
    R.over(img, R.coverage(ends), BOTTLE_END)
    R.over(img, R.coverage(np.maximum(np.hypot(bx, by) - 0.9, R.edges_sdf(x, y, 35.0, 61.0, 7.0, FLOOR_Y - 1.0))), CAP)
    # the barrel on its cradle, in front of the rack
    barrel = R.ellipse_sdf(x - 48.0, y - 48.5, 14.0, 6.5)
    R.over(img, R.coverage(R.edges_sdf(x, y, 36.0, 60.0, 51.0, FLOOR_Y + 1.0)), SHELF)
    R.over(img, R.coverage(barrel), STAVE)
    staves = np.maximum(np.abs(((y - 48.5) % 2.5) - 1.25) - 0.3, barrel + 0.5)
    R.over(img, 0.6 * R.coverage(staves), (0.28, 0.16, 0.09))
    R.over(img, R.coverage(np.maximum(np.abs(np.abs(x - 48.0) - 7.5) - 0.9, barrel)), HOOP)
    # the glass's foot and stem, standing on the barrel
    stem = np.minimum(R.edges_sdf(x, y, GLASS_X - 0.7, GLASS_X + 0.7, BOWL_Y + BOWL_RY - 1.0, 42.0),
                      R.ellipse_sdf(x - GLASS_X, y - 42.0, 4.5, 0.9))
    R.over(img, R.coverage(stem), GLASS_EDGE)
    # the shelf and its brackets
    brackets = np.minimum(R.segment_sdf(x, y, 4.0, SHELF_Y + 2.0, 4.0, SHELF_Y + 6.0),
                          R.segment_sdf(x, y, 30.0, SHELF_Y + 2.0, 30.0, SHELF_Y + 6.0)) - 1.0
    R.over(img, R.coverage(np.minimum(R.edges_sdf(x, y, 1.0, 33.0, SHELF_Y, SHELF_Y + 2.0), brackets)), SHELF)
    # the lantern's chain and frame
    R.over(img, R.coverage(np.maximum(np.abs(x - LAMP_X) - 0.5, y - LAMP_Y + 6.0)), IRON)
    frame = np.abs(R.edges_sdf(x, y, LAMP_X - 3.5, LAMP_X + 3.5, LAMP_Y - 5.0, LAMP_Y + 5.0)) - 0.7
    roof = np.maximum(np.abs(x - LAMP_X) - (LAMP_Y - 4.0 - y) * 1.2 - 0.5, np.abs(y - LAMP_Y + 6.0) - 1.5)
    return img[0], R.coverage(np.minimum(frame, roof))[0]


SCENE, LAMP = _scene()


def _parts():
    x, y = R.grid()
    bottles = []
    for bx in BOTTLES:
        body = np.minimum(R.edges_sdf(x, y, bx - 4.5, bx + 4.5, 13.0, SHELF_Y), R.ellipse_sdf(x - bx, y - 13.0, 4.5, 3.5))
        neck = R.edges_sdf(x, y, bx - 1.3, bx + 1.3, 3.5, 12.0)
        label = np.maximum(R.edges_sdf(x, y, bx - 4.5, bx + 4.5, 18.5, 23.5), body)
        shine = np.maximum(np.abs(x - bx + 2.2) - 0.5, np.abs(y - 16.0) - 2.5)
        bottles.append((R.coverage(np.minimum(body, neck))[0], R.coverage(label)[0], R.coverage(shine)[0]))
    bowl = R.ellipse_sdf(x - GLASS_X, y - BOWL_Y, BOWL_RX, BOWL_RY)
    demi = R.ellipse_sdf(x - DEMI_X, y - DEMI_Y, 11.0, 10.0)
    demi_neck = R.edges_sdf(x, y, DEMI_X - 2.2, DEMI_X + 2.2, DEMI_Y - 15.0, DEMI_Y - 8.0)
    wine = np.maximum(demi + 1.2, DEMI_Y - 7.0 - y)
    weave = np.abs(((x + 1.5 * np.floor(y / 2.0)) % 3.0) - 1.5) - 0.6
    basket = np.maximum(demi - 0.8, DEMI_Y + 5.0 - y)
    return (bottles, R.coverage(bowl)[0], bowl, R.coverage(np.minimum(demi, demi_neck))[0], R.coverage(wine)[0],
            R.coverage(basket)[0], R.coverage(np.maximum(weave, basket))[0])


BOTTLE_COVERS, BOWL, BOWL_SDF, DEMI, DEMI_WINE, BASKET, WEAVE = _parts()
HALO_FIELD = np.exp(-((R.grid()[0] - LAMP_X) ** 2 + (R.grid()[1] - LAMP_Y) ** 2) / 120.0)[0]


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the bottles on the shelf, from the left
    count = f[:, 0].astype(int)
    for i, (bottle, label, shine) in enumerate(BOTTLE_COVERS):
        on = (count >= i).astype(np.float32)[:, None, None]
        R.over(img, on * bottle, BOTTLE)
        R.over(img, on * label, LABEL)
        R.over(img, 0.5 * on * shine, (0.5, 0.7, 0.55))
    wine = WINES[f[:, 2].astype(int)]
    # the demijohn: greenish glass, full of wine, in a wicker basket
    R.over(img, np.broadcast_to(0.8 * DEMI, (n, R.SIZE, R.SIZE)), DEMI_GLASS)
    R.over(img, np.broadcast_to(DEMI_WINE, (n, R.SIZE, R.SIZE)), wine * 0.9)
    R.over(img, np.broadcast_to(BASKET, (n, R.SIZE, R.SIZE)), WICKER)
    R.over(img, np.broadcast_to(0.7 * WEAVE, (n, R.SIZE, R.SIZE)), (0.45, 0.32, 0.16))
    # the glass: a faint bowl, the wine filling it up to its level, a bright rim
    level = R.col(BOWL_Y + BOWL_RY - 2.0 * BOWL_RY * f[:, 1])
    R.over(img, np.broadcast_to(0.25 * BOWL, (n, R.SIZE, R.SIZE)), GLASS_EDGE)
    R.over(img, R.coverage(np.maximum(BOWL_SDF + 0.8, level - y)), wine)
    R.over(img, np.broadcast_to(R.coverage(np.abs(BOWL_SDF + 0.4) - 0.45), (n, R.SIZE, R.SIZE)), GLASS_EDGE)
    # the lantern: its frame, its flame, the cellar's light and the warm halo
    R.over(img, np.broadcast_to(LAMP, (n, R.SIZE, R.SIZE)), IRON)
    light = R.col(f[:, 3])
    flame = R.ellipse_sdf(x - LAMP_X, y - (LAMP_Y + 1.0) + 1.5 * light, 1.0 + 1.2 * light, 1.5 + 2.5 * light)
    R.over(img, R.coverage(flame), FLAME)
    img *= (0.6 + 0.4 * light)[:, None]
    R.over(img, np.clip(0.9 * light * HALO_FIELD, 0.0, 1.0), HALO)
    return R.to_uint8(img)


def render(shelf_bottles: float, glass_fill: float, wine: float, lantern: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[shelf_bottles, glass_fill, wine, lantern]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("vintner", arg, n, seed, FACTORS, sample_factors, _draw)
