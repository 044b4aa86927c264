"""`distillery`: a copper pot still on its brick firebox in a distillery, its swan neck running
to a condenser that drips spirit into a big glass jar, seen from the front (64x64 RGB).

The still's round pot sits on a brick firebox on the flagstone floor at the left of the image,
a small round helmet on top of it; from the helmet a long pipe, the lyne arm, reaches out to
the right to a tall condenser column, and a short spout runs from the condenser's foot into a
big glass jar that stands on the floor at the right. In the arched mouth of the firebox a fire
burns, lighting the floor in front of it. The wall behind is of dark upright wooden boards,
with a small square window high on the left. Factors: how much spirit the jar holds (empty to
full), which way the lyne arm slopes (rising to the right, through level, to falling), the
colour of the still's metal (bright polished copper to green tarnish; the pot, helmet, arm and
condenser together) and how high the fire burns (out to blazing). The firebox, the jar, the
wall and the floor stay fixed; the whole still always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("spirit_level", "how much spirit the glass jar holds (empty to full)", "continuous"),
    Factor("arm_slope", "which way the still's long arm slopes (rising, level, falling)", "continuous"),
    Factor("tarnish", "colour of the still's metal (polished copper to green tarnish)", "continuous"),
    Factor("fire", "how high the fire under the still burns (out to blazing)", "continuous"),
)
# spirit_level: 0..1 fills the jar's inside (45..55 px down the image) from empty to the brim;
# arm_slope: -0.45..0.45 radians below the horizontal (negative: the arm rises to the right), the
# arm 19 px long from the helmet at (24, 22) px, so the condenser's top is at y = 13.7..30.3 px;
# tarnish: 0..1 blends the metal from copper to verdigris; fire: 0..1 is flames up to 0..10.5 px
# tall in the firebox's mouth and the glow they cast on the floor (0: the fire is out)
RANGES = ((0.0, 1.0), (-0.45, 0.45), (0.0, 1.0), (0.0, 1.0))
BOARDS, SEAMS, FLOOR, FLAG_JOINT = (0.33, 0.22, 0.14), (0.2, 0.13, 0.08), (0.45, 0.43, 0.4), (0.32, 0.3, 0.28)
WINDOW, FRAME = (0.72, 0.84, 0.92), (0.2, 0.13, 0.08)
BRICK, BRICK_DARK, SOOT = (0.62, 0.3, 0.2), (0.42, 0.2, 0.14), (0.07, 0.05, 0.05)
COPPER, VERDIGRIS = np.array((0.85, 0.48, 0.24)), np.array((0.36, 0.66, 0.54))
GLASS, RIM, SPIRIT = (0.78, 0.86, 0.88), (0.55, 0.64, 0.68), (0.86, 0.55, 0.12)
FLAME, FLAME_CORE, GLOW = (0.98, 0.45, 0.08), (1.0, 0.88, 0.35), (1.0, 0.6, 0.25)
FLOOR_Y = 56.0
POT_X, POT_Y, POT_RX, POT_RY = 20.0, 35.0, 13.0, 9.5
HELM_X, HELM_Y, HELM_R = 22.0, 24.5, 5.0
ARM_X, ARM_Y, ARM, ARM_HW = 24.0, 22.0, 19.0, 1.4
BOX_L, BOX_R, BOX_TOP = 8.0, 32.0, 43.0  # the firebox
MOUTH_L, MOUTH_R, MOUTH_TOP = 13.0, 27.0, 46.0
COND_HW, COND_FOOT = 3.0, 40.0  # the condenser column's half-width and its foot
JAR_L, JAR_R, JAR_TOP = 44.0, 60.0, 44.0


def _mouth(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """The firebox's arched mouth: straight sides under a half-round top."""
    return np.minimum(R.edges_sdf(x, y, MOUTH_L, MOUTH_R, MOUTH_TOP + 4, FLOOR_Y),
                      R.ellipse_sdf(x - (MOUTH_L + MOUTH_R) / 2, y - (MOUTH_TOP + 4), (MOUTH_R - MOUTH_L) / 2, 4.0))


