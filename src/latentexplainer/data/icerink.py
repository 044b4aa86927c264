"""`icerink`: an outdoor ice rink in a town square at evening, skaters on the ice, seen from
straight above (64x64 RGB).

The rink is a rounded rectangle of pale blue ice in the middle of the image, ringed by white
boards with a thin dark edge, on dark grey paving with two dark green fir trees at opposite
corners. On the ice are a red line across its middle and a blue centre circle. The skaters,
seen from above, are each a dark coat (each a different colour: navy, dark red, dark green or
plum) with the arms held out to the sides and a yellow bobble hat in the middle, each casting a
soft shadow down and to the right on the ice. Falling snow shows as white flakes all over the
picture, and settles on the paving round the rink (not on the ice). The floodlights light the
whole square, a little brighter in the middle. Factors: how many skaters are on the ice (1 to
4; they join at fixed places in a fixed order), how big the rink is (small in the middle of
the square to filling most of it; its centre circle grows with it), how hard it is snowing
(none, through a few flakes, to many flakes and a white dusting on the paving) and how brightly
the floodlights shine (dim to bright). The skaters' places and looks, the paving and the trees
stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("skaters", "how many skaters are on the ice (1 to 4)", "categorical", ("1", "2", "3", "4")),
    Factor("rink_size", "size of the ice rink (small to large)", "continuous"),
    Factor("snowfall", "how hard it is snowing (none to heavy)", "continuous"),
    Factor("floodlights", "how brightly the floodlights light the rink (dim to bright)", "continuous"),
)
# skaters: code 0..3 is 1..4 skaters, at SKATERS in that order; rink_size: 0..1 is a rink of
# half-size 19x13..29x21 px (with its boards) centred in the image; snowfall: 0..1 brings in up
# to FLAKES snowflakes one after another and sets how thick the snow settles on the paving (0: none);
# floodlights: 0..1 scales the whole picture's brightness from 0.4 to about 1.1
RANGES = ((0.0, 3.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
PAVING, FIR, FIR_DARK = (0.34, 0.35, 0.38), (0.1, 0.3, 0.16), (0.06, 0.2, 0.1)
BOARDS, EDGE, ICE = (0.96, 0.96, 0.95), (0.2, 0.2, 0.24), (0.8, 0.9, 0.97)
RED_LINE, BLUE_LINE = (0.85, 0.2, 0.2), (0.25, 0.4, 0.85)
SNOW, HAT = (0.95, 0.96, 0.99), (0.96, 0.8, 0.16)
SKATERS = ((23.0, 27.0), (41.0, 37.0), (23.0, 37.0), (41.0, 27.0))
COATS = ((0.12, 0.16, 0.45), (0.55, 0.06, 0.1), (0.06, 0.34, 0.15), (0.36, 0.1, 0.42))
FLAKES = 80
CORNER = 6.0


def _flakes() -> tuple[np.ndarray, np.ndarray]:
    """For each pixel: the number of the flake covering it (FLAKES where none) and its coverage."""
    x, y = R.grid()
    rng = np.random.default_rng(3)
    which = np.full((R.SIZE, R.SIZE), float(FLAKES), np.float32)
    cover = np.zeros((R.SIZE, R.SIZE), np.float32)
    for i, (fx, fy) in enumerate(rng.uniform(1.0, 63.0, (FLAKES, 2))):
        c = R.coverage(np.hypot(x - fx, y - fy) - 1.1)[0]
        take = c > cover
        which[take], cover[take] = i, c[take]
    return which, cover


FLAKE_ID, FLAKE_COVER = _flakes()


def _square() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, PAVING)
    R.over(img, 0.25 * R.coverage(np.minimum(np.abs((x % 8.0) - 0.5), np.abs((y % 8.0) - 0.5)) - 0.4), EDGE)
    for tx, ty in ((5.0, 6.0), (59.0, 58.0)):
        R.over(img, R.coverage(np.hypot(x - tx, y - ty) - 6.0), FIR)
        R.over(img, R.coverage(np.hypot(x - tx + 1.0, y - ty + 1.0) - 2.5), FIR_DARK)
    return img[0]


SQUARE = _square()
_X, _Y = R.grid()
LIGHT = (0.8 + 0.2 * np.exp(-((_X - 32.0) ** 2 + (_Y - 32.0) ** 2) / (2 * 20.0 ** 2)))[0]


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SQUARE
    hx, hy = R.col(19 + 10 * f[:, 1]), R.col(13 + 8 * f[:, 1])
    u, v = x - 32.0, y - 32.0
    rink = R.box_sdf(u, v, hx - CORNER, hy - CORNER) - CORNER
    R.over(img, R.coverage(rink - 0.8), EDGE)
    R.over(img, R.coverage(rink), BOARDS)
    ice = rink + 2.0
    R.over(img, R.coverage(ice), ICE)
    # the markings, on the ice only
    R.over(img, R.coverage(np.maximum(np.abs(u) - 0.8, ice)), RED_LINE)
    R.over(img, R.coverage(np.maximum(np.abs(np.hypot(u, v) - 0.4 * hy) - 0.6, ice)), BLUE_LINE)
    # the skaters, each in its own little square, with a soft shadow
    code = f[:, 0]
    for k, (sx, sy) in enumerate(SKATERS):
        r0, c0 = int(sy) - 9, int(sx) - 10
        part, su, sv = img[:, :, r0:r0 + 19, c0:c0 + 21], x[:, :, c0:c0 + 21] - sx, y[:, r0:r0 + 19] - sy
        here = R.col(code >= k)
        arms = R.segment_sdf(su, sv, -8.5, 0.0, 8.5, 0.0) - 1.2  # held out to the sides
        shadow = R.segment_sdf(su, sv, -6.5, 2.0, 10.5, 2.0) - 1.6
        shadow = np.minimum(R.ellipse_sdf(su - 2.0, sv - 2.0, 7.4, 4.6), shadow)
        R.over(part, 0.35 * here * R.coverage(shadow), (0.0, 0.0, 0.0))
        R.over(part, here * R.coverage(np.minimum(R.ellipse_sdf(su, sv, 7.0, 4.2), arms)), COATS[k])
        R.over(part, here * R.coverage(np.hypot(su, sv) - 2.4), HAT)
    # the snow: settled on the paving round the rink, and the flakes falling over everything
    snow = R.col(f[:, 2])
    R.over(img, 0.6 * snow * R.coverage(-rink), SNOW)
    R.over(img, FLAKE_COVER * np.clip(FLAKES * snow - FLAKE_ID, 0.0, 1.0), SNOW)
    # the floodlights
    img *= (0.4 + 0.7 * R.col(f[:, 3]) * LIGHT)[:, None]
    return R.to_uint8(img)


def render(skaters: float, rink_size: float, snowfall: float, floodlights: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[skaters, rink_size, snowfall, floodlights]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("icerink", arg, n, seed, FACTORS, sample_factors, _draw)
