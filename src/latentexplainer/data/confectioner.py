"""`confectioner`: an old sweet shop, three glass jars of boiled sweets standing on the counter
below a window with a roller blind, seen from the front (64x64 RGB).

The shop's wall is papered, a cream paper with a rose pattern or none; high in the middle of it
is a window with a white frame and panes of pale sky, and a dark green roller blind hangs down
from the top of the window, its wooden bar along the blind's bottom edge. A wooden counter with
panelled front fills the bottom of the image. On the counter stand three glass jars side by side,
all of one shape, each with a dark red lid; they are filled from the bottom with boiled sweets of
many colours (red, yellow, green and pink), the empty glass above them pale. Factors: the shape of
the jars (tall and narrow, round, or wide and square), how full the jars are (from a few sweets at
the bottom to nearly full), the wallpaper's pattern (plain, striped or spotted) and how far the
blind is pulled down over the window (from rolled up at the top to pulled right down). The
window, the counter, the jars' places and the sweets' colours stay fixed; the blind never goes
below the window.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("jar_shape", "shape of the sweet jars (tall, round or square)", "categorical",
           ("tall", "round", "square")),
    Factor("jar_fill", "how full the jars are of sweets (nearly empty to nearly full)", "continuous"),
    Factor("wallpaper", "pattern of the wallpaper (plain, striped or spotted)", "categorical",
           ("plain", "striped", "spotted")),
    Factor("blind_down", "how far the window's blind is pulled down (rolled up to down)", "continuous"),
)
# jar_shape: a code 0..2 for SHAPES; jar_fill: 0..1 fills 0.08..0.95 of each jar's inside from its
# bottom; wallpaper: a code 0..2 for plain, vertical rose stripes 3 px wide every 6 px, or rose
# spots of radius 2 px on a 6 px grid; blind_down: 0..1 lets the blind down 1..14 px from the
# window's top at y = 3 px (the window is 14 px tall)
RANGES = ((0.0, 2.0), (0.0, 1.0), (0.0, 2.0), (0.0, 1.0))
PAPER, ROSE = np.array((0.94, 0.88, 0.76)), np.array((0.8, 0.4, 0.5))
FRAME, SKY, BLIND, BAR = (0.96, 0.96, 0.94), (0.62, 0.8, 0.95), (0.16, 0.4, 0.28), (0.45, 0.3, 0.18)
COUNTER, COUNTER_TOP, PANEL = (0.5, 0.32, 0.18), (0.62, 0.42, 0.24), (0.42, 0.26, 0.14)
GLASS, GLASS_EDGE, LID = (0.86, 0.93, 0.95), (0.55, 0.66, 0.7), (0.6, 0.1, 0.12)
SWEETS = np.array(((0.92, 0.15, 0.15), (0.98, 0.82, 0.1), (0.2, 0.72, 0.25), (0.98, 0.5, 0.72)), np.float32)
COUNTER_Y = 46.0
WIN_L, WIN_R, WIN_T, WIN_B = 18.0, 46.0, 3.0, 17.0
JARS = (11.0, 32.0, 53.0)  # the jars' middles, standing on the counter
# the jar shapes: (half-width, height of the glass) of a box with rounded corners, or a round bowl
SHAPES = ((6.0, 26.0, 2.0), (9.5, 19.0, 9.5), (9.5, 15.0, 2.0))  # half-width, height, corner radius


def _walls():
    x, y = R.grid()
    img = R.canvas(3, PAPER)
    R.over(img[1:2], R.coverage(np.abs((x % 6.0) - 3.0) - 1.5), ROSE)
    R.over(img[2:3], R.coverage(np.hypot(((x - 3.0) % 6.0) - 3.0, ((y - 3.0) % 6.0) - 3.0) - 2.0), ROSE)
    # the window, the counter: the same on every wall
    R.over(img, R.coverage(R.edges_sdf(x, y, WIN_L - 1.5, WIN_R + 1.5, WIN_T - 1.5, WIN_B + 1.5)), FRAME)
    panes = np.maximum(R.edges_sdf(x, y, WIN_L, WIN_R, WIN_T, WIN_B), 0.8 - np.abs(x - (WIN_L + WIN_R) / 2))
    R.over(img, R.coverage(panes), SKY)
    R.over(img, R.below(COUNTER_Y, 3), COUNTER)
    R.over(img, R.coverage(np.abs(y - COUNTER_Y - 1.0) - 1.5), COUNTER_TOP)
    panels = np.maximum(np.abs(((x - 1.0) % 16.0) - 8.0) - 5.5, np.abs(y - 56.0) - 5.0)
    R.over(img, R.coverage(np.abs(panels) - 0.6), PANEL)
    return img


WALLS = _walls()


def _jars():
    """Per shape: the glass's coverage, the inside's coverage, how high up the inside each pixel
    is (0 at its bottom, 1 at its top) and the inside's height (px), the lid's coverage and the
    glass's outline."""
    x, y = R.grid()
    out = []
    for hw, h, rc in SHAPES:
        glass, inside, lid = np.inf, np.inf, np.inf
        for cx in JARS:
            box = R.box_sdf(x - cx, y - (COUNTER_Y - h / 2), hw - rc, h / 2 - rc) - rc
            glass = np.minimum(glass, box)
            inside = np.minimum(inside, box + 1.2)
            lid_w = min(hw, 6.0) - 0.5
            lid = np.minimum(lid, R.edges_sdf(x, y, cx - lid_w, cx + lid_w, COUNTER_Y - h - 3.0, COUNTER_Y - h + 0.8))
        up = (COUNTER_Y - 1.2 - y) / (h - 2.4)
        out.append((R.coverage(glass), R.coverage(inside), up, h - 2.4, R.coverage(lid),
                    R.coverage(np.abs(glass) - 0.5)))
    return out


