"""`farrier`: a farrier's forge, a horse standing to be shod beside an anvil, in front of a wide
open doorway onto a winter lane, seen from the side (64x64 RGB).

The forge's back wall is of blue-grey stone blocks with dark mortar; the floor is a band of
trodden earth along the bottom. On the left a wide doorway opens onto the lane outside: a sky
above a far field and a hedge. In front of the doorway an iron anvil stands on a wooden block.
On the right a horse stands side on, facing left, on four legs with dark hooves: a rounded
body, a neck with a darker mane, a head with an ear and an eye, and a darker tail. Factors:
the colour of the horse's coat (chestnut, grey or black), how high the horse holds its head
(the neck reaching forwards and down, the muzzle near the anvil, to the neck raised high and
the head held nearly upright), the size of the horse (a small pony to a big horse) and how
much it is snowing in the lane (a clear blue sky over a green field, to a grey sky, a white
field and falling snowflakes across the doorway). The wall, the doorway, the anvil, the floor
and where the horse stands stay fixed; the whole horse always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("coat", "colour of the horse's coat (chestnut, grey or black)", "categorical",
           ("chestnut", "grey", "black")),
    Factor("head_height", "how high the horse holds its head (lowered to raised high)", "continuous"),
    Factor("horse_size", "size of the horse (a small pony to a big horse)", "continuous"),
    Factor("snow", "how much it snows in the lane outside the doorway (clear to heavy snow)", "continuous"),
)
# coat: a code 0..2 for the colours of COATS (the mane, tail and far legs a darker shade of
# it); head_height: 0..1 turns the neck about the withers from 0.6 radians below the forward
# level to 1.3 above it, the head hanging from its end 1.2..1.4 radians below the forward level
# (nearer upright the higher it is held); horse_size: 0..1 scales the horse by
# 0.62..1.0 about the point between its hooves at (42, 57) px (1.0 is about 42 px from muzzle to
# tail); snow: 0..1 blends the sky from blue to grey and the field from green to white, and fades
# the snowflakes in
RANGES = ((0.0, 2.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
STONE, MORTAR, FLOOR, FLOOR_DARK = (0.44, 0.5, 0.58), (0.3, 0.34, 0.4), (0.4, 0.32, 0.24), (0.33, 0.26, 0.19)
IRON, BLOCK, HOOF, SNOWFLAKE = (0.16, 0.16, 0.18), (0.46, 0.32, 0.2), \
    (0.12, 0.1, 0.09), (1.0, 1.0, 1.0)
COATS = np.array(((0.7, 0.36, 0.15), (0.84, 0.84, 0.82), (0.1, 0.09, 0.1)), np.float32)
SKY_CLEAR, SKY_SNOW = np.array((0.5, 0.72, 0.95)), np.array((0.7, 0.72, 0.74))
FIELD_GREEN, FIELD_SNOW = np.array((0.36, 0.62, 0.26)), np.array((0.95, 0.96, 0.98))
HEDGE = (0.2, 0.34, 0.18)
FLOOR_Y, DOOR_L, DOOR_R, DOOR_T, FIELD_Y = 56.0, 3.0, 30.0, 8.0, 34.0
ANCHOR_X, ANCHOR_Y = 42.0, 57.0
NECK_X, NECK_Y, NECK, HEAD = -6.0, -26.0, 15.5, 11.0  # in the horse's units


def _scene():
    x, y = R.grid()
    img = R.canvas(1, STONE)
    course = np.floor(y / 5.0)
    joints = np.minimum(np.abs((y % 5.0) - 0.5), np.abs(((x + course * 4.5) % 9.0) - 0.5))
    R.over(img, R.coverage(joints - 0.55), MORTAR)
    img += (0.04 * np.sin(1.7 * x + 2.3 * course) * np.cos(0.9 * course))[:, None]
    R.over(img, R.coverage(R.edges_sdf(x, y, DOOR_L - 1.5, DOOR_R + 1.5, DOOR_T - 1.5, FLOOR_Y)), BLOCK)
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    R.over(img, 0.7 * R.coverage(np.maximum(np.abs(((x * 0.7 + 2.0 * np.floor(y / 2.0)) % 7.0) - 3.5) - 2.8,
                                            FLOOR_Y + 1.0 - y)), FLOOR_DARK)
    return img[0]


SCENE = _scene()
_X, _Y = R.grid()
DOOR = R.coverage(R.edges_sdf(_X, _Y, DOOR_L, DOOR_R, DOOR_T, FLOOR_Y))  # the opening, (1, H, W)
FIELD = DOOR * R.coverage(FIELD_Y - _Y)
HEDGE_COVER = DOOR * R.coverage(np.maximum(FIELD_Y - 3.0 + 1.2 * np.sin(_X * 1.3) - _Y, _Y - FIELD_Y))


def _flakes():
    """Snowflakes on a jittered grid across the doorway."""
    rng = np.random.default_rng(7)
    d = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for gx in np.arange(DOOR_L + 2.0, DOOR_R, 4.5):
        for gy in np.arange(DOOR_T + 2.0, FLOOR_Y, 4.5):
            fx, fy = gx + rng.uniform(-1.5, 1.5), gy + rng.uniform(-1.5, 1.5)
            np.minimum(d, np.hypot(_X - fx, _Y - fy) - rng.uniform(0.6, 1.0), out=d)
    return DOOR * R.coverage(d)


FLAKES = _flakes()


def _anvil():
    x, y = _X, _Y
    block = R.edges_sdf(x, y, 9.0, 19.0, 48.0, FLOOR_Y + 1.0)
    body = np.minimum(R.edges_sdf(x, y, 8.0, 22.0, 41.0, 44.0), R.edges_sdf(x, y, 11.5, 18.5, 44.0, 48.0))
    horn = np.maximum(R.segment_sdf(x, y, 2.0, 41.8, 8.5, 42.3) - (0.3 + 0.25 * (x - 2.0)), np.abs(y - 42.5) - 1.5)
    return R.coverage(block), R.coverage(np.minimum(body, horn))


BLOCK_COVER, ANVIL_COVER = _anvil()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the lane through the doorway: sky, field, hedge and snow
    snow = f[:, 3:4]
    R.over(img, np.broadcast_to(DOOR, (n, R.SIZE, R.SIZE)), SKY_CLEAR[None] + (SKY_SNOW - SKY_CLEAR)[None] * snow)
    field = FIELD_GREEN[None] + (FIELD_SNOW - FIELD_GREEN)[None] * snow
    R.over(img, np.broadcast_to(FIELD, (n, R.SIZE, R.SIZE)), field)
    R.over(img, np.broadcast_to(HEDGE_COVER, (n, R.SIZE, R.SIZE)), HEDGE)
    R.over(img, FLAKES * R.col(f[:, 3]), SNOWFLAKE)
    R.over(img, np.broadcast_to(BLOCK_COVER, (n, R.SIZE, R.SIZE)), BLOCK)
    R.over(img, np.broadcast_to(ANVIL_COVER, (n, R.SIZE, R.SIZE)), IRON)
    # the horse, in its own units: u forwards is to the left, v up is negative, 1 unit = s px
    s = R.col(0.62 + 0.38 * f[:, 2])
    u, v = (x - ANCHOR_X) / s, (y - ANCHOR_Y) / s
    coat = COATS[f[:, 0].astype(int)]
    dark = coat * 0.62 + 0.02

    def paint(dist, colour):  # dist in horse units
        R.over(img, R.coverage(dist * s), colour)

    def seg(ax, ay, bx, by, r0, r1):  # a tapered limb from a (half-width r0) to b (r1)
        d, h = R.segment_sdf(u, v, ax, ay, bx, by, along=True)
        return d - (r0 + (r1 - r0) * h)

    # far legs and tail (darker), then the body, neck and head, then the near legs
    far = np.minimum(seg(-4.0, -19.0, -4.5, -1.5, 2.0, 1.3), seg(12.0, -20.0, 11.0, -1.5, 2.6, 1.3))
    tail = seg(17.0, -27.0, 19.0, -11.0, 1.6, 2.4)
    paint(np.minimum(far, tail), dark)
    paint(np.minimum(R.edges_sdf(u, v, -6.3, -2.8, -2.0, 0.0), R.edges_sdf(u, v, 9.3, 12.8, -2.0, 0.0)), HOOF)
    # the neck turns up about the withers, from reaching forwards and down to held high; the head
    # hangs from its end, nearer upright the higher it is held
    t = R.col(f[:, 1])
    up, down = -0.6 + 1.9 * t, 1.2 + 0.2 * t  # the neck's angle above, the head's below, the forward level
    nx, ny = NECK_X - NECK * np.cos(up), NECK_Y - NECK * np.sin(up)
    mx, my = nx - HEAD * np.cos(down), ny + HEAD * np.sin(down)
    body = R.ellipse_sdf(u - 3.0, v + 25.0, 14.0, 7.5)
    neck = seg(NECK_X, NECK_Y, nx, ny, 5.4, 3.5)
    head = seg(nx, ny, mx, my, 3.6, 2.3)
    ear = seg(nx + 1.0, ny - 1.0, nx + 2.0, ny - 5.0, 1.2, 0.3)
    paint(np.minimum(np.minimum(body, neck), np.minimum(head, ear)), coat)
    mane = seg(NECK_X + 3.5 * np.sin(up), NECK_Y - 3.5 * np.cos(up), nx + 2.2 * np.sin(up), ny - 2.2 * np.cos(up),
               1.5, 1.1)
    paint(mane, dark)
    paint(np.hypot(u - (nx + 0.3 * (mx - nx)) + 1.2, v - (ny + 0.3 * (my - ny))) - 0.9, HOOF)  # the eye
    # the near legs
    near = np.minimum(seg(14.0, -21.0, 13.0, -1.5, 2.8, 1.4), seg(-7.0, -21.0, -7.5, -1.5, 2.4, 1.4))
    paint(near, coat)
    paint(np.minimum(R.edges_sdf(u, v, 11.3, 14.8, -2.0, 0.0), R.edges_sdf(u, v, -9.3, -5.8, -2.0, 0.0)), HOOF)
    return R.to_uint8(img)


def render(coat: float, head_height: float, horse_size: float, snow: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[coat, head_height, horse_size, snow]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("farrier", arg, n, seed, FACTORS, sample_factors, _draw)
