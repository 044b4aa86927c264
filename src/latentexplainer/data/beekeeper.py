"""`beekeeper`: a beekeeper in a white suit puffing smoke at an opened beehive in a summer meadow,
seen from the front (64x64 RGB).

A blue summer sky, paler towards the horizon, stands over a dark green hedge; below it a green
meadow dotted with white and yellow flowers fills the lower half of the image. On the right a
painted wooden beehive of two stacked boxes stands on two bricks, a handhold cut in each box and a
dark entrance slot above a landing board at its foot, a few bees about it. Its dark metal lid is
hinged at its right edge: lifted, it shows the wooden top bars of the frames inside, golden
with honey. On the left stands the beekeeper in a white suit and boots, a wide-brimmed hat with a
dark veil over his face, one arm at his side, the other holding out a metal smoker towards the
hive, from whose spout puffs of white smoke rise up and to the right. Factors: where the beekeeper
stands (left to right; his smoker and its smoke go with him), how far the hive's lid is lifted
(from shut to swung up high), how much smoke puffs from the smoker (from a wisp to a big cloud)
and what colour the hive is painted: white, yellow or blue. The sky, the hedge, the meadow, the
bricks, the lid's colour and the beekeeper's size stay fixed; the beekeeper, his smoke and the lid
always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("keeper_x", "where the beekeeper stands (left to right)", "continuous"),
    Factor("lid_open", "how far the hive's lid is lifted open (shut to swung up)", "continuous"),
    Factor("smoke", "how much smoke puffs from the smoker (a wisp to a big cloud)", "continuous"),
    Factor("hive_paint", "colour the beehive is painted", "categorical", ("white", "yellow", "blue")),
)
# keeper_x: 0..1 puts the beekeeper's middle at x = 9..21 px (his smoker's spout 15 px to the
# right of it); lid_open: 0..1.3 radians the lid (25 px long) is turned up about its hinge at
# (58, 28) px; smoke: 0..1 scales four puffs of smoke, their radii and their spread from the
# spout, by 0.2..1 (the largest puff up to 6.5 px in radius); hive_paint: a code 0..2 for the
# paints of PAINTS
RANGES = ((0.0, 1.0), (0.0, 1.3), (0.0, 1.0), (0.0, 2.0))
SKY_TOP, SKY_BOTTOM = np.array((0.24, 0.48, 0.88)), np.array((0.56, 0.75, 0.95))
HEDGE, MEADOW, GRASS = (0.14, 0.34, 0.16), (0.38, 0.62, 0.26), (0.3, 0.52, 0.2)
FLOWERS = ((0.98, 0.98, 0.95), (0.98, 0.86, 0.2))
PAINTS = np.array(((0.95, 0.94, 0.9), (0.96, 0.8, 0.26), (0.38, 0.58, 0.86)), np.float32)
BRICK, SLOT, BOARD, BAR, HONEY = (0.66, 0.3, 0.22), (0.1, 0.08, 0.06), (0.62, 0.5, 0.34), (0.72, 0.56, 0.34), \
    (0.9, 0.64, 0.12)
LID, LID_EDGE = (0.28, 0.3, 0.34), (0.5, 0.52, 0.56)
SUIT, SUIT_SHADE, BOOT, GLOVE = (0.96, 0.96, 0.94), (0.78, 0.79, 0.8), (0.22, 0.22, 0.2), (0.85, 0.72, 0.45)
HAT, VEIL, SKIN = (0.92, 0.88, 0.74), (0.18, 0.2, 0.18), (0.9, 0.74, 0.6)
METAL, METAL_DARK, SMOKE = (0.74, 0.74, 0.76), (0.42, 0.42, 0.45), (0.97, 0.97, 0.97)
BEE, BEE_BAND = (0.12, 0.1, 0.06), (0.96, 0.76, 0.16)
HORIZON, HEDGE_Y, FEET_Y = 38.0, 32.0, 58.0
HIVE_L, HIVE_R, HIVE_TOP, HIVE_FOOT, SEAM = 35.0, 57.0, 28.0, 50.0, 39.0
HINGE_X, HINGE_Y, LID_LEN, LID_THICK = 58.0, 28.0, 25.0, 4.0
# the rows and columns that the lid, the beekeeper and the smoke can reach
LID_BOX, KEEPER_BOX, SMOKE_BOX = ((0, 31), (30, 64)), ((20, 63), (0, 41)), ((6, 40), (20, 64))
BEES = ((31.0, 46.0), (60.5, 43.0), (47.0, 53.5), (28.0, 40.0))


def _scene():
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, HORIZON)[None].copy()
    hedge = y - HEDGE_Y - 1.5 * np.sin(x * 0.9) - 1.0 * np.sin(x * 2.3 + 1.0)
    R.over(img, R.coverage(-hedge), HEDGE)
    R.over(img, R.below(HORIZON, 1), MEADOW)
    blades = np.maximum(np.abs(((x + 0.6 * y) % 3.0) - 1.5) - 0.35, np.abs(((y - HORIZON) % 5.0) - 2.5) - 1.2)
    R.over(img, 0.6 * R.coverage(np.maximum(blades, HORIZON + 1.0 - y)), GRASS)
    rng = np.random.default_rng(7)
    for i in range(22):
        fx, fy = rng.uniform(0, 64), rng.uniform(HORIZON + 2.0, 63.0)
        R.over(img, R.coverage(np.hypot(x - fx, y - fy) - 0.8), FLOWERS[i % 2])
    # the bricks, the landing board and the frames' top bars (under the lid)
    bricks = np.minimum(R.edges_sdf(x, y, HIVE_L + 1.0, HIVE_L + 7.0, HIVE_FOOT, 54.0),
                        R.edges_sdf(x, y, HIVE_R - 7.0, HIVE_R - 1.0, HIVE_FOOT, 54.0))
    R.over(img, R.coverage(bricks), BRICK)
    bars = R.edges_sdf(x, y, HIVE_L + 0.5, HIVE_R - 0.5, HIVE_TOP - 2.0, HIVE_TOP)
    R.over(img, R.coverage(bars), HONEY)
    R.over(img, R.coverage(np.maximum(bars, np.abs(((x - HIVE_L) % 2.5) - 1.25) - 0.5)), BAR)
    return img[0]


SCENE = _scene()


def _hive():
    """Coverage of the hive's boxes, of the lines drawn on them (seam, handholds, entrance) and of
    the landing board."""
    x, y = R.grid()
    boxes = R.coverage(R.edges_sdf(x, y, HIVE_L, HIVE_R, HIVE_TOP, HIVE_FOOT))
    mid = (HIVE_L + HIVE_R) / 2
    lines = np.minimum(np.abs(y - SEAM) - 0.5, R.box_sdf(x - mid, y - (HIVE_TOP + SEAM) / 2, 3.5, 0.8))
    lines = np.minimum(lines, R.box_sdf(x - mid, y - (SEAM + HIVE_FOOT) / 2 + 1.0, 3.5, 0.8))
    lines = np.minimum(lines, R.edges_sdf(x, y, HIVE_L + 4.0, HIVE_R - 4.0, HIVE_FOOT - 2.5, HIVE_FOOT - 1.0))
    lines = np.maximum(lines, R.edges_sdf(x, y, HIVE_L, HIVE_R, HIVE_TOP, HIVE_FOOT))
    board = R.coverage(R.edges_sdf(x, y, HIVE_L + 2.0, HIVE_R - 2.0, HIVE_FOOT - 1.0, HIVE_FOOT + 1.0))
    shade = 1.0 - 0.12 * R.coverage(x - HIVE_L - 2.0)  # the left edge a little darker
    bees = np.min([R.ellipse_sdf(x - bx, y - by, 1.3, 0.9) for bx, by in BEES], 0)
    band = np.maximum(bees, np.min([np.abs(x - bx) - 0.35 for bx, _ in BEES], 0))
    return boxes, R.coverage(lines), board, shade, R.coverage(bees), R.coverage(band)


BOXES, HIVE_LINES, LANDING, HIVE_SHADE, BEE_COVER, BEE_BANDS = _hive()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the hive, in its paint
    paint = PAINTS[f[:, 3].astype(int)]
    R.over(img, BOXES, paint[:, :, None, None] * HIVE_SHADE[:, None])
    R.over(img, 0.85 * HIVE_LINES, SLOT)
    R.over(img, LANDING, BOARD)
    R.over(img, BEE_COVER, BEE)
    R.over(img, BEE_BANDS, BEE_BAND)
    # the lid, turned up about its hinge: u along it from the hinge, v across it (up, when shut);
    # drawn only where it can reach, for speed
    (r0, r1), (c0, c1) = LID_BOX
    part, lx, ly = img[:, :, r0:r1, c0:c1], x[:, :, c0:c1], y[:, r0:r1]
    a = R.col(f[:, 1])
    dx, dy = -np.cos(a), -np.sin(a)
    nx, ny = np.sin(a), -np.cos(a)
    px, py = lx - HINGE_X, ly - HINGE_Y
    u, v = px * dx + py * dy, px * nx + py * ny
    lid = R.box_sdf(u - LID_LEN / 2, v - LID_THICK / 2, LID_LEN / 2, LID_THICK / 2)
    R.over(part, R.coverage(lid), LID)
    R.over(part, R.coverage(np.maximum(lid, LID_THICK - 1.0 - v)), LID_EDGE)
    # the beekeeper: boots, legs, suit, arms, gloves, head under a hat and veil
    (r0, r1), (c0, c1) = KEEPER_BOX
    part, x, y = img[:, :, r0:r1, c0:c1], x[:, :, c0:c1], y[:, r0:r1]
    kx = R.col(9.0 + 12.0 * f[:, 0])
    legs = np.minimum(R.segment_sdf(x, y, kx - 2.5, 47.0, kx - 3.0, FEET_Y - 1.5),
                      R.segment_sdf(x, y, kx + 2.5, 47.0, kx + 3.0, FEET_Y - 1.5)) - 2.0
    body = np.maximum(np.abs(x - kx) - (5.0 + 0.12 * (y - 34.0)), np.abs(y - 41.0) - 7.5)
    arms = np.minimum(R.segment_sdf(x, y, kx - 5.0, 36.0, kx - 6.5, 45.0),
                      R.segment_sdf(x, y, kx + 5.0, 36.0, kx + 10.0, 41.0)) - 1.8
    suit = np.minimum(np.minimum(legs, body), arms)
    R.over(part, R.coverage(suit), SUIT)
    zip_line = np.maximum(np.abs(x - kx) - 0.4, np.maximum(body, 35.0 - y))
    R.over(part, R.coverage(zip_line), SUIT_SHADE)
    boots = np.minimum(R.ellipse_sdf(x - kx + 3.2, y - FEET_Y, 2.6, 1.6), R.ellipse_sdf(x - kx - 3.2, y - FEET_Y, 2.6, 1.6))
    R.over(part, R.coverage(boots), BOOT)
    gloves = np.minimum(np.hypot(x - kx + 6.6, y - 46.0), np.hypot(x - kx - 10.5, y - 41.5)) - 1.9
    R.over(part, R.coverage(gloves), GLOVE)
    face = np.hypot(x - kx, y - 30.5) - 3.8
    R.over(part, R.coverage(face), SKIN)
    veil = np.maximum(np.abs(x - kx) - 5.0, np.maximum(27.5 - y, y - 34.5))
    R.over(part, 0.75 * R.coverage(veil), VEIL)
    hat = np.minimum(R.ellipse_sdf(x - kx, y - 27.5, 7.5, 1.5), R.ellipse_sdf(x - kx, y - 25.5, 4.2, 3.0))
    R.over(part, R.coverage(hat), HAT)
    # the smoker in his hand: a can with a dark band and a spout
    can = R.box_sdf(x - kx - 12.5, y - 44.0, 2.6, 4.0)
    R.over(part, R.coverage(can), METAL)
    R.over(part, R.coverage(np.maximum(can, np.abs(y - 45.5) - 0.8)), METAL_DARK)
    spout = R.segment_sdf(x, y, kx + 12.5, 40.0, kx + 14.5, 36.8) - 1.2
    R.over(part, R.coverage(spout), METAL)
    # the puffs of smoke from the spout
    (r0, r1), (c0, c1) = SMOKE_BOX
    x, y = R.grid()
    part, x, y = img[:, :, r0:r1, c0:c1], x[:, :, c0:c1], y[:, r0:r1]
    g = R.col(0.2 + 0.8 * f[:, 2])
    sx, sy = kx + 15.0, 36.0
    puffs = np.full((n, r1 - r0, c1 - c0), np.inf, np.float32)
    for i in range(4):
        d = np.hypot(x - sx - (2.0 + 5.0 * i) * g, y - sy + (2.0 + 6.0 * i) * g) - (2.0 + 1.5 * i) * g
        np.minimum(puffs, d, out=puffs)
    R.over(part, 0.85 * R.coverage(puffs), SMOKE)
    return R.to_uint8(img)


def render(keeper_x: float, lid_open: float, smoke: float, hive_paint: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[keeper_x, lid_open, smoke, hive_paint]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("beekeeper", arg, n, seed, FACTORS, sample_factors, _draw)
