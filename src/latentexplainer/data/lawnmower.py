"""`lawnmower`: a push lawnmower mowing a striped lawn under an open sky, seen from the side
(64x64 RGB).

The mower rolls to the right along the lawn on two dark wheels with grey hubs: a low red deck
with a rounded red engine hood on top of it, and a dark handle rising from the back of the
deck up and to the left, ending in a black grip. Behind the mower (to its left) the lawn is
cut short, in lighter and darker mowing stripes; ahead of it (to its right) the uncut grass
stands in a darker band with a jagged top of grass blades. Behind the deck, under the handle,
hangs whatever catches the cut grass: nothing, a dark grey fabric bag or a yellow plastic box.
The sky runs lighter towards the horizon. Factors: where the mower is along the lawn (left to
right; the edge of the uncut grass moves with it), how steeply its handle rises (low, nearly
flat, to steep), how tall the uncut grass stands (short to tall), what catches the cut grass
(none, a bag or a box) and the daylight (a dusky purple sky to a bright blue day). The lawn's
colours, the mower's size and colours and the handle's length stay fixed; the whole mower
always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("mower_x", "horizontal position of the lawnmower on the lawn (left to right)", "continuous"),
    Factor("handle_angle", "how steeply the mower's handle rises (low to steep)", "continuous"),
    Factor("grass_height", "height of the uncut grass ahead of the mower (short to tall)", "continuous"),
    Factor(
        "catcher",
        "what catches the cut grass behind the mower (none, a bag or a box)",
        "categorical",
        ("none", "bag", "box"),
    ),
    Factor("daylight", "brightness of the sky (dusk to bright day)", "continuous"),
)
# mower_x: 0..1 puts the middle of the deck at x = 28..44 px (the uncut grass starts 12 px ahead
# of it); handle_angle: 0.55..1.2 radians of the handle (20 px long) above the horizontal;
# grass_height: 0..1 is uncut grass 1.5..12 px tall; catcher: 0 none, 1 a bag, 2 a box;
# daylight: 0..1 blends the sky from dusk to day
RANGES = ((0.0, 1.0), (0.55, 1.2), (0.0, 1.0), (0.0, 2.0), (0.0, 1.0))
GROUND_Y = 50.0
CUT, CUT_STRIPE, UNCUT = (0.42, 0.68, 0.3), (0.33, 0.57, 0.23), (0.16, 0.4, 0.12)
BODY, DECK, HOOD_CAP = (0.84, 0.16, 0.12), (0.56, 0.1, 0.08), (0.35, 0.35, 0.38)
WHEEL, HUB, HANDLE, GRIP = (0.1, 0.1, 0.1), (0.72, 0.72, 0.74), (0.22, 0.22, 0.25), (0.04, 0.04, 0.04)
BAG, BOX = (0.16, 0.16, 0.17), (0.95, 0.78, 0.12)
WHEEL_R, WHEEL_DX, HANDLE_LEN, HANDLE_HW = 3.8, 8.0, 20.0, 1.5
FRONT = 12.0  # the uncut grass starts this far ahead of the deck's middle
BLADE = 3.0  # the width of one tooth of the grass's jagged top


def _sky(top, bottom) -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(top, bottom, GROUND_Y)[None].copy()
    R.over(img, R.below(GROUND_Y, 1), CUT)
    stripes = R.coverage(np.abs((x % 10.0) - 5.0) - 2.5) * R.coverage(GROUND_Y - y)
    R.over(img, stripes, CUT_STRIPE)
    return img[0]


DUSK = _sky((0.17, 0.14, 0.33), (0.64, 0.44, 0.48))
DAY = _sky((0.44, 0.67, 0.95), (0.8, 0.9, 0.98))


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    img = DUSK[None] + (DAY - DUSK)[None] * R.col(f[:, 4])[:, None]
    mx, a = R.col(28 + 16 * f[:, 0]), R.col(f[:, 1])
    # the uncut grass ahead of the mower, its top a row of sharp blades
    h = R.col(1.5 + 10.5 * f[:, 2])
    tooth = np.abs(((x / BLADE) % 1.0) - 0.5) * 2  # 0 at a blade's tip, 1 between blades
    top = GROUND_Y - h * (1 - 0.55 * tooth)
    img = R.over(img, R.coverage(np.maximum(top - y, mx + FRONT - x)), UNCUT)
    # what catches the grass, behind the deck
    code = f[:, 3]
    cx, cy = mx - 18, GROUND_Y - 8.5
    bag = R.ellipse_sdf(x - cx, y - cy, 6.5, 6.0)
    box = R.box_sdf(x - cx, y - cy, 5.5, 5.0) - 1.0
    img = R.over(img, R.coverage(bag) * R.col(code == 1), BAG)
    img = R.over(img, R.coverage(box) * R.col(code == 2), BOX)
    # the handle, from the back of the deck up to the left, and its grip
    px, py = mx - 9, GROUND_Y - 8
    ex, ey = px - HANDLE_LEN * np.cos(a), py - HANDLE_LEN * np.sin(a)
    img = R.over(img, R.coverage(R.segment_sdf(x, y, px, py, ex, ey) - HANDLE_HW), HANDLE)
    img = R.over(img, R.coverage(np.hypot(x - ex, y - ey) - 1.9), GRIP)
    # the deck, the hood on top of it and the wheels
    deck = R.box_sdf(x - mx, y - (GROUND_Y - 6), 10.0, 2.0) - 1.0
    img = R.over(img, R.coverage(deck), DECK)
    hood = np.maximum(R.ellipse_sdf(x - (mx + 1), y - (GROUND_Y - 8.5), 7.0, 4.5), y - (GROUND_Y - 8))
    img = R.over(img, R.coverage(hood), BODY)
    img = R.over(img, R.coverage(np.hypot(x - (mx + 1), y - (GROUND_Y - 13.2)) - 1.4), HOOD_CAP)
    wy = GROUND_Y - WHEEL_R + 0.5
    wheels = np.minimum(np.hypot(x - (mx - WHEEL_DX), y - wy), np.hypot(x - (mx + WHEEL_DX), y - wy))
    img = R.over(img, R.coverage(wheels - WHEEL_R), WHEEL)
    return R.to_uint8(R.over(img, R.coverage(wheels - 1.3), HUB))


def render(mower_x: float, handle_angle: float, grass_height: float, catcher: float, daylight: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[mower_x, handle_angle, grass_height, catcher, daylight]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("lawnmower", arg, n, seed, FACTORS, sample_factors, _draw)
