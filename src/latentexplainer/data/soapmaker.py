"""`soapmaker`: a soapmaker's workroom, a slab of new soap in a wooden mould on the worktop, a tall
glass jar of olive oil, a shelf of soap bars drying and soap bubbles floating in the air, seen from
the front (64x64 RGB).

The back wall is of slate-blue tiles with paler grout lines; a wooden worktop with a darker front
edge runs across the bottom of the image. On the left of the worktop stands a tall glass jar with a
cork stopper, drawn as pale glass over the wall, holding golden olive oil up to some level. On the
right a wooden shelf across the wall carries six bars of soap laid out to dry. On the worktop a
wooden mould holds a slab of soap between its two end boards, scored across into bars. Five round
soap bubbles float in the air above the worktop, each a thin pale rim with a faint rainbow sheen
across it and a small white glint. Factors: which soap is being made (lavender, purple; oatmeal,
cream with brown flecks; or charcoal, nearly black; the slab and the drying bars alike), how full
the jar of oil is (from nearly empty to the top of its shoulder), where the mould stands along the
worktop (from beside the jar to the right edge) and the size of the soap bubbles (all five alike,
tiny to large). The wall, the shelf, the worktop, the jar's size and the bubbles' places stay
fixed; the whole mould always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("soap_kind", "which soap is made (lavender, oatmeal or charcoal)", "categorical",
           ("lavender", "oatmeal", "charcoal")),
    Factor("oil_level", "how full the glass jar of olive oil is (nearly empty to full)", "continuous"),
    Factor("mould_x", "where the soap mould stands along the worktop (left to right)", "continuous"),
    Factor("bubble_size", "size of the soap bubbles floating in the air (tiny to large)", "continuous"),
)
# soap_kind: a code 0..2 for the colours in SOAPS (oatmeal with darker flecks); oil_level: 0..1 puts
# the oil's surface at y = 44..21 px (the jar's inside runs from y = 45 px up to its shoulder at 20 px);
# mould_x: 0..1 puts the mould's middle at x = 29..51 px (it is 24 px wide with its end boards);
# bubble_size: 0..1 is a radius of 1.5..5.5 px for every bubble, at the places in BUBBLES
RANGES = ((0.0, 2.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
TILE, GROUT = (0.33, 0.4, 0.5), (0.45, 0.52, 0.6)
TOP, EDGE, SHELF, MOULD = (0.7, 0.54, 0.36), (0.48, 0.34, 0.2), (0.56, 0.4, 0.25), (0.42, 0.28, 0.15)
GLASS, GLASS_RIM, CORK = (0.8, 0.88, 0.9), (0.92, 0.96, 0.97), (0.74, 0.58, 0.38)
OIL, OIL_DARK = (0.86, 0.68, 0.14), (0.7, 0.5, 0.08)
SOAPS = ((0.62, 0.44, 0.86), (0.93, 0.85, 0.66), (0.17, 0.17, 0.19))
FLECK, SCORE = (0.55, 0.4, 0.25), 0.72  # oatmeal's flecks; the score lines darken the soap to 72 %
WORK_Y, EDGE_Y = 46.0, 50.0
JAR_X, JAR_RX, JAR_BOTTOM, JAR_SHOULDER = 11.0, 7.0, 45.5, 20.0
OIL_LOW, OIL_HIGH = 44.0, 21.0
SHELF_Y, BARS = 23.0, (36.5, 41.5, 46.5, 51.5, 56.5, 61.5)
MOULD_HW, SLAB_H = 10.0, 10.0
BUBBLES = ((25.0, 9.0), (39.0, 6.0), (53.0, 11.0), (30.0, 27.0), (46.0, 32.0))


def _scene():
    x, y = R.grid()
    img = R.canvas(1, TILE)
    grout = np.minimum(np.abs((x % 8.0) - 0.5), np.abs((y % 8.0) - 0.5)) - 0.45
    R.over(img, R.coverage(grout), GROUT)
    R.over(img, R.coverage(R.edges_sdf(x, y, 33.0, 64.5, SHELF_Y, SHELF_Y + 2.5)), SHELF)
    R.over(img, R.below(WORK_Y, 1), TOP)
    R.over(img, R.below(EDGE_Y, 1), EDGE)
    R.over(img, 0.6 * R.coverage(np.abs(((y - EDGE_Y) % 5.0) - 2.5) - 0.4) * R.coverage(EDGE_Y + 1.5 - y),
           (0.38, 0.26, 0.15))
    return img[0]


SCENE = _scene()


def _jar():
    """The jar's inside (a round-shouldered bottle), its glass wall, and its neck with the cork."""
    x, y = R.grid()
    body = R.edges_sdf(x, y, JAR_X - JAR_RX, JAR_X + JAR_RX, JAR_SHOULDER, JAR_BOTTOM)
    shoulder = R.ellipse_sdf(x - JAR_X, y - (JAR_SHOULDER + 1.0), JAR_RX, 4.0)
    inside = np.maximum(body, np.where(y < JAR_SHOULDER + 1.0, shoulder, -10.0))
    neck = R.edges_sdf(x, y, JAR_X - 2.5, JAR_X + 2.5, 13.5, JAR_SHOULDER - 1.0)
    cork = R.edges_sdf(x, y, JAR_X - 2.2, JAR_X + 2.2, 11.0, 15.0)
    return inside, neck, cork


