"""`weatherstation`: a small weather station on a grassy field - a tall thermometer board, a
white louvred instrument screen on legs and a mast with a cup anemometer and a wind vane - under
the sky, seen from the side (64x64 RGB).

At the left a white board on a post carries a large glass thermometer, with tick marks beside
its tube and a round red bulb at its foot, from which a red column rises up the tube. In the
middle stands a white instrument screen: a box with grey louvres across it on two thin legs. At
the right a thin grey mast rises from the grass, with a small dark solar panel a third of the
way down from its top, a wind vane's arrow across it just below its top and on its top a cup
anemometer, a cross-bar with a dark cup at each end. The sky runs from blue at the top to paler
at the horizon, with three white clouds; as the cover thickens the clouds thicken and the sky
turns grey. Rain falls in slanting streaks over everything, greying the air: none, a light
drizzle of short sparse streaks or a downpour of long dense ones. Factors: the height of the
mast (short to tall; its panel, vane and anemometer go with it), the temperature the
thermometer reads (its red column short to long), how cloudy the sky is (clear to overcast) and
how hard it is raining (none, drizzle or downpour). The field, the thermometer board and the
screen stay fixed; the whole mast always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("mast_height", "height of the weather station's mast (short to tall)", "continuous"),
    Factor("temperature", "temperature the big thermometer reads (cold to hot)", "continuous"),
    Factor("cloud_cover", "how cloudy the sky is (clear to overcast)", "continuous"),
    Factor("rain", "how hard it is raining", "categorical", ("none", "drizzle", "downpour")),
)
# mast_height: 0..1 puts the mast's top at y = 30..8 px (its foot on the grass at 52 px);
# temperature: 0..1 is a red column reaching 4..30 px up the tube above the bulb; cloud_cover:
# 0..1 blends the sky from clear blue to grey and the clouds from thin to thick; rain: codes
# 0..2 (none, drizzle, downpour)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 2.0))
CLEAR_TOP, CLEAR_BOTTOM = np.array((0.3, 0.55, 0.9)), np.array((0.68, 0.84, 0.97))
GREY_TOP, GREY_BOTTOM = np.array((0.52, 0.54, 0.58)), np.array((0.72, 0.73, 0.75))
GRASS, CLOUD, BOARD, POST = (0.3, 0.52, 0.2), (0.97, 0.97, 0.98), (0.95, 0.95, 0.92), (0.42, 0.32, 0.22)
GLASS, MERCURY, TICK = (0.8, 0.86, 0.9), (0.86, 0.08, 0.1), (0.2, 0.2, 0.22)
SCREEN, LOUVRE, MAST, DARK, PANEL = (0.96, 0.96, 0.94), (0.6, 0.6, 0.62), (0.56, 0.57, 0.6), \
    (0.15, 0.15, 0.17), (0.12, 0.2, 0.42)
RAIN, HAZE = (0.82, 0.86, 0.96), (0.42, 0.45, 0.5)
GROUND_Y = 52.0
BOARD_EDGES, TUBE_X, TUBE_HW, BULB_Y, BULB_R = (4.0, 16.0, 8.0, 48.0), 10.0, 2.2, 43.5, 3.6
SCREEN_EDGES = (22.0, 38.0, 28.0, 41.0)
MAST_X = 50.0
CLOUDS = ((12.0, 8.0, 1.0), (34.0, 14.0, 0.8), (56.0, 5.0, 0.9))  # x, y, scale
# per rain code: the streaks' spacing across (px), their dash and period along (px), opacity;
# and the grey haze's opacity
STREAK_GAP, DASH, PERIOD, STREAK_ALPHA, HAZE_ALPHA = (7.0, 3.5, 3.5), (0.0, 4.0, 9.0), 12.0, \
    (0.0, 0.6, 0.75), (0.0, 0.15, 0.32)
SLANT = 0.25  # the rain falls 1 px to the left for every 4 px down


def _fixed() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The clear and the grey sky (with the field), the clouds' coverage at thin and thick cover."""
    x, y = R.grid()
    skies = []
    for top, bottom in ((CLEAR_TOP, CLEAR_BOTTOM), (GREY_TOP, GREY_BOTTOM)):
        img = R.vertical_gradient(top, bottom, GROUND_Y)[None].copy()
        skies.append(R.over(img, R.below(GROUND_Y, 1), GRASS)[0])
    clouds = []
    for grow in (0.0, 1.0):
        d = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
        for cx, cy, s in CLOUDS:
            s = s * (1.0 + 0.5 * grow)
            for dx, dy, r in ((-5.0, 1.5, 3.5), (0.0, -1.0, 5.0), (5.0, 1.0, 4.0), (0.0, 2.5, 4.0)):
                np.minimum(d, np.hypot(x - cx - dx * s, y - cy - dy * s) - r * s, out=d)
        clouds.append(R.coverage(d)[0])
    return skies[0], skies[1], clouds[0], clouds[1]


CLEAR, GREY, THIN_CLOUDS, THICK_CLOUDS = _fixed()


