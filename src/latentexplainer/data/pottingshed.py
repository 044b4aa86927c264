"""`pottingshed`: a painted wooden potting shed in a garden, flower pots on a bench beside
its door and ivy climbing its wall, seen from the front (64x64 RGB).

The shed stands on the grass under a blue sky: a wall of upright painted boards under a dark
felt roof that overhangs it, a small window with white glazing bars on its right and a plank
door, painted a darker shade of the walls, in its middle, hinged on its left edge. When the door
opens it swings out towards the viewer and looks narrower, showing the dark inside of the shed.
On the left of the wall ivy climbs from the grass in a dark green, leafy mass. In front of the
window stands a wooden bench with up to three terracotta flower pots, each with a green plant,
the first at the bench's left end and the next ones to its right. Factors: how far the door is
open (shut to wide open), how many pots stand on the bench (1 to 3), the hue of the shed's paint
(a cyclic factor: hue 0 and hue 1 are the same red) and how high the ivy has climbed (just
above the grass to the eaves). The shed's shape and place, the window, the bench, the grass and
the sky stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("door_open", "how far the shed's door is open (shut to wide open)", "continuous"),
    Factor("pots", "how many flower pots stand on the bench (1 to 3)", "categorical", ("1", "2", "3")),
    Factor("paint_hue", "hue of the shed's painted boards", "cyclic", period=1.0),
    Factor("ivy", "how high the ivy has climbed up the wall (low to high)", "continuous"),
)
# door_open: 0..1 turns the door 0..1.3 radians out about its hinge, so that it looks
# cos(angle) as wide; pots: 0..2 is one to three pots, from the left (POTS); paint_hue: 0..1 of
# the colour wheel (1 is 0 again); ivy: 0..1 puts the top of the ivy 4..32 px above the grass
RANGES = ((0.0, 1.0), (0.0, 2.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.42, 0.64, 0.92)), np.array((0.74, 0.86, 0.96))
GRASS, GRASS_DARK, FELT, INSIDE = (0.36, 0.6, 0.26), (0.26, 0.46, 0.18), (0.2, 0.2, 0.22), (0.08, 0.07, 0.06)
WINDOW, FRAME, BENCH, BENCH_DARK = (0.22, 0.3, 0.38), (0.95, 0.95, 0.92), (0.58, 0.42, 0.26), (0.4, 0.28, 0.16)
POT, POT_DARK, PLANT, IVY, IVY_LIGHT = (0.76, 0.4, 0.24), (0.56, 0.28, 0.16), (0.3, 0.58, 0.22), \
    (0.1, 0.3, 0.1), (0.2, 0.45, 0.16)
GROUND_Y = 52.0
SHED_L, SHED_R, EAVES_Y, RIDGE_Y = 4.0, 50.0, 18.0, 9.0
BOARD = 4.0  # the boards' width
DOOR_L, DOOR_R, DOOR_TOP = 20.0, 32.0, 25.0
DOOR_ANGLE = 1.3
WINDOW_BOX = (37.0, 47.0, 24.0, 33.0)
BENCH_L, BENCH_R, BENCH_Y = 34.0, 63.0, 45.0
POTS = (39.0, 48.5, 58.0)  # the pots' middles along the bench
POT_H, POT_TOP_HW, POT_BOTTOM_HW = 8.5, 4.2, 3.0
IVY_L, IVY_R = SHED_L, 17.0
IVY_LOW, IVY_HIGH = 4.0, 32.0


def _static() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The garden and the shed without its paint: the picture, the painted walls' coverage
    and the boards' shading (a multiplier for the paint)."""
    x, y = R.grid()
    img = np.empty((1, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, GROUND_Y)
    grass = R.below(GROUND_Y, 1)
    R.over(img, grass, GRASS)
    R.over(img, grass * R.coverage(np.abs(np.sin(x * 1.7 + y * 0.6)) - 0.15), GRASS_DARK)
    walls = R.coverage(R.edges_sdf(x, y, SHED_L, SHED_R, EAVES_Y, GROUND_Y + 1.0))
    shade = 1.0 - 0.25 * R.coverage(np.abs(((x - SHED_L) % BOARD) - 0.5) - 0.4) \
        - 0.12 * R.coverage(y - EAVES_Y - 3.0)  # the joints between boards, the shadow under the eaves
    half = (SHED_R - SHED_L) / 2 + 2.0
    roof = np.maximum((np.abs(x - (SHED_L + SHED_R) / 2) * (EAVES_Y - RIDGE_Y) - half * (y - RIDGE_Y))
                      / np.hypot(EAVES_Y - RIDGE_Y, half), y - EAVES_Y - 1.0)
    R.over(img, R.coverage(roof), FELT)
    wl, wr, wt, wb = WINDOW_BOX
    R.over(img, R.coverage(R.edges_sdf(x, y, wl, wr, wt, wb)), FRAME)
    panes = np.maximum(R.edges_sdf(x, y, wl + 1.0, wr - 1.0, wt + 1.0, wb - 1.0),
                       -(np.minimum(np.abs(x - (wl + wr) / 2), np.abs(y - (wt + wb) / 2)) - 0.5))
    R.over(img, R.coverage(panes), WINDOW)
    R.over(img, R.coverage(R.edges_sdf(x, y, DOOR_L, DOOR_R, DOOR_TOP, GROUND_Y)), INSIDE)
    painted = walls * (1.0 - R.coverage(R.edges_sdf(x, y, wl, wr, wt, wb))) * (1.0 - R.coverage(roof)) \
        * (1.0 - R.coverage(R.edges_sdf(x, y, DOOR_L, DOOR_R, DOOR_TOP, GROUND_Y)))  # the boards: not the door
    return img[0], painted[0], shade[0].astype(np.float32)


STATIC, PAINTED, SHADE = _static()
_X, _Y = R.grid()


def _bench() -> tuple[np.ndarray, list[tuple[np.ndarray, np.ndarray, np.ndarray]]]:
    x, y = _X, _Y
    bench = np.minimum(R.edges_sdf(x, y, BENCH_L, BENCH_R, BENCH_Y, BENCH_Y + 2.0),
                       np.minimum(R.edges_sdf(x, y, BENCH_L + 1.0, BENCH_L + 3.0, BENCH_Y, GROUND_Y + 2.0),
                                  R.edges_sdf(x, y, BENCH_R - 3.0, BENCH_R - 1.0, BENCH_Y, GROUND_Y + 2.0)))
    pots = []
    for px in POTS:
        t = np.clip((y - (BENCH_Y - POT_H)) / POT_H, 0.0, 1.0)
        pot = np.maximum(np.abs(x - px) - (POT_TOP_HW + (POT_BOTTOM_HW - POT_TOP_HW) * t),
                         np.maximum(BENCH_Y - POT_H - y, y - BENCH_Y))
        rim = R.edges_sdf(x, y, px - POT_TOP_HW - 0.6, px + POT_TOP_HW + 0.6, BENCH_Y - POT_H - 0.5, BENCH_Y - POT_H + 1.0)
        plant = np.minimum(np.hypot(x - px, y - (BENCH_Y - POT_H - 3.5)) - 3.6,
                           np.minimum(np.hypot(x - px - 3.0, y - (BENCH_Y - POT_H - 1.5)) - 2.0,
                                      np.hypot(x - px + 3.0, y - (BENCH_Y - POT_H - 1.5)) - 2.0))
        pots.append((R.coverage(pot)[0], R.coverage(rim)[0], R.coverage(plant)[0]))
    return R.coverage(bench)[0], pots


BENCH_COVER, _POTS = _bench()
_IVY_TEXTURE = (0.5 + 0.5 * np.sin(_X * 1.9 + 2.0 * np.sin(_Y * 1.3)) * np.sin(_Y * 1.7 + _X * 0.4))[0]
_IVY_COLOUR = (np.asarray(IVY, np.float32)[:, None, None]
               + (np.asarray(IVY_LIGHT, np.float32) - np.asarray(IVY, np.float32))[:, None, None] * _IVY_TEXTURE[None])


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = STATIC
    paint = R.hsv(f[:, 2], 0.55, 0.78)  # (n, 3)
    R.over(img, np.broadcast_to(PAINTED, (n, R.SIZE, R.SIZE)), paint[:, :, None, None] * SHADE[None, None])
    # the door, hinged at its left edge: it looks cos(angle) as wide as it opens out
    width = (DOOR_R - DOOR_L) * np.cos(DOOR_ANGLE * R.col(f[:, 0]))
    door = R.edges_sdf(x, y, DOOR_L, DOOR_L + width, DOOR_TOP, GROUND_Y)
    planks = R.coverage(np.abs(((x - DOOR_L) % (width / 3.0)) - 0.4) - 0.4)
    R.over(img, R.coverage(door), paint * 0.72)
    R.over(img, R.coverage(door) * planks * 0.5, paint * 0.45)
    R.over(img, R.coverage(np.hypot(x - DOOR_L - 0.85 * width, y - 39.0) - 0.9), (0.85, 0.75, 0.3))  # its knob
    # the ivy, from the grass up the left of the wall, its top edge uneven
    top = GROUND_Y - R.col(IVY_LOW + (IVY_HIGH - IVY_LOW) * f[:, 3]) + 1.5 * np.sin(x * 1.1) + np.sin(x * 2.3 + 1.0)
    ivy = np.maximum(R.edges_sdf(x, y, IVY_L, IVY_R, 0.0, GROUND_Y + 2.0), top - y)
    ivy = np.maximum(ivy, x - IVY_R + 2.0 * np.sin(y * 0.9))
    R.over(img, R.coverage(ivy), _IVY_COLOUR)
    # the bench and its pots
    R.over(img, np.broadcast_to(BENCH_COVER, (n, R.SIZE, R.SIZE)), BENCH)
    R.over(img, np.broadcast_to(BENCH_COVER * R.coverage(np.abs(y - BENCH_Y - 1.5) - 0.5)[0], (n, R.SIZE, R.SIZE)),
           BENCH_DARK)
    pots = f[:, 1].astype(int)
    for i, (pot, rim, plant) in enumerate(_POTS):
        on = R.col(pots >= i)
        R.over(img, on * plant[None], PLANT)
        R.over(img, on * pot[None], POT)
        R.over(img, on * rim[None], POT_DARK)
    return R.to_uint8(img)


def render(door_open: float, pots: float, paint_hue: float, ivy: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[door_open, pots, paint_hue, ivy]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("pottingshed", arg, n, seed, FACTORS, sample_factors, _draw)
