"""`dollhouse`: an open-fronted wooden dollhouse of two rooms, one above the other, standing on
a floor against a pale wall, seen straight on (64x64 RGB).

The dollhouse's dark wooden shell - two side walls, a floor between the storeys and a base -
has no front wall, so both rooms show, papered in peach wallpaper; a red-tiled roof with a
round attic window sits on top. A doll with yellow hair and a blue dress stands on the
downstairs floor, and one piece of doll's furniture stands in the middle of the upstairs room.
Factors: the pattern of the wallpaper (plain, plum stripes, plum dots or a plum check, the same
in both rooms), how steep the roof is (low to steep: its apex rises, its eaves stay), where the
doll stands downstairs (left to right) and what stands upstairs (a bed with a red blanket, a
table with a white cloth and a jug on it, or a bookcase full of books). The shell, the rooms'
size, the doll, the furniture's place and the wall and floor behind stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("wallpaper", "pattern of the rooms' wallpaper (plain, striped, dotted or checked)", "categorical",
           ("plain", "striped", "dotted", "checked")),
    Factor("roof_pitch", "how steep the dollhouse's roof is (low to steep)", "continuous"),
    Factor("doll_x", "where the doll stands in the downstairs room (left to right)", "continuous"),
    Factor("furniture", "what stands in the upstairs room (a bed, a table or a bookcase)", "categorical",
           ("bed", "table", "bookcase")),
)
# wallpaper: codes 0..3 are plain, vertical stripes (2.2 px wide, every 5 px), dots (radius 1.6 px
# on a 5 px grid) and a check of 4 px squares, in plum on peach; roof_pitch: 0..1 puts the roof's
# apex 5..17 px above the eaves at y = 20 px (at y = 15..3 px), the eaves 7..57 px across;
# doll_x: 0..1 puts the doll's middle at x = 17..47 px (it is 10 px wide at its hem), standing on
# the downstairs floor at y = 56 px; furniture: codes 0..2 are a bed, a table and a bookcase,
# each standing on the upstairs floor at y = 37 px around x = 32 px
RANGES = ((0.0, 3.0), (0.0, 1.0), (0.0, 1.0), (0.0, 2.0))
WALL, FLOOR = (0.73, 0.79, 0.85), (0.56, 0.4, 0.27)
SHELL, PAPER, PATTERN = (0.36, 0.24, 0.15), (0.97, 0.8, 0.64), (0.55, 0.27, 0.4)
ROOF, ATTIC = (0.72, 0.2, 0.14), (0.98, 0.9, 0.55)
SKIN, HAIR, DRESS, SHOE = (0.98, 0.8, 0.68), (0.96, 0.8, 0.24), (0.15, 0.3, 0.82), (0.12, 0.1, 0.1)
WOOD, BLANKET, PILLOW, CLOTH, JUG = (0.5, 0.32, 0.18), (0.8, 0.16, 0.22), (0.98, 0.98, 0.96), \
    (0.97, 0.97, 0.97), (0.2, 0.45, 0.78)
BOOKS = ((0.8, 0.2, 0.2), (0.2, 0.5, 0.8), (0.95, 0.75, 0.2), (0.25, 0.6, 0.3), (0.6, 0.3, 0.7))
LEFT, RIGHT, EAVES, MIDDLE, BASE = 10.0, 54.0, 20.0, 37.0, 56.0  # the shell's outer edges and floors
THICK = 2.0  # the shell's walls and floors
FLOOR_Y = 58.0  # where the room's floor starts, under the dollhouse's base
DOLL_Y = BASE  # the doll stands on the downstairs floor


def _house() -> np.ndarray:
    """The four backgrounds, one per wallpaper: wall, floor, shell and papered rooms."""
    x, y = R.grid()
    img = R.canvas(4, WALL)
    R.over(img, R.below(FLOOR_Y, 4), FLOOR)
    R.over(img, np.broadcast_to(R.coverage(R.edges_sdf(x, y, LEFT, RIGHT, EAVES, FLOOR_Y)), (4, 64, 64)), SHELL)
    rooms = np.minimum(R.edges_sdf(x, y, LEFT + THICK, RIGHT - THICK, EAVES + THICK, MIDDLE),
                       R.edges_sdf(x, y, LEFT + THICK, RIGHT - THICK, MIDDLE + THICK, BASE))
    inside = R.coverage(rooms)[0]
    R.over(img, np.broadcast_to(inside, (4, 64, 64)), PAPER)
    stripes = np.abs((x % 5.0) - 2.5) - 1.1 + 0 * y
    dots = np.hypot((x % 5.0) - 2.5, (y % 5.0) - 2.5) - 1.6
    check = ((np.floor(x / 4) + np.floor(y / 4)) % 2).astype(np.float32)
    for k, pattern in ((1, R.coverage(stripes)), (2, R.coverage(dots)), (3, check)):
        R.over(img[k:k + 1], inside * pattern, PATTERN)
    return img


def _furniture() -> np.ndarray:
    """The three pieces of furniture, each as (colour over transparent): (3, 4, H, W), RGB + alpha."""
    x, y = R.grid()
    out = np.zeros((3, 4, R.SIZE, R.SIZE), np.float32)

    def paint(k, sdf, colour):
        a = R.coverage(sdf)[0]
        out[k, :3] += a * (np.asarray(colour, np.float32)[:, None, None] - out[k, :3])
        out[k, 3] += a * (1 - out[k, 3])

    e = R.edges_sdf
    # the bed: a tall headboard on the left, a low footboard, a red blanket and a white pillow
    paint(0, e(x, y, 18.0, 21.0, 25.0, MIDDLE), WOOD)
    paint(0, e(x, y, 44.0, 46.5, 30.0, MIDDLE), WOOD)
    paint(0, e(x, y, 21.0, 44.0, 33.5, 35.5), WOOD)
    paint(0, e(x, y, 21.0, 44.0, 29.5, 34.0), BLANKET)
    paint(0, R.ellipse_sdf(x - 24.5, y - 29.0, 3.0, 1.6), PILLOW)
    # the table: legs, a white cloth over its top and a blue jug on it
    paint(1, np.minimum(e(x, y, 23.0, 25.0, 33.0, MIDDLE), e(x, y, 39.0, 41.0, 33.0, MIDDLE)), WOOD)
    paint(1, e(x, y, 20.5, 43.5, 29.0, 33.5), CLOTH)
    paint(1, np.minimum(R.ellipse_sdf(x - 32.0, y - 26.5, 2.7, 2.7), e(x, y, 30.8, 33.2, 23.5, 25.0)), JUG)
    # the bookcase: a wooden case with three shelves of coloured books
    paint(2, e(x, y, 24.0, 40.0, 23.0, MIDDLE), WOOD)
    for i, top in enumerate((24.5, 29.0, 33.5)):
        slot = e(x, y, 25.5, 38.5, top, top + 3.2)
        book = np.floor((x - 25.5) / 1.9) + 2 * i
        for j, colour in enumerate(BOOKS):
            paint(2, np.maximum(slot, np.where(book % len(BOOKS) == j, -1.0, 1.0)), colour)
    return out


HOUSES, FURNITURE = _house(), _furniture()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    img = HOUSES[f[:, 0].astype(int)].copy()
    # the roof: a triangle from the eaves (7..57 px) up to its apex, with an attic window
    h = R.col(5.0 + 12.0 * f[:, 1])
    u, v = np.abs(x - 32.0), y - EAVES
    roof = np.maximum((h * u - 25.0 * v - 25.0 * h) / np.sqrt(h * h + 625.0), v)
    R.over(img, R.coverage(roof), ROOF)
    R.over(img, 0.35 * R.coverage(np.maximum(np.abs((v % 3.0) - 1.5) - 0.4, roof + 1.0)), SHELL)  # tile rows
    R.over(img, R.coverage(np.hypot(x - 32.0, v + 0.4 * h) - 0.22 * h), ATTIC)
    # the furniture upstairs
    piece = FURNITURE[f[:, 3].astype(int)]
    img += piece[:, 3:4] * (piece[:, :3] - img)
    # the doll downstairs: shoes, legs, a dress flaring to its hem, arms, a head and hair
    dx = R.col(17.0 + 30.0 * f[:, 2])
    legs = np.minimum(R.segment_sdf(x, y, dx - 1.6, DOLL_Y - 4.0, dx - 1.6, DOLL_Y - 1.0),
                      R.segment_sdf(x, y, dx + 1.6, DOLL_Y - 4.0, dx + 1.6, DOLL_Y - 1.0)) - 0.8
    R.over(img, R.coverage(legs), SKIN)
    shoes = np.minimum(R.ellipse_sdf(x - (dx - 1.8), y - (DOLL_Y - 0.9), 1.5, 0.9),
                       R.ellipse_sdf(x - (dx + 1.8), y - (DOLL_Y - 0.9), 1.5, 0.9))
    R.over(img, R.coverage(shoes), SHOE)
    arms = np.minimum(R.segment_sdf(x, y, dx - 2.0, DOLL_Y - 10.5, dx - 4.8, DOLL_Y - 6.5),
                      R.segment_sdf(x, y, dx + 2.0, DOLL_Y - 10.5, dx + 4.8, DOLL_Y - 6.5)) - 0.8
    R.over(img, R.coverage(arms), SKIN)
    t = np.clip((y - (DOLL_Y - 11.0)) / 7.0, 0.0, 1.0)  # 0 at the shoulders, 1 at the hem
    dress = np.maximum(np.abs(x - dx) - (2.5 + 2.5 * t), np.abs(y - (DOLL_Y - 7.5)) - 3.5)
    R.over(img, R.coverage(dress), DRESS)
    R.over(img, R.coverage(np.hypot(x - dx, y - (DOLL_Y - 13.8)) - 2.8), SKIN)
    hair = np.minimum(np.maximum(np.hypot(x - dx, y - (DOLL_Y - 14.2)) - 3.0, y - (DOLL_Y - 14.6)),
                      R.segment_sdf(x, y, dx - 2.6, DOLL_Y - 14.0, dx - 2.6, DOLL_Y - 11.0) - 0.8)
    R.over(img, R.coverage(hair), HAIR)
    return R.to_uint8(img)


def render(wallpaper: float, roof_pitch: float, doll_x: float, furniture: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[wallpaper, roof_pitch, doll_x, furniture]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("dollhouse", arg, n, seed, FACTORS, sample_factors, _draw)
