"""`stevedore`: a stevedore's quay, a crate hanging from a dockside crane over a moored barge,
barrels stacked on the stone quay, seen from the side across the harbour (64x64 RGB).

The sky fills the top of the image above the sea, which fills the lower left; the stone quay of
dressed blocks rises out of the water on the right, a stack of barrels and an iron bollard on
it. A black iron crane stands at the quay's edge, its mast upright and its jib reaching out over
the water to the left; from the jib's tip a rope runs straight down to a hook and a wooden crate
with dark planks and corner irons hanging from it. Below, a low wooden barge is moored in the
water, its open hold waiting for the crate. Factors: how high the crate hangs (from just under
the jib to just above the barge), what colour the crate is painted (red, blue or white), how
much daylight there is (from dusk, a dim orange sky over dark water, to bright noon) and how
rough the sea is (from a calm, smooth sea to choppy waves with white crests). The crane, the
quay, the barrels and the barge stay fixed; the whole crate always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("crate_height", "how high the crate hangs from the crane (low to high)", "continuous"),
    Factor("crate_colour", "what colour the hanging crate is painted", "categorical", ("red", "blue", "white")),
    Factor("daylight", "how much daylight there is (dusk to bright noon)", "continuous"),
    Factor("sea_state", "how rough the sea is (calm to choppy with white crests)", "continuous"),
)
# crate_height: 0..1 hangs the crate's top at y = 33..12 px (the rope from the jib's tip at
# y = 6 px); crate_colour: a code 0..2 for the colours of CRATES; daylight: 0..1 blends the sky
# from dusk to noon and scales the scene's light from 0.5 to 1.0; sea_state: 0..1 bends the rows
# of waves (every 4 px), darkens their troughs and widens their white crests (up to 1 px either
# side of a crest's line) while raising the crests' opacity from 0 to 0.9
RANGES = ((0.0, 1.0), (0.0, 2.0), (0.0, 1.0), (0.0, 1.0))
NOON_TOP, NOON_BOTTOM = np.array((0.36, 0.6, 0.92)), np.array((0.72, 0.86, 0.97))
DUSK_TOP, DUSK_BOTTOM = np.array((0.3, 0.24, 0.42)), np.array((0.96, 0.58, 0.32))
SEA, SEA_DARK, CREST = (0.16, 0.38, 0.56), (0.1, 0.26, 0.42), (0.94, 0.96, 0.98)
STONE, STONE_LINE, IRON, BARREL, HOOP = (0.66, 0.62, 0.56), (0.46, 0.43, 0.4), (0.12, 0.12, 0.14), \
    (0.6, 0.4, 0.22), (0.24, 0.2, 0.18)
HULL, HULL_DARK, ROPE = (0.42, 0.26, 0.14), (0.16, 0.1, 0.06), (0.78, 0.68, 0.46)
CRATES = np.array(((0.88, 0.14, 0.1), (0.12, 0.28, 0.9), (0.96, 0.95, 0.9)), np.float32)
HORIZON, QUAY_X, QUAY_Y = 38.0, 44.0, 36.0
MAST_X, JIB_X, JIB_Y = 50.0, 20.0, 6.0
CRATE_HW, CRATE_H = 8.5, 12.0
BARGE_L, BARGE_R, DECK_Y = 4.0, 36.0, 48.0


def _sky(top, bottom):
    return R.vertical_gradient(top, bottom, HORIZON)


NOON, DUSK = _sky(NOON_TOP, NOON_BOTTOM), _sky(DUSK_TOP, DUSK_BOTTOM)


def _fixed():
    """The scene in front of the sky: (colour, coverage) layers that do not change."""
    x, y = R.grid()
    layers = []
    quay = R.edges_sdf(x, y, QUAY_X, 64.0, QUAY_Y, 64.0)
    layers.append((STONE, R.coverage(quay)))
    course = np.floor((y - QUAY_Y) / 4.0)
    joints = np.minimum(np.abs(((y - QUAY_Y) % 4.0) - 0.3), np.abs(((x + course * 3.5) % 7.0) - 0.3)) - 0.45
    layers.append((STONE_LINE, R.coverage(np.maximum(joints, quay))))
    for bx, by in ((57.0, QUAY_Y - 3.2), (57.0, QUAY_Y - 9.6)):  # barrels stacked on the quay
        barrel = R.box_sdf(x - bx, y - by, 3.2 - 0.6 * ((y - by) / 3.2) ** 2, 3.2)
        layers.append((BARREL, R.coverage(barrel)))
        layers.append((HOOP, R.coverage(np.maximum(np.abs(np.abs(y - by) - 1.8) - 0.45, barrel))))
    layers.append((IRON, R.coverage(R.box_sdf(x - 47.0, y - (QUAY_Y - 1.5), 1.3, 1.5) - 0.3)))
    # the crane: a mast on a base, a jib out to the left, a stay from the mast's top
    crane = np.minimum(R.edges_sdf(x, y, MAST_X - 1.3, MAST_X + 1.3, 3.0, QUAY_Y),
                       R.edges_sdf(x, y, MAST_X - 3.5, MAST_X + 3.5, QUAY_Y - 2.5, QUAY_Y))
    crane = np.minimum(crane, R.segment_sdf(x, y, MAST_X, 14.0, JIB_X, JIB_Y) - 1.0)
    crane = np.minimum(crane, R.segment_sdf(x, y, MAST_X, 3.5, JIB_X, JIB_Y) - 0.45)
    layers.append((IRON, R.coverage(crane)))
    # the barge: a hull with an open hold, moored in the water
    hull = np.maximum(R.edges_sdf(x, y, BARGE_L, BARGE_R, DECK_Y, DECK_Y + 6.0),
                      np.abs(x - (BARGE_L + BARGE_R) / 2) - (BARGE_R - BARGE_L) / 2 + 0.8 * (y - DECK_Y))
    layers.append((HULL, R.coverage(hull)))
    layers.append((HULL_DARK, R.coverage(R.edges_sdf(x, y, BARGE_L + 6.0, BARGE_R - 6.0, DECK_Y, DECK_Y + 1.6))))
    layers.append((HULL_DARK, R.coverage(np.maximum(np.abs(y - DECK_Y - 3.5) - 0.4, hull))))
    return layers


FIXED = _fixed()


def _sea():
    x, y = R.grid()
    return R.coverage(np.maximum(HORIZON - y, x - QUAY_X))


WATER = _sea()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    day = R.col(f[:, 2])
    img = (DUSK[None] + (NOON - DUSK)[None] * day[:, None]).astype(np.float32)
    # the sea: waves rising with the sea state, white crests on them
    rough = R.col(f[:, 3])
    depth = np.clip((y - HORIZON) / 26.0, 0.0, 1.0)
    R.over(img, WATER, SEA)
    row = (y - HORIZON) / 4.0
    phase = 2 * np.pi * row + 1.6 * rough * np.sin(0.5 * x + 3.0 * np.floor(row))
    swell = 0.5 + 0.5 * np.cos(phase)  # 1 at a wave's crest, 0 in its trough
    R.over(img, WATER * 0.7 * (0.3 + 0.7 * depth) * rough * (1.0 - swell), SEA_DARK)
    caps = rough * (0.15 + 0.9 * np.maximum(np.sin(0.9 * x + 2.0 * np.floor(row)), 0.0))  # the crests' half-width
    crest = R.coverage(np.abs(((row - 0.25 * rough * np.sin(0.5 * x + 3.0 * np.floor(row))) % 1.0) - 0.5) * 4.0 - caps)
    R.over(img, 0.9 * rough * WATER * crest, CREST)
    for colour, cover in FIXED:
        R.over(img, cover, colour)
    # the crate on its rope and hook
    top = R.col(33.0 - 21.0 * f[:, 0])
    R.over(img, R.coverage(np.maximum(np.abs(x - JIB_X) - 0.5, np.maximum(JIB_Y - y, y - top + 1.5))), ROPE)
    R.over(img, R.coverage(np.abs(np.hypot(x - JIB_X, y - (top - 2.5)) - 1.3) - 0.45), IRON)
    slings = np.minimum(R.segment_sdf(x, y, JIB_X, top - 1.5, JIB_X - CRATE_HW + 1.0, top),
                        R.segment_sdf(x, y, JIB_X, top - 1.5, JIB_X + CRATE_HW - 1.0, top)) - 0.4
    R.over(img, R.coverage(slings), ROPE)
    colour = CRATES[f[:, 1].astype(int)]
    crate = R.edges_sdf(x, y, JIB_X - CRATE_HW, JIB_X + CRATE_HW, top, top + CRATE_H)
    R.over(img, R.coverage(crate), colour)
    planks = np.maximum(np.abs(((y - top) % 3.7) - 1.85) - 1.5, crate + 0.5)
    R.over(img, 0.5 * R.coverage(planks), colour * 0.5)
    corners = np.maximum(crate, CRATE_HW - 1.8 - np.abs(x - JIB_X))
    R.over(img, R.coverage(corners), IRON)
    # the light: dim at dusk, full at noon
    img *= (0.5 + 0.5 * day)[:, None]
    return R.to_uint8(img)


def render(crate_height: float, crate_colour: float, daylight: float, sea_state: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[crate_height, crate_colour, daylight, sea_state]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("stevedore", arg, n, seed, FACTORS, sample_factors, _draw)
