"""`welder`: a welder's workshop, a metal plate clamped upright on a steel bench being welded
along its seam, an extractor fan turning in the wall above, seen from the front (64x64 RGB).

The workshop's back wall is of dark grey concrete blocks; high on the left a round extractor fan
with three blades turns in a black ring, and the floor is a band of pale concrete along the
bottom. On a grey steel bench with two legs stands a wide metal plate, made of two halves joined
along a horizontal seam. A weld bead runs along the seam from its left end; at the bead's end a
gloved hand, reaching in from the top right in a blue sleeve, holds the welding torch to the
seam, and the arc there shines a bright blue-white and lights the workshop around it. Factors:
how far along the seam the weld has been laid (from just begun to nearly the whole seam; the
torch and the hand move along with it), how bright the arc shines (from a faint spark to a
dazzling flash that lights up the walls), how far the fan has turned (a cyclic factor: its
three blades come round to the same look every third of a turn) and what the plate is made of
(grey steel, copper or brass). The wall, the fan's ring, the bench and the plate's size stay
fixed; the torch always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("weld_length", "how far along the seam the weld has been laid (begun to nearly done)", "continuous"),
    Factor("arc", "how bright the welding arc shines (faint spark to dazzling flash)", "continuous"),
    Factor("fan_turn", "how far the extractor fan has turned (three blades, turns)", "cyclic", period=1 / 3),
    Factor("metal", "what the plate is made of (grey steel, copper or brass)", "categorical",
           ("grey steel", "copper", "brass")),
)
# weld_length: 0..1 lays the bead from x = 9 px to x = 11..47 px along the seam at y = 36 px, the torch
# at its end; arc: 0..1 makes the arc's white core 1.2..3 px in radius and its glow 0.1..0.95 strong,
# 7..16 px wide; fan_turn: 0..1/3 of a turn, clockwise; the fan's three blades look the same every third
# of a turn, so the factor comes round at 1/3; metal: a code 0..2, the colours of METALS
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1 / 3), (0.0, 2.0))
WALL, JOINT, FLOOR = (0.3, 0.31, 0.33), (0.22, 0.23, 0.25), (0.62, 0.6, 0.56)
RING, BLADE, HUB = (0.08, 0.08, 0.09), (0.7, 0.72, 0.74), (0.3, 0.3, 0.32)
BENCH, BENCH_DARK, CLAMP = (0.5, 0.53, 0.56), (0.34, 0.36, 0.38), (0.8, 0.2, 0.12)
METALS = np.array(((0.6, 0.63, 0.67), (0.8, 0.45, 0.26), (0.84, 0.7, 0.3)))
BEAD, HOT = (0.36, 0.34, 0.36), (1.0, 0.5, 0.1)
SLEEVE, GLOVE, TORCH, NOZZLE = (0.16, 0.3, 0.62), (0.72, 0.56, 0.34), (0.12, 0.12, 0.13), (0.72, 0.6, 0.34)
CORE, GLOW = (1.0, 1.0, 1.0), (0.78, 0.88, 1.0)
FAN_X, FAN_Y, FAN_R = 13.0, 12.0, 9.0
PLATE_L, PLATE_R, PLATE_T, PLATE_B = 7.0, 51.0, 24.0, 46.0
SEAM_Y, BEAD_X0 = 36.0, 9.0
BENCH_T, BENCH_B, FLOOR_Y = 46.0, 50.0, 58.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    course = np.floor((y - 1.0) / 8.0) % 2  # every other course of blocks is shifted by half a block
    blocks = np.minimum(np.abs(((y - 1.0) % 8.0) - 4.0), np.abs(((x + 8.0 * course) % 16.0) - 8.0))
    R.over(img, R.coverage(blocks - 3.4), JOINT)
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    R.over(img, R.coverage(np.abs(np.hypot(x - FAN_X, y - FAN_Y) - FAN_R) - 1.3), RING)
    R.over(img, R.coverage(np.hypot(x - FAN_X, y - FAN_Y) - FAN_R + 1.0), (0.14, 0.14, 0.15))
    # the bench: a top and two legs, the plate's clamps
    bench = np.minimum(R.edges_sdf(x, y, 2.0, 62.0, BENCH_T, BENCH_B),
                       np.minimum(R.edges_sdf(x, y, 5.0, 8.0, BENCH_B, FLOOR_Y + 2.0),
                                  R.edges_sdf(x, y, 56.0, 59.0, BENCH_B, FLOOR_Y + 2.0)))
    R.over(img, R.coverage(bench), BENCH)
    R.over(img, R.coverage(R.edges_sdf(x, y, 2.0, 62.0, BENCH_B - 1.2, BENCH_B)), BENCH_DARK)
    return img[0]


SCENE = _scene()


def _plate():
    x, y = R.grid()
    cover = R.coverage(R.edges_sdf(x, y, PLATE_L, PLATE_R, PLATE_T, PLATE_B))[0]
    seam = R.coverage(np.maximum(np.abs(y - SEAM_Y) - 0.5, R.edges_sdf(x, y, PLATE_L, PLATE_R, 0.0, 64.0)))[0]
    shade = (0.92 + 0.08 * np.cos((y - PLATE_T) / (PLATE_B - PLATE_T) * np.pi))[0]  # a sheen across the plate
    clamps = np.minimum(R.edges_sdf(x, y, 12.0, 15.0, PLATE_B - 4.0, BENCH_B),
                        R.edges_sdf(x, y, 43.0, 46.0, PLATE_B - 4.0, BENCH_B))
    return cover, seam, np.broadcast_to(shade, cover.shape), R.coverage(clamps)[0]


PLATE, SEAM, SHEEN, CLAMPS = _plate()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the fan's three blades, turned clockwise
    phi = R.col(2 * np.pi * f[:, 2])
    u, v = x - FAN_X, y - FAN_Y
    blades = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    for k in range(3):
        a = phi + k * 2 * np.pi / 3
        c, s = np.cos(a), np.sin(a)
        along, across = u * c + v * s, -u * s + v * c
        np.minimum(blades, R.ellipse_sdf(along - 4.2, across, 4.2, 2.4), out=blades)
    R.over(img, R.coverage(blades), BLADE)
    R.over(img, R.coverage(np.hypot(u, v) - 1.8), HUB)
    # the plate, its seam and the bead along it
    metal = METALS[f[:, 3].astype(int)][:, :, None, None]
    R.over(img, np.broadcast_to(PLATE, (n, R.SIZE, R.SIZE)), metal * SHEEN)
    R.over(img, np.broadcast_to(SEAM, (n, R.SIZE, R.SIZE)), metal * 0.55)
    R.over(img, np.broadcast_to(CLAMPS, (n, R.SIZE, R.SIZE)), CLAMP)
    end = R.col(11.0 + 36.0 * f[:, 0])
    bead = np.maximum(np.abs(y - SEAM_Y) - 1.5 + 0.4 * np.abs(np.sin((x - BEAD_X0) * 1.6)),
                      np.maximum(BEAD_X0 - x, x - end))
    R.over(img, R.coverage(bead), BEAD)
    R.over(img, R.coverage(np.maximum(bead, end - 4.0 - x)), HOT)  # the bead glows near the torch
    # the torch: a nozzle to the seam at the bead's end, its handle, the glove and the sleeve
    tx, ty = end + 1.0, SEAM_Y - 1.0
    nozzle = R.segment_sdf(x, y, tx + 0.5, ty - 1.0, tx + 4.0, ty - 6.0) - 1.3
    handle = R.segment_sdf(x, y, tx + 4.0, ty - 6.0, tx + 8.0, ty - 12.0) - 1.6
    R.over(img, R.coverage(nozzle), NOZZLE)
    R.over(img, R.coverage(handle), TORCH)
    R.over(img, R.coverage(R.segment_sdf(x, y, tx + 9.0, ty - 13.0, 70.0, -2.0) - 3.2), SLEEVE)
    R.over(img, R.coverage(R.ellipse_sdf(x - tx - 8.0, y - ty + 11.5, 3.2, 3.0)), GLOVE)
    # the arc: a glow lighting the workshop, a white core at the torch's tip
    arc = R.col(f[:, 1])
    r2 = (x - tx) ** 2 + (y - ty) ** 2
    width = 7.0 + 9.0 * arc
    R.over(img, (0.1 + 0.85 * arc) * np.exp(-r2 / (2 * width ** 2)), GLOW)
    R.over(img, R.coverage(np.sqrt(r2) - 1.2 - 1.8 * arc), CORE)
    return R.to_uint8(img)


def render(weld_length: float, arc: float, fan_turn: float, metal: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[weld_length, arc, fan_turn, metal]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("welder", arg, n, seed, FACTORS, sample_factors, _draw)
