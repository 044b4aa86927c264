"""`upholsterer`: an upholsterer's workshop, an armchair being re-covered in new fabric, a bolt of
the same fabric standing against the wall, seen from the front (64x64 RGB).

The workshop's wall is pale plaster; high on the left a shelf holds three bolts of cloth lying on
their sides in muted colours, and high on the right a tack hammer and a pair of shears hang from
pegs. The floor is of brown boards. In the middle stands an armchair on four short dark legs: a
padded back with rounded top corners, two rounded arms, a seat cushion and a skirt along its
front, each part edged by a dark seam. The upholsterer is covering it from the bottom up: below a
level, every part is in the new fabric; above it, the chair is still bare, coarse brown hessian
with a fine woven texture. At the right, a bolt of the new fabric stands on its end against the
wall, a shaded roll with a lighter top. Factors: how much of the chair has been covered (none,
from the bottom up, to all of it), the fabric's pattern (plain, striped or checked; the chair
and the bolt alike), the hue of the fabric (red through yellow, green and blue to violet) and how
tall the chair's back is (low to high). The wall, the shelf and its bolts, the tools, the floor,
the chair's width, arms and seat stay fixed; the whole chair always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("covered", "how much of the armchair is covered in new fabric (none to all of it)", "continuous"),
    Factor("pattern", "pattern of the new fabric (plain, striped or checked)", "categorical",
           ("plain", "striped", "checked")),
    Factor("fabric_hue", "hue of the new fabric (red through green and blue to violet)", "continuous"),
    Factor("back_height", "how tall the armchair's back is (low to high)", "continuous"),
)
# covered: 0..1 moves the level below which the chair is in new fabric from y = 57 px (none of
# it) up to y = 8 px (all of it); pattern: a code 0..2 for plain, striped (vertical stripes every
# 5 px) or checked (4 px checks); fabric_hue: 0..0.75 of the colour wheel (no wrap), at
# saturation 0.6 and value 0.75; back_height: 0..1 puts the top of the chair's back at
# y = 27..10 px (the seat at y = 40 px)
RANGES = ((0.0, 1.0), (0.0, 2.0), (0.0, 0.75), (0.0, 1.0))
WALL, FLOOR, FLOOR_LINE = (0.86, 0.83, 0.75), (0.55, 0.4, 0.26), (0.42, 0.3, 0.19)
SHELF, BOLTS = (0.45, 0.32, 0.2), ((0.55, 0.52, 0.62), (0.62, 0.58, 0.48), (0.48, 0.56, 0.54))
STEEL, HANDLE, PEG = (0.62, 0.64, 0.68), (0.5, 0.32, 0.18), (0.35, 0.25, 0.16)
HESSIAN, WEAVE, SEAM, LEG = (0.74, 0.63, 0.44), (0.6, 0.5, 0.33), (0.16, 0.12, 0.1), (0.22, 0.14, 0.09)
CREAM = np.array((0.95, 0.93, 0.86), np.float32)
FLOOR_Y, CHAIR_X, SEAT_Y = 55.0, 29.0, 40.0
BOLT_X, BOLT_HW, BOLT_TOP = 56.5, 4.5, 22.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, R.coverage(np.abs(((x * 0.7 + y * 0.3) % 11.0) - 5.5) - 5.2), (0.83, 0.8, 0.72))  # plaster
    # the shelf with three bolts of cloth lying on it
    R.over(img, R.coverage(R.edges_sdf(x, y, 2.0, 28.0, 15.0, 16.5)), SHELF)
    for i, c in enumerate(BOLTS):
        cy = 12.5 - 4.6 * (i == 2)
        cx = 8.0 + 10.0 * (i == 1) + 5.0 * (i == 2)
        R.over(img, R.coverage(R.box_sdf(x - cx, y - cy, 5.0, 1.0) - 1.5), c)
        R.over(img, R.coverage(np.abs(R.box_sdf(x - cx, y - cy, 5.0, 1.0) - 0.5) - 0.3), (0.3, 0.28, 0.26))
    # a tack hammer and a pair of shears on pegs
    for px in (42.0, 52.0):
        R.over(img, R.coverage(np.hypot(x - px, y - 5.0) - 1.0), PEG)
    R.over(img, R.coverage(R.segment_sdf(x, y, 42.0, 5.5, 42.0, 16.0) - 0.8), HANDLE)
    R.over(img, R.coverage(R.box_sdf(x - 42.0, y - 17.0, 3.0, 1.0)), STEEL)
    shears = np.minimum(R.segment_sdf(x, y, 52.0, 6.0, 49.0, 17.0), R.segment_sdf(x, y, 52.0, 6.0, 55.0, 17.0)) - 0.7
    shears = np.minimum(shears, np.minimum(np.abs(np.hypot(x - 50.0, y - 7.5) - 1.6) - 0.5,
                                           np.abs(np.hypot(x - 54.0, y - 7.5) - 1.6) - 0.5))
    R.over(img, R.coverage(shears), STEEL)
    # the floor boards
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    R.over(img, R.coverage(np.maximum(np.abs(((y - FLOOR_Y) % 3.0) - 1.5) - 1.2, FLOOR_Y + 0.5 - y)), FLOOR_LINE)
    # the chair's legs
    for lx in (CHAIR_X - 15.0, CHAIR_X - 6.0, CHAIR_X + 6.0, CHAIR_X + 15.0):
        R.over(img, R.coverage(R.edges_sdf(x, y, lx - 1.2, lx + 1.2, 50.0, 56.5 - 1.5 * (abs(lx - CHAIR_X) < 10))), LEG)
    return img[0]


SCENE = _scene()


def _fixed_parts():
    """Signed distances to the chair's arms, seat and skirt, and to the standing bolt."""
    x, y = R.grid()
    arms = np.minimum(R.box_sdf(x - (CHAIR_X - 14.5), y - 42.0, 1.5, 6.5), R.box_sdf(x - (CHAIR_X + 14.5), y - 42.0, 1.5, 6.5))
    arms = arms - 2.2
    seat = R.box_sdf(x - CHAIR_X, y - (SEAT_Y + 2.5), 10.0, 1.5) - 1.5
    skirt = R.box_sdf(x - CHAIR_X, y - 49.0, 16.5, 1.5) - 1.0
    bolt = np.maximum(np.abs(x - BOLT_X) - BOLT_HW, np.maximum(BOLT_TOP - y, y - FLOOR_Y - 1.0))
    return arms, seat, skirt, bolt


