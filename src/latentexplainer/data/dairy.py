"""`dairy`: a cow standing in a farm's cow shed beside a hay rack, a sliding door in the back
wall opening onto a sunny field, seen from the side (64x64 RGB).

The shed's back wall is of upright brown planks; the floor is a band of golden straw along the
bottom. On the left a wooden hay rack hangs on the wall, upright slats across its front with hay
behind them. In the middle stands a cow side on, facing left towards the rack: a round body on four
legs with dark hooves, a pink udder, a tail hanging at the back and, on a thick neck, its head
with an ear, an eye and a muzzle. A milk pail stands on the straw under the cow. On the right a
doorway in the wall holds a big sliding door of darker planks; where it is slid open, a blue sky
and a green field show outside and sunlight falls on the straw in front of it. Factors: which
breed the cow is (a black-and-white Friesian, a fawn Jersey with a dark muzzle, or a red
Hereford with a white face), how low the cow holds its head (from raised to the hay rack to
lowered towards the straw), how far the door is slid open (from shut to wide open) and how full
the hay rack is (from nearly empty to heaped). The wall, the rack, the floor, the pail and the
cow's body stay fixed; the cow always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("breed", "breed of the cow (Friesian, Jersey or Hereford)", "categorical",
           ("friesian", "jersey", "hereford")),
    Factor("head_angle", "how low the cow holds its head (raised to the rack to lowered)", "continuous"),
    Factor("door_open", "how far the sliding door is open (shut to wide open)", "continuous"),
    Factor("hay", "how full the hay rack is (nearly empty to heaped)", "continuous"),
)
# breed: a code 0..2 for BREEDS; head_angle: 0..1 turns the neck from 20 degrees above level to
# 70 degrees below it, about its base at NECK; door_open: 0..1 opens the doorway (x = 46..62 px)
# 1..16 px wide from its left side, the door's planks filling the rest; hay: 0..1 fills the rack
# (y = 16..34 px) 2..20 px high, the last 2 px heaped above its top
RANGES = ((0.0, 2.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
BREEDS = (  # body, patches, head, muzzle
    ((0.95, 0.95, 0.93), (0.1, 0.1, 0.11), (0.12, 0.12, 0.13), (0.86, 0.64, 0.64)),
    ((0.76, 0.54, 0.32), (0.64, 0.44, 0.25), (0.66, 0.46, 0.27), (0.18, 0.14, 0.12)),
    ((0.56, 0.22, 0.1), (0.56, 0.22, 0.1), (0.96, 0.95, 0.92), (0.88, 0.7, 0.66)),
)
WALL, WALL_LINE, STRAW, STRAW_LINE = (0.52, 0.37, 0.22), (0.38, 0.26, 0.15), (0.84, 0.72, 0.4), (0.7, 0.57, 0.28)
RACK, HAY, HAY_LINE = (0.32, 0.21, 0.12), (0.9, 0.78, 0.38), (0.74, 0.6, 0.24)
DOOR, DOOR_LINE, SUN = (0.3, 0.2, 0.12), (0.2, 0.13, 0.08), (1.0, 0.96, 0.75)
SKY, FIELD = (0.62, 0.8, 0.98), (0.42, 0.7, 0.3)
HOOF, UDDER, EYE = (0.16, 0.13, 0.11), (0.94, 0.66, 0.68), (0.05, 0.05, 0.05)
PAIL, PAIL_DARK = (0.72, 0.74, 0.78), (0.5, 0.52, 0.56)
FLOOR_Y = 52.0
RACK_L, RACK_R, RACK_T, RACK_B = 1.0, 14.0, 16.0, 34.0
DOOR_L, DOOR_R, DOOR_T = 46.0, 62.0, 12.0
BODY_X, BODY_Y, BODY_RX, BODY_RY = 30.5, 36.0, 13.0, 8.0
LEGS = (20.0, 24.5, 36.0, 40.5)
NECK = (21.0, 32.5)
NECK_LEN, HEAD_LEN = 7.5, 7.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, R.coverage(np.abs((x % 5.0) - 0.5) - 0.45), WALL_LINE)
    # outside, through the doorway: the sky and a green field
    R.over(img, R.coverage(R.edges_sdf(x, y, DOOR_L, DOOR_R, DOOR_T, FLOOR_Y)), SKY)
    hill = 33.0 + 2.0 * np.sin(x * 0.3)
    R.over(img, R.coverage(np.maximum(hill - y, R.edges_sdf(x, y, DOOR_L, DOOR_R, DOOR_T, FLOOR_Y))), FIELD)
    frame = np.maximum(R.edges_sdf(x, y, DOOR_L - 1.5, DOOR_R + 1.5, DOOR_T - 1.5, FLOOR_Y),
                       -R.edges_sdf(x, y, DOOR_L, DOOR_R, DOOR_T, FLOOR_Y + 2.0))
    R.over(img, R.coverage(frame), RACK)
    R.over(img, R.below(FLOOR_Y, 1), STRAW)
    strands = np.abs(np.sin(x * 1.7 + 3.0 * np.sin(y * 1.1))) - 0.15
    R.over(img, 0.6 * R.coverage(np.maximum(strands * 4.0, FLOOR_Y + 1.0 - y)), STRAW_LINE)
    # the back of the hay rack
    R.over(img, R.coverage(R.edges_sdf(x, y, RACK_L, RACK_R, RACK_T, RACK_B)), WALL_LINE)
    return img[0]


SCENE = _scene()


def _fixed():
    """The rack's frame and slats, the doorway's area, and the pail."""
    x, y = R.grid()
    rails = np.minimum(np.abs(y - RACK_T) - 0.9, np.abs(y - RACK_B) - 1.0)
    slats = np.minimum(np.abs(((x - RACK_L) % 3.0) - 1.5) - 0.5, rails)
    slats = np.minimum(np.maximum(slats, R.edges_sdf(x, y, RACK_L, RACK_R, RACK_T - 1.0, RACK_B + 1.0)),
                       R.edges_sdf(x, y, RACK_R - 1.0, RACK_R + 0.5, RACK_T - 1.0, RACK_B + 1.0))
    doorway = R.coverage(R.edges_sdf(x, y, DOOR_L, DOOR_R, DOOR_T, FLOOR_Y))
    pail = np.maximum(R.edges_sdf(x, y, 30.5, 38.5, 46.0, FLOOR_Y + 2.0), np.abs(x - 34.5) - 3.4 - 0.17 * (y - 46.0))
    rim = np.maximum(pail, np.abs(y - 46.6) - 0.7)
    hoops = np.maximum(pail, np.abs(y - 50.5) - 0.5)
    return R.coverage(slats), doorway, R.coverage(pail), R.coverage(np.minimum(rim, hoops))


SLATS, DOORWAY, PAIL_COVER, PAIL_LINES = _fixed()


def _body():
    """The cow's fixed parts: body with patches, legs, hooves, udder and tail."""
    x, y = R.grid()
    body = R.ellipse_sdf(x - BODY_X, y - BODY_Y, BODY_RX, BODY_RY)
    legs = np.min([R.edges_sdf(x, y, lx - 1.6, lx + 1.6, BODY_Y, FLOOR_Y) for lx in LEGS], 0)
    hooves = np.maximum(legs, FLOOR_Y - 2.0 - y)
    tail = np.minimum(R.segment_sdf(x, y, 43.0, 32.0, 45.0, 46.0) - 0.6, R.ellipse_sdf(x - 45.0, y - 47.0, 1.3, 2.2))
    coat = np.minimum(np.minimum(body, legs), tail)
    blotches = np.sin(x * 0.42 + 1.0) + np.sin(y * 0.55 + x * 0.2) + np.sin(x * 0.15 - y * 0.37 + 2.0)
    patches = np.maximum((0.5 - blotches) * 3.0, coat)
    udder = np.maximum(R.ellipse_sdf(x - 35.0, y - 43.5, 3.5, 2.5), BODY_Y + 4.0 - y)
    return R.coverage(coat), R.coverage(patches), R.coverage(hooves), R.coverage(udder)