def _instruments() -> np.ndarray:
    """The thermometer board (without its column) and the screen, over a transparent layer:
    (4, H, W), colour and coverage."""
    x, y = R.grid()
    layer = np.zeros((1, 3, R.SIZE, R.SIZE), np.float32)
    alpha = np.zeros((1, R.SIZE, R.SIZE), np.float32)

    def paint(cover, colour):
        nonlocal layer, alpha
        R.over(layer, cover, colour)
        alpha = alpha + cover * (1 - alpha)

    left, right, top, bottom = BOARD_EDGES
    paint(R.coverage(R.edges_sdf(x, y, TUBE_X - 1.0, TUBE_X + 1.0, bottom, GROUND_Y)), POST)
    paint(R.coverage(R.edges_sdf(x, y, left, right, top, bottom)), BOARD)
    ticks = np.maximum(np.abs(((y - BULB_Y) % 4.0) - 2.0) - 0.4,
                       np.maximum(np.abs(x - TUBE_X - 4.5) - 1.5, np.maximum(y - BULB_Y + 5.0, top + 3.0 - y)))
    paint(R.coverage(ticks), TICK)
    paint(R.coverage(np.maximum(np.abs(x - TUBE_X) - TUBE_HW, np.maximum(top + 2.0 - y, y - BULB_Y))), GLASS)
    paint(R.coverage(np.hypot(x - TUBE_X, y - BULB_Y) - BULB_R), MERCURY)
    s_left, s_right, s_top, s_bottom = SCREEN_EDGES
    for lx in (s_left + 1.5, s_right - 1.5):
        paint(R.coverage(R.edges_sdf(x, y, lx - 0.7, lx + 0.7, s_bottom, GROUND_Y + 0.5)), LOUVRE)
    paint(R.coverage(R.edges_sdf(x, y, s_left, s_right, s_top, s_bottom)), SCREEN)
    louvres = np.maximum(np.abs(((y - s_top) % 2.6) - 1.3) - 0.45,
                         np.maximum(np.abs(x - (s_left + s_right) / 2) - (s_right - s_left) / 2 + 1.5,
                                    np.maximum(s_top + 2.0 - y, y - s_bottom + 1.5)))
    paint(R.coverage(louvres), LOUVRE)
    roof = R.edges_sdf(x, y, s_left - 1.5, s_right + 1.5, s_top - 2.5, s_top)
    paint(R.coverage(roof), LOUVRE)
    colour = np.where(alpha[:, None] > 0, layer / np.maximum(alpha[:, None], 1e-6), 0.0)
    return np.concatenate([colour[0], alpha], 0)


INSTRUMENTS = _instruments()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    c = R.col(f[:, 2])
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = CLEAR
    img += (GREY - CLEAR)[None] * c[:, None]
    clouds = THIN_CLOUDS + (THICK_CLOUDS - THICK_CLOUDS * THIN_CLOUDS) * c  # the clouds spread as they thicken
    img = R.over(img, (0.35 + 0.6 * c) * clouds, CLOUD)
    # the thermometer board and the screen, then the red column up the tube
    img += (INSTRUMENTS[None, :3] - img) * INSTRUMENTS[None, 3:]
    level = BULB_Y - BULB_R + 1.0 - R.col(4.0 + 26.0 * f[:, 1])
    column = np.maximum(np.abs(x - TUBE_X) - TUBE_HW + 0.5, np.maximum(level - y, y - BULB_Y))
    img = R.over(img, R.coverage(column), MERCURY)
    # the mast, its solar panel, its wind vane and the anemometer on its top
    top = R.col(30.0 - 22.0 * f[:, 0])
    mast = np.maximum(np.abs(x - MAST_X) - 0.9, np.maximum(top - y, y - GROUND_Y))
    img = R.over(img, R.coverage(mast), MAST)
    py = top + (GROUND_Y - top) / 3.0
    panel = R.segment_sdf(x, y, MAST_X - 1.0, py - 1.0, MAST_X - 8.0, py + 3.5) - 1.5
    img = R.over(img, R.coverage(panel), PANEL)
    vy = top + 5.0
    shaft = R.segment_sdf(x, y, MAST_X - 7.0, vy, MAST_X + 5.0, vy) - 0.6
    head = np.maximum(np.abs(y - vy) - 0.55 * (x - (MAST_X - 9.5)), x - (MAST_X - 5.5))
    fin = R.edges_sdf(x, y, MAST_X + 3.5, MAST_X + 6.5, vy - 2.5, vy + 2.5)
    img = R.over(img, R.coverage(np.minimum(np.minimum(shaft, head), fin)), DARK)
    bar = R.edges_sdf(x, y, MAST_X - 6.0, MAST_X + 6.0, top - 0.5, top + 0.5)
    cups = np.minimum(np.hypot(x - MAST_X + 6.0, y - top) - 2.2, np.hypot(x - MAST_X - 6.0, y - top) - 2.2)
    img = R.over(img, R.coverage(np.minimum(bar, cups)), DARK)
    # the rain: a grey haze and slanting streaks, dashed along their length
    code = np.clip(f[:, 3].astype(int), 0, len(STREAK_GAP) - 1)
    img = R.over(img, np.broadcast_to(R.col(np.take(HAZE_ALPHA, code)), (n, R.SIZE, R.SIZE)), HAZE)
    gap = R.col(np.take(STREAK_GAP, code))
    across = x + SLANT * y
    lane = np.floor(across / gap)
    streak = np.abs(across - (lane + 0.5) * gap) - 0.45
    along = (y + lane * 5.3) % PERIOD
    dash = R.coverage(along - R.col(np.take(DASH, code)))
    img = R.over(img, R.col(np.take(STREAK_ALPHA, code)) * dash * R.coverage(streak), RAIN)
    return R.to_uint8(img)


def render(mast_height: float, temperature: float, cloud_cover: float, rain: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[mast_height, temperature, cloud_cover, rain]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("weatherstation", arg, n, seed, FACTORS, sample_factors, _draw)
