"""`lamplighter`: a lamplighter going along a street of gas lamps at nightfall, his long pole in
his hands, in front of a terrace of houses, seen from the front (64x64 RGB).

A terrace of town houses runs across the image, their fronts of brick and pale stucco under
dark roofs and chimneys, a few of their windows lit; above them is the evening sky. A pavement
of grey flagstones runs along the bottom of the image. Four gas lamps stand evenly spaced along
the pavement, each a dark iron post with a ladder rest below a glass lantern; the lit ones shine
warm yellow, with a glow round them and a pool of light on the pavement, the unlit ones are dark
glass. The lamps are lit from the left. On the pavement stands the lamplighter, in a dark blue
coat and a black top hat, holding his long wooden pole, a small flame at its tip, tilted from
pointing forwards to the right up to straight up. Factors: how many lamps are lit (1 to 4), how
late in the evening it is (from twilight, a blue sky glowing orange low down, to dark night with
stars, the street growing darker), where the lamplighter stands along the pavement (left to
right) and how high he raises his pole (held out forwards to straight up). The houses, the
lamps' places, the pavement and the lamplighter's size stay fixed; the lamplighter always
stands inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("lamps_lit", "how many of the street's gas lamps are lit (1 to 4)", "categorical", ("1", "2", "3", "4")),
    Factor("nightfall", "how late in the evening it is (twilight to dark night)", "continuous"),
    Factor("lighter_x", "where the lamplighter stands along the pavement (left to right)", "continuous"),
    Factor("pole_raise", "how high the lamplighter raises his pole (forwards to straight up)", "continuous"),
)
# lamps_lit: a code 0..3 for 1..4 lamps, lit from the left (at LAMPS); nightfall: 0..1 turns the sky
# from twilight (blue above, orange low down) to night (near black, stars showing past 0.5) and
# dims the street to 1 - 0.6 times that of its full light; lighter_x: 0..1 puts the lamplighter's
# middle at x = 8..52 px; pole_raise: 0..1 turns his pole (26 px long) from 1.35 to 0.05 radians
# from straight up, its top towards the right
RANGES = ((0.0, 3.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
TWILIGHT_TOP, TWILIGHT_LOW = np.array((0.36, 0.48, 0.78)), np.array((0.96, 0.66, 0.42))
NIGHT_TOP, NIGHT_LOW = np.array((0.02, 0.03, 0.1)), np.array((0.1, 0.1, 0.22))
ROOF, BRICK, STUCCO, SILL = (0.2, 0.2, 0.26), (0.55, 0.3, 0.22), (0.36, 0.46, 0.5), (0.78, 0.76, 0.7)
DARK_WINDOW, LIT_WINDOW = (0.16, 0.18, 0.24), (1.0, 0.82, 0.42)
FLAG, FLAG_LINE, KERB = (0.56, 0.56, 0.55), (0.42, 0.42, 0.42), (0.7, 0.7, 0.68)
IRON, LANTERN_OFF, GAS, GLOW = (0.1, 0.1, 0.12), (0.22, 0.25, 0.3), (1.0, 0.9, 0.55), (1.0, 0.82, 0.45)
COAT, HAT, SKIN, TROUSERS, POLE, FLAME = (0.12, 0.15, 0.38), (0.05, 0.05, 0.06), (0.9, 0.72, 0.58), \
    (0.22, 0.2, 0.2), (0.92, 0.8, 0.52), (1.0, 0.6, 0.12)
HOUSE_TOP, PAVE_Y, FEET_Y = 20.0, 50.0, 61.0
LAMPS, POST_FOOT, LANTERN_T, LANTERN_B = (8.0, 24.0, 40.0, 56.0), 52.0, 11.0, 19.0
POLE_LENGTH = 26.0
STARS = ((5.0, 4.0), (14.0, 9.0), (22.0, 3.0), (33.0, 7.0), (44.0, 2.5), (51.0, 10.0), (60.0, 5.0), (38.0, 13.0))
LIT = ((12.0, 29.0), (44.0, 37.0), (52.0, 29.0))  # lit windows
UNLIT = ((4.0, 29.0), (20.0, 29.0), (28.0, 37.0), (36.0, 29.0), (4.0, 37.0), (60.0, 37.0), (20.0, 37.0))


def _street():
    x, y = R.grid()
    img = R.canvas(1, BRICK)
    painted = np.broadcast_to(np.floor(x / 16.0) % 2, (1, R.SIZE, R.SIZE)).astype(np.float32)
    R.over(img, painted, STUCCO)
    # the houses step up and down; dark cornices along their tops, chimneys on them
    roofline = HOUSE_TOP + 3.0 * (np.floor(x / 16.0) % 2)
    chimneys = np.maximum(np.abs(((x + 3.0) % 16.0) - 2.0) - 1.6, np.maximum(HOUSE_TOP - 5.0 - y, y - roofline))
    roofs = np.minimum(np.maximum(roofline - y, y - roofline - 2.5), chimneys)
    R.over(img, R.coverage(roofs), ROOF)
    for wx, wy in LIT + UNLIT:
        R.over(img, R.coverage(R.edges_sdf(x, y, wx - 2.6, wx + 2.6, wy - 3.5, wy + 3.5)), SILL)
    for wx, wy in UNLIT:
        R.over(img, R.coverage(R.edges_sdf(x, y, wx - 1.8, wx + 1.8, wy - 2.8, wy + 2.8)), DARK_WINDOW)
    R.over(img, R.below(PAVE_Y, 1), FLAG)
    R.over(img, R.coverage(np.abs(y - PAVE_Y - 0.5) - 1.0), KERB)
    joints = np.minimum(np.abs(((y - PAVE_Y) % 5.0) - 2.5) - 2.1, np.abs(((x + 5.0 * np.floor((y - PAVE_Y) / 5.0)) % 10.0) - 5.0) - 4.6)
    R.over(img, R.coverage(np.maximum(joints, PAVE_Y + 2.0 - y)), FLAG_LINE)
    # the lamp posts, their ladder rests and lantern frames
    posts = np.min([np.minimum(R.edges_sdf(x, y, lx - 0.8, lx + 0.8, LANTERN_B, POST_FOOT),
                               R.edges_sdf(x, y, lx - 3.0, lx + 3.0, 23.0, 24.0)) for lx in LAMPS], 0)
    posts = np.minimum(posts, np.min([R.edges_sdf(x, y, lx - 1.6, lx + 1.6, POST_FOOT - 3.0, POST_FOOT)
                                      for lx in LAMPS], 0))
    frames = np.min([np.minimum(R.edges_sdf(x, y, lx - 3.2, lx + 3.2, LANTERN_T, LANTERN_B),
                                R.segment_sdf(x, y, lx - 3.5, LANTERN_T, lx, LANTERN_T - 3.0) - 0.6)
                     for lx in LAMPS], 0)
    frames = np.minimum(frames, np.min([R.segment_sdf(x, y, lx + 3.5, LANTERN_T, lx, LANTERN_T - 3.0) - 0.6
                                        for lx in LAMPS], 0))
    lamps = R.coverage(np.minimum(posts, frames))
    R.over(img, lamps, IRON)
    sky = R.coverage(y - roofline) * R.coverage(-chimneys) * (1.0 - lamps)  # the sky shows round the lamps
    return img[0], sky[0]


STREET, SKY_COVER = _street()


def _lights():
    """Per lamp: its lantern's glass, its glow and its pool of light on the pavement."""
    x, y = R.grid()
    out = []
    for lx in LAMPS:
        glass = R.coverage(R.edges_sdf(x, y, lx - 2.2, lx + 2.2, LANTERN_T + 1.2, LANTERN_B - 1.2))
        glow = 0.6 * np.exp(-((x - lx) ** 2 + (y - 15.0) ** 2) / (2 * 5.5 ** 2))
        pool = 0.4 * np.clip(0.5 - R.ellipse_sdf(x - lx, y - 55.0, 8.0, 2.6) / 2.0, 0.0, 1.0)
        out.append((glass, (glow + pool).astype(np.float32)))
    windows = np.max([R.coverage(R.edges_sdf(x, y, wx - 1.8, wx + 1.8, wy - 2.8, wy + 2.8)) for wx, wy in LIT], 0)
    stars = np.max([R.coverage(np.hypot(x - sx, y - sy) - 0.6) for sx, sy in STARS], 0)
    return out, windows, stars


