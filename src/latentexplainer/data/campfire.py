"""`campfire`: a campfire burning in a forest clearing in the evening, with a tent pitched
beside it, seen from the side (64x64 RGB).

A small fire burns on the ground of the clearing: two crossed logs inside a ring of grey
stones, with tongues of orange flame rising from the logs, each with a yellow core, and a warm
orange glow round them. A grey plume of smoke may rise from the fire, behind the flames, drifting to the
right as it climbs. To the right of the fire stands a small tent: a triangle of coloured
canvas with a dark door in its middle. Behind is the sky, from a purple and orange dusk, lighter
at the horizon, to a deep blue night with stars, over a dark line of pine trees along the
horizon and the dark green ground of the clearing. Factors: the fire's horizontal position
(left to right; the logs, the stones and the smoke move with it), how high the flames rise
(low embers to tall flames), how much smoke rises (none to a thick plume), how dark the sky
is (dusk to deep night) and the hue of the tent's canvas (round the whole colour wheel). The
tent's place and size, the trees and the ground stay fixed; the whole fire always lies inside
the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("fire_x", "horizontal position of the campfire (left to right)", "continuous"),
    Factor("flame_height", "how high the campfire's flames rise (low embers to tall flames)", "continuous"),
    Factor("smoke", "how much smoke rises from the fire (none to a thick plume)", "continuous"),
    Factor("night", "how dark the sky is (purple dusk to deep night with stars)", "continuous"),
    Factor("tent_hue", "hue of the tent's canvas (round the whole colour wheel)", "cyclic", period=1.0),
)
# fire_x: 0..1 puts the fire's middle at x = 14..29 px (its logs on the ground at y = 51 px);
# flame_height: 0..1 is a middle flame 3..24 px tall (the side ones 0.65 of that) and a glow
# 0.1..0.45 strong; smoke: 0..1 is a plume from y = 46 px up to the top, 0..0.85 opaque;
# night: 0..1 mixes the dusk sky into the night one (the stars fade in with it); tent_hue: 0..1
# is the whole colour wheel (1 is 0 again)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
DUSK_TOP, DUSK_LOW = np.array((0.42, 0.32, 0.6), np.float32), np.array((0.98, 0.6, 0.36), np.float32)
NIGHT_TOP, NIGHT_LOW = np.array((0.01, 0.02, 0.08), np.float32), np.array((0.06, 0.09, 0.22), np.float32)
STAR, PINES, GROUND, GROUND_FAR = (1.0, 1.0, 0.85), (0.04, 0.1, 0.07), (0.16, 0.22, 0.1), (0.1, 0.15, 0.07)
LOG, LOG_END, STONE, STONE_DARK = (0.42, 0.26, 0.13), (0.78, 0.6, 0.4), (0.58, 0.57, 0.55), (0.36, 0.35, 0.34)
FLAME, CORE, GLOW, SMOKE, DOOR = (1.0, 0.45, 0.06), (1.0, 0.9, 0.4), (1.0, 0.55, 0.15), (0.62, 0.62, 0.64), \
    (0.08, 0.06, 0.05)
HORIZON_Y, GROUND_Y, FIRE_Y, SMOKE_Y = 38.0, 42.0, 51.0, 46.0
SMOKE_ROWS, GLOW_ROWS, LOG_ROWS, FLAME_ROWS, STONE_ROWS = 47, 0, (44, 56), (25, 52), (45, 60)
TENT_X, TENT_BASE, TENT_TOP, TENT_HW = 49.0, 47.0, 25.0, 12.5
STARS = ((5.5, 4.5), (14.5, 11.5), (24.5, 3.5), (33.5, 9.5), (41.5, 4.5), (50.5, 12.5), (58.5, 6.5),
         (8.5, 19.5), (29.5, 17.5), (61.5, 19.5), (19.5, 24.5), (45.5, 20.5))
TONGUES = ((0.0, 1.0, 2.6), (-3.2, 0.65, 2.2), (3.2, 0.65, 2.2))  # offset, height share, half-width


def _scene() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The sky's share of each pixel and how far down it is (H, W), the stars (H, W), the
    landscape in front (coverage (H, W), colours (3, H, W)) and the tent's coverage (H, W)."""
    x, y = R.grid()
    t = np.broadcast_to(np.clip(y / HORIZON_Y, 0.0, 1.0), (1, R.SIZE, R.SIZE))[0]
    stars = np.zeros((1, R.SIZE, R.SIZE), np.float32)
    for sx, sy in STARS:
        stars = np.maximum(stars, R.coverage(np.hypot(x - sx, y - sy) - 0.8))
    layer = np.zeros((1, 3, R.SIZE, R.SIZE), np.float32)
    k = np.round(x / 6.0)
    height = 8.0 + 3.0 * np.sin(k * 1.7) ** 2
    pines = np.maximum(np.abs(x - 6.0 * k) - 3.2 * (y - (HORIZON_Y - height)) / height, y - GROUND_Y - 1.0)
    pines = np.minimum(pines, HORIZON_Y + 1.0 - y)
    cover = R.coverage(pines)
    R.over(layer, cover, PINES)
    R.over(layer, R.below(GROUND_Y, 1), GROUND_FAR)
    R.over(layer, R.below(GROUND_Y + 6.0, 1) * 0.9, GROUND)
    cover = np.maximum(cover, R.below(GROUND_Y, 1))
    u = np.abs(x - TENT_X)
    tent = np.maximum(u - TENT_HW * (y - TENT_TOP) / (TENT_BASE - TENT_TOP), y - TENT_BASE)
    door = np.maximum(u - 4.5 * (y - TENT_TOP - 8.0) / (TENT_BASE - TENT_TOP - 8.0), y - TENT_BASE)
    return (t.astype(np.float32), stars[0].astype(np.float32), cover[0].astype(np.float32),
            (layer[0] / np.maximum(cover, 1e-6)).astype(np.float32), R.coverage(tent)[0].astype(np.float32),
            R.coverage(door)[0].astype(np.float32))


