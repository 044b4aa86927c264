"""`cloud`: a single cloud drifting over a flat green field, perhaps raining on it, seen
from the side (64x64 RGB).

The cloud floats in the upper part of the image: a lumpy heap of five round puffs with a
flat base, a little darker along its lower part. Below it, rain may fall from its base down
to the field: short dark blue streaks, slanting a little (falling to the left), in columns
3 px apart under the cloud - the heavier the rain, the more of the columns carry streaks. The
sky is blue, paler towards the horizon; the field is a green band along the bottom. Factors:
the cloud's horizontal position (its rain moves with it), the size of the cloud (its rain
widens with it), how heavily it rains (dry to a downpour) and how dark the cloud is (white to
dark storm grey). The cloud's height in the sky and its shape, the rain's colour and slant,
the sky and the field stay fixed; the whole cloud always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("cloud_x", "horizontal position of the cloud (left to right)", "continuous"),
    Factor("cloud_size", "size of the cloud (small to large)", "continuous"),
    Factor("rain", "how heavily it rains from the cloud (dry to a downpour)", "continuous"),
    Factor("cloud_darkness", "how dark the cloud is (white to storm grey)", "continuous"),
)
# cloud_x: 0..1 puts the cloud's middle at x = 21..43 px; cloud_size: 0..1 scales the cloud
# by 0.8..1.45 (25 x 15 px at scale 1; its base at y = 19 + 5 * scale px); rain: 0..1 is the
# share of the rain's columns, under the middle 22 px (times the scale) of the cloud, that
# carry streaks (column k does when rain > frac(0.618 k), so the columns fill in evenly as the
# rain grows); cloud_darkness: 0..1 is a cloud grey of 0.97..0.35
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_LOW = np.array((0.38, 0.58, 0.86)), np.array((0.76, 0.86, 0.96))
FIELD, RAIN = (0.3, 0.52, 0.2), (0.16, 0.26, 0.58)
CLOUD_Y, FIELD_Y = 19.0, 56.0
PUFFS = ((0.0, -3.0, 7.0), (-7.0, 0.0, 5.5), (7.0, 0.5, 5.0), (-3.5, 2.0, 5.5), (3.5, 2.5, 5.5))  # x, y, radius
BASE = 5.0  # the cloud's flat base, below CLOUD_Y, at scale 1
RAIN_HW = 11.0  # the rain's half-width, at scale 1
SLANT, GAP, PERIOD, DASH = 0.3, 3.0, 9.0, 5.0  # x shift per px down; columns' spacing; the streaks' period and length
RAIN_ALPHA = 0.85
SHADE = 0.8  # the cloud's lower part, relative to its grey


def _streaks():
    """The rain streaks over the whole image (H, W) - each column's coverage, its streaks at a
    fixed pseudo-random offset along it - and the threshold in [0, 1) of each pixel's column,
    spread evenly (the golden ratio's sequence) so that any stretch of columns fills in evenly."""
    x, y = R.grid()
    p = x + SLANT * y  # along the rain's columns, p is constant
    k = np.floor(p / GAP)
    across = (np.abs(p - GAP * (k + 0.5)) - 0.55) / np.sqrt(1 + SLANT ** 2)
    hashed = lambda seed: (np.sin(k * 12.9898 + seed) * 43758.5453) % 1.0  # noqa: E731
    phase = ((y + PERIOD * hashed(78.233)) % PERIOD)
    along = np.minimum(phase, DASH - phase)
    cover = R.coverage(across) * np.clip(along + 0.5, 0.0, 1.0)
    return cover[0].astype(np.float32), np.broadcast_to((k * 0.618034) % 1.0, cover.shape)[0].astype(np.float32)


SKY = R.vertical_gradient(SKY_TOP, SKY_LOW, FIELD_Y)
STREAKS, THRESHOLD = _streaks()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SKY
    img = R.over(img, R.below(FIELD_Y, n), FIELD)
    cx, scale, rain = R.col(21 + 22 * f[:, 0]), R.col(0.8 + 0.65 * f[:, 1]), R.col(f[:, 2])
    base = CLOUD_Y + BASE * scale
    falling = np.clip((rain - THRESHOLD) * 30, 0.0, 1.0) * STREAKS
    under = R.coverage(np.abs(x - cx) - RAIN_HW * scale) * R.coverage(base - y) * R.coverage(y - FIELD_Y)
    img = R.over(img, RAIN_ALPHA * falling * under, RAIN)
    u, v = (x - cx) / scale, (y - CLOUD_Y) / scale
    puffs = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    for px, py, r in PUFFS:
        puffs = np.minimum(puffs, np.sqrt((u - px) ** 2 + (v - py) ** 2) - r)
    cloud = R.coverage(scale * np.maximum(puffs, v - BASE))
    grey = (0.97 - 0.62 * f[:, 3]).astype(np.float32)
    img = R.over(img, cloud, np.stack([grey] * 3, 1))
    lower = cloud * np.clip((v + 1.0) / 4.0, 0.0, 1.0)
    return R.to_uint8(R.over(img, lower, SHADE * np.stack([grey] * 3, 1)))


def render(cloud_x: float, cloud_size: float, rain: float, cloud_darkness: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[cloud_x, cloud_size, rain, cloud_darkness]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("cloud", arg, n, seed, FACTORS, sample_factors, _draw)
