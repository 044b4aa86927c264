"""`hatter`: a hatter's counter, a hat on a wooden stand beside a round striped hatbox, in front
of striped wallpaper, seen from the front (64x64 RGB).

The shop's wallpaper has broad cream and dusty-rose stripes; a polished dark wooden counter runs
across the lower part of the image, a paler edge along its top. Left of the middle a wooden hat
stand rises from the counter, a round foot, a thin pole and a pale rounded head block, and a hat
sits on it: a black silk top hat with a tall, slightly flaring crown and a narrow brim, a brown
felt bowler with a rounded dome, or a pale straw boater with a low flat crown and a wide brim,
each with a dark red ribbon round the foot of its crown. At the right a round hatbox stands on
the counter, an upright cylinder with pale vertical stripes, its lid a short, slightly wider
cylinder of a darker shade; when the lid is lifted it tips back at the right, showing the box's
dark inside and white tissue paper puffing out of it. Factors: which hat sits on the stand (top
hat, bowler or boater), how tall the hat's crown is (low to tall), the hue of the hatbox (the
whole colour wheel, coming round to where it began) and how far its lid is lifted (shut to
lifted high and tipped back). The wallpaper, the counter, the stand, the box's size and the
ribbon stay fixed; the hat and the lid always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("hat", "which hat sits on the stand (top hat, bowler or boater)", "categorical",
           ("top hat", "bowler", "boater")),
    Factor("crown_height", "how tall the crown of the hat on the stand is (low to tall)", "continuous"),
    Factor("box_hue", "hue of the round hatbox on the counter", "cyclic", period=1.0),
    Factor("lid_open", "how far the hatbox's lid is lifted (shut to lifted high)", "continuous"),
)
# hat: a code 0..2 for top hat, bowler and boater; crown_height: 0..1 is a crown 9..20 px tall for
# the top hat (0.75 times that for the bowler's dome, 0.45 times it for the boater), its foot at
# y = 31 px over the stand at x = 22 px; box_hue: 0..1 of the colour wheel, a whole turn (0 and 1
# are the same red); lid_open: 0..1 lifts the lid 0..13 px and tips it back 0..0.45 radians about
# its left end
RANGES = ((0.0, 2.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
PAPER, STRIPE = (0.9, 0.86, 0.74), (0.78, 0.6, 0.6)
COUNTER, COUNTER_EDGE, STAND, BLOCK = (0.36, 0.2, 0.12), (0.55, 0.34, 0.2), (0.45, 0.3, 0.18), (0.84, 0.72, 0.52)
SILK, SILK_SHEEN, FELT, STRAW, STRAW_LINE = (0.09, 0.09, 0.11), (0.3, 0.3, 0.35), (0.4, 0.26, 0.15), \
    (0.92, 0.8, 0.5), (0.7, 0.58, 0.32)
RIBBON, INSIDE, TISSUE = (0.55, 0.1, 0.14), (0.18, 0.14, 0.16), (0.97, 0.97, 0.98)
COUNTER_Y = 47.0
HAT_X, BRIM_Y = 22.0, 31.0
BOX_X, BOX_HW, BOX_TOP, BOX_RY = 47.0, 11.0, 30.0, 2.4
LID_HW, LID_H, LIFT, TIP = 11.8, 4.6, 13.0, 0.45


def _scene():
    x, y = R.grid()
    img = R.canvas(1, PAPER)
    R.over(img, R.coverage(np.abs((x % 10.0) - 5.0) - 2.5), STRIPE)
    R.over(img, R.below(COUNTER_Y, 1), COUNTER)
    R.over(img, R.coverage(np.abs(y - COUNTER_Y - 0.8) - 1.0), COUNTER_EDGE)
    # the hat stand: a round foot, a pole and the head block
    stand = np.minimum(R.ellipse_sdf(x - HAT_X, y - COUNTER_Y, 7.0, 1.8),
                       R.edges_sdf(x, y, HAT_X - 1.0, HAT_X + 1.0, 34.0, COUNTER_Y))
    R.over(img, R.coverage(stand), STAND)
    R.over(img, R.coverage(R.ellipse_sdf(x - HAT_X, y - 31.5, 6.0, 4.5)), BLOCK)
    return img[0]


SCENE = _scene()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    kind = R.col(f[:, 0])
    is_top, is_bowler, is_boater = ((np.abs(kind - k) < 0.5).astype(np.float32) for k in range(3))
    tall = R.col(9.0 + 11.0 * f[:, 1])
    u, v = x - HAT_X, y - BRIM_Y
    # the top hat: a narrow brim, a flaring crown with a sheen down it and a ribbon at its foot
    top_crown = np.maximum(np.abs(u) - (6.0 + 0.7 * np.clip(-v / tall, 0.0, 1.0)), np.maximum(-tall - v, v))
    top = np.minimum(R.ellipse_sdf(u, v, 10.0, 1.6), top_crown)
    R.over(img, is_top * R.coverage(top), SILK)
    R.over(img, 0.8 * is_top * R.coverage(np.maximum(np.abs(u + 3.0) - 0.8, top_crown + 0.5)), SILK_SHEEN)
    R.over(img, is_top * R.coverage(np.maximum(top_crown, -2.8 - v)), RIBBON)
    # the bowler: a rounded dome with a curled brim
    dome = np.maximum(R.ellipse_sdf(u, v, 7.5, 0.75 * tall), v)
    R.over(img, is_bowler * R.coverage(np.minimum(dome, R.ellipse_sdf(u, v, 10.5, 2.0))), FELT)
    R.over(img, is_bowler * R.coverage(np.maximum(dome, -2.6 - v)), RIBBON)
    # the boater: a wide straw brim and a low flat crown with straw lines round it
    crown = np.maximum(np.abs(u) - 8.0, np.maximum(-0.45 * tall - v, v))
    boater = np.minimum(crown, R.ellipse_sdf(u, v, 15.0, 2.0))
    R.over(img, is_boater * R.coverage(boater), STRAW)
    R.over(img, 0.7 * is_boater * R.coverage(np.maximum(np.abs((v % 1.6) - 0.8) - 0.3, boater + 0.3)), STRAW_LINE)
    R.over(img, is_boater * R.coverage(np.maximum(crown, -2.6 - v)), RIBBON)
    # the hatbox: its striped body, the dark inside and tissue paper, and the lid
    hue = f[:, 2]
    body_colour, stripe_colour, lid_colour = R.hsv(hue, 0.6, 0.78), R.hsv(hue, 0.3, 0.95), R.hsv(hue, 0.65, 0.6)
    body = np.maximum(np.abs(x - BOX_X) - BOX_HW,
                      np.maximum(BOX_TOP - y, R.ellipse_sdf(x - BOX_X, y - (COUNTER_Y - BOX_RY), BOX_HW, BOX_RY)))
    body = np.minimum(body, np.maximum(np.abs(x - BOX_X) - BOX_HW, np.maximum(BOX_TOP - y, y - COUNTER_Y + BOX_RY)))
    cover = R.coverage(body)
    R.over(img, cover, body_colour)
    R.over(img, cover * R.coverage(np.abs(((x - BOX_X) % 5.0) - 2.5) - 0.8), stripe_colour)
    R.over(img, R.coverage(R.ellipse_sdf(x - BOX_X, y - BOX_TOP, BOX_HW - 0.6, BOX_RY)), INSIDE)
    tissue = np.maximum(R.ellipse_sdf(x - BOX_X, y - BOX_TOP, 7.0, 3.2), y - BOX_TOP + 0.5)
    R.over(img, R.coverage(tissue), TISSUE)
    lift, a = R.col(LIFT * f[:, 3]), R.col(TIP * f[:, 3])
    px, py = BOX_X - LID_HW, BOX_TOP + 1.2 - lift  # the lid's lower left corner, about which it tips
    dx, dy = x - px, y - py
    lu, lv = dx * np.cos(a) - dy * np.sin(a), dx * np.sin(a) + dy * np.cos(a)
    lid = R.box_sdf(lu - LID_HW, lv + LID_H / 2, LID_HW - 0.8, LID_H / 2 - 0.8) - 0.8
    R.over(img, R.coverage(lid), lid_colour)
    R.over(img, R.coverage(np.maximum(lid + 0.6, np.abs(lv + LID_H - 1.2) - 0.5)), stripe_colour)
    return R.to_uint8(img)


def render(hat: float, crown_height: float, box_hue: float, lid_open: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[hat, crown_height, box_hue, lid_open]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("hatter", arg, n, seed, FACTORS, sample_factors, _draw)
