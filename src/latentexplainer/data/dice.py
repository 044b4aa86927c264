"""`dice`: a pair of dice lying side by side on a felt table, seen from above (64x64 RGB).

Two ivory dice with rounded corners lie on a coloured felt cloth at the same height, one to
the left of the middle of the image and one to the right, each casting a soft shadow down
and to the right. Each shows one face with dark round pips laid out as on a real die: the
left die shows five (four in the corners and one in the middle), the right die shows three
(on a diagonal from top left to bottom right). The felt fills the image, a little darker
towards its edges. Factors: how far the left die is turned (from square on to a diamond,
turned 45 degrees; its pips turn with it), the size of the right die (its pips grow with
it), the spacing between the two dice (they move apart symmetrically about the middle of the
image) and the hue of the felt. The left die's size, the right die's turn (square on), the
dice's and pips' colours, the number of pips and the felt's darkening stay fixed; both dice
always lie inside the image, apart from each other.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("left_die_turn", "how far the left die is turned (square on to 45 degrees)", "continuous"),
    Factor("right_die_size", "size of the right die (small to large)", "continuous"),
    Factor("dice_spacing", "distance between the two dice (close together to far apart)", "continuous"),
    Factor("felt_hue", "hue of the felt table cloth under the dice", "continuous"),
)
# left_die_turn: 0..pi/4 radians, clockwise on screen (0: square on; pi/4: a diamond, a corner
# pointing up); right_die_size: 0..1 is a half-side of 5.5..10.5 px (the left die's is 8 px);
# dice_spacing: 0..1 puts the dice's middles 26..38 px apart (at x = 32 -/+ half that,
# y = 32 px); felt_hue: 0..0.8 of the colour wheel (no wrap). Pips: radius 0.2 of the half-side,
# 0.5 of the half-side from the face's middle along each axis.
RANGES = ((0.0, np.pi / 4), (0.0, 1.0), (0.0, 1.0), (0.0, 0.8))
IVORY, PIP, SHADOW = (0.96, 0.94, 0.87), (0.1, 0.1, 0.13), (0.0, 0.0, 0.0)
FELT_SAT, FELT_VAL = 0.6, 0.55
CX, CY, LEFT_HALF = 32.0, 32.0, 8.0
CORNER, PIP_R, PIP_OFF = 0.22, 0.2, 0.5  # as fractions of the half-side
SHADOW_OFF, SHADOW_ALPHA, SHADOW_BLUR = 1.6, 0.45, 2.5
LEFT_PIPS = ((0, 0), (-1, -1), (1, 1), (1, -1), (-1, 1))  # in units of PIP_OFF
RIGHT_PIPS = ((0, 0), (-1, -1), (1, 1))


def _felt() -> np.ndarray:
    """How bright the felt is at each pixel (H, W): 1 in the middle, darker to the edges."""
    x, y = R.grid()
    r2 = ((x - CX) ** 2 + (y - CY) ** 2)[0] / 32.0 ** 2
    return (1.0 - 0.15 * np.clip(r2, 0.0, 2.0)).astype(np.float32)


SHADE = _felt()


def _die(img, u, v, half, pips, shadow_u, shadow_v):
    """One die: ``u, v`` the face's own axes from its middle (px), ``shadow_u, shadow_v`` the
    same for its shadow."""
    side = (1 - CORNER) * half
    shadow = R.box_sdf(shadow_u, shadow_v, side, side) - CORNER * half
    img = R.over(img, SHADOW_ALPHA * np.clip(0.5 - shadow / SHADOW_BLUR, 0.0, 1.0), SHADOW)
    img = R.over(img, R.coverage(R.box_sdf(u, v, side, side) - CORNER * half), IVORY)
    for pu, pv in pips:
        d = np.sqrt((u - pu * PIP_OFF * half) ** 2 + (v - pv * PIP_OFF * half) ** 2)
        img = R.over(img, R.coverage(d - PIP_R * half), PIP)
    return img


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    felt = R.hsv(f[:, 3], FELT_SAT, FELT_VAL)  # (n, 3)
    img = felt[:, :, None, None] * SHADE
    gap = R.col(13 + 6 * f[:, 2])  # half the distance between the dice's middles
    a = R.col(f[:, 0])
    c, s = np.cos(a), np.sin(a)
    dx, dy = x - (CX - gap), y - CY
    sx, sy = dx - SHADOW_OFF, dy - SHADOW_OFF
    img = _die(img, dx * c + dy * s, -dx * s + dy * c, LEFT_HALF, LEFT_PIPS, sx * c + sy * s, -sx * s + sy * c)
    dx = x - (CX + gap)
    img = _die(img, dx, dy, R.col(5.5 + 5 * f[:, 1]), RIGHT_PIPS, dx - SHADOW_OFF, dy - SHADOW_OFF)
    return R.to_uint8(img)


def render(left_die_turn: float, right_die_size: float, dice_spacing: float, felt_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[left_die_turn, right_die_size, dice_spacing, felt_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("dice", arg, n, seed, FACTORS, sample_factors, _draw)
