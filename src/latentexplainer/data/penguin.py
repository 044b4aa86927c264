"""`penguin`: one, two or three penguins standing on an ice floe by the sea, seen from the
front (64x64 RGB).

The penguins stand in a row on the white ice that fills the bottom of the image, evenly
spaced across it, all of the same size and pose: a black body and head, a white belly, two
white eyes, a small orange beak and two orange feet, and a black flipper at each shoulder
that may be folded in across the belly, hang down or be raised out sideways, like wings.
Behind the ice lies the blue sea, and above the sea's horizon a pale sky, lighter towards the
horizon. Factors: how many penguins stand on the ice (1 to 3), their size, how far their
flippers are raised (folded in to held up) and the height of the sea's horizon (low to high
in the image). The penguins' places for each count, their colours, the ice and the colours
of the sea and the sky stay fixed; every penguin always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

COUNTS = ("1", "2", "3")
FACTORS = (
    Factor("penguin_count", "number of penguins standing on the ice (1 to 3)", "categorical", COUNTS),
    Factor("penguin_size", "size of the penguins (small to large)", "continuous"),
    Factor("flipper_raise", "how far the penguins' flippers are raised (folded in to held up)", "continuous"),
    Factor("horizon_height", "height of the sea's horizon behind the ice (low to high)", "continuous"),
)
# penguin_count: codes 0..2 are 1..3 penguins, their feet at x = 32 / 22, 42 / 17, 32, 47 px
# and y = 52 px; penguin_size: 0..1 scales a penguin by 0.65..0.95 (25 px tall at scale 1);
# flipper_raise: 0..1 turns the flippers from -0.45 (in across the belly) to 2.2 radians (out
# and up) off straight down (11 px long at scale 1, hinged at the shoulders, drawn over the
# belly); horizon_height: 0..1 puts the horizon at y = 40..16 px (the ice's edge at y = 46 px)
RANGES = ((0.0, len(COUNTS) - 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_LOW = np.array((0.5, 0.68, 0.88)), np.array((0.84, 0.9, 0.96))
SEA, ICE, ICE_EDGE = (0.3, 0.56, 0.8), (0.9, 0.94, 0.98), (0.7, 0.8, 0.9)
BLACK, WHITE, ORANGE = (0.07, 0.07, 0.09), (0.97, 0.97, 0.95), (0.96, 0.58, 0.1)
ICE_Y, FEET_Y = 46.0, 52.0
PLACES = ((32.0, np.nan, np.nan), (22.0, 42.0, np.nan), (17.0, 32.0, 47.0))
SHOULDER_X, SHOULDER_Y, FLIPPER = 5.2, -15.0, 11.0
WINDOW, TOP_ROW = 19, 24  # a penguin lies within 19 px of its feet' middle, and below row 24
SKY = R.vertical_gradient(SKY_TOP, SKY_LOW, 40.0)


def _penguin(img, x, y, s, sa, ca):
    """Draw one penguin, its feet at (0, 0) of the pixel offsets ``x``, ``y``, onto ``img``."""
    u, v = x / s, y / s
    feet = np.minimum(R.ellipse_sdf(u - 2.6, v + 0.3, 2.4, 1.1), R.ellipse_sdf(u + 2.6, v + 0.3, 2.4, 1.1))
    img = R.over(img, R.coverage(s * feet), ORANGE)
    body = np.minimum(R.ellipse_sdf(u, v + 10.5, 6.5, 10.5), np.hypot(u, v + 20.0) - 5.0)
    img = R.over(img, R.coverage(s * body), BLACK)
    img = R.over(img, R.coverage(s * R.ellipse_sdf(u, v + 9.0, 4.6, 8.5)), WHITE)
    eyes = np.minimum(np.hypot(u - 1.9, v + 21.0), np.hypot(u + 1.9, v + 21.0)) - 1.1
    img = R.over(img, R.coverage(s * eyes), WHITE)
    img = R.over(img, R.coverage(s * R.ellipse_sdf(u, v + 18.3, 1.3, 1.8)), ORANGE)
    flippers = None
    for side in (-1.0, 1.0):  # each hinged at its shoulder, tapering to its tip
        px, py = u - side * SHOULDER_X, v - SHOULDER_Y
        dx, dy = side * FLIPPER * sa, FLIPPER * ca
        h = np.clip((px * dx + py * dy) / (FLIPPER * FLIPPER), 0.0, 1.0)
        d = np.hypot(px - h * dx, py - h * dy) - (2.5 - 1.3 * h)
        flippers = d if flippers is None else np.minimum(flippers, d)
    return R.over(img, R.coverage(s * flippers), BLACK)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SKY
    img = R.over(img, R.below(R.col(40 - 24 * f[:, 3]), n), SEA)
    img = R.over(img, R.below(ICE_Y, n), ICE_EDGE)
    img = R.over(img, R.below(ICE_Y + 1.5, n), ICE)
    s = R.col(0.65 + 0.3 * f[:, 1])
    a = R.col(-0.45 + 2.65 * f[:, 2])
    sa, ca = np.sin(a), np.cos(a)
    counts = f[:, 0].astype(int)
    for k, places in enumerate(PLACES):
        idx = np.nonzero(counts == k)[0]
        if not len(idx):
            continue
        sub = img[idx]
        for px in places[:k + 1]:  # each penguin drawn in a window around it, for speed
            c0, c1 = max(0, int(px) - WINDOW), min(R.SIZE, int(px) + WINDOW)
            view = sub[:, :, TOP_ROW:, c0:c1]
            view[:] = _penguin(view, x[:, :, c0:c1] - px, y[:, TOP_ROW:] - FEET_Y, s[idx], sa[idx], ca[idx])
        img[idx] = sub
    return R.to_uint8(img)


def render(penguin_count: float, penguin_size: float, flipper_raise: float, horizon_height: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8; ``penguin_count`` is the code 0..2 for 1..3 penguins."""
    return _draw(np.array([[penguin_count, penguin_size, flipper_raise, horizon_height]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("penguin", arg, n, seed, FACTORS, sample_factors, _draw)
