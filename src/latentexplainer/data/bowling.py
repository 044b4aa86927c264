"""`bowling`: a bowling ball rolling down a lane towards the pins, seen from behind the bowler
(64x64 RGB).

The wooden lane runs away from the viewer up the image, narrowing with distance between two
dark gutters, its boards drawn as faint lines that meet towards the far end; beyond the lane's
far end is the dark pit under a lit strip. At the far end the pins stand in their triangle of
four rows (one pin at the front, four at the back), white with two red stripes round the neck,
the farther ones smaller and drawn behind the nearer ones. The ball, a shiny sphere with three
dark finger holes, rolls on the lane in front of them, smaller the farther it has gone.
Factors: how far down the lane the ball has rolled (near the viewer to close to the pins), the
ball's position across the lane (left to right), how many pins still stand (all ten, the back
seven or the back four: the front rows are knocked away first), the ball's hue (all the way
round the colour wheel, back to where it began) and the tone of the lane's wood (dark to
pale). The lane, the gutters, the pit and the pins' places stay fixed; the ball always lies on
the lane.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

PINS_LEFT = ("10", "7", "4")
FACTORS = (
    Factor("ball_distance", "how far down the lane the ball has rolled (near to by the pins)", "continuous"),
    Factor("ball_x", "position of the ball across the lane (left to right)", "continuous"),
    Factor("pins", "how many pins still stand (10, 7 or 4)", "categorical", PINS_LEFT),
    Factor("ball_hue", "hue of the bowling ball, round the whole colour wheel", "cyclic", period=1.0),
    Factor("lane_tone", "tone of the lane's wood (dark to pale)", "continuous"),
)
# ball_distance: 0..1 is a depth z = 0.04..0.58 along the lane (0: the near edge of the image,
# 1: the back row of pins), where the lane is drawn at a scale of 1 - 0.5 z; ball_x: -1..1 of
# the way from the lane's middle to where the ball would touch a gutter; pins: a code 0..2
# into PINS_LEFT (7: the front two rows, the head pin and the two behind it, are gone; 4: only
# the back row stands); ball_hue: 0..1 of the colour wheel (0 and 1 are the same red);
# lane_tone: 0..1 is the wood's lightness (value 0.4..0.9)
RANGES = ((0.0, 1.0), (-1.0, 1.0), (0.0, 2.0), (0.0, 1.0), (0.0, 1.0))
WALL, STRIP, PIT, GUTTER = (0.12, 0.11, 0.14), (0.9, 0.86, 0.7), (0.05, 0.05, 0.06), (0.22, 0.22, 0.25)
PIN, PIN_SHADE, STRIPE, HOLE = (0.97, 0.96, 0.93), (0.74, 0.73, 0.72), (0.85, 0.1, 0.12), (0.06, 0.05, 0.07)
OUTLINE = (0.3, 0.29, 0.3)
Y_NEAR, Y_FAR = 66.0, 22.0  # the lane's rows at depth 0 and at depth 1
SHRINK = 0.5  # the scale at depth z is 1 - SHRINK z
LANE_HW, GUTTER_HW = 24.0, 30.0  # half-widths at scale 1
PIN_H, BALL_R = 26.0, 7.5  # sizes at scale 1
ROWS_Z = (0.72, 0.8, 0.88, 0.96)  # the pin rows' depths, front to back
PIN_DU = 6.4  # the spacing of the pins across a row, at scale 1
CX = 32.0


def _y(z):
    return Y_NEAR - (Y_NEAR - Y_FAR) * z


def _scale(z):
    return 1.0 - SHRINK * z


def _pin_sdf(x, y, px, base, h):
    """A bowling pin standing at (px, base), h px tall: a fat belly, a narrow neck, a round head."""
    belly = R.ellipse_sdf(x - px, y - (base - 0.3 * h), 0.19 * h, 0.3 * h)
    neck = R.edges_sdf(x, y, px - 0.075 * h, px + 0.075 * h, base - 0.8 * h, base - 0.35 * h)
    head = np.hypot(x - px, y - (base - 0.86 * h)) - 0.12 * h
    return np.minimum(np.minimum(belly, neck), head)


def _background() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The fixed scene (3, H, W), the lane's coverage (H, W) and its board lines' (H, W)."""
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, R.coverage(np.abs(y - 10.0) - 3.0), STRIP)
    R.over(img, R.below(Y_FAR - 2.0, 1), PIT)
    s = _scale(np.clip((Y_NEAR - y) / (Y_NEAR - Y_FAR), 0.0, 1.0))
    floor = R.coverage(Y_FAR - y)
    R.over(img, floor * R.coverage(np.abs(x - CX) - GUTTER_HW * s), GUTTER)
    lane = floor * R.coverage(np.abs(x - CX) - LANE_HW * s)
    u = (x - CX) / s  # across the lane, at scale 1
    boards = lane * R.coverage(np.abs(((u + 1.5) % 3.0) - 1.5) * s - 0.25)  # an edge every 3 px (at scale 1)
    return img[0], lane[0].astype(np.float32), boards[0].astype(np.float32)


