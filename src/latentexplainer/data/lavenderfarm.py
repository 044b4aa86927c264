"""`lavenderfarm`: rows of lavender running away to a low farmhouse on the horizon under a
summer sky, seen from the end of the rows (64x64 RGB).

The field fills the lower part of the image: long rows of rounded lavender bushes on bare
brown earth, drawn in perspective so that they narrow and close up towards a point just above
the horizon, each row darker along its edges. On the horizon lies a line of soft blue-green
hills, and on them, in front, a small stone farmhouse with a terracotta roof, a dark door and a
window; a dark cypress stands by the right edge. The sun hangs over the hills at the right,
with a glow round it, and the sky runs from the colour of the hour at its top to a lighter band
along the horizon. Factors: how high the sun stands (just over the hills, in an orange evening
sky, to high up in a clear blue one), where the farmhouse stands along the horizon (left to
right), how far the lavender is in bloom (grey-green buds to deep purple flowers) and how full
the bushes have grown (thin rows with wide earth between them to full rows nearly touching).
The field's perspective, the hills, the cypress and the house's size stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("sun_height", "how high the sun stands in the sky (low at evening to high)", "continuous"),
    Factor("house_x", "where the farmhouse stands along the horizon (left to right)", "continuous"),
    Factor("bloom", "how far the lavender is in bloom (green buds to purple flowers)", "continuous"),
    Factor("bush_size", "how full the lavender bushes have grown (thin rows to full rows)", "continuous"),
)
# sun_height: 0..1 puts the sun's middle at y = 21..5 px and turns the sky from an evening one
# (dusky blue over orange) to a day one (blue over pale blue); house_x: 0..1 puts the house's
# middle at x = 12..50 px; bloom: 0..1 blends the bushes' colour from grey-green to purple;
# bush_size: 0..1 makes each row 30..85 % of the spacing between rows wide
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
DUSK_TOP, DUSK_LOW = np.array((0.3, 0.34, 0.6)), np.array((0.98, 0.62, 0.36))
DAY_TOP, DAY_LOW = np.array((0.32, 0.58, 0.92)), np.array((0.76, 0.87, 0.97))
SUN_LOW, SUN_HIGH = np.array((1.0, 0.72, 0.35)), np.array((1.0, 0.98, 0.86))
HILLS, EARTH, CYPRESS = (0.42, 0.55, 0.52), (0.5, 0.37, 0.25), (0.13, 0.25, 0.14)
BUDS, FLOWERS = np.array((0.45, 0.58, 0.38)), np.array((0.52, 0.3, 0.74))
WALL, ROOF, DOOR = (0.9, 0.82, 0.64), (0.76, 0.34, 0.2), (0.3, 0.2, 0.15)
HORIZON, VANISH_X, VANISH_Y = 26.0, 32.0, 21.0
ROW = 0.36  # the spacing between rows, in perspective units (x offset over depth below the vanishing point)
SUN_X = 48.0
HOUSE_HW, HOUSE_H, ROOF_H = 6.0, 6.0, 5.0


def _field() -> tuple[np.ndarray, np.ndarray]:
    """Per pixel below the horizon: how far from the middle of its row (in px) and the row
    spacing there (in px)."""
    x, y = R.grid()
    depth = np.maximum(y - VANISH_Y, 1e-3)
    u = (x - VANISH_X) / depth / ROW + 0.5
    off = np.abs(u - np.round(u)) * ROW * depth  # px from the middle of the nearest row
    return off[0], (ROW * depth)[0]


OFF, SPACING = _field()


def _scenery() -> np.ndarray:
    """The hills, the cypress and the bare earth, with their coverage as a fourth channel."""
    x, y = R.grid()
    img = np.zeros((1, 4, R.SIZE, R.SIZE), np.float32)
    hills = R.coverage(20.5 + 1.8 * np.sin(x * 0.13 + 0.8) + 1.2 * np.sin(x * 0.31) - y)
    earth = R.below(HORIZON, 1)
    cypress = R.coverage(R.ellipse_sdf(x - 59.0, y - 19.0, 2.6, 8.5))
    for alpha, colour in ((hills, HILLS), (earth, EARTH), (cypress, CYPRESS)):
        img[:, :3] += alpha[:, None] * (np.asarray(colour, np.float32)[None, :, None, None] - img[:, :3])
        img[:, 3] = np.maximum(img[:, 3], alpha)
    return img[0]


SCENERY = _scenery()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    s = f[:, 0:1]
    # the sky: the hour's colour at the top to a lighter band at the horizon
    top = DUSK_TOP[None] + (DAY_TOP - DUSK_TOP)[None] * s
    low = DUSK_LOW[None] + (DAY_LOW - DUSK_LOW)[None] * s
    t = np.clip((np.arange(R.SIZE, dtype=np.float32) + 0.5) / HORIZON, 0.0, 1.0)[None, None, :, None]
    img = np.ascontiguousarray(np.broadcast_to(top[:, :, None, None] + (low - top)[:, :, None, None] * t,
                                               (n, 3, R.SIZE, R.SIZE)), np.float32)
    # the sun and its glow, then the hills, the earth and the cypress in front
    sy = R.col(21.0 - 16.0 * f[:, 0])
    rho = np.hypot(x - SUN_X, y - sy)
    sun = (SUN_LOW[None] + (SUN_HIGH - SUN_LOW)[None] * s).astype(np.float32)
    R.over(img, 0.5 * np.exp(-(rho ** 2) / 40.0), sun)
    R.over(img, R.coverage(rho - 3.5), sun)
    R.over(img, np.broadcast_to(SCENERY[3], (n, R.SIZE, R.SIZE)), SCENERY[:3])
    # the farmhouse: walls, a roof, a door and a window
    hx = R.col(12.0 + 38.0 * f[:, 1])
    base = HORIZON + 1.0
    walls = R.edges_sdf(x, y, hx - HOUSE_HW, hx + HOUSE_HW, base - HOUSE_H, base)
    R.over(img, R.coverage(walls), WALL)
    eave = base - HOUSE_H
    roof = (eave - ROOF_H + np.abs(x - hx) * ROOF_H / (HOUSE_HW + 1.5) - y) / 1.2
    R.over(img, R.coverage(np.maximum(roof, y - (eave + 0.5))), ROOF)
    R.over(img, R.coverage(R.edges_sdf(x, y, hx - 3.5, hx - 1.0, base - 4.0, base)), DOOR)
    R.over(img, R.coverage(R.edges_sdf(x, y, hx + 1.5, hx + 4.0, base - 4.5, base - 2.5)), DOOR)
    # the lavender rows, in perspective, darker along their edges
    width = R.col(0.15 + 0.275 * f[:, 3]) * SPACING
    # near the horizon, where rows are under 2 px apart, they blur into their mean cover
    sharp = np.clip((SPACING - 2.0) / 3.0, 0.0, 1.0)
    rows = (sharp * R.coverage(OFF - width) + (1.0 - sharp) * np.minimum(2.0 * width / SPACING, 1.0)) \
        * R.below(HORIZON + 0.5, n)
    colour = BUDS[None] + (FLOWERS - BUDS)[None] * f[:, 2:3]
    R.over(img, rows, colour)
    edge = np.clip(OFF / np.maximum(width, 1e-3), 0.0, 1.0) ** 2
    R.over(img, 0.45 * rows * edge, colour * 0.5)
    return R.to_uint8(img)


def render(sun_height: float, house_x: float, bloom: float, bush_size: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[sun_height, house_x, bloom, bush_size]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("lavenderfarm", arg, n, seed, FACTORS, sample_factors, _draw)
