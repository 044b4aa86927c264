"""`petrolstation`: a petrol station forecourt with fuel pumps under a flat canopy and a car
driving past on the road in front, seen from the side (64x64 RGB).

A broad flat canopy, its fascia painted one colour with a white band along its bottom edge,
spans the image high up on two white pillars, with four small lamps set in its underside.
Under it, in front of the station's brown brick kiosk with its two lit windows, stand white
fuel pumps on a concrete island, each with a coloured top, a dark display and a black hose
hanging at its side. In front runs a dark road with a dashed white line, where a teal
hatchback with pale windows and dark wheels drives past. Above the canopy is the sky. Factors:
where the car is along the road (left to right), how many pumps stand on the island (1 to 3,
from the left), the hue of the canopy's paint (a cyclic factor with a whole-turn period) and
how dark it is (from daytime to night: the sky turns deep blue, everything away from the
canopy's light is darkened and the canopy's lamps shine). The canopy's shape, the kiosk, the
island and the road stay fixed; the car always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("car_x", "where the car is along the road (left to right)", "continuous"),
    Factor("pumps", "how many fuel pumps stand under the canopy (1 to 3)", "categorical", ("1", "2", "3")),
    Factor("canopy_hue", "hue of the canopy's paint (a whole turn of the colour wheel)", "cyclic", period=1.0),
    Factor("night", "how dark it is (daytime to night)", "continuous"),
)
# car_x: 0..1 puts the car's middle at x = 13..51 px (its body is 22 px long); pumps: codes
# 0..2 are 1..3 pumps centred at x = 20, 32, 44 px in that order, each 9 px wide over
# y = 26..48 px; canopy_hue: 0..1 of the colour wheel (saturation 0.75, value 0.85) for the
# canopy's fascia (x = 2..62 px, y = 8..16 px); night: 0..1 blends the sky from day blue to
# night blue, darkens everything outside the canopy's light (a soft pool under it) by up to
# 60% and lights the lamps under the canopy
RANGES = ((0.0, 1.0), (0.0, 2.0), (0.0, 1.0), (0.0, 1.0))
DAY_TOP, DAY_BOTTOM = np.array((0.45, 0.66, 0.92)), np.array((0.75, 0.85, 0.95))
NIGHT_TOP, NIGHT_BOTTOM = np.array((0.03, 0.05, 0.16)), np.array((0.1, 0.12, 0.28))
WHITE, SLAB, BRICK, LIT = (0.94, 0.94, 0.92), (0.62, 0.62, 0.6), (0.55, 0.34, 0.26), (0.95, 0.86, 0.55)
CONCRETE, ROAD, LINE = (0.66, 0.66, 0.63), (0.22, 0.22, 0.24), (0.92, 0.92, 0.9)
PUMP, PUMP_TOP, SCREEN, HOSE = (0.93, 0.93, 0.9), (0.82, 0.16, 0.14), (0.1, 0.12, 0.12), (0.08, 0.08, 0.08)
LAMP_OFF, LAMP_ON = np.array((0.55, 0.55, 0.55)), np.array((1.0, 1.0, 0.9))
CAR, GLASS, TYRE, HUB = (0.1, 0.56, 0.6), (0.72, 0.84, 0.9), (0.08, 0.08, 0.08), (0.7, 0.7, 0.7)
CANOPY = (2.0, 62.0, 8.0, 16.0)
PILLARS = (6.0, 58.0)  # x of the pillars' middles, 3 px wide, y = 18..48 px
KIOSK = (10.0, 54.0, 24.0, 48.0)
PUMPS_X, PUMP_HW, PUMP_TOP_Y, PUMP_BOTTOM_Y = (20.0, 32.0, 44.0), 4.5, 26.0, 48.0
ISLAND = (13.0, 51.0, 48.0, 51.0)
ROAD_Y, CAR_Y = 51.0, 56.0  # the road's top edge; the car body's middle row
LAMPS = (14.0, 26.0, 38.0, 50.0)


def _scene() -> tuple[np.ndarray, np.ndarray]:
    """The fixed ground-level scene (3, H, W) and the soft pool of the canopy's light (H, W)."""
    x, y = R.grid()
    img = R.canvas(1, CONCRETE)
    R.over(img, R.coverage(R.edges_sdf(x, y, *KIOSK)), BRICK)
    courses = R.coverage(np.abs((y % 4.0) - 0.5) - 0.35) * R.coverage(R.edges_sdf(x, y, *KIOSK))
    R.over(img, 0.5 * courses, (0.4, 0.24, 0.2))
    for wx in (16.0, 48.0):
        R.over(img, R.coverage(R.box_sdf(x - wx, y - 32.0, 3.5, 4.0)), LIT)
    R.over(img, R.coverage(R.edges_sdf(x, y, *ISLAND)), SLAB)
    R.over(img, R.below(ROAD_Y, 1), ROAD)
    dashes = np.maximum(np.abs(y - 61.0) - 0.6, np.abs((x % 10.0) - 5.0) - 2.5)
    R.over(img, R.coverage(dashes), LINE)
    for px in PILLARS:
        R.over(img, R.coverage(R.edges_sdf(x, y, px - 1.5, px + 1.5, 16.0, 48.0)), WHITE)
    pool = np.exp(-(((x - 32.0) / 34.0) ** 4 + ((y - 34.0) / 20.0) ** 4))
    return img[0], pool[0]


