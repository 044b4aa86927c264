"""Shared pieces of the vectorised procedural data sets: pixel grids, anti-aliased coverage
from signed distances, colours, compositing and batched generation.

Every vectorised set draws a whole batch at once: parameters have shape (N, 1, 1), the pixel
grid broadcasts to (N, H, W). Edges are anti-aliased analytically: a pixel's coverage is
``clip(0.5 - d, 0, 1)`` where ``d`` is the signed distance (in pixels) from the pixel centre to
the shape's edge, negative inside - a one-pixel ramp, as a 4x supersampled drawing would give.
"""

from __future__ import annotations

from typing import Callable, Sequence

import numpy as np

from ..errors import DataError
from .base import Dataset, Factor

SIZE = 64
CHUNK = 32  # images drawn at once: small enough for the working arrays to stay in cache


def grid(size: int = SIZE) -> tuple[np.ndarray, np.ndarray]:
    """Pixel-centre coordinates x (1, 1, W) and y (1, H, 1), in pixels, origin top left."""
    c = np.arange(size, dtype=np.float32) + 0.5
    return c[None, None, :], c[None, :, None]


def vertical_gradient(top, bottom, end: float = SIZE) -> np.ndarray:
    """A background (3, H, W) float32 that runs from colour ``top`` at the top edge to
    ``bottom`` at row ``end`` (pixel centres), and stays ``bottom`` below it: a sky."""
    top, bottom = np.asarray(top), np.asarray(bottom)
    t = np.clip((np.arange(SIZE, dtype=np.float32) + 0.5) / end, 0.0, 1.0)
    rows = top[:, None] + (bottom - top)[:, None] * t[None, :]  # (3, H)
    return np.ascontiguousarray(np.broadcast_to(rows[:, :, None], (3, SIZE, SIZE)), np.float32)


def below(line, n: int) -> np.ndarray:
    """Coverage (n, H, W) of everything below the row ``line`` (pixels; a number or a (n, 1, 1)
    column): ground, a table, a shelf, the sea under a horizon."""
    _, y = grid()
    return np.broadcast_to(coverage(line - y), (n, SIZE, SIZE))


def col(values: np.ndarray) -> np.ndarray:
    """A (N,) parameter column as (N, 1, 1) float32, ready to broadcast over the grid."""
    return np.asarray(values, dtype=np.float32)[:, None, None]


def coverage(dist: np.ndarray) -> np.ndarray:
    """Anti-aliased coverage in [0, 1] from a signed distance in pixels (negative inside)."""
    return np.clip(0.5 - dist, 0.0, 1.0)


def ellipse_sdf(x: np.ndarray, y: np.ndarray, rx, ry) -> np.ndarray:
    """Approximate signed distance to an axis-aligned ellipse centred at the origin (exact
    for circles, accurate near the edge, which is all anti-aliasing needs)."""
    k0 = np.sqrt((x / rx) ** 2 + (y / ry) ** 2)
    k1 = np.sqrt((x / rx ** 2) ** 2 + (y / ry ** 2) ** 2)
    return k0 * (k0 - 1.0) / np.maximum(k1, 1e-6)


def box_sdf(x: np.ndarray, y: np.ndarray, hx, hy) -> np.ndarray:
    """Signed distance to an axis-aligned box of half-sizes (hx, hy) centred at the origin."""
    qx, qy = np.abs(x) - hx, np.abs(y) - hy
    outside = np.sqrt(np.maximum(qx, 0.0) ** 2 + np.maximum(qy, 0.0) ** 2)
    return outside + np.minimum(np.maximum(qx, qy), 0.0)


def edges_sdf(x: np.ndarray, y: np.ndarray, left, right, top, bottom) -> np.ndarray:
    """Signed distance to the axis-aligned box between those edges."""
    return box_sdf(x - (left + right) / 2, y - (top + bottom) / 2, (right - left) / 2, (bottom - top) / 2)


