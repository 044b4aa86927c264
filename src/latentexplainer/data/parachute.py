"""`parachute`: a parachutist drifting down over farmland under a striped canopy (64x64 RGB).

The sky is blue, paler towards the horizon; below the horizon lie fields in slanting strips of
green and gold with a dark line of hedges along the far edge. The parachute's canopy is a dome,
seen from the side, with a scalloped lower rim, made of panels that alternate between one hue
and white; four thin dark lines run from the rim down to the harness, where the parachutist
hangs: a small figure with a round head, a dark suit, arms up to the lines and legs together. The
canopy and the figure swing together, like a pendulum, about the middle of the canopy. Factors:
the parachute's horizontal position (left to right), its height above the fields (low to
high), the angle it has swung to (tilted left, hanging straight, tilted right), the size of the
canopy (small to large; the lines stay the same length) and the hue of the canopy's coloured
panels (all the way round the colour wheel, back to where it began). The sky, the fields, the
figure and the lines' length stay fixed; the whole parachute always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("chute_x", "horizontal position of the parachute (left to right)", "continuous"),
    Factor("altitude", "height of the parachute above the fields (low to high)", "continuous"),
    Factor("swing", "angle the parachute has swung to (tilted left, straight, tilted right)", "continuous"),
    Factor("canopy_size", "size of the parachute's canopy (small to large)", "continuous"),
    Factor("canopy_hue", "hue of the canopy's coloured panels, round the whole colour wheel", "cyclic",
           period=1.0),
)
# chute_x: 0..1 puts the canopy's middle at x = 20..44 px; altitude: 0..1 puts it at
# y = 28..11 px (0 low, 1 high); swing: -0.4..0.4 radians about the canopy's middle (negative:
# the canopy's top leans left and the figure swings out to the right); canopy_size: 0..1 is a
# canopy of half-width 9..16 px (its height 0.7 times that); canopy_hue: 0..1 of the colour
# wheel (0 and 1 are the same red)
RANGES = ((0.0, 1.0), (0.0, 1.0), (-0.4, 0.4), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.3, 0.55, 0.88)), np.array((0.72, 0.84, 0.95))
HORIZON = 50.0
FIELD_A, FIELD_B, HEDGE = (0.36, 0.58, 0.22), (0.78, 0.68, 0.3), (0.16, 0.3, 0.14)
WHITE, LINES, SUIT, SKIN = (0.97, 0.97, 0.96), (0.2, 0.2, 0.24), (0.15, 0.18, 0.3), (0.93, 0.75, 0.6)
PANELS = 6  # coloured and white panels across the dome
HARNESS = 17.0  # from the canopy's middle down to the harness
ROWS = (0, 58)  # the rows the parachute can reach


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, HORIZON)[None].copy()
    ground = R.below(HORIZON, 1)
    R.over(img, ground, FIELD_A)
    strips = np.sin(9.0 * (x - 24.0) / (y - HORIZON + 9.0))  # strips running away to the horizon
    R.over(img, ground * R.coverage(-strips * 2.5), FIELD_B)
    R.over(img, R.coverage(np.abs(y - HORIZON - 1.0) - 1.0 - 0.6 * np.sin(x * 1.3) ** 2), HEDGE)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    r0, r1 = ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    cx, cy, a = R.col(20 + 24 * f[:, 0]), R.col(28 - 17 * f[:, 1]), R.col(f[:, 2])
    w = R.col(9 + 7 * f[:, 3])
    h = 0.7 * w
    # the parachute's own coordinates: u across (to its right), v down from the canopy's middle
    ca, sa = np.cos(a), np.sin(a)
    u = (x - cx) * ca + (y - cy) * sa
    v = -(x - cx) * sa + (y - cy) * ca
    # the lines, from four points on the rim (two each side, at a fraction of the half-width out
    # from the middle) straight to the harness, a distance measured across each line's slope
    hv = HARNESS
    au = np.abs(u)
    t = np.clip((hv - v) / (hv - 1.0), 0.0, 1.0)  # 1 at the rim, 0 at the harness
    lines = np.full(u.shape, np.inf, np.float32)
    for k in (0.35, 0.95):
        slope = k * w / (hv - 1.0)
        np.minimum(lines, np.abs(au - k * w * t) / np.sqrt(1.0 + slope * slope), out=lines)
    lines = np.maximum(lines, np.maximum(1.0 - v, v - hv))
    R.over(part, R.coverage(lines - 0.35), LINES)
    # the figure: arms up to the harness, a body with legs together, a head
    dv = v - np.clip(v, hv + 3.5, hv + 12.0)
    body = np.sqrt(u * u + dv * dv) - 1.5
    dv = v - np.clip(v, hv - 0.5, hv + 4.0)
    arms = np.sqrt((au - 1.6) ** 2 + dv * dv) - 0.6
    R.over(part, R.coverage(np.minimum(body, arms)), SUIT)
    dv = v - (hv + 1.5)
    R.over(part, R.coverage(np.sqrt(u * u + dv * dv) - 1.8), SKIN)
    # the canopy: the upper half of an ellipse, its rim scalloped between the panels
    panel = (u / w + 1.0) * (PANELS / 2)  # 0..PANELS across the dome
    scallop = 1.2 * np.abs(np.sin(np.pi * panel)) * (au < w)
    dome = np.maximum(R.ellipse_sdf(u, v, w, h), v - scallop)
    cover = R.coverage(dome)
    R.over(part, cover, WHITE)
    stripe = np.abs(panel - 2.0 * np.floor(panel / 2.0) - 1.0) - 0.5  # negative in the odd panels
    colour = R.hsv(f[:, 4], 0.85, 0.88)
    R.over(part, cover * R.coverage(stripe * w / (PANELS / 2) * 1.2), colour)
    R.over(part, 0.3 * cover * R.coverage(u + 0.2 * w), (0.0, 0.0, 0.0))  # the far side, in shade
    return R.to_uint8(img)


def render(chute_x: float, altitude: float, swing: float, canopy_size: float, canopy_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[chute_x, altitude, swing, canopy_size, canopy_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("parachute", arg, n, seed, FACTORS, sample_factors, _draw)
