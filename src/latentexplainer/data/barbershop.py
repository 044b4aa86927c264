"""`barbershop`: a customer in a barber's chair in a barber's shop, a striped barber's pole by
the wall, seen from the side (64x64 RGB).

The shop's wall is pale green above a dark wooden dado, with a long mirror and a shelf of
bottles; the floor is black and white tiles. At the left a barber's pole - a white column with
red and blue stripes winding round it, a brass cap at each end - stands against the wall. In
the middle a red leather barber's chair stands on a chrome column with a round foot; in it sits
a customer facing right, wrapped in a white cape, dark trousers and shoes showing below it, his
head above the cape. His hair covers the top and back of his head and, when long, hangs down
behind his neck over the cape. Factors: how far the pole's stripes have turned (a cyclic factor:
after a whole turn the stripes are where they began), how high the chair is pumped up (low to
high; the customer rises with it), the length of the customer's hair (short to long, down to
his shoulders) and its colour (from pale blond to black). The wall, the mirror, the floor, the
pole's place and size and the customer's build stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("pole_turn", "how far the barber's pole stripes have turned", "cyclic", period=1.0),
    Factor("chair_height", "how high the barber's chair is pumped up (low to high)", "continuous"),
    Factor("hair_length", "length of the customer's hair (short to long)", "continuous"),
    Factor("hair_colour", "colour of the customer's hair (blond to black)", "continuous"),
)
# pole_turn: 0..1 of a whole turn of the pole (the stripes move up by STRIPE_PERIOD px per turn;
# 1 is 0 again); chair_height: 0..1 lifts the chair and the customer by 0..9 px (the head's
# middle from y = 27 to 18 px); hair_length: 0..1 is hair hanging 0..18 px below the middle of
# the head at the back; hair_colour: 0..1 blends BLOND to BLACK
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
WALL, DADO, MIRROR, FRAME, SHELF = (0.62, 0.74, 0.62), (0.36, 0.24, 0.15), (0.7, 0.8, 0.84), \
    (0.74, 0.6, 0.3), (0.45, 0.32, 0.2)
BOTTLES = ((44.0, (0.2, 0.5, 0.3)), (48.0, (0.6, 0.2, 0.2)), (52.0, (0.25, 0.35, 0.7)), (56.0, (0.7, 0.55, 0.2)))
TILE_DARK, TILE_LIGHT = (0.12, 0.12, 0.13), (0.88, 0.87, 0.84)
POLE_WHITE, POLE_RED, POLE_BLUE, BRASS = (0.96, 0.96, 0.95), (0.85, 0.1, 0.12), (0.12, 0.25, 0.75), (0.8, 0.65, 0.25)
LEATHER, CHROME, CAPE, TROUSERS, SHOE = (0.68, 0.1, 0.12), (0.7, 0.72, 0.76), (0.97, 0.97, 0.97), \
    (0.2, 0.22, 0.3), (0.08, 0.06, 0.05)
SKIN, SKIN_DARK = (0.93, 0.75, 0.6), (0.75, 0.55, 0.42)
BLOND, BLACK = np.array((0.95, 0.84, 0.5)), np.array((0.08, 0.07, 0.07))
FLOOR_Y, DADO_Y = 52.0, 38.0
POLE_X, POLE_HW, POLE_TOP, POLE_BOTTOM = 7.0, 3.5, 8.0, 46.0
STRIPE_PERIOD, STRIPE_SLANT = 12.0, 0.9  # the stripes' repeat up the pole, and their slant
HEAD_X, HEAD_LOW, LIFT, HEAD_R = 36.0, 27.0, 9.0, 5.5
HAIR_DROP = 18.0
ROWS = (8, 58)


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, R.below(DADO_Y, 1), DADO)
    R.over(img, R.below(DADO_Y, 1) * R.coverage(np.abs((x % 8.0) - 4.0) - 0.5), (0.28, 0.18, 0.11))
    R.over(img, R.coverage(R.edges_sdf(x, y, 16.0, 62.0, 6.0, 30.0)), FRAME)
    R.over(img, R.coverage(R.edges_sdf(x, y, 17.5, 60.5, 7.5, 28.5)), MIRROR)
    glint = np.abs(x - 0.8 * y - 30.0) - 2.0
    R.over(img, 0.35 * R.coverage(glint) * R.coverage(R.edges_sdf(x, y, 17.5, 60.5, 7.5, 28.5)), (1.0, 1.0, 1.0))
    R.over(img, R.coverage(R.edges_sdf(x, y, 41.0, 62.0, 33.0, 34.5)), SHELF)
    for bx, colour in BOTTLES:
        bottle = np.minimum(R.box_sdf(x - bx, y - 30.5, 1.3, 2.5), R.box_sdf(x - bx, y - 27.0, 0.5, 1.5))
        R.over(img, R.coverage(bottle), colour)
    tiles = (np.floor(x / 6.0) + np.floor((y - FLOOR_Y) / 4.0)) % 2
    R.over(img, R.below(FLOOR_Y, 1), TILE_LIGHT)
    R.over(img, R.below(FLOOR_Y, 1) * (tiles > 0.5), TILE_DARK)
    for cy in (POLE_TOP - 1.5, POLE_BOTTOM + 1.5):  # the pole's brass caps
        R.over(img, R.coverage(R.ellipse_sdf(x - POLE_X, y - cy, POLE_HW + 1.2, 2.2)), BRASS)
    return img[0]


BACKGROUND = _background()


def _pole() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The pole's coverage, its shading and how far up the pattern each pixel lies (one stripe
    repeat is 1), on the pole's rows and columns."""
    x, y = R.grid()
    x, y = x[:, :, :16], y[:, int(POLE_TOP):int(POLE_BOTTOM)]
    cover = R.coverage(R.box_sdf(x - POLE_X, y - (POLE_TOP + POLE_BOTTOM) / 2, POLE_HW, (POLE_BOTTOM - POLE_TOP) / 2))
    u = np.clip((x - POLE_X) / POLE_HW, -1.0, 1.0)
    shade = 0.75 + 0.25 * np.sqrt(1.0 - u * u) - 0.1 * u  # a round column, lit from the left
    along = (y + STRIPE_SLANT * POLE_HW * np.arcsin(u)) / STRIPE_PERIOD
    return cover[0], shade[0].astype(np.float32), along[0].astype(np.float32)


