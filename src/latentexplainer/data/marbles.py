"""`marbles`: a few glass marbles lying apart on a wooden floor, seen from above (64x64 RGB).

Two to five marbles of one hue lie on floorboards that run across the image, each a round
ball shaded darker away from a small white highlight at its upper left, with a soft shadow
to its lower right. The marbles sit at corners of a regular pentagon about the middle of the
image (the first at its top, the next two at its bottom, then the upper two), never touching. Factors: how many
marbles there are (2, 3, 4 or 5), their size (small to large), how far apart they lie (close
together to far apart), their hue (red through yellow and green to purple) and the lightness
of the floor (dark to pale wood). The floorboards' layout and the light's direction stay
fixed; every marble always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

COUNTS = (2, 3, 4, 5)
FACTORS = (
    Factor("marble_count", "number of marbles on the floor (2, 3, 4 or 5)", "categorical",
           tuple(str(c) for c in COUNTS)),
    Factor("marble_size", "size of the marbles (small to large)", "continuous"),
    Factor("spread", "how far apart the marbles lie (close together to far apart)", "continuous"),
    Factor("marble_hue", "hue of the marbles (red through yellow and green to purple)", "continuous"),
    Factor("floor_tone", "lightness of the wooden floor (dark to pale)", "continuous"),
)
# marble_count: a code 0..3 for 2..5 marbles; marble_size: 0..1 is a radius of 4.5..8.5 px;
# spread: 0..1 puts the marbles 15.4..22 px from the middle (the pentagon's side 18.1..25.9 px);
# marble_hue: 0..0.8 of the colour wheel (no wrap); floor_tone: 0..1 is the floor's value
# (HSV) 0.3..0.85
RANGES = ((0.0, 3.0), (0.0, 1.0), (0.0, 1.0), (0.0, 0.8), (0.0, 1.0))
CX, CY, RING = 32.0, 34.0, 22.0
CORNERS = -np.pi / 2 + 2 * np.pi * np.arange(5) / 5  # the pentagon's corners: the top, then clockwise
COS, SIN = np.cos(CORNERS).astype(np.float32), np.sin(CORNERS).astype(np.float32)
RANK = np.array([0, 3, 1, 2, 4])  # when each corner fills: the top, the bottom two, the upper two
SHADOW = (0.05, 0.03, 0.02)
HIGHLIGHT = (1.0, 1.0, 0.97)
PLANK = 10.0  # the floorboards' width (px)


def _grain() -> np.ndarray:
    """The floor's pattern (H, W): a lightness factor per pixel, about 1."""
    x, y = R.grid()
    board = np.floor(y / PLANK)
    offset = np.array([0.0, 0.06, -0.05, 0.03, -0.07, 0.04, -0.02])[board.astype(int) % 7]
    grain = 0.04 * np.sin(x * 0.35 + board * 1.7 + 1.5 * np.sin(y * 0.9))
    joint = R.coverage(np.abs((y % PLANK) - 0.5) - 0.5)
    return ((1 + offset + grain) * (1 - 0.35 * joint))[0].astype(np.float32)


GRAIN = _grain()


def _length(dx: np.ndarray, dy: np.ndarray) -> np.ndarray:
    """sqrt(dx^2 + dy^2): np.hypot's result, at a fraction of its time on float32 arrays."""
    return np.sqrt(dx * dx + dy * dy)


def _corner(dx: np.ndarray, dy: np.ndarray) -> np.ndarray:
    """The pentagon corner whose sector (of a fifth of a turn about the middle) holds each
    point, dx, dy from the middle: a marble, and its shadow, never leave their corner's sector."""
    return np.rint((np.arctan2(dy, dx) + np.pi / 2) * (5 / (2 * np.pi))).astype(np.intp) % 5


CORNER = _corner(R.grid()[0] - CX, R.grid()[1] - CY)  # (1, H, W)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    floor = R.hsv(np.full(len(f), 0.08), 0.5, 0.3 + 0.55 * f[:, 4])
    img = floor[:, :, None, None] * GRAIN
    count = R.col(np.asarray(COUNTS)[f[:, 0].astype(int)])
    r, ring = R.col(4.5 + 4 * f[:, 1]), R.col(RING * (0.7 + 0.3 * f[:, 2]))
    colour = R.hsv(f[:, 3], 0.75, 0.85)
    # every pixel is drawn from the one marble in its sector: first the shadows (offset to the
    # lower right, so their sectors are found from the offset point), then the marbles
    off = 0.35 * r + 0.8
    j = _corner(x - CX - off, y - CY - off)
    dx, dy = x - off - CX - ring * COS[j], y - off - CY - ring * SIN[j]
    shadow = np.where(RANK[j] < count, R.ellipse_sdf(dx, dy, r * 1.05, r * 0.9), np.inf)
    R.over(img, 0.4 * R.coverage(shadow), SHADOW)
    j = CORNER
    dx, dy = x - CX - ring * COS[j], y - CY - ring * SIN[j]
    ball = R.coverage(np.where(RANK[j] < count, _length(dx, dy) - r, np.inf))
    R.over(img, ball, colour)
    dx += 0.35 * r
    dy += 0.35 * r
    far = np.clip(_length(dx, dy) / (1.5 * r), 0.0, 1.0)
    R.over(img, ball * 0.7 * far * far, colour * 0.3)
    R.over(img, ball * R.coverage(_length(dx + 0.03 * r, dy + 0.03 * r) - 0.28 * r), HIGHLIGHT)
    return R.to_uint8(img)


def render(marble_count: float, marble_size: float, spread: float, marble_hue: float,
           floor_tone: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[marble_count, marble_size, spread, marble_hue, floor_tone]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("marbles", arg, n, seed, FACTORS, sample_factors, _draw)