COAT, PATCHES, HOOVES, UDDER_COVER = _body()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the door, slid open from the doorway's left side, and the sunlight on the straw
    opening = R.col(1.0 + 15.0 * f[:, 2])
    door = np.maximum(DOOR_L + opening - x, R.edges_sdf(x, y, DOOR_L, DOOR_R, DOOR_T, FLOOR_Y))
    door_cover = R.coverage(door)
    R.over(img, door_cover, DOOR)
    R.over(img, door_cover * R.coverage(np.abs(((x - DOOR_L - opening) % 4.0) - 2.0) - 0.4), DOOR_LINE)
    skew = (y - FLOOR_Y) * 1.2  # the patch of sunlight slants to the left as it comes in
    sun = np.maximum(np.maximum(DOOR_L - skew - x, x - (DOOR_L + opening - skew)), FLOOR_Y - y)
    R.over(img, 0.55 * R.coverage(sun), SUN)
    # the hay in the rack, behind its slats
    level = R.col(RACK_B - 2.0 - 18.0 * f[:, 3])
    heap = level - 1.2 * np.abs(np.sin(x * 0.9))
    hay = np.maximum(heap - y, R.edges_sdf(x, y, RACK_L, RACK_R, RACK_T - 4.0, RACK_B))
    hay_cover = R.coverage(hay)
    R.over(img, hay_cover, HAY)
    R.over(img, 0.7 * hay_cover * R.coverage(np.abs(np.sin(x * 2.3 + y * 1.4)) * 2.0 - 0.3), HAY_LINE)
    R.over(img, SLATS, RACK)
    # the cow: coat, patches, hooves, udder; the neck and head turned about the neck's base
    kind = f[:, 0].astype(int)
    body, patch, head_c, muzzle = (np.asarray([BREEDS[k][i] for k in kind], np.float32) for i in range(4))
    a = np.deg2rad(-20.0 + 90.0 * f[:, 1])
    dx, dy = R.col(-np.cos(a)), R.col(np.sin(a))
    nx, ny = R.col(-np.sin(a)), R.col(-np.cos(a))  # the unit normal, up from the head
    ex, ey = NECK[0] + NECK_LEN * dx, NECK[1] + NECK_LEN * dy  # the neck's end: the head's back
    mx, my = ex + HEAD_LEN * dx, ey + HEAD_LEN * dy  # the muzzle
    neck = R.segment_sdf(x, y, NECK[0] + 2.0, NECK[1] + 0.5, ex, ey) - 3.8
    R.over(img, COAT, body)
    R.over(img, PATCHES, patch)
    R.over(img, R.coverage(neck), body)
    R.over(img, HOOVES, HOOF)
    R.over(img, UDDER_COVER, UDDER)
    d, h = R.segment_sdf(x, y, ex, ey, mx, my, along=True)
    ear = R.ellipse_sdf(x - (ex + 2.6 * nx - 1.0 * dx), y - (ey + 2.6 * ny - 1.0 * dy), 1.6, 1.6)
    R.over(img, R.coverage(np.minimum(d - (3.3 - 1.1 * h), ear)), head_c)
    R.over(img, R.coverage(np.hypot(x - mx, y - my) - 2.3), muzzle)
    R.over(img, R.coverage(np.hypot(x - (ex + 2.2 * dx + 1.2 * nx), y - (ey + 2.2 * dy + 1.2 * ny)) - 0.8), EYE)
    # the pail under the cow
    R.over(img, PAIL_COVER, PAIL)
    return R.to_uint8(R.over(img, PAIL_LINES, PAIL_DARK))


def render(breed: float, head_angle: float, door_open: float, hay: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[breed, head_angle, door_open, hay]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("dairy", arg, n, seed, FACTORS, sample_factors, _draw)
