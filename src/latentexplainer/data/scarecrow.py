"""`scarecrow`: a scarecrow on a pole in a wheat field under a summer sky, seen from the front
(64x64 RGB).

The scarecrow stands in the middle of the image on a wooden pole planted in the field: a blue
denim shirt with a brown patch, tufts of straw sticking out under its hem and out of its
sleeves at the hands, a round burlap sack for a head with two black button eyes and a stitched
mouth, and a coloured hat with a wide brim and a darker band. Its two arms are stuffed sleeves
reaching out sideways from its shoulders. A black crow with a grey beak may perch on the
scarecrow, on top of its hat or on its right arm. In front, a band of golden wheat with darker
stalks and bumpy ears across its top hides the bottom of the pole and, when tall, the lower
part of the shirt. Behind is a blue sky, paler towards the horizon, over green hills and a
stubble field. Factors: how far the arms are raised (hanging down to raised up), how far the
whole scarecrow leans (to the left to the right, about the foot of its pole), the hue of the
hat (round the whole colour wheel), where a crow perches (nowhere, on the hat or on the
arm) and how tall the wheat in front stands (short stubble to tall). The scarecrow's place and
size, the sky and the hills stay fixed; the whole scarecrow always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

CROWS = ("none", "hat", "arm")
FACTORS = (
    Factor("arm_raise", "how far the scarecrow's arms are raised (hanging down to raised up)", "continuous"),
    Factor("lean", "how far the scarecrow leans (to the left to the right)", "continuous"),
    Factor("hat_hue", "hue of the scarecrow's hat (round the whole colour wheel)", "cyclic", period=1.0),
    Factor("crow", "where a crow perches on the scarecrow: nowhere, on its hat or on its arm", "categorical",
           CROWS),
    Factor("wheat_height", "how tall the wheat in front of the scarecrow stands (short to tall)", "continuous"),
)
# arm_raise: 0..1 turns both arms from 0.7 radians below level to 0.8 above it (13 px long, from the
# shoulders 4 px either side of the pole, 29 px up it); lean: -1..1 tilts the whole scarecrow by
# -0.25..0.25 radians about the foot of its pole (x = 32 px, y = 64 px; positive: to the right);
# hat_hue: 0..1 is the whole colour wheel (1 is 0 again); crow: codes 0..2 are no crow, a crow on
# top of the hat (48 px up the pole) or on the middle of the right arm; wheat_height: 0..1 is
# wheat 5..20 px tall above the bottom edge
RANGES = ((0.0, 1.0), (-1.0, 1.0), (0.0, 1.0), (0.0, len(CROWS) - 1.0), (0.0, 1.0))
SKY_TOP, SKY_LOW, HILLS, STUBBLE = (0.42, 0.64, 0.92), (0.82, 0.9, 0.95), (0.42, 0.6, 0.34), (0.72, 0.62, 0.38)
POLE, SHIRT, PATCH, STRAW, SACK = (0.42, 0.28, 0.14), (0.3, 0.42, 0.66), (0.62, 0.42, 0.22), (0.95, 0.82, 0.36), \
    (0.84, 0.72, 0.5)
BUTTON, STITCH, CROW, BEAK, WHEAT, STALK = (0.05, 0.05, 0.06), (0.3, 0.2, 0.12), (0.06, 0.06, 0.08), (0.5, 0.5, 0.5), \
    (0.93, 0.76, 0.32), (0.68, 0.5, 0.18)
BASE_X, BASE_Y, HORIZON_Y, FIELD_Y = 32.0, 64.0, 40.0, 45.0
SHOULDER_U, SHOULDER_V, ARM_LEN, SLEEVE = 4.0, 29.0, 13.0, 2.6
HEAD_V, HEAD_R, BRIM_V, HAT_TOP = 36.0, 5.2, 41.0, 48.0
WHEAT_LOW, WHEAT_HIGH = 5.0, 20.0
FIGURE_ROWS, CROW_ROWS, WHEAT_ROWS = (14, 59), (5, 42), 40


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_LOW, HORIZON_Y)[None]
    hills = HORIZON_Y - 3.0 * np.sin(x * 0.09 + 0.5) - 1.5 * np.sin(x * 0.23)
    R.over(img, R.coverage(hills - y), HILLS)
    R.over(img, R.below(FIELD_Y, 1), STUBBLE)
    R.over(img, 0.35 * R.below(FIELD_Y, 1) * R.coverage(np.abs((y % 3.0) - 1.5) - 0.4), STALK)
    return img[0]


BACKGROUND = _background()


def _crow(x, y, px, py):
    """Signed distance to a crow standing with its feet at (px, py), facing right, and to its beak."""
    body = R.ellipse_sdf(x - px + 0.5, y - py + 4.5, 5.2, 3.6)
    head = np.hypot(x - px - 4.0, y - py + 8.0) - 2.7
    tail = R.segment_sdf(x, y, px - 4.0, py - 4.0, px - 9.0, py - 1.5) - 1.5
    legs = np.minimum(R.segment_sdf(x, y, px - 1.0, py - 2.0, px - 1.0, py), R.segment_sdf(x, y, px + 1.5, py - 2.0,
                                                                                       px + 1.5, py)) - 0.5
    beak = R.segment_sdf(x, y, px + 6.0, py - 8.2, px + 9.0, py - 7.4) - 0.9
    return np.minimum(np.minimum(body, head), np.minimum(tail, legs)), beak


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the scarecrow, in the rows it can reach above the lowest wheat, for speed
    part, yy = img[:, :, FIGURE_ROWS[0]:FIGURE_ROWS[1]], y[:, FIGURE_ROWS[0]:FIGURE_ROWS[1]]
    a = R.col(0.25 * f[:, 1])
    c, s = np.cos(a), np.sin(a)
    dx, dy = x - BASE_X, yy - BASE_Y
    u, v = dx * c + dy * s, dx * s - dy * c  # across the scarecrow (right) and up its pole
    # the pole; the straw under the hem and at the hands; the shirt and its sleeves, its patch
    R.over(part, R.coverage(R.box_sdf(u, v - 22.0, 1.2, 22.0)), POLE)
    phi = R.col(-0.7 + 1.5 * f[:, 0])
    cu, sv = ARM_LEN * np.cos(phi), ARM_LEN * np.sin(phi)
    straw = np.maximum(np.maximum(np.abs(u) - 5.5, v - 14.0 + 3.0 * np.abs(((u + 0.8) % 2.0) - 1.0) - 0.5), 10.5 - v)
    sleeves = np.inf
    for side in (-1.0, 1.0):
        su = side * SHOULDER_U
        sleeves = np.minimum(sleeves, R.segment_sdf(u, v, su, SHOULDER_V, su + side * cu, SHOULDER_V + sv))
        hu, hv = su + side * (ARM_LEN + 2.2) * np.cos(phi), SHOULDER_V + (ARM_LEN + 2.2) * np.sin(phi)
        straw = np.minimum(straw, np.hypot(u - hu, v - hv) - 2.4)
    R.over(part, R.coverage(straw), STRAW)
    R.over(part, R.coverage(np.minimum(R.box_sdf(u, v - 23.0, 4.5, 7.5) - 1.5, sleeves - SLEEVE)), SHIRT)
    R.over(part, R.coverage(R.box_sdf(u + 2.0, v - 19.0, 1.6, 1.6)), PATCH)
    # the head: a burlap sack with button eyes and a stitched mouth
    R.over(part, R.coverage(np.hypot(u, v - HEAD_V) - HEAD_R), SACK)
    eyes = np.hypot(np.abs(u) - 2.0, v - HEAD_V - 1.2) - 1.0
    mouth = np.maximum(np.abs(v - HEAD_V + 2.2) - 0.45 - 0.6 * (np.abs((u % 1.6) - 0.8) < 0.3), np.abs(u) - 2.6)
    R.over(part, R.coverage(np.minimum(eyes, mouth)), BUTTON)
    # the hat: a wide brim and a crown, with a darker band
    crown = R.box_sdf(u, v - (BRIM_V + HAT_TOP) / 2, 3.7, 2.5) - 1.0
    R.over(part, R.coverage(np.minimum(R.box_sdf(u, v - BRIM_V, 9.0, 1.0), crown)), R.hsv(f[:, 2], 0.75, 0.82))
    R.over(part, R.coverage(np.maximum(crown, np.abs(v - BRIM_V - 2.2) - 1.1)), R.hsv(f[:, 2], 0.85, 0.45))
    # the crow, upright, on the hat's top or on top of the right arm's middle
    code = f[:, 3].astype(int)
    p = -0.7 + 1.5 * f[:, 0]
    arm_u = SHOULDER_U + 0.5 * ARM_LEN * np.cos(p) - SLEEVE * np.sin(p)
    arm_v = SHOULDER_V + 0.5 * ARM_LEN * np.sin(p) + SLEEVE * np.cos(p)
    pu, pv = np.where(code == 1, 0.0, arm_u), np.where(code == 1, HAT_TOP, arm_v)
    lean = 0.25 * f[:, 1]
    px = R.col(BASE_X + pu * np.cos(lean) + pv * np.sin(lean))
    py = R.col(BASE_Y + pu * np.sin(lean) - pv * np.cos(lean) + 0.5)
    part, yy = img[:, :, CROW_ROWS[0]:CROW_ROWS[1]], y[:, CROW_ROWS[0]:CROW_ROWS[1]]
    crow, beak = _crow(x, yy, px, py)
    shown = R.col(code > 0)
    R.over(part, shown * R.coverage(crow), CROW)
    R.over(part, shown * R.coverage(beak), BEAK)
    # the wheat in front: stalks with bumpy ears along the top
    part, yy = img[:, :, WHEAT_ROWS:], y[:, WHEAT_ROWS:]
    top = R.col(BASE_Y - WHEAT_LOW - (WHEAT_HIGH - WHEAT_LOW) * f[:, 4]) - 1.5 * np.abs(np.sin(x * 0.9))
    R.over(part, R.coverage(top - yy), WHEAT)
    stalks = R.coverage(np.abs(((x + 0.6 * (yy % 5.0)) % 3.0) - 1.5) - 0.35) * R.coverage(top + 2.5 - yy)
    R.over(part, 0.7 * stalks, STALK)
    return R.to_uint8(img)


def render(arm_raise: float, lean: float, hat_hue: float, crow: float, wheat_height: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8; ``crow`` is the code 0..2 for no crow, on the hat or on the arm."""
    return _draw(np.array([[arm_raise, lean, hat_hue, crow, wheat_height]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("scarecrow", arg, n, seed, FACTORS, sample_factors, _draw)
