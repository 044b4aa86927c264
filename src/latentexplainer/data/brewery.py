"""`brewery`: a copper brew kettle and a stack of oak barrels in a stone brewhouse, seen from
the side (64x64 RGB).

A big copper brew kettle - a round-shouldered vessel on short legs with a domed lid, a riveted
band round its middle and a short vent pipe on top of the dome - stands on the flagstone floor
at the left of the image. Steam rises from the vent in a soft white plume that widens as it
climbs to the top of the image. At the right, oak barrels lie on their sides on the floor,
their round ends facing us (pale wood with dark hoops and a dark bung in the middle), stacked
two wide and up to two high, filling the stack from the bottom left: bottom left, bottom right,
top left, top right. High on the dark grey stone wall between them is an arched window with a
dark frame and a cross of glazing bars, showing the sky outside. Factors: how many barrels are
stacked (1 to 4), the size of the kettle (small to large; it stands in the same place on the
floor and its vent rises with its dome), how much steam rises from the vent (none to a thick
plume) and the daylight through the window (dark night to bright day). The wall, the floor, the
barrels' size and places, the kettle's copper colour and the window's place stay fixed; the
kettle and the barrels always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("barrels", "how many oak barrels are stacked at the right (1 to 4)", "categorical",
           ("1", "2", "3", "4")),
    Factor("kettle_size", "size of the copper brew kettle (small to large)", "continuous"),
    Factor("steam", "how much steam rises from the kettle's vent (none to a thick plume)", "continuous"),
    Factor("daylight", "daylight through the window (dark night to bright day)", "continuous"),
)
# barrels: code 0..3 is 1..4 barrels of radius 8 px, filling the places in BARRELS in order;
# kettle_size: 0..1 is a kettle of half-width 8..14 px centred at x = 16 px, its dome's top at
# y = 37.8..26.4 px (the vent 3 px above it); steam: 0..1 scales the plume's opacity (0: no
# steam, 1: up to 0.9 opaque in its middle); daylight: 0..1 blends the window's panes from a
# dark night blue to a bright day sky (the window spans x = 39..53 px, y = 4..21 px)
RANGES = ((0.0, 3.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
WALL, JOINT, FLOOR, FLOOR_JOINT = (0.36, 0.39, 0.43), (0.29, 0.31, 0.34), (0.34, 0.29, 0.25), (0.24, 0.2, 0.17)
COPPER, COPPER_DARK, LEGS = np.array((0.82, 0.48, 0.24)), (0.5, 0.26, 0.12), (0.2, 0.18, 0.17)
OAK, HOOP = (0.9, 0.68, 0.42), (0.22, 0.16, 0.11)
FRAME, STEAM = (0.18, 0.14, 0.12), (0.96, 0.96, 0.95)
NIGHT, DAY = np.array((0.05, 0.07, 0.2)), np.array((0.66, 0.84, 1.0))
FLOOR_Y, KETTLE_X, LEG_H = 56.0, 16.0, 3.0
BARREL_R = 8.0
BARRELS = ((40.0, 48.0), (56.0, 48.0), (40.0, 32.0), (56.0, 32.0))  # bottom left, right, top left, right
WIN_X, WIN_HW, WIN_TOP, WIN_BOTTOM = 46.0, 7.0, 4.0, 21.0  # the arch's crown at the top


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, WALL)
    course = np.floor(y / 7.0)
    joints = np.minimum(np.abs((y % 7.0) - 0.5), np.abs(((x + course * 6.0) % 12.0) - 0.5))
    R.over(img, 0.7 * R.coverage(joints - 0.5), JOINT)
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    slabs = np.minimum(np.abs(y - 60.0), np.abs(((x + 4.0 * (y > 60)) % 16.0) - 0.5))
    R.over(img, R.below(FLOOR_Y, 1) * R.coverage(slabs - 0.5), FLOOR_JOINT)
    return img[0]


BACKGROUND = _background()


def _window_sdf(x, y):
    """The arched window opening: a box with a half-disc on top."""
    cy = WIN_TOP + WIN_HW
    box = R.edges_sdf(x, y, WIN_X - WIN_HW, WIN_X + WIN_HW, cy, WIN_BOTTOM)
    return np.minimum(box, np.hypot(x - WIN_X, y - cy) - WIN_HW)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the window: its frame, the panes (the sky outside) and the glazing bars
    win = _window_sdf(x, y)
    R.over(img, R.coverage(win - 1.5), FRAME)
    day = f[:, 3:4]
    R.over(img, np.broadcast_to(R.coverage(win), (n, R.SIZE, R.SIZE)), NIGHT[None] + (DAY - NIGHT)[None] * day)
    bars = np.maximum(np.minimum(np.abs(x - WIN_X), np.abs(y - 13.0)) - 0.6, win)
    R.over(img, np.broadcast_to(R.coverage(bars), (n, R.SIZE, R.SIZE)), FRAME)
    # the barrels, filling their places in order
    count = R.col(f[:, 0])
    for i, (bx, by) in enumerate(BARRELS):
        rho = np.hypot(x - bx, y - by)
        on = (count >= i).astype(np.float32)
        R.over(img, on * R.coverage(rho - BARREL_R), HOOP)
        R.over(img, on * R.coverage(rho - BARREL_R + 0.9), OAK)
        ring = np.abs(rho - 0.6 * BARREL_R) - 0.45
        R.over(img, on * R.coverage(np.minimum(ring, rho - 1.1)), HOOP)
    # the kettle: legs, a body with rounded shoulders, a domed lid, a band and the vent
    hw = R.col(8.0 + 6.0 * f[:, 1])
    bottom = FLOOR_Y - LEG_H
    shoulder = bottom - 1.3 * hw
    top = shoulder - 0.6 * hw  # the dome's top
    legs = np.maximum(np.abs(np.abs(x - KETTLE_X) - 0.6 * hw) - 1.0, np.abs(y - (FLOOR_Y - LEG_H / 2)) - LEG_H / 2)
    R.over(img, R.coverage(legs), LEGS)
    body = R.box_sdf(x - KETTLE_X, y - (shoulder + bottom) / 2, hw - 2.5, 0.65 * hw - 2.5) - 2.5
    dome = np.maximum(R.ellipse_sdf(x - KETTLE_X, y - shoulder, hw, 0.6 * hw), y - shoulder)
    vent = R.edges_sdf(x, y, KETTLE_X - 1.6, KETTLE_X + 1.6, top - 3.0, top + 1.0)
    kettle = np.minimum(np.minimum(body, dome), vent)
    u = (x - KETTLE_X) / hw  # -1..1 across the kettle: shade its sides, a highlight left of the middle
    shade = 1.0 - 0.4 * u * u + 0.25 * np.exp(-((u + 0.4) / 0.15) ** 2)
    R.over(img, R.coverage(kettle), np.clip(COPPER[None, :, None, None] * shade[:, None], 0.0, 1.0))
    band = np.maximum(np.abs(y - (shoulder + 0.45 * (bottom - shoulder))) - 0.9, body)
    R.over(img, R.coverage(band), COPPER_DARK)
    R.over(img, R.coverage(np.maximum(np.abs(y - (top - 2.5)) - 0.6, vent)), COPPER_DARK)
    # the steam: a plume from the vent to the top of the image, widening and puffing as it rises
    rise = np.maximum(top - 3.0 - y, 0.0)
    width = 1.6 + 0.17 * rise
    puff = 0.8 + 0.2 * np.sin(0.55 * y)
    plume = np.exp(-0.5 * ((x - KETTLE_X - 0.08 * rise) / width) ** 2) * puff * R.coverage(y - top + 3.0)
    R.over(img, R.col(0.9 * f[:, 2]) * plume, STEAM)
    return R.to_uint8(img)


def render(barrels: float, kettle_size: float, steam: float, daylight: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[barrels, kettle_size, steam, daylight]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("brewery", arg, n, seed, FACTORS, sample_factors, _draw)
