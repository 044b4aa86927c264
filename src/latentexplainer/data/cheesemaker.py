"""`cheesemaker`: a cheesemaker's room, a copper vat of milk with a wooden paddle in it, a big
cheese on a table and small cheeses on shelves, under a hanging oil lamp, seen from the front
(64x64 RGB).

The room's back wall is whitewashed stone; the floor is a band of red clay tiles along the
bottom. On the left a round copper vat stands on the floor, the white milk in it seen at its
top, and a long wooden paddle stands in the milk, leaning. In the middle a scrubbed wooden
table holds a big round cheese on a board, seen from the front and a little above: its rind
band and its round top. On the right two wooden shelves on the wall each hold two small round
cheeses, of the same kind as the big one. From the ceiling above the table an oil lamp hangs on
a chain. Factors: which cheese is made (a yellow cheddar, a white blue-veined cheese or a
cheese in red wax: the colour of every cheese, its rind and its marks), the size of the big
cheese on the table (small to large), which way the paddle in the vat leans (to the left,
upright, to the right) and how brightly the lamp shines (from off, the room dim, to bright,
warm light round the lamp). The wall, the floor, the vat, the table, the shelves and the small
cheeses' size stay fixed; the whole paddle and the big cheese always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("cheese", "which cheese is made (yellow cheddar, blue-veined or red wax)", "categorical",
           ("cheddar", "blue-veined", "red wax")),
    Factor("cheese_size", "size of the big cheese on the table (small to large)", "continuous"),
    Factor("paddle_lean", "which way the paddle in the vat leans (left, upright, right)", "continuous"),
    Factor("lamp", "how brightly the hanging lamp shines (off to bright)", "continuous"),
)
# cheese: a code 0..2 for cheddar, blue-veined and red wax (colours in KINDS); cheese_size: 0..1 is a
# cheese 5.5..13.5 px in half-width, its rind band 0.7 times that tall, its middle at x = 36.5 px,
# standing on the board at y = 43 px; paddle_lean: -0.5..0.5 radians from upright (negative: its top
# leans to the left), turning about the middle of the milk at (14, 36) px, 25 px of it above the milk;
# lamp: 0..1 lifts the room's light from 0.5 to 1 (warmer) and lights the lamp's glass and a glow
RANGES = ((0.0, 2.0), (0.0, 1.0), (-0.5, 0.5), (0.0, 1.0))
WALL, WALL_DARK, TILE, TILE_LINE = (0.86, 0.84, 0.78), (0.74, 0.72, 0.66), (0.64, 0.3, 0.2), (0.45, 0.2, 0.13)
COPPER, COPPER_DARK, MILK = (0.78, 0.45, 0.24), (0.55, 0.28, 0.14), (0.97, 0.96, 0.9)
WOOD, WOOD_DARK, PADDLE = (0.78, 0.66, 0.48), (0.48, 0.34, 0.2), (0.52, 0.34, 0.17)
IRON, GLASS_OFF, FLAME, GLOW = (0.18, 0.18, 0.2), (0.55, 0.56, 0.55), (1.0, 0.9, 0.5), (1.0, 0.82, 0.45)
# per kind: the cheese's top, its rind band, and its marks (blue veins, the wax's darker seal, the cheddar's cloth lines)
KINDS = np.array((((0.97, 0.74, 0.26), (0.8, 0.54, 0.18), (0.62, 0.4, 0.12)),
                  ((0.95, 0.94, 0.86), (0.78, 0.78, 0.74), (0.25, 0.36, 0.6)),
                  ((0.86, 0.12, 0.12), (0.72, 0.08, 0.08), (0.5, 0.04, 0.04))), np.float32)
FLOOR_Y = 56.0
VAT_X, VAT_HW, VAT_T, MILK_Y = 14.0, 10.0, 36.0, 36.0
TABLE_L, TABLE_R, TABLE_Y, BOARD_Y = 26.0, 47.0, 45.0, 43.0
CHEESE_X = 36.5
SHELVES, SMALL = (24.0, 38.0), (54.0, 60.5)  # the shelves' tops; the small cheeses' middles
SMALL_HW, SMALL_H = 3.0, 5.0
LAMP_X, LAMP_Y = 36.5, 12.0  # the lamp glass's middle


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    patches = np.sin(x * 0.45 + np.sin(y * 0.3) * 2.0) * np.sin(y * 0.37 + 1.0)
    R.over(img, 0.35 * R.coverage(0.6 - patches), WALL_DARK)
    R.over(img, R.below(FLOOR_Y, 1), TILE)
    tiles = np.minimum(np.abs(((y - FLOOR_Y) % 4.0) - 2.0), np.abs(((x + 3.0 * np.floor((y - FLOOR_Y) / 4.0)) % 6.0) - 3.0))
    R.over(img, R.coverage(np.maximum(tiles - 0.4, FLOOR_Y + 0.5 - y)), TILE_LINE)
    # the shelves and their brackets
    for sy in SHELVES:
        R.over(img, R.coverage(R.edges_sdf(x, y, 50.0, 64.0, sy, sy + 2.0)), WOOD_DARK)
        R.over(img, R.coverage(R.segment_sdf(x, y, 52.0, sy + 2.0, 52.0, sy + 6.0) - 0.8), WOOD_DARK)
    # the table: its top and legs
    table = np.minimum(R.edges_sdf(x, y, TABLE_L, TABLE_R, TABLE_Y, TABLE_Y + 3.0),
                       np.minimum(R.edges_sdf(x, y, TABLE_L + 1.5, TABLE_L + 4.0, TABLE_Y, FLOOR_Y + 2.0),
                                  R.edges_sdf(x, y, TABLE_R - 4.0, TABLE_R - 1.5, TABLE_Y, FLOOR_Y + 2.0)))
    R.over(img, R.coverage(table), WOOD)
    R.over(img, R.coverage(R.edges_sdf(x, y, TABLE_L, TABLE_R, TABLE_Y + 2.2, TABLE_Y + 3.0)), WOOD_DARK)
    R.over(img, R.coverage(R.edges_sdf(x, y, CHEESE_X - 14.0, CHEESE_X + 14.0, BOARD_Y, TABLE_Y)), WOOD_DARK)
    # the lamp: its chain from the ceiling and its iron cap and base
    R.over(img, R.coverage(np.abs(x - LAMP_X) - 0.5) * R.coverage(y - (LAMP_Y - 5.0)), IRON)
    R.over(img, R.coverage(R.edges_sdf(x, y, LAMP_X - 3.5, LAMP_X + 3.5, LAMP_Y - 5.5, LAMP_Y - 3.5)), IRON)
    R.over(img, R.coverage(R.edges_sdf(x, y, LAMP_X - 3.0, LAMP_X + 3.0, LAMP_Y + 3.5, LAMP_Y + 5.0)), IRON)
    return img[0]


SCENE = _scene()


def _vat():
    """Coverage of the vat's copper body and of its milk, and the copper's shading (3, 1, W)."""
    x, y = R.grid()
    body = np.maximum(np.abs(x - VAT_X) - VAT_HW * (1.0 - 0.15 * np.clip((y - VAT_T) / 20.0, 0, 1) ** 2),
                      np.maximum(VAT_T - y, y - (FLOOR_Y - 1.0)))
    body = np.minimum(body, R.ellipse_sdf(x - VAT_X, y - VAT_T, VAT_HW, 2.5))
    shade = np.clip(1.0 - np.abs(x - VAT_X + 3.0) / (1.4 * VAT_HW), 0.0, 1.0)[0]  # (1, W)
    dark, light = np.asarray(COPPER_DARK, np.float32), np.asarray(COPPER, np.float32)
    colour = dark[:, None, None] + (light - dark)[:, None, None] * shade
    milk = R.ellipse_sdf(x - VAT_X, y - VAT_T, VAT_HW - 1.2, 1.6)
    return R.coverage(body)[0], colour.astype(np.float32), R.coverage(milk)[0]


VAT, VAT_COLOUR, MILK_COVER = _vat()


def _smalls():
    """The small cheeses on the shelves: coverage of their sides and their tops, and their marks."""
    x, y = R.grid()
    side = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    top = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    marks = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for sy in SHELVES:
        for cx in SMALL:
            s = R.edges_sdf(x, y, cx - SMALL_HW, cx + SMALL_HW, sy - SMALL_H + 0.5, sy - 0.5)
            s = np.minimum(s, R.ellipse_sdf(x - cx, y - sy + 0.8, SMALL_HW, 0.8))
            t = R.ellipse_sdf(x - cx, y - (sy - SMALL_H + 0.5), SMALL_HW, 1.2)
            np.minimum(side, s, out=side)
            np.minimum(top, t, out=top)
            np.minimum(marks, np.maximum(s, np.abs(y - (sy - SMALL_H / 2)) - 0.45), out=marks)
    return R.coverage(side)[0], R.coverage(top)[0], R.coverage(marks)[0]


SMALL_SIDE, SMALL_TOP, SMALL_MARKS = _smalls()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    kind = KINDS[f[:, 0].astype(int)]  # (n, 3 parts, 3)
    top_c, rind_c, mark_c = kind[:, 0], kind[:, 1], kind[:, 2]
    # the small cheeses on the shelves
    R.over(img, SMALL_SIDE[None], rind_c)
    R.over(img, SMALL_TOP[None], top_c)
    R.over(img, SMALL_MARKS[None], mark_c)
    # the paddle, then the vat and its milk over the paddle's foot
    a = R.col(f[:, 2])
    tx, ty = VAT_X + 25.0 * np.sin(a), MILK_Y - 25.0 * np.cos(a)
    paddle = R.segment_sdf(x, y, VAT_X - 4.0 * np.sin(a), MILK_Y + 4.0 * np.cos(a), tx, ty) - 1.6
    R.over(img, R.coverage(paddle), PADDLE)
    R.over(img, R.coverage(np.hypot(x - tx, y - ty) - 1.9), WOOD_DARK)
    R.over(img, VAT[None], VAT_COLOUR)
    R.over(img, MILK_COVER[None], MILK)
    R.over(img, R.coverage(np.maximum(paddle, np.abs(y - MILK_Y) - 2.0)), PADDLE)  # where it enters the milk
    # the big cheese: a rind band with a round top
    hw = R.col(5.5 + 8.0 * f[:, 1])
    h, ry = 0.7 * hw, 0.28 * hw
    band = np.minimum(R.edges_sdf(x, y, CHEESE_X - hw, CHEESE_X + hw, BOARD_Y - h, BOARD_Y - ry),
                      R.ellipse_sdf(x - CHEESE_X, y - (BOARD_Y - ry), hw, ry))
    R.over(img, R.coverage(band), rind_c)
    shine = np.clip(1.0 - np.abs(x - CHEESE_X + 0.3 * hw) / hw, 0.0, 1.0)[:, None]
    R.over(img, 0.25 * R.coverage(band), rind_c[:, :, None, None] * (0.75 + 0.5 * shine))
    top = R.ellipse_sdf(x - CHEESE_X, y - (BOARD_Y - h), hw, ry)
    R.over(img, R.coverage(top), top_c)
    code = f[:, 0:1, None]
    # marks: cheddar - two cloth lines round the band; blue - veins over the top and band; wax - a seal
    lines = np.maximum(band, np.abs(np.abs(y - (BOARD_Y - h / 2 - ry / 2)) - 0.25 * h) - 0.4)
    veins = np.maximum(np.minimum(band, top), np.abs(np.sin(0.9 * (x - CHEESE_X) + 0.5 * np.sin(1.3 * y)) +
                                                     0.6 * np.sin(0.7 * y + 0.3 * x)) - 0.25)
    seal = np.hypot(x - CHEESE_X, y - (BOARD_Y - (h + ry) / 2 + 0.5)) - 0.3 * hw
    marks = np.where(code == 0, lines, np.where(code == 1, veins, seal))
    R.over(img, R.coverage(marks), mark_c)
    # the light: the whole room dimmer with the lamp off, warm light and a glow round it when on
    light = R.col(f[:, 3])
    warm = 1.0 - np.array((0.0, 0.04, 0.12), np.float32)[None, :, None, None] * light[:, None]
    img *= (0.5 + 0.5 * light)[:, None] * warm
    glow = np.exp(-((x - LAMP_X) ** 2 + (y - LAMP_Y) ** 2) / 160.0)
    R.over(img, 0.55 * light * glow, GLOW)
    glass = R.ellipse_sdf(x - LAMP_X, y - LAMP_Y, 2.8, 3.6)
    off = 0.6 * np.array(GLASS_OFF)
    R.over(img, R.coverage(glass), off + (np.array(FLAME) - off) * f[:, 3:4])
    return R.to_uint8(img)


def render(cheese: float, cheese_size: float, paddle_lean: float, lamp: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[cheese, cheese_size, paddle_lean, lamp]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("cheesemaker", arg, n, seed, FACTORS, sample_factors, _draw)
