"""`junkyard`: a scrapyard crane lifting junk with its magnet over a heap of scrap, a wrecked
car in front, seen from the side (64x64 RGB).

A yellow crane stands at the left edge of the yard, its lattice tower rising from a cab on the
ground and its boom reaching right across the top of the image; from the boom's tip a cable
hangs straight down to a flat, dark drum of an electromagnet. Whatever the magnet has picked up
hangs under it. Behind, a heap of dull grey-brown scrap, flecked with bits of metal, rises from
the yard's dirt on the right against a grey-blue sky. In front of the heap, on the right, sits a
wrecked car on flat black wheels, its windows dark, its paint eaten by rust in blotches.
Factors: how far the magnet hangs below the boom (high to low), what it is carrying (nothing, a
red oil barrel, a black tyre or a white washing machine), how rusty the car is (shiny blue paint
to rusted through) and how high the heap of scrap is piled (low to towering). The crane, the
car's shape and place, the dirt and the sky stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("cable_length", "how far the crane's magnet hangs below its boom (high to low)", "continuous"),
    Factor("load", "what the crane's magnet carries (nothing, oil barrel, tyre or washing machine)",
           "categorical", ("nothing", "barrel", "tyre", "washing machine")),
    Factor("rust", "how rusty the wrecked car is (shiny paint to rusted through)", "continuous"),
    Factor("heap_height", "how high the heap of scrap is piled (low to towering)", "continuous"),
)
# cable_length: 0..1 hangs the magnet's middle 7..27 px below the boom's tip at (22, 7) px, so at
# y = 14..34 px; load: 0 nothing, 1 a barrel (13 x 16 px), 2 a tyre (radius 8 px), 3 a washing
# machine (14 x 15 px), each hanging just under the magnet (which is 14 x 6 px); rust: 0..1 is the
# share of the car's paint (x = 29..63 px, y = 40..57 px) eaten by rust blotches, 0 none to 1
# all of it; heap_height: 0..1 puts the heap's peak (x = 47 px) at y = 42..14 px
RANGES = ((0.0, 1.0), (0.0, 3.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.36, 0.5, 0.7)), np.array((0.6, 0.66, 0.72))
DIRT, HEAP, HEAP_FLECK = (0.45, 0.37, 0.28), (0.36, 0.32, 0.3), (0.6, 0.6, 0.62)
CRANE, CRANE_DARK, CABLE, MAGNET = (0.95, 0.74, 0.1), (0.3, 0.24, 0.12), (0.12, 0.12, 0.12), (0.2, 0.21, 0.24)
BARREL, BARREL_BAND, TYRE, HUB = (0.8, 0.14, 0.12), (0.5, 0.08, 0.06), (0.07, 0.07, 0.08), (0.55, 0.56, 0.6)
MACHINE, PORT = (0.96, 0.96, 0.94), (0.32, 0.38, 0.46)
PAINT, RUST, WINDOW = (0.18, 0.42, 0.85), (0.58, 0.27, 0.1), (0.1, 0.1, 0.12)
GROUND_Y, TIP_X, TIP_Y = 54.0, 22.0, 7.0
HEAP_X, HEAP_BASE = 47.0, 54.0


def _fixed() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The sky with the crane and the dirt, (3, H, W); the heap's flecks, (H, W); the car's
    rust pattern (H, W), in 0..1 (where the rust first appears: at its low values); and the
    car's body, (H, W) signed distance."""
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, GROUND_Y)[None].copy()
    R.over(img, R.below(GROUND_Y, 1), DIRT)
    # the crane: a cab on tracks, a lattice tower, the boom to the tip
    R.over(img, R.coverage(R.edges_sdf(x, y, 0.0, 10.0, 45.0, GROUND_Y)), CRANE)
    R.over(img, R.coverage(R.edges_sdf(x, y, 0.0, 11.0, 51.0, GROUND_Y + 1.0) - 0.5), CRANE_DARK)
    R.over(img, R.coverage(R.edges_sdf(x, y, 6.0, 9.0, 47.0, 50.0)), (0.55, 0.7, 0.8))
    R.over(img, R.coverage(R.edges_sdf(x, y, 3.0, 7.0, 5.0, 45.0)), CRANE)
    R.over(img, R.coverage(R.edges_sdf(x, y, 3.0, TIP_X + 1.0, 4.5, 8.0)), CRANE)
    lattice = np.minimum(np.abs((x + y) % 4.0 - 2.0), np.abs((x - y) % 4.0 - 2.0)) - 0.45
    tower = np.minimum(R.edges_sdf(x, y, 3.8, 6.2, 6.0, 44.0), R.edges_sdf(x, y, 4.0, TIP_X, 5.3, 7.2))
    R.over(img, 0.8 * R.coverage(np.maximum(lattice, tower)), CRANE_DARK)
    flecks = 0.5 + 0.5 * np.sin(1.7 * x + 2.3 * np.sin(0.9 * y)) * np.sin(1.3 * y + 0.8 * np.sin(1.1 * x))
    pattern = (np.sin(0.42 * x + 1.3) * np.sin(0.55 * y + 0.35 * x) + 0.6 * np.sin(0.7 * x - 0.5 * y + 2.0)
               + 0.35 * np.sin(0.23 * x + 0.9 * y + 0.5))
    body = np.minimum(R.edges_sdf(x, y, 30.0, 62.0, 47.0, 56.0) - 1.0,
                      np.maximum(R.edges_sdf(x, y, 36.0, 54.0, 41.0, 48.0) - 1.0, 0.6 * (x - 50.0) - 0.7 * (y - 41.0)))
    pattern = (pattern - pattern.min()) / (pattern.max() - pattern.min())
    return img[0], np.ascontiguousarray((flecks > 0.9)[0], np.float32), np.ascontiguousarray(pattern[0]), body[0]


