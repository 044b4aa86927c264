"""`chandelier`: a brass candle chandelier hanging from the ceiling of a dim, papered room
(64x64 RGB).

A brass chain hangs from a ceiling rose in the middle of the pale ceiling strip at the top of
the image down to a round brass hub, under which a finial drop hangs. From the hub a curved
brass arm sweeps out to both sides, low in the middle and rising towards its ends, and white
candles stand on it in brass cups, spaced evenly along it from one end to the other, never in
the middle. When the candles are lit each has a flame, orange outside and pale yellow inside,
and a warm glow spreads round the chandelier and brightens the wall; unlit, only their dark
wicks show. The wall is a dark wine-red paper with darker vertical stripes above dark wooden
panelling along the bottom of the image. The whole chandelier (chain, hub, arm and candles)
swings as one about the ceiling rose. Factors: how long the chain is (the chandelier hanging
high to low), the angle it has swung to (to the left, hanging straight down, to the right),
how many candles stand on the arm (2, 4 or 6), how wide the arm spans (narrow to wide) and how
brightly the candles burn (unlit to bright). The ceiling, the wall, the brass and the candles'
size stay fixed; the whole chandelier always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("chain_length", "length of the chandelier's chain (hanging high to low)", "continuous"),
    Factor("swing", "angle the chandelier has swung to (left, straight down, right)", "continuous"),
    Factor("candles", "number of candles on the chandelier's arm", "categorical", ("2", "4", "6")),
    Factor("arm_span", "width of the chandelier's curved arm (narrow to wide)", "continuous"),
    Factor("light", "how brightly the candles burn (unlit to bright)", "continuous"),
)
# chain_length: 0..1 is a chain 13..25 px long from the ceiling rose at (32, 3) px; swing: -0.3..0.3
# radians from hanging straight down (positive: the chandelier's bottom swings to the right);
# candles: 0, 1, 2 for 2, 4, 6 candles; arm_span: 0..1 is an arm reaching 12..18 px to each side
# of the hub; light: 0..1 scales the flames' and the glow's opacity (0: unlit)
RANGES = ((0.0, 1.0), (-0.3, 0.3), (0.0, 2.0), (0.0, 1.0), (0.0, 1.0))
COUNTS = (2, 4, 6)
WALL, STRIPE, CEILING = (0.34, 0.13, 0.16), (0.26, 0.09, 0.12), (0.58, 0.53, 0.47)
PANEL, RAIL = (0.3, 0.19, 0.11), (0.45, 0.3, 0.17)  # the wooden panelling along the bottom
BRASS, BRASS_DARK = (0.86, 0.66, 0.24), (0.52, 0.37, 0.12)
WAX, WICK = (0.96, 0.94, 0.88), (0.08, 0.06, 0.05)
FLAME, FLAME_CORE, GLOW = (1.0, 0.55, 0.12), (1.0, 0.95, 0.62), (1.0, 0.8, 0.45)
ROSE_X, ROSE_Y, CEILING_Y, PANEL_Y = 32.0, 3.0, 3.0, 50.0
ARM_DROP, ARM_RISE, ARM_HW = 10.0, 5.0, 1.4  # the arm's middle hangs ARM_DROP px below the hub
CANDLE_HW, CANDLE_H = 2.0, 9.0
GLOW_ALPHA, GLOW_SIGMA = 0.5, 14.0


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, R.coverage(np.abs((x % 8.0) - 4.0) - 1.5) * R.coverage(CEILING_Y - y), STRIPE)
    R.over(img, R.coverage(y - CEILING_Y), CEILING)
    R.over(img, R.below(PANEL_Y, 1), PANEL)
    R.over(img, R.coverage(np.abs(y - PANEL_Y - 1.0) - 1.2), RAIL)
    R.over(img, 0.5 * R.coverage(np.abs((x % 16.0) - 8.0) - 0.6) * R.coverage(PANEL_Y + 3.0 - y), RAIL)
    rose = np.maximum(R.ellipse_sdf(x - ROSE_X, y - CEILING_Y, 5.0, 2.2), CEILING_Y - y)
    R.over(img, R.coverage(rose), BRASS_DARK)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    length, a, w, light = R.col(13 + 12 * f[:, 0]), R.col(f[:, 1]), R.col(12 + 6 * f[:, 3]), R.col(f[:, 4])
    # chandelier coordinates: u across to the right, v down the chain from the ceiling rose
    dx, dy = x - ROSE_X, y - ROSE_Y
    u = dx * np.cos(a) - dy * np.sin(a)
    v = dx * np.sin(a) + dy * np.cos(a)
    hub = length + 3.0
    # the glow of the flames round the chandelier
    gv = hub + ARM_DROP - 6.0
    glow = np.exp(-(u**2 + (v - gv) ** 2) / (2 * GLOW_SIGMA**2))
    img = R.over(img, GLOW_ALPHA * light * glow, GLOW)
    # the chain (links: a bead every 2 px), the hub and its finial drop
    links = np.hypot(u, ((v + 1.0) % 2.0) - 1.0) - 1.1
    chain = np.maximum(np.maximum(links, np.abs(u) - 0.9), np.maximum(-v, v - hub))
    img = R.over(img, R.coverage(chain), BRASS_DARK)
    # the arm: a curve low in the middle, rising to its ends
    t = u / w
    arm_v = hub + ARM_DROP - ARM_RISE * t**2
    slope = 2 * ARM_RISE * t / w
    arm = np.maximum(np.abs(v - arm_v) / np.sqrt(1 + slope**2) - ARM_HW, np.abs(u) - w)
    body = np.minimum(
        arm, np.minimum(R.ellipse_sdf(u, v - hub, 4.2, 4.0), R.ellipse_sdf(u, v - (hub + ARM_DROP + 3.5), 2.0, 3.2))
    )
    img = R.over(img, R.coverage(body), BRASS)
    # the candles, each in a cup on the arm, its wick, and its flame
    count = R.col(np.asarray(COUNTS)[f[:, 2].astype(int)])
    # the nearest candle: they stand at u = w * (2 i - (count - 1)) / (count - 1), i = 0 .. count - 1
    i = np.clip(np.round((t + 1) * (count - 1) / 2), 0, count - 1)
    pos = (2 * i - (count - 1)) / (count - 1)
    cu = u - pos * w
    base = hub + ARM_DROP - ARM_RISE * pos**2 - 1.0
    cups = R.box_sdf(cu, v - base, CANDLE_HW + 0.9, 1.2)
    candles = R.box_sdf(cu, v - (base - CANDLE_H / 2), CANDLE_HW, CANDLE_H / 2)
    wicks = R.box_sdf(cu, v - (base - CANDLE_H - 1.0), 0.35, 1.0)
    flames = R.ellipse_sdf(cu, v - (base - CANDLE_H - 3.2), 2.0, 2.8)
    img = R.over(img, R.coverage(candles), WAX)
    img = R.over(img, R.coverage(cups), BRASS)
    img = R.over(img, R.coverage(wicks), WICK)
    img = R.over(img, light * R.coverage(flames), FLAME)
    return R.to_uint8(R.over(img, light * R.coverage(flames + 1.0), FLAME_CORE))


def render(chain_length: float, swing: float, candles: float, arm_span: float, light: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[chain_length, swing, candles, arm_span, light]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("chandelier", arg, n, seed, FACTORS, sample_factors, _draw)
