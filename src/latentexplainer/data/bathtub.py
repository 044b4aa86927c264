"""`bathtub`: a claw-foot bathtub full of foam with a rubber duck on it, in a tiled bathroom,
seen from the side (64x64 RGB).

The tub stands across the middle of the image on a chequered floor: a deep round-bottomed
body painted one colour outside, with a white rolled rim along its top and two gilded claw
feet under it, and a chrome tap rising from the rim at its left end and bending over into the
tub. A heap of white foam bubbles swells up above the rim along the tub's length, and a
yellow rubber duck with an orange beak, facing right, floats on top of the foam. Behind is a
wall of square tiles with light grout lines. Factors: where the duck floats along the tub
(left to right), how high the foam is heaped above the rim (the duck rides on top of it), the
length of the tub (short to long; the foam, the feet and the tap go with its ends), the hue
of the tub's paint (red through yellow and green to purple) and the lightness of the wall
tiles (dark to pale). The floor, the rim's height, the duck's size and colours and the tap
stay fixed; the whole tub and the duck always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("duck_x", "horizontal position of the rubber duck along the tub (left to right)", "continuous"),
    Factor("foam_height", "how high the foam is heaped above the tub's rim (low to high)", "continuous"),
    Factor("tub_length", "length of the bathtub (short to long)", "continuous"),
    Factor("tub_hue", "hue of the bathtub's painted outside", "continuous"),
    Factor("tile_light", "lightness of the wall tiles (dark to pale)", "continuous"),
)
# duck_x: 0..1 puts the duck's body at x = 19..43 px; foam_height: 0..1 lifts the bubbles'
# middles 1..8 px above the rim (times each bubble's own share) and the duck 1..7 px;
# tub_length: 0..1 is a tub 18..27 px in half-length about x = 32 px; tub_hue: 0..0.8 of the
# colour wheel (no wrap); tile_light: 0..1 is a tile of value 0.25..0.92 (a pale sea blue)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 0.8), (0.0, 1.0))
GROUT = (0.82, 0.82, 0.8)
FLOOR_A, FLOOR_B = (0.85, 0.85, 0.83), (0.3, 0.3, 0.34)
RIM, FOAM, FOAM_SHADE = (0.96, 0.96, 0.95), (0.98, 0.98, 1.0), (0.78, 0.82, 0.9)
FOOT, CHROME = (0.8, 0.64, 0.25), (0.62, 0.65, 0.72)
DUCK, BEAK, DUCK_EYE = (0.98, 0.84, 0.15), (0.95, 0.45, 0.1), (0.05, 0.05, 0.05)
CX, RIM_Y, BOTTOM_Y, FLOOR_Y, CORNER = 32.0, 30.0, 50.0, 54.0, 8.0
TILE = 8.0
# the foam's bubbles: where along the tub (-1 left end .. 1 right end), radius, share of the height
BUBBLES = ((-0.92, 3.4, 0.5), (-0.7, 4.4, 0.8), (-0.45, 3.8, 0.95), (-0.2, 4.8, 1.0), (0.05, 4.2, 0.9),
           (0.3, 4.9, 1.0), (0.55, 3.9, 0.85), (0.78, 4.3, 0.7), (0.94, 3.3, 0.45))
TUB_ROWS, TOP_ROWS = (26, 58), (12, 33)  # the rows the tub (rim to feet) and what rises above its rim reach


def _tiles() -> tuple[np.ndarray, np.ndarray]:
    x, y = R.grid()
    grout = R.coverage(np.minimum(np.abs((x % TILE) - 0.5), np.abs((y % TILE) - 0.5)) - 0.5)
    wall = np.broadcast_to(grout * R.coverage(y - FLOOR_Y), (1, R.SIZE, R.SIZE))
    check = (np.floor(x / 8.0) + np.floor((y - FLOOR_Y) / 5.0)) % 2  # the floor's chequers
    floor = R.over(R.canvas(1, FLOOR_B), np.broadcast_to(check, (1, R.SIZE, R.SIZE)), FLOOR_A)
    floor = R.over(floor, 1.0 - R.below(FLOOR_Y, 1), (0.0, 0.0, 0.0))  # black above the floor
    return np.ascontiguousarray(wall[0]), floor[0]


GROUT_ALPHA, FLOOR = _tiles()
ABOVE_FLOOR = (1.0 - R.below(FLOOR_Y, 1))[0]


def _draw(f: np.ndarray) -> np.ndarray:
    x, _ = R.grid()
    n = len(f)
    tile = R.hsv(np.full(n, 0.52), 0.3, 0.25 + 0.67 * f[:, 4])  # (n, 3)
    img = FLOOR + tile[:, :, None, None] * ABOVE_FLOOR
    img = R.over(np.ascontiguousarray(img, np.float32), np.broadcast_to(GROUT_ALPHA, (n, R.SIZE, R.SIZE)), GROUT)
    hl = R.col(18 + 9 * f[:, 2])
    u = x - CX
    # the claw feet, the body (its top hidden under the rim), a sheen along it and the rim
    r0, r1 = TUB_ROWS
    part, y = img[:, :, r0:r1], R.grid()[1][:, r0:r1]
    feet = R.ellipse_sdf(np.abs(u) - (hl - 6.0), y - (BOTTOM_Y + 1.5), 2.6, 3.0)
    R.over(part, R.coverage(feet), FOOT)
    mid = (BOTTOM_Y + RIM_Y - 2 * CORNER) / 2  # the body's box runs up past the rim
    body = np.maximum(R.box_sdf(u, y - mid, hl - CORNER, BOTTOM_Y - mid - CORNER) - CORNER, RIM_Y - y)
    paint = R.hsv(f[:, 3], 0.65, 0.8)
    R.over(part, R.coverage(body), paint * 0.7)
    R.over(part, R.coverage(body + 1.5), paint)
    R.over(part, 0.3 * R.coverage(np.maximum(np.abs(y - (RIM_Y + 5.0)) - 1.0, body + 2.5)), (1.0, 1.0, 1.0))
    rim = R.box_sdf(u, y - (RIM_Y + 0.5), hl + 0.5, 0.5) - 1.5
    # above the rim: the tap at the left end, rising from the rim and bending over
    r0, r1 = TOP_ROWS
    top_part, y = img[:, :, r0:r1], R.grid()[1][:, r0:r1]
    tx = CX - hl + 3.0
    tap = np.minimum(R.segment_sdf(x, y, tx, RIM_Y, tx, RIM_Y - 10.0),
                     R.segment_sdf(x, y, tx, RIM_Y - 10.0, tx + 4.5, RIM_Y - 8.0)) - 1.1
    R.over(top_part, R.coverage(tap), CHROME)
    # the foam: bubbles along the tub, heaped up to the foam's height
    lift = R.col(1 + 7 * f[:, 1])
    foam = np.full(top_part.shape[:1] + top_part.shape[2:], np.inf, np.float32)
    for along, r, share in BUBBLES:
        top = RIM_Y - share * lift  # each bubble a column of foam from the rim up to its top
        d = np.hypot(u - along * (hl - r), y - np.clip(y, top, RIM_Y)) - r
        np.minimum(foam, d, out=foam)
    foam = np.maximum(foam, y - RIM_Y)
    R.over(top_part, R.coverage(foam), FOAM_SHADE)
    R.over(top_part, R.coverage(np.maximum(foam + 1.2, y - RIM_Y + 1.5)), FOAM)
    R.over(part, R.coverage(rim), RIM)  # the rim, over the foam's foot
    # the duck on top of the foam: body, tail, head, beak and eye
    dx, dy = R.col(19 + 24 * f[:, 0]), RIM_Y - 3.0 - 0.85 * lift
    duck = np.minimum(R.ellipse_sdf(x - dx, y - dy, 4.6, 3.0), np.hypot(x - dx + 4.2, y - dy + 1.8) - 1.6)
    duck = np.minimum(duck, np.hypot(x - dx - 2.8, y - dy + 4.0) - 2.6)
    R.over(top_part, R.coverage(duck), DUCK)
    R.over(top_part, R.coverage(R.ellipse_sdf(x - dx - 5.9, y - dy + 3.5, 1.7, 0.9)), BEAK)
    R.over(top_part, R.coverage(np.hypot(x - dx - 3.5, y - dy + 4.7) - 0.7), DUCK_EYE)
    return R.to_uint8(img)


def render(duck_x: float, foam_height: float, tub_length: float, tub_hue: float, tile_light: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[duck_x, foam_height, tub_length, tub_hue, tile_light]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("bathtub", arg, n, seed, FACTORS, sample_factors, _draw)
