"""`pinata`: a paper pinata hanging on a rope from a tree branch at a garden party, seen
straight on (64x64 RGB).

A brown branch reaches across the top of the image; a rope hangs from it to a round pinata
covered in rows of paper fringe, alternating a colour and a paler tint of it, with two
cones of the opposite colour sticking out to its sides. Below is a strip of lawn, and on it
may lie wrapped sweets in several colours. Behind is a pale blue sky. Factors: how low the
pinata hangs (a short rope to a long one), its size (small to large), the hue of its paper
(its cones take the opposite colour) and how many sweets lie on the lawn (none, a few or
many). The branch, the lawn, the sky and the sweets' places stay fixed; the pinata always
hangs above the lawn.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("drop", "how low the pinata hangs (short to long rope)", "continuous"),
    Factor("pinata_size", "size of the pinata (small to large)", "continuous"),
    Factor("paper_hue", "hue of the pinata's paper fringe", "continuous"),
    Factor("sweets", "how many sweets lie on the lawn", "categorical", ("none", "a few", "many")),
)
# drop: 0..1 puts the pinata's middle at y = 24..38 px; pinata_size: 0..1 is a radius of 8..13 px;
# paper_hue: 0..0.8 of the colour wheel (no wrap); sweets: codes 0..2, 0, FEW or all of SWEETS
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 0.8), (0.0, 2.0))
SKY_TOP, SKY_BOTTOM = np.array((0.55, 0.75, 0.95)), np.array((0.85, 0.92, 0.97))
GRASS, BRANCH, ROPE = (0.32, 0.6, 0.22), (0.4, 0.26, 0.14), (0.85, 0.78, 0.6)
GROUND_Y = 53.0
SWEETS = ((8, 57), (20, 60), (33, 56), (45, 60), (56, 57), (14, 62), (27, 58), (39, 62), (51, 55),
          (4, 61), (60, 62), (24, 55), (48, 62.5), (36, 59.5))
FEW = 6
SWEET_COLOURS = ((0.95, 0.2, 0.5), (1.0, 0.85, 0.1), (0.25, 0.45, 0.95), (0.98, 0.55, 0.1), (0.7, 0.3, 0.9))


def _static():
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, GROUND_Y)[None].copy()
    R.over(img, R.below(GROUND_Y, 1), GRASS)
    branch = np.abs(y - (5.0 + 0.06 * (64 - x))) - 2.5 + 0.0 * x
    R.over(img, R.coverage(branch), BRANCH)
    layers = []
    for count in (FEW, len(SWEETS)):
        layer = img.copy()
        for i, (sx, sy) in enumerate(SWEETS[:count]):
            sweet = np.minimum(R.ellipse_sdf(x - sx, y - sy, 3.0, 2.1),
                               np.minimum(np.hypot(x - sx - 3.8, y - sy), np.hypot(x - sx + 3.8, y - sy)) - 1.4)
            R.over(layer, R.coverage(sweet), SWEET_COLOURS[i % len(SWEET_COLOURS)])
        layers.append(layer[0])
    return np.stack([img[0]] + layers)


BACKGROUNDS = _static()  # (3, 3, H, W): the garden with no, a few and many sweets


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    img = BACKGROUNDS[f[:, 3].astype(int)].copy()
    cy, r = R.col(24 + 14 * f[:, 0]), R.col(8 + 5 * f[:, 1])
    rope = np.maximum(np.abs(x - 32.0) - 0.8, np.maximum(6.0 - y, y - cy))
    R.over(img, R.coverage(rope), ROPE)
    hue = f[:, 2]
    cone_colour = R.hsv(hue + 0.5, 0.75, 0.9)
    for side in (-1.0, 1.0):  # the cones: triangles from the body's sides
        ax = 32 + side * r * 0.6
        tip = 32 + side * (r + 0.9 * r)
        t = (x - ax) / (tip - ax)  # 0 at the base, 1 at the tip
        cone = np.maximum(np.abs(y - cy) - 0.45 * r * (1 - t), np.maximum(-t, t - 1) * r)
        R.over(img, R.coverage(cone), cone_colour)
    angle = np.arctan2(y - cy, x - 32)
    body = np.hypot(x - 32, y - cy) - r - 0.8 * np.sin(14 * angle)
    paper = R.coverage(body)
    R.over(img, paper, R.hsv(hue, 0.8, 0.88))
    rows = (np.floor((y - cy) / 3.0) % 2 == 1).astype(np.float32)
    R.over(img, paper * rows, R.hsv(hue, 0.35, 1.0))
    return R.to_uint8(img)


def render(drop: float, pinata_size: float, paper_hue: float, sweets: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[drop, pinata_size, paper_hue, sweets]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("pinata", arg, n, seed, FACTORS, sample_factors, _draw)
