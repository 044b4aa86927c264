"""`blimp`: an airship flying over green hills in a blue sky (64x64 RGB).

The blimp flies to the right, nose first: a long, rounded, cigar-shaped envelope, painted one
hue, darker along its underside and with a pale highlight along its top, and a white band
round its middle. At its tail four fins stick out, of which three show: one up, one down and
one towards the viewer, all in a darker shade of the envelope's hue. Under the middle of the
envelope hangs a small grey gondola with a row of pale windows. The envelope, its fins and the
gondola pitch together about the envelope's middle. Behind it the sky is a clear blue, paler
towards the horizon, with two small white clouds, over two rolling green hills. Factors: the
blimp's horizontal position, its height in the sky, its pitch (nose down, level or nose up),
the length of its envelope (short and plump to long) and the hue of its envelope (round the
whole colour wheel, so the hue comes back to red). The envelope's height, the fins' and the
gondola's size, the sky, the clouds and the hills stay fixed; the whole blimp always lies
inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("blimp_x", "horizontal position of the blimp (left to right)", "continuous"),
    Factor("altitude", "height of the blimp in the sky (low to high)", "continuous"),
    Factor("pitch", "pitch of the blimp (nose down, level, nose up)", "continuous"),
    Factor("blimp_length", "length of the blimp's envelope (short to long)", "continuous"),
    Factor("envelope_hue", "hue of the blimp's envelope, round the whole colour wheel", "cyclic", period=1.0),
)
# blimp_x: 0..1 puts the envelope's middle at x = 27..37 px; altitude: 0..1 puts it at y = 36..17
# px (0 low, 1 high); pitch: -0.3..0.3 radians (positive: nose up); blimp_length: 0..1 is an
# envelope 26..42 px long (its half-height 7 px); envelope_hue: 0..1 of the colour wheel, a
# whole turn (1 is red again)
RANGES = ((0.0, 1.0), (0.0, 1.0), (-0.3, 0.3), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.3, 0.55, 0.9)), np.array((0.7, 0.84, 0.96))
CLOUD, HILL_FAR, HILL_NEAR = (0.97, 0.97, 0.98), (0.36, 0.6, 0.3), (0.24, 0.5, 0.2)
GONDOLA, WINDOW, BAND = (0.32, 0.32, 0.36), (0.85, 0.92, 0.98), (0.96, 0.96, 0.94)
HALF_H = 7.0
CLOUDS = ((12.0, 10.0, 7.0, 2.6), (50.0, 6.0, 6.0, 2.2))  # x, y, half-width, half-height
# a fin in envelope coordinates (u forward from the tail's tip, v down from the axis): the upper one,
# clockwise on screen; the lower one is its mirror image
FIN = ((-1.0, -9.5), (3.0, -9.5), (10.0, -2.0), (3.0, -2.0))


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, 52.0)[None].copy()
    for cx, cy, hw, hh in CLOUDS:
        puffs = np.minimum(
            R.ellipse_sdf(x - cx, y - cy, hw, hh), R.ellipse_sdf(x - cx + 0.2 * hw, y - cy + hh, 0.5 * hw, hh)
        )
        R.over(img, R.coverage(puffs), CLOUD)
    R.over(img, R.coverage(50.0 - 5.0 * np.cos((x - 14.0) / 11.0) - y), HILL_FAR)
    R.over(img, R.coverage(56.0 - 4.0 * np.cos((x - 48.0) / 9.0) - y), HILL_NEAR)
    return img[0]


BACKGROUND = _background()


def _fin(u, v):
    """Signed distance to a fin's quadrilateral (corners in FIN, clockwise on screen)."""
    d = None
    for (ax, ay), (bx, by) in zip(FIN, FIN[1:] + FIN[:1]):
        ex, ey = bx - ax, by - ay
        side = ((u - ax) * ey - (v - ay) * ex) / np.hypot(ex, ey)
        d = side if d is None else np.maximum(d, side)
    return d


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    cx, cy, p = R.col(27 + 10 * f[:, 0]), R.col(36 - 19 * f[:, 1]), R.col(f[:, 2])
    a = R.col(13 + 8 * f[:, 3])  # the envelope's half-length
    # envelope coordinates: u forward along the axis (on screen (cos p, -sin p)), v down across it
    dx, dy = x - cx, y - cy
    u = dx * np.cos(p) - dy * np.sin(p)
    v = dx * np.sin(p) + dy * np.cos(p)
    hue = f[:, 4]
    dark = R.hsv(hue, 0.8, 0.5)
    # the fins at the tail (up, down, and the near one, seen edge-on as a short bar), the gondola
    tu = u + a  # forward from the tail's tip
    fins = np.minimum(_fin(tu, v), _fin(tu, -v))
    img = R.over(img, R.coverage(fins), dark)
    gondola = R.box_sdf(u, v - (HALF_H + 2.5), 4.5, 2.0) - 0.8
    img = R.over(img, R.coverage(gondola), GONDOLA)
    windows = np.maximum(np.abs(((u + 0.75) % 2.5) - 1.25) - 0.55, R.box_sdf(u, v - (HALF_H + 2.3), 3.6, 0.7))
    img = R.over(img, R.coverage(windows), WINDOW)
    # the envelope: its colour, a darker underside, a pale highlight along its top, a white band
    env = R.ellipse_sdf(u, v, a, HALF_H)
    inside = R.coverage(env)
    img = R.over(img, inside, R.hsv(hue, 0.65, 0.9))
    img = R.over(img, inside * R.coverage(2.5 - v), R.hsv(hue, 0.75, 0.68))
    img = R.over(img, 0.55 * R.coverage(R.ellipse_sdf(u + 0.1 * a, v + 3.5, 0.6 * a, 1.2)), BAND)
    img = R.over(img, inside * R.coverage(np.abs(u - 0.15 * a) - 1.3), BAND)
    near = R.box_sdf(tu - 6.0, v - 0.5, 5.0, 0.9) - 0.3  # the near fin, seen edge-on
    return R.to_uint8(R.over(img, R.coverage(near), dark))


def render(blimp_x: float, altitude: float, pitch: float, blimp_length: float, envelope_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[blimp_x, altitude, pitch, blimp_length, envelope_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("blimp", arg, n, seed, FACTORS, sample_factors, _draw)
