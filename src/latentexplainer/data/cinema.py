"""`cinema`: the screen of a picture house seen from the back of the stalls, red velvet curtains
drawn across it and a row of seats in front (64x64 RGB).

The screen is a wide rectangle high in the middle of the image, with a film showing on it; in
front of it hang two pleated red curtains from a red pelmet with a gold fringe across the top,
one from each side, meeting in the middle when closed. Below the screen is the dark wooden
front of the stage; at the bottom runs the back of a row of four plush red seats. People may
sit in the seats, seen from behind: a head of hair over a brightly coloured shirt, the lower
part hidden by the seat's back; each seat has its own person, and the seats fill from the
middle outwards. The walls round the screen are dark, with a small lamp on each side wall.
Factors: how far the curtains are drawn open (closed to wide open), how many people sit in
the row (none to four), what the film shows (a seascape, a desert, a forest or a city at
night) and how bright the house lights are (dark to fully lit: the walls, the lamps and the
seats light up). The screen's place, the stage front, the people's looks and the curtains'
colour stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("curtains_open", "how far the curtains are drawn open (closed to wide open)", "continuous"),
    Factor("audience", "how many people sit in the front row (none to four)", "categorical",
           ("0", "1", "2", "3", "4")),
    Factor("film", "what the film on the screen shows", "categorical",
           ("seascape", "desert", "forest", "night city")),
    Factor("house_lights", "how bright the house lights are (dark to fully lit)", "continuous"),
)
# curtains_open: 0..1 puts the curtains' inner edges at x = 32 -/+ 22 * open px (closed: both at
# 32, open: at 10 and 54), over the screen (x = 8..56, y = 5..33 px); they hang from the pelmet
# (y = 1..5 px) down to y = 35 px, folds every 5 px; audience: code 0..4 fills that many seats,
# in the order x = 25, 39, 11, 53 px (a head of radius 5 px at y = 40 px, shoulders from 46 px,
# the seat backs from 54 px); film: one of four pictures on the screen; house_lights: 0..1
# blends the walls from near black to a warm grey, lights the lamps and brightens the seats
RANGES = ((0.0, 1.0), (0.0, 4.0), (0.0, 3.0), (0.0, 1.0))
DARK, LIT = np.array((0.08, 0.06, 0.08)), np.array((0.58, 0.44, 0.34))
SEAT_DARK, SEAT_LIT = np.array((0.16, 0.03, 0.05)), np.array((0.66, 0.12, 0.17))
LAMP_OFF, LAMP_ON = np.array((0.3, 0.26, 0.2)), np.array((1.0, 0.92, 0.6))
STAGE, STAGE_LINE = (0.13, 0.09, 0.07), (0.2, 0.14, 0.1)
CURTAIN, PELMET, FRINGE = np.array((0.72, 0.07, 0.12)), (0.55, 0.05, 0.09), (0.86, 0.7, 0.3)
SCREEN = (8.0, 56.0, 5.0, 33.0)  # left, right, top, bottom
CURTAIN_TOP, CURTAIN_BOTTOM, CURTAIN_SIDES, FOLD = 5.0, 35.0, (4.0, 60.0), 5.0
STAGE_TOP, SEATS_TOP = 35.0, 54.0
SEATS_X = (25.0, 39.0, 11.0, 53.0)  # the order the seats fill in
SEAT_HW = 6.3
HEAD_Y, HEAD_R, BODY_Y, BODY_HW, BODY_HH = 40.0, 5.0, 52.0, 6.4, 6.0
HAIR = ((0.9, 0.76, 0.42), (0.42, 0.24, 0.12), (0.8, 0.8, 0.8), (0.78, 0.36, 0.12))
SHIRT = ((0.98, 0.86, 0.28), (0.92, 0.92, 0.95), (0.42, 0.72, 0.98), (0.98, 0.55, 0.62))
LAMPS = ((2.0, 16.0), (62.0, 16.0))


def _films() -> np.ndarray:
    """The four films' pictures, (4, 3, H, W), each filling the screen rectangle."""
    x, y = R.grid()
    x, y = x[0], y[0]
    left, right, top, bottom = SCREEN
    out = np.zeros((4, 3, R.SIZE, R.SIZE), np.float32)

    def paint(k, alpha, colour):
        out[k] += (np.asarray(colour, np.float32)[:, None, None] - out[k]) * alpha[None]

    # a seascape: a pale blue sky, a dark blue sea with lighter wave lines, a white sail
    sky = np.clip((y - top) / 15.0, 0, 1)
    out[0] = (np.array((0.5, 0.72, 0.96))[:, None, None] * (1 - sky) + np.array((0.82, 0.9, 0.98))[:, None, None] * sky)
    paint(0, np.broadcast_to(R.coverage(20.0 - y), (R.SIZE, R.SIZE)), (0.08, 0.3, 0.6))
    paint(0, R.coverage(np.maximum(np.abs(((y - 20.0) % 4.0) - 2.0) - 0.4, 21.0 - y)), (0.3, 0.55, 0.8))
    sail = np.maximum(np.maximum(x - 44.0, y - 19.0), (44.0 - x) * 0.6 - (y - 11.0) * 0.4)
    paint(0, R.coverage(sail), (0.97, 0.97, 0.95))
    # a desert: a pale yellow sky, a red sun, orange dunes with a darker shaded flank
    out[1] = np.array((0.98, 0.88, 0.62))[:, None, None]
    paint(1, R.coverage(np.hypot(x - 20.0, y - 13.0) - 4.0), (0.92, 0.3, 0.12))
    dune = 21.0 + 3.0 * np.sin(x / 5.0)
    paint(1, R.coverage(dune - y), (0.88, 0.52, 0.2))
    paint(1, R.coverage(np.maximum(dune + 4.0 - y, -np.cos(x / 5.0) - 0.2)), (0.7, 0.36, 0.12))
    # a forest: a green hillside under a pale sky, rows of dark green pines
    out[2] = np.array((0.78, 0.9, 0.78))[:, None, None]
    paint(2, R.coverage(14.0 - y), (0.4, 0.66, 0.3))
    for row, base in enumerate((20.0, 27.0, 34.0)):
        u = ((x + 3.0 * row) % 7.0) - 3.5
        pine = np.maximum(np.abs(u) * 2.2 - (y - base + 9.0), y - base)
        paint(2, R.coverage(pine), (0.06, 0.3 - 0.04 * row, 0.12))
    # a city at night: a navy sky, a yellow moon, black towers with lit windows
    out[3] = np.array((0.04, 0.05, 0.2))[:, None, None]
    paint(3, R.coverage(np.hypot(x - 46.0, y - 11.0) - 3.5), (0.98, 0.94, 0.62))
    tower_top = 14.0 + 8.0 * (np.floor(x / 6.0) * 7 % 5) / 4.0
    paint(3, R.coverage(tower_top - y), (0.02, 0.02, 0.04))
    lit = ((np.floor(x / 2.0) + np.floor(y / 3.0) * 3) % 4 == 0) & (x % 2.0 > 1.0) & (y % 3.0 > 1.5)
    paint(3, (lit & (y > tower_top + 2.0)).astype(np.float32), (0.98, 0.84, 0.35))
    inside = R.coverage(R.edges_sdf(x, y, left, right, top, bottom))
    return out * inside[None, None]


