"""`dentist`: a dentist's surgery, a padded dental chair under a lamp on a ceiling arm, framed
certificates on the wall and a cabinet with a tray of instruments, seen from the side (64x64 RGB).

The surgery's wall is painted one colour above a white skirting, and the floor is a band of pale
grey lino along the bottom. In the middle stands the dental chair on a round pedestal: a seat, a
footrest sloping down to the right and a backrest with a headrest at its top that leans back to
the left from the seat's back edge; it is padded in a deep teal. A lamp hangs from a grey arm
coming down from the ceiling, its head above the chair, and when it is lit a cone of warm light
falls from it onto the chair. On the right stands a white cabinet with a steel tray of
instruments on its top; high on the wall on the left hang framed certificates, each white with a
red seal in a dark wooden frame. Factors: how far the backrest is reclined (from sitting nearly
upright to lying nearly flat), how brightly the lamp shines (from off to bright, lighting the
chair), the colour of the wall (a cyclic factor: the whole colour wheel, coming round to where
it began) and how many certificates hang on the wall (1 to 3). The chair's seat and footrest,
the lamp's place, the cabinet and the floor stay fixed; the backrest always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("recline", "how far the chair's backrest is reclined (upright to nearly flat)", "continuous"),
    Factor("lamp", "how brightly the lamp over the chair shines (off to bright)", "continuous"),
    Factor("wall_hue", "colour of the surgery's wall", "cyclic", period=1.0),
    Factor("certificates", "how many framed certificates hang on the wall (1 to 3)", "categorical",
           ("1", "2", "3")),
)
# recline: 0.2..1.35 radians of the backrest (18 px long) back from upright about its foot at
# (27, 41) px; lamp: 0..1 turns the lamp's face from dark grey to glowing and makes its cone of light
# and the bright patch on the chair 0..0.35 and 0..0.6 opaque; wall_hue: 0..1 of the colour wheel, a
# whole turn (0 and 1 are the same red), at a saturation of 0.4 and a value of 0.85; certificates: a
# code 0..2 for 1..3 frames, filled in the order of FRAMES
RANGES = ((0.2, 1.35), (0.0, 1.0), (0.0, 1.0), (0.0, 2.0))
SKIRTING, FLOOR, FLOOR_LINE = (0.95, 0.95, 0.93), (0.78, 0.79, 0.8), (0.7, 0.71, 0.72)
PAD, PAD_DARK, CHROME, BASE = (0.04, 0.36, 0.4), (0.03, 0.25, 0.28), (0.76, 0.78, 0.8), (0.86, 0.87, 0.88)
ARM, LAMP_BODY, LAMP_OFF, LAMP_ON = (0.55, 0.57, 0.6), (0.92, 0.93, 0.94), np.array((0.3, 0.3, 0.32)), \
    np.array((1.0, 0.97, 0.78))
LIGHT = (1.0, 0.96, 0.74)
CABINET, CABINET_LINE, TRAY, TOOL = (0.96, 0.96, 0.95), (0.72, 0.74, 0.76), (0.68, 0.7, 0.72), (0.3, 0.32, 0.35)
PAPER, FRAME_WOOD, SEAL = (0.98, 0.97, 0.92), (0.3, 0.18, 0.1), (0.85, 0.12, 0.12)
FLOOR_Y, SKIRT_Y = 58.0, 55.0
PIVOT_X, PIVOT_Y, BACK_LEN = 27.0, 41.0, 18.0
LAMP_X, LAMP_Y = 40.0, 14.0
FRAMES = ((9.5, 8.0), (9.5, 22.0), (26.5, 8.0))  # the certificates' middles, in the order they hang
FRAME_HW, FRAME_HH = 8.0, 6.0


def _scene():
    """Everything but the wall's colour: the colours (3, H, W) and their coverage (H, W) over the wall."""
    x, y = R.grid()
    rgb = np.zeros((1, 3, R.SIZE, R.SIZE), np.float32)
    cover = np.zeros((1, R.SIZE, R.SIZE), np.float32)

    def paint(alpha, colour):
        nonlocal cover
        R.over(rgb, alpha, colour)
        cover = cover + alpha * (1.0 - cover)

    paint(R.coverage(SKIRT_Y - y), SKIRTING)
    paint(R.coverage(FLOOR_Y - y), FLOOR)
    paint(R.coverage(np.maximum(np.abs(((x + 2.0 * (y - FLOOR_Y)) % 10.0) - 5.0) - 0.4, FLOOR_Y + 0.5 - y)),
          FLOOR_LINE)
    # the cabinet and its tray of instruments
    paint(R.coverage(R.edges_sdf(x, y, 47.0, 62.0, 38.0, FLOOR_Y)), CABINET)
    paint(R.coverage(np.minimum(np.abs(y - 46.0) - 0.4, np.maximum(np.abs(x - 54.5) - 0.4, 38.0 + 1.0 - y))
                     ) * R.coverage(R.edges_sdf(x, y, 47.5, 61.5, 38.5, FLOOR_Y - 0.5)), CABINET_LINE)
    paint(R.coverage(R.edges_sdf(x, y, 46.0, 63.0, 36.0, 38.0)), TRAY)
    for tx in (49.5, 52.0, 54.5, 57.0, 59.5):
        paint(R.coverage(R.segment_sdf(x, y, tx - 0.8, 35.5, tx + 0.8, 33.5) - 0.45), TOOL)
    # the chair's pedestal, seat and footrest
    paint(R.coverage(R.ellipse_sdf(x - 33.0, y - FLOOR_Y, 8.0, 1.6)), BASE)
    paint(R.coverage(R.edges_sdf(x, y, 31.5, 34.5, 44.0, FLOOR_Y)), CHROME)
    seat = R.edges_sdf(x, y, PIVOT_X - 1.0, 42.0, PIVOT_Y - 1.0, PIVOT_Y + 3.0) - 0.8
    foot = R.segment_sdf(x, y, 42.0, PIVOT_Y + 1.0, 50.0, 51.0) - 2.0
    paint(R.coverage(np.minimum(seat, foot)), PAD)
    # the lamp's arm from the ceiling
    arm = np.minimum(R.segment_sdf(x, y, 58.0, -1.0, 50.0, 6.0),
                     R.segment_sdf(x, y, 50.0, 6.0, LAMP_X + 1.0, LAMP_Y - 2.0))
    paint(R.coverage(arm - 1.0), ARM)
    return rgb[0] / np.maximum(cover, 1e-6), cover[0]  # the colours, not premultiplied by their coverage


