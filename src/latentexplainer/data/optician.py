"""`optician`: an optician's shop, a pair of spectacles on a stand on the counter in front of an
eye-test chart and glass shelves of sunglasses, seen from the front (64x64 RGB).

The shop's wall is a pale sage green with faint upright panel lines. On the left hangs a tall
white eye-test chart in a grey frame, its letters rows of black "tumbling E"s, one big E at the
top and ever more, ever smaller ones below it. On the right two glass shelves on brackets hold
pairs of sunglasses, their frames red, blue, green and gold, their lenses dark. A wooden counter
runs along the bottom of the image, and on it a thin dark stand holds up a large pair of
spectacles with a tortoiseshell frame, a glint of light on each lens. Factors: the shape of the
spectacles' lenses (round, square or a wide oval), how dark their lenses are tinted (from clear
glass to nearly black), the size of the letters on the chart (from small to big) and how many
pairs of sunglasses stand on the shelves (1 to 4). The wall, the chart's frame, the shelves, the
counter and the stand stay fixed; the chart's letters always lie on the chart.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("frame_shape", "shape of the spectacles' lenses (round, square or wide oval)", "categorical",
           ("round", "square", "wide oval")),
    Factor("tint", "how dark the spectacles' lenses are tinted (clear to nearly black)", "continuous"),
    Factor("letter_size", "size of the letters on the eye-test chart (small to big)", "continuous"),
    Factor("sunglasses", "how many pairs of sunglasses stand on the shelves (1 to 4)", "categorical",
           ("1", "2", "3", "4")),
)
# frame_shape: a code 0..2 for a lens that is a circle of radius 6.5 px, a 13.6 x 12 px square with
# rounded corners or a 16 x 8.4 px oval, the lenses' middles at x = 35.5 and 52.5 px, y = 37 px;
# tint: 0..1 blends the lenses from clear glass (0.84, 0.92, 0.96) to (0.08, 0.09, 0.1); letter_size:
# 0..1 makes the chart's top E 4..8 px high, each row below 0.72 times the one above; sunglasses: a
# code 0..3 for 1..4 pairs, filled in the order of PAIRS (the top shelf first, from the left)
RANGES = ((0.0, 2.0), (0.0, 1.0), (0.0, 1.0), (0.0, 3.0))
WALL, PANEL_LINE = (0.78, 0.86, 0.8), (0.7, 0.78, 0.72)
CHART, CHART_FRAME, INK = (0.97, 0.97, 0.95), (0.45, 0.46, 0.48), (0.05, 0.05, 0.06)
SHELF, BRACKET = (0.66, 0.8, 0.84), (0.4, 0.42, 0.44)
COUNTER, COUNTER_TOP = (0.46, 0.29, 0.16), (0.6, 0.4, 0.23)
STAND, TORTOISE, GLINT = (0.16, 0.16, 0.18), (0.36, 0.2, 0.1), (1.0, 1.0, 1.0)
CLEAR, DARK = np.array((0.84, 0.92, 0.96)), np.array((0.08, 0.09, 0.1))
SUN_LENS = (0.12, 0.12, 0.16)
SUN_FRAMES = ((0.86, 0.14, 0.14), (0.12, 0.3, 0.86), (0.1, 0.62, 0.24), (0.9, 0.7, 0.12))
CHART_L, CHART_R, CHART_T, CHART_B = 3.0, 26.0, 3.0, 45.0
CHART_X, ROW0_Y = 14.5, 6.0
ROWS = (1, 2, 3, 4)  # letters in each row, from the top
SHRINK = 0.72
TURNS = (0, 1, 3, 2, 0, 1, 2, 3, 1, 0)  # each E's facing, quarter turns, in reading order
SHELVES = (15.0, 29.0)
PAIRS = ((37.5, 11.0), (54.5, 11.0), (37.5, 25.0), (54.5, 25.0))
SUN_R, SUN_DX = 3.4, 4.4
COUNTER_Y = 49.0
SPEC_X, SPEC_Y, LENS_DX = 44.0, 37.0, 8.5
# the part of the image that the chart's letters and the large spectacles can cover
CHART_BOX = (slice(int(CHART_T), int(CHART_B)), slice(int(CHART_L), int(CHART_R)))
SPEC_BOX = (slice(26, 48), slice(24, 64))


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, 0.8 * R.coverage(np.abs((x % 9.0) - 4.5) - 0.35), PANEL_LINE)
    R.over(img, R.coverage(R.edges_sdf(x, y, CHART_L - 1.5, CHART_R + 1.5, CHART_T - 1.5, CHART_B + 1.5)), CHART_FRAME)
    R.over(img, R.coverage(R.edges_sdf(x, y, CHART_L, CHART_R, CHART_T, CHART_B)), CHART)
    for sy in SHELVES:
        R.over(img, R.coverage(R.edges_sdf(x, y, 29.0, 64.0, sy, sy + 1.6)), SHELF)
        for bx in (33.0, 59.0):
            R.over(img, R.coverage(R.segment_sdf(x, y, bx, sy + 1.6, bx + 3.0, sy + 4.5) - 0.6), BRACKET)
    R.over(img, R.below(COUNTER_Y, 1), COUNTER)
    R.over(img, R.coverage(np.abs(y - COUNTER_Y - 1.0) - 1.0), COUNTER_TOP)
    # the stand: a thin post from the counter up to the spectacles' bridge, on a round foot
    post = np.minimum(R.edges_sdf(x, y, SPEC_X - 0.8, SPEC_X + 0.8, SPEC_Y - 3.0, COUNTER_Y),
                      R.ellipse_sdf(x - SPEC_X, y - COUNTER_Y, 5.0, 1.4))
    R.over(img, R.coverage(post), STAND)
    return img[0]


SCENE = _scene()


def _sunglasses():
    """Per pair on the shelves: the coverage of its lenses and of its frame."""
    x, y = R.grid()
    out = []
    for px, py in PAIRS:
        lens = np.minimum(np.hypot(x - px + SUN_DX, y - py) - SUN_R, np.hypot(x - px - SUN_DX, y - py) - SUN_R)
        frame = np.minimum(np.abs(lens) - 0.7, R.segment_sdf(x, y, px - 1.2, py - 1.5, px + 1.2, py - 1.5) - 0.7)
        legs = np.minimum(R.segment_sdf(x, y, px - SUN_DX - SUN_R, py - 1.0, px - SUN_DX - SUN_R - 1.5, py + 3.0),
                          R.segment_sdf(x, y, px + SUN_DX + SUN_R, py - 1.0, px + SUN_DX + SUN_R + 1.5, py + 3.0))
        out.append((R.coverage(lens)[0], R.coverage(np.minimum(frame, legs - 0.6))[0]))
    return out


SUNGLASSES = _sunglasses()


def _spectacles():
    """Per lens shape: the coverage of the two lenses, of the frame and of the lenses' glints, over SPEC_BOX."""
    x, y = R.grid()
    x, y = x[:, :, SPEC_BOX[1]], y[:, SPEC_BOX[0], :]
    lenses, frames, glints = [], [], []
    for shape in range(3):
        sdf = []
        for side in (-1.0, 1.0):
            u, v = x - SPEC_X - side * LENS_DX, y - SPEC_Y
            if shape == 0:
                d = np.hypot(u, v) - 6.5
            elif shape == 1:
                d = R.box_sdf(u, v, 5.3, 4.5) - 1.5
            else:
                d = R.ellipse_sdf(u, v, 8.0, 4.2)
            sdf.append(d)
        lens = np.minimum(*sdf)
        top = {0: 6.5, 1: 6.0, 2: 4.2}[shape]
        reach = {0: 6.5, 1: 6.8, 2: 8.0}[shape]
        bridge = R.segment_sdf(x, y, SPEC_X - LENS_DX + reach - 1.0, SPEC_Y - 1.5,
                               SPEC_X + LENS_DX - reach + 1.0, SPEC_Y - 1.5) - 0.9
        ends = [R.segment_sdf(x, y, SPEC_X + s * (LENS_DX + reach), SPEC_Y - top + 2.0,
                              SPEC_X + s * (LENS_DX + reach + 2.0), SPEC_Y - top + 3.5) for s in (-1.0, 1.0)]
        frame = np.minimum(np.minimum(np.abs(lens) - 0.9, bridge), np.minimum(*ends) - 0.9)
        glint = np.full(lens.shape, np.inf, np.float32)
        for side in (-1.0, 1.0):
            gx = SPEC_X + side * LENS_DX - 0.45 * reach
            glint = np.minimum(glint, R.segment_sdf(x, y, gx, SPEC_Y + 0.5 * top - 1.5, gx + 2.5,
                                                    SPEC_Y - 0.5 * top) - 0.55)
        lenses.append(R.coverage(lens)[0])
        frames.append(R.coverage(frame)[0])
        glints.append((R.coverage(glint) * R.coverage(lens + 1.0))[0])
    return np.stack(lenses), np.stack(frames), np.stack(glints)


