"""`bandstand`: a park bandstand with a brass band playing under its pointed roof, seen from the
front, on a lawn in front of a row of trees (64x64 RGB).

The bandstand stands on a cream stone platform with steps in the middle of its front. Five
slender white pillars hold up a pointed roof of alternating lighter and darker panels, edged
along the bottom with a white scalloped valance and topped with a small gold ball. Inside, in
the shade under the roof, the musicians stand between the pillars: each wears a white jacket,
dark trousers and a dark peaked cap, and holds a gold horn in front of the chest. Behind are a
row of dark green trees and the sky; a green lawn runs along the bottom. In the rain the sky
and the lawn turn grey and dark and pale streaks of rain fall slanting across the whole
picture. Factors: how many musicians play (1 to 4; they fill the gaps between the pillars in a
fixed order: the middle two first, then the left one, then the right one), how tall the roof
is (low and flat to tall and steep), the hue of the roof (red through yellow and green to
purple) and how hard it rains (dry and blue-skied to a grey downpour). The platform, the
pillars, the valance, the roof's width, the musicians' look and the trees stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("musicians", "how many musicians play on the bandstand (1 to 4)", "categorical", ("1", "2", "3", "4")),
    Factor("roof_height", "height of the bandstand's pointed roof (low to tall)", "continuous"),
    Factor("roof_hue", "hue of the bandstand's roof (red through yellow and green to purple)", "continuous"),
    Factor("rain", "how hard it is raining (dry to a grey downpour)", "continuous"),
)
# musicians: code 0..3 is 1..4 musicians, standing in the gaps between the pillars in the order
# MUSICIANS (the middle two, then the left, then the right); roof_height: 0..1 puts the roof's
# apex 5..15 px above its eaves (at y = 17 px); roof_hue: 0..0.8 of the colour wheel (no wrap);
# rain: 0..1 blends the sky and the lawn from dry to wet and sets the rain streaks' opacity (0: none)
RANGES = ((0.0, 3.0), (0.0, 1.0), (0.0, 0.8), (0.0, 1.0))
DRY_SKY = (np.array((0.42, 0.64, 0.92)), np.array((0.74, 0.86, 0.97)))
WET_SKY = (np.array((0.4, 0.42, 0.46)), np.array((0.6, 0.62, 0.65)))
DRY_LAWN, WET_LAWN = (0.36, 0.62, 0.24), (0.2, 0.36, 0.17)
DRY_TREES, WET_TREES = (0.12, 0.34, 0.16), (0.1, 0.22, 0.13)
RAIN = (0.86, 0.89, 0.95)
STONE, STEP, SHADE = (0.86, 0.81, 0.7), (0.93, 0.9, 0.82), (0.17, 0.19, 0.17)
WHITE, JACKET, TROUSERS, CAP = (0.94, 0.93, 0.89), (0.97, 0.97, 0.95), (0.12, 0.13, 0.2), (0.1, 0.1, 0.16)
SKIN, GOLD = (0.9, 0.72, 0.58), (0.95, 0.76, 0.2)
LAWN_Y, FLOOR_Y, EAVES_Y = 50.0, 44.0, 17.0
PLATFORM = (8.0, 56.0, FLOOR_Y, 52.0)  # left, right, top, bottom
PILLARS = (10.0, 21.0, 32.0, 43.0, 54.0)
PILLAR_HW = 1.2
MUSICIANS = (26.5, 37.5, 15.5, 48.5)  # the gaps between the pillars, in the order they fill
ROOF_HW = 28.0  # the roof's half-width at the eaves
ROWS = (17, 45)  # the rows the musicians reach


def _background(sky, lawn, trees) -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(*sky, end=LAWN_Y)[None].copy()
    crowns = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for cx, cy, r in ((4, 40, 9), (16, 36, 8), (30, 38, 10), (46, 35, 9), (60, 39, 8), (38, 42, 7)):
        np.minimum(crowns, R.ellipse_sdf(x - cx, y - cy, r, 0.85 * r), out=crowns)
    R.over(img, R.coverage(np.minimum(crowns, 40.0 - y)), trees)  # the crowns over a dark band of trees
    R.over(img, R.below(LAWN_Y, 1), lawn)
    return img[0]


DRY, WET = _background(DRY_SKY, DRY_LAWN, DRY_TREES), _background(WET_SKY, WET_LAWN, WET_TREES)


def _streaks() -> np.ndarray:
    x, y = R.grid()
    rng = np.random.default_rng(7)
    d = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for sx, sy in rng.uniform(-4, 68, (110, 2)):
        np.minimum(d, R.segment_sdf(x, y, sx, sy, sx - 1.6, sy + 6.0), out=d)
    return R.coverage(d - 0.35)[0]


STREAKS = _streaks()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    rain = f[:, 3].astype(np.float32)[:, None, None, None]
    img = DRY[None] + (WET - DRY)[None] * rain
    # the platform, its steps, and the shade under the roof
    R.over(img, np.broadcast_to(R.coverage(R.edges_sdf(x, y, *PLATFORM)), (n, R.SIZE, R.SIZE)), STONE)
    steps = R.coverage(R.edges_sdf(x, y, 25.0, 39.0, 49.0, 55.0))
    steps *= 1.0 - 0.25 * R.coverage(np.abs(y - 52.0) - 0.5)  # the edge of the lower step
    R.over(img, np.broadcast_to(steps, (n, R.SIZE, R.SIZE)), STEP)
    R.over(img, np.broadcast_to(R.coverage(R.edges_sdf(x, y, 9.0, 55.0, EAVES_Y, FLOOR_Y)), (n, R.SIZE, R.SIZE)),
           SHADE)
    # the musicians, in the rows they reach, each in its own gap
    r0, r1 = ROWS
    code = f[:, 0]
    for k, mx in enumerate(MUSICIANS):
        c0, c1 = int(mx) - 5, int(mx) + 6
        part, u, v = img[:, :, r0:r1, c0:c1], x[:, :, c0:c1] - mx, y[:, r0:r1]
        here = R.col(code >= k)
        R.over(part, here * R.coverage(R.box_sdf(u, v - 40.5, 2.3, 3.6)), TROUSERS)
        R.over(part, here * R.coverage(R.ellipse_sdf(u, v - 33.0, 3.8, 5.6)), JACKET)
        R.over(part, here * R.coverage(np.hypot(u, v - 25.6) - 2.6), SKIN)
        R.over(part, here * R.coverage(R.box_sdf(u + 0.4, v - 23.2, 2.9, 1.2)), CAP)
        horn = np.minimum(np.hypot(u - 1.6, v - 32.5) - 2.6, R.segment_sdf(u, v, 1.6, 32.5, -1.5, 28.2) - 0.8)
        R.over(part, here * R.coverage(horn), GOLD)
    # the pillars, the roof with its valance and finial
    pillars = np.min([np.abs(x - px) for px in PILLARS], axis=0) - PILLAR_HW
    R.over(img, np.broadcast_to(R.coverage(np.maximum(pillars, np.abs(y - 31.0) - 13.0)), (n, R.SIZE, R.SIZE)),
           WHITE)
    h = R.col(5 + 10 * f[:, 1])
    apex = EAVES_Y - h
    slope = h / ROOF_HW
    edge = (apex + np.abs(x - 32.0) * slope - y) / np.sqrt(1 + slope * slope)
    roof = R.coverage(np.maximum(edge, y - EAVES_Y - 0.5))
    across = (x - 32.0) * slope / np.maximum(y - apex, 0.5)  # -1..1 from the left eave to the right
    panels = (np.floor(across * 4.0 + 8.0) % 2.0).astype(np.float32)
    light, dark = R.hsv(f[:, 2], 0.7, 0.82), R.hsv(f[:, 2], 0.75, 0.62)
    R.over(img, roof, light)
    R.over(img, roof * panels, dark)
    valance = R.edges_sdf(x, y, 32.0 - ROOF_HW - 1.0, 32.0 + ROOF_HW + 1.0, EAVES_Y - 0.5,
                          EAVES_Y + 2.5 + 1.2 * np.abs(np.sin(np.pi * (x - 4.0) / 4.0)))
    R.over(img, np.broadcast_to(R.coverage(valance), (n, R.SIZE, R.SIZE)), WHITE)
    R.over(img, R.coverage(np.hypot(x - 32.0, y - (apex - 1.2)) - 1.6), GOLD)
    # the rain
    R.over(img, 0.7 * rain[:, 0] * STREAKS, RAIN)
    return R.to_uint8(img)


def render(musicians: float, roof_height: float, roof_hue: float, rain: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[musicians, roof_height, roof_hue, rain]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("bandstand", arg, n, seed, FACTORS, sample_factors, _draw)
