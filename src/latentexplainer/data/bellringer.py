"""`bellringer`: a church tower's ringing chamber and, above it, its belfry, a bell ringer pulling
on a bell rope under the swinging bells, seen from the front in a cut-away (64x64 RGB).

The upper part of the image is the dark, timber-posted belfry: bronze bells hang mouth down
from their wooden headstocks in a row along a bell frame, each with its dark clapper showing
under the mouth. A timber floor divides it from the ringing chamber below, whose whitewashed
walls carry a dark peal board with gilt lines of lettering on the left. A rope comes down
through the ceiling; a ringer in a coat stands right of it on the dark floorboards, reaching
over to grip the striped woollen sally on the rope with both hands, the rope's tail hanging
below the sally. Factors: how far the bells have swung (their mouths to the left, hanging down
or to the right; all the bells swing together about their headstocks), how far the ringer has
pulled the rope (hands raised high above the head down to the waist; the sally and the rope's
tail move with them), the hue of the ringer's coat and of the sally's stripes (the whole colour
wheel, coming round to where it began) and how many bells hang in the frame (1 to 3, from the
left). The walls, the floors, the peal board and the ringer's body stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("bell_swing", "how far the bells have swung (mouths to the left, down, to the right)", "continuous"),
    Factor("rope_pull", "how far the ringer has pulled the rope (hands high to hands at the waist)",
           "continuous"),
    Factor("coat_hue", "hue of the ringer's coat and of the rope's striped sally", "cyclic", period=1.0),
    Factor("bells", "how many bells hang in the belfry (1 to 3)", "categorical", ("1", "2", "3")),
)
# bell_swing: -0.7..0.7 radians about each headstock's pivot (negative: the mouth swings to the
# left); rope_pull: 0..1 brings the ringer's upper hand from y = 28 to 47 px (the sally spans
# 6 px above to 5 px below it, the tail hangs 12 px below it); coat_hue: 0..1 of the colour
# wheel, a whole turn (0 and 1 are the same red); bells: a code 0..2 for 1..3 bells, hung at
# BELLS from the left
RANGES = ((-0.7, 0.7), (0.0, 1.0), (0.0, 1.0), (0.0, 2.0))
BELFRY, POST, TIMBER, TIMBER_DARK = (0.19, 0.15, 0.13), (0.34, 0.23, 0.14), (0.44, 0.3, 0.17), (0.26, 0.17, 0.1)
WALL, FLOOR, BOARD, GILT = (0.85, 0.82, 0.75), (0.36, 0.25, 0.16), (0.17, 0.13, 0.1), (0.82, 0.66, 0.3)
BRONZE, BRONZE_DARK, CLAPPER = np.array((0.8, 0.58, 0.26)), (0.42, 0.28, 0.12), (0.12, 0.1, 0.09)
ROPE, SKIN, HAIR, TROUSERS, SHOES = (0.8, 0.7, 0.5), (0.9, 0.72, 0.58), (0.3, 0.2, 0.13), (0.2, 0.2, 0.24), \
    (0.08, 0.07, 0.07)
STRIPE = (0.96, 0.95, 0.9)
BELLS, PIVOT_Y = (14.0, 32.0, 50.0), 5.0
CROWN, MOUTH, CROWN_HW, MOUTH_HW = 2.0, 14.5, 3.7, 7.3  # the bell, below its pivot
BELFRY_FLOOR, CHAMBER_FLOOR = 22.0, 60.0
ROPE_X, RINGER_X, HEAD_Y, SHOULDER_Y = 27.0, 38.0, 34.5, 40.5
HAND_TOP, HAND_SPAN = 28.0, 19.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, R.coverage(y - BELFRY_FLOOR), BELFRY)
    posts = np.maximum(np.min([np.abs(x - px) for px in (5.0, 23.0, 41.0, 59.0)], 0) - 1.2, y - BELFRY_FLOOR)
    R.over(img, R.coverage(posts), POST)
    R.over(img, R.coverage(R.edges_sdf(x, y, 0.0, 64.0, BELFRY_FLOOR - 1.5, BELFRY_FLOOR + 3.0)), TIMBER)
    R.over(img, R.coverage(np.abs(y - BELFRY_FLOOR - 1.0) - 0.4), TIMBER_DARK)
    R.over(img, R.coverage(np.maximum(np.abs(x - ROPE_X) - 1.6, np.abs(y - BELFRY_FLOOR - 2.2) - 1.0)), BELFRY)
    # the peal board, its lines of gilt lettering
    R.over(img, R.coverage(R.edges_sdf(x, y, 3.0, 21.0, 29.0, 47.0)), BOARD)
    letters = np.maximum(np.abs(((y - 31.0) % 3.0) - 1.5) - 0.45, np.abs(((x - 5.0) % 2.0) - 1.0) - 0.55)
    R.over(img, 0.9 * R.coverage(np.maximum(letters, R.edges_sdf(x, y, 5.0, 19.0, 31.5, 44.5))), GILT)
    R.over(img, R.below(CHAMBER_FLOOR, 1), FLOOR)
    R.over(img, R.coverage(np.maximum(np.abs(((x + 3.0) % 9.0) - 4.5) - 0.4, CHAMBER_FLOOR + 0.5 - y)), TIMBER_DARK)
    # the ringer's body: legs, shoes, coat (painted per image), head and hair
    legs = np.minimum(R.edges_sdf(x, y, RINGER_X - 3.4, RINGER_X - 0.6, 52.0, 61.0),
                      R.edges_sdf(x, y, RINGER_X + 0.6, RINGER_X + 3.4, 52.0, 61.0))
    R.over(img, R.coverage(legs), TROUSERS)
    shoes = np.minimum(R.ellipse_sdf(x - (RINGER_X - 2.6), y - 61.2, 2.6, 1.2),
                       R.ellipse_sdf(x - (RINGER_X + 2.6), y - 61.2, 2.6, 1.2))
    R.over(img, R.coverage(shoes), SHOES)
    R.over(img, R.coverage(np.hypot(x - RINGER_X, y - HEAD_Y) - 3.7), SKIN)
    R.over(img, R.coverage(np.maximum(np.hypot(x - RINGER_X, y - HEAD_Y + 0.4) - 3.9, y - HEAD_Y + 1.2)), HAIR)
    return img[0]


SCENE = _scene()


def _coat():
    x, y = R.grid()
    t = np.clip((y - SHOULDER_Y) / 12.0, 0.0, 1.0)
    body = np.maximum(np.abs(x - RINGER_X) - (4.6 + 1.6 * t), np.maximum(SHOULDER_Y - 1.0 - y, y - 53.0))
    return R.coverage(body)


COAT = _coat()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the bells, from the left, swinging about their pivots
    a = R.col(f[:, 0])
    ca, sa = np.cos(a), np.sin(a)
    count = f[:, 3].astype(int)
    part, yb = img[:, :, :int(BELFRY_FLOOR)], y[:, :int(BELFRY_FLOOR)]
    for i, bx in enumerate(BELLS):
        on = (count >= i).astype(np.float32)[:, None, None]
        dx, dy = x - bx, yb - PIVOT_Y
        u, v = dx * ca - dy * sa, dx * sa + dy * ca  # across the bell and down it from the pivot
        t = np.clip((v - CROWN) / (MOUTH - CROWN), 0.0, 1.0)
        w = CROWN_HW + (MOUTH_HW - CROWN_HW) * t ** 2
        bell = np.maximum(np.abs(u) - w, np.maximum(CROWN - v, v - MOUTH)) * 0.9
        bell = np.minimum(bell, R.ellipse_sdf(u, v - CROWN, CROWN_HW, 1.6))
        shade = 0.72 + 0.4 * np.clip(1.0 - np.abs(u / w + 0.35) * 1.3, 0.0, 1.0)
        R.over(part, on * R.coverage(np.hypot(u, v - MOUTH - 0.6) - 1.9), CLAPPER)
        R.over(part, on * R.coverage(bell), BRONZE[None, :, None, None] * shade[:, None])
        R.over(part, on * R.coverage(np.maximum(bell, np.abs(v - MOUTH + 1.0) - 0.7)), BRONZE_DARK)
        R.over(part, on * R.coverage(R.box_sdf(u, v + 0.2, 5.4, 1.5)), TIMBER)
        R.over(part, on * R.coverage(np.hypot(dx, dy) - 1.0), CLAPPER)
    # the coat, the rope, its sally and tail, and the ringer's arms and hands
    coat = R.hsv(f[:, 2], 0.62, 0.72)
    sally = R.hsv(f[:, 2], 0.78, 0.82)
    R.over(img, np.broadcast_to(COAT, (n, R.SIZE, R.SIZE)), coat)
    hand = R.col(HAND_TOP + HAND_SPAN * f[:, 1])
    R.over(img, R.coverage(np.maximum(np.abs(x - ROPE_X) - 0.8, np.maximum(BELFRY_FLOOR + 3.0 - y, y - hand - 12.0))),
           ROPE)
    grip = np.maximum(np.abs(x - ROPE_X) - 2.3, np.maximum(hand - 6.0 - y, y - hand - 5.0))
    R.over(img, R.coverage(grip), sally)
    R.over(img, 0.9 * R.coverage(np.maximum(grip, np.abs(((y - hand) % 3.0) - 1.5) - 0.6)), STRIPE)
    for sx, dy in ((RINGER_X - 3.6, 2.5), (RINGER_X + 3.6, 0.0)):
        arm = R.segment_sdf(x, y, sx, SHOULDER_Y, ROPE_X + 0.6, hand + dy) - 1.7
        R.over(img, R.coverage(arm), coat * (0.8 if dy == 0.0 else 1.0))
        R.over(img, R.coverage(np.hypot(x - ROPE_X - 0.3, y - hand - dy) - 1.6), SKIN)
    return R.to_uint8(img)


def render(bell_swing: float, rope_pull: float, coat_hue: float, bells: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[bell_swing, rope_pull, coat_hue, bells]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("bellringer", arg, n, seed, FACTORS, sample_factors, _draw)
