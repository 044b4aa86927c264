"""`knitter`: a scarf being knitted, hanging from a pair of knitting needles in a sitting room,
its ball of wool on the floor, seen from the front (64x64 RGB).

The room's wall is papered in dusty pink with small pale dots; a framed picture of green
hills hangs at the upper right, and the floor is a band of wooden boards along the bottom.
Two long wooden knitting needles with round knobs cross near the top of the image, one lying
across, the other slanting down through the scarf's last row. The scarf hangs from the level
needle, knitted in columns of stitches, its bottom edge finished with a fringe; on the floor
at the right lies its ball of wool, wound round and round, and a strand of the same wool runs
up from the ball to the needles. Factors: how long the scarf has been knitted (short to
long), the hue of the wool - the scarf, the ball and the strand alike (red through yellow and
green to blue) - how big the ball of wool still is (small to large) and the scarf's pattern
(plain, striped across with cream, or checked in cream squares). The wall, the picture, the
floor, the needles and the scarf's width stay fixed; the whole ball always lies inside the
image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("scarf_length", "how long the knitted scarf is (short to long)", "continuous"),
    Factor("wool_hue", "hue of the wool (red through yellow and green to blue)", "continuous"),
    Factor("ball_size", "size of the ball of wool on the floor (small to large)", "continuous"),
    Factor("pattern", "the scarf's pattern (plain, striped or checked)", "categorical",
           ("plain", "striped", "checked")),
)
# scarf_length: 0..1 lets the scarf hang 8..38 px below the needle (y = 12 px), 18 px wide
# (x = 15..33 px), with a 3 px fringe below; wool_hue: 0..0.65 of the colour wheel (no wrap);
# ball_size: 0..1 is a ball 3..9 px in radius resting on the floor (y = 60 px) at x = 50 px;
# pattern: a code 0..2 for plain wool, cream stripes across every other band of 4 rows, or
# cream squares of 4.5 by 4 px in a checkerboard
RANGES = ((0.0, 1.0), (0.0, 0.65), (0.0, 1.0), (0.0, 2.0))
WALL, DOT, FLOOR, BOARD = (0.78, 0.6, 0.6), (0.88, 0.74, 0.72), (0.5, 0.34, 0.2), (0.4, 0.26, 0.15)
FRAME, HILL, PICTURE_SKY = (0.48, 0.36, 0.16), (0.34, 0.56, 0.3), (0.72, 0.84, 0.92)
NEEDLE, KNOB, CREAM = (0.86, 0.72, 0.46), (0.3, 0.2, 0.12), np.array((0.96, 0.93, 0.84), np.float32)
FLOOR_Y, NEEDLE_Y = 52.0, 12.0
SCARF_L, SCARF_R = 15.0, 33.0
BALL_X, BALL_FOOT = 50.0, 60.0
TIP = (44.0, 11.0)  # the level needle's tip, where the strand of wool comes from


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    dots = np.hypot(((x + 3.0 * (np.floor(y / 6.0) % 2)) % 6.0) - 3.0, (y % 6.0) - 3.0) - 0.8
    R.over(img, R.coverage(dots), DOT)
    R.over(img, R.coverage(R.edges_sdf(x, y, 47.0, 62.0, 13.0, 28.0)), FRAME)
    R.over(img, R.coverage(R.edges_sdf(x, y, 49.0, 60.0, 15.0, 26.0)), PICTURE_SKY)
    hills = np.maximum(R.ellipse_sdf(x - 53.0, y - 28.0, 9.0, 7.0), R.edges_sdf(x, y, 49.0, 60.0, 15.0, 26.0))
    R.over(img, R.coverage(hills), HILL)
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    boards = np.maximum(np.abs(((x + 9.0 * np.floor((y - FLOOR_Y) / 4.0)) % 16.0) - 8.0) - 7.5,
                        FLOOR_Y + 0.5 - y)
    R.over(img, R.coverage(np.minimum(boards, np.maximum(np.abs(((y - FLOOR_Y) % 4.0) - 2.0) - 1.6, FLOOR_Y - y))),
           BOARD)
    return img[0]


SCENE = _scene()


def _needles():
    x, y = R.grid()
    level = R.segment_sdf(x, y, 6.0, NEEDLE_Y, TIP[0], TIP[1]) - 0.9
    slant = R.segment_sdf(x, y, 12.0, 4.0, 40.0, 20.0) - 0.9
    knobs = np.minimum(np.hypot(x - 5.0, y - NEEDLE_Y) - 1.8, np.hypot(x - 11.0, y - 3.4) - 1.8)
    return R.coverage(np.minimum(level, slant))[0], R.coverage(knobs)[0]


NEEDLES, KNOBS = _needles()


def _stitches():
    """Shading of the knitted columns (darker between the stitches) and the pattern's cream parts."""
    x, y = R.grid()
    u = x - SCARF_L
    columns = 1.0 - 0.2 * R.coverage(np.abs((u % 3.0) - 1.5) - 1.0)
    vees = 1.0 - 0.15 * R.coverage(np.abs(((y - NEEDLE_Y + 0.6 * np.abs((u % 3.0) - 1.5)) % 2.0) - 1.0) - 0.3)
    band = np.floor((y - NEEDLE_Y - 1.0) / 4.0) % 2
    checks = (band + np.floor(u / 4.5)) % 2
    stripes = np.broadcast_to(band, checks.shape)
    patterns = np.stack([np.zeros_like(checks[0]), stripes[0], checks[0]]).astype(np.float32)
    return (columns * vees)[0].astype(np.float32), patterns


