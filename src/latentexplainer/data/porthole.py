"""`porthole`: a ship's round brass porthole in a riveted cabin wall, looking out to sea
(64x64 RGB).

The porthole is in the middle of a cabin wall of pale painted steel plates with seams and rows
of rivets. Its glass is framed by a thick brass ring, lit from the upper left, with eight dark
bolts, casting a faint shadow on the wall; a faint reflection curves across the glass's upper
left. Through the glass is the open sea under the sky: the sky paler towards the horizon, the
sea darker, with bands of waves that widen as they come nearer and, on a rough sea, white
crests; a small dark island (fainter at night) sits on the horizon a little right of the
middle. Factors: how far the ship rolls (the horizon seen through the glass, and the island on
it, tilt one way or the other, turning about the porthole's middle), how high the horizon lies
in the glass as the ship pitches (low to high), the size of the porthole (the glass and its
ring), the light outside (night to bright day; the sky and the sea together) and how rough the
sea is (calm to choppy with white crests). The cabin wall, the ring's colours and the island's
place on the horizon stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("roll", "tilt of the horizon seen through the porthole (right end up to left end up)", "continuous"),
    Factor("horizon", "height of the sea's horizon in the porthole (low to high)", "continuous"),
    Factor("porthole_size", "size of the porthole, its glass and brass ring (small to large)", "continuous"),
    Factor("daylight", "the light outside the porthole (night to bright day)", "continuous"),
    Factor("waves", "how rough the sea outside is (calm to choppy with white crests)", "continuous"),
)
# roll: -0.35..0.35 radians of the horizon from level, turning about the porthole's middle
# (negative: the horizon's right end is higher on screen, positive: its left end); horizon: 0..1 puts the horizon
# 7 px below to 7 px above the porthole's middle (at x = 32, y = 31 px); porthole_size: 0..1
# is glass of radius 12..19 px inside a 3.5 px brass ring; daylight: 0..1 blends the sky and
# the sea from their night to their day colours; waves: 0..1 deepens the waves' bands (from
# faint ripples) and raises their white crests (none at 0)
RANGES = ((-0.35, 0.35), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
CX, CY, RING = 32.0, 31.0, 3.5
PAINT, SEAM, RIVET = (0.78, 0.8, 0.74), (0.6, 0.62, 0.57), (0.66, 0.68, 0.62)
BRASS, BRASS_LIGHT, BOLT = (0.72, 0.55, 0.22), (0.95, 0.82, 0.45), (0.25, 0.2, 0.12)
ISLAND = (0.16, 0.2, 0.18)
# (night, day) colours: the sky high up, the sky at the horizon, the sea
SKY_HIGH = np.array(((0.04, 0.06, 0.16), (0.36, 0.6, 0.9)), np.float32)
SKY_LOW = np.array(((0.14, 0.16, 0.3), (0.84, 0.9, 0.96)), np.float32)
SEA = np.array(((0.03, 0.07, 0.14), (0.1, 0.36, 0.55)), np.float32)
FOAM = np.array((0.92, 0.95, 0.97), np.float32)
BOX, HALF_ROOT = (7, 57), 0.5 ** 0.5  # the rows and columns the porthole can reach; sqrt(1/2)


def _wall() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, PAINT)
    img += (0.03 * np.sin(x * 0.23 + 0.5) * np.cos(y * 0.17))[:, None]  # slightly uneven paint
    from_seam = 11.0 - np.abs(((y + 4.0) % 22.0) - 11.0)  # how far from a horizontal seam
    seams = np.minimum(from_seam, 15.0 - np.abs(((x + 10.0) % 30.0) - 15.0))
    R.over(img, R.coverage(seams - 0.6), SEAM)
    spot = ((x + 1.5) % 4.0) - 2.0  # a row of rivets 2.5 px from each horizontal seam
    R.over(img, 0.7 * R.coverage(np.hypot(spot - 0.3, from_seam - 2.8) - 0.6), SEAM)
    R.over(img, R.coverage(np.hypot(spot, from_seam - 2.5) - 0.7), RIVET)
    return img[0]


WALL = _wall()
_X, _Y = R.grid()
DX, DY = _X[:, :, BOX[0]:BOX[1]] - CX, _Y[:, BOX[0]:BOX[1]] - CY  # the box round the porthole
RHO = np.hypot(DX, DY)
AX, AY = np.maximum(np.abs(DX), np.abs(DY)), np.minimum(np.abs(DX), np.abs(DY))  # folded to one eighth
LIT = np.clip(-(DX + DY) / (np.sqrt(2) * np.maximum(RHO, 1e-3)), -1.0, 1.0)  # the light on the ring
BRASS_LIT = (np.asarray(BRASS, np.float32)[:, None, None]
             + (np.asarray(BRASS_LIGHT, np.float32) - BRASS)[:, None, None] * (0.8 * LIT)).astype(np.float32)


def _draw(f: np.ndarray) -> np.ndarray:
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = WALL
    b0, b1 = BOX
    part = img[:, :, b0:b1, b0:b1]
    dx, dy = DX, DY
    a = R.col(f[:, 0])
    along = dx * np.cos(a) + dy * np.sin(a)  # along the horizon, and below it
    across = dy * np.cos(a) - dx * np.sin(a) + R.col(14 * f[:, 1] - 7)
    day = f[:, 3].astype(np.float32)[:, None]
    high, low, sea = ((c[0] + (c[1] - c[0]) * day)[:, :, None, None] for c in (SKY_HIGH, SKY_LOW, SEA))
    # the view: the sky (paler towards the horizon), the sea with its bands of waves and their
    # white crests, and the island; seen through the glass, with a reflection on it
    depth = np.maximum(across, 0.0)
    crest = np.sin(4.2 * np.sqrt(depth) + 0.7 * np.sin(0.45 * along + 0.3 * depth))
    shade = R.col(0.12 + 0.5 * f[:, 4]) * crest
    view = low + (high - low) * np.clip(-across / 18.0, 0.0, 1.0)[:, None]
    sea_cover = R.coverage(-across)
    view += (sea * (1.0 + shade[:, None]) - view) * sea_cover[:, None]
    foam = R.col(f[:, 4]) * np.clip(2.0 * (crest * np.sin(0.5 * along - 0.2 * depth) - 0.4), 0.0, 1.0)
    R.over(view, foam * np.clip(depth / 3.0, 0.0, 1.0), FOAM)
    island = np.maximum(R.ellipse_sdf(along - 7.0, across, 6.0, 2.6), across)
    R.over(view, R.coverage(island) * (0.35 + 0.65 * day[:, :, None]), ISLAND)
    rho = RHO
    r = R.col(12 + 7 * f[:, 2])
    glint = np.maximum(np.abs(rho - 0.72 * r) - 1.0, np.maximum((dx + dy) * HALF_ROOT + 0.35 * r, -dx - 0.9 * r))
    R.over(view, 0.3 * R.coverage(glint), FOAM)
    glass = R.coverage(rho - r)
    part += (view - part) * glass[:, None]
    # the brass ring, lit from the upper left, with eight bolts (found in one eighth of the
    # ring, folded over its symmetries)
    ring = R.coverage(np.abs(rho - r - RING / 2) - RING / 2)
    rb = r + RING / 2
    bolt = np.minimum(np.hypot(AX - rb, AY), np.hypot(AX - rb * HALF_ROOT, AY - rb * HALF_ROOT)) - 0.9
    colour = BRASS_LIT + (np.asarray(BOLT, np.float32)[:, None, None] - BRASS_LIT) * R.coverage(bolt)[:, None]
    part *= 1.0 - 0.35 * R.coverage(np.abs(rho - r - RING / 2 - 0.8) - RING / 2 - 0.3)[:, None]  # its shadow
    part += (colour - part) * ring[:, None]
    return R.to_uint8(img)


def render(roll: float, horizon: float, porthole_size: float, daylight: float, waves: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[roll, horizon, porthole_size, daylight, waves]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("porthole", arg, n, seed, FACTORS, sample_factors, _draw)
