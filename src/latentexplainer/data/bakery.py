"""`bakery`: a bakery's shop window in a brick front, with loaves and a cake on display, seen
from the pavement (64x64 RGB).

A striped awning with a scalloped edge runs along the top of the image over a dark sign board
with a gold line. Below it a wide window in a white-painted frame is set into a red brick wall
above a stone sill and the grey paving of the pavement. Through the glass, against the shop's
dark green tiled back wall (lit a little more at the top by a ceiling lamp), a wooden shelf
carries three round bread rolls on the left and a layered cake - pale sponge with a line of jam,
pink icing dripping over its top, three cherries - on a cake stand on the right; on a white
linen cloth along the bottom of the window a row of loaves lies side by side, each darker
underneath, with a short shadow, and with slashes scored across its crust. A faint reflection
streaks across the glass. Factors: how many loaves lie in the row (2 to 5, spread evenly along
the cloth, smaller the more there are), how long the bread was baked (the crust of the loaves
and the rolls from pale dough to dark brown), the height of the cake (a low sponge to a tall
one), the hue of the awning's stripes (red through yellow, green and blue to purple) and the
brightness of the light inside the shop (dim to bright: everything behind the glass). The brick,
the frame, the sill, the pavement, the rolls' places, the cake's width and its icing stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("loaves", "how many loaves lie in the row in the shop window", "categorical",
           ("2", "3", "4", "5")),
    Factor("bake", "how long the bread was baked (pale dough to dark brown crust)", "continuous"),
    Factor("cake_height", "height of the cake on the stand (low to tall)", "continuous"),
    Factor("awning_hue", "hue of the awning's stripes", "continuous"),
    Factor("shop_light", "brightness of the light inside the shop (dim to bright)", "continuous"),
)
# loaves: code 0..3 is 2..5 loaves, each in an equal share of x = 8..56 px, its half-width 0.4
# times its share, at most 9 px (9, 6.4, 4.8 and 3.8 px for two to five), its half-height 5 px;
# bake: 0..1 blends the crust from PALE to DARK; cake_height: 0..1 is a cake 4..13 px tall (its
# top at y = 28.5..19.5 px); awning_hue: 0..0.8 of the colour wheel (no wrap); shop_light: 0..1
# scales everything behind the glass from 0.45 to 1 times its full brightness
RANGES = ((0.0, 3.0), (0.0, 1.0), (0.0, 1.0), (0.0, 0.8), (0.0, 1.0))
BRICK, MORTAR = (0.6, 0.3, 0.22), (0.72, 0.66, 0.58)
SIGN, GOLD, FRAME = (0.12, 0.16, 0.14), (0.82, 0.66, 0.3), (0.9, 0.89, 0.84)
SILL, PAVING, JOINT = (0.74, 0.72, 0.68), (0.56, 0.55, 0.53), (0.42, 0.41, 0.4)
CREAM = (0.97, 0.94, 0.86)
BACK_WALL = (0.22, 0.36, 0.3)  # the shop's green tiled back wall in full light
WOOD, LINEN = (0.7, 0.5, 0.3), (0.94, 0.92, 0.86)
PALE, DARK = np.array((0.93, 0.83, 0.62)), np.array((0.42, 0.23, 0.1))
STAND, ICING, SPONGE, JAM, CHERRY = (0.9, 0.9, 0.92), (0.98, 0.66, 0.78), (0.98, 0.9, 0.7), \
    (0.72, 0.12, 0.22), (0.86, 0.06, 0.12)
AWNING_Y, SCALLOP_R = 8.0, 3.0  # the awning's straight bottom edge and its scallops below it
WIN_L, WIN_R, WIN_T, WIN_B = 7, 57, 18, 50  # inside the window frame (pixel edges)
SHELF_Y, BOARD_Y = 35.0, 47.0  # tops of the shelf and the display board
ROLLS = (12.0, 19.0, 26.0)
CAKE_X, CAKE_HW, CAKE_BOTTOM = 45.0, 9.0, 32.5
LOAF_L, LOAF_R, LOAF_RY, LOAF_MAX_RX = 8.0, 56.0, 5.0, 9.0


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, BRICK)
    course = np.floor(y / 4.0)
    joints = np.minimum(np.abs((y % 4.0) - 0.5), np.abs(((x + course * 4.0) % 8.0) - 0.5))
    R.over(img, R.coverage(joints - 0.45), MORTAR)
    img *= (1.0 + 0.06 * np.sin(x * 1.7 + course * 2.9))[:, None]  # bricks of slightly different shades
    R.over(img, R.coverage(R.edges_sdf(x, y, 0, 64, 0, 16)), SIGN)
    R.over(img, R.coverage(R.edges_sdf(x, y, 10, 54, 11.5, 12.5)), GOLD)
    R.over(img, R.coverage(R.edges_sdf(x, y, WIN_L - 2, WIN_R + 2, WIN_T - 2, WIN_B + 2)), FRAME)
    R.over(img, R.coverage(R.edges_sdf(x, y, WIN_L - 3, WIN_R + 3, WIN_B + 2, WIN_B + 4)), SILL)
    R.over(img, R.below(57.0, 1), PAVING)
    slabs = np.minimum(np.abs(y - 57.5), np.abs(((x + 3 * (y > 60)) % 12.0) - 0.5))
    R.over(img, R.coverage(np.maximum(slabs - 0.5, 57 - y)), JOINT)
    return img[0]


def _awning() -> tuple[np.ndarray, np.ndarray]:
    """The awning's coverage and, within it, the coloured stripes' coverage, with its shading."""
    x, y = R.grid()
    y = y[:, :12]
    scallop = np.hypot(((x % 8.0) - 4.0), y - AWNING_Y) - SCALLOP_R
    cloth = R.coverage(np.minimum(y - AWNING_Y, scallop))[0]
    stripe = R.coverage(np.abs(((x + 4.0) % 16.0) - 8.0) - 4.0)[0] * cloth
    shade = 0.72 + 0.28 * (y[0] / AWNING_Y).clip(0, 1)  # the fold under the sign is darker
    return cloth * shade, stripe * shade


BACKGROUND = _background()
CLOTH, STRIPE = _awning()


def _interior() -> np.ndarray:
    """The back wall's tiles and a ceiling lamp's gentle pool of light, as a multiplier."""
    x, y = R.grid()
    x, y = x[:, :, WIN_L:WIN_R], y[:, WIN_T:WIN_B]
    grout = np.minimum(np.abs((x % 5.0) - 2.5), np.abs((y % 5.0) - 2.5))
    tiles = 1.0 - 0.14 * R.coverage(2.5 - grout - 0.5)
    light = 0.78 + 0.25 * np.exp(-((x - 32) ** 2 + (y - WIN_T) ** 2) / 400.0)
    return (tiles * light)[0]


def _glare() -> np.ndarray:
    """A faint diagonal reflection across the glass."""
    x, y = R.grid()
    streak = np.abs(x + 0.9 * y - 52.0) - 3.0
    return 0.13 * R.coverage(streak)[:, WIN_T:WIN_B, WIN_L:WIN_R]


INTERIOR, GLARE = _interior(), _glare()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the awning: cream cloth, coloured stripes
    top = img[:, :, :12]
    R.over(top, CLOTH[None], CREAM)
    R.over(top, STRIPE[None], R.hsv(f[:, 3], 0.8, 0.86))
    # the window's inside, drawn in full light and dimmed at the end
    win = img[:, :, WIN_T:WIN_B, WIN_L:WIN_R]
    win[:] = np.asarray(BACK_WALL, np.float32)[:, None, None] * INTERIOR
    x, y = x[:, :, WIN_L:WIN_R], y[:, WIN_T:WIN_B]
    R.over(win, R.coverage(R.edges_sdf(x, y, 0, 64, SHELF_Y, SHELF_Y + 2)), WOOD)
    R.over(win, R.coverage(R.edges_sdf(x, y, 0, 64, BOARD_Y, 64)), LINEN)
    crust = PALE[None] + (DARK - PALE)[None] * f[:, 1:2]
    # the rolls on the shelf
    rolls = np.min([R.ellipse_sdf(x - rx, y - (SHELF_Y - 2.3), 3.3, 2.6) for rx in ROLLS], 0)
    R.over(win, R.coverage(rolls), crust)
    # the cake on its stand: sponge and jam, pink icing over its top, three cherries
    h = R.col(4 + 9 * f[:, 2])
    stand = np.minimum(R.edges_sdf(x, y, CAKE_X - 10.5, CAKE_X + 10.5, CAKE_BOTTOM, CAKE_BOTTOM + 1),
                       R.edges_sdf(x, y, CAKE_X - 1.5, CAKE_X + 1.5, CAKE_BOTTOM, SHELF_Y))
    R.over(win, R.coverage(stand), STAND)
    cake = R.edges_sdf(x, y, CAKE_X - CAKE_HW, CAKE_X + CAKE_HW, CAKE_BOTTOM - h, CAKE_BOTTOM)
    R.over(win, R.coverage(cake), SPONGE)
    R.over(win, R.coverage(np.maximum(cake, np.abs(y - (CAKE_BOTTOM - h / 2)) - 0.7)), JAM)
    drip = CAKE_BOTTOM - h + 2.2 + 0.9 * np.cos(x * 1.6)
    R.over(win, R.coverage(np.maximum(cake, y - drip)), ICING)
    cherries = np.min([np.hypot(x - CAKE_X - dx, y - (CAKE_BOTTOM - h - 1.0)) for dx in (-5, 0, 5)], 0) - 1.4
    R.over(win, R.coverage(cherries), CHERRY)
    # the loaves: 2..5 spread along the board, scored across
    k = f[:, 0].astype(int) + 2
    share = R.col((LOAF_R - LOAF_L) / k)
    rx = np.minimum(LOAF_MAX_RX, 0.4 * share)
    ly = BOARD_Y - LOAF_RY + 0.6
    rows = slice(int(ly - LOAF_RY) - 1 - WIN_T, int(BOARD_Y) + 1 - WIN_T)
    part, yy = win[:, :, rows], y[:, rows]
    loaf = np.full((n, yy.shape[1], 50), np.inf, np.float32)
    for i in range(5):
        cx = LOAF_L + (i + 0.5) * share
        d = R.ellipse_sdf(x - cx, yy - ly, rx, LOAF_RY)
        np.minimum(loaf, np.where(R.col(k) > i, d, np.inf), out=loaf)
    body = R.coverage(loaf)
    R.over(part, 0.5 * R.coverage(np.maximum(loaf - 1.2, ly + 1.0 - yy)), (0.1, 0.06, 0.04))  # shadows
    R.over(part, body, crust)
    R.over(part, body * np.clip((yy - ly) / LOAF_RY, 0, 1), crust * 0.7)  # darker underneath
    cuts = np.abs(((x + 0.8 * (yy - ly)) % 3.6) - 1.8) - 0.55
    cuts = np.maximum(cuts, np.abs(yy - ly + 1.0) - 1.6)
    R.over(part, 0.7 * body * R.coverage(np.maximum(cuts, loaf + 1.2)), (0.98, 0.92, 0.78))
    # the light inside the shop, then the reflection on the glass
    win *= R.col(0.45 + 0.55 * f[:, 4])[:, None]
    R.over(win, GLARE, (1.0, 1.0, 1.0))
    return R.to_uint8(img)


def render(loaves: float, bake: float, cake_height: float, awning_hue: float, shop_light: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[loaves, bake, cake_height, awning_hue, shop_light]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("bakery", arg, n, seed, FACTORS, sample_factors, _draw)
