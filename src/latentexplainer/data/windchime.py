"""`windchime`: a wind chime of coloured metal tubes hanging from a porch beam against the sky,
over a garden hedge (64x64 RGB).

A wooden beam runs across the top of the image. From a hook in the middle of it a string hangs
down to a flat wooden disc, seen edge on; from the disc the chime's tubes hang side by side on
short strings, spread evenly across its width, each a little longer than the one to its left.
A centre string runs down between the tubes past a small wooden striker to a wooden sail below
the longest tube. Each tube is a narrow upright bar of coloured metal, with a pale shine down
its left side. Behind the chime is the sky, lighter towards the horizon, and a dark green hedge
runs along the bottom. Factors: how many tubes hang from the disc (3 to 6), how long the tubes
are, how far the wind swings the whole chime to one side about its hook (to the left, straight
down, to the right), the hue of the tubes' metal and the time of day (dusk, with a purple and
orange sky and a dim hedge, to bright day, with a blue sky). The beam, the hook, the disc, the
striker and the sail keep their sizes; the whole chime always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("tubes", "how many tubes hang from the wind chime (3 to 6)", "categorical", ("3", "4", "5", "6")),
    Factor("tube_length", "length of the wind chime's tubes (short to long)", "continuous"),
    Factor("swing", "how far the wind swings the chime (to the left, down, to the right)", "continuous"),
    Factor("tube_hue", "hue of the tubes' metal", "continuous"),
    Factor("daylight", "time of day in the sky (dusk to bright day)", "continuous"),
)
# tubes: codes 0..3 are 3..6 tubes, their middles spread evenly over 30 px across the disc;
# tube_length: 0..1 makes the longest (right-hand) tube 14..30 px long, the others shorter in
# steps down to 0.7 of that for the left-hand one; swing: -0.3..0.3 radians about the hook
# (negative: the chime swings out to the left); tube_hue: 0..0.8 of the colour wheel (no wrap);
# daylight: 0..1 blends the sky and the hedge from dusk to day
RANGES = ((0.0, 3.0), (0.0, 1.0), (-0.3, 0.3), (0.0, 0.8), (0.0, 1.0))
DUSK_TOP, DUSK_BOTTOM = np.array((0.3, 0.2, 0.42)), np.array((0.96, 0.58, 0.36))
DAY_TOP, DAY_BOTTOM = np.array((0.32, 0.58, 0.94)), np.array((0.76, 0.88, 0.98))
HEDGE = np.array((0.16, 0.4, 0.15))
BEAM, BEAM_EDGE, WOOD, STRING = (0.5, 0.33, 0.19), (0.33, 0.21, 0.12), (0.62, 0.43, 0.24), (0.15, 0.12, 0.1)
HOOK_X, HOOK_Y = 32.0, 5.0
BEAM_Y, HEDGE_Y = 5.0, 57.0
DISC, DISC_HW = (7.0, 10.0), 17.5  # the disc's top and bottom, down the chime from the hook, and half-width
TUBE_TOP, TUBE_HW, SPREAD = 13.0, 1.9, 15.0  # the tubes' tops, half-width and the outermost tubes' places
STRING_HW = 0.45
ROWS = (5, 61)  # the rows the chime can reach


def _sky(daylight: np.ndarray) -> np.ndarray:
    """(n, 3, H, 1): the sky's and the hedge's rows for each image's time of day."""
    _, y = R.grid()
    d = daylight[:, None, None]
    top = (DUSK_TOP + (DAY_TOP - DUSK_TOP) * d).astype(np.float32)  # (n, 1, 3)
    bottom = (DUSK_BOTTOM + (DAY_BOTTOM - DUSK_BOTTOM) * d).astype(np.float32)
    t = np.clip(y[0, :, 0] / HEDGE_Y, 0.0, 1.0)[None, :, None]  # (1, H, 1)
    rows = top + (bottom - top) * t  # (n, H, 3)
    hedge = (HEDGE * (0.5 + 0.5 * d)).astype(np.float32)
    cover = R.coverage(HEDGE_Y - y[0, :, 0] - 0.5 * np.sin(y[0, :, 0]))[None, :, None]
    rows = rows + (hedge - rows) * cover
    return rows.transpose(0, 2, 1)[..., None]


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = _sky(f[:, 4])
    # the beam along the top, its lower edge darker
    R.over(img, R.coverage(y - BEAM_Y), BEAM)
    R.over(img, R.coverage(np.abs(y - BEAM_Y + 0.8) - 0.8), BEAM_EDGE)
    r0, r1 = ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    # chime coordinates: u down the chime from the hook, v across it (to the right when hanging down)
    a = R.col(f[:, 2])
    ca, sa = np.cos(a), np.sin(a)
    u = (y - HOOK_Y) * ca + (x - HOOK_X) * sa
    v = (x - HOOK_X) * ca - (y - HOOK_Y) * sa
    count = R.col(3 + f[:, 0])
    longest = R.col(14 + 16 * f[:, 1])
    tubes = np.full(u.shape, np.inf, np.float32)
    across = np.zeros(u.shape, np.float32)  # v from the nearest tube's middle line
    strings = np.maximum(np.abs(v) - STRING_HW, np.maximum(-u, u - DISC[0]))  # the hanging string
    for i in range(6):
        step = np.minimum(i / (count - 1), 2.0)  # 0..1 across the tubes (over 1: no such tube)
        tv = -SPREAD + 2 * SPREAD * step
        length = longest * (0.7 + 0.3 * step)
        dv = v - tv
        d = np.maximum(np.abs(dv) - TUBE_HW, np.abs(u - TUBE_TOP - length / 2) - length / 2)
        d = np.where(i < count, d, np.inf)
        closer = d < tubes
        tubes = np.where(closer, d, tubes)
        across = np.where(closer, dv, across)
        s = np.maximum(np.abs(dv) - STRING_HW, np.abs(u - (DISC[1] + TUBE_TOP) / 2) - (TUBE_TOP - DISC[1]) / 2)
        strings = np.minimum(strings, np.where(i < count, s, np.inf))
    # the centre string, the striker half way down the longest tube, and the sail below it
    striker = TUBE_TOP + 0.55 * longest
    sail = TUBE_TOP + longest + 3.0
    strings = np.minimum(strings, np.maximum(np.abs(v) - STRING_HW, np.abs(u - (DISC[1] + sail) / 2)
                                             - (sail - DISC[1]) / 2))
    R.over(part, R.coverage(strings), STRING)
    body = R.coverage(tubes)
    R.over(part, body, R.hsv(f[:, 3], 0.8, 0.85))
    R.over(part, 0.75 * body * R.coverage(np.abs(across + 0.7) - 0.4), R.hsv(f[:, 3], 0.3, 1.0))
    R.over(part, 0.5 * body * R.coverage(1.2 - across), R.hsv(f[:, 3], 0.85, 0.55))
    wood = np.minimum(R.box_sdf(v, u - (DISC[0] + DISC[1]) / 2, DISC_HW, (DISC[1] - DISC[0]) / 2),
                      R.box_sdf(v, u - striker, 4.0, 1.0))
    wood = np.minimum(wood, R.box_sdf(v, u - sail - 3.5, 3.5, 3.5))
    R.over(part, R.coverage(wood), WOOD)
    R.over(part, R.coverage(np.hypot(x - HOOK_X, y - HOOK_Y) - 1.2), STRING)
    return R.to_uint8(img)


def render(tubes: float, tube_length: float, swing: float, tube_hue: float, daylight: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[tubes, tube_length, swing, tube_hue, daylight]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("windchime", arg, n, seed, FACTORS, sample_factors, _draw)