JAR_INSIDE, JAR_NECK, JAR_CORK = _jar()


def _bubbles():
    """Per bubble: its distance from the middle and the rainbow sheen's hue across it."""
    x, y = R.grid()
    out = []
    for bx, by in BUBBLES:
        rho = np.hypot(x - bx, y - by)
        sheen = R.hsv(((x - bx) * 0.05 + (y - by) * 0.04) % 1.0, 0.5, 1.0)  # (1, H, W, 3)
        out.append((bx, by, rho, np.ascontiguousarray(sheen[0].transpose(2, 0, 1))))
    return out


BUBBLE_FIELDS = _bubbles()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    soap = np.asarray(SOAPS, np.float32)[f[:, 0].astype(int)]
    flecks = (f[:, 0].astype(int) == 1).astype(np.float32)[:, None, None]
    speckle = np.abs(np.sin(x * 2.3 + y * 1.7) * np.sin(x * 1.1 - y * 2.9)) > 0.8
    # the bars drying on the shelf
    bars = np.min([R.edges_sdf(x, y, bx - 2.1, bx + 2.1, SHELF_Y - 4.5, SHELF_Y) for bx in BARS], 0)
    R.over(img, np.broadcast_to(R.coverage(bars), (n, R.SIZE, R.SIZE)), soap)
    R.over(img, flecks * (R.coverage(bars) * speckle), FLECK)
    # the jar: glass over the wall, the oil up to its level, the neck and cork
    R.over(img, np.broadcast_to(0.35 * R.coverage(JAR_INSIDE), (n, R.SIZE, R.SIZE)), GLASS)
    level = R.col(OIL_LOW + (OIL_HIGH - OIL_LOW) * f[:, 1])
    oil = np.maximum(JAR_INSIDE, level - y)
    R.over(img, R.coverage(oil), OIL)
    R.over(img, 0.8 * R.coverage(np.maximum(oil, np.abs(x - JAR_X - 3.5) - 1.2)), OIL_DARK)  # the shaded side
    R.over(img, R.coverage(np.maximum(oil, np.abs(y - level - 0.6) - 0.6)), (0.97, 0.86, 0.4))  # the surface
    rim = np.minimum(np.abs(JAR_INSIDE) - 0.6, np.maximum(np.abs(JAR_NECK) - 0.6, y - JAR_SHOULDER))
    R.over(img, np.broadcast_to(0.85 * R.coverage(rim), (n, R.SIZE, R.SIZE)), GLASS_RIM)
    R.over(img, np.broadcast_to(R.coverage(JAR_CORK), (n, R.SIZE, R.SIZE)), CORK)
    R.over(img, np.broadcast_to(0.7 * R.coverage(R.edges_sdf(x, y, JAR_X - 5.0, JAR_X - 3.8, 24.0, 42.0)),
                                (n, R.SIZE, R.SIZE)), (1.0, 1.0, 1.0))  # a glint down the glass
    # the mould: a slab of soap between two end boards on a base board
    mx = R.col(29.0 + 22.0 * f[:, 2])
    slab = R.edges_sdf(x, y, mx - MOULD_HW, mx + MOULD_HW, WORK_Y - 1.5 - SLAB_H, WORK_Y - 1.5)
    R.over(img, R.coverage(slab), soap)
    R.over(img, flecks * R.coverage(slab) * speckle, FLECK)
    scores = np.maximum(np.abs((((x - mx) % 5.0) + 5.0) % 5.0 - 2.5) - 0.45, slab + 0.5)
    R.over(img, R.coverage(scores), soap * SCORE)
    R.over(img, R.coverage(np.maximum(slab + 1.5, y - (WORK_Y - 9.5))) * 0.5, (1.0, 1.0, 1.0))  # the lit top
    ends = np.minimum(R.edges_sdf(x, y, mx - MOULD_HW - 2.0, mx - MOULD_HW, WORK_Y - 14.0, WORK_Y),
                      R.edges_sdf(x, y, mx + MOULD_HW, mx + MOULD_HW + 2.0, WORK_Y - 14.0, WORK_Y))
    ends = np.minimum(ends, R.edges_sdf(x, y, mx - MOULD_HW - 2.0, mx + MOULD_HW + 2.0, WORK_Y - 1.5, WORK_Y))
    R.over(img, R.coverage(ends), MOULD)
    # the bubbles: a pale rim, a faint sheen and a glint
    r = R.col(1.5 + 4.0 * f[:, 3])
    for bx, by, rho, sheen in BUBBLE_FIELDS:
        R.over(img, 0.35 * R.coverage(rho - r), sheen)
        R.over(img, 0.9 * R.coverage(np.abs(rho - r + 0.4) - 0.55), (0.95, 0.97, 1.0))
        glint = np.hypot(x - bx + 0.45 * r, y - by + 0.45 * r) - 0.22 * r
        R.over(img, R.coverage(glint), (1.0, 1.0, 1.0))
    return R.to_uint8(img)


def render(soap_kind: float, oil_level: float, mould_x: float, bubble_size: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[soap_kind, oil_level, mould_x, bubble_size]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("soapmaker", arg, n, seed, FACTORS, sample_factors, _draw)
