"""`sommelier`: a sommelier's table in a candlelit restaurant, a wine glass, an opened bottle
and a candle on a white tablecloth in front of a papered wall, seen from the front (64x64 RGB).

The wall is papered in pale ochre stripes, a dark wooden picture rail across it near the top;
a white tablecloth covers the lower part of the image, its front falling in soft folds. On the cloth stands a clear,
tulip-shaped wine glass on a thin stem and a round foot, with a small highlight down its bowl;
the wine in it shows as a band of colour up to its level, with a lighter line at its surface.
At the right stands the opened bottle, its shoulders and long neck topped by a dark red foil,
with a cream label; its glass shows the colour of the wine inside it. Between them a white
candle stands in a brass candlestick, its yellow flame giving off a soft warm glow. Factors:
how full the glass is (from empty to nearly full), which wine is served - the glass and the
bottle alike: red, rose or white, where the glass stands along the table (left to right) and
how far the candle has burnt down (from a stub to a tall new candle). The wall, the cloth, the
bottle's shape and the candlestick stay fixed; the glass always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("fill", "how full the wine glass is (empty to nearly full)", "continuous"),
    Factor("wine", "which wine is served, in the glass and the bottle (red, rose or white)", "categorical",
           ("red", "rose", "white")),
    Factor("glass_x", "horizontal position of the wine glass on the table (left to right)", "continuous"),
    Factor("candle_height", "height of the candle (burnt down to a stub, to tall and new)", "continuous"),
)
# fill: 0..1 raises the wine's surface from the bottom of the bowl (y = 34.5 px) to 2.5 px below
# its rim (y = 20.5 px); wine: a code 0..2 for the colours of WINES; glass_x: 0..1 puts the glass's
# stem at x = 10..29 px; candle_height: 0..1 makes the candle 3..22 px tall above its holder
# (its middle at x = 41 px), the flame on top of it
RANGES = ((0.0, 1.0), (0.0, 2.0), (0.0, 1.0), (0.0, 1.0))
WALL, STRIPE, JOINT, RAIL = (0.78, 0.68, 0.5), (0.72, 0.6, 0.42), (0.2, 0.08, 0.06), (0.38, 0.18, 0.12)
CLOTH, CLOTH_FOLD = (0.93, 0.92, 0.88), (0.8, 0.79, 0.76)
GLASS_EDGE, HIGHLIGHT = (0.85, 0.88, 0.9), (1.0, 1.0, 1.0)
WAX, BRASS, FLAME, FLAME_CORE, GLOW = (0.96, 0.94, 0.86), (0.8, 0.62, 0.26), (1.0, 0.72, 0.18), \
    (1.0, 0.96, 0.7), (1.0, 0.78, 0.4)
FOIL, LABEL, LABEL_INK = (0.55, 0.06, 0.1), (0.93, 0.88, 0.74), (0.45, 0.3, 0.2)
WINES = np.array(((0.5, 0.04, 0.12), (0.97, 0.42, 0.58), (0.95, 0.86, 0.3)), np.float32)
BOTTLE_TINT = np.array((0.7, 0.9, 0.72), np.float32)  # the bottle's green glass over its wine
TABLE_Y = 44.0
BOWL_CY, BOWL_RX, BOWL_RY, RIM_Y = 25.0, 7.5, 10.0, 18.0
LEVEL_LOW, LEVEL_HIGH = 34.5, 20.5
CANDLE_X, CANDLE_HW, HOLDER_Y = 41.0, 2.6, 40.0
BOTTLE_X = 54.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, R.coverage(np.abs((x % 6.0) - 3.0) - 1.2), STRIPE)  # the wallpaper's stripes
    R.over(img, R.coverage(np.abs(y - 11.0) - 1.2), RAIL)
    R.over(img, R.coverage(np.abs(y - 12.4) - 0.3), JOINT)
    R.over(img, R.below(TABLE_Y, 1), CLOTH)
    folds = np.maximum(np.abs(((x + 3.0) % 9.0) - 4.5) - 0.6, TABLE_Y + 6.0 - y)
    R.over(img, 0.6 * R.coverage(folds), CLOTH_FOLD)
    R.over(img, 0.5 * R.coverage(np.abs(y - TABLE_Y - 0.5) - 0.5), CLOTH_FOLD)
    # the candlestick: a dish on the cloth and a short column holding the candle
    stick = np.minimum(R.ellipse_sdf(x - CANDLE_X, y - (TABLE_Y - 0.5), 6.0, 1.6),
                       R.edges_sdf(x, y, CANDLE_X - 1.6, CANDLE_X + 1.6, HOLDER_Y + 1.0, TABLE_Y))
    stick = np.minimum(stick, R.ellipse_sdf(x - CANDLE_X, y - HOLDER_Y - 0.5, 4.0, 1.2))
    R.over(img, R.coverage(stick), BRASS)
    return img[0]


SCENE = _scene()


def _bottle():
    """Coverage of the bottle's glass, its highlight, its foil and its label."""
    x, y = R.grid()
    u = x - BOTTLE_X
    body = R.edges_sdf(x, y, BOTTLE_X - 6.0, BOTTLE_X + 6.0, 23.0, TABLE_Y + 0.5)
    shoulder = R.ellipse_sdf(u, y - 23.0, 6.0, 6.0)
    neck = R.edges_sdf(x, y, BOTTLE_X - 2.0, BOTTLE_X + 2.0, 5.0, 20.0)
    glass = R.coverage(np.minimum(np.minimum(body, shoulder), neck))
    shine = R.coverage(R.edges_sdf(x, y, BOTTLE_X - 4.5, BOTTLE_X - 3.2, 21.0, 42.0))
    foil = R.coverage(R.edges_sdf(x, y, BOTTLE_X - 2.4, BOTTLE_X + 2.4, 4.0, 11.0))
    label = R.coverage(R.edges_sdf(x, y, BOTTLE_X - 6.0, BOTTLE_X + 6.0, 29.0, 37.0))
    ink = label * R.coverage(np.maximum(np.abs(y - 31.5) - 0.5, np.abs(u) - 4.0))
    ink = np.maximum(ink, label * R.coverage(np.maximum(np.abs(y - 34.5) - 0.4, np.abs(u) - 2.5)))
    return glass, shine, foil, label, ink


