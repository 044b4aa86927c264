"""`haberdasher`: a haberdasher's shop, ribbon being unrolled from a spool along the counter below
a shelf of fabric bolts and a card of buttons on the wall, seen from the front (64x64 RGB).

The shop's wall is papered in sage green with small pale dots. Across the upper part runs a
wooden shelf with three bolts of cloth standing on it side by side, cream, rose and pale blue,
all woven with the same dark navy pattern; on the wall to the right of them hangs a white card
in a dark frame with six round red buttons sewn on it in two columns, each with two thread
holes. Along the bottom is the mahogany counter: a lighter top with a brass yard measure along
its back edge, and a front of sunken panels. At the left end of the counter a big wooden spool
of satin ribbon stands on end, and a length of the ribbon runs from it to the right along the
counter top, its end cut in a swallowtail. At the right end sits a red pincushion stuck with
pins. Factors: the hue of the ribbon (the whole colour wheel, coming round to where it began),
how far the ribbon has been unrolled along the counter (a short end to nearly its whole length),
the size of the buttons on the card (small to large) and the pattern woven into the bolts of
cloth (plain, striped, checked or spotted). The wall, the shelf, the card, the counter, the
spool and the pincushion stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("ribbon_hue", "hue of the ribbon on the spool and counter", "cyclic", period=1.0),
    Factor("ribbon_length", "how far the ribbon is unrolled along the counter (short to long)", "continuous"),
    Factor("button_size", "size of the buttons sewn on the card (small to large)", "continuous"),
    Factor("cloth_pattern", "pattern woven into the bolts of cloth on the shelf", "categorical",
           ("plain", "striped", "checked", "spotted")),
)
# ribbon_hue: 0..1 of the colour wheel, a whole turn (0 and 1 are the same red); ribbon_length:
# 0..1 unrolls 4..46 px of ribbon to the right of the spool (from x = 15 px); button_size: 0..1 is
# a button radius of 1.3..3.1 px; cloth_pattern: a code 0..3 for the patterns in the categories,
# the same on all three bolts
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 3.0))
PAPER, PAPER_DOT, SHELF, CARD, CARD_FRAME = (0.56, 0.64, 0.52), (0.74, 0.78, 0.66), (0.42, 0.27, 0.15), \
    (0.96, 0.95, 0.91), (0.24, 0.16, 0.1)
BUTTON, BUTTON_HOLE, PATTERN = (0.8, 0.14, 0.14), (0.4, 0.05, 0.05), (0.16, 0.2, 0.42)
TOP, BRASS, FRONT, PANEL = (0.58, 0.36, 0.22), (0.86, 0.7, 0.32), (0.36, 0.18, 0.11), (0.27, 0.13, 0.08)
SPOOL, CUSHION, PIN = (0.76, 0.58, 0.36), (0.82, 0.16, 0.18), (0.9, 0.9, 0.92)
BOLTS = ((4.0, 15.0, (0.93, 0.89, 0.78)), (17.0, 28.0, (0.9, 0.64, 0.64)), (30.0, 41.0, (0.68, 0.8, 0.92)))
SHELF_Y, BOLT_TOP = 28.0, 6.0
COUNTER_Y, TOP_B = 41.0, 52.0  # the counter's top runs from COUNTER_Y to TOP_B, its front below
BUTTONS = tuple((bx, by) for by in (12.0, 19.0, 26.0) for bx in (50.0, 57.0))
SPOOL_X, RIBBON_X, RIBBON_Y = 9.0, 15.0, 47.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, PAPER)
    dots = np.hypot(((x + 2.5 * (np.floor(y / 5.0) % 2)) % 5.0) - 2.5, (y % 5.0) - 2.5) - 0.6
    R.over(img, R.coverage(dots), PAPER_DOT)
    R.over(img, R.coverage(R.edges_sdf(x, y, 1.0, 44.0, SHELF_Y, SHELF_Y + 2.5)), SHELF)
    R.over(img, R.coverage(np.minimum(R.segment_sdf(x, y, 6.0, SHELF_Y + 2.0, 6.0, SHELF_Y + 7.0),
                                      R.segment_sdf(x, y, 39.0, SHELF_Y + 2.0, 39.0, SHELF_Y + 7.0)) - 1.0), SHELF)
    R.over(img, R.coverage(R.edges_sdf(x, y, 45.5, 61.5, 6.5, 31.5)), CARD_FRAME)
    R.over(img, R.coverage(R.edges_sdf(x, y, 47.0, 60.0, 8.0, 30.0)), CARD)
    # the counter: its top with a brass measure and ticks, and its panelled front
    R.over(img, R.below(COUNTER_Y, 1), TOP)
    R.over(img, R.coverage(R.edges_sdf(x, y, -1.0, 65.0, COUNTER_Y + 0.1, COUNTER_Y + 1.9)), BRASS)
    ticks = np.maximum(np.abs(((x - 1.0) % 4.0) - 2.0) - 0.35, np.abs(y - COUNTER_Y - 1.0) - 0.9)
    R.over(img, R.coverage(ticks), (0.45, 0.34, 0.12))
    R.over(img, R.below(TOP_B, 1), FRONT)
    panels = np.maximum(np.abs(((x - 1.0) % 16.0) - 8.0) - 6.0, np.abs(y - 57.0) - 4.5)
    R.over(img, R.coverage(np.abs(panels) - 0.5), PANEL)
    # the pincushion at the right end of the counter
    cushion = R.ellipse_sdf(x - 57.0, y - (COUNTER_Y + 1.0), 5.0, 4.5)
    R.over(img, R.coverage(np.maximum(cushion, y - COUNTER_Y - 0.5)), CUSHION)
    for px, top in ((54.5, 33.0), (57.5, 32.0), (60.0, 34.0)):
        R.over(img, R.coverage(np.maximum(np.abs(x - px) - 0.4, np.maximum(top - y, y - 37.0))), PIN)
        R.over(img, R.coverage(np.hypot(x - px, y - top) - 1.0), PIN)
    # the spool's flanges, drawn over the ribbon wound between them
    flanges = np.minimum(R.ellipse_sdf(x - SPOOL_X, y - 31.5, 6.5, 1.8),
                         R.ellipse_sdf(x - SPOOL_X, y - (COUNTER_Y + 3.5), 6.5, 1.8))
    return img[0], R.coverage(flanges - 0.6)[0], R.coverage(flanges)[0]


SCENE, FLANGE_RIM, FLANGES = _scene()


def _parts():
    x, y = R.grid()
    bolts = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    base = np.zeros((3, R.SIZE, R.SIZE), np.float32)
    for left, right, colour in BOLTS:
        d = R.box_sdf(x - (left + right) / 2, y - (BOLT_TOP + SHELF_Y) / 2, (right - left) / 2 - 1.0,
                      (SHELF_Y - BOLT_TOP) / 2 - 1.0) - 1.0
        base += np.asarray(colour, np.float32)[:, None, None] * (d < 0.5)[0]
        np.minimum(bolts, d, out=bolts)
    cover = R.coverage(bolts)[0]
    edge = R.coverage(np.abs(bolts + 0.5) - 0.5)[0]
    stripes = (np.abs(((x - 1.0) % 4.0) - 2.0) < 1.0).astype(np.float32)[0, 0]
    bands = (np.abs(((y - BOLT_TOP) % 4.0) - 2.0) < 1.0).astype(np.float32)[0, :, 0]
    checked = 0.5 * (stripes[None, :] + bands[:, None])
    spots = R.coverage(np.hypot(((x - 1.0 + 2.0 * (np.floor(y / 4.0) % 2)) % 4.0) - 2.0, (y % 4.0) - 2.0) - 1.2)[0]
    patterns = np.stack([np.zeros((R.SIZE, R.SIZE), np.float32), np.broadcast_to(stripes[None, :], (R.SIZE, R.SIZE)),
                         checked, spots]) * 0.85
    return cover, edge, base, patterns


BOLT_COVER, BOLT_EDGE, BOLT_BASE, PATTERNS = _parts()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the bolts of cloth, each its own colour, the chosen pattern woven over them
    pattern = PATTERNS[f[:, 3].astype(int)]
    cloth = BOLT_BASE[None] + (np.asarray(PATTERN, np.float32)[None, :, None, None] - BOLT_BASE[None]) * pattern[:, None]
    R.over(img, np.broadcast_to(BOLT_COVER, (n, R.SIZE, R.SIZE)), cloth)
    R.over(img, np.broadcast_to(0.6 * BOLT_EDGE, (n, R.SIZE, R.SIZE)), (0.2, 0.16, 0.14))
    # the buttons on the card
    r = R.col(1.3 + 1.8 * f[:, 2])
    buttons = np.min([np.hypot(x - bx, y - by) for bx, by in BUTTONS], 0) - r
    R.over(img, R.coverage(buttons), BUTTON)
    holes = np.min([np.hypot(np.abs(x - bx) - 0.3 * r, y - by) for bx, by in BUTTONS], 0) - 0.25 * r
    R.over(img, 0.8 * R.coverage(holes), BUTTON_HOLE)
    # the ribbon: wound on the spool, and unrolled along the counter top to a swallowtail end
    colour = R.hsv(f[:, 0], 0.75, 0.88)
    wound = R.edges_sdf(x, y, SPOOL_X - 5.0, SPOOL_X + 5.0, 32.5, COUNTER_Y + 3.0)
    R.over(img, R.coverage(wound), colour)
    R.over(img, 0.35 * R.coverage(np.maximum(np.abs(((y - 33.0) % 2.0) - 1.0) - 0.3, wound)), colour * 0.6)
    R.over(img, np.broadcast_to(FLANGE_RIM, (n, R.SIZE, R.SIZE)), (0.4, 0.28, 0.16))
    R.over(img, np.broadcast_to(FLANGES, (n, R.SIZE, R.SIZE)), SPOOL)
    end = R.col(RIBBON_X + 4.0 + 42.0 * f[:, 1])
    notch = np.abs(y - RIBBON_Y) * 1.2  # the swallowtail cut
    strip = np.maximum(np.abs(y - RIBBON_Y) - 2.4, np.maximum(SPOOL_X - x, x - end + 2.5 - notch))
    R.over(img, R.coverage(strip), colour)
    R.over(img, 0.5 * R.coverage(np.maximum(np.abs(y - RIBBON_Y - 1.8) - 0.45, strip)), colour * 0.7)
    return R.to_uint8(img)


def render(ribbon_hue: float, ribbon_length: float, button_size: float, cloth_pattern: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[ribbon_hue, ribbon_length, button_size, cloth_pattern]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("haberdasher", arg, n, seed, FACTORS, sample_factors, _draw)
