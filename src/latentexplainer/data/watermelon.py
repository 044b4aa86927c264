"""`watermelon`: a half-moon slice of watermelon on a white plate on a checked picnic cloth
(64x64 RGB).

The slice stands on its rind on an oval white plate in the middle of the image: a half disc,
its straight cut edge along the top and its curved side down, with red flesh inside a thin
pale band and a dark green rind, striped lighter, along the curve. Black seeds, each a small drop, are set in the
flesh on two arcs; a bite, a bay of overlapping round tooth marks, can be taken out of the cut
edge to the right of the middle. The plate lies on a picnic cloth of white and coloured checks
that fills the image. Factors: the size of the slice (small to large), the thickness of its
green rind (thin to thick), how many seeds it has (none to twelve), how big a bite has been
taken out of it (none to a deep bite) and the hue of the cloth's checks (red through yellow and
green to blue). The plate, the seeds' places on the slice and the flesh's colour stay fixed;
the slice always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("slice_size", "size of the watermelon slice (small to large)", "continuous"),
    Factor("rind", "thickness of the slice's green rind (thin to thick)", "continuous"),
    Factor("seeds", "how many black seeds are in the slice (none to twelve)", "continuous"),
    Factor("bite", "how big a bite is taken out of the slice's top (none to deep)", "continuous"),
    Factor("cloth_hue", "hue of the picnic cloth's checks (red through yellow and green to blue)", "continuous"),
)
# slice_size: 0..1 is a half disc of radius 17..27 px, its curve's lowest point at y = 53 px
# (so its cut edge is at y = 36..26 px); rind: 0..1 is a green rind 1.5..5.5 px thick (inside
# it a 1.2 px pale band); seeds: 0..1 shows the first floor(13 x) of the twelve SEEDS (at most
# twelve); bite: 0..1 is three overlapping tooth marks of radius 0..7 px, centred on the cut edge
# 0.45 of the radius right of the middle; cloth_hue: 0..0.65 of the colour wheel (no wrap)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 0.65))
BOTTOM, CX = 53.0, 32.0
PLATE, PLATE_RIM, FLESH, PALE, RIND, SEED = (0.97, 0.97, 0.95), (0.8, 0.8, 0.82), (0.9, 0.2, 0.24), \
    (0.88, 0.92, 0.7), (0.15, 0.45, 0.18), (0.08, 0.06, 0.05)
RIND_STRIPE, CLOTH = (0.3, 0.62, 0.28), (0.97, 0.97, 0.97)
CHECK = 8.0
# the seeds, in the order they appear: (fraction of the radius out from the middle of the cut
# edge, angle below the cut edge from the right end, in radians)
_OUTER, _INNER = np.linspace(0.3, np.pi - 0.3, 7), np.linspace(0.55, np.pi - 0.55, 5)
SEEDS = tuple((0.72, _OUTER[i]) if arc == "o" else (0.42, _INNER[i]) for arc, i in (
    ("o", 3), ("i", 2), ("o", 1), ("o", 5), ("i", 0), ("i", 4), ("o", 0), ("o", 6), ("i", 1), ("i", 3),
    ("o", 2), ("o", 4)))  # spread out: each new seed away from those before it
TEETH = (-0.7, 0.0, 0.7)  # the tooth marks across the bite, in units of their radius
SEED_RX, SEED_RY = 1.4, 2.3
ROWS, COLUMNS = (25, 54), (4, 60)  # the part of the image the slice can reach


def _background() -> tuple[np.ndarray, np.ndarray]:
    """The cloth in white with the plate on it (3, H, W), and how much of the checks' hue each
    pixel takes (H, W): a gingham weave, where the plate does not hide it."""
    x, y = R.grid()
    bx = R.coverage(np.abs((x % (2 * CHECK)) - CHECK) - CHECK / 2)
    by = R.coverage(np.abs((y % (2 * CHECK)) - CHECK) - CHECK / 2)
    img = R.canvas(1, CLOTH)
    hue = np.ones((1, 1, R.SIZE, R.SIZE), np.float32)  # the checks' share, covered as the plate is drawn
    plate = R.ellipse_sdf(x - CX, y - 47.0, 29.0, 8.5)
    for alpha, colour in ((0.3 * R.coverage(plate - 1.5), (0.0, 0.0, 0.0)), (R.coverage(plate), PLATE_RIM),
                          (R.coverage(plate + 2.0), PLATE)):
        R.over(img, alpha, colour)
        R.over(hue, alpha, 0.0)
    return img[0], ((0.5 * bx + 0.5 * by) * hue[:, 0])[0].astype(np.float32)


BACKGROUND, CHECKS = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    img += (R.hsv(f[:, 4], 0.75, 0.8)[:, :, None, None] - np.float32(CLOTH[0])) * CHECKS
    (r0, r1), (c0, c1) = ROWS, COLUMNS
    part, x, y = img[:, :, r0:r1, c0:c1], x[:, :, c0:c1], y[:, r0:r1]
    # the slice: a half disc below the cut edge, less the bite
    r = R.col(17 + 10 * f[:, 0])
    cy = BOTTOM - r  # the cut edge: the slice stands on its curve, on the plate
    dx, dy = x - CX, y - cy
    rim = np.sqrt(dx * dx + dy * dy) - r  # from the curved side, negative inside
    tooth = R.col(7.0 * f[:, 3])
    bx = dx - 0.45 * r
    bite = np.full(rim.shape, np.inf, np.float32)
    for t in TEETH:
        np.minimum(bite, (bx - t * tooth) ** 2 + dy * dy, out=bite)
    slice_ = np.maximum(np.maximum(rim, -dy), tooth - np.sqrt(bite))
    cover = R.coverage(slice_)
    R.over(part, cover, RIND)
    R.over(part, 0.6 * cover * R.coverage(np.abs((x % 6.0) - 3.0) - 1.0), RIND_STRIPE)
    rind = R.col(1.5 + 4.0 * f[:, 1])
    R.over(part, R.coverage(np.maximum(slice_, rim + rind)), PALE)
    flesh = np.maximum(slice_, rim + rind + 1.2)
    R.over(part, R.coverage(flesh), FLESH)
    # the seeds, the first of SEEDS (a seed not shown is moved far away)
    count = np.minimum(np.floor(13 * f[:, 2]), 12)
    seeds = np.full(rim.shape, np.inf, np.float32)
    for k, (frac, ang) in enumerate(SEEDS):
        sx = frac * (r - rind) * np.cos(ang) + R.col(np.where(count > k, 0.0, 1e3))
        sy = frac * (r - rind) * np.sin(ang)
        np.minimum(seeds, ((dx - sx) / SEED_RX) ** 2 + ((dy - sy) / SEED_RY) ** 2, out=seeds)
    seeds = (np.sqrt(seeds) - 1.0) * SEED_RX  # about the distance to the nearest seed's edge
    R.over(part, R.coverage(np.maximum(seeds, flesh)), SEED)
    return R.to_uint8(img)


def render(slice_size: float, rind: float, seeds: float, bite: float, cloth_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[slice_size, rind, seeds, bite, cloth_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("watermelon", arg, n, seed, FACTORS, sample_factors, _draw)
