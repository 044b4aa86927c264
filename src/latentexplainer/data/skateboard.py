"""`skateboard`: a skateboard flipped in mid-air over the concrete of a skate park, seen from
below, in front of a painted wall (64x64 RGB).

The skateboard hangs in the air above the middle of the ground, its underside towards the
viewer: a long yellow deck with rounded ends, two grey metal trucks across it near the ends
and a cream wheel sticking out at each end of each truck. The deck may be plain or carry a
pattern in dark red. Below it, on the ground, lies its soft grey shadow, smaller and fainter
the higher the board is. Behind is a wall of painted concrete panels with darker joints and a
metal coping rail along its foot, and a grey concrete floor with darker expansion joints.
Factors: how far the board is spun round in the picture (a cyclic factor: the board looks
the same after half a turn), how high it is in the air (just above the ground to high up),
the deck's pattern (plain, stripes across it or spots) and the hue of the painted wall (red
through yellow, green and blue to purple). The board's size and colours, the floor and the
wall's joints stay fixed; the whole board always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("spin", "how far the skateboard is spun round in the picture", "cyclic", period=np.pi),
    Factor("air", "how high the skateboard is in the air (low to high)", "continuous"),
    Factor("deck_pattern", "pattern on the underside of the skateboard's deck", "categorical",
           ("plain", "stripes", "spots")),
    Factor("wall_hue", "hue of the painted wall (red through yellow, green, blue to purple)", "continuous"),
)
# spin: 0..pi radians, clockwise on the screen from lying level (the board has a half-turn symmetry,
# so pi is 0 again); air: 0..1 puts the board's middle at y = 40..20 px; deck_pattern: code 0..2;
# wall_hue: 0..0.8 of the colour wheel (no wrap)
RANGES = ((0.0, np.pi), (0.0, 1.0), (0.0, 2.0), (0.0, 0.8))
FLOOR, FLOOR_JOINT, RAIL, RAIL_LIGHT = (0.64, 0.63, 0.6), (0.48, 0.47, 0.45), (0.45, 0.47, 0.5), (0.82, 0.84, 0.88)
DECK, PATTERN, TRUCK, WHEEL = (0.96, 0.78, 0.18), (0.5, 0.06, 0.1), (0.62, 0.63, 0.66), (0.96, 0.92, 0.8)
SHADOW = (0.25, 0.25, 0.25)
CX, FLOOR_Y, SHADOW_Y = 32.0, 46.0, 56.0
HALF, DECK_R = 13.0, 6.5  # the deck: a capsule round the segment from -HALF to HALF along it
TRUCK_U, WHEEL_V = 10.0, 8.3  # the trucks along the deck, the wheels across it
STRIPE_P, SPOT_P = 6.5, 6.5  # the patterns' repeats along the deck


def _background() -> np.ndarray:
    """The floor, the rail, and the wall's joints as darkness (the wall's colour comes per image)."""
    x, y = R.grid()
    img = R.canvas(1, FLOOR)
    joints = np.minimum(np.abs(y - 54.0), np.abs(((x - 32.0 - (y - FLOOR_Y) * 1.2) % 24.0) - 12.0)) - 0.5
    R.over(img, R.coverage(joints) * R.coverage(FLOOR_Y + 1.0 - y), FLOOR_JOINT)
    stains = 0.04 * np.sin(x * 0.37 + y * 0.81) * np.sin(x * 0.13 - y * 0.29)
    img += stains[:, None] * (y > FLOOR_Y)
    R.over(img, R.coverage(np.abs(y - FLOOR_Y + 1.2) - 1.3), RAIL)
    R.over(img, R.coverage(np.abs(y - FLOOR_Y + 1.7) - 0.45), RAIL_LIGHT)
    return img[0]


BACKGROUND = _background()


def _wall_shade() -> np.ndarray:
    """(H_wall, W): 1 on the panels, darker at the joints and a little uneven."""
    x, y = R.grid()
    y = y[:, :int(FLOOR_Y) - 2]
    joints = np.minimum(np.abs(((x - 8.0) % 16.0) - 8.0), np.abs(y - 21.0)) - 0.5
    shade = 1.0 - 0.35 * R.coverage(joints) + 0.04 * np.sin(x * 0.9 + y * 0.4) * np.sin(y * 1.3)
    return shade[0].astype(np.float32)


WALL_SHADE = _wall_shade()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    rows = WALL_SHADE.shape[0]
    img[:, :, :rows] = R.hsv(f[:, 3], 0.45, 0.78)[:, :, None, None] * WALL_SHADE
    a, air = R.col(f[:, 0]), R.col(f[:, 1])
    ca, sa = np.cos(a), np.sin(a)
    # the shadow on the floor, under the board
    length = HALF * np.abs(ca) + DECK_R + 1.0
    shadow = R.ellipse_sdf(x - CX, y - SHADOW_Y, length * (1 - 0.4 * air), 1.8 * (1 - 0.3 * air))
    R.over(img, (0.6 - 0.3 * air) * R.coverage(shadow), SHADOW)
    # the board, in its own frame: u along the deck, v across it
    dx, dy = x - CX, y - R.col(40 - 20 * f[:, 1])
    u, v = dx * ca + dy * sa, -dx * sa + dy * ca
    au, av = np.abs(u), np.abs(v)
    deck = np.hypot(np.maximum(au - HALF, 0.0), v) - DECK_R
    R.over(img, R.coverage(deck), DECK)
    kind = f[:, 2, None, None]
    stripes = np.abs((au % STRIPE_P) - STRIPE_P / 2) - 1.6
    row = np.floor(au / SPOT_P + 0.5)  # spots down the middle, and in two rows between them
    spots = np.minimum(np.hypot(au - row * SPOT_P, v) - 2.0,
                       np.hypot(np.abs(au - (np.floor(au / SPOT_P) + 0.5) * SPOT_P), av - 3.6) - 1.6)
    pattern = np.where(kind == 1, stripes, np.where(kind == 2, spots, np.inf))
    R.over(img, R.coverage(np.maximum(pattern, deck + 0.8)), PATTERN)
    trucks = np.maximum(np.abs(au - TRUCK_U) - 1.1, av - WHEEL_V)
    R.over(img, R.coverage(trucks), TRUCK)
    wheels = R.ellipse_sdf(au - TRUCK_U, av - WHEEL_V, 2.2, 1.7)
    R.over(img, R.coverage(wheels), WHEEL)
    return R.to_uint8(img)


def render(spin: float, air: float, deck_pattern: float, wall_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[spin, air, deck_pattern, wall_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("skateboard", arg, n, seed, FACTORS, sample_factors, _draw)
