"""`textures`: a square lattice of coloured dots covering the whole image, on a grey
background (64x64 RGB).

Factors: the pattern's scale (the spacing of the dots), the size of the dots relative to
their spacing, the rotation of the lattice, the dots' hue and the brightness of the
background. The lattice is anchored at the image centre (a dot always sits there) and turns
about it.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("scale", "scale of the pattern (spacing between the dots)", "continuous"),
    Factor("dot_size", "size of the dots relative to their spacing", "continuous"),
    Factor("rotation", "rotation angle of the pattern", "continuous"),
    Factor("hue", "hue of the dots", "continuous"),
    Factor("background", "brightness of the grey background", "continuous"),
)
# scale: a dot spacing of 7..16 px; dot_size: a dot radius of 0.15..0.4 of the spacing;
# rotation: 0..pi/4 radians (the lattice repeats every quarter turn and mirrors at an
# eighth, so this range does not wrap); hue: 0..0.8 (no wrap); background: grey 0.1..0.9
RANGES = ((7.0, 16.0), (0.15, 0.4), (0.0, np.pi / 4), (0.0, 0.8), (0.1, 0.9))


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    px, py = x - R.SIZE / 2, y - R.SIZE / 2
    cell = R.col(f[:, 0])
    c, s = R.col(np.cos(f[:, 2])), R.col(np.sin(f[:, 2]))
    u, v = (px * c + py * s) / cell, (py * c - px * s) / cell  # lattice coordinates
    u -= np.round(u)
    v -= np.round(v)
    dist = np.sqrt(u * u + v * v) * cell - cell * R.col(f[:, 1])  # px to the nearest dot's edge
    img = R.canvas(len(f), np.repeat(f[:, 4:5], 3, 1))
    return R.to_uint8(R.over(img, R.coverage(dist), R.hsv(f[:, 3], 0.85, 0.95)))


def render(scale: float, dot_size: float, rotation: float, hue: float, background: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[scale, dot_size, rotation, hue, background]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("textures", arg, n, seed, FACTORS, sample_factors, _draw)