JAR_PARTS = _jars()


def _sweets():
    """The sweets' colours, (3, H, W): round sweets on a 3 px grid, each of one of SWEETS."""
    x, y = R.grid()
    i, j = np.floor(x / 3.0), np.floor(y / 3.0)
    which = ((i * 3 + j * 5 + (i * j) % 3) % 4).astype(int)[0]
    field = SWEETS[which].transpose(2, 0, 1)
    gap = R.coverage(1.5 - np.hypot((x % 3.0) - 1.5, (y % 3.0) - 1.5))[0]  # dark between the sweets
    return field * (1.0 - 0.45 * gap)


SWEET_FIELD = _sweets()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    img = WALLS[f[:, 2].astype(int)]  # a copy, one wall per image
    # the blind, let down from the window's top, with its bar
    bottom = R.col(WIN_T + 1.0 + 13.0 * f[:, 3])
    R.over(img, R.coverage(np.maximum(np.abs(x - (WIN_L + WIN_R) / 2) - (WIN_R - WIN_L) / 2 - 0.5,
                                      np.maximum(WIN_T - 0.5 - y, y - bottom))), BLIND)
    R.over(img, R.coverage(np.maximum(np.abs(x - (WIN_L + WIN_R) / 2) - (WIN_R - WIN_L) / 2 - 1.0,
                                      np.abs(y - bottom) - 0.9)), BAR)
    # the jars: glass, the sweets filled from the bottom, the outline, the lid
    level = R.col(0.08 + 0.87 * f[:, 1])
    shape = f[:, 0].astype(int)
    for c, (glass, inside, up, height, lid, edge) in enumerate(JAR_PARTS):
        on = (shape == c).astype(np.float32)[:, None, None]
        if not on.any():
            continue
        R.over(img, 0.7 * on * glass, GLASS)
        R.over(img, on * inside * R.coverage((up - level) * height), SWEET_FIELD)
        R.over(img, 0.8 * on * edge, GLASS_EDGE)
        R.over(img, on * lid, LID)
    return R.to_uint8(img)


def render(jar_shape: float, jar_fill: float, wallpaper: float, blind_down: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[jar_shape, jar_fill, wallpaper, blind_down]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("confectioner", arg, n, seed, FACTORS, sample_factors, _draw)
