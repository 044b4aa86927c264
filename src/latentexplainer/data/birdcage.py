"""`birdcage`: a brass birdcage with a small bird on a perch hanging in front of a striped
wallpapered wall (64x64 RGB).

The cage hangs on a short chain from the top of the image by a ring: a domed top over a
straight-sided body, thin vertical brass bars, darker brass rims round the dome and the body
and a solid tray at the bottom. Inside, a small round bird sits on a wooden perch across the
cage, a little right of its middle, facing right, with an orange beak, a dark eye, a darker
wing and a tail. In the front of the cage, left of its middle, is a door: a framed panel of
bars with two cross wires and a ring handle that slides up, leaving an opening without bars
below it. The wall behind has faint vertical stripes. Factors: where the cage hangs (left to
right), how closely its bars are spaced (wide apart to close together), how far the door is
slid open (shut to open), the bird's hue (red through yellow and green to blue) and how light
the wall is (dark to light). The cage's size, the bird's size and place in the cage, the
brass and the tray stay fixed; the whole cage always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("cage_x", "horizontal position of the birdcage (left to right)", "continuous"),
    Factor("bar_density", "how closely the cage's bars are spaced (wide apart to close together)", "continuous"),
    Factor("door_open", "how far the cage's door is slid up (shut to open)", "continuous"),
    Factor("bird_hue", "hue of the bird (red through yellow and green to blue)", "continuous"),
    Factor("wall_light", "how light the wall behind the cage is (dark to light)", "continuous"),
)
# cage_x: 0..1 puts the cage's middle at x = 21..43 px (the cage is 34 px wide); bar_density:
# 0..1 spaces the bars 7..3 px apart (a bar always down the middle); door_open: 0..1 slides the
# door (14 px wide, 16 px high, its middle 8 px left of the cage's) up by 0..16 px; bird_hue:
# 0..0.6 of the colour wheel (no wrap); wall_light: 0..1 blends the wall from dark slate to
# light cream
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 0.6), (0.0, 1.0))
WALL_DARK, WALL_LIGHT = np.array((0.17, 0.2, 0.27)), np.array((0.9, 0.87, 0.78))
BRASS, BRASS_DARK = (0.86, 0.68, 0.26), (0.5, 0.34, 0.1)
PERCH, BEAK, EYE = (0.5, 0.32, 0.16), (0.97, 0.55, 0.1), (0.06, 0.05, 0.05)
TOP, BOTTOM, HALF_W, DOME = 26.0, 54.0, 17.0, 13.0  # the body's top and bottom rows, half-width; dome height
RING_Y = TOP - DOME - 2.6  # the ring the cage hangs by
PERCH_Y, BIRD_DX = 44.0, 3.0  # the perch's row; the bird's place from the cage's middle
# the door: its middle from the cage's, its half-width, its top row when shut, how far it slides up
DOOR_X, DOOR_HW, DOOR_TOP, DOOR_LIFT = -8.0, 7.0, 38.0, 16.0
BAR_HW = 0.5
# the rows each part can reach: the chain and ring, the bird and perch, the bars, rims and door, the tray
HANG_ROWS, BIRD_ROWS, CAGE_ROWS, TRAY_ROWS = (0, 16), (24, 48), (11, 58), (52, 60)


def _stripes() -> np.ndarray:
    x, _ = R.grid()
    stripes = 1.0 + 0.05 * np.sign(np.sin(2 * np.pi * x / 8.0))
    return np.broadcast_to(stripes[0], (R.SIZE, R.SIZE)).astype(np.float32)


STRIPES = _stripes()


def _draw(f: np.ndarray) -> np.ndarray:
    x, yy = R.grid()
    wall = WALL_DARK[None] + (WALL_LIGHT - WALL_DARK)[None] * f[:, 4:5]  # (n, 3)
    img = np.multiply(wall.astype(np.float32)[:, :, None, None], STRIPES[None, None], dtype=np.float32)
    cx = R.col(21 + 22 * f[:, 0])
    u = x - cx
    # each part is drawn only in the rows it can reach, for speed
    (r0, r1), y = HANG_ROWS, yy[:, slice(*HANG_ROWS)]
    # the chain and the ring the cage hangs by
    chain = np.maximum(np.abs(u) - 0.6, y - RING_Y)
    ring = np.abs(np.sqrt(u * u + (y - RING_Y) ** 2) - 2.0) - 0.7
    R.over(img[:, :, r0:r1], R.coverage(np.minimum(chain, ring)), BRASS_DARK)
    # the bird on its perch, inside the cage
    (r0, r1), y = BIRD_ROWS, yy[:, slice(*BIRD_ROWS)]
    part = img[:, :, r0:r1]
    bx, by = cx + BIRD_DX, PERCH_Y
    R.over(part, R.coverage(np.maximum(np.abs(u) - HALF_W, np.abs(y - PERCH_Y) - 1.0)), PERCH)
    colour = R.hsv(f[:, 3], 0.75, 0.9)
    tail = R.segment_sdf(x, y, bx - 3.5, by - 5.5, bx - 11.0, by + 0.7) - 1.8
    R.over(part, R.coverage(tail), colour * 0.7)
    body = R.ellipse_sdf(x - bx, y - (by - 6.2), 6.5, 5.5)
    head = np.sqrt((x - (bx + 4.7)) ** 2 + (y - (by - 13.3)) ** 2) - 4.3
    R.over(part, R.coverage(np.minimum(body, head)), colour)
    R.over(part, R.coverage(R.ellipse_sdf(x - (bx - 1.7), y - (by - 6.0), 4.2, 2.8)), colour * 0.7)
    R.over(part, R.coverage(R.ellipse_sdf(x - (bx + 9.6), y - (by - 12.9), 2.3, 1.3)), BEAK)
    R.over(part, R.coverage(np.sqrt((x - (bx + 6.1)) ** 2 + (y - (by - 14.4)) ** 2) - 1.0), EYE)
    # the bars: vertical lines across the cage's outline, missing where the door has slid up from
    (r0, r1), y = CAGE_ROWS, yy[:, slice(*CAGE_ROWS)]
    part = img[:, :, r0:r1]
    spacing = R.col(7.0 - 4.0 * f[:, 1])
    bars = np.abs((u + spacing / 2) % spacing - spacing / 2) - BAR_HW
    cage = np.minimum(
        R.edges_sdf(x, y, cx - HALF_W, cx + HALF_W, TOP, BOTTOM),
        np.maximum(R.ellipse_sdf(u, y - TOP, HALF_W, DOME), y - TOP),
    )
    lift = R.col(DOOR_LIFT * f[:, 2])
    opening = R.edges_sdf(x, y, cx + DOOR_X - DOOR_HW, cx + DOOR_X + DOOR_HW, BOTTOM - lift, BOTTOM)
    R.over(part, R.coverage(np.maximum(bars, cage)) * (1.0 - R.coverage(opening)), BRASS)
    # the rims: round the dome, across the body's top, and down its sides
    rims = np.maximum(np.abs(R.ellipse_sdf(u, y - TOP, HALF_W, DOME)) - 0.8, y - TOP)
    rims = np.minimum(rims, np.maximum(np.abs(y - TOP) - 0.8, np.abs(u) - HALF_W))
    rims = np.minimum(
        rims, np.maximum(np.abs(np.abs(u) - HALF_W) - 0.8, np.abs(y - (TOP + BOTTOM) / 2) - (BOTTOM - TOP) / 2)
    )
    R.over(part, R.coverage(rims), BRASS_DARK)
    # the door: its frame with two cross wires and a ring handle, slid up by the lift
    half = (BOTTOM - DOOR_TOP) / 2
    dx, dy = u - DOOR_X, y - (DOOR_TOP + half - lift)
    frame = np.abs(R.box_sdf(dx, dy, DOOR_HW - 1.0, half - 1.0)) - 1.0
    wires = np.maximum(np.abs(np.abs(dy) - half / 3) - 0.6, np.abs(dx) - DOOR_HW)
    handle = np.abs(np.sqrt(dx * dx + (dy - half - 1.2) ** 2) - 1.4) - 0.5
    R.over(part, R.coverage(np.minimum(np.minimum(frame, wires), handle)), BRASS_DARK)
    # the tray
    (r0, r1), y = TRAY_ROWS, yy[:, slice(*TRAY_ROWS)]
    part = img[:, :, r0:r1]
    tray = R.edges_sdf(x, y, cx - HALF_W - 2.0, cx + HALF_W + 2.0, BOTTOM - 0.5, BOTTOM + 4.0) - 0.6
    R.over(part, R.coverage(tray), BRASS)
    R.over(part, 0.8 * R.coverage(np.maximum(tray, np.abs(y - (BOTTOM + 2.5)) - 0.6)), BRASS_DARK)
    return R.to_uint8(img)


def render(cage_x: float, bar_density: float, door_open: float, bird_hue: float, wall_light: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[cage_x, bar_density, door_open, bird_hue, wall_light]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("birdcage", arg, n, seed, FACTORS, sample_factors, _draw)
