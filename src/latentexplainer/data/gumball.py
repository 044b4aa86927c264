"""`gumball`: a gumball machine full of round gumballs standing on a shop counter in front of a
cream wall (64x64 RGB).

The machine stands in the middle of the image: a clear glass globe sits on a painted collar
on top of a painted pedestal that widens towards the counter, and a small painted dome with a
knob caps the globe. On the front of the pedestal are a silver coin crank and, below it, the
dark mouth of the chute. Inside the globe the gumballs lie packed in neat staggered rows from
the bottom of the glass up to a level surface; each is shaded as a ball, with a small white
glint, and a white reflection streaks the glass over them. Factors: how full the globe is
(just the bottom row, one to three gumballs, to full to the top), the size of the gumballs
(many small ones to fewer big ones), their flavour (a mix of colours, or all cherry red, all
mint green or all blueberry blue) and the hue of the machine's paint (its cap, collar and
pedestal). The globe, the pedestal's shape, the crank, the chute, the wall and the counter
stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("fill", "how full the globe is with gumballs (nearly empty to full)", "continuous"),
    Factor("ball_size", "size of the gumballs (many small to fewer large)", "continuous"),
    Factor("flavour", "flavour of the gumballs (mixed colours, cherry, mint or blueberry)", "categorical",
           ("mixed", "cherry", "mint", "blueberry")),
    Factor("paint_hue", "hue of the machine's paint (its cap, collar and pedestal)", "continuous"),
)
# fill: 0..1 raises the gumballs' level surface from just above the middles of the bottom row
# to y = 10 px (a gumball is in the globe when its middle is at or below the surface, and it is
# wholly inside the glass); ball_size: 0..1 is a
# gumball radius of 1.8..3.6 px; flavour: codes 0..3 as listed (PALETTES' rows); paint_hue:
# 0..0.8 of the colour wheel (no wrap)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 3.0), (0.0, 0.8))
WALL, COUNTER, COUNTER_TOP = (0.88, 0.81, 0.67), (0.5, 0.32, 0.18), (0.64, 0.44, 0.27)
GLASS, OUTLINE, GLINT = (0.84, 0.92, 0.98), (0.55, 0.62, 0.68), (1.0, 1.0, 1.0)
METAL, DARK = (0.78, 0.79, 0.82), (0.08, 0.07, 0.07)
CX, CY, GLOBE = 32.0, 25.0, 17.0  # the globe's middle and outer radius
FLOOR_Y = 40.5  # the lowest point of the globe's inside: the gumballs rest on it
COUNTER_Y = 56.0
PALETTES = np.array((
    ((0.9, 0.12, 0.12), (0.98, 0.82, 0.12), (0.2, 0.72, 0.25), (0.15, 0.35, 0.9), (0.98, 0.95, 0.9)),
    ((0.92, 0.1, 0.12), (0.8, 0.06, 0.1), (0.96, 0.22, 0.2), (0.7, 0.04, 0.08), (0.88, 0.16, 0.14)),
    ((0.3, 0.85, 0.45), (0.2, 0.72, 0.36), (0.4, 0.9, 0.55), (0.16, 0.64, 0.3), (0.26, 0.8, 0.4)),
    ((0.18, 0.35, 0.92), (0.12, 0.26, 0.8), (0.28, 0.45, 0.98), (0.1, 0.2, 0.7), (0.2, 0.4, 0.86)),
), np.float32)  # (flavour, 5 shades or colours, RGB)
MIX = np.random.default_rng(7).integers(0, 5, (16, 16))  # which of the 5 each gumball is, by row and place
ROWS, COLS = (7, 43), (14, 50)  # the part of the image the globe covers


def _layers():
    """The fixed picture (wall, counter, glass) and the fixed masks of the machine."""
    x, y = R.grid()
    img = R.canvas(1, WALL)
    img += (0.04 * (y / R.SIZE - 0.5))[:, None]  # the wall a little darker towards the top
    R.over(img, R.below(COUNTER_Y, 1), COUNTER)
    R.over(img, R.coverage(np.abs(y - COUNTER_Y - 1.0) - 1.0), COUNTER_TOP)
    rho = np.hypot(x - CX, y - CY)
    R.over(img, R.coverage(rho - GLOBE), GLASS)
    # the painted parts: the cap (a dome and a knob), the collar and the widening pedestal
    cap = np.minimum(np.maximum(R.ellipse_sdf(x - CX, y - 9.5, 7.5, 4.5), y - 9.0), np.hypot(x - CX, y - 4.0) - 2.0)
    collar = R.box_sdf(x - CX, y - 42.5, 11.0, 1.5)
    hw = 10.0 + 4.0 * (y - 43.0) / 13.0
    pedestal = np.maximum((np.abs(x - CX) - hw) / np.hypot(1.0, 4.0 / 13.0), np.maximum(43.0 - y, y - COUNTER_Y))
    paint = R.coverage(np.minimum(cap, np.minimum(collar, pedestal)))
    rim = R.coverage(np.abs(rho - GLOBE + 0.6) - 0.6)
    streak = R.ellipse_sdf(x - 24.5, y - 15.0, 1.6, 3.6)
    crank = np.maximum(np.hypot(x - CX, y - 47.0) - 3.2, -R.box_sdf(x - CX, y - 47.0, 0.5, 2.2))
    chute = R.box_sdf(x - CX, y - 52.5, 3.0, 1.5) - 0.8
    return img[0], rim, 0.6 * R.coverage(streak), paint, R.coverage(crank), R.coverage(chute)


BACKGROUND, RIM, STREAK, PAINT, CRANK, CHUTE = _layers()


def _balls(f: np.ndarray, part: np.ndarray) -> None:
    """Paint the gumballs into ``part``, the globe's rows and columns of the images."""
    x, y = R.grid()
    (r0, r1), (c0, c1) = ROWS, COLS
    x, y = x[:, :, c0:c1], y[:, r0:r1]
    r = R.col(1.8 + 1.8 * f[:, 1])
    surface = FLOOR_Y - r - 0.5 - (FLOOR_Y - r - 10.0) * R.col(f[:, 0])
    h = r * np.sqrt(np.float32(3.0))  # the rows' spacing, for a close packing
    j0 = np.maximum(np.floor((FLOOR_Y - r - y) / h), 0.0)
    best = None
    for j in (j0, j0 + 1.0):
        shift = (j % 2.0) * r
        k = np.round((x - CX - shift) / (2 * r))
        bx, by = CX + shift + 2 * r * k, FLOOR_Y - r - j * h
        d = np.hypot(x - bx, y - by)
        if best is None:
            best = [d, bx, by, j, k]
        else:
            closer = d < best[0]
            best = [np.where(closer, new, old) for new, old in zip((d, bx, by, j, k), best)]
    d, bx, by, j, k = best
    inside = (np.hypot(bx - CX, by - CY) <= GLOBE - 1.0 - r + 0.3) & (by >= surface)
    alpha = R.coverage(d - r) * inside
    shade = np.clip(1.12 - 0.5 * (d / r) ** 2, 0.55, 1.1)
    which = MIX[j.astype(np.int64) % 16, k.astype(np.int64) % 16]
    colour = PALETTES[f[:, 2].astype(int)[:, None, None], which]  # (n, h, w, 3)
    colour = colour.transpose(0, 3, 1, 2) * shade[:, None]
    part += (colour - part) * alpha[:, None]
    glint = R.coverage(np.hypot(x - bx + 0.4 * r, y - by + 0.4 * r) - (0.3 * r + 0.25)) * inside
    R.over(part, 0.9 * glint, GLINT)


def _draw(f: np.ndarray) -> np.ndarray:
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    (r0, r1), (c0, c1) = ROWS, COLS
    _balls(f, img[:, :, r0:r1, c0:c1])
    R.over(img, RIM, OUTLINE)
    R.over(img, STREAK, GLINT)
    R.over(img, PAINT, R.hsv(f[:, 3], 0.75, 0.85))
    R.over(img, CRANK, METAL)
    return R.to_uint8(R.over(img, CHUTE, DARK))



def render(fill: float, ball_size: float, flavour: float, paint_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[fill, ball_size, flavour, paint_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("gumball", arg, n, seed, FACTORS, sample_factors, _draw)
