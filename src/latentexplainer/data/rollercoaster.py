"""`rollercoaster`: a roller coaster at a fairground, a train of cars running along a track
that climbs over one big hill, seen from the side (64x64 RGB).

The track is a single thick rail that runs level across the image a little above the grass
and rises in the middle into a smooth, bell-shaped hill; thin upright supports of the same
paint, a little darker, stand under it every 8 px, from the rail down to the grass. A train
of three yellow cars, each with a rider's dark head showing above it, sits on the rail,
every car tilted with the track beneath it. Behind is a blue sky, lighter towards the grass,
where a few fixed clouds gather. Factors: how far along the track the train has run (left to
right; the cars ride up and down with the rail), how high the hill rises (low to high), the
paint of the track and its supports (red, white or blue) and how cloudy the sky is (clear
blue to a grey, overcast sky). The grass, the clouds' places and shapes, the cars' size and
colour and the hill's place stay fixed; the train always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("train_x", "how far along the track the train has run (left to right)", "continuous"),
    Factor("hill_height", "height of the big hill in the track (low to high)", "continuous"),
    Factor("track_paint", "paint of the track and its supports (red, white or blue)", "categorical",
           ("red", "white", "blue")),
    Factor("clouds", "how cloudy the sky is (clear to overcast)", "continuous"),
)
# train_x: 0..1 puts the lead car's middle at x = 26..58 px (the other two cars follow 9 and
# 18 px behind it); hill_height: 0..1 lifts the hill's top (at x = 36 px, a Gaussian bump of
# width 10 px) 10..34 px above the level track at y = 48 px; track_paint: codes 0..2 as named;
# clouds: 0..1 turns the clouds from invisible to fully opaque and greys the sky (0 to 0.6 of
# the way to grey). The rail's centre line is y(x) = 48 - height * exp(-((x - 36) / 10)^2) px,
# its half-thickness 1.3 px; the supports stand at x = 4, 12, .., 60 px, 1.6 px wide
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 2.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM, GREY = np.array((0.42, 0.64, 0.94)), np.array((0.76, 0.86, 0.97)), (0.52, 0.54, 0.58)
CLOUD, GRASS = (0.9, 0.91, 0.93), (0.32, 0.6, 0.26)
PAINTS = np.array(((0.86, 0.12, 0.12), (0.95, 0.95, 0.95), (0.14, 0.28, 0.86)), np.float32)
CAR, HEAD, WHEELS = (0.98, 0.82, 0.1), (0.16, 0.12, 0.1), (0.2, 0.2, 0.22)
GROUND_Y, LEVEL_Y, HILL_X, HILL_W, RAIL_HW = 58.0, 48.0, 36.0, 10.0, 1.3
POSTS = tuple(4.0 + 8.0 * k for k in range(8))
CAR_HW, CAR_HH, CAR_LIFT, CAR_GAP = 3.8, 2.6, 4.3, 9.0  # the car body over the rail
CLOUDS = ((12.0, 10.0, 9.0, 3.5), (18.0, 7.5, 5.0, 3.0), (44.0, 14.0, 10.0, 3.2), (52.0, 11.0, 5.5, 3.2),
          (30.0, 4.0, 7.0, 2.5))  # x, y, half-width, half-height

SKY = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, GROUND_Y)


def _clouds() -> np.ndarray:
    x, y = R.grid()
    d = np.min([R.ellipse_sdf(x - cx, y - cy, rx, ry) for cx, cy, rx, ry in CLOUDS], axis=0)
    return R.coverage(d)[0]


CLOUD_COVER = _clouds()


def _rail(x, height):
    """The rail's centre line and its slope at x."""
    bump = np.exp(-((x - HILL_X) / HILL_W) ** 2)
    return LEVEL_Y - height * bump, height * bump * 2 * (x - HILL_X) / HILL_W ** 2


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SKY
    cloudy = R.col(f[:, 3])
    R.over(img, 0.6 * cloudy * np.ones((1, R.SIZE, R.SIZE), np.float32), GREY)
    R.over(img, cloudy * CLOUD_COVER, CLOUD)
    R.over(img, R.below(GROUND_Y, n), GRASS)
    # the supports, then the rail, in the track's paint
    height = R.col(10 + 24 * f[:, 1])
    paint = PAINTS[f[:, 2].astype(int)]
    posts = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    for px in POSTS:
        top, _ = _rail(np.float32(px), height)
        np.minimum(posts, R.edges_sdf(x, y, px - 0.8, px + 0.8, top, GROUND_Y), out=posts)
    R.over(img, R.coverage(posts), 0.78 * paint)
    centre, slope = _rail(x, height)
    R.over(img, R.coverage(np.abs(y - centre) / np.sqrt(1 + slope ** 2) - RAIL_HW), paint)
    # the train: three cars, each tilted with the rail under its middle
    lead = R.col(26 + 32 * f[:, 0])
    for i in range(3):
        cx = lead - CAR_GAP * i
        cy, s = _rail(cx, height)
        c, sn = 1 / np.sqrt(1 + s ** 2), s / np.sqrt(1 + s ** 2)
        px, py = cx + CAR_LIFT * sn, cy - CAR_LIFT * c  # lifted off the rail along its normal
        u = (x - px) * c + (y - py) * sn
        v = -(x - px) * sn + (y - py) * c
        R.over(img, R.coverage(np.hypot(u, v + CAR_HH + 1.2) - 1.7), HEAD)
        R.over(img, R.coverage(R.box_sdf(u, v, CAR_HW, CAR_HH) - 0.5), CAR)
        R.over(img, R.coverage(np.abs(v - CAR_HH + 0.4) - 0.6) * R.coverage(np.abs(u) - CAR_HW), WHEELS)
    return R.to_uint8(img)


def render(train_x: float, hill_height: float, track_paint: float, clouds: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[train_x, hill_height, track_paint, clouds]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("rollercoaster", arg, n, seed, FACTORS, sample_factors, _draw)
