"""`stationmaster`: a stationmaster on a country railway platform, a train of carriages
standing at it and a semaphore signal beyond, seen from the front (64x64 RGB).

The sky fills the top of the image above a green embankment; in front of it a railway track
with dark rails on grey ballast runs across the image, and the platform - pale paving with a
yellow line along its edge - fills the bottom. Maroon carriages with a cream band, a row of
pale windows and a dark roof stand on the track, coupled one after another from the left. At
the right edge a tall dark signal post rises from behind the train; its red arm, with a white
stripe near its tip, is hinged at the top of the post and points to the left. On the platform
stands the stationmaster in a dark navy uniform with brass buttons and a peaked cap, holding
out a small green flag. Factors: how far the signal's arm is lowered (from level to dipped
steeply), how many carriages stand at the platform (1 to 3), how light the sky is (from dusk
to broad day) and where the stationmaster stands along the platform (left to right). The
embankment, the track, the platform, the post and the carriages' size stay fixed; the
stationmaster always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("signal_arm", "how far the signal's arm is lowered (level to dipped steeply)", "continuous"),
    Factor("carriages", "how many carriages stand at the platform (1 to 3)", "categorical", ("1", "2", "3")),
    Factor("daylight", "how light the sky is (dusk to broad day)", "continuous"),
    Factor("stationmaster_x", "horizontal position of the stationmaster on the platform (left to right)",
           "continuous"),
)
# signal_arm: 0..0.9 radians below the level, the arm (18 px long) turning about its hinge at
# (60.5, 8.5) px; carriages: a code 0..2 for 1..3 carriages, filled from the left at CARRIAGES;
# daylight: 0..1 blends the sky from dusk (dark blue) to day (light blue); stationmaster_x:
# 0..1 puts the stationmaster's middle at x = 8..50 px, his feet at y = 60 px
RANGES = ((0.0, 0.9), (0.0, 2.0), (0.0, 1.0), (0.0, 1.0))
DUSK_TOP, DUSK_BOTTOM = np.array((0.1, 0.1, 0.26)), np.array((0.3, 0.22, 0.38))
DAY_TOP, DAY_BOTTOM = np.array((0.42, 0.64, 0.93)), np.array((0.72, 0.85, 0.97))
BANK, BALLAST, RAIL, SLEEPER = (0.3, 0.48, 0.22), (0.48, 0.45, 0.4), (0.22, 0.22, 0.24), (0.36, 0.27, 0.2)
PAVING, PAVING_LINE, EDGE = (0.66, 0.64, 0.6), (0.55, 0.53, 0.5), (0.95, 0.82, 0.2)
MAROON, CREAM, ROOF, WINDOW = (0.5, 0.11, 0.14), (0.92, 0.86, 0.68), (0.24, 0.24, 0.26), (0.78, 0.84, 0.86)
POST, ARM, STRIPE, LAMP = (0.2, 0.2, 0.22), (0.85, 0.12, 0.1), (0.97, 0.97, 0.95), (0.95, 0.8, 0.3)
NAVY, CAP_PEAK, SKIN, BRASS, FLAG = (0.1, 0.13, 0.3), (0.05, 0.05, 0.07), (0.93, 0.75, 0.6), (0.95, 0.78, 0.3), \
    (0.12, 0.68, 0.22)
SKY_B, BANK_B, TRACK_B, EDGE_Y = 30.0, 38.0, 44.0, 45.0
CARRIAGES = ((1.0, 20.0), (21.0, 40.0), (41.0, 60.0))  # left and right ends
CAR_T, CAR_B = 24.0, 40.5
POST_X, HINGE_Y, ARM_LEN, ARM_HW = 60.5, 8.5, 18.0, 2.2
FEET_Y = 60.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, (0.0, 0.0, 0.0))
    R.over(img, R.below(SKY_B, 1), BANK)
    R.over(img, R.below(BANK_B, 1), BALLAST)
    sleepers = np.maximum(np.abs((x % 4.0) - 2.0) - 1.0, np.abs(y - 41.5) - 2.0)
    R.over(img, R.coverage(sleepers), SLEEPER)
    R.over(img, R.coverage(np.abs(y - 40.5) - 0.7), RAIL)
    R.over(img, R.below(TRACK_B, 1), PAVING)
    R.over(img, R.coverage(np.maximum(np.abs(((y - TRACK_B) % 5.0) - 2.5) - 2.1, EDGE_Y + 2.0 - y)), PAVING_LINE)
    R.over(img, R.coverage(np.maximum(np.abs(((x + 2.5 * np.floor((y - TRACK_B) / 5.0)) % 9.0) - 4.5) - 4.1,
                                      EDGE_Y + 2.0 - y)), PAVING_LINE)
    R.over(img, R.coverage(np.abs(y - EDGE_Y - 0.5) - 0.8), EDGE)
    # the signal post with its finial and its lamp (the sky, painted per image, is behind them)
    post = np.minimum(R.edges_sdf(x, y, POST_X - 0.8, POST_X + 0.8, 4.0, TRACK_B), np.hypot(x - POST_X, y - 3.5) - 1.3)
    R.over(img, R.coverage(post), POST)
    lamp = np.hypot(x - POST_X, y - 14.0) - 1.4
    R.over(img, R.coverage(lamp), LAMP)
    sky = R.coverage(y - SKY_B) * (1.0 - R.coverage(np.minimum(post, lamp)))
    return img[0], sky


SCENE, SKY_COVER = _scene()
ROWS = (np.arange(R.SIZE, dtype=np.float32) + 0.5) / SKY_B


def _trains():
    """The train for each number of carriages, composited once: colours (k, 3, rows, W) and
    coverage (k, rows, W) over TRAIN_ROWS."""
    x, y = R.grid()
    y = y[:, slice(*TRAIN_ROWS)]
    colours = np.zeros((len(CARRIAGES), 3, y.shape[1], R.SIZE), np.float32)
    alphas = np.zeros((len(CARRIAGES), y.shape[1], R.SIZE), np.float32)
    layer, alpha = colours[:1].copy(), alphas[:1].copy()
    for k, (left, right) in enumerate(CARRIAGES):
        body = R.edges_sdf(x, y, left, right, CAR_T + 2.0, CAR_B - 1.5)
        roof = np.maximum(R.ellipse_sdf(x - (left + right) / 2, y - (CAR_T + 3.0), (right - left) / 2, 3.0),
                          y - (CAR_T + 3.0))
        band = np.maximum(body, np.abs(y - 29.5) - 3.0)
        windows = np.maximum(np.abs(((x - left - 1.0) % 4.5) - 2.25) - 1.3, np.abs(y - 29.5) - 2.0)
        windows = np.maximum(windows, np.maximum(left + 1.5 - x, x - right + 1.5))
        wheels = np.min([np.hypot(x - wx, y - (CAR_B - 1.0)) - 1.6 for wx in (left + 4.0, right - 4.0)], 0)
        for d, colour in ((np.minimum(body, roof), MAROON), (roof, ROOF), (band, CREAM), (windows, WINDOW),
                          (wheels, RAIL)):
            cover = R.coverage(d)
            R.over(layer, cover, colour)  # premultiplied: over black
            alpha += cover * (1.0 - alpha)
        colours[k], alphas[k] = layer[0] / np.maximum(alpha, 1e-6), alpha[0]
    return colours, alphas


TRAIN_ROWS = (20, 42)
TRAIN_COLOURS, TRAIN_ALPHAS = _trains()
SKY_ROWS, FIGURE_ROWS = 31, (26, 62)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the sky: dusk to day, lighter towards the horizon
    d = f[:, 2][:, None, None]
    top, bottom = DUSK_TOP + (DAY_TOP - DUSK_TOP) * d, DUSK_BOTTOM + (DAY_BOTTOM - DUSK_BOTTOM) * d  # (n, 1, 3)
    t = np.clip(ROWS[:SKY_ROWS], 0.0, 1.0)[None, :, None]
    rows = (top + (bottom - top) * t).astype(np.float32)  # (n, rows, 3)
    sky = np.broadcast_to(rows.transpose(0, 2, 1)[:, :, :, None], (n, 3, SKY_ROWS, R.SIZE))
    top_part, ys = img[:, :, :SKY_ROWS], y[:, :SKY_ROWS]
    R.over(top_part, SKY_COVER[:, :SKY_ROWS], sky)
    # the signal's arm, hinged at the top of the post, pointing left and dipping
    a = R.col(f[:, 0])
    u = -(x - POST_X) * np.cos(a) + (ys - HINGE_Y) * np.sin(a)  # along the arm, from the hinge
    v = (x - POST_X) * np.sin(a) + (ys - HINGE_Y) * np.cos(a)
    arm = np.maximum(np.abs(v) - ARM_HW, np.maximum(-u - 1.0, u - ARM_LEN))
    R.over(top_part, R.coverage(arm), ARM)
    R.over(top_part, R.coverage(np.maximum(arm, np.abs(u - ARM_LEN + 3.5) - 1.0)), STRIPE)
    R.over(top_part, R.coverage(np.hypot(x - POST_X, ys - HINGE_Y) - 1.0), POST)
    # the carriages, from the left
    count = f[:, 1].astype(int)
    R.over(img[:, :, slice(*TRAIN_ROWS)], TRAIN_ALPHAS[count], TRAIN_COLOURS[count])
    # the stationmaster: legs, coat, buttons, arm and flag, head and cap
    r0, r1 = FIGURE_ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    sx = R.col(8.0 + 42.0 * f[:, 3])
    legs = np.minimum(R.segment_sdf(x, y, sx - 1.5, FEET_Y - 9.0, sx - 1.8, FEET_Y - 0.8),
                      R.segment_sdf(x, y, sx + 1.5, FEET_Y - 9.0, sx + 1.8, FEET_Y - 0.8)) - 1.2
    R.over(part, R.coverage(legs), NAVY)
    R.over(part, R.coverage(np.min([R.ellipse_sdf(x - sx - side * 2.2, y - FEET_Y + 0.2, 2.0, 1.0)
                                    for side in (-1.0, 1.0)], 0)), CAP_PEAK)
    w = 3.2 + 0.18 * (y - (FEET_Y - 24.0))  # the coat widens a little downwards
    coat = np.maximum(np.abs(x - sx) - w, np.maximum(FEET_Y - 24.0 - y, y - (FEET_Y - 8.0)))
    arm = R.segment_sdf(x, y, sx + 3.0, FEET_Y - 22.0, sx + 8.0, FEET_Y - 17.0) - 1.2
    R.over(part, R.coverage(np.minimum(coat, arm)), NAVY)
    R.over(part, R.coverage(R.segment_sdf(x, y, sx + 8.5, FEET_Y - 16.0, sx + 8.5, FEET_Y - 27.0) - 0.45), SLEEPER)
    R.over(part, R.coverage(R.edges_sdf(x, y, sx + 8.5, sx + 14.0, FEET_Y - 27.0, FEET_Y - 22.5)), FLAG)
    buttons = np.min([np.hypot(x - sx, y - (FEET_Y - 22.0 + 3.5 * k)) - 0.7 for k in range(4)], 0)
    R.over(part, R.coverage(buttons), BRASS)
    R.over(part, R.coverage(np.hypot(x - sx, y - (FEET_Y - 27.5)) - 3.0), SKIN)
    R.over(part, R.coverage(R.edges_sdf(x, y, sx - 3.2, sx + 3.2, FEET_Y - 32.5, FEET_Y - 29.5)), NAVY)
    R.over(part, R.coverage(R.edges_sdf(x, y, sx - 3.6, sx + 4.6, FEET_Y - 30.0, FEET_Y - 29.0)), CAP_PEAK)
    R.over(part, R.coverage(R.edges_sdf(x, y, sx - 3.2, sx + 3.2, FEET_Y - 31.3, FEET_Y - 30.5)), BRASS)
    return R.to_uint8(img)


def render(signal_arm: float, carriages: float, daylight: float, stationmaster_x: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[signal_arm, carriages, daylight, stationmaster_x]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("stationmaster", arg, n, seed, FACTORS, sample_factors, _draw)
