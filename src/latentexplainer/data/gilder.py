"""`gilder`: a gilder's bench, a picture frame being gilded with gold leaf, a painting in it,
standing on the bench against the workshop wall, seen from the front (64x64 RGB).

The workshop wall is warm plaster, lighter towards the top; a wooden bench runs along the bottom
of the image. On the bench, left of the middle, a picture frame stands upright against the wall:
a rounded moulding with a bead along its middle, first coated in red clay (bole) and then, bit by
bit, laid with gold leaf, starting at the top of the frame and going round it clockwise. In the
frame is a painted landscape, a pale sky with a pale sun over rolling hills, all in one hue. At
the right of the bench lies the gilder's leather cushion with a square of gold leaf on it, and
an agate burnisher. Factors: how far round the frame the gold leaf has been laid (none of it to
all the way round), the frame's shape (oblong, oval, or oblong with a tall round arch for its top), the hue
of the painting (the whole colour wheel, coming round to where it began) and the size of the
frame (small to large). The wall, the bench, the cushion and the width of the frame's moulding
stay fixed; the frame always stands on the bench and lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("gilding", "how far round the frame the gold leaf has been laid (none to all)", "continuous"),
    Factor("frame_shape", "shape of the picture frame (oblong, oval or arched)", "categorical",
           ("oblong", "oval", "arched")),
    Factor("picture_hue", "hue of the painting in the frame", "cyclic", period=1.0),
    Factor("frame_size", "size of the picture frame (small to large)", "continuous"),
)
# gilding: 0..1 of the way round the frame, clockwise from the top (measured as the angle about
# the frame's middle); frame_shape: a code 0..2; picture_hue: 0..1 of the colour wheel, a whole
# turn (0 and 1 are the same red); frame_size: 0..1 is a frame 10..18 px in half-width and 1.3
# times that in half-height, its foot on the bench at y = 54 px and its middle at x = 26 px
RANGES = ((0.0, 1.0), (0.0, 2.0), (0.0, 1.0), (0.0, 1.0))
WALL_TOP, WALL_BOTTOM = np.array((0.74, 0.68, 0.6)), np.array((0.58, 0.52, 0.45))
BENCH, BENCH_EDGE = (0.5, 0.34, 0.2), (0.34, 0.22, 0.12)
BOLE, GOLD = np.array((0.62, 0.24, 0.16), np.float32), np.array((0.95, 0.76, 0.3), np.float32)
CUSHION, LEAF, AGATE, HANDLE = (0.36, 0.24, 0.16), (0.98, 0.82, 0.38), (0.86, 0.8, 0.7), (0.62, 0.42, 0.22)
SUN = (1.0, 0.97, 0.86)
BENCH_Y, FRAME_X, BAND = 54.0, 26.0, 4.0
ARCH = 1.25  # the arch's height over its half-width


def _scene():
    x, y = R.grid()
    img = R.vertical_gradient(WALL_TOP, WALL_BOTTOM, BENCH_Y)[None].copy()
    img += (0.02 * np.sin(0.9 * x + 0.3 * y) * np.sin(0.5 * y))[:, None]  # unevenness in the plaster
    R.over(img, R.below(BENCH_Y, 1), BENCH)
    R.over(img, R.coverage(np.abs(y - BENCH_Y - 2.5) - 0.6), BENCH_EDGE)
    # the gilder's cushion, a square of gold leaf on it, the burnisher beside it
    R.over(img, R.coverage(R.box_sdf(x - 54.0, y - 52.0, 7.0, 1.5) - 1.0), CUSHION)
    R.over(img, R.coverage(R.box_sdf(x - 54.5, y - 50.2, 3.0, 0.6)), LEAF)
    R.over(img, R.coverage(R.segment_sdf(x, y, 45.0, 60.0, 51.0, 58.5) - 0.9), HANDLE)
    R.over(img, R.coverage(R.segment_sdf(x, y, 51.0, 58.5, 56.0, 57.5) - 1.2), AGATE)
    return img[0]


SCENE = _scene()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    hw = R.col(10.0 + 8.0 * f[:, 3])
    hh = 1.3 * hw
    cy = BENCH_Y - hh
    u, v = x - FRAME_X, y - cy
    # the frame's outline in each shape, the one asked for chosen per image
    shape = R.col(f[:, 1])
    oblong = R.box_sdf(u, v, hw - 0.5, hh - 0.5) - 0.5
    oval = R.ellipse_sdf(u, v, hw, hh)
    top = ARCH * hw - hh  # where the arch springs from the sides
    arched = np.where(v < top, R.ellipse_sdf(u, v - top, hw, ARCH * hw), np.maximum(np.abs(u) - hw, v - hh))
    d = np.where(shape < 0.5, oblong, np.where(shape < 1.5, oval, arched))
    # the painting: a pale sky with a sun over hills, all in one hue
    inside = R.coverage(d + BAND)
    hue = f[:, 2]
    R.over(img, inside, R.hsv(hue, 0.3, 0.93))
    R.over(img, inside * R.coverage(np.hypot(u - 0.4 * hw, v + 0.4 * hh) - 0.2 * hw), SUN)
    hills = R.coverage(0.15 * hh + 1.5 * np.sin(0.35 * x) - v)
    R.over(img, inside * hills, R.hsv(hue, 0.65, 0.62))
    R.over(img, inside * R.coverage(0.5 * hh + 1.2 * np.sin(0.5 * x + 1.0) - v), R.hsv(hue, 0.7, 0.45))
    # the frame: bole, and gold where the leaf is laid, going round clockwise from the top
    turn = (np.arctan2(u, -v) / (2 * np.pi)) % 1.0
    gold = R.coverage((turn - R.col(f[:, 0])) * 2 * np.pi * np.hypot(u, v))
    t = np.clip(-d / BAND, 0.0, 1.0)  # across the moulding: 0 at its outer edge, 1 at the inner
    relief = 0.7 + 0.4 * np.sin(np.pi * t) - 0.25 * R.coverage(np.abs(t - 0.5) * BAND - 0.4)
    colour = (BOLE[None, :, None, None] + (GOLD - BOLE)[None, :, None, None] * gold[:, None]) * relief[:, None]
    R.over(img, R.coverage(np.maximum(d, -d - BAND)), colour)
    return R.to_uint8(img)


def render(gilding: float, frame_shape: float, picture_hue: float, frame_size: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[gilding, frame_shape, picture_hue, frame_size]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("gilder", arg, n, seed, FACTORS, sample_factors, _draw)