def _jar(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """The glass jar, its corners rounded."""
    return R.box_sdf(x - (JAR_L + JAR_R) / 2, y - (JAR_TOP + FLOOR_Y) / 2, (JAR_R - JAR_L) / 2 - 3,
                     (FLOOR_Y - JAR_TOP) / 2 - 3) - 3


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, BOARDS)
    R.over(img, R.coverage(np.abs((x % 7.0) - 0.5) - 0.5), SEAMS)
    img += (0.03 * np.sin(x * 1.9) * np.sin(y * 0.3 + x))[:, None]  # the boards' grain
    pane = R.edges_sdf(x, y, 5.5, 13.5, 5.5, 13.5)
    R.over(img, R.coverage(R.edges_sdf(x, y, 4.0, 15.0, 4.0, 15.0)), FRAME)
    R.over(img, R.coverage(pane), WINDOW)
    R.over(img, R.coverage(np.maximum(np.minimum(np.abs(x - 9.5), np.abs(y - 9.5)) - 0.5, pane)), FRAME)
    floor = R.below(FLOOR_Y, 1)
    R.over(img, floor, FLOOR)
    R.over(img, floor * R.coverage(np.abs(((x + 6 * np.floor(y / 4)) % 16.0) - 0.5) - 0.4), FLAG_JOINT)
    # the firebox: bricks, an arched mouth, soot inside
    box = R.edges_sdf(x, y, BOX_L, BOX_R, BOX_TOP, FLOOR_Y + 1)
    R.over(img, R.coverage(box), BRICK)
    course = np.floor(y / 3.0)
    joints = np.minimum(np.abs((y % 3.0) - 0.5), np.abs(((x + course * 3.0) % 6.0) - 0.5))
    R.over(img, 0.8 * R.coverage(np.maximum(joints - 0.45, box)), BRICK_DARK)
    R.over(img, R.coverage(_mouth(x, y)), SOOT)
    # the jar: glass inside a darker rim
    R.over(img, R.coverage(_jar(x, y)), RIM)
    R.over(img, R.coverage(_jar(x, y) + 1.0), GLASS)
    return img[0]


BACKGROUND = _background()
MOUTH = _mouth(*R.grid())
JAR_INSIDE = _jar(*R.grid()) + 1.0


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    fire = R.col(f[:, 3])
    # the fire: tongues of flame rising from the firebox's floor, and its glow on the flagstones
    tongues = FLOOR_Y - 10.5 * fire * (0.75 + 0.25 * np.cos((x - 20.0) * 1.3)) - y
    flames = R.coverage(np.maximum(tongues, MOUTH))
    R.over(img, flames, FLAME)
    R.over(img, R.coverage(np.maximum(tongues + 3.0 * fire, MOUTH + 1.5)), FLAME_CORE)
    glow = np.exp(-((x - 20.0) ** 2 / 160.0 + (y - FLOOR_Y - 4.0) ** 2 / 16.0))
    R.over(img, 0.7 * fire * glow * R.below(FLOOR_Y, n), GLOW)
    # the spirit in the jar, from the bottom up
    level = FLOOR_Y - 1.0 - 11.0 * R.col(f[:, 0])
    R.over(img, R.coverage(np.maximum(JAR_INSIDE, level - y)) * R.col(f[:, 0] > 0), SPIRIT)
    # the metal: pot, helmet, lyne arm, condenser and spout, all one colour
    metal = COPPER[None] + (VERDIGRIS - COPPER)[None] * f[:, 2:3]
    a = R.col(f[:, 1])
    ex, ey = ARM_X + ARM * np.cos(a), ARM_Y + ARM * np.sin(a)  # the condenser's top
    column = R.box_sdf(x - ex, y - (ey + COND_FOOT) / 2, COND_HW - 1.0, (COND_FOOT - ey) / 2 - 1.0) - 1.0
    spout = R.segment_sdf(x, y, ex, COND_FOOT - 1.0, (JAR_L + JAR_R) / 2, JAR_TOP + 1.0) - 0.9
    arm = R.segment_sdf(x, y, ARM_X, ARM_Y, ex, ey) - ARM_HW
    pot = R.ellipse_sdf(x - POT_X, y - POT_Y, POT_RX, POT_RY)
    helm = np.minimum(np.hypot(x - HELM_X, y - HELM_Y) - HELM_R,
                      R.edges_sdf(x, y, HELM_X - 2.5, HELM_X + 2.5, HELM_Y, POT_Y - POT_RY + 1))
    body = np.minimum(np.minimum(np.minimum(pot, helm), arm), np.minimum(column, spout))
    R.over(img, R.coverage(body), metal)
    R.over(img, 0.45 * R.coverage(np.maximum(body, 0.7 - (x - POT_X) / 3.0)) * R.coverage(pot), metal * 0.6)
    shine = R.ellipse_sdf(x - (POT_X - 6.0), y - (POT_Y - 4.0), 2.2, 3.2)
    R.over(img, 0.6 * R.coverage(shine), (1.0, 0.95, 0.85))
    rings = np.abs(((y - ey) % 5.0) - 2.5) - 0.5  # hoops round the condenser, every 5 px
    R.over(img, 0.5 * R.coverage(np.maximum(rings, column)), metal * 0.55)
    return R.to_uint8(img)


def render(spirit_level: float, arm_slope: float, tarnish: float, fire: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[spirit_level, arm_slope, tarnish, fire]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("distillery", arg, n, seed, FACTORS, sample_factors, _draw)
