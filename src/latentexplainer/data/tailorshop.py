"""`tailorshop`: a tailor's shop, a dressmaker's dummy wearing a coat, a pair of shears hanging on
the wall and a bolt of cloth on the counter, seen from the front (64x64 RGB).

The shop's wall is papered dark green with fine paler stripes; the floor is a band of dark
boards along the bottom. High on the right two shelves hold folded bolts of cloth in sober
colours (navy, grey, brown and bottle green). Below them a large pair of shears hangs open from
a nail in the wall, bright steel blades pointing down and black finger rings above the pivot. At
the bottom right stands a wooden counter; on it lies a folded bolt of cloth, and a red pin
cushion at the right. On the left a dressmaker's dummy of pale linen - a torso with a small
round knob for a neck - stands on a pole with three feet, and wears a buttoned coat with dark
lapels, a yellow tape measure hung round its neck. The coat and the bolt on the counter are of
one cloth. Factors: where the dummy stands (left to right), how long the coat is (from a short
jacket ending above the dummy's hips to a long coat reaching far down its pole), how wide the
shears hang open (from nearly shut to wide open) and the hue of the cloth (the coat and the bolt
on the counter; red through yellow, green and blue to violet). The wall, the shelves, the
counter, the dummy's size and the shears' size stay fixed; the whole dummy always lies inside
the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("dummy_x", "where the dressmaker's dummy stands (left to right)", "continuous"),
    Factor("coat_length", "how long the coat on the dummy is (short jacket to long coat)", "continuous"),
    Factor("shears_open", "how wide the shears on the wall hang open (nearly shut to wide open)", "continuous"),
    Factor("cloth_hue", "hue of the cloth of the coat and the bolt on the counter", "continuous"),
)
# dummy_x: 0..1 puts the dummy's middle at x = 12..28 px; coat_length: 0..1 brings the coat's hem
# from y = 33 to 53 px (the torso ends at y = 38 px, the floor is at y = 58 px); shears_open:
# 0..1 opens the blades 0.08..1.1 radians apart about the pivot at (53, 27) px (16 px blades);
# cloth_hue: 0..0.75 of the colour wheel (no wrap)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 0.75))
WALL, WALL_LINE, FLOOR, FLOOR_LINE = (0.22, 0.34, 0.28), (0.3, 0.44, 0.36), (0.3, 0.22, 0.15), (0.22, 0.16, 0.11)
WOOD, WOOD_DARK, LINEN, LINEN_DARK = (0.56, 0.38, 0.22), (0.38, 0.25, 0.14), (0.88, 0.82, 0.68), (0.7, 0.64, 0.52)
STEEL, STEEL_DARK, RINGS, TAPE, PINS = (0.86, 0.88, 0.92), (0.6, 0.62, 0.66), (0.08, 0.08, 0.1), (0.95, 0.82, 0.2), \
    (0.82, 0.14, 0.16)
BOLTS = ((0.16, 0.2, 0.38), (0.55, 0.55, 0.56), (0.46, 0.33, 0.22), (0.12, 0.32, 0.2))
FLOOR_Y = 58.0
COUNTER_L, COUNTER_Y = 39.0, 46.0
PIVOT_X, PIVOT_Y, BLADE = 53.0, 27.0, 16.0
NECK_Y, SHOULDER_Y, WAIST_Y, HIP_Y = 13.0, 17.0, 29.0, 38.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, R.coverage(np.abs((x % 4.0) - 2.0) - 0.35), WALL_LINE)
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    R.over(img, R.coverage(np.maximum(np.abs(((x + 0.3 * y) % 9.0) - 4.5) - 0.4, FLOOR_Y + 1.0 - y)), FLOOR_LINE)
    # the shelves with folded bolts of cloth
    for sy, cols in ((8.0, BOLTS[:2]), (16.0, BOLTS[2:])):
        for i, c in enumerate(cols):
            for j in range(2):
                bolt = R.edges_sdf(x, y, 42.0 + 11.0 * i, 51.5 + 11.0 * i, sy - 3.0 * (j + 1) + 0.2, sy - 3.0 * j)
                R.over(img, R.coverage(bolt), np.array(c) * (1.0 - 0.12 * j))
        R.over(img, R.coverage(R.edges_sdf(x, y, 40.0, 64.0, sy, sy + 1.5)), WOOD_DARK)
    # the counter, its drawers, and a pin cushion on it
    counter = R.edges_sdf(x, y, COUNTER_L, 66.0, COUNTER_Y, FLOOR_Y + 1.0)
    R.over(img, R.coverage(counter), WOOD)
    R.over(img, R.coverage(R.edges_sdf(x, y, COUNTER_L - 1.0, 66.0, COUNTER_Y, COUNTER_Y + 2.0)), WOOD_DARK)
    R.over(img, R.coverage(np.maximum(counter, np.minimum(np.abs(y - 52.5) - 0.4, np.abs(x - 52.0) - 0.4))), WOOD_DARK)
    R.over(img, R.coverage(np.maximum(R.ellipse_sdf(x - 58.5, y - COUNTER_Y, 3.5, 3.0), y - COUNTER_Y)), PINS)
    # the nail the shears hang from
    R.over(img, R.coverage(np.hypot(x - PIVOT_X, y - PIVOT_Y) - 1.2), RINGS)
    return img[0]


SCENE = _scene()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    cloth = R.hsv(f[:, 3], 0.68, 0.78)
    dark = cloth * 0.6
    # the shears: two blades down from the pivot, a finger ring up on the other side of each
    half = R.col(0.04 + 0.51 * f[:, 2])
    for side in (-1.0, 1.0):
        dx, dy = side * np.sin(half), np.cos(half)
        d, h = R.segment_sdf(x, y, PIVOT_X, PIVOT_Y, PIVOT_X + BLADE * dx, PIVOT_Y + BLADE * dy, along=True)
        blade = d - 2.3 * (1.0 - h) - 0.25
        R.over(img, R.coverage(blade), STEEL)
        R.over(img, R.coverage(np.maximum(blade, side * ((x - PIVOT_X) * dy - (y - PIVOT_Y) * dx))), STEEL_DARK)
        rx, ry = PIVOT_X - 7.0 * dx + side * 1.2 * dy, PIVOT_Y - 7.0 * dy
        shank = R.segment_sdf(x, y, PIVOT_X, PIVOT_Y, rx, ry) - 0.8
        ring = np.abs(np.hypot(x - rx, y - ry) - 2.7) - 0.8
        R.over(img, R.coverage(np.minimum(shank, ring)), RINGS)
    R.over(img, R.coverage(np.hypot(x - PIVOT_X, y - PIVOT_Y) - 1.2), STEEL_DARK)
    # the bolt of cloth on the counter
    bolt = R.edges_sdf(x, y, 40.0, 50.5, COUNTER_Y - 5.0, COUNTER_Y)
    R.over(img, R.coverage(np.broadcast_to(bolt, (n, R.SIZE, R.SIZE))), cloth)
    R.over(img, R.coverage(np.broadcast_to(np.maximum(bolt, np.abs(y - COUNTER_Y + 2.5) - 0.4), (n, R.SIZE, R.SIZE))),
           dark)
    # the dummy: three feet and a pole, then its linen torso and neck knob
    cx = R.col(12.0 + 16.0 * f[:, 0])
    stand = np.minimum(R.segment_sdf(x, y, cx, HIP_Y, cx, FLOOR_Y - 2.0) - 0.9,
                       np.minimum(R.segment_sdf(x, y, cx, FLOOR_Y - 3.0, cx - 7.0, FLOOR_Y + 0.5),
                                  R.segment_sdf(x, y, cx, FLOOR_Y - 3.0, cx + 7.0, FLOOR_Y + 0.5)) - 0.8)
    R.over(img, R.coverage(stand), WOOD_DARK)
    u = y - SHOULDER_Y
    torso_hw = np.where(y < WAIST_Y, 9.5 - 2.8 * np.clip(u / (WAIST_Y - SHOULDER_Y), 0, 1),
                        6.7 + 1.8 * np.clip((y - WAIST_Y) / (HIP_Y - WAIST_Y), 0, 1))
    shoulders = R.ellipse_sdf(x - cx, y - (SHOULDER_Y + 1.5), 9.5, 3.0)
    torso = np.minimum(np.maximum(np.abs(x - cx) - torso_hw, np.maximum(SHOULDER_Y + 1.5 - y, y - HIP_Y)), shoulders)
    R.over(img, R.coverage(torso), LINEN)
    R.over(img, R.coverage(np.maximum(torso, np.abs(y - HIP_Y + 0.6) - 0.6)), LINEN_DARK)
    neck = np.minimum(R.edges_sdf(x, y, cx - 2.0, cx + 2.0, NECK_Y, SHOULDER_Y), np.hypot(x - cx, y - NECK_Y) - 2.6)
    R.over(img, R.coverage(neck), LINEN_DARK)
    # the coat: over the torso down to its hem, flaring out below the hips
    hem = R.col(33.0 + 20.0 * f[:, 1])
    coat_hw = np.where(y < HIP_Y, torso_hw + 0.8, 9.3 + 0.12 * (y - HIP_Y))
    coat = np.minimum(np.maximum(np.abs(x - cx) - coat_hw, np.maximum(SHOULDER_Y + 1.2 - y, y - hem)),
                      R.ellipse_sdf(x - cx, y - (SHOULDER_Y + 1.2), 10.3, 3.3))
    R.over(img, R.coverage(coat), cloth)
    # its open front (a V from the shoulders to the waist) edged by dark lapels, the front edge and
    # three buttons below
    v = np.abs(x - cx) - 0.3 * (WAIST_Y - y)
    front = np.maximum(np.maximum(y - WAIST_Y, SHOULDER_Y + 0.5 - y), coat)
    R.over(img, R.coverage(np.maximum(v, front)), LINEN_DARK)
    R.over(img, R.coverage(np.maximum(np.abs(v - 1.4) - 1.4, front)), dark)
    R.over(img, R.coverage(np.maximum(np.abs(x - cx) - 0.45, np.maximum(coat, WAIST_Y - y))), dark)
    buttons = np.min([np.hypot(x - cx - 1.6, y - by) - 0.9 for by in (WAIST_Y + 1.5, WAIST_Y + 5.5, WAIST_Y + 9.5)], 0)
    R.over(img, R.coverage(np.maximum(buttons, coat)), RINGS)
    # the tape measure round the neck, hanging down both sides of the lapels
    tape = np.minimum(R.segment_sdf(x, y, cx - 2.8, SHOULDER_Y - 0.5, cx - 4.2, 27.0),
                      R.segment_sdf(x, y, cx + 2.8, SHOULDER_Y - 0.5, cx + 4.2, 27.0)) - 0.8
    R.over(img, R.coverage(np.minimum(tape, R.edges_sdf(x, y, cx - 2.8, cx + 2.8, SHOULDER_Y - 1.3, SHOULDER_Y + 0.3))),
           TAPE)
    return R.to_uint8(img)


def render(dummy_x: float, coat_length: float, shears_open: float, cloth_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[dummy_x, coat_length, shears_open, cloth_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("tailorshop", arg, n, seed, FACTORS, sample_factors, _draw)
