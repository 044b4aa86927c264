"""`hedger`: a hedger's day's work on a field hedge, half of it trimmed, beside a wooden field
gate under a summer sky, seen from the front (64x64 RGB).

A thick hedge runs from the left edge of the image to a gateway right of the middle; a meadow of
near grass lies in front of it and a paler distant field behind, under a sky that is lighter
towards the horizon. The hedge has been trimmed from the left: there its top is cut flat and
low, its face is neat and a little lighter, a pale line of cut stems runs along its top and
clippings lie on the grass at its foot; beyond the cut the hedge is shaggy, its top higher and
uneven, with stray shoots sticking up. In the gateway a five-barred wooden gate with a diagonal
brace hangs between two posts, hinged on the left; as it swings open towards the viewer it looks
narrower and its free end comes lower and larger, showing the distant field through the gateway.
The sun, a round yellow disc with a soft glow, stands above the gateway. Factors: how much of
the hedge has been trimmed (from a little at the left end to nearly all of it), the colour of
the hedge's leaves (from spring green to autumn brown), how far the gate is swung open (shut to
wide open) and how high the sun stands (from low on the horizon to high in the sky). The sky,
the fields, the grass, the gateposts and the hedge's length stay fixed; the sun always lies
inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("trimmed", "how much of the hedge has been trimmed, from the left (little to nearly all)",
           "continuous"),
    Factor("leaf_colour", "colour of the hedge's leaves (spring green to autumn brown)", "continuous"),
    Factor("gate_open", "how far the field gate is swung open (shut to wide open)", "continuous"),
    Factor("sun_height", "height of the sun in the sky (low to high)", "continuous"),
)
# trimmed: 0..1 puts the end of the cut at x = 3..35 px (the hedge runs from x = 0 to 38 px; the
# cut top is at y = 27 px, the shaggy top about y = 17 px); leaf_colour: 0..1 blends the leaves from
# green (0.3, 0.58, 0.2) to brown (0.64, 0.4, 0.14); gate_open: 0..1 swings the gate 0..1.35
# radians about its hinge post, so it looks 18.5..4 px wide; sun_height: 0..1 puts the sun's middle
# at y = 30..8 px (x = 51 px, radius 6 px)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.42, 0.6, 0.88)), np.array((0.78, 0.85, 0.92))
FIELD, GRASS, GRASS_DARK = (0.62, 0.7, 0.38), (0.34, 0.56, 0.22), (0.28, 0.48, 0.18)
SUN, GLOW = (1.0, 0.88, 0.3), (1.0, 0.96, 0.75)
POST, GATE, GATE_SHADE, STEMS = (0.36, 0.27, 0.18), (0.86, 0.8, 0.66), (0.55, 0.5, 0.4), (0.86, 0.82, 0.58)
GREEN, BROWN = np.array((0.3, 0.58, 0.2)), np.array((0.64, 0.4, 0.14))
HORIZON, GRASS_Y, HEDGE_FOOT, HEDGE_END = 33.0, 45.0, 47.0, 38.0
CUT_TOP, SHAGGY_TOP = 27.0, 17.0
HINGE, LATCH, GATE_W, GATE_TOP, GATE_H = 41.5, 60.0, 18.5, 29.0, 16.0
BARS = (0.0, 4.0, 8.0, 12.0, 16.0)  # the gate's bars, down from its top
SUN_X, SUN_R = 51.0, 6.0
SHOOTS = (5.0, 12.5, 19.0, 26.5, 33.0)


SKY = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, HORIZON)


def _ground():
    """The distant field and the near grass, drawn over the sun (a (4, H, W) colour and alpha)."""
    x, y = R.grid()
    img = np.zeros((1, 3, R.SIZE, R.SIZE), np.float32)
    alpha = R.coverage(HORIZON - y + 0.6 * np.sin(0.15 * x))
    R.over(img, np.ones_like(alpha), FIELD)
    R.over(img, 0.5 * R.coverage(np.abs(((y - HORIZON) % 3.0) - 1.5) - 0.4), (0.7, 0.76, 0.44))
    R.over(img, R.below(GRASS_Y, 1), GRASS)
    blades = np.maximum(np.abs(((x + 0.5 * y) % 3.0) - 1.5) - 0.5, GRASS_Y + 2.0 - y)
    R.over(img, 0.6 * R.coverage(blades), GRASS_DARK)
    # the gateposts
    posts = np.minimum(R.edges_sdf(x, y, HINGE - 2.5, HINGE, 24.0, 50.0), R.edges_sdf(x, y, LATCH, LATCH + 2.5, 24.0, 50.0))
    R.over(img, R.coverage(posts), POST)
    alpha = np.maximum(alpha, R.coverage(posts))
    return np.concatenate([img[0], alpha], 0)


GROUND = _ground()


def _hedge():
    """The shaggy top's height along x, the leaves' dappling and the hedge's end on the right."""
    x, y = R.grid()
    top = SHAGGY_TOP + 2.2 * np.sin(0.8 * x) + 1.3 * np.sin(2.1 * x + 1.0) + 0.8 * np.sin(3.7 * x + 2.0)
    dapple = R.coverage(np.sin(1.3 * x + 0.4 * y) * np.sin(1.1 * y + 0.5 * x) * 2.0 - 0.6)
    shoots = np.min([R.segment_sdf(x, y, sx, SHAGGY_TOP + 1.0, sx + 1.5, SHAGGY_TOP - 5.0) for sx in SHOOTS], 0) - 0.5
    return top, dapple, shoots


