"""`ironmonger`: an old ironmonger's shop, a balance scale weighing nails on the counter, pans
hanging from a rail and a chain let down from a hook in the ceiling, lit by an oil lamp, seen
from the front (64x64 RGB).

The back wall is of pale plaster with shelves of tins and boxes on the right; a dark wooden
counter runs across the bottom of the image. Three round pans hang from a rail high on the left,
their handles up. On the counter, left of the middle, a brass balance scale stands on a pillar:
a beam with a pan hung from each end, a brass weight on the left pan and a sack of nails on the
right one. On the right, an iron chain hangs from a hook in the ceiling, a hook at its lower end.
An oil lamp on the wall above the shelves lights the shop. Factors: how far the scale's beam tips
(its left end down, level or its right end down), how far the chain is let down (short to long),
what the hanging pans are made of (copper, black iron or blue enamel, all three alike) and how
brightly the lamp burns (from a dim glow in a dark shop to a bright, well-lit shop). The wall,
the shelves, the counter, the scale's pillar and the pans' sizes stay fixed; the whole chain
always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("scale_tip", "how far the scale's beam tips (left end down, level, right end down)", "continuous"),
    Factor("chain_length", "how far the chain hangs down from the ceiling (short to long)", "continuous"),
    Factor("pan_metal", "what the hanging pans are made of", "categorical", ("copper", "iron", "enamel")),
    Factor("lamp_light", "how brightly the oil lamp lights the shop (dim to bright)", "continuous"),
)
# scale_tip: -0.4..0.4 radians of the beam about its pivot (negative: the left end down, positive:
# the right end down);
# chain_length: 0..1 lets the chain down 3..37 px from the ceiling at x = CHAIN_X; pan_metal: a
# code 0..2 for the colours of METALS; lamp_light: 0..1 scales the whole picture's light from
# 0.35 to 1 of its full brightness and grows the lamp's flame and glow
RANGES = ((-0.4, 0.4), (0.0, 1.0), (0.0, 2.0), (0.0, 1.0))
WALL, WALL_DARK, SHELF, COUNTER, COUNTER_TOP = ((0.86, 0.82, 0.72), (0.74, 0.7, 0.6), (0.42, 0.28, 0.16),
                                                (0.34, 0.22, 0.13), (0.46, 0.31, 0.18))
BRASS, BRASS_DARK, NAILS, IRON = (0.86, 0.7, 0.3), (0.6, 0.46, 0.16), (0.56, 0.52, 0.44), (0.18, 0.18, 0.2)
FLAME, GLASS = (1.0, 0.82, 0.36), (0.94, 0.9, 0.78)
TINS = np.array(((0.7, 0.2, 0.16), (0.2, 0.44, 0.62), (0.82, 0.7, 0.26), (0.3, 0.5, 0.3)), np.float32)
METALS = np.array(((0.82, 0.46, 0.24), (0.17, 0.17, 0.19), (0.18, 0.36, 0.8)), np.float32)
COUNTER_Y = 48.0
PIVOT_X, PIVOT_Y, BEAM = 20.0, 27.0, 15.0  # the beam's pivot and half-length
HANG = 9.0  # the scale pans hang this far below the beam's ends
CHAIN_X, LAMP_X, LAMP_Y = 53.0, 42.0, 11.0
PANS = (7.5, 18.5, 29.5)  # the hanging pans' middles, along the rail
RAIL_Y, PAN_Y, PAN_R = 3.0, 14.0, 5.2


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, 0.5 * R.coverage(np.abs((x % 11.0) - 5.5) - 5.0), WALL_DARK)
    # shelves of tins on the right
    for top in (22.0, 33.0):
        tin = np.floor((x - 40.0) / 4.0).astype(int) % 4
        colours = TINS[tin.ravel()].T.reshape(3, 1, R.SIZE)
        tins = np.maximum(R.edges_sdf(x, y, 40.0, 63.0, top + 2.0 - 2.0 * (tin == 1), top + 8.0),
                          0.6 - np.abs((((x - 40.0) % 4.0)) - 2.0))
        R.over(img, R.coverage(tins), colours[None])
        R.over(img, R.coverage(R.edges_sdf(x, y, 39.0, 64.0, top + 8.0, top + 9.5)), SHELF)
    # the pan rail, the ceiling hook and the lamp's bracket
    R.over(img, R.coverage(R.edges_sdf(x, y, 1.0, 36.0, RAIL_Y - 0.8, RAIL_Y + 0.8)), IRON)
    R.over(img, R.coverage(R.edges_sdf(x, y, CHAIN_X - 3.0, CHAIN_X + 3.0, -1.0, 1.2)), IRON)
    R.over(img, R.coverage(R.edges_sdf(x, y, LAMP_X - 1.5, LAMP_X + 1.5, LAMP_Y + 4.0, LAMP_Y + 9.0)), BRASS_DARK)
    # the counter
    R.over(img, R.below(COUNTER_Y, 1), COUNTER)
    R.over(img, R.coverage(R.edges_sdf(x, y, -1.0, 65.0, COUNTER_Y, COUNTER_Y + 2.5)), COUNTER_TOP)
    R.over(img, R.coverage(np.maximum(np.abs(((x - 2.0) % 16.0) - 8.0) - 7.4, COUNTER_Y + 3.0 - y)), SHELF)
    # the scale's foot and pillar
    R.over(img, R.coverage(R.edges_sdf(x, y, PIVOT_X - 5.0, PIVOT_X + 5.0, COUNTER_Y - 2.0, COUNTER_Y)), BRASS_DARK)
    R.over(img, R.coverage(R.edges_sdf(x, y, PIVOT_X - 1.0, PIVOT_X + 1.0, PIVOT_Y, COUNTER_Y - 2.0)), BRASS)
    return img[0]


SCENE = _scene()


def _pans():
    """Coverage of the hanging pans with their handles, and of their darker rims."""
    x, y = R.grid()
    body = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    rims = body.copy()
    for px in PANS:
        disc = np.hypot(x - px, y - PAN_Y) - PAN_R
        handle = R.segment_sdf(x, y, px, PAN_Y - PAN_R, px, RAIL_Y + 1.0) - 1.1
        body = np.minimum(body, np.minimum(disc, handle))
        rims = np.minimum(rims, np.abs(disc + 0.7) - 0.7)
    return R.coverage(body), R.coverage(rims)


PAN_BODY, PAN_RIM = _pans()
GLOW = np.exp(-((R.grid()[0] - LAMP_X) ** 2 + (R.grid()[1] - LAMP_Y) ** 2) / 180.0)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the hanging pans, in the metal named
    metal = METALS[f[:, 2].astype(int)]
    R.over(img, PAN_BODY, metal)
    R.over(img, PAN_RIM, metal * 0.65 + 0.12)
    # the chain: oval links down from the hook, a hook at its end
    end = R.col(3.0 + 34.0 * f[:, 1])
    links = np.abs(R.ellipse_sdf(x - CHAIN_X, ((y + 2.0) % 5.0) - 2.5, 2.2, 2.8)) - 0.8
    chain = np.maximum(links, y - end)
    hook = np.maximum(np.abs(np.hypot(x - (CHAIN_X + 2.5), y - (end + 4.0)) - 3.5) - 1.2, end + 2.5 - y)
    R.over(img, R.coverage(np.minimum(chain, np.minimum(hook, R.box_sdf(x - CHAIN_X, y - end, 1.3, 1.5)))), IRON)
    # the scale: the beam about its pivot, a pan hung from each end
    a = R.col(f[:, 0])
    ex, ey = BEAM * np.cos(a), BEAM * np.sin(a)  # the right end, from the pivot (y down)
    beam = R.segment_sdf(x, y, PIVOT_X - ex, PIVOT_Y - ey, PIVOT_X + ex, PIVOT_Y + ey) - 1.0
    for side in (-1.0, 1.0):
        bx, by = PIVOT_X + side * ex, PIVOT_Y + side * ey
        strings = np.minimum(R.segment_sdf(x, y, bx, by, bx - 4.0, by + HANG),
                             R.segment_sdf(x, y, bx, by, bx + 4.0, by + HANG)) - 0.35
        pan = np.maximum(R.ellipse_sdf(x - bx, y - (by + HANG), 6.0, 2.6), by + HANG - 0.3 - y)
        R.over(img, R.coverage(np.minimum(strings, pan)), BRASS_DARK if side < 0 else BRASS)
        if side < 0:  # a brass weight on the left pan
            load = np.minimum(R.box_sdf(x - bx, y - (by + HANG - 3.0), 2.6, 2.7),
                              np.hypot(x - bx, y - (by + HANG - 6.5)) - 1.2)
            R.over(img, R.coverage(load), BRASS_DARK)
        else:  # a sack of nails on the right one
            load = R.ellipse_sdf(x - bx, y - (by + HANG - 3.5), 4.0, 3.6)
            R.over(img, R.coverage(load), NAILS)
            R.over(img, R.coverage(R.box_sdf(x - bx, y - (by + HANG - 7.2), 1.3, 0.9)), IRON)
    R.over(img, R.coverage(beam), BRASS)
    R.over(img, R.coverage(np.hypot(x - PIVOT_X, y - PIVOT_Y) - 1.8), BRASS_DARK)
    # the lamp: its glass chimney and a flame that grows with the light
    light = R.col(f[:, 3])
    R.over(img, R.coverage(R.ellipse_sdf(x - LAMP_X, y - LAMP_Y, 2.8, 5.0)), GLASS)
    flame = R.ellipse_sdf(x - LAMP_X, y - (LAMP_Y + 2.0 - (0.6 + 1.8 * light)), 0.7 + 0.6 * light, 0.6 + 1.8 * light)
    R.over(img, R.coverage(flame), FLAME)
    # the light: the whole shop dimmed, the lamp's glow on top
    img *= (0.35 + 0.65 * light)[:, None]
    R.over(img, (0.15 + 0.35 * light) * GLOW, FLAME)
    return R.to_uint8(img)


def render(scale_tip: float, chain_length: float, pan_metal: float, lamp_light: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[scale_tip, chain_length, pan_metal, lamp_light]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("ironmonger", arg, n, seed, FACTORS, sample_factors, _draw)
