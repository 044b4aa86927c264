"""`apothecary`: an apothecary's counter, a brass balance scale and a glass show globe of
coloured liquid, under a shelf of white drug jars, seen from the front (64x64 RGB).

The shop's back wall is papered dark green-blue with paler stripes; a wooden shelf on brackets runs
across the top of the image. On the shelf stand white china drug jars, each with a blue label
band and a dark lid, placed from the left. A dark polished counter fills the bottom of the
image. Left of the middle a brass balance stands on the counter: a round foot, an upright
pillar and a beam pivoted on its top, a shallow pan hanging on three chains from each end of
the beam, a small brass weight in the left pan. At the right a large round glass show globe
with a long neck and a cork stands on the counter, partly filled with a coloured liquid.
Factors: how far the balance's beam is tipped (from the left pan down to the right pan down;
the pans hang straight below the beam's ends), the hue of the liquid in the globe (the whole
colour wheel, coming round to where it began), how many jars stand on the shelf (1 to 4) and
how full the globe is (from a little liquid in the bottom to nearly full). The wall, the shelf,
the counter, the balance's pillar and the globe's glass stay fixed; the whole balance always
lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("beam_tilt", "how far the balance's beam is tipped (left pan down to right pan down)", "continuous"),
    Factor("liquid_hue", "hue of the liquid in the glass show globe", "cyclic", period=1.0),
    Factor("jars", "how many drug jars stand on the shelf (1 to 4)", "categorical", ("1", "2", "3", "4")),
    Factor("globe_level", "how full the show globe is (a little liquid to nearly full)", "continuous"),
)
# beam_tilt: -0.4..0.4 radians of the beam from level (negative: the left end lower, its pan
# down), the beam 13 px to each side of the pivot at (21, 22) px and each pan 13 px below its
# end; liquid_hue: 0..1 of the colour wheel, a whole turn (0 and 1 are the same red);
# jars: a code 0..3 for 1..4 jars, at JARS from the left; globe_level: 0..1 puts the liquid's
# top at y = 43..27 px in the globe (of radius 10 px about (51, 36) px)
RANGES = ((-0.4, 0.4), (0.0, 1.0), (0.0, 3.0), (0.0, 1.0))
WALL, WALL_STRIPE, PANEL_LINE = (0.28, 0.38, 0.36), (0.34, 0.45, 0.42), (0.14, 0.07, 0.04)
SHELF, COUNTER, COUNTER_TOP = (0.45, 0.3, 0.18), (0.34, 0.18, 0.1), (0.5, 0.3, 0.17)
CHINA, LABEL, LID = (0.96, 0.95, 0.92), (0.16, 0.3, 0.66), (0.2, 0.18, 0.2)
BRASS, BRASS_DARK, CHAIN = (0.86, 0.68, 0.26), (0.6, 0.44, 0.14), (0.42, 0.34, 0.2)
GLASS, GLASS_EDGE, CORK = (0.86, 0.92, 0.95), (0.48, 0.56, 0.6), (0.72, 0.56, 0.36)
SHELF_Y, COUNTER_Y = 14.0, 46.0
JARS = (7.0, 17.0, 27.0, 37.0)
JAR_HW, JAR_H = 4.4, 10.5
PIVOT_X, PIVOT_Y, BEAM, HANG = 21.0, 22.0, 13.0, 13.0
PAN_HW, PAN_H = 6.0, 2.6
GLOBE_X, GLOBE_Y, GLOBE_R = 51.0, 36.0, 10.0
ROWS = (18, 46)  # the rows the beam and the pans can reach


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, 0.6 * R.coverage(np.abs((x % 6.0) - 3.0) - 0.5), WALL_STRIPE)
    # the shelf on its brackets
    R.over(img, R.coverage(R.edges_sdf(x, y, 0.0, 64.0, SHELF_Y, SHELF_Y + 2.0)), SHELF)
    for bx in (12.0, 44.0):
        bracket = np.maximum(R.segment_sdf(x, y, bx, SHELF_Y + 2.0, bx, SHELF_Y + 7.0) - 0.8, -1.0)
        R.over(img, R.coverage(bracket), SHELF)
    # the counter
    R.over(img, R.below(COUNTER_Y, 1), COUNTER)
    R.over(img, R.coverage(R.edges_sdf(x, y, 0.0, 64.0, COUNTER_Y, COUNTER_Y + 2.5)), COUNTER_TOP)
    R.over(img, R.coverage(np.maximum(np.abs(((x - 2.0) % 16.0) - 8.0) - 7.4, COUNTER_Y + 5.0 - y)), PANEL_LINE)
    # the balance's foot and pillar, and the pivot
    R.over(img, R.coverage(R.ellipse_sdf(x - PIVOT_X, y - (COUNTER_Y - 1.0), 6.0, 1.8)), BRASS_DARK)
    R.over(img, R.coverage(R.edges_sdf(x, y, PIVOT_X - 1.1, PIVOT_X + 1.1, PIVOT_Y, COUNTER_Y - 1.0)), BRASS)
    # the globe's glass: a round body, a neck and a cork (the liquid goes inside, drawn later)
    body = R.ellipse_sdf(x - GLOBE_X, y - GLOBE_Y, GLOBE_R, GLOBE_R)
    neck = R.edges_sdf(x, y, GLOBE_X - 2.5, GLOBE_X + 2.5, 18.5, GLOBE_Y - 8.0)
    glass = np.minimum(body, neck)
    R.over(img, 0.55 * R.coverage(glass), GLASS)
    R.over(img, R.coverage(R.edges_sdf(x, y, GLOBE_X - 2.0, GLOBE_X + 2.0, 16.0, 19.5)), CORK)
    R.over(img, R.coverage(R.ellipse_sdf(x - GLOBE_X, y - (COUNTER_Y - 0.5), 5.0, 1.4)), GLASS_EDGE)
    return img[0]


SCENE = _scene()


def _globe():
    x, y = R.grid()
    body = R.ellipse_sdf(x - GLOBE_X, y - GLOBE_Y, GLOBE_R - 1.0, GLOBE_R - 1.0)
    rim = R.coverage(np.abs(R.ellipse_sdf(x - GLOBE_X, y - GLOBE_Y, GLOBE_R, GLOBE_R)) - 0.6)
    shine = R.coverage(R.ellipse_sdf(x - (GLOBE_X - 4.5), y - (GLOBE_Y - 4.5), 1.6, 2.6))
    return body, rim, shine


GLOBE_BODY, GLOBE_RIM, GLOBE_SHINE = _globe()


def _jars():
    x, y = R.grid()
    out = []
    for jx in JARS:
        body = R.box_sdf(x - jx, y - (SHELF_Y - JAR_H / 2), JAR_HW - 1.2, JAR_H / 2 - 1.2) - 1.2
        band = np.maximum(body, np.abs(y - (SHELF_Y - JAR_H / 2 + 0.5)) - 1.6)
        lid = R.edges_sdf(x, y, jx - JAR_HW + 0.6, jx + JAR_HW - 0.6, SHELF_Y - JAR_H - 1.6, SHELF_Y - JAR_H + 0.4)
        knob = np.hypot(x - jx, y - (SHELF_Y - JAR_H - 2.2)) - 1.1
        out.append((R.coverage(body), R.coverage(band), R.coverage(np.minimum(lid, knob))))
    return out


JAR_COVERS = _jars()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the jars on the shelf, from the left
    count = f[:, 2].astype(int)
    for i, (body, band, lid) in enumerate(JAR_COVERS):
        on = (count >= i).astype(np.float32)[:, None, None]
        R.over(img, on * body, CHINA)
        R.over(img, on * band, LABEL)
        R.over(img, on * lid, LID)
    # the liquid in the globe, its top level, then the glass's rim and shine over it
    top = R.col(43.0 - 16.0 * f[:, 3])
    liquid = R.coverage(np.maximum(GLOBE_BODY, top - y))
    colour = R.hsv(f[:, 1], 0.8, 0.8)
    R.over(img, liquid, colour)
    R.over(img, liquid * R.coverage(np.abs(y - top - 0.5) - 0.5), colour * 0.7 + 0.3)
    R.over(img, GLOBE_RIM, GLASS_EDGE)
    R.over(img, 0.8 * GLOBE_SHINE, (1.0, 1.0, 1.0))
    # the balance: the beam tipped about the pivot, a pan hanging straight below each end
    r0, r1 = ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    a = R.col(f[:, 0])
    dx, dy = BEAM * np.cos(a), BEAM * np.sin(a)
    lx, ly, rx, ry = PIVOT_X - dx, PIVOT_Y - dy, PIVOT_X + dx, PIVOT_Y + dy
    for ex, ey in ((lx, ly), (rx, ry)):
        py = ey + HANG
        chains = np.minimum(R.segment_sdf(x, y, ex, ey, ex - PAN_HW + 0.8, py),
                            R.segment_sdf(x, y, ex, ey, ex + PAN_HW - 0.8, py))
        chains = np.minimum(chains, R.segment_sdf(x, y, ex, ey, ex, py))
        R.over(part, R.coverage(chains - 0.45), CHAIN)
        pan = np.maximum(R.ellipse_sdf(x - ex, y - py, PAN_HW, PAN_H), py - y)
        R.over(part, R.coverage(pan), BRASS)
        R.over(part, R.coverage(np.maximum(np.abs(y - py - 0.4) - 0.6, np.abs(x - ex) - PAN_HW)), BRASS_DARK)
    weight = R.box_sdf(x - lx, y - (ly + HANG - 1.6), 1.6, 1.6)
    R.over(part, R.coverage(weight), BRASS_DARK)
    beam = R.segment_sdf(x, y, lx, ly, rx, ry) - 1.2
    R.over(part, R.coverage(beam), BRASS)
    R.over(part, R.coverage(np.hypot(x - PIVOT_X, y - PIVOT_Y) - 2.0), BRASS_DARK)
    return R.to_uint8(img)


def render(beam_tilt: float, liquid_hue: float, jars: float, globe_level: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[beam_tilt, liquid_hue, jars, globe_level]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("apothecary", arg, n, seed, FACTORS, sample_factors, _draw)
