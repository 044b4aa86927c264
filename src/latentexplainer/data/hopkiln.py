"""`hopkiln`: an oast house, round brick kilns with pointed roofs and white cowls in front of a
weatherboarded barn, beside a hop garden, seen from the side (64x64 RGB).

A long barn of white weatherboards with a red-brown tiled roof stands on the grass across the
right of the image. In front of it, side by side from the right, stand round kilns: tall
cylinders of red brick, each with a steep pointed roof of dark tiles topped by a white wooden
cowl, whose vane sticks out to the right; smoke from the right-hand kiln's cowl drifts away to
the left. On the left is a hop garden: three tall wooden poles with a wire along their tops,
and a hop bine climbing each pole from the ground, green leaves with pale hop cones near their
tips. Behind is the sky, the sun in it above the hop garden. Factors: how many kilns stand in
front of the barn (1 to 3, added from the right), how high the hop bines have climbed their
poles (from just above the ground to the top), how much smoke comes from the right-hand kiln
(from none to a long plume) and the time of day (from midday, a blue sky and the sun high, to
sunset, an orange sky, the sun low and a warm, dimmer light on everything). The barn, the
kilns' size, the poles and the grass stay fixed; everything always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("kilns", "how many round kilns stand in front of the barn (1 to 3)", "categorical", ("1", "2", "3")),
    Factor("bine_height", "how high the hop bines have climbed their poles (low to the top)", "continuous"),
    Factor("smoke", "how much smoke comes from the kiln's cowl (none to a long plume)", "continuous"),
    Factor("time_of_day", "time of day (midday to sunset)", "continuous"),
)
# kilns: a code 0..2 for 1..3 kilns, at KILNS from the right; bine_height: 0..1 lets the bines'
# leaves climb from y = 50 to 15 px up the poles (the ground at y = 54 px); smoke: 0..1 lets up to
# eight puffs out of the cowl along the plume (SMOKE_STEPS puffs per unit, the last fading in) and
# thickens them; time_of_day: 0..1 blends the sky from midday to sunset colours, lowers the sun's
# middle from y = 8 to 42 px (at x = 10 px) and tints everything warmer and dimmer (to 0.9, 0.7, 0.55)
RANGES = ((0.0, 2.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
NOON_TOP, NOON_LOW = np.array((0.32, 0.56, 0.9)), np.array((0.7, 0.84, 0.96))
DUSK_TOP, DUSK_LOW = np.array((0.36, 0.3, 0.56)), np.array((0.98, 0.6, 0.3))
SUN_NOON, SUN_DUSK = np.array((1.0, 0.98, 0.84)), np.array((1.0, 0.45, 0.2))
DUSK_TINT = np.array((0.9, 0.7, 0.55), np.float32)
GRASS, GRASS_DARK, BOARD, BOARD_LINE = (0.36, 0.56, 0.24), (0.27, 0.44, 0.18), (0.92, 0.91, 0.86), (0.7, 0.7, 0.68)
ROOF, ROOF_LINE, BRICK, BRICK_LINE = (0.58, 0.28, 0.2), (0.42, 0.2, 0.14), (0.66, 0.3, 0.2), (0.48, 0.2, 0.14)
CONE, CONE_LINE, COWL, COWL_SHADE = (0.32, 0.22, 0.2), (0.22, 0.15, 0.14), (0.97, 0.97, 0.95), (0.74, 0.74, 0.74)
POLE, LEAF, LEAF_DARK, HOP, SMOKE = (0.5, 0.38, 0.24), (0.28, 0.58, 0.2), (0.18, 0.42, 0.14), (0.78, 0.88, 0.5), \
    (0.9, 0.9, 0.88)
GROUND_Y, HORIZON_Y = 54.0, 50.0
BARN_L, EAVES_Y, RIDGE_Y = 22.0, 37.0, 30.0
KILNS = (55.0, 41.5, 28.0)  # the kilns' middles, filled from the right
KILN_HW, KILN_TOP, APEX_Y, COWL_T = 6.0, 28.0, 16.0, 9.5
POLES, POLE_TOP = (3.5, 11.5, 19.5), 13.0
SMOKE_STEPS = 8


def _scene(background: float):
    """The barn, the grass, the poles and the wire over a plain ``background`` (they stand in front of
    a sky that changes)."""
    x, y = R.grid()
    img = R.canvas(1, (background,) * 3)
    # the barn: weatherboarded wall and tiled roof
    wall = R.edges_sdf(x, y, BARN_L, 66.0, EAVES_Y, GROUND_Y)
    R.over(img, R.coverage(wall), BOARD)
    R.over(img, R.coverage(np.maximum(wall, np.abs(((y - EAVES_Y) % 2.5) - 1.25) - 0.35)), BOARD_LINE)
    roof = np.maximum(R.edges_sdf(x, y, BARN_L - 1.0, 66.0, RIDGE_Y, EAVES_Y), (BARN_L + 6.0 - x) - (y - RIDGE_Y))
    R.over(img, R.coverage(roof), ROOF)
    R.over(img, R.coverage(np.maximum(roof, np.abs(((y - RIDGE_Y) % 2.0) - 1.0) - 0.3)), ROOF_LINE)
    R.over(img, R.coverage(R.edges_sdf(x, y, 28.5, 33.0, 44.0, GROUND_Y)), (0.4, 0.3, 0.22))  # a door
    # the ground and the hop garden's poles and wire
    R.over(img, R.below(GROUND_Y, 1), GRASS)
    R.over(img, R.coverage(np.maximum(np.abs(((x + 2.0 * y) % 7.0) - 3.5) - 0.5, GROUND_Y + 1.5 - y)), GRASS_DARK)
    poles = np.min([R.segment_sdf(x, y, px, GROUND_Y + 1.0, px, POLE_TOP) for px in POLES], 0) - 0.8
    R.over(img, R.coverage(poles), POLE)
    R.over(img, R.coverage(np.maximum(np.abs(y - POLE_TOP - 0.5) - 0.35, x - POLES[-1])), (0.25, 0.25, 0.25))
    return img[0]


SCENE = _scene(0.0)  # the fixed scene's colours times their coverage, over black
SCENE_CLEAR = _scene(1.0)[0] - SCENE[0]  # how much of what lies behind shows through: 1 - coverage


def _kilns():
    """Per kiln: the coverage of its brick body, its roof, its cowl and the cowl's shaded side."""
    x, y = R.grid()
    out = []
    for cx in KILNS:
        body = R.edges_sdf(x, y, cx - KILN_HW, cx + KILN_HW, KILN_TOP, GROUND_Y)
        t = np.clip((y - APEX_Y) / (KILN_TOP + 1.0 - APEX_Y), 0.0, 1.0)
        cone = np.maximum(np.abs(x - cx) - (1.3 + (KILN_HW + 1.2 - 1.3) * t), np.maximum(APEX_Y - y, y - KILN_TOP - 1.0))
        cowl = np.maximum(R.edges_sdf(x, y, cx - 2.6, cx + 2.6, COWL_T, APEX_Y + 1.0), (COWL_T + 1.5 - y) - 0.5 * (x - cx))
        vane = R.segment_sdf(x, y, cx + 2.0, COWL_T + 2.0, cx + 6.0, COWL_T + 1.0) - 0.6
        shade = np.maximum(cowl, cx - 1.5 - x)  # the open side, away from the vane, in shadow
        out.append(np.stack([R.coverage(body)[0], R.coverage(np.maximum(body, np.abs(((y - KILN_TOP) % 3.0) - 1.5) - 0.35))[0],
                             R.coverage(cone)[0], R.coverage(np.maximum(cone, np.abs(((y - APEX_Y) % 2.5) - 1.25) - 0.4))[0],
                             R.coverage(np.minimum(cowl, vane))[0], R.coverage(shade)[0]]))
    return np.stack(out)  # (3, 6, H, W)


