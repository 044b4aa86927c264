"""`umbrella`: a striped umbrella held upright in the rain, seen from the side, in front of
a grey sky (64x64 RGB).

The umbrella stands in the middle of the image: a dome-shaped canopy on a thin dark shaft
with a short spike on top and a brown hooked handle at the bottom. The canopy has vertical
stripes, alternately coloured and white, that follow its curve and meet at the top. Rain
falls as short pale streaks, slanting slightly, on fixed places behind the umbrella.
Factors: how far the umbrella is open (a furled umbrella is tall and narrow, an open one a
wide low dome with scalloped edges), how many stripes the canopy has, the hue of its
coloured stripes and how hard it rains (how many of the streaks are drawn). The top of the
canopy, the shaft, the handle, the sky and the streaks' colour stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("opening", "how far the umbrella is opened (furled to wide open)", "continuous"),
    Factor("stripes", "number of stripes on the canopy (few wide to many narrow)", "continuous"),
    Factor("canopy_hue", "hue of the coloured stripes of the umbrella's canopy", "continuous"),
    Factor("rain", "how hard it is raining (no streaks to many rain streaks)", "continuous"),
)
# opening: 0..1 is a canopy of half-width 5..25 px and height 24..10 px (its top is always
# at y = 10 px), with scallops along its edge growing 0..2.5 px deep; stripes: 0..1 is 2..7
# coloured stripes across the canopy (a continuous frequency: cos(pi k u) > 0, u = -1..1
# across each row of the canopy, k = 2..7); canopy_hue: 0..0.8 of the colour wheel (no
# wrap); rain: 0..1 is the fraction of the fixed places that show a streak (0: none, 1: all)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 0.8), (0.0, 1.0))
SKY = (0.45, 0.5, 0.57)
GROUND = (0.26, 0.27, 0.29)
STREAK = (0.86, 0.9, 0.96)
WHITE = (0.95, 0.95, 0.93)
SHAFT = (0.2, 0.2, 0.23)
HANDLE = (0.45, 0.25, 0.1)
CX, TOP, GROUND_Y = 32.0, 10.0, 60.0
SPIKE = 4.0  # the spike above the canopy
SHAFT_END, HOOK_R = 50.0, 3.5  # the shaft's bottom (where the hook starts) and the hook's radius
# rain: a sheared lattice of cells, one possible streak per cell
SLANT = 0.25  # streaks move this far right per px down
CELL_W, CELL_H, STAGGER = 6.0, 11.0, 4.3
STREAK_HW, STREAK_HL = 0.55, 3.0


def _rain() -> tuple[np.ndarray, np.ndarray]:
    """(H, W) coverage of every possible streak, and (H, W) the draw of the streak's cell
    in [0, 1): a streak shows when its draw is below ``rain``."""
    x, y = R.grid()
    p = (x - SLANT * y)[0]
    q = np.broadcast_to(y[0], p.shape)
    i = np.floor(p / CELL_W)
    j = np.floor((q + STAGGER * i) / CELL_H)
    draw = (np.sin(i * 12.9898 + j * 78.233) * 43758.5453) % 1.0
    jitter = (np.sin(i * 39.346 + j * 11.135) * 23421.631) % 1.0
    pc = (i + 0.5) * CELL_W + (jitter - 0.5) * 2.0
    qc = (j + 0.5) * CELL_H - STAGGER * i
    cover = R.coverage(R.box_sdf(p - pc, q - qc, STREAK_HW, STREAK_HL))
    return cover.astype(np.float32), draw.astype(np.float32)


STREAKS, DRAWS = _rain()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = R.canvas(n, SKY)
    rain = STREAKS * (DRAWS < R.col(f[:, 3]))
    img = R.over(img, 0.75 * rain, STREAK)
    ground = R.below(GROUND_Y, n)
    img = R.over(img, ground, GROUND)
    # the shaft, the spike and the hook (a half ring below the shaft, opening to the left)
    stick = R.coverage(R.box_sdf(x - CX, y - (TOP - SPIKE + SHAFT_END) / 2, 1.0, (SHAFT_END - TOP + SPIKE) / 2))
    img = R.over(img, np.broadcast_to(stick, (n, R.SIZE, R.SIZE)), SHAFT)
    ring = np.abs(np.sqrt((x - (CX - HOOK_R)) ** 2 + (y - SHAFT_END) ** 2) - HOOK_R) - 1.1
    hook = R.coverage(np.maximum(ring, SHAFT_END - y))
    img = R.over(img, np.broadcast_to(hook, (n, R.SIZE, R.SIZE)), HANDLE)
    # the canopy: the upper half of an ellipse, its top at TOP, cut by a scalloped edge
    o = R.col(f[:, 0])
    w, h = 5 + 20 * o, 24 - 14 * o
    rim = TOP + h
    dx = x - CX
    dome = R.ellipse_sdf(dx, y - rim, w, h)
    edge = y - (rim - 2.5 * o * np.abs(np.sin(2 * np.pi * dx / w)))
    canopy = R.coverage(np.maximum(dome, edge))
    img = R.over(img, canopy, WHITE)
    # the stripes: across each row, u runs from -1 to 1 between the canopy's sides
    row_w = w * np.sqrt(np.clip(1 - ((y - rim) / h) ** 2, 0.0, 1.0))
    u = dx / np.maximum(row_w, 0.5)
    k = R.col(2 + 5 * f[:, 1])
    stripe = R.coverage(-np.cos(np.pi * k * u) * row_w / (np.pi * k))  # px from a stripe's edge
    return R.to_uint8(R.over(img, canopy * stripe, R.hsv(f[:, 2], 0.8, 0.85)))


def render(opening: float, stripes: float, canopy_hue: float, rain: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[opening, stripes, canopy_hue, rain]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("umbrella", arg, n, seed, FACTORS, sample_factors, _draw)
