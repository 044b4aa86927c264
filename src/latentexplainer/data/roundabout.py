"""`roundabout`: a small road roundabout among grass verges with one car driving round it, seen
from straight above (64x64 RGB).

A ring of dark grey road circles a round grassy island, edged with a white kerb, in the middle
of the image; a dark green tree stands in the middle of the island. Straight roads of the same
dark grey, each with a dashed white line down its middle, lead out from the ring to the edges
of the image: to the left, to the right and downwards, then also upwards, then also up to the
upper right. Everything else is grass. One car, seen from above with a dark windscreen at its
front and a dark rear window, drives round the ring clockwise, always facing the way it goes.
Factors: how many roads lead into the roundabout (three to five, added in that order), where
the car is on its way round (a cyclic factor with a whole-turn period: it starts at the right
of the ring and goes down, left, up and back), the hue of the car (all the way round the colour
wheel - also a cyclic factor with a whole-turn period), the size of the island (the car keeps
to the middle of the road left around it) and how much snow lies on the grass and the island
(none, green, to thick, white; the roads stay clear). The ring's outer edge, the roads'
width, the tree and the car's size stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("roads", "how many roads lead into the roundabout (three to five)", "categorical", ("3", "4", "5")),
    Factor("car_position", "where the car is on its way round the roundabout", "cyclic", period=2 * np.pi),
    Factor("car_hue", "hue of the car (all the way round the colour wheel)", "cyclic", period=1.0),
    Factor("island_size", "size of the grassy island in the middle of the roundabout (small to large)",
           "continuous"),
    Factor("snow", "how much snow lies on the grass (none to thick)", "continuous"),
)
# roads: code 0..2 is the first 3..5 roads of ROADS; car_position: 0..2 pi radians round the ring
# from its right-hand side, clockwise on screen (down first); car_hue: 0..1 of the colour wheel,
# coming round at 1; island_size: 0..1 is an island of radius 5..12 px inside a ring of outer radius 20 px
# (the car drives half-way between them); snow: 0..1 turns the grass from green to snow white
RANGES = ((0.0, 1.0), (0.0, 2 * np.pi), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
GRASS, ISLAND, SNOW = np.array((0.45, 0.7, 0.3)), np.array((0.36, 0.62, 0.26)), np.array((0.96, 0.97, 0.99))
ROAD, LINE, KERB, TREE, TREE_DARK = (0.27, 0.27, 0.29), (0.95, 0.95, 0.92), (0.92, 0.92, 0.9), \
    (0.13, 0.36, 0.16), (0.08, 0.25, 0.1)
WINDOW, SHADOW = (0.12, 0.14, 0.18), (0.0, 0.0, 0.0)
CENTRE, RING, ROAD_HW = 32.0, 20.0, 6.0
ROADS = (np.pi, 0.0, np.pi / 2, -np.pi / 2, -np.pi / 4)  # left, right, down, up, upper right (screen angles)
CAR_HL, CAR_HW = 6.5, 3.4  # the car's half-length (along its curved path) and half-width
ROWS = COLUMNS = (9, 55)  # the pixels the car and the island can reach


def _fixed():
    x, y = R.grid()
    u, v = x - CENTRE, y - CENTRE
    tufts = (0.25 * np.abs(np.sin(x * 1.9 + 2.5 * np.sin(y * 0.6))) ** 6 + 0 * y)[0]
    ring = R.coverage(np.hypot(u, v) - RING)[0]
    roads, lines = [], []
    for a in ROADS:
        along, across = u * np.cos(a) + v * np.sin(a), v * np.cos(a) - u * np.sin(a)
        roads.append(R.coverage(np.maximum(np.abs(across) - ROAD_HW, RING - 2.0 - along))[0])
        dashes = np.maximum(np.abs(across) - 0.5, np.abs(((along - RING - 1.5) % 5.0) - 1.25) - 1.25)
        lines.append(R.coverage(np.maximum(dashes, RING + 1.5 - along))[0])
    return tufts.astype(np.float32), ring, roads, lines


TUFTS, RING_ROAD, ROAD_AREAS, ROAD_LINES = _fixed()
_C = np.arange(*ROWS, dtype=np.float32) + 0.5 - CENTRE
U, V = _C[None, None, :], _C[None, :, None]
RHO, PHI = np.hypot(U, V), np.arctan2(V, U)


def _draw(f: np.ndarray) -> np.ndarray:
    n = len(f)
    snow = f[:, 4:5]
    grass = GRASS[None] + (SNOW - GRASS)[None] * snow
    img = R.canvas(n, grass)
    R.over(img, np.broadcast_to(TUFTS, (n, R.SIZE, R.SIZE)) * R.col(1 - 0.7 * f[:, 4]), grass * 0.75)
    roads = np.broadcast_to(RING_ROAD, (n, R.SIZE, R.SIZE)).copy()
    lines = np.zeros((n, R.SIZE, R.SIZE), np.float32)
    count = f[:, 0] + 3
    for i, (area, line) in enumerate(zip(ROAD_AREAS, ROAD_LINES)):
        on = R.col(count > i)
        np.maximum(roads, on * area, out=roads)
        np.maximum(lines, on * line, out=lines)
    R.over(img, roads, ROAD)
    R.over(img, lines, LINE)
    # the island, its kerb and its tree
    (r0, r1), (c0, c1) = ROWS, COLUMNS
    part = img[:, :, r0:r1, c0:c1]
    ri = R.col(5.0 + 7.0 * f[:, 3])
    R.over(part, R.coverage(RHO - ri - 0.9), KERB)
    island = ISLAND[None] + (SNOW * 0.97 - ISLAND)[None] * snow
    R.over(part, R.coverage(RHO - ri), island)
    R.over(part, np.broadcast_to(R.coverage(RHO - 3.4), (n, r1 - r0, c1 - c0)), TREE_DARK)
    R.over(part, np.broadcast_to(R.coverage(np.hypot(U + 0.6, V + 0.6) - 2.4), (n, r1 - r0, c1 - c0)), TREE)
    # the car, half-way across the road, facing clockwise round the ring
    a = R.col(f[:, 1])
    rc = (ri + RING) / 2
    along, across = rc * (((PHI - a + np.pi) % (2 * np.pi)) - np.pi), RHO - rc  # bent round the ring
    body = R.box_sdf(along, across, CAR_HL - 1.2, CAR_HW - 1.2) - 1.2
    R.over(part, 0.35 * R.coverage(R.box_sdf(along + 0.6, across - 0.8, CAR_HL - 1.2, CAR_HW - 1.2) - 1.2), SHADOW)
    R.over(part, R.coverage(body), R.hsv(f[:, 2], 0.85, 0.92))
    glass = np.minimum(R.box_sdf(along - 2.2, across, 0.9, CAR_HW - 0.9),
                       R.box_sdf(along + 4.0, across, 0.6, CAR_HW - 1.0))
    R.over(part, R.coverage(glass), WINDOW)
    return R.to_uint8(img)


def render(roads: float, car_position: float, car_hue: float, island_size: float, snow: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[roads, car_position, car_hue, island_size, snow]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("roundabout", arg, n, seed, FACTORS, sample_factors, _draw)
