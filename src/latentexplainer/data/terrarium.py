"""`terrarium`: a glass terrarium planted with small leafy plants, standing on a wooden table
against a plastered wall (64x64 RGB).

The wall behind is a warm off-white plaster, lit from the left, with a dark skirting line where
it meets the tabletop. The table is light oak with a grain running across it; its front edge is
a darker band along the bottom of the image, and a little stack of two books lies on it to the
left. On the table stands the terrarium: a rectangular glass tank with a dark metal rim, a glass
cloche on a round wooden base with a knob on top, or a round glass bowl open at the top. Inside,
a layer of pale pebbles lies under a layer of dark soil topped with moss, and small plants grow
from it, each a fan of five pointed green leaves with darker veins. The glass tints what is behind it faintly, has
bright edges and a reflection on its left side. Factors: the shape of the glass (tank, cloche or
bowl), how many plants grow in it (1 to 4, spread evenly across it), how tall they grow (short to
tall), how deep the layer of pebbles and soil is (shallow to deep) and how misted the glass is
with condensation (clear to fogged, with droplets). The wall, the table, the books and the
plants' colours stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("glass_shape", "shape of the terrarium's glass", "categorical", ("tank", "cloche", "bowl")),
    Factor("plants", "how many plants grow in the terrarium", "categorical", ("1", "2", "3", "4")),
    Factor("plant_height", "how tall the plants grow (short to tall)", "continuous"),
    Factor("soil_depth", "depth of the pebbles and soil in the terrarium (shallow to deep)", "continuous"),
    Factor("mist", "how misted the glass is with condensation (clear to fogged)", "continuous"),
)
# glass_shape: the glass's outline; plants: code 0..3 is 1..4 plants, SPACING px apart round
# x = 32 px (the glass hides what reaches past it); plant_height: 0..1 is leaves 5..16 px long
# (the middle one; the others 0.85 and 0.6 times that); soil_depth: 0..1 puts the soil's surface
# 5..13 px above the glass's floor (at y = 51 px), the pebbles the lowest 40% of it; mist: 0..1
# is a pale veil over the inside of the glass, 0..0.45 opaque, with droplets that show from 0.2 on
RANGES = ((0.0, 2.0), (0.0, 3.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
WALL, SKIRT = np.array((0.88, 0.84, 0.76)), (0.36, 0.3, 0.26)
OAK, OAK_DARK, EDGE = (0.74, 0.56, 0.36), (0.62, 0.45, 0.28), (0.46, 0.31, 0.18)
BOOKS = ((1.0, 12.0, 55.0, 3.0, (0.6, 0.16, 0.18)), (2.0, 11.0, 52.0, 3.0, (0.2, 0.34, 0.5)))  # left, right, bottom
PEBBLES, SOIL, MOSS = (0.78, 0.76, 0.72), (0.3, 0.2, 0.13), (0.38, 0.56, 0.2)
LEAF, LEAF_DARK = (0.14, 0.46, 0.15), (0.06, 0.3, 0.1)
MIST, SHINE = (0.93, 0.95, 0.96), (1.0, 1.0, 1.0)
FITTING = np.array(((0.22, 0.22, 0.24), (0.5, 0.32, 0.18), (0.86, 0.93, 0.93)), np.float32)  # metal, wood, glass
TABLE_Y, FRONT_Y, FLOOR = 49.0, 58.0, 51.0  # the tabletop's back edge, its front edge, the glass's floor
SPACING, FAN_W = 10, 24  # px between the plants; the columns one plant's leaves can reach
LEAVES = ((-1.0, 0.6), (-0.5, 0.85), (0.0, 1.0), (0.5, 0.85), (1.0, 0.6))  # angle from upright, share of length
ROWS, COLS = (12, 54), (4, 60)  # the window the terrarium can reach


def _background() -> np.ndarray:
    x, y = R.grid()
    img = (WALL[None, :, None, None] * (1.05 - 0.15 * x[None] / 64.0)).astype(np.float32)  # lit from the left
    img = np.ascontiguousarray(np.broadcast_to(img, (1, 3, R.SIZE, R.SIZE)))
    img *= (1.0 + 0.03 * np.sin(x * 0.9 + np.sin(y * 0.7) * 3.0) * np.sin(y * 1.3))[:, None]  # the plaster
    R.over(img, R.coverage(np.abs(y - TABLE_Y + 0.6) - 0.8), SKIRT)
    R.over(img, R.below(TABLE_Y, 1), OAK)
    grain = np.sin(y * 3.1 + np.sin(x * 0.21) * 2.5 + x * 0.05)
    R.over(img, 0.45 * np.clip(grain - 0.3, 0, 1) * R.coverage(TABLE_Y - y), OAK_DARK)
    R.over(img, R.below(FRONT_Y, 1), EDGE)
    for left, right, bottom, h, colour in BOOKS:
        book = R.edges_sdf(x, y, left, right, bottom - h, bottom)
        R.over(img, R.coverage(book), colour)
        R.over(img, R.coverage(np.maximum(book, np.abs(y - bottom + h / 2) - 0.5)), (0.93, 0.9, 0.82))  # pages
    return img[0]


def _shapes() -> np.ndarray:
    """Signed distances (3, h, w) to the inside of each glass, in the terrarium's window."""
    x, y = R.grid()
    x, y = x[:, :, COLS[0]:COLS[1]], y[:, ROWS[0]:ROWS[1]]
    tank = R.edges_sdf(x, y, 14.0, 50.0, 21.0, FLOOR)
    cloche = np.maximum(R.ellipse_sdf(x - 32.0, y - FLOOR, 17.0, 33.0), y - FLOOR)
    bowl = np.maximum(np.maximum(np.hypot(x - 32.0, y - 35.0) - 18.0, y - FLOOR), 21.0 - y)
    return np.stack([np.broadcast_to(d[0], (ROWS[1] - ROWS[0], COLS[1] - COLS[0])) for d in (tank, cloche, bowl)])


