"""`fernery`: three potted ferns on a wooden bench inside a Victorian glasshouse, seen from the
front (64x64 RGB).

Behind the bench is the glasshouse's wall of pale green-tinted glass panes held in white
glazing bars; below the bench is a floor of red and black tiles. On the bench stand three pots
in a row, each a tapering pot with a rim, and from each pot five fern fronds fan out - the
middle one upright, the others leaning further and further out to each side - every frond a
green blade with a dark midrib whose serrated edge narrows to its tip. Sunlight can fall
through the glass in broad diagonal shafts across the whole scene, and the panes can be misted
over with condensation. Factors: how big the ferns are (their fronds short to long), what the
pots are (terracotta, blue glaze or white stone), how strongly the sun shines in (overcast, no
shafts, to bright shafts) and how misted the glass is (clear to fogged white). The bench, the
pots' places and shapes, the fronds' directions, the glazing bars and the floor stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("fern_size", "how big the ferns are (small to large)", "continuous"),
    Factor("pots", "what the pots are (terracotta, blue glaze or white stone)", "categorical",
           ("terracotta", "blue glaze", "white stone")),
    Factor("sunlight", "how strongly the sun shines in (overcast to bright shafts)", "continuous"),
    Factor("mist", "how misted the glass is (clear to fogged)", "continuous"),
)
# fern_size: 0..1 makes every frond 7..21 px long from the pot's rim (and up to 1.6..3.2 px
# wide at its base); pots: codes 0..2 as named; each pot is centred at x = 14, 32 or 50 px, its
# body tapering from a half-width of 5.5 px at y = 38 px to 4 px at the bench (y = 46 px) under
# a rim 2.5 px deep and 13.6 px wide; sunlight: 0..1 raises the shafts (bands 7 px wide every
# 18 px, running down to the right at 45 degrees) from nothing to 0.45 opacity; mist: 0..1
# raises a white haze over the panes (not their bars, the bench, the pots or the ferns) from
# nothing to 0.8 opacity
RANGES = ((0.0, 1.0), (0.0, 2.0), (0.0, 1.0), (0.0, 1.0))
GLASS_TOP, GLASS_BOTTOM = np.array((0.62, 0.76, 0.74)), np.array((0.74, 0.84, 0.8))
BARS, HAZE, SUN = (0.93, 0.93, 0.9), (0.94, 0.96, 0.96), (1.0, 0.93, 0.62)
BENCH, BENCH_DARK, TILE_A, TILE_B = (0.5, 0.33, 0.18), (0.32, 0.2, 0.11), (0.62, 0.22, 0.16), (0.14, 0.12, 0.12)
POTS = np.array(((0.78, 0.4, 0.22), (0.14, 0.34, 0.74), (0.9, 0.9, 0.86)), np.float32)
FROND, RIB = (0.2, 0.56, 0.2), (0.08, 0.3, 0.1)
BENCH_Y, FLOOR_Y, GLASS_Y = 46.0, 55.0, 50.0  # the bench's top, the floor's top, the glass's foot
POTS_X, RIM_Y, RIM_HH, RIM_HW, POT_TOP_HW, POT_FOOT_HW = (14.0, 32.0, 50.0), 36.75, 1.25, 6.8, 5.5, 4.0
LEANS = (-1.25, -0.6, 0.0, 0.6, 1.25)  # the fronds' angles from upright, radians
PANE_W, PANE_H = 11.0, 12.0  # the glazing bars' spacing
SHAFT_PERIOD, SHAFT_W = 18.0, 7.0
FERN_ROWS = (12, 39)  # the rows the fronds can reach


def _scene() -> tuple[np.ndarray, np.ndarray]:
    """The glass wall (3, H, W) and where its panes show between the bars (H, W)."""
    x, y = R.grid()
    img = np.empty((1, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = R.vertical_gradient(GLASS_TOP, GLASS_BOTTOM, GLASS_Y)
    bars = np.minimum(np.abs(((x + 2.0) % PANE_W) - 0.5), np.abs((y % PANE_H) - 0.5)) - 0.6
    bars = R.coverage(np.broadcast_to(bars, (1, R.SIZE, R.SIZE)))
    R.over(img, bars, BARS)
    return img[0], (1.0 - bars[0]) * R.coverage(y - GLASS_Y)[0]


GLASS, PANES = _scene()


def _fixed() -> tuple[np.ndarray, np.ndarray]:
    """The bench and the floor (3, H, W) and their coverage (H, W)."""
    x, y = R.grid()
    img = R.canvas(1, (0.0, 0.0, 0.0))
    alpha = np.zeros((1, R.SIZE, R.SIZE), np.float32)
    for cover, colour in (
        (R.below(GLASS_Y, 1), BENCH_DARK),
        (R.coverage(R.edges_sdf(x, y, -1.0, 65.0, BENCH_Y, BENCH_Y + 3.0)), BENCH),
        (R.coverage(np.minimum(R.edges_sdf(x, y, 5.0, 8.0, BENCH_Y, FLOOR_Y), R.edges_sdf(x, y, 56.0, 59.0, BENCH_Y,
                                                                                         FLOOR_Y))), BENCH),
        (R.below(FLOOR_Y, 1), TILE_A),
        (R.below(FLOOR_Y, 1) * ((np.floor(x / 4.0) + np.floor(y / 3.0)) % 2), TILE_B),
    ):
        R.over(img, cover, colour)
        alpha = alpha + cover * (1 - alpha)
    return img[0], alpha[0]


FIXED, FIXED_ALPHA = _fixed()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = GLASS
    R.over(img, 0.8 * R.col(f[:, 3]) * PANES, HAZE)
    R.over(img, np.broadcast_to(FIXED_ALPHA, (n, R.SIZE, R.SIZE)), FIXED / np.maximum(FIXED_ALPHA, 1e-6))
    # the ferns: five serrated fronds from each pot's rim, drawn only in the rows they can reach
    r0, r1 = FERN_ROWS
    part, yp = img[:, :, r0:r1], y[:, r0:r1]
    length = R.col(7 + 14 * f[:, 0])
    width = 1.6 + 1.6 * f[:, 0:1, None]
    fronds = np.full((n, r1 - r0, R.SIZE), np.inf, np.float32)
    ribs = np.full((n, r1 - r0, R.SIZE), np.inf, np.float32)
    for px in POTS_X:
        for a in LEANS:
            ex, ey = px + length * np.sin(a), RIM_Y - length * np.cos(a)
            d, h = R.segment_sdf(x, yp, px + 1.5 * np.sin(a), RIM_Y, ex, ey, along=True)
            teeth = 0.5 + 0.5 * np.abs(np.sin(h * length * 1.6))
            np.minimum(fronds, d - width * (1.0 - 0.85 * h) * teeth, out=fronds)
            np.minimum(ribs, d, out=ribs)
    R.over(part, R.coverage(fronds), FROND)
    R.over(part, 0.8 * R.coverage(ribs - 0.35), RIB)
    # the pots: a tapering body under a rim
    colour = POTS[f[:, 1].astype(int)]
    pots = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for px in POTS_X:
        t = np.clip((y - (RIM_Y + RIM_HH)) / (BENCH_Y - RIM_Y - RIM_HH), 0.0, 1.0)
        hw = POT_TOP_HW + (POT_FOOT_HW - POT_TOP_HW) * t
        body = np.maximum(np.abs(x - px) - hw, np.maximum(RIM_Y - y, y - BENCH_Y))
        rim = R.box_sdf(x - px, y - RIM_Y, RIM_HW, RIM_HH)
        np.minimum(pots, np.minimum(body, rim), out=pots)
    R.over(img, np.broadcast_to(R.coverage(pots), (n, R.SIZE, R.SIZE)), colour)
    rim_shadow = R.coverage(np.maximum(np.abs(y - (RIM_Y + RIM_HH + 0.5)) - 0.5, pots))
    R.over(img, 0.35 * np.broadcast_to(rim_shadow, (n, R.SIZE, R.SIZE)), (0.0, 0.0, 0.0))
    # the sun's shafts, over everything
    shafts = R.coverage(np.abs(((x - y) % SHAFT_PERIOD) - SHAFT_PERIOD / 2) - SHAFT_W / 2)
    R.over(img, 0.45 * R.col(f[:, 2]) * shafts, SUN)
    return R.to_uint8(img)


def render(fern_size: float, pots: float, sunlight: float, mist: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[fern_size, pots, sunlight, mist]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("fernery", arg, n, seed, FACTORS, sample_factors, _draw)