POLE_COVER, POLE_SHADE, POLE_ALONG = _pole()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the pole: red, white, blue, white bands that move up the pole as it turns
    pole = img[:, :, int(POLE_TOP):int(POLE_BOTTOM), :16]
    t = (POLE_ALONG[None] + R.col(f[:, 0] % 1.0)) % 1.0
    red = R.coverage(np.abs(t - 0.25) * STRIPE_PERIOD - 2.0)
    blue = R.coverage(np.abs(t - 0.75) * STRIPE_PERIOD - 2.0)
    colour = np.empty((n, 3) + t.shape[1:], np.float32)
    colour[:] = np.asarray(POLE_WHITE, np.float32)[None, :, None, None]
    R.over(colour, red, POLE_RED)
    R.over(colour, blue, POLE_BLUE)
    colour *= POLE_SHADE[None, None]
    R.over(pole, np.broadcast_to(POLE_COVER, (n,) + POLE_COVER.shape), colour)
    # the chair and the customer, lifted together
    r0, r1 = ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    hy = R.col(HEAD_LOW - LIFT * f[:, 1])
    hx = HEAD_X
    seat = hy + 17.0
    column = R.edges_sdf(x, y, hx - 4.0, hx - 1.0, seat, FLOOR_Y + 2.0)
    R.over(part, R.coverage(column), CHROME)
    R.over(part, R.coverage(R.ellipse_sdf(x - hx + 2.5, y - FLOOR_Y - 2.0, 8.0, 1.8)), CHROME)
    R.over(part, R.coverage(R.segment_sdf(x, y, hx - 1.0, seat + 6.0, hx + 12.0, seat + 8.0) - 0.8), CHROME)  # footrest
    chair = np.minimum(R.box_sdf(x - hx + 2.0, y - seat - 1.5, 11.0, 2.5) - 0.5,
                       R.box_sdf(x - hx + 12.0, y - seat + 8.0, 2.0, 10.0) - 0.5)  # the seat and the back
    R.over(part, R.coverage(chair), LEATHER)
    legs = np.minimum(R.segment_sdf(x, y, hx + 2.0, seat - 1.5, hx + 10.0, seat - 1.5),
                      R.segment_sdf(x, y, hx + 10.0, seat - 1.5, hx + 11.5, seat + 6.5)) - 2.0
    R.over(part, R.coverage(legs), TROUSERS)
    R.over(part, R.coverage(R.ellipse_sdf(x - hx - 13.5, y - seat - 7.0, 3.0, 1.5)), SHOE)
    cape = np.maximum(R.box_sdf(x - hx + 0.5, y - (hy + 11.5), 7.0, 7.5) - 1.0, hy + 5.5 - y)
    cape = np.minimum(cape, R.ellipse_sdf(x - hx + 0.5, y - (hy + 6.5), 7.0, 2.5))
    R.over(part, R.coverage(cape), CAPE)
    R.over(part, 0.3 * R.coverage(np.abs(x - hx + 3.0) - 0.4) * R.coverage(cape), (0.6, 0.62, 0.66))
    # the head: neck, head, nose and ear; then the hair over the top and back of it
    R.over(part, R.coverage(R.box_sdf(x - hx + 0.5, y - hy - 5.0, 2.0, 2.5)), SKIN_DARK)
    head = np.hypot(x - hx, y - hy) - HEAD_R
    R.over(part, R.coverage(head), SKIN)
    R.over(part, R.coverage(R.ellipse_sdf(x - hx - HEAD_R, y - hy - 0.5, 1.3, 1.2)), SKIN)
    hair_colour = BLOND[None] + (BLACK - BLOND)[None] * f[:, 3:4]
    drop = R.col(HAIR_DROP * f[:, 2])
    cap = np.maximum(np.hypot(x - hx, y - hy) - HEAD_R - 1.0, (x - hx) * 0.55 + (y - hy) + 1.0)
    hang = R.box_sdf(x - hx + 3.4, y - hy - drop / 2, 4.0, drop / 2) - 0.6
    hang = np.maximum(hang, x - hx + 1.5)
    hair = np.minimum(cap, hang)
    R.over(part, R.coverage(hair), hair_colour)
    R.over(part, R.coverage(np.hypot(x - hx - 1.0, y - hy - 0.5) - 1.4), SKIN_DARK)  # the ear
    R.over(part, R.coverage(np.hypot(x - hx - 3.2, y - hy + 1.0) - 0.7), (0.1, 0.08, 0.08))  # the eye
    return R.to_uint8(img)


def render(pole_turn: float, chair_height: float, hair_length: float, hair_colour: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[pole_turn, chair_height, hair_length, hair_colour]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("barbershop", arg, n, seed, FACTORS, sample_factors, _draw)
