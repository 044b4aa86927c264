"""`lifeguard`: a lifeguard's hut on stilts on a sandy beach, a flag flying from its roof, the
sea beyond it with bathers in rubber rings, seen from the beach (64x64 RGB).

A blue sky lies over the sea; the sea fills a band across the middle of the image, rows of
white-topped waves running across it and breaking in a line of foam on the pale sand, which
fills the lower part of the image. On the left the lifeguard's white wooden hut stands on braced
stilts, a ladder up to it, a red lifebuoy on its wall; a large flag flies to the right from a
pole on its roof. The sun stands in the sky on the right. Bathers float in the sea in orange
rubber rings, their heads in red caps, from the left. Factors: which flag flies (red, yellow, or
chequered black and white), how high the waves run (a calm sea to a rough one with big white
breakers), how high the sun has climbed (from low over the sea on the right to high in the sky
near the middle) and how many bathers are in the sea (none to three). The sand, the hut, the
pole and the bathers' places stay fixed; the whole sun always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("flag", "which flag flies over the lifeguard's hut", "categorical", ("red", "yellow", "chequered")),
    Factor("waves", "how high the waves run (calm to rough)", "continuous"),
    Factor("sun_climb", "how high the sun has climbed (low on the right to high)", "continuous"),
    Factor("bathers", "how many bathers float in the sea (none to three)", "categorical", ("0", "1", "2", "3")),
)
# flag: a code 0..2 for a red, a yellow or a black-and-white chequered flag; waves: 0..1 makes
# the wave crests 0.3..3.3 px high (times 0.6 to 1.1, far to near) and their white tops and the
# foam thicker; sun_climb: 0..1 moves the sun's middle along an arc from (56, 18) to (38, 7) px;
# bathers: a code 0..3 for none to three bathers, at BATHERS from the left
RANGES = ((0.0, 2.0), (0.0, 1.0), (0.0, 1.0), (0.0, 3.0))
SKY_TOP, SKY_LOW = np.array((0.3, 0.58, 0.9)), np.array((0.66, 0.84, 0.96))
SEA, SEA_DEEP, FOAM, SAND, SAND_WET = (0.14, 0.48, 0.66), (0.08, 0.3, 0.5), (0.96, 0.98, 0.98), (0.92, 0.82, 0.6), \
    (0.78, 0.68, 0.5)
HUT, HUT_SHADE, ROOF, STILT, BUOY = (0.96, 0.96, 0.94), (0.76, 0.78, 0.8), (0.2, 0.36, 0.6), (0.56, 0.4, 0.24), \
    (0.9, 0.16, 0.1)
SEA_MID = (0.16, 0.52, 0.68)
SUN, SUN_GLOW = (1.0, 0.92, 0.5), (1.0, 0.98, 0.82)
RING, CAP, SKIN = (1.0, 0.5, 0.08), (0.86, 0.1, 0.12), (0.9, 0.7, 0.54)
FLAGS = np.array(((0.9, 0.1, 0.1), (1.0, 0.85, 0.1), (0.04, 0.04, 0.04)), np.float32)
HORIZON, SHORE = 26.0, 46.0
HUT_L, HUT_R, HUT_T, HUT_B = 3.0, 21.0, 24.0, 36.0
POLE_X, POLE_TOP, FLAG_W, FLAG_H = 12.0, 2.0, 19.0, 12.0
CRESTS = (30.0, 35.0, 40.5)
BATHERS = ((35.0, 37.5), (46.5, 32.0), (56.5, 39.0))  # their heads' places (x, y), filled in this order


def _scene():
    x, y = R.grid()
    img = np.empty((1, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = R.vertical_gradient(SKY_TOP, SKY_LOW, HORIZON)
    R.over(img, R.coverage(HORIZON - y), SEA)
    R.over(img, R.coverage(HORIZON - y) * np.clip((y - HORIZON) / 20.0, 0.0, 1.0), SEA_MID)  # lighter inshore
    return img[0]


SCENE = _scene()


def _hut():
    """The hut on its stilts with the flag's pole, over a clear canvas: colour and coverage."""
    x, y = R.grid()
    img = np.zeros((1, 3, R.SIZE, R.SIZE), np.float32)
    alpha = np.zeros((1, R.SIZE, R.SIZE), np.float32)

    def paint(cover, colour):
        R.over(img, cover, colour)
        np.maximum(alpha, cover, out=alpha)

    stilts = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for sx in (HUT_L + 2.0, HUT_R - 2.0):
        stilts = np.minimum(stilts, R.segment_sdf(x, y, sx, HUT_B, sx + (sx - 12.0) * 0.2, 58.0) - 1.1)
    stilts = np.minimum(stilts, R.segment_sdf(x, y, HUT_L + 3.0, 44.0, HUT_R - 3.0, 52.0) - 0.6)  # a brace
    paint(R.coverage(stilts), STILT)
    ladder = np.minimum(np.abs(np.abs(x - 27.0 + (y - HUT_B) * 0.3) - 2.5) - 0.6, 100.0)
    ladder = np.minimum(ladder, np.maximum(np.abs(((y - HUT_B) % 4.0) - 2.0) - 0.5,
                                           np.abs(x - 27.0 + (y - HUT_B) * 0.3) - 2.5))
    paint(R.coverage(np.maximum(ladder, np.maximum(HUT_B - 1.0 - y, y - 58.0))), STILT)
    paint(R.coverage(R.segment_sdf(x, y, POLE_X, POLE_TOP, POLE_X, HUT_T) - 0.7), (0.3, 0.3, 0.32))
    paint(R.coverage(R.edges_sdf(x, y, HUT_L, HUT_R, HUT_T, HUT_B)), HUT)
    paint(R.coverage(np.maximum(R.edges_sdf(x, y, HUT_L, HUT_R, HUT_T, HUT_B), np.abs((x % 3.0) - 1.5) - 0.3)),
          HUT_SHADE)
    paint(R.coverage(R.edges_sdf(x, y, HUT_L + 4.0, HUT_R - 4.0, HUT_T + 3.0, HUT_T + 7.0)), (0.16, 0.2, 0.26))
    roof = np.maximum(R.edges_sdf(x, y, HUT_L - 2.0, HUT_R + 2.0, HUT_T - 4.0, HUT_T),
                      np.abs(x - (HUT_L + HUT_R) / 2) * 0.35 + (y - HUT_T))
    paint(R.coverage(roof), ROOF)
    ring = np.abs(np.hypot(x - (HUT_R - 3.5), y - (HUT_B - 3.5)) - 2.2) - 0.9
    paint(R.coverage(ring), BUOY)
    return img[0], alpha


