"""`ploughman`: a ploughman and his horse ploughing a field under a wide sky, crows wheeling
overhead, seen from the side (64x64 RGB).

The sky fills the top two fifths of the image; a dark hedge with two round trees runs along the
horizon, and the sun stands in the sky on the right. Below the hedge the field slopes towards
the viewer: the part not yet ploughed is pale stubble, the ploughed part is dark brown earth in
furrows that run across the image, growing wider apart towards the viewer. The ploughed earth
reaches from the near edge of the field to the furrow being turned now, where the team walks to
the right: a heavy horse in a dark collar, the traces running back to a plough whose share cuts
the furrow, and the ploughman in a brown coat and cap holding its handles. Black crows fly
across the top of the sky. Factors: how much of the field has been ploughed (from a strip at the
near edge to well up towards the hedge; the team walks along the newest furrow), the colour of
the horse's coat (chestnut, grey or black), how many crows fly over the field (1 to 3) and how
high the sun stands (low over the hedge in a golden sky, to high in a blue one). The hedge, the
trees, the horse's place along the furrow and the crows' places stay fixed; the team always lies
inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("ploughed", "how much of the field has been ploughed (near edge to the hedge)", "continuous"),
    Factor("horse_coat", "colour of the plough horse's coat (chestnut, grey or black)", "categorical",
           ("chestnut", "grey", "black")),
    Factor("crows", "how many crows fly over the field (1 to 3)", "categorical", ("1", "2", "3")),
    Factor("sun_height", "how high the sun stands in the sky (low and golden to high)", "continuous"),
)
# ploughed: 0..1 moves the newest furrow, where the team's feet are, from y = 59 to 35 px (the
# hedge is at y = 25 px); horse_coat: a code 0..2 for the coats of COATS; crows: a code 0..2 for
# 1..3 crows, at CROWS in that order; sun_height: 0..1 raises the sun's middle from y = 22 to
# 7 px (at x = 55 px) and turns the sky from golden to blue
RANGES = ((0.0, 1.0), (0.0, 2.0), (0.0, 2.0), (0.0, 1.0))
COATS = ((0.74, 0.38, 0.15), (0.78, 0.78, 0.76), (0.12, 0.1, 0.1))
LOW_TOP, LOW_BOTTOM = np.array((0.56, 0.56, 0.72)), np.array((0.98, 0.72, 0.42))
HIGH_TOP, HIGH_BOTTOM = np.array((0.44, 0.64, 0.93)), np.array((0.74, 0.86, 0.97))
LOW_SUN, HIGH_SUN = np.array((1.0, 0.62, 0.28)), np.array((1.0, 0.97, 0.78))
HEDGE, TREE, STUBBLE, STUBBLE_DARK = (0.16, 0.3, 0.14), (0.12, 0.26, 0.12), (0.8, 0.74, 0.48), (0.68, 0.62, 0.38)
EARTH, FURROW = (0.42, 0.28, 0.17), (0.26, 0.17, 0.1)
HARNESS, WOOD, IRON = (0.2, 0.12, 0.08), (0.48, 0.34, 0.2), (0.3, 0.3, 0.32)
COAT, CAP, SKIN, CROW = (0.45, 0.3, 0.18), (0.22, 0.2, 0.18), (0.88, 0.7, 0.56), (0.06, 0.06, 0.08)
HORIZON, SUN_X, SUN_R, HORSE_X = 25.0, 55.0, 4.5, 34.0
CROWS = ((12.0, 5.5), (27.0, 10.0), (42.0, 5.5))


def _furrows():
    """The ploughed earth's texture: furrows across the image, wider apart towards the viewer
    (0 on a ridge, 1 in a furrow)."""
    _, y = R.grid()
    phase = 16.0 * np.log(np.maximum(y - HORIZON + 4.0, 1.0))
    return (0.5 + 0.5 * np.cos(np.pi * phase))[0].astype(np.float32)


def _scene():
    """Coverages of the fixed parts in front of the sky: the stubble field and its hatching, the
    trees and the hedge."""
    x, y = R.grid()
    field = R.below(HORIZON + 1.0, 1)[0]
    hatch = field * R.coverage(np.abs((x + 0.4 * y) % 3.0 - 1.5) - 0.5)[0] * 0.6
    hedge = np.maximum(HORIZON - 2.5 + 1.2 * np.sin(x * 0.9) + 0.8 * np.sin(x * 2.3) - y, y - HORIZON - 1.5)
    trees = np.minimum(np.hypot(x - 6.0, y - 17.5) - 5.5, np.hypot(x - 36.0, y - 19.5) - 4.0)
    trunks = np.minimum(R.edges_sdf(x, y, 5.2, 6.8, 17.0, 25.0), R.edges_sdf(x, y, 35.3, 36.7, 19.0, 25.0))
    trees = np.minimum(trees, trunks)
    return field, hatch, R.coverage(np.minimum(hedge, trees))[0], R.coverage(np.maximum(hedge, HORIZON - 0.5 - y))[0]


FIELD, HATCH, TREES, HEDGE_TOP = _scene()
FURROWS = _furrows()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    sun = R.col(f[:, 3])
    # the sky, golden with the sun low, blue with it high; the sun behind the hedge
    h = f[:, 3].reshape(n, 1, 1, 1).astype(np.float32)
    t = np.clip(y / (HORIZON + 1.0), 0.0, 1.0)[None]  # (1, 1, H, 1)
    top = LOW_TOP[None, :, None, None] + (HIGH_TOP - LOW_TOP)[None, :, None, None] * h
    bottom = LOW_BOTTOM[None, :, None, None] + (HIGH_BOTTOM - LOW_BOTTOM)[None, :, None, None] * h
    img = np.ascontiguousarray(np.broadcast_to(top + (bottom - top) * t, (n, 3, R.SIZE, R.SIZE)), np.float32)
    sy = 22.0 - 15.0 * sun
    disc = np.hypot(x - SUN_X, y - sy) - SUN_R
    R.over(img, 0.35 * np.exp(-np.maximum(disc, 0.0) / 4.0), LOW_SUN + (HIGH_SUN - LOW_SUN) * f[:, 3:4])
    R.over(img, R.coverage(disc), LOW_SUN + (HIGH_SUN - LOW_SUN) * f[:, 3:4])
    # the crows
    count = f[:, 2].astype(int)
    for i, (cx, cy) in enumerate(CROWS):
        on = (count >= i).astype(np.float32)[:, None, None]
        wings = np.minimum(R.segment_sdf(x, y, cx - 9.0, cy - 3.0, cx - 2.0, cy + 0.5),
                           R.segment_sdf(x, y, cx + 2.0, cy + 0.5, cx + 9.0, cy - 3.0)) - 1.7
        body = R.ellipse_sdf(x - cx, y - cy - 0.8, 4.2, 2.2)
        R.over(img, on * R.coverage(np.minimum(wings, body)), CROW)
    # the field and hedge, then the ploughed earth from the near edge up to the newest furrow
    for cover, colour in ((FIELD, STUBBLE), (HATCH, STUBBLE_DARK), (TREES, TREE), (HEDGE_TOP, HEDGE)):
        R.over(img, np.broadcast_to(cover, (n, R.SIZE, R.SIZE)), colour)
    feet = R.col(59.0 - 24.0 * f[:, 0])
    ploughed = R.coverage(feet - 0.5 - y)
    R.over(img, ploughed, EARTH)
    R.over(img, ploughed * (0.8 * FURROWS), FURROW)
    # the team along the newest furrow: the ploughman, the plough, the traces, the horse
    px = HORSE_X - 20.0
    man = np.minimum(R.segment_sdf(x, y, px - 2.0, feet - 5.0, px - 3.0, feet) - 1.0,
                     R.segment_sdf(x, y, px, feet - 5.0, px + 1.0, feet) - 1.0)
    R.over(img, R.coverage(man), CAP)
    R.over(img, R.coverage(R.edges_sdf(x, y, px - 3.5, px + 2.0, feet - 13.0, feet - 5.0)), COAT)
    R.over(img, R.coverage(np.hypot(x - (px - 0.5), y - (feet - 15.0)) - 2.2), SKIN)
    cap = np.maximum(R.ellipse_sdf(x - (px - 0.5), y - (feet - 16.0), 2.6, 1.8), y - feet + 16.0)
    R.over(img, R.coverage(cap), CAP)
    plough = np.minimum(R.segment_sdf(x, y, px + 1.5, feet - 10.0, px + 7.0, feet - 1.5) - 0.7,
                        R.segment_sdf(x, y, px + 5.0, feet - 2.0, px + 10.0, feet - 2.0) - 0.8)
    R.over(img, R.coverage(plough), WOOD)
    R.over(img, R.coverage(R.segment_sdf(x, y, px + 8.0, feet - 1.0, px + 11.0, feet + 0.5) - 0.9), IRON)
    R.over(img, R.coverage(R.segment_sdf(x, y, px + 9.5, feet - 2.0, HORSE_X - 4.0, feet - 10.0) - 0.45), HARNESS)
    coat = np.asarray(COATS, np.float32)[f[:, 1].astype(int)]
    mane = coat * 0.55
    hx = HORSE_X
    legs = R.segment_sdf(x, y, hx - 5.0, feet - 10.0, hx - 6.0, feet - 0.6)
    for ax, bx in ((hx - 3.0, hx - 2.0), (hx + 4.0, hx + 5.0), (hx + 6.0, hx + 6.5)):
        legs = np.minimum(legs, R.segment_sdf(x, y, ax, feet - 10.0, bx, feet - 0.6))
    body = R.ellipse_sdf(x - hx, y - (feet - 12.0), 8.5, 4.6)
    neck = R.segment_sdf(x, y, hx + 6.0, feet - 13.0, hx + 10.0, feet - 20.0) - 2.6
    head = R.segment_sdf(x, y, hx + 10.0, feet - 20.5, hx + 14.5, feet - 16.5) - 1.7
    tail = R.segment_sdf(x, y, hx - 8.0, feet - 14.0, hx - 10.5, feet - 7.0) - 1.0
    R.over(img, R.coverage(np.minimum(np.minimum(legs - 1.2, tail), np.minimum(body, np.minimum(neck, head)))), coat)
    crest = R.segment_sdf(x, y, hx + 5.5, feet - 15.5, hx + 9.0, feet - 21.5) - 1.0
    R.over(img, R.coverage(np.minimum(tail, crest)), mane)
    R.over(img, R.coverage(np.maximum(legs - 1.3, feet - 2.0 - y)), (0.9, 0.88, 0.82))  # white feathers at the hooves
    R.over(img, R.coverage(np.abs(R.ellipse_sdf(x - (hx + 7.5), y - (feet - 15.0), 2.2, 3.6)) - 0.8), HARNESS)
    R.over(img, R.coverage(np.hypot(x - (hx + 11.5), y - (feet - 19.5)) - 0.6), (0.05, 0.04, 0.04))
    return R.to_uint8(img)


def render(ploughed: float, horse_coat: float, crows: float, sun_height: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[ploughed, horse_coat, crows, sun_height]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("ploughman", arg, n, seed, FACTORS, sample_factors, _draw)
