"""`candlemaker`: a candlemaker's dipping wheel, six candles hanging from a turning iron hoop
over a tub of melted wax, seen from the front and a little from above (64x64 RGB).

The workshop's wall is ochre plaster under a dark timber beam along the top of the image; on
the left hangs a bundle of finished, ivory candles from a peg. From the beam a rope comes
down the middle to the hub of an iron hoop, seen from a little above as a flat ellipse, with
six spokes; from six points evenly round the hoop hang six candles on their wicks, tapering
a little towards the top, those at the back of the hoop darker than those at the front. Below
stands a wooden tub bound with iron hoops, full of melted wax to near its brim; when the wheel
is let down, the candles' lower ends dip into the wax. Factors: how far the wheel has turned
(six candles evenly round it, so a sixth of a turn brings it back to the same look), how far
the wheel is let down (raised high to dipped in the wax), how long the candles have grown
(short to long) and the hue of the wax (the candles and the melted wax alike, red through
yellow, green and blue to violet). The wall, the beam, the finished candles, the tub and the
hoop's size stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("wheel_turn", "how far the dipping wheel has turned (a sixth of a turn repeats)", "cyclic",
           period=np.pi / 3),
    Factor("wheel_drop", "how far the wheel is let down (raised high to dipped in the wax)", "continuous"),
    Factor("candle_length", "how long the hanging candles have grown (short to long)", "continuous"),
    Factor("wax_hue", "hue of the wax (the candles and the melted wax alike)", "continuous"),
)
# wheel_turn: 0..pi/3 radians of the hoop's turn, which comes round to the same look after pi/3
# (six candles, 60 degrees apart); wheel_drop: 0..1 lowers the hoop's hub from y = 11 to 27 px;
# candle_length: 0..1 is a candle 7..20 px long below its 2 px wick (the hoop's ellipse is 6 px
# in half-height); wax_hue: 0..0.8 of the
# colour wheel (no wrap)
RANGES = ((0.0, np.pi / 3), (0.0, 1.0), (0.0, 1.0), (0.0, 0.8))
WALL, BEAM, ROPE, IRON = (0.74, 0.6, 0.4), (0.3, 0.2, 0.12), (0.62, 0.52, 0.36), (0.16, 0.15, 0.15)
IVORY, WICK, TUB, TUB_DARK = (0.95, 0.92, 0.8), (0.12, 0.1, 0.08), (0.48, 0.32, 0.18), (0.3, 0.19, 0.1)
HUB_X, HOOP_RX, HOOP_RY, BEAM_Y = 32.0, 21.0, 6.0, 4.0
TUB_Y, TUB_RX, TUB_RY, TUB_B = 49.0, 25.0, 4.0, 63.0  # the wax's surface (an ellipse) and the tub's foot
CANDLES = 6


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    img += (0.03 * np.sin(x * 0.45 + np.sin(y * 0.3) * 2.0) * np.sin(y * 0.7))[:, None]  # uneven plaster
    R.over(img, R.coverage(y - BEAM_Y), BEAM)
    # a bundle of finished candles hanging from a peg on the left
    R.over(img, R.coverage(np.hypot(x - 4.0, y - 12.0) - 1.5), BEAM)
    bundle = np.min([R.edges_sdf(x, y, 1.5 + 1.8 * i, 2.9 + 1.8 * i, 13.0, 31.0 - (i % 2) * 2.0) for i in range(3)], 0)
    R.over(img, R.coverage(bundle), IVORY)
    R.over(img, R.coverage(np.abs(y - 14.0) - 0.6) * R.coverage(x - 7.5), WICK)
    return img[0]


SCENE = _scene()


def _tub():
    """The tub's front, below the melted wax's near rim: its coverage and its colours."""
    x, y = R.grid()
    front = TUB_Y + TUB_RY * np.sqrt(np.clip(1.0 - ((x - HUB_X) / TUB_RX) ** 2, 0.0, 1.0))
    tub = np.maximum(np.abs(x - HUB_X) - (TUB_RX - 1.5 * (y - TUB_Y) / (TUB_B - TUB_Y)), np.maximum(front - y, y - TUB_B))
    layer = R.canvas(1, TUB)
    staves = np.abs((((x - HUB_X) / 4.0) % 1.0) - 0.5) * 4.0 - 0.35
    R.over(layer, 0.7 * R.coverage(staves), TUB_DARK)
    bands = np.minimum(np.abs(y - front - 3.0), np.abs(y - TUB_B + 3.0)) - 0.9
    R.over(layer, R.coverage(bands), IRON)
    surface = R.ellipse_sdf(x - HUB_X, y - TUB_Y, TUB_RX, TUB_RY)
    return R.coverage(tub), layer[0], R.coverage(surface), R.coverage(np.abs(surface) - 0.6)


TUB_COVER, TUB_LAYER, SURFACE, RIM = _tub()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    turn, hub = R.col(f[:, 0]), R.col(11.0 + 16.0 * f[:, 1])
    length = R.col(7.0 + 13.0 * f[:, 2])
    wax = R.hsv(f[:, 3], 0.55, 0.93)
    # the rope, the hoop and its spokes
    R.over(img, R.coverage(np.maximum(np.abs(x - HUB_X) - 0.8, np.maximum(BEAM_Y - y, y - hub))), ROPE)
    R.over(img, R.coverage(np.abs(R.ellipse_sdf(x - HUB_X, y - hub, HOOP_RX, HOOP_RY)) - 0.7), IRON)
    points = [(HUB_X + HOOP_RX * np.cos(turn + k * np.pi / 3), hub + HOOP_RY * np.sin(turn + k * np.pi / 3),
               np.sin(turn + k * np.pi / 3)) for k in range(CANDLES)]
    spokes = np.min([R.segment_sdf(x, y, HUB_X, hub, px, py) for px, py, _ in points], 0) - 0.5
    R.over(img, R.coverage(spokes), IRON)
    # the candles: those at the back of the hoop first, darker, then those at the front
    drawn = []
    for px, py, depth in points:
        wick = R.coverage(np.maximum(np.abs(x - px) - 0.45, np.maximum(py - y, y - py - 2.5)))
        t = np.clip((y - py - 2.0) / length, 0.0, 1.0)
        candle = np.maximum(np.abs(x - px) - (1.9 + 1.0 * t), y - py - 2.0 - length)
        candle = np.maximum(np.minimum(candle, R.ellipse_sdf(x - px, y - py - 2.0 - length, 2.9, 1.3)), py + 2.0 - y)
        shade = (0.78 + 0.22 * depth) * (0.85 + 0.25 * R.coverage(np.abs(x - px + 0.9) - 0.7))
        drawn.append((depth >= 0, wick, R.coverage(candle), wax[:, :, None, None] * shade[:, None]))
    for front in (False, True):
        for near, wick, candle, colour in drawn:
            on = (near == front).astype(np.float32)
            R.over(img, on * wick, WICK)
            R.over(img, on * candle, colour)
    # the melted wax in the tub, hiding the dipped ends, and the tub's rim
    R.over(img, np.broadcast_to(SURFACE, (n, R.SIZE, R.SIZE)), wax * 0.72)
    R.over(img, np.broadcast_to(TUB_COVER, (n, R.SIZE, R.SIZE)), TUB_LAYER)
    return R.to_uint8(R.over(img, np.broadcast_to(RIM, (n, R.SIZE, R.SIZE)), TUB_DARK))


def render(wheel_turn: float, wheel_drop: float, candle_length: float, wax_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[wheel_turn, wheel_drop, candle_length, wax_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("candlemaker", arg, n, seed, FACTORS, sample_factors, _draw)
