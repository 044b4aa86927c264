"""`florist`: a florist's shop front, an awning rolled out over the shop window and zinc buckets
of flowers standing on the pavement in front of it, seen from the front (64x64 RGB).

The shop front is painted dark green, with a cream fascia board along the top and a wide window
of dark glass, catching a few pale reflections, in a cream frame; the pavement of grey flagstones
runs along the bottom of the image. From under the fascia a fabric awning is rolled out over
the window; seen from the front it hangs down like a band across the whole shop front, ending
in a scalloped edge, and casts a shadow on the glass below it. It is red, and either plain, with
white stripes running down it or with white spots. On the pavement stand up to four zinc buckets
in a row, filled from the left, each holding a bunch of five flowers on green stems: yellow in
the first bucket, then pink, white and purple. Factors: how many buckets of flowers stand on the
pavement (1 to 4), how far the flowers have opened (from closed green-tipped buds to open
flowers with five petals round a dark centre), how far the awning is rolled out (from just a
narrow strip under the fascia to hanging far down over the window) and the awning's pattern
(plain, striped or spotted). The shop front, the window, the pavement, the buckets' size and the
flowers' colours stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("buckets", "how many buckets of flowers stand on the pavement (1 to 4)", "categorical",
           ("1", "2", "3", "4")),
    Factor("bloom", "how far the flowers have opened (closed buds to open flowers)", "continuous"),
    Factor("awning_out", "how far the awning is rolled out over the window (a little to far)", "continuous"),
    Factor("awning_pattern", "the pattern of the red awning (plain, striped or spotted)", "categorical",
           ("plain", "striped", "spotted")),
)
# buckets: a code 0..3 for 1..4 buckets, at BUCKETS from the left; bloom: 0..1 opens each flower
# head from a bud of radius 1.4 px to a flower of radius 4.3 px whose five petals stick out by up to
# a quarter of that, its centre growing from nothing to 0.38 of it; awning_out: 0..1 makes the awning
# hang 3..24 px below the fascia (at y = 9 px) before its scallops; awning_pattern: a code 0..2 for
# plain red, red with white stripes 3 px wide every 7 px, or red with white spots of radius 1.6 px
RANGES = ((0.0, 3.0), (0.0, 1.0), (0.0, 1.0), (0.0, 2.0))
PAINT, CREAM, GLASS, GLINT = (0.14, 0.32, 0.24), (0.9, 0.86, 0.74), (0.17, 0.22, 0.28), (0.36, 0.42, 0.48)
FLAG, FLAG_LINE, RED, WHITE = (0.62, 0.61, 0.58), (0.46, 0.45, 0.43), (0.8, 0.14, 0.18), (0.97, 0.95, 0.9)
ZINC, ZINC_DARK, STEM, BUD_GREEN = (0.64, 0.67, 0.7), (0.44, 0.47, 0.5), (0.2, 0.5, 0.18), np.array((0.36, 0.6, 0.2))
CENTRE = (0.3, 0.18, 0.08)
FLOWERS = np.array(((0.98, 0.8, 0.16), (0.96, 0.46, 0.64), (0.97, 0.96, 0.93), (0.6, 0.36, 0.84)), np.float32)
FASCIA_Y, WIN_L, WIN_R, WIN_T, WIN_B, PAVE_Y = 9.0, 5.0, 59.0, 12.0, 41.0, 50.0
BUCKETS, BUCKET_TOP, BUCKET_FOOT = (11.0, 25.0, 39.0, 53.0), 47.0, 58.0
HEADS = ((-4.5, -13.0), (-2.0, -18.5), (0.5, -14.0), (2.5, -19.0), (4.5, -12.0))  # from each bucket's mouth
ROWS = (22, 50)  # the rows the flowers can reach


def _scene():
    x, y = R.grid()
    img = R.canvas(1, PAINT)
    R.over(img, R.coverage(R.edges_sdf(x, y, 0.0, 64.0, 1.0, FASCIA_Y)), CREAM)
    R.over(img, R.coverage(np.abs(y - 5.0) - 0.5), PAINT)
    R.over(img, R.coverage(R.edges_sdf(x, y, WIN_L - 1.5, WIN_R + 1.5, WIN_T - 1.5, WIN_B + 1.5)), CREAM)
    panes = np.maximum(R.edges_sdf(x, y, WIN_L, WIN_R, WIN_T, WIN_B), 0.8 - np.abs(x - 32.0))
    R.over(img, R.coverage(panes), GLASS)
    glints = np.maximum(np.minimum(np.abs(x + 0.7 * y - 40.0) - 1.2, np.abs(x + 0.7 * y - 76.0) - 2.0), panes)
    R.over(img, 0.6 * R.coverage(glints), GLINT)
    R.over(img, R.coverage(np.abs(y - (WIN_B + 4.5)) - 1.0), CREAM)  # a moulding under the window
    R.over(img, R.below(PAVE_Y, 1), FLAG)
    joints = np.minimum(np.abs(((y - PAVE_Y) % 7.0) - 3.5) - 3.1, np.abs(((x + 9.0 * np.floor((y - PAVE_Y) / 7.0)) % 18.0) - 9.0) - 8.6)
    R.over(img, R.coverage(np.maximum(joints, PAVE_Y + 1.0 - y)), FLAG_LINE)
    return img[0]


SCENE = _scene()


def _awning():
    """The awning's pattern fields: white where its stripes run, white where its spots are."""
    x, y = R.grid()
    stripes = np.broadcast_to(R.coverage(np.abs(((x - 2.0) % 7.0) - 3.5) - 1.5), (1, R.SIZE, R.SIZE))
    row = np.floor((y - FASCIA_Y) / 6.0)
    spots = R.coverage(np.hypot(((x + 3.5 * row) % 7.0) - 3.5, ((y - FASCIA_Y) % 6.0) - 3.0) - 1.6)
    return stripes, spots


