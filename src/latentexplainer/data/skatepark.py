"""`skatepark`: a skateboard flying and spinning above a concrete halfpipe in front of a wall
sprayed with graffiti, seen from the side (64x64 RGB).

A pale concrete halfpipe fills the bottom of the image: a flat bottom in the middle, a curved
transition rising on each side to a metal coping pipe at its lip, and a flat deck beyond each
lip out to the image's edge. Behind it stands a grey concrete wall with a strip of sky above;
across the wall is a big piece of graffiti - three fat bubble shapes with a black outline, a
darker lower half and white highlights. A skateboard flies in the air above the middle of the
halfpipe: a deck with black grip tape on top, an orange underside and upturned kicktails, two
metal trucks and four cream wheels (two show from the side). Factors: how high the board flies
(low to high), how far it has spun round in the air (a whole turn comes back to wheels down;
half a turn is upside down, wheels up), the hue of the graffiti (a whole turn of the colour
wheel) and how deep the halfpipe is (shallow to deep: its lips and decks rise, its flat bottom
stays). The wall, the sky, the graffiti's shape, the board's size and colours and the place of
the flat bottom stay fixed; the board always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("jump_height", "how high the skateboard flies above the halfpipe (low to high)", "continuous"),
    Factor("board_spin", "how far the skateboard has spun round in the air (a full turn)", "cyclic",
           period=2 * np.pi),
    Factor("graffiti_hue", "hue of the graffiti on the wall (a full turn of the colour wheel)", "cyclic",
           period=1.0),
    Factor("ramp_depth", "how deep the halfpipe is (shallow to deep)", "continuous"),
)
# jump_height: 0..1 puts the board's middle at y = 40..19 px, x = 32 px (the board, 30 px from
# tail to nose, reaches 16.4 px from it at most); board_spin: 0..2 pi radians, clockwise on
# screen (0: wheels down, pi: upside down); graffiti_hue: 0..1 of the colour wheel (a whole turn:
# 0 and 1 are the same red); ramp_depth: 0..1 raises the lips 10..22 px above the flat bottom at
# y = 58 px (x = 27..37 px), the transitions quarter circles of that radius, the decks at the
# lips' height
RANGES = ((0.0, 1.0), (0.0, 2 * np.pi), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.5, 0.72, 0.95)), np.array((0.72, 0.85, 0.97))
WALL, SEAM, WALL_TOP_C = (0.54, 0.54, 0.56), (0.46, 0.46, 0.48), (0.66, 0.66, 0.67)
OUTLINE, SHINE = (0.06, 0.06, 0.07), (0.98, 0.98, 0.98)
CONCRETE, CONCRETE_DARK, COPING = (0.8, 0.79, 0.75), (0.68, 0.67, 0.63), (0.32, 0.36, 0.42)
GRIP, UNDERSIDE, TRUCK, WHEEL = (0.1, 0.1, 0.11), (0.96, 0.5, 0.1), (0.72, 0.74, 0.78), (0.97, 0.9, 0.62)
SKY_END, BOTTOM_Y, FLAT_L, FLAT_R = 6.0, 58.0, 27.0, 37.0
DECK_HALF, TAIL_U, TAIL_V, DECK_HW = 12.0, 15.0, -2.6, 1.4
TRUCK_U, WHEEL_V, WHEEL_R = 8.5, 4.8, 2.6
LETTERS = ((14.0, 19.0, 7.5, 8.5), (31.0, 18.0, 8.0, 9.5), (48.0, 19.5, 8.0, 8.5))  # x, y, rx, ry


def _wall() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The sky and the wall (3, H, W), and the graffiti's fill, lower half and highlights (H, W)."""
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, SKY_END)[None].copy()
    R.over(img, R.coverage(SKY_END - y + 0 * x), WALL)
    R.over(img, R.coverage(np.abs(y - SKY_END - 1.0) - 1.0 + 0 * x), WALL_TOP_C)
    seams = np.minimum(np.abs((y % 14.0) - 7.0 + 0 * x) + 100.0 * (y < SKY_END + 3), np.abs((x % 21.0) - 10.5))
    R.over(img, R.coverage(np.maximum(6.5 - seams, SKY_END + 2.0 - y)), SEAM)
    # the graffiti: three fat bubbles, an eye cut in the middle one, a black outline and highlights
    blob = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for lx, ly, rx, ry in LETTERS:
        blob = np.minimum(blob, R.ellipse_sdf(x - lx, y - ly, rx, ry))
    blob = np.maximum(blob, 1.4 - R.ellipse_sdf(x - 31.0, y - 18.0, 2.4, 3.6))
    blob = np.maximum(blob, -R.edges_sdf(x, y, 12.5, 15.5, 22.0, 30.0))  # a notch up into the first
    R.over(img, R.coverage(blob - 1.4), OUTLINE)
    fill = R.coverage(blob)[0]
    lower = R.coverage(21.0 - y + 0 * x)[0]
    shine = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for lx, ly, rx, ry in LETTERS:
        shine = np.minimum(shine, R.ellipse_sdf(x - (lx - 0.45 * rx), y - (ly - 0.5 * ry), 1.2, 2.4))
    return img[0], fill, np.maximum(lower, 0.0) * fill, R.coverage(np.maximum(shine, blob + 1.0))[0]


