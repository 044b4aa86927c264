"""`lumberjack`: a lumberjack felling a tree in a forest clearing, a pile of sawn logs beside
the stump, seen from the side (64x64 RGB).

A blue sky above a line of dark green fir trees on a distant ridge; a grassy clearing fills the
bottom of the image. A tree with a brown trunk and a leafy crown of round clumps stands in the
middle of the clearing; it is being felled and leans over to the left, pivoting about the foot
of its trunk. Sawn logs are piled at the right in rows of two, their pale cut ends towards the
viewer with growth rings. A lumberjack in a red checked shirt and blue trousers, an axe over
his shoulder, stands in the clearing. Factors: how far the tree has fallen (from upright to
leaning far over to the left), the colour of its leaves (from summer green to autumn orange),
how many rows of logs are piled up (1 to 3) and where the lumberjack stands in the clearing
(left to right). The sky, the ridge, the clearing and the tree's size stay fixed; the tree
always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("fall", "how far the tree has fallen over (upright to far over)", "continuous"),
    Factor("leaf_colour", "colour of the tree's leaves (summer green to autumn orange)", "continuous"),
    Factor("log_rows", "how many rows of logs are piled up (1 to 3)", "categorical", ("1", "2", "3")),
    Factor("jack_x", "where the lumberjack stands in the clearing (left to right)", "continuous"),
)
# fall: 0..1.15 radians that the trunk leans to the left of upright, about its foot at BASE;
# leaf_colour: 0..1 turns the crown from hue 0.3 (green) to 0.07 (orange); log_rows: a code 0..2
# for 1..3 rows of two logs, at LOGS from the bottom up; jack_x: 0..1 puts the lumberjack's
# middle at x = 8..30 px
RANGES = ((0.0, 1.15), (0.0, 1.0), (0.0, 2.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.4, 0.62, 0.9)), np.array((0.72, 0.84, 0.95))
FIR, GRASS, GRASS_DARK = (0.12, 0.3, 0.18), (0.36, 0.56, 0.2), (0.29, 0.47, 0.16)
BARK, STUMP, LOG_END, RING = (0.4, 0.26, 0.14), (0.5, 0.34, 0.18), (0.96, 0.86, 0.66), (0.7, 0.52, 0.3)
SHIRT, CHECK, TROUSERS, SKIN, HAIR, HANDLE, BLADE = (
    (0.82, 0.12, 0.1), (0.3, 0.06, 0.06), (0.16, 0.22, 0.48), (0.94, 0.74, 0.6), (0.3, 0.2, 0.12),
    (0.6, 0.42, 0.22), (0.75, 0.78, 0.8))
RIDGE_Y, GROUND_Y = 24.0, 40.0
BASE = (36.0, 50.0)  # the foot of the trunk
TRUNK = 28.0  # from the foot to the crown's middle
CROWN = ((0.0, 0.0, 6.5), (-5.5, 1.5, 5.0), (5.5, 1.5, 5.0), (-3.0, -4.5, 5.0), (3.0, -4.5, 5.0))  # leafy clumps
LOGS = (58.0, 47.0, 36.0)  # the rows' heights; two logs in each, at LOG_X
LOG_X, LOG_R = (46.5, 57.5), 5.5


def _scene():
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, RIDGE_Y)[None].copy()
    firs = RIDGE_Y - 8.0 * (1.0 - np.abs(((x + 2.0) % 7.0) - 3.5) / 3.5) + 1.5 * np.sin(x * 0.5) - y
    R.over(img, R.coverage(firs), FIR)
    R.over(img, R.below(GROUND_Y, 1), GRASS)
    tufts = np.maximum(np.abs(((x + 4.0 * np.floor(y / 5.0)) % 9.0) - 4.5) - 0.6, np.abs((y % 5.0) - 2.5) - 0.7)
    R.over(img, R.coverage(np.maximum(tufts, GROUND_Y + 2.0 - y)), GRASS_DARK)
    return img[0]


SCENE = _scene()


def _logs():
    x, y = R.grid()
    out = []
    for ly in LOGS:
        rho = np.min([np.hypot(x - lx, y - ly) for lx in LOG_X], 0)
        rings = np.maximum(np.abs((rho % 1.6) - 0.8) - 0.3, rho - LOG_R + 1.0)
        out.append((R.coverage(rho - LOG_R), R.coverage(np.abs(rho - LOG_R + 0.4) - 0.6), R.coverage(rings)))
    return out


LOG_COVERS = _logs()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the tree: the trunk and crown turned to the left about the foot, the stump beneath
    a = R.col(f[:, 0])
    tx, ty = BASE[0] - TRUNK * np.sin(a), BASE[1] - TRUNK * np.cos(a)
    R.over(img, R.coverage(R.segment_sdf(x, y, BASE[0], BASE[1], tx, ty) - 2.2), BARK)
    R.over(img, R.coverage(R.edges_sdf(x, y, BASE[0] - 3.0, BASE[0] + 3.0, BASE[1] - 1.0, BASE[1] + 3.0)), STUMP)
    hue = 0.3 - 0.23 * f[:, 1]
    crown = np.min([np.hypot(x - tx - ox, y - ty - oy) - r for ox, oy, r in CROWN], 0)
    R.over(img, R.coverage(crown), R.hsv(hue, 0.8, 0.55))
    light = np.min([np.hypot(x - tx - ox + 1.0, y - ty - oy + 1.0) - r + 1.5 for ox, oy, r in CROWN], 0)
    R.over(img, R.coverage(light), R.hsv(hue, 0.75, 0.78))
    # the rows of logs, from the bottom up
    count = f[:, 2].astype(int)
    for i, (end, rim, rings) in enumerate(LOG_COVERS):
        on = (count >= i).astype(np.float32)[:, None, None]
        R.over(img, on * end, LOG_END)
        R.over(img, on * rings, RING)
        R.over(img, on * rim, BARK)
    # the lumberjack: legs, a checked shirt, a head with a cap of hair, an axe over his shoulder
    jx = R.col(8.0 + 22.0 * f[:, 3])
    legs = np.minimum(R.edges_sdf(x, y, jx - 3.0, jx - 0.6, 44.0, 56.0),
                      R.edges_sdf(x, y, jx + 0.6, jx + 3.0, 44.0, 56.0))
    R.over(img, R.coverage(legs), TROUSERS)
    body = R.edges_sdf(x, y, jx - 3.8, jx + 3.8, 33.0, 45.0) - 0.8
    R.over(img, R.coverage(body), SHIRT)
    checks = np.maximum(np.minimum(np.abs(((x - jx) % 3.0) - 1.5), np.abs((y % 3.0) - 1.5)) - 0.4, body + 0.5)
    R.over(img, 0.7 * R.coverage(checks), CHECK)
    R.over(img, R.coverage(np.hypot(x - jx, y - 29.5) - 3.2), SKIN)
    R.over(img, R.coverage(np.maximum(np.hypot(x - jx, y - 29.0) - 3.4, y - 28.0)), HAIR)
    R.over(img, R.coverage(R.segment_sdf(x, y, jx + 2.0, 40.0, jx + 7.0, 24.0) - 0.7), HANDLE)
    R.over(img, R.coverage(R.edges_sdf(x, y, jx + 5.0, jx + 10.0, 22.5, 26.0)), BLADE)
    return R.to_uint8(img)


def render(fall: float, leaf_colour: float, log_rows: float, jack_x: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[fall, leaf_colour, log_rows, jack_x]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("lumberjack", arg, n, seed, FACTORS, sample_factors, _draw)