SHADE, PATTERNS = _stitches()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    wool = R.hsv(f[:, 1], 0.72, 0.86)[:, :, None, None]
    dark = wool * 0.7
    # the strand of wool from the ball up to the needle's tip, sagging a little
    r = R.col(3.0 + 6.0 * f[:, 2])
    top = BALL_FOOT - 2.0 * r
    mx, my = TIP[0] - 3.0, 0.45 * (TIP[1] + top)
    strand = np.minimum(R.segment_sdf(x, y, TIP[0], TIP[1], mx, my), R.segment_sdf(x, y, mx, my, BALL_X, top)) - 0.6
    R.over(img, R.coverage(strand), wool)
    # the scarf: its knitted body with the pattern, and the fringe
    bottom = R.col(NEEDLE_Y + 8.0 + 30.0 * f[:, 0])
    body = R.coverage(np.maximum(R.edges_sdf(x, y, SCARF_L, SCARF_R, NEEDLE_Y, R.SIZE), y - bottom))
    pattern = PATTERNS[f[:, 3].astype(int)][:, None]
    colour = (wool + (CREAM[None, :, None, None] - wool) * pattern) * SHADE
    R.over(img, body, colour)
    fringe = np.maximum(np.abs(((x - SCARF_L) % 3.0) - 1.5) - 0.6, np.abs(y - bottom - 1.5) - 1.5)
    R.over(img, R.coverage(np.maximum(fringe, np.abs(x - (SCARF_L + SCARF_R) / 2) - 9.0)), dark)
    # the needles over the scarf's top row
    R.over(img, NEEDLES[None], NEEDLE)
    R.over(img, KNOBS[None], KNOB)
    # the ball of wool: wound strands as darker arcs across it
    rho = np.hypot(x - BALL_X, y - (BALL_FOOT - r))
    ball = rho - r
    R.over(img, R.coverage(ball), wool)
    winds = np.minimum(np.abs(R.ellipse_sdf((x - BALL_X) * 0.8 + (y - BALL_FOOT + r) * 0.6,
                                            (y - BALL_FOOT + r) * 0.8 - (x - BALL_X) * 0.6, 0.9 * r, 0.45 * r)),
                       np.abs(R.ellipse_sdf(x - BALL_X, y - (BALL_FOOT - r), 0.4 * r, 0.95 * r))) - 0.45
    R.over(img, 0.8 * R.coverage(np.maximum(winds, ball + 0.5)), dark)
    return R.to_uint8(img)


def render(scarf_length: float, wool_hue: float, ball_size: float, pattern: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[scarf_length, wool_hue, ball_size, pattern]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("knitter", arg, n, seed, FACTORS, sample_factors, _draw)
