"""`rocket`: a rocket flying through a starry night sky with a flame of exhaust behind it
(64x64 RGB).

The rocket is a painted body with a pointed nose cone on top, a round blue porthole with a
white rim, and two swept fins at its tail, one to each side; the nose cone and the fins are
a darker shade of the body's paint. A flame of exhaust comes out of the tail along the
rocket's axis: an orange teardrop with a yellow core and a soft orange glow. The sky fills
the image, dark navy at the top and a little lighter towards the bottom, sprinkled with
small white stars in a fixed pattern. Factors: the rocket's height in the sky (it stays in
the middle left to right), its tilt (the rocket and its flame turn together about the
rocket's middle), the length of the exhaust flame and the hue of the rocket's paint. The
rocket's size, the porthole's and the flame's colours, the sky and the stars stay fixed; the
whole rocket and its flame always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("altitude", "height of the rocket in the sky (low to high)", "continuous"),
    Factor("tilt", "tilt of the rocket (leaning left, upright, leaning right)", "continuous"),
    Factor("exhaust_length", "length of the exhaust flame behind the rocket (short to long)", "continuous"),
    Factor("rocket_hue", "hue of the rocket's paint (its body, nose cone and fins)", "continuous"),
)
# altitude: 0..1 puts the rocket's middle at y = 32..17 px (0 low, 1 high; x = 32 px always);
# tilt: -0.6..0.6 radians from upright (negative: the nose leans to the left, positive: to
# the right), turning about the rocket's middle; exhaust_length: 0..1 is a flame reaching
# 4..16 units (5.2..20.8 px) beyond the tail; rocket_hue: 0..0.8 of the colour wheel (no
# wrap). The rocket is drawn in units of SCALE px: its nose's tip 11 units above its middle,
# its tail 7 below.
RANGES = ((0.0, 1.0), (-0.6, 0.6), (0.0, 1.0), (0.0, 0.8))
SKY_TOP, SKY_LOW = np.array((0.02, 0.03, 0.12)), np.array((0.1, 0.1, 0.27))
RIM, PORTHOLE = (0.97, 0.97, 0.97), (0.2, 0.45, 0.85)
FLAME, CORE, GLOW = (1.0, 0.5, 0.08), (1.0, 0.93, 0.55), (1.0, 0.45, 0.1)
CX, SCALE = 32.0, 1.3
BODY_HW, TAIL, SHOULDER, NOSE = 4.0, -7.0, 4.0, 11.0  # along the axis from the middle: tail, nose's foot, tip
FIN_ROOT, FIN_TIP, FIN_SPAN = -1.0, -9.0, 8.5  # the fins' top on the body, their low outer point
PORT_U, PORT_R = 0.5, 2.1
FLAME_HW = 3.2
N_STARS = 40


def _stars() -> np.ndarray:
    """The fixed starry sky (3, H, W)."""
    rng = np.random.default_rng(17)
    sky = R.vertical_gradient(SKY_TOP, SKY_LOW).copy()
    sx, sy = rng.integers(1, R.SIZE - 1, N_STARS) + 0.5, rng.integers(1, R.SIZE - 1, N_STARS) + 0.5
    bright = rng.uniform(0.45, 1.0, N_STARS)
    x, y = R.grid()
    for i in range(N_STARS):
        dot = np.exp(-((x - sx[i]) ** 2 + (y - sy[i]) ** 2) / (2 * 0.4 ** 2))[0]
        sky += bright[i] * dot * (1.0 - sky)
    return np.clip(sky, 0.0, 1.0).astype(np.float32)


SKY = _stars()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SKY
    cy, a = R.col(32 - 15 * f[:, 0]), R.col(f[:, 1])
    # rocket coordinates, in units of SCALE px: u up its axis (on screen (sin a, -cos a)) from
    # its middle, v across it
    u = ((x - CX) * np.sin(a) - (y - cy) * np.cos(a)) / SCALE
    v = ((x - CX) * np.cos(a) + (y - cy) * np.sin(a)) / SCALE
    av = np.abs(v)
    # the exhaust: a teardrop below the tail, widest near the tail
    length = R.col(4 + 12 * f[:, 2])
    s = TAIL - u  # distance below the tail
    glow = np.exp(-(np.maximum(np.abs(s - length / 2) - length / 2, 0.0) ** 2 + av ** 2) / (2 * 2.5 ** 2))
    img = R.over(img, 0.45 * glow * R.coverage(-s), GLOW)
    taper = np.clip(1.0 - s / length, 0.0, 1.0) ** 0.7
    flame = R.ellipse_sdf(v, s - length / 2, FLAME_HW * taper + 0.3, length / 2 + 0.5)
    img = R.over(img, R.coverage(SCALE * flame), FLAME)
    core = R.ellipse_sdf(v, s - length * 0.3, 0.5 * FLAME_HW * taper + 0.2, length * 0.3 + 0.3)
    img = R.over(img, R.coverage(SCALE * core), CORE)
    # the fins: a swept triangle each side, from the body down and out to the fin's tip
    paint, shade = R.hsv(f[:, 3], 0.75, 0.88), R.hsv(f[:, 3], 0.8, 0.62)
    edge = ((av - BODY_HW) * (FIN_ROOT - FIN_TIP) + (u - FIN_ROOT) * (FIN_SPAN - BODY_HW)) / np.hypot(
        FIN_ROOT - FIN_TIP, FIN_SPAN - BODY_HW)
    fins = np.maximum(np.maximum(edge, av - FIN_SPAN), np.maximum(FIN_TIP - u, BODY_HW - 1.0 - av))
    img = R.over(img, R.coverage(SCALE * fins), shade)
    # the body and the nose cone
    body = np.maximum(av - BODY_HW, np.maximum(TAIL - u, u - SHOULDER))
    img = R.over(img, R.coverage(SCALE * body), paint)
    nose_len = NOSE - SHOULDER
    nose = np.maximum((av * nose_len + (u - SHOULDER) * BODY_HW - BODY_HW * nose_len) / np.hypot(nose_len, BODY_HW),
                      SHOULDER - 0.5 - u)
    img = R.over(img, R.coverage(SCALE * nose), shade)
    port = SCALE * np.sqrt(v ** 2 + (u - PORT_U) ** 2)
    img = R.over(img, R.coverage(port - SCALE * PORT_R - 0.8), RIM)
    return R.to_uint8(R.over(img, R.coverage(port - SCALE * PORT_R), PORTHOLE))


def render(altitude: float, tilt: float, exhaust_length: float, rocket_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[altitude, tilt, exhaust_length, rocket_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("rocket", arg, n, seed, FACTORS, sample_factors, _draw)
