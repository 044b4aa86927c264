"""`fireplace`: a brick fireplace with a log fire in a papered living-room wall, seen from the
front (64x64 RGB).

A red-brick surround with pale mortar joints stands in the middle of the wall, under a wooden
mantelpiece shelf, on a grey stone hearth along the bottom of the image. In it a dark firebox
opening with a rounded top holds the fire: pale birch logs with dark bark marks lie stacked on
its floor, and flames - orange outside, yellow inside - rise from behind the top one. Across
the opening stands a folding fire screen: two leaves of dark wire mesh in a brass frame,
hinged at the sides of the opening; folded shut they meet in the middle and cover the whole
opening, and as they fold open each narrows towards its hinge, baring the fire. The wall is
papered in one hue with paler vertical stripes. Factors: how big the fire is (small flames to
tall ones), how many logs lie in it (1, 2 or 3, stacked one on another), how far the screen is
folded open (shut to open), the hue of the wallpaper (red through yellow and green to blue)
and how bright the room is (dim to well lit; the fire itself is equally bright either way).
The surround, the mantelpiece, the hearth, the logs' size and the screen's size stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("fire_size", "height of the fire's flames (small to tall)", "continuous"),
    Factor("logs", "number of logs stacked in the fire", "categorical", ("1", "2", "3")),
    Factor("screen_open", "how far the fire screen is folded open (shut to open)", "continuous"),
    Factor("wall_hue", "hue of the wallpaper (red through yellow and green to blue)", "continuous"),
    Factor("room_light", "brightness of the room round the fireplace (dim to lit)", "continuous"),
)
# fire_size: 0..1 is flames 3..16 px tall from the top of the top log; logs: 0, 1, 2 for 1, 2, 3 logs;
# screen_open: 0..1 narrows each leaf from 13 px (shut, meeting in the middle) to 2 px at its hinge;
# wall_hue: 0..0.65 of the colour wheel (no wrap); room_light: 0..1 scales the room (not the fire,
# the logs or the screen) by 0.4..1
RANGES = ((0.0, 1.0), (0.0, 2.0), (0.0, 1.0), (0.0, 0.65), (0.0, 1.0))
BRICK, MORTAR, MANTEL, MANTEL_DARK = (0.66, 0.3, 0.22), (0.8, 0.74, 0.66), (0.45, 0.29, 0.15), (0.3, 0.18, 0.09)
HEARTH, HEARTH_DARK, FIREBOX = (0.55, 0.55, 0.56), (0.42, 0.42, 0.44), (0.07, 0.05, 0.05)
BIRCH, BARK = (0.9, 0.86, 0.78), (0.2, 0.17, 0.15)
FLAME, FLAME_CORE = (1.0, 0.45, 0.08), (1.0, 0.88, 0.3)
MESH, FRAME = (0.12, 0.12, 0.13), (0.8, 0.62, 0.24)
SURROUND = (10.0, 54.0, 18.0, 57.0)  # left, right, top, bottom edges
SHELF = (7.0, 57.0, 14.0, 18.0)
OPEN_L, OPEN_R, OPEN_TOP, FLOOR = 19.0, 45.0, 28.0, 57.0  # the opening; its top rounded to a 13 px radius
HALF = (OPEN_R - OPEN_L) / 2
BRICK_W, BRICK_H = 8.0, 4.0
LOG_HW, LOG_HH = 10.0, 2.4
LOGS = ((32.0, 54.4), (31.0, 49.8), (33.0, 45.2))  # the logs' middles, bottom first
FLAMES = ((26.5, 0.75, 3.6), (32.0, 1.0, 4.6), (37.5, 0.8, 3.8))  # x, height share, half-width


def _lines(t, period: float):
    """Distance to the nearest line of a set every ``period`` px (one through a pixel centre)."""
    return period / 2 - np.abs(((t - 0.5) % period) - period / 2)


def _room():
    """The room drawn once: its parts as coverage (H, W) masks, and the wallpaper's stripes."""
    x, y = R.grid()
    wall = np.ones((1, R.SIZE, R.SIZE), np.float32)
    img = R.canvas(1, (0.0, 0.0, 0.0))
    R.over(img, R.coverage(R.edges_sdf(x, y, *SURROUND)), BRICK)
    course = np.floor((y - 0.5) / BRICK_H)
    joints = np.minimum(_lines(y, BRICK_H), _lines(x + BRICK_W / 2 * (course % 2), BRICK_W))
    R.over(img, 0.7 * R.coverage(joints - 0.5) * R.coverage(R.edges_sdf(x, y, *SURROUND)), MORTAR)
    R.over(img, R.coverage(R.edges_sdf(x, y, *SHELF)), MANTEL)
    R.over(img, R.coverage(np.abs(y - SHELF[3] + 0.6) - 0.6) * R.coverage(R.edges_sdf(x, y, *SHELF)), MANTEL_DARK)
    R.over(img, R.below(FLOOR, 1), HEARTH)
    R.over(img, R.coverage(_lines(x, 12.0) - 0.5) * R.below(FLOOR, 1), HEARTH_DARK)
    R.over(img, R.coverage(np.abs(y - FLOOR - 0.5) - 0.5) * R.below(FLOOR - 1, 1), HEARTH_DARK)
    opening = np.minimum(
        R.edges_sdf(x, y, OPEN_L, OPEN_R, OPEN_TOP + HALF, FLOOR),
        np.hypot(x - (OPEN_L + OPEN_R) / 2, y - (OPEN_TOP + HALF)) - HALF,
    )
    R.over(img, R.coverage(opening), FIREBOX)
    parts = np.maximum(R.coverage(R.edges_sdf(x, y, *SURROUND)), R.coverage(R.edges_sdf(x, y, *SHELF)))
    wall = 1.0 - np.maximum(parts, R.below(FLOOR, 1))
    stripes = 1.0 + 0.18 * R.coverage(np.abs((x % 8.0) - 4.0) - 1.2)
    return img[0], (wall * stripes)[0], opening


