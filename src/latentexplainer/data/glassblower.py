"""`glassblower`: a glassblower's workshop, a bubble of hot glass on the end of a long blowpipe
held in front of a brick furnace, seen from the front (64x64 RGB).

The workshop's back wall is of sooty dark brick with paler mortar joints; the floor is a band of
grey flagstones along the bottom. On the left a domed brick furnace stands on the floor, an arched
mouth in its front from which the fire inside shows, its light falling on the wall and the floor
around it. From the right edge of the image the glassblower's blue sleeve and leather glove hold a
long steel blowpipe, which reaches to the left towards the furnace; on its far end sits a round
bubble of coloured glass, darker at its rim, with a white glint on it. Factors: the size of the
glass bubble (small to large), the hue of the glass (the whole colour wheel, coming round to where
it began), how far the blowpipe is tilted (from its far end dipped down, through level, to raised
up; the bubble moves with it) and how brightly the furnace's fire glows (from dim red embers to a
white-hot yellow blaze). The wall, the floor, the furnace, the sleeve, the glove and the pipe's
length stay fixed; the whole bubble always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("bubble_size", "size of the glass bubble on the blowpipe (small to large)", "continuous"),
    Factor("glass_hue", "hue of the glass bubble", "cyclic", period=1.0),
    Factor("pipe_tilt", "tilt of the blowpipe (far end dipped down, level, raised up)", "continuous"),
    Factor("furnace_glow", "how brightly the furnace's fire glows (dim embers to white-hot)", "continuous"),
)
# bubble_size: 0..1 is a bubble of radius 3..10 px, its middle that far beyond the pipe's end;
# glass_hue: 0..1 of the colour wheel, a whole turn (0 and 1 are the same red); pipe_tilt:
# -0.45..0.45 radians of the pipe above the horizontal (negative: its far end dips), the pipe
# 28 px long from the glove at (59, 34) px, so its end is at y = 46.2..21.8 px; furnace_glow:
# 0..1 turns the furnace's mouth from dim red through orange to pale yellow and strengthens its
# light on the wall and floor
RANGES = ((0.0, 1.0), (0.0, 1.0), (-0.45, 0.45), (0.0, 1.0))
BRICK, MORTAR, FLOOR, FLAG_LINE = (0.3, 0.2, 0.17), (0.42, 0.36, 0.32), (0.42, 0.41, 0.39), (0.3, 0.29, 0.28)
FURNACE, FURNACE_DARK = (0.6, 0.34, 0.22), (0.38, 0.2, 0.13)
SLEEVE, GLOVE, PIPE = (0.2, 0.3, 0.55), (0.55, 0.38, 0.22), (0.62, 0.63, 0.68)
EMBER, FLAME, BLAZE = np.array((0.35, 0.05, 0.03)), np.array((0.96, 0.46, 0.08)), np.array((1.0, 0.96, 0.72))
GLOW = (1.0, 0.62, 0.25)
FLOOR_Y = 55.0
FURNACE_X, FURNACE_HW, FURNACE_TOP = 11.0, 11.0, 16.0  # the dome's middle, half-width and top
MOUTH_X, MOUTH_Y, MOUTH_HW, MOUTH_BOTTOM = 11.0, 38.0, 6.0, 50.0  # the arch's round top at MOUTH_Y
GLOVE_X, GLOVE_Y, PIPE_LEN = 59.0, 34.0, 28.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, BRICK)
    course = np.floor(y / 4.0)
    joints = np.minimum(np.abs((y % 4.0) - 0.4), np.abs(((x + course * 4.0) % 8.0) - 0.4))
    R.over(img, R.coverage(joints - 0.45), MORTAR)
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    row = np.floor((y - FLOOR_Y) / 4.5)
    flags = np.minimum(np.abs(((y - FLOOR_Y) % 4.5) - 2.25), np.abs(((x + 3.0 * row) % 12.0) - 6.0))
    R.over(img, R.coverage(np.maximum(flags - 0.4, FLOOR_Y + 1.0 - y)), FLAG_LINE)
    # the furnace: a dome of brick standing on the floor, its brick courses shaded
    dome = np.minimum(R.ellipse_sdf(x - FURNACE_X, y - (FURNACE_TOP + FURNACE_HW), FURNACE_HW, FURNACE_HW),
                      R.edges_sdf(x, y, FURNACE_X - FURNACE_HW, FURNACE_X + FURNACE_HW, FURNACE_TOP + FURNACE_HW,
                                  FLOOR_Y))
    R.over(img, R.coverage(dome), FURNACE)
    R.over(img, 0.7 * R.coverage(np.maximum(np.abs((y % 3.0) - 1.5) - 1.05, dome)), FURNACE_DARK)
    return img[0]


SCENE = _scene()


def _mouth():
    """Coverage of the furnace's arched mouth, and the fire's light around it."""
    x, y = R.grid()
    arch = np.minimum(np.hypot(x - MOUTH_X, y - MOUTH_Y) - MOUTH_HW,
                      R.edges_sdf(x, y, MOUTH_X - MOUTH_HW, MOUTH_X + MOUTH_HW, MOUTH_Y, MOUTH_BOTTOM))
    light = np.exp(-((x - MOUTH_X) ** 2 + (y - MOUTH_Y - 4.0) ** 2) / 260.0)
    return R.coverage(arch), light


MOUTH, LIGHT = _mouth()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the furnace's fire: its light on the wall and floor, and its mouth, dim red to white-hot
    g = f[:, 3:4]
    fire = np.where(g < 0.5, EMBER + (FLAME - EMBER) * 2 * g, FLAME + (BLAZE - FLAME) * (2 * g - 1))
    R.over(img, R.col(0.05 + 0.6 * f[:, 3]) * LIGHT * (1.0 - MOUTH), GLOW)
    R.over(img, np.broadcast_to(MOUTH, (n, R.SIZE, R.SIZE)), fire)
    # the sleeve and the glove, from the right edge
    R.over(img, R.coverage(R.segment_sdf(x, y, 70.0, 48.0, GLOVE_X + 2.0, GLOVE_Y + 2.0) - 4.0), SLEEVE)
    # the blowpipe, from behind the glove to its far end
    a = R.col(f[:, 2])
    ca, sa = np.cos(a), np.sin(a)
    ex, ey = GLOVE_X - PIPE_LEN * ca, GLOVE_Y - PIPE_LEN * sa
    R.over(img, R.coverage(R.segment_sdf(x, y, GLOVE_X + 4.0 * ca, GLOVE_Y + 4.0 * sa, ex, ey) - 0.9), PIPE)
    R.over(img, R.coverage(R.ellipse_sdf(x - GLOVE_X, y - GLOVE_Y, 3.2, 3.6)), GLOVE)
    # the glass bubble on the pipe's end: dark rim, the glass, a white glint
    r = R.col(3.0 + 7.0 * f[:, 0])
    bx, by = ex - r * ca, ey - r * sa
    rho = np.hypot(x - bx, y - by)
    colour = R.hsv(f[:, 1], 0.7, 0.92)
    R.over(img, R.coverage(rho - r), colour * 0.5)
    R.over(img, R.coverage(rho - 0.82 * r), colour)
    glint = np.hypot(x - (bx - 0.4 * r), y - (by - 0.4 * r)) - 0.22 * r
    return R.to_uint8(R.over(img, 0.9 * R.coverage(glint), (1.0, 1.0, 1.0)))


def render(bubble_size: float, glass_hue: float, pipe_tilt: float, furnace_glow: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[bubble_size, glass_hue, pipe_tilt, furnace_glow]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("glassblower", arg, n, seed, FACTORS, sample_factors, _draw)
