"""`shower`: a running shower head over a shower tray in front of a tiled bathroom wall
(64x64 RGB).

A chrome pipe comes down from the top of the image to a round chrome shower head, seen from
the side: a dome with a flat face underneath and a bright highlight. From the face, seven
thin streams of water fan out downwards, evenly spaced across the face and spreading as they
fall, down to a white shower tray along the bottom of the image, where they splash. The
wall behind is covered in square tiles of one hue with pale grout lines between them, every
other tile a little darker. Factors: how high the shower head hangs (high to low), how wide
the streams spread (falling almost straight down to spreading wide), the size of the head
(small to large), the size of the wall's tiles (small to large) and the hue of the tiles.
The head's place across the image, the streams' number, the pipe and the tray stay fixed;
the head always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("head_drop", "how low the shower head hangs (high to low)", "continuous"),
    Factor("spread", "how wide the streams of water spread (straight down to wide)", "continuous"),
    Factor("head_size", "size of the shower head (small to large)", "continuous"),
    Factor("tile_size", "size of the wall's square tiles (small to large)", "continuous"),
    Factor("tile_hue", "hue of the wall's tiles", "continuous"),
)
# head_drop: 0..1 puts the head's face at y = 16..32 px; spread: 0..1 fans the outermost
# streams out 0.04..0.42 radians from straight down; head_size: 0..1 is a head of half-width
# 5..10 px (the streams leave the middle 0.8 of its face); tile_size: 0..1 is tiles 5..14 px
# across; tile_hue: 0..0.8 of the colour wheel (no wrap)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 0.8))
CHROME, CHROME_DARK, SHINE = (0.72, 0.74, 0.78), (0.42, 0.44, 0.48), (0.96, 0.97, 0.99)
GROUT, TRAY, TRAY_EDGE, DRAIN = (0.9, 0.9, 0.87), (0.95, 0.95, 0.94), (0.72, 0.73, 0.74), (0.3, 0.3, 0.32)
WATER, WATER_ALPHA = (0.8, 0.9, 1.0), 0.8
HX, TRAY_Y = 32.0, 56.0  # the head's middle across the image; the tray's top row
STREAMS, STREAM_HW = 7, 0.7


def _tray() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    x, y = R.grid()
    tray = R.coverage(TRAY_Y - y) * np.ones_like(x)
    edge = R.coverage(np.abs(y - (TRAY_Y + 1.0)) - 0.8) * np.ones_like(x)
    drain = R.coverage(R.ellipse_sdf(x - HX, y - 60.5, 5.0, 1.6))
    return tray, edge, drain


TRAY_MASK, TRAY_EDGE_MASK, DRAIN_MASK = _tray()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    # the tiles: every other one a little darker, with grout lines between them
    size = R.col(5 + 9 * f[:, 3])
    tx, ty = (x - HX) / size, y / size
    fx, fy = tx - np.floor(tx), ty - np.floor(ty)
    checker = (np.floor(tx) + np.floor(ty)) % 2
    grout = np.minimum(np.minimum(fx, 1 - fx), np.minimum(fy, 1 - fy)) * size - 0.8
    tile = R.hsv(f[:, 4], 0.4, 0.78).astype(np.float32)
    img = np.multiply(tile[:, :, None, None], (1.0 - 0.07 * checker)[:, None], dtype=np.float32)
    R.over(img, R.coverage(grout), GROUT)
    # the tray, its rim and the drain
    R.over(img, TRAY_MASK, TRAY)
    R.over(img, TRAY_EDGE_MASK, TRAY_EDGE)
    R.over(img, DRAIN_MASK, DRAIN)
    face = R.col(16 + 16 * f[:, 0])
    hw = R.col(5 + 5 * f[:, 2])
    # the streams: seven lines through a point above the face, evenly spread in slope
    tan = R.col(np.tan(0.04 + 0.38 * f[:, 1]))
    apex = face - 0.8 * hw / tan
    below_apex = np.maximum(y - apex, 0.5)  # (only the rows below the face matter)
    s = ((x - HX) / (below_apex * tan) + 1) * (STREAMS - 1) / 2  # 0 .. STREAMS - 1 across the streams
    k = np.clip(np.round(s), 0, STREAMS - 1)
    gap = below_apex * 2 * tan / (STREAMS - 1)  # px between neighbouring streams on this row
    streams = np.maximum(np.abs(s - k) * gap - STREAM_HW, np.maximum(face - y, y - TRAY_Y))
    R.over(img, WATER_ALPHA * R.coverage(streams), WATER)
    splash = R.ellipse_sdf(x - HX, y - TRAY_Y, 0.8 * hw + (TRAY_Y - face) * tan + 1.5, 1.6)
    R.over(img, 0.6 * R.coverage(splash), WATER)
    # the pipe and the head: a dome over a flat face, a dark rim and a highlight
    pipe = np.maximum(np.abs(x - HX) - 1.3, y - face)
    R.over(img, R.coverage(pipe), CHROME)
    dome = np.maximum(R.ellipse_sdf(x - HX, y - face, hw, 0.5 * hw + 1.5), y - face)
    R.over(img, R.coverage(dome), CHROME)
    rim = R.box_sdf(x - HX, y - (face + 0.7), hw, 0.8)
    R.over(img, R.coverage(rim), CHROME_DARK)
    shine = R.ellipse_sdf(x - (HX - 0.4 * hw), y - (face - 0.28 * hw - 0.8), 0.3 * hw, 0.12 * hw + 0.3)
    R.over(img, 0.8 * R.coverage(shine), SHINE)
    return R.to_uint8(img)


def render(head_drop: float, spread: float, head_size: float, tile_size: float, tile_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[head_drop, spread, head_size, tile_size, tile_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("shower", arg, n, seed, FACTORS, sample_factors, _draw)