ARMS, SEAT, SKIRT, BOLT = _fixed_parts()
BOLT_SHADE = (0.7 + 0.3 * np.sqrt(np.clip(1.0 - ((R.grid()[0] - BOLT_X + 1.0) / (BOLT_HW + 1.0)) ** 2, 0.0, 1.0)))
BOLT_TOP_SDF = R.ellipse_sdf(R.grid()[0] - BOLT_X, R.grid()[1] - BOLT_TOP, BOLT_HW, 1.6)


def _weave():
    x, y = R.grid()
    return R.coverage(np.minimum(np.abs((x % 2.0) - 1.0), np.abs((y % 2.0) - 1.0)) - 0.25)


WEAVE_COVER = _weave()


def _patterns():
    """(3, H, W): how much of the fabric's colour shows at each pixel, per pattern (the rest cream)."""
    x, y = R.grid()
    plain = np.ones((1, R.SIZE, R.SIZE), np.float32)
    stripes = np.clip(1.0 - R.coverage(np.abs((x % 5.0) - 2.5) - 1.0), 0.0, 1.0) * np.ones_like(plain)
    sx = (np.floor(x / 4.0) % 2 == 0).astype(np.float32)
    sy = (np.floor(y / 4.0) % 2 == 0).astype(np.float32)
    checks = 0.25 + 0.375 * (sx + sy)
    return np.concatenate([plain, stripes, checks * np.ones_like(plain)])


PATTERNS = _patterns()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the fabric: cream where the pattern leaves it, the fabric's colour elsewhere
    colour = R.hsv(f[:, 2], 0.6, 0.75)[:, :, None, None]
    amount = PATTERNS[f[:, 1].astype(int)][:, None]
    fabric = CREAM[None, :, None, None] + (colour - CREAM[None, :, None, None]) * amount
    level = R.col(57.0 - 49.0 * f[:, 0])
    new = R.coverage(level - y)  # below the level: new fabric
    top = R.col(27.0 - 17.0 * f[:, 3])
    back = R.box_sdf(x - CHAIR_X, y - (top + SEAT_Y) / 2, 11.5 - 4.0, (SEAT_Y - top) / 2 - 4.0) - 4.0
    for part in (back, ARMS, SEAT, SKIRT):
        cover = R.coverage(part)
        R.over(img, cover, HESSIAN)
        R.over(img, 0.5 * cover * WEAVE_COVER, WEAVE)
        R.over(img, cover * new, fabric)
        R.over(img, cover * R.coverage(np.abs(part + 0.6) - 0.55), SEAM)
    # the bolt of the new fabric, standing against the wall
    R.over(img, R.coverage(BOLT), fabric * BOLT_SHADE[None])
    R.over(img, R.coverage(np.abs(BOLT) - 0.4), SEAM)
    R.over(img, R.coverage(BOLT_TOP_SDF), fabric * 0.5 + 0.5 * CREAM[None, :, None, None])
    return R.to_uint8(img)


def render(covered: float, pattern: float, fabric_hue: float, back_height: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[covered, pattern, fabric_hue, back_height]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("upholsterer", arg, n, seed, FACTORS, sample_factors, _draw)
