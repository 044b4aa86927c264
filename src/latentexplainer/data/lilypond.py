"""`lilypond`: lily pads and water lilies floating on a pond, seen from straight above
(64x64 RGB).

Six round green lily pads of a few sizes float at fixed places on the still water of a pond,
which shows faint rings of ripples. Each pad has a darker rim, pale veins running out from its
middle and a narrow wedge-shaped slit cut from its middle to its edge; the slits all point the
same way, give or take a fixed small amount for each pad, and the veins turn with them. Three
of the pads carry an open water lily: a star of rounded petals about a small yellow heart.
Factors: the size of the lily pads (small to large, all together), which way the pads' slits
point (all turning together; a cyclic factor, a whole turn round), the hue of the water lilies'
petals (light blue through purple, pink and red to yellow) and the colour of the water (clear
blue to murky green). The pads' places, the lilies' size and shape and the ripples stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("pad_size", "size of the lily pads (small to large)", "continuous"),
    Factor("pad_turn", "which way the lily pads' slits point (turning round together)", "cyclic", period=2 * np.pi),
    Factor("lily_hue", "hue of the water lilies' petals (light blue through purple and red to yellow)",
           "continuous"),
    Factor("water", "colour of the pond's water (clear blue to murky green)", "continuous"),
)
# pad_size: 0..1 is a pad radius of 5..9 px, times each pad's own scale in PADS; pad_turn:
# 0..2 pi radians anticlockwise from pointing right, plus each pad's own offset in PADS (a whole
# turn comes back to the start); lily_hue: 0..0.65 is a petal hue of 0.55..1.2 of the
# colour wheel (light blue round through red to yellow); water: 0..1
# blends the water from CLEAR to MURKY
RANGES = ((0.0, 1.0), (0.0, 2 * np.pi), (0.0, 0.65), (0.0, 1.0))
CLEAR, MURKY = np.array((0.12, 0.34, 0.55)), np.array((0.3, 0.33, 0.13))
PAD, PAD_RIM, VEIN = (0.3, 0.66, 0.2), (0.14, 0.4, 0.1), (0.62, 0.9, 0.45)
HEART = (0.98, 0.84, 0.2)
PADS = ((16.0, 16.0, 1.0, 0.0), (45.0, 13.0, 0.85, 0.5), (30.0, 34.0, 1.15, -0.35),
        (12.0, 46.0, 0.9, 0.8), (50.0, 43.0, 1.0, -0.6), (36.0, 56.0, 0.75, 0.25))  # x, y, scale, turn
LILIES = ((17.0, 15.0), (31.0, 35.0), (50.0, 44.0))  # on the first, third and fifth pads
LILY_R, SLIT = 5.0, 0.4  # a lily's outer radius; the half-angle of a pad's slit (radians)
VEINS = (-1.8, -0.9, 0.0, 0.9, 1.8)  # the veins' directions from straight away from the slit
HALF = 11  # each pad is drawn in the pixels within this of its middle


def _layers():
    x, y = R.grid()
    ripples = np.zeros((1, R.SIZE, R.SIZE), np.float32)
    for px, py, k in ((22.0, 26.0, 1.1), (46.0, 30.0, 0.9), (20.0, 58.0, 1.3)):
        ripples += 0.05 * np.cos(k * np.hypot(x - px, y - py)) * np.exp(-np.hypot(x - px, y - py) / 30.0)
    # the lilies: a star of eight rounded petals about a yellow heart, lighter to the petals' tips
    petals = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    hearts = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for lx, ly in LILIES:
        u, v = x - lx, y - ly
        rho, theta = np.hypot(u, v), np.arctan2(v, u)
        petals = np.minimum(petals, (rho - LILY_R * (0.55 + 0.45 * np.abs(np.cos(4 * theta + 0.4)))) / 1.6)
        hearts = np.minimum(hearts, rho - 1.7)
    return ripples[:, None], R.coverage(petals), R.coverage(hearts)


RIPPLES, LILY, LILY_HEART = _layers()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    water = (CLEAR + (MURKY - CLEAR) * f[:, 3:4]).astype(np.float32)[:, :, None, None]
    img = water * (1.0 + RIPPLES)
    size = f[:, 0]
    for px, py, scale, turn in PADS:
        r0, r1 = max(int(py) - HALF, 0), min(int(py) + HALF, R.SIZE)
        c0, c1 = max(int(px) - HALF, 0), min(int(px) + HALF, R.SIZE)
        part = img[:, :, r0:r1, c0:c1]
        u, v = x[:, :, c0:c1] - px, y[:, r0:r1] - py
        r = R.col(scale * (5 + 4 * size))
        b = R.col(f[:, 1] + turn)
        cb, sb = np.cos(b), np.sin(b)
        along, across = u * cb - v * sb, u * sb + v * cb  # along the slit (screen y points down)
        wedge = np.maximum(across * np.cos(SLIT) - along * np.sin(SLIT), -across * np.cos(SLIT) - along * np.sin(SLIT))
        disc = np.hypot(u, v) - r
        pad = R.coverage(np.maximum(disc, -wedge))
        R.over(part, pad, PAD_RIM)
        R.over(part, pad * R.coverage(disc + 1.2), PAD)
        veins = np.full(u.shape, np.inf, np.float32)
        for dv in VEINS:
            a = np.pi + dv
            ex, ey = 0.8 * r * (cb * np.cos(a) - sb * np.sin(a)), -0.8 * r * (sb * np.cos(a) + cb * np.sin(a))
            veins = np.minimum(veins, R.segment_sdf(u, v, 0.0, 0.0, ex, ey))
        R.over(part, 0.8 * pad * R.coverage(veins - 0.6), VEIN)
    R.over(img, LILY, R.hsv(0.55 + f[:, 2], 0.55, 1.0))
    R.over(img, LILY_HEART, HEART)
    return R.to_uint8(img)


def render(pad_size: float, pad_turn: float, lily_hue: float, water: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[pad_size, pad_turn, lily_hue, water]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("lilypond", arg, n, seed, FACTORS, sample_factors, _draw)
