"""`scenes`: 3DShapes-like procedural colour scenes (64x64 RGB).

A wall (upper background), a floor (lower background) and one object standing on the
floor. Factors: floor hue, wall hue, object hue, object scale, object shape
(cube, cylinder, sphere, pill) and the object's orientation (rotation in the picture plane).
Hues are drawn from [0, 0.8] so that the colour wheel does not wrap inside a factor.
"""

from __future__ import annotations

import colorsys

import numpy as np
from PIL import Image, ImageDraw

from .base import Dataset, Factor

SHAPES = ("cube", "cylinder", "sphere", "pill")
SIZE = 64
HORIZON = 0.58  # fraction of the height where the wall meets the floor

FACTORS = (
    Factor("floor_hue", "colour of the floor, the lower part of the background", "continuous"),
    Factor("wall_hue", "colour of the wall, the upper part of the background", "continuous"),
    Factor("object_hue", "colour of the object", "continuous"),
    Factor("scale", "size of the object", "continuous"),
    Factor("shape", "shape of the object (cube, cylinder, sphere or pill)", "categorical", SHAPES),
    Factor("orientation", "rotation angle of the object", "continuous"),
)


def _rgb(h: float, s: float = 0.85, v: float = 0.9) -> tuple[int, int, int]:
    r, g, b = colorsys.hsv_to_rgb(h % 1.0, s, v)
    return int(r * 255), int(g * 255), int(b * 255)


def _object(shape: int, r: float) -> np.ndarray:
    if shape == 0:  # cube: a square
        return np.array([[-1, -1], [1, -1], [1, 1], [-1, 1]], float) * r
    if shape == 1:  # cylinder: a tall rectangle with rounded ends
        t = np.linspace(0, np.pi, 12)
        top = np.stack([np.cos(t) * r * 0.7, -r * 1.1 - np.sin(t) * r * 0.25], 1)
        bot = np.stack([-np.cos(t) * r * 0.7, r * 1.1 + np.sin(t) * r * 0.25], 1)
        return np.concatenate([top, bot])
    t = np.linspace(0, 2 * np.pi, 48, endpoint=False)
    if shape == 2:  # sphere: a disc
        return np.stack([np.cos(t), np.sin(t)], 1) * r * 1.1
    # pill: a wide capsule
    x = np.cos(t) * r * 1.5
    y = np.clip(np.sin(t) * r * 1.2, -r * 0.6, r * 0.6)
    return np.stack([x, y], 1)


def render(floor: float, wall: float, obj: float, scale: float, shape: int, angle: float,
           size: int = SIZE) -> np.ndarray:
    over = 4
    s = size * over
    img = Image.new("RGB", (s, s), _rgb(wall, 0.75, 0.85))
    d = ImageDraw.Draw(img)
    d.rectangle([0, int(HORIZON * s), s, s], fill=_rgb(floor, 0.75, 0.7))
    r = (5.0 + 6.0 * scale) * s / 64  # half-size in pixels
    cx, cy = s / 2, 0.72 * s
    pts = _object(shape, r)
    c, sn = np.cos(angle), np.sin(angle)
    pts = pts @ np.array([[c, sn], [-sn, c]]) + [cx, cy - r * 0.4]
    d.polygon([tuple(p) for p in pts], fill=_rgb(obj, 0.9, 1.0))
    return np.asarray(img.resize((size, size), Image.Resampling.BOX), dtype=np.uint8)


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return np.stack(
        [
            rng.uniform(0, 0.8, n),
            rng.uniform(0, 0.8, n),
            rng.uniform(0, 0.8, n),
            rng.uniform(0, 1, n),
            rng.integers(0, len(SHAPES), n).astype(float),
            rng.uniform(-np.pi / 6, np.pi / 6, n),
        ],
        1,
    )


def load(arg: str | None, n: int, seed: int) -> Dataset:
    rng = np.random.default_rng(seed)
    f = sample_factors(n, rng)
    imgs = np.stack([render(a, b, c, d, int(e), g) for a, b, c, d, e, g in f])
    return Dataset("scenes", imgs, f, FACTORS)
