"""`porter`: a railway station platform, a porter's luggage trolley loaded with two trunks, a
semaphore signal beyond the platform and a locomotive letting off steam, seen from the front
(64x64 RGB).

An overcast grey-blue sky lies over the station; a dark green canopy with a fringed valance
runs across the top left. Along the bottom runs the grey stone platform with a white edge line.
At the left edge, behind the platform, stands the dark green front of a locomotive with a black
chimney, and a cloud of white steam billows up from the chimney. At the right a tall signal post
carries a red semaphore arm with a white stripe. On the platform stands a porter's trolley: a
flat wooden bed on two small wheels with a long handle, carrying a big trunk with a smaller trunk
on top, both of the same painted colour with dark straps. Factors: where the trolley stands
along the platform (left to right), the hue of the trunks' paint (the whole colour wheel,
coming round to where it began), how far the signal's arm is raised (from level to 45 degrees
up) and how big the cloud of steam is (a wisp to a big billowing cloud). The sky, the canopy,
the locomotive and the platform stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("trolley_x", "where the luggage trolley stands along the platform (left to right)", "continuous"),
    Factor("trunk_hue", "hue of the trunks' paint", "cyclic", period=1.0),
    Factor("signal_arm", "how far the signal's arm is raised (level to 45 degrees up)", "continuous"),
    Factor("steam", "how big the locomotive's cloud of steam is (a wisp to a big cloud)", "continuous"),
)
# trolley_x: 0..1 puts the trolley's middle at x = 16..44 px; trunk_hue: 0..1 of the colour
# wheel, a whole turn (0 and 1 are the same red); signal_arm: 0..1 turns the arm 0..45 degrees up
# about its pivot at (SIG_X, SIG_Y); steam: 0..1 scales the puffs of PUFFS from 0.2 to 1 times
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_LOW = (0.5, 0.57, 0.66), (0.66, 0.7, 0.74)
CANOPY, FRINGE, LOCO, LOCO_DARK, CHIMNEY = (0.12, 0.3, 0.2), (0.9, 0.86, 0.72), (0.1, 0.36, 0.2), (0.06, 0.22, 0.12), \
    (0.08, 0.08, 0.09)
PLATFORM, PLATFORM_LINE, EDGE, POST = (0.6, 0.58, 0.55), (0.5, 0.48, 0.46), (0.96, 0.96, 0.94), (0.25, 0.25, 0.27)
ARM, STEAM, STEAM_SHADE, BED, WHEEL = (0.82, 0.12, 0.1), (0.97, 0.97, 0.97), (0.84, 0.85, 0.87), (0.5, 0.34, 0.18), \
    (0.12, 0.12, 0.13)
WHITE = (0.97, 0.97, 0.95)
PLATFORM_Y, CANOPY_R, CANOPY_B = 45.0, 38.0, 9.0
SIG_X, SIG_Y, ARM_LEN = 57.0, 15.0, 17.0
CHIM_X, CHIM_TOP = 9.0, 27.0
PUFFS = ((0.0, -5.0, 4.5), (5.0, -11.0, 6.0), (12.0, -17.0, 7.0), (3.0, -20.0, 5.5), (19.0, -22.0, 6.0))


def _scene():
    x, y = R.grid()
    img = R.canvas(1, R.vertical_gradient(SKY_TOP, SKY_LOW, PLATFORM_Y))
    # the locomotive's front and chimney, behind the platform
    R.over(img, R.coverage(R.edges_sdf(x, y, -2.0, 21.0, 33.0, PLATFORM_Y)), LOCO)
    R.over(img, R.coverage(R.edges_sdf(x, y, -2.0, 21.0, 38.0, 39.5)), LOCO_DARK)
    R.over(img, R.coverage(R.edges_sdf(x, y, CHIM_X - 2.5, CHIM_X + 2.5, CHIM_TOP, 34.0)), CHIMNEY)
    R.over(img, R.coverage(R.edges_sdf(x, y, CHIM_X - 3.5, CHIM_X + 3.5, CHIM_TOP - 1.0, CHIM_TOP + 1.0)), CHIMNEY)
    # the signal post
    R.over(img, R.coverage(R.edges_sdf(x, y, SIG_X - 1.0, SIG_X + 1.0, SIG_Y - 3.0, PLATFORM_Y)), POST)
    R.over(img, R.coverage(np.hypot(x - SIG_X, y - (SIG_Y - 4.0)) - 1.6), POST)
    # the platform
    R.over(img, R.below(PLATFORM_Y, 1), PLATFORM)
    R.over(img, R.coverage(np.maximum(np.abs(((x + 5.0 * np.floor((y - PLATFORM_Y) / 6.0)) % 10.0) - 5.0) - 0.4,
                                      PLATFORM_Y + 2.5 - y)), PLATFORM_LINE)
    R.over(img, R.coverage(np.abs(y - PLATFORM_Y - 1.0) - 0.8), EDGE)
    return img[0]


SCENE = _scene()


def _canopy():
    x, y = R.grid()
    fringe = CANOPY_B + 1.5 * np.abs(np.sin(np.pi * x / 3.0))
    return R.coverage(np.maximum(x - CANOPY_R, y - CANOPY_B)), R.coverage(np.maximum(x - CANOPY_R, np.maximum(
        CANOPY_B - y, y - fringe)))


CANOPY_COVER, FRINGE_COVER = _canopy()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the steam, billowing up and to the right from the chimney
    s = R.col(0.2 + 0.8 * f[:, 3])
    cloud = None
    for dx, dy, r in PUFFS:
        d = np.hypot(x - (CHIM_X + dx * s), y - (CHIM_TOP + dy * s)) - r * s
        cloud = d if cloud is None else np.minimum(cloud, d)
    R.over(img, R.coverage(cloud), STEAM)
    R.over(img, 0.7 * R.coverage(np.maximum(cloud + 1.5, -cloud - 3.0)), STEAM_SHADE)
    # the canopy over the steam
    R.over(img, np.broadcast_to(CANOPY_COVER, (n, R.SIZE, R.SIZE)), CANOPY)
    R.over(img, np.broadcast_to(FRINGE_COVER, (n, R.SIZE, R.SIZE)), FRINGE)
    # the signal's arm, pointing left from its pivot, raised
    a = R.col(np.deg2rad(45.0) * f[:, 2])
    ca, sa = np.cos(a), np.sin(a)
    u = -(x - SIG_X) * ca - (y - SIG_Y) * sa  # along the arm, to its tip
    v = (x - SIG_X) * sa - (y - SIG_Y) * ca
    arm = R.box_sdf(u - ARM_LEN / 2, v, ARM_LEN / 2, 2.2)
    R.over(img, R.coverage(arm), ARM)
    R.over(img, R.coverage(np.maximum(arm, np.abs(u - ARM_LEN + 3.5) - 0.9)), WHITE)
    R.over(img, R.coverage(np.hypot(x - SIG_X, y - SIG_Y) - 1.5), POST)
    # the trolley: its handle, wheels and bed, then the two trunks
    tx = R.col(16.0 + 28.0 * f[:, 0])
    R.over(img, R.coverage(R.segment_sdf(x, y, tx + 12.0, 49.0, tx + 17.0, 37.0) - 0.8), BED)
    for wx in (-8.0, 8.0):
        R.over(img, R.coverage(np.hypot(x - tx - wx, y - 53.5) - 3.0), WHEEL)
    R.over(img, R.coverage(R.edges_sdf(x, y, tx - 13.0, tx + 13.0, 48.0, 50.5)), BED)
    paint = R.hsv(f[:, 1], 0.65, 0.75)
    for left, right, top, bottom in ((-11.0, 7.0, 38.0, 48.0), (-9.0, 3.0, 30.5, 38.0)):
        trunk = R.edges_sdf(x, y, tx + left, tx + right, top, bottom)
        R.over(img, R.coverage(trunk), paint)
        straps = np.maximum(trunk, np.minimum(np.abs(x - tx - left - 3.0), np.abs(x - tx - right + 3.0)) - 0.6)
        R.over(img, R.coverage(np.minimum(straps, np.maximum(trunk, np.abs(y - top - 1.0) - 0.5))), WHEEL)
    return R.to_uint8(img)


def render(trolley_x: float, trunk_hue: float, signal_arm: float, steam: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[trolley_x, trunk_hue, signal_arm, steam]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("porter", arg, n, seed, FACTORS, sample_factors, _draw)
