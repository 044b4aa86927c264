"""`blacksmith`: a blacksmith at his anvil in a dark smithy, the forge glowing at the left,
seen from the side (64x64 RGB).

At the left of the image is the brick forge: a hearth of red-brown bricks with a bed of coals
on top, flames licking up from the coals under a dark sooty hood that rises to the ceiling;
the fire casts a warm glow on the dark stone wall around it. In the middle a black iron anvil,
with a pointed horn to the left, stands on a wooden stump on the earth floor, and on its face
lies a red-hot piece of iron glowing orange. At the right stands the smith, facing left: dark
boots and trousers, a brown leather apron over a shirt, a round head with dark hair; his near
arm reaches from his shoulder to a hammer - a wooden handle with a steel head - which he swings
between resting on the hot iron and raised high over his head. A haze of smoke hangs under the
roof, thickest at the top of the image and thinning towards the floor. Factors: how high the
smith has raised his hammer (resting on the iron to raised overhead), how hot the forge's fire
burns (dull red embers to a roaring yellow-white blaze, with its glow on the wall), what lies
on the anvil (a horseshoe, a sword blade or an axe head) and how smoky the smithy is (clear
to a thick haze). The forge, the anvil, the smith's body and the piece's glowing colour stay
fixed; the hammer always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("hammer_raise", "how high the smith raises his hammer (resting to raised overhead)", "continuous"),
    Factor("forge_heat", "how hot the forge's fire burns (dull embers to a white-hot blaze)", "continuous"),
    Factor("workpiece", "what hot iron lies on the anvil", "categorical", ("horseshoe", "blade", "axe head")),
    Factor("smoke", "how smoky the smithy is (clear to a thick haze)", "continuous"),
)
# hammer_raise: 0..1 turns the arm and hammer (19 px from the shoulder at (50, 31) px to the
# hammer's head) from 3.14 to 1.75 radians above the rightward horizontal: the head from
# (31, 31) px, down on the iron, to (46.6, 12.3) px, overhead; forge_heat: 0..1 takes the fire's
# colour from dull red (0) through orange to yellow-white (1), grows its flames from 3 to 12 px
# and its glow on the wall from nothing to 0.5 opaque; workpiece: a horseshoe, a blade or an axe
# head, each glowing orange on the anvil's face (y = 38 px); smoke: 0..1 lays a grey haze up to
# 0.75 opaque at the top of the image, thinning to nothing at y = 52 px
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 2.0), (0.0, 1.0))
WALL, STONE, FLOOR = (0.22, 0.2, 0.21), (0.17, 0.15, 0.16), (0.3, 0.24, 0.19)
BRICK, MORTAR, HOOD = (0.52, 0.24, 0.17), (0.3, 0.2, 0.17), (0.12, 0.11, 0.11)
COALS, GLOW_COLOUR, SMOKE = (0.18, 0.08, 0.06), (1.0, 0.6, 0.25), (0.56, 0.55, 0.54)
FIRE = np.array(((0.55, 0.08, 0.04), (1.0, 0.5, 0.08), (1.0, 0.97, 0.78)))  # dull, hot, white-hot
IRON, IRON_LIT, STUMP, STUMP_END = (0.13, 0.13, 0.15), (0.3, 0.31, 0.34), (0.42, 0.28, 0.16), (0.58, 0.44, 0.28)
HOT = (1.0, 0.55, 0.12)
APRON, SHIRT, TROUSERS, BOOTS = (0.46, 0.3, 0.17), (0.72, 0.68, 0.58), (0.2, 0.19, 0.24), (0.1, 0.08, 0.07)
SKIN, HAIR, HANDLE, STEEL = (0.88, 0.66, 0.5), (0.16, 0.1, 0.06), (0.6, 0.42, 0.22), (0.62, 0.64, 0.68)
FLOOR_Y, ANVIL_Y, COALS_Y = 56.0, 38.0, 34.0  # the floor, the anvil's face, the top of the coals
FORGE_L, FORGE_R, FIRE_X = 0.0, 20.0, 10.0
SHOULDER_X, SHOULDER_Y, ARM, HANDLE_LEN = 50.0, 31.0, 10.0, 9.0
LOW, HIGH = 3.14, 1.75  # the hammer's direction from the shoulder (radians above the rightward horizontal)


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, WALL)
    course = np.floor(y / 8.0)
    joints = np.minimum(np.abs((y % 8.0) - 0.5), np.abs(((x + course * 7.0) % 14.0) - 0.5))
    R.over(img, 0.8 * R.coverage(joints - 0.6), STONE)
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    # the forge: a brick hearth, the coals on it and the hood above
    hearth = R.edges_sdf(x, y, FORGE_L - 1.0, FORGE_R, COALS_Y + 2.0, FLOOR_Y)
    R.over(img, R.coverage(hearth), BRICK)
    row = np.floor(y / 3.0)
    bricks = np.minimum(np.abs((y % 3.0) - 0.5), np.abs(((x + row * 2.5) % 5.0) - 0.5))
    R.over(img, R.coverage(np.maximum(bricks - 0.4, hearth)), MORTAR)
    hood = np.maximum(np.maximum(np.abs(x - FIRE_X) - (5.0 + 0.3 * np.maximum(y - 10.0, 0.0)), y - 21.0), -1.0 - y)
    R.over(img, R.coverage(hood), HOOD)
    # the anvil on its stump, the horn to the left
    stump = R.edges_sdf(x, y, 29.0, 41.0, 46.0, FLOOR_Y + 1.0)
    R.over(img, R.coverage(stump), STUMP)
    R.over(img, R.coverage(R.edges_sdf(x, y, 29.0, 41.0, 46.0, 47.5)), STUMP_END)
    face = R.edges_sdf(x, y, 27.0, 45.0, ANVIL_Y, ANVIL_Y + 4.0)
    waist = R.edges_sdf(x, y, 31.0, 39.0, ANVIL_Y + 3.0, 46.0)
    foot = R.edges_sdf(x, y, 28.0, 42.0, 44.0, 46.5)
    horn = np.maximum(np.maximum(ANVIL_Y - y, (y - ANVIL_Y) - 3.5 * (x - 17.0) / 10.0), x - 27.5)
    anvil = np.minimum(np.minimum(face, waist), np.minimum(foot, horn))
    R.over(img, R.coverage(anvil), IRON)
    R.over(img, R.coverage(np.maximum(anvil, y - ANVIL_Y - 1.0)), IRON_LIT)
    # the smith: boots, legs, apron over a shirt, head and hair (his arm comes later)
    legs = np.minimum(R.segment_sdf(x, y, 50.0, 46.0, 48.0, FLOOR_Y - 1.5),
                      R.segment_sdf(x, y, 55.0, 46.0, 56.0, FLOOR_Y - 1.5)) - 2.0
    R.over(img, R.coverage(legs), TROUSERS)
    boots = np.minimum(R.edges_sdf(x, y, 44.5, 50.5, FLOOR_Y - 3.0, FLOOR_Y),
                       R.edges_sdf(x, y, 53.0, 59.0, FLOOR_Y - 3.0, FLOOR_Y))
    R.over(img, R.coverage(boots), BOOTS)
    torso = R.box_sdf(x - 53.0, y - 37.0, 3.5, 8.0) - 2.0
    R.over(img, R.coverage(torso), SHIRT)
    apron = np.maximum(R.box_sdf(x - 51.0, y - 40.0, 4.0, 8.5) - 0.5, torso - 0.5)
    apron = np.minimum(apron, R.edges_sdf(x, y, 46.5, 55.5, 40.0, 49.0))
    R.over(img, R.coverage(apron), APRON)
    head = np.hypot(x - 52.0, y - 22.5)
    R.over(img, R.coverage(head - 4.4), SKIN)
    R.over(img, R.coverage(np.maximum(head - 4.6, np.minimum(y - 20.5, x - 54.0))), HAIR)
    return img[0]


BACKGROUND = _background()
HAZE = np.clip(1.0 - (np.arange(R.SIZE, dtype=np.float32) + 0.5) / 52.0, 0.0, 1.0)[:, None]  # (H, 1)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the fire: a glow on the wall, flames over the coals, the coals themselves
    heat = R.col(f[:, 1])
    t = f[:, 1:2] * 2.0  # 0..2 along the fire's colours
    lo = np.minimum(t, 1.0)
    fire = FIRE[0] + (FIRE[1] - FIRE[0]) * lo + (FIRE[2] - FIRE[1]) * np.maximum(t - 1.0, 0.0)
    glow = np.exp(-((x - FIRE_X) ** 2 + (y - COALS_Y) ** 2) / (2 * 11.0 ** 2))
    R.over(img, 0.5 * heat * glow * R.coverage(y - COALS_Y - 2.0), GLOW_COLOUR)
    tall = 3.0 + 9.0 * heat
    lick = 0.7 + 0.3 * np.cos(1.3 * (x - FIRE_X))  # three tongues of flame
    flames = np.maximum(np.abs(x - FIRE_X) - 8.0 * (1.0 - (COALS_Y - y) / (tall * lick)), y - COALS_Y)
    R.over(img, R.coverage(flames), fire)
    R.over(img, R.coverage(np.maximum(flames + 1.6, COALS_Y - 4.0 - y)), np.minimum(fire + 0.25, 1.0))
    coals = R.ellipse_sdf(x - FIRE_X, y - COALS_Y - 1.0, 9.0, 2.6)
    R.over(img, np.broadcast_to(R.coverage(coals), (n, R.SIZE, R.SIZE)), COALS)
    ember = (np.sin(x * 2.1) * np.sin(y * 3.3 + x) > 0.2) * R.coverage(coals + 0.5)
    R.over(img, 0.9 * ember, fire)
    # the hot iron on the anvil's face
    kind = R.col(f[:, 2])
    shoe = np.maximum(np.abs(np.hypot(x - 38.0, y - (ANVIL_Y - 6.0)) - 5.0) - 1.8, y - (ANVIL_Y - 6.0))
    shoe = np.minimum(shoe, R.edges_sdf(x, y, 31.2, 34.8, ANVIL_Y - 6.0, ANVIL_Y))
    shoe = np.minimum(shoe, R.edges_sdf(x, y, 41.2, 44.8, ANVIL_Y - 6.0, ANVIL_Y))
    blade = np.maximum(R.edges_sdf(x, y, 17.0, 46.0, ANVIL_Y - 3.0, ANVIL_Y), (ANVIL_Y - 3.0 - y) - (x - 21.0) * 0.6)
    blade = np.minimum(blade, R.edges_sdf(x, y, 46.0, 51.0, ANVIL_Y - 2.5, ANVIL_Y - 0.5))
    axe = np.maximum(R.edges_sdf(x, y, 18.0, 31.0, ANVIL_Y - 9.0, ANVIL_Y), np.abs(y - (ANVIL_Y - 4.5)) - 2.5 - 0.3 * (31.0 - x))
    iron = np.where(kind < 0.5, shoe, np.where(kind < 1.5, blade, axe))
    R.over(img, R.coverage(iron), HOT)
    # the smith's near arm and the hammer
    a = R.col(LOW + (HIGH - LOW) * f[:, 0])
    ux, uy = np.cos(a), -np.sin(a)  # on screen
    hx, hy = SHOULDER_X + ARM * ux, SHOULDER_Y + ARM * uy  # the hand
    ex, ey = hx + HANDLE_LEN * ux, hy + HANDLE_LEN * uy  # the hammer's head
    R.over(img, R.coverage(R.segment_sdf(x, y, hx, hy, ex, ey) - 1.0), HANDLE)
    head = R.box_sdf((x - ex) * ux + (y - ey) * uy, -(x - ex) * uy + (y - ey) * ux, 2.2, 4.0)
    R.over(img, R.coverage(head), STEEL)
    R.over(img, R.coverage(R.segment_sdf(x, y, SHOULDER_X, SHOULDER_Y, hx, hy) - 2.2), SHIRT)
    R.over(img, R.coverage(R.segment_sdf(x, y, SHOULDER_X + 0.6 * ARM * ux, SHOULDER_Y + 0.6 * ARM * uy,
                                         hx, hy) - 1.9), SKIN)
    # the smoke, thickest under the roof
    R.over(img, R.col(0.75 * f[:, 3]) * HAZE, SMOKE)
    return R.to_uint8(img)


def render(hammer_raise: float, forge_heat: float, workpiece: float, smoke: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[hammer_raise, forge_heat, workpiece, smoke]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("blacksmith", arg, n, seed, FACTORS, sample_factors, _draw)
