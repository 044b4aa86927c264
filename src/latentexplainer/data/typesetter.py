"""`typesetter`: a corner of a printing office, a type cabinet with one drawer pulled out and a
freshly printed bill pinned to the papered wall, seen from the front (64x64 RGB).

The back wall is papered down to a dark skirting board above a floor of brown boards. On the
left stands a wooden type cabinet of four shallow drawers, each with a brass handle; its top
drawer can be pulled out towards the viewer, showing its grid of little compartments full of
grey metal type. On the cabinet's top lie a stone ink slab with a pool of ink and an inking
roller. On the wall at the right a printed bill is pinned up by two brass pins: a cream sheet
with a heavy heading across its top, a rule under it and lines of text below. Factors: how many
lines of text the bill has under its heading (1 to 4), the hue of the ink (the bill's heading,
its lines, the ink pool and the roller alike; the whole colour wheel, coming round to where it
began), how far the cabinet's top drawer is pulled out (shut to far out) and the wallpaper's
pattern (plain, striped or a diamond trellis). The cabinet, the sheet's size and place, the
floor and the skirting stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("lines", "how many lines of text the printed bill has (1 to 4)", "categorical", ("1", "2", "3", "4")),
    Factor("ink_hue", "hue of the printing ink on the bill, slab and roller", "cyclic", period=1.0),
    Factor("drawer_open", "how far the type cabinet's top drawer is pulled out (shut to far out)", "continuous"),
    Factor("wallpaper", "the wallpaper's pattern (plain, striped or diamond trellis)", "categorical",
           ("plain", "striped", "diamonds")),
)
# lines: a code 0..3 for 1..4 lines, from the top, at the rows of LINES; ink_hue: 0..1 of the
# colour wheel, a whole turn (0 and 1 are the same red), at saturation 0.85 and value 0.5;
# drawer_open: 0..1 slides the drawer's front 0..11 px down the cabinet's face, the tray of type
# showing above it; wallpaper: a code 0..2 for plain paper, upright stripes or a diamond trellis
RANGES = ((0.0, 3.0), (0.0, 1.0), (0.0, 1.0), (0.0, 2.0))
PAPER, STRIPE, TRELLIS = (0.84, 0.78, 0.62), (0.6, 0.34, 0.3), (0.42, 0.52, 0.36)
SKIRTING, FLOOR, FLOOR_LINE = (0.24, 0.16, 0.12), (0.48, 0.33, 0.2), (0.36, 0.24, 0.14)
CABINET, CABINET_DARK, BRASS = (0.55, 0.36, 0.2), (0.38, 0.24, 0.13), (0.85, 0.7, 0.3)
TRAY, TYPE, SLAB = (0.3, 0.2, 0.12), (0.62, 0.63, 0.66), (0.5, 0.52, 0.55)
SHEET, SHEET_EDGE = (0.97, 0.95, 0.88), (0.8, 0.77, 0.68)
WALL_Y, FLOOR_Y = 47.0, 49.0
CAB_L, CAB_R, CAB_T, CAB_B = 3.0, 29.0, 25.0, 57.0
DRAWERS = (26.5, 34.0, 41.5, 49.0)  # the drawers' tops; each is 7 px tall
SHEET_L, SHEET_R, SHEET_T, SHEET_B = 31.0, 62.0, 5.0, 42.0
LINES = (20.0, 25.5, 31.0, 36.5)  # the text lines' middles


def _static():
    """The room without the drawer or the ink: the wall left bare for the paper, the floor,
    the cabinet's body and lower drawers, the ink slab and roller's frame, and the blank sheet."""
    x, y = R.grid()
    img = R.canvas(1, PAPER)
    R.over(img, R.below(WALL_Y, 1), SKIRTING)
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    boards = np.abs(((x + 0.6 * (y - FLOOR_Y) * (x - 32.0) / 16.0) % 8.0) - 4.0) - 3.6
    R.over(img, R.below(FLOOR_Y, 1) * R.coverage(boards), FLOOR_LINE)
    R.over(img, R.coverage(R.edges_sdf(x, y, CAB_L, CAB_R, CAB_T, CAB_B)), CABINET_DARK)
    R.over(img, R.coverage(R.edges_sdf(x, y, CAB_L - 1.0, CAB_R + 1.0, CAB_T - 1.5, CAB_T + 0.5)), CABINET)
    for top in DRAWERS[1:]:
        R.over(img, R.coverage(R.edges_sdf(x, y, CAB_L + 1.0, CAB_R - 1.0, top, top + 6.5)), CABINET)
        R.over(img, R.coverage(R.ellipse_sdf(x - (CAB_L + CAB_R) / 2, y - (top + 3.3), 2.6, 1.0)), BRASS)
    R.over(img, R.coverage(R.edges_sdf(x, y, CAB_L + 1.0, CAB_R - 1.0, DRAWERS[0], DRAWERS[0] + 6.5)), TRAY)
    R.over(img, R.coverage(R.edges_sdf(x, y, CAB_L, CAB_R, CAB_B, CAB_B + 2.0)), CABINET_DARK)
    # the sheet, with its shadow and two pins
    shadow = R.edges_sdf(x, y, SHEET_L + 1.0, SHEET_R + 1.0, SHEET_T + 1.0, SHEET_B + 1.0)
    R.over(img, 0.35 * R.coverage(shadow), (0.0, 0.0, 0.0))
    R.over(img, R.coverage(R.edges_sdf(x, y, SHEET_L, SHEET_R, SHEET_T, SHEET_B)), SHEET)
    R.over(img, R.coverage(np.abs(R.edges_sdf(x, y, SHEET_L, SHEET_R, SHEET_T, SHEET_B) + 0.5) - 0.5), SHEET_EDGE)
    for px in (SHEET_L + 3.0, SHEET_R - 3.0):
        R.over(img, R.coverage(np.hypot(x - px, y - (SHEET_T + 2.5)) - 1.2), BRASS)
    return img[0]


def _patterns():
    """Coverage of each pattern's ink on the bare wall (where the wallpaper shows), and of the
    ink slab and the roller's handle on the cabinet's top."""
    x, y = R.grid()
    covered = np.minimum(R.edges_sdf(x, y, CAB_L - 1.0, CAB_R + 1.0, CAB_T - 1.5, 99.0),
                         R.edges_sdf(x, y, SHEET_L, SHEET_R + 1.0, SHEET_T, SHEET_B + 1.0))
    wall = R.coverage(np.maximum(y - WALL_Y, -covered))[0]
    stripes = R.coverage(np.abs((x % 6.0) - 3.0) - 1.1)[0]
    diamonds = R.coverage(np.minimum(np.abs(((x + y) % 8.0) - 4.0), np.abs(((x - y) % 8.0) - 4.0)) * 0.707 - 0.55)[0]
    pattern = np.stack([np.zeros_like(wall), np.broadcast_to(stripes, wall.shape) * wall, diamonds * wall])
    slab = R.coverage(R.edges_sdf(x, y, 5.0, 19.0, 21.5, 23.5))[0]
    handle = R.coverage(R.segment_sdf(x, y, 22.0, 20.0, 27.0, 16.0) - 0.8)[0]
    return pattern, slab, handle


PATTERN, SLAB_COVER, HANDLE = _patterns()
ROOM = _static()


def _ink_marks():
    """Coverage of the bill's heading and rule (always printed), each text line, the ink pool
    and the roller."""
    x, y = R.grid()
    # the heading: heavy letters, thin gaps between them, and a rule under them
    band = R.edges_sdf(x, y, SHEET_L + 3.0, SHEET_R - 3.0, SHEET_T + 5.0, SHEET_T + 11.5)
    band = np.maximum(band, np.abs(((x - SHEET_L - 3.0) % 4.5) - 2.25) - 1.75)
    heading = np.minimum(band, R.edges_sdf(x, y, SHEET_L + 6.0, SHEET_R - 6.0, SHEET_T + 13.5, SHEET_T + 14.3))
    lines = []
    for i, ly in enumerate(LINES):
        right = SHEET_R - 3.0 - (4.0 if i % 2 else 0.0)
        d = R.edges_sdf(x, y, SHEET_L + 3.0, right, ly - 2.2, ly + 2.2)
        lines.append(R.coverage(np.maximum(d, 0.4 - np.abs(((x - SHEET_L) % 7.0) - 5.5)))[0])
    pool = R.ellipse_sdf(x - 11.0, y - 21.5, 5.0, 1.6)
    roller = R.edges_sdf(x, y, 15.0, 24.0, 17.5, 21.5) - 0.8
    return R.coverage(np.minimum(heading, np.minimum(pool, roller)))[0], np.stack(lines)


ALWAYS, LINE_MARKS = _ink_marks()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = ROOM
    # the wallpaper's pattern over the bare wall
    paper = f[:, 3].astype(int)
    R.over(img, (paper == 1).astype(np.float32)[:, None, None] * PATTERN[1], STRIPE)
    R.over(img, (paper == 2).astype(np.float32)[:, None, None] * PATTERN[2], TRELLIS)
    # the ink slab and the roller's handle on the cabinet's top
    R.over(img, np.broadcast_to(SLAB_COVER, (n, R.SIZE, R.SIZE)), SLAB)
    R.over(img, np.broadcast_to(HANDLE, (n, R.SIZE, R.SIZE)), CABINET_DARK)
    # the ink: the heading, pool and roller always, and the text lines from the top
    ink = R.hsv(f[:, 1], np.full(n, 0.85), np.full(n, 0.5))
    count = f[:, 0].astype(int)
    marks = ALWAYS + np.einsum("nk,khw->nhw", (count[:, None] >= np.arange(4)[None]).astype(np.float32), LINE_MARKS)
    R.over(img, np.minimum(marks, 1.0), ink)
    # the top drawer: its tray of type showing above its front as it is pulled out
    pull = R.col(11.0 * f[:, 2])
    top = DRAWERS[0]
    tray = np.maximum(R.edges_sdf(x, y, CAB_L + 0.5, CAB_R - 0.5, top - 0.5, top + pull + 1.0), 0.5 - pull)
    R.over(img, R.coverage(tray), TRAY)
    cells = np.maximum(tray + 0.5, 0.55 - np.minimum(np.abs(((x - CAB_L) % 3.2) - 1.6),
                                                     np.abs(((y - top) % 2.6) - 1.3)))
    R.over(img, R.coverage(cells), TYPE)
    front = R.edges_sdf(x, y, CAB_L + 0.2, CAB_R - 0.2, top + pull, top + pull + 6.8)
    R.over(img, R.coverage(front + 0.6), CABINET_DARK)
    R.over(img, R.coverage(front + 0.9), CABINET)
    R.over(img, R.coverage(R.ellipse_sdf(x - (CAB_L + CAB_R) / 2, y - (top + pull + 3.4), 2.8, 1.1)), BRASS)
    return R.to_uint8(img)


def render(lines: float, ink_hue: float, drawer_open: float, wallpaper: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[lines, ink_hue, drawer_open, wallpaper]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("typesetter", arg, n, seed, FACTORS, sample_factors, _draw)
