"""`gamekeeper`: a gamekeeper walking a woodland ride past a rearing pen, a cock pheasant
flushed into the air, seen from the front (64x64 RGB).

A pale blue sky shows above a grassy ride; two broad trees stand at its sides, one on the left
and one on the right. On the right, in front of the right-hand tree, is a rearing pen of wire
netting on wooden posts, with a planked wooden gate at its left end, hinged on its left post;
inside, the pen's floor is darker grass. Along the front of the ride walks the gamekeeper in a
brown tweed coat and a flat cap, a broken shotgun over his arm, breeches and dark green
gaiters. A cock pheasant - copper body, dark green head with a red wattle and white collar,
long barred tail, wings spread - rises above the ride. Factors: where the gamekeeper walks
along the ride (left to right), the season (summer: green leaves; autumn: orange leaves, some
fallen on the grass; winter: bare branches and snow on the ground), how high the pheasant has
risen (from just above the grass to high in the sky) and how far the pen's gate is swung open
(shut to wide open, turned towards the viewer). The sky, the trees' trunks, the pen and the
pheasant's place along the ride stay fixed; the gamekeeper always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("keeper_x", "where the gamekeeper walks along the ride (left to right)", "continuous"),
    Factor("season", "the season (summer, autumn or winter)", "categorical", ("summer", "autumn", "winter")),
    Factor("pheasant_height", "how high the flushed pheasant has risen (low to high)", "continuous"),
    Factor("gate_open", "how far the pen's gate is swung open (shut to wide open)", "continuous"),
)
# keeper_x: 0..1 puts the gamekeeper's middle at x = 8..52 px; season: a code 0..2 for summer,
# autumn and winter; pheasant_height: 0..1 puts the pheasant's body at y = 50..12 px, at x = 26 px;
# gate_open: 0..1 swings the 16 px wide gate 0..1.35 radians about its hinge, so that it looks
# 16..3.5 px wide
RANGES = ((0.0, 1.0), (0.0, 2.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.5, 0.7, 0.92)), np.array((0.8, 0.88, 0.96))
GRASS, PEN_FLOOR, SNOW, BARK = (0.38, 0.56, 0.25), (0.18, 0.27, 0.12), (0.93, 0.94, 0.97), (0.33, 0.24, 0.16)
LEAVES = np.array(((0.24, 0.52, 0.2), (0.88, 0.5, 0.13)), np.float32)
POST, NETTING, GATE, GATE_DARK = (0.42, 0.3, 0.18), (0.72, 0.74, 0.74), (0.78, 0.7, 0.55), (0.5, 0.42, 0.3)
TWEED, TWEED_DARK, CAP, SKIN = (0.5, 0.42, 0.27), (0.36, 0.29, 0.18), (0.3, 0.24, 0.16), (0.9, 0.73, 0.6)
BREECHES, GAITERS, GUN = (0.42, 0.38, 0.26), (0.17, 0.26, 0.15), (0.12, 0.1, 0.09)
COPPER, COPPER_DARK, HEAD, WATTLE, COLLAR = (0.74, 0.36, 0.14), (0.45, 0.2, 0.08), (0.08, 0.3, 0.22), \
    (0.86, 0.12, 0.1), (0.96, 0.96, 0.94)
HORIZON = 40.0
TREES = ((9.0, 16.0, 13.0, 14.0), (55.0, 14.0, 12.0, 13.0))  # crown middle x, y and half-sizes
PEN_L, PEN_R, PEN_T, PEN_B = 35.0, 63.0, 29.0, 47.0
GATE_W = 16.0
KEEPER_FEET, PHEASANT_X = 61.0, 26.0


def _background():
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, HORIZON)[None].copy()
    for tx, ty, _, _ in TREES:
        R.over(img, R.coverage(R.edges_sdf(x, y, tx - 1.8, tx + 1.8, ty, HORIZON + 3.0)), BARK)
    return R.over(img, R.below(HORIZON, 1), GRASS)


def _crowns():
    """Per tree: the crown's leafy cover, and its bare branches (for winter)."""
    x, y = R.grid()
    leafy, bare = [], []
    for tx, ty, rx, ry in TREES:
        u, v = x - tx, y - ty
        angle = np.arctan2(v, u)
        crown = R.ellipse_sdf(u, v, rx, ry) - 1.2 * np.cos(7.0 * angle)
        leafy.append(R.coverage(crown))
        twigs = [R.segment_sdf(x, y, tx, ty + ry * 0.6, tx + rx * 0.9 * np.cos(a), ty - ry * 0.9 * np.sin(a)) - 0.6
                 for a in (0.35, 1.0, 1.57, 2.15, 2.8)]
        bare.append(R.coverage(np.min(twigs, 0)))
    return leafy, bare


BACKGROUND = _background()[0]
LEAFY, BARE = _crowns()


def _fallen():
    """Coverage of the fallen leaves scattered on the grass in autumn."""
    x, y = R.grid()
    spots = [R.ellipse_sdf(x - (1.0 + (i * 17.3) % 62.0), y - (42.0 + (i * 7.1) % 21.0), 1.3, 0.7) for i in range(28)]
    return R.coverage(np.min(spots, 0))[0]