SCENE, POOL = _scene()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    dark = f[:, 3:4]
    top = DAY_TOP[None] + (NIGHT_TOP - DAY_TOP)[None] * dark
    bottom = DAY_BOTTOM[None] + (NIGHT_BOTTOM - DAY_BOTTOM)[None] * dark
    t = np.clip(y / 20.0, 0.0, 1.0)[None]  # (1, 1, H, 1)
    sky = top[:, :, None, None] + (bottom - top)[:, :, None, None] * t
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    R.over(img, R.coverage(np.broadcast_to(y - 20.0, (n, R.SIZE, R.SIZE))), sky)
    # the pumps, from the left
    count = f[:, 1:2, None] + 1
    for i, px in enumerate(PUMPS_X):
        here = (count > i).astype(np.float32)
        R.over(img, here * R.coverage(R.edges_sdf(x, y, px - PUMP_HW + 1.5, px + PUMP_HW, PUMP_TOP_Y,
                                                  PUMP_BOTTOM_Y)), PUMP)
        R.over(img, here * R.coverage(R.edges_sdf(x, y, px - PUMP_HW + 1.5, px + PUMP_HW, PUMP_TOP_Y,
                                                  PUMP_TOP_Y + 4.0)), PUMP_TOP)
        R.over(img, here * R.coverage(R.box_sdf(x - px - 0.75, y - 34.0, 2.2, 2.0)), SCREEN)
        hose = R.segment_sdf(x, y, px - PUMP_HW + 1.0, 36.0, px - PUMP_HW - 0.8, 45.0) - 0.6
        R.over(img, here * R.coverage(hose), HOSE)
    # the car: its body, its cabin with windows, its wheels
    cx = R.col(13 + 38 * f[:, 0])
    body = R.box_sdf(x - cx, y - CAR_Y, 10.0, 2.2) - 1.0
    cabin = R.box_sdf(x - cx + 2.0, y - (CAR_Y - 5.0), 5.5, 1.8) - 1.0
    R.over(img, R.coverage(np.minimum(body, cabin)), CAR)
    for wx in (-5.0, 1.5):
        R.over(img, R.coverage(R.box_sdf(x - cx - wx, y - (CAR_Y - 5.0), 2.4, 1.2)), GLASS)
    for wx in (-6.0, 6.0):
        R.over(img, R.coverage(np.hypot(x - cx - wx, y - (CAR_Y + 3.5)) - 2.6), TYRE)
        R.over(img, R.coverage(np.hypot(x - cx - wx, y - (CAR_Y + 3.5)) - 1.0), HUB)
    # the canopy with its lamps
    paint = R.hsv(f[:, 2], 0.75, 0.85)
    left, right, ctop, cbottom = CANOPY
    R.over(img, np.broadcast_to(R.coverage(R.edges_sdf(x, y, left, right, ctop, cbottom)), (n, R.SIZE, R.SIZE)),
           paint)
    R.over(img, np.broadcast_to(R.coverage(R.edges_sdf(x, y, left, right, cbottom - 2.0, cbottom + 1.0)),
                                (n, R.SIZE, R.SIZE)), WHITE)
    # night: everything outside the canopy's light darkens, the lamps come on
    shade = 1.0 - 0.6 * dark[:, :, None, None] * (1.0 - POOL)[None, None]
    below_sky = R.coverage(20.0 - y)[None]
    img *= 1.0 - below_sky * (1.0 - shade)
    lamp = LAMP_OFF[None] + (LAMP_ON - LAMP_OFF)[None] * dark
    lamps = np.min([R.box_sdf(x - lx, y - 17.6, 2.2, 0.8) for lx in LAMPS], axis=0)
    R.over(img, np.broadcast_to(R.coverage(lamps), (n, R.SIZE, R.SIZE)), lamp)
    glow = np.max([np.exp(-((x - lx) ** 2 + (y - 19.0) ** 2) / 8.0) for lx in LAMPS], axis=0)
    R.over(img, 0.6 * R.col(f[:, 3]) * glow * R.coverage(18.0 - y), LAMP_ON)  # under the canopy only
    return R.to_uint8(img)


def render(car_x: float, pumps: float, canopy_hue: float, night: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[car_x, pumps, canopy_hue, night]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("petrolstation", arg, n, seed, FACTORS, sample_factors, _draw)
