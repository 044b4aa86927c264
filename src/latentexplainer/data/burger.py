"""`burger`: a hamburger on a white plate on a checked tablecloth, seen from the side (64x64 RGB).

Behind is a cream wall with faint wallpaper stripes; the lower part of the image is a table
under a gingham cloth of coloured and white checks. A white plate lies on the cloth, and on it
stands a burger, from the bottom up: a flat bottom bun, a frilly green lettuce leaf, one or more
dark brown beef patties, a slice of yellow cheese with two drips running down over the top
patty, and a domed top bun with pale sesame seeds and a soft highlight. Factors: how many
patties are stacked in it (1, 2 or 3; everything above them rises with the stack), the size of
the whole burger, how toasted its buns are (pale to dark golden brown), how big a bite has been
taken out of its right side (none to a big bite, showing what lies behind) and the hue of the
tablecloth's checks (red through yellow and green to blue). The wall, the plate, the lettuce,
the cheese and the seeds stay fixed; the burger always stands in the middle of the plate.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("patties", "how many beef patties are stacked in the burger (1, 2 or 3)", "categorical", ("1", "2", "3")),
    Factor("burger_size", "size of the burger (small to large)", "continuous"),
    Factor("bun_toast", "how toasted the burger's bun is (pale to dark golden brown)", "continuous"),
    Factor("bite", "how big a bite is taken out of the burger's right side (none to big)", "continuous"),
    Factor("cloth_hue", "hue of the checked tablecloth (red through yellow and green to blue)", "continuous"),
)
# patties: codes 0, 1, 2 stack 1, 2 or 3 patties, each 5.5 units high; burger_size: 0..1
# scales the burger 0.75..1.1 times (a unit is a pixel at 1; the bottom bun is 34 units wide),
# standing at x = 32 px on the plate at y = 52 px; bun_toast: 0..1 blends the buns' colour from
# pale to dark golden brown; bite: 0..1 is a scalloped bite of radius -1..18 px (times the
# size; below zero, no bite) into the burger's right edge at the middle of its height;
# cloth_hue: 0..0.65 of the colour wheel (no wrap)
RANGES = ((0, 2), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 0.65))
WALL, CLOTH_WHITE, PLATE, PLATE_RIM = (0.93, 0.88, 0.76), (0.97, 0.97, 0.95), (0.98, 0.98, 0.98), (0.78, 0.8, 0.84)
PALE, TOASTED = np.array((0.96, 0.8, 0.5)), np.array((0.62, 0.34, 0.12))
LETTUCE, PATTY, CHEESE, SEED = (0.42, 0.75, 0.2), (0.35, 0.19, 0.11), (0.99, 0.75, 0.12), (0.99, 0.95, 0.82)
CX, BASE, TABLE_Y, CHECK = 32.0, 52.0, 40.0, 6.0
BUN_H, LETTUCE_H, PATTY_H, CHEESE_H, DOME_H = 6.0, 3.0, 5.5, 1.6, 13.0
WINDOW = (6, 54, 10, 55)  # the rows and columns the burger can reach
DOME_ROWS = 35  # the window's rows (from its top) the dome's highlight and seeds can reach
SEEDS = ((-9.0, 8.0), (-3.5, 11.0), (3.0, 11.5), (9.0, 8.5), (-12.5, 4.0), (13.0, 4.5), (-5.5, 5.5),
         (5.0, 6.0), (0.0, 8.5))  # (across, up) from the middle of the dome's base, in units


def _backdrop() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The wall and the plate (3, H, W) with their coverage (H, W) (the cloth shows through the
    rest) and how coloured each pixel of the cloth is (0 white, 0.5 one stripe, 1 a crossing)."""
    x, y = R.grid()
    img = R.canvas(1, WALL)
    img *= (1.0 - 0.03 * (np.abs(((x % 8.0) - 4.0)) < 1.0))[:, None]
    alpha = R.coverage(y - TABLE_Y)
    plate = R.ellipse_sdf(x - CX, y - 53.0, 27.0, 5.5)
    R.over(img, R.coverage(plate), PLATE_RIM)
    R.over(img, R.coverage(R.ellipse_sdf(x - CX, y - 52.6, 24.0, 4.2)), PLATE)
    alpha = np.maximum(alpha, R.coverage(plate))
    stripes = 0.5 * ((x // CHECK) % 2) + 0.5 * ((y - TABLE_Y) // (CHECK * 0.6) % 2)
    return img[0], np.broadcast_to(alpha, (1, R.SIZE, R.SIZE))[0].astype(np.float32), \
        np.broadcast_to(stripes, (1, R.SIZE, R.SIZE))[0].astype(np.float32)


BACKDROP, BACKDROP_ALPHA, CHECKS = _backdrop()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    tint = R.hsv(f[:, 4], 0.8, 0.85)
    img = (np.asarray(CLOTH_WHITE, np.float32)[None, :, None, None]
           + (tint - np.asarray(CLOTH_WHITE, np.float32))[:, :, None, None] * CHECKS)
    img += (BACKDROP - img) * BACKDROP_ALPHA
    # the burger, drawn only where it can reach
    r0, r1, c0, c1 = WINDOW
    part, x, y = img[:, :, r0:r1, c0:c1], x[:, :, c0:c1], y[:, r0:r1]
    s = R.col(0.75 + 0.35 * f[:, 1])
    count = R.col(f[:, 0] + 1)
    bun = PALE[None] + (TOASTED - PALE)[None] * f[:, 2:3]
    u = (x - CX) / s  # across the burger, in units
    # the heights, up from the plate, in units
    top_of_lettuce = BUN_H + LETTUCE_H
    top_of_patties = top_of_lettuce + PATTY_H * count
    top_of_cheese = top_of_patties + CHEESE_H
    total = top_of_cheese + DOME_H
    h = (BASE - y) / s  # height above the plate, in units
    # the bite: three circles in a column, biting into the right edge
    rb = R.col(19 * f[:, 3] - 1) * s
    bx, by = CX + 17 * s + 0.05 * rb, BASE - 0.5 * total * s
    bite = np.hypot(x - bx + 0.25 * rb, y - by) - 0.55 * rb
    for j in (-1.0, 1.0):
        bite = np.minimum(bite, np.hypot(x - bx, y - by - j * 0.6 * rb) - 0.55 * rb)
    keep = 1.0 - R.coverage(bite)

    def layer(sdf_units, colour, rows=slice(None)):
        R.over(part[:, :, rows], keep[:, rows] * R.coverage(sdf_units * s), colour)

    layer(R.box_sdf(u, h - BUN_H / 2, 15.0, BUN_H / 2 - 2.0) - 2.0, bun * 0.97)
    wave = 0.9 * np.sin(u * 1.1) + 0.5 * np.sin(u * 2.3 + 1.0)  # the leaf's frilly lower edge
    lettuce = np.maximum(np.abs(u) - 18.5 - 0.8 * np.sin(h * 3.0), h - top_of_lettuce - 0.4)
    layer(np.maximum(lettuce, BUN_H - 1.2 + wave - h), LETTUCE)
    for i in range(3):
        mid = top_of_lettuce + PATTY_H * (i + 0.5)
        patty = R.box_sdf(u, h - mid, 14.5, PATTY_H / 2 - 2.0) - 2.0
        layer(np.where(count > i, patty, np.inf), PATTY)
        layer(np.where(count > i, np.maximum(patty + 1.0, np.abs(h - mid - 0.3) - 0.35), np.inf), (0.22, 0.11, 0.06))
    cheese = R.edges_sdf(u, h, -18.0, 18.0, top_of_patties, top_of_cheese)
    for cu in (-11.0, 9.0):  # the drips
        cheese = np.minimum(cheese, np.maximum(np.abs(u - cu) - 0.35 * (h - top_of_patties + 4.5),
                                               np.maximum(h - top_of_patties, top_of_patties - 4.0 - h)))
    layer(cheese, CHEESE)
    dome = np.maximum(R.ellipse_sdf(u, h - top_of_cheese, 17.5, DOME_H), top_of_cheese + 0.2 - h)
    layer(dome, bun)
    top = slice(0, DOME_ROWS)  # the rows the dome's highlight and seeds can reach
    h, dome = h[:, top], dome[:, top]
    layer(np.maximum(R.ellipse_sdf(u + 6.0, h - top_of_cheese - 8.0, 5.0, 2.5), dome), bun * 0.45 + 0.55, top)
    for su, sv in SEEDS:
        layer(R.ellipse_sdf(u - su, h - top_of_cheese - sv, 1.2, 0.6), SEED, top)
    return R.to_uint8(img)


def render(patties: float, burger_size: float, bun_toast: float, bite: float, cloth_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[patties, burger_size, bun_toast, bite, cloth_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("burger", arg, n, seed, FACTORS, sample_factors, _draw)
