"""`jeweller`: a jeweller's counter, a diamond ring standing in an open ring box, a pair of
diamond earrings hanging from a brass stand and a pearl necklace being strung, in front of
black velvet, seen from the front (64x64 RGB).

Behind the counter hangs a curtain of black velvet with soft folds; the counter's top of polished
dark wood fills the lower part of the image. Left of the middle stands a ring box covered in
dark blue leather, a strip of red velvet cushion along its top; its lid is hinged at the back
and opened upwards, showing its lining of deep red satin. A gold ring stands in the cushion's
slot, a diamond set on top of it. At the right a brass stand, a crossbar on a thin pole, holds a
pair of earrings, a diamond hanging from each end of the bar; the earrings' diamonds are of the
same cut as the ring's and a little smaller. Along the front of the counter lies a thread with
a gold clasp at its left end, on which pearls are being strung from the left. Factors: the cut
of the diamonds (round, oblong or triangular; the ring's and the earrings' alike), the size of
the diamonds (small to large), how far the ring box's lid is opened (just lifted to wide open)
and how far along the thread the pearls have been strung (none to the whole thread). The
curtain, the counter, the box, the ring, the stand and the pearls' size stay fixed; the
diamonds always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("cut", "the cut of the diamonds (round, oblong or triangular)", "categorical",
           ("round", "oblong", "triangular")),
    Factor("diamond_size", "size of the diamonds on the ring and the earrings (small to large)", "continuous"),
    Factor("lid_open", "how far the ring box's lid is opened (just lifted to wide open)", "continuous"),
    Factor("pearls", "how far along the thread the pearls are strung (none to all of it)", "continuous"),
)
# cut: a code 0..2 for round (a disc of radius r), oblong (a box 0.45 r by 1.3 r in half-size) or
# triangular (pointing down, its corners 1.25 r from its middle); diamond_size: 0..1 makes r
# 4.5..8.5 px for the ring's diamond and 0.7 times that for each earring's; lid_open: 0..1 turns
# the lid from 0.12 to 1.57 radians up from shut, so it rises 2.5..21 px above its hinge;
# pearls: 0..1 strings round(12 * pearls) of the 12 pearls' places, from the left
RANGES = ((0.0, 2.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
VELVET, FOLD, COUNTER, COUNTER_LINE = (0.08, 0.08, 0.1), (0.14, 0.14, 0.17), (0.36, 0.22, 0.13), (0.28, 0.16, 0.09)
LEATHER, LEATHER_DARK, CUSHION, SATIN = (0.14, 0.2, 0.44), (0.08, 0.12, 0.3), (0.5, 0.08, 0.14), (0.62, 0.12, 0.18)
GOLD, GOLD_DARK, BRASS = (0.95, 0.78, 0.3), (0.66, 0.48, 0.14), (0.78, 0.64, 0.3)
DIAMOND, DIAMOND_RIM, TABLE = (0.76, 0.85, 0.96), (0.46, 0.56, 0.72), (0.97, 0.98, 1.0)
PEARL, PEARL_SHADE, THREAD = (0.94, 0.92, 0.86), (0.72, 0.7, 0.66), (0.82, 0.8, 0.74)
COUNTER_Y = 47.0
BOX_L, BOX_R, HINGE_Y, BOX_B, LID = 13.0, 39.0, 35.0, 50.0, 21.0
RING_X, RING_Y, RING_RX, RING_RY = 26.0, 30.0, 6.5, 7.0
STAND_X, BAR_Y, EARRINGS, EARRING_TOP = 51.5, 12.0, (45.0, 57.5), 18.0
RING_WINDOW, EARRING_WINDOW = ((0, 30), (12, 40)), ((12, 34), (36, 64))  # (rows, columns) a diamond can reach
PEARLS = tuple(7.0 + 4.5 * k for k in range(12))
PEARL_R = 2.1


def _thread_y(x):
    return 57.0 + 2.5 * np.sin(np.pi * (x - 5.0) / 54.0)


def _scene():
    x, y = R.grid()
    img = R.canvas(1, VELVET)
    R.over(img, 0.8 * (0.5 + 0.5 * np.cos(2 * np.pi * x / 9.0 + 0.4 * np.sin(y / 7.0))) ** 4, FOLD)
    R.over(img, R.below(COUNTER_Y, 1), COUNTER)
    R.over(img, 0.7 * R.coverage(np.maximum(np.abs(((y - COUNTER_Y) % 6.0) - 3.0) - 0.3, COUNTER_Y + 2.0 - y)),
           COUNTER_LINE)
    # the earring stand: a foot, a pole and a crossbar
    stand = np.maximum(np.abs(x - STAND_X) - 0.9, np.maximum(BAR_Y - y, y - (COUNTER_Y + 3.0)))
    stand = np.minimum(stand, R.edges_sdf(x, y, EARRINGS[0] - 1.5, EARRINGS[1] + 1.5, BAR_Y - 0.8, BAR_Y + 0.8))
    stand = np.minimum(stand, R.ellipse_sdf(x - STAND_X, y - (COUNTER_Y + 3.0), 6.0, 1.6))
    R.over(img, R.coverage(stand), BRASS)
    for ex in EARRINGS:  # the hooks
        R.over(img, R.coverage(R.segment_sdf(x, y, ex, BAR_Y, ex, EARRING_TOP) - 0.5), GOLD)
    # the thread along the front of the counter, with its clasp
    R.over(img, R.coverage(np.maximum(np.abs(y - _thread_y(x)) - 0.45, np.abs(x - 32.0) - 27.0)), THREAD)
    R.over(img, R.coverage(np.hypot(x - 5.0, y - _thread_y(5.0)) - 1.6), GOLD)
    # the ring box's base: its dark leather front, the cushion along its top
    R.over(img, R.coverage(R.edges_sdf(x, y, BOX_L, BOX_R, HINGE_Y, BOX_B)), LEATHER)
    R.over(img, R.coverage(R.edges_sdf(x, y, BOX_L, BOX_R, BOX_B - 1.5, BOX_B)), LEATHER_DARK)
    return img[0]


SCENE = _scene()


def _ring():
    """Coverage of the ring's band and of the cushion that hides its lower part."""
    x, y = R.grid()
    band = np.abs(R.ellipse_sdf(x - RING_X, y - RING_Y, RING_RX, RING_RY)) - 1.3
    cushion = R.edges_sdf(x, y, BOX_L + 1.0, BOX_R - 1.0, HINGE_Y, HINGE_Y + 4.0)
    slot = np.maximum(np.abs(y - HINGE_Y - 1.5) - 0.4, cushion)
    inner = np.maximum(np.abs(R.ellipse_sdf(x - RING_X, y - RING_Y, RING_RX - 0.8, RING_RY - 0.8)) - 0.4, band)
    return R.coverage(band), R.coverage(inner), R.coverage(cushion), R.coverage(slot)


