"""`washhouse`: an old brick washhouse on washing day, a wooden wash tub cut away to show the
water in it, a brick copper with steam rising from it and shirts hanging on a line, seen from
the front (64x64 RGB).

The washhouse's walls are of red-brown brick with pale mortar joints, over a floor of grey stone
flags. Across the upper left a clothes line runs from the wall, and shirts hang from it by their
shoulders, each held by two wooden pegs, placed from the left. Below them a wide wooden tub
stands on the floor, cut away to show inside: dark staves behind, the soapy water with a band of
white suds on top, the front staves and the iron hoops at the sides. On the right stands the
copper: a whitewashed brick surround with a copper rim at its top and a small iron fire door at
its foot glowing orange; a plume of white steam rises from the copper towards the ceiling.
Factors: how much steam rises from the copper (from none to a thick, tall plume), how many
shirts hang on the line (1 to 3), how full the wash tub is (from a little water at the bottom to
nearly full) and the hue of the shirts (the whole colour wheel, coming round to where it began;
all the shirts are of the same colour). The walls, the floor, the line, the tub and the copper
stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("steam", "how much steam rises from the copper (none to a thick plume)", "continuous"),
    Factor("shirts", "how many shirts hang on the line (1 to 3)", "categorical", ("1", "2", "3")),
    Factor("tub_level", "how full the wash tub is (nearly empty to nearly full)", "continuous"),
    Factor("shirt_hue", "hue of the shirts on the line", "cyclic", period=1.0),
)
# steam: 0..1 raises a plume 0..30 px tall above the copper's rim (y = 33 px), its opacity growing up to
# 0.9; shirts: a code 0..2 for 1..3 shirts, at SHIRTS from the left; tub_level: 0..1 puts the
# water's surface at y = 53..38 px (the tub's inside runs from y = 36 to 55 px); shirt_hue: 0..1
# of the colour wheel, a whole turn (0 and 1 are the same red)
RANGES = ((0.0, 1.0), (0.0, 2.0), (0.0, 1.0), (0.0, 1.0))
BRICK, MORTAR, FLAGS, FLAG_JOINT = (0.58, 0.32, 0.24), (0.74, 0.66, 0.56), (0.6, 0.58, 0.54), (0.44, 0.42, 0.4)
LINE, PEG, STEAM = (0.9, 0.88, 0.8), (0.78, 0.66, 0.44), (0.96, 0.96, 0.97)
STAVE, STAVE_DARK, INSIDE, HOOP = (0.62, 0.44, 0.26), (0.46, 0.32, 0.18), (0.26, 0.18, 0.12), (0.22, 0.22, 0.24)
WATER, SUDS = (0.5, 0.64, 0.74), (0.97, 0.97, 0.96)
SURROUND, COPPER, IRON, FIRE = (0.86, 0.84, 0.78), (0.84, 0.5, 0.28), (0.16, 0.16, 0.18), (1.0, 0.56, 0.12)
FLOOR_Y, LINE_Y = 48.0, 6.0
SHIRTS = (9.0, 23.0, 37.0)  # the shirts' middles, in the order they hang
TUB_L, TUB_R, TUB_TOP, TUB_FOOT, STAVE_W = 5.0, 36.0, 35.0, 57.0, 2.0
COPPER_L, COPPER_R, COPPER_TOP = 44.0, 63.0, 35.0
STEAM_X = 53.5


def _scene():
    x, y = R.grid()
    img = R.canvas(1, BRICK)
    course = np.floor((y + 1.5) / 3.0)
    joints = np.minimum(np.abs((y % 3.0) - 1.5) - 0.45, np.abs(((x + course * 3.0) % 6.0) - 3.0) - 0.45)
    R.over(img, R.coverage(joints), MORTAR)
    R.over(img, R.below(FLOOR_Y, 1), FLAGS)
    flag_joints = np.minimum(np.abs(((y - FLOOR_Y) % 6.0) - 3.0) - 0.4,
                             np.abs(((x + 7.0 * np.floor((y - FLOOR_Y + 3.0) / 6.0)) % 16.0) - 8.0) - 0.4)
    R.over(img, R.coverage(np.maximum(flag_joints, FLOOR_Y + 0.5 - y)), FLAG_JOINT)
    # the clothes line, sagging a little from a hook on the wall
    sag = LINE_Y + 1.5 * np.sin(np.pi * np.clip(x / 46.0, 0.0, 1.0))
    R.over(img, R.coverage(np.maximum(np.abs(y - sag) - 0.45, x - 46.0)), LINE)
    R.over(img, R.coverage(np.hypot(x - 46.0, y - LINE_Y) - 1.2), IRON)
    # the copper: a whitewashed brick surround, a copper rim, a fire door glowing at its foot
    surround = R.edges_sdf(x, y, COPPER_L, COPPER_R, COPPER_TOP, FLOOR_Y + 4.0)
    R.over(img, R.coverage(surround), SURROUND)
    R.over(img, 0.3 * R.coverage(np.maximum(joints, surround + 0.5)), MORTAR)
    R.over(img, R.coverage(R.edges_sdf(x, y, COPPER_L - 1.0, COPPER_R + 1.0, COPPER_TOP - 2.0, COPPER_TOP + 1.0)),
           COPPER)
    door = R.edges_sdf(x, y, STEAM_X - 4.0, STEAM_X + 4.0, 43.0, 49.0)
    R.over(img, R.coverage(door), IRON)
    R.over(img, R.coverage(R.edges_sdf(x, y, STEAM_X - 2.5, STEAM_X + 2.5, 45.5, 48.0)), FIRE)
    # the tub, cut away: dark inside, then (drawn per image) the water, then the staves in front
    inside = R.edges_sdf(x, y, TUB_L + STAVE_W, TUB_R - STAVE_W, TUB_TOP + 1.0, TUB_FOOT - STAVE_W)
    R.over(img, R.coverage(inside), INSIDE)
    R.over(img, 0.5 * R.coverage(np.maximum(np.abs(((x - TUB_L) % 4.0) - 2.0) - 0.4, inside)), (0.18, 0.12, 0.08))
    return img[0]


SCENE = _scene()


def _tub():
    x, y = R.grid()
    outer = R.edges_sdf(x, y, TUB_L, TUB_R, TUB_TOP, TUB_FOOT)
    inside = R.edges_sdf(x, y, TUB_L + STAVE_W, TUB_R - STAVE_W, TUB_TOP - 3.0, TUB_FOOT - STAVE_W)
    walls = np.maximum(outer, -inside)
    hoops = np.maximum(np.minimum(np.abs(y - TUB_TOP - 4.0) - 0.8, np.abs(y - TUB_FOOT + 5.0) - 0.8), walls)
    return R.coverage(walls), R.coverage(hoops), R.coverage(inside)


WALLS_COVER, HOOPS_COVER, INSIDE_COVER = _tub()


def _shirts():
    """Coverage of each shirt hanging from the line: a body, two sleeves and a collar, with pegs."""
    x, y = R.grid()
    out = []
    for sx in SHIRTS:
        top = LINE_Y + 1.5 * np.sin(np.pi * sx / 46.0)
        body = R.edges_sdf(x, y, sx - 4.5, sx + 4.5, top, top + 17.0)
        sleeves = np.minimum(R.segment_sdf(x, y, sx - 3.5, top + 1.5, sx - 6.5, top + 8.0),
                             R.segment_sdf(x, y, sx + 3.5, top + 1.5, sx + 6.5, top + 8.0)) - 2.0
        shirt = np.minimum(body, sleeves)
        seams = np.maximum(np.minimum(np.abs(x - sx) - 0.35, np.abs(y - top - 15.5) - 0.35), shirt + 0.6)
        collar = np.maximum(R.ellipse_sdf(x - sx, y - top, 2.6, 2.2), top - y)
        pegs = np.minimum(R.edges_sdf(x, y, sx - 4.6, sx - 3.4, top - 1.5, top + 2.5),
                          R.edges_sdf(x, y, sx + 3.4, sx + 4.6, top - 1.5, top + 2.5))
        out.append(np.stack([R.coverage(shirt)[0], R.coverage(seams)[0], R.coverage(collar)[0],
                             R.coverage(pegs)[0]]))
    return np.stack(out)


SHIRT_COVERS = _shirts()  # (shirt, body / seams / collar / pegs, H, W)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the water in the tub, suds on top; then the tub's staves and hoops in front
    level = R.col(53.0 - 15.0 * f[:, 2])
    water = INSIDE_COVER * R.coverage(level - y)
    R.over(img, water, WATER)
    R.over(img, INSIDE_COVER * R.coverage(np.abs(y - level - 0.6) - 1.1), SUDS)
    R.over(img, np.broadcast_to(WALLS_COVER, (n, R.SIZE, R.SIZE)), STAVE)
    R.over(img, np.broadcast_to(WALLS_COVER * R.coverage(np.abs(((x - TUB_L) % 3.0) - 1.5) - 0.4),
                                (n, R.SIZE, R.SIZE)), STAVE_DARK)
    R.over(img, np.broadcast_to(HOOPS_COVER, (n, R.SIZE, R.SIZE)), HOOP)
    # the shirts on the line, from the left, all of one hue
    colour = R.hsv(f[:, 3], 0.68, 0.86)
    count = f[:, 1].astype(int)
    for i, covers in enumerate(SHIRT_COVERS):
        on = (count >= i).astype(np.float32)[:, None, None]
        R.over(img, on * covers[0], colour)
        R.over(img, on * covers[1], colour * 0.7)
        R.over(img, on * covers[2], colour * 0.8)
        R.over(img, on * covers[3], PEG)
    # the steam: a plume widening as it rises, thinning towards its top
    steam = R.col(f[:, 0])
    rise = np.clip(COPPER_TOP - 2.0 - y, 0.0, None)  # px above the copper's rim
    height = 30.0 * steam
    width = 3.0 + 0.15 * rise
    cx = STEAM_X - 0.12 * rise + 1.5 * np.sin(rise / 4.0)
    puffs = 0.75 + 0.25 * np.sin(rise / 2.5 + x / 3.0)
    plume = np.exp(-((x - cx) / width) ** 2) * np.clip((height - rise) / 6.0, 0.0, 1.0) * (rise > 0)
    return R.to_uint8(R.over(img, np.clip(0.9 * np.sqrt(steam) * puffs * plume, 0.0, 0.9), STEAM))


def render(steam: float, shirts: float, tub_level: float, shirt_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[steam, shirts, tub_level, shirt_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("washhouse", arg, n, seed, FACTORS, sample_factors, _draw)
