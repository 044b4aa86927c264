"""`forester`: a forester's clearing at the edge of a wood, a young fir planted in the meadow
beside a big broad-leaved tree, with the sun over a distant line of forest (64x64 RGB).

A blue sky, paler towards the horizon, is edged along the horizon by the jagged blue-grey line
of a distant forest of firs; a green meadow runs from there to the bottom of the image. The sun
shines in the sky on the left, a pale yellow disc with a soft glow around it. On the right
stands a big broad-leaved tree, a brown trunk under a rounded crown of dappled leaves. In the
middle of the meadow a young fir tree, a dark green spire on a short trunk, has been planted
beside a pale wooden stake, and at the bottom left lies a pile of sawn logs, seen end on. Mist
may hang over everything, thicker near the ground. Factors: how tall the young fir has grown
(a seedling to a tall young tree), the colour of the big tree's leaves (summer green through
gold to autumn rust), how high the sun stands in the sky (just above the forest to high up)
and how thick the mist is (clear to thick). The sky, the distant forest, the meadow, the big
tree's shape, the stake and the logs stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("fir_height", "how tall the young fir tree has grown (seedling to tall)", "continuous"),
    Factor("foliage", "colour of the big tree's leaves (summer green through gold to rust)", "continuous"),
    Factor("sun_height", "how high the sun stands in the sky (low to high)", "continuous"),
    Factor("mist", "how thick the mist over the clearing is (clear to thick)", "continuous"),
)
# fir_height: 0..1 is a fir 6..34 px tall from the ground at y = 60 px (its spire 0.3 times as wide
# as it is tall on each side); foliage: 0..1 blends the leaves from green (0.22, 0.5, 0.18) through
# gold (0.86, 0.66, 0.14) to rust (0.74, 0.28, 0.1); sun_height: 0..1 puts the sun's middle at
# y = 24..7 px (x = 13 px, radius 5.5 px); mist: 0..1 scales the veil's opacity, up to 0.3 at the
# top of the image and 0.7 at the bottom
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.42, 0.64, 0.92)), np.array((0.76, 0.85, 0.94))
FOREST, MEADOW, MEADOW_DARK = (0.42, 0.52, 0.6), (0.56, 0.72, 0.36), (0.46, 0.62, 0.28)
SUN, GLOW, MIST = (1.0, 0.95, 0.62), (1.0, 0.96, 0.78), (0.87, 0.89, 0.9)
BARK, FIR, FIR_DARK, STAKE = (0.36, 0.25, 0.16), (0.12, 0.36, 0.17), (0.07, 0.25, 0.12), (0.82, 0.7, 0.48)
LOG, LOG_RING = (0.78, 0.62, 0.4), (0.55, 0.4, 0.24)
GREEN, GOLD, RUST = np.array((0.22, 0.5, 0.18)), np.array((0.86, 0.66, 0.14)), np.array((0.74, 0.28, 0.1))
HORIZON, GROUND_Y, FIR_X, SUN_X, SUN_R = 40.0, 60.0, 27.0, 13.0, 5.5
CROWN = ((50.0, 19.0, 11.0), (41.5, 25.0, 7.0), (58.5, 24.0, 7.5), (50.0, 29.0, 8.0))  # x, y, radius
LOGS = ((5.0, 58.5), (12.0, 58.5), (8.5, 52.5))


def _open_sky():
    """Where the sky shows above the distant forest's jagged line of firs (1) and where it does not."""
    x, y = R.grid()
    tips = HORIZON - 7.0 - 3.0 * np.abs(((x / 5.0) % 1.0) - 0.5) * 2.0 - 2.0 * np.sin(0.7 * x) ** 2
    return (1.0 - R.coverage((tips - y) * 0.6))[0]


OPEN_SKY = _open_sky()