SCENE_RGB, SCENE_COVER = _scene()


def _frames():
    x, y = R.grid()
    out = []
    for fx, fy in FRAMES:
        frame = R.coverage(R.edges_sdf(x, y, fx - FRAME_HW, fx + FRAME_HW, fy - FRAME_HH, fy + FRAME_HH))[0]
        paper = R.coverage(R.edges_sdf(x, y, fx - FRAME_HW + 1.6, fx + FRAME_HW - 1.6, fy - FRAME_HH + 1.6,
                                       fy + FRAME_HH - 1.6))[0]
        lines = R.coverage(np.maximum(np.abs(((y - fy + 0.8) % 2.0) - 1.0) - 0.35,
                                      R.edges_sdf(x, y, fx - 5.0, fx + 5.0, fy - 3.4, fy + 0.5)))[0]
        seal = R.coverage(np.hypot(x - fx - 3.5, y - fy - 2.4) - 1.6)[0]
        out.append((frame, paper, lines, seal))
    return out


FRAME_LAYERS = _frames()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = R.canvas(n, R.hsv(f[:, 2], 0.4, 0.85))
    R.over(img, np.broadcast_to(SCENE_COVER, (n, R.SIZE, R.SIZE)), SCENE_RGB)
    # the certificates on the wall
    count = f[:, 3].astype(int)
    for i, (frame, paper, lines, seal) in enumerate(FRAME_LAYERS):
        on = (count >= i).astype(np.float32)[:, None, None]
        R.over(img, on * frame, FRAME_WOOD)
        R.over(img, on * paper, PAPER)
        R.over(img, on * lines, FRAME_WOOD)
        R.over(img, on * seal, SEAL)
    # the backrest, leaning back from the seat's back edge, and its headrest
    a = R.col(f[:, 0])
    ex, ey = PIVOT_X - BACK_LEN * np.sin(a), PIVOT_Y - BACK_LEN * np.cos(a)
    back = R.segment_sdf(x, y, PIVOT_X, PIVOT_Y, ex, ey) - 2.4
    R.over(img, R.coverage(back), PAD)
    hx, hy = ex - 2.5 * np.sin(a), ey - 2.5 * np.cos(a)
    ca, sa = 2.5 * np.cos(a), 2.5 * np.sin(a)  # the headrest lies across the backrest's top
    head = R.segment_sdf(x, y, hx + ca, hy - sa, hx - ca, hy + sa) - 2.0
    R.over(img, R.coverage(head), PAD_DARK)
    # the lamp: its light falling on the chair, its head and face
    lamp = R.col(f[:, 1])
    spread = 3.0 + 0.55 * (y - LAMP_Y)
    cone = R.coverage(np.abs(x - LAMP_X) - spread) * R.coverage(LAMP_Y - y) * R.coverage(y - FLOOR_Y)
    R.over(img, 0.35 * lamp * cone, LIGHT)
    patch = np.exp(-((x - LAMP_X) ** 2 / 160.0 + (y - 40.0) ** 2 / 60.0))
    R.over(img, 0.6 * lamp * patch, LIGHT)
    R.over(img, R.coverage(R.ellipse_sdf(x - LAMP_X, y - LAMP_Y + 1.5, 6.0, 3.2)), LAMP_BODY)
    face = R.coverage(np.maximum(R.ellipse_sdf(x - LAMP_X, y - LAMP_Y - 0.5, 5.0, 2.0), LAMP_Y - 0.2 - y))
    return R.to_uint8(R.over(img, face, LAMP_OFF + (LAMP_ON - LAMP_OFF) * f[:, 1:2]))


def render(recline: float, lamp: float, wall_hue: float, certificates: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[recline, lamp, wall_hue, certificates]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("dentist", arg, n, seed, FACTORS, sample_factors, _draw)
