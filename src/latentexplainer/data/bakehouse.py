"""`bakehouse`: a village bakehouse, a brick bread oven with an iron door, loaves cooling on a
wooden rack and a bowl of dough rising on a bench, seen from the front (64x64 RGB).

The bakehouse's walls are whitewashed, a little rough, above a floor of grey stone flags. On the
left a brick oven is built out from the wall, its bricks in courses, with an arched mouth over a
stone sill; inside the mouth the oven is dark and a bed of embers glows orange along its floor.
The mouth is closed by an iron door hinged on its left side, with a brass handle on its right;
as the door swings open towards us it narrows to a sliver by its hinge and the glowing inside of
the oven shows. On the right stands a wooden rack with a dark boarded back and two shelves of
new bread; at its foot a low bench carries a wide earthenware bowl of pale dough. Factors: how
far the oven door stands open (from shut to wide open), how well the loaves are baked (from
pale, hardly baked dough to a dark brown crust), which bread is on the rack (two tall round cobs
with a cross cut in the top on each shelf, two tin loaves on each, or one long, low plaited loaf
the length of each shelf) and how high the dough has risen in its bowl (from level with the rim
to a tall dome above it). The walls, the floor, the oven, the rack, the bench and the bowl stay
fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("door_open", "how far the oven door stands open (shut to wide open)", "continuous"),
    Factor("bake", "how well the loaves are baked (pale dough to dark brown crust)", "continuous"),
    Factor("bread", "which bread is on the rack (round cob, tin loaf or plaited loaf)", "categorical",
           ("round cob", "tin loaf", "plaited loaf")),
    Factor("dough_rise", "how high the dough has risen in its bowl (level to a tall dome)", "continuous"),
)
# door_open: 0..1 swings the door 0..80 degrees about its hinge at x = 9 px, so that it covers
# 18..3 px of the mouth's width; bake: 0..1 blends the loaves' crust from pale dough
# (0.93, 0.84, 0.62) through golden to dark brown (0.36, 0.2, 0.09); bread: a code 0..2 for the
# kind of the loaves, at LOAVES; dough_rise: 0..1 makes a dome of dough 0.5..13 px high above the
# bowl's rim (y = 45 px)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 2.0), (0.0, 1.0))
PLASTER, PLASTER_DARK, FLAGS, FLAG_JOINT = (0.9, 0.87, 0.78), (0.82, 0.79, 0.7), (0.56, 0.55, 0.52), (0.4, 0.39, 0.37)
BRICK, MORTAR, SILL = (0.7, 0.36, 0.25), (0.5, 0.3, 0.24), (0.72, 0.7, 0.64)
INSIDE, EMBER, EMBER_CORE = (0.1, 0.05, 0.04), (0.95, 0.38, 0.08), (1.0, 0.8, 0.35)
IRON, IRON_LIGHT, BRASS = (0.2, 0.2, 0.23), (0.34, 0.34, 0.38), (0.86, 0.7, 0.3)
RACK_WOOD, RACK_BACK, BENCH_WOOD = (0.5, 0.33, 0.18), (0.24, 0.16, 0.1), (0.42, 0.27, 0.15)
BOWL, BOWL_GLAZE, DOUGH = (0.72, 0.42, 0.24), (0.88, 0.78, 0.55), (0.96, 0.92, 0.8)
PALE, GOLDEN, DARK = np.array((0.93, 0.84, 0.62)), np.array((0.86, 0.58, 0.24)), np.array((0.36, 0.2, 0.09))
FLOOR_Y = 55.0
OVEN_L, OVEN_R, OVEN_TOP = 1.0, 35.0, 6.0
MOUTH_X, MOUTH_HW, ARCH_Y, SILL_Y = 18.0, 9.0, 30.0, 43.0
RACK_L, RACK_R, SHELVES = 39.0, 63.0, (16.0, 31.0)
LOAVES = (45.0, 57.0)  # the loaves' middles on each shelf
BOWL_X, RIM_Y, BENCH_Y = 51.0, 45.0, 51.0


def _mouth(x, y):
    """Signed distance to the oven's mouth: an arch over a rectangle."""
    arch = np.hypot(x - MOUTH_X, y - ARCH_Y) - MOUTH_HW
    return np.maximum(np.where(y < ARCH_Y, arch, np.abs(x - MOUTH_X) - MOUTH_HW), y - SILL_Y)


