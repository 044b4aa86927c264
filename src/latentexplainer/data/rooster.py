"""`rooster`: a rooster crowing on a fence post in a farmyard at sunrise, seen from the side
(64x64 RGB).

A rooster stands on top of a wooden fence post left of the middle of the image, facing right:
a chestnut body with a darker wing, yellow legs gripping the post's top, golden hackles on its
neck, a round head with a red comb on top, a red wattle under a yellow beak and a black eye,
and long arching sickle feathers fanning up and back from its rump, each with a paler middle.
When it throws its head back to crow its beak opens. The post stands in a fence of two wooden
rails with two shorter posts, over a strip of green grass along the bottom. Behind, the sun
rises over a line of dark green hills on the right, the sky orange and purple at dawn and pale
blue once the sun is up. Factors: how far the sun has risen (on the horizon at dawn to high in
a blue morning sky), the height of the fence post (short to tall; the rooster stands on it),
how far the rooster throws its head back to crow (head level to thrown back with the beak
open), the hue of its tail feathers (round the whole colour wheel) and the length of its tail
feathers (short to long). The rooster's size, its place across the image, the fence and the
hills stay fixed; the whole rooster always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("sunrise", "how far the sun has risen (on the horizon at dawn to high in the morning)", "continuous"),
    Factor("post_height", "height of the fence post the rooster stands on (short to tall)", "continuous"),
    Factor("crow", "how far the rooster throws its head back to crow (head level to thrown back)", "continuous"),
    Factor("tail_hue", "hue of the rooster's tail feathers (round the whole colour wheel)", "cyclic", period=1.0),
    Factor("tail_length", "length of the rooster's arching tail feathers (short to long)", "continuous"),
)
# sunrise: 0..1 puts the sun's middle (x = 50 px, 6 px in radius) at y = 48..12 px and mixes the
# dawn sky into the morning one; post_height: 0..1 puts the post's top, where the rooster's feet
# are, at y = 50..38 px (x = 29 px); crow: 0..1 turns the neck and head back by 0..0.9 radians
# about the neck's base and opens the beak by 0..0.5 radians; tail_hue: 0..1 is the whole colour
# wheel (1 is 0 again); tail_length: 0..1 is five feathers 7..22 px long, fanned evenly from 1.25
# to 2.75 radians round from pointing forwards (1.57: straight up), each arching back along a
# circle 12 px in radius
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
DAWN_TOP, DAWN_LOW = np.array((0.3, 0.22, 0.45), np.float32), np.array((1.0, 0.58, 0.32), np.float32)
DAY_TOP, DAY_LOW = np.array((0.3, 0.56, 0.9), np.float32), np.array((0.78, 0.88, 0.96), np.float32)
SUN_LOW, SUN_HIGH = np.array((1.0, 0.42, 0.16), np.float32), np.array((1.0, 0.96, 0.66), np.float32)
HILLS, GRASS, GRASS_DARK, WOOD, WOOD_DARK = (
    (0.16, 0.3, 0.16),
    (0.3, 0.56, 0.2),
    (0.2, 0.4, 0.12),
    (0.6, 0.42, 0.24),
    (0.4, 0.27, 0.14),
)
BODY, WING, HACKLE, COMB, BEAK, LEGS, EYE = (
    (0.64, 0.26, 0.1),
    (0.4, 0.14, 0.06),
    (0.95, 0.62, 0.18),
    (0.9, 0.08, 0.06),
    (0.98, 0.8, 0.2),
    (0.95, 0.75, 0.2),
    (0.03, 0.03, 0.03),
)
HORIZON_Y, GRASS_Y, SUN_X, SUN_R, POST_X, POST_HW = 44.0, 56.0, 50.0, 6.0, 29.0, 3.2
RUMP, NECK_BASE, FEATHER_R, FEATHERS = (-7.0, -14.0), (5.0, -16.0), 12.0, 5
HEAD, COMB_LOBES = (1.5, -10.5), ((-2.5, 0.5, 1.6), (-0.4, 1.4, 1.9), (1.8, 0.8, 1.6))  # from the neck's base
# the rows and columns each part can reach (the sun, the post, the tail, legs, body and head), for speed
SUN_COLS, POST_COLS = (int(SUN_X) - 8, int(SUN_X) + 8), (int(POST_X) - 5, int(POST_X) + 5)
TAIL_WIN, LEG_WIN = ((5, 50), (0, int(POST_X) - 3)), ((31, 52), (int(POST_X) - 7, int(POST_X) + 7))
BODY_WIN, HEAD_WIN = ((18, 47), (int(POST_X) - 11, int(POST_X) + 11)), ((3, 42), (int(POST_X) - 10, int(POST_X) + 17))


def _static() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """How far down the sky each row is (H, W); the hills, fence and grass in front of the sky:
    coverage (H, W) and colours (3, H, W)."""
    x, y = R.grid()
    t = np.broadcast_to(np.clip(y / HORIZON_Y, 0.0, 1.0), (1, R.SIZE, R.SIZE))[0]
    layer = np.zeros((1, 3, R.SIZE, R.SIZE), np.float32)
    hills = HORIZON_Y - 3.0 - 2.5 * np.sin(x * 0.11 + 2.0) - 1.0 * np.sin(x * 0.37) - y
    cover = R.coverage(hills)
    R.over(layer, cover, HILLS)
    fence = np.minimum(np.abs(y - 45.0) - 1.3, np.abs(y - 52.0) - 1.3)
    fence = np.minimum(
        fence, np.minimum(R.edges_sdf(x, y, 5.0, 10.0, 40.0, 64.0), R.edges_sdf(x, y, 56.0, 61.0, 40.0, 64.0))
    )
    R.over(layer, R.coverage(fence), WOOD)
    R.over(layer, 0.6 * R.coverage(np.maximum(fence + 0.6, -(np.abs(((x + 2.0) % 9.0) - 4.5) - 0.3))), WOOD_DARK)
    grass = GRASS_Y + 0.8 * np.sin(x * 1.3) - y
    R.over(layer, R.coverage(grass), GRASS)
    R.over(layer, 0.5 * R.coverage(grass - 1.5) * R.coverage(np.abs(((x + 0.5 * y) % 3.0) - 1.5) - 0.4), GRASS_DARK)
    cover = np.maximum(np.maximum(cover, R.coverage(fence)), R.coverage(grass))
    return t.astype(np.float32), cover[0].astype(np.float32), (layer[0] / np.maximum(cover, 1e-6)).astype(np.float32)


SKY_T, LAND_COVER, LAND_COLOUR = _static()


def _feathers(u, v, length) -> np.ndarray:
    """Signed distance to the sickle feathers arching up and back from the rump, each a tapering
    arc of a circle ``length`` long; ``u`` right and ``v`` down from the rooster's feet."""
    out = np.inf
    span = length / FEATHER_R
    rump = np.hypot(u - RUMP[0], v - RUMP[1])
    width = 2.2 - 1.5 * np.clip(rump / (0.9 * length), 0.0, 1.0)  # tapering from the rump out
    for i in range(FEATHERS):
        phi = 1.25 + 1.5 * i / (FEATHERS - 1)
        # the arc leaves the rump in direction phi (y up) and turns counter-clockwise about its
        # centre; q is the pixel, a and b the arc's ends, all from that centre, y up
        cx, cy = RUMP[0] - FEATHER_R * np.sin(phi), RUMP[1] - FEATHER_R * np.cos(phi)
        qx, qy = u - cx, cy - v
        ax, ay = FEATHER_R * np.sin(phi), -FEATHER_R * np.cos(phi)
        bx, by = FEATHER_R * np.cos(phi - np.pi / 2 + span), FEATHER_R * np.sin(phi - np.pi / 2 + span)
        inside = (ax * qy - ay * qx >= 0) & (qx * by - qy * bx >= 0)  # within the arc's sweep (under half a turn)
        ends = np.minimum(rump, np.hypot(qx - bx, qy - by))
        out = np.minimum(out, np.where(inside, np.abs(np.hypot(qx, qy) - FEATHER_R), ends))
    return out - width


