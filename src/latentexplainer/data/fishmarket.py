"""`fishmarket`: a fish stall at a harbour market, a big fish lying on the ice of its counter
under a striped awning, seen from the front (64x64 RGB).

The stall stands on the grey stones of the quay in front of the sea, under the sky. Two wooden
posts hold up a striped awning - white stripes between coloured ones, its lower edge cut in
scallops - over the stall's dark back. From the middle of the awning's edge a cream sign with
the dark lines of its lettering hangs on two short chains from one hook. Below, the wooden
counter is heaped with pale crushed ice, and on the ice lies a big silver-blue fish with a
darker back, its head to the right and its tail to the left. Rain falls in pale streaks over
the whole scene and greys the sky. Factors: where the fish lies along the counter (left to
right), the colour of the awning's stripes (red, blue or green), how far the sign swings on
its hook (its bottom to the left, hanging straight, to the right) and how hard it rains (dry
under a blue sky to pouring under a grey one). The posts, the counter, the ice, the fish's
size, the quay and the sea stay fixed; the whole fish always lies on the counter.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("fish_x", "where the fish lies along the counter (left to right)", "continuous"),
    Factor("awning_colour", "colour of the awning's stripes (red, blue or green)", "categorical",
           ("red", "blue", "green")),
    Factor("sign_swing", "how far the hanging sign swings (left, straight, right)", "continuous"),
    Factor("rain", "how hard it rains (dry to pouring)", "continuous"),
)
# fish_x: 0..1 puts the fish's middle at x = 22..44 px; awning_colour: AWNINGS; sign_swing:
# -0.5..0.5 radians about the hook (negative: the sign's bottom swings to the left); rain:
# 0..1 is the streaks' opacity (0: none, 1: 0.65) and how far the sky turns grey
RANGES = ((0.0, 1.0), (0.0, 2.0), (-0.5, 0.5), (0.0, 1.0))
AWNINGS = np.array(((0.85, 0.15, 0.15), (0.15, 0.3, 0.8), (0.12, 0.6, 0.25)), np.float32)
SKY_TOP, SKY_BOTTOM = np.array((0.4, 0.62, 0.9)), np.array((0.7, 0.83, 0.95))
GREY_TOP, GREY_BOTTOM = np.array((0.42, 0.44, 0.47)), np.array((0.58, 0.6, 0.62))
SEA, QUAY, QUAY_JOINT = (0.2, 0.4, 0.55), (0.5, 0.5, 0.5), (0.36, 0.36, 0.37)
POST, BACK, COUNTER, COUNTER_DARK, ICE = (0.45, 0.3, 0.17), (0.2, 0.17, 0.16), (0.5, 0.34, 0.2), \
    (0.36, 0.24, 0.14), (0.86, 0.92, 0.96)
FISH, FISH_BACK, EYE = (0.62, 0.68, 0.76), (0.3, 0.38, 0.5), (0.05, 0.05, 0.08)
SIGN, INK, CHAIN = (0.94, 0.88, 0.7), (0.2, 0.14, 0.1), (0.25, 0.25, 0.27)
RAIN, RAIN_ALPHA = (0.85, 0.88, 0.93), 0.65
HORIZON, QUAY_Y = 26.0, 52.0
STALL_L, STALL_R = 6.0, 58.0
AWNING_TOP, AWNING_BOTTOM, STRIPE = 9.0, 18.0, 4.0  # stripes STRIPE px wide, from the awning's left end
HOOK_X, HOOK_Y = 32.0, 19.5
SIGN_HW, SIGN_HH, SIGN_DROP = 8.0, 3.5, 8.0  # the sign's half-sizes, its middle SIGN_DROP px below the hook
ICE_Y, COUNTER_Y = 40.0, 43.0  # the ice's top, the counter's front
FISH_Y, FISH_RX, FISH_RY = 39.0, 10.0, 3.8
ROWS = (17, 46)  # the rows the sign and the fish can reach


def _static() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The scene without the sky, the fish, the sign and the awning's colour: the picture, its
    coverage (where it hides the sky) and the awning's coloured stripes."""
    x, y = R.grid()
    img = np.zeros((1, 3, R.SIZE, R.SIZE), np.float32)
    cover = np.zeros((1, R.SIZE, R.SIZE), np.float32)

    def paint(alpha, colour):
        R.over(img, alpha, colour)
        cover[:] = cover + alpha * (1.0 - cover)

    paint(R.below(HORIZON, 1), SEA)
    R.over(img, 0.25 * R.below(HORIZON, 1) * R.coverage(np.abs(np.sin(x * 0.6 + y * 2.3)) - 0.15), (0.9, 0.95, 1.0))
    paint(R.below(QUAY_Y - 6.0, 1), QUAY)
    joints = np.minimum(np.abs(((y - QUAY_Y) % 5.0) - 0.5), np.abs(((x + 3.5 * np.floor(y / 5.0)) % 9.0) - 0.5))
    R.over(img, R.below(QUAY_Y - 6.0, 1) * R.coverage(joints - 0.4), QUAY_JOINT)
    paint(R.coverage(R.edges_sdf(x, y, STALL_L + 2.0, STALL_R - 2.0, AWNING_BOTTOM, COUNTER_Y)), BACK)
    for px in (STALL_L + 1.0, STALL_R - 1.0):
        paint(R.coverage(R.edges_sdf(x, y, px - 1.2, px + 1.2, AWNING_TOP, QUAY_Y + 4.0)), POST)
    counter = R.coverage(R.edges_sdf(x, y, STALL_L + 1.0, STALL_R - 1.0, COUNTER_Y, QUAY_Y + 3.0))
    paint(counter, COUNTER)
    R.over(img, counter * R.coverage(np.abs(((y - COUNTER_Y) % 4.0) - 2.0) - 0.4), COUNTER_DARK)
    ice = np.maximum(R.edges_sdf(x, y, STALL_L + 1.0, STALL_R - 1.0, ICE_Y - 3.0, COUNTER_Y + 0.5),
                     ICE_Y - 1.2 * np.abs(np.sin(x * 0.8)) - y)
    paint(R.coverage(ice), ICE)
    R.over(img, 0.3 * R.coverage(ice) * R.coverage(np.abs(np.sin(x * 1.3 + y * 2.1)) - 0.25), (0.7, 0.8, 0.88))
    # the awning: a box with a scalloped lower edge; white between the coloured stripes
    scallop = np.minimum(y - AWNING_BOTTOM + 1.5,
                         np.hypot(((x - STALL_L + 2.0) % STRIPE) - STRIPE / 2, y - AWNING_BOTTOM + 1.5) - 1.6)
    awning = R.coverage(np.maximum(R.edges_sdf(x, y, STALL_L - 2.0, STALL_R + 2.0, AWNING_TOP, AWNING_BOTTOM + 2),
                                   scallop))
    paint(awning, (0.96, 0.95, 0.92))
    stripes = awning * R.coverage(np.abs(((x - STALL_L + 2.0) % (2 * STRIPE)) - STRIPE) - STRIPE / 2)
    R.over(img, awning * R.coverage(np.abs(y - AWNING_TOP - 0.5) - 0.7), (0.3, 0.3, 0.3))
    paint(R.coverage(np.hypot(x - HOOK_X, y - HOOK_Y) - 1.0), CHAIN)
    return img[0], cover[0], stripes[0]


