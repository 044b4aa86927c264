"""`weaver`: a hand loom in a weaver's cottage, cloth growing up the warp as the shuttle is
thrown across it, seen from the front (64x64 RGB).

An upright wooden loom stands against a dark plastered wall: two posts, a top beam and a
cloth beam at the bottom, with pale warp threads stretched between the beams. From the
cloth beam upwards the woven cloth covers the warp; its weave is plain, striped across, or
checked, in the yarn's colour and a darker shade of it. A wooden boat shuttle with a pale
bobbin of yarn lies across the warp at the top edge of the cloth. Factors: how far the cloth
has been woven up the warp (a little to most of it), the cloth's pattern (plain, striped or
checked), where the shuttle is across the warp (left to right) and the hue of the yarn. The
wall, the loom and the warp stay fixed; the shuttle always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("woven_length", "how far the cloth has been woven up the loom (short to long)", "continuous"),
    Factor("pattern", "the woven cloth's pattern (plain, striped or checked)", "categorical",
           ("plain", "striped", "checked")),
    Factor("shuttle_x", "horizontal position of the shuttle across the warp (left to right)", "continuous"),
    Factor("yarn_hue", "hue of the yarn the cloth is woven from", "continuous"),
)
# woven_length: 0..1 makes the cloth 4..38 px tall above the cloth beam (its top at y = 50..16 px);
# pattern: a code 0..2 for plain, striped (bands 3 px deep) or checked (3 px checks); shuttle_x:
# 0..1 puts the shuttle's middle at x = 20..44 px; yarn_hue: 0..0.8 of the colour wheel (no wrap)
RANGES = ((0.0, 1.0), (0.0, 2.0), (0.0, 1.0), (0.0, 0.8))
WALL, WALL_DARK, WOOD, WOOD_DARK = (0.34, 0.3, 0.28), (0.28, 0.25, 0.23), (0.55, 0.38, 0.2), (0.38, 0.25, 0.13)
WARP, SHUTTLE, BOBBIN = (0.9, 0.87, 0.78), (0.42, 0.26, 0.12), (0.95, 0.92, 0.82)
FLOOR = (0.3, 0.22, 0.16)
LEFT, RIGHT, TOP, BEAM_Y = 13.0, 51.0, 8.0, 54.0  # the warp's extent, between the posts and beams
BAND = 3.0
SH_HX, SH_HY = 9.0, 3.0  # the shuttle's half-length and half-height


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, 0.6 * R.coverage(np.abs(np.sin(0.35 * x + 0.2 * y) * np.sin(0.27 * y)) - 0.3), WALL_DARK)
    R.over(img, R.below(60.0, 1), FLOOR)
    warp = np.maximum(np.abs((x - LEFT) % 2.0 - 1.0) - 0.45, R.edges_sdf(x, y, LEFT, RIGHT, TOP, BEAM_Y))
    R.over(img, R.coverage(warp), WARP)
    frame = np.minimum(R.edges_sdf(x, y, 7.0, 11.0, 2.0, 62.0), R.edges_sdf(x, y, 53.0, 57.0, 2.0, 62.0))
    frame = np.minimum(frame, R.edges_sdf(x, y, 5.0, 59.0, 4.0, 8.0))
    frame = np.minimum(frame, R.edges_sdf(x, y, 5.0, 59.0, BEAM_Y, BEAM_Y + 4.0))
    R.over(img, R.coverage(frame), WOOD)
    R.over(img, R.coverage(np.maximum(frame + 0.5, np.abs(y - BEAM_Y - 2.0) - 0.5)), WOOD_DARK)
    return img[0]


SCENE = _scene()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    top = R.col(BEAM_Y - 4.0 - 34.0 * f[:, 0])
    cloth = R.coverage(R.edges_sdf(x, y, LEFT - 0.5, RIGHT + 0.5, top, BEAM_Y))
    light, dark = R.hsv(f[:, 3], 0.7, 0.85), R.hsv(f[:, 3], 0.8, 0.45)
    R.over(img, cloth, light)
    rows = (np.floor((BEAM_Y - y) / BAND) % 2).astype(np.float32)
    cols = (np.floor((x - LEFT) / BAND) % 2).astype(np.float32)
    code = f[:, 1].astype(int)[:, None, None]
    shade = np.where(code == 1, rows, np.where(code == 2, np.abs(rows - cols), 0.0)).astype(np.float32)
    R.over(img, cloth * shade, dark)
    R.over(img, 0.25 * cloth * R.coverage(np.abs(x % 2.0 - 1.0) - 0.3), dark)  # the warp through the weave
    # the shuttle, lying across the top edge of the cloth
    sx, sy = R.col(20.0 + 24.0 * f[:, 2]), top - 1.0
    u, v = x - sx, y - sy
    boat = np.maximum(np.abs(v) - SH_HY * np.sqrt(np.clip(1.0 - (u / SH_HX) ** 2, 0.0, 1.0)) - 0.3, np.abs(u) - SH_HX)
    R.over(img, R.coverage(boat), SHUTTLE)
    R.over(img, R.coverage(R.box_sdf(u, v, 4.0, 1.1)), BOBBIN)
    return R.to_uint8(img)


def render(woven_length: float, pattern: float, shuttle_x: float, yarn_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[woven_length, pattern, shuttle_x, yarn_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("weaver", arg, n, seed, FACTORS, sample_factors, _draw)
