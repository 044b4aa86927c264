"""`xylophone`: a toy xylophone with rainbow-coloured bars and two mallets lying on a rug on
a wooden floor, seen from straight above (64x64 RGB).

The xylophone's metal bars lie side by side across two wooden rails, the longest bar at its
left end and each bar to its right a little shorter, so that the rails converge; each bar is
held by a silver nail at either end and is lit a little more on its upper edge. The bars run
round the colour wheel in even steps from the longest to the shortest, like a rainbow. Two
mallets, wooden sticks with red round heads, lie below the bars. It lies on a cream rug with a
red border patterned in yellow and fringed ends, on a floor of wooden boards. Factors: how many
bars the xylophone has (5 to 8; more bars make it wider), how far it is turned on the rug
(anticlockwise to clockwise; the mallets turn with it), its size (small to large) and the
colours of its bars (the longest bar's hue, all the others turning with it round the colour
wheel - a cyclic factor with a whole-turn period). The rug and the floor stay fixed; the whole
xylophone and its mallets always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("bars", "how many bars the xylophone has", "categorical", ("5", "6", "7", "8")),
    Factor("turn", "how far the xylophone is turned (anticlockwise to clockwise)", "continuous"),
    Factor("xylophone_size", "size of the xylophone (small to large)", "continuous"),
    Factor("bar_hues", "hue of the longest bar, the other bars' rainbow turning with it", "cyclic",
           period=1.0),
)
# bars: code c is c + 5 bars, 5 px apart, 24 px long down to 1.8 px shorter each; turn:
# -0.45..0.45 radians (negative: turned anticlockwise on screen) about the middle of the image;
# xylophone_size: 0..1 scales it (and the mallets) by 0.8..1.05; bar_hues: 0..1 of the colour
# wheel for the longest bar, each next bar 0.11 further round
RANGES = ((0.0, 0.0), (-0.45, 0.45), (0.0, 1.0), (0.0, 1.0))
BOARD, BOARD_DARK, GRAIN = (0.62, 0.44, 0.28), (0.52, 0.35, 0.21), (0.45, 0.3, 0.18)
RUG, RUG_BORDER, RUG_PATTERN = (0.9, 0.86, 0.76), (0.7, 0.2, 0.18), (0.95, 0.8, 0.4)
RAIL, NAIL, STICK, HEAD = (0.5, 0.32, 0.17), (0.85, 0.86, 0.88), (0.78, 0.62, 0.4), (0.82, 0.14, 0.12)
PITCH, BAR_HW, LONGEST, SHORTER, HUE_STEP = 5.0, 1.9, 24.0, 1.8, 0.11
RAIL_IN, RAIL_HW, NAIL_R = 2.6, 1.3, 0.75  # the rails and nails: how far in from the bars' ends
RUG_EDGES = (6.0, 58.0, 9.0, 55.0)
BOX = (4, 60)  # the rows and columns the xylophone can reach


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, BOARD)
    plank = np.floor(y / 8.0)
    R.over(img, 0.6 * R.coverage(np.abs(np.sin(plank * 2.3)) - 0.5), BOARD_DARK)
    grain = np.abs(np.sin(x * 0.35 + 1.7 * np.sin(y * 0.8 + plank) + plank * 4.0))
    R.over(img, 0.35 * R.coverage(4.0 * (grain - 0.85)), GRAIN)
    joints = np.minimum(np.abs((y % 8.0) - 0.3), np.abs(((x + plank * 23.0) % 40.0) - 0.3))
    R.over(img, R.coverage(joints - 0.35), GRAIN)
    left, right, top, bottom = RUG_EDGES
    rug = R.edges_sdf(x, y, left, right, top, bottom)
    R.over(img, R.coverage(rug), RUG)
    band = np.maximum(rug, -rug - 3.5)
    R.over(img, R.coverage(band), RUG_BORDER)
    dots = np.abs(((x + y) % 4.0) - 2.0) + np.abs(((x - y) % 4.0) - 2.0) - 1.2  # little diamonds
    R.over(img, R.coverage(np.maximum(band, dots)), RUG_PATTERN)
    threads = np.abs((y % 2.0) - 1.0) - 0.4  # the fringe at the rug's two ends
    ends = np.minimum(np.abs(x - left + 1.0), np.abs(x - right - 1.0)) - 1.0
    R.over(img, R.coverage(np.maximum(np.maximum(threads, ends), np.maximum(top - y, y - bottom))), RUG)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    b0, b1 = BOX
    part = img[:, :, b0:b1, b0:b1]
    dx, dy = x[:, :, b0:b1] - 32.0, y[:, b0:b1] - 32.0
    a, s = R.col(f[:, 1]), R.col(0.8 + 0.25 * f[:, 2])
    # the xylophone's own coordinates (in its unscaled px): u along the row of bars, v along them
    cos, sin = np.cos(a) / s, np.sin(a) / s
    u = dx * cos + dy * sin
    v = dy * cos - dx * sin
    count = f[:, 0] + 5
    u0 = R.col(-count * PITCH / 2)  # the left edge of the first bar's slot
    t = (u - u0) / PITCH
    k = np.clip(np.floor(t), 0, 7)
    half = (LONGEST - SHORTER * k) / 2  # each bar's half-length
    # the rails, under the bars, converging as the bars shorten
    edge = (LONGEST - SHORTER * (t - 0.5)) / 2 - RAIL_IN
    rails = np.maximum(np.abs(np.abs(v) - edge) - RAIL_HW, np.abs(u + 0.25) + u0 - 1.25)
    R.over(part, R.coverage(rails * s), RAIL)
    # the bars: one slot per bar, drawn as a rounded box in it, coloured by its place in the row
    du = (t - k - 0.5) * PITCH
    inside = (t >= 0) & (t < R.col(count))
    bar = np.where(inside, R.box_sdf(du, v, BAR_HW - 0.6, half - 0.6) - 0.6, np.inf) * s
    hues = (f[:, 3][:, None] + HUE_STEP * np.arange(8)[None]) % 1.0
    palette = R.hsv(hues, 0.75, 0.9).reshape(-1, 3)  # (n * 8, 3)
    index = (k + 8 * np.arange(n)[:, None, None]).astype(np.intp)
    cover = R.coverage(bar)
    lit = 1.0 + 0.25 * np.clip(-(v + half - 2.0) / 2.0, -0.3, 1.0)  # the bar's upper edge catches the light
    for c in range(3):
        colour = palette[:, c][index] * lit
        part[:, c] += (colour - part[:, c]) * cover
    nails = np.where(inside, np.hypot(du, np.abs(v) - half + RAIL_IN) - NAIL_R, np.inf) * s
    R.over(part, R.coverage(nails), NAIL)
    # the two mallets below the bars
    mv = LONGEST / 2 + 3.0
    sticks = np.minimum(np.maximum(np.abs(v - mv - 1.0 + 0.075 * (u + 14.0)) - 0.7, np.abs(u + 4.0) - 10.0),
                        np.maximum(np.abs(v - mv - 4.5 + 0.025 * (u + 10.0)) - 0.7, np.abs(u) - 10.0))
    R.over(part, R.coverage(sticks * s), STICK)
    heads = np.minimum(np.hypot(u - 7.5, v - (mv - 0.6)), np.hypot(u - 11.5, v - (mv + 4.0))) - 1.9
    R.over(part, R.coverage(heads * s), HEAD)
    return R.to_uint8(img)


def render(bars: float, turn: float, xylophone_size: float, bar_hues: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[bars, turn, xylophone_size, bar_hues]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("xylophone", arg, n, seed, FACTORS, sample_factors, _draw)
