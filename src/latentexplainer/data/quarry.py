"""`quarry`: a stone quarry cut in terraced steps down into the ground, flooded at the bottom,
a dump truck driving along its rim, seen across the pit (64x64 RGB).

Under a blue sky a strip of grassy ground runs across the image: the rim of the quarry, along
which a yellow dump truck drives, facing right, its tipping bed behind its cab, with dark
wheels and a pale window. Below the rim the far wall of the quarry is cut into terraces: tall
cliff faces of bare rock, each with a pale flat bench along its foot, every lower face set in
from the sides so that the steps narrow down the pit like a funnel; beside them, the steps'
side walls lie in shadow. The rock is streaked with faint dark cracks. At the bottom of the pit
lies a pool of dark green water, with a pale line along its surface and faint ripples.
Factors: how many terraces the wall is cut into (2 to 5, the wall's height shared equally
between them), how high the water stands in the pit (a low pool to flooding the lower steps),
the rock the quarry is cut into (pale grey granite, golden sandstone or dark blue-grey slate)
and where the truck is along the rim (left to right). The sky, the rim, the truck's shape and
colour and the width of the pit stay fixed; the whole truck always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("terraces", "how many terraced steps the quarry's wall is cut into (2 to 5)", "categorical",
           ("2", "3", "4", "5")),
    Factor("water_level", "how high the water stands in the bottom of the pit (low to high)", "continuous"),
    Factor("rock", "the rock the quarry is cut into", "categorical", ("granite", "sandstone", "slate")),
    Factor("truck_x", "where the dump truck is along the quarry's rim (left to right)", "continuous"),
)
# terraces: code 0..3 is 2..5 terraces sharing the wall's 45 px height (y = 17..62 px) equally,
# each lower one set in by 20 px / (the number of terraces) on each side, with a 2.5 px pale bench
# along its top; water_level: 0..1 puts the water's surface at y = 62..44 px; rock: granite, sandstone
# or slate (the faces' colour; benches lighter, side walls darker); truck_x: 0..1 puts the truck's
# back at x = 2..46 px (it is 16 px long)
RANGES = ((0.0, 3.0), (0.0, 1.0), (0.0, 2.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.38, 0.62, 0.92)), np.array((0.72, 0.85, 0.97))
GRASS, GRASS_DARK = (0.4, 0.6, 0.26), (0.3, 0.46, 0.2)
ROCKS = np.array(((0.66, 0.65, 0.63), (0.86, 0.64, 0.38), (0.3, 0.34, 0.42)))
WATER, WATER_LINE, RIPPLE = (0.12, 0.36, 0.34), (0.6, 0.76, 0.74), (0.2, 0.46, 0.44)
TRUCK, CHASSIS, TRUCK_WINDOW, WHEEL = (0.96, 0.76, 0.1), (0.22, 0.2, 0.18), (0.72, 0.86, 0.94), (0.1, 0.1, 0.1)
RIM_Y, WALL_TOP, WALL_BOTTOM, INSET = 14.0, 17.0, 62.0, 20.0
BENCH, LEDGE_LIGHT, SIDE_DARK, FACE_DARK = 2.5, 1.3, 0.45, 0.3  # bench height; shading of the
# benches, the side walls and the faces' feet


def _background() -> np.ndarray:
    x, y = R.grid()
    img = np.empty((1, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, RIM_Y)
    R.over(img, R.below(RIM_Y, 1), GRASS)
    R.over(img, R.coverage(np.abs(y - RIM_Y - 2.0) - 1.0) * (np.sin(x * 1.9) > 0.2), GRASS_DARK)
    return img[0]


BACKGROUND = _background()


def _cracks() -> np.ndarray:
    """Faint dark cracks down the rock: short vertical streaks, staggered every 6 rows."""
    x, y = R.grid()
    row = np.floor((y - WALL_TOP) / 6.0)
    across = np.abs(((x + 3.7 * row * row + 2.0) % 9.0) - 4.5) - 0.45
    return (0.22 * R.coverage(across) * (np.sin(0.9 * y + 1.7 * row) > -0.3))[0]


CRACKS = _cracks()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the wall: rock faces, then the side walls and benches of each terrace below the first
    rock = ROCKS[f[:, 2].astype(int)]
    wall = R.coverage(np.maximum(WALL_TOP - y, y - WALL_BOTTOM - 4.0)) * np.ones_like(x)
    k = R.col(f[:, 0] + 2.0)
    step, inset = (WALL_BOTTOM - WALL_TOP) / k, INSET / k
    shade = 1.0 - FACE_DARK * (((y - WALL_TOP) % step) / step)  # each face darkens towards its foot
    R.over(img, np.broadcast_to(wall, (n, R.SIZE, R.SIZE)), rock[:, :, None, None] * shade[:, None])
    for j in range(1, 5):
        on = (k > j).astype(np.float32)
        top = WALL_TOP + j * step
        side = np.maximum(top - y, np.minimum(x - j * inset, R.SIZE - j * inset - x))
        R.over(img, on * R.coverage(side), rock * SIDE_DARK)
        bench = np.maximum(np.abs(y - top - BENCH / 2) - BENCH / 2,
                           np.minimum(x - (j - 1) * inset, R.SIZE - (j - 1) * inset - x) * -1.0)
        R.over(img, on * R.coverage(bench), np.minimum(rock * LEDGE_LIGHT, 1.0))
    R.over(img, np.broadcast_to(CRACKS * wall, (n, R.SIZE, R.SIZE)), (0.0, 0.0, 0.0))
    # the water in the bottom of the pit
    level = R.col(62.0 - 18.0 * f[:, 1])
    R.over(img, R.coverage(level - y), WATER)
    ripples = np.maximum(np.abs(((y - level) % 4.0) - 2.0) - 0.4, level + 2.0 - y) + 0.3 * np.sin(x * 0.8)
    R.over(img, 0.6 * R.coverage(ripples), RIPPLE)
    R.over(img, R.coverage(np.abs(y - level - 0.5) - 0.5), WATER_LINE)
    # the truck on the rim, facing right: the bed, the cab and its window, the chassis, the wheels
    r0, r1 = 2, int(RIM_Y) + 2
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    tx = R.col(2.0 + 44.0 * f[:, 3])
    bed = R.edges_sdf(x, y, tx, tx + 10.0, 4.5, 11.0)
    cab = R.box_sdf(x - tx - 13.0, y - 8.5, 2.0, 2.0) - 1.0
    R.over(part, R.coverage(np.minimum(bed, cab)), TRUCK)
    R.over(part, R.coverage(np.maximum(bed + 1.0, np.abs(x - tx - 5.0) - 0.4)), (0.7, 0.55, 0.05))
    R.over(part, R.coverage(R.edges_sdf(x, y, tx + 12.5, tx + 15.0, 6.8, 9.0)), TRUCK_WINDOW)
    R.over(part, R.coverage(R.edges_sdf(x, y, tx, tx + 16.0, 11.0, 12.5)), CHASSIS)
    wheels = np.minimum(np.hypot(x - tx - 3.5, y - 12.2), np.hypot(x - tx - 12.5, y - 12.2)) - 2.0
    R.over(part, R.coverage(wheels), WHEEL)
    return R.to_uint8(img)


def render(terraces: float, water_level: float, rock: float, truck_x: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[terraces, water_level, rock, truck_x]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("quarry", arg, n, seed, FACTORS, sample_factors, _draw)
