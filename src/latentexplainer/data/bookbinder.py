"""`bookbinder`: a bookbinder's bench, a wooden standing press, a new book standing up to show
its front cover and a book lying open, below a window and a shelf of books, seen from the front
(64x64 RGB).

The back wall is dark blue-grey plaster, with a short shelf of coloured book spines high in the middle
and a small window with a dark wooden frame and four panes at the top right; a wooden bench
runs across the lower part of the image. On the left of the bench stands a standing press: two
wooden uprights joined by a top beam, an iron screw running down from the beam to a flat
wooden platen, and under the platen, on the press's bed, a book being pressed. In the middle a
new book stands upright facing us, showing its front cover. On the right a thick book lies on
the bench, seen from its edge: its lower half flat on the bench, its upper half - a red cover
board and a block of cream pages - lifted about the spine at the left end. Factors: how far the
press is screwed open (the platen down on the book to raised high above it), what the standing
book's cover is (plain green cloth, marbled paper or brown leather tooled in gold), how far the
lying book is opened (closed, through upright, to leaning back over its spine) and how light it
is in the shop (a dark evening, the window's sky deep blue, to bright day with a pale blue sky).
The wall, the shelf, the press's frame, the bench and the books' sizes stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("press_open", "how far the standing press is screwed open (shut to wide open)", "continuous"),
    Factor("cover", "the standing book's cover (green cloth, marbled paper or gilt leather)", "categorical",
           ("cloth", "marbled", "leather")),
    Factor("book_open", "how far the book lying on the bench is opened (closed to leaning back)", "continuous"),
    Factor("daylight", "how light it is in the shop (dark evening to bright day)", "continuous"),
)
# press_open: 0..1 puts the platen's underside at y = 39..20 px (at 39 it rests on the book in the
# press); cover: a code 0..2 for plain green cloth with a paper label, marbled paper in red, blue
# and cream, or brown leather with a gold tooled frame and lozenge; book_open: 0..1.75 radians
# that the upper half of the lying book is turned up about its spine at (42, 40) px (0: shut,
# about 1.57: upright); daylight: 0..1 scales the shop's light from 0.5 to 1.0 of full and
# blends the sky in the window from deep blue to pale blue
RANGES = ((0.0, 1.0), (0.0, 2.0), (0.0, 1.75), (0.0, 1.0))
WALL, FRAME, BENCH, BENCH_TOP = (0.27, 0.31, 0.37), (0.3, 0.2, 0.13), (0.44, 0.3, 0.18), (0.6, 0.44, 0.28)
PRESS, PLATEN, STEEL = (0.62, 0.44, 0.27), (0.82, 0.64, 0.42), (0.72, 0.74, 0.78)
PAGES, PAGE_LINE, BOARD, BOARD_DARK = (0.96, 0.93, 0.82), (0.78, 0.74, 0.64), (0.66, 0.16, 0.14), (0.44, 0.1, 0.1)
CLOTH, LABEL, LEATHER, GOLD = (0.16, 0.42, 0.3), (0.94, 0.9, 0.78), (0.44, 0.24, 0.13), (0.96, 0.78, 0.3)
MARBLE = np.array(((0.72, 0.16, 0.18), (0.2, 0.3, 0.66), (0.95, 0.9, 0.78)), np.float32)
NIGHT, DAY = np.array((0.08, 0.1, 0.3)), np.array((0.64, 0.82, 0.98))
SPINES = ((25.0, (0.7, 0.2, 0.2)), (28.0, (0.2, 0.36, 0.6)), (31.0, (0.3, 0.5, 0.3)), (34.0, (0.8, 0.62, 0.2)),
          (37.0, (0.4, 0.24, 0.4)))
BENCH_Y = 46.0
WIN_L, WIN_R, WIN_T, WIN_B = 45.0, 61.0, 4.0, 22.0
BOOK_L, BOOK_R, BOOK_T = 24.0, 37.0, 22.0  # the standing book
HINGE_X, HINGE_Y, LEAF, THICK = 42.0, 40.0, 21.0, 6.0  # the lying book: each half 21 x 6 px
PLATEN_W, PLATEN_H = 8.5, 5.0  # half-width and height of the press's platen
PRESS_X = 12.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    # the shelf of books
    for sx, c in SPINES:
        R.over(img, R.coverage(R.edges_sdf(x, y, sx - 1.3, sx + 1.3, 3.0 + (sx % 3.0), 11.0)), c)
    R.over(img, R.coverage(R.edges_sdf(x, y, 23.0, 40.0, 11.0, 12.5)), FRAME)
    # the window's frame, its panes are painted per image
    R.over(img, R.coverage(R.edges_sdf(x, y, WIN_L - 1.5, WIN_R + 1.5, WIN_T - 1.5, WIN_B + 2.0)), FRAME)
    # the bench
    R.over(img, R.below(BENCH_Y, 1), BENCH_TOP)
    R.over(img, R.below(BENCH_Y + 3.0, 1), BENCH)
    # the press: uprights, a top beam and a bed, and the book being pressed
    frame = np.minimum(R.edges_sdf(x, y, 3.0, 6.0, 9.0, BENCH_Y), R.edges_sdf(x, y, 18.0, 21.0, 9.0, BENCH_Y))
    frame = np.minimum(frame, R.edges_sdf(x, y, 2.0, 22.0, 9.0, 13.0))
    R.over(img, R.coverage(frame), PRESS)
    R.over(img, R.coverage(R.edges_sdf(x, y, 2.0, 22.0, 43.0, BENCH_Y)), FRAME)
    R.over(img, R.coverage(R.edges_sdf(x, y, 7.0, 17.0, 39.0, 43.0)), PAGES)
    R.over(img, R.coverage(np.maximum(np.abs(y - 41.0) - 0.4, np.abs(x - PRESS_X) - 5.0)), PAGE_LINE)
    # the screw's head and bar above the beam
    R.over(img, R.coverage(np.minimum(R.edges_sdf(x, y, 10.5, 13.5, 5.0, 9.0), R.edges_sdf(x, y, 5.0, 19.0, 5.5, 7.0))),
           STEEL)
    return img[0]


SCENE = _scene()


def _covers():
    """The standing book's cover (3, H, W) for each kind, and its coverage (H, W)."""
    x, y = R.grid()
    box = R.edges_sdf(x, y, BOOK_L, BOOK_R, BOOK_T, BENCH_Y)
    cover = R.coverage(box)[0]
    u, v = x - (BOOK_L + BOOK_R) / 2, y - (BOOK_T + BENCH_Y) / 2
    out = []
    cloth = R.canvas(1, CLOTH)
    weave = np.broadcast_to(np.abs((x % 2.0) - 1.0) - 0.25, (1, R.SIZE, R.SIZE))
    R.over(cloth, 0.25 * R.coverage(weave), (0.1, 0.3, 0.22))
    R.over(cloth, R.coverage(R.box_sdf(u, v + 4.0, 4.0, 2.5)), LABEL)
    out.append(cloth[0])
    # marbling: swirled bands of red, cream and blue, blended smoothly from one to the next
    wave = 0.5 + 0.5 * np.sin(0.8 * u + 2.2 * np.sin(0.33 * v) + 1.1 * np.sin(0.25 * v - 0.3 * u))
    t = np.clip(wave * 2.0, 0.0, 2.0)[0]
    red, blue, cream = (MARBLE[i][:, None, None] for i in range(3))
    first, second = np.clip(t, 0.0, 1.0), np.clip(t - 1.0, 0.0, 1.0)
    out.append(red + (cream - red) * first + (blue - cream) * second)
    leather = R.canvas(1, LEATHER)
    tooling = np.minimum(np.abs(R.box_sdf(u, v, 4.0, 9.0)) - 0.5, np.abs(np.abs(u) + np.abs(v) * 0.6 - 3.0) - 0.6)
    R.over(leather, R.coverage(tooling), GOLD)
    out.append(leather[0])
    edge = R.coverage(np.abs(box + 0.5) - 0.5)[0]
    return np.stack(out), cover, edge