TOP, DAPPLE, SHOOTS_D = _hedge()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SKY
    # the sun and its glow, behind the fields
    sy = R.col(30.0 - 22.0 * f[:, 3])
    rho = np.hypot(x - SUN_X, y - sy)
    R.over(img, 0.55 * np.exp(-(rho / 7.0) ** 2), GLOW)
    R.over(img, R.coverage(rho - SUN_R), SUN)
    R.over(img, np.broadcast_to(GROUND[3], (n, R.SIZE, R.SIZE)), GROUND[:3])
    # the hedge: cut flat and low left of the cut's end, shaggy beyond it
    cut = R.col(3.0 + 32.0 * f[:, 0])
    trim = np.clip(cut - x + 0.5, 0.0, 1.0)  # 1 where the hedge has been cut
    top = TOP + (CUT_TOP - TOP) * trim
    hedge = np.maximum(np.maximum(top - y, y - HEDGE_FOOT), x - HEDGE_END)
    leaves = GREEN + (BROWN - GREEN) * f[:, 1:2]
    body = R.coverage(hedge)
    R.over(img, body, leaves * 0.9)
    R.over(img, body * DAPPLE * (0.55 + 0.45 * trim), leaves * 0.62)
    R.over(img, body * trim * 0.35, leaves * 1.25)  # the cut face, fresh and lighter
    R.over(img, body * trim * R.coverage(np.abs(y - CUT_TOP - 0.8) - 0.8), STEMS)
    R.over(img, R.coverage(SHOOTS_D) * (1.0 - trim) * R.coverage(y - TOP + 1.0), leaves * 0.7)
    clippings = np.maximum(np.abs(((x + 0.7 * np.sin(2.3 * y)) % 3.0) - 1.5) - 0.7,
                           np.abs(y - HEDGE_FOOT - 1.8 - 0.7 * np.sin(1.7 * x)) - 1.0)
    R.over(img, R.coverage(clippings) * trim * R.coverage(x - HEDGE_END + 2.0), leaves * 0.8)
    # the gate: bars, stiles and a brace, narrowing and coming nearer as it swings open
    a = R.col(1.35 * f[:, 2])
    w, drop, grow = GATE_W * np.cos(a), 5.0 * np.sin(a), 0.3 * np.sin(a)
    u = np.clip((x - HINGE) / w, 0.0, 1.0)
    y0, s = GATE_TOP + drop * u, 1.0 + grow * u
    span = np.maximum(HINGE - x, x - HINGE - w)
    bars = np.min([np.abs(y - y0 - b * s) - 0.9 * s for b in BARS], 0)
    gate = np.maximum(bars, span)
    stiles = np.minimum(R.edges_sdf(x, y, HINGE, HINGE + 1.6, GATE_TOP - 0.9, GATE_TOP + GATE_H + 0.9),
                        R.edges_sdf(x, y, HINGE + w - 1.6 * (1 + grow), HINGE + w,
                                    GATE_TOP + drop - 0.9, GATE_TOP + drop + (GATE_H + 0.9) * (1 + grow)))
    brace = R.segment_sdf(x, y, HINGE, GATE_TOP + GATE_H, HINGE + w, GATE_TOP + drop) - 0.9 * s
    R.over(img, R.coverage(np.minimum(np.minimum(gate, stiles), brace) - 0.5), GATE_SHADE)
    R.over(img, R.coverage(np.minimum(np.minimum(gate, stiles), brace) + 0.2), GATE)
    return R.to_uint8(img)


def render(trimmed: float, leaf_colour: float, gate_open: float, sun_height: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[trimmed, leaf_colour, gate_open, sun_height]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("hedger", arg, n, seed, FACTORS, sample_factors, _draw)
