"""`caterpillar`: a caterpillar crawling on a leaf, seen from straight above (64x64 RGB).

A large green leaf lies across the image on dark brown soil: a pointed oval from the left edge
to the right, with a paler midrib along its middle and fainter side veins. On it crawls a
caterpillar, heading to the right: a chain of round body segments of one colour, each with a
darker rim and a small shine, ending in a slightly larger, darker head on the right with two
black eyes and two short feelers. The body may be plain, carry a row of three black spots
across each segment (a large one on either side and a smaller one on the back) or a broad
black stripe along the middle of its back from the tail to the head. The caterpillar's body
follows a smooth arc through the middle of the image, so that its two ends curl up towards the
top of the image, lie straight or curl down towards the bottom. Something has eaten into the
lower left edge of the leaf: a scalloped bite, showing the soil through it, with a thin dried
brown rim. Factors: how the caterpillar's body bends (ends curled up, through straight, to
curled down), the number of its body segments (4, 6 or 8; it grows longer), the markings on
its body (plain, spotted or striped), its body's hue, round the whole colour wheel, and how much
of the leaf's edge is eaten (none to a big bite). The caterpillar's middle, the size of its
segments, the leaf and the soil stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

SEGMENTS = ("4", "6", "8")
MARKINGS = ("plain", "spotted", "striped")
FACTORS = (
    Factor("body_bend", "how the caterpillar's body bends (ends curled up, straight, curled down)",
           "continuous"),
    Factor("segment_count", "number of segments in the caterpillar's body (4, 6 or 8)", "categorical", SEGMENTS),
    Factor("markings", "markings on the caterpillar's body (plain, spotted or striped)", "categorical", MARKINGS),
    Factor("body_hue", "hue of the caterpillar's body (round the whole colour wheel)", "cyclic"),
    Factor("leaf_eaten", "how much of the leaf's lower left edge is eaten away (none to a lot)", "continuous"),
)
# body_bend: -1..1 bends the body along an arc of curvature 0.06 .. -0.06 per px through
# (30, 32) px, heading right there (positive: the ends curl up); segment_count: codes 0..2 are
# 4, 6 or 8 segments of radius 5.4 px, 5.8 px apart along the arc, the head (radius 6 px)
# 5.8 px beyond the last and the whole chain centred on the middle; markings: codes 0..2 are
# plain, three black spots 1.6 px behind each segment's middle (radius 2 px, 3.5 px either
# side of the back, and radius 1.4 px on it) or a black stripe 4.8 px wide along the back;
# body_hue: 0..1 is the whole colour wheel (1 is 0 again);
# leaf_eaten: 0..1 grows three round bites centred on the leaf's lower edge at BITES to a radius
# of (r + 1.5) x - 1.5 px (none at 0)
RANGES = ((-1.0, 1.0), (0.0, len(SEGMENTS) - 1.0), (0.0, len(MARKINGS) - 1.0), (0.0, 1.0), (0.0, 1.0))
SOIL, SOIL_DARK = (0.27, 0.19, 0.12), (0.2, 0.14, 0.09)
LEAF, LEAF_DARK, VEIN, DRY = (0.38, 0.64, 0.25), (0.3, 0.53, 0.2), (0.62, 0.8, 0.45), (0.55, 0.42, 0.2)
BLACK, SHINE = (0.06, 0.05, 0.05), (1.0, 1.0, 1.0)
CX, CY, SPACING, SEG_R, HEAD_R, CURL = 30.0, 32.0, 5.8, 5.4, 6.0, 0.06
MARK_BACK, STRIPE = 1.6, 2.4  # spots sit this far behind a segment's middle (the next one covers its front)
LEAF_C, LEAF_R = 16.0, 34.0  # the leaf: the overlap of two discs, centres 16 px above and below the middle
BITES = ((11.5, 43.5, 9.0), (18.0, 47.0, 7.0), (24.5, 49.0, 8.5))  # x, y, radius at the most
ROWS = (7, 57)  # the rows the caterpillar can reach


def _background() -> tuple[np.ndarray, np.ndarray]:
    """The soil and the whole leaf (3, H, W), and the leaf's signed distance (1, H, W)."""
    x, y = R.grid()
    img = R.canvas(1, SOIL)
    grain = np.sin(x * 1.7 + np.sin(y * 0.9) * 2.0) * np.sin(y * 1.3 + np.cos(x * 0.7) * 2.0)
    R.over(img, 0.6 * np.broadcast_to(grain > 0.4, (1, R.SIZE, R.SIZE)).astype(np.float32), SOIL_DARK)
    leaf = np.maximum(np.hypot(x - 32.0, y - 32.0 + LEAF_C) - LEAF_R, np.hypot(x - 32.0, y - 32.0 - LEAF_C) - LEAF_R)
    R.over(img, R.coverage(leaf), LEAF_DARK)
    R.over(img, R.coverage(leaf + 1.0), LEAF)
    veins = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for vx in (12.0, 20.0, 28.0, 36.0, 44.0):
        for side in (-1.0, 1.0):
            veins = np.minimum(veins, R.segment_sdf(x, y, vx, 32.0, vx + 8.0, 32.0 + side * 12.0) - 0.45)
    R.over(img, 0.45 * R.coverage(np.maximum(veins, leaf + 2.5)), VEIN)
    R.over(img, R.coverage(np.maximum(np.abs(y - 32.0) - 0.8, leaf + 1.5)), VEIN)
    return img[0], np.broadcast_to(leaf, (1, R.SIZE, R.SIZE)).astype(np.float32)


