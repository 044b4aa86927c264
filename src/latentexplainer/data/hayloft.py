"""`hayloft`: a red wooden barn with a hayloft door high in its wall, standing in the fields under
the open sky, seen from the side (64x64 RGB).

The barn takes up the left two thirds of the image: a long wall of red vertical boards with
white trim at its corners, a pair of big sliding doors with a white cross brace at the bottom
and, just under the eaves, the hayloft's opening, closed by two cream board doors hinged at its
sides. Open, they swing out towards the viewer and show the dark loft inside, hay piled on its
floor. Above the wall the roof's side slopes up from the eaves, overhanging the wall a little
at each end, to the ridge. To the right of the barn are the sky and the sun over green fields,
and a strip of brown farmyard runs along the bottom. Factors: how far the hayloft doors are
open (shut to swung wide open), how steep the roof is (a low roof to a tall, steep one: its
ridge rises), what the roof is covered with (golden thatch, grey slates or corrugated red tin)
and how late in the day it is (a blue midday sky with the sun high, to a sunset: an orange and
purple sky with a low red sun). The barn's wall and doors, the fields and the yard stay fixed;
the time of day changes only the sky and the sun.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("loft_door", "how far the hayloft doors are open (shut to wide open)", "continuous"),
    Factor("roof_pitch", "how steep and tall the barn's roof is (low to steep)", "continuous"),
    Factor("roofing", "what the barn's roof is covered with", "categorical", ("thatch", "slate", "red tin")),
    Factor("evening", "how late in the day it is (midday to sunset)", "continuous"),
)
# loft_door: 0..1 swings each door (8 px wide, hinged at x = 18 and 34 px, the opening
# y = 31..44 px) out by 0..1.45 radians, so it covers 8..1 px of the opening seen from the side;
# roof_pitch: 0..1 puts the ridge 6..20 px above the eaves (y = 30 px), so at y = 24..10 px (the
# roof spans x = 3..49 px); roofing: one of three coverings; evening: 0..1 blends the sky from
# midday blue to sunset orange and purple and brings the sun (radius 4 px, at x = 55 px) down
# from y = 9 to 38 px, its colour from white-yellow to red
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 2.0), (0.0, 1.0))
NOON_TOP, NOON_BOTTOM = np.array((0.4, 0.64, 0.94)), np.array((0.76, 0.87, 0.97))
DUSK_TOP, DUSK_BOTTOM = np.array((0.34, 0.22, 0.48)), np.array((0.98, 0.6, 0.3))
SUN_NOON, SUN_DUSK = np.array((1.0, 0.97, 0.78)), np.array((0.95, 0.28, 0.16))
FIELD, FIELD_FAR, YARD = (0.4, 0.62, 0.28), (0.26, 0.46, 0.22), (0.5, 0.4, 0.28)
WALL, BOARD_LINE, TRIM = (0.62, 0.16, 0.12), (0.45, 0.1, 0.08), (0.94, 0.93, 0.9)
LOFT_DARK, HAY, STRAW = (0.1, 0.07, 0.05), (0.86, 0.72, 0.32), (0.7, 0.56, 0.22)
DOOR, DOOR_LINE = (0.92, 0.89, 0.8), (0.62, 0.6, 0.55)
ROOFS = (  # base colour, line colour
    ((0.74, 0.6, 0.3), (0.52, 0.4, 0.18)),  # thatch: vertical straw streaks
    ((0.3, 0.33, 0.4), (0.17, 0.19, 0.24)),  # slate: courses of staggered slates
    ((0.7, 0.18, 0.12), (0.92, 0.42, 0.34)),  # red tin: corrugated, a light line on each ridge
)
HORIZON, YARD_Y, EAVES = 44.0, 58.0, 30.0
BARN = (6.0, 46.0)  # the wall's left and right ends
ROOF_X = (3.0, 49.0)
LOFT = (18.0, 34.0, 31.0, 44.0)  # the opening: left, right, top, bottom
DOOR_W = 8.0
BIG_DOORS = (14.0, 38.0, 47.0, YARD_Y)
SUN_X, SUN_R = 55.0, 4.0


def _fixed() -> tuple[np.ndarray, np.ndarray]:
    """The ground and the barn's wall (with the loft's inside), and where it covers the sky."""
    x, y = R.grid()
    img = R.canvas(1, FIELD)
    alpha = R.below(HORIZON, 1).copy()
    R.over(img, R.coverage(np.maximum(y - HORIZON - 3.0, HORIZON - y)), FIELD_FAR)
    R.over(img, R.below(YARD_Y, 1), YARD)
    wall = R.coverage(R.edges_sdf(x, y, BARN[0], BARN[1], EAVES, YARD_Y))
    R.over(img, wall, WALL)
    R.over(img, wall * R.coverage(np.abs((x % 3.0) - 1.5) - 0.3), BOARD_LINE)
    R.over(img, R.coverage(np.maximum(np.abs(np.abs(x - (BARN[0] + BARN[1]) / 2) - 19.0) - 1.0,
                                      np.maximum(EAVES - y, y - YARD_Y))), TRIM)
    doors = R.edges_sdf(x, y, *BIG_DOORS)
    R.over(img, R.coverage(doors), WALL)
    left, right, top, bottom = BIG_DOORS
    brace = np.minimum(np.minimum(R.segment_sdf(x, y, left, top, right, bottom),
                                  R.segment_sdf(x, y, left, bottom, right, top)), np.abs(doors + 0.8)) - 0.6
    R.over(img, R.coverage(np.maximum(brace, doors)), TRIM)
    R.over(img, R.coverage(np.maximum(np.abs(x - (left + right) / 2) - 0.5, doors)), TRIM)
    loft = R.edges_sdf(x, y, *LOFT)
    R.over(img, R.coverage(np.abs(loft) - 0.8), TRIM)
    R.over(img, R.coverage(loft), LOFT_DARK)
    hay = LOFT[3] - 4.0 - 2.0 * np.cos((x - 26.0) / 5.0)
    R.over(img, R.coverage(np.maximum(loft, hay - y)), HAY)
    straw = np.abs(((x * 1.7 + y * 0.6) % 4.0) - 2.0) - 0.3
    R.over(img, 0.5 * R.coverage(np.maximum(np.maximum(loft, hay + 1.5 - y), straw)), STRAW)
    alpha = np.maximum(alpha, wall)
    return img[0], alpha[0]


def _roofs() -> np.ndarray:
    """Each covering's texture over the whole image, (3, 3, H, W), its courses counted up from the
    eaves."""
    x, y = R.grid()
    out = np.empty((len(ROOFS), 3, R.SIZE, R.SIZE), np.float32)
    up = EAVES - y  # height above the eaves
    lines = (
        np.abs(((x + 0.35 * np.sin(up * 1.3)) % 2.5) - 1.25) - 0.35,  # thatch streaks
        np.minimum(np.abs((up % 3.0) - 0.4),  # slate courses and staggered joints
                   np.abs(((x + 2.5 * (np.floor(up / 3.0) % 2)) % 5.0) - 0.4)) - 0.35,
        np.abs((x % 3.0) - 1.5) - 0.4,  # corrugations
    )
    for k, ((base, line), d) in enumerate(zip(ROOFS, lines)):
        img = R.canvas(1, base)
        R.over(img, 0.8 * R.coverage(d), line)
        out[k] = img[0]
    return out


FIXED, FIXED_ALPHA = _fixed()
ROOF_TEXTURES = _roofs()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    e = f[:, 3][:, None, None, None]
    # the sky: a gradient from its top colour to its horizon colour, both blended by the time of day
    t = np.clip((np.arange(R.SIZE, dtype=np.float32) + 0.5) / HORIZON, 0.0, 1.0)[None, None, :, None]
    high = NOON_TOP[None, :, None, None] * (1 - e) + DUSK_TOP[None, :, None, None] * e
    low = NOON_BOTTOM[None, :, None, None] * (1 - e) + DUSK_BOTTOM[None, :, None, None] * e
    img = np.ascontiguousarray(np.broadcast_to(high + (low - high) * t, (n, 3, R.SIZE, R.SIZE)), np.float32)
    sun_y = R.col(9.0 + 29.0 * f[:, 3])
    sun = SUN_NOON[None] + (SUN_DUSK - SUN_NOON)[None] * f[:, 3:4]
    glow = np.exp(-((x - SUN_X) ** 2 + (y - sun_y) ** 2) / (2 * 6.0 ** 2))
    R.over(img, 0.35 * glow, sun)
    R.over(img, R.coverage(np.hypot(x - SUN_X, y - sun_y) - SUN_R), sun)
    # the fields and the barn's wall
    R.over(img, np.broadcast_to(FIXED_ALPHA, (n, R.SIZE, R.SIZE)), FIXED)
    # the hayloft doors: each covers the opening from its hinge by its width times cos(angle)
    left, right, top, bottom = LOFT
    cover = R.col(DOOR_W * np.cos(1.45 * f[:, 0]))
    rows = np.maximum(top - y, y - bottom)
    for hinge, side in ((left, 1.0), (right, -1.0)):
        s = (x - hinge) * side  # how far from the hinge, into the opening
        door = np.maximum(rows, np.maximum(-s, s - cover))
        R.over(img, R.coverage(door), DOOR)
        lines = np.minimum(np.abs(s - cover / 3), np.abs(s - 2 * cover / 3)) - 0.3  # three boards
        R.over(img, 0.6 * R.coverage(np.maximum(door, lines)), DOOR_LINE)
    # the roof: from the eaves up to the ridge, its ends overhanging the wall
    ridge = R.col(EAVES - 6.0 - 14.0 * f[:, 1])
    roof = R.coverage(np.maximum(np.maximum(ridge - y, y - EAVES - 1.0), np.maximum(ROOF_X[0] - x, x - ROOF_X[1])))
    R.over(img, roof, ROOF_TEXTURES[f[:, 2].astype(int)])
    R.over(img, 0.35 * roof * R.coverage(np.abs(y - EAVES - 0.5) - 0.6), (0.0, 0.0, 0.0))  # the eaves' shadow
    return R.to_uint8(img)


def render(loft_door: float, roof_pitch: float, roofing: float, evening: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[loft_door, roof_pitch, roofing, evening]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("hayloft", arg, n, seed, FACTORS, sample_factors, _draw)
