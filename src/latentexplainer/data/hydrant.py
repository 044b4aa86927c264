"""`hydrant`: a fire hydrant on a pavement in front of a clapboard wall, spraying water from
its side outlet, seen from the front (64x64 RGB).

The hydrant stands on a grey pavement along the bottom of the image: a wide flange at its
foot, a round-cornered barrel, a darker band round the top of the barrel, a domed bonnet and
a small nut on top, all painted one colour. Two short side nozzles stick out of the barrel
near its top, each closed by a round cap; from the right-hand one a jet of pale blue water
arcs out to the right and falls towards the pavement, scattering drops at its end. Behind
is a beige clapboard wall of horizontal boards. Factors: where the hydrant stands along the
pavement (left to right; its jet moves with it), the height of its barrel (short to tall;
the bonnet and nozzles ride on top), the size of the nozzle caps (small to large), how far
the water sprays (none to a long jet) and the hue of the hydrant's paint (red through
yellow and green to purple). The pavement, the wall, the barrel's width and the water's
colour stay fixed; the whole hydrant and its jet always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("hydrant_x", "horizontal position of the fire hydrant (left to right)", "continuous"),
    Factor("body_height", "height of the hydrant's barrel (short to tall)", "continuous"),
    Factor("cap_size", "size of the caps on the hydrant's side nozzles (small to large)", "continuous"),
    Factor("spray", "how far water sprays from the hydrant's right nozzle (none to far)", "continuous"),
    Factor("hydrant_hue", "hue of the hydrant's paint", "continuous"),
)
# hydrant_x: 0..1 puts the hydrant's middle at x = 16..23 px; body_height: 0..1 is a barrel
# 18..32 px tall above the flange; cap_size: 0..1 is a cap of radius 2..6 px; spray: 0..1 is
# a jet reaching 0..18 px to the right of the right cap, fanning out as it goes (0: no water); hydrant_hue: 0..0.8 of
# the colour wheel (no wrap)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 0.8))
WALL, BOARD_LINE = (0.36, 0.42, 0.46), (0.24, 0.28, 0.32)
PAVEMENT, KERB = (0.5, 0.5, 0.52), (0.38, 0.38, 0.4)
WATER = (0.75, 0.9, 1.0)
GROUND_Y = 57.0  # the hydrant stands on the pavement here
FLANGE_HW, FLANGE_H = 10.0, 3.0
BARREL_HW, BONNET_H, NUT_HW = 7.0, 7.0, 2.5
NOZZLE_DOWN, NOZZLE_OUT, NOZZLE_HH = 6.0, 2.0, 2.5  # below the barrel's top; out past its side
JET_HW, JET_FAN, JET_DROP = 1.8, 0.2, 0.025  # the jet's half-width at the cap, its widening (px per px)
# and its fall (px per px squared)
DROPS = ((2.0, -3.0, 1.3), (3.0, 2.5, 1.2), (4.5, 0.0, 1.1))  # drops past the jet's end: along, across, r
ROWS = (8, 60)  # the rows the hydrant and its jet can reach


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, WALL)
    boards = np.broadcast_to(R.coverage(np.abs((y % 8.0) - 7.5) - 0.6), (1, R.SIZE, R.SIZE))
    R.over(img, boards, BOARD_LINE)
    img += 0.03 * np.sin(0.21 * x + 1.7 * np.floor(y / 8.0))[:, None]  # the boards weathered unevenly
    R.over(img, R.below(GROUND_Y - 4.0, 1), PAVEMENT)
    R.over(img, np.broadcast_to(R.coverage(np.abs(y - (GROUND_Y - 3.5)) - 0.6), (1, R.SIZE, R.SIZE)), KERB)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    r0, r1 = ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    cx = R.col(16 + 7 * f[:, 0])
    top = GROUND_Y - FLANGE_H - R.col(18 + 14 * f[:, 1])  # the barrel's top
    paint = R.hsv(f[:, 4], 0.8, 0.82)
    dark = paint * 0.6
    u = np.abs(x - cx)
    # the nozzles and their caps, behind the barrel
    ny = top + NOZZLE_DOWN
    cap_r = R.col(2 + 4 * f[:, 2])
    R.over(part, R.coverage(R.box_sdf(u, y - ny, BARREL_HW + NOZZLE_OUT, NOZZLE_HH)), dark)
    R.over(part, R.coverage(np.hypot(u - (BARREL_HW + NOZZLE_OUT), y - ny) - cap_r), paint)
    # the barrel, its band and flange, the bonnet and its nut
    barrel = R.edges_sdf(x - cx, y, -BARREL_HW + 1.0, BARREL_HW - 1.0, top + 1.0, GROUND_Y - 1.0) - 1.0
    flange = R.edges_sdf(x - cx, y, -FLANGE_HW, FLANGE_HW, GROUND_Y - FLANGE_H, GROUND_Y)
    bonnet = np.maximum(R.ellipse_sdf(x - cx, y - top, BARREL_HW + 0.5, BONNET_H), y - top)
    nut = R.edges_sdf(x - cx, y, -NUT_HW, NUT_HW, top - BONNET_H - 2.5, top - BONNET_H + 1.0)
    R.over(part, R.coverage(np.minimum(nut, np.minimum(bonnet, np.minimum(barrel, flange)))), paint)
    R.over(part, R.coverage(np.maximum(np.abs(y - top - 1.2) - 1.2, u - BARREL_HW - 0.5)), dark)
    R.over(part, 0.35 * R.coverage(np.maximum(np.abs(x - cx + 3.5) - 1.2, barrel)), (1.0, 1.0, 1.0))  # a sheen
    # the jet: a falling arc from the right cap, with a few drops past its end
    x0 = cx + BARREL_HW + NOZZLE_OUT + cap_r
    reach = R.col(18 * f[:, 3] - 1.0)  # past the jet's end by a pixel when there is no water
    s = x - x0
    arc = np.abs(y - (ny + JET_DROP * s * s)) - (JET_HW + JET_FAN * np.maximum(s, 0.0))
    jet = np.maximum(arc, np.maximum(-s, s - reach))
    grown = R.col(np.minimum(1.0, 8 * f[:, 3]))  # the drops shrink away as the jet dies down
    for along, across, r in DROPS:
        dx = reach + along
        d = np.hypot(s - dx, y - (ny + JET_DROP * dx * dx + across)) - ((r + 1.0) * grown - 1.0)
        jet = np.minimum(jet, d)
    R.over(part, 0.9 * R.coverage(jet), WATER)
    return R.to_uint8(img)


def render(hydrant_x: float, body_height: float, cap_size: float, spray: float, hydrant_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[hydrant_x, body_height, cap_size, spray, hydrant_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("hydrant", arg, n, seed, FACTORS, sample_factors, _draw)
