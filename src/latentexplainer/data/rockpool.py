"""`rockpool`: a rock pool on the shore with a starfish on its sandy floor and red sea anemones
round its edge, seen from straight above (64x64 RGB).

The pool fills most of the image: a rounded, slightly irregular hollow in brownish-grey rock
(mottled, with pale barnacles here and there), its floor of pale sand scattered with a few grey
pebbles, all seen through the water. In the middle of the floor lies an orange five-armed
starfish with a darker middle and pale spots along its arms. On the pool's rim, half in the
water, sit red sea anemones, each a dark red disc with a ring of pink tentacles and a dark
mouth, in fixed places: top left, then top right, bottom right and bottom left. The water tints
everything in the pool, from a light, clear turquoise over shallow sand to a deep blue.
Factors: how far the starfish is turned (its five arms come round to where they were every
fifth of a turn, 2 pi / 5 radians), the size of the starfish (small to large), how deep the
water looks (shallow and clear to deep blue) and how many anemones there are (1 to 4). The
rock, the sand, the pebbles, the starfish's place and colour and the anemones' size stay fixed;
the starfish always lies inside the pool.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("starfish_turn", "how far the starfish is turned (its five arms repeat every fifth of a turn)",
           "cyclic", period=2 * np.pi / 5),
    Factor("starfish_size", "size of the starfish (small to large)", "continuous"),
    Factor("water_depth", "how deep the rock pool's water looks (shallow and clear to deep blue)", "continuous"),
    Factor("anemones", "how many red sea anemones sit in the rock pool", "categorical", ("1", "2", "3", "4")),
)
# starfish_turn: 0..2 pi / 5 radians (cyclic with that period: the star has five arms);
# starfish_size: 0..1 is a star whose arms reach 9..17 px from its middle at (32, 32) px (their
# roots 0.35 of that); water_depth: 0..1 blends the water's tint over the pool from turquoise to
# deep blue and its opacity from 0.2 to 0.65;
# anemones: codes 0..3 are 1..4 anemones, in the places ANEMONES in order
RANGES = ((0.0, 2 * np.pi / 5), (0.0, 1.0), (0.0, 1.0), (0.0, 3.0))
ROCK, BARNACLE, SAND, PEBBLE = (0.45, 0.4, 0.34), (0.85, 0.83, 0.76), (0.86, 0.78, 0.58), (0.55, 0.54, 0.52)
STAR, STAR_MIDDLE = (1.0, 0.42, 0.06), (0.72, 0.2, 0.04)
SHALLOW, DEEP = np.array((0.3, 0.78, 0.76)), np.array((0.03, 0.16, 0.4))
ANEMONE, TENTACLE, MOUTH = (0.58, 0.04, 0.12), (0.95, 0.3, 0.45), (0.25, 0.02, 0.06)
SX, SY = 32.0, 32.0
POOL_X, POOL_Y, POOL_RX, POOL_RY = 32.0, 33.0, 29.0, 27.0
ANEMONES = ((11.0, 13.0), (53.0, 12.0), (53.0, 52.0), (11.0, 52.0))
ANEMONE_R, TENTACLES, TENTACLE_IN, TENTACLE_OUT = 5.0, 11, 6.8, 9.0
PEBBLES = ((20.0, 42.0, 2.2, 1.6), (45.0, 24.0, 1.8, 1.3), (40.0, 47.0, 2.0, 1.5), (22.0, 24.0, 1.5, 1.2))


def _scene() -> tuple[np.ndarray, np.ndarray]:
    """The rock with the sandy pool (3, H, W) and the pool's coverage (H, W)."""
    x, y = R.grid()
    img = R.canvas(1, ROCK)
    mottle = 0.07 * np.sin(x * 0.7 + 2.0 * np.sin(y * 0.3)) * np.sin(y * 0.55 + 1.5 * np.sin(x * 0.2))
    img *= (1.0 + mottle)[:, None]
    for bx, by in np.random.default_rng(5).uniform(0, R.SIZE, (40, 2)):  # fixed places
        R.over(img, 0.8 * R.coverage(np.hypot(x - bx, y - by) - 0.9), BARNACLE)
    angle = np.arctan2(y - POOL_Y, x - POOL_X)
    wobble = 1.0 + 0.05 * np.sin(3 * angle + 0.7) + 0.03 * np.cos(5 * angle)
    pool = R.coverage(R.ellipse_sdf(x - POOL_X, y - POOL_Y, POOL_RX * wobble, POOL_RY * wobble))
    R.over(img, 0.6 * R.coverage(R.ellipse_sdf(x - POOL_X, y - POOL_Y, (POOL_RX + 1.5) * wobble,
                                               (POOL_RY + 1.5) * wobble)), (0.25, 0.22, 0.19))  # its dark lip
    R.over(img, pool, SAND)
    ripples = 0.05 * np.sin(x * 0.9 + 3.0 * np.sin(y * 0.25))
    img += (ripples * pool)[:, None]
    for px, py, rx, ry in PEBBLES:
        R.over(img, R.coverage(R.ellipse_sdf(x - px, y - py, rx, ry)), PEBBLE)
    return img[0], pool[0]


