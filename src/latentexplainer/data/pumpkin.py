"""`pumpkin`: a carved pumpkin lantern glowing on a wooden porch at night (64x64 RGB).

The pumpkin sits on the porch's floorboards in front of a dark wall of horizontal wooden
siding. Its round body is ribbed with darker lines and shaded darker towards its edges, with a
short brown stem on top. A face is carved into it - two triangular eyes, a small triangular
nose and a wide grin - and the candle inside shows through the carved holes, which glow from
dark (unlit) to bright yellow; the candle's light also spreads a warm halo over the wall and
the floor around the pumpkin. Factors: the pumpkin's horizontal position on the porch, its
size (its width; the height follows, as does the face), how squat it is (tall and round to
flat and wide, at the same width), its variety (an orange, a white or a green pumpkin) and how
brightly the candle inside burns (unlit to bright). The porch, the stem and the face's shape
stay fixed; the pumpkin always rests on the floor and lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

VARIETIES = ("orange", "white", "green")
FACTORS = (
    Factor("pumpkin_x", "horizontal position of the pumpkin on the porch (left to right)", "continuous"),
    Factor("pumpkin_size", "size of the pumpkin (small to large)", "continuous"),
    Factor("squat", "how squat the pumpkin is (tall and round to flat and wide)", "continuous"),
    Factor("variety", "variety of pumpkin (orange, white or green)", "categorical", VARIETIES),
    Factor("glow", "how brightly the candle inside the pumpkin burns (unlit to bright)", "continuous"),
)
# pumpkin_x: 0..1 puts the pumpkin's middle at x = 21..43 px; pumpkin_size: 0..1 is a half-width
# of 11..18 px; squat: 0..1 makes its half-height 0.95..0.6 times its half-width; its bottom rests
# at y = 56 px; glow: 0..1 turns the carved holes from dark to bright yellow and fades in the
# halo (up to 0.55 opaque at its middle, a Gaussian of 15 px)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 2.0), (0.0, 1.0))
SKINS = np.array(((0.93, 0.5, 0.1), (0.9, 0.88, 0.8), (0.34, 0.52, 0.22)), np.float32)  # by VARIETIES
SIDING, SEAM, BOARDS, BOARD_SEAM = (0.19, 0.2, 0.27), (0.1, 0.1, 0.15), (0.3, 0.21, 0.14), (0.17, 0.11, 0.07)
STEM, UNLIT, LIT, HALO = (0.38, 0.3, 0.14), np.array((0.1, 0.05, 0.02)), np.array((1.0, 0.9, 0.4)), (1.0, 0.72, 0.32)
FLOOR_Y, REST_Y = 44.0, 56.0
PLANK, BOARD_W = 5.5, 9.0
HALO_SIGMA, HALO_ALPHA = 15.0, 0.55
RIBS = (0.36, 0.72)  # the rib lines: ellipses of these fractions of the half-width


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, SIDING)
    plank = np.floor(y / PLANK)
    img += (0.03 * np.sin(plank * 2.7))[:, None]  # each plank a little lighter or darker
    R.over(img, R.coverage(np.abs((y % PLANK) - 0.5) - 0.6), SEAM)
    R.over(img, R.below(FLOOR_Y, 1), BOARDS)
    R.over(img, R.coverage(np.abs(y - FLOOR_Y - 0.5) - 0.8), BOARD_SEAM)  # the wall's foot
    seams = np.abs(((x - 32) * (FLOOR_Y + 40) / (y + 40) % BOARD_W) - 0.5) - 0.5  # boards running away
    R.over(img, R.coverage(seams) * R.coverage(FLOOR_Y - y), BOARD_SEAM)
    return img[0]


BACKGROUND = _background()


def _side(u, v, a0, b0, a1, b1):
    """Signed distance (positive outside) to the line through (a0, b0) and (a1, b1), mirrored in u = 0."""
    nx, ny = -(b1 - b0), a1 - a0
    return ((np.abs(u) - a0) * nx + (v - b0) * ny) / np.hypot(nx, ny)


def _triangle(u, v, s):
    """A triangle pointing up, of size ``s``, centred near (0, 0): an eye or the nose."""
    return np.maximum(_side(u, v, 1.1 * s, 0.6 * s, 0.0, -s), v - 0.6 * s)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    cx, rx = R.col(21 + 22 * f[:, 0]), R.col(11 + 7 * f[:, 1])
    ry = rx * R.col(0.95 - 0.35 * f[:, 2])
    cy = REST_Y - ry
    glow = f[:, 4]
    u, v = x - cx, y - cy
    # the candle's halo on the wall and the floor
    halo = np.exp((u * u + v * v) * (-0.5 / HALO_SIGMA**2))
    R.over(img, (HALO_ALPHA * R.col(glow)) * halo, HALO)
    # the stem, then the body: ribbed, and shaded darker towards its edge
    R.over(img, R.coverage(R.segment_sdf(x, y, cx, cy - ry + 2.0, cx + 2.5, cy - ry - 5.0) - 2.0), STEM)
    body = R.ellipse_sdf(u, v, rx, ry)
    inside = R.coverage(body)
    skin = SKINS[f[:, 3].astype(int)]
    R.over(img, inside, skin)
    ribs = np.minimum(*(np.abs(R.ellipse_sdf(u, v, k * rx, ry)) for k in RIBS)) - 0.5
    R.over(img, inside * R.coverage(ribs), skin * 0.6)
    edge = np.minimum((u / rx) ** 2 + (v / ry) ** 2, 1.0)
    img *= 1.0 - (0.35 * inside * edge * edge)[:, None]
    # the carved face, lit from inside
    e = 0.2 * rx
    eyes = _triangle(np.abs(u) - 0.38 * rx, v + 0.25 * ry, e)
    nose = _triangle(u, v - 0.02 * ry, 0.5 * e)
    grin = np.maximum(
        R.ellipse_sdf(u, v - 0.22 * ry, 0.56 * rx, 0.36 * ry), -R.ellipse_sdf(u, v - 0.02 * ry, 0.66 * rx, 0.34 * ry)
    )
    holes = R.coverage(np.minimum(np.minimum(eyes, nose), grin))
    return R.to_uint8(R.over(img, holes, UNLIT[None] + (LIT - UNLIT)[None] * glow[:, None]))


def render(pumpkin_x: float, pumpkin_size: float, squat: float, variety: float, glow: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[pumpkin_x, pumpkin_size, squat, variety, glow]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("pumpkin", arg, n, seed, FACTORS, sample_factors, _draw)
