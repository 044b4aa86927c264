"""`glazier`: a glazier's workshop, a leaded-light panel standing on the workbench below a
window, with spare sheets of glass leaning in a rack, seen from the front (64x64 RGB).

The workshop's back wall is of dark wooden boards; high on the right is a window of four panes with a
wooden frame, and below it a wooden rack in which a few sheets of clear, faintly blue-green glass
lean. A workbench of brown wood runs along the bottom of the image. On the bench, left of the
middle, stands a new leaded-light panel in a wooden frame: two panes across and two down,
divided by dark lead cames; the panes are fitted one by one - top left, top right, bottom left,
bottom right - and every fitted pane is of the same coloured glass, lighter at its top; where a
pane is still missing the dark wall shows through the empty lead. The panel stands on one bottom
corner and is tipped to that side, or stands upright on both. Factors: the hue of the coloured
glass (the whole colour wheel, coming round to where it began), how many panes are fitted (1 to
4), how far the panel is tipped (to the left, upright, to the right) and how much daylight there
is (from a dim evening, the sky in the window dark blue and the room dark, to bright day with a
patch of sunlight on the wall). The wall, the window, the rack, the bench and the panel's size
stay fixed; the whole panel always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("glass_hue", "hue of the coloured glass in the leaded panel", "cyclic", period=1.0),
    Factor("panes", "how many panes of glass are fitted in the panel (1 to 4)", "categorical",
           ("1", "2", "3", "4")),
    Factor("panel_tilt", "how far the panel is tipped (to the left, upright, to the right)", "continuous"),
    Factor("daylight", "how much daylight there is (dim evening to bright day)", "continuous"),
)
# glass_hue: 0..1 of the colour wheel, a whole turn (0 and 1 are the same red); panes: a code 0..3
# for 1..4 panes, fitted in the order top left, top right, bottom left, bottom right; panel_tilt:
# -0.3..0.3 radians from upright (negative: tipped onto its bottom left corner, its top to the
# left; positive: onto its bottom right corner, its top to the right); daylight: 0..1 turns the
# window's sky from dark blue to bright blue, lights the room from 0.5 to 1 times its full
# brightness and brings up a patch of sunlight on the wall
RANGES = ((0.0, 1.0), (0.0, 3.0), (-0.3, 0.3), (0.0, 1.0))
BOARDS, BOARD_LINE = (0.38, 0.29, 0.21), (0.28, 0.2, 0.14)
FRAME, BENCH, BENCH_EDGE, LEAD = (0.62, 0.48, 0.3), (0.56, 0.38, 0.22), (0.38, 0.25, 0.14), (0.22, 0.22, 0.25)
SHEET, SHEET_EDGE = (0.78, 0.9, 0.88), (0.5, 0.66, 0.64)
SKY_DIM, SKY_BRIGHT = np.array((0.1, 0.13, 0.32)), np.array((0.55, 0.76, 0.97))
SUN = (1.0, 0.93, 0.7)
BENCH_Y = 50.0
FOOT_X, HALF_W, HEIGHT = 24.5, 13.5, 35.0  # the panel: middle of its foot, half-width, height
BORDER, CAME = 2.0, 0.7  # the frame's width; the lead came's half-width
WIN_L, WIN_R, WIN_T, WIN_B = 42.0, 60.0, 5.0, 25.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, BOARDS)
    R.over(img, R.coverage(np.abs((x % 6.0) - 3.0) - 0.4), BOARD_LINE)
    R.over(img, R.coverage(R.edges_sdf(x, y, WIN_L - 1.5, WIN_R + 1.5, WIN_T - 1.5, WIN_B + 1.5)), FRAME)
    # the rack of spare sheets under the window, each leaning a little to the right
    rack = np.minimum(R.edges_sdf(x, y, 40.0, 62.0, 47.0, 50.0), R.edges_sdf(x, y, 40.0, 42.0, 33.0, 50.0))
    R.over(img, R.coverage(np.minimum(rack, R.edges_sdf(x, y, 60.0, 62.0, 33.0, 50.0))), FRAME)
    for left, top in ((43.0, 31.0), (47.0, 29.0), (51.0, 32.0), (55.0, 30.0)):
        t = (BENCH_Y - 3.0 - y) / (BENCH_Y - 3.0 - top)  # 0 at the rack's floor, 1 at the top
        sheet = np.maximum(np.abs(x - left - 2.0 - 2.5 * t) - 3.0, np.maximum(y - (BENCH_Y - 3.0), top - y))
        R.over(img, 0.55 * R.coverage(sheet), SHEET)
        R.over(img, 0.8 * R.coverage(np.maximum(np.abs(np.abs(x - left - 2.0 - 2.5 * t) - 3.0) - 0.4,
                                                np.maximum(y - (BENCH_Y - 3.0), top - y))), SHEET_EDGE)
    R.over(img, R.below(BENCH_Y, 1), BENCH)
    R.over(img, R.coverage(np.abs(y - BENCH_Y - 1.0) - 1.0), BENCH_EDGE)
    R.over(img, 0.6 * R.coverage(np.maximum(np.abs(((y - BENCH_Y) % 5.0) - 2.5) - 0.3, BENCH_Y + 3.0 - y)),
           BENCH_EDGE)
    return img[0]


SCENE = _scene()


def _window():
    """Coverage of the window's panes, and of the sunlight patch it throws on the wall."""
    x, y = R.grid()
    panes = np.maximum(R.edges_sdf(x, y, WIN_L, WIN_R, WIN_T, WIN_B),
                       0.8 - np.minimum(np.abs(x - (WIN_L + WIN_R) / 2), np.abs(y - (WIN_T + WIN_B) / 2)))
    # the patch: the window's shape thrown down and to the left, soft-edged, on the wall above the bench
    patch = R.edges_sdf(x + 0.6 * (y - 30.0) - 8.0, y, WIN_L - 14.0, WIN_R - 14.0, 28.0, 48.0)
    patch = np.clip(0.5 - patch / 4.0, 0.0, 1.0) * R.coverage(y - BENCH_Y)
    return R.coverage(panes), patch