COVERS, COVER, COVER_EDGE = _covers()


def _slab(s, w):
    """Signed distance to one half of the lying book, from coordinates along it from the spine
    (``s``) and across it from its inner face, where the two halves meet (``w``)."""
    return R.box_sdf(s - LEAF / 2, w - THICK / 2, LEAF / 2, THICK / 2)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the press's screw and platen
    platen = R.col(39.0 - 19.0 * f[:, 0])
    screw = R.edges_sdf(x, y, PRESS_X - 2.0, PRESS_X + 2.0, 13.0, platen - PLATEN_H)
    R.over(img, R.coverage(screw), STEEL)
    thread = np.maximum(np.abs(((y + x * 0.5) % 2.0) - 1.0) - 0.35, screw)
    R.over(img, 0.5 * R.coverage(thread), (0.3, 0.3, 0.34))
    R.over(img, R.coverage(R.edges_sdf(x, y, PRESS_X - PLATEN_W, PRESS_X + PLATEN_W, platen - PLATEN_H, platen)),
           PLATEN)
    # the standing book's cover
    kind = f[:, 1].astype(int)
    R.over(img, np.broadcast_to(COVER, (n, R.SIZE, R.SIZE)), COVERS[kind])
    R.over(img, np.broadcast_to(COVER_EDGE, (n, R.SIZE, R.SIZE)), (0.12, 0.08, 0.06))
    # the lying book: its lower half on the bench, a rounded spine, its upper half turned up
    a = R.col(f[:, 2])
    halves = ((x - HINGE_X, y - HINGE_Y),  # the lower half, lying on the bench
              ((x - HINGE_X) * np.cos(a) - (y - HINGE_Y) * np.sin(a),  # the upper half, turned up by a
               -(x - HINGE_X) * np.sin(a) - (y - HINGE_Y) * np.cos(a)))
    for s, w in halves:
        d = _slab(s, w)
        R.over(img, R.coverage(d), BOARD)
        R.over(img, R.coverage(np.maximum(d + 1.0, w - (THICK - 1.3))), PAGES)
        R.over(img, 0.7 * R.coverage(np.maximum(np.abs(w - 1.9) - 0.3, d + 1.3)), PAGE_LINE)
    R.over(img, R.coverage(np.maximum(np.hypot(x - HINGE_X, y - HINGE_Y) - THICK, x - HINGE_X)), BOARD_DARK)
    # the light in the shop, and the sky in the window
    light = R.col(0.5 + 0.5 * f[:, 3])
    img *= light[:, None]
    sky = NIGHT[None] + (DAY - NIGHT)[None] * f[:, 3:4]
    panes = np.maximum(R.edges_sdf(x, y, WIN_L, WIN_R, WIN_T, WIN_B),
                       0.6 - np.minimum(np.abs(x - (WIN_L + WIN_R) / 2), np.abs(y - (WIN_T + WIN_B) / 2)))
    R.over(img, np.broadcast_to(R.coverage(panes), (n, R.SIZE, R.SIZE)), sky)
    return R.to_uint8(img)


def render(press_open: float, cover: float, book_open: float, daylight: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[press_open, cover, book_open, daylight]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("bookbinder", arg, n, seed, FACTORS, sample_factors, _draw)