SKY_T, STAR_COVER, LAND_COVER, LAND_COLOUR, TENT_COVER, DOOR_COVER = _scene()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    # the sky, from dusk to night, and its stars
    night = f[:, 3].astype(np.float32)[:, None]
    top = DUSK_TOP + (NIGHT_TOP - DUSK_TOP) * night  # (N, 3)
    low = DUSK_LOW + (NIGHT_LOW - DUSK_LOW) * night
    img = top[:, :, None, None] + (low - top)[:, :, None, None] * SKY_T
    img = R.over(img.astype(np.float32), STAR_COVER * R.col(f[:, 3] ** 2), STAR)
    # the pines and the ground, the tent
    img += LAND_COVER * (LAND_COLOUR - img)
    canvas = R.hsv(f[:, 4], 0.7, 0.8)
    img = R.over(img, np.broadcast_to(TENT_COVER, (n, R.SIZE, R.SIZE)), canvas)
    seam = R.coverage(np.abs(x - TENT_X) - 0.5) * TENT_COVER
    img = R.over(img, 0.5 * seam, 0.55 * canvas)
    img = R.over(img, np.broadcast_to(DOOR_COVER, (n, R.SIZE, R.SIZE)), DOOR)
    # the smoke, drifting right as it rises (only the rows it can reach, for speed)
    fx = R.col(14 + 15 * f[:, 0])
    part, v = img[:, :, :SMOKE_ROWS], y[:, :SMOKE_ROWS]
    up = SMOKE_Y - v
    middle = fx + 0.25 * up + 1.5 * np.sin(v * 0.35)
    plume = np.maximum(np.abs(x - middle) - (2.0 + 0.15 * up), -up)
    R.over(part, R.col(0.85 * f[:, 2]) * R.coverage(plume), SMOKE)
    # the glow round the fire
    part, v = img[:, :, GLOW_ROWS:], y[:, GLOW_ROWS:] - FIRE_Y
    u = x - fx
    height = R.col(3 + 21 * f[:, 1])
    strength = R.col(0.1 + 0.35 * f[:, 1])
    R.over(part, strength * np.exp(-(u ** 2 + (v + 0.4 * height) ** 2) / (2 * (4.0 + 0.4 * height) ** 2)), GLOW)
    # the logs, crossed, with pale ends
    part, v = img[:, :, LOG_ROWS[0]:LOG_ROWS[1]], y[:, LOG_ROWS[0]:LOG_ROWS[1]] - FIRE_Y
    logs = np.minimum(R.segment_sdf(u, v, -8.0, 1.5, 7.0, -3.0), R.segment_sdf(u, v, 8.0, 1.5, -7.0, -3.0)) - 1.6
    R.over(part, R.coverage(logs), LOG)
    R.over(part, R.coverage(np.hypot(np.abs(u) - 7.6, v - 1.4) - 1.3), LOG_END)
    # the flames: tongues narrowing upwards from the logs, each with a yellow core
    part, rise_px = img[:, :, FLAME_ROWS[0]:FLAME_ROWS[1]], FIRE_Y - 1.0 - y[:, FLAME_ROWS[0]:FLAME_ROWS[1]]
    for dx, share, hw in TONGUES:
        for scale, colour in ((1.0, FLAME), (0.55, CORE)):
            h = scale * share * height
            rise = np.clip(rise_px / h, 0.0, 1.0)
            sway = 0.8 * np.sin(rise * 3.0 + dx)
            tongue = np.maximum(np.abs(u - dx - sway) - scale * hw * (1.0 - rise ** 1.5),
                                np.maximum(-rise_px - 1.5 * scale, rise_px - h))
            R.over(part, R.coverage(tongue), colour)
    # the ring of stones, darker underneath
    part, v = img[:, :, STONE_ROWS[0]:STONE_ROWS[1]], y[:, STONE_ROWS[0]:STONE_ROWS[1]] - FIRE_Y
    stones = np.inf
    for sx in (-9.5, -5.0, 0.0, 5.0, 9.5):
        stones = np.minimum(stones, R.ellipse_sdf(u - sx, v - 3.0 + 0.04 * sx * sx, 2.6, 1.9))
    R.over(part, R.coverage(stones), STONE)
    R.over(part, 0.6 * R.coverage(np.maximum(stones, 3.5 - v)), STONE_DARK)
    return R.to_uint8(img)


def render(fire_x: float, flame_height: float, smoke: float, night: float, tent_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[fire_x, flame_height, smoke, night, tent_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("campfire", arg, n, seed, FACTORS, sample_factors, _draw)
