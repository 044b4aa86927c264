"""`astronomer`: an astronomer's brass telescope on a tripod on a hilltop under the evening sky,
the moon overhead, seen from the side (64x64 RGB).

The sky fills the image above a dark, gently rounded hilltop and the far lights of a town along
the horizon. On the hill, on the left, a wooden tripod holds a long brass telescope by its middle
on a dark mount; the tube is wider at its front end, where a dark dew shield caps it, and a small
eyepiece sticks down from its back end. On the right stands the astronomer's little folding table
with an open star chart and a lantern glowing on it. The round pale moon, with grey spots, hangs in
the sky. Factors: how high the telescope is pointed (from low over the horizon to steeply up;
it turns about its mount), how long the telescope's tube is (short to long), where the moon
stands across the sky (left to right) and how far night has fallen (from dusk, a blue sky glowing
orange along the horizon, to dark night full of stars). The hill, the tripod, the table, the
lantern, the town's lights and the moon's size stay fixed; the telescope and the moon always lie
inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("scope_angle", "how high the telescope is pointed (low to steeply up)", "continuous"),
    Factor("tube_length", "length of the telescope's tube (short to long)", "continuous"),
    Factor("moon_x", "where the moon stands across the sky (left to right)", "continuous"),
    Factor("nightfall", "how far night has fallen (dusk to dark night)", "continuous"),
)
# scope_angle: 0.2..1.2 radians of the tube above the horizontal, turning about the mount at
# (20, 42) px; tube_length: 0..1 puts the front end 12..34 px ahead of the mount (the back end
# stays 6 px behind it); moon_x: 0..1 puts the moon (radius 5 px) at x = 9..55 px, y = 10 px;
# nightfall: 0..1 darkens the sky from its dusk colours (DUSK_TOP at the top, DUSK_GLOW at the
# horizon) to NIGHT_TOP and NIGHT_LOW and lights the stars, from none to all
RANGES = ((0.2, 1.2), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
DUSK_TOP, DUSK_GLOW = np.array((0.3, 0.36, 0.62)), np.array((0.92, 0.56, 0.36))
NIGHT_TOP, NIGHT_LOW = np.array((0.02, 0.03, 0.1)), np.array((0.08, 0.1, 0.22))
HILL, FAR_LAND, TOWN = (0.08, 0.1, 0.08), (0.16, 0.17, 0.2), (1.0, 0.82, 0.45)
STAR, MOON, CRATER = (1.0, 1.0, 0.92), (0.97, 0.95, 0.82), (0.76, 0.75, 0.68)
BRASS, BRASS_DARK, SHIELD, MOUNT = (0.93, 0.78, 0.42), (0.58, 0.44, 0.2), (0.16, 0.16, 0.18), (0.2, 0.2, 0.22)
WOOD, TABLE, CHART, LANTERN, GLOW = (0.52, 0.36, 0.2), (0.44, 0.3, 0.18), (0.9, 0.88, 0.78), (0.22, 0.2, 0.18), \
    (1.0, 0.8, 0.4)
HORIZON, MOUNT_X, MOUNT_Y = 47.0, 20.0, 42.0
HILL_TOP, HILL_X, HILL_BEND = 44.0, 18.0, 0.006  # the hill's outline: y = 44 px at x = 18 px, falling away
BACK, TUBE_HW, SHIELD_HW = 6.0, 3.0, 3.7
MOON_Y, MOON_R = 10.0, 5.0
CRATERS = ((-1.5, -1.2, 1.3), (1.8, 0.6, 1.0), (-0.5, 2.2, 0.8))
LANTERN_X, LANTERN_Y = 55.0, 47.0


def _sky():
    """The sky's share of dusk per row, the stars' coverage, and the hill, town and table, drawn over
    transparent (their coverage and colour)."""
    x, y = R.grid()
    t = np.clip((np.arange(R.SIZE, dtype=np.float32) + 0.5) / HORIZON, 0.0, 1.0) ** 1.6
    dusk = DUSK_TOP[:, None] + (DUSK_GLOW - DUSK_TOP)[:, None] * t[None, :]
    night = NIGHT_TOP[:, None] + (NIGHT_LOW - NIGHT_TOP)[:, None] * t[None, :]
    rng = np.random.default_rng(11)
    stars = np.zeros((1, R.SIZE, R.SIZE), np.float32)
    for _ in range(34):
        sx, sy, r = rng.uniform(1, 63), rng.uniform(1, HORIZON - 6), rng.uniform(0.45, 0.8)
        np.maximum(stars, R.coverage(np.hypot(x - sx, y - sy) - r), out=stars)
    fore = np.zeros((1, 4, R.SIZE, R.SIZE), np.float32)  # colour and coverage of the foreground
    land = R.below(HORIZON, 1)
    fore[:, 3] = land
    fore[:, :3] = np.asarray(FAR_LAND, np.float32)[None, :, None, None]
    rng = np.random.default_rng(5)
    for _ in range(16):  # the town's lights far off along the horizon
        lx, ly = rng.uniform(34, 64), HORIZON + rng.uniform(0.8, 4.0)
        R.over(fore[:, :3], R.coverage(R.box_sdf(x - lx, y - ly, 0.5, 0.5)), TOWN)
    hill = R.coverage(HILL_TOP + HILL_BEND * (x - HILL_X) ** 2 - y)
    R.over(fore[:, :3], hill, HILL)
    np.maximum(fore[:, 3], hill, out=fore[:, 3])
    legs = np.min([R.segment_sdf(x, y, MOUNT_X, MOUNT_Y, fx, 60.0) for fx in (12.0, 20.5, 28.0)], 0) - 0.8
    table = np.minimum(R.edges_sdf(x, y, 46.0, 63.0, 50.0, 51.5),
                       np.minimum(R.segment_sdf(x, y, 48.0, 51.0, 51.0, 59.0), R.segment_sdf(x, y, 61.0, 51.0, 58.0, 59.0))
                       - 0.6)
    chart = R.edges_sdf(x, y, 47.5, 53.0, 48.8, 50.0)
    lantern = np.minimum(R.box_sdf(x - LANTERN_X - 3.0, y - LANTERN_Y, 1.6, 2.5), np.hypot(x - LANTERN_X - 3.0, y - 43.8) - 0.8)
    glow = np.exp(-((x - LANTERN_X - 3.0) ** 2 + (y - LANTERN_Y) ** 2) / 18.0)
    for cover, colour in ((R.coverage(legs), WOOD), (R.coverage(table), TABLE), (R.coverage(chart), CHART),
                          (0.8 * glow, GLOW), (R.coverage(lantern), LANTERN),
                          (R.coverage(R.box_sdf(x - LANTERN_X - 3.0, y - LANTERN_Y, 1.0, 1.7)), GLOW)):
        R.over(fore[:, :3], cover, colour)
        np.maximum(fore[:, 3], cover, out=fore[:, 3])
    return dusk.astype(np.float32), night.astype(np.float32), stars[0], fore[0]


DUSK, NIGHT, STARS, FORE = _sky()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    dark = R.col(f[:, 3])
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = DUSK[None, :, :, None]
    img += (NIGHT - DUSK)[None, :, :, None] * dark[:, None]
    R.over(img, STARS * dark, STAR)
    # the moon, with its spots
    mx = R.col(9.0 + 46.0 * f[:, 2])
    R.over(img, R.coverage(np.hypot(x - mx, y - MOON_Y) - MOON_R), MOON)
    spots = np.min([np.hypot(x - mx - cx, y - MOON_Y - cy) - r for cx, cy, r in CRATERS], 0)
    R.over(img, 0.8 * R.coverage(spots), CRATER)
    # the hill, the town, the tripod, the table and the lantern
    R.over(img, np.broadcast_to(FORE[3], (n, R.SIZE, R.SIZE)), FORE[:3])
    # the telescope: a brass tube turned about its mount, wider to the front, with a dew shield
    a = R.col(f[:, 0])
    ca, sa = np.cos(a), np.sin(a)
    front = R.col(12.0 + 22.0 * f[:, 1])
    u = (x - MOUNT_X) * ca - (y - MOUNT_Y) * sa  # along the tube, forwards
    v = (x - MOUNT_X) * sa + (y - MOUNT_Y) * ca  # across it, down
    eyepiece = np.maximum(np.abs(u + BACK - 1.5) - 1.0, np.abs(v - 3.6) - 1.8)
    R.over(img, R.coverage(eyepiece), SHIELD)
    width = TUBE_HW * (0.8 + 0.2 * np.clip((u + BACK) / (front + BACK), 0.0, 1.0))
    tube = np.maximum(np.abs(v) - width, np.maximum(-BACK - u, u - front))
    R.over(img, R.coverage(tube), BRASS)
    R.over(img, R.coverage(np.maximum(tube, 0.6 - v)), BRASS_DARK)  # the tube's lower side, in shade
    shield = np.maximum(np.abs(v) - SHIELD_HW, np.abs(u - front + 2.0) - 2.0)
    R.over(img, R.coverage(shield), SHIELD)
    R.over(img, R.coverage(R.box_sdf(x - MOUNT_X, y - MOUNT_Y - 1.5, 2.2, 2.0)), MOUNT)
    return R.to_uint8(img)


def render(scope_angle: float, tube_length: float, moon_x: float, nightfall: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[scope_angle, tube_length, moon_x, nightfall]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("astronomer", arg, n, seed, FACTORS, sample_factors, _draw)
