"""`puppetshow`: a striped puppet booth in a dim hall, a glove puppet in a pointed cap rising
on its little stage between red curtains, children watching from the front (64x64 RGB).

The tall booth stands on the wooden floor of a dark hall, its canvas in upright stripes of a
colour and cream, with a scalloped valance of the same colour along its top. In its middle is
the stage opening, a painted backdrop of pale sky over a green hill behind it, and a wooden
playboard along its bottom edge. Red velvet curtains with dark folds hang from the opening's
top at both sides. The puppet, a round-faced fellow with a red nose, a pointed red cap with a
bobble and a yellow tunic, rises from behind the playboard in the middle of the stage, his hands
at his sides. At the bottom of the image, dark against the booth, are the heads and shoulders
of the children watching. Factors: how far the curtains are drawn open (nearly shut to wide
open), how high the puppet has risen above the playboard (only his cap's tip peeking over it to high up), hue of
the booth's stripes and valance (a cyclic factor with a whole-turn period) and how many children
watch (1 to 3). The hall, the booth's shape, the backdrop, the puppet's look and the curtains'
colour stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("curtains_open", "how far the stage curtains are drawn open (nearly shut to wide open)",
           "continuous"),
    Factor("puppet_rise", "how high the puppet has risen above the stage's ledge (low to high)",
           "continuous"),
    Factor("booth_hue", "hue of the puppet booth's stripes", "cyclic", period=1.0),
    Factor("children", "how many children watch in front of the booth", "categorical", ("1", "2", "3")),
)
# curtains_open: 0..1 draws each curtain from 15 px across the opening (the two meet but for a
# 2 px gap in the middle) back to 2 px at its side; puppet_rise: 0..1 puts the middle of the
# puppet's face at y = 41.5..18.5 px (the playboard's top is at y = 34 px: at 0 only the tip of
# his cap peeks over it);
# booth_hue: 0..1 of the colour wheel (1 is the same as 0); children: code k seats children at
# the first k + 1 of CHILDREN's places (the middle, then the left, then the right)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 2.0))
HALL, FLOOR, CREAM = (0.13, 0.1, 0.15), (0.36, 0.24, 0.15), (0.95, 0.92, 0.84)
SKY, HILL, BOARD = (0.6, 0.79, 0.93), (0.38, 0.66, 0.32), (0.52, 0.33, 0.17)
VELVET, VELVET_DARK = (0.68, 0.08, 0.13), (0.42, 0.04, 0.08)
SKIN, NOSE, CAP, TUNIC, BOBBLE = (0.97, 0.78, 0.62), (0.85, 0.15, 0.15), (0.85, 0.12, 0.12), (0.95, 0.8, 0.15), \
    (1.0, 1.0, 0.95)
SHADOW, EYES = (0.06, 0.05, 0.08), (0.1, 0.08, 0.1)
FLOOR_Y = 56.0
BOOTH_L, BOOTH_R, BOOTH_TOP, BOOTH_BOTTOM = 8.0, 56.0, 5.0, 58.0
OPEN_L, OPEN_R, OPEN_TOP, LEDGE_Y = 16.0, 48.0, 13.0, 34.0
PUPPET_X, HEAD_R = 32.0, 5.0
CHILDREN = (32.0, 13.0, 51.0)


def _stage() -> np.ndarray:
    """The painted backdrop, (3, H, W)."""
    x, y = R.grid()
    img = R.canvas(1, SKY)
    R.over(img, R.coverage(R.ellipse_sdf(x - 38.0, y - 40.0, 24.0, 12.0)), HILL)
    return img[0]


STAGE = _stage()
X, Y = R.grid()
OPENING = R.coverage(R.edges_sdf(X, Y, OPEN_L, OPEN_R, OPEN_TOP, LEDGE_Y))[0]
BOOTH = R.coverage(R.edges_sdf(X, Y, BOOTH_L, BOOTH_R, BOOTH_TOP + 3, BOOTH_BOTTOM))[0]
SCALLOPS = R.coverage(np.maximum(Y - (BOOTH_TOP + 5.5) - 1.8 * np.cos((X - BOOTH_L) * np.pi / 4),
                                 R.edges_sdf(X, Y, BOOTH_L - 1, BOOTH_R + 1, BOOTH_TOP - 1, 20.0)))[0]
STRIPES = R.coverage(np.abs(((X - BOOTH_L) % 8.0) - 4.0) - 2.0)[0]
LEDGE = R.coverage(R.edges_sdf(X, Y, OPEN_L - 2, OPEN_R + 2, LEDGE_Y, LEDGE_Y + 3))[0]


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = R.canvas(n, HALL)
    R.over(img, R.below(FLOOR_Y, n), FLOOR)
    img += OPENING * (STAGE - img)
    # the puppet: tunic and hands, face, nose and cap, seen only through the opening
    hy = R.col(41.5 - 23.0 * f[:, 1])
    tunic = np.maximum(R.ellipse_sdf(x - PUPPET_X, y - (hy + 11.0), 6.0, 8.0), hy + 3.5 - y)
    R.over(img, OPENING * R.coverage(tunic), TUNIC)
    hands = np.minimum(np.hypot(x - (PUPPET_X - 6.5), y - (hy + 7.0)), np.hypot(x - (PUPPET_X + 6.5), y - (hy + 7.0)))
    R.over(img, OPENING * R.coverage(hands - 2.0), SKIN)
    R.over(img, OPENING * R.coverage(np.hypot(x - PUPPET_X, y - hy) - HEAD_R), SKIN)
    eyes = np.minimum(np.hypot(x - (PUPPET_X - 2.0), y - (hy - 0.8)), np.hypot(x - (PUPPET_X + 2.0), y - (hy - 0.8)))
    R.over(img, OPENING * R.coverage(eyes - 0.8), EYES)
    R.over(img, OPENING * R.coverage(np.hypot(x - PUPPET_X, y - (hy + 1.2)) - 1.3), NOSE)
    d, h = R.segment_sdf(x, y, PUPPET_X, hy - 3.5, PUPPET_X + 3.0, hy - 9.5, along=True)
    cap = np.minimum(d - (4.2 * (1.0 - h) + 0.3), R.edges_sdf(x, y, PUPPET_X - 5.0, PUPPET_X + 5.0, hy - 5.0, hy - 3.0))
    R.over(img, OPENING * R.coverage(cap), CAP)
    R.over(img, OPENING * R.coverage(np.hypot(x - (PUPPET_X + 3.0), y - (hy - 9.5)) - 1.4), BOBBLE)
    # the curtains, drawn in from each side of the opening, with darker folds
    w = R.col(2.0 + 13.0 * (1.0 - f[:, 0]))
    drawn = np.minimum(R.edges_sdf(x, y, OPEN_L - 1, OPEN_L + w, OPEN_TOP - 1, LEDGE_Y),
                       R.edges_sdf(x, y, OPEN_R - w, OPEN_R + 1, OPEN_TOP - 1, LEDGE_Y))
    curtains = R.coverage(drawn)
    R.over(img, curtains, VELVET)
    R.over(img, curtains * (0.5 + 0.5 * np.cos(x * 1.6)) * 0.7, VELVET_DARK)
    # the booth: striped canvas round the opening, the valance and the playboard
    front = BOOTH * (1.0 - OPENING)
    colour = R.hsv(f[:, 2], 0.7, 0.82)
    R.over(img, front[None].repeat(n, 0), CREAM)
    R.over(img, (front * STRIPES)[None].repeat(n, 0), colour)
    R.over(img, SCALLOPS[None].repeat(n, 0), colour * 0.8)
    R.over(img, LEDGE[None].repeat(n, 0), BOARD)
    # the children watching, dark against the booth, from the middle outwards
    for i, cx in enumerate(CHILDREN):
        child = np.minimum(np.hypot(x - cx, y - 53.5) - 5.2, R.ellipse_sdf(x - cx, y - 64.0, 9.0, 6.5))
        R.over(img, R.col(f[:, 3] >= i) * R.coverage(child), SHADOW)
    return R.to_uint8(img)


def render(curtains_open: float, puppet_rise: float, booth_hue: float, children: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[curtains_open, puppet_rise, booth_hue, children]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("puppetshow", arg, n, seed, FACTORS, sample_factors, _draw)
