"""`chef`: a chef tossing a pancake from a frying pan over a gas flame in a tiled kitchen, seen from
the front (64x64 RGB).

The kitchen wall is of pale blue-green tiles with white joints; along the top a steel rail holds a
hanging ladle, whisk and spatula. Along the bottom stands a cream enamel stove with a black hob and
black knobs; on the hob, left of the middle, a gas burner sends up a ring of blue flames under a
black iron frying pan. The chef's arm, in a white sleeve, reaches in from the right edge to hold the
pan by its long wooden handle, and above the pan a round pancake flies in the air. Factors: how
high the pancake has been tossed above the pan (just out of it to high in the air), how far the
pan is tilted (tipped down to the left, level, tipped down to the right; the chef's hand goes with
the handle), how brown the pancake is cooked (from pale batter to golden brown) and how high the
gas flames burn (from low to high). The wall, the rail and its utensils, the stove, the pan's size
and the pancake's size stay fixed; the pancake and the pan always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("toss_height", "how high the pancake is tossed above the pan (low to high)", "continuous"),
    Factor("pan_tilt", "tilt of the frying pan (tipped down to the left, level, down to the right)", "continuous"),
    Factor("browning", "how brown the pancake is cooked (pale to golden brown)", "continuous"),
    Factor("flame", "how high the gas flames burn under the pan (low to high)", "continuous"),
)
# toss_height: 0..1 puts the pancake's middle at y = 33..11 px, x = 28 px; pan_tilt: -0.3..0.3
# radians the pan (and its handle) is turned about the middle of its base at (28, 42) px (positive:
# its right side and handle down); browning: 0..1 blends the pancake from BATTER to BROWN and
# darkens its spots; flame: 0..1 makes the flames 2..12 px tall above the burner at y = 52.5 px
RANGES = ((0.0, 1.0), (-0.3, 0.3), (0.0, 1.0), (0.0, 1.0))
TILE, GROUT = (0.68, 0.83, 0.84), (0.93, 0.95, 0.95)
STEEL, STEEL_DARK = (0.72, 0.73, 0.76), (0.45, 0.46, 0.5)
ENAMEL, HOB, KNOB, BURNER = (0.92, 0.88, 0.76), (0.12, 0.12, 0.14), (0.08, 0.08, 0.08), (0.3, 0.3, 0.32)
FLAME, FLAME_CORE = (0.2, 0.38, 1.0), (0.72, 0.86, 1.0)
IRON, IRON_RIM, HANDLE = (0.13, 0.13, 0.15), (0.36, 0.36, 0.4), (0.38, 0.24, 0.13)
SLEEVE, SLEEVE_EDGE, SKIN = (0.98, 0.98, 0.97), (0.7, 0.72, 0.74), (0.92, 0.74, 0.6)
BATTER, BROWN, SPOT = np.array((0.97, 0.9, 0.62)), np.array((0.68, 0.42, 0.15)), np.array((0.42, 0.24, 0.08))
PAN_X, PAN_Y = 28.0, 42.0
PAN_BASE, PAN_TOP, PAN_DEPTH = 10.0, 13.0, 5.0  # half-lengths of the pan's base and rim, its depth
HANDLE_FROM, HANDLE_TO, GRIP = (12.5, 4.0), (28.0, 7.0), (23.5, 6.1)  # along / up from the pan's base
HOB_Y, BURNER_Y = 54.0, 52.5
FLAMES = (-12.0, -8.0, -4.0, 0.0, 4.0, 8.0, 12.0)
CAKE_RX, CAKE_RY = 9.5, 4.0
SPOTS = ((-4.5, -1.0, 1.2), (-0.5, 1.2, 1.0), (3.5, -0.8, 1.3), (6.5, 1.0, 0.8), (-7.0, 1.0, 0.7))


def _scene():
    x, y = R.grid()
    img = R.canvas(1, TILE)
    grout = np.minimum(np.abs((x % 6.0) - 0.5), np.abs((y % 6.0) - 0.5)) - 0.45
    R.over(img, R.coverage(grout), GROUT)
    # the rail and its utensils: a ladle, a whisk, a spatula
    R.over(img, R.coverage(R.edges_sdf(x, y, 4.0, 60.0, 3.0, 4.2)), STEEL)
    ladle = np.minimum(R.segment_sdf(x, y, 12.0, 4.0, 12.0, 11.0) - 0.6,
                       np.maximum(np.hypot(x - 12.0, y - 12.0) - 2.4, 11.5 - y))
    whisk = np.minimum(R.segment_sdf(x, y, 46.0, 4.0, 46.0, 8.0) - 0.7,
                       np.abs(R.ellipse_sdf(x - 46.0, y - 11.5, 2.2, 3.6)) - 0.35)
    spatula = np.minimum(R.segment_sdf(x, y, 54.0, 4.0, 54.0, 9.0) - 0.5, R.box_sdf(x - 54.0, y - 11.5, 2.0, 2.6))
    R.over(img, R.coverage(np.minimum(np.minimum(ladle, whisk), spatula)), STEEL_DARK)
    # the stove: the hob, the enamel front, the knobs, the burner
    R.over(img, R.below(HOB_Y, 1), ENAMEL)
    R.over(img, R.coverage(np.abs(y - HOB_Y - 0.5) - 1.5), HOB)
    knobs = np.min([np.hypot(x - kx, y - 59.0) - 1.6 for kx in (10.0, 20.0, 44.0, 54.0)], 0)
    R.over(img, R.coverage(knobs), KNOB)
    R.over(img, R.coverage(R.box_sdf(x - PAN_X, y - BURNER_Y - 0.2, 14.0, 0.9)), BURNER)
    return img[0]


SCENE = _scene()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the flames: a row of tongues rising from the burner
    tall = R.col(2.0 + 10.0 * f[:, 3])
    s = (BURNER_Y - y) / tall  # 0 at the burner, 1 at the flames' tips
    inside = np.clip(1.0 - s, 0.0, 1.0)
    tongues = np.min([np.abs(x - PAN_X - fx) for fx in FLAMES], 0)
    flame = np.maximum(tongues - 2.4 * inside, np.maximum(-s * tall, (s - 1.0) * tall))
    R.over(img, R.coverage(flame), FLAME)
    core = np.maximum(tongues - 1.0 * inside, np.maximum(-s * tall, (s - 0.55) * tall))
    R.over(img, 0.9 * R.coverage(core), FLAME_CORE)
    # the pancake in the air: pale to brown, with darker spots as it browns
    b = f[:, 2:3]
    cake_colour = BATTER + (BROWN - BATTER) * b
    cy = R.col(33.0 - 22.0 * f[:, 0])
    cake = R.ellipse_sdf(x - PAN_X, y - cy, CAKE_RX, CAKE_RY)
    R.over(img, R.coverage(cake), cake_colour * 0.8)
    R.over(img, R.coverage(cake + 0.9), cake_colour)
    spots = np.min([np.hypot(x - PAN_X - sx, y - cy - sy) - r for sx, sy, r in SPOTS], 0)
    R.over(img, R.coverage(np.maximum(spots, cake + 0.9)) * R.col(0.15 + 0.75 * f[:, 2]), SPOT)
    # the pan, turned about the middle of its base: u along it (right), v up from its base
    a = R.col(f[:, 1])
    ca, sa = np.cos(a), np.sin(a)
    px, py = x - PAN_X, y - PAN_Y
    u, v = px * ca + py * sa, px * sa - py * ca
    # the sleeve and the hand holding the handle, from the right edge
    gx, gy = PAN_X + GRIP[0] * ca + GRIP[1] * sa, PAN_Y + GRIP[0] * sa - GRIP[1] * ca
    sleeve = R.segment_sdf(x, y, gx + 3.0, gy + 1.0, 70.0, gy + 12.0) - 3.4
    R.over(img, R.coverage(sleeve), SLEEVE_EDGE)
    R.over(img, R.coverage(sleeve + 0.8), SLEEVE)
    handle = R.segment_sdf(u, v, HANDLE_FROM[0], HANDLE_FROM[1], HANDLE_TO[0], HANDLE_TO[1]) - 1.3
    R.over(img, R.coverage(handle), HANDLE)
    half = PAN_BASE + (PAN_TOP - PAN_BASE) * np.clip(v / PAN_DEPTH, 0.0, 1.0)
    pan = np.maximum(np.abs(u) - half, np.maximum(-v, v - PAN_DEPTH))
    R.over(img, R.coverage(pan), IRON)
    R.over(img, R.coverage(np.maximum(pan, PAN_DEPTH - 1.0 - v)), IRON_RIM)
    R.over(img, R.coverage(np.hypot(x - gx, y - gy) - 2.4), SKIN)
    return R.to_uint8(img)


def render(toss_height: float, pan_tilt: float, browning: float, flame: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[toss_height, pan_tilt, browning, flame]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("chef", arg, n, seed, FACTORS, sample_factors, _draw)