FILMS = _films()
SCREEN_ALPHA = R.coverage(R.edges_sdf(*R.grid(), *SCREEN))[0]  # (H, W)


def _fixed() -> tuple[np.ndarray, np.ndarray]:
    """The parts that the house lights do not change: the stage front and the pelmet, as a
    picture (3, H, W) and its coverage (H, W)."""
    x, y = R.grid()
    img = R.canvas(1, STAGE)
    stage = R.coverage(np.maximum(STAGE_TOP - y, y - SEATS_TOP))  # across the whole width
    R.over(img, R.coverage(np.abs(y - (STAGE_TOP + 2.0)) - 0.7), STAGE_LINE)
    pelmet = R.coverage(R.edges_sdf(x, y, CURTAIN_SIDES[0], CURTAIN_SIDES[1], 1.0, CURTAIN_TOP))
    R.over(img, pelmet, PELMET)
    # the gold fringe along the pelmet's lower edge, hanging in tassels
    tassels = CURTAIN_TOP + 0.6 + 1.2 * np.abs(np.sin(np.pi * x / 3.0))
    fringe = R.coverage(np.maximum(np.maximum(np.abs(x - 32.0) - 28.0, CURTAIN_TOP - 1.2 - y), y - tassels))
    R.over(img, fringe, FRINGE)
    alpha = np.maximum(np.maximum(stage, pelmet), fringe)
    return img[0], alpha[0]


