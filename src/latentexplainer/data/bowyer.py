"""`bowyer`: a bowyer's workshop, a new longbow being drawn on a tillering stand, rough bow staves
leaning against the wall and a leather quiver of arrows standing on the floor, seen from the
front (64x64 RGB).

The workshop's wall is pale limewash, above a band of dark floorboards along the bottom of the
image. In the middle a tall wooden tiller board stands on the floor, a row of dark notches down
its face; the longbow lies across its top, held at its leather-wrapped grip, its two limbs
curving down to the tips, and its string is pulled down from the tips to a notch on the board,
bending the limbs. On the left rough bow staves lean against the wall, set from the left; on
the right a tall dyed leather quiver stands on the floor with three arrows in it, their dark
grey fletchings above its mouth. Factors: how far the bow is drawn (the string pulled from just
below the grip, the limbs almost straight, to far down the board, the limbs bent deep), how many
staves lean against the wall (1 to 3), the colour of the bow's wood (the bow and the staves
alike, from dark to pale) and the hue of the quiver's leather. The wall, the floor, the tiller
board, the bow's length and place, the arrows and the quiver's size stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("draw", "how far the bow is drawn on the tiller (slightly to fully)", "continuous"),
    Factor("staves", "how many bow staves lean against the wall (1 to 3)", "categorical", ("1", "2", "3")),
    Factor("wood_tone", "colour of the bow's wood, the bow and the staves alike (dark to pale)", "continuous"),
    Factor("quiver_hue", "hue of the quiver's dyed leather", "continuous"),
)
# draw: 0..1 pulls the string's middle to y = 18..44 px and bends the limbs so that their tips
# are 2..11 px below the grip (at x = 26, y = 12 px; the tips 21 px to each side); staves: a
# code 0..2 for 1..3 staves, set in the order of STAVES; wood_tone: 0..1 is wood of value
# 0.32..0.92 (hue and saturation fixed); quiver_hue: 0..0.6 of the colour wheel (red through
# yellow and green to blue, no wrap)
RANGES = ((0.0, 1.0), (0.0, 2.0), (0.0, 1.0), (0.0, 0.6))
WALL, WALL_SHADE, FLOOR, FLOOR_LINE = (0.84, 0.82, 0.76), (0.77, 0.75, 0.69), (0.34, 0.24, 0.16), (0.24, 0.16, 0.1)
BOARD, NOTCH, GRIP, STRING = (0.5, 0.36, 0.22), (0.22, 0.15, 0.09), (0.3, 0.17, 0.1), (0.18, 0.16, 0.14)
SHAFT, FLETCH, NOCK = (0.5, 0.38, 0.24), (0.24, 0.24, 0.28), (0.9, 0.88, 0.8)
FLOOR_Y = 56.0
GRIP_X, GRIP_Y, SPAN = 26.0, 12.0, 21.0  # the bow's grip and the half-span of its limbs
BOARD_L, BOARD_R = 24.0, 28.0
STAVES = ((3.0, 7.0), (10.0, 14.0), (17.0, 21.0))  # each stave's foot x (on the floor) and top x (at y = STAVE_TOP)
STAVE_TOP, STAVE_HW = 23.0, 2.5
QUIVER_X, QUIVER_HW, QUIVER_TOP = 56.0, 6.0, 30.0
ARROWS = ((53.0, 52.0), (56.0, 56.0), (59.0, 60.0))  # each arrow's foot x in the quiver and nock x (at y = ARROW_TOP)
ARROW_TOP = 10.0
BOW_ROWS = 47  # the bow and its string lie above this row


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, 0.6 * R.coverage(np.abs((y % 9.0) - 4.5) - 4.0), WALL_SHADE)
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    R.over(img, R.coverage(np.maximum(np.abs((x % 13.0) - 6.5) - 6.0, FLOOR_Y + 0.5 - y)), FLOOR_LINE)
    # the tiller board, its notches
    R.over(img, R.coverage(R.edges_sdf(x, y, BOARD_L, BOARD_R, GRIP_Y + 1.0, FLOOR_Y + 1.0)), BOARD)
    notches = np.maximum(np.abs(((y - GRIP_Y) % 4.0) - 2.0) - 0.5, np.maximum(np.abs(x - GRIP_X) - 1.0, GRIP_Y + 5.0 - y))
    R.over(img, R.coverage(np.maximum(notches, y - FLOOR_Y + 4.0)), NOTCH)
    # the arrows standing in the quiver (the quiver itself is drawn over their feet)
    for foot, top in ARROWS:
        d, h = R.segment_sdf(x, y, foot, QUIVER_TOP + 8.0, top, ARROW_TOP, along=True)
        R.over(img, R.coverage(d - 0.8), SHAFT)
        R.over(img, R.coverage(np.maximum(d - 1.5, np.abs(h - 0.84) - 0.12)), FLETCH)
        R.over(img, R.coverage(np.hypot(x - top, y - ARROW_TOP) - 1.2), NOCK)
    return img[0]


SCENE = _scene()


def _staves():
    """Coverage of each stave, and the wood's grain (a little darker in streaks)."""
    x, y = R.grid()
    covers = [R.coverage(R.segment_sdf(x, y, fx, FLOOR_Y, tx, STAVE_TOP) - STAVE_HW) for fx, tx in STAVES]
    return covers, 1.0 - 0.12 * (np.sin(1.7 * x + 0.3 * y) > 0.6)


