"""`lantern`: a paper lantern hanging from a wire in a garden at night, seen from the side
(64x64 RGB).

A dark wire sags across the top of the image, and from its middle a thin cord drops to a
coloured paper lantern: a paper body ribbed with thin darker hoops, shaded darker towards its
sides, with a small dark cap on its top and another under its bottom. From the bottom cap hangs
a golden tassel: a short cord that ends in a tuft widening towards its tip. The lantern is lit
from inside: its paper glows, and a soft halo of its light spreads round it over the night sky. Behind it is a dark blue night sky with a few stars, over a black
hedge and dark grass along the bottom. The lantern's body is round, a tall oval or a straight
cylinder with rounded corners. Factors: how far below the wire the lantern hangs (just under
it to low down), the lantern's shape (round, tall oval or cylinder), the hue of its paper
(round the whole colour wheel), how brightly it glows (dim paper and no halo to bright paper
and a wide halo) and the length of the tassel under it (short to long). The lantern's place
across the image, the wire, the sky, the hedge and the grass stay fixed; the whole lantern
always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

SHAPES = ("round", "oval", "cylinder")
FACTORS = (
    Factor("hang_length", "how far below the wire the lantern hangs (just under it to low down)", "continuous"),
    Factor("lantern_shape", "shape of the lantern: round, a tall oval or a cylinder", "categorical", SHAPES),
    Factor("paper_hue", "hue of the lantern's paper (round the whole colour wheel)", "cyclic", period=1.0),
    Factor("glow", "how brightly the lantern glows (dim and unlit to bright with a halo)", "continuous"),
    Factor("tassel_length", "length of the golden tassel under the lantern (short to long)", "continuous"),
)
# hang_length: 0..1 is a cord of 3..10 px from the wire (at y = 5 px) to the top cap; lantern_shape:
# codes 0..2 are a round body (12 x 11 px half-sizes), a tall oval (8.5 x 13 px) and a squat cylinder
# (11.5 x 8.5 px, corners rounded by 2 px); paper_hue: 0..1 is the whole colour wheel (1 is 0 again);
# glow: 0..1 is paper of brightness 0.3..0.95 and a halo of strength 0..0.55; tassel_length: 0..1 is
# a tuft of 3..15 px, widening to 4.5 px half-wide, below a 3 px cord
RANGES = ((0.0, 1.0), (0.0, len(SHAPES) - 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_LOW, STAR, HEDGE, GRASS = (0.02, 0.03, 0.1), (0.07, 0.1, 0.24), (0.9, 0.9, 0.8), \
    (0.03, 0.06, 0.04), (0.08, 0.16, 0.08)
WIRE, CAP, TASSEL = (0.01, 0.01, 0.02), (0.12, 0.1, 0.08), (1.0, 0.84, 0.3)
CX, WIRE_Y, GRASS_Y = 32.0, 5.0, 57.0
BODIES = ((12.0, 11.0, 0.0), (8.5, 13.0, 0.0), (11.5, 8.5, 2.0))  # half-width, half-height, corner radius
CAP_H, CORD = 2.0, 3.0  # the caps' height, the tassel's cord above its tuft
HALO_R, HALO_MAX = 13.0, 0.55
STARS = ((6.0, 9.0), (15.0, 20.0), (52.0, 14.0), (58.0, 30.0), (44.0, 24.0), (9.0, 36.0), (22.0, 10.0),
         (55.0, 42.0))


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_LOW, GRASS_Y)[None]
    for sx, sy in STARS:
        R.over(img, R.coverage(np.hypot(x - sx, y - sy) - 0.6), STAR)
    hedge = 49.0 - 2.0 * np.sin(x * 0.5) - 1.2 * np.sin(x * 1.3 + 1.0)
    R.over(img, R.coverage(hedge - y), HEDGE)
    R.over(img, R.below(GRASS_Y, 1), GRASS)
    wire = WIRE_Y - 0.004 * (x - CX) ** 2  # sagging, lowest in the middle
    R.over(img, R.coverage(np.abs(y - wire) - 0.7), WIRE)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    shape = f[:, 1].astype(int)
    hw, hh, corner = (R.col(np.array([b[i] for b in BODIES])[shape]) for i in range(3))
    top = R.col(WIRE_Y + 3 + 7 * f[:, 0])  # the top cap's upper edge
    cy = top + CAP_H + hh
    bottom = cy + hh  # the body's lower edge
    glow = R.col(f[:, 3])
    # the halo over the sky and the grass
    halo = HALO_MAX * glow * np.exp(-((x - CX) ** 2 + (y - cy) ** 2) / (2 * HALO_R ** 2))
    R.over(img, halo, R.hsv(f[:, 2], 0.45, 1.0))
    # the cord from the wire to the top cap
    R.over(img, R.coverage(np.maximum(np.abs(x - CX) - 0.5, np.maximum(WIRE_Y - y, y - top))), WIRE)
    # the tassel: a cord, then a tuft widening towards its tip
    length = R.col(3 + 12 * f[:, 4])
    v = y - bottom - CAP_H
    cord = np.maximum(np.abs(x - CX) - 0.7, np.maximum(-v, v - CORD))
    h = np.clip((v - CORD) / length, 0.0, 1.0)
    tuft = np.maximum(np.abs(x - CX) - (1.2 + 3.3 * h), np.maximum(CORD - v, v - CORD - length))
    R.over(img, R.coverage(np.minimum(cord, tuft)), TASSEL)
    # the body: paper shaded darker to the sides, ribbed with hoops; the caps
    u, w = x - CX, y - cy
    ellipse = R.ellipse_sdf(u, w, hw, hh)
    box = R.box_sdf(u, w, hw - corner, hh - corner) - corner
    body = np.where(corner > 0, box, ellipse)
    paper = R.hsv(f[:, 2], 0.75, 0.3 + 0.65 * f[:, 3])  # (N, 3)
    shade = 1.0 - 0.45 * np.clip(np.abs(u) / hw, 0.0, 1.0) ** 2
    alpha = R.coverage(body)
    img += alpha[:, None] * (paper[:, :, None, None] * shade[:, None] - img)
    ribs = np.maximum(np.abs(((w + hh) % 3.5) - 1.75) - 0.45, body + 0.8)
    R.over(img, 0.35 * R.coverage(ribs), CAP)
    caps = np.minimum(R.box_sdf(u, y - top - CAP_H / 2, 4.0, CAP_H / 2), R.box_sdf(u, y - bottom - CAP_H / 2, 4.0, CAP_H / 2))
    R.over(img, R.coverage(caps - 0.3), CAP)
    return R.to_uint8(img)


def render(hang_length: float, lantern_shape: float, paper_hue: float, glow: float,
           tassel_length: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8; ``lantern_shape`` is the code 0..2 for round, oval or cylinder."""
    return _draw(np.array([[hang_length, lantern_shape, paper_hue, glow, tassel_length]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("lantern", arg, n, seed, FACTORS, sample_factors, _draw)
