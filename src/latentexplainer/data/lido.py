"""`lido`: an open-air swimming pool in front of a row of changing cabins, a diving tower at its
left end and swimmers in the water, seen from the pool's side (64x64 RGB).

The sky is a strip at the top. Below it stands a long white building with a flat roof and a
row of painted cabin doors. In front of it runs a pale stone pool deck, and the lower part of
the image is the pool's water, with light ripples and a red-and-white lane rope across it. At
the left a grey concrete diving tower stands on the deck: two legs with a ladder between them
up to a platform, from which a blue diving board reaches out over the water. Swimmers swim in
the pool, each a head in a coloured cap with a white splash around their shoulders and a
faint body under the water; they fill three places from the first. Factors: how many swimmers
are in the pool (none to 3), how high the diving tower's platform is (low to high), the hue of
the cabin doors - a cyclic factor with a whole-turn period - and how cloudy it is (a clear
blue sky over bright blue water to an overcast grey sky with clouds, over duller, greyer
water). The building, the deck, the pool and the swimmers' places stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("swimmers", "how many swimmers are in the pool", "categorical", ("0", "1", "2", "3")),
    Factor("tower_height", "how high the diving tower's platform is (low to high)", "continuous"),
    Factor("door_hue", "hue of the changing cabins' doors", "cyclic", period=1.0),
    Factor("cloud", "how cloudy it is (clear and bright to overcast and grey)", "continuous"),
)
# swimmers: 0..3 swimmers at SWIMMERS, filled from the first; tower_height: 0..1 puts the
# platform's top at y = 27..6 px (the deck begins at 32 px); door_hue: 0..1 of the colour wheel (a
# whole turn); cloud: 0..1 blends the sky from clear blue to overcast grey, brings in the clouds
# and turns the water from bright blue to a dull grey-blue
RANGES = ((0.0, 3.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
CLEAR_TOP, CLEAR_BOTTOM = np.array((0.26, 0.52, 0.92)), np.array((0.56, 0.76, 0.98))
GREY_TOP, GREY_BOTTOM = np.array((0.52, 0.54, 0.58)), np.array((0.72, 0.73, 0.75))
CLOUD = (0.9, 0.9, 0.92)
WATER_CLEAR, WATER_GREY = np.array((0.16, 0.62, 0.84)), np.array((0.34, 0.46, 0.52))
WALL, ROOF_EDGE, DECK, TOWER, BOARD = (0.95, 0.94, 0.9), (0.62, 0.62, 0.64), (0.82, 0.78, 0.68), \
    (0.36, 0.38, 0.44), (0.15, 0.35, 0.8)
SPLASH, SKIN, ROPE_RED, ROPE_WHITE = (0.97, 0.99, 1.0), (0.78, 0.58, 0.46), (0.85, 0.12, 0.12), (0.96, 0.96, 0.96)
CAPS = ((0.92, 0.16, 0.12), (0.98, 0.84, 0.1), (1.0, 0.5, 0.05))
SKY_Y, ROOF_Y, DECK_Y, WATER_Y, ROPE_Y = 14.0, 16.0, 32.0, 37.0, 49.0
DOORS_X, DOOR_W, DOOR_TOP = (20.0, 28.0, 36.0, 44.0, 52.0, 60.0), 5.0, 21.0
SWIMMERS = ((30.0, 43.0), (52.0, 54.0), (27.0, 59.0))  # where each swimmer's head is
LEGS = (3.0, 10.0)
CLOUDS = ((10.0, 5.0, 9.0, 3.5), (34.0, 8.0, 11.0, 3.0), (56.0, 4.0, 8.0, 3.0))


def _building() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The building and deck over a transparent sky: colour (3, H, W), their coverage (H, W),
    and the coverage of the cabin doors (H, W)."""
    x, y = R.grid()
    img = np.zeros((1, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = np.asarray(WALL, np.float32)[:, None, None]
    R.over(img, R.coverage(R.edges_sdf(x, y, -1.0, 65.0, ROOF_Y, ROOF_Y + 1.5)), ROOF_EDGE)
    R.over(img, R.below(DECK_Y, 1), DECK)
    tiles = np.abs(((x + 2.0) % 6.0) - 3.0) - 0.3
    R.over(img, 0.25 * R.coverage(tiles) * R.below(DECK_Y, 1), (0.0, 0.0, 0.0))
    doors = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for dx in DOORS_X:
        np.minimum(doors, R.edges_sdf(x, y, dx - DOOR_W / 2, dx + DOOR_W / 2, DOOR_TOP, DECK_Y), out=doors)
    return img[0], R.coverage(ROOF_Y - y)[0], R.coverage(doors)[0]


BUILDING, BUILDING_ALPHA, DOORS = _building()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    c = f[:, 3]
    # the sky, clear to overcast, and its clouds
    t = np.clip((np.arange(R.SIZE, dtype=np.float32) + 0.5) / SKY_Y, 0.0, 1.0)[None, :, None]
    cc = c[:, None, None]
    sky = [(CLEAR_TOP[i] + (GREY_TOP[i] - CLEAR_TOP[i]) * cc) * (1 - t)
           + (CLEAR_BOTTOM[i] + (GREY_BOTTOM[i] - CLEAR_BOTTOM[i]) * cc) * t for i in range(3)]
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    for i in range(3):
        img[:, i] = sky[i]
    clouds = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for cx, cy, rx, ry in CLOUDS:
        np.minimum(clouds, R.ellipse_sdf(x - cx, y - cy, rx, ry), out=clouds)
    R.over(img, R.col(c) * R.coverage(clouds), CLOUD)
    # the building and the deck; the cabin doors
    R.over(img, np.broadcast_to(BUILDING_ALPHA, (n, R.SIZE, R.SIZE)), BUILDING)
    R.over(img, np.broadcast_to(DOORS, (n, R.SIZE, R.SIZE)), R.hsv(f[:, 2], 0.7, 0.8))
    # the water, bright to dull, its ripples and the lane rope
    water = WATER_CLEAR[None] + (WATER_GREY - WATER_CLEAR)[None] * c[:, None]
    R.over(img, R.below(WATER_Y, n), water)
    ripples = np.abs(((x * 0.3 + y * 1.1 + 0.8 * np.sin(x * 0.5)) % 5.0) - 2.5) - 0.45
    R.over(img, 0.22 * R.coverage(ripples) * R.below(WATER_Y + 1.0, 1), (1.0, 1.0, 1.0))
    floats = np.hypot(((x % 4.0) - 2.0) * 1.0, y - ROPE_Y) - 1.3
    R.over(img, np.broadcast_to(R.coverage(floats), (n, R.SIZE, R.SIZE)), ROPE_WHITE)
    red = ((x // 4.0) % 2.0 == 0).astype(np.float32)
    R.over(img, np.broadcast_to(red * R.coverage(floats), (n, R.SIZE, R.SIZE)), ROPE_RED)
    # the swimmers: a faint body under the water, a splash, the head in its cap
    k = f[:, 0].astype(int)
    for i, (sx, sy) in enumerate(SWIMMERS):
        on = R.col(k > i)
        R.over(img, 0.5 * on * R.coverage(R.ellipse_sdf(x - (sx - 8.0), y - (sy + 1.0), 8.5, 2.2)), SKIN)
        R.over(img, 0.92 * on * R.coverage(R.ellipse_sdf(x - (sx - 1.5), y - (sy + 1.6), 9.0, 3.2)), SPLASH)
        R.over(img, on * R.coverage(np.hypot(x - sx, y - sy) - 3.6), CAPS[i])
    # the diving tower: legs, a ladder, the platform and its board
    top = R.col(27 - 21 * f[:, 1])
    legs = np.minimum(R.segment_sdf(x, y, LEGS[0], top, LEGS[0], DECK_Y + 3.0),
                      R.segment_sdf(x, y, LEGS[1], top, LEGS[1], DECK_Y + 3.0)) - 1.2
    rungs = np.maximum(np.abs(((y - top) % 3.5) - 1.75) - 0.45, np.maximum(np.abs(x - 6.5) - 3.0, top - y))
    rungs = np.maximum(rungs, y - DECK_Y - 3.0)
    platform = R.edges_sdf(x, y, 1.0, 12.0, top - 2.0, top + 1.0)
    board = R.edges_sdf(x, y, 10.0, 22.0, top - 1.0, top + 0.6)
    R.over(img, R.coverage(np.minimum(np.minimum(legs, rungs), platform)), TOWER)
    R.over(img, R.coverage(board), BOARD)
    rail = R.segment_sdf(x, y, 1.5, top - 2.0, 1.5, top - 6.0) - 0.6
    R.over(img, R.coverage(rail), ROOF_EDGE)
    return R.to_uint8(img)


def render(swimmers: float, tower_height: float, door_hue: float, cloud: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[swimmers, tower_height, door_hue, cloud]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("lido", arg, n, seed, FACTORS, sample_factors, _draw)
