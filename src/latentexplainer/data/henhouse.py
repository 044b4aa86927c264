"""`henhouse`: a painted wooden henhouse on legs in a grassy yard, with white hens in front of it,
seen from the front (64x64 RGB).

The henhouse is a box of upright painted boards with a dark grey shingled roof pitched over it,
standing on two short legs. In its front, left of the middle, is a square pop-hole: inside it
is dark, with straw on its floor; a door, painted like the walls inside a plain wooden frame,
slides across it to the right to open it, covering the wall beside it, and a wooden ramp with
cleats runs from its sill down to the grass on the left. Behind is a light blue sky over a row
of green bushes; in front, on the grass along the bottom of the image, stand up to three white
hens, each with a red comb and wattle, a yellow beak and a dark eye, facing right, in fixed
places from the left. Factors: where the henhouse stands (left to right; its door and ramp go
with it), how far its pop-hole door is slid open (shut to wide open), how many hens are out in
the yard (none to 3) and the hue of its painted walls. The roof, the hens' looks and places,
the sky, the bushes and the grass stay fixed; the whole henhouse always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("house_x", "horizontal position of the henhouse (left to right)", "continuous"),
    Factor("door_open", "how far the henhouse's pop-hole door is slid open (shut to open)", "continuous"),
    Factor("hens", "how many hens are out in the yard", "categorical", ("none", "1", "2", "3")),
    Factor("paint_hue", "hue of the henhouse's painted walls", "continuous"),
)
# house_x: 0..1 puts the henhouse's middle at x = 20..44 px; door_open: 0..1 slides the door
# 0..10 px to the right (the pop-hole is 10 px wide); hens: codes 0..3 are none to 3 hens, in the
# places HENS from the left; paint_hue: 0..0.8 of the colour wheel (no wrap)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 3.0), (0.0, 0.8))
SKY, BUSH, GRASS = (0.62, 0.8, 0.95), (0.2, 0.45, 0.18), (0.36, 0.6, 0.24)
ROOF, INSIDE, STRAW, WOOD = (0.27, 0.27, 0.3), (0.08, 0.06, 0.05), (0.85, 0.72, 0.35), (0.62, 0.45, 0.27)
LEG = (0.43, 0.31, 0.19)
HEN, COMB, BEAK, EYE = (0.97, 0.96, 0.92), (0.86, 0.1, 0.1), (0.95, 0.72, 0.15), (0.05, 0.05, 0.05)
GRASS_Y, BUSH_Y = 40.0, 32.0
HALF_W, WALL_TOP, WALL_BOTTOM, LEGS_BOTTOM = 13.0, 20.0, 39.0, 47.0
ROOF_TOP, EAVES_OUT = 8.0, 3.0  # the roof's ridge (y) and how far its eaves overhang the walls
HOLE_DX, HOLE_W, HOLE_TOP, HOLE_BOTTOM = -9.0, 10.0, 24.0, 37.0  # the pop-hole, left edge from the middle
HENS = (10.0, 31.0, 51.0)  # x of each hen's body; they all face right


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, SKY)
    bushes = y - BUSH_Y - 2.5 * np.sin(x * 0.5) - 1.5 * np.sin(x * 0.23 + 1.0)
    R.over(img, R.coverage(-bushes), BUSH)
    R.over(img, R.below(GRASS_Y, 1), GRASS)
    tufts = np.abs(((x + 3 * np.sin(y)) % 5.0) - 2.5) - 0.4
    R.over(img, 0.25 * R.coverage(tufts) * R.below(GRASS_Y + 4, 1), (0.2, 0.4, 0.12))
    return img[0]


BACKGROUND = _background()


def _hens(n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Each hen's parts as coverages (3, H, W): body, legs, comb and wattle, beak, eye."""
    x, y = R.grid()
    parts = [[], [], [], [], []]
    for hx in HENS:
        u = x - hx  # forwards
        body = np.minimum(R.ellipse_sdf(u, y - 53.0, 6.5, 4.8),
                          np.hypot(u - 5.0, y - 46.5) - 3.0)  # with the head
        tail = np.maximum((np.abs(y - 48.5 + 0.4 * (u + 5.0)) - 2.4), np.maximum(-8.5 - u, u + 3.0))
        legs = np.maximum(np.minimum(np.abs(u - 1.5), np.abs(u + 1.5)) - 0.5, np.maximum(57.0 - y, y - 61.0))
        comb = np.minimum(R.ellipse_sdf(u - 5.0, y - 43.3, 2.0, 1.3), R.ellipse_sdf(u - 6.8, y - 49.5, 0.9, 1.4))
        beak = np.maximum(np.abs(y - 46.8) - 0.9 * (10.5 - u), u - 10.5)
        beak = np.maximum(beak, 7.5 - u)
        eye = np.hypot(u - 5.8, y - 45.8) - 0.8
        for i, d in enumerate((np.minimum(body, tail), legs, comb, beak, eye)):
            parts[i].append(R.coverage(d)[0])
    return tuple(np.stack(p) for p in parts)


