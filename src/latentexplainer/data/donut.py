"""`donut`: an iced ring doughnut with a bite taken out of it, on a white plate on a checked
tablecloth, seen from above (64x64 RGB).

The doughnut is a golden-brown ring with darker brown edges, lying in the middle of a round
white plate with a faint grey ring where its rim begins. Its top is iced in one colour, the
icing's outer edge gently wavy, leaving a rim of bare dough round the outside and round the
hole. The icing is plain, scattered with short sprinkles of five bright colours or striped with
wavy lines of chocolate. A round bite is taken out of the ring's edge, showing pale crumb where
the dough was bitten through. The plate and the doughnut lie on a red and white checked cloth.
Factors: where the plate stands on the cloth (left to right; the doughnut on it), the size of
the doughnut (small to large; its hole and bite in proportion), what tops the icing (plain,
sprinkles or chocolate), the hue of the icing (round the whole colour wheel) and where round the
ring the bite is taken (a cyclic factor: a whole turn). The plate's size, the dough's colour and
the cloth stay fixed; the doughnut and its plate always lie inside the image, the plate's edge
at most touching the image's sides.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

TOPPINGS = ("plain", "sprinkles", "chocolate")
FACTORS = (
    Factor("plate_x", "where the plate stands on the cloth, the doughnut on it (left to right)", "continuous"),
    Factor("donut_size", "size of the doughnut (small to large)", "continuous"),
    Factor("topping", "what tops the icing (plain, sprinkles or chocolate)", "categorical", TOPPINGS),
    Factor("icing_hue", "hue of the doughnut's icing (round the whole colour wheel)", "cyclic", period=1.0),
    Factor("bite_angle", "where round the doughnut the bite is taken (a whole turn)", "cyclic",
           period=2 * np.pi),
)
# plate_x: 0..1 puts the middle of the plate and the doughnut at x = 25..39 px (y = 32 px);
# donut_size: 0..1 is a doughnut of outer radius 13..19 px (the hole 0.3 of that, the icing from
# 0.42 to about 0.86 of it, the bite a circle of radius 0.42 of it centred on the outer edge);
# topping: a code into TOPPINGS; icing_hue: 0..1 of the colour wheel (a whole turn: 0 and 1 are
# the same pink); bite_angle: 0..2 pi radians anticlockwise from the right
RANGES = ((0.0, 1.0), (0.0, 1.0), (0, len(TOPPINGS) - 1), (0.0, 1.0), (0.0, 2 * np.pi))
CLOTH, CHECK = np.array((0.96, 0.95, 0.92)), np.array((0.82, 0.2, 0.2))
PLATE, PLATE_RING = (0.97, 0.97, 0.98), (0.8, 0.81, 0.84)
DOUGH, DOUGH_EDGE = (0.76, 0.48, 0.22), (0.42, 0.24, 0.1)
CRUMB, CHOCOLATE = (0.96, 0.86, 0.64), (0.32, 0.17, 0.09)
SPRINKLES = np.array(((0.95, 0.2, 0.25), (1.0, 0.85, 0.15), (0.2, 0.45, 0.95), (0.3, 0.8, 0.35),
                      (0.99, 0.99, 0.99)), np.float32)
CY, PLATE_R, HOLE, ICING_IN, ICING_OUT, BITE = 32.0, 25.0, 0.3, 0.42, 0.86, 0.42
SECTORS = 16  # sprinkles: two rings of SECTORS each, one in every cell of the icing
ROWS = (int(CY - 20), int(CY + 20))  # the rows the doughnut can reach


def _cloth() -> np.ndarray:
    x, y = R.grid()
    band = lambda c: R.coverage(np.abs((c % 8.0) - 4.0) - 2.0)  # noqa: E731
    red = 0.55 * band(x)[0] + 0.55 * band(y)[0]  # (H, W): half red where one band, deeper where two
    return (CLOTH[:, None, None] + (CHECK - CLOTH)[:, None, None] * np.minimum(red, 0.9)).astype(np.float32)


BACKGROUND = _cloth()
# each sprinkle's turn and colour, drawn once, by cell: ring * SECTORS + sector
_RNG = np.random.default_rng(7)
_TURNS = _RNG.uniform(0, np.pi, 2 * SECTORS)
COS, SIN = np.cos(_TURNS).astype(np.float32), np.sin(_TURNS).astype(np.float32)
COLOURS = np.ascontiguousarray(SPRINKLES[_RNG.integers(0, len(SPRINKLES), 2 * SECTORS)].T)  # (3, cells)
MID = (ICING_IN + ICING_OUT) / 2  # the border between the sprinkles' two rings
RING_MIDS = ((ICING_IN + MID + 0.02) / 2, (MID + ICING_OUT - 0.04) / 2)


def _sprinkles(part, top, rho, phi, u, v, r):
    """Paint sprinkles on the icing ``top``: one short dash in each cell of two rings of SECTORS."""
    outer = rho > MID * r
    cell = phi * np.float32(SECTORS / (2 * np.pi)) + 0.5 * outer
    whole = np.floor(cell)
    kj = outer * SECTORS + whole.astype(int) % SECTORS
    along = rho * np.float32(2 * np.pi / SECTORS) * (cell - whole - 0.5)  # across the cell, tangentially
    out = rho - r * np.where(outer, np.float32(RING_MIDS[1]), np.float32(RING_MIDS[0]))  # and radially
    c, s = np.take(COS, kj), np.take(SIN, kj)
    p, q = along * c + out * s, out * c - along * s
    alpha = top * R.coverage(np.sqrt(np.maximum(np.abs(p) - 1.3, 0.0) ** 2 + q * q) - 0.7)
    for ch in range(3):
        part[:, ch] += alpha * (np.take(COLOURS[ch], kj) - part[:, ch])


def _chocolate(part, top, rho, phi, u, v, r):
    """Paint wavy lines of chocolate across the icing ``top``."""
    wavy = (v + 1.6 * np.sin(0.6 * u)) % 5.0
    R.over(part, top * R.coverage(np.abs(wavy - 2.5) - 0.8), CHOCOLATE)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    cx, r = R.col(25 + 14 * f[:, 0]), R.col(13 + 6 * f[:, 1])
    # the plate, its shadow and the ring where its rim begins
    u = x - cx
    uu = u * u
    dist = np.sqrt(uu + (y - CY) ** 2)
    R.over(img, 0.25 * R.coverage(0.5 * (np.sqrt(uu + (y - CY - 2.5) ** 2) - PLATE_R)), (0, 0, 0))
    R.over(img, R.coverage(dist - PLATE_R), PLATE)
    R.over(img, 0.8 * R.coverage(np.abs(dist - 0.8 * PLATE_R) - 0.5), PLATE_RING)
    # the doughnut, in the rows it can reach: a soft dark edge, the dough, the crumb in the bite
    r0, r1 = ROWS
    part, y, rho = img[:, :, r0:r1], y[:, r0:r1], dist[:, r0:r1]
    v = CY - y
    phi = np.arctan2(v, u)
    bite_a = R.col(f[:, 4])
    bite = np.sqrt((u - r * np.cos(bite_a)) ** 2 + (v - r * np.sin(bite_a)) ** 2) - BITE * r
    ring = np.maximum(np.abs(rho - (1 + HOLE) * r / 2) - (1 - HOLE) * r / 2, -bite)
    R.over(part, 0.5 * R.coverage(np.maximum(ring - 1.0, -bite - 1.0)), DOUGH_EDGE)
    R.over(part, R.coverage(ring + 0.8), DOUGH)
    R.over(part, R.coverage(np.maximum(np.abs(bite) - 1.3, ring)), CRUMB)
    # the icing, with its wavy outer edge, and what tops it
    edge = ICING_OUT * r + 0.05 * r * np.sin(7 * phi + 1.0)
    top = R.coverage(np.maximum(np.maximum(rho - edge, ICING_IN * r - rho), 1.8 - bite))
    R.over(part, top, R.hsv(f[:, 3], 0.45, 0.97))
    code = f[:, 2].astype(int)
    for c, paint in ((1, _sprinkles), (2, _chocolate)):
        idx = np.nonzero(code == c)[0]
        if len(idx):
            sub = part[idx]
            paint(sub, top[idx], rho[idx], phi[idx], u[idx], v, r[idx])
            part[idx] = sub
    return R.to_uint8(img)


def render(plate_x: float, donut_size: float, topping: float, icing_hue: float, bite_angle: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[plate_x, donut_size, topping, icing_hue, bite_angle]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("donut", arg, n, seed, FACTORS, sample_factors, _draw)
