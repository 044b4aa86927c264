"""`toolbox`: a painted metal toolbox on a workbench in front of a pegboard with spanners hanging
on it, seen from the side (64x64 RGB).

The toolbox is a long low painted box standing on the wooden top of a workbench; its lid, as
deep as a shallow tray, is hinged along the box's back (left) top edge and carries a silver
handle on top. When the lid is lifted it swings up to the left about the hinge and uncovers
what sticks up out of the box: the yellow handle of a screwdriver and the steel head of a
hammer. Behind, on a tan pegboard dotted with a grid of holes, dark steel spanners hang from
pegs, each with an open jaw at the top and a ring at the bottom. The workbench's front edge is
a band of wood under the box; below it is the dark space under the bench. Factors: where the
toolbox stands along the bench (left to right), how far its lid is open (shut to standing
upright), how many spanners hang on the pegboard (1 to 4; they fill four pegs in a fixed
order) and the hue of the box's paint (a cyclic factor with a whole-turn period). The box's
size, the tools in it, the pegboard and the bench stay fixed; the whole box always lies inside
the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("box_x", "where the toolbox stands along the bench (left to right)", "continuous"),
    Factor("lid_open", "how far the toolbox's lid is open (shut to upright)", "continuous"),
    Factor("spanners", "how many spanners hang on the pegboard (1 to 4)", "categorical", ("1", "2", "3", "4")),
    Factor("box_hue", "hue of the toolbox's paint (round the colour wheel)", "cyclic", period=1.0),
)
# box_x: 0..1 puts the box's middle at x = 25..45 px (the box is 26 px long); lid_open: 0..1
# turns the lid 0..1.6 radians up about its hinge at the box's back top edge (1.57: upright);
# spanners: code 0..3 is 1..4 spanners, hanging on the pegs SPANNERS in that order;
# box_hue: 0..1 of the colour wheel, a whole turn (0 and 1 are the same red)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 3.0), (0.0, 1.0))
BOARD, HOLE, STEEL = (0.78, 0.63, 0.44), (0.3, 0.22, 0.15), (0.18, 0.19, 0.21)
BENCH_TOP, BENCH, UNDER = (0.62, 0.44, 0.26), (0.5, 0.34, 0.2), (0.14, 0.11, 0.09)
SILVER, HINGE, HANDLE, HEAD, SHAFT = (0.8, 0.82, 0.85), (0.25, 0.25, 0.27), (0.95, 0.8, 0.12), \
    (0.4, 0.42, 0.46), (0.66, 0.47, 0.28)
BENCH_Y = 48.0  # the bench's top: the box stands on it
BOX_HW, BOX_H, LID_T = 13.0, 14.0, 6.0  # the box's half-length and height, the lid's depth
SPANNERS = (45.0, 15.0, 57.0, 5.0)  # the pegs' columns, in the order the spanners fill them
SPANNER_TOP, SPANNER_BOTTOM = 7.0, 25.0
ROWS = (0, 50)  # the rows the box and its open lid reach


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, BOARD)
    holes = np.hypot(((x + 2.5) % 5.0) - 2.5, ((y + 2.5) % 5.0) - 2.5) - 0.75
    R.over(img, R.coverage(holes) * R.coverage(y - BENCH_Y + 2), HOLE)
    R.over(img, R.below(BENCH_Y, 1), BENCH_TOP)
    R.over(img, R.below(BENCH_Y + 2.0, 1), BENCH)
    grain = 0.04 * np.sin(x * 0.9 + 2.0 * np.sin(y * 0.7))
    img[:, :, int(BENCH_Y) + 2:] += grain[:, None, int(BENCH_Y) + 2:]
    R.over(img, R.below(BENCH_Y + 8.0, 1), UNDER)
    return img[0]


def _spanner(x, y, sx):
    """Signed distance to a spanner hanging at column sx: an open jaw on top, a ring below."""
    jaw = np.maximum(np.hypot(x - sx, y - SPANNER_TOP) - 4.4, -R.box_sdf(x - sx, y - SPANNER_TOP + 3.2, 1.7, 3.2))
    shaft = R.box_sdf(x - sx, y - (SPANNER_TOP + SPANNER_BOTTOM) / 2, 1.9, (SPANNER_BOTTOM - SPANNER_TOP) / 2)
    ring = np.abs(np.hypot(x - sx, y - SPANNER_BOTTOM) - 2.4) - 1.2
    return np.minimum(np.minimum(jaw, shaft), ring)


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the spanners, each in its own columns
    for k, sx in enumerate(SPANNERS):
        c0, c1 = int(sx) - 5, int(sx) + 6
        part = img[:, :, 2:34, c0:c1]
        R.over(part, R.col(f[:, 2] >= k) * R.coverage(_spanner(x[:, :, c0:c1], y[:, 2:34], sx)), STEEL)
    # the box, drawn only in the rows it can reach
    r0, r1 = ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    bx = R.col(25 + 20 * f[:, 0])
    top = BENCH_Y - BOX_H
    paint = R.hsv(f[:, 3], 0.75, 0.78)
    # the tools standing in the box, above its rim (hidden by the shut lid): a screwdriver, a hammer
    R.over(part, R.coverage(R.box_sdf(x - bx - 6.0, y - (top - 2.5), 1.5, 3.0)), HANDLE)  # the screwdriver
    R.over(part, R.coverage(R.box_sdf(x - bx + 6.0, y - (top - 1.0), 1.0, 1.5)), SHAFT)
    R.over(part, R.coverage(R.box_sdf(x - bx + 6.0, y - (top - 3.8), 4.2, 1.4) - 0.3), HEAD)
    # the body, with a darker foot and a silver catch on the front end
    body = R.edges_sdf(x, y, bx - BOX_HW, bx + BOX_HW, top, BENCH_Y)
    R.over(part, R.coverage(body), paint)
    R.over(part, R.coverage(np.maximum(body, BENCH_Y - 2.0 - y)), paint * 0.7)
    R.over(part, R.coverage(R.box_sdf(x - bx - BOX_HW + 0.8, y - top - 2.5, 1.3, 1.8)), SILVER)
    # the lid: a box of the body's length and LID_T deep, turned about the hinge at the back top edge
    a = R.col(1.6 * f[:, 1])
    dx, dy = x - (bx - BOX_HW), top - y  # dy: up
    u = dx * np.cos(a) + dy * np.sin(a)  # along the lid, from the hinge
    v = -dx * np.sin(a) + dy * np.cos(a)  # out of the lid's underside
    lid = R.box_sdf(u - BOX_HW, v - LID_T / 2, BOX_HW, LID_T / 2)
    R.over(part, R.coverage(lid), paint)
    R.over(part, R.coverage(np.maximum(lid, 1.2 - v)), paint * 0.7)  # the lid's rim, darker
    handle = np.abs(R.box_sdf(u - BOX_HW, v - LID_T - 1.8, 5.0, 1.8)) - 0.7
    R.over(part, R.coverage(np.maximum(handle, LID_T - v)), SILVER)
    R.over(part, R.coverage(np.hypot(dx, dy) - 1.4), HINGE)
    return R.to_uint8(img)


def render(box_x: float, lid_open: float, spanners: float, box_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[box_x, lid_open, spanners, box_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("toolbox", arg, n, seed, FACTORS, sample_factors, _draw)
