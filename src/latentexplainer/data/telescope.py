"""`telescope`: a telescope on a tripod on a hilltop under the night sky, seen from the side
(64x64 RGB).

A white telescope stands on a wooden tripod on a dark grassy hilltop, pointing up to the right
at the sky: a long tube, shaded darker along its underside, with a black band round its middle,
a wider dew shield at its front end around a dark lens, and a small black eyepiece sticking up
near its back end. It turns up and down about a grey mount on the top of the tripod's three
thin legs (the middle one further back, darker). In the upper left a moon hangs in the sky: its
lit part pale yellow-white, the rest a faint grey disc. Stars twinkle in the sky, small white
crosses scattered over it. Behind is the night sky, black-blue at the top and a little lighter
towards the horizon. Factors: how steeply the telescope points up (nearly level to steeply
up), the length of its tube (short to long), the height of the tripod (short to tall), how
many stars are out (none to sixteen) and the phase of the moon (new, all dark, to full). The
telescope's place across the image, its tube's width, the moon's place and size and the
stars' places stay fixed; the whole telescope always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("elevation", "how steeply the telescope points up (nearly level to steeply up)", "continuous"),
    Factor("tube_length", "length of the telescope's tube (short to long)", "continuous"),
    Factor("tripod_height", "height of the telescope's tripod (short to tall)", "continuous"),
    Factor("stars", "how many stars are out in the sky (none to sixteen)", "continuous"),
    Factor("moon_phase", "phase of the moon (new, all dark, to full)", "continuous"),
)
# elevation: 0..1 points the tube 0.2..1.2 radians above level (turning about the mount at
# x = 26 px); tube_length: 0..1 is a tube 16..32 px long, 0.3 of it behind the mount and 0.7 in
# front; tripod_height: 0..1 puts the mount at y = 42..28 px (the feet fixed on the hill at
# y = 58..60 px); stars: 0..1 shows 0..16 stars in a fixed order (each fades in over a sixteenth
# of the range); moon_phase: 0..1 moves the terminator across the moon (at (12, 12) px, 6.5 px
# in radius) from its right edge (nothing lit) to its left edge (all lit)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_LOW, HILL, HILL_DARK, STAR = (
    (0.01, 0.02, 0.08),
    (0.1, 0.13, 0.28),
    (0.08, 0.14, 0.08),
    (0.04, 0.08, 0.04),
    (1.0, 0.98, 0.86),
)
MOON_DARK, MOON_LIT, MOON_SHADE = (0.17, 0.18, 0.26), (0.98, 0.96, 0.84), (0.82, 0.8, 0.68)
TUBE, TUBE_DARK, BLACK, LENS, MOUNT, WOOD, WOOD_DARK = (
    (0.93, 0.93, 0.9),
    (0.62, 0.63, 0.64),
    (0.06, 0.06, 0.07),
    (0.25, 0.35, 0.55),
    (0.5, 0.5, 0.54),
    (0.66, 0.48, 0.3),
    (0.42, 0.3, 0.18),
)
PIVOT_X, HORIZON_Y, MOON, MOON_R, TUBE_HW = 26.0, 54.0, (12.0, 12.0), 6.5, 2.5
FEET = ((15.0, 59.0, 1.0), (37.0, 59.0, 1.0), (29.0, 57.0, 0.0))  # x, y, near (1) or far (0)
STARS = (
    (30.5, 4.5),
    (48.5, 9.5),
    (4.5, 27.5),
    (58.5, 4.5),
    (22.5, 14.5),
    (40.5, 3.5),
    (55.5, 21.5),
    (8.5, 41.5),
    (36.5, 18.5),
    (61.5, 33.5),
    (19.5, 30.5),
    (45.5, 29.5),
    (26.5, 2.5),
    (3.5, 5.5),
    (50.5, 40.5),
    (14.5, 22.5),
)


def _background() -> tuple[np.ndarray, np.ndarray]:
    """The sky, the hill and the moon's dark disc (3, H, W); the stars' coverage (16, H * W)."""
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_LOW, HORIZON_Y)[None]
    R.over(img, R.coverage(np.hypot(x - MOON[0], y - MOON[1]) - MOON_R), MOON_DARK)
    hill = HORIZON_Y + 0.004 * (x - 26.0) ** 2 - y
    R.over(img, R.coverage(hill), HILL)
    R.over(img, 0.6 * R.coverage(hill) * R.coverage(np.abs(((x + 0.7 * y) % 3.0) - 1.5) - 0.3), HILL_DARK)
    stars = []
    for sx, sy in STARS:
        d = np.minimum(
            np.hypot(x - sx, y - sy) - 0.8,
            np.minimum(R.box_sdf(x - sx, y - sy, 2.0, 0.2), R.box_sdf(x - sx, y - sy, 0.2, 2.0)),
        )
        stars.append(np.broadcast_to(R.coverage(d)[0], (R.SIZE, R.SIZE)).ravel())
    return img[0], np.stack(stars).astype(np.float32)


BACKGROUND, STAR_COVER = _background()
MOON_ROWS, SCOPE_ROWS = (4, 20), (0, 62)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the stars, in a fixed order
    shown = np.clip(f[:, 3:4] * len(STARS) - np.arange(len(STARS)), 0.0, 1.0).astype(np.float32)
    img = R.over(img, np.minimum(shown @ STAR_COVER, 1.0).reshape(n, R.SIZE, R.SIZE), STAR)
    # the moon's lit part, right of the terminator (an ellipse's half across the disc)
    part, v = img[:, :, MOON_ROWS[0] : MOON_ROWS[1]], y[:, MOON_ROWS[0] : MOON_ROWS[1]] - MOON[1]
    u = x - MOON[0]
    disc = np.hypot(u, v) - MOON_R
    half = np.sqrt(np.clip(MOON_R**2 - v**2, 0.0, None))
    lit = np.maximum(disc, R.col(1.0 - 2.0 * f[:, 4]) * half - u)
    R.over(part, R.coverage(lit), MOON_LIT)
    R.over(part, 0.35 * R.coverage(np.maximum(lit, np.hypot(u - 2.0, v - 2.5) - 1.6)), MOON_SHADE)
    # the tripod's legs, from the feet to the mount
    py = R.col(42.0 - 14.0 * f[:, 2])
    for fx, fy, near in FEET:
        leg = R.segment_sdf(x, y, PIVOT_X, py + 1.0, fx, fy) - 0.8
        R.over(img, R.coverage(leg), WOOD if near else WOOD_DARK)
    R.over(img, R.coverage(R.box_sdf(x - PIVOT_X, y - py - 1.0, 1.8, 1.8) - 0.4), MOUNT)
    # the tube, turned about the mount: along it (forwards) and across it (down)
    a = R.col(0.2 + 1.0 * f[:, 0])
    c, s = np.cos(a), np.sin(a)
    dx, dy = x - PIVOT_X, y - py + 2.0
    along, across = dx * c - dy * s, dx * s + dy * c
    length = R.col(16.0 + 16.0 * f[:, 1])
    back, front = -0.3 * length, 0.7 * length
    eyepiece = R.edges_sdf(along, across, back + 1.5, back + 3.5, -TUBE_HW - 3.0, 0.0)
    R.over(img, R.coverage(eyepiece), BLACK)
    tube = np.maximum(np.abs(across) - TUBE_HW, np.maximum(back - along, along - front + 4.0))
    shield = np.maximum(np.abs(across) - TUBE_HW - 0.8, np.maximum(front - 4.5 - along, along - front))
    body = np.minimum(tube, shield)
    R.over(img, R.coverage(body), TUBE)
    R.over(img, R.coverage(np.maximum(body, 0.8 - across)), TUBE_DARK)
    R.over(img, R.coverage(np.maximum(tube, np.abs(along - 0.2 * length) - 0.8)), BLACK)
    R.over(img, R.coverage(np.maximum(np.abs(across) - TUBE_HW - 0.2, np.abs(along - front + 0.5) - 0.6)), LENS)
    return R.to_uint8(img)


def render(elevation: float, tube_length: float, tripod_height: float, stars: float, moon_phase: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[elevation, tube_length, tripod_height, stars, moon_phase]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("telescope", arg, n, seed, FACTORS, sample_factors, _draw)