LIGHTS, WINDOWS, STAR_COVER = _lights()
SKY_T = (np.arange(R.SIZE, dtype=np.float32) + 0.5) / HOUSE_TOP


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = STREET
    night = f[:, 1:2]
    # the sky: twilight to night, stars coming out
    top = TWILIGHT_TOP[None] + (NIGHT_TOP - TWILIGHT_TOP)[None] * night
    low = TWILIGHT_LOW[None] + (NIGHT_LOW - TWILIGHT_LOW)[None] * night
    t = np.clip(SKY_T, 0.0, 1.0)[None, None, :, None]
    sky = top[:, :, None, None] + (low - top)[:, :, None, None] * t
    R.over(img, np.broadcast_to(SKY_COVER, (n, R.SIZE, R.SIZE)), sky)
    R.over(img, R.col(np.clip(2.0 * f[:, 1] - 1.0, 0.0, 1.0)) * STAR_COVER, (0.95, 0.95, 0.85))
    # nightfall dims the street; the lit windows shine on regardless
    dim = 1.0 - 0.6 * night
    img *= dim[:, :, None, None]
    R.over(img, np.broadcast_to(WINDOWS, (n, R.SIZE, R.SIZE)), LIT_WINDOW)
    # the lamps, lit from the left
    count = f[:, 0].astype(int)
    for i, (glass, glow) in enumerate(LIGHTS):
        on = count >= i
        R.over(img, on.astype(np.float32)[:, None, None] * glow, GLOW)
        R.over(img, np.broadcast_to(glass, (n, R.SIZE, R.SIZE)), np.where(on[:, None], GAS, LANTERN_OFF))
    # the lamplighter, dimmed like the street: legs, pole, coat and arm, head, hat
    lx = R.col(8.0 + 44.0 * f[:, 2])
    a = R.col(1.35 - 1.3 * f[:, 3])
    legs = np.minimum(R.segment_sdf(x, y, lx - 1.6, 49.0, lx - 2.0, FEET_Y), R.segment_sdf(x, y, lx + 1.6, 49.0, lx + 2.0, FEET_Y)) - 1.1
    R.over(img, R.coverage(legs), dim * TROUSERS)
    hx, hy = lx + 4.0, 41.0
    tx, ty = hx + (POLE_LENGTH - 5.0) * np.sin(a), hy - (POLE_LENGTH - 5.0) * np.cos(a)
    pole = R.segment_sdf(x, y, hx - 5.0 * np.sin(a), hy + 5.0 * np.cos(a), tx, ty) - 1.0
    R.over(img, R.coverage(pole), dim * POLE)
    coat = np.maximum(np.abs(x - lx) - (3.2 + 0.25 * (y - 35.0)), np.maximum(35.0 - y, y - 50.0))
    coat = np.minimum(coat, R.segment_sdf(x, y, lx + 1.5, 37.0, hx, hy) - 1.3)  # his arm to the pole
    R.over(img, R.coverage(coat), dim * COAT)
    R.over(img, R.coverage(np.hypot(x - lx, y - 32.0) - 3.0), dim * SKIN)
    hat = np.minimum(R.edges_sdf(x, y, lx - 2.6, lx + 2.6, 23.0, 30.0), R.edges_sdf(x, y, lx - 4.2, lx + 4.2, 29.0, 30.5))
    R.over(img, R.coverage(hat), dim * HAT)
    # the flame on the pole's tip
    R.over(img, 0.7 * np.exp(-((x - tx) ** 2 + (y - ty) ** 2) / (2 * 3.2 ** 2)), GLOW)
    R.over(img, R.coverage(np.hypot(x - tx, y - ty + 0.5) - 2.0), FLAME)
    return R.to_uint8(img)


def render(lamps_lit: float, nightfall: float, lighter_x: float, pole_raise: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[lamps_lit, nightfall, lighter_x, pole_raise]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("lamplighter", arg, n, seed, FACTORS, sample_factors, _draw)
