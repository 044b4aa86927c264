"""`campsite`: a ridge tent pitched on a grassy clearing with a campfire in front of a line of
pine trees, seen from the side (64x64 RGB).

The tent is a tall triangle of coloured canvas standing on the grass, with a dark triangular
doorway in the middle of its front and a short pole tip sticking out of its apex. Near the left
edge of the image, in front of everything, a campfire burns on two crossed logs: an orange
flame with a yellow core, and around it a warm glow that lights the air and the grass. Behind,
dark pine trees stand along the edge of the clearing under the sky; by night the sky is a deep
blue with stars and a pale moon, by day a light blue without them, and the grass, the trees and
the tent are lit to match. Factors: the time of day (night to full daylight), where the tent
stands (left to right), the size of the campfire's flames (glowing embers to a tall blaze) and
the hue of the tent's canvas (a whole turn of the colour wheel, so that it comes back to where
it began). The logs, the trees, the stars' and the moon's places and the tent's size stay fixed;
the whole tent always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("daylight", "time of day at the campsite (night to full daylight)", "continuous"),
    Factor("tent_x", "horizontal position of the tent (left to right)", "continuous"),
    Factor("fire_size", "size of the campfire's flames (glowing embers to a tall blaze)", "continuous"),
    Factor("tent_hue", "hue of the tent's canvas (a whole turn of the colour wheel)", "cyclic", period=1.0),
)
# daylight: 0..1 blends the sky from night to day and lights the scene from 0.4 to 1 of its
# full brightness (the stars and the moon fade out as it rises); tent_x: 0..1 puts the tent's
# apex at x = 26..48 px; fire_size: 0..1 is a flame 3..19 px tall and 2..6.5 px in half-width,
# its glow's radius and opacity growing with it; tent_hue: 0..1 of the colour wheel (cyclic)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
NIGHT_TOP, NIGHT_BOTTOM = np.array((0.03, 0.05, 0.2)), np.array((0.14, 0.18, 0.38))
DAY_TOP, DAY_BOTTOM = np.array((0.36, 0.6, 0.92)), np.array((0.74, 0.86, 0.97))
GRASS, PINE, DOOR, POLE = (0.34, 0.58, 0.22), (0.08, 0.3, 0.16), (0.07, 0.05, 0.04), (0.35, 0.3, 0.25)
LOG, FLAME, CORE, GLOW = (0.38, 0.22, 0.1), (1.0, 0.5, 0.08), (1.0, 0.9, 0.45), (1.0, 0.62, 0.25)
STAR, MOON = (1.0, 1.0, 0.9), (0.95, 0.95, 0.85)
GROUND_Y, TENT_BASE, TENT_H, TENT_HW, DOOR_HW = 40.0, 53.0, 22.0, 13.0, 4.0
FIRE_X, FIRE_BASE = 9.0, 57.0
STARS = ((6.5, 5.5), (17.5, 12.5), (26.5, 4.5), (37.5, 9.5), (44.5, 3.5), (58.5, 16.5), (30.5, 17.5), (12.5, 22.5))
MOON_XY, MOON_R = (52.0, 8.0), 4.0


def _layers() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The fixed scene by night and by day (unlit: 1), the stars and the moon's coverage."""
    x, y = R.grid()
    night = R.vertical_gradient(NIGHT_TOP, NIGHT_BOTTOM, GROUND_Y)[None].copy()
    day = R.vertical_gradient(DAY_TOP, DAY_BOTTOM, GROUND_Y)[None].copy()
    # the pines along the edge of the clearing: a row of triangles of varying height
    tx = np.round(x / 7.0) * 7.0
    height = 8.0 + 5.0 * np.abs(np.sin(tx * 1.7))
    pines = np.maximum(np.abs(x - tx) * 2.2 - (y - (GROUND_Y - height)), y - GROUND_Y - 1)
    for img in (night, day):
        R.over(img, R.coverage(pines / 2.4), PINE)
        R.over(img, R.below(GROUND_Y, 1), GRASS)
    sky = (1.0 - R.below(GROUND_Y, 1)[0]) * (1.0 - R.coverage(pines / 2.4)[0])
    stars = np.zeros((R.SIZE, R.SIZE), np.float32)
    for sx, sy in STARS:
        stars = np.maximum(stars, R.coverage(np.hypot(x - sx, y - sy)[0] - 0.7))
    moon = R.coverage(np.hypot(x - MOON_XY[0], y - MOON_XY[1])[0] - MOON_R)
    moon *= 1 - R.coverage(MOON_R - 0.6 - np.hypot(x - MOON_XY[0] + 2.2, y - MOON_XY[1] + 1.2)[0])  # a crescent
    return night[0], day[0], stars * sky, moon * sky


