"""`clocktower`: a town's stone clock tower with a one-handed clock, over the roofs of two
houses (64x64 RGB).

A square stone tower stands in the middle of the image, rising from the bottom edge, its
stone laid in courses drawn as thin darker lines. Near its top is a round cream clock face
with a dark rim, twelve hour marks (longer ones at 12, 3, 6 and 9) and a single dark pointed
hand that shows the hour, turning about a dark hub; below the clock, near the bottom edge, is
a dark arched window (only its top shows when the tower is short). On top of the tower is its
roof: a pointed spire of red tiles, a gilded golden dome with a small knob on top, or a row of
stone battlements. Two houses with dark grey roofs and small windows stand in front of the
tower's foot, one at each side. Behind is the sky, with stars at night. The time of day
lights the scene: by day the sky is pale blue and the stone, the roof and the houses are lit;
at night the sky is dark blue with stars, they are dark and the houses' windows glow yellow;
the clock face is lit either way. Factors: the hour the clock shows (its hand goes round the
whole dial in 12 hours, so 0 and 12 are the same picture), the tower's height (its top, with
the clock and the roof, higher up), the kind of roof (a red spire, a golden dome or
battlements), the time of day (night to day) and the lightness of the stone (dark grey to
pale sandstone). The tower's width, the clock's size and the houses stay fixed; the whole
tower always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

ROOFS = ("spire", "dome", "battlements")
FACTORS = (
    Factor("hour", "the hour the clock's single hand shows (round the 12-hour dial)", "cyclic", period=12.0),
    Factor("tower_height", "height of the clock tower (its top, clock and roof higher up)", "continuous"),
    Factor("roof", "the tower's roof: a pointed spire, a dome or stone battlements", "categorical", ROOFS),
    Factor("daylight", "time of day: how lit the sky, tower and houses are (night to day)", "continuous"),
    Factor("stone_lightness", "lightness of the tower's stone (dark grey to pale sandstone)", "continuous"),
)
# hour: 0..12 hours turns the hand (9 px long) clockwise from 12 o'clock round the whole dial (12 is 0
# again); tower_height: 0..1 puts the tower's top at y = 30..16 px (the clock's middle 13 px below
# it); roof: codes 0..2 are a spire 15 px high, a dome 9 px high and battlements 4 px high;
# daylight: 0..1 is night (dark sky with stars, the stone at 0.45 of its lightness, lit windows)
# to day (pale blue sky, the stone fully lit); stone_lightness: 0..1 mixes dark grey stone into
# pale sandstone
RANGES = ((0.0, 12.0), (0.0, 1.0), (0.0, len(ROOFS) - 1.0), (0.0, 1.0), (0.0, 1.0))
NIGHT_TOP, NIGHT_LOW, DAY_TOP, DAY_LOW = (0.02, 0.03, 0.1), (0.1, 0.12, 0.28), (0.36, 0.6, 0.92), (0.76, 0.86, 0.96)
STAR, DARK_STONE, PALE_STONE = (0.95, 0.95, 0.85), np.array((0.3, 0.3, 0.33)), np.array((0.88, 0.8, 0.6))
TILES, GILT, FACE, INK, WINDOW = (0.7, 0.27, 0.17), (0.88, 0.68, 0.2), (0.97, 0.94, 0.8), (0.08, 0.07, 0.07), (0.1, 0.1, 0.12)
HOUSE_WALL, HOUSE_ROOF, LIT = (0.82, 0.74, 0.62), (0.3, 0.3, 0.34), (1.0, 0.85, 0.35)
CX, HALF_W, FACE_R, FACE_BELOW, HAND = 32.0, 16.0, 14.0, 15.5, 12.0
NIGHT_LIGHT, SPIRE, DOME, MERLON_H, MERLON, MERLON_PERIOD = 0.45, 15.0, 10.0, 4.5, 4.0, 7.0  # five merlons
TOWER_COLUMNS, CLOCK_COLUMNS, CLOCK_ROWS, ROOF_ROWS, WINDOW_ROW = (14, 50), (17, 47), (17, 60), 32, 48
STARS = ((5.0, 5.0), (12.0, 16.0), (8.0, 28.0), (56.0, 7.0), (50.0, 20.0), (59.0, 30.0), (24.0, 4.0),
         (44.0, 3.0))
HOUSES = ((0.0, 15.0, 47.0, 39.0), (49.0, 64.0, 49.0, 41.0))  # left, right, eaves, roof's peak
HOUSE_WINDOWS = ((7.0, 53.0), (56.5, 55.0))


def _houses() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The houses' coverage (1, H, W), their colours by day with dark windows (3, H, W), and
    their windows' coverage (H, W)."""
    x, y = R.grid()
    layer = np.zeros((1, 3, R.SIZE, R.SIZE), np.float32)
    cover = np.zeros((1, R.SIZE, R.SIZE), np.float32)
    for left, right, eaves, peak in HOUSES:
        mid, half = (left + right) / 2, (right - left) / 2 + 1.5
        wall = R.edges_sdf(x, y, left, right, eaves, 70.0)
        slope = (eaves - peak) / half
        roof = np.maximum(y - eaves - 0.5, (peak - y + slope * np.abs(x - mid)) / float(np.hypot(1.0, slope)))
        R.over(layer, R.coverage(wall), HOUSE_WALL)
        R.over(layer, R.coverage(roof), HOUSE_ROOF)
        cover = np.maximum(cover, np.maximum(R.coverage(wall), R.coverage(roof)))
    windows = np.min([R.box_sdf(x - wx, y - wy, 2.0, 2.5) for wx, wy in HOUSE_WINDOWS], axis=0)
    R.over(layer, R.coverage(windows), WINDOW)
    return cover, layer[0] / np.maximum(cover, 1e-6), R.coverage(windows)[0]