BACKGROUND, LEAF_SDF = _background()
SOIL_ONLY = R.canvas(1, SOIL)[0]
BITE_DISTANCES = [np.hypot(R.grid()[0] - bx, R.grid()[1] - by) for bx, by, _ in BITES]


def _arc(s: np.ndarray, k: np.ndarray) -> tuple[np.ndarray, ...]:
    """The point at arc length ``s`` from the middle along the arc of curvature ``k``, and the
    unit tangent there."""
    t = k * s
    px = CX + s * np.sinc(t / np.pi)
    py = CY - 0.5 * k * s * s * np.sinc(t / (2 * np.pi)) ** 2
    return px, py, np.cos(t), -np.sin(t)


def _gather(table: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Per pixel, ``table`` (N, J) at the index ``j`` (N, H, W) (already offset by J per image)."""
    return np.take(table.ravel(), j)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the bites out of the leaf, with a dried rim
    eaten = R.col(f[:, 4])
    bite = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    for (_, _, r), dist in zip(BITES, BITE_DISTANCES):
        bite = np.minimum(bite, dist - ((r + 1.5) * eaten - 1.5))
    bite = np.maximum(bite, LEAF_SDF)
    img = R.over(img, R.coverage(bite - 0.9), DRY)
    img += R.coverage(bite)[:, None] * (SOIL_ONLY[None] - img)
    # the caterpillar, drawn only in the rows it can reach
    r0, r1 = ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    # the body: segment j (0 at the tail) at arc length (j - count / 2) SPACING from the middle,
    # the head at count / 2 SPACING; each pixel is drawn from the two segments nearest along the
    # arc, the one nearer the tail first (segments further apart never overlap)
    count = np.array([int(c) for c in SEGMENTS])[f[:, 1].astype(int)]
    mark = f[:, 2].astype(int)
    spotted, striped = R.col(mark == 1) > 0, R.col(mark == 2) > 0
    hue = f[:, 3]
    rim, body, head = R.hsv(hue, 0.85, 0.45), R.hsv(hue, 0.7, 0.88), R.hsv(hue, 0.8, 0.62)
    kappa = -CURL * f[:, 0]
    half = count * SPACING / 2
    lengths = np.arange(max(count) + 1)[None] * SPACING - half[:, None]
    places = [p.astype(np.float32) for p in _arc(lengths, kappa[:, None])]  # (N, J) each
    k, dx, dy = R.col(kappa), x - CX, y - CY
    small = np.abs(k) < 1e-6
    along = np.where(small, dx, np.arctan2(k * dx, 1.0 + k * dy) / np.where(small, 1.0, k))
    first = np.clip(np.floor((along + R.col(half)) / SPACING), 0, R.col(count - 1)).astype(np.intp)
    offset = (np.arange(n) * places[0].shape[1])[:, None, None]
    shine = np.full(first.shape, np.inf, np.float32)
    for j in (first, np.minimum(first + 1, R.col(count - 1).astype(np.intp))):
        px, py, tx, ty = (_gather(p, j + offset) for p in places)
        u, v = x - px, y - py
        d = np.hypot(u, v) - SEG_R
        part = R.over(part, R.coverage(d), rim)
        part = R.over(part, R.coverage(d + 1.0), body)
        a, b = u * tx + v * ty, u * ty - v * tx  # along the body and across it
        spots = np.minimum(np.hypot(a + MARK_BACK, np.abs(b) - 3.5) - 2.0, np.hypot(a + MARK_BACK, b) - 1.4)
        marks = np.where(spotted, spots, np.where(striped, np.abs(b) - STRIPE, np.inf))
        part = R.over(part, R.coverage(np.maximum(marks, d + 0.8)), BLACK)
        shine = np.minimum(shine, np.maximum(np.hypot(u + 1.3, v + 1.4) - 1.3, d + 1.0))
    part = R.over(part, 0.45 * R.coverage(shine), SHINE)
    # the head, its feelers and its eyes
    px, py, tx, ty = (R.col(p[np.arange(n), count]) for p in places)
    u, v = x - px, y - py
    a, b = u * tx + v * ty, u * ty - v * tx
    feelers = R.segment_sdf(a, np.abs(b), 3.3, 1.8, 8.2, 4.0)
    part = R.over(part, R.coverage(feelers - 0.5), BLACK)
    d = np.hypot(u, v) - HEAD_R
    part = R.over(part, R.coverage(d), rim)
    part = R.over(part, R.coverage(d + 1.0), head)
    part = R.over(part, R.coverage(np.hypot(a - 2.2, np.abs(b) - 2.3) - 1.15), BLACK)
    return R.to_uint8(img)


def render(body_bend: float, segment_count: float, markings: float, body_hue: float,
           leaf_eaten: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8; ``segment_count`` is the code 0..2 for 4, 6 or 8 segments,
    ``markings`` the code 0..2 for plain, spotted or striped."""
    return _draw(np.array([[body_bend, segment_count, markings, body_hue, leaf_eaten]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("caterpillar", arg, n, seed, FACTORS, sample_factors, _draw)
