"""`jellyfish`: a glowing jellyfish drifting in the deep sea, seen from the side (64x64 RGB).

The jellyfish floats in the upper part of the image: a see-through, softly glowing dome - its
bell - with a scalloped lower edge, a brighter outline, a paler glow inside it and four pale
rings (its gonads) showing through its top. From under the bell hang thin wavy tentacles,
evenly spread across its width, and in the middle two thicker, frilly oral arms. The bell is
one colour and the tentacles and arms a paler tint of it. Behind it is deep water, blue-green
near the surface and almost black at the bottom, with soft slanting rays of light coming down
from above and a few small bubbles. Factors: where the jellyfish is across the image (left to
right), how far its bell is squeezed (wide and flat to narrow and tall, as it pulses), the
length of its tentacles (short to long), the number of tentacles (4, 6 or 8) and its hue,
round the whole colour wheel. The bell's height in the water, the oral arms, the water, the
rays and the bubbles stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

TENTACLES = ("4", "6", "8")
FACTORS = (
    Factor("jelly_x", "horizontal position of the jellyfish (left to right)", "continuous"),
    Factor("bell_squeeze", "shape of the jellyfish's bell (wide and flat to narrow and tall)", "continuous"),
    Factor("tentacle_length", "length of the tentacles hanging from the bell (short to long)", "continuous"),
    Factor("tentacle_count", "number of tentacles hanging from the bell (4, 6 or 8)", "categorical", TENTACLES),
    Factor("jelly_hue", "hue of the jellyfish (round the whole colour wheel)", "cyclic", period=1.0),
)
# jelly_x: 0..1 puts the bell's middle at x = 17..46 px; bell_squeeze: 0..1 is a bell 15..9 px
# half-wide and 8..15 px high above its rim at y = 24 px; tentacle_length: 0..1 is tentacles
# 12..36 px long below the rim; tentacle_count: codes 0..2 are 4, 6 or 8 tentacles spread evenly
# across 0.85 of the bell's width; jelly_hue: 0..1 is the whole colour wheel (1 is 0 again)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, len(TENTACLES) - 1.0), (0.0, 1.0))
WATER_TOP, WATER_LOW, RAY, BUBBLE = (0.06, 0.33, 0.45), (0.01, 0.04, 0.12), (0.45, 0.75, 0.8), (0.6, 0.8, 0.9)
RIM_Y, ARMS, ARM_LEN = 24.0, (-2.0, 2.0), 13.0
BUBBLES = ((8.0, 50.0, 1.6), (11.0, 41.0, 1.0), (57.0, 56.0, 1.4), (54.0, 45.0, 0.9), (6.0, 14.0, 1.1),
           (59.0, 9.0, 1.5))
BELL_ALPHA, INNER_ALPHA, TENTACLE_ALPHA = 0.8, 0.4, 0.9
BACK, WINDOW = 17, 35  # the jellyfish lies within 16 px either side of its middle


def _water() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(WATER_TOP, WATER_LOW)[None]
    rays = np.clip(np.cos((x + 0.45 * y) * 0.28) * 1.6 - 0.9, 0.0, 1.0) * np.clip(1.0 - y / 48.0, 0.0, 1.0)
    R.over(img, 0.16 * rays, RAY)
    for bx, by, br in BUBBLES:
        R.over(img, 0.8 * R.coverage(np.abs(np.hypot(x - bx, y - by) - br) - 0.35), BUBBLE)
    return img[0]


WATER = _water()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = WATER
    # the jellyfish, drawn in a window of WINDOW columns round it, for speed
    jx = 17 + 29 * f[:, 0]
    left = np.floor(jx).astype(int) - BACK  # the window's first column
    part = np.stack([img[i, :, :, c:c + WINDOW] for i, c in enumerate(left)])
    u, v = x[:, :, :WINDOW] - R.col(jx - left), y - RIM_Y
    hue = f[:, 4]
    bell_colour, pale = R.hsv(hue, 0.6, 0.95), R.hsv(hue, 0.3, 1.0)
    s = R.col(f[:, 1])
    w, h = 15.0 - 6.0 * s, 8.0 + 7.0 * s
    # the tentacles, evenly spread under the bell, waving more the further down they hang
    count = np.array([int(t) for t in TENTACLES])[f[:, 3].astype(int)]
    length = R.col(12 + 24 * f[:, 2])
    sway = np.clip(v / 6.0, 0.0, 1.0) * 1.6
    tentacles = np.full(part.shape[:1] + part.shape[2:], np.inf, np.float32)
    for k in range(max(count)):
        there = R.col(k < count) > 0
        tx = w * 0.85 * R.col((2 * k + 1) / count - 1.0)
        d = np.abs(u - tx - sway * np.sin(0.42 * v + 1.7 * k)) / 1.3 - 0.6
        tentacles = np.minimum(tentacles, np.where(there, d, np.inf))
    tentacles = np.maximum(tentacles, np.maximum(-v, v - length))
    R.over(part, TENTACLE_ALPHA * R.coverage(tentacles), pale)
    # the oral arms, frilly ribbons from the middle
    arms = np.min([np.abs(u - ax - 1.2 * np.sin(0.5 * v + ax)) - 1.3 - 0.5 * np.sin(1.6 * v) for ax in ARMS], axis=0)
    arms = np.maximum(arms, np.maximum(-v, v - ARM_LEN))
    R.over(part, R.coverage(arms), bell_colour)
    # the bell: a dome with a scalloped rim, a glow inside, the gonads and a bright outline
    scallop = v - 1.2 * (0.5 + 0.5 * np.cos(u * 1.3))
    bell = np.maximum(R.ellipse_sdf(u, v, w, h), scallop)
    R.over(part, BELL_ALPHA * R.coverage(bell), bell_colour)
    R.over(part, INNER_ALPHA * R.coverage(R.ellipse_sdf(u, v + 0.3 * h, 0.65 * w, 0.55 * h)), pale)
    gonads = np.abs(np.hypot(np.abs(u) - 0.3 * w, v + 0.45 * h) - 0.17 * w) - 0.55
    R.over(part, 0.8 * R.coverage(np.maximum(gonads, bell)), pale)
    R.over(part, R.coverage(np.abs(bell + 0.5) - 0.5), pale)
    for i, c in enumerate(left):
        img[i, :, :, c:c + WINDOW] = part[i]
    return R.to_uint8(img)


def render(jelly_x: float, bell_squeeze: float, tentacle_length: float, tentacle_count: float,
           jelly_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8; ``tentacle_count`` is the code 0..2 for 4, 6 or 8 tentacles."""
    return _draw(np.array([[jelly_x, bell_squeeze, tentacle_length, tentacle_count, jelly_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("jellyfish", arg, n, seed, FACTORS, sample_factors, _draw)
