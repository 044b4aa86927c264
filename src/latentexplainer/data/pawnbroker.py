"""`pawnbroker`: a pawnbroker's shop front in a town street, three golden balls hanging over the
pavement and pawned things on show in the window, seen from the front (64x64 RGB).

The shop front is painted one colour: a fascia board along the top with a row of gold letters,
pilasters at each side and between the window and the door, a panelled stall riser under the window
and a panelled door with a dark glass pane on the right; a grey pavement runs along the bottom.
Behind the big window, on two shelves against a dark back, stand the pledges: a violin, a silver
teapot and a mantel clock above, gold rings and a pile of red and blue books below. A cream roller
blind hangs inside the top of the window, a wooden lath along its foot. From an iron bar under the
fascia hang three golden balls, two side by side and one below. Factors: the colour the shop front
is painted (green, maroon or navy), how far the window's blind is pulled down (rolled up to nearly
down), the size of the golden balls (small to large) and how far the shadow of the houses across
the street has climbed up the shop front (none to most of it, its edge slanting down to the right).
The window's display, the pavement and the shop front's layout stay fixed; the balls always lie
inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("paint", "colour the shop front is painted (green, maroon or navy)", "categorical",
           ("green", "maroon", "navy")),
    Factor("blind_down", "how far the window's blind is pulled down (up to nearly down)", "continuous"),
    Factor("ball_size", "size of the three golden balls hanging over the pavement (small to large)", "continuous"),
    Factor("shadow", "how far the shadow across the street climbs up the shop front (none to most)", "continuous"),
)
# paint: a code 0..2, one of PAINTS; blind_down: 0..1 puts the blind's foot at y = 14.5..44.5 px;
# ball_size: 0..1 is a radius of 2.5..5 px for each ball; shadow: 0..1 raises the shadow's edge
# from below the image to y = 14 px in the middle (slanting down a quarter pixel per pixel to the
# right), darkening what it covers to 55%
RANGES = ((0.0, 2.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
PAINTS = np.array(((0.1, 0.38, 0.22), (0.46, 0.1, 0.14), (0.1, 0.16, 0.42)), np.float32)
GOLD, GOLD_DARK, SHINE, IRON = (0.92, 0.74, 0.24), (0.6, 0.42, 0.1), (1.0, 0.96, 0.8), (0.12, 0.12, 0.13)
BACK, SHELF, PAVEMENT, PAVE_LINE = (0.13, 0.12, 0.14), (0.42, 0.3, 0.2), (0.62, 0.62, 0.6), (0.5, 0.5, 0.49)
BLIND, BLIND_LINE, LATH, GLASS = (0.9, 0.84, 0.64), (0.8, 0.73, 0.52), (0.5, 0.34, 0.18), (0.16, 0.2, 0.24)
WIN_L, WIN_R, WIN_T, WIN_B = 4.0, 36.0, 14.0, 46.0
FASCIA_B, PAVE_Y, BAR_Y, BALLS_X = 12.0, 58.0, 13.5, 39.0
BALL_ROWS, BALL_COLS = (12, 37), (27, 52)  # the rows and columns the balls and their bar can reach


def _layers():
    """The paint's coverage (1 where the shop front shows its paint, shaded on the panels' lines)
    and the fixed rest of the image, premultiplied by where it shows."""
    x, y = R.grid()
    rest = np.zeros((1, 3, R.SIZE, R.SIZE), np.float32)
    alpha = np.zeros((1, R.SIZE, R.SIZE), np.float32)

    def over(cover, colour):
        R.over(rest, cover, colour)
        alpha[:] += cover * (1.0 - alpha)

    # the cornice over the fascia, the fascia's gold letters
    over(R.coverage(R.edges_sdf(x, y, -1.0, 65.0, -1.0, 1.8)), (0.8, 0.78, 0.72))
    letters = np.maximum(R.edges_sdf(x, y, 8.0, 56.0, 4.5, 9.5), 0.8 - np.abs(((x - 8.0) % 4.0) - 2.0))
    letters = np.maximum(letters, -np.minimum(np.abs(x - 24.0), np.abs(x - 40.0)) + 1.5)
    over(R.coverage(letters), GOLD)
    # the window: a dark back, two shelves and the things on them
    over(R.coverage(R.edges_sdf(x, y, WIN_L, WIN_R, WIN_T, WIN_B)), BACK)
    for sy in (30.0, 45.0):
        over(R.coverage(R.edges_sdf(x, y, WIN_L, WIN_R, sy, sy + 1.0)), SHELF)
    violin = np.minimum(R.ellipse_sdf(x - 10.0, y - 26.5, 3.2, 3.4), R.ellipse_sdf(x - 10.0, y - 21.5, 2.5, 2.6))
    violin = np.minimum(violin, R.edges_sdf(x, y, 9.4, 10.6, 14.5, 20.0))
    over(R.coverage(violin), (0.62, 0.3, 0.12))
    teapot = np.minimum(R.ellipse_sdf(x - 21.0, y - 27.0, 3.6, 3.0), R.segment_sdf(x, y, 24.0, 27.5, 27.0, 24.0) - 0.8)
    teapot = np.minimum(teapot, np.abs(R.ellipse_sdf(x - 17.3, y - 27.0, 1.6, 1.8)) - 0.5)
    teapot = np.minimum(teapot, np.hypot(x - 21.0, y - 23.6) - 1.0)
    over(R.coverage(teapot), (0.78, 0.8, 0.84))
    over(R.coverage(R.box_sdf(x - 31.0, y - 25.5, 3.0, 4.0) - 0.5), (0.44, 0.26, 0.12))
    over(R.coverage(np.hypot(x - 31.0, y - 25.0) - 2.1), (0.95, 0.94, 0.88))
    rings = np.min([np.abs(np.hypot(x - rx, y - 42.5) - 1.5) - 0.5 for rx in (7.5, 12.0, 16.5)], 0)
    over(R.coverage(rings), GOLD)
    for i, c in enumerate(((0.7, 0.14, 0.14), (0.16, 0.24, 0.55), (0.7, 0.14, 0.14))):
        over(R.coverage(R.edges_sdf(x, y, 24.0 + i, 34.0 - i, 43.0 - 2.6 * (i + 1), 43.0 - 2.6 * i - 0.3)), c)
    # the door's dark glass pane and its knob, the pavement
    over(R.coverage(R.edges_sdf(x, y, 46.0, 56.0, 18.0, 33.0)), GLASS)
    over(R.coverage(np.hypot(x - 55.5, y - 40.0) - 1.0), GOLD)
    over(R.below(PAVE_Y, 1), PAVEMENT)
    over(R.coverage(np.maximum(np.abs((x % 10.0) - 5.0) - 4.6, PAVE_Y + 0.5 - y)), PAVE_LINE)
    # the lines of the panels on the riser and door, in the paint's own darker shade
    riser = np.abs(R.edges_sdf(x, y, 6.0, 34.0, 49.5, 55.5)) - 0.5
    door = np.minimum(np.abs(R.edges_sdf(x, y, 43.5, 59.5, 15.5, PAVE_Y)) - 0.5,
                      np.abs(R.edges_sdf(x, y, 46.0, 56.0, 36.0, 54.0)) - 0.5)
    lines = R.coverage(np.minimum(riser, np.minimum(door, np.abs(y - FASCIA_B) - 0.5)))[0]
    paint_shade = (1.0 - 0.4 * lines) * (1.0 - alpha[0])
    return paint_shade.astype(np.float32), rest[0], alpha[0]


PAINT_SHADE, REST, REST_ALPHA = _layers()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    paint = PAINTS[f[:, 0].astype(int)][:, :, None, None]
    img = np.ascontiguousarray(paint * PAINT_SHADE + REST, np.float32)
    # the blind, inside the window, with a lath along its foot
    foot = R.col(14.5 + 30.0 * f[:, 1])
    blind = np.maximum(R.edges_sdf(x, y, WIN_L, WIN_R, WIN_T, foot), WIN_T - y)
    R.over(img, R.coverage(blind), BLIND)
    R.over(img, 0.6 * R.coverage(np.maximum(blind, np.abs(((y - WIN_T) % 3.0) - 1.5) - 0.4)), BLIND_LINE)
    R.over(img, R.coverage(R.edges_sdf(x, y, WIN_L, WIN_R, foot - 1.2, foot + 0.3)), LATH)
    R.over(img, R.coverage(np.abs(np.hypot(x - 20.0, y - foot - 1.8) - 1.2) - 0.4), LATH)
    # the window's glazing bar in front of the blind
    R.over(img, R.coverage(np.maximum(np.abs(x - 20.0) - 0.5, np.abs(y - 30.0) - 16.0)), paint[:, :, 0, 0])
    # the three golden balls under their bar
    r = R.col(2.5 + 2.5 * f[:, 2])
    (r0, r1), (c0, c1) = BALL_ROWS, BALL_COLS
    part, x, y = img[:, :, r0:r1, c0:c1], x[:, :, c0:c1], y[:, r0:r1]
    R.over(part, R.coverage(R.edges_sdf(x, y, BALLS_X - 8.0, BALLS_X + 8.0, BAR_Y - 0.8, BAR_Y + 0.8)), IRON)
    for bx, k in ((-1.15, 1.0), (1.15, 1.0), (0.0, 2.9)):
        cx, cy = BALLS_X + bx * r, BAR_Y + 1.2 + k * r
        R.over(part, R.coverage(R.segment_sdf(x, y, BALLS_X + bx * 4.0, BAR_Y, cx, cy) - 0.35), IRON)
        R.over(part, R.coverage(np.hypot(x - cx, y - cy) - r), GOLD_DARK)
        R.over(part, R.coverage(np.hypot(x - cx + 0.2 * r, y - cy + 0.2 * r) - 0.8 * r), GOLD)
        R.over(part, R.coverage(np.hypot(x - cx + 0.4 * r, y - cy + 0.4 * r) - 0.3 * r), SHINE)
    # the shadow of the houses across the street
    x, y = R.grid()
    edge = 72.0 - 58.0 * R.col(f[:, 3]) + 0.25 * (x - 32.0)
    img *= (1.0 - 0.45 * R.coverage(edge - y))[:, None]
    return R.to_uint8(img)


def render(paint: float, blind_down: float, ball_size: float, shadow: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[paint, blind_down, ball_size, shadow]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("pawnbroker", arg, n, seed, FACTORS, sample_factors, _draw)
