"""`shepherd`: a shepherd with his crook in a hill pasture, his sheep grazing in front of a dry
stone wall with a white field gate, a hill rising behind, seen from the front (64x64 RGB).

A blue sky fills the top of the image; a dark green hill rises behind a grey dry stone wall that
runs right across the image, its stones drawn as rounded blocks. Near the left end of the wall
is a gap closed by a white five-bar gate, hinged on a post at its left; it swings open towards
the viewer, its free end coming forward and down over the grass. In front of the wall the pasture
fills the lower part of the image. Along the front of the pasture white woolly sheep with black
faces and legs graze side by side, filling their places from the left; at the right the shepherd
stands by the wall in a brown coat and a flat cap, holding his tall crook. Factors: how many sheep
graze in the pasture (1 to 3), how far the gate is swung open (from shut to wide open), the colour
of the pasture's grass (from lush green to dry straw yellow) and how high the hill behind the
wall rises (from a low rise to a tall hill). The sky, the wall, the shepherd and the sheep's size
stay fixed; the hill always stays below the top of the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("sheep", "how many sheep graze in the pasture (1 to 3)", "categorical", ("1", "2", "3")),
    Factor("gate_open", "how far the field gate is swung open (shut to wide open)", "continuous"),
    Factor("grass", "colour of the pasture's grass (lush green to dry straw yellow)", "continuous"),
    Factor("hill_height", "how high the hill behind the wall rises (low to tall)", "continuous"),
)
# sheep: a code 0..2 for 1..3 sheep, at SHEEP from the left; gate_open: 0..1 swings the gate
# (18 px long, hinged at x = 5 px) 0..1.3 radians towards the viewer, so its free end comes
# 18..4.8 px to the right of the hinge and 0..11.5 px down; grass: 0..1 blends the pasture from
# green (0.3, 0.6, 0.2) to straw (0.86, 0.76, 0.4); hill_height: 0..1 raises the hill's top
# 4..26 px above the wall's top at y = 34 px, at x = 38 px
RANGES = ((0.0, 2.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.4, 0.62, 0.9)), np.array((0.72, 0.84, 0.96))
HILL, STONE, STONE_LINE = (0.2, 0.38, 0.24), (0.6, 0.6, 0.56), (0.36, 0.36, 0.34)
LUSH, STRAW = np.array((0.3, 0.6, 0.2)), np.array((0.86, 0.76, 0.4))
GATE, POST, WOOL, FACE = (0.95, 0.95, 0.92), (0.4, 0.3, 0.2), (0.93, 0.92, 0.86), (0.1, 0.09, 0.09)
COAT, CAP, SKIN, CROOK = (0.45, 0.3, 0.16), (0.3, 0.28, 0.24), (0.92, 0.74, 0.58), (0.3, 0.2, 0.1)
WALL_TOP, WALL_FOOT = 34.0, 42.0
HINGE_X, GATE_LEN, GATE_TOP, GATE_FOOT = 5.0, 18.0, 32.5, 42.0
SHEEP = (12.0, 29.0, 46.0)  # the sheep's middles, from the left
SHEEP_Y, SHEEP_RX, SHEEP_RY = 52.0, 7.5, 5.0
SHEPHERD_X = 58.0


def _background():
    """The sky, and the coverages of the wall (with its gateway) and of its stones' joints."""
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, WALL_TOP)[None].copy()
    gap = np.maximum(np.abs(x - (HINGE_X + GATE_LEN / 2)) - GATE_LEN / 2, y - WALL_FOOT)  # the gateway
    wall = np.maximum(R.edges_sdf(x, y, -1.0, 65.0, WALL_TOP + 1.5 * np.sin(x * 0.8) ** 2, WALL_FOOT + 0.5), -gap)
    course = np.floor((y - WALL_TOP) / 2.8)
    stones = np.minimum(np.abs(((y - WALL_TOP) % 2.8) - 1.4), np.abs(((x + course * 2.3) % 5.0) - 2.5))
    return img[0], R.coverage(wall), R.coverage(np.maximum(stones - 0.45, wall))


SKY, WALL, STONE_LINES = _background()


