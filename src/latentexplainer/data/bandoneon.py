"""`bandoneon`: a bandoneon - a square-ended button squeezebox - held up in front of a red stage
curtain, seen straight on (64x64 RGB).

The instrument fills the middle of the image: two black lacquered end boxes, each with a grid
of pearl buttons and a thin brass rim, and between them the pleated paper bellows, cream with
each pleat shaded from dark to light so that the folds stand out. Behind it hangs a deep red
stage curtain in vertical folds above a dark wooden stage floor; a warm spotlight makes a round
pool of light on the curtain and the floor behind the instrument. Factors: how far the bellows
are pulled open (the end boxes close together to far apart), how many pleats the bellows have
(4, 6 or 8), the tilt of the whole instrument about its middle (its right end raised to its
right end lowered) and the brightness of the spotlight (off to bright). The boxes, the buttons,
the curtain and the floor stay fixed; the whole instrument always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("bellows_open", "how far the bandoneon's bellows are pulled open (closed to wide)", "continuous"),
    Factor("pleats", "how many pleats the bandoneon's bellows have", "categorical", ("4", "6", "8")),
    Factor("tilt", "tilt of the bandoneon (right end raised, level, right end lowered)", "continuous"),
    Factor("spotlight", "brightness of the spotlight behind the bandoneon (off to bright)", "continuous"),
)
# bellows_open: 0..1 is bellows 8..30 px wide between the end boxes; pleats: codes 0..2 are
# 4, 6 and 8 pleats; tilt: -0.4..0.4 radians about the instrument's middle at (32, 32) px
# (positive: the right end goes down); spotlight: 0..1 scales the opacity of the pool of
# light on the curtain and the floor (0: off)
RANGES = ((0.0, 1.0), (0.0, 2.0), (-0.4, 0.4), (0.0, 1.0))
PLEATS = np.array((4.0, 6.0, 8.0), np.float32)
CURTAIN, FLOOR = np.array((0.42, 0.06, 0.09)), (0.24, 0.15, 0.09)
LACQUER, PEARL, BRASS = (0.09, 0.08, 0.08), (0.93, 0.91, 0.84), (0.78, 0.62, 0.26)
BELLOWS_LIGHT, BELLOWS_DARK = np.array((0.96, 0.92, 0.8)), np.array((0.36, 0.28, 0.2))
SPOT = (1.0, 0.9, 0.66)
CX, CY, FLOOR_Y = 32.0, 32.0, 54.0
BOX_W, BOX_HH, BELLOWS_HH = 11.0, 11.0, 9.5  # an end box's width and half-height; the bellows' half-height
BUTTON_DU, BUTTON_DV, BUTTON_R = 3.3, 4.8, 1.15  # the buttons: a 3 x 4 grid on each box
SPOT_RX, SPOT_RY, SPOT_ALPHA = 27.0, 25.0, 0.85


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, CURTAIN)
    img *= (0.8 + 0.25 * np.sin(x * 0.55 + 0.4 * np.sin(y * 0.08)))[:, None]  # the curtain's folds
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    R.over(img, 0.5 * R.coverage(np.abs(y - FLOOR_Y) - 0.5), (0.1, 0.06, 0.04))  # the stage's front edge
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the spotlight's pool of light behind the instrument, softly edged
    pool = np.clip(1.0 - np.hypot((x - CX) / SPOT_RX, (y - CY - 2) / SPOT_RY), 0.0, 0.25) * 4.0
    img = R.over(img, SPOT_ALPHA * R.col(f[:, 3]) * pool, SPOT)
    # instrument coordinates: u along it (to the right end), v across it (downwards)
    a = R.col(f[:, 2])
    ca, sa = np.cos(a), np.sin(a)
    u = (x - CX) * ca + (y - CY) * sa
    v = -(x - CX) * sa + (y - CY) * ca
    b = R.col(4.0 + 11.0 * f[:, 0])  # the bellows' half-width
    # the bellows: each pleat shaded from dark to light across it, with a dark crease
    bellows = R.coverage(R.box_sdf(u, v, b + 1.0, BELLOWS_HH))  # running on under the boxes' edges
    k = PLEATS[np.clip(f[:, 1].astype(int), 0, len(PLEATS) - 1)][:, None, None]
    phase = (u + b) / (2 * b) * k
    frac = phase - np.floor(phase)
    shade = frac[:, None] * (BELLOWS_LIGHT - BELLOWS_DARK)[None, :, None, None] \
        + BELLOWS_DARK[None, :, None, None]
    img += (shade - img) * bellows[:, None]
    crease = (0.5 - np.abs(frac - 0.5)) * 2 * b / k  # distance (px) to the nearest crease
    img = R.over(img, 0.85 * bellows * R.coverage(crease - 0.45), (0.25, 0.18, 0.12))
    # the end boxes, their brass rims next to the bellows and their buttons
    du = np.abs(u) - b - BOX_W / 2  # across each box, from its middle
    boxes = R.box_sdf(du, v, BOX_W / 2 - 1.5, BOX_HH - 1.5) - 1.5
    img = R.over(img, R.coverage(boxes), LACQUER)
    rim = np.maximum(np.abs(np.abs(u) - b - 0.8) - 0.8, np.abs(v) - BOX_HH + 0.5)
    img = R.over(img, R.coverage(rim), BRASS)
    gu = np.clip(np.round(du / BUTTON_DU), -1, 1) * BUTTON_DU
    gv = (np.clip(np.round(v / BUTTON_DV + 0.5), -1, 2) - 0.5) * BUTTON_DV
    buttons = np.hypot(du - gu, v - gv) - BUTTON_R
    return R.to_uint8(R.over(img, R.coverage(buttons), PEARL))


def render(bellows_open: float, pleats: float, tilt: float, spotlight: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[bellows_open, pleats, tilt, spotlight]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("bandoneon", arg, n, seed, FACTORS, sample_factors, _draw)
