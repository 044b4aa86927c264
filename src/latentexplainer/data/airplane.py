"""`airplane`: a jet airliner flying to the right across a clear blue sky, leaving a white
contrail behind it, seen from the side (64x64 RGB).

The airliner's fuselage is a long white capsule with a row of dark windows; its belly, its
swept tail fin and the engine under its wing are painted in the airline's colour; the wing is
grey, like the small tailplane. A white contrail, widening and fading as it drifts, streams
back from the engine. Two soft white clouds float low in the sky, which is deep blue at the
top and paler towards the bottom.
Factors: the plane's horizontal position, its height in the sky, its pitch (the plane and its
contrail turn together about the middle of the fuselage), the length of the contrail and the
hue of the airline's colour. The plane's size and shape, the sky and the clouds stay fixed;
the plane always lies inside the image (its contrail may run out of the image on the left).
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("plane_x", "horizontal position of the plane (left to right)", "continuous"),
    Factor("altitude", "height of the plane in the sky (low to high)", "continuous"),
    Factor("pitch", "pitch of the plane (nose down, level, nose up)", "continuous"),
    Factor("trail_length", "length of the plane's contrail (short to long)", "continuous"),
    Factor("livery_hue", "hue of the plane's belly, tail fin and engine", "continuous"),
)
# plane_x: 0..1 puts the middle of the fuselage at x = 34..48 px; altitude: 0..1 puts it at
# y = 46..16 px (0 low, 1 high); pitch: -0.4..0.4 radians from level (positive: nose up);
# trail_length: 0..1 is a contrail 3..36 px long behind the engine's back; livery_hue: 0..0.6 of
# the colour wheel (red through yellow and green to blue, no wrap)
RANGES = ((0.0, 1.0), (0.0, 1.0), (-0.4, 0.4), (0.0, 1.0), (0.0, 0.6))
SKY_TOP, SKY_BOTTOM = np.array((0.22, 0.45, 0.8)), np.array((0.6, 0.76, 0.93))
CLOUD, TRAIL = (0.97, 0.98, 1.0), (0.98, 0.98, 1.0)
BODY, WING, WINDOW = (0.96, 0.96, 0.97), (0.62, 0.65, 0.7), (0.2, 0.25, 0.35)
WINDOW_EVERY = 2.2  # the windows' spacing along the fuselage
CLOUDS = ((8.0, 58.0, 11.0, 4.0), (16.0, 55.0, 6.0, 3.5), (55.0, 60.0, 10.0, 3.5))  # (x, y, rx, ry)
BACK, FRONT, RADIUS = -12.0, 11.0, 3.0  # the fuselage: its ends along the axis, and its radius
FIN_ROOT, FIN_TOP = 2.4, 11.0  # the tail fin's root and top, above the axis
ENGINE_U, ENGINE_V, ENGINE_L, ENGINE_R = 1.5, -3.6, 2.5, 1.4  # the engine's middle, half-length, radius
TRAIL_HW, TRAIL_SPREAD, TRAIL_ALPHA, TRAIL_FADE = 1.5, 0.1, 0.92, 0.008  # widening and fading per px


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM)[None].copy()
    cloud = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for cx, cy, rx, ry in CLOUDS:
        np.minimum(cloud, R.ellipse_sdf(x - cx, y - cy, rx, ry), out=cloud)
    R.over(img, 0.85 * np.clip(0.5 - cloud / 2.5, 0.0, 1.0), CLOUD)  # soft edges
    return img[0]


BACKGROUND = _background()


def _capsule(u: np.ndarray, v: np.ndarray, cu: float, cv: float, half: float, radius: float) -> np.ndarray:
    """Signed distance to a capsule along u: middle (cu, cv), straight half-length, radius."""
    du, dv = np.maximum(np.abs(u - cu) - half, 0.0), v - cv
    return np.sqrt(du * du + dv * dv) - radius  # (np.hypot is several times slower)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    px, py, a = R.col(34 + 14 * f[:, 0]), R.col(46 - 30 * f[:, 1]), R.col(f[:, 2])
    # plane coordinates: u forwards along the fuselage (on screen (cos a, -sin a)), v up from it
    dx, dy = x - px, y - py
    ca, sa = np.cos(a), np.sin(a)
    u = dx * ca - dy * sa
    v = -dx * sa - dy * ca
    livery = R.hsv(f[:, 4], 0.8, 0.85)
    # the contrail: from the engine's back, widening as it goes
    s = (ENGINE_U - ENGINE_L) - u
    trail = np.maximum(np.abs(v - ENGINE_V) - TRAIL_HW - TRAIL_SPREAD * s, np.maximum(-s, s - R.col(3 + 33 * f[:, 3])))
    R.over(img, (TRAIL_ALPHA - TRAIL_FADE * s) * R.coverage(trail), TRAIL)
    # the fuselage, white, with the grey tailplane and wing over it
    hull = R.coverage(_capsule(u, v, (BACK + FRONT) / 2, 0.0, (FRONT - BACK) / 2, RADIUS))
    R.over(img, hull, BODY)
    tailplane = _capsule(u, v, -10.0, 0.8, 2.6, 0.9)
    wing = _capsule(u, v, 0.5, -1.0, 6.0, 1.3)
    grey = R.coverage(np.minimum(tailplane, wing))
    R.over(img, grey, WING)
    # the livery: the swept-back tail fin standing on the fuselage, its belly (less the wing),
    # and the engine
    lead = (u + 4.5 + 0.7 * v) * np.float32(1 / np.sqrt(1.49))
    trailing = (-11.0 - 0.25 * v - u) * np.float32(1 / np.sqrt(1.0625))
    fin = R.coverage(np.maximum(np.maximum(lead, trailing), np.maximum(v - FIN_TOP, FIN_ROOT - v)))
    belly = hull * R.coverage(v + 0.2) * (1.0 - grey)
    engine = R.coverage(_capsule(u, v, ENGINE_U, ENGINE_V, ENGINE_L, ENGINE_R))
    R.over(img, np.maximum(np.maximum(fin, belly), engine), livery)
    # the windows
    w = u * np.float32(1 / WINDOW_EVERY)
    w -= np.floor(w)  # where along its window's stretch of the fuselage (0..1): u % WINDOW_EVERY, faster
    windows = np.maximum(np.abs(v - 1.0) - 0.55, np.abs(w - 0.5) * WINDOW_EVERY - 0.5)
    return R.to_uint8(R.over(img, R.coverage(np.maximum(windows, np.abs(u - 0.5) - 8.0)), WINDOW))


def render(plane_x: float, altitude: float, pitch: float, trail_length: float, livery_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[plane_x, altitude, pitch, trail_length, livery_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("airplane", arg, n, seed, FACTORS, sample_factors, _draw)
