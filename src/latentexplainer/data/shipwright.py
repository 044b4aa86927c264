"""`shipwright`: a wooden boat being built on a stone hard at the top of a slipway, the tide
lapping at the foot of the slip, seen from the side (64x64 RGB).

A pale sky with two small clouds and a gull fills the top of the image. Along the left a flat
stone hard runs at a fixed height; from its end the slipway slopes down to the bottom right,
and the sea stands on the slope up to the tide line. On the hard a boat's hull rests on timber
blocks, seen from the side: a keel along its bottom, a stem and a sternpost rising at its ends
and a rail along its gunwale. Its near side is covered with painted planks from the keel up to
some height; above them the bare wooden ribs show, with the sky between them. Factors: the size
of the hull (small to large), how far up the ribs the planking reaches (a strake or two above
the keel to the gunwale), the hue of the planks' paint (the whole colour wheel, coming round to
where it began) and how high the tide stands on the slipway (low to high). The sky, the hard,
the slipway and the blocks' places along the hull stay fixed; the whole hull always lies inside
the image and the sea never reaches it.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("hull_size", "size of the boat's hull on the hard (small to large)", "continuous"),
    Factor("planking", "how far up the hull's ribs the planks reach (keel to gunwale)", "continuous"),
    Factor("paint_hue", "hue of the paint on the hull's planks", "cyclic", period=1.0),
    Factor("tide", "how high the tide stands on the slipway (low to high)", "continuous"),
)
# hull_size: 0..1 is a hull 13..21 px in half-length and half as deep, its keel at y = 39 px and
# its middle at x = 23 px; planking: 0..1 planks 25..100 % of the hull's depth up from the keel;
# paint_hue: 0..1 of the colour wheel, a whole turn (0 and 1 are the same red); tide: 0..1
# raises the sea's surface from y = 57 to 45 px on the slope
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.5, 0.68, 0.9)), np.array((0.85, 0.9, 0.95))
CLOUD, GULL = (0.97, 0.97, 0.98), (0.3, 0.3, 0.34)
STONE, STONE_DARK, SLIP = (0.62, 0.6, 0.56), (0.46, 0.44, 0.41), (0.5, 0.4, 0.28)
SEA, SEA_LIGHT = (0.16, 0.38, 0.55), (0.5, 0.7, 0.82)
RIB, KEEL, BLOCK = (0.62, 0.45, 0.26), (0.36, 0.24, 0.13), (0.3, 0.2, 0.12)
HULL_X, KEEL_Y, GROUND_Y, SLIP_X, SLOPE = 23.0, 39.0, 42.0, 34.0, 0.55


def _ground_line(x):
    """The ground's top row at each column: the flat hard, then the slipway sloping down."""
    return GROUND_Y + SLOPE * np.maximum(x - SLIP_X, 0.0)


def _scene():
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, 44.0)[None].copy()
    for cx, cy, rx in ((12.0, 9.0, 7.0), (50.0, 14.0, 9.0)):
        puff = np.minimum(R.ellipse_sdf(x - cx, y - cy, rx, 2.2),
                          R.ellipse_sdf(x - cx + 2.0, y - cy + 1.8, rx * 0.5, 2.0))
        R.over(img, R.coverage(puff), CLOUD)
    gull = np.minimum(R.segment_sdf(x, y, 38.0, 6.0, 40.5, 4.8), R.segment_sdf(x, y, 40.5, 4.8, 43.0, 6.0)) - 0.5
    R.over(img, R.coverage(gull), GULL)
    return img[0]


SCENE = _scene()


def _ground():
    x, y = R.grid()
    ground = R.coverage(_ground_line(x) - y)[None]
    hard = ground * R.coverage(x - SLIP_X - 0.5)
    courses = R.coverage(np.abs(((y - GROUND_Y) % 4.0) - 2.0) - 1.6) * R.coverage(GROUND_Y + 1.0 - y)
    slip_lines = R.coverage(np.abs(((x - SLIP_X) % 5.0) - 2.5) - 2.1)
    return ground, hard, courses[None], slip_lines[None]


