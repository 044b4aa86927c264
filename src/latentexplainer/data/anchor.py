"""`anchor`: an iron anchor hanging on a chain under water, above a sandy sea floor, seen from
the side (64x64 RGB).

A chain of dark oval links, seen face-on and edge-on in turn, comes down from the surface,
above the top edge of the image at its middle, and carries the anchor by the ring at the top
of its shank. The anchor is one
near-black iron shape: the ring, a long straight shank, a crossbar (the stock) just below the
ring, and at the shank's foot two curved arms sweeping out and up to either side, each ending
in a pointed fluke. Chain and anchor hang in one straight line and may swing to either side
as a pendulum about the point the chain comes from. The water is lighter near the surface and
darker in the depths; the sea floor is a band of pale sand with darker ripples along the
bottom of the image. Factors: how deep the anchor hangs (the chain lengthens), how far it
swings (to the left, straight down, to the right), the anchor's size and the colour of the
water (clear blue to murky green). The chain's links, the anchor's shape and colour and the
sand stay fixed; the anchor always lies inside the image, above the sand.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("anchor_depth", "how deep the anchor hangs on its chain (shallow to deep)", "continuous"),
    Factor("anchor_swing", "how far the anchor swings (to the left, straight down, to the right)", "continuous"),
    Factor("anchor_size", "size of the anchor (small to large)", "continuous"),
    Factor("water_colour", "colour of the water (clear blue to murky green)", "continuous"),
)
# anchor_depth: 0..1 is a chain 10..28 px long from the pivot (x = 32, y = -4 px) to the middle
# of the anchor's ring; anchor_swing: -0.3..0.3 radians off straight down (positive: the anchor
# swings out to the right); anchor_size: 0..1 scales the anchor by
# 0.9..1.25 (29 px from the top of its ring to the bottom of its arms, 24 px across the flukes,
# at scale 1); water_colour: 0..1 blends the water from clear blue to murky green
RANGES = ((0.0, 1.0), (-0.3, 0.3), (0.0, 1.0), (0.0, 1.0))
CLEAR_TOP, CLEAR_DEEP = np.array((0.45, 0.78, 0.92)), np.array((0.06, 0.26, 0.52))
MURKY_TOP, MURKY_DEEP = np.array((0.6, 0.68, 0.42)), np.array((0.2, 0.32, 0.2))
SAND, RIPPLE, IRON = (0.86, 0.78, 0.58), (0.7, 0.62, 0.44), (0.07, 0.07, 0.09)
PIVOT_X, PIVOT_Y, SAND_Y = 32.0, -4.0, 57.0
LINK_PITCH, LINK_RX, LINK_RY, LINK_W = 4.4, 1.9, 2.8, 0.75
RING_R, RING_W = 3.0, 1.1
SHANK_HW, SHANK_END = 1.3, 22.0
STOCK_V, STOCK_HW, STOCK_HH = 7.0, 8.0, 1.1
ARM_V, ARM_R, ARM_W = 14.0, 10.0, 1.4
FLUKE_U, FLUKE_V, FLUKE_R = 9.0, 17.0, 3.2


def _water(top, deep) -> np.ndarray:
    return R.vertical_gradient(top, deep, SAND_Y)


CLEAR, MURKY = _water(CLEAR_TOP, CLEAR_DEEP), _water(MURKY_TOP, MURKY_DEEP)


def _sand() -> tuple[np.ndarray, np.ndarray]:
    """The sand's coverage (1, H, W), its top gently waved, and its darker ripples'."""
    x, y = R.grid()
    top = SAND_Y + 0.8 * np.sin(x * 0.35)
    sand = R.coverage(top - y)
    ripples = R.coverage(np.abs((y - top - 2.0 + 0.8 * np.sin(x * 0.5 + 1.0)) % 3.5 - 1.75) - 0.5) * R.coverage(top + 1.0 - y)
    return sand.astype(np.float32), (ripples * sand).astype(np.float32)


SAND_COVER, RIPPLES = _sand()


def _anchor(u, v):
    """Signed distance to the anchor in its own frame (u across, v down from the ring's middle)."""
    ring = np.abs(np.hypot(u, v) - RING_R) - RING_W / 2 - 0.3
    shank = R.box_sdf(u, v - (RING_R + SHANK_END) / 2, SHANK_HW, (SHANK_END - RING_R) / 2)
    stock = R.box_sdf(u, v - STOCK_V, STOCK_HW - STOCK_HH, 0.0) - STOCK_HH
    arms = np.maximum(np.abs(np.hypot(u, v - ARM_V) - ARM_R) - ARM_W, ARM_V + 2.5 - v)
    fu, fv = np.abs(u) - FLUKE_U, v - FLUKE_V  # from each fluke's middle
    fluke = (np.abs(fu) + 0.6 * np.abs(fv + 0.8 * fu) - FLUKE_R) / np.hypot(1.0, 0.6)
    return np.minimum(np.minimum(np.minimum(ring, shank), np.minimum(stock, arms)), fluke)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    murk = R.col(f[:, 3])[:, None]
    img = CLEAR[None] + (MURKY - CLEAR)[None] * murk
    img = R.over(img, np.broadcast_to(SAND_COVER, (n, R.SIZE, R.SIZE)), SAND)
    img = R.over(img, np.broadcast_to(RIPPLES, (n, R.SIZE, R.SIZE)), RIPPLE)
    length, a, s = R.col(10 + 18 * f[:, 0]), R.col(f[:, 1]), R.col(0.9 + 0.35 * f[:, 2])
    c, sn = np.cos(a), np.sin(a)
    px, py = x - PIVOT_X, y - PIVOT_Y
    u, v = c * px - sn * py, sn * px + c * py  # across and along the chain, from the pivot
    # the links alternate, each hooked through the next: an oval seen face-on, then one edge-on
    links = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    first = np.floor(v / LINK_PITCH)
    for j in (first, first + 1.0):
        lv = v - LINK_PITCH * j
        face = np.abs(R.ellipse_sdf(u, lv, LINK_RX, LINK_RY)) - LINK_W
        edge = R.box_sdf(u, lv, 0.0, LINK_RY) - 1.4 * LINK_W
        links = np.minimum(links, np.where(j % 2 == 0, face, edge))
    chain = np.maximum(links, np.maximum(-v, v - (length - RING_R)))
    img = R.over(img, R.coverage(chain), IRON)
    anchor = s * _anchor(u / s, (v - length) / s)
    return R.to_uint8(R.over(img, R.coverage(anchor), IRON))


def render(anchor_depth: float, anchor_swing: float, anchor_size: float, water_colour: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[anchor_depth, anchor_swing, anchor_size, water_colour]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("anchor", arg, n, seed, FACTORS, sample_factors, _draw)
