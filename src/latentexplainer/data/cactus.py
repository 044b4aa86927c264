"""`cactus`: a saguaro cactus standing alone in a sandy desert under an open sky, seen from
the side (64x64 RGB).

The cactus is a tall green column with a rounded top, rising from the sand that fills the
bottom of the image; it may have no arms, one arm (on its right) or two arms (one each side).
An arm leaves the trunk a little below the middle of its height, runs out sideways and then
turns straight up, like an elbow; the arms are as thick as the trunk. The sky is one flat
colour, the sand a pale yellow-brown band along the bottom. Factors: the cactus's horizontal
position, its height (the arms sit higher on a taller cactus), how many arms it has (none,
one or two) and the colour of the sky (orange at dusk to blue by day). The cactus's
thickness and colour, the arms' reach and the sand stay fixed; the whole cactus always lies
inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

ARMS = ("none", "one", "two")
FACTORS = (
    Factor("cactus_x", "horizontal position of the cactus (left to right)", "continuous"),
    Factor("cactus_height", "height of the cactus (short to tall)", "continuous"),
    Factor("arms", "number of arms on the cactus (none, one on the right, or two)", "categorical", ARMS),
    Factor("sky_colour", "colour of the sky (orange at dusk to blue by day)", "continuous"),
)
# cactus_x: 0..1 puts the trunk's axis at x = 17..47 px; cactus_height: 0..1 is a trunk
# rising 14..44 px above the sand (the ground line at y = 50 px); arms: codes 0..2 (none, a
# right arm, both arms) - an arm leaves the trunk at 0.45 of its height, reaches 12 px out and
# rises 0.3 of the height plus 3 px; sky_colour: 0..1 mixes the sky from dusk orange to day blue
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, len(ARMS) - 1.0), (0.0, 1.0))
DUSK, DAY = np.array((0.95, 0.58, 0.32)), np.array((0.42, 0.66, 0.95))
SAND, GREEN = (0.88, 0.75, 0.5), (0.2, 0.52, 0.24)
GROUND_Y = 50.0
HW = 4.5  # half-thickness of the trunk and the arms
REACH = 12.0


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    sky = DUSK[None] + (DAY - DUSK)[None] * f[:, 3:4]
    img = R.canvas(n, sky)
    img = R.over(img, R.below(GROUND_Y, n), SAND)
    cx, h = R.col(17 + 30 * f[:, 0]), R.col(14 + 30 * f[:, 1])
    trunk = R.segment_sdf(x, y, cx, GROUND_Y + 4, cx, GROUND_Y - h + HW) - HW
    ya = GROUND_Y - 0.45 * h  # where the arms leave the trunk
    top = ya - 0.3 * h - 3.0  # the arms' tops (their axis' end)
    arms = f[:, 2].astype(int)
    right = np.minimum(R.segment_sdf(x, y, cx, ya, cx + REACH, ya), R.segment_sdf(x, y, cx + REACH, ya, cx + REACH, top)) - HW
    left = np.minimum(R.segment_sdf(x, y, cx, ya, cx - REACH, ya), R.segment_sdf(x, y, cx - REACH, ya, cx - REACH, top)) - HW
    body = np.minimum(trunk, np.where(R.col(arms >= 1), right, np.inf))
    body = np.minimum(body, np.where(R.col(arms >= 2), left, np.inf))
    body = np.maximum(body, y - (GROUND_Y + 1.0))  # it stands in the sand
    return R.to_uint8(R.over(img, R.coverage(body), GREEN))


def render(cactus_x: float, cactus_height: float, arms: float, sky_colour: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8; ``arms`` is the category code (0 none, 1 one, 2 two)."""
    return _draw(np.array([[cactus_x, cactus_height, arms, sky_colour]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("cactus", arg, n, seed, FACTORS, sample_factors, _draw)