def _window(img, x, y, rows, cols):
    """The part of ``img`` in those rows and columns, and its pixels' x and y."""
    return img[:, :, rows[0] : rows[1], cols[0] : cols[1]], x[:, :, cols[0] : cols[1]], y[:, rows[0] : rows[1]]


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    # the sky, from dawn to morning, and the sun rising in it
    rise = f[:, 0].astype(np.float32)[:, None]
    top = DAWN_TOP + (DAY_TOP - DAWN_TOP) * rise  # (N, 3)
    low = DAWN_LOW + (DAY_LOW - DAWN_LOW) * rise
    img = (top[:, :, None, None] + (low - top)[:, :, None, None] * SKY_T).astype(np.float32)
    part, xx, yy = _window(img, x, y, (0, R.SIZE), SUN_COLS)
    sun = np.hypot(xx - SUN_X, yy - R.col(48.0 - 36.0 * f[:, 0])) - SUN_R
    R.over(part, R.coverage(sun), SUN_LOW + (SUN_HIGH - SUN_LOW) * rise)
    img += LAND_COVER * (LAND_COLOUR - img)
    # the rooster's post, from its top to the bottom edge
    top_y = R.col(50.0 - 12.0 * f[:, 1])
    part, xx, yy = _window(img, x, y, (0, R.SIZE), POST_COLS)
    post = R.edges_sdf(xx, yy, POST_X - POST_HW, POST_X + POST_HW, top_y, R.SIZE + 1.0)
    R.over(part, R.coverage(post), WOOD)
    R.over(part, 0.7 * R.coverage(np.maximum(post, -(np.abs(xx - POST_X - 1.0) - 0.4))), WOOD_DARK)
    # the rooster, each part in the rows and columns it can reach: u right and v down from its feet
    part, xx, yy = _window(img, x, y, *TAIL_WIN)
    tail = _feathers(xx - POST_X, yy - top_y, R.col(7.0 + 15.0 * f[:, 4]))
    R.over(part, R.coverage(tail), R.hsv(f[:, 3], 0.8, 0.62))
    R.over(part, R.coverage(tail + 0.9), R.hsv(f[:, 3], 0.55, 0.95))
    part, xx, yy = _window(img, x, y, *LEG_WIN)
    u, v = xx - POST_X, yy - top_y
    legs = np.minimum(R.segment_sdf(u, v, -2.0, -6.0, -2.5, 0.0), R.segment_sdf(u, v, 2.0, -6.0, 2.5, 0.0)) - 0.7
    toes = R.box_sdf(u, v + 0.5, 5.0, 0.4) - 0.4
    R.over(part, R.coverage(np.minimum(legs, toes)), LEGS)
    part, xx, yy = _window(img, x, y, *BODY_WIN)
    u, v = xx - POST_X, yy - top_y
    R.over(part, R.coverage(R.ellipse_sdf(u + 0.5, v + 12.0, 9.0, 6.5)), BODY)
    R.over(part, R.coverage(R.ellipse_sdf(u + 1.5, v + 12.5, 5.5, 3.6)), WING)
    # the neck and head, turned back about the neck's base: a right, b down in their own frame
    part, xx, yy = _window(img, x, y, *HEAD_WIN)
    a = R.col(0.9 * f[:, 2])
    c, s = np.cos(a), np.sin(a)
    du, dv = xx - POST_X - NECK_BASE[0], yy - top_y - NECK_BASE[1]
    ha, hb = du * c - dv * s, du * s + dv * c
    neck = R.segment_sdf(ha, hb, -1.0, 2.0, 1.0, -9.0) - 3.4
    R.over(part, R.coverage(neck), HACKLE)
    ha, hb = ha - HEAD[0], hb - HEAD[1]  # from the head's middle
    comb = np.min([np.hypot(ha - cx, hb + 3.3 + cy) - r for cx, cy, r in COMB_LOBES], axis=0)
    wattle = R.ellipse_sdf(ha - 2.6, hb - 4.2, 1.3, 2.1)
    R.over(part, R.coverage(np.minimum(comb, wattle)), COMB)
    R.over(part, R.coverage(np.hypot(ha, hb) - 3.6), BODY)
    # the beak: two halves from the face, opening as the head goes back
    gape = 0.5 * f[:, 2][:, None, None]
    bx, by = ha - 3.0, hb + 0.3
    upper = R.segment_sdf(bx, by, 0.0, -0.8, 4.2 * np.cos(gape), -0.8 - 4.2 * np.sin(gape)) - 1.0
    lower = R.segment_sdf(bx, by, 0.0, 0.4, 3.6, 0.4) - 0.8
    R.over(part, R.coverage(np.minimum(upper, lower)), BEAK)
    R.over(part, R.coverage(np.hypot(ha - 1.4, hb + 0.8) - 0.9), EYE)
    return R.to_uint8(img)


def render(sunrise: float, post_height: float, crow: float, tail_hue: float, tail_length: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[sunrise, post_height, crow, tail_hue, tail_length]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("rooster", arg, n, seed, FACTORS, sample_factors, _draw)