GROUND, HARD, COURSES, SLIP_LINES = _ground()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the sea, standing on the slope up to the tide line, then the ground over it
    tide = R.col(57.0 - 12.0 * f[:, 3])
    R.over(img, R.coverage(tide - y), SEA)
    R.over(img, R.coverage(np.abs(y - tide - 0.6) - 0.5), SEA_LIGHT)
    R.over(img, np.broadcast_to(GROUND[0], (n, R.SIZE, R.SIZE)), SLIP)
    R.over(img, np.broadcast_to((GROUND * SLIP_LINES)[0], (n, R.SIZE, R.SIZE)) * 0.5, KEEL)
    R.over(img, np.broadcast_to(HARD[0], (n, R.SIZE, R.SIZE)), STONE)
    R.over(img, np.broadcast_to((HARD * COURSES)[0], (n, R.SIZE, R.SIZE)), STONE_DARK)
    # the hull: half an ellipse under a gently curved gunwale
    rx = R.col(13.0 + 8.0 * f[:, 0])
    ry = 0.5 * rx
    u = (x - HULL_X) / rx  # -1 at the stern, 1 at the bow
    gunwale = KEEL_Y - ry - 1.8 * u ** 2
    body = np.maximum(R.ellipse_sdf(x - HULL_X, y - (KEEL_Y - ry), rx, ry), gunwale - y)
    # the blocks under the keel, at a third of the way from each end
    for side in (-0.55, 0.55):
        bx = HULL_X + side * rx
        foot = KEEL_Y - ry + ry * np.sqrt(1.0 - side ** 2) - 0.5
        R.over(img, R.coverage(np.maximum(np.abs(x - bx) - 1.6, np.maximum(foot - y, y - GROUND_Y))), BLOCK)
    # the bare ribs, with the sky between them
    ribs = np.maximum(body, np.abs(((x - HULL_X) % 3.2) - 1.6) - 0.6)
    R.over(img, R.coverage(ribs), RIB)
    # the planks, from the keel up to the planking's height, with seams between the strakes
    top = KEEL_Y - (0.25 + 0.75 * R.col(f[:, 1])) * (ry + 1.9)
    planked = R.coverage(np.maximum(body, top - y))
    paint = R.hsv(f[:, 2], np.full(n, 0.8), np.full(n, 0.66))[:, :, None, None]
    shade = 1.0 - 0.25 * np.clip((y - (KEEL_Y - ry)) / ry, 0.0, 1.0)  # darker towards the keel
    R.over(img, planked, paint * shade[:, None])
    seams = R.coverage(np.abs(((KEEL_Y - y) % 2.4) - 1.2) - 0.85)
    R.over(img, 0.45 * planked * seams, KEEL)
    # the keel, the stem and sternpost, and the gunwale rail
    keel = np.maximum(body, KEEL_Y - 1.4 - y)
    posts = np.minimum(R.segment_sdf(x, y, HULL_X + rx - 0.6, KEEL_Y - ry - 1.2, HULL_X + rx + 1.2, KEEL_Y - ry - 4.0),
                       R.segment_sdf(x, y, HULL_X - rx + 0.6, KEEL_Y - ry - 1.2, HULL_X - rx - 0.8, KEEL_Y - ry - 3.4))
    rail = np.maximum(np.abs(y - gunwale - 0.3) - 0.8, np.abs(x - HULL_X) - rx)
    R.over(img, R.coverage(np.minimum(np.minimum(keel, posts - 0.9), rail)), KEEL)
    return R.to_uint8(img)


def render(hull_size: float, planking: float, paint_hue: float, tide: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[hull_size, planking, paint_hue, tide]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("shipwright", arg, n, seed, FACTORS, sample_factors, _draw)
