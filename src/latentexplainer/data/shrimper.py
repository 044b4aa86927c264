"""`shrimper`: a shrimper's push-net and basket of shrimps on a sandy shore, the sea behind,
seen from the front (64x64 RGB).

A sky with two white clouds fills the top of the image down to a straight horizon; below it lies
the sea, darker far out and lighter near the shore, with pale wave lines, and a white line of
foam where it meets the beach. Below the foam the sand is wet and darker for a few pixels, then
dry and pale down to the bottom of the image. On the sand stands the shrimper's push-net: a
half-round wooden frame, its flat side down on the sand, filled with a pale net mesh, and a long
pole rising from its top to the upper right. At the right a wicker basket stands on the sand,
its rim an open dark ellipse, heaped with pink shrimps. Factors: how far the tide has come in
(from low water, with a wide strip of beach, to high water close to the net and the basket),
where the net stands along the beach (left to right), how full the basket is (empty to heaped
above its rim) and how bright the daylight is (a dull, dim day to full sunshine; everything is
lit alike). The sky, the clouds, the horizon, the net's size and the basket stay fixed; the
whole net always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("tide", "how far the tide has come in up the beach (low to high water)", "continuous"),
    Factor("net_x", "horizontal position of the push-net on the beach (left to right)", "continuous"),
    Factor("catch", "how full the basket of shrimps is (empty to heaped)", "continuous"),
    Factor("daylight", "how bright the daylight is (dull and dim to full sunshine)", "continuous"),
)
# tide: 0..1 puts the water's edge (the foam line) at y = 28..44 px; net_x: 0..1 puts the middle
# of the net's frame at x = 11..31 px (its flat side on the sand at y = 54 px, radius 9 px);
# catch: 0..1 heaps the shrimps 0..14 px above the basket's rim (at y = 44 px); daylight: 0..1
# scales the whole image's brightness by 0.5..1
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.38, 0.6, 0.9)), np.array((0.72, 0.84, 0.95))
CLOUD = (0.97, 0.97, 0.98)
SEA_FAR, SEA_NEAR, WAVE, FOAM = np.array((0.12, 0.34, 0.52)), np.array((0.3, 0.6, 0.68)), (0.6, 0.8, 0.85), \
    (0.97, 0.98, 0.97)
SAND, WET_SAND = (0.9, 0.8, 0.58), (0.64, 0.54, 0.38)
WOOD, MESH, WICKER, WICKER_DARK = (0.45, 0.3, 0.16), (0.86, 0.84, 0.74), (0.78, 0.6, 0.32), (0.5, 0.36, 0.16)
SHRIMP, SHRIMP_DARK, INSIDE = (0.98, 0.55, 0.5), (0.8, 0.32, 0.3), (0.24, 0.16, 0.08)
HORIZON, NET_Y, NET_R = 21.0, 54.0, 9.0
BASKET_X, RIM_Y, RIM_RX, RIM_RY, BASKET_FOOT = 52.0, 44.0, 11.0, 2.6, 60.0
CLOUDS = ((12.0, 8.0, 7.0, 2.8), (18.0, 6.0, 4.5, 2.8), (44.0, 12.0, 8.0, 2.5), (49.0, 10.0, 4.5, 2.6))


def _scene():
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, HORIZON)[None].copy()
    clouds = np.min([R.ellipse_sdf(x - cx, y - cy, rx, ry) for cx, cy, rx, ry in CLOUDS], 0)
    R.over(img, R.coverage(clouds), CLOUD)
    # the sea, darker far out, with pale wave lines
    t = np.clip((y[0] - HORIZON) / 24.0, 0.0, 1.0)  # (H, 1)
    sea = SEA_FAR[:, None, None] + (SEA_NEAR - SEA_FAR)[:, None, None] * t[None]
    R.over(img, R.below(HORIZON, 1), sea)
    waves = np.abs(((y - HORIZON + 0.8 * np.sin(0.4 * x + y)) % 4.0) - 2.0) - 0.35
    R.over(img, 0.5 * R.coverage(np.maximum(waves, HORIZON + 1.5 - y)), WAVE)
    return img[0]


SCENE = _scene()


def _basket():
    """The basket's wicker body (below its rim) and its dark inside, as a (4, H, W) colour and alpha."""
    x, y = R.grid()
    img = np.zeros((1, 3, R.SIZE, R.SIZE), np.float32)
    t = np.clip((y - RIM_Y) / (BASKET_FOOT - RIM_Y), 0.0, 1.0)
    body = np.maximum(np.abs(x - BASKET_X) - (RIM_RX - 2.5 * t), np.maximum(RIM_Y - y, y - BASKET_FOOT))
    body = np.minimum(body, R.ellipse_sdf(x - BASKET_X, y - RIM_Y, RIM_RX, RIM_RY))
    alpha = R.coverage(body)
    R.over(img, np.ones_like(alpha), WICKER)
    weave = np.minimum(np.abs(((y - RIM_Y) % 3.0) - 1.5) - 0.9, np.abs(((x - BASKET_X + 2.0 * (np.floor((y - RIM_Y) / 3.0) % 2)) % 4.0) - 2.0) - 1.6)
    R.over(img, 0.8 * R.coverage(weave), WICKER_DARK)
    R.over(img, R.coverage(R.ellipse_sdf(x - BASKET_X, y - RIM_Y, RIM_RX - 1.2, RIM_RY - 0.8)), INSIDE)
    return np.concatenate([img[0], alpha], 0)