SCENE, POOL = _scene()


def _anemones() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each anemone's tentacles, disc and mouth as coverages (4, H, W)."""
    x, y = R.grid()
    parts = [[], [], []]
    for ax, ay in ANEMONES:
        rho = np.hypot(x - ax, y - ay)
        phi = np.arctan2(y - ay, x - ax)
        lobes = TENTACLE_IN + (TENTACLE_OUT - TENTACLE_IN) * (0.5 + 0.5 * np.cos(TENTACLES * phi))
        for i, d in enumerate((rho - lobes, rho - ANEMONE_R, rho - 1.4)):
            parts[i].append(R.coverage(d)[0])
    return tuple(np.stack(p) for p in parts)


ANEMONE_PARTS = _anemones()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the starfish: five arms round its middle, turned by t
    t, r_out = R.col(f[:, 0]), R.col(9.0 + 8.0 * f[:, 1])
    r_in = 0.35 * r_out
    rho = np.hypot(x - SX, y - SY)
    phi = np.arctan2(y - SY, x - SX) - t
    c, s = np.cos(5 * phi), np.sin(5 * phi)
    edge = r_in + (r_out - r_in) * (0.5 + 0.5 * c)
    slope = 2.5 * (r_out - r_in) * s / np.maximum(rho, 1.0)  # d edge / (rho d phi)
    star = (rho - edge) / np.sqrt(1.0 + slope * slope)
    img = R.over(img, R.coverage(star), STAR)
    img = R.over(img, R.coverage(rho - 0.3 * r_out), STAR_MIDDLE)
    dots = np.abs(rho - 0.62 * r_out) - 0.5  # a ring of pale dots along the arms, where the arms are
    img = R.over(img, 0.45 * R.coverage(np.maximum(dots, 0.8 - c * 4.0)), (1.0, 0.78, 0.5))
    # the anemones, in order
    count = f[:, 3]
    on = [R.col(count > i - 0.5) for i in range(len(ANEMONES))]
    for part, colour in zip(ANEMONE_PARTS, (TENTACLE, ANEMONE, MOUTH)):
        img = R.over(img, sum(o * p for o, p in zip(on, part)), colour)
    # the water over everything in the pool
    d = f[:, 2:3]
    water = SHALLOW[None] + (DEEP - SHALLOW)[None] * d  # (n, 3)
    return R.to_uint8(R.over(img, R.col(0.2 + 0.45 * f[:, 2]) * POOL, water))


def render(starfish_turn: float, starfish_size: float, water_depth: float, anemones: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[starfish_turn, starfish_size, water_depth, anemones]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("rockpool", arg, n, seed, FACTORS, sample_factors, _draw)
