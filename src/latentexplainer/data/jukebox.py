"""`jukebox`: an old-fashioned jukebox with neon tubes standing on the chequered floor of a
diner (64x64 RGB).

The jukebox stands in the middle of the image on a dark plinth: a wooden cabinet with straight
sides and a round-arched top. A neon tube runs round the inside of the arch and down both sides
of the cabinet; under the arch a dark glass window shows a black record with a red label; a
chrome strip crosses the cabinet under the window, and below it is a dark speaker grille
crossed by upright chrome bars. When its lights are on, the neon tubes brighten and a glow of
their colour spreads over the wall around the jukebox. The diner's wall is pale mint above a
chrome rail and red below it; the floor is chequered black and white. Factors: the height of
the cabinet's straight sides (short to tall: the arch, the window and the record ride on
them, and the grille grows), the hue of the neon (a cyclic factor with a whole-turn period),
how many chrome bars cross the grille (3, 4, 5 or 6) and how bright the neon is (off, when the
tubes still show their coloured glass, to bright, with the glow on the wall). The cabinet's
width, the arch's radius, the record and the diner stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("cabinet_height", "height of the jukebox's cabinet (short to tall)", "continuous"),
    Factor("neon_hue", "hue of the jukebox's neon tubes (round the colour wheel)", "cyclic", period=1.0),
    Factor("grille_bars", "how many chrome bars cross the jukebox's speaker grille", "categorical",
           ("3", "4", "5", "6")),
    Factor("neon_light", "brightness of the jukebox's neon (off to bright)", "continuous"),
)
# cabinet_height: 0..1 puts the top of the straight sides (the arch's centre) at y = 35..22 px, so
# the arch's top at y = 20..7 px; neon_hue: 0..1 of the colour wheel, whole turns (1 is 0 again);
# grille_bars: code 0..3 is 3..6 bars, evenly spread across the grille; neon_light: 0..1 brightens
# the tubes from their unlit coloured glass to full brightness and fades the glow on the wall in
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 3.0), (0.0, 1.0))
MINT, RED_WALL, CHROME = (0.7, 0.86, 0.8), (0.72, 0.16, 0.16), (0.86, 0.87, 0.9)
TILE_LIGHT, TILE_DARK = (0.92, 0.91, 0.87), (0.1, 0.1, 0.12)
WOOD, WOOD_DARK, GLASS = (0.42, 0.22, 0.1), (0.18, 0.1, 0.06), (0.32, 0.4, 0.5)
RECORD, LABEL, FABRIC = (0.03, 0.03, 0.04), (0.85, 0.15, 0.12), (0.2, 0.12, 0.1)
CX, HALF_W, ARCH_R = 32.0, 15.0, 15.0
RAIL_Y, FLOOR_Y, BASE_Y = 36.0, 52.0, 50.0  # the cabinet ends at the plinth's top, BASE_Y
GRILLE = (23.0, 41.0)  # the grille's sides
GLOW_SIGMA = 5.0
ROWS = (0, 55)  # the rows the jukebox and its glow can reach


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, MINT)
    R.over(img, R.below(RAIL_Y, 1), RED_WALL)
    R.over(img, R.coverage(np.abs(y - RAIL_Y) - 1.0), CHROME)
    R.over(img, 0.5 * R.coverage(np.abs(y - RAIL_Y - 0.9) - 0.3), (0.5, 0.5, 0.55))
    R.over(img, R.below(FLOOR_Y, 1), TILE_LIGHT)
    dark = (np.floor((x - CX) / 8.0) + np.floor((y - FLOOR_Y) / 4.0)) % 2  # tiles 8 px wide, 4 px deep
    R.over(img, dark * (y > FLOOR_Y), TILE_DARK)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    r0, r1 = ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    s = R.col(35 - 13 * f[:, 0])  # the top of the straight sides, the arch's centre
    light = R.col(f[:, 3])
    # the cabinet's outline: the straight part and the arch
    dx = x - CX
    body = np.maximum(np.abs(dx) - HALF_W, y - BASE_Y)
    arch = np.hypot(dx, y - s) - ARCH_R
    cabinet = np.where(y < s, arch, body)
    # the glow on the wall, the plinth, the cabinet
    bright = R.hsv(f[:, 1], 0.8, 1.0)
    glow = np.exp(-np.maximum(cabinet, 0.0) ** 2 / (2 * GLOW_SIGMA ** 2))
    R.over(part, 0.7 * light * glow * R.coverage(y - FLOOR_Y + 0.5), bright)
    R.over(part, R.coverage(R.edges_sdf(x, y, CX - HALF_W - 1.5, CX + HALF_W + 1.5, BASE_Y - 0.5, 54.0)),
           WOOD_DARK)
    R.over(part, R.coverage(cabinet), WOOD)
    # the window under the arch, with the record, and the neon round the arch and down the sides
    rho = np.hypot(dx, y - s)
    window = np.maximum(rho - 10.5, y - s - 1.0)
    R.over(part, R.coverage(window), GLASS)
    disc = np.hypot(dx, y - s + 1.0)
    R.over(part, R.coverage(np.maximum(disc - 6.5, window)), RECORD)
    R.over(part, R.coverage(disc - 2.0), LABEL)
    tube = np.where(y < s, np.abs(rho - 12.6) - 1.1,
                    np.maximum(np.abs(np.abs(dx) - 12.6) - 1.1, y - BASE_Y + 1.5))
    neon = R.hsv(f[:, 1], 0.85 - 0.35 * f[:, 3], 0.45 + 0.55 * f[:, 3])
    R.over(part, R.coverage(tube), neon)
    # the chrome strip, the grille and its bars
    R.over(part, R.coverage(np.maximum(np.abs(y - s - 2.6) - 0.9, np.abs(dx) - 10.5)), CHROME)
    grille = R.edges_sdf(x, y, GRILLE[0], GRILLE[1], s + 5.0, BASE_Y - 2.5)
    R.over(part, R.coverage(grille), FABRIC)
    bars = R.col(3 + f[:, 2])
    space = (GRILLE[1] - GRILLE[0]) / bars
    t = (x - GRILLE[0]) / space
    R.over(part, R.coverage(np.maximum(np.abs(t % 1.0 - 0.5) * space - 0.9, grille)), CHROME)
    return R.to_uint8(img)


def render(cabinet_height: float, neon_hue: float, grille_bars: float, neon_light: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[cabinet_height, neon_hue, grille_bars, neon_light]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("jukebox", arg, n, seed, FACTORS, sample_factors, _draw)
