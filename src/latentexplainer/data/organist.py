"""`organist`: a church organ in its loft, a rank of tin pipes standing on a carved wooden case
with the keyboard and the organist's bench in front, under a round stained-glass window, seen
from the front (64x64 RGB).

The loft's back wall is of grey stone blocks. High in the middle of it is a round rose window:
a dark stone ring with six spokes and a small round centre, its glass panes one colour, every
other pane a little darker; daylight comes through it. Below, a dark wooden organ case stands
across the image, carved panels on its front and a keyboard of white keys with black keys set
into it; a bench stands before it on the floor. On top of the case stands a rank of nine tin
pipes side by side, each a round column lit from the left, with a dark mouth near its foot;
their tops make an outline across the rank. Factors: the outline of the pipes' tops (peaked -
tallest in the middle, dipped - tallest at the ends, or rising from left to right), how tall the
pipes are (short to tall; all of them alike), the hue of the window's glass (the whole colour
wheel, coming round to where it began) and how brightly the loft is lit (from dim to bright;
the window's glass glows just as brightly either way). The wall, the window's tracery, the case, the
keyboard and the bench stay fixed; the pipes always stand below the window.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("pipe_outline", "outline of the organ pipes' tops (peaked, dipped or rising to the right)",
           "categorical", ("peaked", "dipped", "rising")),
    Factor("pipe_height", "how tall the organ's pipes are (short to tall)", "continuous"),
    Factor("window_hue", "hue of the round stained-glass window's glass", "cyclic", period=1.0),
    Factor("lighting", "how brightly the organ loft is lit (dim to bright)", "continuous"),
)
# pipe_outline: a code 0..2 for the outlines in the order named; each pipe is 0.45..1 times the
# tallest one's length, by OUTLINES; pipe_height: 0..1 makes the tallest pipe 13..26 px tall from
# the case's top at y = 44 px; window_hue: 0..1 of the colour wheel, a whole turn (0 and 1 are the
# same red); lighting: 0..1 scales the brightness of all but the window's glass from 0.35 to 1
RANGES = ((0.0, 2.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
STONE, STONE_JOINT, TRACERY = (0.46, 0.43, 0.39), (0.34, 0.32, 0.29), (0.24, 0.22, 0.2)
CASE, CASE_DARK, CASE_LIGHT = (0.36, 0.21, 0.12), (0.24, 0.13, 0.07), (0.5, 0.32, 0.18)
KEY, KEY_BLACK, BENCH, FLOOR = (0.95, 0.93, 0.86), (0.08, 0.07, 0.07), (0.3, 0.17, 0.09), (0.28, 0.26, 0.25)
TIN, MOUTH = np.array((0.84, 0.85, 0.88), np.float32), (0.12, 0.12, 0.14)
CASE_T, KEYS_T, KEYS_B, FLOOR_Y = 44.0, 50.0, 53.0, 60.0
PIPES = tuple(8.0 + 6.0 * i for i in range(9))
PIPE_HW = 2.5
_STEP = np.arange(9) / 8.0
OUTLINES = np.array((1.0 - np.abs(2.0 * _STEP - 1.0), np.abs(2.0 * _STEP - 1.0), _STEP), np.float32)  # 0..1
WIN_X, WIN_Y, WIN_R = 32.0, 9.0, 7.5


def _scene():
    x, y = R.grid()
    img = R.canvas(1, STONE)
    course = np.floor(y / 5.0)
    joints = np.minimum(np.abs((y % 5.0) - 0.3), np.abs(((x + 4.0 * course) % 9.0) - 0.3)) - 0.45
    R.over(img, R.coverage(joints), STONE_JOINT)
    # the rose window's stone ring (its glass is painted per image)
    R.over(img, R.coverage(np.hypot(x - WIN_X, y - WIN_Y) - WIN_R - 1.3), TRACERY)
    # the floor, the case with carved panels, the keyboard, the bench
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    R.over(img, R.coverage(R.edges_sdf(x, y, 3.0, 61.0, CASE_T, FLOOR_Y)), CASE)
    R.over(img, R.coverage(R.edges_sdf(x, y, 2.0, 62.0, CASE_T, CASE_T + 2.0)), CASE_LIGHT)
    panels = np.abs(R.edges_sdf(x, y, 6.0 + 13.5 * np.floor((x - 3.0) / 13.5), 16.0 + 13.5 * np.floor((x - 3.0) / 13.5),
                                CASE_T + 3.0, KEYS_T - 1.0)) - 0.45
    R.over(img, R.coverage(np.maximum(panels, np.abs(x - 32.0) - 27.0)), CASE_DARK)
    R.over(img, R.coverage(R.edges_sdf(x, y, 8.0, 56.0, KEYS_T, KEYS_B)), KEY)
    black = np.maximum(np.abs(((x - 8.0) % 3.0) - 1.5) - 0.55, np.maximum(y - KEYS_T - 1.8, np.abs(x - 32.0) - 23.5))
    black = np.maximum(black, -(np.abs(((x - 8.0) % 21.0) - 10.5) - 0.6))  # a gap in the black keys now and then
    R.over(img, R.coverage(np.maximum(black, KEYS_T - y)), KEY_BLACK)
    R.over(img, R.coverage(R.edges_sdf(x, y, 14.0, 50.0, 55.5, 57.5)), BENCH)
    for bx in (16.0, 48.0):
        R.over(img, R.coverage(R.edges_sdf(x, y, bx - 0.8, bx + 0.8, 57.0, 63.0)), BENCH)
    return img[0]


SCENE = _scene()


def _window():
    """The window's glass: its coverage, and which panes are the darker ones."""
    x, y = R.grid()
    u, v = x - WIN_X, y - WIN_Y
    rho, theta = np.hypot(u, v), np.arctan2(v, u)
    turn = theta % (np.pi / 3.0)  # the angle past the last spoke
    spokes = rho * np.sin(np.minimum(turn, np.pi / 3.0 - turn)) - 0.55
    glass = np.maximum(rho - WIN_R, -np.minimum(spokes, np.abs(rho - 2.6) - 0.6))
    return R.coverage(glass), (np.floor(theta / (np.pi / 3.0)) % 2 == 1) | (rho < 2.0)


