"""`lapidary`: a lapidary's bench, a cut gemstone on a velvet pad under a hanging oil lamp,
beside a grinding wheel and a glass jar of water, seen from the front (64x64 RGB).

The workshop's wall is of dark wooden panels; a wooden bench runs across the lower part of the
image, its top a lighter band and its front darker. On the left a round grey grinding wheel
stands on the bench in a dark iron frame, a hub at its middle. In the middle of the bench a
faceted gemstone rests on a small black velvet pad: a brilliant cut seen from the side, a flat
table on top, a sloping crown and a pointed pavilion below, its facets lighter and darker, with
a white sparkle. On the right stands a tall glass jar, its glass pale against the wall, filled
to some height with blue-tinted water. An oil lamp - a brass base under a glowing glass
chimney - hangs on a thin cord from the top of the image above the gem, and casts a warm glow
on the wall around it. Factors: the size of the gem (small to large), the hue of the gem (the
whole colour wheel, coming round to where it began), how high the lamp hangs (low over the
bench to high up near the ceiling) and how full the jar is (nearly empty to nearly full). The
wall, the bench, the wheel, the pad and the jar stay fixed; the gem always rests on its pad.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("gem_size", "size of the cut gemstone on its pad (small to large)", "continuous"),
    Factor("gem_hue", "hue of the gemstone", "cyclic", period=1.0),
    Factor("lamp_height", "how high the oil lamp hangs (low over the bench to high up)", "continuous"),
    Factor("jar_water", "how full of water the glass jar is (nearly empty to nearly full)", "continuous"),
)
# gem_size: 0..1 is a gem 5..11 px in half-width, the tip of its pavilion on the pad;
# gem_hue: 0..1 of the colour wheel, a whole turn (0 and 1 are the same red); lamp_height: 0..1
# hangs the lamp's base at y = 30..10 px; jar_water: 0..1 fills the jar (inside y = JAR_TOP..
# JAR_BOTTOM px) to 0.1..0.95 of its height
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
WALL, PANEL = (0.3, 0.22, 0.17), (0.25, 0.18, 0.13)
BENCH_TOP, BENCH_FRONT = (0.64, 0.5, 0.34), (0.44, 0.31, 0.19)
STONE, STONE_DARK, IRON = (0.62, 0.6, 0.56), (0.46, 0.44, 0.41), (0.16, 0.16, 0.18)
VELVET, GLASS, GLASS_EDGE, WATER = (0.06, 0.05, 0.07), (0.5, 0.5, 0.5), (0.86, 0.9, 0.92), (0.3, 0.55, 0.85)
BRASS, FLAME, GLOW, CORD = (0.78, 0.6, 0.24), (1.0, 0.9, 0.55), (1.0, 0.78, 0.45), (0.1, 0.08, 0.06)
TOP_Y, FRONT_Y = 46.0, 52.0  # the bench's top surface, and its front edge
WHEEL_X, WHEEL_Y, WHEEL_R = 12.0, 33.0, 10.0
GEM_X, PAD_Y = 32.0, 47.5
JAR_L, JAR_R, JAR_TOP, JAR_BOTTOM = 45.0, 59.0, 20.0, 47.0
LAMP_X = 32.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    panels = R.box_sdf(((x + 1.0) % 16.0) - 8.0, ((y + 2.0) % 20.0) - 10.0, 6.0, 8.0)
    R.over(img, R.coverage(-panels) * R.coverage(panels + 1.2), PANEL)
    R.over(img, R.below(TOP_Y, 1), BENCH_TOP)
    R.over(img, R.below(FRONT_Y, 1), BENCH_FRONT)
    R.over(img, R.coverage(np.maximum(np.abs(((x - 3.0) % 21.0) - 10.5) - 0.5, FRONT_Y + 1.0 - y)), (0.36, 0.25, 0.15))
    # the grinding wheel in its frame
    frame = np.minimum(R.segment_sdf(x, y, WHEEL_X - 7.0, TOP_Y + 2.0, WHEEL_X, WHEEL_Y) - 1.2,
                       R.segment_sdf(x, y, WHEEL_X + 7.0, TOP_Y + 2.0, WHEEL_X, WHEEL_Y) - 1.2)
    R.over(img, R.coverage(frame), IRON)
    rho = np.hypot(x - WHEEL_X, y - WHEEL_Y)
    R.over(img, R.coverage(rho - WHEEL_R), STONE)
    R.over(img, R.coverage(np.abs(rho - WHEEL_R + 1.5) - 0.6), STONE_DARK)
    R.over(img, R.coverage(rho - 2.5), IRON)
    # the velvet pad
    R.over(img, R.coverage(R.ellipse_sdf(x - GEM_X, y - (PAD_Y + 1.0), 11.0, 2.4)), VELVET)
    # the jar: a pale glass body (its water drawn later) and its rim
    R.over(img, 0.3 * R.coverage(R.edges_sdf(x, y, JAR_L, JAR_R, JAR_TOP, JAR_BOTTOM)), GLASS)
    return img[0]


SCENE = _scene()


def _jar():
    """The jar's outline (its sides, foot and rim), drawn over its water."""
    x, y = R.grid()
    walls = np.abs(R.edges_sdf(x, y, JAR_L, JAR_R, JAR_TOP, JAR_BOTTOM)) - 0.7
    walls = np.maximum(walls, JAR_TOP + 0.5 - y)
    rim = R.ellipse_sdf(x - (JAR_L + JAR_R) / 2, y - JAR_TOP, (JAR_R - JAR_L) / 2 + 0.5, 1.6)
    return R.coverage(np.minimum(walls, np.abs(rim) - 0.6))


