"""`belltower`: a square bell tower with a bronze bell in its open belfry and a slate spire on
top, over the roofs of a town, seen from the front (64x64 RGB).

The tower rises from the bottom of the image in the middle, built of coursed masonry; near its
top an arched opening shows the dark belfry, where a bronze bell with a dark clapper hangs from
a beam at the top of the arch. Above the belfry a cornice runs across the tower and a pointed
slate-grey spire rises from it. Low red roofs of the town stand on either side of the tower
under a blue sky. Fog, when there is some, veils the whole scene in pale grey. Factors: how
far the bell swings (its mouth to the left, hanging straight, to the right; the parts of the
bell that swing past the arch's sides are hidden by the walls), how tall the spire is (short to
tall), what the tower is built of (grey stone, sandstone or red brick) and how thick the fog
is (clear to thick). The tower's size and place, the belfry, the bell's size, the roofs and
the sky stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("bell_swing", "how far the bell swings (left, hanging straight, right)", "continuous"),
    Factor("spire_height", "height of the spire on top of the tower (short to tall)", "continuous"),
    Factor("masonry", "what the tower is built of (grey stone, sandstone or red brick)", "categorical",
           ("grey stone", "sandstone", "red brick")),
    Factor("fog", "how thick the fog is (clear to thick)", "continuous"),
)
# bell_swing: -0.7..0.7 radians about the bell's hanger (negative: the mouth swings to the
# left); spire_height: 0..1 puts the spire's tip at y = 13..0 px (its base on the cornice at
# y = 17 px); masonry: MASONRY (the stone and its joints); fog: 0..1 is the opacity of the
# pale grey veil over the whole picture (0: none, 1: 0.7)
RANGES = ((-0.7, 0.7), (0.0, 1.0), (0.0, 2.0), (0.0, 1.0))
MASONRY = np.array((((0.56, 0.56, 0.58), (0.38, 0.38, 0.4)),
                    ((0.84, 0.72, 0.5), (0.62, 0.52, 0.36)),
                    ((0.68, 0.3, 0.22), (0.5, 0.24, 0.18))), np.float32)  # (stone, joint) for each
SKY_TOP, SKY_BOTTOM = np.array((0.36, 0.58, 0.88)), np.array((0.68, 0.8, 0.94))
ROOF, ROOF_DARK, HOUSE, SLATE, SLATE_DARK = (0.66, 0.28, 0.2), (0.48, 0.2, 0.15), (0.86, 0.82, 0.72), \
    (0.3, 0.33, 0.38), (0.2, 0.22, 0.26)
BELFRY, BEAM, BRONZE, BRONZE_DARK, CLAPPER = (0.1, 0.08, 0.08), (0.3, 0.2, 0.12), (0.8, 0.6, 0.25), \
    (0.56, 0.4, 0.16), (0.15, 0.12, 0.1)
FOG, FOG_ALPHA = np.array((0.84, 0.86, 0.88), np.float32), 0.7
TOWER_L, TOWER_R, CORNICE_Y = 18.0, 46.0, 17.0
TOWER_X = (TOWER_L + TOWER_R) / 2
ARCH_L, ARCH_R, ARCH_TOP, ARCH_BOTTOM = 21.5, 42.5, 20.0, 44.0  # the arch's straight sides start ARCH_HW below the top
ARCH_HW = (ARCH_R - ARCH_L) / 2
PIVOT_Y = 25.0  # the bell hangs from here, under the beam
BELL_TOP, BELL_BOTTOM, BELL_HW_TOP, BELL_HW_LIP = 2.0, 14.5, 3.5, 7.0  # along the bell, from the pivot


def _static() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The sky and town, the tower's coverage (without the belfry), its joints' coverage, and
    the belfry's dark opening (its coverage)."""
    x, y = R.grid()
    img = np.empty((1, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, 48.0)
    for cx, top, hw in ((6.0, 44.0, 9.0), (58.0, 46.0, 9.0), (-2.0, 50.0, 6.0), (66.0, 52.0, 6.0)):
        R.over(img, R.coverage(R.edges_sdf(x, y, cx - hw + 1.0, cx + hw - 1.0, top + 5.0, 70.0)), HOUSE)
        roof = np.maximum((np.abs(x - cx) * 6.0 - hw * (y - top)) / np.hypot(6.0, hw), y - top - 6.0)  # a gable
        R.over(img, R.coverage(roof), ROOF)
        R.over(img, R.coverage(np.maximum(np.abs(x - cx) - hw, np.abs(y - top - 6.0) - 0.6)), ROOF_DARK)
        for wx in (cx - hw / 2, cx + hw / 2):
            R.over(img, R.coverage(R.box_sdf(x - wx, y - top - 10.0, 1.2, 1.6)), (0.25, 0.28, 0.34))
    tower = R.coverage(R.edges_sdf(x, y, TOWER_L, TOWER_R, CORNICE_Y, 70.0))
    course = np.floor(y / 3.5)
    joints = np.minimum(np.abs((y % 3.5) - 0.5), np.abs(((x + course * 3.5) % 7.0) - 0.5))
    joints = tower * R.coverage(joints - 0.4)
    arch = np.minimum(R.edges_sdf(x, y, ARCH_L, ARCH_R, ARCH_TOP + ARCH_HW, ARCH_BOTTOM),
                      np.maximum(np.hypot(x - TOWER_X, y - ARCH_TOP - ARCH_HW) - ARCH_HW, y - ARCH_TOP - ARCH_HW - 1.0))
    opening = R.coverage(arch)
    return img[0], tower[0], joints[0] * (1.0 - opening[0]), opening[0]


TOWN, TOWER, JOINTS, OPENING = _static()
_X, _Y = R.grid()
# the cornice and the belfry's sill: two ledges across the tower, a little wider than it
_LEDGES = np.maximum(R.coverage(R.edges_sdf(_X, _Y, TOWER_L - 1.5, TOWER_R + 1.5, CORNICE_Y - 1.0, CORNICE_Y + 1.5)),
                     R.coverage(R.edges_sdf(_X, _Y, TOWER_L - 1.0, TOWER_R + 1.0, ARCH_BOTTOM, ARCH_BOTTOM + 2.0)))[0]
_BEAM = (R.coverage(R.edges_sdf(_X, _Y, ARCH_L, ARCH_R, PIVOT_Y - 2.5, PIVOT_Y - 0.5)) * OPENING)[0]
ROWS, COLUMNS = (int(ARCH_TOP), int(ARCH_BOTTOM) + 1), (int(ARCH_L) - 1, int(ARCH_R) + 2)  # the belfry
SPIRE_ROWS = int(CORNICE_Y) + 1


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = TOWN
    stone = MASONRY[f[:, 2].astype(int)]  # (n, 2, 3)
    R.over(img, np.broadcast_to(TOWER, (n, R.SIZE, R.SIZE)), stone[:, 0])
    R.over(img, np.broadcast_to(JOINTS, (n, R.SIZE, R.SIZE)), stone[:, 1])
    R.over(img, np.broadcast_to(_LEDGES, (n, R.SIZE, R.SIZE)), stone[:, 1])
    # the spire: a pointed roof from the cornice up to its tip
    top = img[:, :, :SPIRE_ROWS]
    ys = y[:, :SPIRE_ROWS]
    tip = R.col(13.0 - 13.0 * f[:, 1])
    half = (TOWER_R - TOWER_L) / 2 + 1.0  # its eaves overhang the tower
    h = CORNICE_Y - 1.0 - tip
    spire = np.maximum((np.abs(x - TOWER_X) * h - half * (ys - tip)) / np.sqrt(h * h + half * half), ys - CORNICE_Y + 0.5)
    spire = np.maximum(spire, np.abs(x - TOWER_X) - half)
    R.over(top, R.coverage(spire), SLATE)
    R.over(top, R.coverage(np.maximum(spire, TOWER_X - x)), SLATE_DARK)  # its right side, in shade
    # the belfry: its dark inside, the beam, and the bell turned about its hanger
    (r0, r1), (c0, c1) = ROWS, COLUMNS
    part = img[:, :, r0:r1, c0:c1]
    xs, ys = x[:, :, c0:c1], y[:, r0:r1]
    opening = OPENING[r0:r1, c0:c1]
    R.over(part, np.broadcast_to(opening, (n,) + opening.shape), BELFRY)
    R.over(part, np.broadcast_to(_BEAM[r0:r1, c0:c1], (n,) + opening.shape), BEAM)
    a = R.col(-f[:, 0])  # positive: the mouth to the right
    u = (xs - TOWER_X) * np.cos(a) + (ys - PIVOT_Y) * np.sin(a)  # across the bell
    v = -(xs - TOWER_X) * np.sin(a) + (ys - PIVOT_Y) * np.cos(a)  # down the bell, from the hanger
    t = np.clip((v - BELL_TOP) / (BELL_BOTTOM - BELL_TOP), 0.0, 1.0)
    width = BELL_HW_TOP + (BELL_HW_LIP - BELL_HW_TOP) * t ** 2  # a bell's flare towards the lip
    bell = np.maximum(np.abs(u) - width, np.maximum(BELL_TOP - v, v - BELL_BOTTOM))
    bell = np.minimum(bell, R.ellipse_sdf(u, v - BELL_TOP - 0.5, BELL_HW_TOP, 2.0))  # its rounded crown
    hanger = np.maximum(np.abs(u) - 0.8, np.maximum(-v, v - BELL_TOP))
    clapper = np.hypot(u, v - BELL_BOTTOM - 0.5) - 1.6
    inside = opening[None]
    R.over(part, R.coverage(hanger) * inside, BEAM)
    R.over(part, R.coverage(clapper) * inside, CLAPPER)
    R.over(part, R.coverage(bell) * inside, BRONZE)
    R.over(part, R.coverage(np.maximum(bell, 2.0 - u)) * inside, BRONZE_DARK)  # its shaded side
    R.over(part, R.coverage(np.maximum(bell, np.abs(v - BELL_BOTTOM + 1.0) - 0.6)) * inside, BRONZE_DARK)  # the lip
    # the fog, over everything
    img += (FOG[None, :, None, None] - img) * (FOG_ALPHA * R.col(f[:, 3])[:, None])
    return R.to_uint8(img)


def render(bell_swing: float, spire_height: float, masonry: float, fog: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[bell_swing, spire_height, masonry, fog]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("belltower", arg, n, seed, FACTORS, sample_factors, _draw)
