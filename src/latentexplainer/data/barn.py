"""`barn`: a red farm barn with a grain silo beside it on a green field under a blue sky, seen
from the front (64x64 RGB).

The barn's red walls stand on the field, trimmed with white at their corners and along the
eaves, under a dark roof. In the middle of the front wall two sliding doors, each with a white
frame and a white cross brace, hang from a dark track; as they slide apart they uncover the dark
inside of the barn. A blue steel silo, ringed with darker bands and capped with a dome, stands just
to the right of the barn. The sky is lighter towards the horizon; the field is striped with
lighter and darker bands. Factors: the barn's horizontal position (the silo moves with it), the
barn's width (the silo stays beside it), how far the doors are slid open (shut to wide open),
the height of the silo (short to tall) and the shape of the roof (a pointed gable, a gambrel
with a bend in each side, or a low flat roof). The walls' height, the doors' height, the
colours, the sky and the field stay fixed; the whole barn and silo always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

ROOFS = ("gable", "gambrel", "flat")
FACTORS = (
    Factor("barn_x", "horizontal position of the barn and its silo (left to right)", "continuous"),
    Factor("barn_width", "width of the barn (narrow to wide)", "continuous"),
    Factor("door_open", "how far the barn's sliding doors are open (shut to wide open)", "continuous"),
    Factor("silo_height", "height of the silo beside the barn (short to tall)", "continuous"),
    Factor("roof", "shape of the barn's roof (gable, gambrel or flat)", "categorical", ROOFS),
)
# barn_x: 0..1 puts the barn's middle at x = 18..36 px; barn_width: 0..1 is a half-width of 10..15 px
# (the silo's middle 6.5 px right of the barn's right wall); door_open: 0..1 slides each door
# outwards by 0..1 door width, uncovering up to the whole doorway (two doors of 0.45 times the barn's
# half-width each); silo_height: 0..1 puts the silo's flat top at y = 30..10 px (its dome above);
# roof: a gable 16 px high, a gambrel as high with its bend at 0.86 of the half-width, or flat
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 2.0))
SKY_TOP, SKY_BOTTOM = np.array((0.45, 0.66, 0.9)), np.array((0.78, 0.87, 0.95))
FIELD, FIELD_DARK = (0.42, 0.63, 0.26), (0.33, 0.52, 0.2)
WALL, DOOR, INSIDE = (0.72, 0.15, 0.11), (0.56, 0.12, 0.09), (0.12, 0.08, 0.06)
TRIM, ROOF, TRACK = (0.95, 0.94, 0.9), (0.22, 0.2, 0.22), (0.15, 0.14, 0.14)
SILO, SILO_BAND = (0.2, 0.3, 0.44), (0.13, 0.19, 0.3)  # a blue steel silo
GROUND, WALL_H, ROOF_H, DOOR_H = 50.0, 15.0, 16.0, 12.0
TOP = GROUND - WALL_H  # the eaves
SILO_R, SILO_GAP = 4.5, 2.0
BEND_U, BEND_V = 0.86, 0.66  # the gambrel's bend, as fractions of the roof's half-width and height
FLAT_H = 3.0
ROOF_ROWS = int(TOP) + 1  # the roof lies above the eaves


def _background() -> np.ndarray:
    _, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, 46.0)[None].copy()
    R.over(img, R.below(44.0, 1), FIELD)
    rows = (np.floor(60.0 / (y - 36.0)) % 2).astype(np.float32)  # bands, wider towards the viewer
    R.over(img, rows * R.coverage(44.0 - y), FIELD_DARK)
    return img[0]


BACKGROUND = _background()


def _side(u, v, a0, b0, a1, b1):
    """Signed distance (positive outside) to the line through (a0, b0) and (a1, b1), mirrored
    in u = 0: the sloping sides of a roof, the inside below and between them."""
    nx, ny = -(b1 - b0), a1 - a0
    return ((np.abs(u) - a0) * nx + (v - b0) * ny) / np.hypot(nx, ny)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    cx, hw, door_open = R.col(18 + 18 * f[:, 0]), R.col(10 + 5 * f[:, 1]), R.col(f[:, 2])
    u = x - cx
    # the silo: a banded cylinder with a dome on its flat top
    top = R.col(30 - 20 * f[:, 3])
    sx = cx + hw + SILO_GAP + SILO_R
    body = np.maximum(np.abs(x - sx) - SILO_R, np.maximum(top - y, y - GROUND))
    silo = np.minimum(body, np.hypot(x - sx, y - top) - SILO_R)
    R.over(img, R.coverage(silo), SILO)
    bands = np.abs(((GROUND - y) % 5.0) - 2.5) - 0.6
    R.over(img, R.coverage(np.maximum(bands, body)), SILO_BAND)
    # the roof, above the eaves: one of three shapes
    part, v = img[:, :, :ROOF_ROWS], y[:, :ROOF_ROWS] - TOP
    w = hw + 1.5
    gable = np.maximum(_side(u, v, w, 0.0, 0.0, -ROOF_H), v)
    gambrel = np.maximum(
        _side(u, v, w, 0.0, BEND_U * w, -BEND_V * ROOF_H), _side(u, v, BEND_U * w, -BEND_V * ROOF_H, 0.0, -ROOF_H)
    )
    gambrel = np.maximum(gambrel, v)
    flat = np.maximum(np.abs(u) - w, np.abs(v + FLAT_H / 2) - FLAT_H / 2)
    kind = f[:, 4].astype(int)[:, None, None]
    roof = np.where(kind == 0, gable, np.where(kind == 1, gambrel, flat))
    R.over(part, R.coverage(roof), ROOF)
    # the walls, their white trim at the corners and the eaves
    walls = R.edges_sdf(u, y, -hw, hw, TOP, GROUND)
    R.over(img, R.coverage(walls), WALL)
    trim = np.minimum(np.abs(np.abs(u) - (hw - 0.8)) - 0.7, np.abs(y - TOP - 0.8) - 0.7)
    R.over(img, R.coverage(np.maximum(trim, walls)), TRIM)
    # the doorway, the track and the two doors sliding outwards from the middle
    dw = 0.45 * hw
    R.over(img, R.coverage(R.edges_sdf(u, y, -dw, dw, GROUND - DOOR_H, GROUND)), INSIDE)
    track = R.edges_sdf(u, y, -2.1 * dw, 2.1 * dw, GROUND - DOOR_H - 1.5, GROUND - DOOR_H - 0.5)
    R.over(img, R.coverage(track), TRACK)
    p, q = np.abs(u) - (0.5 + door_open) * dw, y - (GROUND - DOOR_H / 2)
    door = R.box_sdf(p, q, dw / 2, DOOR_H / 2)
    R.over(img, R.coverage(door), DOOR)
    brace = np.abs(np.abs(p) * (DOOR_H / 2) - np.abs(q) * (dw / 2)) / np.hypot(DOOR_H / 2, dw / 2)
    lines = np.minimum(np.abs(door + 0.6), brace) - 0.4
    return R.to_uint8(R.over(img, R.coverage(np.maximum(lines, door)), TRIM))


def render(barn_x: float, barn_width: float, door_open: float, silo_height: float, roof: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[barn_x, barn_width, door_open, silo_height, roof]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("barn", arg, n, seed, FACTORS, sample_factors, _draw)
