"""`dovecote`: a painted wooden dovecote on a post in a garden, white doves on the lawn in front,
seen straight on (64x64 RGB).

The dovecote is a box standing on a wooden post in the middle of the image, with two rows of
three arched openings, a wooden ledge under each row and a dark red roof on top. Each opening
has a wooden flap hinged at its bottom: shut, the flap fills the opening; open, the dark inside
of the dovecote shows from the top of the opening down. Behind it is a pale blue sky over a dark
green hedge; in front is a lawn where white doves peck. Factors: how many doves are on the lawn
(none to 3, each in its own place: left, right, then in front of the post), how far the
openings' flaps are open (all six together, from shut to wide open), the shape of the roof (a
low pitched roof, a tall pointed spire or a rounded dome) and the colour of the dovecote's paint
(from white through grey to nearly black). The box's size and place, the post, the ledges, the
roof's colour, the sky, the hedge and the lawn stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("doves", "how many white doves are on the lawn", "categorical", ("none", "1", "2", "3")),
    Factor("flaps_open", "how far the dovecote's opening flaps are open (shut to wide open)", "continuous"),
    Factor("roof", "shape of the dovecote's roof", "categorical", ("pitched", "spire", "dome")),
    Factor("paint", "colour of the dovecote's paint (white to dark)", "continuous"),
)
# doves: 0..3 doves, at DOVES in that order; flaps_open: 0..1 is the fraction of each opening
# (6 x 7 px) that shows the dark inside, from its top down; roof: 0 a pitched roof 36 px wide
# and 10 px high, 1 a spire 30 px wide and 19 px high, 2 a half-round dome 34 px wide and 12 px
# high, all on the box's top at y = 22 px; paint: 0..1 is a value of 0.95..0.2 for the box's
# paint (a neutral, slightly warm grey)
RANGES = ((0, 3), (0.0, 1.0), (0, 2), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.5, 0.7, 0.92)), np.array((0.8, 0.88, 0.96))
HEDGE, LAWN, WOOD, FLAP, HOLE, ROOF = (0.13, 0.3, 0.15), (0.38, 0.62, 0.27), (0.45, 0.3, 0.17), \
    (0.58, 0.4, 0.22), (0.06, 0.05, 0.05), (0.58, 0.16, 0.12)
DOVE, WING, BEAK = (0.97, 0.97, 0.96), (0.7, 0.72, 0.76), (0.95, 0.55, 0.2)
HEDGE_Y, LAWN_Y = 42.0, 50.0
BOX_X, BOX_HW, BOX_TOP, BOX_BOTTOM = 32.0, 14.0, 22.0, 40.0
HOLES_X, HOLES_Y, HOLE_HW, HOLE_H = (23.0, 32.0, 41.0), (23.5, 32.0), 3.0, 7.0  # HOLES_Y: the openings' tops
DOVES = ((11.0, 57.0, 1.0), (54.0, 55.5, -1.0), (36.0, 60.0, -1.0))  # x, y and which way each faces
ROWS = 30  # the rows a dove can reach: the bottom of the image


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, HEDGE_Y)[None].copy()
    top = HEDGE_Y - 1.5 * np.abs(np.sin(x * 0.45)) - 0.8 * np.sin(x * 1.7)  # a leafy top
    R.over(img, R.coverage(top - y), HEDGE)
    R.over(img, R.below(LAWN_Y, 1), LAWN)
    R.over(img, 0.25 * R.coverage(np.abs(((x - y * 0.3) % 5.0) - 2.5) - 0.6) * R.below(LAWN_Y + 1, 1), HEDGE)
    post = R.edges_sdf(x, y, BOX_X - 2.0, BOX_X + 2.0, BOX_BOTTOM, LAWN_Y + 3.0)
    R.over(img, R.coverage(post), WOOD)
    return img[0]


BACKGROUND = _background()


def _roofs() -> np.ndarray:
    """Coverage (3, H, W) of each roof shape."""
    x, y = R.grid()
    pitched = np.maximum((np.abs(x - BOX_X) * 10.0 - (y - BOX_TOP + 10.0) * 18.0) / np.hypot(10.0, 18.0),
                         y - BOX_TOP)
    spire = np.maximum((np.abs(x - BOX_X) * 19.0 - (y - BOX_TOP + 19.0) * 15.0) / np.hypot(19.0, 15.0),
                       y - BOX_TOP)
    dome = np.maximum(R.ellipse_sdf(x - BOX_X, y - BOX_TOP, 17.0, 12.0), y - BOX_TOP)
    finials = (np.hypot(x - BOX_X, y - (BOX_TOP - h)) - 1.8 for h in (10.5, 19.5, 12.5))
    return np.stack([R.coverage(np.minimum(r, fin))[0] for r, fin in zip((pitched, spire, dome), finials)])


ROOFS = _roofs()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the roof, the box, its openings and ledges
    R.over(img, ROOFS[f[:, 2].astype(int)], ROOF)
    value = 0.95 - 0.75 * f[:, 3]
    paint = np.stack([value, 0.97 * value, 0.92 * value], 1)
    R.over(img, np.broadcast_to(R.coverage(R.edges_sdf(x, y, BOX_X - BOX_HW, BOX_X + BOX_HW, BOX_TOP, BOX_BOTTOM)),
                                (n, R.SIZE, R.SIZE)), paint)
    holes = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for hx in HOLES_X:
        for hy in HOLES_Y:
            arch = np.minimum(np.hypot(x - hx, y - (hy + HOLE_HW)) - HOLE_HW,
                              R.edges_sdf(x, y, hx - HOLE_HW, hx + HOLE_HW, hy + HOLE_HW, hy + HOLE_H))
            holes = np.minimum(holes, arch)
    holes = R.coverage(holes)
    R.over(img, np.broadcast_to(holes, (n, R.SIZE, R.SIZE)), FLAP)
    # the dark inside, from the top of each opening down to how far its flap is open
    depth = R.col(HOLE_H * f[:, 1])
    down = (y - HOLES_Y[0]) * (y < HOLES_Y[1] - 0.5) + (y - HOLES_Y[1]) * (y >= HOLES_Y[1] - 0.5)
    shown = R.coverage(down - depth)  # down: how far below the top of its row of openings
    R.over(img, holes * shown, HOLE)
    for hy in HOLES_Y:
        ledge = R.edges_sdf(x, y, BOX_X - BOX_HW - 2.0, BOX_X + BOX_HW + 2.0, hy + HOLE_H, hy + HOLE_H + 1.5)
        R.over(img, np.broadcast_to(R.coverage(ledge), (n, R.SIZE, R.SIZE)), WOOD)
    # the doves on the lawn, drawn only in the bottom rows
    part, y = img[:, :, -ROWS:], y[:, -ROWS:]
    for i, (dx, dy, face) in enumerate(DOVES):
        there = R.col(f[:, 0] > i)
        u = (x - dx) * face  # forwards
        body = R.ellipse_sdf(u, y - dy, 6.0, 3.4)
        tail = np.maximum(np.abs(y - dy + 0.5) - 0.9 - 0.35 * (-u - 4.0), np.maximum(u + 4.0, -u - 9.5))
        head = np.hypot(u - 5.5, y - (dy - 3.2)) - 2.5
        bird = np.minimum(np.minimum(body, tail), head)
        R.over(part, there * R.coverage(bird), DOVE)
        R.over(part, there * R.coverage(R.ellipse_sdf(u + 1.0, y - (dy - 0.6), 3.6, 1.4)), WING)
        beak = np.maximum(np.abs(y - (dy - 3.0)) - 0.7, np.maximum(u - 9.6, 7.6 - u))
        R.over(part, there * R.coverage(beak), BEAK)
        R.over(part, there * R.coverage(np.hypot(u - 6.2, y - (dy - 3.8)) - 0.6), HOLE)
    return R.to_uint8(img)


def render(doves: float, flaps_open: float, roof: float, paint: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[doves, flaps_open, roof, paint]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("dovecote", arg, n, seed, FACTORS, sample_factors, _draw)
