"""`barista`: a café counter, a chrome espresso machine filling a glass with latte, a steel milk
jug steaming under the steam wand and cups warming on the machine's top, seen from the front
(64x64 RGB).

The café's wall is of dark teal tiles with pale grout; a wooden counter with a lit edge runs
along the bottom of the image. On it stands a chrome espresso machine with a red enamel band
along its top; below the band is the machine's dark recess, where the chrome group head holds
a black-handled portafilter above the drip tray. A tall glass stands on the tray, being filled
with latte under a cap of pale foam, a thin stream of coffee running into it from the spout.
To the right a steel milk jug stands on the counter, the machine's steam wand dipping into it,
and steam rises from it in soft white puffs; white cups on saucers stand warming on the
machine's top, from the left. Factors: how full the glass is (nearly empty to full), how high
the steam rises from the jug (a wisp to a tall plume), how many cups stand on the machine (1 to
3) and how brightly the café is lit (dim to bright; everything darkens alike). The wall, the
counter, the machine, the glass's size and the jug stay fixed; the steam always lies inside
the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("glass_fill", "how full the glass of latte is (nearly empty to full)", "continuous"),
    Factor("steam", "how high the steam rises from the milk jug (a wisp to a tall plume)", "continuous"),
    Factor("cups", "how many cups stand warming on the machine (1 to 3)", "categorical", ("1", "2", "3")),
    Factor("light", "how brightly the cafe is lit (dim to bright)", "continuous"),
)
# glass_fill: 0..1 puts the latte's surface 2..15 px above the glass's inside bottom (y = 48 px);
# steam: 0..1 is a plume of puffs rising 5..30 px above the jug's mouth (y = 39 px, x = 53 px);
# cups: a code 0..2 for 1..3 cups, at CUPS from the left; light: 0..1 scales every colour by
# 0.5..1.0
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 2.0), (0.0, 1.0))
TILE, GROUT, COUNTER, COUNTER_EDGE = (0.08, 0.26, 0.28), (0.5, 0.62, 0.6), (0.44, 0.28, 0.16), (0.62, 0.44, 0.27)
CHROME, CHROME_DARK, ENAMEL, RECESS = (0.78, 0.8, 0.84), (0.52, 0.54, 0.58), (0.76, 0.12, 0.12), (0.1, 0.1, 0.12)
BLACK, GLASS, LATTE, FOAM = (0.04, 0.04, 0.05), (0.82, 0.88, 0.92), (0.86, 0.7, 0.5), (0.98, 0.95, 0.88)
ESPRESSO, CUP, CUP_SHADE, STEAM = (0.3, 0.16, 0.08), (0.97, 0.97, 0.95), (0.78, 0.8, 0.82), (0.98, 0.98, 1.0)
COUNTER_Y, TOP_Y = 50.0, 18.0
GLASS_L, GLASS_R, GLASS_T, GLASS_B = 19.0, 33.0, 31.0, 49.0
CUPS = (14.0, 26.0, 38.0)
JUG_X, JUG_T = 53.0, 39.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, TILE)
    course = np.floor(y / 4.0)
    grout = np.minimum(np.abs((y % 4.0) - 0.25), np.abs(((x + 3.0 * (course % 2)) % 6.0) - 0.25)) - 0.35
    R.over(img, 0.7 * R.coverage(grout), GROUT)
    R.over(img, R.below(COUNTER_Y, 1), COUNTER)
    R.over(img, R.coverage(np.abs(y - COUNTER_Y - 1.0) - 1.0), COUNTER_EDGE)
    # the machine: chrome body, red band, dark recess, drip tray
    R.over(img, R.coverage(R.edges_sdf(x, y, 8.0, 44.0, TOP_Y, COUNTER_Y) - 0.5), CHROME)
    R.over(img, R.coverage(R.edges_sdf(x, y, 8.0, 44.0, TOP_Y + 1.5, TOP_Y + 7.0)), ENAMEL)
    R.over(img, R.coverage(R.edges_sdf(x, y, 12.0, 40.0, 26.0, COUNTER_Y - 1.0)), RECESS)
    tray = np.maximum(R.edges_sdf(x, y, 12.0, 40.0, 47.5, COUNTER_Y - 0.5), -np.abs((x % 2.0) - 1.0) + 0.6)
    R.over(img, R.coverage(tray), CHROME_DARK)
    R.over(img, R.coverage(R.edges_sdf(x, y, 42.5, 43.5, TOP_Y + 7.0, COUNTER_Y)), CHROME_DARK)  # the body's edge
    # the group head and portafilter
    R.over(img, R.coverage(R.edges_sdf(x, y, 21.0, 31.0, 25.5, 28.5)), CHROME)
    R.over(img, R.coverage(R.segment_sdf(x, y, 22.0, 29.0, 9.0, 31.0) - 1.2), BLACK)
    R.over(img, R.coverage(R.edges_sdf(x, y, 23.0, 29.0, 28.5, 30.0)), CHROME_DARK)
    # the glass, empty: a pale tint, with its rim and sides
    glass = R.edges_sdf(x, y, GLASS_L, GLASS_R, GLASS_T, GLASS_B)
    R.over(img, 0.15 * R.coverage(glass), GLASS)
    R.over(img, 0.8 * R.coverage(np.maximum(np.abs(glass + 0.5) - 0.5, GLASS_T - y)), GLASS)
    # the steam wand and the milk jug
    R.over(img, R.coverage(R.segment_sdf(x, y, 43.0, 28.0, 51.0, 43.0) - 0.9), CHROME_DARK)
    jug = np.maximum(np.abs(x - JUG_X) - (4.5 + 0.12 * (y - JUG_T)), np.abs(y - (JUG_T + COUNTER_Y) / 2) - 5.5)
    R.over(img, R.coverage(np.minimum(jug, np.abs(R.ellipse_sdf(x - 59.5, y - 44.0, 2.0, 3.0)) - 0.7)), CHROME)
    R.over(img, R.coverage(np.maximum(jug + 0.5, JUG_X + 1.5 - x)), CHROME_DARK)
    return img[0]


SCENE = _scene()


def _cups():
    x, y = R.grid()
    out = []
    for cx in CUPS:
        body = np.maximum(R.ellipse_sdf(x - cx, y - (TOP_Y - 7.0), 5.0, 6.5), y - (TOP_Y - 1.0))
        body = np.maximum(body, TOP_Y - 9.5 - y)
        handle = np.abs(R.ellipse_sdf(x - (cx + 5.0), y - (TOP_Y - 5.5), 1.8, 2.2)) - 0.7
        saucer = R.ellipse_sdf(x - cx, y - (TOP_Y - 0.9), 6.0, 1.1)
        cover = R.coverage(np.minimum(np.minimum(body, handle), saucer))
        shade = R.coverage(np.maximum(np.minimum(body, saucer), cx + 1.5 - x))
        out.append((cover[0], shade[0]))
    return out


CUP_COVERS = _cups()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the latte in the glass, under its cap of foam, and the coffee running into it
    level = R.col(GLASS_B - 1.0 - 2.0 - 13.0 * f[:, 0])
    inside = R.edges_sdf(x, y, GLASS_L + 1.0, GLASS_R - 1.0, GLASS_T, GLASS_B - 1.0)
    R.over(img, R.coverage(np.maximum(inside, level - y)), LATTE)
    R.over(img, R.coverage(np.maximum(inside, np.abs(y - level - 1.0) - 1.0)), FOAM)
    stream = np.maximum(np.abs(x - 26.0) - 0.7, np.maximum(30.0 - y, y - level))
    R.over(img, R.coverage(stream), ESPRESSO)
    # the cups on the machine, from the left
    count = f[:, 2].astype(int)
    for i, (cover, shade) in enumerate(CUP_COVERS):
        on = (count >= i).astype(np.float32)[:, None, None]
        R.over(img, on * cover, CUP)
        R.over(img, 0.8 * on * shade, CUP_SHADE)
    # the steam: soft puffs up a wavering column above the jug, thinning as they rise
    height = R.col(5.0 + 25.0 * f[:, 1])
    rise = JUG_T - y  # px above the jug's mouth
    sway = JUG_X + 2.0 * np.sin(rise * 0.35) - 0.08 * rise
    width = 2.2 + 0.1 * rise + 0.8 * np.abs(np.sin(rise * 0.7))
    plume = np.maximum(np.abs(x - sway) - width, np.maximum(-rise + 1.0, rise - height))
    fade = np.clip(1.1 - rise / (height + 4.0), 0.25, 0.9)
    R.over(img, fade * R.coverage(plume), STEAM)
    img *= R.col(0.5 + 0.5 * f[:, 3])[:, None]
    return R.to_uint8(img)


def render(glass_fill: float, steam: float, cups: float, light: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[glass_fill, steam, cups, light]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("barista", arg, n, seed, FACTORS, sample_factors, _draw)
