"""`diver`: a diver in a red suit swimming under the sea with a torch, above a sandy sea bed,
seen from the side (64x64 RGB).

The water is lighter near the surface, at the top of the image, and darker below, with pale rays
of sunlight slanting down through it; along the bottom lies a sea bed of rippled sand with a few
grey rocks, and at the right a clump of seaweed sways up from it. The diver swims to the right:
a red suit, a yellow air tank on the back, a dark head with a pale blue mask, legs trailing behind
with black fins. One arm reaches forward holding a torch, whose pale yellow beam spreads ahead of
the diver; a column of bubbles rises from the diver's head. Factors: how deep the diver swims
(near the surface to near the sea bed), the diver's tilt (head down, level, head up; the torch
and its beam turn with the diver), the colour of the water (murky green to clear blue) and how far
the torch's beam reaches (the torch off to a long beam). The sea bed, the rocks, the seaweed and
the diver's size stay fixed; the diver always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("depth", "how deep the diver swims (near the surface to near the sea bed)", "continuous"),
    Factor("tilt", "tilt of the swimming diver (head down, level, head up)", "continuous"),
    Factor("water_colour", "colour of the water (murky green to clear blue)", "continuous"),
    Factor("torch_beam", "how far the diver's torch beam reaches (off to far)", "continuous"),
)
# depth: 0..1 puts the diver's middle at y = 17..41 px (its x stays at 27 px); tilt: -0.45..0.45
# radians from level (positive: the head up); water_colour: 0..1 blends the water from green
# (0.14, 0.42, 0.32) to blue (0.08, 0.3, 0.62); torch_beam: 0..1 is a beam 0..34 px long, its
# brightness growing with it (0: the torch is off)
RANGES = ((0.0, 1.0), (-0.45, 0.45), (0.0, 1.0), (0.0, 1.0))
GREEN, BLUE = np.array((0.14, 0.42, 0.32)), np.array((0.08, 0.3, 0.62))
SAND, RIPPLE, ROCK, WEED = (0.72, 0.64, 0.46), (0.6, 0.52, 0.36), (0.4, 0.4, 0.42), (0.2, 0.42, 0.16)
SUIT, SUIT_DARK, TANK, HOOD, MASK = (0.8, 0.18, 0.14), (0.5, 0.1, 0.08), (0.96, 0.78, 0.12), \
    (0.1, 0.1, 0.12), (0.62, 0.84, 0.95)
FIN, TORCH, BEAM, BUBBLE = (0.06, 0.06, 0.08), (0.55, 0.56, 0.6), (1.0, 0.96, 0.7), (0.86, 0.95, 1.0)
SEABED_Y, DIVER_X, BEAM_MAX = 55.0, 27.0, 34.0
BUBBLES = ((0.5, 4.0, 1.2), (-0.8, 9.0, 1.5), (0.8, 15.0, 1.8), (-0.5, 22.0, 2.1))  # dx, height, radius


def _light() -> np.ndarray:
    """How bright the water is, (H, W): lighter at the top, with slanting rays of sunlight."""
    x, y = R.grid()
    depth = 1.25 - 0.75 * np.clip(y / SEABED_Y, 0.0, 1.0)
    rays = 0.12 * np.clip(np.sin(0.35 * (x - 0.4 * y)) * np.sin(0.13 * (x - 0.4 * y) + 1.0), 0.0, 1.0)
    return (depth + rays * (1.0 - y / R.SIZE))[0]


LIGHT = _light()


def _backgrounds():
    """The water (lighter at the top, with rays of sunlight), the sea bed, its rocks and the seaweed,
    (2, 3, H, W): in green water and in blue; the images blend the two (drawing is linear in them)."""
    x, y = R.grid()
    img = np.stack([GREEN, BLUE]).astype(np.float32)[:, :, None, None] * LIGHT[None, None]
    bed = SEABED_Y + 1.2 * np.sin(0.2 * x)
    R.over(img, np.broadcast_to(R.coverage(bed - y), (2, R.SIZE, R.SIZE)), SAND)
    ripples = np.maximum(np.abs(((y - bed) % 3.0) - 1.5 + 0.6 * np.sin(0.5 * x)) - 0.4, bed + 1.0 - y)
    R.over(img, np.broadcast_to(R.coverage(ripples), (2, R.SIZE, R.SIZE)), RIPPLE)
    rocks = np.minimum(R.ellipse_sdf(x - 8.0, y - 56.0, 6.0, 3.5), R.ellipse_sdf(x - 40.0, y - 57.0, 4.5, 3.0))
    R.over(img, np.broadcast_to(R.coverage(rocks), (2, R.SIZE, R.SIZE)), ROCK)
    weed = np.min([np.maximum(np.abs(x - wx - 2.0 * np.sin(0.25 * y + wx)) - 1.1, top - y)
                   for wx, top in ((52.0, 30.0), (56.0, 24.0), (60.0, 34.0))], 0)
    R.over(img, np.broadcast_to(R.coverage(np.maximum(weed, y - bed - 1.0)), (2, R.SIZE, R.SIZE)), WEED)
    return img


IN_GREEN, IN_BLUE = _backgrounds()


def _along(u, v, u0, u1, v0):
    """Distance to the segment from (u0, v0) to (u1, v0), which runs along the diver's body."""
    return np.hypot(np.maximum(np.abs(u - (u0 + u1) / 2) - (u1 - u0) / 2, 0.0), v - v0)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = IN_GREEN + (IN_BLUE - IN_GREEN) * R.col(f[:, 2])[:, None]
    cy, a = R.col(17.0 + 24.0 * f[:, 0]), R.col(f[:, 1])
    # the diver's own frame: u forward along the body, v across it (down when level)
    c, s = np.cos(a), np.sin(a)
    u = (x - DIVER_X) * c - (y - cy) * s
    v = (x - DIVER_X) * s + (y - cy) * c

    def at(pu, pv):  # a point of the diver's frame, on screen
        return DIVER_X + pu * c + pv * s, cy - pu * s + pv * c

    # the torch's beam, widening ahead of it, fading towards its end
    reach = R.col(BEAM_MAX * f[:, 3])
    ahead = u - 13.0
    beam = np.maximum(np.abs(v - 3.2) - 1.0 - 0.36 * ahead, np.maximum(-ahead, ahead - reach))
    fade = np.clip(1.0 - ahead / np.maximum(reach, 1e-3), 0.0, 1.0)
    R.over(img, (0.3 + 0.45 * R.col(f[:, 3])) * R.coverage(beam) * np.sqrt(fade), BEAM)
    # the fins, the tank, the body, the legs and the arm with the torch, the head and mask
    apart = np.abs(v - 0.15)  # the legs, and the fins, lie alike either side of the body's line
    legs = R.segment_sdf(u, apart, -6.0, 0.6, -16.0, 1.7) - 1.7
    fins = R.segment_sdf(u, apart, -16.0, 1.7, -23.0, 3.2) - 0.6 - 0.22 * np.clip(-16.0 - u, 0.0, 7.0)
    R.over(img, R.coverage(fins), FIN)
    R.over(img, R.coverage(R.box_sdf(u + 2.5, v + 3.6, 6.0, 1.0) - 1.2), TANK)
    body = _along(u, v, -7.0, 4.5, 0.0) - 3.0
    R.over(img, R.coverage(body), SUIT)
    # the darker parts of the suit: the legs, a seam along the body, the arm
    seam = np.maximum(body + 0.3, np.abs(v - 0.6) - 0.6)
    arm = R.segment_sdf(u, v, 3.0, 0.8, 10.0, 3.2) - 1.3
    R.over(img, R.coverage(np.minimum(np.minimum(legs, seam), arm)), SUIT_DARK)
    R.over(img, R.coverage(_along(u, v, 9.5, 13.0, 3.2) - 1.2), TORCH)
    R.over(img, R.coverage(np.hypot(u - 8.2, v + 0.3) - 2.8), HOOD)
    R.over(img, R.coverage(R.ellipse_sdf(u - 9.8, v + 0.4, 1.3, 1.8)), MASK)
    # the bubbles, rising straight up from the head
    hx, hy = at(8.2, -2.0)
    ring = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    for dx, up, r in BUBBLES:
        np.minimum(ring, np.abs(np.hypot(x - hx - dx, y - hy + up) - r) - 0.45, out=ring)
    return R.to_uint8(R.over(img, 0.85 * R.coverage(ring), BUBBLE))


def render(depth: float, tilt: float, water_colour: float, torch_beam: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[depth, tilt, water_colour, torch_beam]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("diver", arg, n, seed, FACTORS, sample_factors, _draw)
