"""`clogmaker`: a clogmaker's workbench, a painted wooden clog standing on it below a rack of
gouges and a shuttered window, seen from the front (64x64 RGB).

The workshop's wall is of pale limewashed plaster; a dark wooden rail on the left holds three
gouges with wooden handles, and high on the right is a window of pale sky with a dark frame and
a wooden shutter, hinged at the window's right side, that swings open towards the viewer. A
wooden workbench runs across the lower part of the image, on two legs over a dark floor, a few
pale wood shavings curled at its right end. In the middle of the bench a single clog stands
side on, its toe to the right: a long low rounded toe and a higher heel, the dark opening for
the foot on top of the heel and a darker sole; it is painted one colour, and on the paint a
white pattern may be painted. Factors: the size of the clog (small to large), the hue of its
paint (the whole colour wheel, coming round to where it began), the white pattern painted on it
(none, dots or diagonal stripes) and how far the window's shutter is open (shut to wide open).
The wall, the rail and its gouges, the window, the bench and the shavings stay fixed; the whole
clog always lies on the bench inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("clog_size", "size of the clog on the workbench (small to large)", "continuous"),
    Factor("clog_hue", "hue of the clog's paint", "cyclic", period=1.0),
    Factor("pattern", "the white pattern painted on the clog (none, dots or stripes)", "categorical",
           ("plain", "dots", "stripes")),
    Factor("shutter", "how far the window's shutter is open (shut to wide open)", "continuous"),
)
# clog_size: 0..1 is a clog 12..19 px in half-length (0.8 times that tall at the heel), its sole
# on the bench at y = 46 px and its middle at x = 31 px; clog_hue: 0..1 of the colour wheel, a
# whole turn (0 and 1 are the same red); pattern: a code 0..2 for plain, dots (0.3 of the clog's
# half-length apart) or diagonal stripes (as wide as the gaps between them), in white; shutter:
# 0..1 swings the shutter open, so that it covers 18..2.7 px of the window's 18 px width, from
# the right
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 2.0), (0.0, 1.0))
PLASTER, PLASTER_DARK, RAIL, STEEL = (0.84, 0.8, 0.7), (0.76, 0.72, 0.62), (0.3, 0.2, 0.12), (0.6, 0.62, 0.66)
HANDLE, SKY, FRAME = (0.66, 0.48, 0.28), (0.6, 0.78, 0.95), (0.22, 0.16, 0.11)
SHUTTER, SHUTTER_LINE = np.array((0.32, 0.46, 0.3)), np.array((0.2, 0.3, 0.19))
BENCH, BENCH_FRONT, FLOOR, SHAVING = (0.62, 0.44, 0.26), (0.46, 0.3, 0.17), (0.2, 0.15, 0.12), (0.9, 0.78, 0.56)
WHITE, HOLE = (0.97, 0.95, 0.9), (0.1, 0.07, 0.05)
BENCH_Y, CLOG_X = 46.0, 31.0
WIN_L, WIN_R, WIN_T, WIN_B = 42.0, 60.0, 6.0, 26.0
GOUGES = (8.0, 14.0, 20.0)


def _scene():
    x, y = R.grid()
    img = R.canvas(1, PLASTER)
    blotches = np.sin(0.45 * x + 0.3 * y) * np.sin(0.33 * y - 0.2 * x)
    R.over(img, 0.5 * np.clip(blotches, 0.0, 1.0), PLASTER_DARK)
    # the rail of gouges
    R.over(img, R.coverage(R.edges_sdf(x, y, 3.0, 25.0, 9.0, 11.5)), RAIL)
    for gx in GOUGES:
        R.over(img, R.coverage(R.edges_sdf(x, y, gx - 1.3, gx + 1.3, 5.0, 13.0) - 0.5), HANDLE)
        R.over(img, R.coverage(R.edges_sdf(x, y, gx - 0.7, gx + 0.7, 13.0, 25.0)), STEEL)
    # the window: its frame and panes of sky
    R.over(img, R.coverage(R.edges_sdf(x, y, WIN_L - 2.0, WIN_R + 2.0, WIN_T - 2.0, WIN_B + 2.0)), FRAME)
    R.over(img, R.coverage(R.edges_sdf(x, y, WIN_L, WIN_R, WIN_T, WIN_B)), SKY)
    # the bench: its top, its front edge, two legs, the floor and the shavings
    R.over(img, R.below(58.0, 1), FLOOR)
    legs = np.minimum(R.edges_sdf(x, y, 4.0, 8.0, BENCH_Y, 64.0), R.edges_sdf(x, y, 55.0, 59.0, BENCH_Y, 64.0))
    R.over(img, R.coverage(legs), BENCH_FRONT)
    R.over(img, R.coverage(R.edges_sdf(x, y, 0.0, 64.0, BENCH_Y - 3.0, BENCH_Y + 0.5)), BENCH)
    R.over(img, R.coverage(R.edges_sdf(x, y, 0.0, 64.0, BENCH_Y + 0.5, BENCH_Y + 5.0)), BENCH_FRONT)
    for sx, sy, r in ((54.0, 43.8, 2.2), (58.5, 44.2, 1.8), (61.5, 43.6, 2.0)):
        R.over(img, R.coverage(np.abs(np.hypot(x - sx, y - sy) - r) - 0.6), SHAVING)
    return img[0]


SCENE = _scene()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the shutter, hinged at the window's right side: the wider open, the narrower it looks
    w = R.col(18.0 * (1.0 - 0.85 * f[:, 3]))
    left = WIN_R - w
    board = R.coverage(np.maximum(left - x, np.maximum(x - WIN_R, np.abs(y - (WIN_T + WIN_B) / 2) - 10.5)))
    R.over(img, board, SHUTTER)
    planks = np.abs((((x - left) / w * 4.0) % 1.0) - 0.5) * w / 4.0  # four planks, foreshortened
    R.over(img, board * R.coverage(w / 8.0 - 0.45 - planks), SHUTTER_LINE)
    # the clog, in units of its half-length: p along it (toe +1), q up from the sole
    s = R.col(12.0 + 7.0 * f[:, 0])
    p, q = (x - CLOG_X) / s, (BENCH_Y - y) / s
    top = 0.8 - 0.42 * np.clip((p + 0.15) / 0.75, 0.0, 1.0)  # high at the heel, sloping down to the toe
    body = np.maximum(R.box_sdf(p, q - 0.4, 0.85, 0.25) - 0.15, (q - top) * 0.9) * s  # px
    clog = R.coverage(body)
    paint = R.hsv(f[:, 1], 0.85, 0.62)
    R.over(img, clog, paint)
    # the white pattern: none, dots or diagonal stripes
    kind = f[:, 2].astype(int)[:, None, None]
    dots = np.hypot(((p / 0.3) % 1.0) - 0.5, ((q / 0.3 + 0.5 * np.floor(p / 0.3)) % 1.0) - 0.5) * 0.3 * s - 0.12 * s
    stripes = (np.abs((((p + q) / 0.3) % 1.0) - 0.5) - 0.25) * 0.3 * s / np.sqrt(2.0)
    pattern = np.where(kind == 1, dots, np.where(kind == 2, stripes, np.inf))
    R.over(img, clog * R.coverage(np.maximum(pattern, 0.08 * s - q * s)), WHITE)
    # the sole and the opening for the foot
    R.over(img, clog * R.coverage(q * s - 1.6), paint * 0.45)
    hole = np.maximum(R.ellipse_sdf(p + 0.5, q - 0.8, 0.33, 0.13) * s, body + 0.8)
    return R.to_uint8(R.over(img, R.coverage(hole), HOLE))


def render(clog_size: float, clog_hue: float, pattern: float, shutter: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[clog_size, clog_hue, pattern, shutter]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("clogmaker", arg, n, seed, FACTORS, sample_factors, _draw)
