"""`assayer`: an assayer's bench, a brass balance weighing a nugget against two weights, a stack
of ingots and an oil lamp, in front of a dark green wall, seen from the front (64x64 RGB).

The wall is a dark green with faint upright stripes; a wooden bench fills the lower part of the
image, its top a lighter band and its front edge darker. In the middle stands the balance: a
dark wooden base, a brass pillar and, pivoted on top of it, a brass beam with a pointer hanging
from its middle; from each end of the beam a pair of chains holds a shallow brass pan. A lumpy
nugget lies in the left pan, two bell-shaped brass weights stand in the right one. At the front
on the left lie three ingots of the same metal as the nugget, two side by side and one on top;
at the front on the right stands an oil lamp - a brass foot, a round glass font and a tall
glass chimney with the flame inside - whose light warms the bench and the wall. Factors: how
far the balance's beam tips (the left pan down, through level, to the right pan down), the
metal of the nugget and the ingots (gold, silver or copper), how big the nugget is (small to
large) and how brightly the lamp burns (turned low, the room dim, to bright). The wall, the
bench, the balance's size, the weights and the lamp's place stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("tilt", "how far the balance's beam tips (left pan down to right pan down)", "continuous"),
    Factor("metal", "the metal of the nugget and the ingots (gold, silver or copper)", "categorical",
           ("gold", "silver", "copper")),
    Factor("nugget_size", "size of the nugget in the left pan (small to large)", "continuous"),
    Factor("lamp", "how brightly the oil lamp burns (turned low to bright)", "continuous"),
)
# tilt: -0.3..0.3 radians of the beam from level (negative: the left end down), the beam 17 px
# to each side of the pivot at (32, 12) px and each pan's rim 16 px below its end; metal: a code
# 0..2 for the colours of METALS; nugget_size: 0..1 is a nugget 2..9 px in half-width (0.8 times
# that in half-height) sitting on the left pan's rim; lamp: 0..1 makes the flame 1.5..6 px tall,
# lights the scene from 0.55 to 1.0 of its full brightness and strengthens the lamp's glow
RANGES = ((-0.3, 0.3), (0.0, 2.0), (0.0, 1.0), (0.0, 1.0))
WALL, WALL_LINE = (0.17, 0.29, 0.24), (0.14, 0.25, 0.2)
BENCH_TOP, BENCH_EDGE, BENCH_LINE, BASE = (0.58, 0.42, 0.26), (0.36, 0.24, 0.14), (0.5, 0.35, 0.21), (0.26, 0.17, 0.1)
BRASS, BRASS_DARK = (0.86, 0.68, 0.3), (0.6, 0.44, 0.16)
METALS = np.array(((1.0, 0.82, 0.14), (0.8, 0.82, 0.88), (0.78, 0.34, 0.26)), np.float32)
GLASS, FLAME, FLAME_CORE, GLOW = (0.86, 0.92, 0.9), (1.0, 0.62, 0.15), (1.0, 0.95, 0.7), (1.0, 0.8, 0.45)
BENCH_Y, EDGE_Y = 46.0, 60.0
PIVOT_X, PIVOT_Y, ARM, CHAIN = 32.0, 12.0, 17.0, 16.0
PAN_RX, PAN_RY = 8.5, 3.0
INGOTS = ((8.5, 56.5), (24.0, 56.5), (16.25, 50.5))  # the ingots' middles (x, y), px
INGOT_HW, INGOT_HH = 7.5, 3.0
LAMP_X, FONT_Y, FLAME_Y = 53.0, 53.0, 46.5


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, R.coverage(np.abs((x % 6.0) - 3.0) - 2.4), WALL_LINE)
    R.over(img, R.below(BENCH_Y, 1), BENCH_TOP)
    R.over(img, R.coverage(np.maximum(np.abs(((y - BENCH_Y) % 4.5) - 2.25) - 0.35, BENCH_Y + 1.0 - y)), BENCH_LINE)
    R.over(img, R.below(EDGE_Y, 1), BENCH_EDGE)
    # the balance's base, pillar and the pointer's scale
    R.over(img, R.coverage(R.edges_sdf(x, y, PIVOT_X - 7.0, PIVOT_X + 7.0, 47.0, 50.5) - 0.5), BASE)
    R.over(img, R.coverage(R.edges_sdf(x, y, PIVOT_X - 1.0, PIVOT_X + 1.0, PIVOT_Y, 47.0)), BRASS)
    scale = np.maximum(np.abs(np.hypot(x - PIVOT_X, y - PIVOT_Y) - 12.0) - 0.5, np.abs(x - PIVOT_X) - 4.0)
    R.over(img, R.coverage(np.maximum(scale, PIVOT_Y + 8.0 - y)), BRASS_DARK)
    return img[0]


SCENE = _scene()


def _ingots():
    x, y = R.grid()
    body = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    tops = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for ix, iy in INGOTS:  # trapezoids, narrower on top, with a lighter top face
        taper = INGOT_HW - 1.2 * (iy + INGOT_HH - y) / (2 * INGOT_HH)
        d = np.maximum(np.abs(x - ix) - taper, np.abs(y - iy) - INGOT_HH)
        np.minimum(body, d, out=body)
        np.minimum(tops, np.maximum(d, y - (iy - INGOT_HH + 1.4)), out=tops)
    return R.coverage(body), R.coverage(tops), R.coverage(np.abs(body) - 0.35)


INGOT_BODY, INGOT_TOP, INGOT_EDGE = _ingots()


def _lamp():
    x, y = R.grid()
    foot = R.ellipse_sdf(x - LAMP_X, y - 58.0, 5.0, 1.4)
    foot = np.minimum(foot, R.edges_sdf(x, y, LAMP_X - 1.4, LAMP_X + 1.4, 55.0, 58.0))
    font = R.ellipse_sdf(x - LAMP_X, y - FONT_Y, 5.0, 3.2)
    collar = R.edges_sdf(x, y, LAMP_X - 2.8, LAMP_X + 2.8, 48.5, 50.5)
    half = 2.6 + 1.0 * np.exp(-((y - 45.0) / 2.5) ** 2)
    chimney = np.maximum(np.abs(x - LAMP_X) - half, np.maximum(36.0 - y, y - 49.0))
    return R.coverage(foot), R.coverage(font), R.coverage(collar), R.coverage(chimney), \
        R.coverage(np.abs(chimney) - 0.35)


LAMP_FOOT, LAMP_FONT, LAMP_COLLAR, LAMP_CHIMNEY, LAMP_OUTLINE = _lamp()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    metal = METALS[f[:, 1].astype(int)]
    # the beam, the pointer and the pans on their chains
    a = R.col(f[:, 0])
    ca, sa = np.cos(a), np.sin(a)
    beam = R.segment_sdf(x, y, PIVOT_X - ARM * ca, PIVOT_Y - ARM * sa, PIVOT_X + ARM * ca, PIVOT_Y + ARM * sa) - 1.1
    pointer = R.segment_sdf(x, y, PIVOT_X, PIVOT_Y, PIVOT_X - 11.0 * sa, PIVOT_Y + 11.0 * ca) - 0.5
    R.over(img, R.coverage(np.minimum(beam, pointer)), BRASS)
    R.over(img, R.coverage(np.hypot(x - PIVOT_X, y - PIVOT_Y) - 1.8), BRASS_DARK)
    for side in (-1.0, 1.0):
        ex, ey = PIVOT_X + side * ARM * ca, PIVOT_Y + side * ARM * sa
        rim = ey + CHAIN
        chains = np.minimum(R.segment_sdf(x, y, ex, ey, ex - PAN_RX + 1.0, rim),
                            R.segment_sdf(x, y, ex, ey, ex + PAN_RX - 1.0, rim)) - 0.35
        R.over(img, 0.85 * R.coverage(chains), BRASS_DARK)
        if side < 0:  # the nugget, sitting on the left pan
            rx = R.col(2.0 + 7.0 * f[:, 2])
            ry = 0.8 * rx
            u, v = x - ex, y - (rim - 0.8 * ry)
            lump = R.ellipse_sdf(u, v, rx, ry) - 0.5 * np.sin(3.0 * np.arctan2(v, u) + 1.0) * rx / 5.0
            cover = R.coverage(lump)
            R.over(img, cover, metal * 0.7)
            R.over(img, cover * R.coverage(R.ellipse_sdf(u + 0.25 * rx, v + 0.25 * ry, 0.7 * rx, 0.65 * ry)), metal)
            R.over(img, 0.8 * cover * R.coverage(np.hypot(u + 0.35 * rx, v + 0.35 * ry) - 0.22 * rx), (1.0, 1.0, 0.95))
        else:  # two bell-shaped weights on the right pan
            for wx, wh in ((-3.0, 5.5), (3.4, 4.0)):
                t = np.clip((rim - y) / wh, 0.0, 1.0)
                bell = np.maximum(np.abs(x - ex - wx) - (0.48 * wh - 0.12 * wh * t), np.maximum(rim - wh - y, y - rim))
                knob = np.hypot(x - ex - wx, y - (rim - wh - 0.8)) - 0.6 - 0.1 * wh
                R.over(img, R.coverage(np.minimum(bell, knob)), BRASS_DARK)
                R.over(img, R.coverage(np.maximum(bell, x - ex - wx + 0.1 * wh)), BRASS)
        pan = np.maximum(R.ellipse_sdf(x - ex, y - rim, PAN_RX, PAN_RY), rim - y)
        R.over(img, R.coverage(np.minimum(pan, np.abs(y - rim) - 0.6 + np.maximum(np.abs(x - ex) - PAN_RX, 0.0))), BRASS)
        R.over(img, R.coverage(np.maximum(pan, np.abs(y - rim - 1.6) - 0.5)), BRASS_DARK)
    # the ingots at the front
    R.over(img, INGOT_BODY, metal * 0.78)
    R.over(img, INGOT_TOP, metal)
    R.over(img, 0.6 * INGOT_EDGE, metal * 0.45)
    # the lamp's light: the whole scene dims as it is turned down, a warm glow round it
    light = R.col(f[:, 3])
    img *= 0.55 + 0.45 * light[:, None]
    glow = np.exp(-((x - LAMP_X) ** 2 + (y - FLAME_Y) ** 2) / 240.0)
    R.over(img, (0.1 + 0.5 * light) * glow, GLOW)
    # the lamp itself: foot, font, collar, glass chimney and flame
    R.over(img, LAMP_FOOT, BRASS)
    R.over(img, 0.8 * LAMP_FONT, GLASS)
    R.over(img, LAMP_COLLAR, BRASS)
    R.over(img, 0.25 * LAMP_CHIMNEY, GLASS)
    R.over(img, 0.7 * LAMP_OUTLINE, GLASS)
    tall = 1.5 + 4.5 * light
    flame = R.ellipse_sdf(x - LAMP_X, y - (FLAME_Y + 1.5 - tall / 2), 1.3 + 0.4 * light, tall / 2)
    R.over(img, R.coverage(flame), FLAME)
    core = R.ellipse_sdf(x - LAMP_X, y - (FLAME_Y + 1.5 - tall / 3), 0.7 + 0.2 * light, tall / 3)
    return R.to_uint8(R.over(img, R.coverage(core), FLAME_CORE))


def render(tilt: float, metal: float, nugget_size: float, lamp: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[tilt, metal, nugget_size, lamp]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("assayer", arg, n, seed, FACTORS, sample_factors, _draw)
