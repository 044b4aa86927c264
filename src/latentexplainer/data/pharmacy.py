"""`pharmacy`: a chemist's shopfront on a street, seen from the front (64x64 RGB).

The whole front of the shop is painted one colour between a narrow strip of pale sky at the
top and the grey pavement along the bottom. High on the front a cream fascia board carries a
row of dark letters, and beside it, on a dark square board, hangs a green cross sign that can
be lit. Below the fascia, on the left, is a wide shop window framed in white with a dark
inside: a high shelf of small coloured bottles and, on the window's sill shelf, a row of large
white apothecary jars with blue lids and red labels. On the right is the shop door in a white
frame; it opens inwards, its dark green panel narrowing towards its hinge and uncovering the
warmly lit shop behind it. Factors: how brightly the green cross shines (off to bright, with a
green halo around it), how many jars stand in the window (1 to 4, filled from the left), how
far the door is open (shut to wide open) and the hue of the shopfront's paint (a cyclic factor
with a whole-turn period). The sky, the pavement, the fascia, the window, its bottles and
shelves, the doorway and the sign's board stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("cross_glow", "brightness of the green cross sign (off to bright)", "continuous"),
    Factor("jars", "how many jars stand in the shop window (1 to 4)", "categorical", ("1", "2", "3", "4")),
    Factor("door_open", "how far the shop door is open (shut to wide open)", "continuous"),
    Factor("paint_hue", "hue of the shopfront's paint (a whole turn of the colour wheel)", "cyclic",
           period=1.0),
)
# cross_glow: 0..1 turns the cross from dark green to bright green and raises its halo (a
# Gaussian of sigma 5.5 px about the cross's middle at (52, 12) px) from nothing to 0.8 opacity;
# jars: codes 0..3 are 1..4 jars, centred at x = 9.5, 18.5, 27.5, 36.5 px in that order, each a
# rounded body 8 px wide over y = 36..47 px with its lid over y = 33.8..36.2 px; door_open: 0..1
# moves the door panel's free edge from x = 59 px (shut, against its frame) to x = 47 px (the
# hinge is at x = 45 px); paint_hue: 0..1 of the colour wheel (saturation 0.55, value 0.62)
RANGES = ((0.0, 1.0), (0.0, 3.0), (0.0, 1.0), (0.0, 1.0))
SKY, PAVEMENT, KERB = (0.72, 0.79, 0.87), (0.6, 0.6, 0.6), (0.42, 0.42, 0.44)
FASCIA, LETTER, BOARD = (0.93, 0.9, 0.8), (0.15, 0.17, 0.22), (0.12, 0.13, 0.14)
FRAME, INSIDE, SHELF = (0.94, 0.94, 0.92), (0.1, 0.12, 0.15), (0.5, 0.34, 0.2)
SHOP, DOOR, PANE, HANDLE = (0.96, 0.84, 0.52), (0.14, 0.3, 0.22), (0.58, 0.68, 0.74), (0.85, 0.7, 0.25)
JAR, LID, LABEL = (0.95, 0.95, 0.91), (0.18, 0.32, 0.78), (0.78, 0.16, 0.2)
CROSS_OFF, CROSS_ON, HALO = np.array((0.1, 0.3, 0.15)), np.array((0.45, 1.0, 0.55)), (0.5, 1.0, 0.6)
SKY_Y, PAVEMENT_Y = 5.0, 56.0  # the front runs between these rows
FASCIA_BOX = (3.0, 44.0, 7.0, 17.0)  # left, right, top, bottom
CROSS_X, CROSS_Y, ARM, ARM_HW, HALO_SIGMA = 52.0, 12.0, 4.5, 1.6, 5.5
WINDOW = (4.0, 42.0, 21.0, 50.0)  # the window's inside; its white frame is 1.5 px wider all round
DOORWAY = (45.0, 59.0, 22.0, 56.0)
JARS_X, JAR_Y, JAR_HW, JAR_HH, JAR_ROUND = (9.5, 18.5, 27.5, 36.5), 41.5, 2.8, 4.3, 1.2
BOTTLES = ((7.5, (0.75, 0.45, 0.12)), (12.5, (0.2, 0.45, 0.75)), (17.5, (0.3, 0.62, 0.3)),
           (22.5, (0.75, 0.45, 0.12)), (27.5, (0.55, 0.25, 0.6)), (32.5, (0.2, 0.45, 0.75)),
           (37.5, (0.3, 0.62, 0.3)))  # small bottles on the high shelf: x and colour


def _layer(paint) -> np.ndarray:
    """The fixed scene (3, H, W) with the front painted ``paint``: it is linear in ``paint``."""
    x, y = R.grid()
    img = R.canvas(1, SKY)
    R.over(img, R.coverage(R.edges_sdf(x, y, -1, 65, SKY_Y, PAVEMENT_Y)), paint)
    R.over(img, R.below(PAVEMENT_Y, 1), PAVEMENT)
    R.over(img, R.coverage(np.abs(y - 61.0) - 0.6), KERB)
    R.over(img, R.coverage(R.edges_sdf(x, y, *FASCIA_BOX)), FASCIA)
    for i in range(6):  # the lettering
        R.over(img, R.coverage(R.edges_sdf(x, y, 7 + 6 * i, 11 + 6 * i, 10, 14)), LETTER)
    R.over(img, R.coverage(R.box_sdf(x - CROSS_X, y - CROSS_Y, 6.0, 6.0)), BOARD)
    left, right, top, bottom = WINDOW
    R.over(img, R.coverage(R.edges_sdf(x, y, left - 1.5, right + 1.5, top - 1.5, bottom + 1.5)), FRAME)
    R.over(img, R.coverage(R.edges_sdf(x, y, left, right, top, bottom)), INSIDE)
    R.over(img, R.coverage(R.edges_sdf(x, y, left, right, 29.0, 30.5)), SHELF)
    R.over(img, R.coverage(R.edges_sdf(x, y, left, right, 47.0, 48.5)), SHELF)
    for bx, colour in BOTTLES:
        body = R.box_sdf(x - bx, y - 26.5, 1.3, 2.5) - 0.5
        neck = R.box_sdf(x - bx, y - 23.0, 0.6, 1.2)
        R.over(img, R.coverage(np.minimum(body, neck)), colour)
    left, right, top, bottom = DOORWAY
    R.over(img, R.coverage(R.edges_sdf(x, y, left - 1.5, right + 1.5, top - 1.5, bottom)), FRAME)
    R.over(img, R.coverage(R.edges_sdf(x, y, left, right, top, bottom)), SHOP)
    return img[0]


BASE = _layer((0.0, 0.0, 0.0))
PAINT_WEIGHT = (_layer((1.0, 1.0, 1.0)) - BASE)[0]  # how much of the paint shows, per pixel


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    paint = R.hsv(f[:, 3], 0.55, 0.62)
    img = BASE[None] + PAINT_WEIGHT[None, None] * paint[:, :, None, None]
    # the door: its free edge slides towards the hinge as it opens; a pane and a brass knob on it
    left, right, top, bottom = DOORWAY
    edge = R.col(right - 12.0 * f[:, 2])
    width = edge - left
    R.over(img, R.coverage(R.edges_sdf(x, y, left, edge, top, bottom)), DOOR)
    R.over(img, R.coverage(R.edges_sdf(x, y, left + 0.2 * width, edge - 0.2 * width, 25.0, 38.0)), PANE)
    R.over(img, R.coverage(np.hypot(x - (edge - 0.22 * width), y - 41.0) - 0.9), HANDLE)
    # the jars, from the left
    count = f[:, 1:2, None] + 1
    for i, jx in enumerate(JARS_X):
        here = (count > i).astype(np.float32)
        body = R.box_sdf(x - jx, y - JAR_Y, JAR_HW, JAR_HH) - JAR_ROUND
        R.over(img, here * R.coverage(body), JAR)
        R.over(img, here * R.coverage(R.box_sdf(x - jx, y - 35.0, 3.2, 1.2)), LID)
        R.over(img, here * R.coverage(R.box_sdf(x - jx, y - 41.0, 3.0, 1.5)), LABEL)
    # the cross sign: its halo, then the cross
    glow = R.col(f[:, 0])
    halo = np.exp(-((x - CROSS_X) ** 2 + (y - CROSS_Y) ** 2) / (2 * HALO_SIGMA ** 2))
    R.over(img, 0.8 * glow * halo, HALO)
    u, v = x - CROSS_X, y - CROSS_Y
    cross = np.minimum(R.box_sdf(u, v, ARM, ARM_HW), R.box_sdf(u, v, ARM_HW, ARM))
    colour = CROSS_OFF[None] + (CROSS_ON - CROSS_OFF)[None] * f[:, 0:1]
    R.over(img, np.broadcast_to(R.coverage(cross), (n, R.SIZE, R.SIZE)), colour)
    return R.to_uint8(img)


def render(cross_glow: float, jars: float, door_open: float, paint_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[cross_glow, jars, door_open, paint_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("pharmacy", arg, n, seed, FACTORS, sample_factors, _draw)
