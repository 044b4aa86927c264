"""`chandler`: a candlemaker's workshop, candles being dipped from a wooden rack hung on a rope above
a pot of molten wax on a brick stove, seen from the front (64x64 RGB).

The workshop's walls are of grey stone blocks under a dark ceiling beam; a small arched window in
a dark wooden frame is set high on the right, and a ladle hangs from a peg on the left wall. In
the middle a black iron pot of molten wax, its pale yellow surface showing at the rim, stands on
a brick stove with a fire glowing in its arched opening; stone flags floor the room. Above the
pot a wooden rack - a horizontal bar - hangs from a pulley on the beam by two ropes, and candles
hang from the bar by their dark wicks, cream-coloured and a little thicker towards the bottom, in
places along it from the left. When the rack is let down, the candles' lower ends go into the
pot. The fire lights the wall and the pot around it with a warm glow. Factors: how many candles
hang from the rack (1 to 4), how thick the candles have grown (thin tapers to fat candles), how
far the rack has been let down towards the pot (raised to dipped) and how much daylight comes
through the window (a dark night lit only by the fire to bright day; the room grows lighter with
it). The walls, the window's shape, the ladle, the pot, the stove, the fire, the candles' length
and the bar's width stay fixed; the rack and its candles always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("candles", "how many candles hang from the rack (1 to 4)", "categorical", ("1", "2", "3", "4")),
    Factor("thickness", "how thick the hanging candles are (thin to fat)", "continuous"),
    Factor("rack_drop", "how far the candle rack is let down towards the wax pot (raised to dipped)", "continuous"),
    Factor("daylight", "how much daylight comes through the window (night to bright day)", "continuous"),
)
# candles: a code 0..3 for 1..4 candles, hanging at SLOTS in that order; thickness: 0..1 is a
# candle of half-width 1.6..4.4 px at its foot (three quarters of that at its top), 30 px long;
# rack_drop: 0..1 puts the bar at y = 6..20 px (the candles' feet at y = 40..54 px; the pot's rim
# is at y = 44 px); daylight: 0..1 blends the window from a night sky to a day sky and lights
# the room from 0.45 to 1 of its full brightness (the fire's glow is added on top)
RANGES = ((0.0, 3.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
STONE, STONE_LINE, BEAM, ROPE, BAR = (0.34, 0.32, 0.3), (0.24, 0.23, 0.21), (0.26, 0.17, 0.1), (0.7, 0.6, 0.42), \
    (0.5, 0.34, 0.2)
FRAME, NIGHT, DAY, MOON = (0.3, 0.2, 0.12), np.array((0.06, 0.08, 0.2)), np.array((0.62, 0.8, 0.97)), (0.95, 0.93, 0.8)
WAX, WAX_SHADE, WICK, MOLTEN = np.array((0.98, 0.95, 0.84)), np.array((0.86, 0.8, 0.64)), (0.12, 0.1, 0.08), \
    (0.96, 0.86, 0.5)
IRON, IRON_SHINE, BRICK, BRICK_LINE, FLAG, FLAG_LINE = (0.13, 0.13, 0.15), (0.3, 0.3, 0.33), (0.62, 0.3, 0.2), \
    (0.42, 0.2, 0.14), (0.48, 0.46, 0.44), (0.36, 0.34, 0.32)
FIRE, FIRE_CORE, GLOW = (0.98, 0.46, 0.1), (1.0, 0.85, 0.35), (1.0, 0.66, 0.3)
SLOTS = (17.75, 27.25, 36.75, 46.25)
PULLEY_X, BEAM_Y, BAR_L, BAR_R = 32.0, 4.0, 10.0, 54.0
WICK_LEN, CANDLE_LEN = 4.0, 30.0
POT_X, POT_Y, POT_RX = 32.0, 44.0, 19.0
STOVE_T, FLOOR_Y = 55.0, 58.0
WIN_X, WIN_T, WIN_B, WIN_HW = 56.5, 9.0, 26.0, 4.5
FIRE_X, FIRE_Y = 32.0, 61.0


def _room():
    """The room before lighting: walls, beam, ladle, floor, stove and pot."""
    x, y = R.grid()
    img = R.canvas(1, STONE)
    course = np.floor(y / 6.0)
    joints = np.minimum(np.abs((y % 6.0) - 0.3), np.abs(((x + course * 5.0) % 10.0) - 0.3))
    R.over(img, R.coverage(joints - 0.45), STONE_LINE)
    img += (0.04 * np.sin(2.1 * np.floor((x + course * 5.0) / 10.0) + 1.7 * course))[:, None]
    R.over(img, R.coverage(R.edges_sdf(x, y, 0.0, 64.0, 0.0, BEAM_Y)), BEAM)
    # the window's frame (its sky is drawn with the light)
    window = np.minimum(R.edges_sdf(x, y, WIN_X - WIN_HW, WIN_X + WIN_HW, WIN_T, WIN_B),
                        np.hypot(x - WIN_X, y - WIN_T) - WIN_HW)
    R.over(img, R.coverage(window - 1.5), FRAME)
    # a ladle on a peg
    R.over(img, R.coverage(np.hypot(x - 6.0, y - 12.0) - 1.0), FRAME)
    R.over(img, R.coverage(R.segment_sdf(x, y, 6.0, 12.0, 6.0, 30.0) - 0.7), IRON)
    R.over(img, R.coverage(np.maximum(np.hypot(x - 6.0, y - 30.0) - 3.2, 29.5 - y)), IRON)
    # the floor, the brick stove and the pot on it
    R.over(img, R.below(FLOOR_Y, 1), FLAG)
    R.over(img, R.coverage(np.maximum(np.abs(((x + 4.0) % 12.0) - 6.0) - 5.6, FLOOR_Y - y)), FLAG_LINE)
    R.over(img, R.coverage(R.edges_sdf(x, y, 10.0, 54.0, STOVE_T, 64.0)), BRICK)
    bricks = np.minimum(np.abs(((y - STOVE_T) % 3.0) - 0.2), np.abs(((x + 2.5 * np.floor((y - STOVE_T) / 3.0)) % 5.0) - 0.2))
    R.over(img, R.coverage(np.maximum(bricks - 0.35, R.edges_sdf(x, y, 10.0, 54.0, STOVE_T, 64.0))), BRICK_LINE)
    arch = np.minimum(R.edges_sdf(x, y, FIRE_X - 5.0, FIRE_X + 5.0, 59.0, 65.0), np.hypot(x - FIRE_X, y - 59.0) - 5.0)
    R.over(img, R.coverage(arch), (0.1, 0.05, 0.03))
    return img


ROOM = _room()


def _front():
    """The pot's front and rim (drawn over the candles' feet) and the molten wax inside."""
    x, y = R.grid()
    pot = np.maximum(R.box_sdf(x - POT_X, y - (POT_Y + STOVE_T) / 2, POT_RX - 5.0, (STOVE_T - POT_Y) / 2 - 5.0) - 5.0,
                     POT_Y - y)
    rim = R.ellipse_sdf(x - POT_X, y - POT_Y, POT_RX + 1.0, 2.6)
    wax = R.ellipse_sdf(x - POT_X, y - POT_Y, POT_RX - 1.0, 1.6)
    shine = np.maximum(np.abs(x - POT_X + 11.0) - 1.2, np.maximum(POT_Y + 3.0 - y, y - STOVE_T + 3.0))
    return R.coverage(np.minimum(pot, rim)), R.coverage(wax), R.coverage(shine)


POT_FRONT, POT_WAX, POT_SHINE = _front()


def _lighting():
    x, y = R.grid()
    glow = np.exp(-((x - FIRE_X) ** 2 + (y - FIRE_Y) ** 2) / 260.0)
    window = np.minimum(R.edges_sdf(x, y, WIN_X - WIN_HW, WIN_X + WIN_HW, WIN_T, WIN_B),
                        np.hypot(x - WIN_X, y - WIN_T) - WIN_HW)
    flames = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    cores = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for dx, h in ((-2.6, 4.5), (0.0, 6.5), (2.6, 4.0)):
        t = np.clip((64.0 - y) / h, 0.0, 1.0)
        np.minimum(flames, np.maximum(np.abs(x - FIRE_X - dx) - 2.0 * (1.0 - t), 64.0 - h - y), out=flames)
        np.minimum(cores, np.maximum(np.abs(x - FIRE_X - dx) - 1.0 * (1.0 - 1.4 * t), 64.0 - 0.7 * h - y), out=cores)
    moon = np.hypot(x - WIN_X - 1.5, y - WIN_T - 2.0) - 1.8
    return glow, R.coverage(window), R.coverage(flames), R.coverage(cores), R.coverage(moon)


GLOW_MAP, WINDOW, FLAMES, CORES, MOON_COVER = _lighting()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = ROOM
    # the rack: ropes from the pulley to the bar's ends, the bar, the candles on their wicks
    bar = R.col(6.0 + 14.0 * f[:, 2])
    ropes = np.minimum(R.segment_sdf(x, y, PULLEY_X, BEAM_Y, BAR_L + 1.0, bar),
                       R.segment_sdf(x, y, PULLEY_X, BEAM_Y, BAR_R - 1.0, bar)) - 0.45
    R.over(img, R.coverage(ropes), ROPE)
    R.over(img, R.coverage(np.hypot(x - PULLEY_X, y - BEAM_Y - 0.5) - 2.0), IRON)
    count = f[:, 0].astype(int)
    w = R.col(1.6 + 2.8 * f[:, 1])
    t = np.clip((y - bar - WICK_LEN) / CANDLE_LEN, 0.0, 1.0)  # 0 at a candle's top, 1 at its foot
    half = w * (0.75 + 0.25 * t)
    for i, sx in enumerate(SLOTS):
        on = (count >= i).astype(np.float32)[:, None, None]
        R.over(img, on * R.coverage(np.maximum(np.abs(x - sx) - 0.45, np.maximum(bar - y, y - bar - WICK_LEN - 1.0))), WICK)
        body = np.maximum(np.abs(x - sx) - half, np.maximum(bar + WICK_LEN - y, y - bar - WICK_LEN - CANDLE_LEN))
        body = np.minimum(body, R.ellipse_sdf(x - sx, y - bar - WICK_LEN - CANDLE_LEN, w, 1.6))
        shade = np.clip(0.5 + 0.5 * (x - sx) / np.maximum(half, 0.5), 0.0, 1.0)[:, None]
        R.over(img, on * R.coverage(body), WAX[None, :, None, None] + (WAX_SHADE - WAX)[None, :, None, None] * shade)
    R.over(img, R.coverage(R.edges_sdf(x, y, BAR_L, BAR_R, bar - 1.2, bar + 1.2)), BAR)
    # the pot's front hides the dipped feet; the molten wax at its rim
    R.over(img, np.broadcast_to(POT_FRONT, (n, R.SIZE, R.SIZE)), IRON)
    R.over(img, np.broadcast_to(POT_SHINE, (n, R.SIZE, R.SIZE)), IRON_SHINE)
    R.over(img, np.broadcast_to(POT_WAX, (n, R.SIZE, R.SIZE)), MOLTEN)
    # the light: the daylight over the whole room, and the fire's glow on top
    day = R.col(f[:, 3])
    img *= (0.45 + 0.55 * day)[:, None]
    R.over(img, (0.75 - 0.45 * day) * GLOW_MAP, GLOW)
    sky = NIGHT[None] + (DAY - NIGHT)[None] * f[:, 3:4]
    R.over(img, np.broadcast_to(WINDOW, (n, R.SIZE, R.SIZE)), sky)
    R.over(img, (1.0 - day) * MOON_COVER, MOON)
    R.over(img, np.broadcast_to(FLAMES, (n, R.SIZE, R.SIZE)), FIRE)
    R.over(img, np.broadcast_to(CORES, (n, R.SIZE, R.SIZE)), FIRE_CORE)
    return R.to_uint8(img)


def render(candles: float, thickness: float, rack_drop: float, daylight: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[candles, thickness, rack_drop, daylight]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("chandler", arg, n, seed, FACTORS, sample_factors, _draw)
