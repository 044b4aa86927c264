"""`goldsmith`: a goldsmith's bench, a new chalice standing on it, a ring being soldered on a
charcoal block under a torch's flame and a small balance hanging on the wall, seen from the
front (64x64 RGB).

The wall behind the bench is dark green; on its left hangs a wooden tool board with files and
a pair of pliers. A wooden bench runs across the lower part of the image. On the left of the
bench stands a new chalice: a round foot, a stem with a knop half-way up and a deep bowl, its
rim catching the light. In the middle lies a black charcoal block with a small ring on it; a
brass torch reaches in from the right edge, its rubber hose trailing away, and its flame - a
blue cone round a pale core - points down at the block, glowing orange on the wall around it.
High on the right a brass balance hangs from a bracket, its two pans on chains, a gold nugget
in the left pan. Factors: what the goldwork is made of (the chalice, the ring and the nugget
alike: yellow, rose or white gold), how tall the chalice's stem is (the bowl rises with it),
how long the torch's flame is (from a short blue tip to a long flame reaching the block, with
the glow growing) and how far the balance's beam is tipped (the left pan down, level, or the
right pan down). The wall, the tool board, the bench, the block, the torch and the chalice's
foot and bowl size stay fixed; the whole chalice always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("metal", "what the goldwork is made of (yellow, rose or white gold)", "categorical",
           ("yellow gold", "rose gold", "white gold")),
    Factor("stem_length", "how tall the chalice's stem is (short to tall)", "continuous"),
    Factor("flame_length", "how long the torch's flame is (a short tip to reaching the block)", "continuous"),
    Factor("balance_tilt", "how far the balance's beam is tipped (left pan down to right pan down)",
           "continuous"),
)
# metal: a code 0..2 for yellow, rose and white gold (METALS); stem_length: 0..1 puts the
# bowl's bottom at y = 36.5..22.5 px above the foot (at y = 43 px), the bowl 11 px deep above it;
# flame_length: 0..1 is a flame 3..17 px long from the torch's nozzle, the glow's strength
# growing with it; balance_tilt: -0.35..0.35 radians of the beam about its pivot
# (negative: the left end down)
RANGES = ((0.0, 2.0), (0.0, 1.0), (0.0, 1.0), (-0.35, 0.35))
WALL, BOARD, TOOL, BENCH, BENCH_EDGE = (0.16, 0.27, 0.22), (0.46, 0.32, 0.19), (0.5, 0.52, 0.55), \
    (0.52, 0.36, 0.21), (0.66, 0.48, 0.3)
CHARCOAL, BRASS, HOSE = (0.13, 0.12, 0.12), np.array((0.78, 0.62, 0.3)), (0.2, 0.18, 0.17)
FLAME, FLAME_CORE, GLOW = (0.35, 0.55, 1.0), (0.85, 0.95, 1.0), (1.0, 0.62, 0.3)
METALS = np.array(((0.96, 0.77, 0.2), (0.9, 0.5, 0.44), (0.87, 0.88, 0.87)), np.float32)
BENCH_Y = 44.0
CUP_X, FOOT_Y, BOWL_RX, BOWL_RY = 15.0, 43.0, 9.5, 11.0
BLOCK_L, BLOCK_R, BLOCK_T = 30.0, 46.0, 39.5
RING_X, RING_Y = 38.0, 38.0
NOZZLE, AIM = np.array((52.0, 31.0)), np.array((-0.8, 0.6))  # the torch's tip and the flame's way
PIVOT_X, PIVOT_Y, BEAM, CHAIN = 46.0, 7.0, 11.0, 11.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    # the tool board: files and a pair of pliers hanging on it
    R.over(img, R.coverage(R.edges_sdf(x, y, 2.0, 24.0, 3.0, 24.0)), BOARD)
    files = np.min([R.segment_sdf(x, y, fx, 6.0, fx, 20.0) - 0.8 for fx in (6.0, 9.5)], 0)
    pliers = np.minimum(R.segment_sdf(x, y, 15.0, 6.0, 18.0, 21.0), R.segment_sdf(x, y, 21.0, 6.0, 18.0, 21.0)) - 0.9
    R.over(img, R.coverage(np.minimum(files, pliers)), TOOL)
    # the bench and the charcoal block on it
    R.over(img, R.below(BENCH_Y, 1), BENCH)
    R.over(img, R.coverage(np.abs(y - BENCH_Y - 1.0) - 1.0), BENCH_EDGE)
    R.over(img, R.coverage(np.maximum(np.abs(((x - 3.0) % 13.0) - 6.5) - 0.4, BENCH_Y + 3.0 - y)), BOARD)
    R.over(img, R.coverage(R.edges_sdf(x, y, BLOCK_L, BLOCK_R, BLOCK_T, BENCH_Y + 0.5)), CHARCOAL)
    # the torch: a brass nozzle from the right edge, its hose trailing down
    tube = R.segment_sdf(x, y, NOZZLE[0], NOZZLE[1], 64.0, NOZZLE[1] - 9.0) - 1.5
    R.over(img, R.coverage(R.segment_sdf(x, y, 62.0, NOZZLE[1] - 7.5, 64.0, 36.0) - 1.8), HOSE)
    R.over(img, R.coverage(tube), BRASS)
    # the balance's bracket, from the wall
    bracket = np.minimum(R.edges_sdf(x, y, PIVOT_X - 0.8, PIVOT_X + 0.8, 0.0, PIVOT_Y),
                         R.edges_sdf(x, y, PIVOT_X - 4.0, PIVOT_X + 4.0, 0.0, 1.5))
    R.over(img, R.coverage(bracket), CHARCOAL)
    return img[0]


SCENE = _scene()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    metal = METALS[f[:, 0].astype(int)]
    # the flame's glow on the wall and the block, then the flame
    reach = R.col(3.0 + 14.0 * f[:, 2])
    ex, ey = NOZZLE[0] + AIM[0] * reach, NOZZLE[1] + AIM[1] * reach
    glow = np.exp(-((x - ex) ** 2 + (y - ey) ** 2) / 60.0)
    R.over(img, (0.1 + 0.6 * reach / 17.0) * glow, GLOW)
    d, h = R.segment_sdf(x, y, NOZZLE[0] - 0.5, NOZZLE[1] + 0.3, ex, ey, along=True)
    taper = np.sqrt(np.clip(1.0 - h, 0.0, 1.0)) * np.clip(0.5 + 3.0 * h, 0.0, 1.0)
    R.over(img, R.coverage(d - (0.6 + 2.0 * taper)), FLAME)
    R.over(img, R.coverage(np.maximum(d - 1.1 * taper, (h - 0.55) * reach)), FLAME_CORE)
    # the ring on the block: a band seen a little from above
    band = np.abs(R.ellipse_sdf(x - RING_X, y - RING_Y, 3.4, 1.6)) - 0.8
    R.over(img, R.coverage(band), metal)
    # the chalice: foot, stem with a knop, deep bowl with a rim
    shine = 0.7 + 0.45 * np.clip(1.0 - np.abs((x - CUP_X) / BOWL_RX + 0.35) * 1.4, 0.0, 1.0)
    lit = metal[:, :, None, None] * shine[None]
    top = R.col(FOOT_Y - 1.5 - 5.0 - 14.0 * f[:, 1])  # the bowl's bottom
    foot = np.maximum(R.ellipse_sdf(x - CUP_X, y - FOOT_Y, 7.0, 2.4), y - FOOT_Y - 0.8)
    stem = np.maximum(np.abs(x - CUP_X) - 1.3, np.maximum(top - 1.0 - y, y - FOOT_Y))
    knop = R.ellipse_sdf(x - CUP_X, y - (top + FOOT_Y) / 2, 2.6, 1.7)
    rim = top - BOWL_RY
    bowl = np.maximum(R.ellipse_sdf(x - CUP_X, y - rim, BOWL_RX, BOWL_RY), rim - y)
    cup = np.minimum(np.minimum(foot, stem), np.minimum(knop, bowl))
    R.over(img, R.coverage(cup), lit)
    R.over(img, R.coverage(np.abs(R.ellipse_sdf(x - CUP_X, y - rim, BOWL_RX - 0.6, 1.6)) - 0.6), metal * 1.08)
    R.over(img, R.coverage(R.ellipse_sdf(x - CUP_X, y - rim, BOWL_RX - 1.4, 1.0)), metal * 0.5)
    # the balance: beam, chains and pans, a nugget in the left pan
    t = R.col(f[:, 3])
    lx, ly = PIVOT_X - BEAM * np.cos(t), PIVOT_Y - BEAM * np.sin(t)
    rx, ry = PIVOT_X + BEAM * np.cos(t), PIVOT_Y + BEAM * np.sin(t)
    beam = R.segment_sdf(x, y, lx, ly, rx, ry) - 0.9
    parts = [beam]
    for px, py in ((lx, ly), (rx, ry)):
        for dx in (-5.0, 5.0):
            parts.append(R.segment_sdf(x, y, px, py, px + dx, py + CHAIN) - 0.35)
        parts.append(np.maximum(R.ellipse_sdf(x - px, y - py - CHAIN, 6.5, 2.8), py + CHAIN - y))
    nugget = R.ellipse_sdf(x - lx + 1.0, y - ly - CHAIN + 0.6, 2.4, 1.6)
    R.over(img, R.coverage(nugget), metal)
    R.over(img, R.coverage(np.min(parts, 0)), BRASS)
    R.over(img, R.coverage(np.hypot(x - PIVOT_X, y - PIVOT_Y) - 1.5), CHARCOAL)
    return R.to_uint8(img)


def render(metal: float, stem_length: float, flame_length: float, balance_tilt: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[metal, stem_length, flame_length, balance_tilt]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("goldsmith", arg, n, seed, FACTORS, sample_factors, _draw)