FALLEN = _fallen()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    season = f[:, 1].astype(int)
    summer, autumn, winter = ((season == k).astype(np.float32)[:, None, None] for k in range(3))
    # the ground: grass with autumn's fallen leaves, or snow
    R.over(img, autumn * FALLEN, LEAVES[1])
    R.over(img, winter * R.below(HORIZON, n), SNOW)
    # the trees' crowns: leaves in summer and autumn, bare branches in winter
    leaves = LEAVES[np.minimum(season, 1)]
    for leafy, bare in zip(LEAFY, BARE):
        R.over(img, (summer + autumn) * leafy, leaves)
        R.over(img, winter * bare, BARK)
    # the pen: its floor, the netting on posts, and the gate turning on its hinge
    floor = R.edges_sdf(x, y, PEN_L, PEN_R, PEN_T, PEN_B)
    R.over(img, R.coverage(floor), PEN_FLOOR)
    R.over(img, winter * R.coverage(np.maximum(floor, PEN_B - 5.0 - y)), SNOW)
    mesh = np.minimum(np.abs(((x + y) % 3.0) - 1.5), np.abs(((x - y) % 3.0) - 1.5)) - 0.35
    R.over(img, 0.75 * R.coverage(np.maximum(mesh, np.maximum(floor, PEN_L + GATE_W + 0.5 - x))), NETTING)
    width = R.col(GATE_W * np.cos(1.35 * f[:, 3]))
    gate = R.edges_sdf(x, y, PEN_L, PEN_L + width, PEN_T, PEN_B)
    R.over(img, R.coverage(gate), GATE)
    gaps = np.abs((((x - PEN_L) / width * 5.0 + 0.5) % 1.0) - 0.5) * width / 5.0 - 0.3
    brace = R.segment_sdf(x, y, PEN_L, PEN_B - 1.5, PEN_L + width, PEN_T + 2.5) - 0.8
    rails = np.abs(np.abs(y - (PEN_T + PEN_B + 1.0) / 2) - 5.0) - 0.7
    R.over(img, 0.85 * R.coverage(np.maximum(gate, np.minimum(gaps, np.minimum(brace, rails)))), GATE_DARK)
    posts = np.min([np.abs(x - px) for px in (PEN_L, PEN_L + GATE_W + 1.0, PEN_R - 0.8)], 0) - 0.9
    R.over(img, R.coverage(np.maximum(posts, np.maximum(PEN_T - 2.0 - y, y - PEN_B))), POST)
    # the gamekeeper: gaiters, breeches, coat, gun, head and cap
    kx = R.col(8.0 + 44.0 * f[:, 0])
    u = x - kx
    legs = np.minimum(R.edges_sdf(u, y, -3.2, -0.6, 51.0, KEEPER_FEET), R.edges_sdf(u, y, 0.6, 3.2, 51.0, KEEPER_FEET))
    R.over(img, R.coverage(legs), BREECHES)
    R.over(img, R.coverage(np.maximum(legs, 55.0 - y)), GAITERS)
    t = np.clip((y - 40.0) / 12.0, 0.0, 1.0)
    coat = np.maximum(np.abs(u) - (4.2 + 1.4 * t), np.maximum(39.5 - y, y - 52.5))
    R.over(img, R.coverage(coat), TWEED)
    checks = np.minimum(np.abs((u % 2.5) - 1.25), np.abs((y % 2.5) - 1.25)) - 0.3
    R.over(img, 0.5 * R.coverage(np.maximum(coat, -checks)), TWEED_DARK)
    R.over(img, R.coverage(R.segment_sdf(u, y, -6.0, 50.0, 6.5, 42.5) - 0.9), GUN)
    R.over(img, R.coverage(np.hypot(u, y - 36.2) - 3.2), SKIN)
    cap = np.minimum(np.maximum(R.ellipse_sdf(u, y - 34.4, 3.6, 2.2), y - 34.4), R.edges_sdf(u, y, -1.0, 4.8, 33.6, 34.8))
    R.over(img, R.coverage(cap), CAP)
    # the pheasant: long tail, body, wings spread, head with collar and wattle
    py = R.col(50.0 - 38.0 * f[:, 2])
    bx = PHEASANT_X
    tail = R.segment_sdf(x, y, bx - 3.0, py, bx - 15.0, py - 5.0) - 1.2
    R.over(img, R.coverage(tail), COPPER_DARK)
    body = R.ellipse_sdf(x - bx, y - py, 6.0, 3.4)
    R.over(img, R.coverage(body), COPPER)
    wings = np.minimum(R.ellipse_sdf(x - bx + 1.0, y - py + 4.5, 3.0, 5.5), R.ellipse_sdf(x - bx - 2.5, y - py + 3.5, 2.5, 4.5))
    R.over(img, R.coverage(wings), COPPER_DARK)
    R.over(img, R.coverage(np.hypot(x - bx - 6.0, y - py + 1.2) - 1.8), COLLAR)
    R.over(img, R.coverage(np.hypot(x - bx - 7.3, y - py + 2.6) - 2.2), HEAD)
    R.over(img, R.coverage(np.hypot(x - bx - 7.9, y - py + 2.6) - 1.0), WATTLE)
    return R.to_uint8(img)


def render(keeper_x: float, season: float, pheasant_height: float, gate_open: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[keeper_x, season, pheasant_height, gate_open]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("gamekeeper", arg, n, seed, FACTORS, sample_factors, _draw)
