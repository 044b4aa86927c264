"""`carpenter`: a carpenter's workshop, a wooden beam being sawn through on a pair of trestles,
tools hanging on a shadow board and planks leaning against the wall, seen from the front
(64x64 RGB).

The workshop's back wall is pale pegboard dotted with small holes; a dark band along the bottom
is the floor, its boards strewn with a few curled shavings. High on the left a shadow board holds
four tools, each over its painted outline: a mallet, a try-square, a chisel and a brace. Across
the middle a thick beam lies on two splayed trestles, its side marked with darker grain. A
handsaw cuts down into the beam from above: the saw's steel blade slants up to the right, its
teeth along the lower edge, to a wooden handle; below it a dark kerf runs down into the beam to
where the teeth are, and a little heap of sawdust lies on the floor underneath, growing as the
cut deepens. On the right, planks lean side by side against the wall. Factors: where along the
beam the saw cuts (left to right), how deep the cut has gone (just started to nearly through
the beam), how many planks lean against the wall (1 to 4) and what wood the beam is (pale pine,
golden oak or red-brown mahogany; its sawdust alike). The wall, the tools, the trestles, the
beam's size and the planks' colour stay fixed; the whole saw always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("saw_x", "where along the beam the saw cuts (left to right)", "continuous"),
    Factor("cut_depth", "how deep the saw has cut into the beam (shallow to deep)", "continuous"),
    Factor("planks", "how many planks lean against the wall (1 to 4)", "categorical", ("1", "2", "3", "4")),
    Factor("wood", "what wood the beam being sawn is (pine, oak or mahogany)", "categorical",
           ("pine", "oak", "mahogany")),
)
# saw_x: 0..1 puts the cut at x = 9..35 px along the beam (x = 2..44 px); cut_depth: 0..1 takes
# the cut 1..9 px down into the beam (10 px thick, its top at y = 36 px), the saw moving down with
# it and the sawdust heap growing from 1.5 to 6.5 px in half-width; planks: a code 0..3 for 1..4
# planks, filled from the left at PLANKS; wood: a code 0..2 for the colours in WOODS
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 3.0), (0.0, 2.0))
WALL, HOLE, FLOOR, FLOOR_LINE = (0.8, 0.72, 0.57), (0.52, 0.45, 0.34), (0.3, 0.22, 0.15), (0.22, 0.15, 0.1)
BOARD, OUTLINE, STEEL, HANDLE = (0.34, 0.4, 0.36), (0.9, 0.88, 0.8), (0.66, 0.68, 0.72), (0.62, 0.38, 0.2)
TRESTLE, PLANK, PLANK_EDGE, SHAVING = (0.5, 0.36, 0.22), (0.46, 0.34, 0.24), (0.3, 0.21, 0.14), (0.9, 0.8, 0.6)
WOODS = np.array(((0.93, 0.79, 0.54), (0.72, 0.5, 0.28), (0.5, 0.2, 0.13)), np.float32)  # pine, oak, mahogany
FLOOR_Y = 57.0
BEAM_L, BEAM_R, BEAM_T, BEAM_B = 2.0, 44.0, 36.0, 46.0
PLANKS = ((46.5, 48.5), (51.0, 53.0), (55.5, 57.5), (60.0, 62.0))  # (foot, top) x of each plank's left edge
PLANK_W, PLANK_TOP = 3.8, 5.0
SAW_A = np.deg2rad(33.0)  # the blade's slant above the horizontal
BLADE, TIP_W, HEEL_W = 24.0, 2.6, 5.0  # the blade's length along its teeth and its width at each end


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    holes = np.hypot(((x - 2.0) % 4.0) - 2.0, ((y - 2.0) % 4.0) - 2.0) - 0.55
    R.over(img, R.coverage(holes), HOLE)
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    R.over(img, R.coverage(np.maximum(np.abs(((x + 3.0) % 11.0) - 5.5) - 5.0, FLOOR_Y + 0.5 - y)), FLOOR_LINE)
    for sx, sy in ((6.0, 61.0), (27.0, 62.0), (42.0, 60.0), (55.0, 62.5)):
        R.over(img, R.coverage(np.abs(R.ellipse_sdf(x - sx, y - sy, 2.2, 1.1)) - 0.45), SHAVING)
    # the shadow board and its tools, each over a pale painted outline
    R.over(img, R.coverage(R.edges_sdf(x, y, 3.0, 41.0, 3.0, 27.0)), BOARD)
    mallet_head = R.edges_sdf(x, y, 5.5, 14.5, 6.0, 11.0)
    mallet_handle = R.edges_sdf(x, y, 9.0, 11.0, 11.0, 25.0)
    square_stock = R.edges_sdf(x, y, 17.0, 20.0, 5.5, 24.0)
    square_blade = R.edges_sdf(x, y, 20.0, 27.0, 5.5, 8.0)
    chisel_handle = R.ellipse_sdf(x - 30.5, y - 10.0, 1.9, 5.0)
    chisel_blade = np.maximum(np.abs(x - 30.5) - 1.1 - 0.08 * (y - 15.0), np.abs(y - 20.0) - 5.0)
    brace = np.min([R.segment_sdf(x, y, *a, *b) for a, b in (((36.0, 5.0), (36.0, 10.0)), ((36.0, 10.0), (39.5, 12.5)),
                                                                ((39.5, 12.5), (39.5, 17.5)), ((39.5, 17.5), (36.0, 20.0)),
                                                                ((36.0, 20.0), (36.0, 25.0)))], 0) - 0.8
    steel = np.minimum(np.minimum(square_blade, chisel_blade), brace)
    wood = np.min([mallet_head, mallet_handle, square_stock, chisel_handle,
                   np.hypot(x - 36.0, y - 5.5) - 1.7, R.ellipse_sdf(x - 39.5, y - 15.0, 1.6, 2.4)], 0)
    R.over(img, R.coverage(np.minimum(steel, wood) - 0.9), OUTLINE)
    R.over(img, R.coverage(steel), STEEL)
    R.over(img, R.coverage(wood), HANDLE)
    # the trestles under the beam: a top bar and two splayed legs each
    for tx in (11.0, 35.0):
        legs = np.minimum(R.segment_sdf(x, y, tx - 2.0, BEAM_B, tx - 6.0, FLOOR_Y + 2.0),
                          R.segment_sdf(x, y, tx + 2.0, BEAM_B, tx + 6.0, FLOOR_Y + 2.0)) - 1.0
        bar = R.edges_sdf(x, y, tx - 5.0, tx + 5.0, BEAM_B, BEAM_B + 2.0)
        R.over(img, R.coverage(np.minimum(legs, bar)), TRESTLE)
    return img[0]


SCENE = _scene()


def _planks():
    x, y = R.grid()
    out = []
    for foot, top in PLANKS:
        left = foot + (top - foot) * (FLOOR_Y + 2.0 - y) / (FLOOR_Y + 2.0 - PLANK_TOP)
        plank = np.maximum(np.maximum(left - x, x - left - PLANK_W), np.maximum(PLANK_TOP - y, y - FLOOR_Y - 2.0))
        edge = np.maximum(np.abs(x - left - PLANK_W + 0.5) - 0.6, plank)
        out.append((R.coverage(plank)[0], R.coverage(edge)[0]))
    return out


PLANK_COVERS = _planks()


def _beam():
    x, y = R.grid()
    beam = R.edges_sdf(x, y, BEAM_L, BEAM_R, BEAM_T, BEAM_B)
    grain = np.abs(((y - BEAM_T + 0.35 * np.sin(0.3 * x + 1.3 * np.sin(0.11 * x))) % 3.3) - 1.65) - 0.3
    return R.coverage(beam)[0], R.coverage(np.maximum(grain, beam + 1.0))[0]


BEAM, GRAIN = _beam()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the planks against the wall, from the left
    count = f[:, 2].astype(int)
    for i, (plank, edge) in enumerate(PLANK_COVERS):
        on = (count >= i).astype(np.float32)[:, None, None]
        R.over(img, on * plank, PLANK)
        R.over(img, on * edge, PLANK_EDGE)
    # the beam, its grain, the kerf and the sawdust under it, in the beam's wood
    wood = WOODS[f[:, 3].astype(int)]
    R.over(img, np.broadcast_to(BEAM, (n, R.SIZE, R.SIZE)), wood)
    R.over(img, np.broadcast_to(0.5 * GRAIN, (n, R.SIZE, R.SIZE)), wood * 0.72)
    cx, depth = R.col(9.0 + 26.0 * f[:, 0]), R.col(1.0 + 8.0 * f[:, 1])
    bottom = BEAM_T + depth
    R.over(img, R.coverage(np.maximum(np.abs(x - cx) - 0.7, np.maximum(BEAM_T - 0.5 - y, y - bottom))), (0.12, 0.08, 0.06))
    heap = 1.5 + 5.0 * R.col(f[:, 1])
    dust = np.maximum(R.ellipse_sdf(x - cx, y - (FLOOR_Y + 1.0), heap, 0.5 + 0.5 * heap), y - FLOOR_Y - 1.0)
    R.over(img, R.coverage(dust), np.minimum(wood * 1.12, 1.0))
    # the saw: u along its teeth from the cut's bottom (up to the right), v across towards its back
    c, s = np.cos(SAW_A), np.sin(SAW_A)
    u = (x - cx) * c - (y - bottom) * s
    v = -(x - cx) * s - (y - bottom) * c
    width = TIP_W + (HEEL_W - TIP_W) * np.clip(u / BLADE, 0.0, 1.0)
    teeth = 0.5 * np.abs(((u % 1.6) - 0.8))  # the teeth's zigzag along the lower edge
    blade = np.maximum(np.maximum(teeth - v, v - width), np.maximum(-0.5 - u, u - BLADE))
    R.over(img, R.coverage(blade), STEEL)
    R.over(img, 0.5 * R.coverage(np.maximum(np.abs(v - width + 0.6) - 0.5, blade)), (0.4, 0.42, 0.46))
    hu, hv = u - (BLADE + 3.5), v - 3.2
    grip = np.abs(R.ellipse_sdf(hu, hv, 4.0, 4.5)) - 1.2
    R.over(img, R.coverage(np.minimum(grip, R.box_sdf(hu + 2.5, hv, 1.5, 4.2))), HANDLE)
    return R.to_uint8(img)


def render(saw_x: float, cut_depth: float, planks: float, wood: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[saw_x, cut_depth, planks, wood]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("carpenter", arg, n, seed, FACTORS, sample_factors, _draw)
