"""`smokehouse`: a small wooden smokehouse in a yard, smoke rising from its brick chimney,
seen from the side (64x64 RGB).

The shed stands on a strip of trodden earth in the lower part of the image: walls of upright
boards with darker seams, under a pitched roof of dark shingles that overhangs them a little,
and a brick chimney rising through the roof to the right of its ridge. In the middle of the
front wall is a plank door hinged at its left edge; it opens outwards, narrowing towards its
hinge, and uncovers the smoky dark inside, where golden fish hang from a rail above a bed of
glowing embers. From the chimney's top a plume of dark grey smoke rises into a pale blue sky,
its puffs growing as they climb and drifting to one side in the wind. Factors: how far the
door is open (shut to wide open), how much smoke rises (a thin wisp to a thick plume), which
way the wind blows the smoke (to the left, straight up, to the right) and the colour of the
shed's boards (weathered grey, red ochre or tarred black). The roof, the chimney, the shed's
shape, the inside, the earth and the sky stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("door_open", "how far the smokehouse door is open (shut to wide open)", "continuous"),
    Factor("smoke", "how much smoke rises from the chimney (a wisp to a thick plume)", "continuous"),
    Factor("wind", "which way the wind blows the smoke (to the left to the right)", "continuous"),
    Factor("boards", "colour of the shed's boards (weathered grey, red ochre or tarred black)",
           "categorical", ("weathered grey", "red ochre", "tarred black")),
)
# door_open: 0..1 moves the door's free edge from x = 38 px (shut) to x = 25.5 px (the hinge is at
# x = 24 px; the doorway is x = 24..38 px, y = 38..56 px); smoke: 0..1 scales the puffs' radii by
# 0.45..1.4 and their opacity from 0.35 to 0.95; wind: -1..1 shifts each puff sideways by 1.1
# times its height above the chimney's top (x = 40.5, y = 20 px) times the wind (negative: to the
# left); the seven puffs sit 2, 5, 8, .., 20 px above the top, of radius 1.6 + 0.3 times that
# height before scaling; boards: codes 0..2 as named, for the walls and the door
RANGES = ((0.0, 1.0), (0.0, 1.0), (-1.0, 1.0), (0.0, 2.0))
SKY_TOP, SKY_BOTTOM = np.array((0.55, 0.72, 0.9)), np.array((0.8, 0.87, 0.93))
EARTH, SHINGLE, BRICK = (0.42, 0.34, 0.24), (0.24, 0.2, 0.19), (0.58, 0.3, 0.24)
SMOKE, INSIDE, EMBERS, FISH, RAIL = (0.3, 0.29, 0.29), (0.1, 0.08, 0.07), (1.0, 0.42, 0.08), (0.85, 0.6, 0.2), \
    (0.35, 0.33, 0.3)
BOARDS = np.array(((0.62, 0.6, 0.56), (0.66, 0.25, 0.15), (0.14, 0.13, 0.13)), np.float32)
GROUND_Y, EAVES_Y, RIDGE_X, RIDGE_Y = 56.0, 34.0, 31.0, 22.0
WALLS = (16.0, 46.0)  # the walls' left and right edges; the roof overhangs them by 3 px
DOORWAY = (24.0, 38.0, 38.0, 56.0)
CHIMNEY = (38.0, 43.0, 20.0)  # its left and right edges and its top; it runs down into the roof
PUFFS = tuple(2.0 + 3.0 * k for k in range(7))
FISH_X = (27.0, 31.0, 35.0)
SKY = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, GROUND_Y)


def _parts() -> tuple[np.ndarray, np.ndarray]:
    """The walls' coverage and the rest of the fixed shed and yard over them: (H, W) and (4, H, W)."""
    x, y = R.grid()
    walls = R.coverage(R.edges_sdf(x, y, WALLS[0], WALLS[1], EAVES_Y - 2.0, GROUND_Y))
    top = np.zeros((1, 3, R.SIZE, R.SIZE), np.float32)
    alpha = np.zeros((1, R.SIZE, R.SIZE), np.float32)

    def add(cover, colour):
        nonlocal alpha
        R.over(top, cover, colour)
        alpha = alpha + cover * (1 - alpha)

    seams = 1.5 - np.abs(((x - WALLS[0]) % 3.0) - 1.5) - 0.35  # a seam every 3 px
    add(0.45 * walls * R.coverage(seams), (0.0, 0.0, 0.0))
    left, right, dtop, dbottom = DOORWAY
    add(R.coverage(R.edges_sdf(x, y, left, right, dtop, dbottom)), INSIDE)
    add(R.coverage(np.abs(y - 42.0) - 0.5) * R.coverage(R.edges_sdf(x, y, left, right, dtop, dbottom)), RAIL)
    for fx in FISH_X:
        add(R.coverage(R.ellipse_sdf(x - fx, y - 46.5, 1.5, 4.2)), FISH)
    add(R.coverage(np.maximum(R.ellipse_sdf(x - 31.0, y - 56.0, 6.0, 2.5), y - 56.0)), EMBERS)
    cl, cr, ctop = CHIMNEY
    add(R.coverage(R.edges_sdf(x, y, cl, cr, ctop, 32.0)), BRICK)
    add(R.coverage(R.edges_sdf(x, y, cl - 0.6, cr + 0.6, ctop, ctop + 1.5)), (0.4, 0.2, 0.17))
    slope = (EAVES_Y - RIDGE_Y) / (RIDGE_X - WALLS[0] + 3.0)
    roof = np.maximum(np.maximum(RIDGE_Y + slope * np.abs(x - RIDGE_X) - y, y - EAVES_Y) * np.cos(np.arctan(slope)),
                      np.abs(x - RIDGE_X) - (RIDGE_X - WALLS[0] + 3.0))
    add(R.coverage(roof), SHINGLE)
    add(R.below(GROUND_Y, 1), EARTH)
    return walls[0], np.concatenate([top[0], alpha], 0)


WALL_COVER, FIXED = _parts()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SKY
    # the smoke, behind the chimney: puffs rising and drifting with the wind
    amount, wind = R.col(f[:, 1]), R.col(f[:, 2])
    cx, ctop = (CHIMNEY[0] + CHIMNEY[1]) / 2, CHIMNEY[2]
    scale = 0.45 + 0.95 * amount
    puffs = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    for h in PUFFS:
        d = np.hypot(x - (cx + 1.1 * h * wind), y - (ctop - h)) - (1.6 + 0.3 * h) * scale
        np.minimum(puffs, d, out=puffs)
    R.over(img, (0.35 + 0.6 * amount) * R.coverage(puffs / 1.5), SMOKE)
    # the walls in the boards' colour, the fixed shed and yard over them
    boards = BOARDS[f[:, 3].astype(int)]
    R.over(img, np.broadcast_to(WALL_COVER, (n, R.SIZE, R.SIZE)), boards)
    img *= 1.0 - FIXED[3]
    img += FIXED[:3]
    # the door: its free edge swings towards the hinge as it opens
    left, right, top, bottom = DOORWAY
    edge = R.col(right - 12.5 * f[:, 0])
    door = R.edges_sdf(x, y, left, edge, top, bottom)
    R.over(img, R.coverage(door), 0.85 * boards)
    frame = np.maximum(door, -(door + 1.0))  # the door's dark outline, 1 px wide
    R.over(img, 0.7 * R.coverage(frame), (0.05, 0.05, 0.05))
    return R.to_uint8(img)


def render(door_open: float, smoke: float, wind: float, boards: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[door_open, smoke, wind, boards]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("smokehouse", arg, n, seed, FACTORS, sample_factors, _draw)