JAR = _jar()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the lamp's glow on the wall, its cord, base and glowing chimney
    ly = R.col(30.0 - 20.0 * f[:, 2])
    glow = np.exp(-((x - LAMP_X) ** 2 + (y - ly + 4.0) ** 2) / 90.0)
    R.over(img, 0.55 * glow, GLOW)
    R.over(img, R.coverage(np.maximum(np.abs(x - LAMP_X) - 0.5, y - ly + 8.0)), CORD)
    chimney = np.maximum(R.ellipse_sdf(x - LAMP_X, y - (ly - 4.5), 2.6, 4.0), y - ly)
    R.over(img, R.coverage(chimney), FLAME)
    base = np.maximum(R.ellipse_sdf(x - LAMP_X, y - ly, 4.5, 2.6), y - ly - 2.6)
    R.over(img, R.coverage(np.minimum(base, R.box_sdf(x - LAMP_X, y - (ly - 8.5), 1.8, 0.8))), BRASS)
    # the water in the jar, and the jar over it
    level = R.col(JAR_BOTTOM - (JAR_BOTTOM - JAR_TOP) * (0.1 + 0.85 * f[:, 3]))
    water = np.maximum(R.edges_sdf(x, y, JAR_L, JAR_R, 0.0, JAR_BOTTOM), level - y)
    R.over(img, 0.85 * R.coverage(water), WATER)
    R.over(img, 0.9 * R.coverage(np.maximum(np.abs(y - level - 0.5) - 0.5, np.abs(x - (JAR_L + JAR_R) / 2) - 6.5)),
           (0.7, 0.85, 0.98))
    R.over(img, JAR, GLASS_EDGE)
    # the gem: crown above the girdle, pavilion below it, facets lighter and darker
    hw = R.col(5.0 + 6.0 * f[:, 0])
    crown, pavilion = 0.45 * hw, 0.8 * hw
    gy = PAD_Y - pavilion + 1.0  # the girdle
    u, v = x - GEM_X, y - gy
    top = np.maximum(np.maximum(-v - crown, v), (np.abs(u) * crown - (0.6 * hw * crown + 0.4 * hw * (v + crown)))
                     / np.hypot(crown, 0.4 * hw))
    bottom = np.maximum(-v, (np.abs(u) * pavilion - hw * (pavilion - v)) / np.hypot(pavilion, hw))
    colour = R.hsv(f[:, 1], 0.8, 0.85)
    light, dark = R.hsv(f[:, 1], 0.45, 1.0), R.hsv(f[:, 1], 0.9, 0.5)
    gem = R.coverage(np.minimum(top, bottom))
    R.over(img, gem, colour)
    facets = R.coverage(np.maximum(np.minimum(top, bottom), -np.abs(u) + 0.5 * np.abs(v) + 0.2 * hw))
    R.over(img, 0.8 * facets * R.coverage(bottom), dark)
    R.over(img, 0.8 * R.coverage(np.maximum(top, np.abs(u) - 0.3 * hw)), light)
    spark = np.minimum(np.maximum(np.abs(u + 0.3 * hw) - 0.5, np.abs(v + 0.5 * crown) - 2.0),
                       np.maximum(np.abs(u + 0.3 * hw) - 2.0, np.abs(v + 0.5 * crown) - 0.5))
    return R.to_uint8(R.over(img, 0.9 * gem * R.coverage(spark), (1.0, 1.0, 1.0)))


def render(gem_size: float, gem_hue: float, lamp_height: float, jar_water: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[gem_size, gem_hue, lamp_height, jar_water]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("lapidary", arg, n, seed, FACTORS, sample_factors, _draw)
