"""`television`: an old box television with a rabbit-ear aerial on a low wooden cabinet
against a painted wall, seen from the front (64x64 RGB).

The television is a wide box with rounded corners, its casing painted one colour. Its rounded
screen sits to the left, framed by a dark bezel, and shows a test picture of soft upright bars
of light, a little dimmer towards the screen's edges; to the right of the screen is a dark panel
with two knobs and a speaker grille. On top stands a small dark dome from which two thin rods,
each tipped with a little ball, rise in a V. The television stands on a wooden cabinet along the
bottom of the image. Factors: how far the aerial's rods spread apart (nearly upright to wide
open), how many bars the picture has across the screen (few and broad to many and narrow), the
brightness of the picture (dim to bright), the hue of the casing and the hue of the wall.
Everything else - the television's place and size, the bezel, the panel, the cabinet - stays
fixed, so that each of the colour, brightness and pattern factors changes its own region.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("aerial_spread", "how far the aerial's two rods spread apart (upright to wide)", "continuous"),
    Factor("bar_count", "number of bars in the screen's picture (few to many)", "continuous"),
    Factor("picture_brightness", "brightness of the picture on the screen (dim to bright)", "continuous"),
    Factor("casing_hue", "hue of the television's casing", "continuous"),
    Factor("wall_hue", "hue of the wall behind the television", "continuous"),
)
# aerial_spread: 0.2..1.2 radians of each rod from upright (rods 15 px long from the dome at
# (32, 17) px); bar_count: 0..1 is 1.5..6 light bars across the screen (a continuous spatial
# frequency); picture_brightness: 0..1 scales the picture from 0.15 to 1; casing_hue and
# wall_hue: 0..0.8 of the colour wheel (no wrap)
RANGES = ((0.2, 1.2), (0.0, 1.0), (0.0, 1.0), (0.0, 0.8), (0.0, 0.8))
BEZEL, PANEL, KNOB, ROD, WOOD, WOOD_DARK = (
    (0.1, 0.1, 0.11),
    (0.2, 0.2, 0.22),
    (0.55, 0.55, 0.58),
    (0.15, 0.15, 0.17),
    (0.42, 0.27, 0.15),
    (0.28, 0.17, 0.09),
)
PICTURE = np.array((0.78, 0.9, 1.0))
CASE = (5.0, 59.0, 19.0, 54.0)  # left, right, top, bottom
SCREEN = (11.0, 41.0, 24.0, 49.0)
PANEL_BOX = (45.0, 54.0, 24.0, 49.0)
CABINET_Y = 54.0
DOME_X, DOME_Y, ROD_LEN, ROD_HW, BALL_R = 32.0, 17.0, 15.0, 0.8, 1.6
ROWS = (0, 20)  # the rows the aerial can reach


def _background() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The parts that do not change - the screen's frame, the panel and the cabinet - as what
    they add over black and how much of what lies behind them shows through (painting over an
    image is linear in it); and the picture's shading (dimmer towards the screen's edges)."""
    x, y = R.grid()
    img = R.canvas(2, (0.0, 0.0, 0.0))
    img[1] = 1.0

    def paint(cov, colour):
        R.over(img, np.broadcast_to(cov, (2, R.SIZE, R.SIZE)), colour)

    left, right, top, bottom = SCREEN
    paint(R.coverage(R.edges_sdf(x, y, left + 1.0, right - 1.0, top + 1.0, bottom - 1.0) - 3.0), BEZEL)
    left, right, top, bottom = PANEL_BOX
    paint(R.coverage(R.edges_sdf(x, y, left + 1, right - 1, top + 1, bottom - 1) - 1.0), PANEL)
    for ky in (29.0, 36.0):
        paint(R.coverage(np.hypot(x - 49.5, y - ky) - 2.6), KNOB)
    grille = np.maximum(np.abs(((y - 41.0) % 2.0) - 1.0) - 0.45, R.edges_sdf(x, y, 46.5, 52.5, 41.0, 47.5))
    paint(0.8 * R.coverage(grille), BEZEL)
    paint(R.coverage(CABINET_Y - y), WOOD)
    paint(R.coverage(np.maximum(np.abs(y - 58.5) - 0.6, CABINET_Y - y)), WOOD_DARK)
    left, right, top, bottom = SCREEN
    cx, cy, hx, hy = (left + right) / 2, (top + bottom) / 2, (right - left) / 2, (bottom - top) / 2
    shading = 1.0 - 0.35 * ((x - cx) ** 2 / hx**2 + (y - cy) ** 2 / hy**2) / 2
    return img[0], img[1] - img[0], shading.astype(np.float32)


FRAME, BEHIND, SHADING = _background()


def _length(a, b):
    """sqrt(a^2 + b^2), much faster than np.hypot."""
    return np.sqrt(a * a + b * b)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = R.canvas(n, R.hsv(f[:, 4], 0.35, 0.78))
    case = R.coverage(R.edges_sdf(x, y, CASE[0] + 4, CASE[1] - 4, CASE[2] + 4, CASE[3] - 4) - 4.0)
    R.over(img, np.broadcast_to(case, (n, R.SIZE, R.SIZE)), R.hsv(f[:, 3], 0.65, 0.72))
    img *= BEHIND
    img += FRAME
    # the picture: upright bars of light across the screen
    left, right, top, bottom = SCREEN
    k = R.col(1.5 + 4.5 * f[:, 1])
    bars = 0.5 + 0.5 * np.cos(2 * np.pi * k * (x - left) / (right - left))
    level = R.col(0.15 + 0.85 * f[:, 2]) * (0.3 + 0.7 * bars) * SHADING
    screen = R.coverage(R.edges_sdf(x, y, left + 2, right - 2, top + 2, bottom - 2) - 2.0)
    img += (PICTURE[None, :, None, None] * level[:, None] - img) * screen[:, None]
    # the aerial: a dark dome on top and two rods in a V, each with a ball at its tip
    r0, r1 = ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    a = R.col(f[:, 0])
    dx, dy = ROD_LEN * np.sin(a), ROD_LEN * np.cos(a)
    rods = R.segment_sdf(np.abs(x - DOME_X), y, 0.0, DOME_Y, dx, DOME_Y - dy) - ROD_HW
    balls = _length(np.abs(x - DOME_X) - dx, y - (DOME_Y - dy)) - BALL_R
    dome = np.maximum(R.ellipse_sdf(x - DOME_X, y - (DOME_Y + 2.0), 4.5, 3.0), y - (DOME_Y + 2.0))
    R.over(part, R.coverage(np.minimum(np.minimum(rods, balls), dome)), ROD)
    return R.to_uint8(img)


def render(
    aerial_spread: float, bar_count: float, picture_brightness: float, casing_hue: float, wall_hue: float
) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[aerial_spread, bar_count, picture_brightness, casing_hue, wall_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("television", arg, n, seed, FACTORS, sample_factors, _draw)
