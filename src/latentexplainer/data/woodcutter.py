"""`woodcutter`: a woodcutter splitting logs with an axe in a forest clearing, a chopping block in
front of him and a pile of birch logs beside it, seen from the side (64x64 RGB).

A pale blue sky shows above a line of round-crowned trees along the back of the clearing, their
dark trunks standing on the grass; the clearing's ground is a band of grassy earth along the
bottom, scattered with a few wood chips. The woodcutter stands on the ground facing right: dark
trousers, a red checked shirt, a pale face and a green woollen cap. He holds a long-handled axe
in both hands, his arms and the handle in one straight line from his shoulder, its steel head
at the end with the blade facing the way he swings. In front of him a wide tree stump serves as
a chopping block, a short upright birch log standing on it to be split. On the right a pile of
cut birch logs lies one on another, their white bark flecked with black and their pale cut ends
showing growth rings. Factors: where the woodcutter stands (left to right; his chopping block
moves with him), how high he raises his axe (from striking down on the block to raised high over
his head), how many logs lie on the pile (1 to 4, stacked from the ground up) and the colour of
the trees' leaves (summer green through autumn gold to russet). The sky, the trunks, the ground,
the woodcutter's size and the logs' size stay fixed; the whole woodcutter and his axe always lie
inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("cutter_x", "horizontal position of the woodcutter and his block (left to right)", "continuous"),
    Factor("axe_raise", "how high the woodcutter raises his axe (striking to overhead)", "continuous"),
    Factor("log_pile", "how many logs lie on the pile (1 to 4)", "categorical", ("1", "2", "3", "4")),
    Factor("season", "colour of the trees' leaves (summer green to autumn russet)", "continuous"),
)
# cutter_x: 0..1 puts the woodcutter's middle at x = 10..24 px (the block 14 px ahead of him);
# axe_raise: 0..1 turns his arms and axe about his shoulder from -0.8 to 1.9 radians above the
# forward horizontal (the axe's head 18..22 px from the shoulder); log_pile: a code 0..3 for
# 1..4 logs, from the ground up at PILE; season: 0..1 blends the leaves from green (0) through
# gold (0.5) to russet (1)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 3.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.5, 0.7, 0.92)), np.array((0.8, 0.88, 0.95))
GROUND, GRASS, TRUNK, CHIP = (0.42, 0.4, 0.22), (0.36, 0.46, 0.2), (0.28, 0.2, 0.14), (0.86, 0.74, 0.52)
BIRCH, BIRCH_MARK, CUT, RING = (0.92, 0.9, 0.84), (0.16, 0.15, 0.14), (0.88, 0.74, 0.5), (0.66, 0.5, 0.3)
STUMP, STUMP_TOP = (0.42, 0.3, 0.2), (0.8, 0.66, 0.44)
TROUSERS, SHIRT, CHECK, SKIN, CAP = (0.2, 0.22, 0.3), (0.78, 0.16, 0.14), (0.3, 0.06, 0.06), (0.92, 0.74, 0.6), \
    (0.2, 0.42, 0.26)
HAFT, STEEL = (0.66, 0.48, 0.26), (0.6, 0.62, 0.66)
GREEN, GOLD, RUSSET = np.array((0.3, 0.56, 0.2)), np.array((0.9, 0.66, 0.14)), np.array((0.62, 0.24, 0.1))
GROUND_Y, FOOT_Y = 40.0, 56.0
CROWNS = ((4.0, 18.0, 9.0, 9.0), (17.0, 13.0, 8.0, 10.0), (30.0, 19.0, 9.0, 8.0), (43.0, 12.0, 9.0, 10.0),
          (56.0, 17.0, 9.0, 9.0), (64.0, 10.0, 6.0, 8.0), (10.0, 28.0, 8.0, 6.0), (36.0, 29.0, 9.0, 6.0),
          (52.0, 28.0, 8.0, 6.0))
PILE = (52.0, 44.8, 37.6, 30.4)  # the logs' middles (y, px), from the ground up
LOG_L, LOG_R, LOG_R_Y = 42.0, 63.5, 3.5  # the logs' ends and half-height
SHOULDER_DY, ARM, HEAD_S = 34.0, 8.0, 20.0


def _scene():
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, GROUND_Y)[None].copy()
    for tx in (6.0, 18.0, 31.0, 42.0, 55.0):
        R.over(img, R.coverage(np.maximum(np.abs(x - tx) - 1.6, 20.0 - y)), TRUNK)
    R.over(img, R.below(GROUND_Y, 1), GROUND)
    tufts = np.maximum(np.abs(((x + 0.5 * y) % 3.0) - 1.5) - 0.4, np.abs(((y - GROUND_Y) % 6.0) - 3.0) - 0.8)
    R.over(img, 0.7 * R.coverage(np.maximum(tufts, GROUND_Y - y)), GRASS)
    for cx, cy in ((6.0, 60.0), (30.0, 61.0), (40.0, 58.5), (14.0, 62.0)):
        R.over(img, R.coverage(R.box_sdf(x - cx, y - cy, 1.4, 0.6)), CHIP)
    return img[0]


SCENE = _scene()


def _leaves():
    """Coverage of the crowns, and their shading (1 lit, lower on the crowns' lower parts)."""
    x, y = R.grid()
    d = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    shade = np.ones((1, R.SIZE, R.SIZE), np.float32)
    for cx, cy, rx, ry in CROWNS:
        e = R.ellipse_sdf(x - cx, y - cy, rx, ry)
        cover = R.coverage(e)
        lit = 1.0 - 0.25 * np.clip((y - cy + 0.3 * (x - cx)) / ry, 0.0, 1.0)
        shade = shade + (lit - shade) * cover
        np.minimum(d, e, out=d)
    dapple = 0.08 * np.sin(1.3 * x + 0.4 * y) * np.sin(1.1 * y - 0.6 * x)
    return R.coverage(d)[0], (shade + dapple)[0].astype(np.float32)


LEAVES, LEAF_SHADE = _leaves()


def _logs():
    x, y = R.grid()
    out = []
    for ly in PILE:
        body = R.edges_sdf(x, y, LOG_L, LOG_R - 1.5, ly - LOG_R_Y, ly + LOG_R_Y)
        dash = np.maximum(np.abs(((x + 3.0 * np.floor((y - ly) / 2.0) + ly) % 7.0) - 3.5) - 1.2,
                          np.abs(((y - ly) % 2.0) - 1.0) - 0.25)  # short dark dashes across the bark
        marks = np.maximum(dash, np.maximum(body + 0.6, np.abs(y - ly) - 2.5))
        face = R.ellipse_sdf(x - (LOG_R - 1.5), y - ly, 1.8, LOG_R_Y)
        rings = np.maximum(np.abs(R.ellipse_sdf(x - (LOG_R - 1.5), y - ly, 0.9, 1.5)) - 0.3, face)
        out.append((R.coverage(body)[0], R.coverage(marks)[0], R.coverage(face)[0], R.coverage(rings)[0]))
    return out


LOGS = _logs()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the trees' leaves, green through gold to russet
    s = f[:, 3:4]
    colour = np.where(s < 0.5, GREEN + (GOLD - GREEN) * 2 * s, GOLD + (RUSSET - GOLD) * (2 * s - 1)).astype(np.float32)
    R.over(img, np.broadcast_to(LEAVES, (n, R.SIZE, R.SIZE)), colour[:, :, None, None] * LEAF_SHADE[None, None])
    # the pile of birch logs, from the ground up
    count = f[:, 2].astype(int)
    for i, (body, marks, face, rings) in enumerate(LOGS):
        on = (count >= i).astype(np.float32)[:, None, None]
        R.over(img, on * body, BIRCH)
        R.over(img, on * marks, BIRCH_MARK)
        R.over(img, on * face, CUT)
        R.over(img, on * rings, RING)
    # the chopping block with a log standing on it
    wx = R.col(10.0 + 14.0 * f[:, 0])
    bx = wx + 14.0
    stump = np.minimum(R.edges_sdf(x, y, bx - 5.5, bx + 5.5, 49.0, FOOT_Y + 1.0), R.ellipse_sdf(x - bx, y - 49.0, 5.5, 1.5))
    R.over(img, R.coverage(stump), STUMP)
    R.over(img, R.coverage(R.ellipse_sdf(x - bx, y - 49.0, 5.0, 1.1)), STUMP_TOP)
    billet = np.minimum(R.edges_sdf(x, y, bx - 2.5, bx + 2.5, 42.0, 48.5), R.ellipse_sdf(x - bx, y - 42.0, 2.5, 0.9))
    R.over(img, R.coverage(billet), BIRCH)
    R.over(img, R.coverage(R.ellipse_sdf(x - bx, y - 42.0, 2.0, 0.6)), CUT)
    # the woodcutter: legs, body, head and cap
    legs = np.minimum(R.segment_sdf(x, y, wx - 1.5, 44.0, wx - 3.0, FOOT_Y - 0.5),
                      R.segment_sdf(x, y, wx + 1.5, 44.0, wx + 3.0, FOOT_Y - 0.5)) - 1.5
    R.over(img, R.coverage(legs), TROUSERS)
    body = R.box_sdf(x - wx, y - 38.5, 2.8, 5.5) - 1.2
    R.over(img, R.coverage(body), SHIRT)
    checks = np.maximum(np.minimum(np.abs(((x - wx) % 3.0) - 1.5), np.abs(((y - 33.0) % 3.0) - 1.5)) - 0.35, body)
    R.over(img, 0.7 * R.coverage(checks), CHECK)
    R.over(img, R.coverage(np.hypot(x - wx, y - 28.0) - 3.4), SKIN)
    R.over(img, R.coverage(np.maximum(np.hypot(x - wx, y - 27.6) - 3.7, y - 27.0)), CAP)
    # the arms and the axe, in one line from the shoulder at the angle a
    a = R.col(-0.8 + 2.7 * f[:, 1])
    ca, sa = np.cos(a), np.sin(a)
    sx = wx + 1.0
    along = (x - sx) * ca - (y - SHOULDER_DY) * sa  # px from the shoulder along the handle
    across = (x - sx) * sa + (y - SHOULDER_DY) * ca  # px across it, towards the blade
    haft = np.maximum(np.abs(across) - 1.0, np.abs(along - 14.5) - 8.5)
    R.over(img, R.coverage(haft), HAFT)
    axe = np.maximum(np.maximum(-2.0 - across, across - 5.0), np.abs(along - HEAD_S) - 1.8 - 0.5 * np.maximum(across, 0.0))
    R.over(img, R.coverage(axe), STEEL)
    R.over(img, R.coverage(np.maximum(np.abs(across - 4.4) - 0.7, axe)), (0.86, 0.88, 0.92))
    arm = np.maximum(np.abs(across) - 1.8, np.abs(along - ARM / 2) - ARM / 2)
    R.over(img, R.coverage(arm), SHIRT)
    R.over(img, R.coverage(np.hypot(along - ARM, across) - 1.9), SKIN)
    return R.to_uint8(img)


def render(cutter_x: float, axe_raise: float, log_pile: float, season: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[cutter_x, axe_raise, log_pile, season]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("woodcutter", arg, n, seed, FACTORS, sample_factors, _draw)
