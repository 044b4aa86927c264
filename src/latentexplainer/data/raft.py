"""`raft`: a log raft with a square sail afloat on the sea, seen from behind, its logs end-on
(64x64 RGB).

The raft floats on a dark blue sea that runs up to the horizon a little above the middle of the
image, under a pale sky with a low pale-yellow sun on the right and a dark green island at the
left of the horizon. Its logs lie side by side, so that their round cut ends - pale wood with a
darker rim and pith - face us, their lower parts in the water, with a plank deck across their
tops. A thin dark mast stands from the middle of the deck with a square sail hung from a yard
near its top; white crests of waves run across the sea. Factors: where the raft is (left to
right), how many logs it is made of (3, 4, 5 or 6, added on its right; the deck is as wide as
they are and the mast stands in its middle), how far the mast leans (to the left, upright, to
the right; the sail leans with it), the hue of the sail (a cyclic factor with a whole-turn
period: the colour wheel comes round to red) and how rough the sea is (calm and smooth to
white-crested waves). The logs' size, the mast's length, the sky, the sun and the island stay
fixed; the whole raft always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("raft_x", "horizontal position of the raft (left to right)", "continuous"),
    Factor("logs", "number of logs the raft is made of", "categorical", ("3", "4", "5", "6")),
    Factor("mast_lean", "how far the raft's mast and sail lean (left, upright, right)", "continuous"),
    Factor("sail_hue", "hue of the raft's sail (round the colour wheel)", "cyclic", period=1.0),
    Factor("waves", "how rough the sea is (calm to white-crested waves)", "continuous"),
)
# raft_x: 0..1 puts the raft's left end at x = 6..14 px; logs: codes 0..3 are 3..6 logs, 8 px
# apart, added on the right (the mast stands in the middle of the deck); mast_lean: -0.4..0.4
# radians from upright (negative: the top leans left); sail_hue: 0..1 of the colour wheel, a
# whole turn; waves: 0..1 raises the crests from none (a smooth sea) to white lines about 2 px
# thick that swing 2.5 px up and down
RANGES = ((0.0, 1.0), (0.0, 3.0), (-0.4, 0.4), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.55, 0.72, 0.9)), np.array((0.88, 0.9, 0.92))
SEA_TOP, SEA_BOTTOM = np.array((0.2, 0.38, 0.58)), np.array((0.1, 0.22, 0.4))
SUN, ISLAND, CREST = (1.0, 0.95, 0.7), (0.18, 0.34, 0.2), (0.93, 0.96, 0.98)
WOOD, RING, RIM, DECK, MAST = (0.85, 0.68, 0.44), (0.62, 0.44, 0.26), (0.36, 0.23, 0.13), (0.55, 0.38, 0.22), \
    (0.26, 0.17, 0.1)
HORIZON, LOG_Y, LOG_R, LOG_STEP, WATERLINE = 30.0, 46.0, 4.0, 8.0, 49.0
DECK_TOP, DECK_BOTTOM = 40.2, 43.2
MAST_LEN, SAIL = 25.0, (6.0, 21.0, 8.5)  # along the mast: the sail's foot and head; its half-width
CRESTS = (35.0, 41.0, 48.0, 56.0)  # the rows the waves' crests run along
ROWS = (10, 52)  # the rows the raft can reach


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, HORIZON)[None].copy()
    R.over(img, R.coverage(np.hypot(x - 50.0, y - 16.0) - 4.5), SUN)
    R.over(img, R.coverage(np.maximum(R.ellipse_sdf(x - 6.0, y - HORIZON, 13.0, 5.0), y - HORIZON)), ISLAND)
    sea = R.vertical_gradient(SEA_TOP, SEA_BOTTOM, R.SIZE - HORIZON)
    sea = np.roll(sea, int(HORIZON), axis=1)
    img += (sea - img) * R.below(HORIZON, 1)[:, None]
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the waves' crests: white lines swinging up and down across the sea
    rough = R.col(f[:, 4])
    crests = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    for i, row in enumerate(CRESTS):
        swing = 2.5 * rough * np.sin(0.42 * x + 1.7 * i)
        np.minimum(crests, np.abs(y - row - swing), out=crests)
    R.over(img, 0.9 * R.coverage(crests - 1.4 * rough + 0.5), CREST)
    r0, r1 = ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    x0, count, a = R.col(6 + 8 * f[:, 0]), R.col(f[:, 1] + 3), R.col(f[:, 2])
    half = count * LOG_STEP / 2
    cx = x0 + half  # the mast, in the middle of the deck
    # the mast and its sail: u up the mast, v across it to the right
    u = (x - cx) * np.sin(a) - (y - DECK_TOP) * np.cos(a)
    v = (x - cx) * np.cos(a) + (y - DECK_TOP) * np.sin(a)
    foot, head, hw = SAIL
    R.over(part, R.coverage(np.maximum(np.abs(v) - 0.9, np.abs(u - MAST_LEN / 2) - MAST_LEN / 2)), MAST)
    sail = R.edges_sdf(v, u, -hw, hw, foot, head)
    R.over(part, R.coverage(sail), R.hsv(f[:, 3], 0.7, 0.92))
    R.over(part, 0.35 * R.coverage(np.maximum(np.abs(v) - 0.5, sail)), MAST)  # the mast behind the sail
    R.over(part, R.coverage(np.maximum(np.abs(v) - hw - 1.5, np.abs(u - head - 0.6) - 0.7)), MAST)  # the yard
    # the deck, and the logs' ends under it, their lower part under the water
    R.over(part, R.coverage(R.edges_sdf(x, y, x0, x0 + 2 * half, DECK_TOP, DECK_BOTTOM)), DECK)
    k = np.clip(np.floor((x - x0) / LOG_STEP), 0, count - 1)
    end = np.hypot(x - (x0 + (k + 0.5) * LOG_STEP), y - LOG_Y) - LOG_R
    R.over(part, R.coverage(end), RIM)
    R.over(part, R.coverage(end + 1.0), WOOD)
    R.over(part, R.coverage(end + LOG_R - 0.8), RING)  # the pith
    R.over(part, 0.6 * R.coverage(np.maximum(end, WATERLINE - y)), SEA_TOP)
    return R.to_uint8(img)


def render(raft_x: float, logs: float, mast_lean: float, sail_hue: float, waves: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[raft_x, logs, mast_lean, sail_hue, waves]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("raft", arg, n, seed, FACTORS, sample_factors, _draw)
