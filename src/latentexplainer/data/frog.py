"""`frog`: a frog sitting on a lily pad floating on a pond, seen from the side (64x64 RGB).

A frog sits on a round green lily pad, with a notch cut into its near edge, floating on the
dark blue-green water of a pond. The frog faces right: a plump body sloping up to its head,
a folded back leg with a long webbed foot, a front leg propping it up, a paler belly, darker
spots on its back, a wide mouth and a bulging golden eye with a black pupil. Under its chin
its throat sac can puff out into a round cream bubble. It may leap up off the pad, its back
leg stretching down behind it as it goes. Rings of ripples may spread on the water round
the pad. Behind the pond is a far bank of dark green grass with brown-topped cattails under
a pale sky. Factors: the horizontal position of the lily pad with the frog on it (left to
right), how far the frog's throat sac puffs out (flat to a big round bubble), how high it
leaps off the pad (sitting on it to high above it), the hue of its skin (yellow-green
through green to blue-green) and how many rings of ripples spread round the pad (none to
three). The frog's size, the pad's size and the height of the water stay fixed; the whole
frog always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("pad_x", "horizontal position of the lily pad with the frog on it (left to right)", "continuous"),
    Factor("throat", "how far the frog's throat sac puffs out (flat to a big round bubble)", "continuous"),
    Factor("leap", "how high the frog leaps off its lily pad (sitting on it to high above it)", "continuous"),
    Factor("skin_hue", "hue of the frog's skin (yellow-green through green to blue-green)", "continuous"),
    Factor("ripples", "how many rings of ripples spread round the lily pad (none to three)", "continuous"),
)
# pad_x: 0..1 puts the pad's middle at x = 14..44 px (its top at y = 47 px); throat: 0..1 is a
# throat sac -1..6 px in radius under the chin (nothing shows below 0); leap: 0..1 lifts the
# frog 0..13 px above the pad, its back foot following 0.4 of the way, the shin stretching
# between them; skin_hue: 0..1 is a hue of 0.16..0.5 of the colour wheel; ripples: 0..1 shows 0..3 rings
# round the pad, 15.5, 20.5 and 25.5 px in half-width (each fades in over a third of the range)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_LOW, BANK, BANK_DARK, REED, CATTAIL = (
    (0.66, 0.8, 0.92),
    (0.88, 0.92, 0.9),
    (0.2, 0.36, 0.16),
    (0.12, 0.24, 0.1),
    (0.3, 0.46, 0.2),
    (0.4, 0.24, 0.12),
)
WATER_TOP, WATER_LOW, GLINT, RIPPLE = (0.28, 0.5, 0.54), (0.1, 0.26, 0.34), (0.45, 0.66, 0.7), (0.78, 0.9, 0.92)
PAD, PAD_DARK, PAD_VEIN = (0.32, 0.6, 0.2), (0.18, 0.38, 0.12), (0.48, 0.74, 0.3)
CREAM, IRIS, BLACK = (0.97, 0.94, 0.74), (0.95, 0.75, 0.2), (0.03, 0.03, 0.03)
BANK_Y, WATER_Y, PAD_Y, PAD_RX, PAD_RY, LEAP = 12.0, 26.0, 47.0, 12.0, 3.6, 13.0
RINGS = ((15.5, 4.8), (20.5, 6.3), (25.5, 7.8))  # the ripples' half-width and half-height
REEDS = ((5.0, 8.0), (9.0, 5.0), (22.0, 9.0), (27.0, 6.0), (41.0, 7.0), (47.0, 4.0), (52.0, 8.5), (60.0, 6.0))
FROG_ROWS, RIPPLE_ROWS = (14, 54), (37, 58)


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_LOW, BANK_Y)[None]
    bank = BANK_Y + 1.5 * np.sin(x * 0.21 + 1.0) + 0.8 * np.sin(x * 0.63) - y
    R.over(img, R.coverage(bank), BANK)
    R.over(img, 0.7 * R.coverage(bank) * R.coverage(np.abs(((x + 0.4 * y) % 4.0) - 2.0) - 0.5), BANK_DARK)
    for rx, top in REEDS:
        stem = R.segment_sdf(x, y, rx, WATER_Y, rx + 0.8, top) - 0.5
        R.over(img, R.coverage(stem), REED)
        R.over(img, R.coverage(R.box_sdf(x - rx - 0.7, y - top - 2.5, 0.6, 2.2) - 0.4), CATTAIL)
    water = R.vertical_gradient(WATER_TOP, WATER_LOW)[None]
    glint = R.coverage(np.abs(((y + 0.3 * np.sin(x * 0.35)) % 5.0) - 2.5) - 0.3) * (np.sin(x * 0.4 + y) > 0.3)
    water = R.over(water, 0.5 * glint.astype(np.float32), GLINT)
    below = R.below(WATER_Y, 1)
    img += below[:, None] * (water - img)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    px = R.col(14.0 + 30.0 * f[:, 0])
    # the ripples round the pad, on the water
    part, v = img[:, :, RIPPLE_ROWS[0] : RIPPLE_ROWS[1]], y[:, RIPPLE_ROWS[0] : RIPPLE_ROWS[1]] - PAD_Y - 0.3
    u = x - px
    for k, (rx, ry) in enumerate(RINGS):
        shown = R.col(np.clip(f[:, 4] * len(RINGS) - k, 0.0, 1.0))
        R.over(part, 0.85 * shown * R.coverage(np.abs(R.ellipse_sdf(u, v, rx, ry)) - 0.6), RIPPLE)
    # the pad: a flat disc with a notch cut into its near edge, its thick edge darker
    part, v = img[:, :, FROG_ROWS[0] : FROG_ROWS[1]], y[:, FROG_ROWS[0] : FROG_ROWS[1]] - PAD_Y
    notch = (np.abs(u + 3.0) - 0.9 * (v - 0.3)) / 1.35
    pad = np.maximum(R.ellipse_sdf(u, v - 0.3, PAD_RX, PAD_RY), -notch)
    R.over(part, R.coverage(np.maximum(R.ellipse_sdf(u, v - 1.1, PAD_RX, PAD_RY), -notch)), PAD_DARK)
    R.over(part, R.coverage(pad), PAD)
    veins = np.abs(((np.arctan2(v - 0.3, (u + 3.0) / 3.3) + 0.3) % 0.9) - 0.45) * np.hypot(u + 3.0, v) / 3.0 - 0.3
    R.over(part, 0.6 * R.coverage(np.maximum(pad + 0.8, veins)), PAD_VEIN)
    # the frog, lifted off the pad as it leaps, its back foot trailing below it
    hue = 0.16 + 0.34 * f[:, 3]
    skin, dark, belly = R.hsv(hue, 0.72, 0.62), R.hsv(hue, 0.8, 0.4), R.hsv(hue, 0.32, 0.9)
    lift = R.col(LEAP * f[:, 2])
    fu, fv = -2.5 - 0.2 * lift, -0.6 - 0.4 * lift
    shin = R.segment_sdf(u, v, -5.0, -3.2 - lift, fu - 1.5, fv) - 1.2
    R.over(part, R.coverage(np.minimum(shin, R.ellipse_sdf(u - fu, v - fv, 5.0, 1.1))), dark)
    v = v + lift
    # the back leg's thigh, the body with its paler belly and spots, the front leg
    R.over(part, R.coverage(R.ellipse_sdf(u + 5.0, v + 3.2, 5.2, 3.0)), 0.85 * skin)
    a = 0.35
    du, dv = u + 0.5, v + 6.5
    along, across = du * np.cos(a) - dv * np.sin(a), du * np.sin(a) + dv * np.cos(a)
    body = R.ellipse_sdf(along, across, 7.5, 4.6)
    R.over(part, R.coverage(body), skin)
    R.over(part, R.coverage(np.maximum(body, 1.8 - across)), belly)
    spots = np.minimum(np.minimum(np.hypot(u + 3.0, v + 9.4) - 1.1, np.hypot(u - 0.5, v + 10.4) - 0.9),
                       np.hypot(u + 5.6, v + 7.4) - 0.9)
    R.over(part, R.coverage(np.maximum(body + 0.5, spots)), dark)
    leg = np.minimum(R.segment_sdf(u, v, 4.0, -6.0, 6.3, -1.0) - 1.3, R.ellipse_sdf(u - 7.4, v + 0.6, 2.1, 0.8))
    R.over(part, R.coverage(leg), skin)
    # the head, its mouth, the throat sac puffing out under the chin, the eye and a nostril
    head = R.ellipse_sdf(u - 6.5, v + 10.0, 4.8, 3.4)
    R.over(part, R.coverage(head), skin)
    R.over(part, R.coverage(np.maximum(head + 0.4, R.segment_sdf(u, v, 5.0, -8.9, 11.5, -9.5) - 0.4)), dark)
    r = R.col(-1.0 + 7.0 * f[:, 1])
    sac = np.hypot(u - 8.5 - 0.15 * r, v + 7.8 - 0.55 * r) - r
    R.over(part, R.coverage(sac - 0.6), dark)
    R.over(part, R.coverage(sac), CREAM)
    R.over(part, R.coverage(np.hypot(u - 6.0, v + 13.2) - 2.4), skin)
    R.over(part, R.coverage(np.hypot(u - 6.3, v + 13.4) - 1.6), IRIS)
    R.over(part, R.coverage(R.ellipse_sdf(u - 6.4, v + 13.4, 1.1, 0.6)), BLACK)
    R.over(part, R.coverage(np.hypot(u - 10.3, v + 11.2) - 0.45), dark)
    return R.to_uint8(img)


def render(pad_x: float, throat: float, leap: float, skin_hue: float, ripples: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[pad_x, throat, leap, skin_hue, ripples]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("frog", arg, n, seed, FACTORS, sample_factors, _draw)