def _fixed():
    """The sheep (wool and faces, per place) and the shepherd with his crook, drawn last."""
    x, y = R.grid()
    sheep = []
    for cx in SHEEP:
        wool = R.ellipse_sdf(x - cx, y - SHEEP_Y, SHEEP_RX, SHEEP_RY) - 0.6 * np.abs(np.sin(x * 1.3) * np.sin(y * 1.3))
        legs = np.maximum(np.minimum(np.abs(x - cx + 4.0), np.abs(x - cx - 3.0)) - 0.9,
                          np.abs(y - (SHEEP_Y + 6.5)) - 2.5)
        face = np.minimum(R.ellipse_sdf(x - (cx - SHEEP_RX - 0.5), y - (SHEEP_Y - 2.0), 2.4, 3.4),
                          np.minimum(legs, R.ellipse_sdf(x - (cx - SHEEP_RX + 1.0), y - (SHEEP_Y - 4.8), 1.8, 1.0)))
        sheep.append((R.coverage(wool), R.coverage(face)))
    body = np.minimum(R.edges_sdf(x, y, SHEPHERD_X - 3.5, SHEPHERD_X + 3.5, 33.0, 52.0),
                      R.segment_sdf(x, y, SHEPHERD_X - 2.0, 35.0, SHEPHERD_X - 5.5, 40.0) - 1.3)
    legs = R.edges_sdf(x, y, SHEPHERD_X - 2.8, SHEPHERD_X + 2.8, 51.0, 59.0)
    head = np.hypot(x - SHEPHERD_X, y - 29.5) - 3.0
    cap = np.maximum(R.ellipse_sdf(x - SHEPHERD_X, y - 27.8, 3.6, 2.0), y - 28.0)
    crook = np.minimum(R.segment_sdf(x, y, SHEPHERD_X - 6.0, 60.0, SHEPHERD_X - 6.0, 22.0) - 0.7,
                       np.maximum(np.abs(np.hypot(x - (SHEPHERD_X - 4.0), y - 22.0) - 2.0) - 0.7, y - 22.5))
    parts = [(R.coverage(crook), CROOK), (R.coverage(legs), CAP), (R.coverage(body), COAT),
             (R.coverage(head), SKIN), (R.coverage(cap), CAP)]
    return sheep, parts


SHEEP_COVERS, SHEPHERD = _fixed()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SKY
    # the hill, a broad rise behind the wall
    h = R.col(6.0 + 22.0 * f[:, 3])
    R.over(img, R.coverage(WALL_TOP + 2.0 - h * np.exp(-((x - 38.0) / 20.0) ** 2) - y), HILL)
    # the pasture in front of the wall, with tufts of darker grass
    grass = LUSH + (STRAW - LUSH) * f[:, 2:3]
    R.over(img, R.below(WALL_FOOT - 1.0, n), grass)
    tufts = np.maximum(np.abs(((x + 2.0 * y) % 4.0) - 2.0) - 0.4, np.abs(((y - WALL_FOOT) % 3.0) - 1.5) - 0.5)
    R.over(img, 0.5 * R.coverage(np.maximum(tufts, WALL_FOOT + 1.0 - y)), grass * 0.75)
    R.over(img, WALL, STONE)
    R.over(img, STONE_LINES, STONE_LINE)
    # the gate: five bars and a brace between the hinge post and its free end, swung towards us
    t = R.col(1.3 * f[:, 1])
    ex, drop = HINGE_X + GATE_LEN * np.cos(t), 11.5 * np.sin(t) / np.sin(1.3)
    u = np.clip((x - HINGE_X) / np.maximum(ex - HINGE_X, 1e-3), 0.0, 1.0)  # 0 at the hinge, 1 at the end
    dy = y - u * drop  # the gate's own rows, as if it were shut
    inside = np.maximum(HINGE_X - x, x - ex)
    bars = np.min([np.abs(dy - (GATE_TOP + 2.2 * i)) for i in range(5)], 0) - 0.65
    frame = np.maximum(np.maximum(np.minimum(bars, np.abs(x - ex) - 0.8), inside),
                       np.maximum(GATE_TOP - 0.7 - dy, dy - GATE_FOOT))
    brace = np.maximum(np.abs(dy - (GATE_FOOT - (GATE_FOOT - GATE_TOP) * u)) - 0.7, inside)
    R.over(img, R.coverage(np.minimum(frame, brace)), GATE)
    R.over(img, R.coverage(R.edges_sdf(x, y, HINGE_X - 2.2, HINGE_X + 0.2, GATE_TOP - 2.5, GATE_FOOT + 1.0)), POST)
    # the sheep, from the left; the shepherd
    count = f[:, 0].astype(int)
    for i, (wool, face) in enumerate(SHEEP_COVERS):
        on = (count >= i).astype(np.float32)[:, None, None]
        R.over(img, on * face, FACE)
        R.over(img, on * wool, WOOL)
        R.over(img, on * face * R.coverage(x - (SHEEP[i] - SHEEP_RX + 1.5)), FACE)
    for cover, colour in SHEPHERD:
        R.over(img, cover, colour)
    return R.to_uint8(img)


def render(sheep: float, gate_open: float, grass: float, hill_height: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[sheep, gate_open, grass, hill_height]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("shepherd", arg, n, seed, FACTORS, sample_factors, _draw)
