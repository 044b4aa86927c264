"""`ferry`: a car ferry crossing a bay towards the right, a green far shore behind, seen from
the side (64x64 RGB).

The ferry's red hull sits in the blue water with a white band along it; a white cabin with a
row of dark windows and a yellow funnel stands at its stern (left), and its open car deck is at
the bow (right), where a yellow loading ramp is hinged at the deck's front edge. Behind it
lies a low green shore of hills under a pale sky. Factors: where the ferry is along the water
(left to right), how far its bow ramp is lowered (upright and shut to lying flat, open), how
fast it goes (no foam to a long white foaming wake behind its stern and a bow wave) and how
foggy the air is (clear to a thick grey fog, thickest over the far shore). The ferry's size,
its colours, the shore and the water stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("ferry_x", "where the ferry is along the water (left to right)", "continuous"),
    Factor("ramp_open", "how far the ferry's bow ramp is lowered (shut upright to flat open)", "continuous"),
    Factor("speed", "how fast the ferry goes (no foam to a long foaming wake)", "continuous"),
    Factor("fog", "how foggy the air is (clear to thick grey fog)", "continuous"),
)
# ferry_x: 0..1 puts the hull's middle at x = 24..40 px (the hull is 28 px long); ramp_open:
# 0..1 turns the 16 px ramp from upright (pi / 2 above the deck) down to flat; speed: 0..1 is
# a wake reaching 4..34 px behind the stern (cut by the image's edge) and a bow wave growing
# with it; fog: 0..1 scales the fog's opacity (0.45 in the foreground, 0.9 on the far shore)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.5, 0.68, 0.88)), np.array((0.8, 0.86, 0.92))
SHORE, SEA_FAR, SEA_NEAR = (0.27, 0.45, 0.27), np.array((0.2, 0.4, 0.58)), np.array((0.1, 0.25, 0.42))
HULL, BAND, CABIN, WINDOW, FUNNEL, RAMP = (0.72, 0.16, 0.12), (0.96, 0.96, 0.96), (0.94, 0.94, 0.92), \
    (0.12, 0.15, 0.2), (0.95, 0.78, 0.15), (0.97, 0.85, 0.1)
FOAM, FOG = (0.95, 0.97, 0.98), (0.8, 0.82, 0.84)
HORIZON, WATERLINE, DECK, HALF = 32.0, 42.0, 33.0, 14.0
RAMP_L, RAMP_HW = 16.0, 3.0


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, HORIZON)[None].copy()
    hills = HORIZON - 4.0 - 2.5 * np.sin(x * 0.16) - 1.5 * np.sin(x * 0.41 + 1.0)
    R.over(img, R.coverage(hills - y), SHORE)
    t = np.clip((y - HORIZON) / (R.SIZE - HORIZON), 0, 1)
    sea = SEA_FAR[:, None, None] + (SEA_NEAR - SEA_FAR)[:, None, None] * t
    sea = sea + 0.04 * np.sin(x * 0.7 + y * 1.3) * (y > HORIZON)
    a = R.below(HORIZON, 1)[0]
    return img[0] * (1 - a) + sea * a


BACKGROUND = _background()
_, _Y = R.grid()
FOG_ALPHA = (0.45 + 0.45 * np.exp(-((_Y - HORIZON + 3) / 7.0) ** 2)).astype(np.float32)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    cx = R.col(24 + 16 * f[:, 0])
    stern, bow = cx - HALF, cx + HALF
    # the wake and the bow wave
    speed = R.col(f[:, 2])
    wake_end = stern - 4 - 30 * speed
    wake = np.maximum(np.abs(y - WATERLINE + 0.5) - (1.0 + 2.5 * (x - wake_end) / 34.0), wake_end - x)
    wake = np.maximum(wake, x - stern - 2)
    R.over(img, R.coverage(wake), FOAM)
    bow_wave = R.ellipse_sdf(x - bow, y - WATERLINE + 0.5, 1.0 + 5.0 * speed, 0.5 + 1.5 * speed)
    R.over(img, R.coverage(bow_wave), FOAM)
    # the hull (narrower at its keel), its white band, the cabin and funnel
    inset = np.clip(y - DECK, 0, None) * 0.35
    hull = R.edges_sdf(x, y, stern + inset * 0.5, bow - inset, DECK, WATERLINE + 1)
    R.over(img, R.coverage(hull), HULL)
    R.over(img, R.coverage(np.maximum(hull, np.abs(y - DECK - 2.5) - 1.0)), BAND)
    cabin = R.edges_sdf(x, y, stern + 1, stern + 13, DECK - 9, DECK)
    R.over(img, R.coverage(cabin), CABIN)
    windows = np.maximum(np.abs(y - (DECK - 5.5)) - 1.2, np.abs(((x - stern) % 3.0) - 1.5) - 0.7)
    R.over(img, R.coverage(np.maximum(windows, R.edges_sdf(x, y, stern + 2, stern + 12, 0, 64))), WINDOW)
    R.over(img, R.coverage(R.edges_sdf(x, y, stern + 4, stern + 8, DECK - 15, DECK - 9)), FUNNEL)
    rail = np.maximum(np.abs(y - (DECK - 3)) - 0.5, R.edges_sdf(x, y, stern + 13, bow, 0, 64))
    R.over(img, 0.7 * R.coverage(rail), WINDOW)
    # the ramp, hinged at the bow's deck edge
    a = R.col((1 - f[:, 1]) * np.pi / 2)
    ramp = R.segment_sdf(x, y, bow, DECK, bow + RAMP_L * np.cos(a), DECK - RAMP_L * np.sin(a)) - RAMP_HW
    R.over(img, R.coverage(ramp), RAMP)
    # the fog, thickest over the far shore
    R.over(img, R.col(f[:, 3]) * FOG_ALPHA, FOG)
    return R.to_uint8(img)


def render(ferry_x: float, ramp_open: float, speed: float, fog: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[ferry_x, ramp_open, speed, fog]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("ferry", arg, n, seed, FACTORS, sample_factors, _draw)
