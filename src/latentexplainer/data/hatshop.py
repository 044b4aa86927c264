"""`hatshop`: a hat on a stand in a milliner's shop, seen from the front (64x64 RGB).

A dark polished display table runs along the bottom of the image in front of a striped rose
wallpaper. In the middle of the table a turned wooden stand - a round foot, a thin pole and a
pale wooden head form on top - holds a hat, with a darker band round its crown. On the wall at
the left hangs an oval mirror in a gilt frame; on the table at the right stands a striped
round hatbox with a lid; a small lamp with a dark shade hangs from the ceiling at the top right.
Factors: which hat is on the stand (a top hat, a bowler or a wide-brimmed sun hat), the hue of
the hat's felt (a cyclic factor with a whole-turn period), how tall the stand is (short to
tall: the head form and the hat rise with it) and how brightly the lamp lights the shop (off,
in a dim shop, to bright, its bulb glowing). The table, the wallpaper, the mirror, the hatbox
and the lamp's place stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("hat_style", "which hat is on the stand", "categorical", ("top hat", "bowler", "sun hat")),
    Factor("hat_hue", "hue of the hat's felt", "cyclic", period=1.0),
    Factor("stand_height", "how tall the hat stand is (short to tall)", "continuous"),
    Factor("lamp_light", "how brightly the lamp lights the shop (off to bright)", "continuous"),
)
# hat_style: codes 0..2 are the names in order; hat_hue: 0..1 of the colour wheel, 1 the same as 0;
# stand_height: 0..1 raises the head form's middle from y = 37 to 23 px (the hat's brim sits 3.5 px
# above it); lamp_light: 0..1 brightens the whole shop from 0.42 to 1 times its full light and turns
# the bulb from grey to glowing, with a warm halo round it
RANGES = ((0.0, 2.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
PAPER, PAPER_STRIPE, TABLE, TABLE_EDGE = (0.78, 0.6, 0.6), (0.66, 0.46, 0.48), (0.32, 0.18, 0.1), (0.5, 0.32, 0.18)
STAND, HEAD, GILT, GLASS = (0.42, 0.26, 0.13), (0.9, 0.8, 0.62), (0.85, 0.68, 0.25), (0.7, 0.78, 0.82)
BOX, BOX_STRIPE, SHADE, BAND = (0.94, 0.92, 0.86), (0.2, 0.32, 0.5), (0.14, 0.22, 0.18), (0.1, 0.08, 0.08)
BULB_OFF, BULB_ON, HALO = np.array((0.55, 0.55, 0.52)), np.array((1.0, 0.97, 0.78)), (1.0, 0.9, 0.6)
TABLE_Y, STAND_X, LAMP_X, LAMP_Y = 48.0, 32.0, 53.0, 10.0
DIM = 0.42  # the shop's light, as a share of full, with the lamp off


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, PAPER)
    R.over(img, R.coverage(np.abs((x % 8.0) - 4.0) - 1.2), PAPER_STRIPE)
    R.over(img, R.coverage(np.abs((x % 8.0) - 4.0) - 0.3), PAPER)
    # the mirror in its gilt frame, with a glint
    R.over(img, R.coverage(R.ellipse_sdf(x - 9.5, y - 24.0, 7.0, 10.0)), GILT)
    R.over(img, R.coverage(R.ellipse_sdf(x - 9.5, y - 24.0, 5.2, 8.2)), GLASS)
    R.over(img, 0.7 * R.coverage(R.segment_sdf(x, y, 7.0, 21.0, 10.0, 17.5) - 0.7), (1.0, 1.0, 1.0))
    # the table
    R.over(img, R.below(TABLE_Y, 1), TABLE)
    R.over(img, R.coverage(np.abs(y - TABLE_Y - 0.8) - 0.8), TABLE_EDGE)
    R.over(img, 0.3 * R.coverage(np.abs(((x * 0.3 + y) % 5.0) - 2.5) - 0.3) * R.below(TABLE_Y + 2.0, 1),
           TABLE_EDGE)  # the polish's sheen
    # the hatbox and its lid
    box = R.edges_sdf(x, y, 47.0, 61.0, 38.0, TABLE_Y + 1.0)
    R.over(img, R.coverage(box), BOX)
    R.over(img, R.coverage(np.maximum(box, np.abs(((x - 47.0) % 3.5) - 1.75) - 0.6)), BOX_STRIPE)
    R.over(img, R.coverage(R.edges_sdf(x, y, 46.0, 62.0, 35.5, 38.5)), BOX_STRIPE)
    # the lamp's cord and shade
    R.over(img, R.coverage(np.maximum(np.abs(x - LAMP_X) - 0.5, y - LAMP_Y)), BAND)
    shade = np.maximum(R.ellipse_sdf(x - LAMP_X, y - LAMP_Y - 1.5, 6.0, 5.5), y - LAMP_Y - 1.5)
    R.over(img, R.coverage(shade), SHADE)
    return img[0]


BACKGROUND = _background()


def _hat(x, y, hy, style):
    """Signed distances of the hat (felt) and of its band, with its brim at row ``hy``."""
    top_hat = np.minimum(R.edges_sdf(x, y, STAND_X - 7.5, STAND_X + 7.5, hy - 17.0, hy),
                         R.edges_sdf(x, y, STAND_X - 12.0, STAND_X + 12.0, hy - 1.0, hy + 1.4))
    bowler = np.minimum(np.maximum(R.ellipse_sdf(x - STAND_X, y - hy, 9.0, 9.5), y - hy),
                        R.ellipse_sdf(x - STAND_X, y - hy - 0.3, 12.5, 1.8))
    sun_hat = np.minimum(np.maximum(R.ellipse_sdf(x - STAND_X, y - hy, 7.5, 6.5), y - hy),
                         R.ellipse_sdf(x - STAND_X, y - hy - 0.3, 20.0, 3.6))
    felt = np.where(style == 0, top_hat, np.where(style == 1, bowler, sun_hat))
    band_half = np.where(style == 0, 7.5, np.where(style == 1, 8.8, 7.3))
    band = np.maximum(np.abs(y - hy + 2.2) - 1.1, np.abs(x - STAND_X) - band_half)
    return felt, np.maximum(band, felt)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the stand: its foot, pole and head form, then the hat on the head form
    hy = R.col(37.0 - 14.0 * f[:, 2])
    R.over(img, R.coverage(R.edges_sdf(x, y, STAND_X - 1.2, STAND_X + 1.2, hy, TABLE_Y)), STAND)
    R.over(img, R.coverage(np.maximum(R.ellipse_sdf(x - STAND_X, y - TABLE_Y, 7.0, 3.0), y - TABLE_Y)), STAND)
    R.over(img, R.coverage(R.ellipse_sdf(x - STAND_X, y - hy, 5.0, 6.5)), HEAD)
    felt, band = _hat(x, y, hy - 3.5, R.col(f[:, 0]))
    colour = R.hsv(f[:, 1], 0.75, 0.85)
    R.over(img, R.coverage(felt), colour)
    R.over(img, R.coverage(np.abs(felt + 0.4) - 0.4), colour * 0.55)
    R.over(img, R.coverage(band), BAND)
    # the light: the whole shop dims, the bulb glows, a warm halo spreads round it
    light = R.col(f[:, 3])
    img *= (DIM + (1.0 - DIM) * light)[:, None]
    halo = np.exp(-((x - LAMP_X) ** 2 + (y - LAMP_Y - 3.0) ** 2) / (2 * 7.0 ** 2))
    R.over(img, 0.6 * light * halo, HALO)
    bulb = BULB_OFF[None] + (BULB_ON - BULB_OFF)[None] * f[:, 3:4]
    R.over(img, R.coverage(np.hypot(x - LAMP_X, y - LAMP_Y - 2.8) - 2.4), bulb)
    return R.to_uint8(img)


def render(hat_style: float, hat_hue: float, stand_height: float, lamp_light: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[hat_style, hat_hue, stand_height, lamp_light]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("hatshop", arg, n, seed, FACTORS, sample_factors, _draw)