STRIPES, SPOTS = _awning()


def _buckets():
    """Per bucket: the coverage of the bucket, of its rim and ridges, of its stems; per flower head
    (in the rows the flowers reach): its distance from the head's middle and cos(5 angle)."""
    x, y = R.grid()
    out = []
    r0, r1 = ROWS
    yr = y[:, r0:r1]
    for bx in BUCKETS:
        t = (y - BUCKET_TOP) / (BUCKET_FOOT - BUCKET_TOP)
        body = np.maximum(np.abs(x - bx) - (5.5 - 1.5 * t), np.maximum(BUCKET_TOP - y, y - BUCKET_FOOT))
        lines = np.maximum(np.minimum(np.abs(y - BUCKET_TOP - 0.8) - 0.8, np.abs(y - BUCKET_TOP - 6.0) - 0.5), body)
        stems = np.min([R.segment_sdf(x, y, bx + 0.3 * dx, BUCKET_TOP + 1.0, bx + dx, BUCKET_TOP + dy)
                        for dx, dy in HEADS], 0) - 0.55
        heads = [(np.hypot(x - bx - dx, yr - BUCKET_TOP - dy), np.cos(5 * np.arctan2(yr - BUCKET_TOP - dy, x - bx - dx)))
                 for dx, dy in HEADS]
        out.append((R.coverage(body), R.coverage(lines), R.coverage(stems), heads))
    return out


BUCKET_PARTS = _buckets()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the awning: its shadow on the shop front, the fabric with its pattern, a darker fold at the top
    low = R.col(FASCIA_Y + 3.0 + 21.0 * f[:, 2])
    edge = low + 1.6 * np.abs(np.sin(np.pi * x / 8.0))
    R.over(img, 0.45 * R.coverage(np.maximum(FASCIA_Y - y, y - edge - 3.5)), (0.0, 0.0, 0.0))
    cloth = R.coverage(np.maximum(FASCIA_Y - y, y - edge))
    R.over(img, cloth, RED)
    pattern = f[:, 3].astype(int)
    white = np.where((pattern == 1)[:, None, None], STRIPES, np.where((pattern == 2)[:, None, None], SPOTS, 0.0))
    R.over(img, cloth * white, WHITE)
    R.over(img, 0.35 * R.coverage(np.abs(y - FASCIA_Y - 1.0) - 1.0), (0.0, 0.0, 0.0))
    # the buckets and their flowers, from the left
    count = f[:, 0].astype(int)
    b = R.col(f[:, 1])
    radius = 1.4 + 2.9 * b
    petals = 0.25 * b
    r0, r1 = ROWS
    part = img[:, :, r0:r1]
    for i, (body, lines, stems, heads) in enumerate(BUCKET_PARTS):
        on = (count >= i).astype(np.float32)[:, None, None]
        R.over(img, on * stems, STEM)
        colour = BUD_GREEN[None] + (FLOWERS[i] - BUD_GREEN)[None] * (0.45 + 0.55 * f[:, 1:2])
        for rho, wave in heads:
            R.over(part, on * R.coverage(rho - radius * (1.0 + petals * wave)), colour)
            R.over(part, on * np.minimum(3.0 * b, 1.0) * R.coverage(rho - 0.38 * radius * b), CENTRE)
        R.over(img, on * body, ZINC)
        R.over(img, on * lines, ZINC_DARK)
    return R.to_uint8(img)


def render(buckets: float, bloom: float, awning_out: float, awning_pattern: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[buckets, bloom, awning_out, awning_pattern]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("florist", arg, n, seed, FACTORS, sample_factors, _draw)
