"""`stoker`: a ship's stokehold, a coal-fired boiler with its furnace door, a pressure gauge on
the steam pipe and a heap of coal on the floor plates, seen from the front (64x64 RGB).

The stokehold's bulkhead is painted cream, with rows of rivets; the floor is a band of grey
chequered steel plates along the bottom. On the left stands the boiler's front, painted black
with a riveted rim, its flue rising out of the top of the image; in its lower half is the
square iron furnace door, hinged on its left, with a latch and a slot of an ash pit below it,
and light from the fire spills across the floor in front. A steam pipe runs from the boiler's
side to a round brass-rimmed pressure gauge on the bulkhead at the upper right, its white dial
marked with a red sector at the high end of its scale and a black needle pointing to the pressure.
Below it, on the floor plates at the right, lies a heap of coal with a shovel stuck in it.
Factors: how far the furnace door is swung open (from shut to wide open, showing the fire
inside), how fiercely the fire burns (from dull red embers to a yellow-white blaze; it shows
in the furnace, the ash pit and the light on the floor), the pressure the gauge reads (its
needle swinging from low at the lower left, through the top, to high at the lower right) and
how big the heap of coal is (small to large). The bulkhead, the boiler, the gauge's dial and
the shovel's size stay fixed; the heap always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("door_open", "how far the furnace door is swung open (shut to wide open)", "continuous"),
    Factor("fire", "how fiercely the fire burns (dull red embers to a yellow-white blaze)", "continuous"),
    Factor("pressure", "pressure shown by the gauge's needle (low to high)", "continuous"),
    Factor("coal_heap", "size of the heap of coal on the floor (small to large)", "continuous"),
)
# door_open: 0..1 swings the door (14 px wide, hinged at x = 14 px) until its face is 14..1.4 px
# wide; fire: 0..1 blends the fire from dull red (0.5, 0.1, 0.04) through orange to yellow-white
# (1.0, 0.95, 0.7), and strengthens the light on the floor; pressure: 0..1 turns the needle from
# 2.3 radians left of straight up to 2.3 radians right of it (about the dial's middle, x = 50 px,
# y = 16 px); coal_heap: 0..1 is a heap 6..14 px in half-width, 0.75 times that high, its middle
# at x = 49 px on the floor at y = 55 px
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
BULKHEAD, RIVET, FLOOR, FLOOR_MARK = (0.8, 0.77, 0.67), (0.62, 0.59, 0.5), (0.44, 0.45, 0.47), (0.56, 0.57, 0.59)
BOILER, BOILER_RIM, IRON, IRON_LIGHT = (0.12, 0.12, 0.13), (0.26, 0.26, 0.28), (0.4, 0.38, 0.37), (0.55, 0.52, 0.5)
INSIDE, PIPE, BRASS, DIAL = (0.08, 0.05, 0.04), (0.5, 0.5, 0.52), (0.78, 0.62, 0.26), (0.96, 0.95, 0.9)
NEEDLE, RED, COAL, COAL_LIGHT, HANDLE = (0.08, 0.08, 0.1), (0.85, 0.15, 0.1), (0.07, 0.07, 0.08), (0.3, 0.3, 0.34), \
    (0.5, 0.34, 0.18)
DULL, ORANGE, BLAZE = np.array((0.5, 0.1, 0.04)), np.array((0.98, 0.48, 0.08)), np.array((1.0, 0.95, 0.7))
FLOOR_Y = 55.0
DOOR_L, DOOR_R, DOOR_T, DOOR_B = 14.0, 28.0, 31.0, 43.0
GAUGE_X, GAUGE_Y, GAUGE_R, NEEDLE_L = 50.0, 16.0, 11.5, 10.5
HEAP_X = 49.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, BULKHEAD)
    rivets = np.hypot(((x - 3.0) % 6.0) - 3.0, np.minimum(np.abs(y - 5.0), np.abs(y - 44.0))) - 0.8
    R.over(img, R.coverage(rivets), RIVET)
    R.over(img, R.coverage(np.abs(y - 6.5) - 0.5), RIVET)
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    marks = np.maximum(np.abs(((x + 2.0 * np.floor(y / 3.0)) % 4.0) - 2.0) - 0.6, np.abs((y % 3.0) - 1.5) - 0.4)
    R.over(img, 0.6 * R.coverage(np.maximum(marks, FLOOR_Y + 0.5 - y)), FLOOR_MARK)
    # the flue and the steam pipe to the gauge
    R.over(img, R.coverage(R.edges_sdf(x, y, 13.0, 23.0, -1.0, 14.0)), BOILER_RIM)
    pipe = np.minimum(R.edges_sdf(x, y, 36.0, GAUGE_X + 1.5, 33.0, 36.0),
                      R.edges_sdf(x, y, GAUGE_X - 1.5, GAUGE_X + 1.5, GAUGE_Y, 36.0))
    R.over(img, R.coverage(pipe), PIPE)
    # the boiler's front: black, with a riveted rim
    front = R.edges_sdf(x, y, 3.0, 38.0, 12.0, FLOOR_Y + 1.0)
    R.over(img, R.coverage(front), BOILER_RIM)
    R.over(img, R.coverage(front + 2.0), BOILER)
    R.over(img, R.coverage(np.hypot(((x - 5.0) % 4.0) - 2.0, np.abs(y - 13.0)) - 0.6), BULKHEAD)
    # the door's frame and the ash pit's slot
    R.over(img, R.coverage(R.edges_sdf(x, y, DOOR_L - 2.0, DOOR_R + 2.0, DOOR_T - 2.0, DOOR_B + 2.0)), BOILER_RIM)
    R.over(img, R.coverage(R.edges_sdf(x, y, DOOR_L, DOOR_R, DOOR_T, DOOR_B)), INSIDE)
    # the gauge's brass rim, dial and red sector
    rho = np.hypot(x - GAUGE_X, y - GAUGE_Y)
    R.over(img, R.coverage(rho - GAUGE_R - 1.5), BRASS)
    R.over(img, R.coverage(rho - GAUGE_R), DIAL)
    ang = np.arctan2(x - GAUGE_X, GAUGE_Y - y)  # clockwise from straight up
    ticks = np.maximum(np.abs(rho - GAUGE_R + 1.3) - 1.0, np.abs(((ang + 2.3 + 0.383) % 0.767) - 0.383) * rho - 0.45)
    R.over(img, 0.8 * R.coverage(np.maximum(ticks, (np.abs(ang) - 2.35) * rho)), NEEDLE)
    R.over(img, R.coverage(np.maximum(np.abs(rho - GAUGE_R + 1.2) - 1.0, (np.abs(ang - 1.95) - 0.38) * rho)), RED)
    return img[0]


SCENE = _scene()


def _fixed():
    x, y = R.grid()
    grate = R.coverage(R.edges_sdf(x, y, DOOR_L + 1.0, DOOR_R - 1.0, DOOR_B + 4.5, DOOR_B + 6.5))
    flames = np.abs(np.sin(x * 1.3) + 0.6 * np.sin(x * 0.55 + 1.0)) * 3.0  # the fire's ragged top
    fire_in = R.coverage(np.maximum(R.edges_sdf(x, y, DOOR_L, DOOR_R, DOOR_T, DOOR_B), DOOR_B - 3.5 - flames - y))
    light = np.exp(-((x - (DOOR_L + DOOR_R) / 2) ** 2) / 150.0) * R.coverage(FLOOR_Y - y) * \
        np.exp(-(y - FLOOR_Y) / 7.0)
    return grate, fire_in, light.astype(np.float32)


GRATE, FIRE_IN, FLOOR_LIGHT = _fixed()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    heat = f[:, 1:2]
    fire = np.where(heat < 0.5, DULL + (ORANGE - DULL) * 2 * heat, ORANGE + (BLAZE - ORANGE) * (2 * heat - 1))
    fire = fire.astype(np.float32)
    # the fire: inside the furnace, in the ash pit's slot and as light on the floor
    R.over(img, FIRE_IN, fire)
    R.over(img, GRATE, fire)
    R.over(img, (0.2 + 0.6 * R.col(f[:, 1]) * (0.4 + 0.6 * R.col(f[:, 0]))) * FLOOR_LIGHT, fire)
    # the door, swung about its hinge on the left: its face narrows as it opens
    w = R.col((DOOR_R - DOOR_L) * (1.0 - 0.9 * f[:, 0]))
    door = R.edges_sdf(x, y, DOOR_L - 0.5, DOOR_L + 0.5 + w, DOOR_T - 0.5, DOOR_B + 0.5)
    R.over(img, R.coverage(door), IRON)
    R.over(img, R.coverage(np.maximum(door + 1.5, np.abs(y - (DOOR_T + DOOR_B) / 2) - 1.5)), IRON_LIGHT)
    latch = R.edges_sdf(x, y, DOOR_L + w - 3.5, DOOR_L + w - 1.0, (DOOR_T + DOOR_B) / 2 - 1.2,
                        (DOOR_T + DOOR_B) / 2 + 1.2)
    R.over(img, R.coverage(np.maximum(latch, DOOR_L + 1.0 - x)), BOILER)
    # the gauge's needle, about the dial's middle
    a = R.col(-2.3 + 4.6 * f[:, 2])
    dx, dy = np.sin(a), -np.cos(a)
    d, h = R.segment_sdf(x, y, GAUGE_X - 2.0 * dx, GAUGE_Y - 2.0 * dy, GAUGE_X + NEEDLE_L * dx,
                         GAUGE_Y + NEEDLE_L * dy, along=True)
    R.over(img, R.coverage(d - (2.4 - 1.7 * h)), NEEDLE)
    R.over(img, R.coverage(np.hypot(x - GAUGE_X, y - GAUGE_Y) - 1.6), BRASS)
    # the heap of coal: a mound of lumps, a shovel stuck in it
    rx = R.col(6.0 + 8.0 * f[:, 3])
    ry = 0.75 * rx
    heap = np.maximum(R.ellipse_sdf(x - HEAP_X, y - (FLOOR_Y + 1.0), rx, ry), y - (FLOOR_Y + 2.0))
    R.over(img, R.coverage(heap), COAL)
    lumps = np.hypot(((x + 0.6 * y) % 3.0) - 1.5, (y % 2.6) - 1.3) - 0.55
    R.over(img, 0.8 * R.coverage(np.maximum(lumps, heap + 0.5)), COAL_LIGHT)
    top = FLOOR_Y + 1.0 - ry
    blade = R.edges_sdf(x, y, HEAP_X + 0.5, HEAP_X + 5.0, top - 1.0, top + 2.5)
    shaft = R.segment_sdf(x, y, HEAP_X + 2.75, top - 1.0, HEAP_X + 6.0, top - 13.0) - 0.8
    R.over(img, R.coverage(blade), IRON_LIGHT)
    R.over(img, R.coverage(shaft), HANDLE)
    return R.to_uint8(img)


def render(door_open: float, fire: float, pressure: float, coal_heap: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[door_open, fire, pressure, coal_heap]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("stoker", arg, n, seed, FACTORS, sample_factors, _draw)
