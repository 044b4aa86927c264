"""`fishbowl`: a round glass fishbowl with a goldfish, standing on a wooden table in front
of a striped wallpaper, seen from the side (64x64 RGB).

The bowl is a large glass globe, cut flat at its open top and where it stands on the table,
with a pale outline and a white highlight on its upper left. Water fills it from the bottom
up to a level with a pale surface line; below the water, a bed of grey pebbles covers the
bottom, and a single orange goldfish with a forked tail swims to the right at a fixed depth
in the lower half of the bowl. Through the glass and the water the wallpaper shows, tinted by
the water. Factors: how full the bowl is (the water level, from about half full to nearly up
to the rim), where the goldfish is along the bowl (left to right), its size (small to large;
its depth stays) and how green and cloudy the water is (clear pale blue to murky green: the fish, the
pebbles and the wallpaper behind fade into it). The bowl, the pebbles, the fish's colour,
the table and the wallpaper stay fixed; the fish always stays under the water.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("water_level", "how full of water the fishbowl is (half full to nearly full)", "continuous"),
    Factor("fish_x", "horizontal position of the goldfish in the bowl (left to right)", "continuous"),
    Factor("fish_size", "size of the goldfish (small to large)", "continuous"),
    Factor("murk", "how green and cloudy the water is (clear to murky green)", "continuous"),
)
# water_level: 0..1 puts the water's surface at y = 34..17 px (the rim is at 15 px, the bottom
# at 56 px); fish_x: 0..1 puts the fish's middle at x = 23..41 px, at y = 42 px; fish_size:
# 0..1 scales the fish by 0.55..1.35 (10..24 px long with its tail); murk: 0..1 blends the water
# from CLEAR to MURKY, its opacity from 0.4 to 0.85 and the fish 0.16..0.34 of the way into it
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
PAPER, PAPER_STRIPE = (0.93, 0.88, 0.76), (0.83, 0.7, 0.62)
TABLE, TABLE_DARK = (0.55, 0.36, 0.2), (0.42, 0.26, 0.13)
GLASS, HIGHLIGHT = (0.86, 0.93, 0.96), (1.0, 1.0, 1.0)
CLEAR, MURKY = np.array((0.35, 0.66, 0.98)), np.array((0.3, 0.48, 0.16))
PEBBLE, PEBBLE_DARK = (0.62, 0.6, 0.56), (0.4, 0.38, 0.36)
FISH, FIN, EYE = np.array((1.0, 0.42, 0.04)), np.array((0.95, 0.72, 0.25)), np.array((0.08, 0.05, 0.04))
BOWL_X, BOWL_Y, BOWL_RX, BOWL_RY, RIM_Y, FOOT_Y = 32.0, 34.0, 28.0, 24.0, 15.0, 56.0
FISH_Y, BODY_RX, BODY_RY, TAIL = 42.0, 7.0, 4.2, 5.5
PEBBLES_Y = 52.0


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, PAPER)
    R.over(img, np.broadcast_to(0.8 * R.coverage(np.abs(x % 8.0 - 4.0) - 1.2), (1, R.SIZE, R.SIZE)), PAPER_STRIPE)
    R.over(img, R.below(FOOT_Y, 1), TABLE)
    R.over(img, R.coverage(np.abs(y - FOOT_Y - 0.5) - 0.5) * np.ones((1, 1, R.SIZE)), TABLE_DARK)
    R.over(img, R.coverage(np.abs(y - 61.0) - 0.4) * np.ones((1, 1, R.SIZE)), TABLE_DARK)
    return img[0]


def _bowl() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The inside of the bowl (H, W), its pebble bed (3, H, W) with coverage (H, W), fixed."""
    x, y = R.grid()
    ball = R.ellipse_sdf(x - BOWL_X, y - BOWL_Y, BOWL_RX, BOWL_RY)
    inside = R.coverage(np.maximum(np.maximum(ball, RIM_Y - y), y - FOOT_Y))[0]
    pebbles = R.canvas(1, PEBBLE_DARK)
    bumps = PEBBLES_Y - 1.2 * np.abs(np.sin(x * 0.9))  # the bed's bumpy top
    cells = np.hypot((x % 4.0) - 2.0, ((y + 2.0 * np.floor(x / 4.0)) % 3.5) - 1.75) - 1.5
    R.over(pebbles, R.coverage(cells), PEBBLE)
    bed = R.coverage(bumps - y)[0] * inside
    return inside, pebbles[0], bed


