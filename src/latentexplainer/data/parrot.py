"""`parrot`: a parrot perched on a wooden stand in a room, seen from the side (64x64 RGB).

A round wooden perch runs across the image on a stand: a post down its middle to a flat foot
on the floor. A parrot sits on the perch, facing right, gripping it with grey feet: a plump
body leaning a little forwards, a long forked tail of two feathers hanging down and back over
the perch, darker at their tips, a darker wing on its side with a band of darker feathers near
its tip, and a round head with a pale patch round its black eye and a dark hooked beak. The
whole bird is one colour, its wing and tail darker shades of it. Behind is a warm cream wall, a
little darker towards the bottom, over a brown wooden floor. Factors: where along the perch the
parrot sits (left to right), how far its wing is spread (folded against its body to raised up
and back), how its head is tilted (the beak pointing down to up), the hue of its plumage (round
the whole colour wheel) and the length of its tail (short to long). The perch, the stand, the
bird's size and its body's lean stay fixed; the whole parrot always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("perch_x", "where along the perch the parrot sits (left to right)", "continuous"),
    Factor("wing_spread", "how far the parrot's wing is spread (folded to raised up and back)", "continuous"),
    Factor("head_tilt", "how the parrot's head is tilted (beak pointing down to pointing up)", "continuous"),
    Factor("plumage_hue", "hue of the parrot's plumage (round the whole colour wheel)", "cyclic", period=1.0),
    Factor("tail_length", "length of the parrot's tail (short to long)", "continuous"),
)
# perch_x: 0..1 puts the parrot's feet at x = 22..46 px (on the perch's top at y = 44 px; the
# bird's shapes below are in its own units, drawn 1.25 px each); wing_spread: 0..1 turns the wing
# about the shoulder (20 px above the feet) from 1.95 to 3.9 radians (from pointing down and a
# little back to up and back; 0 is forwards, pi straight back); head_tilt: -1..1 turns the head by
# -0.6..0.6 radians about the neck (24 px above the feet; positive: the beak up); plumage_hue: 0..1
# is the whole colour wheel (1 is 0 again); tail_length: 0..1 is a tail whose tips reach 5..17.5
# px below the body's bottom
RANGES = ((0.0, 1.0), (0.0, 1.0), (-1.0, 1.0), (0.0, 1.0), (0.0, 1.0))
WALL_TOP, WALL_LOW, FLOOR, FLOOR_DARK = (0.95, 0.9, 0.8), (0.86, 0.79, 0.66), (0.52, 0.36, 0.22), (0.42, 0.28, 0.16)
WOOD, WOOD_DARK, FEET, FACE, EYE, BEAK = (0.62, 0.42, 0.22), (0.42, 0.27, 0.13), (0.45, 0.42, 0.42), \
    (0.97, 0.96, 0.93), (0.03, 0.03, 0.04), (0.16, 0.15, 0.17)
PERCH_Y, PERCH_HH, POST_X, FLOOR_Y, SCALE = 46.0, 2.0, 32.0, 58.0, 1.25
BODY_DY, BODY_RX, BODY_RY, LEAN = -11.0, 6.2, 9.5, 0.3  # the body's middle above the feet, half-sizes, lean
SHOULDER, WING_AT, WING_RX, WING_RY = (-1.0, -16.0), 7.5, 8.5, 3.4  # from the feet; the wing's middle from the shoulder
NECK, HEAD, HEAD_R = (2.0, -19.0), (1.5, -4.0), 5.0  # the neck from the feet; the head's middle from the neck (unturned)
TAIL_FROM = (-3.0, -4.0)  # where the tail leaves the body, from the feet
TAIL_ROWS, BODY_ROWS, WING_ROWS, HEAD_ROWS = (36, 64), (14, 47), (6, 46), (1, 30)


def _scene() -> np.ndarray:
    """The wall, the floor and the perch on its stand, (3, H, W)."""
    x, y = R.grid()
    img = R.vertical_gradient(WALL_TOP, WALL_LOW, FLOOR_Y)[None]
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    R.over(img, 0.5 * R.below(FLOOR_Y, 1) * R.coverage(np.abs(((x + 3.0 * (y > 61)) % 9.0) - 4.5) - 4.0), FLOOR_DARK)
    perch = R.box_sdf(x - 32.0, y - PERCH_Y, 27.0, PERCH_HH - 0.5) - 0.5
    post = R.edges_sdf(x, y, POST_X - 1.6, POST_X + 1.6, PERCH_Y, 61.0)
    foot = R.box_sdf(x - POST_X, y - 61.0, 9.0, 0.8) - 0.6
    stand = np.minimum(np.minimum(perch, post), foot)
    R.over(img, R.coverage(stand), WOOD)
    R.over(img, 0.6 * R.coverage(np.maximum(stand, np.minimum(np.abs(x - POST_X - 1.0) - 0.4, PERCH_Y + 0.6 - y))),
           WOOD_DARK)
    return img[0]


BACKGROUND = _scene()


def _turn(dx, dy, c, s):
    """Coordinates in a frame turned by angle (cos c, sin s), counter-clockwise on screen."""
    return dx * c - dy * s, dx * s + dy * c


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    feet_x = R.col(22 + 24 * f[:, 0])
    u = (x - feet_x) / SCALE  # from the feet, in the bird's own units

    def rows(band):  # the image's rows in band, and their v (down from the feet, in the bird's units)
        return img[:, :, band[0]:band[1]], (y[:, band[0]:band[1]] - (PERCH_Y - PERCH_HH)) / SCALE

    def cover(d):
        return R.coverage(d * SCALE)

    hue = f[:, 3]
    plumage, wing_colour, dark = R.hsv(hue, 0.8, 0.9), R.hsv(hue, 0.85, 0.66), R.hsv(hue, 0.9, 0.42)
    # the tail: two long feathers hanging down and back, in front of the stand
    part, v = rows(TAIL_ROWS)
    length = R.col(4 + 10 * f[:, 4]) + BODY_DY + BODY_RY - TAIL_FROM[1]  # from where it leaves the body
    ex, ey = TAIL_FROM[0] - 0.6 * length, TAIL_FROM[1] + length
    tail = np.inf
    for spread in (-2.0, 2.0):
        d, along = R.segment_sdf(u, v, TAIL_FROM[0], TAIL_FROM[1], ex + spread, ey, along=True)
        tail = np.minimum(tail, d - (2.3 - 0.7 * along))
    R.over(part, cover(tail), wing_colour)
    R.over(part, cover(np.maximum(tail, ey - 4.0 - v)), dark)
    # the body, leaning forwards; the feet gripping the perch
    part, v = rows(BODY_ROWS)
    bu, bv = _turn(u, v - BODY_DY, np.cos(LEAN), -np.sin(LEAN))
    R.over(part, cover(R.ellipse_sdf(bu, bv, BODY_RX, BODY_RY)), plumage)
    R.over(part, cover(R.box_sdf(np.abs(u - 0.5) - 2.0, v - 0.6, 0.9, 1.2) - 0.4), FEET)
    # the wing, turned about the shoulder, with darker feathers near its tip
    part, v = rows(WING_ROWS)
    w = R.col(1.95 + 1.95 * f[:, 1])
    wu, wv = _turn(u - SHOULDER[0], v - SHOULDER[1], np.cos(w), -np.sin(w))  # along the wing, across it
    wing = R.ellipse_sdf(wu - WING_AT, wv, WING_RX, WING_RY)
    R.over(part, cover(wing), wing_colour)
    R.over(part, cover(np.maximum(wing, np.abs(wu - WING_AT - 5.0) - 1.6)), dark)
    # the head, turned about the neck: the pale face, the eye, the hooked beak
    part, v = rows(HEAD_ROWS)
    t = R.col(0.6 * f[:, 2])
    hu, hv = _turn(u - NECK[0], v - NECK[1], np.cos(t), np.sin(t))  # forwards (unturned), down (unturned)
    R.over(part, cover(np.hypot(hu - HEAD[0], hv - HEAD[1]) - HEAD_R), plumage)
    eye = np.hypot(hu - 3.5, hv + 4.8)
    R.over(part, cover(np.minimum(R.ellipse_sdf(hu - 3.2, hv + 4.6, 2.6, 2.1), eye - 2.0)), FACE)
    beak = np.minimum(np.hypot(hu - 6.6, hv + 3.2) - 2.5, R.segment_sdf(hu, hv, 6.6, -3.2, 8.8, -0.4) - 1.0)
    R.over(part, cover(np.minimum(np.maximum(beak, 4.8 - hu), eye - 1.1)), BEAK)
    return R.to_uint8(img)


def render(perch_x: float, wing_spread: float, head_tilt: float, plumage_hue: float, tail_length: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[perch_x, wing_spread, head_tilt, plumage_hue, tail_length]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("parrot", arg, n, seed, FACTORS, sample_factors, _draw)