def segment_sdf(x: np.ndarray, y: np.ndarray, ax, ay, bx, by, along: bool = False):
    """Distance to the segment from (ax, ay) to (bx, by) (subtract a half-width for a stroke);
    with ``along``, also how far along it (0..1) the nearest point lies."""
    px, py, dx, dy = x - ax, y - ay, bx - ax, by - ay
    h = np.clip((px * dx + py * dy) / np.maximum(dx * dx + dy * dy, 1e-6), 0.0, 1.0)
    d = np.sqrt((px - h * dx) ** 2 + (py - h * dy) ** 2)
    return (d, h) if along else d


def hsv(h, s, v) -> np.ndarray:
    """Vectorised HSV -> RGB: arrays (or scalars) of the same shape -> (..., 3) float32."""
    h, s, v = np.broadcast_arrays(*(np.asarray(a, dtype=np.float32) for a in (h, s, v)))
    h6 = (h % 1.0) * 6.0
    i = np.floor(h6).astype(int) % 6
    f = h6 - np.floor(h6)
    p, q, t = v * (1 - s), v * (1 - s * f), v * (1 - s * (1 - f))
    r = np.choose(i, [v, q, p, p, t, v])
    g = np.choose(i, [t, v, v, q, p, p])
    b = np.choose(i, [p, p, t, v, v, q])
    return np.stack([r, g, b], -1).astype(np.float32)


def canvas(n: int, colour, channels: int = 3) -> np.ndarray:
    """A (n, C, H, W) float32 image filled with ``colour``: C values, or (n, C) per image.

    Drawing works channels-first (the pixel loops run over whole rows, not over 3 values);
    :func:`to_uint8` turns the result into the data sets' (N, H, W, C) layout.
    """
    img = np.empty((n, channels, SIZE, SIZE), np.float32)
    img[:] = _colour(colour, channels)
    return img


def _colour(colour, channels: int = 3) -> np.ndarray:
    c = np.asarray(colour)
    if c.ndim >= 3 and c.shape[-2:] != (1, 1):  # a colour field, (C, H, W) or (N, C, H, W): as it is
        return c
    return c.astype(np.float32).reshape(-1, channels, 1, 1)


def over(img: np.ndarray, alpha: np.ndarray, colour) -> np.ndarray:
    """Paint ``colour`` (C values, (N, C), or a field (C, H, W) or (N, C, H, W)) over ``img``
    (N, C, H, W) with coverage ``alpha`` (N, H, W), in place; returns ``img``."""
    d = _colour(colour, img.shape[1]) - img
    d *= alpha[:, None]
    img += d
    return img


def to_uint8(img: np.ndarray) -> np.ndarray:
    """(N, C, H, W) floats in [0, 1] -> (N, H, W, C) uint8, rounded."""
    out = np.multiply(img, np.float32(255.0), dtype=np.float32)
    out += np.float32(0.5)
    np.clip(out, 0, 255, out=out)
    return np.ascontiguousarray(out.astype(np.uint8).transpose(0, 2, 3, 1))


def sample_uniform(ranges: Sequence[tuple[float, float]], factors: Sequence[Factor], n: int,
                   rng: np.random.Generator) -> np.ndarray:
    """(n, K): each factor drawn independently and uniformly over its range; categorical
    factors as integer codes 0..k-1 (stored as float)."""
    cols = []
    for (lo, hi), f in zip(ranges, factors):
        if f.kind == "categorical":
            cols.append(rng.integers(0, len(f.categories), n).astype(float))
        else:
            cols.append(rng.uniform(lo, hi, n))
    return np.stack(cols, 1)


def batched(draw: Callable[[np.ndarray], np.ndarray], factors: np.ndarray) -> np.ndarray:
    """Draw (N, K) factors in chunks of CHUNK images; returns (N, H, W, C) uint8."""
    return np.concatenate([draw(factors[i:i + CHUNK]) for i in range(0, len(factors), CHUNK)])


def build(name: str, arg: str | None, n: int, seed: int, factors: tuple[Factor, ...],
          sample: Callable[[int, np.random.Generator], np.ndarray],
          draw: Callable[[np.ndarray], np.ndarray]) -> Dataset:
    """The common ``load``: refuse an argument, draw the factors, render them."""
    if arg:
        raise DataError(f"data set '{name}' takes no argument (got '{name}:{arg}'); use just '{name}'")
    f = sample(n, np.random.default_rng(seed))
    return Dataset(name, batched(draw, f), f, factors)