HEN_PARTS = _hens(3)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    cx = R.col(20.0 + 24.0 * f[:, 0])
    # the legs, the walls with their boards, and the roof
    legs = np.maximum(np.abs(np.abs(x - cx) - HALF_W + 2.5) - 1.2, np.maximum(WALL_BOTTOM - 1 - y, y - LEGS_BOTTOM))
    img = R.over(img, R.coverage(legs), LEG)
    walls = R.coverage(R.edges_sdf(x, y, cx - HALF_W, cx + HALF_W, WALL_TOP, WALL_BOTTOM))
    paint = R.hsv(f[:, 3], 0.7, 0.85)
    img = R.over(img, walls, paint)
    boards = np.abs(((x - cx) % 4.0) - 2.0) - 0.3
    img = R.over(img, 0.35 * walls * R.coverage(boards), paint * 0.5)
    run = HALF_W + EAVES_OUT
    slope = (WALL_TOP - ROOF_TOP) / run
    roof = np.maximum((ROOF_TOP + slope * np.abs(x - cx) - y) / np.hypot(1.0, slope),
                      np.maximum(y - WALL_TOP - 2.0, np.abs(x - cx) - run))
    img = R.over(img, R.coverage(roof), ROOF)
    shingles = np.maximum(np.abs(((y - ROOF_TOP) % 3.0) - 1.5) - 0.35, roof + 1.0)
    img = R.over(img, 0.5 * R.coverage(shingles), (0.15, 0.15, 0.17))
    # the pop-hole: dark inside with straw on its floor; the door slides across it to the right
    left = cx + HOLE_DX
    hole = R.coverage(R.edges_sdf(x, y, left, left + HOLE_W, HOLE_TOP, HOLE_BOTTOM))
    img = R.over(img, hole, INSIDE)
    img = R.over(img, hole * R.coverage(HOLE_BOTTOM - 3.0 - y), STRAW)
    shift = R.col(HOLE_W * f[:, 1])
    door = R.edges_sdf(x, y, left + shift - 0.5, left + shift + HOLE_W + 0.5, HOLE_TOP - 1.0, HOLE_BOTTOM)
    img = R.over(img, R.coverage(door), WOOD)
    img = R.over(img, R.coverage(door + 1.2), paint * 0.85)  # painted like the walls, inside a plain frame
    rails = np.maximum(np.abs(y - HOLE_TOP + 1.5) - 0.6, np.maximum(left - 1.0 - x, x - left - 2 * HOLE_W - 1.0))
    img = R.over(img, R.coverage(rails), (0.3, 0.22, 0.14))
    # the ramp from the sill down to the grass on the left, with cleats across it
    ax, ay, bx, by = left + 2.0, HOLE_BOTTOM + 0.5, left - 9.0, GRASS_Y + 6.0
    d, h = R.segment_sdf(x, y, ax, ay, bx, by, along=True)
    ramp = d - 1.1
    img = R.over(img, R.coverage(ramp), WOOD)
    cleats = np.maximum(np.abs(((h * 14.0) % 3.0) - 1.5) - 0.35, d - 2.0)
    img = R.over(img, 0.8 * R.coverage(cleats), (0.4, 0.28, 0.16))
    # the hens, from the left
    count = f[:, 2]
    on = [R.col(count > i + 0.5) for i in range(len(HENS))]
    body, legs_c, comb, beak, eye = (sum(o * part for o, part in zip(on, p)) for p in HEN_PARTS)
    img = R.over(img, legs_c, BEAK)
    img = R.over(img, body, HEN)
    img = R.over(img, comb, COMB)
    img = R.over(img, beak, BEAK)
    return R.to_uint8(R.over(img, eye, EYE))


def render(house_x: float, door_open: float, hens: float, paint_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[house_x, door_open, hens, paint_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("henhouse", arg, n, seed, FACTORS, sample_factors, _draw)
