"""`costermonger`: a costermonger's barrow of apples on the pavement in front of a shop with a
striped awning, seen from the side of the street (64x64 RGB).

The shop front is of yellow-brown brick, a wide dark window with a pale frame across its middle;
a striped awning - green and cream stripes, its bottom edge cut in scallops - hangs from the top
of the shop front over the window. A pavement of grey flagstones, with a kerb, runs along the
bottom of the image. On it stands the costermonger's barrow, side on: a long wooden tray of
planks on two large spoked wheels (one hiding the other) at its middle, a leg under its left
end and a long handle reaching to the left; the tray is heaped with apples, each with a pale
glint. Factors: how far the awning is let down (rolled up high to let down low over the
window), how ripe the apples are (green through yellow to red), how high the apples are heaped
in the tray (a thin layer to a tall heap) and how far the barrow is tipped (level on its leg to
tipped forward on its wheels, its handle raised and its leg off the ground). The shop front, the
window, the pavement, the barrow's size and the wheels stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("awning", "how far the shop's striped awning is let down (rolled up to low)", "continuous"),
    Factor("ripeness", "how ripe the apples on the barrow are (green through yellow to red)", "continuous"),
    Factor("heap", "how high the apples are heaped on the barrow (a thin layer to a tall heap)", "continuous"),
    Factor("tip", "how far the barrow is tipped forward on its wheels (level to tipped)", "continuous"),
)
# awning: 0..1 puts the awning's scalloped bottom edge at y = 9..27 px (it hangs from y = 4 px);
# ripeness: 0..1 blends the apples from green (0.46, 0.74, 0.2) through yellow (0.94, 0.76, 0.16)
# to red (0.8, 0.1, 0.1); heap: 0..1 heaps the apples 3..15 px above the tray's rim at its middle;
# tip: 0..0.35 radians the barrow turns about the wheels' axle at (36, 52) px, raising its
# handle on the left (0: level, the leg on the ground)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 0.35))
BRICK, BRICK_LINE, FRAME, GLASS, GLINT = (0.72, 0.6, 0.4), (0.6, 0.48, 0.3), (0.9, 0.88, 0.8), \
    (0.12, 0.16, 0.2), (0.3, 0.36, 0.42)
PAVING, PAVING_JOINT, KERB, ROAD = (0.6, 0.6, 0.6), (0.44, 0.44, 0.45), (0.75, 0.75, 0.74), (0.28, 0.28, 0.3)
STRIPE_A, STRIPE_B = np.array((0.16, 0.5, 0.3)), np.array((0.94, 0.91, 0.8))
WOOD, WOOD_DARK, IRON, SHINE = (0.58, 0.4, 0.22), (0.38, 0.25, 0.13), (0.16, 0.15, 0.15), (1.0, 1.0, 0.92)
GREEN, YELLOW, RED = np.array((0.46, 0.74, 0.2)), np.array((0.94, 0.76, 0.16)), np.array((0.8, 0.1, 0.1))
PAVE_Y, KERB_Y, AWNING_TOP = 46.0, 61.0, 4.0
AXLE_X, AXLE_Y, WHEEL_R = 36.0, 52.0, 9.0
TRAY_L, TRAY_R, RIM_V, BASE_V = -20.0, 18.0, -17.0, -9.0  # the tray in the barrow's frame (px from the axle)
APPLE = 3.2  # the apples' spacing in the heap


def _scene():
    x, y = R.grid()
    img = R.canvas(1, BRICK)
    course = np.floor(y / 3.0)
    joints = np.minimum(np.abs((y % 3.0) - 0.3), np.abs(((x + course * 3.0) % 6.0) - 0.3))
    R.over(img, R.coverage(joints - 0.4), BRICK_LINE)
    R.over(img, R.coverage(R.edges_sdf(x, y, 5.0, 59.0, 9.0, 40.0)), FRAME)
    R.over(img, R.coverage(R.edges_sdf(x, y, 7.0, 57.0, 11.0, 38.0)), GLASS)
    R.over(img, 0.7 * R.coverage(np.abs(x - 0.6 * y - 18.0) - 1.5) * R.coverage(R.edges_sdf(x, y, 7.0, 57.0, 11.0, 38.0)),
           GLINT)
    R.over(img, R.below(PAVE_Y, 1), PAVING)
    flags = np.minimum(np.abs(((y - PAVE_Y) % 6.0) - 0.5), np.abs(((x + 4.0 * np.floor((y - PAVE_Y) / 6.0)) % 11.0) - 0.5))
    R.over(img, R.coverage(np.maximum(flags - 0.4, PAVE_Y + 1.0 - y)), PAVING_JOINT)
    R.over(img, R.below(KERB_Y, 1), KERB)
    R.over(img, R.below(KERB_Y + 1.5, 1), ROAD)
    # the wheel (the near one hides the far one): a rim, a hub and spokes
    u, v = x - AXLE_X, y - AXLE_Y
    rho = np.hypot(u, v)
    spokes = np.abs(np.sin(3.0 * np.arctan2(v, u))) * rho - 0.6
    wheel = np.minimum(np.abs(rho - WHEEL_R + 1.0) - 1.0, np.maximum(spokes, rho - WHEEL_R + 1.0))
    R.over(img, R.coverage(np.minimum(wheel, rho - 1.8)), IRON)
    return img[0]


SCENE = _scene()


def _awning():
    """Per row and column: the awning's stripes (0 green, 1 cream) and how far down each column the
    scallops reach below the awning's edge."""
    x, _ = R.grid()
    stripes = (np.floor(x / 4.0) % 2).astype(np.float32)  # (1, 1, W)
    scallop = 1.8 * np.sqrt(np.clip(1.0 - ((x % 4.0) - 2.0) ** 2 / 4.0, 0.0, 1.0))
    return stripes, scallop


