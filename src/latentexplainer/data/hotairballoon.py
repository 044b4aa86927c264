"""`hotairballoon`: a hot-air balloon drifting over a patchwork of fields and hedges under a
summer sky (64x64 RGB).

The sky, deeper blue at the top, holds two soft white clouds; below the horizon a line of hazy
blue-green hills gives way to fields in green and golden patches, bounded by dark hedgerows that
run across the land and converge towards the distance, with a few round trees. The balloon's
envelope is round at the top and narrows to a throat at the bottom, shaded on the side away from
the sun; four thin ropes hang from the throat to a wicker basket below it. Factors: where the
balloon is across the sky (left to right), how high it flies (low over the hills to high in the
sky), how far the wind tilts it (leaning left, upright, leaning right: the envelope and basket
turn together about the envelope's middle), the pattern on its envelope (plain, vertical
stripes, horizontal bands or checks, in its colour and white) and the hue of its envelope (red
through yellow, green and blue to purple). The balloon's size, the basket, the ropes and the
landscape stay fixed; the whole balloon always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("balloon_x", "horizontal position of the hot-air balloon (left to right)", "continuous"),
    Factor("altitude", "how high the balloon flies (low to high)", "continuous"),
    Factor("tilt", "tilt of the balloon in the wind (leaning left, upright, leaning right)", "continuous"),
    Factor("pattern", "pattern on the balloon's envelope", "categorical",
           ("plain", "vertical stripes", "horizontal bands", "checks")),
    Factor("envelope_hue", "hue of the balloon's envelope", "continuous"),
)
# balloon_x: 0..1 puts the envelope's middle at x = 15..49 px; altitude: 0..1 puts it at
# y = 36..14 px; tilt: -0.35..0.35 radians from upright (negative: the top leans to the left);
# pattern: the envelope's second colour (white) in no, vertical, horizontal or chequered stripes;
# envelope_hue: 0..0.8 of the colour wheel (no wrap)
RANGES = ((0.0, 1.0), (0.0, 1.0), (-0.35, 0.35), (0.0, 3.0), (0.0, 0.8))
SKY_TOP, SKY_LOW = (0.3, 0.56, 0.9), (0.72, 0.85, 0.96)
HILLS, HEDGE, TREE, CLOUD = (0.45, 0.6, 0.6), (0.16, 0.3, 0.14), (0.14, 0.34, 0.16), (0.98, 0.98, 1.0)
FIELDS = ((0.42, 0.66, 0.26), (0.78, 0.72, 0.34), (0.34, 0.56, 0.24), (0.62, 0.7, 0.3), (0.86, 0.8, 0.46))
WHITE, BASKET, ROPE = (0.97, 0.96, 0.92), (0.5, 0.33, 0.16), (0.22, 0.16, 0.12)
HORIZON = 42.0
R_ENV = 11.0  # the envelope's radius
THROAT_Y, THROAT_HW = 1.35 * R_ENV, 0.3 * R_ENV  # below the envelope's middle
BASKET_T, BASKET_B, BASKET_HW = THROAT_Y + 5.0, THROAT_Y + 9.5, 2.8
BANDS = 4  # stripes round the envelope, or bands down it, of each colour


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_LOW, end=HORIZON)[None].copy()
    for cx, cy, w in ((14.0, 9.0, 9.0), (50.0, 17.0, 7.0)):
        puff = np.minimum(np.minimum(R.ellipse_sdf(x - cx, y - cy, w, 2.6), np.hypot(x - cx + w / 3, y - cy + 1.8) - 3),
                          np.hypot(x - cx - w / 4, y - cy + 2.2) - 3.6)
        R.over(img, 0.85 * R.coverage(np.maximum(puff, y - cy - 2.0)), CLOUD)
    hills = HORIZON - 3.0 - 2.0 * np.sin(x * 0.11 + 1.0) - 1.2 * np.sin(x * 0.31)
    R.over(img, R.coverage(hills - y), HILLS)
    R.over(img, R.below(HORIZON, 1), FIELDS[0])
    # the fields: bands that widen towards the viewer, split by hedges converging on the distance
    depth = np.clip(y - HORIZON + 0.5, 0.5, None)
    band = np.floor(np.log(depth) * 2.2)
    across = (x - 32.0) / depth * 6.0  # columns in the ground plane
    column = np.floor(across / 14.0 + band * 0.37)
    which = ((band * 3 + column * 2) % len(FIELDS)).astype(int)
    ground = y > HORIZON
    for i, c in enumerate(FIELDS):
        R.over(img, (ground & (which == i)).astype(np.float32), c)
    hedge_rows = np.abs(np.log(depth) * 2.2 - np.round(np.log(depth) * 2.2)) / 2.2 * depth - 0.45
    col = across / 14.0 + band * 0.37
    hedge_cols = np.abs(col - np.round(col)) * 14.0 * depth / 6.0 - 0.5
    R.over(img, 0.85 * R.coverage(np.maximum(np.minimum(hedge_rows, hedge_cols), HORIZON + 0.5 - y)), HEDGE)
    for tx, ty, r in ((8.0, 47.0, 1.6), (40.0, 45.5, 1.2), (56.0, 52.0, 2.4), (22.0, 58.0, 2.8)):
        R.over(img, R.coverage(np.hypot(x - tx, y - ty) - r), TREE)
    return img[0]


BACKGROUND = _background()
WIN_W, WIN_H, WIN_UP = 26, 38, 12  # the window each balloon is drawn in, and how far it reaches above the middle


def _draw(f: np.ndarray) -> np.ndarray:
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the balloon is drawn in a window round it, each image's at its own place
    cx, cy = 15 + 34 * f[:, 0], 36 - 22 * f[:, 1]
    x0, y0 = np.floor(cx).astype(int) - WIN_W // 2, np.floor(cy).astype(int) - WIN_UP
    part = np.stack([img[i, :, y0[i]:y0[i] + WIN_H, x0[i]:x0[i] + WIN_W] for i in range(n)])
    x = (np.arange(WIN_W, dtype=np.float32) + 0.5)[None, None, :]
    y = (np.arange(WIN_H, dtype=np.float32) + 0.5)[None, :, None]
    bx, by, a = R.col(cx - x0), R.col(cy - y0), R.col(f[:, 2])
    # balloon coordinates: u across (to the right when upright), v down its axis from the envelope's middle
    u = (x - bx) * np.cos(a) + (y - by) * np.sin(a)
    v = (y - by) * np.cos(a) - (x - bx) * np.sin(a)
    # the ropes and the basket
    d = np.minimum(R.segment_sdf(np.abs(u), v, THROAT_HW - 0.3, THROAT_Y - 0.5, BASKET_HW - 0.4, BASKET_T),
                   R.segment_sdf(np.abs(u), v, THROAT_HW * 0.3, THROAT_Y - 0.5, BASKET_HW * 0.35, BASKET_T))
    R.over(part, R.coverage(d - 0.35), ROPE)
    basket = R.box_sdf(u, v - (BASKET_T + BASKET_B) / 2, BASKET_HW - 0.5, (BASKET_B - BASKET_T) / 2 - 0.5) - 0.5
    R.over(part, R.coverage(basket), BASKET)
    R.over(part, 0.5 * R.coverage(np.maximum(basket, np.abs(v - BASKET_T - 1.2) - 0.4)), ROPE)  # its rim
    # the envelope: a circle on top of a cone that narrows to the throat
    t = np.clip((v - 0.35 * R_ENV) / (THROAT_Y - 0.35 * R_ENV), 0.0, 1.0)
    width = np.where(v < 0.35 * R_ENV, np.sqrt(np.maximum(R_ENV ** 2 - v ** 2, 0.0)),
                     0.937 * R_ENV + (THROAT_HW - 0.937 * R_ENV) * t)
    cone = np.maximum((np.abs(u) - width) * 0.9, -v)
    env = np.maximum(np.minimum(np.hypot(u, v) - R_ENV, cone), v - THROAT_Y)
    cover = R.coverage(env)
    # the pattern: stripes round it follow its curve (by the fraction of its width), bands run down it
    across = np.arcsin(np.clip(u / np.maximum(width, 0.5), -1.0, 1.0)) / np.pi + 0.5  # 0..1 left to right
    stripe = np.abs(((across * 2 * BANDS) % 2.0) - 1.0) - 0.5  # negative: the white ones
    down = (v + R_ENV) / (R_ENV + THROAT_Y)
    band = np.abs(((down * 2 * BANDS - 0.5) % 2.0) - 1.0) - 0.5
    kind = R.col(f[:, 3])
    white = np.where(kind == 1, stripe * 6.0, np.where(kind == 2, band * 10.0,
                     np.where(kind == 3, -stripe * band * 40.0, 10.0)))
    colour = R.hsv(f[:, 4], 0.8, 0.92)
    R.over(part, cover, colour)
    R.over(part, cover * R.coverage(white), WHITE)
    # shading: the side away from the sun (on the right) darker, a glint on the left
    R.over(part, 0.35 * cover * np.clip(u / R_ENV + 0.1, 0.0, 1.0), (0.05, 0.05, 0.12))
    R.over(part, 0.35 * cover * R.coverage(R.ellipse_sdf(u + 4.5, v + 4.5, 2.2, 3.5)), (1.0, 1.0, 1.0))
    for i in range(n):
        img[i, :, y0[i]:y0[i] + WIN_H, x0[i]:x0[i] + WIN_W] = part[i]
    return R.to_uint8(img)


def render(balloon_x: float, altitude: float, tilt: float, pattern: float, envelope_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[balloon_x, altitude, tilt, pattern, envelope_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("hotairballoon", arg, n, seed, FACTORS, sample_factors, _draw)