BAND, BAND_INNER, CUSHION_COVER, SLOT = _ring()


def _pearls():
    x, y = R.grid()
    return [(R.coverage(np.hypot(x - px, y - _thread_y(px)) - PEARL_R),
             R.coverage(np.hypot(x - px + 0.5, y - _thread_y(px) + 0.5) - 1.3)) for px in PEARLS]


PEARL_COVERS = _pearls()


def _stone(u, v, r, cut):
    """Signed distance to a diamond of the given cut (a code per image), centred at the origin."""
    round_ = np.hypot(u, v) - r
    oblong = R.box_sdf(u, v, 0.45 * r, 1.3 * r)
    ri = 0.625 * r
    tri = np.maximum(-v - ri, np.maximum(0.866 * u + 0.5 * v - ri, -0.866 * u + 0.5 * v - ri))
    return np.where(cut == 0, round_, np.where(cut == 1, oblong, tri))


def _diamond(img, window, cx, cy, r, cut):
    """Draw a diamond into the part of the image it can reach, for speed."""
    (r0, r1), (c0, c1) = window
    x, y = R.grid()
    x, y, img = x[:, :, c0:c1], y[:, r0:r1], img[:, :, r0:r1, c0:c1]
    d = _stone(x - cx, y - cy, r, cut)
    R.over(img, R.coverage(d), DIAMOND_RIM)
    R.over(img, R.coverage(d + 1.0), DIAMOND)
    R.over(img, R.coverage(_stone(x - cx, y - cy + 0.15 * r, 0.5 * r, cut)), TABLE)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    cut = f[:, 0].astype(int)[:, None, None]
    r = R.col(4.5 + 4.0 * f[:, 1])
    # the lid, rising above its hinge, its satin lining inside a leather rim
    rise = R.col(LID * np.sin(0.12 + 1.45 * f[:, 2]))
    R.over(img, R.coverage(np.maximum(R.edges_sdf(x, y, BOX_L, BOX_R, 0.0, HINGE_Y), HINGE_Y - rise - y)), LEATHER)
    lining = np.maximum(R.edges_sdf(x, y, BOX_L + 1.5, BOX_R - 1.5, 0.0, HINGE_Y), HINGE_Y - rise + 1.5 - y)
    R.over(img, R.coverage(lining), SATIN)
    R.over(img, 0.35 * R.coverage(np.maximum(lining, np.abs(x - y * 0.5 - 12.0) - 2.0)), (0.85, 0.45, 0.5))
    # the ring in the cushion's slot, and its diamond
    R.over(img, np.broadcast_to(BAND, (n, R.SIZE, R.SIZE)), GOLD)
    R.over(img, np.broadcast_to(BAND_INNER, (n, R.SIZE, R.SIZE)), GOLD_DARK)
    R.over(img, np.broadcast_to(CUSHION_COVER, (n, R.SIZE, R.SIZE)), CUSHION)
    R.over(img, np.broadcast_to(SLOT, (n, R.SIZE, R.SIZE)), (0.25, 0.03, 0.07))
    _diamond(img, RING_WINDOW, RING_X, RING_Y - RING_RY - 1.0 - 0.9 * r, r, cut)
    # the earrings' diamonds, hanging from their hooks
    for ex in EARRINGS:
        _diamond(img, EARRING_WINDOW, ex, EARRING_TOP + 0.9 * 0.7 * r, 0.7 * r, cut)
    # the pearls, strung from the left
    strung = np.round(12.0 * f[:, 3])
    for k, (shade, pearl) in enumerate(PEARL_COVERS):
        on = (strung > k).astype(np.float32)[:, None, None]
        R.over(img, on * shade, PEARL_SHADE)
        R.over(img, on * pearl, PEARL)
    return R.to_uint8(img)


def render(cut: float, diamond_size: float, lid_open: float, pearls: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[cut, diamond_size, lid_open, pearls]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("jeweller", arg, n, seed, FACTORS, sample_factors, _draw)
