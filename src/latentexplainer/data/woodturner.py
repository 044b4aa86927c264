"""`woodturner`: a wood turner's workshop, a piece of wood turning on a lathe between its headstock
and tailstock, a chisel resting against it and shavings flying, seen from the front (64x64 RGB).

The workshop's wall is of dark slate-blue boards laid level, with a window high on the right and a
rack of tools on the left; the floor is a band of brown boards along the bottom, a small heap of
shavings on it under the lathe. The lathe's long iron bed runs across the image on two legs; on the
left stands its headstock, a pale green iron box with a drive pulley, and on the bed to the right
of it the tailstock, a smaller pale green box whose point holds the other end of the wood. Between
them the piece of wood lies level, shaded round; below it a tool rest stands on the bed, and a
steel chisel with a wooden handle rests on it, its tip touching the underside of the wood, with a
few curled shavings falling from it. Factors: the shape the piece has been turned to (a plain
cylinder, a bulb fat in the middle, or a row of beads), how long the piece is (the tailstock
sliding along the bed to hold it), where along the piece the chisel cuts (left to right) and the
colour of the wood (pale to dark; the piece, the shavings and the heap alike). The wall, the
window, the floor, the bed, the headstock and the chisel's size stay fixed; the whole lathe always
lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("profile", "shape the piece of wood is turned to (cylinder, bulb or beads)", "categorical",
           ("cylinder", "bulb", "beads")),
    Factor("piece_length", "length of the piece of wood on the lathe (short to long)", "continuous"),
    Factor("chisel_x", "where along the piece the chisel cuts (left to right)", "continuous"),
    Factor("wood_tone", "colour of the wood (pale to dark)", "continuous"),
)
# profile: a code 0..2 - a radius of 6 px all along, 2 px at the ends swelling to 8.5 px in the
# middle, or three beads 1.8..6.5 px in radius; piece_length: 0..1 is a piece 18..33 px long from the
# spur at x = 18 px (the tailstock's point at its right end); chisel_x: 0..1 puts the chisel's tip at
# x = 22..34 px, touching the wood's underside; wood_tone: 0..1 darkens the wood from a value of
# 0.92 to 0.4 (its hue and saturation fixed)
RANGES = ((0.0, 2.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
WALL, WALL_LINE, FLOOR, FLOOR_LINE = (0.22, 0.27, 0.33), (0.17, 0.21, 0.26), (0.42, 0.3, 0.2), (0.33, 0.23, 0.15)
SKY, FRAME, IRON, GREEN = (0.72, 0.84, 0.95), (0.6, 0.55, 0.46), (0.1, 0.1, 0.11), (0.4, 0.62, 0.46)
STEEL, HANDLE, PULLEY, RACK = (0.78, 0.8, 0.84), (0.62, 0.34, 0.16), (0.36, 0.38, 0.4), (0.46, 0.32, 0.2)
AXIS_Y, SPUR_X, FLOOR_Y, BED_TOP = 34.0, 18.0, 58.0, 45.0
REST_Y = 43.5


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, R.coverage(np.abs((y % 6.0) - 0.5) - 0.45), WALL_LINE)
    # the window, high on the right
    R.over(img, R.coverage(R.edges_sdf(x, y, 43.0, 61.0, 3.0, 19.0)), FRAME)
    panes = np.maximum(R.edges_sdf(x, y, 44.5, 59.5, 4.5, 17.5), 0.7 - np.minimum(np.abs(x - 52.0), np.abs(y - 11.0)))
    R.over(img, R.coverage(panes), SKY)
    # a rack of tools on the left: a rail and four tools hanging from it
    R.over(img, R.coverage(R.edges_sdf(x, y, 3.0, 27.0, 8.0, 10.0)), RACK)
    for i, tx in enumerate((7.0, 12.0, 17.0, 22.0)):
        R.over(img, R.coverage(R.segment_sdf(x, y, tx, 10.0, tx, 15.0 + i % 2) - 0.8), HANDLE)
        R.over(img, R.coverage(R.segment_sdf(x, y, tx, 15.0 + i % 2, tx, 20.0 + i % 2) - 0.5), STEEL)
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    R.over(img, R.coverage(np.maximum(np.abs(((y - FLOOR_Y) % 3.0) - 1.5) - 0.35, FLOOR_Y + 1.0 - y)), FLOOR_LINE)
    # the bed on two legs, and the headstock with its pulley and spur
    bed = np.minimum(R.edges_sdf(x, y, 3.0, 62.0, BED_TOP, BED_TOP + 4.0), R.edges_sdf(x, y, 8.0, 12.0, 48.0, 59.0))
    bed = np.minimum(bed, R.edges_sdf(x, y, 53.0, 57.0, 48.0, 59.0))
    R.over(img, R.coverage(bed), IRON)
    R.over(img, R.coverage(R.box_sdf(x - 10.0, y - 35.0, 5.0, 9.5) - 1.0), GREEN)
    R.over(img, R.coverage(np.abs(np.hypot(x - 10.0, y - 31.0) - 3.0) - 1.1), PULLEY)
    spur = np.maximum(np.abs(y - AXIS_Y) - 0.6 - 1.2 * (SPUR_X - x) / 2.0, np.abs(x - SPUR_X + 1.0) - 1.0)
    R.over(img, R.coverage(spur), IRON)
    return img[0]


SCENE = _scene()
HEAP = R.coverage(np.maximum(R.ellipse_sdf(R.grid()[0] - 32.0, R.grid()[1] - FLOOR_Y - 0.5, 11.0, 3.0),
                             R.grid()[1] - FLOOR_Y - 0.5))[0]
HEAP_CURLS = R.coverage(np.abs(np.abs((R.grid()[0] % 3.0) - 1.5) + np.abs(R.grid()[1] - FLOOR_Y + 1.0) - 1.2) - 0.4)[0]


def _radius(code: np.ndarray, t: np.ndarray):
    """The piece's radius (px) at ``t`` (0..1 along it) for each profile code, and its slope per
    unit of ``t``."""
    cyl = np.full_like(t, 6.0)
    bulb, dbulb = 2.0 + 6.5 * np.sin(np.pi * t), 6.5 * np.pi * np.cos(np.pi * t)
    s = np.sin(3 * np.pi * t)
    beads, dbeads = 1.8 + 4.7 * np.abs(s), 4.7 * 3 * np.pi * np.sign(s) * np.cos(3 * np.pi * t)
    r = np.where(code == 0, cyl, np.where(code == 1, bulb, beads))
    dr = np.where(code == 0, 0.0, np.where(code == 1, dbulb, dbeads))
    return r, dr


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    code = R.col(f[:, 0].astype(int))
    length = R.col(18.0 + 15.0 * f[:, 1])
    end = SPUR_X + length
    wood = R.hsv(np.full(n, 0.08), np.full(n, 0.5), 0.92 - 0.52 * f[:, 3])
    # the heap of shavings on the floor
    R.over(img, np.broadcast_to(HEAP, (n, R.SIZE, R.SIZE)), wood * 0.85)
    R.over(img, np.broadcast_to(HEAP * HEAP_CURLS, (n, R.SIZE, R.SIZE)), wood)
    # the tailstock: a box on the bed, its point holding the wood's right end
    tail = R.box_sdf(x - (end + 6.0), y - 37.0, 3.0, 7.0) - 1.0
    point = np.maximum(np.abs(y - AXIS_Y) - 0.6 - 1.2 * (x - end) / 2.0, np.abs(x - end - 1.0) - 1.0)
    R.over(img, R.coverage(tail), GREEN)
    R.over(img, R.coverage(point), IRON)
    # the piece of wood, shaded round
    t = np.clip((x - SPUR_X) / length, 0.0, 1.0)
    r, dr = _radius(code, t)
    piece = np.maximum((np.abs(y - AXIS_Y) - r) / np.sqrt(1.0 + (dr / length) ** 2), np.maximum(SPUR_X - x, x - end))
    s = np.clip((y - AXIS_Y) / r, -1.0, 1.0)
    shade = 0.6 + 0.45 * np.sqrt(np.clip(1.0 - (s + 0.25) ** 2, 0.0, 1.0))
    R.over(img, R.coverage(piece), wood[:, :, None, None] * shade[:, None])
    # the tool rest under the chisel's tip, and the chisel: steel blade, wooden handle
    cx = 22.0 + 12.0 * f[:, 2]
    tip_r, _ = _radius(f[:, 0].astype(int), np.clip((cx - SPUR_X) / (18.0 + 15.0 * f[:, 1]), 0.0, 1.0))
    cx, ty = R.col(cx), R.col(AXIS_Y + tip_r + 0.3)
    rest = np.minimum(R.edges_sdf(x, y, cx - 5.0, cx + 5.0, REST_Y, REST_Y + 1.5),
                      R.edges_sdf(x, y, cx - 0.8, cx + 0.8, REST_Y, BED_TOP))
    R.over(img, R.coverage(rest), IRON)
    R.over(img, R.coverage(R.segment_sdf(x, y, cx, ty, cx + 9.0, ty + 8.0) - 1.1), STEEL)
    R.over(img, R.coverage(R.segment_sdf(x, y, cx + 9.0, ty + 8.0, cx + 16.0, ty + 14.0) - 1.8), HANDLE)
    # shavings curling off the tip
    curls = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    for dx, dy in ((-3.0, 2.5), (-6.5, 4.5), (-2.5, 6.5)):
        np.minimum(curls, np.abs(np.hypot(x - cx - dx, y - ty - dy) - 1.3) - 0.5, out=curls)
    return R.to_uint8(R.over(img, R.coverage(curls), wood))


def render(profile: float, piece_length: float, chisel_x: float, wood_tone: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[profile, piece_length, chisel_x, wood_tone]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("woodturner", arg, n, seed, FACTORS, sample_factors, _draw)
