"""`bridge`: a stone arch bridge across a river, mirrored in the water, under a clear sky,
seen from the side (64x64 RGB).

The bridge runs across the whole width of the image: a flat deck with a pale coping along
its top, carried by a stone wall that stands in the river and is pierced by one to four
equal arches, side by side, with piers between them (and half a pier at each edge of the
image); the sky shows through the arches, whose crowns reach up to just below the deck, and
each arch is edged with a ring of darker stones. The river fills the bottom of the image and
mirrors the bridge, arches and all, darker and fainter. The sky is blue, paler towards the
water. Factors: how many arches the bridge has (1 to 4), the height of the deck above the
water (the arches grow taller with it), the thickness of the piers between the arches, and
the colour of the river (muddy brown to clear blue). The water line, the stone's colour, the
deck's thickness and the sky stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

ARCHES = ("1", "2", "3", "4")
FACTORS = (
    Factor("arch_count", "number of arches under the bridge (1 to 4)", "categorical", ARCHES),
    Factor("deck_height", "height of the bridge's deck above the water (low to high)", "continuous"),
    Factor("pier_thickness", "thickness of the stone piers between the arches (thin to thick)", "continuous"),
    Factor("river_colour", "colour of the river's water (muddy brown to clear blue)", "continuous"),
)
# arch_count: codes 0..3 are 1..4 arches, each 64 / count px from pier to pier, the piers'
# middles at x = 0, 64 / count, ..., 64 px; deck_height: 0..1 puts the deck's top at y =
# 30..14 px (the deck 4 px thick, the water line at y = 46 px; each arch a half-ellipse on
# the water line whose crown is 3 px below the deck); pier_thickness: 0..1 is a pier 3..11 px
# thick; river_colour: 0..1 blends the water from muddy brown to clear blue
RANGES = ((0.0, len(ARCHES) - 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_LOW = np.array((0.45, 0.66, 0.93)), np.array((0.84, 0.9, 0.97))
STONE, COPING, VOUSSOIR = (0.68, 0.6, 0.5), (0.86, 0.81, 0.72), (0.46, 0.4, 0.34)
MUDDY, CLEAR = np.array((0.45, 0.36, 0.2)), np.array((0.12, 0.38, 0.68))
WATER_Y, DECK_H, COPING_H, CROWN_GAP, RING = 46.0, 4.0, 1.5, 3.0, 1.8
REFLECTION_ALPHA, REFLECTION_SHADE = 0.4, 0.6
SKY = R.vertical_gradient(SKY_TOP, SKY_LOW, WATER_Y)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SKY
    water = R.below(WATER_Y, n)
    img = R.over(img, water, MUDDY[None] + (CLEAR - MUDDY)[None] * f[:, 3:4])
    yy = np.minimum(y, 2 * WATER_Y - y)  # above the water: the bridge; below it: its mirror image
    span = R.col(64.0 / (f[:, 0] + 1))
    deck = R.col(30 - 16 * f[:, 1])
    pier = R.col(3 + 8 * f[:, 2])
    lx = (x % span) - span / 2  # across the nearest arch, from its middle
    arch = R.ellipse_sdf(lx, yy - WATER_Y, span / 2 - pier / 2, WATER_Y - (deck + DECK_H) - CROWN_GAP)
    wall = np.maximum(deck - yy, -arch)
    ring = np.maximum(wall, arch - RING)
    coping = np.maximum(deck - yy, yy - (deck + COPING_H))
    above, below = 1.0 - water, water
    for alpha, shade in ((above, 1.0), (below * REFLECTION_ALPHA, REFLECTION_SHADE)):
        img = R.over(img, alpha * R.coverage(wall), shade * np.array(STONE))
        img = R.over(img, alpha * R.coverage(ring), shade * np.array(VOUSSOIR))
        img = R.over(img, alpha * R.coverage(coping), shade * np.array(COPING))
    return R.to_uint8(img)


def render(arch_count: float, deck_height: float, pier_thickness: float, river_colour: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8; ``arch_count`` is the code 0..3 for 1..4 arches."""
    return _draw(np.array([[arch_count, deck_height, pier_thickness, river_colour]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("bridge", arg, n, seed, FACTORS, sample_factors, _draw)
