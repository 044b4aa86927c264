"""`mineshaft`: a mine cut open to show its workings, a cage hanging in the shaft below the
winding wheel of a timber headframe, a tunnel at the bottom with an ore cart on its rails,
seen from the side (64x64 RGB).

A thin strip of sky and grass runs along the top of the image; on the grass a timber headframe,
two legs leaning together, carries the winding wheel. From the wheel a cable runs straight down
the dark, timber-lined shaft to a yellow cage with dark bars. Everything below the grass is
rock in bands of brown, buff and grey, and veins of ore wind through it from side to side. At
the bottom of the shaft a tunnel runs off to the right edge, propped with timber posts and caps,
two lamps hanging from its roof and a pair of rails along its floor; on the rails stands a grey
ore cart heaped with the same ore. Factors: how deep the cage hangs in the shaft (at the top to
down at the tunnel), what ore the mine works (coal, copper or gold: the colour of the veins and
of the cart's load), how brightly the tunnel's lamps shine (off, the tunnel black, to bright)
and where the cart stands along the rails (near the shaft to near the right edge). The sky,
the headframe, the rock, the veins' course, the shaft and the tunnel stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("cage_depth", "how deep the cage hangs in the mine shaft (top to bottom)", "continuous"),
    Factor("ore", "which ore the mine works (the colour of its veins and cart load)", "categorical",
           ("coal", "copper", "gold")),
    Factor("lamps", "how brightly the lamps in the tunnel shine (off to bright)", "continuous"),
    Factor("cart_x", "where the ore cart stands along the tunnel's rails (left to right)", "continuous"),
)
# cage_depth: 0..1 puts the cage's top at y = 13..44 px (at 1 it stands at the tunnel's floor);
# ore: the colour ORES[code]; lamps: 0..1 scales the lamps' light in the tunnel and turns their
# bulbs from dark to glowing (0: off); cart_x: 0..1 puts the cart's middle at x = 40..56 px
RANGES = ((0.0, 1.0), (0.0, 2.0), (0.0, 1.0), (0.0, 1.0))
ORES = np.array(((0.07, 0.07, 0.08), (0.16, 0.62, 0.5), (0.98, 0.8, 0.16)), np.float32)
SKY, GRASS, TIMBER, TIMBER_DARK = (0.66, 0.82, 0.95), (0.36, 0.6, 0.25), (0.52, 0.36, 0.2), (0.33, 0.22, 0.12)
STRATA = ((0.6, 0.48, 0.36), (0.7, 0.62, 0.5), (0.56, 0.53, 0.5), (0.66, 0.52, 0.4), (0.6, 0.57, 0.54))
DARK, CAGE, BARS, CABLE = (0.08, 0.07, 0.07), (0.95, 0.78, 0.2), (0.2, 0.17, 0.1), (0.75, 0.75, 0.78)
CART, CART_DARK, RAIL = (0.55, 0.56, 0.6), (0.3, 0.31, 0.34), (0.5, 0.5, 0.52)
LIGHT, BULB_OFF, BULB_ON = (1.0, 0.82, 0.5), np.array((0.25, 0.24, 0.22)), np.array((1.0, 0.96, 0.75))
GROUND_Y, SHAFT_L, SHAFT_R, SHAFT_X, WHEEL_Y, WHEEL_R = 11.0, 21.0, 31.0, 26.0, 4.0, 3.5
TUNNEL_TOP, TUNNEL_FLOOR = 43.0, 56.0
CAGE_HW, CAGE_H = 4.0, 11.0
LAMPS = (40.0, 54.0)
CART_HW = 6.5
# the veins: their mean row, how far they wander up and down, how fast, and where they start
VEINS = ((20.0, 2.5, 0.17, 0.0), (33.0, 3.0, 0.12, 1.3), (60.0, 1.5, 0.2, 0.5))


def _background() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The fixed scene (3, H, W), the coverage of the ore veins (H, W) and the tunnel's inside (H, W)."""
    x, y = R.grid()
    img = R.canvas(1, SKY)
    # the rock in wavy bands, the grass on top
    rock = R.below(GROUND_Y, 1)
    R.over(img, rock, STRATA[0])
    for i, colour in enumerate(STRATA[1:]):
        edge = 20.0 + 10.0 * i + 1.5 * np.sin(x * 0.11 + i * 1.7)
        R.over(img, R.coverage(edge - y), colour)
    R.over(img, R.coverage(R.edges_sdf(x, y, -1.0, 65.0, GROUND_Y - 1.0, GROUND_Y + 1.5)), GRASS)
    # the ore veins, thickening and thinning as they wind across the rock
    veins = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for vy, amp, k, phase in VEINS:
        d = np.abs(y - vy - amp * np.sin(x * k + phase)) - (0.9 + 0.55 * np.sin(x * 0.37 + phase * 3))
        veins = np.minimum(veins, d)
    vein = R.coverage(veins) * R.coverage(GROUND_Y + 3.0 - y)
    # the shaft and the tunnel cut out of the rock, dark, lined with timber
    shaft = R.edges_sdf(x, y, SHAFT_L, SHAFT_R, GROUND_Y - 1.0, TUNNEL_FLOOR)
    tunnel = R.edges_sdf(x, y, SHAFT_L, 66.0, TUNNEL_TOP, TUNNEL_FLOOR)
    hole = R.coverage(np.minimum(shaft, tunnel))
    vein = vein * (1.0 - hole)
    R.over(img, R.coverage(np.minimum(shaft, tunnel) - 1.0), TIMBER_DARK)
    R.over(img, hole, DARK)
    for px in (36.0, 48.0, 60.0):  # posts and caps along the tunnel
        post = np.minimum(R.edges_sdf(x, y, px - 1.0, px + 1.0, TUNNEL_TOP, TUNNEL_FLOOR),
                          R.edges_sdf(x, y, px - 4.0, px + 4.0, TUNNEL_TOP, TUNNEL_TOP + 1.5))
        R.over(img, R.coverage(post), TIMBER)
    for sy in np.arange(GROUND_Y + 5.0, TUNNEL_TOP, 6.0):  # the shaft's timber sets
        R.over(img, R.coverage(np.maximum(np.abs(y - sy) - 0.6, np.abs(np.abs(x - SHAFT_X) - 4.4) - 0.6)), TIMBER)
    R.over(img, R.coverage(np.abs(y - (TUNNEL_FLOOR - 1.0)) - 0.6) * R.coverage(np.maximum(SHAFT_R - x, tunnel)),
           RAIL)
    # the headframe: two leaning legs, a crossbar and the wheel
    for lx in (SHAFT_L - 4.0, SHAFT_R + 4.0):
        R.over(img, R.coverage(R.segment_sdf(x, y, lx, GROUND_Y, SHAFT_X, WHEEL_Y) - 1.0), TIMBER)
    R.over(img, R.coverage(R.segment_sdf(x, y, SHAFT_L - 1.5, 7.0, SHAFT_R + 1.5, 7.0) - 0.7), TIMBER)
    wheel = np.hypot(x - SHAFT_X, y - WHEEL_Y)
    R.over(img, R.coverage(np.abs(wheel - WHEEL_R + 0.6) - 0.8), TIMBER_DARK)
    spokes = np.minimum(np.abs(x - SHAFT_X), np.abs(y - WHEEL_Y)) - 0.4
    R.over(img, R.coverage(np.maximum(spokes, wheel - WHEEL_R)), TIMBER_DARK)
    inside = R.coverage(tunnel)[0] * R.coverage(SHAFT_R - x)[0]
    return img[0], vein[0], inside


