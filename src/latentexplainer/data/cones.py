"""`cones`: a row of traffic cones standing on an asphalt road in sunshine, seen from the front
(64x64 RGB).

The cones stand side by side, evenly spaced and centred across the image, on the road in the
lower part of the image. Each is a tapering cone with a blunt tip and a white reflective band
round its middle, on a square base of a darker shade of its colour; the side of each cone away
from the sun is shaded darker, and each casts a dark shadow across the road on that side. The
road is grey asphalt with a fine grain and a dashed white line near the bottom; behind it are
a pale kerb, a grass verge, a line of dark trees and a pale sky. Factors: the number of cones
(2 to 5), the cones' height (short to tall; they widen with it), where the sun is (on the left,
overhead, on the right; the shadows fall the other way), the cones' hue (red through orange and
yellow to lime) and the lightness of the road's asphalt (dark to pale). The spacing of the
cones, the band's place on them, the kerb, the verge, the trees and the sky stay fixed; all the
cones always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

COUNTS = ("2", "3", "4", "5")
FACTORS = (
    Factor("cone_count", "number of traffic cones on the road", "categorical", COUNTS),
    Factor("cone_height", "height of the traffic cones (short to tall)", "continuous"),
    Factor("sun_side", "where the sun is (left to right); the shadows fall the other way", "continuous"),
    Factor("cone_hue", "hue of the cones (red through orange and yellow to lime)", "continuous"),
    Factor("road_lightness", "lightness of the road's asphalt (dark to pale)", "continuous"),
)
# cone_count: 2..5 cones, 12 px apart, centred on x = 32 px; cone_height: 0..1 is a cone 14..24 px
# high standing on y = 50 px (its base half-width 0.2 times the height plus 1 px, its square base
# 1 px wider); sun_side: -1..1 casts each shadow 20 px to the right (sun on the left) .. 20 px to
# the left (sun on the right), a 0.6-opaque ellipse, and shades the cones' far sides; cone_hue: 0..0.25 of the colour wheel; road_lightness: 0..1 is
# an asphalt grey of value 0.15..0.6
RANGES = ((0.0, 3.0), (0.0, 1.0), (-1.0, 1.0), (0.0, 0.25), (0.0, 1.0))
SKY, TREES, VERGE, KERB, LINE = (
    (0.8, 0.86, 0.92),
    (0.15, 0.3, 0.15),
    (0.4, 0.6, 0.25),
    (0.78, 0.77, 0.74),
    (0.95, 0.95, 0.92),
)
BAND = (0.96, 0.96, 0.96)
SKY_Y, VERGE_Y, KERB_Y, ROAD_Y, LINE_Y = 14.0, 17.0, 23.0, 26.0, 58.5
BASE_Y, SPACING, PLATE_H, TIP_HW = 50.0, 12.0, 2.2, 1.0
BAND_LO, BAND_HI = 0.4, 0.62  # the band, as fractions of the height up the cone
SHADOW_DX, SHADOW_RY, SHADOW_ALPHA = 20.0, 2.8, 0.6
ROAD_TINT = np.array((1.0, 1.0, 1.04), np.float32)
GRAIN = np.random.default_rng(20_240_601).uniform(-0.03, 0.03, (R.SIZE, R.SIZE)).astype(np.float32)
ROWS = (int(BASE_Y - 24.0) - 1, int(BASE_Y + SHADOW_RY) + 3)  # the rows the cones and shadows can reach


def _backgrounds() -> tuple[np.ndarray, np.ndarray]:
    """The scene with black asphalt (its grain and the line drawn in), and where the road shows."""
    x, y = R.grid()
    img = R.canvas(1, SKY)
    tree_line = SKY_Y - 3.0 + 1.5 * np.sin(x * 0.7) + 1.2 * np.sin(x * 1.9 + 2.0)
    R.over(img, R.coverage(tree_line - y), TREES)
    R.over(img, R.below(VERGE_Y, 1), VERGE)
    R.over(img, R.below(KERB_Y, 1), KERB)
    R.over(img, R.coverage(np.abs((x % 8.0) - 0.5) - 0.5) * R.below(KERB_Y, 1)[0], (0.55, 0.54, 0.52))
    road = R.below(ROAD_Y, 1)[0]
    img *= 1.0 - road
    img += (road * GRAIN)[None, None]
    dashes = np.maximum(np.abs(y - LINE_Y) - 0.9, np.abs((x % 16.0) - 8.0) - 5.0)
    line = R.coverage(dashes)
    img *= 1.0 - line
    img += line * np.asarray(LINE, np.float32)[:, None, None]
    return img[0], road * (1.0 - line[0])


BACKGROUND, ROAD = _backgrounds()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    img += ROAD * R.col(0.15 + 0.45 * f[:, 4])[:, None] * ROAD_TINT[:, None, None]
    r0, r1 = ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    count, h, sun = R.col(2 + f[:, 0]), R.col(14 + 10 * f[:, 1]), R.col(f[:, 2])
    bw = 0.2 * h + 1.0
    dx = -SHADOW_DX * sun
    # each slot's cone (absent past the count): the nearest cone's distance and where across it
    shadow = np.full((n, r1 - r0, R.SIZE), np.inf, np.float32)
    body = np.full_like(shadow, np.inf)
    plate = np.full_like(shadow, np.inf)
    across = np.zeros_like(shadow)
    t = (BASE_Y - y) / h  # how far up the cone, 0..1
    half = bw + (TIP_HW - bw) * t
    ends = np.maximum(y - BASE_Y + PLATE_H, BASE_Y - h - y)
    for i in range(int(COUNTS[-1])):
        here = count > i
        cx = 32.0 + (i - (count - 1) / 2) * SPACING
        u = x - cx
        s = R.ellipse_sdf(u - dx / 2, y - BASE_Y - 0.5, bw + np.abs(dx) / 2 + 1.0, SHADOW_RY)
        np.minimum(shadow, np.where(here, s, np.inf), out=shadow)
        b = np.where(here, np.maximum(np.abs(u) - half, ends), np.inf)
        np.copyto(across, u / bw, where=b < body)
        np.minimum(body, b, out=body)
        p = np.maximum(np.abs(u) - (bw + 1.0), np.abs(y - BASE_Y + PLATE_H / 2) - PLATE_H / 2)
        np.minimum(plate, np.where(here, p, np.inf), out=plate)
    R.over(part, SHADOW_ALPHA * R.coverage(shadow), (0.0, 0.0, 0.0))
    colour = R.hsv(f[:, 3], 0.9, 0.95)
    R.over(part, R.coverage(plate), colour * 0.55)
    cone = R.coverage(body)
    R.over(part, cone, colour)
    band = np.maximum(np.abs(t - (BAND_LO + BAND_HI) / 2) * h - (BAND_HI - BAND_LO) / 2 * h, body)
    R.over(part, R.coverage(band), BAND)
    shade = 0.3 * cone * np.clip(-across * sun, 0.0, 1.0)  # the side away from the sun
    part *= (1.0 - shade)[:, None]
    return R.to_uint8(img)


def render(
    cone_count: float, cone_height: float, sun_side: float, cone_hue: float, road_lightness: float
) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[cone_count, cone_height, sun_side, cone_hue, road_lightness]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("cones", arg, n, seed, FACTORS, sample_factors, _draw)
