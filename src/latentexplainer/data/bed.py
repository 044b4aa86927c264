"""`bed`: a made single bed in a bedroom under a window, seen from the side (64x64 RGB).

The bed stands on a wooden floor against a slate-blue wall: a tall wooden headboard on the
left, a lower footboard on the right, a wooden base on short legs and a white mattress on it.
At the head of the bed lie white pillows, piled one on another against the headboard. A
blanket is spread over the mattress from the foot of the bed towards its head, hanging down
over the side of the bed almost to the legs, with the white sheet folded back over its end
nearest the pillows; where it does not reach, the white mattress shows. Above the foot of the
bed is a window with a white frame and four panes. Factors: how many pillows are piled at the
head (one to three), how far the blanket is pulled up the bed (folded back near the foot to
pulled right up to the pillows; its pattern moves with it), the blanket's pattern (plain,
striped, checked or spotted; the stripes and spots are white, the checks darker bands of its
colour), the blanket's hue (all the way round the colour wheel - a cyclic factor with a
whole-turn period) and the light outside the window (dark night to bright day). The bed, the
window's frame, the wall and the floor stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("pillows", "how many pillows are piled at the head of the bed (one to three)", "categorical",
           ("1", "2", "3")),
    Factor("blanket_pull", "how far the blanket is pulled up the bed (near the foot to up to the pillows)",
           "continuous"),
    Factor("pattern", "pattern of the blanket (plain, striped, checked or spotted)", "categorical",
           ("plain", "striped", "checked", "spotted")),
    Factor("blanket_hue", "hue of the blanket (all the way round the colour wheel)", "cyclic", period=1.0),
    Factor("daylight", "light outside the bedroom window (dark night to bright day)", "continuous"),
)
# pillows: code 0..2 is 1..3 pillows (each 18 x 8 px, piled 7.2 px apart); blanket_pull: 0..1 puts
# the blanket's end nearest the head at x = 43..17 px (the foot of the bed is at x = 56 px);
# pattern: code 0..3 as named (stripes and checks 6 px apart, spots on a staggered 5 px grid);
# blanket_hue: 0..1 of the colour wheel, coming round at 1; daylight: 0..1 runs the window's
# panes from dark night blue to bright sky blue
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
WALL, FLOOR, BOARD = (0.38, 0.43, 0.52), (0.56, 0.4, 0.26), (0.44, 0.3, 0.19)
WOOD, WOOD_DARK, MATTRESS, SHEET = (0.62, 0.42, 0.24), (0.4, 0.26, 0.14), (0.9, 0.9, 0.87), (0.97, 0.97, 0.95)
PILLOW, PILLOW_EDGE, FRAME = (0.98, 0.98, 0.96), (0.72, 0.74, 0.78), (0.95, 0.95, 0.94)
NIGHT, DAY = np.array((0.07, 0.09, 0.24)), np.array((0.62, 0.82, 0.98))
FLOOR_Y, MATTRESS_TOP, MATTRESS_BOTTOM, BASE_BOTTOM = 57.0, 38.0, 45.0, 49.5
BLANKET_TOP, BLANKET_BOTTOM, FOOT = 35.5, 49.0, 56.5
PILLOW_X, PILLOW_RX, PILLOW_RY, PILLOW_STEP = 18.5, 9.0, 4.0, 7.2
WINDOW = (33.0, 55.0, 5.0, 25.0)  # left, right, top, bottom (outer edge of the frame)
ROWS, COLUMNS = (12, 50), (8, 58)  # the pixels the pillows and the blanket can reach


def _background():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    R.over(img, R.below(FLOOR_Y, 1) * R.coverage(np.abs((x % 9.0) - 4.5) - 4.0), BOARD)  # floorboards
    left, right, top, bottom = WINDOW
    frame = R.coverage(R.edges_sdf(x, y, left, right, top, bottom))
    R.over(img, frame, FRAME)
    panes = R.coverage(R.edges_sdf(x, y, left + 1.6, right - 1.6, top + 1.6, bottom - 1.6))
    bars = np.minimum(np.abs(x - (left + right) / 2), np.abs(y - (top + bottom) / 2)) - 0.8
    panes = panes * R.coverage(-bars)
    # the bed's fixed parts: headboard, footboard, base, legs and mattress
    legs = np.minimum(R.edges_sdf(x, y, 9.0, 12.0, BASE_BOTTOM, FLOOR_Y),
                      R.edges_sdf(x, y, 52.0, 55.0, BASE_BOTTOM, FLOOR_Y))
    R.over(img, R.coverage(legs), WOOD_DARK)
    R.over(img, R.coverage(R.edges_sdf(x, y, 8.0, 57.0, MATTRESS_BOTTOM, BASE_BOTTOM)), WOOD)
    R.over(img, R.coverage(R.edges_sdf(x, y, 9.0, 56.5, MATTRESS_TOP + 1.0, MATTRESS_BOTTOM) - 1.0), MATTRESS)
    head = R.edges_sdf(x, y, 4.5, 9.5, 22.0, FLOOR_Y)
    head = np.minimum(head, np.hypot(x - 7.0, y - 22.0) - 2.5)
    R.over(img, R.coverage(head), WOOD)
    R.over(img, R.coverage(np.abs(x - 7.0) - 0.5) * R.coverage(head + 1.2), WOOD_DARK)
    return img[0], panes[0]


BACKGROUND, PANES = _background()


def _footboard():
    x, y = R.grid()
    foot = np.minimum(R.edges_sdf(x, y, 55.0, 59.5, 33.0, FLOOR_Y), np.hypot(x - 57.25, y - 33.0) - 2.25)
    return R.coverage(foot)[0], (R.coverage(np.abs(x - 57.25) - 0.5) * R.coverage(foot + 1.2))[0]


FOOTBOARD, FOOT_LINE = _footboard()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    light = NIGHT[None] + (DAY - NIGHT)[None] * f[:, 4:5]
    R.over(img, np.broadcast_to(PANES, (n, R.SIZE, R.SIZE)), light)
    (r0, r1), (c0, c1) = ROWS, COLUMNS
    part, x, y = img[:, :, r0:r1, c0:c1], x[:, :, c0:c1], y[:, r0:r1]
    # the pillows, piled from the mattress up
    count = f[:, 0] + 1
    for i in range(3):
        py = MATTRESS_TOP - PILLOW_RY + 0.4 - PILLOW_STEP * i
        pillow = R.box_sdf(x - PILLOW_X, y - py, PILLOW_RX - 2.8, PILLOW_RY - 2.8) - 2.8
        on = R.col(count > i)
        R.over(part, on * R.coverage(pillow), PILLOW_EDGE)
        R.over(part, on * R.coverage(pillow + 0.9), PILLOW)
    # the blanket: over the mattress and down its side, from its end near the head to the foot
    end = R.col(43.0 - 26.0 * f[:, 1])
    u, v = x - end, y - BLANKET_TOP
    bottom = BLANKET_BOTTOM + 0.6 * np.sin(u * 0.8)
    blanket = np.maximum(R.edges_sdf(x, y, end + 1.5, FOOT, BLANKET_TOP + 1.5, BLANKET_BOTTOM) - 1.5, y - bottom)
    cover = R.coverage(blanket)
    colour = R.hsv(f[:, 3], 0.7, 0.78)
    R.over(part, cover, colour)
    pattern = f[:, 2]
    stripes = R.coverage(np.abs((u % 6.0) - 1.5) - 1.5)
    R.over(part, cover * R.col(pattern == 1) * stripes, (0.96, 0.96, 0.94))
    checks = 0.45 * stripes + 0.45 * R.coverage(np.abs((v % 6.0) - 1.5) - 1.5)
    R.over(part, cover * R.col(pattern == 2) * checks, colour * 0.35)
    row = np.floor(v / 5.0)
    du, dv = ((u + 2.5 * (row % 2)) % 5.0) - 2.5, (v % 5.0) - 2.5
    spots = R.coverage(np.hypot(du, dv) - 1.8)
    R.over(part, cover * R.col(pattern == 3) * spots, (0.96, 0.96, 0.94))
    R.over(part, cover * R.coverage(u - 3.0), SHEET)  # the sheet folded back over its end
    R.over(part, 0.5 * cover * R.coverage(np.abs(u - 3.0) - 0.4), PILLOW_EDGE)
    R.over(img, np.broadcast_to(FOOTBOARD, (n, R.SIZE, R.SIZE)), WOOD)
    R.over(img, np.broadcast_to(FOOT_LINE, (n, R.SIZE, R.SIZE)), WOOD_DARK)
    return R.to_uint8(img)


def render(pillows: float, blanket_pull: float, pattern: float, blanket_hue: float, daylight: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[pillows, blanket_pull, pattern, blanket_hue, daylight]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("bed", arg, n, seed, FACTORS, sample_factors, _draw)
