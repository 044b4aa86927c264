"""`thresher`: a barn's threshing floor, a heap of threshed grain lit by a sunbeam from a high
window, a hand-cranked winnowing machine and the barn's big double doors, seen from the front
(64x64 RGB).

The barn's walls are of dark upright boards; its floor is of paler planks across the lower part
of the image. High on the left wall a small window lets in a slanting beam of sunlight that
falls to the floor, where it makes a bright patch; a heap of golden grain lies on the floor in
the patch. In the middle of the back wall two tall plank doors, each with a Z-shaped brace, open
outwards, each leaf seen narrower the further it is swung open, showing the sunny yard beyond -
blue sky over a field of stubble - and letting a pool of daylight in across the floor. At the
right stands a winnowing machine: a red wooden box on legs with a hopper on top and, on its
front, a large dark crank wheel with five spokes and a pale crank arm from its hub to a handle
knob near its rim. Factors: the size of the heap of grain (small to large), how much dust hangs
in the sunbeam (clear to thick, the beam brighter and full of motes), how wide the doors stand
open (shut to wide open) and the turn of the winnower's crank wheel (a whole turn, coming round
to where it began). The walls, the window, the floor, the sunlit patch and the winnower's box
stay fixed; the heap always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("grain_heap", "size of the heap of threshed grain on the floor (small to large)", "continuous"),
    Factor("dust", "how much dust hangs in the sunbeam from the window (clear to thick)", "continuous"),
    Factor("doors_open", "how wide the barn's double doors stand open (shut to wide open)", "continuous"),
    Factor("crank_turn", "turn of the winnowing machine's crank wheel", "cyclic", period=2 * np.pi),
)
# grain_heap: 0..1 is a heap 4..16 px in half-width (0.75 times that tall) standing on the floor
# at y = 61 px, its middle at x = 16 px; dust: 0..1 raises the beam's opacity from 0.06 to 0.5 and
# the motes' from 0 to 0.8; doors_open: 0..1 swings each leaf 0..1.35 radians, so it looks
# 11..2.4 px wide; crank_turn: 0..2 pi radians, a whole turn of the wheel (the handle knob at
# the top at 0, turning clockwise)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 2 * np.pi))
BOARDS, BOARD_LINE, FLOOR, FLOOR_LINE = (0.38, 0.27, 0.17), (0.26, 0.18, 0.11), (0.6, 0.47, 0.31), (0.46, 0.35, 0.22)
SUN, WINDOW, SKY, STUBBLE = (1.0, 0.94, 0.7), (0.98, 0.96, 0.82), (0.56, 0.76, 0.96), (0.86, 0.74, 0.38)
DOOR, DOOR_LINE, GRAIN, GRAIN_DARK = (0.5, 0.36, 0.22), (0.3, 0.2, 0.12), (0.86, 0.58, 0.14), (0.58, 0.36, 0.08)
RED, RED_DARK, SPOKE, KNOB = (0.72, 0.18, 0.14), (0.45, 0.1, 0.08), (0.2, 0.18, 0.18), (0.85, 0.82, 0.7)
FLOOR_Y, DOOR_L, DOOR_R, DOOR_T, LEAF = 44.0, 19.0, 41.0, 10.0, 11.0
HEAP_X, HEAP_Y = 16.0, 61.0
WHEEL_X, WHEEL_Y, WHEEL_R = 54.0, 35.5, 8.5


def _beam_x(y):
    """The sunbeam's left and right edges at row y: from the window (x = 3..10 at y = 11) down to
    the floor (x = 6..24 at y = 58)."""
    t = (y - 11.0) / 47.0
    return 3.0 + 3.0 * t, 10.0 + 14.0 * t


def _scene():
    x, y = R.grid()
    img = R.canvas(1, BOARDS)
    R.over(img, R.coverage(2.1 - np.abs((x % 5.0) - 2.5)), BOARD_LINE)
    # the doorway: the sunny yard beyond it (the doors are drawn over it)
    R.over(img, R.coverage(R.edges_sdf(x, y, DOOR_L, DOOR_R, DOOR_T, FLOOR_Y)), SKY)
    R.over(img, R.coverage(R.edges_sdf(x, y, DOOR_L, DOOR_R, 30.0, FLOOR_Y)), STUBBLE)
    stubble = np.maximum(np.abs((x % 2.0) - 1.0) - 0.35, R.edges_sdf(x, y, DOOR_L, DOOR_R, 33.0, FLOOR_Y))
    R.over(img, 0.5 * R.coverage(stubble), GRAIN_DARK)
    R.over(img, R.coverage(np.abs(R.edges_sdf(x, y, DOOR_L, DOOR_R, DOOR_T, FLOOR_Y + 2.0)) - 0.8), BOARD_LINE)
    # the window and the floor with its sunlit patch
    R.over(img, R.coverage(R.edges_sdf(x, y, 3.0, 10.0, 5.0, 11.0)), WINDOW)
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    R.over(img, R.coverage(np.maximum(np.abs(((y - FLOOR_Y) % 4.0) - 2.0) - 0.35, FLOOR_Y + 1.0 - y)), FLOOR_LINE)
    R.over(img, 0.45 * R.coverage(R.ellipse_sdf(x - 15.0, y - 58.0, 11.0, 4.0)), SUN)
    # the winnower: legs, a red box with a hopper on top (its wheel is drawn per image)
    legs = np.minimum(R.edges_sdf(x, y, 45.0, 47.0, 44.0, 58.0), R.edges_sdf(x, y, 61.0, 63.0, 44.0, 58.0))
    R.over(img, R.coverage(legs), RED_DARK)
    box = R.edges_sdf(x, y, 44.0, 64.0, 24.0, 47.0)
    hopper = np.maximum(np.abs(x - WHEEL_X) - 4.0 - 0.6 * (24.0 - y), np.maximum(16.0 - y, y - 24.5))
    R.over(img, R.coverage(np.minimum(box, hopper)), RED)
    R.over(img, R.coverage(np.abs(np.minimum(box, hopper)) - 0.5), RED_DARK)
    return img[0]


SCENE = _scene()


def _beam():
    x, y = R.grid()
    left, right = _beam_x(y)
    beam = np.maximum(np.maximum(left - x, x - right), np.maximum(11.0 - y, y - 58.0))
    h = np.sin(x * 12.9898 + y * 78.233) * 43758.5453  # a fixed scatter of motes
    motes = R.coverage(beam) * ((h - np.floor(h)) > 0.86)
    return R.coverage(beam), motes.astype(np.float32)


BEAM, MOTES = _beam()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the doors: each leaf narrower as it swings out; daylight across the floor between them
    o = R.col(f[:, 2])
    w = LEAF * np.cos(1.35 * o)
    gap_l, gap_r = DOOR_L + w, DOOR_R - w
    spill = np.maximum(np.maximum(gap_l - 1.5 * (y - FLOOR_Y) - x, x - gap_r - 1.5 * (y - FLOOR_Y)), FLOOR_Y - y)
    R.over(img, 0.5 * R.coverage(spill) * np.clip(o * 3.0, 0.0, 1.0), SUN)
    for left, right, hinge in ((DOOR_L, gap_l, DOOR_L), (gap_r, DOOR_R, DOOR_R)):
        leaf = R.edges_sdf(x, y, left, right, DOOR_T, FLOOR_Y)
        R.over(img, R.coverage(leaf), DOOR)
        u = np.clip(np.abs(x - hinge) / np.maximum(right - left, 0.5), 0.0, 1.0)
        planks = np.abs(((u * 4.0) % 1.0) - 0.5) * (right - left) / 4.0 - 0.4
        rails = np.abs(np.minimum(np.abs(y - 14.0), np.abs(y - 40.0))) - 0.9
        brace = np.abs((y - 40.0) + 26.0 * u) - 1.2
        R.over(img, R.coverage(np.maximum(np.minimum(np.minimum(planks, rails), brace), leaf)), DOOR_LINE)
    # the heap of grain in the sunlit patch
    rx = R.col(4.0 + 12.0 * f[:, 0])
    heap = np.maximum(R.ellipse_sdf(x - HEAP_X, y - HEAP_Y, rx, 0.75 * rx), y - HEAP_Y)
    R.over(img, R.coverage(heap), GRAIN)
    R.over(img, 0.7 * R.coverage(np.maximum(np.abs(((x * 1.7 + y * 2.3) % 2.5) - 1.25) - 0.25, heap + 0.5)), GRAIN_DARK)
    # the sunbeam and its dust
    dust = R.col(f[:, 1])
    R.over(img, (0.06 + 0.44 * dust) * BEAM, SUN)
    R.over(img, 0.8 * dust * MOTES, (1.0, 1.0, 0.95))
    # the crank wheel: rim, five spokes, hub and a handle knob at the rim
    turn = R.col(f[:, 3])
    rho = np.hypot(x - WHEEL_X, y - WHEEL_Y)
    ang = np.arctan2(x - WHEEL_X, WHEEL_Y - y) - turn  # clockwise from the top, relative to the wheel
    spokes = np.abs(((ang * 5.0 / (2 * np.pi) + 0.5) % 1.0) - 0.5) * (2 * np.pi / 5.0) * rho - 1.2
    wheel = np.minimum(np.abs(rho - WHEEL_R) - 1.0, np.maximum(spokes, rho - WHEEL_R))
    R.over(img, R.coverage(np.minimum(wheel, rho - 2.2)), SPOKE)
    kx, ky = WHEEL_X + (WHEEL_R - 1.0) * np.sin(turn), WHEEL_Y - (WHEEL_R - 1.0) * np.cos(turn)
    R.over(img, R.coverage(R.segment_sdf(x, y, WHEEL_X, WHEEL_Y, kx, ky) - 1.0), KNOB)
    R.over(img, R.coverage(np.hypot(x - kx, y - ky) - 2.6), KNOB)
    return R.to_uint8(img)


def render(grain_heap: float, dust: float, doors_open: float, crank_turn: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[grain_heap, dust, doors_open, crank_turn]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("thresher", arg, n, seed, FACTORS, sample_factors, _draw)