def _fittings() -> np.ndarray:
    """Distances (3, h, w) to each glass's fittings: the tank's rim, the cloche's base and knob,
    the bowl's lip."""
    x, y = R.grid()
    x, y = x[:, :, COLS[0]:COLS[1]], y[:, ROWS[0]:ROWS[1]]
    rim = np.minimum(R.edges_sdf(x, y, 13.0, 51.0, 20.0, 22.0), R.edges_sdf(x, y, 13.0, 51.0, FLOOR - 0.5, FLOOR + 1.5))
    base = np.minimum(R.edges_sdf(x, y, 12.0, 52.0, FLOOR, FLOOR + 2.0), np.hypot(x - 32.0, y - 16.5) - 2.2)
    lip = np.abs(R.ellipse_sdf(x - 32.0, y - 21.0, 11.3, 1.2)) - 0.5
    return np.stack([np.broadcast_to(d[0], (ROWS[1] - ROWS[0], COLS[1] - COLS[0])) for d in (rim, base, lip)])


def _drops() -> np.ndarray:
    x, y = R.grid()
    x, y = x[:, :, COLS[0]:COLS[1]], y[:, ROWS[0]:ROWS[1]]
    rng = np.random.default_rng(11)
    d = np.full((1, ROWS[1] - ROWS[0], COLS[1] - COLS[0]), np.inf, np.float32)
    for px, py, r in zip(rng.uniform(12, 52, 60), rng.uniform(14, 50, 60), rng.uniform(0.5, 1.0, 60)):
        np.minimum(d, np.hypot(x - px, y - py) - r, out=d)
    return R.coverage(d)[0]


BACKGROUND, SHAPES, FITTINGS, DROPS = _background(), _shapes(), _fittings(), _drops()


def _layers() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """What each glass adds behind and in front of its contents, in the terrarium's window: the
    background seen through the tinted glass (3, 3, h, w), and over the contents the glass's
    bright edges, its reflection and its fittings, as an opacity (3, h, w) and the colour it
    brings (3, 3, h, w) premultiplied by it. Also the pebbles' darker stones (1, h, w)."""
    x, y = R.grid()
    x, y = x[:, :, COLS[0]:COLS[1]], y[:, ROWS[0]:ROWS[1]]
    behind = np.empty((3, 3) + SHAPES.shape[1:], np.float32)
    alpha = np.empty((3,) + SHAPES.shape[1:], np.float32)
    front = np.empty_like(behind)
    for s in range(3):
        inside = R.coverage(SHAPES[s])[None]
        window = BACKGROUND[None, :, ROWS[0]:ROWS[1], COLS[0]:COLS[1]].copy()
        behind[s] = R.over(window, 0.12 * inside, (0.75, 0.9, 0.88))[0]
        layer = np.zeros((1, 3) + SHAPES.shape[1:], np.float32)  # composited over black: premultiplied
        a = np.zeros((1,) + SHAPES.shape[1:], np.float32)
        for cover, colour in ((0.55 * R.coverage(np.abs(SHAPES[s]) - 0.6)[None], SHINE),
                              (0.3 * inside * R.coverage(np.abs(x - 20.0 + 0.15 * (y - 30.0)) - 1.2), SHINE),
                              (R.coverage(FITTINGS[s])[None], FITTING[s])):
            R.over(layer, cover, colour)
            a += cover * (1 - a)
        alpha[s], front[s] = a[0], layer[0]
    stones = np.abs(np.sin(x * 1.7 + np.sin(y * 2.3) * 2.0) * np.sin(y * 2.1 + x * 0.4)) - 0.25
    return behind, alpha, front, 0.5 * R.coverage(-stones * 4.0)


