"""`windsock`: a windsock on a pole beside the runway of a small airfield (64x64 RGB).

A thin grey pole stands on the grass of an airfield, topped by a small ball. From a metal
ring just under the top hangs a windsock: a tapering fabric tube in bands of orange and
white, shaded along its lower side, narrowing from its round mouth at the ring to its tail.
The wind lifts it from hanging down beside the pole to standing straight out to the right.
Behind the pole runs a grey runway with white dashes along its middle, and beyond the flat
grass a low hangar with a rounded roof stands on the horizon under the sky. Factors: how
strongly the wind blows (the sock hanging limp to standing straight out), the height of the
pole (short to tall), the pole's horizontal position (left to the middle), the length of the
sock (short to long) and the lightness of the sky (a dark dusk to a bright day). The sock's
bands (five), its width, the runway and the hangar stay fixed; the whole windsock always
lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("wind", "how strongly the wind blows (the windsock hanging limp to straight out)", "continuous"),
    Factor("pole_height", "height of the windsock's pole (short to tall)", "continuous"),
    Factor("pole_x", "horizontal position of the windsock's pole (left to the middle)", "continuous"),
    Factor("sock_length", "length of the windsock (short to long)", "continuous"),
    Factor("sky_lightness", "lightness of the sky (a dark dusk to a bright day)", "continuous"),
)
# wind: 0..1 turns the sock from pointing 1.05 radians below the horizontal (down and to the
# right) up to straight out to the right; pole_height: 0..1 puts the pole's top at y = 34..12
# px (its foot at y = 60 px); pole_x: 0..1 puts the pole at x = 10..26 px; sock_length: 0..1
# is a sock 14..28 px long (5 px in half-width at its mouth, 2.5 px at its tail, in five
# equal bands); sky_lightness: 0..1 mixes the dusk sky into the day one (everything above the
# horizon at y = 40 px but the hangar)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
DUSK_TOP, DUSK_LOW = np.array((0.1, 0.1, 0.28), np.float32), np.array((0.5, 0.32, 0.4), np.float32)
DAY_TOP, DAY_LOW = np.array((0.34, 0.6, 0.95), np.float32), np.array((0.78, 0.88, 0.98), np.float32)
GRASS, GRASS_DARK, RUNWAY, DASH = (0.4, 0.62, 0.26), (0.3, 0.5, 0.2), (0.42, 0.42, 0.44), (0.95, 0.95, 0.92)
HANGAR, HANGAR_DARK, DOOR = (0.66, 0.68, 0.7), (0.48, 0.5, 0.52), (0.3, 0.32, 0.36)
POLE, POLE_DARK, RING = (0.78, 0.78, 0.8), (0.45, 0.45, 0.48), (0.3, 0.3, 0.32)
ORANGE, WHITE = np.array((0.98, 0.44, 0.08), np.float32), np.array((0.97, 0.97, 0.95), np.float32)
HORIZON, FOOT_Y, RUNWAY_Y, MOUTH_R, TAIL_R, BANDS, DROOP = 40.0, 60.0, (45.0, 51.0), 5.0, 2.5, 5, 1.05
SOCK_ROWS = (6, 64)


def _background() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The ground and the hangar (3, H, W); how far down the sky each row is (H, W) and how
    much of each pixel is sky (H, W)."""
    x, y = R.grid()
    img = R.canvas(1, GRASS)
    R.over(img, 0.5 * R.coverage(np.abs(((x * 0.35 + y * 1.3) % 3.0) - 1.5) - 0.4), GRASS_DARK)
    runway = np.abs(y - sum(RUNWAY_Y) / 2) - (RUNWAY_Y[1] - RUNWAY_Y[0]) / 2
    R.over(img, R.coverage(runway), RUNWAY)
    dashes = np.maximum(np.abs(y - sum(RUNWAY_Y) / 2) - 0.5, np.abs((x % 8.0) - 4.0) - 2.0)
    R.over(img, R.coverage(dashes), DASH)
    hangar = np.minimum(
        R.edges_sdf(x, y, 36.0, 60.0, 34.0, HORIZON + 0.5),
        np.maximum(R.ellipse_sdf(x - 48.0, y - 34.0, 12.0, 6.0), y - 34.0),
    )
    R.over(img, R.coverage(np.maximum(hangar, y - HORIZON - 0.5)), HANGAR)
    ribs = np.maximum(hangar + 0.6, np.abs(((x - 36.0) % 4.0) - 2.0) - 0.35)
    R.over(img, 0.6 * R.coverage(np.maximum(ribs, 34.0 - y)), HANGAR_DARK)
    R.over(img, R.coverage(R.edges_sdf(x, y, 43.0, 53.0, 35.5, HORIZON + 0.5)), DOOR)
    sky = (1.0 - R.below(HORIZON, 1)[0]) * (1.0 - R.coverage(hangar)[0])
    t = np.broadcast_to(np.clip(y / HORIZON, 0.0, 1.0), (1, R.SIZE, R.SIZE))[0]
    return img[0], t.astype(np.float32), sky.astype(np.float32)


