"""`drayman`: a brewer's dray loaded with barrels in front of a cream-painted public house, the
pub's cellar flaps in the pavement, seen from the front (64x64 RGB).

The pub's front is cream-painted with a dark green fascia board along the top. On the left is
its panelled front door, painted; on the right a window of dark glass in a white frame, with a
buff blind pulled down from its top. Along the bottom runs a grey flagstone pavement. In front
of the window stands a low dray, a flat plank bed on two dark wheels, with wooden barrels
standing upright on it side by side, filled from the left. On the left of the pavement two
wooden cellar flaps, hinged at their outer edges, lift to open the dark hole of the cellar.
Factors: the hue of the door's paint (the whole colour wheel, coming round to where it
began), how many barrels stand on the dray (1 to 4), how far the cellar flaps are lifted (from
shut flat to standing nearly upright) and how far the window's blind is pulled down (from a
thin strip to nearly the whole window). The wall, the window, the dray and the pavement stay
fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("door_hue", "hue of the pub door's paint", "cyclic", period=1.0),
    Factor("barrels", "how many barrels stand on the dray (1 to 4)", "categorical", ("1", "2", "3", "4")),
    Factor("cellar_flaps", "how far the cellar flaps in the pavement are lifted open", "continuous"),
    Factor("blind", "how far the window's blind is pulled down (thin strip to nearly all)", "continuous"),
)
# door_hue: 0..1 of the colour wheel, a whole turn (0 and 1 are the same red); barrels: a code
# 0..3 for 1..4 barrels at the x of BARRELS; cellar_flaps: 0..1 turns each flap 0..80 degrees
# up about its outer hinge; blind: 0..1 makes the blind 2..19 px long down the window
RANGES = ((0.0, 1.0), (0.0, 3.0), (0.0, 1.0), (0.0, 1.0))
WALL, FASCIA, GOLD = (0.9, 0.86, 0.72), (0.1, 0.3, 0.2), (0.85, 0.72, 0.3)
GLASS, FRAME, BLIND, BLIND_EDGE = (0.16, 0.2, 0.26), (0.96, 0.96, 0.94), (0.86, 0.74, 0.5), (0.6, 0.48, 0.3)
PAVE, PAVE_LINE, HOLE = (0.6, 0.6, 0.58), (0.45, 0.45, 0.44), (0.06, 0.05, 0.05)
FLAP, FLAP_DARK, OAK, IRON = (0.5, 0.34, 0.18), (0.34, 0.22, 0.12), (0.6, 0.4, 0.2), (0.15, 0.15, 0.17)
PAVE_Y = 48.0
DOOR_L, DOOR_R, DOOR_T = 5.0, 19.0, 14.0
WIN_L, WIN_R, WIN_T, WIN_B = 30.0, 59.0, 11.0, 31.0
DRAY_L, DRAY_R, DRAY_Y = 30.0, 63.0, 45.0
BARRELS, BARREL_HW, BARREL_H = (35.0, 43.0, 51.0, 59.0), 4.1, 16.0
HOLE_L, HOLE_R, HOLE_T, HOLE_B = 5.0, 27.0, 53.0, 59.0
FLAP_LEN = (HOLE_R - HOLE_L) / 2


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, R.coverage(y - 7.0), FASCIA)
    R.over(img, R.coverage(np.abs(y - 4.0) - 0.6) * R.coverage(np.abs(x - 32.0) - 20.0), GOLD)
    # the door's frame, the window's frame and glass
    R.over(img, R.coverage(R.edges_sdf(x, y, DOOR_L - 1.5, DOOR_R + 1.5, DOOR_T - 1.5, PAVE_Y)), FRAME)
    R.over(img, R.coverage(R.edges_sdf(x, y, WIN_L - 1.5, WIN_R + 1.5, WIN_T - 1.5, WIN_B + 1.5)), FRAME)
    R.over(img, R.coverage(R.edges_sdf(x, y, WIN_L, WIN_R, WIN_T, WIN_B)), GLASS)
    # the pavement and its flagstones, and the cellar hole
    R.over(img, R.below(PAVE_Y, 1), PAVE)
    joints = np.minimum(np.abs(((y - PAVE_Y) % 8.0) - 4.0), np.abs(((x + 4.0 * np.floor((y - PAVE_Y) / 8.0)) % 12.0) - 6.0))
    R.over(img, R.coverage(np.maximum(4.0 - joints - 3.4, PAVE_Y + 0.5 - y)), PAVE_LINE)
    R.over(img, R.coverage(R.edges_sdf(x, y, HOLE_L, HOLE_R, HOLE_T, HOLE_B)), HOLE)
    # the dray: its bed and wheels
    R.over(img, R.coverage(R.edges_sdf(x, y, DRAY_L, DRAY_R, DRAY_Y, DRAY_Y + 3.0)), FLAP_DARK)
    for wx in (36.0, 57.0):
        rho = np.hypot(x - wx, y - (DRAY_Y + 7.0))
        R.over(img, R.coverage(rho - 5.0), IRON)
        R.over(img, R.coverage(rho - 1.5), OAK)
    return img[0]


SCENE = _scene()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the door: its paint and two darker panels
    paint = R.hsv(f[:, 0], 0.7, 0.75)
    R.over(img, R.coverage(R.edges_sdf(x, y, DOOR_L, DOOR_R, DOOR_T, PAVE_Y)), paint)
    panels = np.minimum(R.edges_sdf(x, y, DOOR_L + 2.0, DOOR_R - 2.0, DOOR_T + 2.0, DOOR_T + 14.0),
                        R.edges_sdf(x, y, DOOR_L + 2.0, DOOR_R - 2.0, DOOR_T + 17.0, PAVE_Y - 3.0))
    R.over(img, R.coverage(np.abs(panels) - 0.5), paint * 0.6)
    R.over(img, R.coverage(np.hypot(x - (DOOR_R - 3.0), y - 32.0) - 1.2), GOLD)
    # the blind, pulled down from the window's top
    low = R.col(WIN_T + 2.0 + 17.0 * f[:, 3])
    blind = np.maximum(R.edges_sdf(x, y, WIN_L, WIN_R, WIN_T, WIN_B), y - low)
    R.over(img, R.coverage(blind), BLIND)
    R.over(img, R.coverage(np.maximum(np.abs(y - low + 1.0) - 0.8, np.abs(x - (WIN_L + WIN_R) / 2) - 14.5)), BLIND_EDGE)
    # the barrels on the dray, from the left
    count = f[:, 1].astype(int)
    cy = DRAY_Y - BARREL_H / 2
    t = (y - cy) / (BARREL_H / 2)
    for i, bx in enumerate(BARRELS):
        on = (count >= i).astype(np.float32)[:, None, None]
        half = BARREL_HW * (1.0 - 0.18 * t ** 2)
        barrel = np.maximum(np.abs(x - bx) - half, np.abs(y - cy) - BARREL_H / 2)
        body = on * R.coverage(barrel)
        R.over(img, body, OAK)
        R.over(img, body * R.coverage(np.abs(np.abs(y - cy) - 4.5) - 0.7), IRON)
        R.over(img, body * R.coverage(np.abs(x - bx) - 0.4), FLAP_DARK)
    # the cellar flaps, each turned up about its outer hinge
    a = R.col(np.deg2rad(80.0) * f[:, 2])
    ca, sa = np.cos(a), np.sin(a)
    for hx, side in ((HOLE_L, 1.0), (HOLE_R, -1.0)):
        u = side * (x - hx) * ca - (y - HOLE_T) * sa  # along the flap, from its hinge
        v = side * (x - hx) * sa + (y - HOLE_T) * ca  # across it, downwards when flat
        flap = R.box_sdf(u - FLAP_LEN / 2, v - 3.0, FLAP_LEN / 2, 3.0)
        R.over(img, R.coverage(flap), FLAP)
        R.over(img, R.coverage(np.maximum(flap, np.abs(((u + 0.5) % 3.6) - 1.8) - 0.4)), FLAP_DARK)
    return R.to_uint8(img)


def render(door_hue: float, barrels: float, cellar_flaps: float, blind: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[door_hue, barrels, cellar_flaps, blind]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("drayman", arg, n, seed, FACTORS, sample_factors, _draw)