BACKGROUND, FILL, LOWER, SHINES = _wall()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the graffiti's fill in its hue, darker on its lower half, then its highlights
    hue = f[:, 2]
    bright, dark = R.hsv(hue, 0.85, 0.95), R.hsv(hue, 0.85, 0.68)
    R.over(img, np.broadcast_to(FILL, (n, R.SIZE, R.SIZE)), bright)
    R.over(img, np.broadcast_to(LOWER, (n, R.SIZE, R.SIZE)), dark)
    R.over(img, np.broadcast_to(SHINES, (n, R.SIZE, R.SIZE)), SHINE)
    # the halfpipe: decks out to the edges, quarter-circle transitions, the flat bottom
    depth = R.col(10.0 + 12.0 * f[:, 3])
    lip = BOTTOM_Y - depth
    side = np.where(x < 32.0, FLAT_L - x, x - FLAT_R)  # how far out from the flat bottom
    # (each transition: outside a circle of radius `depth` about (side 0, lip), below the lip)
    ramp = np.where(side <= 0.0, BOTTOM_Y - y, np.where(side >= depth, lip - y, depth - np.hypot(side, y - lip)))
    ramp = np.where((side > 0.0) & (side < depth) & (y < lip), np.maximum(lip - y, ramp), ramp)
    R.over(img, R.coverage(ramp), CONCRETE)
    R.over(img, R.coverage(np.abs(ramp + 0.9) - 0.7), CONCRETE_DARK)  # the worn edge along its surface
    R.over(img, R.coverage(np.hypot(side - depth, y - lip + 1.2) - 1.4), COPING)
    # the skateboard: u along the deck, v across it (down when unspun)
    cy, a = R.col(40.0 - 21.0 * f[:, 0]), R.col(f[:, 1])
    c, s = np.cos(a), np.sin(a)
    u, v = (x - 32.0) * c + (y - cy) * s, -(x - 32.0) * s + (y - cy) * c
    trucks = np.maximum(np.abs(np.abs(u) - TRUCK_U) - 1.8, np.abs(v - 2.4) - 1.1)
    R.over(img, R.coverage(trucks), TRUCK)
    R.over(img, R.coverage(np.hypot(np.abs(u) - TRUCK_U, v - WHEEL_V) - WHEEL_R), WHEEL)
    deck = np.minimum(R.segment_sdf(np.abs(u), v, 0.0, 0.0, DECK_HALF, 0.0),
                      R.segment_sdf(np.abs(u), v, DECK_HALF, 0.0, TAIL_U, TAIL_V)) - DECK_HW
    R.over(img, R.coverage(deck), UNDERSIDE)
    R.over(img, R.coverage(np.maximum(deck, v + 0.1 + 0.3 * np.clip(np.abs(u) - DECK_HALF, 0, None))), GRIP)
    return R.to_uint8(img)


def render(jump_height: float, board_spin: float, graffiti_hue: float, ramp_depth: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[jump_height, board_spin, graffiti_hue, ramp_depth]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("skatepark", arg, n, seed, FACTORS, sample_factors, _draw)