LENSES, FRAMES, GLINTS = _spectacles()


def _e_sdf(u, v, h, turn):
    """Signed distance to a "tumbling E" of half-size ``h``, its open side turned ``turn`` quarter turns."""
    for _ in range(turn):
        u, v = v, -u
    t = 0.4 * h  # the strokes, a fifth of the letter's size
    outer = R.box_sdf(u, v, h, h)
    gap1 = R.edges_sdf(u, v, -h + t, h + 1.0, -h + t, -t / 2)
    gap2 = R.edges_sdf(u, v, -h + t, h + 1.0, t / 2, h - t)
    return np.maximum(outer, -np.minimum(gap1, gap2))


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the chart's letters, drawn over the chart's part of the image only
    cx, cy = x[:, :, CHART_BOX[1]], y[:, CHART_BOX[0], :]
    size = R.col(4.0 + 4.0 * f[:, 2])
    letters = np.full((n, cy.shape[1], cx.shape[2]), np.inf, np.float32)
    top, k = np.full_like(size, ROW0_Y), 0
    for row, count in enumerate(ROWS):
        s = size * SHRINK ** row
        for i in range(count):
            lx = CHART_X + (i - (count - 1) / 2) * 1.6 * s
            np.minimum(letters, _e_sdf(cx - lx, cy - top - s / 2, s / 2, TURNS[k]), out=letters)
            k += 1
        top = top + 1.5 * s + 1.0
    R.over(img[:, :, CHART_BOX[0], CHART_BOX[1]], R.coverage(letters), INK)
    # the sunglasses on the shelves, the top shelf first
    count = f[:, 3].astype(int)
    for i, ((lens, frame), colour) in enumerate(zip(SUNGLASSES, SUN_FRAMES)):
        on = (count >= i).astype(np.float32)[:, None, None]
        R.over(img, on * lens, SUN_LENS)
        R.over(img, on * frame, colour)
    # the large spectacles: tinted lenses, their glints, the tortoiseshell frame
    shape = f[:, 0].astype(int)
    box = img[:, :, SPEC_BOX[0], SPEC_BOX[1]]
    tint = f[:, 1:2]
    R.over(box, LENSES[shape], CLEAR + (DARK - CLEAR) * tint)
    R.over(box, (0.85 - 0.5 * R.col(f[:, 1])) * GLINTS[shape], GLINT)
    R.over(box, FRAMES[shape], TORTOISE)
    return R.to_uint8(img)


def render(frame_shape: float, tint: float, letter_size: float, sunglasses: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[frame_shape, tint, letter_size, sunglasses]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("optician", arg, n, seed, FACTORS, sample_factors, _draw)
