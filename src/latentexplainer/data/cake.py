"""`cake`: a birthday cake with lit candles on a cake stand, on a table in front of a papered
wall (64x64 RGB).

A round iced cake, seen from the front and a little above, sits on a white plate on a cake stand
in the middle of a wooden table that runs along the bottom of the image; the stand's column rises
from a round foot. The cake's side is iced one colour, with a darker ribbon of icing round it and a
white piped border along the front edge of its paler iced top. One to five red candles with white
stripes stand in a row on the top, each with a dark wick and a yellow flame with a pale core. The
wall behind is papered in faint vertical stripes. The candle flames give a warm glow that shows
more the darker the room is. Factors: the number of candles (1 to 5), the height of the cake (flat
to tall), the hue of its icing, the height of the stand (low to tall, which lifts the cake) and how
bright the room is (dim to bright; the flames keep their brightness). The cake's width, the plate,
the table, the wall and the candles' size stay fixed; the whole cake and its flames always lie
inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

COUNTS = ("1", "2", "3", "4", "5")
FACTORS = (
    Factor("candles", "number of candles on the cake (1 to 5)", "categorical", COUNTS),
    Factor("cake_height", "height of the cake (flat to tall)", "continuous"),
    Factor("icing_hue", "hue of the cake's icing (red through yellow and green to purple)", "continuous"),
    Factor("stand_height", "height of the cake stand under the cake (low to tall)", "continuous"),
    Factor("room_light", "how bright the room is (dim to bright)", "continuous"),
)
# candles: codes 0..4 are 1..5 candles, 7 px apart, centred on the cake; cake_height: 0..1 is a
# cake 8..18 px tall; icing_hue: 0..0.8 of the colour wheel (no wrap); stand_height: 0..1 puts
# the plate 3..13 px above the table; room_light: 0..1 scales everything but the flames and their
# glow by 0.3..1 (and the glow's opacity by 0.75..0.25)
RANGES = ((0.0, 4.0), (0.0, 1.0), (0.0, 0.8), (0.0, 1.0), (0.0, 1.0))
WALL, WALL_STRIPE, TABLE = (0.78, 0.72, 0.6), (0.7, 0.63, 0.52), (0.5, 0.33, 0.2)
CHINA, STAND, PIPING = (0.93, 0.93, 0.95), (0.85, 0.85, 0.88), (0.98, 0.97, 0.95)
CANDLE, CANDLE_STRIPE, WICK = (0.85, 0.15, 0.2), (0.96, 0.95, 0.9), (0.15, 0.12, 0.1)
FLAME, CORE, GLOW = (1.0, 0.72, 0.22), (1.0, 0.97, 0.78), (1.0, 0.8, 0.45)
TABLE_Y, CX = 54.0, 32.0
CAKE_HW, TOP_RY = 17.5, 3.4  # the cake's half-width and the depth of its top's ellipse
PLATE_HW, PLATE_RY = 22.5, 2.3
CANDLE_HW, CANDLE_H, SPACING = 2.0, 13.0, 7.0
FLAME_RX, FLAME_RY = 2.4, 4.0
GLOW_RX, GLOW_RY = 10.0, 9.0  # the glow's reach beyond the outer candles, and up and down


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, np.broadcast_to(R.coverage(np.abs(x % 8.0 - 4.0) - 1.0), (1, R.SIZE, R.SIZE)), WALL_STRIPE)
    R.over(img, R.below(TABLE_Y, 1), TABLE)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    plate = R.col(TABLE_Y - 3 - 10 * f[:, 3])
    top = plate - R.col(8 + 10 * f[:, 1])  # the middle of the cake's top ellipse
    # the stand: its foot, its column and the plate
    stand = np.minimum(
        R.ellipse_sdf(x - CX, y - TABLE_Y, 7.0, 1.8), R.edges_sdf(x, y, CX - 1.8, CX + 1.8, plate, TABLE_Y)
    )
    R.over(img, R.coverage(stand), STAND)
    R.over(img, R.coverage(R.ellipse_sdf(x - CX, y - plate, PLATE_HW, PLATE_RY)), CHINA)
    # the cake: its side, a ribbon round it, its top and the piped border along the top's front edge
    icing = R.hsv(f[:, 2], 0.45, 0.9)
    curve = TOP_RY * np.sqrt(np.clip(1.0 - ((x - CX) / CAKE_HW) ** 2, 0.0, 1.0))  # the front of an ellipse
    side = np.maximum(np.abs(x - CX) - CAKE_HW, np.maximum(top - y, y - plate - curve + 0.8))
    R.over(img, R.coverage(side), icing)
    ribbon = np.maximum(np.abs(y - (plate + top) / 2 - curve) - 1.2, np.abs(x - CX) - CAKE_HW + 0.3)
    R.over(img, R.coverage(ribbon), icing * 0.72)
    R.over(img, R.coverage(R.ellipse_sdf(x - CX, y - top, CAKE_HW, TOP_RY)), R.hsv(f[:, 2], 0.28, 0.98))
    piping = np.maximum(np.abs(y - top - curve) - 1.0 + 0.35 * np.cos(x * 1.6), np.abs(x - CX) - CAKE_HW + 0.5)
    R.over(img, R.coverage(piping), PIPING)
    # the candles and their wicks, in a row on the top: each pixel is drawn with the candle whose
    # place is nearest to it across the row (the candles are further apart than they are wide)
    count = R.col(f[:, 0] + 1)
    first = CX - SPACING * (count - 1) / 2
    dx = x - first - SPACING * np.clip(np.round((x - first) / SPACING), 0, count - 1)  # (n, 1, W)
    base = top + 1.0
    tip = base - CANDLE_H
    fy = tip - 1.2 - FLAME_RY
    candles = np.maximum(np.abs(dx) - CANDLE_HW, np.maximum(tip - y, y - base))
    wicks = np.maximum(np.abs(dx) - 0.35, np.maximum(tip - 1.5 - y, y - tip))
    flames = R.ellipse_sdf(dx, y - fy, FLAME_RX, FLAME_RY)
    cores = R.ellipse_sdf(dx, y - fy - 0.9, 1.0, 1.9)
    body = R.coverage(candles)
    R.over(img, body, CANDLE)
    R.over(img, body * R.coverage(np.abs((y + 0.9 * x) % 3.5 - 1.75) - 0.45), CANDLE_STRIPE)
    R.over(img, R.coverage(wicks), WICK)
    # the room's light, then the flames and their glow, which keep their brightness
    light = f[:, 4]
    img *= (0.3 + 0.7 * light)[:, None, None, None].astype(np.float32)
    reach = SPACING * (count - 1) / 2 + GLOW_RX
    glow = np.maximum(1.0 - ((x - CX) / reach) ** 2 - ((y - (base - CANDLE_H - 4.0)) / GLOW_RY) ** 2, 0.0) ** 2
    R.over(img, R.col(0.75 - 0.5 * light) * glow, GLOW)
    R.over(img, R.coverage(flames), FLAME)
    R.over(img, R.coverage(cores), CORE)
    return R.to_uint8(img)


def render(candles: float, cake_height: float, icing_hue: float, stand_height: float, room_light: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[candles, cake_height, icing_hue, stand_height, room_light]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("cake", arg, n, seed, FACTORS, sample_factors, _draw)
