"""`fletcher`: a fletcher's workbench, a new arrow resting in a wooden jig, finished arrows standing in a
rack on the wall and a heap of goose feathers, seen from the front (64x64 RGB).

The back wall is of dark oak boards; high on the left a small window looks out on a pale sky over a
green field where a straw archery butt with a painted target stands. A workbench runs across the
bottom of the image, its top a lighter band of wood. On the left of the bench a small wooden jig holds
the nock end of a new arrow, which rests in it tilted up to the right: a pale wooden shaft with two dark
painted rings (the cresting) near the nock, two dyed feathers (its fletching) just ahead of them and a
grey steel head at its tip. On the right, finished arrows stand upright against the wall, point down
in a wooden trough on the bench and held by a rail across the wall, each with the same dyed
fletching at its top, filling the rack from the left. In the middle of the bench lies a heap of white
goose feathers, each feather marked by a grey quill line. Factors: how steeply the new arrow is
tilted up from the bench (from nearly flat to steep), the hue of the dyed feathers (on every arrow;
the whole colour wheel, coming round to where it began), how many finished arrows stand in the rack
(1 to 4) and how big the heap of goose feathers is (a small tuft to a big heap). The wall, the
window, the bench, the jig, the trough and rail, the arrows' length and the feathers' colour stay
fixed; the whole new arrow always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("arrow_tilt", "how steeply the arrow in the jig is tilted up (nearly flat to steep)", "continuous"),
    Factor("fletching_hue", "hue of the dyed feathers on the arrows", "cyclic", period=1.0),
    Factor("rack_arrows", "how many finished arrows stand in the wall rack (1 to 4)", "categorical",
           ("1", "2", "3", "4")),
    Factor("feather_heap", "size of the heap of white goose feathers (small to big)", "continuous"),
)
# arrow_tilt: 0.2..1.1 radians above the horizontal, the arrow turning about its nock, held in the
# jig at (JIG_X, NOCK_Y); fletching_hue: 0..1 of the colour wheel, a whole turn (0 and 1 are the same
# red); rack_arrows: a code 0..3 for 1..4 arrows, at RACK from the left; feather_heap: 0..1 is a heap
# 3..11 px in half-width (0.65 times that tall), lying on the bench with its middle at x = HEAP_X
RANGES = ((0.2, 1.1), (0.0, 1.0), (0.0, 3.0), (0.0, 1.0))
WALL, BOARD_LINE = (0.3, 0.21, 0.14), (0.2, 0.14, 0.09)
SKY, FIELD, BUTT, FRAME = (0.74, 0.86, 0.96), (0.42, 0.64, 0.3), (0.86, 0.76, 0.42), (0.5, 0.36, 0.22)
TARGET_RINGS = ((3.2, (0.95, 0.95, 0.92)), (2.3, (0.15, 0.15, 0.18)), (1.5, (0.3, 0.45, 0.85)),
                (0.8, (0.92, 0.2, 0.15)))
BENCH_TOP, BENCH_FRONT, BENCH_EDGE = (0.72, 0.55, 0.36), (0.52, 0.37, 0.22), (0.36, 0.24, 0.14)
SHAFT, CRESTING, STEEL, STEEL_DARK = (0.9, 0.8, 0.6), (0.12, 0.1, 0.1), (0.66, 0.68, 0.72), (0.42, 0.44, 0.48)
JIG, TROUGH, RAIL = (0.46, 0.3, 0.16), (0.55, 0.4, 0.24), (0.6, 0.45, 0.28)
FEATHER, QUILL = (0.96, 0.96, 0.93), (0.62, 0.62, 0.6)
BENCH_Y, BENCH_LIP = 47.0, 50.0
JIG_X, NOCK_Y = 9.0, 44.5
ARROW_L = 36.0  # the new arrow's shaft, nock to the head's base
RACK = (44.0, 49.0, 54.0, 59.0)  # the rack's arrows, in the order they fill
RACK_TOP, RACK_L = 7.0, 33.0
HEAP_X = 30.0


def _arrow(x, y, px, py, dx, dy, length):
    """Signed distances to an arrow's shaft, its two vanes, its cresting rings and its head; the arrow's
    nock is at (px, py) and it points along the unit vector (dx, dy)."""
    u = (x - px) * dx + (y - py) * dy  # along the shaft from the nock
    v = -(x - px) * dy + (y - py) * dx  # across it
    av = np.abs(v)
    shaft = np.maximum(av - 0.9, np.maximum(-u, u - length))
    vanes = np.maximum(np.maximum(av - (4.2 - 0.2 * (u - 4.0)), 0.9 - av), np.maximum(4.0 - u, u - 17.0))
    rings = np.maximum(av - 1.0, np.minimum(np.abs(u - 1.6), np.abs(u - 3.0)) - 0.45)
    k = 2.4 / 6.0  # the head's half-width over its length
    head = np.maximum((av - k * (length + 6.0 - u)) / np.sqrt(1 + k * k), np.maximum(length - u, u - length - 6.0))
    return shaft, vanes, rings, head


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, R.coverage(np.abs((x % 8.0) - 0.5) - 0.5), BOARD_LINE)
    # the window: a field and an archery butt under a pale sky
    R.over(img, R.coverage(R.edges_sdf(x, y, 3.0, 23.0, 4.0, 23.0)), FRAME)
    pane = R.edges_sdf(x, y, 4.5, 21.5, 5.5, 21.5)
    R.over(img, R.coverage(pane), SKY)
    R.over(img, R.coverage(np.maximum(pane, 15.5 - y)), FIELD)
    R.over(img, R.coverage(np.maximum(R.edges_sdf(x, y, 9.5, 17.5, 9.0, 19.5), pane)), BUTT)
    for r, c in TARGET_RINGS:
        R.over(img, R.coverage(np.hypot(x - 13.5, y - 13.0) - r), c)
    R.over(img, R.coverage(np.maximum(np.abs(x - 13.0) - 0.6, pane)), FRAME)
    # the rack's trough and the bench
    R.over(img, R.coverage(R.edges_sdf(x, y, 40.5, 63.0, 40.5, BENCH_Y)), TROUGH)
    R.over(img, R.below(BENCH_Y, 1), BENCH_TOP)
    R.over(img, R.below(BENCH_LIP, 1), BENCH_FRONT)
    R.over(img, R.coverage(np.abs(y - BENCH_LIP) - 0.6), BENCH_EDGE)
    R.over(img, R.coverage(np.abs(((x - 3.0) % 12.0) - 6.0) - 0.4) * R.coverage(BENCH_LIP + 1.0 - y), BENCH_EDGE)
    # the jig: a block with a notch the nock sits in
    jig = np.maximum(R.edges_sdf(x, y, JIG_X - 4.5, JIG_X + 4.5, NOCK_Y - 2.0, BENCH_Y + 0.5),
                     -R.edges_sdf(x, y, JIG_X - 1.2, JIG_X + 1.2, NOCK_Y - 3.0, NOCK_Y + 0.5))
    R.over(img, R.coverage(jig), JIG)
    return img[0]


SCENE = _scene()


def _rack():
    x, y = R.grid()
    return [_arrow(x, y, rx, RACK_TOP, 0.0, 1.0, RACK_L) for rx in RACK]


RACK_ARROWS = _rack()
RAIL_SD = R.edges_sdf(*R.grid(), 40.5, 63.0, 17.0, 19.5)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    dye = R.hsv(f[:, 1], 0.78, 0.92)
    # the finished arrows in the rack, from the left, behind the rail
    count = f[:, 2].astype(int)
    for i, (shaft, vanes, rings, head) in enumerate(RACK_ARROWS):
        on = (count >= i).astype(np.float32)[:, None, None]
        R.over(img, on * R.coverage(np.minimum(shaft, head)), SHAFT)
        R.over(img, on * R.coverage(rings), CRESTING)
        R.over(img, on * R.coverage(vanes), dye)
    R.over(img, R.coverage(RAIL_SD), RAIL)
    # the heap of goose feathers: a mound with grey quills slanting across it
    rx = R.col(3.0 + 8.0 * f[:, 3])
    ry = 0.65 * rx
    heap = np.maximum(R.ellipse_sdf(x - HEAP_X, y - BENCH_Y, rx, ry), y - BENCH_Y - 0.5)
    R.over(img, R.coverage(heap), FEATHER)
    quills = np.abs(((x - HEAP_X + 0.8 * (y - BENCH_Y)) % 4.0) - 2.0) - 0.35
    R.over(img, 0.8 * R.coverage(np.maximum(quills, heap + 1.0)), QUILL)
    # the new arrow, turning about its nock in the jig
    a = R.col(f[:, 0])
    shaft, vanes, rings, head = _arrow(x, y, JIG_X, NOCK_Y, np.cos(a), -np.sin(a), ARROW_L)
    R.over(img, R.coverage(shaft), SHAFT)
    R.over(img, R.coverage(rings), CRESTING)
    R.over(img, R.coverage(vanes), dye)
    R.over(img, R.coverage(head), STEEL)
    below_shaft = (x - JIG_X) * np.sin(a) + (y - NOCK_Y) * np.cos(a)  # > 0 on the head's lower half
    return R.to_uint8(R.over(img, 0.6 * R.coverage(np.maximum(head, -below_shaft)), STEEL_DARK))


def render(arrow_tilt: float, fletching_hue: float, rack_arrows: float, feather_heap: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[arrow_tilt, fletching_hue, rack_arrows, feather_heap]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("fletcher", arg, n, seed, FACTORS, sample_factors, _draw)