BACKGROUND, SKY_T, SKY = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the sky, from dusk to day, above the horizon and round the hangar
    light = f[:, 4].astype(np.float32)[:, None]
    top = DUSK_TOP + (DAY_TOP - DUSK_TOP) * light  # (N, 3)
    low = DUSK_LOW + (DAY_LOW - DUSK_LOW) * light
    sky = top[:, :, None, None] + (low - top)[:, :, None, None] * SKY_T
    img += SKY * (sky - img)
    # the pole, shaded on its right, and the ball on its top
    px, pt = R.col(10.0 + 16.0 * f[:, 2]), R.col(34.0 - 22.0 * f[:, 1])
    part, yy = img[:, :, SOCK_ROWS[0] : SOCK_ROWS[1]], y[:, SOCK_ROWS[0] : SOCK_ROWS[1]]
    u = x - px
    pole = R.edges_sdf(u, yy, -1.1, 1.1, pt, FOOT_Y)
    R.over(part, R.coverage(pole), POLE)
    R.over(part, R.coverage(np.maximum(pole, 0.2 - u)), POLE_DARK)
    R.over(part, R.coverage(np.hypot(u, yy - pt + 0.6) - 1.7), POLE_DARK)
    # the sock, from its ring at the pole out along the wind, in bands, shaded underneath
    a = R.col(DROOP * (1.0 - f[:, 0]))
    c, s = np.cos(a), np.sin(a)
    length = R.col(14.0 + 14.0 * f[:, 3])
    v = yy - pt - 2.5
    along, across = (u - 1.0) * c + v * s, -(u - 1.0) * s + v * c
    h = np.clip(along / length, 0.0, 1.0)
    radius = MOUTH_R + (TAIL_R - MOUTH_R) * h
    sock = np.maximum(np.abs(across) - radius, np.maximum(-along, along - length))
    band = (np.floor(h * BANDS - 1e-4) % 2).astype(np.float32)[:, None]
    colour = ORANGE[:, None, None] + (WHITE - ORANGE)[:, None, None] * band  # (N, 3, H, W)
    cover = R.coverage(sock)[:, None]
    part += cover * (colour - part)
    R.over(part, 0.3 * R.coverage(np.maximum(sock, radius * 0.25 - across)), (0.1, 0.05, 0.05))
    ring = np.maximum(np.abs(along) - 0.7, np.abs(across) - MOUTH_R - 0.4)
    R.over(part, R.coverage(ring), RING)
    return R.to_uint8(img)


def render(wind: float, pole_height: float, pole_x: float, sock_length: float, sky_lightness: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[wind, pole_height, pole_x, sock_length, sky_lightness]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("windsock", arg, n, seed, FACTORS, sample_factors, _draw)
