"""`kettle`: an enamel kettle on a gas stove, in front of a plain cream kitchen wall, seen
from the side (64x64 RGB).

The kettle sits on a black pan support (a bar resting on two legs) above a gas burner: a
wide body that narrows towards its domed top, a small black knob on its lid, a black handle
arching over the lid, a darker rim round its base and a white glint on its upper left. A
tapering spout rises out of its right side. Under the support a row of seven blue gas flames,
each with a pale core, may rise from the dark burner cap towards the kettle's base. The stove
top is a steel band across the image, with the stove's dark front below it. Factors: how high
the gas flames burn (off to high), how steeply the spout points up (nearly level to steep),
the width of the kettle's body (slim to wide; its top and handle widen with it) and the hue
of its enamel. The kettle's place and height, the handle's and knob's colour, the burner,
the wall and the stove stay fixed; the whole kettle always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("flame_height", "how high the gas flames under the kettle burn (off to high)", "continuous"),
    Factor("spout_angle", "how steeply the kettle's spout points up (nearly level to steep)", "continuous"),
    Factor("kettle_width", "width of the kettle's body (slim to wide)", "continuous"),
    Factor("enamel_hue", "hue of the kettle's enamel", "continuous"),
)
# flame_height: 0..1 is flames 0..11 px tall above the burner cap's top (y = 49 px; 0: no
# flames), seven of them every 3.4 px, centred at x = 32 px; spout_angle: 0..1 is a spout
# rising 0..1.3 radians above level (19 px long, from 7 px above the base on the body's right
# side); kettle_width: 0..1 is a body 22..34 px wide at its base (y = 38 px; 21 px tall, 0.55
# as wide at its top, then a dome 3 px high); enamel_hue: 0..0.8 of the colour wheel (no wrap)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 0.8))
WALL, STEEL, STOVE = (0.88, 0.86, 0.77), (0.6, 0.61, 0.63), (0.2, 0.2, 0.22)
IRON, CAP, GLINT = (0.07, 0.07, 0.08), (0.16, 0.16, 0.17), (0.98, 0.98, 0.98)
FLAME, CORE = (0.25, 0.45, 1.0), (0.75, 0.85, 1.0)
CX, BASE_Y = 32.0, 38.0
BODY_H, TOP_RATIO, DOME_H = 21.0, 0.55, 3.0
BURNER_Y, STEEL_Y, FRONT_Y = 49.0, 52.0, 55.0
FLAMES, FLAME_GAP, FLAME_HW = 7, 3.4, 3.3
SPOUT_V, SPOUT_LEN, RIM_SHADE = 7.0, 19.0, 0.7
BACKGROUND = R.canvas(1, WALL)[0]
R.over(BACKGROUND[None], R.below(STEEL_Y, 1), STEEL)
R.over(BACKGROUND[None], R.below(FRONT_Y, 1), STOVE)


def _trapezoid(u, v, top, bottom, hw_top, hw_bottom):
    """Signed distance to a symmetric trapezoid between heights ``top`` < ``bottom`` (v down)."""
    slope = (hw_bottom - hw_top) / (bottom - top)
    side = (np.abs(u) - (hw_top + slope * (v - top))) / np.sqrt(1 + slope ** 2)
    return np.maximum(side, np.maximum(top - v, v - bottom))


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    flame, angle, w = R.col(11 * f[:, 0]), R.col(1.3 * f[:, 1]), R.col(11 + 6 * f[:, 2])
    enamel = R.hsv(f[:, 3], 0.7, 0.85)
    # the flames: teardrops narrowing upwards from the burner cap's top
    k = np.clip(np.round((x - CX) / FLAME_GAP), -(FLAMES // 2), FLAMES // 2)
    du, dv = x - CX - FLAME_GAP * k, BURNER_Y - y  # dv: up from the cap
    rise = np.clip(dv / np.maximum(flame, 1e-3), 0.0, 1.0)
    for scale, colour in ((1.0, FLAME), (0.5, CORE)):
        tongue = np.maximum(np.abs(du) - scale * FLAME_HW * (1 - rise), np.maximum(-dv, dv - scale * flame))
        img = R.over(img, R.coverage(np.where(flame > 0.3, tongue, np.inf)), colour)
    img = R.over(img, R.coverage(R.edges_sdf(x, y, CX - 9, CX + 9, BURNER_Y, STEEL_Y)), CAP)
    support = np.minimum(R.edges_sdf(x, y, CX - 17, CX + 17, BASE_Y, BASE_Y + 1.5),
                         R.edges_sdf(np.abs(x - CX), y, 15, 17, BASE_Y, STEEL_Y))
    img = R.over(img, R.coverage(support), IRON)
    # the kettle: the spout behind the body, then the body, the handle and the knob
    u, v = x - CX, y - BASE_Y
    c, s = np.cos(angle), np.sin(angle)
    start = (1 - (1 - TOP_RATIO) * SPOUT_V / BODY_H) * w - 2.0
    pu, pv = u - start, v + SPOUT_V
    t = np.clip((pu * c - pv * s) / SPOUT_LEN, 0.0, 1.0)
    spout = np.hypot(pu - t * SPOUT_LEN * c, pv + t * SPOUT_LEN * s) - (3.4 - 1.7 * t)
    img = R.over(img, R.coverage(spout), enamel)
    top = TOP_RATIO * w
    body = np.minimum(_trapezoid(u, v, -BODY_H, 0.0, top, w), R.ellipse_sdf(u, v + BODY_H, top, DOME_H))
    img = R.over(img, R.coverage(body), enamel)
    img = R.over(img, R.coverage(np.maximum(body, -1.5 - v)), RIM_SHADE * enamel)
    img = R.over(img, 0.85 * R.coverage(R.ellipse_sdf(u + 0.45 * w, v + 14.0, 1.3, 3.2)), GLINT)
    ring = np.hypot(u, v + BODY_H) - (top + 2.5)
    handle = np.maximum(np.abs(ring) - 1.1, v + BODY_H)
    img = R.over(img, R.coverage(handle), IRON)
    knob = np.hypot(u, v + BODY_H + DOME_H + 0.8) - 1.5
    return R.to_uint8(R.over(img, R.coverage(knob), IRON))


def render(flame_height: float, spout_angle: float, kettle_width: float, enamel_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[flame_height, spout_angle, kettle_width, enamel_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("kettle", arg, n, seed, FACTORS, sample_factors, _draw)
