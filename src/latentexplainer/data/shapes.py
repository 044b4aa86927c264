"""`shapes`: a dSprites-like procedural data set (64x64, one white shape on black).

Factors: shape (square, ellipse, triangle), scale, orientation, x, y - sampled
independently and uniformly, so every factor is known exactly for every image.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from .base import Dataset, Factor

SHAPES = ("square", "ellipse", "triangle")
SIZE = 64

FACTORS = (
    Factor("shape", "shape of the object (square, ellipse or triangle)", "categorical", SHAPES),
    Factor("scale", "size of the object", "continuous"),
    Factor("orientation", "rotation angle of the object", "continuous"),
    Factor("pos_x", "horizontal position of the object (left to right)", "continuous"),
    Factor("pos_y", "vertical position of the object (top to bottom)", "continuous"),
)


def _outline(shape: int, scale: float, angle: float, cx: float, cy: float) -> list[tuple[float, float]]:
    r = 10.0 * scale  # half-size in pixels at scale 1 (the largest object is ~20 px across)
    if shape == 0:
        pts = np.array([[-1, -1], [1, -1], [1, 1], [-1, 1]], float) * r * 0.85
    elif shape == 1:
        t = np.linspace(0, 2 * np.pi, 40, endpoint=False)
        pts = np.stack([np.cos(t) * r * 1.1, np.sin(t) * r * 0.55], 1)
    else:
        t = np.array([-np.pi / 2, np.pi / 6, 5 * np.pi / 6])
        pts = np.stack([np.cos(t), np.sin(t)], 1) * r * 1.15
    c, s = np.cos(angle), np.sin(angle)
    rot = pts @ np.array([[c, s], [-s, c]])
    return [(float(x + cx), float(y + cy)) for x, y in rot]


def render(shape: int, scale: float, angle: float, x: float, y: float, size: int = SIZE) -> np.ndarray:
    """One image, (size, size) uint8. x in [0, 1] maps to centres 10..54 px, y to 18..46 px.

    The two ranges differ on purpose: with equal ranges, x and y are interchangeable for a
    VAE (its isotropic prior has no preferred axes in the x-y plane) and short training
    often learns them in a rotated basis; unequal spreads give each axis its own direction.
    """
    over = 4  # draw 4x larger, then downsample: soft, anti-aliased edges
    img = Image.new("L", (size * over, size * over), 0)
    cx = (10 + 44 * x) * size / 64 * over
    cy = (18 + 28 * y) * size / 64 * over
    pts = _outline(shape, scale * size / 64 * over, angle, cx, cy)
    ImageDraw.Draw(img).polygon(pts, fill=255)
    return np.asarray(img.resize((size, size), Image.Resampling.BOX), dtype=np.uint8)


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return np.stack(
        [
            rng.integers(0, len(SHAPES), n).astype(float),
            rng.uniform(0.5, 1.0, n),
            rng.uniform(0, np.pi / 2, n),  # a quarter turn: the square's symmetry period
            rng.uniform(0, 1, n),
            rng.uniform(0, 1, n),
        ],
        1,
    )


def load(arg: str | None, n: int, seed: int) -> Dataset:
    rng = np.random.default_rng(seed)
    f = sample_factors(n, rng)
    imgs = np.stack([render(int(s), sc, a, x, y) for s, sc, a, x, y in f])[..., None]
    return Dataset("shapes", imgs, f, FACTORS)
