"""`sailmaker`: a sail loft, a new sail hanging from the roof beam while its bolt rope is sewn on, a
roll of canvas on the floor and a window on the harbour, seen from the front (64x64 RGB).

The loft's back wall is of dark weathered boards under a dark roof beam that runs across the top of the image;
the floor is a band of wide boards along the bottom. On the left a new sail of cream canvas hangs from
the beam on two lines, its cloths joined by fine vertical seams. A dark tarred bolt rope is being sewn
along its edges, starting at the foot's front corner: along the foot to the back corner, then up the
back edge. On the right, a window with a cross of glazing bars looks out over the harbour: sky above a
line of sea, with the sun crossing the sky by day and the moon by night. Below it a roll of canvas
lies on the floor, seen end on as a round coiled end with the roll running away to the right. The light
in the loft follows the time of day: dim and blue at night, warm at dawn and dusk, bright at noon.
Factors: the time of day (a whole day, midnight to midnight, coming round to where it began), the cut of
the sail (a triangular jib, a square sail hung from a yard, or a four-sided gaff sail), how far the bolt
rope has been sewn along the sail's edges (not begun to all the way along its foot and up its back edge)
and how big the roll of canvas is (nearly used up to a fat new roll). The wall, the beam, the window,
the floor and the sail's foot stay fixed; the whole roll always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("time_of_day", "the time of day, in hours (midnight through noon to midnight)", "cyclic", period=24.0),
    Factor("sail_cut", "cut of the hanging sail (triangular jib, square sail or gaff sail)", "categorical",
           ("jib", "square sail", "gaff sail")),
    Factor("bolt_rope", "how far the bolt rope is sewn along the sail's edges (none to all)", "continuous"),
    Factor("canvas_roll", "size of the roll of canvas on the floor (nearly used up to fat)", "continuous"),
)
# time_of_day: 0..24 hours, a whole day (0 and 24 are the same midnight); the sun is up from 6 to 18
# h, the loft's light scales from 0.5 at midnight to 1 at noon; sail_cut: a code 0..2 for the outlines
# in SAILS (corners in order round the sail, from the foot's front corner); bolt_rope: 0..1 of the way
# along the foot and up the back edge (ROPE_PATH of each cut); canvas_roll: 0..1 is a roll of radius
# 3..11 px lying on the floor, its coiled end's middle at x = ROLL_X
RANGES = ((0.0, 24.0), (0.0, 2.0), (0.0, 1.0), (0.0, 1.0))
WALL, BEAM, BEAM_DARK, FLOOR, FLOOR_LINE = (0.34, 0.3, 0.28), (0.24, 0.15, 0.09), (0.14, 0.09, 0.05), \
    (0.58, 0.42, 0.26), (0.42, 0.29, 0.17)
BOARD_LINE = (0.26, 0.23, 0.21)
CANVAS, SEAM, ROPE, LINE = (0.96, 0.92, 0.8), (0.78, 0.72, 0.58), (0.26, 0.17, 0.1), (0.35, 0.3, 0.24)
FRAME = (0.4, 0.28, 0.17)
ROLL, ROLL_DARK = (0.9, 0.85, 0.7), (0.66, 0.6, 0.46)
NIGHT_SKY, DAY_SKY, DUSK_SKY = np.array((0.05, 0.07, 0.2)), np.array((0.5, 0.72, 0.95)), np.array((0.96, 0.56, 0.3))
NIGHT_SEA, DAY_SEA = np.array((0.03, 0.06, 0.14)), np.array((0.16, 0.4, 0.6))
SUN, MOON = (1.0, 0.95, 0.62), (0.9, 0.92, 0.96)
NIGHT_TINT, DAY_TINT, DUSK_TINT = np.array((0.62, 0.66, 0.9)), np.array((1.0, 1.0, 1.0)), np.array((1.0, 0.8, 0.62))
BEAM_Y, FLOOR_Y = 5.0, 54.0
WIN_L, WIN_R, WIN_T, WIN_B, HORIZON = 45.0, 61.0, 9.0, 33.0, 26.0
ROLL_X = 47.0
SAILS = (  # outlines, from the foot's front corner round by the back corner
    ((5.0, 47.0), (40.0, 47.0), (14.0, 9.0)),
    ((5.0, 47.0), (40.0, 47.0), (37.0, 10.0), (8.0, 10.0)),
    ((5.0, 47.0), (40.0, 47.0), (36.0, 8.0), (6.0, 23.0)),
)


def _polygon(x, y, pts):
    """Signed distance (approximate outside the corners) to a convex polygon, corners anticlockwise on
    screen (x right, y down)."""
    d = None
    for (ax, ay), (bx, by) in zip(pts, pts[1:] + pts[:1]):
        ex, ey = bx - ax, by - ay
        side = ((x - ax) * ey - (y - ay) * ex) / np.hypot(ex, ey)
        d = side if d is None else np.maximum(d, side)
    return d


def _sails():
    """Per cut: the sail's signed distance, its seams' and its lines', and the bolt rope's distance with
    how far along the rope's path (0..1) each pixel's nearest point lies."""
    x, y = R.grid()
    out = []
    for pts in SAILS:
        sail = _polygon(x, y, pts)
        if sail[0, 32, 20] > 0:  # wound the other way round
            sail = _polygon(x, y, pts[::-1])
        seams = np.maximum(np.abs(((x - 1.0) % 5.0) - 2.5) - 0.35, sail + 0.8)
        heads = [p for p in pts if p[1] < 30.0]
        lines = np.min([R.segment_sdf(x, y, hx, hy, hx + 2.0, BEAM_Y) for hx, hy in heads], 0) - 0.45
        path = [pts[0], pts[1], pts[2]]
        lengths = [np.hypot(b[0] - a[0], b[1] - a[1]) for a, b in zip(path, path[1:])]
        total, start = sum(lengths), 0.0
        dist, along = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32), np.zeros((1, R.SIZE, R.SIZE), np.float32)
        for (a, b), ln in zip(zip(path, path[1:]), lengths):
            d, h = R.segment_sdf(x, y, a[0], a[1], b[0], b[1], along=True)
            nearer = d < dist
            along = np.where(nearer, (start + h * ln) / total, along)
            dist = np.minimum(dist, d)
            start += ln
        out.append((sail, seams, lines, dist - 1.6, along))
    return tuple(np.concatenate(parts).astype(np.float32) for parts in zip(*out))


SAIL_SD, SEAM_SD, LINE_SD, ROPE_SD, ROPE_ALONG = _sails()


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, R.coverage(np.abs(((x - 3.0) % 7.0) - 0.5) - 0.45), BOARD_LINE)
    R.over(img, R.coverage(R.edges_sdf(x, y, WIN_L - 1.5, WIN_R + 1.5, WIN_T - 1.5, WIN_B + 1.5)), FRAME)
    R.over(img, R.coverage(y - BEAM_Y), BEAM)
    R.over(img, R.coverage(np.abs(y - BEAM_Y + 0.5) - 0.6), BEAM_DARK)
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    R.over(img, R.coverage(np.maximum(np.abs(((y - FLOOR_Y) % 4.0) - 2.0) - 0.4, FLOOR_Y + 1.0 - y)), FLOOR_LINE)
    return img[0]


SCENE = _scene()
PANE = R.coverage(R.edges_sdf(*R.grid(), WIN_L, WIN_R, WIN_T, WIN_B))
BARS = R.coverage(np.minimum(np.abs(R.grid()[0] - (WIN_L + WIN_R) / 2), np.abs(R.grid()[1] - 20.0)) - 0.7) * PANE
SEA = R.coverage(HORIZON - R.grid()[1]) * PANE


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the roll of canvas: a body running to the right and a coiled end
    r = R.col(3.0 + 8.0 * f[:, 3])
    cy = FLOOR_Y + 2.0 - r
    body = np.maximum(np.abs(y - cy) - r, np.maximum(ROLL_X - x, x - ROLL_X - 18.0))
    R.over(img, R.coverage(body), ROLL_DARK)
    R.over(img, R.coverage(np.maximum(body, y - cy + 0.3 * r)), ROLL)
    rho = np.hypot(x - ROLL_X, y - cy)
    R.over(img, R.coverage(rho - r), ROLL)
    coil = np.maximum(np.abs(((rho + 0.6 * np.arctan2(y - cy, x - ROLL_X) / np.pi) % 1.6) - 0.8) - 0.3, rho - r + 0.4)
    R.over(img, 0.8 * R.coverage(coil), ROLL_DARK)
    # the sail, its seams, the lines it hangs by and the bolt rope sewn so far
    cut = f[:, 1].astype(int)
    sail, seams, lines, rope, along = SAIL_SD[cut], SEAM_SD[cut], LINE_SD[cut], ROPE_SD[cut], ROPE_ALONG[cut]
    R.over(img, R.coverage(lines), LINE)
    R.over(img, R.coverage(sail), CANVAS)
    R.over(img, R.coverage(seams), SEAM)
    sewn = np.maximum(rope, (along - R.col(f[:, 2])) * 80.0 + 0.5)
    R.over(img, R.coverage(sewn), ROPE)
    # the time of day: the light in the loft, then the sky, sea, sun and moon in the window
    phase = 2 * np.pi * f[:, 0] / 24.0
    elev = -np.cos(phase)  # -1 at midnight, 1 at noon
    day = np.clip((elev + 0.2) / 0.7, 0.0, 1.0)[:, None]
    dusk = np.exp(-(elev / 0.3) ** 2)[:, None]
    tint = NIGHT_TINT + (DAY_TINT - NIGHT_TINT) * day
    tint = tint + (DUSK_TINT - tint) * 0.6 * dusk
    light = (0.5 + 0.5 * day) * tint
    img *= light[:, :, None, None].astype(np.float32)
    sky = NIGHT_SKY + (DAY_SKY - NIGHT_SKY) * day
    sky = sky + (DUSK_SKY - sky) * 0.7 * dusk
    R.over(img, np.broadcast_to(PANE, (n, R.SIZE, R.SIZE)), sky)
    mx = (WIN_L + WIN_R) / 2
    for body_colour, shift, size in ((SUN, 0.0, 2.6), (MOON, np.pi, 2.0)):
        ang = phase + shift  # the sun rises at 6 h on the left, is highest at noon, sets at 18 h on the right
        bx, by = R.col(mx - 10.0 * np.sin(ang)), R.col(HORIZON + 2.0 + 17.0 * np.cos(ang))
        R.over(img, R.coverage(np.hypot(x - bx, y - by) - size) * PANE, body_colour)
    sea = NIGHT_SEA + (DAY_SEA - NIGHT_SEA) * day
    R.over(img, np.broadcast_to(SEA, (n, R.SIZE, R.SIZE)), sea)
    R.over(img, np.broadcast_to(BARS, (n, R.SIZE, R.SIZE)), np.asarray(FRAME) * light)
    return R.to_uint8(img)


def render(time_of_day: float, sail_cut: float, bolt_rope: float, canvas_roll: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[time_of_day, sail_cut, bolt_rope, canvas_roll]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("sailmaker", arg, n, seed, FACTORS, sample_factors, _draw)