BEHIND, FRONT_ALPHA, FRONT, STONES = _layers()
LOW = 36 - ROWS[0]  # the soil's surface is never above this row of the window
LEAF_ROWS = (20 - ROWS[0], 49 - ROWS[0])  # the rows the leaves can reach


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    part = img[:, :, ROWS[0]:ROWS[1], COLS[0]:COLS[1]]
    x, y = x[:, :, COLS[0]:COLS[1]], y[:, ROWS[0]:ROWS[1]]
    shape = f[:, 0].astype(int)
    part[:] = BEHIND[shape]
    g = SHAPES[shape]  # (n, h, w): negative inside the glass
    inside = R.coverage(g)
    # pebbles and soil fill the glass to the surface, with moss on top
    low, yl, gl = part[:, :, LOW:], y[:, LOW:], inside[:, LOW:]
    surface = R.col(FLOOR - 5.0 - 8.0 * f[:, 3])
    pebble_top = FLOOR - 0.4 * (FLOOR - surface)
    pebbles = gl * R.coverage(pebble_top - yl)
    R.over(low, pebbles, PEBBLES)
    R.over(low, pebbles * STONES[:, LOW:], (0.55, 0.53, 0.5))
    R.over(low, gl * R.coverage(np.maximum(surface - yl, yl - pebble_top)), SOIL)
    bumps = surface - 0.8 + 0.7 * np.sin(x * 1.9)
    R.over(low, gl * R.coverage(np.maximum(bumps - yl, yl - surface - 1.2)), MOSS)
    # the plants: fans of three pointed leaves, spread evenly across the glass
    r0, r1 = LEAF_ROWS
    mid, ym = part[:, :, r0:r1], y[:, r0:r1]
    count = f[:, 1].astype(int) + 1
    length = R.col(5.0 + 11.0 * f[:, 2])
    leaf = np.full((n, r1 - r0, x.shape[2]), np.inf, np.float32)
    for k in range(1, 5):  # the images with k plants: one fan of leaves, copied SPACING px apart
        idx = np.nonzero(count == k)[0]
        if not len(idx):
            continue
        px = 32.0 - (k - 1) / 2 * SPACING
        c0 = int(np.floor(px - FAN_W / 2)) - COLS[0]
        xs, base, long = x[:, :, c0:c0 + FAN_W], surface[idx], length[idx]
        fan = np.full((len(idx), r1 - r0, FAN_W), np.inf, np.float32)
        for angle, share in LEAVES:
            tx, ty = px + np.sin(angle) * long * share, base - np.cos(angle) * long * share
            d, h = R.segment_sdf(xs, ym, px, base, tx, ty, along=True)
            np.minimum(fan, d - (3.2 * np.sqrt(h * (1.0 - h)) + 0.25), out=fan)  # pointed at both ends
        for i in range(k):
            cols = slice(c0 + int(i * SPACING), c0 + int(i * SPACING) + FAN_W)
            leaf[idx, :, cols] = np.minimum(leaf[idx, :, cols], fan)
    leaves = R.coverage(np.maximum(leaf, g[:, r0:r1] + 0.5))
    R.over(mid, leaves, LEAF)
    R.over(mid, 0.6 * leaves * R.coverage(np.abs(leaf + 0.9) - 0.45), LEAF_DARK)  # the leaves' veins
    # condensation: a veil, and droplets as it thickens; then the glass's edges and fittings
    mist = R.col(f[:, 4])
    R.over(part, inside * (0.45 * mist + 0.5 * DROPS * np.clip(2.0 * mist - 0.4, 0.0, 1.0)), MIST)
    part *= 1.0 - FRONT_ALPHA[shape][:, None]
    part += FRONT[shape]
    return R.to_uint8(img)


def render(glass_shape: float, plants: float, plant_height: float, soil_depth: float, mist: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[glass_shape, plants, plant_height, soil_depth, mist]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("terrarium", arg, n, seed, FACTORS, sample_factors, _draw)
