"""`plasterer`: a room being plastered, fresh plaster spread up a bare brick wall from the floor, a
wooden stepladder standing in front of the wall and a steel trowel pressed flat against it, seen
from the front (64x64 RGB).

The wall is of bare red bricks with pale mortar joints, above a band of floorboards along the
bottom of the image. Fresh, smooth plaster covers the wall from the floor up to a slightly wavy
top edge, darker where it is still wet along that edge; a bucket of the same plaster stands on
the floor at the right. High on the right a plasterer's trowel lies flat against the wall: a
steel blade with a dark outline and a wooden grip along its middle. In front of the wall a
wooden stepladder stands on the floor, its two legs splayed apart and joined by rungs. Factors:
how far up the wall the plaster reaches (from a strip above the floor to near the top), the slant
of the trowel (its right end down, level, its right end up), the plaster's colour (white, pink
or grey; the plaster on the wall and in the bucket alike) and where the stepladder stands along
the wall (left to right). The bricks, the floor, the bucket, the trowel's place and the ladder's
size stay fixed; the whole ladder always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("plaster_height", "how far up the wall the fresh plaster reaches (low to high)", "continuous"),
    Factor("trowel_slant", "slant of the trowel on the wall (right end down, level, right end up)", "continuous"),
    Factor("plaster", "colour of the plaster (white, pink or grey)", "categorical", ("white", "pink", "grey")),
    Factor("ladder_x", "horizontal position of the stepladder (left to right)", "continuous"),
)
# plaster_height: 0..1 puts the plaster's top edge at y = 50..12 px (the floor is at y = 56 px);
# trowel_slant: -0.8..0.8 radians of the blade from level (positive: its right end up), turning
# about its middle at (47, 15) px; plaster: a code 0..2 for the colours of PLASTERS; ladder_x:
# 0..1 puts the ladder's top at x = 10..36 px (its feet 8 px to each side)
RANGES = ((0.0, 1.0), (-0.8, 0.8), (0.0, 2.0), (0.0, 1.0))
BRICK, MORTAR, FLOOR, FLOOR_LINE = (0.62, 0.32, 0.22), (0.76, 0.7, 0.62), (0.44, 0.31, 0.2), (0.3, 0.2, 0.12)
PLASTERS = np.array(((0.93, 0.92, 0.88), (0.9, 0.64, 0.58), (0.56, 0.57, 0.6)), np.float32)
STEEL, STEEL_EDGE, GRIP = (0.8, 0.82, 0.86), (0.2, 0.21, 0.24), (0.36, 0.22, 0.12)
LADDER, LADDER_DARK = (0.86, 0.7, 0.42), (0.52, 0.38, 0.2)
BUCKET, BUCKET_RIM = (0.3, 0.32, 0.36), (0.18, 0.19, 0.22)
FLOOR_Y = 56.0
TROWEL_X, TROWEL_Y, BLADE_HL, BLADE_HW = 47.0, 15.0, 9.0, 3.6
LADDER_TOP, LADDER_SPLAY = 24.0, 8.0
RUNGS = (32.0, 40.0, 48.0)
BUCKET_X, BUCKET_TOP = 57.0, 45.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, BRICK)
    course = np.floor(y / 4.0)
    joints = np.minimum(np.abs((y % 4.0) - 0.4), np.abs(((x + course * 4.0) % 8.0) - 0.4))
    R.over(img, R.coverage(joints - 0.5), MORTAR)
    img *= (1.0 + 0.06 * np.sin(3.1 * course + 1.7 * np.floor((x + course * 4.0) / 8.0)))[:, None]
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    R.over(img, R.coverage(np.maximum(np.abs((x % 11.0) - 5.5) - 5.0, FLOOR_Y + 0.5 - y)), FLOOR_LINE)
    return img[0]


SCENE = _scene()


def _fixed():
    """The plaster's trowel marks (a light shading) and the bucket's parts."""
    x, y = R.grid()
    marks = 1.0 - 0.035 * np.sin(0.45 * x + 0.8 * np.sin(0.3 * y)) * np.sin(0.35 * y + 0.2 * x)
    bucket = R.coverage(np.maximum(np.abs(x - BUCKET_X) - (4.5 + 0.15 * (y - BUCKET_TOP)),
                                   np.maximum(BUCKET_TOP - y, y - FLOOR_Y - 1.0)))
    rim = R.coverage(R.ellipse_sdf(x - BUCKET_X, y - BUCKET_TOP, 4.7, 1.5))
    inside = R.coverage(R.ellipse_sdf(x - BUCKET_X, y - BUCKET_TOP, 3.7, 0.9))
    return marks, bucket, rim, inside


MARKS, BUCKET_COVER, RIM_COVER, INSIDE_COVER = _fixed()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    plaster = PLASTERS[f[:, 2].astype(int)]
    # the plaster: from the floor up to a wavy top edge, wet (darker) along that edge
    top = R.col(50.0 - 38.0 * f[:, 0]) + 1.0 * np.sin(0.5 * x)
    cover = R.coverage(np.maximum(top - y, y - FLOOR_Y))
    R.over(img, cover, plaster[:, :, None, None] * MARKS[None])
    R.over(img, 0.5 * cover * R.coverage(y - top - 2.5), plaster * 0.8)
    # the bucket of plaster
    R.over(img, BUCKET_COVER, BUCKET)
    R.over(img, RIM_COVER, BUCKET_RIM)
    R.over(img, INSIDE_COVER, plaster)
    # the trowel, high on the wall: blade coordinates u along it, v across it
    a = R.col(f[:, 1])
    dx, dy = x - TROWEL_X, y - TROWEL_Y
    u = dx * np.cos(a) - dy * np.sin(a)
    v = dx * np.sin(a) + dy * np.cos(a)
    blade = R.box_sdf(u, v, BLADE_HL - 1.0, BLADE_HW - 1.0) - 1.0
    R.over(img, R.coverage(blade), STEEL_EDGE)
    R.over(img, R.coverage(blade + 0.9), STEEL)
    R.over(img, R.coverage(R.ellipse_sdf(u, v, 6.0, 1.6)), GRIP)
    # the stepladder: two splayed legs, rungs between them, a cap at the top
    cx = R.col(10.0 + 26.0 * f[:, 3])
    legs = np.minimum(R.segment_sdf(x, y, cx, LADDER_TOP, cx - LADDER_SPLAY, FLOOR_Y + 1.0),
                      R.segment_sdf(x, y, cx, LADDER_TOP, cx + LADDER_SPLAY, FLOOR_Y + 1.0)) - 1.2
    half = LADDER_SPLAY * (y - LADDER_TOP) / (FLOOR_Y + 1.0 - LADDER_TOP)  # the legs' spread at row y
    rungs = np.maximum(np.min([np.abs(y - r) for r in RUNGS], 0) - 0.9, np.abs(x - cx) - half)
    R.over(img, R.coverage(np.minimum(rungs, legs + 0.4)), LADDER_DARK)
    R.over(img, R.coverage(legs + 0.4), LADDER)
    cap = R.box_sdf(x - cx, y - (LADDER_TOP - 0.5), 2.5, 1.6)
    return R.to_uint8(R.over(img, R.coverage(cap), LADDER_DARK))


def render(plaster_height: float, trowel_slant: float, plaster: float, ladder_x: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[plaster_height, trowel_slant, plaster, ladder_x]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("plasterer", arg, n, seed, FACTORS, sample_factors, _draw)