NIGHT, DAY, STARS_COVER, MOON_COVER = _layers()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    d = R.col(f[:, 0])
    light = 0.4 + 0.6 * d  # how brightly the daylight lights what stands in it
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = NIGHT
    img += (DAY - NIGHT)[None] * d[:, None]
    img *= (1.0 - R.below(GROUND_Y, n) * (1.0 - light))[:, None]  # the grass is darker by night
    img = R.over(img, STARS_COVER * (1 - d), STAR)
    img = R.over(img, MOON_COVER * (1 - d), MOON)
    # the tent: a triangle of canvas with a dark doorway and the pole's tip at its apex
    cx = R.col(26.0 + 22.0 * f[:, 1])
    apex = TENT_BASE - TENT_H
    slope = TENT_HW / TENT_H
    side = (np.abs(x - cx) - slope * (y - apex)) / np.hypot(1.0, slope)
    tent = np.maximum(side, y - TENT_BASE)
    canvas = R.hsv(f[:, 3], 0.7, 0.85) * light[:, 0]
    img = R.over(img, R.coverage(tent), canvas)
    seam = np.maximum(np.abs(x - cx) - 0.4, np.maximum(apex + 4 - y, y - TENT_BASE + 14))
    img = R.over(img, 0.4 * R.coverage(seam), canvas * 0.55)
    door_top = TENT_BASE - 14.0
    door = np.maximum((np.abs(x - cx) - DOOR_HW / 14.0 * (y - door_top)) / np.hypot(1.0, DOOR_HW / 14.0),
                      np.maximum(y - TENT_BASE, door_top - y))
    img = R.over(img, R.coverage(door), DOOR)
    pole = np.maximum(np.abs(x - cx) - 0.6, np.maximum(apex - 3.0 - y, y - apex))
    img = R.over(img, R.coverage(pole), POLE)
    # the campfire: its glow, two crossed logs and the flame with its core
    s = R.col(f[:, 2])
    h, w = 3.0 + 16.0 * s, 2.0 + 4.5 * s
    sigma = 3.0 + 9.0 * s
    glow = np.exp(-((x - FIRE_X) ** 2 + (y - FIRE_BASE + h / 3) ** 2) / (2 * sigma ** 2))
    img = R.over(img, (0.15 + 0.5 * s) * glow, GLOW)
    logs = np.minimum(R.segment_sdf(x, y, FIRE_X - 6.5, FIRE_BASE + 3.0, FIRE_X + 6.0, FIRE_BASE - 0.5),
                      R.segment_sdf(x, y, FIRE_X - 6.0, FIRE_BASE - 0.5, FIRE_X + 6.5, FIRE_BASE + 3.0)) - 1.4
    img = R.over(img, R.coverage(logs), LOG)

    def flame(height, half_width):
        t = np.clip((y - (FIRE_BASE - height)) / height, 0.0, 1.0)  # 0 at the tip, 1 at the base
        width = half_width * np.sqrt(t) * np.clip((1.0 - t) * 4.0, 0.0, 1.0)
        return np.maximum(np.abs(x - FIRE_X) - width, np.maximum(FIRE_BASE - height - y, y - FIRE_BASE))

    img = R.over(img, R.coverage(flame(h, w)), FLAME)
    return R.to_uint8(R.over(img, R.coverage(flame(0.6 * h, 0.5 * w)), CORE))


def render(daylight: float, tent_x: float, fire_size: float, tent_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[daylight, tent_x, fire_size, tent_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("campsite", arg, n, seed, FACTORS, sample_factors, _draw)