ROOM, WALLPAPER, OPENING = _room()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    paper = R.hsv(f[:, 3], 0.45, 0.62)  # (n, 3)
    img = ROOM[None] + paper[:, :, None, None] * WALLPAPER[None, None]
    img *= R.col(0.4 + 0.6 * f[:, 4])[:, None]
    # the flames, behind the logs, and the logs
    count = f[:, 1] + 1
    h = R.col(3 + 13 * f[:, 0])
    base = R.col(np.asarray(LOGS)[f[:, 1].astype(int), 1] - LOG_HH + 1.5)  # on the top log
    inside = R.coverage(OPENING)
    flames = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    for fx, share, hw in FLAMES:
        fh = h * share
        s = np.clip((base - y) / fh, 0.0, 1.0)  # 0 at the flames' base, 1 at the flame's tip
        width = hw * np.sqrt(np.clip(1.0 - s, 0.0, 1.0)) * np.minimum(1.0, 4.0 * s + 0.5)
        flame = np.maximum(np.maximum(np.abs(x - fx) - width, y - base - 2.0), base - fh - y)
        np.minimum(flames, flame, out=flames)
    img = R.over(img, inside * R.coverage(flames), FLAME)
    img = R.over(img, inside * R.coverage(flames + 1.6), FLAME_CORE)
    for k, (lx, ly) in enumerate(LOGS):
        log = R.box_sdf(x - lx, y - ly, LOG_HW - LOG_HH, 0.0) - LOG_HH + np.where(R.col(count > k), 0.0, np.inf)
        img = R.over(img, R.coverage(log), BIRCH)
        marks = np.abs(((x - lx + 1.3 * k) % 4.5) - 2.2) - 0.5
        img = R.over(img, 0.8 * R.coverage(np.maximum(marks, log + 0.8)) * R.coverage(np.abs(y - ly) - 0.9), BARK)
    # the screen's two leaves, each narrowing towards its hinge as it folds open
    leaf = R.col(HALF - (HALF - 2.0) * f[:, 2])
    left = R.edges_sdf(x, y, OPEN_L, OPEN_L + leaf, OPEN_TOP + 3.0, FLOOR)
    right = R.edges_sdf(x, y, OPEN_R - leaf, OPEN_R, OPEN_TOP + 3.0, FLOOR)
    leaves = np.minimum(left, right)
    wires = np.minimum(_lines(x, 3.0), _lines(y, 3.0)) - 0.5
    img = R.over(img, 0.35 * R.coverage(leaves), MESH)
    img = R.over(img, 0.8 * R.coverage(np.maximum(wires, leaves)), MESH)
    return R.to_uint8(R.over(img, R.coverage(np.abs(leaves + 0.7) - 0.7), FRAME))


def render(fire_size: float, logs: float, screen_open: float, wall_hue: float, room_light: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[fire_size, logs, screen_open, wall_hue, room_light]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("fireplace", arg, n, seed, FACTORS, sample_factors, _draw)
