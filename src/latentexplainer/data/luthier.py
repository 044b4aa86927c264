"""`luthier`: a luthier's workshop, a new stringed instrument standing on the workbench in front of
a rail of hanging tools, beside a heap of wood shavings, seen from the front (64x64 RGB).

The workshop's back wall is painted a cool grey-green; a wooden rail runs across it high up, with
a bow saw, three chisels and a mallet hanging from it, and a paper template of an instrument's
outline pinned below it on the left. A thick oak workbench fills the bottom of the image, its top
a lighter band. On the bench, right of the middle, an instrument stands upright on its end pin
in a small dark cradle: a violin (a narrow waist, two f-holes, a black fingerboard and a curled
scroll), a guitar (a wide figure-of-eight body, a round sound hole, a long neck with a square
head) or a lute (a pear-shaped body with a carved round rosette and a pegbox bent back). Its body
has a dark edge line and a fine grain; pale strings run up its neck. On the left of the bench lies
a heap of curled pale wood shavings. Factors: which instrument stands on the bench, how far it
leans (to the left, upright, to the right; it turns about its end pin), the colour of its varnish
(from pale, bare wood to a deep red-brown) and how big the heap of shavings is (a few curls to a
large heap). The wall, the tools, the template, the bench and the cradle stay fixed; the whole
instrument always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("instrument", "which instrument stands on the workbench (violin, guitar or lute)", "categorical",
           ("violin", "guitar", "lute")),
    Factor("lean", "how far the instrument leans (to the left, upright, to the right)", "continuous"),
    Factor("varnish", "colour of the instrument's varnish (pale bare wood to deep red-brown)", "continuous"),
    Factor("shavings", "size of the heap of wood shavings on the bench (small to large)", "continuous"),
)
# instrument: a code 0..2 for violin, guitar, lute; lean: -0.45..0.45 radians from upright about
# the end pin at (38, 49) px (negative: the top leans to the left); varnish: 0..1 blends the
# wood from pale (hue 0.11, saturation 0.4, value 0.93) to red-brown (hue 0.03, saturation 0.8,
# value 0.5); shavings: 0..1 is a heap 3..16 px in half-width (0.8 times that high) with its middle
# at x = 11 px on the bench top
RANGES = ((0.0, 2.0), (-0.45, 0.45), (0.0, 1.0), (0.0, 1.0))
WALL, WALL_DARK = (0.5, 0.58, 0.55), (0.44, 0.52, 0.49)
RAIL, STEEL, HANDLE, PAPER, PENCIL = (0.42, 0.28, 0.16), (0.66, 0.68, 0.7), (0.62, 0.38, 0.2), \
    (0.9, 0.88, 0.8), (0.35, 0.35, 0.38)
BENCH_TOP, BENCH_FRONT, BENCH_LINE = (0.74, 0.56, 0.34), (0.46, 0.31, 0.18), (0.36, 0.24, 0.14)
CRADLE, EBONY, STRING, SHAVING, SHAVING_DARK = (0.18, 0.14, 0.12), (0.1, 0.08, 0.08), (0.9, 0.88, 0.82), \
    (0.93, 0.82, 0.6), (0.72, 0.58, 0.38)
BENCH_Y, PIN_X, PIN_Y = 50.0, 38.0, 49.0
HEAP_X = 11.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, R.coverage(np.abs((x % 9.0) - 4.5) - 4.0), WALL_DARK)  # faint upright boards
    R.over(img, R.coverage(R.edges_sdf(x, y, 0.0, 64.0, 6.0, 9.0)), RAIL)
    # a bow saw: a wooden frame with a steel blade
    saw = np.minimum(R.segment_sdf(x, y, 4.0, 9.0, 4.0, 22.0), R.segment_sdf(x, y, 14.0, 9.0, 14.0, 22.0)) - 0.7
    saw = np.minimum(saw, R.segment_sdf(x, y, 4.0, 15.0, 14.0, 15.0) - 0.6)
    R.over(img, R.coverage(saw), HANDLE)
    R.over(img, R.coverage(R.segment_sdf(x, y, 4.0, 21.5, 14.0, 21.5) - 0.5), STEEL)
    # three chisels and a mallet on the right
    for cx, length in ((44.0, 15.0), (49.0, 13.0), (54.0, 17.0)):
        R.over(img, R.coverage(R.edges_sdf(x, y, cx - 1.2, cx + 1.2, 8.0, 15.0)), HANDLE)
        R.over(img, R.coverage(R.edges_sdf(x, y, cx - 0.7, cx + 0.7, 15.0, 8.0 + length)), STEEL)
    R.over(img, R.coverage(R.segment_sdf(x, y, 60.0, 9.0, 60.0, 20.0) - 0.8), HANDLE)
    R.over(img, R.coverage(R.edges_sdf(x, y, 57.0, 63.0, 19.0, 24.0)), HANDLE)
    # a paper template of an instrument's outline, pinned on the left
    R.over(img, R.coverage(R.edges_sdf(x, y, 18.0, 30.0, 12.0, 30.0)), PAPER)
    outline = np.minimum(R.ellipse_sdf(x - 24.0, y - 25.0, 4.0, 3.5), R.ellipse_sdf(x - 24.0, y - 18.5, 3.0, 3.0))
    R.over(img, 0.8 * R.coverage(np.abs(outline) - 0.35), PENCIL)
    # the workbench: a light top and a darker front with a plank line
    R.over(img, R.below(BENCH_Y, 1), BENCH_TOP)
    R.over(img, R.below(BENCH_Y + 4.0, 1), BENCH_FRONT)
    R.over(img, R.coverage(np.abs(y - 60.0) - 0.4), BENCH_LINE)
    # the cradle the instrument stands in
    R.over(img, R.coverage(R.edges_sdf(x, y, PIN_X - 5.0, PIN_X + 5.0, BENCH_Y - 2.0, BENCH_Y + 0.5)), CRADLE)
    return img[0]


SCENE = _scene()


def _body(u, v, kind):
    """Signed distances in the instrument's frame (u across, v up from the end pin): its body,
    its dark openings (f-holes, sound hole or rosette), its neck and head, and the row its
    fingerboard ends."""
    if kind == 0:  # violin
        body = np.minimum(R.ellipse_sdf(u, v - 8.5, 8.0, 7.0), R.ellipse_sdf(u, v - 20.5, 6.5, 5.5))
        body = np.minimum(body, R.box_sdf(u, v - 14.5, 4.2, 5.0))
        holes = np.minimum(R.segment_sdf(np.abs(u), v, 3.2, 9.5, 4.0, 16.5) - 0.55,
                           np.hypot(np.abs(u) - 3.2, v - 9.5) - 0.9)
        neck = np.minimum(R.box_sdf(u, v - 31.0, 1.3, 6.0), np.hypot(u, v - 38.0) - 2.4)
        return body, holes, neck, 35.0
    if kind == 1:  # guitar
        body = np.minimum(R.ellipse_sdf(u, v - 9.0, 10.5, 8.5), R.ellipse_sdf(u, v - 22.0, 7.8, 6.5))
        body = np.minimum(body, R.box_sdf(u, v - 15.5, 5.5, 5.0))
        holes = np.minimum(np.hypot(u, v - 18.0) - 3.3, R.box_sdf(u, v - 6.0, 4.5, 0.9))
        neck = np.minimum(R.box_sdf(u, v - 34.0, 1.5, 6.5), R.box_sdf(u, v - 42.0, 2.4, 2.2))
        return body, holes, neck, 40.0
    # lute: a pear-shaped body narrowing upwards, a rosette, a pegbox bent back to the left
    t = np.clip((v - 11.0) / 15.0, 0.0, 1.0)
    width = 11.0 * np.sqrt(np.clip(1.0 - t ** 1.6, 0.0, 1.0)) + 1.5 * t
    body = np.minimum(R.ellipse_sdf(u, v - 11.0, 11.0, 10.0), np.maximum(np.abs(u) - width, np.abs(v - 18.5) - 7.5))
    rho = np.hypot(u, v - 16.0)
    lattice = np.abs(np.sin(1.6 * u) * np.sin(1.6 * (v - 16.0))) * 1.2 - 0.45
    holes = np.minimum(np.abs(rho - 3.6) - 0.5, np.maximum(lattice, rho - 3.6))
    neck = np.minimum(R.box_sdf(u, v - 29.0, 1.5, 4.0), R.segment_sdf(u, v, 0.0, 32.5, -7.5, 39.0) - 1.8)
    return body, holes, neck, 32.0


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the heap of shavings: a mound of pale curls on the bench top
    hw = R.col(3.0 + 13.0 * f[:, 3])
    heap = np.maximum(R.ellipse_sdf(x - HEAP_X, y - BENCH_Y, hw, 0.8 * hw), y - BENCH_Y - 1.0)
    cover = R.coverage(heap)
    R.over(img, cover, SHAVING)
    curls = np.abs(np.sin(0.9 * (x - HEAP_X) + 1.7 * np.sin(0.8 * y)) * np.sin(1.1 * y)) - 0.55
    R.over(img, 0.8 * cover * R.coverage(4.0 * curls), SHAVING_DARK)
    # the instrument, in its own frame
    a = R.col(f[:, 1])
    dx, dy = x - PIN_X, PIN_Y - y
    u = dx * np.cos(a) - dy * np.sin(a)
    v = dx * np.sin(a) + dy * np.cos(a)
    kind = f[:, 0].astype(int)
    varnish = f[:, 2]
    wood = R.hsv(0.11 - 0.08 * varnish, 0.4 + 0.4 * varnish, 0.93 - 0.43 * varnish)
    body, holes, neck, top = (np.empty((n, R.SIZE, R.SIZE), np.float32) for _ in range(4))
    for k in range(3):
        sel = kind == k
        if sel.any():
            b, h, ne, t = _body(u[sel], v[sel], k)
            body[sel], holes[sel], neck[sel], top[sel] = b, h, ne, t
    grain = 0.92 + 0.08 * np.sin(2.3 * u + 0.4 * np.sin(0.5 * v))
    inside = R.coverage(body)
    R.over(img, R.coverage(neck), wood * 0.8)
    R.over(img, inside, wood[:, :, None, None] * grain[:, None])
    R.over(img, inside * R.coverage(np.abs(body + 1.0) - 0.45), wood * 0.45)  # the dark edge line
    R.over(img, inside * R.coverage(holes), EBONY)
    board = np.maximum(np.abs(u) - 1.0, np.maximum(14.0 - v, v - top))
    R.over(img, R.coverage(board), EBONY)
    strings = np.maximum(np.abs(np.abs(u) - 0.55) - 0.25, np.maximum(4.0 - v, v - top))
    R.over(img, 0.8 * R.coverage(strings), STRING)
    R.over(img, R.coverage(np.hypot(u, v - 0.5) - 1.2), EBONY)  # the end pin
    return R.to_uint8(img)


def render(instrument: float, lean: float, varnish: float, shavings: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[instrument, lean, varnish, shavings]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("luthier", arg, n, seed, FACTORS, sample_factors, _draw)
