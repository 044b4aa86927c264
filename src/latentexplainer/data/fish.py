"""`fish`: a flat cartoon fish, seen from the side, turning on the spot in the middle of dark
water (64x64 RGB).

The fish is an oval body with a wedge-shaped tail fin behind it and one eye near its nose,
always centred on the middle of the image. Factors: the direction the fish faces (a full
turn, so a cyclic factor: upside down when it faces left), the size of its tail fin, the
pattern on its body (plain, dark stripes across it, or dark spots) and the hue of the fish.
The body's size, the water and the eye stay fixed; the pattern turns with the fish, and the
whole fish always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

PATTERNS = ("plain", "striped", "spotted")
FACTORS = (
    Factor("heading", "direction the fish faces (it turns a full circle)", "cyclic", period=2 * np.pi),
    Factor("tail_size", "size of the fish's tail fin (small to large)", "continuous"),
    Factor("pattern", "pattern on the fish's body (plain, stripes or spots)", "categorical", PATTERNS),
    Factor("hue", "hue of the fish", "continuous"),
)
# heading: 0..2 pi radians, counter-clockwise from facing right (0: nose to the right, pi/2:
# nose up, pi: nose to the left, upside down; cyclic: 0 and 2 pi are the same picture);
# tail_size: 0..1 is a tail fin reaching 9..19 px back from its tip inside the body (4..14 px
# beyond the body) and 13..27 px tall at its end; pattern: category codes 0..2 are plain,
# three dark stripes across the body, dark spots; hue: 0..0.8 of the colour wheel (no wrap)
RANGES = ((0.0, 2 * np.pi), (0.0, 1.0), (0.0, len(PATTERNS) - 1.0), (0.0, 0.8))
WATER = (0.08, 0.2, 0.32)
C = 32.0  # the fish turns about the middle of the image
# along the fish (u, towards the nose) and across it (v, towards its belly), in px from C
BODY_U, BODY_RU, BODY_RV = 4.0, 15.0, 9.0  # the body: an oval from u = -11 to the nose at u = 19
TAIL_U, TAIL_SLOPE = -6.0, 0.7  # the tail fin: a wedge from u = TAIL_U back, widening by SLOPE
STRIPE_PERIOD, STRIPE_HW, STRIPE_U = 7.0, 1.75, 3.0  # three stripes, at u = -4, 3 and 10
SPOT_STEP, SPOT_R = 6.5, 2.5
EYE_U, EYE_V = 13.0, -3.0


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    a = R.col(f[:, 0])
    dx, dy = x - C, y - C
    cos, sin = np.cos(a), np.sin(a)
    u, v = dx * cos - dy * sin, dx * sin + dy * cos  # nose along (cos a, -sin a) on screen
    body = R.ellipse_sdf(u - BODY_U, v, BODY_RU, BODY_RV)
    reach = R.col(9 + 10 * f[:, 1])
    tail = np.maximum((TAIL_U - reach) - u,
                      (np.abs(v) - TAIL_SLOPE * (TAIL_U - u)) / np.sqrt(1 + TAIL_SLOPE ** 2))
    n = len(f)
    colour = R.hsv(f[:, 3], 0.75, 0.95)
    img = R.over(R.canvas(n, WATER), R.coverage(np.minimum(body, tail)), colour)
    # the pattern, inside the body only: bands across it, or a lattice of spots
    inside = R.coverage(body)
    stripes = np.abs((u - STRIPE_U + STRIPE_PERIOD / 2) % STRIPE_PERIOD - STRIPE_PERIOD / 2) - STRIPE_HW
    stripes = np.maximum(stripes, np.abs(u - STRIPE_U) - 9.0)  # just the three middle ones
    su = (u - BODY_U + SPOT_STEP / 2) % SPOT_STEP - SPOT_STEP / 2
    sv = (v + SPOT_STEP / 2) % SPOT_STEP - SPOT_STEP / 2
    spots = np.sqrt(su ** 2 + sv ** 2) - SPOT_R
    kind = f[:, 2].astype(int)[:, None, None]
    mark = np.where(kind == 1, R.coverage(stripes), np.where(kind == 2, R.coverage(spots), 0.0))
    img = R.over(img, mark * inside, R.hsv(f[:, 3], 0.85, 0.42))
    eye = np.sqrt((u - EYE_U) ** 2 + (v - EYE_V) ** 2)
    img = R.over(img, R.coverage(eye - 2.4), (0.97, 0.97, 0.95))
    return R.to_uint8(R.over(img, R.coverage(eye - 1.3), (0.05, 0.05, 0.07)))


def render(heading: float, tail_size: float, pattern: float, hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8; ``pattern`` is the category code (0 plain, 1 striped,
    2 spotted)."""
    return _draw(np.array([[heading, tail_size, pattern, hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("fish", arg, n, seed, FACTORS, sample_factors, _draw)
