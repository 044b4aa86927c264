"""`bench`: a park bench standing on a lawn in front of a hedge, seen from the front (64x64 RGB).

The bench has a seat of two painted wooden slats and a backrest of two to four more with narrow gaps
between them, all of one hue, held on dark iron frames at both ends: each frame a pair of legs standing on the grass and
a post rising behind the seat to the top of the backrest, with a short armrest above the seat.
Behind it a dark green hedge with a bumpy top stands against a blue sky, and the lawn runs
down to the bottom of the image. Factors: where the bench stands (left to right), its length
(short to long), how many slats its backrest has (2, 3 or 4, sharing the same height: the more
there are, the narrower each), the hue of its paint (red through yellow and green to purple) and the daylight (a
dim evening to a bright day: the whole scene darker or brighter). The bench's height, the
slats' thickness, the hedge and the lawn stay fixed; the whole bench always lies inside the
image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

SLATS = (2, 3, 4)
FACTORS = (
    Factor("bench_x", "horizontal position of the bench (left to right)", "continuous"),
    Factor("bench_length", "length of the bench (short to long)", "continuous"),
    Factor("back_slats", "number of slats in the bench's backrest (2, 3 or 4)", "categorical",
           tuple(str(s) for s in SLATS)),
    Factor("paint_hue", "hue of the bench's painted slats (red through yellow and green to purple)",
           "continuous"),
    Factor("daylight", "brightness of the daylight (dim evening to bright day)", "continuous"),
)
# bench_x: 0..1 puts the bench's middle at x = 26..38 px; bench_length: 0..1 is a bench 14..24 px
# either side of its middle (the slats' ends; the frames stand 2.5 px inside them); back_slats: a
# code 0..2 for 2..4 slats filling y = 16..34 px with gaps of 3 px between them; paint_hue:
# 0..0.8 of the colour wheel (no wrap); daylight: 0..1 scales the whole image by 0.5..1
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 2.0), (0.0, 0.8), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.45, 0.66, 0.9)), np.array((0.72, 0.84, 0.95))
HEDGE, LEAF, LAWN, LAWN_DARK = (0.14, 0.32, 0.13), (0.22, 0.42, 0.18), (0.42, 0.66, 0.3), (0.36, 0.58, 0.26)
IRON, SHADOW = (0.12, 0.12, 0.13), (0.1, 0.2, 0.08)
HEDGE_TOP, LAWN_Y, GROUND = 22.0, 40.0, 55.0
BACK_TOP, BACK_BOTTOM, GAP, SLAT_HH = 16.0, 34.0, 3.0, 1.5
SEAT_Y = (38.5, 42.0)  # the middles of the two seat slats
FRAME_IN, IRON_HW = 2.5, 0.9


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, HEDGE_TOP + 6)[None].copy()
    top = HEDGE_TOP + 1.6 * np.sin(x * 0.55) + 1.0 * np.sin(x * 1.3 + 1.0)
    R.over(img, R.coverage(top - y), HEDGE)
    leaves = 0.5 + 0.5 * np.sin(x * 1.1 + 2.0 * np.sin(y * 0.7)) * np.sin(y * 1.3 + x * 0.4)
    R.over(img, 0.5 * leaves * R.coverage(top + 1.5 - y) * R.coverage(y - LAWN_Y), LEAF)
    R.over(img, R.below(LAWN_Y, 1), LAWN)
    stripes = R.coverage(np.abs((x + 0.4 * y) % 12.0 - 6.0) - 3.0) * R.coverage(LAWN_Y + 0.5 - y)
    return R.over(img, 0.7 * stripes, LAWN_DARK)[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    cx, hl = R.col(26 + 12 * f[:, 0]), R.col(14 + 10 * f[:, 1])
    slats = R.col(np.asarray(SLATS)[f[:, 2].astype(int)])
    paint = R.hsv(f[:, 3], 0.7, 0.95)
    u = np.abs(x - cx)  # the bench is symmetric about its middle
    fx = hl - FRAME_IN  # the frames' x (either side)
    # the shadow on the grass, then the iron frames: back posts, legs, armrests
    R.over(img, 0.35 * R.coverage(R.ellipse_sdf(x - cx, y - GROUND - 0.5, hl + 1.0, 1.8)), SHADOW)
    post = R.segment_sdf(u, y, fx, BACK_TOP - 1.0, fx, SEAT_Y[0]) - IRON_HW
    front = R.segment_sdf(u, y, fx - 0.5, SEAT_Y[0], fx + 1.0, GROUND) - IRON_HW
    back = R.segment_sdf(u, y, fx - 2.0, SEAT_Y[0], fx - 3.5, GROUND - 1.5) - IRON_HW * 0.8
    arm = R.segment_sdf(u, y, fx - 1.0, SEAT_Y[0] - 6.0, fx + 2.0, SEAT_Y[0] - 6.0) - IRON_HW
    arm_post = R.segment_sdf(u, y, fx + 1.5, SEAT_Y[0] - 6.0, fx + 0.5, SEAT_Y[0]) - IRON_HW * 0.8
    frames = np.minimum(np.minimum(np.minimum(post, front), np.minimum(back, arm)), arm_post)
    R.over(img, R.coverage(frames), IRON)
    # the backrest: its height cut into n slats by n - 1 gaps; then the seat's two slats
    pitch = (BACK_BOTTOM - BACK_TOP + GAP) / slats  # a slat and a gap
    within = np.abs(((y - BACK_TOP) % pitch) - (pitch - GAP) / 2) - (pitch - GAP) / 2
    slat_d = np.maximum(within, np.abs(y - (BACK_TOP + BACK_BOTTOM) / 2) - (BACK_BOTTOM - BACK_TOP) / 2)
    for mid in SEAT_Y:
        np.minimum(slat_d, np.abs(y - mid) - SLAT_HH, out=slat_d)
    slat_d = np.maximum(slat_d, u - hl)
    R.over(img, R.coverage(slat_d), paint)
    R.over(img, 0.5 * R.coverage(np.maximum(slat_d, -np.abs(u - hl + 4.0) + 0.5)), paint * 0.5)  # bolts
    light = 0.5 + 0.5 * f[:, 4]
    img *= light[:, None, None, None].astype(np.float32)
    return R.to_uint8(img)


def render(bench_x: float, bench_length: float, back_slats: float, paint_hue: float, daylight: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[bench_x, bench_length, back_slats, paint_hue, daylight]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("bench", arg, n, seed, FACTORS, sample_factors, _draw)
