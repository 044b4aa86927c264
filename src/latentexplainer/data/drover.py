"""`drover`: cattle being driven along a country lane past a hedged pasture, the drover waiting by
a field gate, seen from the side (64x64 RGB).

A pale sky and far blue hills fill the top of the image. Below them lies a pasture, then a dark
hedge with a wooden five-bar gate on the right, where the drover stands in a pale smock and a
brown hat with his stick. In front of the hedge a dusty lane with wheel ruts runs across the
image, with a strip of grass verge along its near edge. Cows walk along the lane to the left,
seen from the side: a body, a head with two small horns, four legs, a tail and an udder; the
second one, a little further up the lane, looks a little smaller. Factors: where the cattle are
along the lane (left to right), how many cows walk there (1 to 3; the leading one always, the
others following behind it to the right), the cows'
coat (all alike: plain brown, white with black patches, or black with a white belt round the
middle) and how dry the grass of the pasture and the verge is (fresh green to straw yellow).
The sky, the hills, the hedge, the gate, the drover and the lane stay fixed; every cow always
lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("herd_x", "horizontal position of the cattle along the lane (left to right)", "continuous"),
    Factor("cows", "how many cows walk along the lane (1 to 3)", "categorical", ("1", "2", "3")),
    Factor("coat", "the cows' coat (plain brown, black-and-white patched or belted)", "categorical",
           ("plain brown", "patched", "belted")),
    Factor("grass_dry", "how dry the grass of the pasture and verge is (green to straw)", "continuous"),
)
# herd_x: 0..1 puts the leading cow's middle at x = 14..26 px (the others follow behind it, to
# the right, at COWS: the second a little further up the lane); cows: a code 0..2 for 1..3 cows;
# coat: a code 0..2 for plain brown, white with black patches, or black with a white belt;
# grass_dry: 0..1 blends the grass from green (0.34, 0.6, 0.24) to straw (0.82, 0.74, 0.4)
RANGES = ((0.0, 1.0), (0.0, 2.0), (0.0, 2.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.55, 0.72, 0.92)), np.array((0.86, 0.9, 0.95))
HILLS, HEDGE, HEDGE_DARK = (0.5, 0.6, 0.72), (0.14, 0.3, 0.14), (0.09, 0.21, 0.09)
GATE, LANE, RUT = (0.7, 0.6, 0.44), (0.76, 0.68, 0.52), (0.64, 0.56, 0.42)
SMOCK, HAT, SKIN, STICK = (0.9, 0.88, 0.78), (0.4, 0.28, 0.16), (0.9, 0.72, 0.58), (0.42, 0.3, 0.18)
GREEN, STRAW = np.array((0.34, 0.6, 0.24), np.float32), np.array((0.82, 0.74, 0.4), np.float32)
BROWN, BLACK, WHITE = np.array((0.55, 0.3, 0.15)), np.array((0.1, 0.09, 0.09)), np.array((0.95, 0.94, 0.9))
HORN, UDDER, MUZZLE = (0.9, 0.86, 0.72), (0.92, 0.66, 0.64), (0.28, 0.22, 0.2)
HILL_Y, HEDGE_Y, LANE_Y, VERGE_Y = 16.0, 32.0, 40.0, 59.0
PASTURE_Y, DROVER_X = 21.0, 39.0
COWS = ((0.0, 57.0, 1.0), (13.0, 50.5, 0.9), (25.0, 57.5, 1.0))  # (x behind the lead, feet's row, scale)


def _scene():
    """The fixed picture in three layers: the sky and hills behind; the coverage of the grass
    (the pasture and the verge), painted per image; and in front of it the hedge, the gate, the
    drover and the lane, premultiplied by their coverage, and that coverage."""
    x, y = R.grid()
    back = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, HILL_Y)[None].copy()
    R.over(back, R.coverage(HILL_Y + 3.0 * np.sin(x * 0.08 + 1.0) + 1.5 * np.sin(x * 0.23) - y), HILLS)
    grass = R.coverage(PASTURE_Y - y)
    fore = R.canvas(1, (0.0, 0.0, 0.0))
    alpha = R.canvas(1, (0.0,), 1)

    def paint(d, colour, strength=1.0):
        cover = strength * R.coverage(np.broadcast_to(d, (1, R.SIZE, R.SIZE)))
        R.over(fore, cover, colour)
        R.over(alpha, cover, (1.0,))

    hedge = np.maximum(HEDGE_Y + 1.2 * np.sin(x * 1.1) + 0.8 * np.sin(x * 2.7) - y, y - LANE_Y)
    paint(hedge, HEDGE)
    paint(np.maximum(hedge, np.abs(((x + 2.0 * np.sin(y)) % 3.0) - 1.5) - 0.5), HEDGE_DARK, 0.6)
    # the gate in the hedge: two posts, five bars and a brace
    posts = np.minimum(R.edges_sdf(x, y, 44.0, 45.5, 29.0, 40.0), R.edges_sdf(x, y, 60.5, 62.0, 29.0, 40.0))
    bars = np.maximum(np.maximum(np.abs(x - 53.0) - 7.5, np.abs(((y - 30.5) % 2.2) - 1.1) - 0.45),
                      np.maximum(y - 39.5, 29.5 - y))
    paint(np.minimum(np.minimum(posts, bars), R.segment_sdf(x, y, 45.5, 39.0, 60.5, 30.5) - 0.5), GATE)
    # the drover beside the gate: legs, smock, face, hat and stick
    paint(np.minimum(R.segment_sdf(x, y, DROVER_X - 1.0, 34.0, DROVER_X - 1.5, 40.0),
                     R.segment_sdf(x, y, DROVER_X + 1.0, 34.0, DROVER_X + 1.5, 40.0)) - 0.7, HAT)
    paint(np.maximum(np.abs(x - DROVER_X) - (1.8 + 0.25 * (y - 26.0)), np.maximum(26.0 - y, y - 35.0)), SMOCK)
    paint(np.hypot(x - DROVER_X, y - 23.8) - 1.9, SKIN)
    paint(np.minimum(R.ellipse_sdf(x - DROVER_X, y - 22.3, 3.4, 0.8),
                     R.ellipse_sdf(x - DROVER_X, y - 21.6, 1.8, 1.3)), HAT)
    paint(R.segment_sdf(x, y, DROVER_X - 3.5, 24.0, DROVER_X - 5.0, 40.0) - 0.5, STICK)
    # the lane and its ruts
    lane = np.maximum(LANE_Y - y, y - VERGE_Y)
    paint(lane, LANE)
    paint(np.maximum(lane, np.minimum(np.abs(y - 46.0), np.abs(y - 53.5)) - 0.9), RUT)
    tufts = R.coverage(np.abs((x * 1.7 + y * 0.3) % 3.0 - 1.5) - 0.35) * 0.35
    return back[0], grass[0], tufts[0], fore[0], alpha[0, 0]


BACK, GRASS, TUFTS, FORE, FORE_ALPHA = _scene()


def _cow(x, y, cx, foot, k, coat):
    """The cow whose middle is at ``cx`` and feet at ``foot``, drawn at scale ``k``: coverages of
    its whole shape, of the white on its coat, its horns, udder, muzzle and eye."""
    by = foot - 10.0 * k
    body = R.ellipse_sdf(x - cx, y - by, 8.0 * k, 4.3 * k)
    legs = R.segment_sdf(x, y, cx - 5.5 * k, by, cx - 5.8 * k, foot - 0.5)
    for lx in (-3.5, 4.0, 6.0):
        legs = np.minimum(legs, R.segment_sdf(x, y, cx + lx * k, by, cx + (lx + 0.3 * np.sign(lx)) * k, foot - 0.5))
    neck = R.segment_sdf(x, y, cx - 6.0 * k, by - 1.0 * k, cx - 9.5 * k, by - 2.5 * k) - 2.4 * k
    head = R.ellipse_sdf(x - (cx - 11.0 * k), y - (by - 1.5 * k), 2.6 * k, 2.2 * k)
    muzzle = R.ellipse_sdf(x - (cx - 12.8 * k), y - (by - 0.2 * k), 1.6 * k, 1.4 * k)
    tail = R.segment_sdf(x, y, cx + 7.8 * k, by - 2.0 * k, cx + 9.3 * k, by + 5.5 * k) - 0.5
    horns = np.minimum(R.segment_sdf(x, y, cx - 11.5 * k, by - 3.5 * k, cx - 12.5 * k, by - 5.2 * k),
                       R.segment_sdf(x, y, cx - 10.0 * k, by - 3.5 * k, cx - 9.2 * k, by - 5.2 * k)) - 0.55
    udder = R.ellipse_sdf(x - (cx + 3.5 * k), y - (by + 4.3 * k), 2.0 * k, 1.5 * k)
    eye = np.hypot(x - (cx - 11.5 * k), y - (by - 2.2 * k)) - 0.6
    whole = R.coverage(np.minimum(np.minimum(np.minimum(body, legs - 1.1 * k), np.minimum(neck, head)),
                                  np.minimum(tail, muzzle)))
    # the white on the coat: between black patches, or a belt round the middle
    u, v = (x - cx) / (8.0 * k), (y - by) / (4.3 * k)
    patches = R.coverage(4.0 * (np.sin(u * 4.0 + 1.0) * np.sin(v * 2.6 + 0.6) + 0.45 * np.sin(u * 7.0 - v * 3.0) - 0.1))
    belt = R.coverage(np.maximum(np.abs(x - cx - 0.5 * k) - 2.8 * k, np.abs(y - by) - 4.6 * k))
    white = (coat == 1)[:, None, None] * patches + (coat == 2)[:, None, None] * belt
    return whole, whole * white, R.coverage(horns), R.coverage(udder), R.coverage(muzzle), R.coverage(eye)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACK
    # the grass, fresh or dry, then the hedge, gate, drover and lane in front of it
    dry = f[:, 3:4].astype(np.float32)
    grass = GREEN[None] + (STRAW - GREEN)[None] * dry  # (n, 3)
    R.over(img, np.broadcast_to(GRASS, (n, R.SIZE, R.SIZE)), grass)
    R.over(img, np.broadcast_to(GRASS * TUFTS, (n, R.SIZE, R.SIZE)), grass * 0.7)
    img *= 1.0 - FORE_ALPHA
    img += FORE
    # the cows, the one further back first
    lead = R.col(14.0 + 12.0 * f[:, 0])
    count = f[:, 1].astype(int)
    coat = f[:, 2].astype(int)
    base = np.where((coat == 0)[:, None], BROWN[None], BLACK[None]).astype(np.float32)
    for i in (1, 0, 2):
        dx, foot, k = COWS[i]
        # each cow is drawn in the window it can reach, not over the whole image
        r0, r1 = int(foot - 17.0 * k) - 1, min(R.SIZE, int(foot) + 3)
        c0, c1 = max(0, int(14.0 + dx - 14.0 * k) - 1), min(R.SIZE, int(26.0 + dx + 11.0 * k) + 2)
        xs, ys, view = x[:, :, c0:c1], y[:, r0:r1], img[:, :, r0:r1, c0:c1]
        on = (count >= i).astype(np.float32)[:, None, None]
        whole, white, horns, udder, muzzle, eye = _cow(xs, ys, lead + dx, foot, k, coat)
        R.over(view, on * 0.3 * R.coverage(R.ellipse_sdf(xs - lead - dx, ys - foot, 9.0 * k, 1.2 * k)), (0.0, 0.0, 0.0))
        R.over(view, on * whole, base)
        R.over(view, on * white, WHITE)
        R.over(view, on * udder, UDDER)
        R.over(view, on * muzzle, MUZZLE)
        R.over(view, on * horns, HORN)
        R.over(view, on * eye, (0.02, 0.02, 0.02))
    return R.to_uint8(img)


def render(herd_x: float, cows: float, coat: float, grass_dry: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[herd_x, cows, coat, grass_dry]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("drover", arg, n, seed, FACTORS, sample_factors, _draw)
