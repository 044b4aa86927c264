"""`sexton`: a village churchyard in the evening, the sexton's new grave being dug beside a row
of headstones, the church tower's door on the right, seen from the front (64x64 RGB).

The evening sky lies over green grass; on the right stands the foot of a grey stone church
tower with an arched wooden door, warm candlelight inside. On the left pale headstones with
rounded tops stand in a row on the grass, filled from the left. In the middle a grave is being
dug: a dark pit in the grass with a heap of yellow clay beside it and a spade stuck in the
heap. Factors: how far the grave has been dug (a shallow scrape with a small heap to a deep pit
with a tall heap), how many headstones stand in the row (1 to 3), how far the church door stands
open (shut to wide open on the lit inside) and how late in the evening it is (from a golden
sunset to a dark night sky, the whole churchyard dimming with it). The grass, the tower, the
headstones' places and the grave's place stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("grave_dug", "how far the grave has been dug (shallow, small heap to deep, tall heap)", "continuous"),
    Factor("headstones", "how many headstones stand in the row (1 to 3)", "categorical", ("1", "2", "3")),
    Factor("door_open", "how far the church tower's door stands open (shut to wide open)", "continuous"),
    Factor("lateness", "how late in the evening it is (golden sunset to dark night)", "continuous"),
)
# grave_dug: 0..1 makes the pit 1.5..11.5 px deep and the heap 2..14 px high; headstones: a code 0..2
# for 1..3 stones at the x of STONES; door_open: 0..1 swings the door leaf from covering the
# doorway to a 1.5 px strip at its hinge; lateness: 0..1 turns the sky from SUNSET to NIGHT and
# dims the whole scene by 0..45 %
RANGES = ((0.0, 1.0), (0.0, 2.0), (0.0, 1.0), (0.0, 1.0))
SUNSET_TOP, SUNSET_LOW = np.array((0.98, 0.72, 0.4), np.float32), np.array((1.0, 0.88, 0.62), np.float32)
NIGHT_TOP, NIGHT_LOW = np.array((0.04, 0.05, 0.16), np.float32), np.array((0.14, 0.16, 0.32), np.float32)
GRASS, GRASS_DARK, STONE, STONE_LINE = (0.27, 0.46, 0.2), (0.2, 0.36, 0.15), (0.56, 0.56, 0.58), (0.44, 0.44, 0.46)
HEADSTONE, DOOR, DOOR_DARK, CANDLE = (0.84, 0.84, 0.8), (0.42, 0.26, 0.13), (0.28, 0.17, 0.08), (1.0, 0.82, 0.42)
PIT, EARTH, SPADE = (0.1, 0.07, 0.05), (0.78, 0.6, 0.34), (0.3, 0.3, 0.32)
GRASS_Y, GROUND_Y = 38.0, 47.0
TOWER_L, DOOR_L, DOOR_R, DOOR_T, DOOR_B = 47.0, 51.0, 61.0, 26.0, 46.0
STONES, STONE_HW, STONE_H = (5.0, 14.5, 24.0), 4.3, 19.0
PIT_L, PIT_R, HEAP_X = 30.0, 42.0, 45.0


def _ground():
    x, y = R.grid()
    img = R.canvas(1, (0.0, 0.0, 0.0))
    sky = R.coverage(y - GRASS_Y)  # where the sky shows
    R.over(img, R.below(GRASS_Y, 1), GRASS)
    R.over(img, R.coverage(np.maximum(np.abs(((x + 3.0 * np.floor(y / 4.0)) % 5.0) - 2.5) - 0.4,
                                      np.maximum(np.abs((y % 4.0) - 2.0) - 0.5, GRASS_Y + 1.0 - y))), GRASS_DARK)
    tower = R.edges_sdf(x, y, TOWER_L, 70.0, -5.0, DOOR_B + 1.0)
    R.over(img, R.coverage(tower), STONE)
    courses = np.minimum(np.abs((y % 5.0) - 2.5), np.abs(((x + 4.0 * np.floor(y / 5.0)) % 8.0) - 4.0))
    R.over(img, R.coverage(np.maximum(2.5 - courses - 2.0, tower)), STONE_LINE)
    arch = np.minimum(R.edges_sdf(x, y, DOOR_L, DOOR_R, DOOR_T, DOOR_B),
                      np.hypot(x - (DOOR_L + DOOR_R) / 2, y - DOOR_T) - (DOOR_R - DOOR_L) / 2)
    R.over(img, R.coverage(arch), CANDLE)
    sky = sky * (1.0 - R.coverage(tower)[0])
    return img[0], sky, arch


GROUND, SKY, ARCH = _ground()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = GROUND
    # the evening sky, from a golden sunset to a dark night
    late = f[:, 3]
    top = SUNSET_TOP + (NIGHT_TOP - SUNSET_TOP) * late[:, None]
    low = SUNSET_LOW + (NIGHT_LOW - SUNSET_LOW) * late[:, None]
    rows = np.clip((np.arange(R.SIZE, dtype=np.float32) + 0.5) / GRASS_Y, 0.0, 1.0)
    sky = top[:, :, None, None] + (low - top)[:, :, None, None] * rows[None, None, :, None]
    R.over(img, np.broadcast_to(SKY, (n, R.SIZE, R.SIZE)), sky)
    # the door leaf, narrowing towards its hinge on the left as it opens
    right = R.col(DOOR_R - (DOOR_R - DOOR_L - 1.5) * f[:, 2])
    leaf = np.maximum(ARCH, x - right)
    R.over(img, R.coverage(leaf), DOOR)
    R.over(img, R.coverage(np.maximum(leaf, np.abs(((x - DOOR_L) % 3.0) - 1.5) - 0.35)), DOOR_DARK)
    # the headstones, from the left
    count = f[:, 1].astype(int)
    for i, sx in enumerate(STONES):
        on = (count >= i).astype(np.float32)[:, None, None]
        stone = np.minimum(R.edges_sdf(x, y, sx - STONE_HW, sx + STONE_HW, GROUND_Y - STONE_H + STONE_HW, GROUND_Y),
                           np.hypot(x - sx, y - (GROUND_Y - STONE_H + STONE_HW)) - STONE_HW)
        R.over(img, on * R.coverage(stone), HEADSTONE)
        lines = np.maximum(np.abs(x - sx) - 2.2, np.minimum(np.abs(y - (GROUND_Y - 9.0)), np.abs(y - (GROUND_Y - 6.5))) - 0.45)
        R.over(img, on * R.coverage(lines), STONE_LINE)
    # the grave: the pit, the heap of earth and the spade in it
    dug = R.col(f[:, 0])
    pit = R.edges_sdf(x, y, PIT_L, PIT_R, GROUND_Y - 1.0, GROUND_Y + 0.5 + 10.0 * dug)
    R.over(img, R.coverage(pit), PIT)
    hh = 2.0 + 12.0 * dug
    heap = np.maximum(R.ellipse_sdf(x - HEAP_X, y - GROUND_Y, 3.0 + 5.0 * dug, hh), y - GROUND_Y)
    R.over(img, R.coverage(heap), EARTH)
    R.over(img, R.coverage(R.segment_sdf(x, y, HEAP_X + 1.0, GROUND_Y - hh + 2.0, HEAP_X + 3.0, GROUND_Y - hh - 9.0)
                           - 0.7), SPADE)
    img *= (1.0 - 0.45 * R.col(late))[:, None]  # the evening dims everything
    return R.to_uint8(img)


def render(grave_dug: float, headstones: float, door_open: float, lateness: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[grave_dug, headstones, door_open, lateness]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("sexton", arg, n, seed, FACTORS, sample_factors, _draw)
