"""`lamp`: a desk lamp with an articulated arm standing on a wooden desk in front of a dark
wall, seen from the side (64x64 RGB).

The lamp's heavy base stands on the desk near the left edge of the image; a straight lower
arm rises from it, leaning slightly right, to an elbow joint, and an upper arm reaches from
the elbow to the right, ending in a joint from which a dome-shaped shade hangs, its open rim
facing the desk. The base, the arms and the shade are painted one colour; the joints are dark
metal. A round bulb peeks out under the shade's rim. When the lamp is on, a pale yellow cone
of light spreads from the rim down to the desk, where it makes a bright patch, and the bulb
glows. The wall is a muted blue-grey; the desk is a brown band along the bottom. Factors: how
high the upper arm is raised (from pointing down to the right, which brings the shade low
over the desk, to pointing up to the right, which lifts it high), the size of the shade (and
of its bulb), the hue of the lamp's paint and the brightness of the light (off to bright).
The base, the lower arm, the arms' length, the joints, the wall and the desk stay fixed; the
whole lamp always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("arm_angle", "how high the lamp's upper arm is raised (lowered to raised)", "continuous"),
    Factor("shade_size", "size of the lamp's shade (small to large)", "continuous"),
    Factor("lamp_hue", "hue of the lamp's paint (its shade, arms and base)", "continuous"),
    Factor("light", "brightness of the lamp's light (off to bright)", "continuous"),
)
# arm_angle: -0.5..0.6 radians of the upper arm above the horizontal (negative: it points
# down to the right); the arm is 22 px long from the elbow at (20, 24) px, so its end - where
# the shade hangs - is at y = 34.5..11.6 px; shade_size: 0..1 is a shade of half-width 5..10 px
# at its rim (its height 0.8 times that plus 1 px, the bulb's radius 0.4 times it);
# lamp_hue: 0..0.8 of the colour wheel (no wrap); light: 0..1 scales the light cone's and
# the desk patch's opacity (0: off) and turns the bulb from grey to glowing
RANGES = ((-0.5, 0.6), (0.0, 1.0), (0.0, 0.8), (0.0, 1.0))
WALL, DESK = (0.3, 0.33, 0.4), (0.45, 0.3, 0.17)
METAL = (0.14, 0.14, 0.16)  # the joints
LIGHT = (1.0, 0.93, 0.55)
BULB_OFF, BULB_ON = np.array((0.62, 0.62, 0.6)), np.array((1.0, 0.98, 0.82))
DESK_Y = 54.0
BASE_X, BASE_HW, BASE_HH = 14.0, 7.5, 2.2  # the base sits on the desk
ELBOW_X, ELBOW_Y, ARM = 20.0, 24.0, 22.0
ARM_HW = 1.3
CONE_ALPHA, PATCH_ALPHA, GLOW_ALPHA, GLOW_SIGMA = 0.45, 0.6, 0.6, 3.5


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = R.canvas(n, WALL)
    img = R.over(img, R.below(DESK_Y, n), DESK)
    a, hw, light = R.col(f[:, 0]), R.col(5 + 5 * f[:, 1]), R.col(f[:, 3])
    ex, ey = ELBOW_X + ARM * np.cos(a), ELBOW_Y - ARM * np.sin(a)  # the upper arm's end
    sh = 0.8 * hw + 1.0
    rim = ey + 1.0 + sh  # the shade's open rim
    # the light: a cone from the rim down to the desk, and a bright patch on the desk
    spread = 0.9 * hw + 0.45 * (y - rim)
    cone = R.coverage(np.abs(x - ex) - spread) * R.coverage(rim - y) * R.coverage(y - DESK_Y)
    img = R.over(img, CONE_ALPHA * light * cone, LIGHT)
    patch = R.ellipse_sdf(x - ex, y - (DESK_Y + 2.5), 0.9 * hw + 0.45 * (DESK_Y - rim) + 1.0, 2.5)
    img = R.over(img, PATCH_ALPHA * light * R.coverage(patch), LIGHT)
    # the base, the arms and their joints
    base = R.box_sdf(x - BASE_X, y - (DESK_Y - BASE_HH), BASE_HW - 1.5, BASE_HH - 1.5) - 1.5
    lower = R.segment_sdf(x, y, BASE_X, DESK_Y - 2 * BASE_HH, ELBOW_X, ELBOW_Y) - ARM_HW
    upper = R.segment_sdf(x, y, ELBOW_X, ELBOW_Y, ex, ey) - ARM_HW
    paint = R.hsv(f[:, 2], 0.75, 0.8)
    img = R.over(img, R.coverage(np.minimum(base, np.minimum(lower, upper))), paint)
    joints = np.minimum(np.hypot(x - ELBOW_X, y - ELBOW_Y) - 2.3, np.hypot(x - ex, y - ey) - 1.8)
    joints = np.minimum(joints, np.hypot(x - BASE_X, y - (DESK_Y - 2 * BASE_HH)) - 1.8)
    img = R.over(img, R.coverage(joints), METAL)
    # the bulb under the shade's rim, its glow, and the shade
    glow = np.exp(-((x - ex) ** 2 + (y - rim) ** 2) / (2 * GLOW_SIGMA ** 2))
    img = R.over(img, GLOW_ALPHA * light * glow, LIGHT)
    bulb = BULB_OFF[None] + (BULB_ON - BULB_OFF)[None] * f[:, 3:4]
    img = R.over(img, R.coverage(np.hypot(x - ex, y - rim) - 0.4 * hw), bulb)
    shade = np.maximum(R.ellipse_sdf(x - ex, y - rim, hw, sh), y - rim)
    return R.to_uint8(R.over(img, R.coverage(shade), paint))


def render(arm_angle: float, shade_size: float, lamp_hue: float, light: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[arm_angle, shade_size, lamp_hue, light]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("lamp", arg, n, seed, FACTORS, sample_factors, _draw)
