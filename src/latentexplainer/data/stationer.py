"""`stationer`: a stationer's desk, a stack of writing paper, a glass bottle of ink and a quill
pen in a pewter pot on a leather-topped desk under a rack of pigeon-holes, seen from the front
(64x64 RGB).

The wall is a muted sage green; high on it, left of the middle, hangs a rack of dark wooden
pigeon-holes, two rows of five, some holding white letters. The desk's wooden top fills the
lower part of the image, its front edge a darker band along the bottom, and a leather writing
pad, edged with a thin gilt line, is set into it along its front. At the back of the desk stand,
from the left: a stack of cream writing paper, the edges of its sheets showing as fine grey
lines; a square glass ink bottle with a short neck and a cork, the dark ink inside it showing
through the glass; and a round pewter pot holding a white quill, its feathered vane along the
upper part of its shaft. Factors: how high the stack of paper is (a few sheets to a tall stack),
how full the bottle is of ink (nearly empty to nearly full), which way the quill leans in its
pot (to the left, upright, to the right) and the hue of the leather pad (the whole colour wheel,
coming round to where it began). The wall, the rack, the desk, the bottle and the pot stay
fixed; the whole quill always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("paper_stack", "height of the stack of writing paper (a few sheets to tall)", "continuous"),
    Factor("ink_level", "how full the glass bottle is of ink (nearly empty to nearly full)", "continuous"),
    Factor("quill_lean", "which way the quill leans in its pot (left, upright, right)", "continuous"),
    Factor("pad_hue", "hue of the leather writing pad on the desk", "cyclic", period=1.0),
)
# paper_stack: 0..1 is a stack 2..24 px tall, standing on the desk at y = 46 px, x = 4..24 px;
# ink_level: 0..1 fills the bottle's inside (y = 34..44 px) 1..10 px deep; quill_lean: -0.5..0.5
# radians from upright (negative: leaning to the left), the quill 24 px long from its pot's mouth at
# (51, 39) px; pad_hue: 0..1 of the colour wheel, a whole turn (0 and 1 are the same red)
RANGES = ((0.0, 1.0), (0.0, 1.0), (-0.5, 0.5), (0.0, 1.0))
WALL, RACK, RACK_DARK, LETTER = (0.42, 0.52, 0.46), (0.4, 0.27, 0.16), (0.22, 0.14, 0.08), (0.97, 0.96, 0.92)
DESK, DESK_EDGE, GILT = (0.55, 0.35, 0.19), (0.36, 0.22, 0.11), (0.9, 0.76, 0.36)
PAPER, SHEET_EDGE = (0.96, 0.94, 0.86), (0.62, 0.6, 0.56)
GLASS, GLASS_EDGE, INK, CORK = (0.84, 0.9, 0.9), (0.5, 0.58, 0.6), (0.08, 0.08, 0.26), (0.7, 0.52, 0.32)
PEWTER, PEWTER_DARK, FEATHER, SHAFT = (0.62, 0.64, 0.66), (0.42, 0.44, 0.47), (0.98, 0.98, 0.96), (0.6, 0.56, 0.48)
DESK_Y, BASE_Y, PAD_T, PAD_B, EDGE_Y = 36.0, 46.0, 48.0, 58.0, 59.0
PAPER_L, PAPER_R = 4.0, 24.0
BOTTLE_L, BOTTLE_R, BOTTLE_T, NECK_T = 29.0, 41.0, 32.0, 28.5
POT_X, POT_T, QUILL = 51.0, 39.0, 24.0
LETTERS = ((0, 1), (0, 3), (1, 0), (1, 2), (1, 4))  # pigeon-holes with a letter: (row, column)


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    # the pigeon-hole rack: x = 6..46 px, y = 2..15 px, two rows of five
    R.over(img, R.coverage(R.edges_sdf(x, y, 6.0, 46.0, 2.0, 15.0)), RACK)
    for r in range(2):
        for c in range(5):
            left, t = 7.2 + 7.8 * c, 3.2 + 6.0 * r
            R.over(img, R.coverage(R.edges_sdf(x, y, left, left + 6.8, t, t + 5.0)), RACK_DARK)
            if (r, c) in LETTERS:
                R.over(img, R.coverage(R.edges_sdf(x, y, left + 0.8, left + 6.0, t + 1.8, t + 5.0)), LETTER)
    R.over(img, R.below(DESK_Y, 1), DESK)
    R.over(img, 0.3 * R.coverage(np.maximum(np.abs(((y - DESK_Y + 0.4 * x) % 5.0) - 2.5) - 0.4, DESK_Y + 1.0 - y)),
           DESK_EDGE)
    R.over(img, R.below(EDGE_Y, 1), DESK_EDGE)
    R.over(img, R.coverage(np.abs(R.edges_sdf(x, y, 3.0, 61.0, PAD_T - 1.0, PAD_B + 1.0)) - 0.5), GILT)
    # the ink bottle's glass (the ink is drawn over it) and its neck and cork
    R.over(img, R.coverage(R.box_sdf(x - 35.0, y - 39.0, 4.0, 5.0) - 2.0), GLASS_EDGE)
    R.over(img, R.coverage(R.box_sdf(x - 35.0, y - 39.0, 4.0, 5.0) - 1.0), GLASS)
    R.over(img, R.coverage(R.edges_sdf(x, y, 32.5, 37.5, NECK_T, BOTTLE_T + 0.5)), GLASS_EDGE)
    R.over(img, R.coverage(R.edges_sdf(x, y, 33.3, 36.7, NECK_T - 3.0, NECK_T + 0.5)), CORK)
    return img[0]


SCENE = _scene()


def _pad():
    x, y = R.grid()
    pad = R.coverage(R.edges_sdf(x, y, 3.0, 61.0, PAD_T, PAD_B))
    grain = 1.0 - 0.08 * R.coverage(np.abs(((x * 0.7 + y * 1.3) % 2.5) - 1.25) - 0.3)
    return pad, grain


PAD, GRAIN = _pad()


def _pot():
    """The pewter pot, drawn over the foot of the quill (a (4, H, W) colour and alpha)."""
    x, y = R.grid()
    img = np.zeros((1, 3, R.SIZE, R.SIZE), np.float32)
    body = np.minimum(R.edges_sdf(x, y, POT_X - 4.0, POT_X + 4.0, POT_T, BASE_Y),
                      R.ellipse_sdf(x - POT_X, y - POT_T, 4.6, 1.2))
    alpha = R.coverage(body)
    R.over(img, np.ones_like(alpha), PEWTER)
    R.over(img, R.coverage(np.maximum(body + 0.5, x - POT_X - 1.5)), PEWTER_DARK)
    R.over(img, R.coverage(R.ellipse_sdf(x - POT_X, y - POT_T, 3.4, 0.7)), RACK_DARK)
    return np.concatenate([img[0], alpha], 0)


POT = _pot()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the leather pad
    leather = R.hsv(f[:, 3], 0.6, 0.62)[:, :, None, None] * GRAIN[:, None]
    R.over(img, np.broadcast_to(PAD, (n, R.SIZE, R.SIZE)), leather)
    # the stack of paper, its sheets' edges showing
    top = BASE_Y - R.col(2.0 + 22.0 * f[:, 0])
    stack = R.edges_sdf(x, y, PAPER_L, PAPER_R, top, BASE_Y)
    R.over(img, R.coverage(stack), PAPER)
    sheets = np.maximum(np.abs(((BASE_Y - y) % 2.0) - 1.0) - 0.3, np.maximum(stack + 0.8, top + 1.0 - y))
    R.over(img, 0.8 * R.coverage(sheets), SHEET_EDGE)
    # the ink inside the bottle
    level = BASE_Y - 2.0 - R.col(1.0 + 9.0 * f[:, 1])
    ink = np.maximum(R.box_sdf(x - 35.0, y - 39.0, 4.0, 5.0), level - y)
    R.over(img, R.coverage(ink), INK)
    R.over(img, 0.6 * R.coverage(np.maximum(np.abs(y - level - 0.5) - 0.5, R.box_sdf(x - 35.0, y - 39.0, 4.0, 5.0))),
           (0.25, 0.25, 0.5))
    # the quill: a shaft from the pot's mouth, its vane along the upper part, then the pot
    a = R.col(f[:, 2])
    ux, uy = np.sin(a), -np.cos(a)
    s = (x - POT_X) * ux + (y - POT_T) * uy  # along the quill from the mouth
    t = (x - POT_X) * -uy + (y - POT_T) * ux  # across it
    shaft = np.maximum(np.abs(t) - 0.7, np.maximum(-s - 4.0, s - QUILL))
    vane_w = 4.2 * np.sqrt(np.clip((s - 6.0) / (QUILL - 6.0), 0.0, 1.0)) * np.clip((QUILL + 0.5 - s) / 3.0, 0.0, 1.0)
    vane = np.maximum(np.abs(t + 0.6) - vane_w, np.maximum(6.0 - s, s - QUILL - 0.5))
    R.over(img, R.coverage(vane), FEATHER)
    R.over(img, 0.5 * R.coverage(np.maximum(np.abs(((s + t) % 2.0) - 1.0) - 0.3, vane + 0.6)), (0.8, 0.8, 0.78))
    R.over(img, R.coverage(shaft), SHAFT)
    R.over(img, np.broadcast_to(POT[3], (n, R.SIZE, R.SIZE)), POT[:3])
    return R.to_uint8(img)


def render(paper_stack: float, ink_level: float, quill_lean: float, pad_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[paper_stack, ink_level, quill_lean, pad_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("stationer", arg, n, seed, FACTORS, sample_factors, _draw)
