"""`lighthouse`: a lighthouse on a rocky islet in the sea, its lamp sending a beam of light
across the evening sky, seen from the side (64x64 RGB).

The lighthouse stands in the middle of the image on a dark rocky islet in a band of dark blue
sea along the bottom. Its tower is white and tapers towards the top, with red bands painted
around it, evenly spaced down its length; on top are a dark gallery, a small lantern room
with a bright yellow lamp, and a dark red pointed roof. A pale yellow beam of light, a narrow
wedge widening away from the lamp and fading with distance, shines from the lamp out across
the sky, and the lamp has a soft glow around it. The sky is darker at the top and lighter
towards the horizon. Factors: the direction the beam points (to the left, straight up, or to
the right, and everything between), the height of the tower (the lantern, the roof and the
beam's starting point rise with it), the number of red bands around the tower and the
brightness of the sky. The tower's widths, its colours, the islet, the sea and the sky's hue
stay fixed; the whole lighthouse always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

BANDS = ("1", "2", "3", "4")
FACTORS = (
    Factor("beam_angle", "direction the lighthouse's light beam points (left, up, right)", "continuous"),
    Factor("tower_height", "height of the lighthouse's tower (short to tall)", "continuous"),
    Factor("band_count", "number of red bands painted around the tower (1 to 4)", "categorical", BANDS),
    Factor("sky_brightness", "brightness of the sky (dark night to bright evening)", "continuous"),
)
# beam_angle: -1.4..1.4 radians from straight up, clockwise on screen (negative: the beam
# points to the upper left, -1.4 nearly level; 0: straight up; positive: to the upper right);
# tower_height: 0..1 is a tower 16..32 px tall from its foot at y = 52 px (its top at
# y = 36..20 px; the lamp 4.25 px above the top, the roof's apex 11 px above it);
# band_count: category codes 0..3 are 1..4 red bands, each 1/7 of the tower's height thick,
# centred at (i + 0.5) / count of the way down the tower; sky_brightness: 0..1 scales the sky
# (blue at the top, pale lilac at the horizon, at full brightness) by 0.15..1
RANGES = ((-1.4, 1.4), (0.0, 1.0), (0.0, len(BANDS) - 1.0), (0.0, 1.0))
SKY_TOP, SKY_LOW = np.array((0.3, 0.38, 0.72)), np.array((0.78, 0.72, 0.86))
SEA = (0.06, 0.14, 0.28)
ROCK = (0.2, 0.18, 0.17)
WHITE = (0.94, 0.93, 0.89)
RED = (0.8, 0.1, 0.1)
DARK = (0.12, 0.12, 0.14)  # the gallery
ROOF = (0.42, 0.08, 0.07)
LAMP = (1.0, 0.93, 0.5)
BEAM = (1.0, 0.96, 0.66)
CX, FOOT, HORIZON = 32.0, 52.0, 52.0
FOOT_HW, TOP_HW = 8.0, 5.0  # the tower's half-width at its foot and its top
GALLERY_HW, GALLERY_H = 6.5, 1.5
LANTERN_HW, LANTERN_H = 4.0, 5.5  # the lantern room, above the gallery
ROOF_HW, ROOF_H = 5.5, 4.0
BEAM_HW, BEAM_SPREAD, BEAM_FADE, BEAM_ALPHA = 1.5, 0.13, 75.0, 0.7
GLOW_SIGMA, GLOW_ALPHA = 3.0, 0.55


SKY = R.vertical_gradient(SKY_TOP, SKY_LOW, HORIZON)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = SKY[None] * (0.15 + 0.85 * f[:, 3].astype(np.float32))[:, None, None, None]
    sea = R.below(HORIZON, n)
    img = R.over(img, sea, SEA)
    rock = np.maximum(R.ellipse_sdf(x - CX, y - (FOOT + 3.5), 17.0, 6.0), y - 57.0)
    img = R.over(img, np.broadcast_to(R.coverage(rock), (n, R.SIZE, R.SIZE)), ROCK)
    height = R.col(16 + 16 * f[:, 1])
    top = FOOT - height
    lamp_y = top - GALLERY_H - LANTERN_H / 2
    # the beam: u along it from the lamp, v across it
    a = R.col(f[:, 0])
    u = (x - CX) * np.sin(a) - (y - lamp_y) * np.cos(a)
    v = (x - CX) * np.cos(a) + (y - lamp_y) * np.sin(a)
    beam = R.coverage(np.abs(v) - (BEAM_HW + BEAM_SPREAD * np.maximum(u, 0.0))) * R.coverage(-u)
    img = R.over(img, BEAM_ALPHA * beam * np.clip(1.0 - u / BEAM_FADE, 0.0, 1.0), BEAM)
    # the tower and its bands
    slope = (FOOT_HW - TOP_HW) / height
    side = (np.abs(x - CX) - (FOOT_HW - slope * (FOOT - y))) / np.sqrt(1 + slope ** 2)
    tower = R.coverage(np.maximum(side, np.maximum(top - y, y - FOOT)))
    img = R.over(img, tower, WHITE)
    count = R.col(f[:, 2].astype(int) + 1)
    t = (y - top) / height * count  # bands at t = 0.5, 1.5, ...
    band = (np.abs(t - np.floor(t) - 0.5) - count / 14) * height / count
    img = R.over(img, tower * R.coverage(band), RED)
    # the gallery, the lantern room with its lamp, and the roof
    gallery = R.box_sdf(x - CX, y - (top - GALLERY_H / 2), GALLERY_HW, GALLERY_H / 2)
    img = R.over(img, R.coverage(gallery), DARK)
    lantern = R.box_sdf(x - CX, y - lamp_y, LANTERN_HW, LANTERN_H / 2)
    img = R.over(img, R.coverage(lantern), LAMP)
    roof_base = top - GALLERY_H - LANTERN_H
    roof = np.maximum((np.abs(x - CX) * ROOF_H + (roof_base - y) * ROOF_HW - ROOF_HW * ROOF_H)
                      / np.hypot(ROOF_H, ROOF_HW), y - roof_base)
    img = R.over(img, R.coverage(roof), ROOF)
    glow = np.exp(-((x - CX) ** 2 + (y - lamp_y) ** 2) / (2 * GLOW_SIGMA ** 2))
    return R.to_uint8(R.over(img, GLOW_ALPHA * glow, LAMP))


def render(beam_angle: float, tower_height: float, band_count: float, sky_brightness: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8; ``band_count`` is the category code (0..3 for 1..4
    bands)."""
    return _draw(np.array([[beam_angle, tower_height, band_count, sky_brightness]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("lighthouse", arg, n, seed, FACTORS, sample_factors, _draw)