def _scene():
    x, y = R.grid()
    img = R.canvas(1, PLASTER)
    rough = np.sin(x * 1.7 + np.sin(y * 0.9) * 2.0) * np.sin(y * 1.3 + x * 0.4)
    R.over(img, 0.6 * np.clip(rough, 0.0, 1.0), PLASTER_DARK)
    R.over(img, R.below(FLOOR_Y, 1), FLAGS)
    flag_joints = np.minimum(np.abs(((y - FLOOR_Y) % 5.0) - 2.5) - 0.4,
                             np.abs(((x + 6.0 * np.floor((y - FLOOR_Y + 2.5) / 5.0)) % 13.0) - 6.5) - 0.4)
    R.over(img, R.coverage(np.maximum(flag_joints, FLOOR_Y + 0.5 - y)), FLAG_JOINT)
    # the oven: a brick front, its mouth dark inside with embers, a stone sill
    front = R.edges_sdf(x, y, OVEN_L, OVEN_R, OVEN_TOP, FLOOR_Y)
    R.over(img, R.coverage(front), BRICK)
    course = np.floor((y - OVEN_TOP + 1.5) / 3.0)
    joints = np.minimum(np.abs(((y - OVEN_TOP) % 3.0) - 1.5) - 0.45,
                        np.abs(((x + course * 3.0) % 6.0) - 3.0) - 0.45)
    R.over(img, R.coverage(np.maximum(joints, front + 0.5)), MORTAR)
    mouth = _mouth(x, y)
    R.over(img, R.coverage(mouth - 1.5), MORTAR)
    R.over(img, R.coverage(mouth), INSIDE)
    embers = np.maximum(np.abs(x - MOUTH_X) - 7.0, np.abs(y - SILL_Y + 2.0) - 1.6)
    R.over(img, R.coverage(embers), EMBER)
    R.over(img, R.coverage(np.maximum(embers + 0.8, (y - SILL_Y + 2.0) - 0.2)), EMBER_CORE)
    glow = np.exp(-((x - MOUTH_X) ** 2 / 40.0 + (y - SILL_Y + 4.0) ** 2 / 20.0))
    R.over(img, 0.5 * glow * R.coverage(mouth), EMBER)
    R.over(img, R.coverage(R.edges_sdf(x, y, MOUTH_X - MOUTH_HW - 3.0, MOUTH_X + MOUTH_HW + 3.0,
                                       SILL_Y, SILL_Y + 3.0)), SILL)
    # the rack: a dark boarded back, two uprights and two shelves
    R.over(img, R.coverage(R.edges_sdf(x, y, RACK_L, RACK_R, 4.0, BENCH_Y)), RACK_BACK)
    R.over(img, 0.5 * R.coverage(np.maximum(np.abs(((x - RACK_L) % 4.0) - 2.0) - 0.4,
                                            R.edges_sdf(x, y, RACK_L, RACK_R, 4.0, BENCH_Y))), (0.18, 0.12, 0.07))
    rack = np.minimum(R.edges_sdf(x, y, RACK_L, RACK_L + 1.5, 3.0, BENCH_Y),
                      R.edges_sdf(x, y, RACK_R - 1.5, RACK_R, 3.0, BENCH_Y))
    for sy in SHELVES:
        rack = np.minimum(rack, R.edges_sdf(x, y, RACK_L, RACK_R, sy, sy + 1.6))
    R.over(img, R.coverage(rack), RACK_WOOD)
    # the bench and the bowl on it
    bench = np.minimum(R.edges_sdf(x, y, RACK_L - 1.0, RACK_R + 1.0, BENCH_Y, BENCH_Y + 2.0),
                       np.minimum(R.edges_sdf(x, y, RACK_L + 1.0, RACK_L + 3.0, BENCH_Y, FLOOR_Y + 4.0),
                                  R.edges_sdf(x, y, RACK_R - 3.0, RACK_R - 1.0, BENCH_Y, FLOOR_Y + 4.0)))
    R.over(img, R.coverage(bench), BENCH_WOOD)
    return img[0]


SCENE = _scene()


