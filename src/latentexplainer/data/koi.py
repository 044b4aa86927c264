"""`koi`: three koi carp swimming in a garden pond, seen from straight above (64x64 RGB).

The pond's water is a deep blue-green, darker towards the bottom right, over a floor of
pebbles; patches of rippling light play over the floor. Rounded grey boulders line the pond's
bank in the bottom right corner and a green lily pad floats near the top right. Three koi swim
in the pond, each at its own place: a long, rounded body tapering to a forked tail fin, with a
pair of see-through pectoral fins behind the head and two small dark eyes. Each fish's body is
one colour with irregular patches of a second one. Glints of sunlight on the water lie
over everything. Factors: which way the koi face (all three turn together, each keeping its own
angle to the others; a full turn brings them back), their size (small to large), their colouring
(white with red patches, gold with paler patches, black with orange patches, or blue-grey with
orange patches) and
how deep they swim (just under the surface, bright and sharp, to deep down, faded into the
water). The pond, the boulders, the lily pad, the fishes' places and their patches' shapes stay
fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("heading", "which way the koi face (all three turn together)", "cyclic", period=2 * np.pi),
    Factor("koi_size", "size of the koi (small to large)", "continuous"),
    Factor("colouring", "colouring of the koi", "categorical",
           ("white and red", "gold", "black and orange", "blue-grey and orange")),
    Factor("depth", "how deep the koi swim (just under the surface to deep down)", "continuous"),
)
# heading: 0..2 pi radians, the direction of the first fish's head (0: to the right, pi / 2:
# up); the others face HEADINGS radians further round; koi_size: 0..1 is a fish of scale L =
# 16..27 px (0.9 L from the tip of its head to the end of its tail); colouring: the body's and
# the patches' colours (BODY, PATCH); depth: 0..1 lets 0..0.6 of the water show through the
# fish and moves its colours 0..0.3 of the way to DEEP
RANGES = ((0.0, 2 * np.pi), (0.0, 1.0), (0.0, 3.0), (0.0, 1.0))
WATER_NEAR, WATER_FAR = np.array((0.2, 0.42, 0.44)), np.array((0.08, 0.2, 0.26))
PEBBLE, STONE, STONE_DARK, PAD, PAD_DARK = (0.5, 0.52, 0.46), (0.56, 0.56, 0.54), (0.32, 0.32, 0.32), \
    (0.26, 0.56, 0.2), (0.16, 0.38, 0.14)
DEEP = np.array((0.1, 0.26, 0.3))  # what a deep fish fades into
BODY = np.array(((0.96, 0.95, 0.9), (0.96, 0.7, 0.12), (0.1, 0.1, 0.12), (0.34, 0.47, 0.66)), np.float32)
PATCH = np.array(((0.86, 0.16, 0.1), (1.0, 0.84, 0.36), (0.98, 0.5, 0.1), (0.95, 0.46, 0.16)), np.float32)
EYE = (0.06, 0.06, 0.08)
FISH = ((19.0, 20.0, 0.0), (45.0, 24.0, 2.6), (25.0, 45.0, -0.7))  # x, y, heading of each koi's middle
HEADINGS = tuple(h for _, _, h in FISH)
# each koi's patches (k1, k2, p1, p2): where sin(3 k1 u / l + p1) + sin(3 k2 v / l + p2 + u / l)
# > 0.25 on its body, u along it and v across it, l half its scale
SPOTS = tuple((r.uniform(0.9, 1.6), r.uniform(1.2, 2.2), r.uniform(0, 6.3), r.uniform(0, 6.3))
              for r in (np.random.default_rng(seed) for seed in (13, 42, 24)))
WIN = 16  # each fish is drawn in a window this many px either side of its middle
STONES = ((58.0, 46.0, 7.0, 6.0), (50.0, 58.0, 8.0, 6.5), (62.0, 58.0, 5.0, 5.0), (40.0, 63.0, 6.0, 4.0))
LILY = (50.0, 8.0, 7.5)


def _background() -> np.ndarray:
    x, y = R.grid()
    t = np.clip((x + y) / 128.0, 0, 1)[None]
    img = (WATER_FAR[None, :, None, None] + (WATER_NEAR - WATER_FAR)[None, :, None, None] * (1 - t))
    img = np.ascontiguousarray(img, np.float32)
    rng = np.random.default_rng(7)
    for px, py, r in zip(rng.uniform(0, 64, 70), rng.uniform(0, 64, 70), rng.uniform(1.0, 2.4, 70)):
        R.over(img, 0.22 * R.coverage(np.hypot(x - px, y - py) - r), PEBBLE)
    caustic = np.sin(x * 0.45 + 2.0 * np.sin(y * 0.3)) + np.sin(y * 0.5 + 1.5 * np.sin(x * 0.26))
    R.over(img, 0.12 * np.clip(caustic - 0.9, 0, 1), (0.75, 0.9, 0.85))
    for sx, sy, rx, ry in STONES:  # the boulders, each with a dark shadow and a lit top
        R.over(img, R.coverage(R.ellipse_sdf(x - sx + 1.2, y - sy - 1.2, rx, ry)), STONE_DARK)
        R.over(img, R.coverage(R.ellipse_sdf(x - sx, y - sy, rx, ry)), STONE)
        R.over(img, 0.35 * R.coverage(R.ellipse_sdf(x - sx + 1.5, y - sy + 1.5, rx * 0.5, ry * 0.45)), (1, 1, 1))
    lx, ly, lr = LILY
    slit = np.maximum(np.abs(y - ly + 0.4 * (x - lx)) - 0.7, lx - x)
    R.over(img, R.coverage(np.maximum(np.hypot(x - lx, y - ly) - lr, -slit)), PAD)
    veins = np.abs(np.sin(np.arctan2(y - ly, x - lx) * 4.0)) * np.hypot(x - lx, y - ly) - 0.5
    R.over(img, 0.5 * R.coverage(np.maximum(np.maximum(veins, np.hypot(x - lx, y - ly) - lr + 1), -slit)),
           PAD_DARK)
    return img[0]


def _glints() -> np.ndarray:
    x, y = R.grid()
    rng = np.random.default_rng(3)
    glint = np.zeros((1, R.SIZE, R.SIZE), np.float32)
    for gx, gy in zip(rng.uniform(0, 64, 14), rng.uniform(0, 64, 14)):
        np.maximum(glint, 0.55 * R.coverage(R.ellipse_sdf(x - gx, y - gy, 1.6, 0.6)), out=glint)
    return glint


BACKGROUND, GLINT = _background(), _glints()


def _fish(part, x, y, cx, cy, a, length, body, patch, fade, spots):
    """Paint one koi into ``part`` (N, 3, h, w); x, y are the window's pixel centres."""
    c, s = np.cos(a), np.sin(a)
    u = (x - cx) * c - (y - cy) * s  # forwards, along the fish (up on screen is -y)
    v = (x - cx) * s + (y - cy) * c  # across it
    hl = length / 2
    d, h = R.segment_sdf(u, v, 0.46 * hl, 0.0, -0.62 * hl, 0.0, along=True)
    trunk = d - (0.27 * hl * (1.0 - 1.2 * np.clip(h - 0.3, 0.0, 1.0)) + 0.4)  # tapering to the tail
    head = R.ellipse_sdf(u - 0.38 * hl, v, 0.42 * hl, 0.24 * hl)
    body_d = np.minimum(trunk, head)
    tu = -(u + 0.55 * hl)  # how far behind the tail's root
    notch = 0.2 * hl - 0.8 * np.abs(v)
    tail = np.maximum(np.maximum(np.abs(v) - 0.08 * hl - 1.1 * tu, -tu), tu - 0.45 * hl + np.maximum(notch, 0))
    fins = R.ellipse_sdf(u - 0.12 * hl + 0.5 * (np.abs(v) - 0.26 * hl), np.abs(v) - 0.3 * hl, 0.1 * hl, 0.15 * hl)
    k1, k2, p1, p2 = spots
    spots = np.sin(k1 * u / hl * 3.0 + p1) + np.sin(k2 * v / hl * 3.0 + p2 + u / hl) - 0.25
    keep = 1.0 - fade
    fin_a = R.coverage(np.minimum(tail, fins)) * (0.75 * keep)
    part += (body[:, :, None, None] * 0.7 + 0.2 - part) * fin_a[:, None]
    colour = body[:, :, None, None] + (patch - body)[:, :, None, None] * R.coverage(-spots * hl * 0.3)[:, None]
    colour *= (1.0 - 0.25 * np.clip(np.abs(v) / (0.27 * hl), 0, 1))[:, None]  # rounded: darker at the sides
    colour += (DEEP[None, :, None, None] - colour) * (fade * 0.5)[:, None]
    part += (colour - part) * (R.coverage(body_d) * keep)[:, None]
    eyes = np.hypot(u - 0.58 * hl, np.abs(v) - 0.14 * hl) - 0.7
    R.over(part, R.coverage(eyes) * keep, EYE)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    a, length, fade = R.col(f[:, 0]), R.col(16 + 11 * f[:, 1]), R.col(0.6 * f[:, 3])
    code = f[:, 2].astype(int)
    body, patch = BODY[code], PATCH[code]
    for (fx, fy, da), spots in zip(FISH, SPOTS):
        x0, y0 = int(fx) - WIN, int(fy) - WIN
        part = img[:, :, y0:y0 + 2 * WIN, x0:x0 + 2 * WIN]
        _fish(part, x[:, :, x0:x0 + 2 * WIN], y[:, y0:y0 + 2 * WIN], fx, fy, a + da, length, body, patch, fade,
              spots)
    return R.to_uint8(R.over(img, GLINT, (0.95, 0.98, 1.0)))


def render(heading: float, koi_size: float, colouring: float, depth: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[heading, koi_size, colouring, depth]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("koi", arg, n, seed, FACTORS, sample_factors, _draw)