def _scene():
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, HORIZON)[None].copy()
    # the distant forest: a jagged line of firs along the horizon
    R.over(img, 1.0 - OPEN_SKY[None], FOREST)
    R.over(img, R.below(HORIZON, 1), MEADOW)
    tufts = np.maximum(np.abs(((x + 3.0 * np.floor(y / 4.0)) % 7.0) - 3.5) - 0.6, np.abs((y % 4.0) - 2.0) - 0.6)
    R.over(img, R.coverage(np.maximum(tufts, HORIZON + 3.0 - y)), MEADOW_DARK)
    # the big tree's trunk, and the stake by the fir
    R.over(img, R.coverage(R.edges_sdf(x, y, 48.5, 52.5, 30.0, 57.0)), BARK)
    R.over(img, R.coverage(R.edges_sdf(x, y, FIR_X + 6.0, FIR_X + 7.2, 47.0, GROUND_Y + 0.5)), STAKE)
    # the pile of logs, end on
    for lx, ly in LOGS:
        rho = np.hypot(x - lx, y - ly)
        R.over(img, R.coverage(rho - 3.4), LOG)
        R.over(img, R.coverage(np.minimum(np.abs(rho - 3.1) - 0.35, np.abs(rho - 1.6) - 0.35)), LOG_RING)
    return img[0]


SCENE = _scene()


def _crown():
    """The big tree's crown: its coverage and its dappled shadow."""
    x, y = R.grid()
    d = np.min([np.hypot(x - cx, y - cy) - r for cx, cy, r in CROWN], 0)
    leafy = np.sin(1.1 * x + 0.6 * y) + np.sin(0.8 * y - 1.3 * x) + 0.6 * np.sin(0.5 * x + 1.7 * y)
    dapple = np.clip(leafy - 0.9 + 0.06 * (y - 20.0), 0.0, 1.0)  # more shade low in the crown
    cover = R.coverage(d)
    return cover[0], (0.5 * cover * dapple)[0]


CROWN_COVER, CROWN_SHADE = _crown()
MIST_ALPHA = (0.3 + 0.4 * np.clip((R.grid()[1] - 10.0) / 50.0, 0.0, 1.0))[0]  # (H, 1)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the sun and its glow, behind the distant forest's tips
    sy = R.col(24.0 - 17.0 * f[:, 2])
    r2 = (x - SUN_X) ** 2 + (y - sy) ** 2
    above = OPEN_SKY[None]
    R.over(img, 0.55 * np.exp(-r2 / 60.0) * above, GLOW)
    R.over(img, R.coverage(np.sqrt(r2) - SUN_R) * above, SUN)
    # the big tree's leaves: green, through gold, to rust
    t = f[:, 1:2]
    leaves = np.where(t < 0.5, GREEN + (GOLD - GREEN) * 2 * t, GOLD + (RUST - GOLD) * (2 * t - 1))
    R.over(img, CROWN_COVER[None], leaves)
    R.over(img, CROWN_SHADE[None], leaves * 0.6)
    # the young fir: a short trunk and a spire, its far half darker
    h = R.col(6.0 + 28.0 * f[:, 0])
    top = GROUND_Y - h
    spire = np.maximum(np.abs(x - FIR_X) - 0.3 * (y - top), np.maximum(top - y, y - (GROUND_Y - 0.12 * h)))
    R.over(img, R.coverage(R.edges_sdf(x, y, FIR_X - 0.8, FIR_X + 0.8, GROUND_Y - 0.2 * h, GROUND_Y)), BARK)
    R.over(img, R.coverage(spire * 0.95), FIR)
    R.over(img, R.coverage(np.maximum(spire * 0.95, FIR_X - x)), FIR_DARK)
    # the mist, thicker near the ground
    return R.to_uint8(R.over(img, R.col(f[:, 3]) * MIST_ALPHA[None], MIST))


def render(fir_height: float, foliage: float, sun_height: float, mist: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[fir_height, foliage, sun_height, mist]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("forester", arg, n, seed, FACTORS, sample_factors, _draw)