def _bowl():
    x, y = R.grid()
    body = np.maximum(R.ellipse_sdf(x - BOWL_X, y - RIM_Y, 10.0, 6.0), RIM_Y - y)
    body = np.minimum(body, R.ellipse_sdf(x - BOWL_X, y - RIM_Y, 10.5, 1.2))
    glaze = np.maximum(R.ellipse_sdf(x - BOWL_X, y - RIM_Y, 10.0, 6.0), np.abs(y - RIM_Y - 1.8) - 0.6)
    return R.coverage(body), R.coverage(glaze)


BOWL_COVER, GLAZE_COVER = _bowl()


def _loaves(kind: int):
    """Coverage of the four loaves of one kind, and of their darker cuts and creases."""
    x, y = R.grid()
    body = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    marks = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for sy in SHELVES:
        for lx in LOAVES:
            u, v = x - lx, y - sy
            if kind == 0:  # a round cob, a cross cut in its top
                b = np.maximum(R.ellipse_sdf(u, v, 5.3, 8.0), v)
                m = np.maximum(np.minimum(np.abs(u) - 0.5, np.abs(v + 5.0) - 0.5), np.hypot(u, v + 5.0) - 2.8)
            elif kind == 1:  # a tall tin loaf, its crown swelling over the tin's shape
                b = np.minimum(R.edges_sdf(u, v, -4.0, 4.0, -8.0, 0.0), R.ellipse_sdf(u, v + 8.0, 5.0, 3.5))
                m = np.maximum(np.abs(v + 8.0) - 0.45, np.abs(u) - 3.5)
            else:  # a long plaited loaf: strands crossing, one loaf the length of the shelf
                u = x - (LOAVES[0] + LOAVES[1]) / 2
                b = np.maximum(R.ellipse_sdf(u, v, 10.5, 4.5), v)
                m = np.maximum(np.abs(((u + 0.9 * v * np.sign(u)) % 3.5) - 1.75) - 0.5, b + 0.6)
            np.minimum(body, b, out=body)
            np.minimum(marks, np.maximum(m, b + 0.3), out=marks)
    return R.coverage(body)[0], R.coverage(marks)[0]


LOAF_COVERS = np.stack([np.stack(_loaves(k)) for k in range(3)])  # (kind, body / marks, H, W)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the oven door, hinged on the mouth's left side: it narrows as it swings open
    cos = R.col(np.cos(np.radians(80.0) * f[:, 0]))
    left = MOUTH_X - MOUTH_HW
    u = left + (x - left) / np.maximum(cos, 1e-3)  # where on the shut door this column lies
    door = np.maximum(_mouth(u, y) * cos, left - x)
    R.over(img, R.coverage(door), IRON)
    rivets = np.abs(((y - ARCH_Y) % 4.0) - 2.0) + np.abs(u - left - 2.0) - 0.9
    R.over(img, R.coverage(np.maximum(rivets, door + 0.5)), IRON_LIGHT)
    handle = np.hypot((u - (MOUTH_X + MOUTH_HW - 3.0)) * cos, y - (ARCH_Y + 5.0)) - 1.3
    R.over(img, R.coverage(handle), BRASS)
    # the loaves on the rack: their kind, and their crust from pale to dark brown
    b = f[:, 1:2]
    crust = np.where(b < 0.5, PALE + (GOLDEN - PALE) * 2 * b, GOLDEN + (DARK - GOLDEN) * (2 * b - 1))
    covers = LOAF_COVERS[f[:, 2].astype(int)]  # (n, 2, H, W)
    R.over(img, covers[:, 0], crust)
    R.over(img, 0.7 * covers[:, 1], crust * 0.6)
    # the dough rising in the bowl, then the bowl's front
    rise = R.col(0.5 + 12.5 * f[:, 3])
    dough = np.maximum(R.ellipse_sdf(x - BOWL_X, y - RIM_Y, 9.5, rise), y - RIM_Y)
    R.over(img, R.coverage(dough), DOUGH)
    R.over(img, BOWL_COVER, BOWL)
    return R.to_uint8(R.over(img, GLAZE_COVER, BOWL_GLAZE))


def render(door_open: float, bake: float, bread: float, dough_rise: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[door_open, bake, bread, dough_rise]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("bakehouse", arg, n, seed, FACTORS, sample_factors, _draw)
