"""`laboratory`: a chemistry laboratory's bench, a glass flask of coloured liquid standing on a
tripod over a gas burner, a rack of test tubes beside it and bottles on a shelf, seen from the
front (64x64 RGB).

The laboratory's wall is of white tiles with grey joints; along the top left runs a wooden shelf
with three brown bottles on it, and the bench is a band of black worktop along the bottom. In the
middle of the bench a gas burner, a grey metal tube on a round foot, stands under an iron tripod
whose wire gauze carries a glass flask, pale and see-through, part filled with a coloured liquid.
The burner's flame, blue with a paler core, rises towards the gauze. On the right a wooden rack
holds four test tubes of orange, green, violet and yellow liquids. Factors: the shape of the flask
(a round-bottomed flask, a conical flask or a straight-sided beaker), the hue of the liquid in it
(a cyclic factor: the whole colour wheel, coming round to where it began), how full the flask is
(from a little liquid at the bottom to nearly full) and how tall the burner's flame is (from a
small flicker to a tall flame licking the gauze). The wall, the shelf, the bottles, the tripod,
the burner and the rack stay fixed; the flask always stands on the gauze.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("flask_shape", "shape of the glass flask (round-bottomed, conical or beaker)", "categorical",
           ("round-bottomed", "conical", "beaker")),
    Factor("liquid_hue", "hue of the liquid in the flask", "cyclic", period=1.0),
    Factor("fill", "how full the flask is (a little to nearly full)", "continuous"),
    Factor("flame", "how tall the burner's flame is (small flicker to tall flame)", "continuous"),
)
# flask_shape: a code 0..2, each flask standing on the gauze at y = 33 px with its middle at x = 27 px
# and its body 22 px tall (a neck rises above the round and the conical one); liquid_hue: 0..1 of the
# colour wheel, a whole turn (0 and 1 are the same red); fill: 0..1 puts the liquid's surface
# 0.12..0.9 of the way up the flask's body; flame: 0..1 makes the flame 1.5..16 px tall above the
# burner's top at y = 50 px, 2..6 px in half-width, and from half-way up heats the gauze red
RANGES = ((0.0, 2.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
TILE, TILE_JOINT, SHELF, BOTTLE = (0.9, 0.92, 0.9), (0.8, 0.83, 0.82), (0.52, 0.36, 0.2), (0.4, 0.22, 0.08)
LABEL, BENCH, BENCH_EDGE = (0.95, 0.93, 0.84), (0.1, 0.1, 0.11), (0.24, 0.24, 0.26)
IRON, BURNER, GLASS, GLASS_EDGE = (0.16, 0.16, 0.17), (0.55, 0.57, 0.6), (0.8, 0.9, 0.95), (0.42, 0.55, 0.62)
FLAME_OUT, FLAME_IN, RACK = (0.16, 0.3, 0.96), (0.72, 0.86, 1.0), (0.64, 0.46, 0.26)
RED_HOT = (1.0, 0.42, 0.1)
TUBES = ((46.0, (0.98, 0.55, 0.1)), (50.5, (0.2, 0.72, 0.3)), (55.0, (0.56, 0.3, 0.8)), (59.5, (0.95, 0.85, 0.15)))
FLASK_X, GAUZE_Y, BODY_H = 27.0, 33.0, 22.0
BURNER_TOP, BENCH_Y = 50.0, 58.0
BOX = (slice(0, 50), slice(10, 44))  # the part of the image that the flask and the flame can cover


def _scene():
    x, y = R.grid()
    img = R.canvas(1, TILE)
    R.over(img, R.coverage(np.minimum(np.abs((x % 8.0) - 0.5), np.abs((y % 8.0) - 0.5)) - 0.45), TILE_JOINT)
    R.over(img, R.coverage(R.edges_sdf(x, y, 0.0, 18.5, 12.0, 14.0)), SHELF)
    for bx, h in ((3.5, 8.0), (9.0, 6.5), (14.5, 9.0)):
        bottle = np.minimum(R.edges_sdf(x, y, bx - 2.4, bx + 2.4, 12.0 - h + 2.5, 12.0) - 0.4,
                            R.edges_sdf(x, y, bx - 0.9, bx + 0.9, 12.0 - h, 12.0 - h + 3.0))
        R.over(img, R.coverage(bottle), BOTTLE)
        R.over(img, R.coverage(R.edges_sdf(x, y, bx - 1.8, bx + 1.8, 12.0 - h + 4.5, 12.0 - h + 6.5)), LABEL)
    # the bench
    R.over(img, R.below(BENCH_Y, 1), BENCH)
    R.over(img, R.coverage(np.abs(y - BENCH_Y - 0.8) - 0.8), BENCH_EDGE)
    # the burner: a round foot and a tube
    burner = np.minimum(R.ellipse_sdf(x - FLASK_X, y - (BENCH_Y - 1.0), 5.0, 1.6),
                        R.edges_sdf(x, y, FLASK_X - 1.6, FLASK_X + 1.6, BURNER_TOP, BENCH_Y - 1.0))
    R.over(img, R.coverage(burner), BURNER)
    # the tripod: a gauze and three legs down to the bench
    legs = np.min([R.segment_sdf(x, y, FLASK_X + dx, GAUZE_Y + 1.0, FLASK_X + fx, BENCH_Y) for dx, fx in
                   ((-12.0, -15.0), (12.0, 15.0), (-3.0, -4.5))], 0) - 0.6
    R.over(img, R.coverage(np.minimum(legs, R.edges_sdf(x, y, FLASK_X - 14.0, FLASK_X + 14.0, GAUZE_Y,
                                                         GAUZE_Y + 1.4))), IRON)
    # the rack of test tubes
    for tx, colour in TUBES:
        tube = np.maximum(np.abs(x - tx) - 1.5, np.maximum(26.0 - y, np.hypot(x - tx, y - 44.5) * (y > 44.5) - 1.5))
        R.over(img, R.coverage(tube), GLASS)
        liquid = np.maximum(tube + 0.4, 34.0 - y)
        R.over(img, R.coverage(liquid), colour)
    rack = np.minimum(R.edges_sdf(x, y, 42.5, 63.0, 31.0, 33.0), R.edges_sdf(x, y, 42.5, 63.0, 45.0, 47.0))
    rack = np.minimum(rack, np.minimum(R.edges_sdf(x, y, 42.5, 44.0, 31.0, BENCH_Y),
                                       R.edges_sdf(x, y, 61.5, 63.0, 31.0, BENCH_Y)))
    R.over(img, R.coverage(rack), RACK)
    return img[0]


SCENE = _scene()


def _flasks():
    """Per shape, over BOX: the signed distance to the flask's glass, stacked (3, H, W)."""
    x, y = R.grid()
    x, y = x[:, :, BOX[1]], y[:, BOX[0], :]
    u, h = x - FLASK_X, GAUZE_Y - y  # h: height above the gauze
    out = []
    # a round-bottomed flask: a ball on a ring, a long narrow neck
    ball = np.hypot(u, h - 11.0) - 11.0
    out.append(np.minimum(ball, np.maximum(np.abs(u) - 2.4, np.abs(h - 23.0) - 8.0)))
    # a conical flask: sides narrowing from a wide base to the neck
    half = 14.0 - 11.2 * np.clip(h / BODY_H, 0.0, 1.0)
    cone = np.maximum(np.abs(u) - half, np.maximum(-h, h - BODY_H)) * 0.85
    out.append(np.minimum(cone, np.maximum(np.abs(u) - 2.6, np.abs(h - 24.0) - 6.0)))
    # a beaker: straight sides, a flat rim
    out.append(R.edges_sdf(u, h, -9.5, 9.5, 0.0, BODY_H + 2.0))
    return np.concatenate(out)


