"""`mailbox`: a rural mailbox on a wooden post in a front garden, seen from the side (64x64
RGB).

The mailbox is a long painted box with rounded corners, its door at the front (right) end - a
darker panel with a small dark handle - a pale highlight along its top and a darker edge
along its bottom. It rests on a wooden plank on top of a wooden post that stands in the lawn
under its rear half. On the side of the box, near its rear, a red signal flag turns about a
dark rivet: a straight arm with a square flag at its end, lying along the box and pointing at
the door when down, and standing upright, the flag towards the rear, when raised. Behind the
mailbox runs a dark green hedge with a bumpy top, above it a pale blue sky, and below it a
green lawn with faint mown stripes. Factors: how far the flag is raised (down to upright),
the height of the post (the box sits low to high), the length of the box (short to long; it
grows towards the front) and the hue of the box's paint. The box's rear end and height, the
post's place, the flag's size and colour, the hedge, the sky and the lawn stay fixed; the
whole mailbox always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("flag_raise", "how far the mailbox's red flag is raised (down to upright)", "continuous"),
    Factor("post_height", "height of the post under the mailbox (low to high)", "continuous"),
    Factor("box_length", "length of the mailbox (short to long)", "continuous"),
    Factor("box_hue", "hue of the mailbox's paint", "continuous"),
)
# flag_raise: 0..1 turns the flag's arm from level (pointing right, at the door) to upright
# about a rivet 6 px from the box's rear end, half-way up it (the arm 16 px long, 2.4 px wide;
# the flag 7 x 6 px at its end, above it when level, to the left of it when upright);
# post_height: 0..1 puts the box's bottom at y = 42..26 px (the box 15 px tall); box_length:
# 0..1 is a box 26..42 px long from its rear end at x = 12 px; box_hue: 0.2..0.8 of the
# colour wheel (yellow-green to purple: never the flag's red)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.2, 0.8))
SKY_TOP, SKY_LOW = (0.55, 0.74, 0.93), (0.86, 0.92, 0.96)
HEDGE, HEDGE_DARK, LAWN, LAWN_DARK = (0.16, 0.36, 0.17), (0.1, 0.25, 0.11), (0.45, 0.68, 0.3), (0.38, 0.6, 0.25)
WOOD, WOOD_DARK, FLAG, RIVET = (0.55, 0.39, 0.23), (0.4, 0.28, 0.16), (0.9, 0.1, 0.08), (0.15, 0.15, 0.17)
HEDGE_TOP, LAWN_Y = 30.0, 46.0
BOX_LEFT, BOX_H, CORNER = 12.0, 15.0, 2.5
POST_LEFT, POST_RIGHT, POST_FOOT = 23.0, 29.0, 58.0
PIVOT_DX, ARM, ARM_HW, FLAG_ALONG, FLAG_ACROSS = 6.0, 16.0, 1.2, 7.0, 6.0
DOOR_W, HIGHLIGHT, EDGE, DOOR_SHADE, EDGE_SHADE = 2.5, 1.25, 0.7, 0.8, 0.65


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_LOW, HEDGE_TOP)[None]
    top = HEDGE_TOP - 2.0 - 1.6 * np.abs(np.sin(x * 0.28)) - 0.8 * np.sin(x * 0.9 + 1.0)
    R.over(img, R.coverage(top - y), HEDGE)
    R.over(img, 0.5 * R.coverage(np.abs(((x + 3 * np.sin(y * 0.5)) % 7.0) - 3.5) - 0.8) * R.coverage(top + 2 - y),
           HEDGE_DARK)
    R.over(img, R.below(LAWN_Y, 1), LAWN)
    stripes = R.coverage(np.abs(((x - 0.6 * y) % 12.0) - 6.0) - 3.0) * R.below(LAWN_Y, 1)
    R.over(img, 0.6 * stripes, LAWN_DARK)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    a = R.col(np.pi / 2 * f[:, 0])
    bottom, right = R.col(42 - 16 * f[:, 1]), R.col(BOX_LEFT + 26 + 16 * f[:, 2])
    paint = R.hsv(f[:, 3], 0.6, 0.78)
    top = bottom - BOX_H
    # the post and the plank it holds up
    img = R.over(img, R.coverage(R.edges_sdf(x, y, POST_LEFT, POST_RIGHT, bottom + 1.5, POST_FOOT)), WOOD)
    img = R.over(img, R.coverage(R.edges_sdf(x, y, POST_LEFT + 3.5, POST_RIGHT - 1.0, bottom + 1.5, POST_FOOT)), WOOD_DARK)
    img = R.over(img, R.coverage(R.edges_sdf(x, y, BOX_LEFT + 4.0, BOX_LEFT + 24.0, bottom, bottom + 2.0)), WOOD_DARK)
    # the box: its paint, its top highlight, its bottom edge and its door
    u, v = x - (BOX_LEFT + right) / 2, y - (top + bottom) / 2
    box = R.box_sdf(u, v, (right - BOX_LEFT) / 2 - CORNER, BOX_H / 2 - CORNER) - CORNER
    img = R.over(img, R.coverage(box), paint)
    img = R.over(img, R.coverage(np.maximum(box, y - top - 2.5)), np.minimum(HIGHLIGHT * paint, 1.0))
    img = R.over(img, R.coverage(np.maximum(box, bottom - 1.5 - y)), EDGE_SHADE * paint)
    img = R.over(img, R.coverage(np.maximum(box, right - DOOR_W - x)), DOOR_SHADE * paint)
    img = R.over(img, R.coverage(R.edges_sdf(x, y, right - 0.5, right + 1.5, top + 6.0, top + 9.0)), RIVET)
    # the flag: an arm turning about the rivet, the flag on its end
    px, py = BOX_LEFT + PIVOT_DX, top + BOX_H / 2
    c, s = np.cos(a), np.sin(a)
    along, across = (x - px) * c - (y - py) * s, -(x - px) * s - (y - py) * c  # across: above the arm when level
    arm = R.box_sdf(along - ARM / 2 + 1.0, across, ARM / 2, ARM_HW)
    plate = R.box_sdf(along - (ARM - FLAG_ALONG / 2), across - FLAG_ACROSS / 2, FLAG_ALONG / 2, FLAG_ACROSS / 2)
    img = R.over(img, R.coverage(np.minimum(arm, plate)), FLAG)
    return R.to_uint8(R.over(img, R.coverage(np.hypot(x - px, y - py) - 1.3), RIVET))


def render(flag_raise: float, post_height: float, box_length: float, box_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[flag_raise, post_height, box_length, box_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("mailbox", arg, n, seed, FACTORS, sample_factors, _draw)
