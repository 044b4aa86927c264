"""`sluicegate`: a wooden sluice gate holding back a mill pond, cut away to show the water on
both sides of it, seen from the side (64x64 RGB).

A channel with a stone bed runs along the bottom of the image. Left of the middle, between two
dark timber posts joined by a beam at the top, a thick plank gate slides up and down; deep water
stands behind it on the left, and a shallow stream runs away along the bed on the right. When
the gate is raised, water gushes out through the gap beneath it in a pale, foaming jet. On the
right, fixed to the frame by an axle, a red iron handwheel with four spokes winds the gate.
Behind is a pale sky over a grassy bank. Factors: how far the gate is raised above the bed
(from shut, with nothing flowing, to wide open, with a thick jet), how high the water stands
behind the gate, how far the handwheel has turned (its four spokes look the same after a
quarter turn) and how bright the day is (the whole scene from a dim dusk to broad daylight).
The frame, the bed, the bank, the gate's size and the shallow stream stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("gate_raise", "how far the sluice gate is raised (shut to wide open)", "continuous"),
    Factor("pond_level", "how high the water stands behind the gate (low to high)", "continuous"),
    Factor("wheel_turn", "how far the gate's handwheel has turned", "cyclic", period=np.pi / 2),
    Factor("daylight", "how bright the day is (dim dusk to broad daylight)", "continuous"),
)
# gate_raise: 0..1 lifts the gate's foot 0..13 px above the bed (its top with it); pond_level:
# 0..1 puts the water's surface behind the gate at y = 45..30 px (0 low, 1 high); wheel_turn:
# 0..pi/2 radians, a quarter turn, after which the four spokes look as they began; daylight:
# 0..1 scales the whole picture's brightness from 0.5 to 1 (and blues it a little at dusk)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, np.pi / 2), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.56, 0.74, 0.94)), np.array((0.84, 0.9, 0.96))
BANK, BED, BED_LINE = (0.42, 0.6, 0.3), (0.46, 0.43, 0.4), (0.34, 0.32, 0.3)
WATER, WATER_DEEP, FOAM = (0.3, 0.52, 0.72), (0.18, 0.34, 0.54), (0.86, 0.93, 0.97)
TIMBER, PLANK, PLANK_LINE, WHEEL = (0.26, 0.18, 0.12), (0.56, 0.4, 0.24), (0.42, 0.29, 0.17), (0.75, 0.14, 0.1)
DUSK = np.array((0.8, 0.85, 1.0), np.float32)  # the tint at dusk
BED_Y, STREAM_Y = 54.0, 50.5
GATE_L, GATE_R, GATE_H = 27.0, 33.0, 26.0
POST_W = 2.0
WHEEL_X, WHEEL_Y, WHEEL_R = 50.0, 15.0, 11.0


def _scene():
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, 30.0)[None].copy()
    R.over(img, R.coverage(27.0 + 2.5 * np.sin(x * 0.11 + 1.0) - y), BANK)
    R.over(img, R.below(BED_Y, 1), BED)
    stones = np.maximum(np.abs(((x + 3.0 * np.floor((y - BED_Y) / 3.0)) % 6.0) - 3.0) - 2.5, BED_Y + 1.0 - y)
    R.over(img, R.coverage(np.minimum(stones, np.maximum(np.abs(((y - BED_Y) % 3.0) - 1.5) - 1.0, BED_Y + 1 - y))),
           BED_LINE)
    # the shallow stream below the gate, on the right
    R.over(img, R.coverage(np.maximum(STREAM_Y - y, np.maximum(y - BED_Y, GATE_R - x))), WATER)
    return img[0]


SCENE = _scene()


def _frame():
    x, y = R.grid()
    posts = np.minimum(R.edges_sdf(x, y, GATE_L - POST_W, GATE_L, 6.0, BED_Y + 1.0),
                       R.edges_sdf(x, y, GATE_R, GATE_R + POST_W, 6.0, BED_Y + 1.0))
    beam = R.edges_sdf(x, y, GATE_L - POST_W - 2.0, GATE_R + POST_W + 2.0, 4.0, 7.5)
    axle = R.edges_sdf(x, y, GATE_R + POST_W, WHEEL_X, WHEEL_Y - 0.9, WHEEL_Y + 0.9)
    return R.coverage(np.minimum(np.minimum(posts, beam), axle))


FRAME = _frame()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    gap, level = R.col(13.0 * f[:, 0]), R.col(45.0 - 15.0 * f[:, 1])
    # the pond behind the gate, deeper blue further down
    pond = np.maximum(level - y, np.maximum(y - BED_Y, x - GATE_L))
    depth = np.clip((y - level) / 14.0, 0.0, 1.0)
    R.over(img, R.coverage(pond), np.asarray(WATER)[None, :, None, None] + (np.asarray(WATER_DEEP)
                                                                             - np.asarray(WATER))[None, :, None, None]
           * depth[:, None])
    R.over(img, 0.7 * R.coverage(np.maximum(np.abs(y - level - 0.8) - 0.5, x - GATE_L)), FOAM)  # the surface
    # the jet through the gap under the gate, arcing down to the stream; thicker with the gap
    head = np.maximum(BED_Y - gap / 2 - level, 0.0)  # how far the pond stands above the gap's middle
    reach = (3.0 + 1.2 * np.sqrt(head * np.maximum(gap, 0.0))) * (gap > 0.05)
    s = np.clip((x - GATE_R) / np.maximum(reach, 1e-3), 0.0, 1.0)
    top = BED_Y - gap + (gap - 1.0) * s ** 2 * 0.8
    jet = np.maximum(np.maximum(top - y, y - BED_Y), np.maximum(GATE_L - x, x - GATE_R - reach - 2.0))
    water_from_gap = R.coverage(jet) * (gap > 0.05)
    R.over(img, water_from_gap, WATER)
    R.over(img, 0.8 * water_from_gap * R.coverage(np.abs(y - top - 0.8) - 0.9 - 0.8 * s), FOAM)
    foam = R.ellipse_sdf(x - GATE_R - reach - 1.0, y - STREAM_Y, 1.5 + 0.4 * gap, 0.6 + 0.2 * gap)
    R.over(img, 0.85 * R.coverage(foam) * np.clip(gap / 3.0, 0.0, 1.0), FOAM)
    # the frame, the gate and its rod, the handwheel
    R.over(img, FRAME, TIMBER)
    foot = BED_Y - gap
    gate = R.edges_sdf(x, y, GATE_L, GATE_R, foot - GATE_H, foot)
    R.over(img, R.coverage(gate), PLANK)
    R.over(img, 0.8 * R.coverage(np.maximum(np.abs(((y - foot) % 5.0) - 2.5) - 2.0, gate + 0.5)), PLANK_LINE)
    rod = np.maximum(np.abs(x - (GATE_L + GATE_R) / 2) - 0.8, np.maximum(7.0 - y, y - (foot - GATE_H)))
    R.over(img, R.coverage(rod), TIMBER)
    a = R.col(f[:, 2])
    u = (x - WHEEL_X) * np.cos(a) + (y - WHEEL_Y) * np.sin(a)
    v = -(x - WHEEL_X) * np.sin(a) + (y - WHEEL_Y) * np.cos(a)
    rho = np.hypot(u, v)
    spokes = np.maximum(np.minimum(np.abs(u), np.abs(v)) - 1.9, rho - WHEEL_R)
    rim = np.abs(rho - WHEEL_R + 1.2) - 1.2
    hub = rho - 2.6
    R.over(img, R.coverage(np.minimum(np.minimum(spokes, rim), hub)), WHEEL)
    # the light of the day over everything
    day = R.col(f[:, 3])
    img *= (0.5 + 0.5 * day)[:, None]
    img *= (DUSK[None, :, None, None] + (1.0 - DUSK)[None, :, None, None] * day[:, None])
    return R.to_uint8(img)


def render(gate_raise: float, pond_level: float, wheel_turn: float, daylight: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[gate_raise, pond_level, wheel_turn, daylight]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("sluicegate", arg, n, seed, FACTORS, sample_factors, _draw)