STAVE_COVERS, GRAIN = _staves()


def _quiver():
    x, y = R.grid()
    body = R.edges_sdf(x, y, QUIVER_X - QUIVER_HW, QUIVER_X + QUIVER_HW, QUIVER_TOP, FLOOR_Y + 1.0)
    bands = np.maximum(np.minimum(np.abs(y - QUIVER_TOP - 3.0), np.abs(y - FLOOR_Y + 4.0)) - 0.9, body)
    shade = 0.8 + 0.2 * np.cos((x - QUIVER_X) / QUIVER_HW * 1.4)
    return R.coverage(body), R.coverage(bands), shade


QUIVER_COVER, BAND_COVER, QUIVER_SHADE = _quiver()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    wood = R.hsv(np.full(n, 0.08), np.full(n, 0.55), 0.32 + 0.6 * f[:, 2])
    # the staves, from the left
    count = f[:, 1].astype(int)
    grained = wood[:, :, None, None] * GRAIN[None]
    for i, cover in enumerate(STAVE_COVERS):
        on = (count >= i).astype(np.float32)[:, None, None]
        R.over(img, on * cover, grained)
    # the quiver in front of the arrows' feet
    leather = R.hsv(f[:, 3], 0.62, 0.66)
    R.over(img, QUIVER_COVER, leather[:, :, None, None] * QUIVER_SHADE[None])
    R.over(img, BAND_COVER, leather * 0.55)
    # the bow: limbs curving down from the grip, thick at the grip and thin at the tips (drawn only
    # in the rows it reaches)
    d = R.col(f[:, 0])
    part, y = img[:, :, :BOW_ROWS], y[:, :BOW_ROWS]
    drop = 2.0 + 9.0 * d
    u = (x - GRIP_X) / SPAN
    curve = GRIP_Y + drop * u ** 2
    slope = 2.0 * drop * u / SPAN
    limb = np.abs(y - curve) / np.sqrt(1.0 + slope ** 2) - (0.8 + 1.3 * (1.0 - np.abs(u)))
    limb = np.maximum(limb, (np.abs(u) - 1.0) * SPAN)
    tip_y = GRIP_Y + drop
    pull = 18.0 + 26.0 * d
    string = np.minimum(R.segment_sdf(x, y, GRIP_X - SPAN, tip_y, GRIP_X, pull),
                        R.segment_sdf(x, y, GRIP_X + SPAN, tip_y, GRIP_X, pull)) - 0.45
    R.over(part, R.coverage(string), STRING)
    R.over(part, R.coverage(limb), wood)
    R.over(part, R.coverage(np.maximum(limb, np.abs(x - GRIP_X) - 3.0)), GRIP)
    return R.to_uint8(img)


def render(draw: float, staves: float, wood_tone: float, quiver_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[draw, staves, wood_tone, quiver_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("bowyer", arg, n, seed, FACTORS, sample_factors, _draw)