SCENE, LANE, BOARDS = _background()


def _pins_layout() -> list[tuple[int, float, float, float]]:
    """(row, x, base row, height) of each pin, back row first (the order they are drawn in)."""
    pins = []
    for row in reversed(range(4)):
        z = ROWS_Z[row]
        s = _scale(z)
        for i in range(row + 1):
            pins.append((row, CX + (i - row / 2) * PIN_DU * 2 * s, _y(z), PIN_H * s))
    return pins


PINS = _pins_layout()
FIRST_ROW = (0, 2, 3)  # per PINS_LEFT code: the front-most row still standing
PIN_ROWS = (int(min(b - h for _, _, b, h in PINS)) - 1, int(max(b for _, _, b, _ in PINS)) + 2)
BALL_ROWS = (26, 64)  # the rows the ball can reach


def _standing_pins() -> tuple[np.ndarray, np.ndarray]:
    """The pins standing, for each PINS_LEFT code, in the rows they reach: what shows through of
    what is behind them (codes, 1, rows, W) and what they add (codes, 3, rows, W), so that the
    picture there is ``behind * through + added``. The pins never move, so they are drawn once."""
    x, y = R.grid()
    r0, r1 = PIN_ROWS
    y = y[:, r0:r1]
    through, added = [], []
    for first in FIRST_ROW:
        layer = np.zeros((2, 3, r1 - r0, R.SIZE), np.float32)
        layer[1] = 1.0  # drawn over black and over white: the difference is what shows through
        for row, px, base, h in PINS:
            if row < first:
                continue
            pin = _pin_sdf(x, y, px, base, h)
            R.over(layer, R.coverage(pin - 0.7), OUTLINE)
            R.over(layer, R.coverage(pin), PIN)
            R.over(layer, 0.6 * R.coverage(np.maximum(pin, px + 0.06 * h - x)), PIN_SHADE)
            stripes = np.abs(np.abs(y - (base - 0.66 * h)) - 0.07 * h) - 0.035 * h - 0.2
            R.over(layer, R.coverage(np.maximum(pin, stripes)), STRIPE)
        through.append(layer[1, :1] - layer[0, :1])
        added.append(layer[0])
    return np.stack(through), np.stack(added)


PINS_THROUGH, PINS_ADDED = _standing_pins()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    wood = R.hsv(np.full(n, 0.08), 0.55, 0.4 + 0.5 * f[:, 4])
    img += (wood[:, :, None, None] - img) * LANE
    img *= 1.0 - 0.22 * BOARDS
    # the pins standing
    r0, r1 = PIN_ROWS
    code = f[:, 2].astype(int)
    img[:, :, r0:r1] *= PINS_THROUGH[code]
    img[:, :, r0:r1] += PINS_ADDED[code]
    # the ball, on the lane, drawn only in the rows it reaches
    r0, r1 = BALL_ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    z = R.col(0.04 + 0.54 * f[:, 0])
    s = _scale(z)
    r = BALL_R * s
    dx, dy = x - (CX + R.col(f[:, 1]) * (LANE_HW - BALL_R) * s), y - (_y(z) - r)

    def disc(ox, oy, radius):  # a disc off the ball's middle by (ox, oy) times its radius
        return np.sqrt((dx - ox * r) ** 2 + (dy - oy * r) ** 2) - radius

    ball = disc(0.0, 0.0, r)
    R.over(part, R.coverage(ball), R.hsv(f[:, 3], 0.8, 0.72))
    R.over(part, 0.5 * R.coverage(np.maximum(ball, disc(0.35, 0.35, 0.75 * r))), (0.0, 0.0, 0.0))
    R.over(part, 0.75 * R.coverage(disc(-0.4, -0.45, 0.22 * r)), (1.0, 1.0, 1.0))
    holes = np.minimum(np.minimum(disc(0.1, -0.2, 0.0), disc(-0.25, -0.05, 0.0)), disc(0.0, 0.25, 0.0))
    R.over(part, R.coverage(holes - 0.12 * r - 0.2), HOLE)
    return R.to_uint8(img)


def render(ball_distance: float, ball_x: float, pins: float, ball_hue: float, lane_tone: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[ball_distance, ball_x, pins, ball_hue, lane_tone]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("bowling", arg, n, seed, FACTORS, sample_factors, _draw)
