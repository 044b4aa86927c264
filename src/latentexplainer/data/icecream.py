"""`icecream`: a close-up of an ice-cream cone with scoops of ice cream on it before a soft
coloured backdrop (64x64 RGB).

A waffle cone, its tip at the middle of the bottom edge of the image, widens up to its rim; a
darker criss-cross lattice is pressed into the waffle. One, two or three round scoops of one flavour
sit stacked on the rim, each with a slightly darker edge and a pale gloss at its upper left. Melted
ice cream runs from the lowest scoop down the cone in four drips of different lengths, each ending
in a round drop. The backdrop is one soft colour, darker towards the corners. Factors: the number of
scoops (1 to 3), the hue of the ice cream, the cone's tilt (the cone and its scoops turn together
about the cone's tip), how far the melted ice cream drips down the cone (none to long) and the hue
of the backdrop. The cone's size and colours and the scoops' size stay fixed; the cone and its
scoops always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

COUNTS = ("1", "2", "3")
FACTORS = (
    Factor("scoops", "number of scoops of ice cream on the cone (1 to 3)", "categorical", COUNTS),
    Factor("cream_hue", "hue of the ice cream (red through yellow and green to purple)", "continuous"),
    Factor("tilt", "tilt of the cone (leaning left, upright, leaning right)", "continuous"),
    Factor("melt", "how far melted ice cream drips down the cone (none to long)", "continuous"),
    Factor("backdrop_hue", "hue of the backdrop behind the cone", "continuous"),
)
# scoops: codes 0..2 are 1..3 scoops, stacked 11 px apart along the cone's axis from 3 px above
# its rim; cream_hue: 0..0.8 of the colour wheel (no wrap); tilt: -0.3..0.3 radians from upright
# about the tip at (32, 64) px (negative: the top leans to the left, positive: to the right);
# melt: 0..1 scales the four drips' lengths below the rim (up to 14, 21, 10 and 17 px);
# backdrop_hue: 0..0.8 of the colour wheel (no wrap)
RANGES = ((0.0, 2.0), (0.0, 0.8), (-0.3, 0.3), (0.0, 1.0), (0.0, 0.8))
WAFFLE, LATTICE = (0.85, 0.63, 0.35), (0.6, 0.4, 0.18)
GLOSS = (1.0, 1.0, 1.0)
TIP_X, TIP_Y = 32.0, 64.0
LEN, HALF_W = 28.0, 10.0  # the cone: from its tip to its rim, and the rim's half-width
SCOOP_R, SCOOP_UP, SCOOP_STEP = 9.5, 3.0, 11.0  # a scoop's radius; the first's middle above the rim
DRIPS = ((-5.5, 14.0), (-1.5, 21.0), (2.0, 10.0), (5.5, 17.0))  # across the cone (px) and longest length (px)
DRIP_HW, DROP_R = 1.8, 2.5  # a drip's half-width, and the radius of the drop at its end
CONE_ROWS = 33  # the cone and its drips reach no higher than this row


def _vignette() -> np.ndarray:
    x, y = R.grid()
    r2 = ((x - 32) ** 2 + (y - 32) ** 2) / 32.0**2
    return (1.1 - 0.22 * r2)[0]


VIGNETTE = _vignette()


def _scoop_rows(uc: float) -> tuple[int, int]:
    """The rows a scoop whose middle is ``uc`` px up the cone's axis can reach, at any tilt."""
    tilt = max(abs(t) for t in RANGES[2])
    top, bottom = TIP_Y - uc - SCOOP_R - 1.0, TIP_Y - uc * np.cos(tilt) + SCOOP_R + 1.0
    return max(int(np.floor(top)), 0), min(int(np.ceil(bottom)), R.SIZE)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    img = R.hsv(f[:, 4], 0.4, 0.55)[:, :, None, None] * VIGNETTE
    a = R.col(f[:, 2])
    sa, ca = np.sin(a), np.cos(a)
    # the cone and its drips, only in the rows they can reach, for speed; cone coordinates:
    # u up the axis from the tip (on screen (sin a, -cos a)), v across it to the right
    part, yc = img[:, :, CONE_ROWS:], y[:, CONE_ROWS:]
    u = (x - TIP_X) * sa - (yc - TIP_Y) * ca
    v = (x - TIP_X) * ca + (yc - TIP_Y) * sa
    cone = np.maximum((np.abs(v) * LEN - u * HALF_W) / np.hypot(LEN, HALF_W), u - LEN)
    body = R.coverage(cone)
    R.over(part, body, WAFFLE)
    lattice = np.minimum(np.abs((u + 1.3 * v) % 5.0 - 2.5), np.abs((u - 1.3 * v) % 5.0 - 2.5)) - 0.55
    R.over(part, 0.8 * body * R.coverage(lattice), LATTICE)
    cream = R.hsv(f[:, 1], 0.5, 0.96)
    melt = R.col(f[:, 3])
    top = LEN - 1.0
    drips = None
    for across, longest in DRIPS:
        bottom = top - melt * longest
        d = np.sqrt((v - across) ** 2 + np.maximum(bottom - u, 0.0) ** 2 + np.maximum(u - top, 0.0) ** 2)
        d = np.minimum(d - DRIP_HW, np.hypot(v - across, u - bottom) - DROP_R)  # a round drop at its end
        drips = d if drips is None else np.minimum(drips, d)
    R.over(part, R.coverage(np.maximum(drips, cone)), cream)
    # the scoops over them, from the lowest up, each only in the rows it can reach; those beyond
    # the number drawn are moved out of sight
    for k in range(len(COUNTS)):
        uc = LEN + SCOOP_UP + SCOOP_STEP * k
        r0, r1 = _scoop_rows(uc)
        part, yc = img[:, :, r0:r1], y[:, r0:r1]
        u = (x - TIP_X) * sa - (yc - TIP_Y) * ca
        v = (x - TIP_X) * ca + (yc - TIP_Y) * sa
        d = np.hypot(v, u - uc) - SCOOP_R + R.col(np.where(f[:, 0] >= k, 0.0, 1e3))
        R.over(part, R.coverage(d), cream * 0.8)
        R.over(part, R.coverage(d + 1.2), cream)
        gloss = R.ellipse_sdf(v + 3.8, u - uc - 3.8, 3.0, 2.0) + (d > 0) * np.float32(1e3)
        R.over(part, 0.5 * R.coverage(gloss), GLOSS)
    return R.to_uint8(img)


def render(scoops: float, cream_hue: float, tilt: float, melt: float, backdrop_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[scoops, cream_hue, tilt, melt, backdrop_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("icecream", arg, n, seed, FACTORS, sample_factors, _draw)