HOUSE_COVER, HOUSE_COLOUR, HOUSE_WINDOW = _houses()


def _stars() -> np.ndarray:
    x, y = R.grid()
    return np.max([R.coverage(np.hypot(x - sx, y - sy) - 0.6) for sx, sy in STARS], axis=0)


STAR_COVER = _stars()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    day = f[:, 3]
    light = R.col(NIGHT_LIGHT + (1 - NIGHT_LIGHT) * day)[:, None]  # (N, 1, 1, 1)
    # the sky, with stars fading by day
    t = (y[0, :, 0] / 48.0).clip(0.0, 1.0)[None, None, :, None]  # (1, 1, H, 1)
    top = np.asarray(NIGHT_TOP) + (np.asarray(DAY_TOP) - np.asarray(NIGHT_TOP)) * day[:, None]  # (N, 3)
    low = np.asarray(NIGHT_LOW) + (np.asarray(DAY_LOW) - np.asarray(NIGHT_LOW)) * day[:, None]
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = top[:, :, None, None] + (low - top)[:, :, None, None] * t
    R.over(img, R.col(1 - day) * STAR_COVER, STAR)
    # the tower and its roof, drawn in the columns they cover, for speed
    c0, c1 = TOWER_COLUMNS
    part, u = img[:, :, :, c0:c1], x[:, :, c0:c1] - CX
    top_y = R.col(30 - 14 * f[:, 1])
    stone = (DARK_STONE + (PALE_STONE - DARK_STONE) * f[:, 4:5]) * light[:, :, 0, 0]  # (N, 3)
    tower = R.edges_sdf(u, y, -HALF_W, HALF_W, top_y, 70.0)
    R.over(part, R.coverage(tower), stone)
    courses = np.maximum(np.abs(((y - top_y) % 4.0) - 2.0) - 0.4, tower + 0.5)
    R.over(part, 0.3 * R.coverage(courses), INK)
    r0 = WINDOW_ROW
    wy, v = top_y + 36.0, y[:, r0:]
    window = np.minimum(R.edges_sdf(u, v, -3.0, 3.0, wy, wy + 9.0), np.hypot(u, v - wy) - 3.0)
    R.over(part[:, :, r0:], R.coverage(window), WINDOW)
    part, w = part[:, :, :ROOF_ROWS], y[:, :ROOF_ROWS] - top_y  # the roof, in the rows it can reach
    roof = f[:, 2].astype(int)[:, None, None]
    slope = SPIRE / (HALF_W + 1.5)
    spire = np.maximum(w - 0.5, (slope * np.abs(u) - SPIRE - w) / float(np.hypot(1.0, slope)))
    dome = np.minimum(np.maximum(R.ellipse_sdf(u, w, HALF_W + 0.5, DOME), w - 0.5), np.hypot(u, w + DOME + 1.0) - 1.8)
    merlons = np.maximum(R.edges_sdf(u, w, -HALF_W, HALF_W, -MERLON_H, 0.5),
                         np.abs(((u + HALF_W) % MERLON_PERIOD) - MERLON / 2) - MERLON / 2)
    R.over(part, R.coverage(np.where(roof == 0, spire, np.inf)), np.asarray(TILES) * light[:, :, 0, 0])
    R.over(part, R.coverage(np.where(roof == 1, dome, np.inf)), np.asarray(GILT) * light[:, :, 0, 0])
    R.over(part, R.coverage(np.where(roof == 2, merlons, np.inf)), stone)
    # the clock: face, rim, hour marks, the hand and its hub, in the rows and columns it can reach
    (r0, r1), (c0, c1) = CLOCK_ROWS, CLOCK_COLUMNS
    part, u = img[:, :, r0:r1, c0:c1], x[:, :, c0:c1] - CX
    v = y[:, r0:r1] - top_y - FACE_BELOW
    rho = np.hypot(u, v)
    R.over(part, R.coverage(rho - FACE_R), FACE)
    R.over(part, R.coverage(np.abs(rho - FACE_R + 0.6) - 0.7), INK)
    theta = np.arctan2(u, -v) * (6 / np.pi)  # in hours, clockwise from 12
    across = np.abs(((theta + 0.5) % 1.0) - 0.5) * rho * (np.pi / 6)  # px from the nearest mark's line
    long = np.abs(((theta + 1.5) % 3.0) - 1.5) < 0.5
    inner = FACE_R - np.where(long, np.float32(3.5), np.float32(2.2))
    marks = np.maximum(across - 0.6, np.maximum(inner - rho, rho - FACE_R + 1.0))
    R.over(part, R.coverage(marks), INK)
    a = R.col(f[:, 0] * (np.pi / 6))
    dx, dy = np.sin(a), -np.cos(a)
    d, h = R.segment_sdf(u, v, 0.0, 0.0, HAND * dx, HAND * dy, along=True)
    hand = np.minimum(d - (3.2 - 2.0 * h), rho - 2.6)
    R.over(part, R.coverage(hand), INK)
    # the houses in front, their windows glowing at night
    houses = HOUSE_COLOUR * light - img
    houses *= HOUSE_COVER
    img += houses
    R.over(img, R.col(1 - day) * HOUSE_WINDOW, LIT)
    return R.to_uint8(img)


def render(hour: float, tower_height: float, roof: float, daylight: float, stone_lightness: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8; ``roof`` is the code 0..2 for a spire, a dome or battlements."""
    return _draw(np.array([[hour, tower_height, roof, daylight, stone_lightness]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("clocktower", arg, n, seed, FACTORS, sample_factors, _draw)