HUT_IMG, HUT_ALPHA = _hut()


def _flag_fields():
    """The flag's coverage (rippling a little) and its chequers (1 on the white squares)."""
    x, y = R.grid()
    top = POLE_TOP + 0.8 * np.sin((x - POLE_X) / 3.0)
    flag = np.maximum(R.edges_sdf(x, y, POLE_X + 0.7, POLE_X + FLAG_W, -10.0, 64.0),
                      np.maximum(top - y, y - (top + FLAG_H)))
    checks = ((np.floor((x - POLE_X) / 4.0) + np.floor((y - top) / 4.0)) % 2 == 0).astype(np.float32)
    return R.coverage(flag), checks


FLAG, CHECKS = _flag_fields()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the sun and its glow, climbing along an arc
    c = R.col(f[:, 2])
    sx, sy = 56.0 - 18.0 * np.sin(0.5 * np.pi * c), 18.0 - 11.0 * np.sin(0.5 * np.pi * c) ** 0.7
    r = np.hypot(x - sx, y - sy)
    sky = R.coverage(y - HORIZON)
    R.over(img, sky * 0.5 * np.exp(-np.maximum(r - 5.0, 0.0) / 3.0), SUN_GLOW)
    R.over(img, sky * R.coverage(r - 5.0), SUN)
    # the waves: white crests rippling across the sea, higher and whiter when rough
    w = R.col(f[:, 1])
    amp = 0.3 + 3.0 * w
    for i, cy in enumerate(CRESTS):
        scale = 0.6 + 0.25 * i  # nearer waves are bigger
        wave = cy - amp * scale * np.abs(np.sin((x + 5.0 * i) / (3.0 + i)))
        crest = np.maximum(wave - y, y - (cy + 0.4 + 1.2 * w * scale))
        R.over(img, R.coverage(crest) * (0.35 + 0.65 * w), FOAM)
        R.over(img, 0.5 * R.coverage(np.maximum(y - wave, wave - 1.0 - y)), SEA_DEEP)
    # the beach: the foam line where the waves break, wet sand, dry sand
    shore = SHORE + (0.5 + 1.5 * w) * np.sin(x / 4.0)
    R.over(img, R.coverage(shore - y), SAND_WET)
    R.over(img, R.coverage(shore + 4.0 - y), SAND)
    R.over(img, R.coverage(np.abs(y - shore + 0.5) - (0.5 + 1.8 * w)), FOAM)
    # the bathers, from the left: a rubber ring, a head in a red cap, splashing arms
    count = f[:, 3].astype(int)
    for i, (bx, by) in enumerate(BATHERS):
        on = (count > i).astype(np.float32)[:, None, None]
        ring = np.abs(R.ellipse_sdf(x - bx, y - (by + 2.0), 5.0, 2.7)) - 1.5
        arms = np.minimum(R.segment_sdf(x, y, bx - 2.5, by, bx - 5.5, by - 5.5),
                          R.segment_sdf(x, y, bx + 2.5, by, bx + 5.5, by - 5.5)) - 1.2
        R.over(img, on * R.coverage(np.maximum(ring, y - (by + 2.0))), RING)  # the ring's far side
        R.over(img, on * R.coverage(arms), SKIN)
        R.over(img, on * R.coverage(np.hypot(x - bx, y - (by - 1.0)) - 3.0), SKIN)
        cap = np.maximum(np.hypot(x - bx, y - (by - 1.2)) - 3.2, y - (by - 1.4))
        R.over(img, on * R.coverage(cap), CAP)
        R.over(img, on * R.coverage(np.maximum(ring, by + 2.0 - y)), RING)  # and its near side
    # the hut, and its flag
    R.over(img, HUT_ALPHA, HUT_IMG)
    kind = f[:, 0].astype(int)
    colour = FLAGS[kind][:, :, None, None]
    chequered = (kind == 2).astype(np.float32)[:, None, None, None]
    field = colour + chequered * CHECKS[:, None] * (1.0 - colour)
    R.over(img, FLAG, field)
    return R.to_uint8(img)


def render(flag: float, waves: float, sun_climb: float, bathers: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[flag, waves, sun_climb, bathers]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("lifeguard", arg, n, seed, FACTORS, sample_factors, _draw)