BASKET = _basket()


def _shrimps():
    """The shrimps' curls: a pattern of small dark arcs over the heap."""
    x, y = R.grid()
    u, v = (x % 4.0) - 2.0, ((y + 2.0 * (np.floor(x / 4.0) % 2)) % 4.0) - 2.0
    return R.coverage(np.maximum(np.abs(np.hypot(u, v) - 1.3) - 0.35, -v - 0.3))


CURLS = _shrimps()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the beach: dry sand, a wet strip below the water's edge, then the foam line
    edge = R.col(28.0 + 16.0 * f[:, 0]) + 0.8 * np.sin(0.45 * x)
    R.over(img, R.coverage(edge - y), WET_SAND)
    R.over(img, R.coverage(edge + 5.0 - y + 0.6 * np.sin(0.8 * x)), SAND)
    R.over(img, R.coverage(np.abs(y - edge) - 0.9), FOAM)
    # the push-net: a half-round frame full of mesh, a pole from its top to the upper right
    cx = R.col(11.0 + 20.0 * f[:, 1])
    rho = np.hypot(x - cx, y - NET_Y)
    half = np.maximum(rho - NET_R, y - NET_Y)
    mesh = np.minimum(np.abs(((x - cx + y) % 3.0) - 1.5), np.abs(((x - cx - y) % 3.0) - 1.5)) - 0.45
    R.over(img, 0.9 * R.coverage(np.maximum(mesh, half)), MESH)
    pole = R.segment_sdf(x, y, cx, NET_Y - NET_R, cx + 11.0, 20.0) - 1.0
    frame = np.minimum(np.abs(rho - NET_R + 0.6) - 0.8, R.edges_sdf(x, y, cx - NET_R, cx + NET_R, NET_Y - 1.6, NET_Y))
    R.over(img, R.coverage(np.minimum(np.maximum(frame, y - NET_Y), pole)), WOOD)
    # the basket and its heap of shrimps
    R.over(img, np.broadcast_to(BASKET[3], (n, R.SIZE, R.SIZE)), BASKET[:3])
    heap = R.col(14.0 * f[:, 2])
    top = np.maximum(R.ellipse_sdf(x - BASKET_X, y - RIM_Y, RIM_RX - 1.2, heap + 0.1), y - RIM_Y)
    inside = R.coverage(R.ellipse_sdf(x - BASKET_X, y - RIM_Y, RIM_RX - 1.2, RIM_RY - 0.8))
    cover = np.maximum(R.coverage(top) * np.clip(heap, 0.0, 1.0), inside * np.clip(heap / 2.0, 0.0, 1.0))
    R.over(img, cover, SHRIMP)
    R.over(img, cover * CURLS, SHRIMP_DARK)
    img *= R.col(0.5 + 0.5 * f[:, 3])[:, None]
    return R.to_uint8(img)


def render(tide: float, net_x: float, catch: float, daylight: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[tide, net_x, catch, daylight]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("shrimper", arg, n, seed, FACTORS, sample_factors, _draw)