GLASS, DARK_PANES = _window()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the pipes, standing on the case; each a column lit from the left with a dark mouth
    kind = f[:, 0].astype(int)
    tall = 13.0 + 13.0 * f[:, 1]
    lengths = tall[:, None] * (0.45 + 0.55 * OUTLINES[kind])  # (n, 9)
    near = np.clip(np.round((x[0, 0] - PIPES[0]) / 6.0), 0, len(PIPES) - 1).astype(int)  # each column's pipe
    centre = np.asarray(PIPES, np.float32)[near][None, None, :]
    top = CASE_T - lengths[:, near][:, None, :].astype(np.float32)  # (n, 1, W): the top of each column's pipe
    body = np.maximum(np.abs(x - centre) - PIPE_HW, np.maximum(top - y, y - CASE_T))
    shade = np.minimum(0.82 + 0.25 * np.cos(1.3 * (x - centre + 0.8) / PIPE_HW), 1.0)  # (1, 1, W)
    R.over(img, R.coverage(body), TIN[None, :, None, None] * shade[:, None])
    R.over(img, R.coverage(np.maximum(body, y - top - 1.2)), MOUTH)  # the open top
    mouth = np.maximum(np.abs(x - centre) - 1.2, np.abs(y - (CASE_T - 5.0)) - 1.0 - 0.5 * np.abs(x - centre))
    R.over(img, R.coverage(np.maximum(mouth, body)), MOUTH)
    # the loft's lighting, and then the window's glass, which glows however the loft is lit
    img *= (0.35 + 0.65 * f[:, 3]).astype(np.float32)[:, None, None, None]
    glass = R.hsv(f[:, 2], 0.75, 0.95)
    dark = R.hsv(f[:, 2], 0.85, 0.7)
    colour = np.where(DARK_PANES[:, None], dark[:, :, None, None], glass[:, :, None, None])
    R.over(img, GLASS, colour)
    return R.to_uint8(img)


def render(pipe_outline: float, pipe_height: float, window_hue: float, lighting: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[pipe_outline, pipe_height, window_hue, lighting]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("organist", arg, n, seed, FACTORS, sample_factors, _draw)