AWNING_STRIPES, SCALLOPS = _awning()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the awning: stripes from its top down to its scalloped edge, a little darker low down
    edge = R.col(9.0 + 18.0 * f[:, 0])
    awning = R.coverage(np.maximum(AWNING_TOP - y, y - edge - SCALLOPS))
    colour = STRIPE_A[None, :, None, None] + (STRIPE_B - STRIPE_A)[None, :, None, None] * AWNING_STRIPES[None]
    R.over(img, awning, colour * (1.0 - 0.15 * R.coverage(edge - 2.0 - y))[:, None])
    # the barrow, in its own frame: U along it (right), V down, from the axle, turned by the tip
    a = R.col(f[:, 3])
    ca, sa = np.cos(a), np.sin(a)
    U = (x - AXLE_X) * ca + (y - AXLE_Y) * sa
    V = -(x - AXLE_X) * sa + (y - AXLE_Y) * ca
    handle = R.segment_sdf(U, V, TRAY_L, -11.0, TRAY_L - 14.0, -13.0) - 1.0
    leg = R.edges_sdf(U, V, TRAY_L + 2.0, TRAY_L + 4.0, BASE_V, WHEEL_R)
    R.over(img, R.coverage(np.minimum(handle, leg)), WOOD_DARK)
    # the apples, heaped above the rim: a mound of little round fruits
    t = f[:, 1:2]
    apples = np.where(t < 0.5, GREEN + (YELLOW - GREEN) * 2 * t, YELLOW + (RED - YELLOW) * (2 * t - 1))
    hh = R.col(3.0 + 12.0 * f[:, 2])
    mid = (TRAY_L + TRAY_R) / 2
    half = (TRAY_R - TRAY_L) / 2 - 1.0
    top = RIM_V + 1.0 - hh * (1.0 - ((U - mid) / half) ** 2)  # the heap's curved top
    mound = np.maximum(np.maximum(top - V, V - RIM_V - 1.0), np.abs(U - mid) - half)
    cu, cv = (U % APPLE) - APPLE / 2, ((V + 0.5 * APPLE * np.floor(U / APPLE)) % APPLE) - APPLE / 2
    fruit = np.hypot(cu, cv)
    heap = R.coverage(mound)
    R.over(img, heap, apples * 0.7)
    R.over(img, heap * R.coverage(fruit - 1.45), apples)
    R.over(img, heap * R.coverage(np.hypot(cu + 0.5, cv + 0.5) - 0.5), SHINE)
    # the tray: planks between its rim and its base, and a dark bottom board
    tray = R.edges_sdf(U, V, TRAY_L, TRAY_R, RIM_V, BASE_V)
    R.over(img, R.coverage(tray), WOOD)
    planks = np.abs(((V - RIM_V) % 2.7) - 1.35) - 1.0
    R.over(img, R.coverage(np.maximum(tray, -planks)), WOOD_DARK)
    R.over(img, R.coverage(R.edges_sdf(U, V, TRAY_L - 1.0, TRAY_R + 1.0, BASE_V - 1.5, BASE_V)), WOOD_DARK)
    return R.to_uint8(img)


def render(awning: float, ripeness: float, heap: float, tip: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[awning, ripeness, heap, tip]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("costermonger", arg, n, seed, FACTORS, sample_factors, _draw)