KILN_COVERS = _kilns()


def _bines():
    """The bines' leaves, scalloped along each pole, (H, W) distance, and the hop cones' coverage."""
    x, y = R.grid()
    leaves = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    hops = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for i, px in enumerate(POLES):
        wiggle = 0.8 * np.sin(0.9 * y + i)
        np.minimum(leaves, np.abs(x - px - wiggle) - (1.6 + 1.2 * np.abs(np.sin(0.75 * y + 2 * i))), out=leaves)
        np.minimum(hops, np.minimum(np.hypot(x - px - 2.2, ((y + 2 * i) % 6.0) - 3.0) - 1.1,
                                    np.hypot(x - px + 2.2, ((y + 2 * i + 3.0) % 6.0) - 3.0) - 1.1), out=hops)
    return leaves[0], hops[0]


LEAVES, HOPS = _bines()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    t = f[:, 3:4]
    # the sky, from midday to sunset, and the sun sinking over the hop garden
    top, low = NOON_TOP + (DUSK_TOP - NOON_TOP) * t, NOON_LOW + (DUSK_LOW - NOON_LOW) * t  # (n, 3)
    s = np.clip((np.arange(R.SIZE, dtype=np.float32) + 0.5) / HORIZON_Y, 0.0, 1.0)[None, None, :, None]
    img = np.ascontiguousarray(np.broadcast_to(top[:, :, None, None] + (low - top)[:, :, None, None] * s,
                                               (n, 3, R.SIZE, R.SIZE)), np.float32)
    sun_y = R.col(8.0 + 34.0 * f[:, 3])
    R.over(img, R.coverage(np.hypot(x - 10.0, y - sun_y) - 4.0), SUN_NOON + (SUN_DUSK - SUN_NOON) * t)
    # the barn, the grass and the poles, fixed
    img *= SCENE_CLEAR
    img += SCENE
    # the kilns, from the right
    count = f[:, 0].astype(int)
    for i, (body, bricks, cone, tiles, cowl, shade) in enumerate(KILN_COVERS):
        on = (count >= i).astype(np.float32)[:, None, None]
        R.over(img, on * body, BRICK)
        R.over(img, on * bricks, BRICK_LINE)
        R.over(img, on * cone, CONE)
        R.over(img, on * tiles, CONE_LINE)
        R.over(img, on * cowl, COWL)
        R.over(img, on * shade, COWL_SHADE)
    # the hop bines, climbing their poles from the ground
    climb = R.col(50.0 - 35.0 * f[:, 1])
    R.over(img, R.coverage(np.maximum(LEAVES, np.maximum(climb - y, y - GROUND_Y))), LEAF)
    R.over(img, 0.6 * R.coverage(np.maximum(LEAVES + 1.0, np.maximum(climb - y, y - GROUND_Y))), LEAF_DARK)
    R.over(img, R.coverage(np.maximum(HOPS, np.maximum(climb - y, y - (climb + 12.0)))), HOP)
    # the smoke: puffs drifting left from the cowl of the right-hand kiln
    amount = f[:, 2] * SMOKE_STEPS
    smoke = np.zeros((n, R.SIZE, R.SIZE), np.float32)
    cx = KILNS[0] - 2.5
    for k in range(SMOKE_STEPS):
        u = k / (SMOKE_STEPS - 1)
        px, py, r = cx - 36.0 * u, COWL_T - 0.5 - 1.5 * u, 2.0 + 2.4 * u
        w = np.clip(amount - k, 0.0, 1.0)[:, None, None]
        np.maximum(smoke, w * R.coverage(np.hypot(x - px, y - py) - r), out=smoke)
    R.over(img, (0.55 + 0.4 * R.col(f[:, 2])) * smoke, SMOKE)
    # the light of the day: warmer and dimmer towards sunset
    img *= (1.0 + (DUSK_TINT - 1.0)[None, :] * t)[:, :, None, None]
    return R.to_uint8(img)


def render(kilns: float, bine_height: float, smoke: float, time_of_day: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[kilns, bine_height, smoke, time_of_day]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("hopkiln", arg, n, seed, FACTORS, sample_factors, _draw)
