"""`eggs`: an open box of eggs on a wooden table, seen from above (64x64 RGB).

The egg box is a tray with rounded corners, filling most of the image, pressed into two rows of
three round cups, each cup shaded darker towards its middle. Eggs stand in the first cups in
reading order (the top row from left to right, then the bottom row), the rest of the cups stay
empty; each egg is a little longer from top to bottom than across, lit from the upper left with
a soft highlight, and casts a small shadow down and to the right into its cup. The table shows
round the box, a band of wood with a fine grain. Factors: how many eggs there are (2 to 6), their
size, the colour of their shells (white to brown), the hue of the egg box and the tone of the
table's wood (dark to pale). The box's size and place, its cups and the eggs' places stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

COUNTS = ("2", "3", "4", "5", "6")
FACTORS = (
    Factor("egg_count", "number of eggs in the box", "categorical", COUNTS),
    Factor("egg_size", "size of the eggs (small to large)", "continuous"),
    Factor("shell_colour", "colour of the eggs' shells (white to brown)", "continuous"),
    Factor("box_hue", "hue of the egg box", "continuous"),
    Factor("table_tone", "tone of the table's wood (dark to pale)", "continuous"),
)
# egg_count: codes 0..4 are 2..6 eggs; egg_size: 0..1 is an egg 5.5..9.2 px in half-length
# (top to bottom; 0.85 times that across); shell_colour: 0..1 blends the shell from WHITE to
# BROWN; box_hue: 0..0.8 of the colour wheel (no wrap), a pale tint; table_tone: 0..1 blends
# the wood from TABLE_DARK to TABLE_PALE
RANGES = ((0.0, 4.0), (0.0, 1.0), (0.0, 1.0), (0.0, 0.8), (0.0, 1.0))
WHITE, BROWN = np.array((0.97, 0.95, 0.9)), np.array((0.72, 0.47, 0.28))
TABLE_DARK, TABLE_PALE = np.array((0.24, 0.14, 0.08)), np.array((0.85, 0.68, 0.47))
BOX = (3.0, 61.0, 12.0, 52.0)  # left, right, top, bottom
CUP_X, CUP_Y, CUP_R = (13.0, 32.0, 51.0), (22.0, 42.0), 9.0
ASPECT = 0.85  # an egg's width over its length


def _layout() -> tuple[np.ndarray, ...]:
    """The fixed parts: the table with its grain and the box with its shading (the cups darker
    to their middles), each pixel's offset from the middle of its nearest cup, and which cup
    that is (0..5 in reading order)."""
    x, y = R.grid()
    left, right, top, bottom = BOX
    box = R.coverage(R.edges_sdf(x, y, left + 3, right - 3, top + 3, bottom - 3) - 3.0)[0]
    x, y = x[0], y[0]  # (1, W) and (H, 1)
    col = np.argmin(np.abs(x[None] - np.array(CUP_X)[:, None, None]), 0)  # (1, W): the nearest cup's
    row = np.argmin(np.abs(y[None] - np.array(CUP_Y)[:, None, None]), 0)  # (H, 1): column and row
    dx = np.broadcast_to(x - np.array(CUP_X)[col], (R.SIZE, R.SIZE))
    dy = np.broadcast_to(y - np.array(CUP_Y)[row], (R.SIZE, R.SIZE))
    r = np.hypot(dx, dy)
    cup = R.coverage(r - CUP_R)
    # in a cup: darker towards the middle, a rim a little lighter than the box's top
    shading = 1.0 - cup * (0.55 - 0.28 * np.clip(r / CUP_R, 0.0, 1.0) ** 2)
    shading += 0.06 * R.coverage(np.abs(r - CUP_R - 0.8) - 0.8)
    slot = (row * 3 + col).astype(np.float32)
    grain = 1.0 + 0.08 * np.sin(0.7 * y + 1.8 * np.sin(0.13 * x + 0.21 * y))
    rows = slice(int(top), int(bottom))  # the eggs and their shadows lie in these rows
    f32 = np.float32
    on_table, on_box = grain * (1.0 - box), shading * box
    return on_table.astype(f32), on_box.astype(f32), dx[rows].astype(f32), dy[rows].astype(f32), slot[rows], rows


ON_TABLE, ON_BOX, DX, DY, SLOT, EGG_ROWS = _layout()  # how much of the table's and the box's
# colour each pixel takes; the cups' layout in the rows where the eggs can be


def _draw(f: np.ndarray) -> np.ndarray:
    table = TABLE_DARK[None] + (TABLE_PALE - TABLE_DARK)[None] * f[:, 4:5]
    img = table[:, :, None, None] * ON_TABLE
    img += R.hsv(f[:, 3], 0.3, 0.82)[:, :, None, None] * ON_BOX
    part = img[:, :, EGG_ROWS]
    # the eggs: one in each of the first egg_count cups, with a shadow down and to the right
    ry = R.col(5.5 + 3.7 * f[:, 1])
    rx = ASPECT * ry
    present = SLOT[None] < R.col(f[:, 0] + 2)
    shadow = present * R.coverage(R.ellipse_sdf(DX - 1.6, DY - 1.8, rx, ry))
    part *= 1.0 - 0.35 * shadow[:, None]
    egg = present * R.coverage(R.ellipse_sdf(DX, DY, rx, ry))
    shell = WHITE[None] + (BROWN - WHITE)[None] * f[:, 2:3]
    # lit from the upper left: darker away from the light, a soft highlight near it
    light = np.clip(((DX + 0.35 * rx) ** 2 + (DY + 0.4 * ry) ** 2) / (1.5 * ry) ** 2, 0.0, 1.0)
    tone = (1.0 - 0.3 * light)[:, None]
    part += (shell[:, :, None, None] * tone - part) * egg[:, None]
    return R.to_uint8(img)


def render(egg_count: float, egg_size: float, shell_colour: float, box_hue: float, table_tone: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[egg_count, egg_size, shell_colour, box_hue, table_tone]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("eggs", arg, n, seed, FACTORS, sample_factors, _draw)
