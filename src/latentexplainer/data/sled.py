"""`sled`: children on a wooden sled on a snowy hillside, sloping down to the right, seen from
the side (64x64 RGB).

The hillside is a straight slope of white snow that runs down from left to right across the
image, a blue-grey line along its surface, with a groove left by the sled's runners along the
surface behind (up-slope of) the sled. The sled sits on the slope, tilted with it: two dark
runners along the snow, curling up at the front (downhill) end, carry a painted side board on
three short struts. On it sit one, two or three children one behind the other, each upright
(not tilted with the slope): a padded coat - yellow in front, green in the middle, navy at
the back - with an arm reaching forwards, a pale face and a bobble hat of a darker shade of
the coat, with a white bobble; the board hides their legs. Above the slope is a blue sky, paler
lower down, with a row of grey-blue mountains in the distance. Factors: the steepness of the
slope (nearly level to steep), how far down the slope the sled is (up the slope to down it),
how many children ride on the sled (1 to 3) and the hue of the sled's board. The slope's turning
point, the sled's size, the children's look, the sky and the mountains stay fixed; the whole
sled always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

RIDERS = ("1", "2", "3")
FACTORS = (
    Factor("slope_angle", "steepness of the snowy slope (nearly level to steep)", "continuous"),
    Factor("sled_position", "how far down the slope the sled is (up the slope to down it)", "continuous"),
    Factor("rider_count", "number of children riding on the sled (1 to 3)", "categorical", RIDERS),
    Factor("sled_hue", "hue of the sled's painted board", "continuous"),
)
# slope_angle: 0..1 is a slope falling 0.08..0.5 radians to the right through (32, 42) px;
# sled_position: 0..1 puts the sled's middle -14..14 px along the slope from that point;
# rider_count: codes 0..2 are 1..3 children, sitting 1 px behind the sled's middle / 4.5 px
# ahead and 6 px behind it / 7 px ahead, 1 px and 9 px behind it (along the slope; the board
# 28 px long, its top 9 px above the snow); sled_hue: 0..0.8 of the colour wheel (no wrap)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, len(RIDERS) - 1.0), (0.0, 0.8))
SKY_TOP, SKY_LOW, MOUNTAIN, PEAK_SNOW = (0.38, 0.58, 0.9), (0.8, 0.87, 0.96), (0.52, 0.58, 0.7), (0.86, 0.89, 0.95)
SNOW, SNOW_LINE, GROOVE = (0.95, 0.96, 0.99), (0.62, 0.7, 0.84), (0.74, 0.8, 0.9)
RUNNER, SKIN, BOBBLE = (0.18, 0.18, 0.22), (0.95, 0.78, 0.64), (0.98, 0.98, 0.98)
COATS = ((0.98, 0.78, 0.15), (0.2, 0.62, 0.3), (0.18, 0.27, 0.62))  # front, middle, back seats
SEATS = ((-1.0,), (4.5, -6.0), (7.0, -1.0, -9.0))  # along the slope from the sled's middle
SEAT_COATS = ((1,), (0, 2), (0, 1, 2))
PIVOT_X, PIVOT_Y = 32.0, 42.0
BOARD = (-15.0, 13.0, 2.4, 9.0)  # back, front, bottom, top: (along, height above the snow)
RUNNER_BACK, RUNNER_FRONT, RUNNER_H, CURL_R = -13.0, 11.0, 1.4, 3.7
STRUT_MID, STRUT_GAP = -1.0, 8.0  # three struts, at -9, -1 and 7 px along
HAT_SHADE = 0.7
WINDOW = (22, 3, 6, 9)  # a child lies within 22 px above, 3 below, 6 behind and 9 ahead of its seat
MOUNTAINS = ((6.0, 18.0, 14.0), (22.0, 22.0, 12.0), (40.0, 16.0, 16.0), (58.0, 20.0, 13.0))  # x, peak y, half-base


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_LOW, PIVOT_Y)[None]
    for mx, peak, half in MOUNTAINS:
        rise = (np.abs(x - mx) / half) * 14.0  # 14 px from peak to foot
        slope = (y - peak - rise) / np.sqrt(1 + (14.0 / half) ** 2)
        R.over(img, R.coverage(-slope), MOUNTAIN)
        R.over(img, R.coverage(np.maximum(-slope, y - peak - 4.0)), PEAK_SNOW)
    return img[0]


BACKGROUND = _background()


def _rider(img, x, y, sx, sy, coat):
    """Draw one sitting child, its seat at (sx, sy) px (columns (N, 1, 1)), onto ``img``."""
    u, v = x - sx, y - sy
    arm = R.segment_sdf(u, v, 1.0, -9.0, 5.5, -4.5) - 1.4
    torso = np.minimum(R.ellipse_sdf(u, v + 6.0, 4.3, 6.5), arm)
    img = R.over(img, R.coverage(torso), coat)
    head = np.hypot(u - 0.5, v + 14.8) - 3.3
    img = R.over(img, R.coverage(head), SKIN)
    hat = np.maximum(np.hypot(u - 0.5, v + 15.0) - 3.7, v + 15.2)
    img = R.over(img, R.coverage(hat), HAT_SHADE * np.asarray(coat))
    return R.over(img, R.coverage(np.hypot(u - 0.5, v + 19.2) - 1.3), BOBBLE)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    alpha = 0.08 + 0.42 * f[:, 0]
    c, s = R.col(np.cos(alpha)), R.col(np.sin(alpha))
    pos = R.col(-14 + 28 * f[:, 1])
    paint = R.hsv(f[:, 3], 0.8, 0.85)
    cx, cy = PIVOT_X + pos * c, PIVOT_Y + pos * s  # the sled's middle, on the snow
    # (along, height) in the slope's frame, from the sled's middle
    dx, dy = x - cx, y - cy
    a, h = dx * c + dy * s, dx * s - dy * c
    # the snow, its surface line and the runners' groove behind the sled
    img = R.over(img, R.coverage(h), SNOW)
    img = R.over(img, R.coverage(np.abs(h + 0.4) - 0.5), SNOW_LINE)
    img = R.over(img, R.coverage(np.maximum(np.abs(h + 1.6) - 0.5, a - RUNNER_BACK)), GROOVE)
    # the children, seated (upright) on the board's top
    counts = f[:, 2].astype(int)
    for k, seats in enumerate(SEATS):
        idx = np.nonzero(counts == k)[0]
        if not len(idx):
            continue
        sub = img[idx]
        for along, coat in sorted(zip(seats, SEAT_COATS[k])):  # from the back forwards
            sx = cx[idx] + along * c[idx] + BOARD[3] * s[idx]
            sy = cy[idx] + along * s[idx] - BOARD[3] * c[idx]
            # drawn in a window round the children's seats, for speed
            r0, r1 = max(0, int(sy.min()) - WINDOW[0]), min(R.SIZE, int(sy.max()) + WINDOW[1])
            c0, c1 = max(0, int(sx.min()) - WINDOW[2]), min(R.SIZE, int(sx.max()) + WINDOW[3])
            view = sub[:, :, r0:r1, c0:c1]
            view[:] = _rider(view, x[:, :, c0:c1], y[:, r0:r1], sx, sy, COATS[coat])
        img[idx] = sub
    # the sled: the runners with their front curl, the struts, the board
    runner = R.box_sdf(a - (RUNNER_BACK + RUNNER_FRONT) / 2, h - RUNNER_H / 2, (RUNNER_FRONT - RUNNER_BACK) / 2,
                       RUNNER_H / 2)
    curl = np.maximum(np.abs(np.hypot(a - RUNNER_FRONT, h - CURL_R - 0.7) - CURL_R) - 0.7, RUNNER_FRONT - a)
    k = np.clip(np.round((a - STRUT_MID) / STRUT_GAP), -1, 1)  # the nearest of the three struts
    struts = R.box_sdf(a - STRUT_MID - STRUT_GAP * k, h - (RUNNER_H + BOARD[2]) / 2, 0.8,
                       (BOARD[2] - RUNNER_H) / 2 + 0.3)
    img = R.over(img, R.coverage(np.minimum(np.minimum(runner, curl), struts)), RUNNER)
    board = R.box_sdf(a - (BOARD[0] + BOARD[1]) / 2, h - (BOARD[2] + BOARD[3]) / 2, (BOARD[1] - BOARD[0]) / 2 - 1.0,
                      (BOARD[3] - BOARD[2]) / 2 - 1.0) - 1.0
    img = R.over(img, R.coverage(board), paint)
    return R.to_uint8(R.over(img, R.coverage(np.maximum(board, BOARD[3] - 1.3 - h)), 0.7 * paint))


def render(slope_angle: float, sled_position: float, rider_count: float, sled_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8; ``rider_count`` is the code 0..2 for 1..3 children."""
    return _draw(np.array([[slope_angle, sled_position, rider_count, sled_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("sled", arg, n, seed, FACTORS, sample_factors, _draw)