BACKGROUND, VEIN, TUNNEL = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    ore = ORES[f[:, 1].astype(int)]
    R.over(img, np.broadcast_to(VEIN, (n, R.SIZE, R.SIZE)), ore)
    # the lamps' light in the tunnel, then their bulbs
    lamps = R.col(f[:, 2])
    pools = sum(np.exp(-((x - lx) ** 2 / 60.0 + (y - TUNNEL_TOP - 3.0) ** 2 / 50.0)) for lx in LAMPS)
    R.over(img, np.minimum(0.95 * lamps * pools, 1.0) * TUNNEL, LIGHT)
    bulb = BULB_OFF[None] + (BULB_ON - BULB_OFF)[None] * f[:, 2:3]
    for lx in LAMPS:
        R.over(img, R.coverage(R.segment_sdf(x, y, lx, TUNNEL_TOP + 1.0, lx, TUNNEL_TOP + 3.0) - 0.4), DARK)
        R.over(img, R.coverage(np.hypot(x - lx, y - (TUNNEL_TOP + 4.0)) - 1.5), bulb)
    # the cable from the wheel and the cage on it
    top = R.col(13.0 + 31.0 * f[:, 0])
    R.over(img, R.coverage(np.maximum(np.abs(x - SHAFT_X) - 0.5, np.maximum(WHEEL_Y - y, y - top))), CABLE)
    cage = R.edges_sdf(x, y, SHAFT_X - CAGE_HW, SHAFT_X + CAGE_HW, top, top + CAGE_H)
    R.over(img, R.coverage(cage), CAGE)
    bars = np.maximum(np.abs(((x - SHAFT_X) % 2.7) - 1.35) - 0.5, cage + 1.3)
    R.over(img, R.coverage(bars), BARS)
    # the cart on the rails, heaped with ore
    cx = R.col(40.0 + 16.0 * f[:, 3])
    body = R.edges_sdf(x, y, cx - CART_HW, cx + CART_HW, TUNNEL_FLOOR - 9.0, TUNNEL_FLOOR - 3.0)
    heap = R.ellipse_sdf(x - cx, y - (TUNNEL_FLOOR - 9.0), CART_HW - 1.0, 3.5)
    R.over(img, R.coverage(heap), ore)
    R.over(img, R.coverage(body), CART)
    R.over(img, R.coverage(np.abs(body + 0.6) - 0.6), CART_DARK)
    wheels = np.minimum(np.hypot(x - cx + 3.5, y - (TUNNEL_FLOOR - 2.2)), np.hypot(x - cx - 3.5, y - (TUNNEL_FLOOR - 2.2)))
    R.over(img, R.coverage(wheels - 1.8), CART_DARK)
    return R.to_uint8(img)


def render(cage_depth: float, ore: float, lamps: float, cart_x: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[cage_depth, ore, lamps, cart_x]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("mineshaft", arg, n, seed, FACTORS, sample_factors, _draw)
