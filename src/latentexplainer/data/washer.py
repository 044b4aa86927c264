"""`washer`: a front-loading washing machine in a laundry room with a tiled wall, seen from
the front (64x64 RGB).

A white washing machine fills the middle of the image, standing on a wooden floor on a dark
plinth. Along its top is a control panel with a soap drawer on the left and a round dial on the
right. Below it is the round door: a chrome ring around a glass window through which the dark
drum shows. The drum has three pale paddles sticking in from its rim, evenly spaced round it,
and three bundles of coloured laundry between them, with three smaller, darker bundles close to
the middle - the paddles and the laundry turn together with the drum. Water stands in the bottom
of the drum, tinting everything under its surface blue, with a pale line at the surface; a faint
white reflection sits on the upper left of the glass. Behind the machine is a wall of pale
square tiles with grey grout lines. Factors: how far the drum has turned (a cyclic factor: with
three paddles and three bundles it comes round to the same picture every third of a turn), how
high the water stands in the drum (empty to nearly full), the hue of the laundry and the size of
the wall tiles (small to large). The machine, the door, the drum's and the paddles' colours and
the floor stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

THIRD = 2 * np.pi / 3
FACTORS = (
    Factor("drum_turn", "how far the washing machine's drum has turned", "cyclic", period=THIRD),
    Factor("water_level", "how high the water stands in the drum (empty to nearly full)", "continuous"),
    Factor("laundry_hue", "hue of the laundry tumbling in the drum", "continuous"),
    Factor("tile_size", "size of the tiles on the wall behind the machine (small to large)", "continuous"),
)
# drum_turn: 0..2 pi / 3 radians, clockwise on screen (the picture repeats every third of a turn);
# water_level: 0..1 puts the water's surface at y = 52..29 px (the window spans y = 28..52 px, so 0
# is empty); laundry_hue: 0..0.8 of the colour wheel (no wrap); tile_size: 0..1 is tiles 5..13 px
# across
RANGES = ((0.0, THIRD), (0.0, 1.0), (0.0, 0.8), (0.0, 1.0))
TILE, GROUT = (0.82, 0.88, 0.9), (0.46, 0.5, 0.53)
FLOOR, BOARD = (0.56, 0.42, 0.28), (0.4, 0.29, 0.18)
BODY, EDGE, PANEL_LINE, PLINTH = (0.94, 0.94, 0.92), (0.62, 0.63, 0.64), (0.7, 0.71, 0.72), (0.3, 0.3, 0.32)
CHROME, CHROME_DARK, DRUM, PADDLE = (0.78, 0.8, 0.83), (0.42, 0.44, 0.48), (0.2, 0.21, 0.24), (0.66, 0.67, 0.7)
WATER, SURFACE = (0.25, 0.55, 0.95), (0.75, 0.88, 1.0)
FLOOR_Y = 57.0
LEFT, RIGHT, TOP, BOTTOM = 11.0, 53.0, 8.0, 61.0  # the machine's box
CX, CY, RING, GLASS = 32.0, 40.0, 15.0, 12.0  # the door
PADDLE_IN, PADDLE_HW = 7.6, 1.7
BUNDLE_R, BUNDLE_AT, INNER_R, INNER_AT = 4.7, 6.8, 2.9, 3.0
ROWS, COLS = (27, 53), (19, 45)  # the window's bounding box


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    # the tiled wall and the floor
    size = R.col(5 + 8 * f[:, 3])
    gx = np.abs((x - 32 + size / 2) % size - size / 2)  # from the nearest vertical grout line
    gy = np.abs((y + size / 2) % size - size / 2)
    img = R.canvas(n, TILE)
    R.over(img, R.coverage(np.minimum(gx, gy) - 0.55), GROUT)
    R.over(img, R.below(FLOOR_Y, n), FLOOR)
    _, y1 = R.grid()
    board = np.broadcast_to(R.coverage(np.abs((x + 4) % 12 - 6) - 5.4) * R.coverage(FLOOR_Y - y1), (n, R.SIZE, R.SIZE))
    R.over(img, 0.6 * board, BOARD)
    # the machine: a rounded white box, a control panel, a plinth and the door's chrome ring
    box = R.edges_sdf(x, y, LEFT + 2, RIGHT - 2, TOP + 2, BOTTOM - 2) - 2.0
    R.over(img, np.broadcast_to(R.coverage(box), (n, R.SIZE, R.SIZE)), EDGE)
    R.over(img, np.broadcast_to(R.coverage(box + 0.9), (n, R.SIZE, R.SIZE)), BODY)
    fixed = R.coverage(np.maximum(np.abs(y - 18.0) - 0.5, np.abs(x - 32) - 19.5))  # under the panel
    fixed = np.maximum(fixed, R.coverage(R.edges_sdf(x, y, 14.0, 27.0, 11.0, 16.0)) * 0.5)  # the soap drawer
    fixed = np.maximum(fixed, R.coverage(np.abs(np.hypot(x - 46.0, y - 13.0) - 2.6) - 0.6))  # the dial
    fixed = np.maximum(fixed, R.coverage(R.edges_sdf(x, y, LEFT + 1.5, RIGHT - 1.5, 57.5, 59.5)))
    R.over(img, np.broadcast_to(fixed, (n, R.SIZE, R.SIZE)), PANEL_LINE)
    R.over(img, np.broadcast_to(R.coverage(R.edges_sdf(x, y, LEFT + 1.5, RIGHT - 1.5, 57.5, 59.5)),
                                (n, R.SIZE, R.SIZE)), PLINTH)
    rho = np.hypot(x - CX, y - CY)
    R.over(img, np.broadcast_to(R.coverage(rho - RING), (n, R.SIZE, R.SIZE)), CHROME_DARK)
    R.over(img, np.broadcast_to(R.coverage(rho - RING + 1.0), (n, R.SIZE, R.SIZE)), CHROME)
    R.over(img, np.broadcast_to(R.coverage(rho - GLASS - 0.8), (n, R.SIZE, R.SIZE)), CHROME_DARK)
    # inside the window only: the drum, its paddles and the laundry, the water, the reflection
    (r0, r1), (c0, c1) = ROWS, COLS
    win = img[:, :, r0:r1, c0:c1]
    u, v = x[:, :, c0:c1] - CX, y[:, r0:r1] - CY
    glass = R.coverage(np.hypot(u, v) - GLASS)
    R.over(win, np.broadcast_to(glass, (n,) + glass.shape[1:]), DRUM)
    turn = R.col(f[:, 0])
    paddles = np.full((n, r1 - r0, c1 - c0), np.inf, np.float32)
    bundles, inner = paddles.copy(), paddles.copy()
    for k in range(3):
        a = turn + k * THIRD  # clockwise on screen (y grows down)
        ca, sa = np.cos(a), np.sin(a)
        d = R.segment_sdf(u, v, PADDLE_IN * ca, PADDLE_IN * sa, (GLASS + 1) * ca, (GLASS + 1) * sa) - PADDLE_HW
        np.minimum(paddles, d, out=paddles)
        b = a + THIRD / 2
        np.minimum(bundles, np.hypot(u - BUNDLE_AT * np.cos(b), v - BUNDLE_AT * np.sin(b)) - BUNDLE_R, out=bundles)
        np.minimum(inner, np.hypot(u - INNER_AT * np.cos(a), v - INNER_AT * np.sin(a)) - INNER_R, out=inner)
    R.over(win, R.coverage(paddles) * glass, PADDLE)
    laundry = R.hsv(f[:, 2], 0.78, 0.9)
    R.over(win, R.coverage(bundles) * glass, laundry)
    R.over(win, R.coverage(inner) * glass, laundry * 0.62)
    level = R.col(52 - 23 * f[:, 1])
    R.over(win, 0.4 * R.coverage(level - v - CY) * glass, WATER)
    R.over(win, 0.8 * R.coverage(np.abs(v + CY - level) - 0.5) * glass * (level < 51.5), SURFACE)
    shine = R.coverage(R.ellipse_sdf(u + 4.5, v + 5.0, 3.2, 1.6)) * glass
    R.over(win, 0.3 * np.broadcast_to(shine, (n,) + shine.shape[1:]), (1.0, 1.0, 1.0))
    return R.to_uint8(img)


def render(drum_turn: float, water_level: float, laundry_hue: float, tile_size: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[drum_turn, water_level, laundry_hue, tile_size]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("washer", arg, n, seed, FACTORS, sample_factors, _draw)
