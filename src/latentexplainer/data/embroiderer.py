"""`embroiderer`: an embroiderer's work on a table, a wooden hoop holding pale linen with a motif
being stitched on it in satin stitch, a spool of the thread beside it, seen from above (64x64 RGB).

The table is covered with a dark blue cloth with a faint woven texture. A round embroidery hoop
of light wood lies on it, its brass clasp at the top, holding cream linen with a fine weave.
A motif is drawn on the linen in a thin grey pencil line, and part of it has been filled in with
thread in close slanting stitches, the stitching going round the motif clockwise from its top.
In the bottom right corner lies a wooden spool wound with the same thread. Factors: the motif
(a five-petalled flower, a five-pointed star or a heart), how much of the motif has been
stitched (from a small wedge to all of it), the size of the hoop (its linen and motif grow with
it) and the hue of the thread (red through yellow and green to blue; the spool's thread alike).
The cloth, the hoop's middle, the spool's place and the pencil line's colour stay fixed; the
whole hoop always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("motif", "the motif being embroidered", "categorical", ("flower", "star", "heart")),
    Factor("stitched", "how much of the motif has been stitched (a small wedge to all of it)", "continuous"),
    Factor("hoop_size", "size of the embroidery hoop (small to large)", "continuous"),
    Factor("thread_hue", "hue of the embroidery thread (red through yellow and green to blue)", "continuous"),
)
# motif: a code 0..2 for flower, star and heart; stitched: 0.12..1 of a turn about the motif's
# middle is filled in, clockwise from straight up; hoop_size: 0..1 is a hoop of inner radius
# 15..24 px about (28, 31) px, the motif 0.72 times that in radius; thread_hue: 0..0.66 of the
# colour wheel (no wrap)
RANGES = ((0.0, 2.0), (0.12, 1.0), (0.0, 1.0), (0.0, 0.66))
CLOTH, CLOTH_LINE = (0.12, 0.16, 0.34), (0.16, 0.21, 0.42)
LINEN, WEAVE, PENCIL = (0.93, 0.9, 0.8), (0.86, 0.82, 0.7), (0.45, 0.45, 0.48)
WOOD, WOOD_DARK, BRASS = (0.82, 0.64, 0.4), (0.58, 0.42, 0.24), (0.84, 0.7, 0.3)
HOOP_X, HOOP_Y, RING = 28.0, 31.0, 2.6
SPOOL_X, SPOOL_Y = 56.0, 55.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, CLOTH)
    R.over(img, 0.6 * R.coverage(np.minimum(np.abs((x % 3.0) - 1.5), np.abs((y % 3.0) - 1.5)) - 0.3), CLOTH_LINE)
    # the spool's wooden ends (its thread goes between them)
    for dy in (-6.0, 6.0):
        R.over(img, R.coverage(R.ellipse_sdf(x - SPOOL_X, y - (SPOOL_Y + dy), 6.5, 1.6)), WOOD_DARK)
    return img[0]


SCENE = _scene()


def _motifs():
    """Signed distances (in motif units, radius 1) of the three motifs, as functions of (u, v)."""

    def flower(u, v):
        rho, phi = np.hypot(u, v), np.arctan2(u, -v)
        return rho - (0.5 + 0.5 * np.abs(np.cos(2.5 * phi)))

    def star(u, v):
        rho, phi = np.hypot(u, v), np.arctan2(u, -v)
        t = np.abs(((phi / (2 * np.pi / 5)) % 1.0) - 0.5) * 2  # 1 at a point, 0 between two
        return (rho - (0.42 + 0.58 * t ** 1.5)) * 0.7

    def heart(u, v):
        lobes = np.minimum(np.hypot(u + 0.42, v + 0.3) - 0.5, np.hypot(u - 0.42, v + 0.3) - 0.5)
        point = np.maximum(np.maximum(-v - 0.2, (np.abs(u) * 0.85 + v * 0.53) - 0.47), np.abs(u) - 0.92)
        return np.minimum(lobes, point)

    return flower, star, heart


MOTIFS = _motifs()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    thread = R.hsv(f[:, 3], 0.8, 0.85)
    # the spool's thread, between its wooden ends
    wound = R.edges_sdf(x, y, SPOOL_X - 5.0, SPOOL_X + 5.0, SPOOL_Y - 5.0, SPOOL_Y + 5.0)
    R.over(img, R.coverage(wound), thread)
    R.over(img, 0.5 * R.coverage(np.maximum(np.abs(((y - SPOOL_Y) % 1.5) - 0.75) - 0.3, wound)), thread * 0.7)
    # the hoop: the outer wooden ring, the linen inside it
    r = R.col(15.0 + 9.0 * f[:, 2])
    rho = np.hypot(x - HOOP_X, y - HOOP_Y)
    R.over(img, R.coverage(rho - r - RING), WOOD)
    R.over(img, R.coverage(np.abs(rho - r - RING * 0.5) - 0.35), WOOD_DARK)
    linen = R.coverage(rho - r)
    R.over(img, linen, LINEN)
    weave = np.minimum(np.abs((x % 2.0) - 1.0), np.abs((y % 2.0) - 1.0)) - 0.25
    R.over(img, 0.5 * linen * R.coverage(weave), WEAVE)
    clasp = R.edges_sdf(x, y, HOOP_X - 2.5, HOOP_X + 2.5, HOOP_Y - r - RING - 3.5, HOOP_Y - r)
    R.over(img, R.coverage(clasp), BRASS)
    # the motif: a pencil line round it, and the stitched part filled in with slanting stitches
    s = 0.72 * r
    u, v = (x - HOOP_X) / s, (y - HOOP_Y) / s
    motif = f[:, 0].astype(int)
    d = np.empty((n, R.SIZE, R.SIZE), np.float32)
    for k, shape in enumerate(MOTIFS):
        pick = motif == k
        if pick.any():
            d[pick] = shape(u[pick], v[pick]) * s[pick]
    R.over(img, 0.8 * R.coverage(np.abs(d) - 0.4), PENCIL)
    turn = (np.arctan2(x - HOOP_X, HOOP_Y - y) / (2 * np.pi)) % 1.0  # 0 straight up, clockwise
    done = R.col(f[:, 1])
    sweep = (turn - done) * 2 * np.pi * np.maximum(rho, 1.0)  # px past the stitching's end
    stitched = R.coverage(np.maximum(d, sweep))
    R.over(img, stitched, thread)
    stitches = np.abs((((x + y) / 1.6) % 1.0) - 0.5) * 1.6 - 0.25
    R.over(img, 0.55 * stitched * R.coverage(stitches), thread * 0.6)
    return R.to_uint8(img)


def render(motif: float, stitched: float, hoop_size: float, thread_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[motif, stitched, hoop_size, thread_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("embroiderer", arg, n, seed, FACTORS, sample_factors, _draw)
