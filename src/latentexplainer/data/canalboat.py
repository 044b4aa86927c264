"""`canalboat`: a painted narrowboat on a canal, a towpath and a row of trees on the far bank,
seen from the side (64x64 RGB).

A sky fills the top of the image; along the far bank a row of round dark green trees stands
behind a strip of grass and a pale towpath with a stone edge. The canal's dark green water,
with pale ripples, runs across the middle of the image, and the near bank's grass, with a few
reeds and a mooring post, runs along the bottom. On the water floats a long narrowboat side on,
its bow to the right: a black hull with a red stripe along it, a cabin along most of its length
painted one colour with a cream border, a row of small windows and a door at its back end, a
dark roof, a tiller at the stern, and a black stovepipe chimney with a brass band on the roof;
the boat's dark reflection lies under it on the water. Factors: where the boat lies along the
canal (left to right), the hue of the cabin's paint (the whole colour wheel, coming round to
where it began), how much dark smoke rises from the chimney (from none to a tall plume drifting
to the left) and how misty the day is (from clear to a thick white mist that hides the far bank
and veils the boat). The sky, the trees, the towpath, the water and the near bank stay fixed;
the boat and its smoke always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("boat_x", "where the narrowboat lies along the canal (left to right)", "continuous"),
    Factor("paint_hue", "hue of the paint on the boat's cabin", "cyclic", period=1.0),
    Factor("smoke", "how much smoke rises from the boat's chimney (none to a tall plume)", "continuous"),
    Factor("mist", "how misty the day is (clear to thick mist)", "continuous"),
)
# boat_x: 0..1 puts the boat's stern at x = 2..20 px (the boat is 42 px long); paint_hue: 0..1
# of the colour wheel, a whole turn (0 and 1 are the same red); smoke: 0..1 lets a plume of dark
# grey puffs reach from the chimney's top (y = 23 px) up to y = 22.5..2.5 px, drifting up to 10 px
# to the left; mist: 0..1 veils the sky, the trees and the far bank with up to 0.85 of white mist
# and the water with up to 0.35, and then the whole scene, boat and smoke too, with up to 0.35 more
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.46, 0.68, 0.93)), np.array((0.76, 0.87, 0.97))
TREE, TREE_DARK, GRASS = (0.2, 0.42, 0.2), (0.13, 0.3, 0.14), (0.42, 0.64, 0.3)
PATH, EDGE = (0.78, 0.7, 0.54), (0.6, 0.58, 0.54)
WATER, RIPPLE = (0.16, 0.34, 0.34), (0.34, 0.52, 0.52)
NEAR, REED, POST = (0.36, 0.58, 0.26), (0.24, 0.44, 0.18), (0.3, 0.22, 0.14)
HULL, STRAKE, BORDER = (0.1, 0.1, 0.11), (0.8, 0.14, 0.12), (0.94, 0.88, 0.66)
ROOF, GLASS = (0.3, 0.26, 0.24), (0.2, 0.24, 0.3)
SMOKE, BRASS, MIST = (0.3, 0.29, 0.3), (0.82, 0.66, 0.3), np.array((0.9, 0.91, 0.92), np.float32)
BANK_Y, PATH_Y, WATER_Y, NEAR_Y = 23.0, 26.0, 30.0, 53.0
LENGTH, WATERLINE, GUNWALE, CABIN_TOP = 42.0, 47.0, 40.0, 29.5
CHIMNEY = 30.0  # the chimney's place along the boat, from the stern
TREES = ((5.0, 17.0, 6.0), (15.0, 15.0, 7.0), (26.0, 18.0, 5.5), (36.0, 14.5, 7.5), (47.0, 17.5, 6.0),
         (57.0, 15.5, 7.0), (64.0, 18.0, 5.0))  # middle x, y and radius


def _scene():
    """The far side (sky, trees, bank: what the mist hides most), and the near side (water, bank)."""
    x, y = R.grid()
    far = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, BANK_Y)[None].copy()
    for tx, ty, r in TREES:  # each tree's crown, darker on its lower right
        crown = np.hypot(x - tx, (y - ty) * 1.2) - r
        R.over(far, R.coverage(crown), TREE)
        R.over(far, 0.8 * R.coverage(np.maximum(crown + 1.0, np.hypot(x - tx + 0.4 * r, y - ty + 0.5 * r) - r)),
               TREE_DARK)
    R.over(far, R.below(BANK_Y, 1), GRASS)
    R.over(far, R.below(PATH_Y, 1), PATH)
    R.over(far, R.coverage(np.abs(y - WATER_Y + 0.8) - 0.8), EDGE)
    near = R.canvas(1, WATER)
    ripples = np.abs(((y - WATER_Y + 0.8 * np.sin(x * 0.5)) % 3.5) - 1.75) - 0.3
    ripples = np.maximum(ripples, np.sin(x * 0.37 + y * 1.9) * 2.0 - 0.6)
    R.over(near, 0.7 * R.coverage(ripples), RIPPLE)
    R.over(near, R.below(NEAR_Y, 1), NEAR)
    reeds = np.maximum(np.abs(((x + 0.3 * (64.0 - y)) % 7.0) - 3.5) - 0.5, np.abs(y - 55.0) - 4.0)
    R.over(near, R.coverage(np.maximum(reeds, -np.sin(x * 0.23 + 1.0) - 0.2)), REED)
    R.over(near, R.coverage(R.edges_sdf(x, y, 5.0, 8.0, 50.0, 62.0)), POST)
    water = R.coverage(WATER_Y - y)
    return far[0], near[0], water[0]


FAR, NEAR_SIDE, WATER_COVER = _scene()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = FAR
    mist = R.col(f[:, 3])
    R.over(img, 0.85 * mist, MIST)
    R.over(img, np.broadcast_to(WATER_COVER, (n, R.SIZE, R.SIZE)), NEAR_SIDE)
    R.over(img, 0.35 * mist * WATER_COVER, MIST)  # the water too lies in the mist, less than the far bank
    bx = R.col(2.0 + 18.0 * f[:, 0])  # the stern
    bow = bx + LENGTH
    # the hull: square at the stern, rounded at the bow; its reflection under it
    hull = np.minimum(R.edges_sdf(x, y, bx, bow - 6.0, GUNWALE, WATERLINE),
                      np.maximum(R.ellipse_sdf(x - (bow - 6.0), y - GUNWALE, 6.0, WATERLINE - GUNWALE), GUNWALE - y))
    reflection = np.maximum(R.edges_sdf(x, y, bx + 1.0, bow - 3.0, WATERLINE, WATERLINE + 4.0),
                            -np.sin(y * 2.5) * 1.5 - 0.2)
    R.over(img, 0.45 * R.coverage(reflection), HULL)
    R.over(img, R.coverage(hull), HULL)
    R.over(img, R.coverage(np.maximum(hull + 0.3, np.abs(y - GUNWALE - 2.0) - 0.6)), STRAKE)
    # the tiller at the stern
    R.over(img, R.coverage(R.segment_sdf(x, y, bx + 1.5, GUNWALE, bx + 0.5, GUNWALE - 5.0) - 0.6), HULL)
    # the cabin: painted sides inside a cream border, windows, a door, and the roof
    paint = R.hsv(f[:, 1], 0.72, 0.74)
    cabin = R.edges_sdf(x, y, bx + 5.0, bow - 8.0, CABIN_TOP, GUNWALE)
    R.over(img, R.coverage(cabin), BORDER)
    R.over(img, R.coverage(cabin + 1.0), paint)
    windows = np.maximum(np.abs(((x - bx - 1.2) % 5.0) - 2.5) - 1.1, np.abs(y - 34.5) - 1.6)
    windows = np.maximum(windows, R.edges_sdf(x, y, bx + 12.0, bow - 9.5, CABIN_TOP, GUNWALE))
    R.over(img, R.coverage(windows - 0.6), BORDER)
    R.over(img, R.coverage(windows), GLASS)
    door = R.edges_sdf(x, y, bx + 6.5, bx + 10.0, CABIN_TOP + 1.8, GUNWALE)
    R.over(img, R.coverage(door), BORDER)
    R.over(img, R.coverage(door + 0.7), paint * 0.6)
    R.over(img, R.coverage(R.edges_sdf(x, y, bx + 4.0, bow - 7.0, CABIN_TOP - 1.2, CABIN_TOP + 0.4)), ROOF)
    # the chimney, and its smoke drifting up and to the left
    cx = bx + CHIMNEY
    chimney = R.edges_sdf(x, y, cx - 1.1, cx + 1.1, 23.0, CABIN_TOP)
    R.over(img, R.coverage(chimney), HULL)
    R.over(img, R.coverage(np.maximum(chimney - 0.3, np.abs(y - 25.5) - 0.6)), BRASS)
    puffs = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    for k in range(7):
        puff = np.hypot(x - (cx - 1.0 * k - 0.12 * k * k), y - (20.5 - 3.0 * k)) - (2.0 + 0.55 * k)
        np.minimum(puffs, puff, out=puffs)
    top = R.col(22.5 - 20.0 * f[:, 2])  # the plume reaches up to here
    R.over(img, 0.9 * R.coverage(np.maximum(puffs, top - y)), SMOKE)
    # the mist over everything
    R.over(img, 0.35 * mist, MIST)
    return R.to_uint8(img)


def render(boat_x: float, paint_hue: float, smoke: float, mist: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[boat_x, paint_hue, smoke, mist]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("canalboat", arg, n, seed, FACTORS, sample_factors, _draw)