FLASKS = _flasks()
# the pixel rows' middles over BOX, (1, H, 1)
BOX_Y = np.arange(BOX[0].start, BOX[0].stop, dtype=np.float32)[None, :, None] + 0.5


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    box = img[:, :, BOX[0], BOX[1]]
    bx, by = x[:, :, BOX[1]], BOX_Y
    # the flame: a blue cone, a paler inner cone, above the burner
    tall = R.col(1.5 + 14.5 * f[:, 3])
    width = R.col(2.0 + 4.0 * f[:, 3])
    t = (BURNER_TOP - by) / tall  # 0 at the burner, 1 at the flame's tip
    flame = np.maximum(np.abs(bx - FLASK_X) - width * np.sqrt(np.clip(1.0 - t, 0.0, 1.0)), -t * tall)
    R.over(box, R.coverage(flame), FLAME_OUT)
    inner = np.maximum(np.abs(bx - FLASK_X) - 0.5 * width * np.clip(1.0 - 1.6 * t, 0.0, 1.0), -t * tall)
    R.over(box, R.coverage(inner + 0.3), FLAME_IN)
    # the gauze glows red where a tall flame reaches it
    heat = np.clip((R.col(f[:, 3]) - 0.4) * 2.0, 0.0, 1.0) * np.exp(-((bx - FLASK_X) / (4.0 + width)) ** 2)
    R.over(box, heat * R.coverage(np.abs(by - GAUZE_Y - 0.7) - 0.7), RED_HOT)
    # the flask: glass, the liquid up to its level, the glass's edge
    sdf = FLASKS[f[:, 0].astype(int)]
    R.over(box, 0.7 * R.coverage(sdf), GLASS)
    level = GAUZE_Y - R.col(BODY_H * (0.12 + 0.78 * f[:, 2]))
    liquid = np.maximum(sdf + 1.0, level - by)
    R.over(box, R.coverage(liquid), R.hsv(f[:, 1], 0.8, 0.85))
    R.over(box, R.coverage(np.abs(sdf) - 0.55), GLASS_EDGE)
    return R.to_uint8(img)


def render(flask_shape: float, liquid_hue: float, fill: float, flame: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[flask_shape, liquid_hue, fill, flame]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("laboratory", arg, n, seed, FACTORS, sample_factors, _draw)