BACK, FLECKS, PATTERN, BODY = _fixed()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACK
    # the heap: a rounded mound, bumpy along its top, flecked with bright metal
    peak = R.col(42.0 - 28.0 * f[:, 3])
    spread = (HEAP_BASE - peak) / 20.0  # px of rise per px out from the peak, at the base
    top = peak + (x - HEAP_X) ** 2 * spread / 20.0 + 1.2 * np.sin(x * 1.1) + 0.8 * np.sin(x * 2.3)
    heap = R.coverage((top - y) * 0.6) * R.coverage(y - GROUND_Y - 0.5)
    R.over(img, heap, HEAP)
    R.over(img, heap * FLECKS * 0.8, HEAP_FLECK)
    # the car in front: paint, rust blotches where the pattern is below the rust level, windows
    car = np.broadcast_to(R.coverage(BODY), (n, R.SIZE, R.SIZE))
    rust = R.coverage((PATTERN - R.col(f[:, 2] * 1.04 - 0.02)) * 25.0)
    R.over(img, car, PAINT)
    R.over(img, car * rust, RUST)
    front = np.maximum(R.edges_sdf(x, y, 46.0, 53.0, 42.5, 47.0), 0.6 * (x - 50.0) - 0.7 * (y - 41.0) + 1.0)
    windows = np.minimum(R.edges_sdf(x, y, 37.5, 44.5, 42.5, 47.0), front)
    R.over(img, R.coverage(windows), WINDOW)
    R.over(img, R.coverage(np.hypot(x - 36.5, y - 56.0) - 3.2) + R.coverage(np.hypot(x - 56.0, y - 56.0) - 3.2),
           CRANE_DARK)  # the empty wheel arches
    # the cable, the magnet, and its load under it
    my = R.col(TIP_Y + 7.0 + 20.0 * f[:, 0])
    R.over(img, R.coverage(np.maximum(np.abs(x - TIP_X) - 0.5, np.maximum(y - my, TIP_Y - y))), CABLE)
    magnet = R.box_sdf(x - TIP_X, y - my, 5.5, 1.5) - 1.5
    R.over(img, R.coverage(magnet), MAGNET)
    kind = f[:, 1].astype(int)[:, None, None]
    u, v = x - TIP_X, y - (my + 3.0)  # v: down from the magnet's underside
    barrel = R.box_sdf(u, v - 8.0, 6.0, 7.5) - 0.5
    band = np.maximum(barrel, np.minimum(np.abs(v - 4.0), np.abs(v - 12.0)) - 0.9)
    tyre = np.hypot(u, v - 8.0) - 8.0
    hub = np.hypot(u, v - 8.0) - 3.5
    machine = R.box_sdf(u, v - 7.5, 6.5, 7.0) - 0.5
    port = np.hypot(u, v - 8.5) - 4.0
    shape = np.where(kind == 1, barrel, np.where(kind == 2, tyre, np.where(kind == 3, machine, np.inf)))
    colour = np.array((MACHINE, BARREL, TYRE, MACHINE), np.float32)[f[:, 1].astype(int)]
    R.over(img, R.coverage(shape), colour)
    inner = np.where(kind == 1, band, np.where(kind == 2, hub, np.where(kind == 3, port, np.inf)))
    inner_colour = np.array((PORT, BARREL_BAND, HUB, PORT), np.float32)[f[:, 1].astype(int)]
    R.over(img, R.coverage(inner), inner_colour)
    return R.to_uint8(img)


def render(cable_length: float, load: float, rust: float, heap_height: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[cable_length, load, rust, heap_height]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("junkyard", arg, n, seed, FACTORS, sample_factors, _draw)
