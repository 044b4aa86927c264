"""`sphere`: a matte (Lambertian) sphere lit by one distant light, on a plain grey
background (64x64 RGB).

Factors: where the light comes from left to right (azimuth), where it comes from below to
above (elevation), the sphere's hue and the brightness of the background. The sphere's size
and place are fixed; its shading is ambient + diffuse, evaluated at every pixel centre.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("light_azimuth", "direction of the light from left to right", "continuous"),
    Factor("light_elevation", "direction of the light from below to above", "continuous"),
    Factor("hue", "hue of the sphere", "continuous"),
    Factor("background", "brightness of the grey background", "continuous"),
)
# light_azimuth: -pi/3..pi/3 radians (light from the left .. from the right, 0 = from the
# viewer); light_elevation: -pi/3..pi/3 (from below .. from above);
# hue: 0..0.8 (no wrap); background: grey level 0.1..0.9
RANGES = ((-np.pi / 3, np.pi / 3), (-np.pi / 3, np.pi / 3), (0.0, 0.8), (0.1, 0.9))
RADIUS = 22.0
AMBIENT = 0.12


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    nx, ny = (x - R.SIZE / 2) / RADIUS, (y - R.SIZE / 2) / RADIUS  # image y points down
    nz = np.sqrt(np.maximum(0.0, 1.0 - nx ** 2 - ny ** 2))
    az, el = R.col(f[:, 0]), R.col(f[:, 1])
    lx, ly, lz = np.sin(az) * np.cos(el), -np.sin(el), np.cos(az) * np.cos(el)
    shade = AMBIENT + (1 - AMBIENT) * np.maximum(0.0, nx * lx + ny * ly + nz * lz)  # (N, H, W)
    inside = R.coverage((np.sqrt(nx ** 2 + ny ** 2) - 1.0) * RADIUS)  # (1, H, W)
    sphere = shade[:, None] * R.hsv(f[:, 2], 0.75, 1.0)[:, :, None, None]  # (N, 3, H, W)
    background = R.col(f[:, 3])[:, None]  # (N, 1, 1, 1)
    img = background + (sphere - background) * inside[:, None]
    return R.to_uint8(img)


def render(light_azimuth: float, light_elevation: float, hue: float, background: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[light_azimuth, light_elevation, hue, background]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("sphere", arg, n, seed, FACTORS, sample_factors, _draw)