BACKGROUND = _background()
INSIDE, PEBBLES, BED = _bowl()
_x, _y = R.grid()
_ball = R.ellipse_sdf(_x - BOWL_X, _y - BOWL_Y, BOWL_RX, BOWL_RY)
OUTLINE = (R.coverage(np.abs(_ball) - 0.7) * R.coverage(np.maximum(RIM_Y - _y, _y - FOOT_Y)))[0]
OUTLINE = np.maximum(OUTLINE, R.coverage(np.maximum(np.abs(_y - RIM_Y) - 0.6, np.abs(_x - BOWL_X) - 17.0))[0])
_angle = np.arctan2(_y - BOWL_Y, _x - BOWL_X)
SHINE = (R.coverage(np.abs(_ball + 3.5) - 1.0) * R.coverage(np.abs(_angle + 2.35) - 0.35))[0]
ROWS = (int(RIM_Y), int(FOOT_Y) + 1)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    r0, r1 = ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    inside, bed, pebbles = INSIDE[r0:r1], BED[r0:r1], PEBBLES[:, r0:r1]
    part += bed[None, None] * (pebbles[None] - part)
    # the water: from its surface down, tinted and clouded by the murk
    water = CLEAR[None] + (MURKY - CLEAR)[None] * f[:, 3:4]  # (n, 3)
    opacity = R.col(0.4 + 0.45 * f[:, 3])
    level = R.col(34.0 - 17.0 * f[:, 0])
    wet = R.coverage(level - y) * inside
    R.over(part, opacity * wet, water)
    R.over(part, 0.8 * R.coverage(np.abs(y - level) - 0.6) * inside, GLASS)  # the surface line
    # the goldfish, faded into the water by the murk: an oval body, a forked tail, a fin, an eye
    fade = 0.4 * (0.4 + 0.45 * f[:, 3:4])  # (n, 1)

    def seen(colour):
        return colour[None] + (water - colour[None]) * fade

    s = R.col(0.55 + 0.8 * f[:, 2])
    fx = R.col(23.0 + 18.0 * f[:, 1])
    u, v = (x - fx) / s, (y - FISH_Y) / s  # fish coordinates, in its own unscaled pixels
    body = R.ellipse_sdf(u, v, BODY_RX, BODY_RY)
    t = -(u + BODY_RX - 1.5)  # how far behind the body's back
    fork = np.abs(np.abs(v) - 0.4 * t - 0.5) - 0.8 - 0.2 * t
    tail = np.maximum(np.maximum(fork, -t), t - TAIL)
    fish = np.minimum(body, tail) * s
    R.over(part, R.coverage(fish) * inside, seen(FISH))
    fin = np.maximum(R.ellipse_sdf(u + 1.0, v + BODY_RY - 0.5, 3.0, 1.8), v + BODY_RY - 0.8) * s
    R.over(part, R.coverage(fin), seen(FIN))
    R.over(part, R.coverage((np.hypot(u - 3.8, v + 1.0) - 1.1) * s), seen(EYE))
    # the glass: a faint tint, its outline and a highlight
    R.over(part, np.broadcast_to(0.12 * inside, part[:, 0].shape), GLASS)
    R.over(part, np.broadcast_to(OUTLINE[r0:r1], part[:, 0].shape), GLASS)
    R.over(part, np.broadcast_to(0.85 * SHINE[r0:r1], part[:, 0].shape), HIGHLIGHT)
    return R.to_uint8(img)


def render(water_level: float, fish_x: float, fish_size: float, murk: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[water_level, fish_x, fish_size, murk]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("fishbowl", arg, n, seed, FACTORS, sample_factors, _draw)