FIXED, FIXED_ALPHA = _fixed()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    light = f[:, 3:4]
    img = R.canvas(n, DARK[None] + (LIT - DARK)[None] * light)
    # the lamps on the side walls: a glow and a bulb
    for lx, ly in LAMPS:
        glow = np.exp(-((x - lx) ** 2 + (y - ly) ** 2) / (2 * 4.0 ** 2))
        R.over(img, 0.7 * R.col(light[:, 0]) * glow, LAMP_ON)
        bulb = LAMP_OFF[None] + (LAMP_ON - LAMP_OFF)[None] * light
        R.over(img, np.broadcast_to(R.coverage(R.ellipse_sdf(x - lx, y - ly, 1.6, 2.4)), (n, R.SIZE, R.SIZE)), bulb)
    # the film on the screen
    film = f[:, 2].astype(int)
    R.over(img, np.broadcast_to(SCREEN_ALPHA, (n, R.SIZE, R.SIZE)), FILMS[film])
    # the curtains, their folds counted from their inner edges
    shift = R.col(22.0 * f[:, 0])
    inner_l, inner_r = 32.0 - shift, 32.0 + shift
    rows = R.coverage(np.maximum(CURTAIN_TOP - y, y - CURTAIN_BOTTOM))
    left = R.coverage(np.maximum(CURTAIN_SIDES[0] - x, x - inner_l)) * rows
    right = R.coverage(np.maximum(inner_r - x, x - CURTAIN_SIDES[1])) * rows
    fold_l = 0.78 + 0.22 * np.cos(2 * np.pi * (inner_l - x) / FOLD)
    fold_r = 0.78 + 0.22 * np.cos(2 * np.pi * (x - inner_r) / FOLD)
    shade = np.where(x < 32.0, fold_l, fold_r)
    R.over(img, np.maximum(left, right), CURTAIN[None, :, None, None] * shade[:, None])
    # the stage front and the pelmet
    R.over(img, np.broadcast_to(FIXED_ALPHA, (n, R.SIZE, R.SIZE)), FIXED)
    # the people, then the seat backs in front of them
    for i, sx in enumerate(SEATS_X):
        here = R.col(f[:, 1] > i)
        body = R.box_sdf(x - sx, y - BODY_Y, BODY_HW - 2.0, BODY_HH - 2.0) - 2.0
        R.over(img, here * R.coverage(body), SHIRT[i])
        R.over(img, here * R.coverage(np.hypot(x - sx, y - HEAD_Y) - HEAD_R), HAIR[i])
    seat = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for sx in SEATS_X:
        np.minimum(seat, R.box_sdf(x - sx, y - (SEATS_TOP + 10.0), SEAT_HW - 2.5, 10.0 - 2.5) - 2.5, out=seat)
    seat_colour = SEAT_DARK[None] + (SEAT_LIT - SEAT_DARK)[None] * light
    R.over(img, np.broadcast_to(R.coverage(seat), (n, R.SIZE, R.SIZE)), seat_colour)
    return R.to_uint8(img)


def render(curtains_open: float, audience: float, film: float, house_lights: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[curtains_open, audience, film, house_lights]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("cinema", arg, n, seed, FACTORS, sample_factors, _draw)
