"""`postman`: a postman on his round walking along the pavement past a terraced house with a
painted front door and a garden gate, seen from the front (64x64 RGB).

The house front is cream render under a strip of sky, with two sash windows to the left of its
front door; the door has a brass letterbox and a pale fanlight above it. A low pale stone wall
runs along the front garden, broken on the right by a dark green wooden gate, which opens
inwards onto a grey path to the door. Along the pavement at the bottom walks the postman in a
navy uniform and peaked cap, a dark leather post bag hanging at his right side from a strap
across his chest. Factors: where the postman is along the pavement (left to right), how full
his bag is (from nearly empty and small to full and bulging), the hue of the front door (the
whole colour wheel, coming round to where it began) and how far the garden gate is open (shut to
wide open). The house, the windows, the wall, the pavement and the postman's size stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("postman_x", "horizontal position of the postman along the pavement (left to right)", "continuous"),
    Factor("bag_size", "how full the postman's bag is (nearly empty to full)", "continuous"),
    Factor("door_hue", "hue of the house's front door", "cyclic", period=1.0),
    Factor("gate_open", "how far the garden gate is open (shut to wide open)", "continuous"),
)
# postman_x: 0..1 puts the middle of his body at x = 8..52 px; bag_size: 0..1 is a bag 3..9 px in
# radius; door_hue: 0..1 of the colour wheel, a whole turn (0 and 1 are the same red); gate_open:
# 0..1 narrows the gate, swinging in on its hinge at the left, from 14 px to 2 px wide
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
SKY, RENDER, SILL = (0.62, 0.78, 0.94), (0.9, 0.86, 0.74), (0.97, 0.96, 0.93)
GLASS, FANLIGHT, BRASS = (0.28, 0.36, 0.44), (0.85, 0.9, 0.92), (0.85, 0.68, 0.25)
WALL, WALL_LINE, PATH, PAVEMENT, KERB = (0.7, 0.65, 0.56), (0.56, 0.52, 0.45), (0.5, 0.49, 0.47), \
    (0.62, 0.62, 0.63), (0.45, 0.45, 0.47)
GATE = (0.13, 0.34, 0.2)
NAVY, NAVY_DARK, SKIN, BAG = (0.14, 0.18, 0.36), (0.08, 0.1, 0.2), (0.92, 0.72, 0.58), (0.33, 0.19, 0.09)
SKY_Y, DOOR = 6.0, (43.0, 57.0, 16.0, 44.0)  # the door: left, right, top, bottom
WALL_T, WALL_B, GATE_L, GATE_W = 40.0, 53.0, 43.0, 14.0
FEET_Y = 62.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, SKY)
    R.over(img, R.below(SKY_Y, 1), RENDER)
    R.over(img, R.coverage(np.abs(y - SKY_Y - 1.0) - 1.0), SILL)
    for left in (4.0, 24.0):
        R.over(img, R.coverage(R.edges_sdf(x, y, left - 1.0, left + 15.0, 13.0, 32.0)), SILL)
        panes = np.maximum(R.edges_sdf(x, y, left, left + 14.0, 14.0, 31.0),
                           0.6 - np.minimum(np.abs(x - left - 7.0), np.abs(y - 22.5)))
        R.over(img, R.coverage(panes), GLASS)
    R.over(img, R.coverage(R.edges_sdf(x, y, DOOR[0] - 1.5, DOOR[1] + 1.5, DOOR[2] - 6.0, DOOR[3])), SILL)
    fan = np.maximum(R.ellipse_sdf(x - (DOOR[0] + DOOR[1]) / 2, y - (DOOR[2] - 0.5), 6.5, 4.5), y - (DOOR[2] - 0.5))
    R.over(img, R.coverage(fan), FANLIGHT)
    R.over(img, R.coverage(R.edges_sdf(x, y, DOOR[0], DOOR[1], 44.0, WALL_B)), PATH)
    garden = np.maximum(R.edges_sdf(x, y, -1.0, 65.0, WALL_T, WALL_B), -R.edges_sdf(x, y, GATE_L, GATE_L + GATE_W, 30.0, 60.0))
    R.over(img, R.coverage(garden), WALL)
    R.over(img, R.coverage(np.maximum(np.abs(y - WALL_T - 1.0) - 0.5, garden)), WALL_LINE)
    R.over(img, R.below(WALL_B, 1), PAVEMENT)
    R.over(img, R.coverage(np.abs(y - 63.0) - 0.6), KERB)
    return img[0]


SCENE = _scene()


def _door():
    x, y = R.grid()
    door = R.coverage(R.edges_sdf(x, y, *DOOR))
    panels = R.coverage(np.minimum(R.edges_sdf(x, y, 45.5, 49.0, 19.0, 28.0), R.edges_sdf(x, y, 51.0, 54.5, 19.0, 28.0)))
    slot = R.coverage(R.edges_sdf(x, y, 47.0, 53.0, 31.0, 32.8))
    return door, panels * door, slot


DOOR_COVER, PANELS, SLOT = _door()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the front door, its panels a shade darker, and its letterbox
    colour = R.hsv(f[:, 2], 0.7, 0.75)
    R.over(img, np.broadcast_to(DOOR_COVER, (n, R.SIZE, R.SIZE)), colour)
    R.over(img, np.broadcast_to(PANELS, (n, R.SIZE, R.SIZE)), colour * 0.75)
    R.over(img, np.broadcast_to(SLOT, (n, R.SIZE, R.SIZE)), BRASS)
    # the gate, swinging in on its hinge at the left: narrower as it opens
    w = R.col(GATE_W - 12.0 * f[:, 3])
    gate = R.edges_sdf(x, y, GATE_L, GATE_L + w, WALL_T - 1.0, WALL_B)
    R.over(img, R.coverage(gate), GATE)
    bars = np.maximum(np.abs((x - GATE_L) / w * 4.0 % 1.0 - 0.5) * w / 4.0 - 0.35, gate + 1.0)
    R.over(img, 0.6 * R.coverage(bars), NAVY_DARK)
    # the postman: legs, body, arms, head, cap; the bag at his right side on its strap
    px = R.col(8.0 + 44.0 * f[:, 0])
    legs = np.minimum(R.segment_sdf(x, y, px - 1.5, 50.0, px - 2.2, FEET_Y - 1.0),
                      R.segment_sdf(x, y, px + 1.5, 50.0, px + 2.2, FEET_Y - 1.0)) - 1.3
    R.over(img, R.coverage(legs), NAVY_DARK)
    body = R.box_sdf(x - px, y - 44.0, 2.8, 6.5) - 1.2
    arms = np.minimum(R.segment_sdf(x, y, px - 3.5, 39.0, px - 5.0, 48.0), R.segment_sdf(x, y, px + 3.5, 39.0, px + 5.0, 48.0)) - 1.2
    R.over(img, R.coverage(np.minimum(body, arms)), NAVY)
    R.over(img, R.coverage(np.hypot(x - px, y - 33.5) - 3.0), SKIN)
    cap = np.minimum(R.edges_sdf(x, y, px - 3.2, px + 3.2, 29.0, 32.0), R.edges_sdf(x, y, px - 1.0, px + 4.8, 31.0, 32.3))
    R.over(img, R.coverage(cap), NAVY_DARK)
    r = R.col(3.0 + 6.0 * f[:, 1])
    bx, by = px + 5.0 + 0.7 * r, 48.0
    R.over(img, R.coverage(R.segment_sdf(x, y, px - 3.0, 38.0, bx, by - r + 0.5) - 0.6), BAG)
    bag = R.ellipse_sdf(x - bx, y - by, r, r * 0.9 + 0.6)
    R.over(img, R.coverage(bag), BAG)
    R.over(img, R.coverage(np.maximum(np.abs(y - by + 0.2 * r) - 0.5, bag + 0.8)), NAVY_DARK)  # the flap's edge
    return R.to_uint8(img)


def render(postman_x: float, bag_size: float, door_hue: float, gate_open: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[postman_x, bag_size, door_hue, gate_open]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("postman", arg, n, seed, FACTORS, sample_factors, _draw)