PANES, PATCH = _window()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    day = R.col(f[:, 3])
    R.over(img, 0.55 * day * PATCH, SUN)
    # the panel, tipped onto one bottom corner: s up the panel from its foot, t across it
    a = R.col(f[:, 2])
    side = np.sign(a)
    px, py = FOOT_X + side * HALF_W, BENCH_Y
    ca, sa = np.cos(a), np.sin(a)
    t = (x - px) * ca + (y - py) * sa + side * HALF_W
    s = (x - px) * sa - (y - py) * ca
    outer = np.maximum(np.abs(t) - HALF_W, np.abs(s - HEIGHT / 2) - HEIGHT / 2)
    inner = np.maximum(np.abs(t) - (HALF_W - BORDER), np.abs(s - HEIGHT / 2) - (HEIGHT / 2 - BORDER))
    # the panes: fitted ones in the order top left, top right, bottom left, bottom right
    count = f[:, 1].astype(int)
    colour = R.hsv(f[:, 0], 0.75, 0.9)[:, :, None, None]
    light = R.hsv(f[:, 0], 0.45, 1.0)[:, :, None, None]
    glass = colour + (light - colour) * np.clip((s - 2.0) / (HEIGHT - 4.0), 0.0, 1.0)[:, None]
    fitted = np.zeros((n, R.SIZE, R.SIZE), np.float32)
    for i, (dt, top) in enumerate(((-1.0, True), (1.0, True), (-1.0, False), (1.0, False))):
        on = (count >= i).astype(np.float32)[:, None, None]
        quad = np.maximum(inner, np.maximum(-dt * t, (HEIGHT / 2 - s) if top else (s - HEIGHT / 2)))
        fitted = np.maximum(fitted, on * R.coverage(quad))
    R.over(img, fitted, glass)
    cames = np.maximum(np.minimum(np.abs(t), np.abs(s - HEIGHT / 2)) - CAME, inner)
    R.over(img, R.coverage(cames), LEAD)
    R.over(img, R.coverage(np.maximum(outer, -inner)), FRAME)
    # the daylight: the room dims towards evening; the sky in the window follows
    img *= 0.5 + 0.5 * day[:, None]
    sky = SKY_DIM[None] + (SKY_BRIGHT - SKY_DIM)[None] * f[:, 3:4]
    return R.to_uint8(R.over(img, np.broadcast_to(PANES, (n, R.SIZE, R.SIZE)), sky))


def render(glass_hue: float, panes: float, panel_tilt: float, daylight: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[glass_hue, panes, panel_tilt, daylight]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("glazier", arg, n, seed, FACTORS, sample_factors, _draw)
