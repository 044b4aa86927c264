"""`wigmaker`: a wigmaker's shop, a wig dressed on a wooden head stand on the counter, rows of
rolled curls at its sides and a cloud of powder puffed at it from a pair of bellows, seen from
the front (64x64 RGB).

The shop's wall is papered blue with faint paler stripes; an oval mirror in a gilt frame
hangs on it at the upper left. A wooden counter runs along the bottom of the image. In the
middle of the counter stands a wig stand: a turned wooden pole rising to a pale wooden head,
its face left bare below the wig's front. The wig covers the top of the head, its hair falling
behind the head to the shoulders or below; over each ear sits a stack of rolled curls, one
above the other, sticking out from the sides of the wig. On the right a pair of brown bellows
points at the wig, and a cloud of white powder drifts from its nozzle towards the head.
Factors: how long the wig's hair hangs (to the jaw to down near the counter), how many rows of
rolled curls it has at each side (1 to 3), the colour of the wig's hair (powdered white
through grey and brown to nearly black) and how much powder is puffed at it (none to a big
cloud). The wall, the mirror, the counter, the stand and the bellows stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("hair_length", "how long the wig's hair hangs (to the jaw to near the counter)", "continuous"),
    Factor("curl_rows", "how many rows of rolled curls the wig has at each side (1 to 3)", "categorical",
           ("1", "2", "3")),
    Factor("hair_shade", "colour of the wig's hair (powdered white to nearly black)", "continuous"),
    Factor("powder", "how much powder is puffed at the wig from the bellows (none to a big cloud)",
           "continuous"),
)
# hair_length: 0..1 lets the hair hang 5..26 px below the head's middle at (HEAD_X, HEAD_Y) px;
# curl_rows: a code 0..2 for 1..3 rows, from the top, about CURL_STEP px apart, each row 15% fuller
# than the one above it; hair_shade: 0..1 runs the hair's colour through SHADES (white, grey, brown,
# nearly black); powder: 0..1 fades in the cloud's puffs (each at full strength once powder passes
# its share) and swells them
RANGES = ((0.0, 1.0), (0.0, 2.0), (0.0, 1.0), (0.0, 1.0))
WALL, STRIPE, GILT, MIRROR = (0.2, 0.34, 0.72), (0.25, 0.39, 0.77), (0.82, 0.66, 0.3), (0.8, 0.84, 0.86)
COUNTER, COUNTER_EDGE, WOOD, WOOD_DARK = (0.5, 0.33, 0.2), (0.36, 0.23, 0.13), (0.84, 0.7, 0.52), (0.62, 0.48, 0.33)
BELLOWS, LEATHER, POWDER = (0.5, 0.32, 0.16), (0.32, 0.2, 0.1), (0.97, 0.96, 0.94)
SHADES = np.array(((0.95, 0.94, 0.9), (0.62, 0.62, 0.62), (0.45, 0.28, 0.15), (0.1, 0.08, 0.07)))
COUNTER_Y = 52.0
HEAD_X, HEAD_Y, HEAD_RX, HEAD_RY = 26.0, 24.0, 8.0, 10.0
CURL_X, CURL_Y, CURL_STEP, CURL_RX, CURL_RY = 16.0, 20.0, 7.0, 6.8, 3.5
NOZZLE = (47.5, 14.0)
CLOUD = ((44.0, 12.0, 3.0), (41.0, 16.0, 3.5), (39.0, 9.0, 3.5), (35.5, 13.0, 4.5), (42.5, 5.0, 3.0),
         (46.5, 18.0, 2.8))  # the powder's puffs, (x, y, radius), in the order they fade in


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, R.coverage(np.abs((x % 6.0) - 3.0) - 0.7), STRIPE)
    mirror = R.ellipse_sdf(x - 7.0, y - 11.0, 5.0, 7.0)
    R.over(img, R.coverage(mirror - 1.2), GILT)
    R.over(img, R.coverage(mirror + 0.4), MIRROR)
    R.over(img, 0.5 * R.coverage(np.maximum(mirror + 1.0, np.abs(x + 0.6 * y - 13.5) - 1.2)), (0.9, 0.93, 0.95))
    R.over(img, R.below(COUNTER_Y, 1), COUNTER)
    R.over(img, R.coverage(np.maximum(np.abs(y - COUNTER_Y - 2.0) - 0.8, COUNTER_Y - y)), COUNTER_EDGE)
    # the stand: a foot, a turned pole and a neck
    stand = np.minimum(R.ellipse_sdf(x - HEAD_X, y - COUNTER_Y, 6.0, 1.8), R.edges_sdf(x, y, HEAD_X - 1.4, HEAD_X + 1.4,
                                                                                     HEAD_Y + 10.0, COUNTER_Y))
    stand = np.minimum(stand, R.ellipse_sdf(x - HEAD_X, y - 42.0, 2.8, 1.4))
    R.over(img, R.coverage(stand), WOOD_DARK)
    R.over(img, R.coverage(R.edges_sdf(x, y, HEAD_X - 3.0, HEAD_X + 3.0, HEAD_Y + 5.0, HEAD_Y + 11.0)), WOOD)
    # the bellows: two boards, the leather between them, a brass nozzle pointing at the wig
    boards = np.abs(R.ellipse_sdf(x - 56.5, y - 19.0, 6.0, 4.5)) - 1.0
    R.over(img, R.coverage(R.ellipse_sdf(x - 56.5, y - 19.0, 6.0, 4.5)), LEATHER)
    R.over(img, R.coverage(boards), BELLOWS)
    R.over(img, R.coverage(R.segment_sdf(x, y, 51.0, 17.0, *NOZZLE) - 1.0), GILT)
    return img[0]


SCENE = _scene()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    t = np.clip(f[:, 2], 0.0, 1.0) * (len(SHADES) - 1)
    i = np.minimum(t.astype(int), len(SHADES) - 2)
    hair = SHADES[i] + (SHADES[i + 1] - SHADES[i]) * (t - i)[:, None]
    dark = hair * 0.62 + 0.04
    # the hair hanging behind the head
    bottom = R.col(HEAD_Y + 5.0 + 21.0 * f[:, 0])
    back = np.maximum(np.abs(x - HEAD_X) - 10.5 - 0.1 * (y - HEAD_Y), np.maximum(HEAD_Y - 10.0 - y, y - bottom))
    back = np.minimum(back, R.ellipse_sdf(x - HEAD_X, y - bottom, 10.5 + 0.1 * (bottom - HEAD_Y), 2.0))
    R.over(img, R.coverage(back), hair)
    R.over(img, 0.6 * R.coverage(np.maximum(np.abs(((x - HEAD_X + 1.5) % 3.0) - 1.5) - 0.35, back + 1.0)), dark)
    # the head's bare face and the wig's crown over it
    R.over(img, R.coverage(R.ellipse_sdf(x - HEAD_X, y - HEAD_Y, HEAD_RX, HEAD_RY)), WOOD)
    crown = np.maximum(R.ellipse_sdf(x - HEAD_X, y - (HEAD_Y - 1.0), HEAD_RX + 2.2, HEAD_RY + 1.5), y - (HEAD_Y - 3.0))
    R.over(img, R.coverage(crown), hair)
    R.over(img, 0.7 * R.coverage(np.maximum(np.abs(np.abs(x - HEAD_X) - 3.5) - 0.4, crown + 1.0)), dark)
    # the rolled curls at each side, from the top
    rows = f[:, 1].astype(int)
    for k in range(3):
        on = (rows >= k).astype(np.float32)[:, None, None]
        cy = CURL_Y + CURL_STEP * k + 0.6 * k * k
        rx, ry = CURL_RX * (1.0 + 0.15 * k), CURL_RY * (1.0 + 0.15 * k)  # each row a little fuller
        for side in (-1.0, 1.0):
            curl = R.ellipse_sdf(x - HEAD_X - side * CURL_X, y - cy, rx, ry)
            roll = np.clip(1.0 - 0.2 * (y - cy) / ry, 0.75, 1.0)  # lit from above, shaded under it
            R.over(img, on * R.coverage(curl), hair[:, :, None, None] * roll[:, None])
            swirl = np.abs(R.ellipse_sdf(x - HEAD_X - side * CURL_X, y - cy, 0.5 * rx, 0.45 * ry)) - 0.45
            R.over(img, on * R.coverage(np.minimum(np.abs(curl + 0.7) - 0.7, swirl)), dark)
    # the powder cloud
    p = f[:, 3]
    share = len(CLOUD)
    for k, (px, py, r) in enumerate(CLOUD):
        strength = R.col(np.clip(share * p - k, 0.0, 1.0))
        puff = np.hypot(x - px, y - py) - r * R.col(0.6 + 0.4 * p)
        R.over(img, 0.75 * strength * R.coverage(puff), POWDER)
    return R.to_uint8(img)


def render(hair_length: float, curl_rows: float, hair_shade: float, powder: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[hair_length, curl_rows, hair_shade, powder]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("wigmaker", arg, n, seed, FACTORS, sample_factors, _draw)
