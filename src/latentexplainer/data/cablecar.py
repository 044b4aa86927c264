"""`cablecar`: a cable car gondola hanging from its cable over a mountain valley, seen from the
side (64x64 RGB).

A dark steel cable runs straight across the sky, rising from the lower left of the image to
the upper right, in front of snow-capped grey mountains above a green valley floor. The gondola
hangs from the cable by a grip and a thin hanger: a painted cabin with rounded corners, a darker
roof band and a band of pale windows split by mullions. Factors: where the car is along the
cable (bottom left to top right: it climbs as it goes right), how far the cabin swings on its
hanger to the left or the right (the cabin turns with the hanger about the grip), the hue of the
cabin's paint (a cyclic factor: a whole turn of the colour wheel) and how thick the fog is (from
clear air to a thick pale grey fog over the whole scene). The cable, the mountains, the valley,
the hanger's length and the cabin's size stay fixed; the whole car always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("car_position", "where the cable car is along its cable (bottom left to top right)", "continuous"),
    Factor("swing", "how far the cabin swings on its hanger (to the left or to the right)", "continuous"),
    Factor("cabin_hue", "hue of the cable car's cabin", "cyclic", period=1.0),
    Factor("fog", "how thick the fog is (clear to thick grey fog)", "continuous"),
)
# car_position: 0..1 puts the grip at x = 14..50 px on the cable, which rises from (0, 22) to
# (64, 6) px, so the grip is at y = 18.5..9.5 px; swing: -0.45..0.45 radians of the hanger from
# hanging straight down (negative: the cabin swings to the left, positive: to the right); the
# hanger is 9 px long and the cabin (16 x 13 px) hangs below it; cabin_hue: 0..1 of the colour
# wheel (a whole turn: 0 and 1 are the same red); fog: 0..1 lays a pale grey haze of opacity
# 0..0.65 over everything
RANGES = ((0.0, 1.0), (-0.45, 0.45), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.38, 0.6, 0.88)), np.array((0.72, 0.84, 0.95))
ROCK, SNOW, VALLEY = (0.42, 0.42, 0.46), (0.95, 0.96, 0.98), (0.3, 0.52, 0.25)
CABLE, STEEL, WINDOW, FOG = (0.12, 0.12, 0.14), (0.22, 0.22, 0.25), (0.78, 0.88, 0.95), (0.84, 0.85, 0.87)
CABLE_A, CABLE_B = (0.0, 22.0), (64.0, 6.0)
PEAKS = ((8.0, 26.0), (30.0, 18.0), (54.0, 24.0))  # the mountains' peaks (x, y), their flanks 1 in 0.9
SNOW_DEPTH, VALLEY_Y = 9.0, 52.0
HANGER, CABIN_HX, CABIN_HY = 9.0, 8.0, 6.5
FOG_ALPHA = 0.65


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, 48.0)[None].copy()
    ridge = np.min([py + np.abs(x - px) / 0.9 for px, py in PEAKS], axis=0)  # (1, 1, W)
    R.over(img, R.coverage(ridge - y), ROCK)
    # a cap on each peak, down to SNOW_DEPTH below it, with a ragged lower edge
    ragged = 1.2 * np.sin(x * 1.3)
    caps = np.min([np.maximum(py + np.abs(x - px) / 0.9 - y, y - (py + SNOW_DEPTH + ragged)) for px, py in PEAKS],
                  axis=0)
    R.over(img, R.coverage(caps), SNOW)
    R.over(img, R.below(VALLEY_Y, 1), VALLEY)
    (ax, ay), (bx, by) = CABLE_A, CABLE_B
    R.over(img, R.coverage(R.segment_sdf(x, y, ax, ay, bx, by) - 0.6), CABLE)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    (ax, ay), (bx, by) = CABLE_A, CABLE_B
    gx = R.col(14 + 36 * f[:, 0])
    gy = ay + (by - ay) * (gx - ax) / (bx - ax)
    s = R.col(f[:, 1])
    dx, dy = np.sin(s), np.cos(s)  # down the hanger
    tx, ty = gx + HANGER * dx, gy + HANGER * dy  # the top of the cabin
    cx, cy = tx + CABIN_HY * dx, ty + CABIN_HY * dy
    # the grip and the hanger
    R.over(img, R.coverage(R.box_sdf(x - gx, y - gy, 2.5, 1.2) - 0.3), STEEL)
    R.over(img, R.coverage(R.segment_sdf(x, y, gx, gy, tx, ty) - 0.8), STEEL)
    # the cabin, in its own coordinates: u to its right, v down it
    u = (x - cx) * dy - (y - cy) * dx
    v = (x - cx) * dx + (y - cy) * dy
    cabin = R.box_sdf(u, v, CABIN_HX - 2.0, CABIN_HY - 2.0) - 2.0
    inside = R.coverage(cabin)
    paint = R.hsv(f[:, 2], 0.75, 0.85)
    R.over(img, inside, paint)
    R.over(img, inside * R.coverage(v + CABIN_HY - 2.5), R.hsv(f[:, 2], 0.7, 0.5))  # the roof band
    panes = np.maximum(R.box_sdf(u, v + 0.5, CABIN_HX - 2.0, 2.6),
                       -(np.abs(((u + 16.0) % 4.0) - 2.0) - 0.5))  # split every 4 px by a mullion
    R.over(img, inside * R.coverage(panes), WINDOW)
    R.over(img, R.coverage(np.abs(cabin) - 0.5) * 0.6, STEEL)  # its outline
    fog = R.col(FOG_ALPHA * f[:, 3])
    return R.to_uint8(R.over(img, np.broadcast_to(fog, (n, R.SIZE, R.SIZE)), FOG))


def render(car_position: float, swing: float, cabin_hue: float, fog: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[car_position, swing, cabin_hue, fog]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("cablecar", arg, n, seed, FACTORS, sample_factors, _draw)
