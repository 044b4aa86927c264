"""`acrobat`: a tightrope walker high up in a circus big top, balancing with a long pole on a
rope stretched between two masts, in a spotlight, seen from the front (64x64 RGB).

The big top's canvas, in dim red and cream stripes that gather towards the top of the tent, fills
the background; along the bottom is the ring, a floor of sawdust inside a red kerb, and above it a
safety net hangs across the image. At each side a tall mast rises from the floor with a small
platform, and between the two platforms runs the tightrope, pressed down by the walker's weight
into a V under her feet. She walks on it in a spangled blue costume, her arms out, holding a long
balancing pole across her with a weight at each end. A spotlight throws a round pool of pale light
on the canvas around her. Factors: where the walker is along the rope (left to right; the
spotlight follows her), the tilt of her balancing pole (down on the left, level, down on the
right), how far the rope sags under her (nearly taut to slack) and the size of the spotlight's
pool of light (small to large). The tent, the ring, the net, the masts and the walker's size
stay fixed; the walker and her pole always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("walker_x", "where the tightrope walker is along the rope (left to right)", "continuous"),
    Factor("pole_tilt", "tilt of the walker's balancing pole (down on the left, level, down on the right)",
           "continuous"),
    Factor("rope_sag", "how far the tightrope sags under the walker (nearly taut to slack)", "continuous"),
    Factor("spotlight", "size of the spotlight's pool of light around the walker (small to large)", "continuous"),
)
# walker_x: 0..1 puts the walker's feet at x = 20..44 px; pole_tilt: -0.5..0.5 radians of the pole
# from level (positive: down on the right); rope_sag: 0..1 puts her feet 2..12 px below the
# platforms (y = 24 px); spotlight: 0..1 is a pool of light 9..21 px in radius, round her middle
RANGES = ((0.0, 1.0), (-0.5, 0.5), (0.0, 1.0), (0.0, 1.0))
RED, CREAM = (0.42, 0.1, 0.12), (0.5, 0.44, 0.36)
SAWDUST, KERB, NET, MAST, ROPE = (0.62, 0.5, 0.32), (0.72, 0.14, 0.14), (0.78, 0.76, 0.7), (0.78, 0.7, 0.5), \
    (0.92, 0.88, 0.78)
LIGHT, COSTUME, SPANGLE, SKIN, HAIR = (1.0, 0.95, 0.75), (0.16, 0.3, 0.78), (0.7, 0.84, 1.0), (0.92, 0.74, 0.62), \
    (0.22, 0.13, 0.08)
POLE, WEIGHT = (0.9, 0.9, 0.92), (0.86, 0.18, 0.14)
ROPE_Y, MAST_L, MAST_R, FLOOR_Y, NET_Y = 24.0, 4.0, 60.0, 54.0, 46.0
POLE_HALF = 17.0


def _tent():
    x, y = R.grid()
    img = R.canvas(1, RED)
    spread = (x - 32.0) / (y + 30.0)  # the canvas's seams gather towards the top of the tent
    R.over(img, R.coverage(np.abs((spread * 3.0 % 1.0) - 0.5) * (y + 30.0) / 3.0 - 0.25 * (y + 30.0) / 3.0), CREAM)
    img *= (0.75 + 0.25 * np.clip(y / FLOOR_Y, 0.0, 1.0))[:, None]  # dimmer high up
    return img[0]


TENT = _tent()


def _front():
    """Coverage and colour of the ring, the net and the masts, in drawing order."""
    x, y = R.grid()
    out = [(R.below(FLOOR_Y, 1), SAWDUST),
           (R.coverage(np.abs(y - FLOOR_Y - 1.5) - 1.5), KERB)]
    mesh = np.minimum(np.abs(((x + y) % 4.0) - 2.0), np.abs(((x - y) % 4.0) - 2.0)) - 0.35
    net = np.maximum(mesh, np.abs(y - NET_Y) - 1.8 - 0.8 * np.clip(1.0 - np.abs(x - 32.0) / 28.0, 0.0, 1.0))
    out.append((0.7 * R.coverage(np.maximum(net, np.abs(x - 32.0) - 27.0)), NET))
    masts = np.minimum(np.abs(x - MAST_L) - 1.3, np.abs(x - MAST_R) - 1.3)
    masts = np.minimum(masts, np.minimum(R.edges_sdf(x, y, MAST_L - 3.5, MAST_L + 3.5, ROPE_Y, ROPE_Y + 1.5),
                                         R.edges_sdf(x, y, MAST_R - 3.5, MAST_R + 3.5, ROPE_Y, ROPE_Y + 1.5)))
    out.append((R.coverage(np.maximum(masts, 2.0 - y)), MAST))
    return [(np.broadcast_to(c, (1, R.SIZE, R.SIZE)), col) for c, col in out]


FRONT = _front()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = TENT
    wx, fy = R.col(20.0 + 24.0 * f[:, 0]), R.col(ROPE_Y + 2.0 + 10.0 * f[:, 2])
    # the spotlight's pool of light on the canvas, round the walker's middle
    pool = np.hypot(x - wx, y - (fy - 9.0)) - R.col(9.0 + 12.0 * f[:, 3])
    R.over(img, 0.42 * R.coverage(pool / 1.5), LIGHT)
    for cover, colour in FRONT:
        R.over(img, np.broadcast_to(cover[0], (n, R.SIZE, R.SIZE)), colour)
    # the rope, pressed into a V under her feet
    rope = np.minimum(R.segment_sdf(x, y, MAST_L, ROPE_Y, wx, fy), R.segment_sdf(x, y, wx, fy, MAST_R, ROPE_Y)) - 0.5
    R.over(img, R.coverage(rope), ROPE)
    # the walker: legs, body, arms out to the pole, head and hair
    legs = np.minimum(R.segment_sdf(x, y, wx - 0.9, fy - 8.0, wx - 0.5, fy - 0.5),
                      R.segment_sdf(x, y, wx + 0.9, fy - 8.0, wx + 0.5, fy - 0.5)) - 1.0
    R.over(img, R.coverage(legs), SKIN)
    body = R.ellipse_sdf(x - wx, y - (fy - 11.5), 2.4, 4.4)
    R.over(img, R.coverage(body), COSTUME)
    spangles = np.abs(np.sin(2.3 * x) * np.sin(2.3 * y)) - 0.85
    R.over(img, R.coverage(np.maximum(body + 0.5, -spangles * 2.0)), SPANGLE)
    # the pole, tilted, held at chest height; the arms reach out to it
    a = R.col(f[:, 1])
    px, py = wx, fy - 12.5
    dx, dy = POLE_HALF * np.cos(a), POLE_HALF * np.sin(a)
    grip = 5.5
    arms = np.minimum(R.segment_sdf(x, y, wx - 1.5, fy - 14.0, px - grip * np.cos(a), py - grip * np.sin(a)),
                      R.segment_sdf(x, y, wx + 1.5, fy - 14.0, px + grip * np.cos(a), py + grip * np.sin(a))) - 0.8
    R.over(img, R.coverage(arms), SKIN)
    pole = R.segment_sdf(x, y, px - dx, py - dy, px + dx, py + dy) - 0.9
    R.over(img, R.coverage(pole), POLE)
    weights = np.minimum(np.hypot(x - px + dx, y - py + dy), np.hypot(x - px - dx, y - py - dy)) - 2.1
    R.over(img, R.coverage(weights), WEIGHT)
    R.over(img, R.coverage(np.hypot(x - wx, y - (fy - 18.0)) - 2.3), SKIN)
    hair = np.maximum(np.hypot(x - wx, y - (fy - 18.6)) - 2.5, y - (fy - 18.8))
    return R.to_uint8(R.over(img, R.coverage(hair), HAIR))


def render(walker_x: float, pole_tilt: float, rope_sag: float, spotlight: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[walker_x, pole_tilt, rope_sag, spotlight]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("acrobat", arg, n, seed, FACTORS, sample_factors, _draw)
