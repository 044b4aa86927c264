"""`sawyer`: a log being sawn through on two sawhorses in a timber yard, seen from the side
(64x64 RGB).

A pale sky with a dark line of trees far behind; the yard's ground is a band of trodden brown
earth across the lower part of the image, and a stack of sawn planks stands at the right edge.
Two wooden sawhorses stand on the ground, their legs splayed, and a long round log lies across
them, seen from the side: streaked bark, rounded at the top and bottom, with its cut end showing
at the right as an upright oval of paler wood with darker growth rings. A hand saw, seen edge on,
stands upright in a narrow dark cut through the log from its top, a steel blade with a wooden
handle at its upper end; a little sawdust lies on the log beside the cut, and a heap of sawdust
has fallen on the ground below it. Factors: where along the log the cut is made (left to right;
the saw and the heap of sawdust move with it), how far down through the log the saw has cut
(from a shallow nick to nearly through; the saw sinks with the cut and the heap of sawdust grows),
how thick the log is (thin to thick; it always rests on the sawhorses) and which timber it is:
pale pine (light brown bark, creamy wood), grey oak (grey bark, brown wood) or red cedar
(red-brown bark, reddish wood). The sky, the trees, the ground, the planks, the sawhorses, the
log's length and the saw stay fixed; the whole log and saw always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("cut_x", "where along the log the saw cut is made (left to right)", "continuous"),
    Factor("cut_depth", "how far down through the log the saw has cut (shallow to deep)", "continuous"),
    Factor("log_thickness", "how thick the log on the sawhorses is (thin to thick)", "continuous"),
    Factor("timber", "which timber the log is (pale pine, grey oak or red cedar)", "categorical",
           ("pale pine", "grey oak", "red cedar")),
)
# cut_x: 0..1 puts the cut at x = 8..44 px; cut_depth: 0..1 cuts 0.1..0.9 of the log's thickness
# (the saw's blade is 24 px long, its lower end at the bottom of the cut; the heap of sawdust is
# 2..9 px in half-width); log_thickness: 0..1 is a log of radius 5..11 px, its underside resting on
# the sawhorses at y = 47 px; timber: a code 0..2 for pale pine, grey oak and red cedar, the
# log's bark and wood colours from BARK and WOOD
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 2.0))
SKY_TOP, SKY_BOTTOM = np.array((0.5, 0.68, 0.9)), np.array((0.82, 0.88, 0.93))
TREES, GROUND = (0.2, 0.36, 0.22), (0.55, 0.46, 0.33)
PLANK, PLANK_LINE, TRESTLE = (0.82, 0.67, 0.44), (0.5, 0.38, 0.24), (0.45, 0.32, 0.2)
KERF, STEEL, HANDLE, SAWDUST = (0.1, 0.07, 0.05), (0.8, 0.82, 0.86), (0.55, 0.3, 0.14), (0.92, 0.82, 0.58)
BARK = np.array(((0.6, 0.42, 0.27), (0.36, 0.35, 0.34), (0.64, 0.25, 0.15)), np.float32)
WOOD = np.array(((0.96, 0.87, 0.64), (0.72, 0.56, 0.36), (0.86, 0.46, 0.3)), np.float32)
GROUND_Y, LOG_FOOT, FEET_Y = 48.0, 47.0, 59.0
LOG_L, LOG_R = 3.0, 49.0
TRESTLES = (16.0, 39.0)
BLADE = 24.0


def _scene():
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, GROUND_Y)[None].copy()
    treeline = 37.0 - 3.0 * np.abs(np.sin(x * 0.35)) - 1.5 * np.sin(x * 0.13 + 1.0)
    R.over(img, R.coverage(treeline - y), TREES)
    ground = R.below(GROUND_Y, 1)
    R.over(img, ground, GROUND)
    img += (0.05 * np.sin(x * 0.9 + y * 2.1) * np.sin(y * 1.3) * ground)[:, None]  # trodden earth
    # the stack of sawn planks at the right edge
    stack = R.coverage(R.edges_sdf(x, y, 53.0, 66.0, 26.0, GROUND_Y + 1.0))
    R.over(img, stack, PLANK)
    R.over(img, stack * R.coverage(np.abs(((y - 26.0) % 4.0) - 0.5) - 0.5), PLANK_LINE)
    # the sawhorses: a beam on two splayed legs each
    for tx in TRESTLES:
        legs = np.minimum(R.segment_sdf(x, y, tx - 3.0, LOG_FOOT + 1.5, tx - 7.0, FEET_Y),
                          R.segment_sdf(x, y, tx + 3.0, LOG_FOOT + 1.5, tx + 7.0, FEET_Y)) - 1.0
        beam = R.edges_sdf(x, y, tx - 6.5, tx + 6.5, LOG_FOOT, LOG_FOOT + 2.5)
        R.over(img, R.coverage(np.minimum(legs, beam)), TRESTLE)
    return img[0]


SCENE = _scene()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    cx, depth, r = R.col(8.0 + 36.0 * f[:, 0]), R.col(f[:, 1]), R.col(5.0 + 6.0 * f[:, 2])
    kind = f[:, 3].astype(int)
    bark, wood = BARK[kind], WOOD[kind]
    cy = LOG_FOOT - r
    top = cy - r
    bottom = top + (0.1 + 0.8 * depth) * 2.0 * r  # the bottom of the cut
    # the heap of sawdust on the ground below the cut
    hx = 2.0 + 7.0 * depth
    heap = np.maximum(R.ellipse_sdf(x - cx, y - (FEET_Y + 0.5), hx, 0.45 * hx), y - (FEET_Y + 0.5))
    R.over(img, R.coverage(heap), SAWDUST)
    # the log: its streaked, rounded side, a bark-covered left end and its cut end on the right
    t = np.clip((y - cy) / r, -1.0, 1.0)
    shade = (0.72 + 0.3 * np.sqrt(1.0 - t * t)) * (1.0 + 0.09 * np.sin(t * 11.0 + x * 0.21))
    side = np.minimum(R.edges_sdf(x, y, LOG_L, LOG_R, top, LOG_FOOT), R.ellipse_sdf(x - LOG_L, y - cy, 0.45 * r, r))
    R.over(img, R.coverage(side), bark[:, :, None, None] * shade[:, None])
    end = R.ellipse_sdf(x - LOG_R, y - cy, 0.45 * r, r)
    R.over(img, R.coverage(end), bark * 0.8)
    rho = np.sqrt(((x - LOG_R) / (0.45 * r)) ** 2 + ((y - cy) / r) ** 2)
    face = R.coverage(end + 1.0)
    R.over(img, face, wood)
    rings = np.abs(((rho * 3.0) % 1.0) - 0.5) * r / 3.0 - 0.35
    R.over(img, 0.5 * face * R.coverage(rings), wood * 0.7)
    # the cut: sawdust on the log beside it, the dark cut itself, and the saw standing in it
    R.over(img, R.coverage(np.maximum(R.ellipse_sdf(x - cx, y - top, 3.5, 1.2), y - top)), SAWDUST)
    kerf = np.maximum(np.abs(x - cx) - 0.8, np.maximum(top - 0.5 - y, y - bottom))
    R.over(img, R.coverage(kerf), KERF)
    blade = np.maximum(np.abs(x - cx) - 0.9, np.maximum(bottom - BLADE - y, y - top + 0.5))
    R.over(img, R.coverage(blade), STEEL)
    handle = R.box_sdf(x - cx, y - (bottom - BLADE - 3.0), 1.3, 2.5) - 1.2
    return R.to_uint8(R.over(img, R.coverage(handle), HANDLE))


def render(cut_x: float, cut_depth: float, log_thickness: float, timber: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[cut_x, cut_depth, log_thickness, timber]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("sawyer", arg, n, seed, FACTORS, sample_factors, _draw)
