"""`chainmaker`: a chainmaker's forge, a hot link on the anvil under a treadle hammer, finished
chains hanging from a beam and a pair of bellows blowing the hearth, seen from the front (64x64
RGB).

The back wall is of whitewashed brick, sooty above the fire; the floor is a dark band along the
bottom. Left of the middle stands a brick hearth with a small fire burning on it; at the left
edge a pair of leather bellows lies on its side, its nozzle in the hearth: two wooden boards
hinged at the nozzle, dark pleated leather between them. Right of the middle stands a black iron
anvil, its horn to the left; on its face lies a single oval link, glowing with heat, which
lights the anvil and the wall around it. A hammer on a long wooden helve is pivoted on a post at
the right edge, its iron head over the link. Finished chains hang side by side from hooks in a
beam along the top of the wall, above the bellows and the hearth, filled from the left: dark
iron links, one seen flat as an oval ring, the next edge on as a bar, and so on down. Factors:
how many chains hang from the beam (1 to 3), how hot the link on the anvil glows (dull red,
through orange, to yellow-white), how high the hammer is raised (resting on the link to raised
high) and how wide the bellows are opened (nearly shut to wide open). The wall, the floor, the
hearth, its fire, the anvil, the hammer's post and the chains' length stay fixed; the hammer
always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("chains", "how many finished chains hang from the beam (1 to 3)", "categorical", ("1", "2", "3")),
    Factor("heat", "how hot the link on the anvil glows (dull red to yellow-white)", "continuous"),
    Factor("hammer_raise", "how high the hammer is raised over the anvil (resting to high)", "continuous"),
    Factor("bellows_open", "how wide the bellows are opened (nearly shut to wide open)", "continuous"),
)
# chains: a code 0..2 for 1..3 chains of four links, hanging from hooks at CHAINS (x, px) along the
# beam, filled from the left, each link 5.5 px below the last; heat: 0..1 turns the link from dull
# red (0.45, 0.08, 0.05) through orange to yellow-white (1, 0.95, 0.7) and strengthens its glow;
# hammer_raise: 0..1 turns the helve 0..0.95 radians up about its pivot at (59.5, 30) px (the head
# 16 px from it, resting on the link at 0); bellows_open: 0..1 opens the boards 0.08..0.8 radians
# apart about the nozzle at (20, 40) px
RANGES = ((0.0, 2.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
WALL, MORTAR, SOOT, FLOOR = (0.78, 0.75, 0.7), (0.66, 0.63, 0.58), (0.3, 0.28, 0.27), (0.22, 0.19, 0.17)
BRICK, BRICK_LINE, IRON, IRON_LIGHT = (0.58, 0.3, 0.22), (0.4, 0.2, 0.15), (0.12, 0.12, 0.14), (0.32, 0.32, 0.36)
WOOD, WOOD_DARK, LEATHER, LEATHER_FOLD = (0.6, 0.42, 0.24), (0.36, 0.24, 0.13), (0.4, 0.25, 0.14), (0.25, 0.15, 0.08)
FLAME, FLAME_CORE = (0.98, 0.45, 0.08), (1.0, 0.85, 0.35)
DULL, ORANGE, WHITE_HOT = np.array((0.45, 0.08, 0.05)), np.array((0.98, 0.45, 0.08)), np.array((1.0, 0.95, 0.7))
FLOOR_Y, HEARTH_L, HEARTH_R, HEARTH_T = 57.0, 18.0, 30.0, 40.0
NOZZLE_X, NOZZLE_Y, BELLOWS = 20.0, 40.0, 18.0
LINK_X, LINK_Y = 45.0, 39.5
PIVOT_X, PIVOT_Y, HELVE = 59.5, 30.0, 16.0
REST = np.arctan2(LINK_Y - 6.5 - PIVOT_Y, LINK_X - PIVOT_X)  # the helve's direction when the head rests
CHAINS, HOOK_Y, STEP = (6.0, 16.0, 26.0), 4.0, 5.5


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    course = np.floor(y / 4.0)
    joints = np.minimum(np.abs((y % 4.0) - 0.3), np.abs(((x + course * 4.0) % 8.0) - 0.3))
    R.over(img, R.coverage(joints - 0.5), MORTAR)
    R.over(img, 0.55 * np.exp(-((x - 24.0) ** 2 / 120.0 + (y - 8.0) ** 2 / 260.0)), SOOT)  # above the fire
    R.over(img, R.coverage(R.edges_sdf(x, y, 0.0, 64.0, 0.0, 2.5)), WOOD_DARK)  # the beam
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    # the hearth and its fire
    hearth = R.edges_sdf(x, y, HEARTH_L, HEARTH_R, HEARTH_T, FLOOR_Y + 1.0)
    R.over(img, R.coverage(hearth), BRICK)
    bricks = np.minimum(np.abs(((y - HEARTH_T) % 3.5) - 0.3), np.abs(((x + 2.0 * np.floor((y - HEARTH_T) / 3.5)) % 6.0) - 0.3))
    R.over(img, R.coverage(np.maximum(bricks - 0.45, hearth)), BRICK_LINE)
    for dx, tall, w in ((-3.0, 6.0, 2.0), (2.5, 7.0, 2.0), (0.0, 9.0, 2.6)):
        fy = np.clip((HEARTH_T - y) / tall, -1.0, 2.0)
        flame = np.maximum(np.abs(x - 24.0 - dx) - w * np.sqrt(np.clip(1.0 - fy, 0.0, 1.0)), np.maximum(-fy * tall - 0.5, (fy - 1.0) * tall))
        R.over(img, R.coverage(flame), FLAME)
        R.over(img, R.coverage(np.maximum(flame + 1.0, (fy - 0.6) * tall)), FLAME_CORE)
    # the anvil: face, horn, waist and foot
    anvil = np.minimum(R.edges_sdf(x, y, 38.0, 53.0, 42.0, 45.5), R.edges_sdf(x, y, 42.0, 49.0, 45.0, 51.0))
    anvil = np.minimum(anvil, R.edges_sdf(x, y, 39.0, 52.0, 50.5, FLOOR_Y))
    horn = np.maximum(R.segment_sdf(x, y, 32.0, 42.3, 38.5, 43.8) - 1.6 * np.clip((x - 31.0) / 7.0, 0.2, 1.0), -1.0)
    R.over(img, R.coverage(np.minimum(anvil, horn)), IRON)
    R.over(img, R.coverage(R.edges_sdf(x, y, 38.0, 53.0, 42.0, 43.0)), IRON_LIGHT)
    # the hammer's post
    R.over(img, R.coverage(R.edges_sdf(x, y, PIVOT_X - 1.8, PIVOT_X + 1.8, PIVOT_Y, FLOOR_Y + 1.0)), WOOD_DARK)
    return img[0]


SCENE = _scene()


def _chains():
    """Each chain's coverage: a hook, then four links down from it, ring (flat) and bar (edge on)
    by turns."""
    x, y = R.grid()
    out = []
    for cx in CHAINS:
        d = np.abs(np.hypot(x - cx, y - HOOK_Y + 0.5) - 1.4) - 0.6
        for i in range(4):
            cy = HOOK_Y + 2.0 + STEP * (i + 0.5)
            if i % 2 == 0:
                d = np.minimum(d, np.abs(R.ellipse_sdf(x - cx, y - cy, 2.9, 4.0)) - 1.1)
            else:
                d = np.minimum(d, R.box_sdf(x - cx, y - cy, 0.3, 3.3) - 1.1)
        out.append(R.coverage(d))
    return out


CHAIN_COVERS = _chains()


def _glow():
    x, y = R.grid()
    return np.exp(-((x - LINK_X) ** 2 + (y - LINK_Y) ** 2) / 40.0)


GLOW = _glow()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the chains along the beam, from the left
    count = f[:, 0].astype(int)
    for i, cover in enumerate(CHAIN_COVERS):
        on = (count >= i).astype(np.float32)[:, None, None]
        R.over(img, on * cover, IRON)
    # the hot link and its glow
    h = f[:, 1:2]
    colour = np.where(h < 0.5, DULL + (ORANGE - DULL) * 2 * h, ORANGE + (WHITE_HOT - ORANGE) * (2 * h - 1))
    R.over(img, R.col(0.15 + 0.6 * f[:, 1]) * GLOW, colour)
    link = np.abs(R.ellipse_sdf(x - LINK_X, y - LINK_Y, 4.5, 2.3)) - 1.0
    R.over(img, R.coverage(link), colour)
    # the bellows: two boards hinged at the nozzle, leather between them
    half = R.col(0.04 + 0.36 * f[:, 3])
    u, v = NOZZLE_X - x, y - NOZZLE_Y  # u: leftwards from the nozzle
    ang = np.arctan2(v, u)
    rho = np.hypot(u, v)
    inside = np.maximum(np.abs(ang) * rho - half * rho, np.maximum(rho - BELLOWS, 2.0 - u))
    R.over(img, R.coverage(inside), LEATHER)
    pleats = np.maximum(np.abs((rho % 3.0) - 1.5) - 0.5, inside + 0.3)
    R.over(img, R.coverage(pleats), LEATHER_FOLD)
    for side in (-1.0, 1.0):
        ex, ey = NOZZLE_X - BELLOWS * np.cos(half), NOZZLE_Y + side * BELLOWS * np.sin(half)
        R.over(img, R.coverage(R.segment_sdf(x, y, NOZZLE_X - 2.0, NOZZLE_Y + side * 0.3, ex, ey) - 1.2), WOOD)
        R.over(img, R.coverage(R.segment_sdf(x, y, ex, ey, ex - 1.5, ey) - 1.4), WOOD_DARK)  # the handle
    R.over(img, R.coverage(R.edges_sdf(x, y, NOZZLE_X - 2.5, HEARTH_L + 2.0, NOZZLE_Y - 0.9, NOZZLE_Y + 0.9)), IRON)
    # the hammer: a helve from the pivot, an iron head at its end
    a = REST + R.col(0.95 * f[:, 2])  # the helve's angle on screen (y down): larger is raised
    ux, uy = np.cos(a), np.sin(a)
    hx, hy = PIVOT_X + HELVE * ux, PIVOT_Y + HELVE * uy
    R.over(img, R.coverage(R.segment_sdf(x, y, PIVOT_X, PIVOT_Y, hx, hy) - 1.1), WOOD)
    s, t = (x - hx) * ux + (y - hy) * uy, (x - hx) * -uy + (y - hy) * ux
    R.over(img, R.coverage(R.box_sdf(s, t, 2.6, 4.2) - 0.3), IRON)
    R.over(img, R.coverage(np.hypot(x - PIVOT_X, y - PIVOT_Y) - 1.6), IRON)
    return R.to_uint8(img)


def render(chains: float, heat: float, hammer_raise: float, bellows_open: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[chains, heat, hammer_raise, bellows_open]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("chainmaker", arg, n, seed, FACTORS, sample_factors, _draw)