STATIC, COVER, STRIPES = _static()
SKY_DRY, SKY_WET = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, HORIZON), R.vertical_gradient(GREY_TOP, GREY_BOTTOM, HORIZON)


def _rain_streaks() -> np.ndarray:
    x, y = R.grid()
    u = x + 0.3 * y  # the streaks slant a little
    lane = np.floor(u / 5.0)
    across = np.abs((u % 5.0) - 2.5) - 0.45
    along = np.abs(((y + 11.0 * np.sin(lane * 7.3)) % 9.0) - 4.5) - 2.5  # dashes 5 px long, 9 px apart
    return (R.coverage(across) * R.coverage(along))[0]


STREAKS = _rain_streaks()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    rain = R.col(f[:, 3])[:, None]  # (n, 1, 1, 1)
    img = SKY_DRY[None] + (SKY_WET - SKY_DRY)[None] * rain
    img = (img * (1.0 - COVER) + STATIC).astype(np.float32)
    R.over(img, np.broadcast_to(STRIPES, (n, R.SIZE, R.SIZE)), AWNINGS[f[:, 1].astype(int)])
    r0, r1 = ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    # the sign on its chains, turned about the hook: u across it, v down it
    a = R.col(-f[:, 2])  # positive: the sign's bottom to the right
    u = (x - HOOK_X) * np.cos(a) + (y - HOOK_Y) * np.sin(a)
    v = -(x - HOOK_X) * np.sin(a) + (y - HOOK_Y) * np.cos(a)
    chains = np.minimum(R.segment_sdf(u, v, 0.0, 0.0, -SIGN_HW + 2.0, SIGN_DROP - SIGN_HH),
                        R.segment_sdf(u, v, 0.0, 0.0, SIGN_HW - 2.0, SIGN_DROP - SIGN_HH)) - 0.45
    R.over(part, R.coverage(chains), CHAIN)
    board = R.box_sdf(u, v - SIGN_DROP, SIGN_HW, SIGN_HH)
    R.over(part, R.coverage(board), SIGN)
    R.over(part, R.coverage(np.abs(board + 0.6) - 0.6), INK)
    letters = np.maximum(np.abs(((u + SIGN_HW) % 3.0) - 1.5) - 0.6, np.abs(v - SIGN_DROP) - 1.4)
    R.over(part, 0.85 * R.coverage(np.maximum(letters, board + 2.0)), INK)
    # the fish on the ice: body, tail to the left, darker back, eye
    cx = R.col(22.0 + 22.0 * f[:, 0])
    body = R.ellipse_sdf(x - cx, y - FISH_Y, FISH_RX, FISH_RY)
    tx = x - (cx - FISH_RX + 0.5)
    tail = np.maximum(np.abs(y - FISH_Y) - 0.2 - 0.75 * (-tx), tx - 0.5)
    tail = np.maximum(tail, -tx - 5.0)
    fish = np.minimum(body, tail)
    R.over(part, R.coverage(fish), FISH)
    R.over(part, R.coverage(np.maximum(body, y - FISH_Y + 0.8)), FISH_BACK)
    R.over(part, R.coverage(np.hypot(x - cx - FISH_RX + 2.8, y - FISH_Y + 0.6) - 1.0), EYE)
    # the rain, over everything
    R.over(img, RAIN_ALPHA * rain[:, 0] * STREAKS[None], RAIN)
    return R.to_uint8(img)


def render(fish_x: float, awning_colour: float, sign_swing: float, rain: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[fish_x, awning_colour, sign_swing, rain]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("fishmarket", arg, n, seed, FACTORS, sample_factors, _draw)