BOTTLE, BOTTLE_SHINE, BOTTLE_FOIL, BOTTLE_LABEL, BOTTLE_INK = _bottle()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    wine = WINES[f[:, 1].astype(int)]
    # the bottle, its glass the colour of its wine
    R.over(img, np.broadcast_to(BOTTLE, (n, R.SIZE, R.SIZE)), wine * BOTTLE_TINT)
    R.over(img, 0.45 * BOTTLE_SHINE, HIGHLIGHT)
    R.over(img, BOTTLE_FOIL, FOIL)
    R.over(img, BOTTLE_LABEL, LABEL)
    R.over(img, BOTTLE_INK, LABEL_INK)
    # the candle, its flame and the glow round it
    top = R.col(HOLDER_Y - 3.0 - 19.0 * f[:, 3])
    glow = np.exp(-((x - CANDLE_X) ** 2 + (y - top + 4.0) ** 2) / 60.0)
    R.over(img, 0.45 * glow, GLOW)
    R.over(img, R.coverage(np.maximum(np.abs(x - CANDLE_X) - CANDLE_HW, np.maximum(top - y, y - HOLDER_Y))), WAX)
    R.over(img, R.coverage(R.segment_sdf(x, y, CANDLE_X, top, CANDLE_X, top - 1.5) - 0.4), JOINT)  # the wick
    fy = top - 4.0
    flame = R.ellipse_sdf(x - CANDLE_X, y - fy, 1.9, 3.6) + 0.5 * np.maximum(fy - y, 0.0) * 0.4
    R.over(img, R.coverage(flame), FLAME)
    R.over(img, R.coverage(R.ellipse_sdf(x - CANDLE_X, y - fy - 0.8, 0.9, 1.8)), FLAME_CORE)
    # the wine glass: its bowl (clear), the wine in it, its rim and outline, its stem and foot
    cx = R.col(10.0 + 19.0 * f[:, 2])
    bowl = np.maximum(R.ellipse_sdf(x - cx, y - BOWL_CY, BOWL_RX, BOWL_RY), RIM_Y - y)
    R.over(img, 0.18 * R.coverage(bowl), HIGHLIGHT)
    level = R.col(LEVEL_LOW - (LEVEL_LOW - LEVEL_HIGH) * f[:, 0])
    liquid = np.maximum(bowl + 0.9, level - y)
    R.over(img, 0.92 * R.coverage(liquid), wine)
    surface = np.maximum(bowl + 0.9, np.abs(y - level - 0.4) - 0.4)
    R.over(img, 0.6 * R.coverage(surface), HIGHLIGHT)
    R.over(img, 0.75 * R.coverage(np.abs(bowl) - 0.45), GLASS_EDGE)
    shine = np.maximum(np.abs(x - cx + 4.2) - 0.6, np.abs(y - 24.0) - 3.5)
    R.over(img, 0.7 * R.coverage(shine), HIGHLIGHT)
    stem = np.minimum(R.edges_sdf(x, y, cx - 0.7, cx + 0.7, BOWL_CY + BOWL_RY - 0.5, TABLE_Y - 1.0),
                      R.ellipse_sdf(x - cx, y - (TABLE_Y - 1.0), 5.5, 1.2))
    R.over(img, 0.85 * R.coverage(stem), GLASS_EDGE)
    R.over(img, 0.6 * R.coverage(np.abs(R.ellipse_sdf(x - cx, y - (TABLE_Y - 1.0), 5.5, 1.2)) - 0.3), JOINT)
    return R.to_uint8(img)


def render(fill: float, wine: float, glass_x: float, candle_height: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[fill, wine, glass_x, candle_height]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("sommelier", arg, n, seed, FACTORS, sample_factors, _draw)
