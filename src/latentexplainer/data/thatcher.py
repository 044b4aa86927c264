"""`thatcher`: a thatcher at work on a cottage, new golden straw being laid over the old grey thatch of
its hipped roof, a ladder leaning on the eaves, seen from the front (64x64 RGB).

A whitewashed cottage stands on a strip of green grass, its long side facing us: a dark green door in
the middle, a small window of four panes on each side of it. Above the wall a hipped roof of thatch
rises from the overhanging eaves, drawn as a thick darker edge, to a short ridge, its ends sloping in;
a brick chimney stands on the ridge near the right. The old thatch is weathered grey-brown; new thatch
of golden straw, combed into fine straight lines, has been laid over it in a band from the eaves
upwards. A wooden ladder leans against the wall, its top resting on the thatch above the eaves, and a
few bundles of straw lie on the grass on the left. Factors: how far up the roof the new thatch has
been laid (from none, at the eaves, to all the way up to the ridge), how steep the roof is (from a low
roof to a tall, steep one), where the ladder leans along the cottage (left to right) and how hard it
rains (from a dry day under a blue sky to a downpour from a grey sky, the scene darkened and streaked
with rain). The wall, the door, the windows, the eaves' height and the grass stay fixed; the roof and
the ladder always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("new_thatch", "how far up the roof the new thatch is laid (none to the ridge)", "continuous"),
    Factor("roof_pitch", "how steep the cottage's roof is (low to steep)", "continuous"),
    Factor("ladder_x", "where the ladder leans along the cottage (left to right)", "continuous"),
    Factor("rain", "how hard it rains (dry day to a downpour)", "continuous"),
)
# new_thatch: 0..1 of the roof's height, from the eaves (y = EAVES) up to the ridge; roof_pitch: 0..1
# makes the roof 10..25 px tall from the eaves to the ridge (its hipped ends slope in 0.7 px for each px
# of height); ladder_x: 0..1 puts the ladder's foot at x = 12..52 px; rain: 0..1 turns the sky from blue
# to grey, darkens the scene by up to 30 % and shows more of the rain streaks, each from its own rank
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
BLUE_SKY, GREY_SKY = np.array((0.48, 0.7, 0.94)), np.array((0.5, 0.52, 0.56))
GRASS, GRASS_DARK, WALL, DOOR = (0.36, 0.6, 0.24), (0.26, 0.46, 0.18), (0.94, 0.92, 0.86), (0.16, 0.36, 0.24)
GLASS, SILL = (0.2, 0.26, 0.34), (0.78, 0.76, 0.7)
OLD, OLD_LINE, NEW, NEW_LINE = (0.46, 0.42, 0.34), (0.36, 0.33, 0.27), (0.9, 0.74, 0.36), (0.74, 0.57, 0.24)
EAVE_DARK, BRICK, LADDER, STREAK = (0.26, 0.22, 0.17), (0.62, 0.3, 0.22), (0.42, 0.26, 0.12), (0.82, 0.86, 0.94)
EAVES, GROUND, L, RT, HIP, LIP = 36.0, 57.0, 3.0, 61.0, 0.7, 2.5
CHIMNEY_X = 47.0
LADDER_TOP = EAVES - 7.0


def _streaks():
    """The rain: short slanting streaks, one in each cell of a grid, each with a rank in [0, 1) - a
    streak shows when the rain is heavier than its rank."""
    x, y = R.grid()
    rng = np.random.default_rng(61)
    dist = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    rank = np.ones((1, R.SIZE, R.SIZE), np.float32)
    for cy in range(-2, 64, 7):
        for cx in range(-2, 66, 5):
            sx, sy, r = cx + rng.uniform(0, 4), cy + rng.uniform(0, 5), rng.uniform(0.0, 0.95)
            d = R.segment_sdf(x, y, sx, sy, sx - 1.5, sy + 4.5) - 0.45
            nearer = d < dist
            rank = np.where(nearer, r, rank)
            dist = np.minimum(dist, d)
    return R.coverage(dist), rank


STREAKS, STREAK_RANK = _streaks()


def _scene():
    """The cottage below its eaves and the grass, drawn over nothing: premultiplied colours and their
    coverage, to be laid over each image's sky."""
    x, y = R.grid()
    img = np.zeros((1, 3, R.SIZE, R.SIZE), np.float32)
    cover = np.zeros((1, R.SIZE, R.SIZE), np.float32)

    def paint(alpha, colour):
        R.over(img, alpha, colour)
        cover[:] = alpha + (1.0 - alpha) * cover

    paint(R.coverage(R.edges_sdf(x, y, 6.0, 58.0, EAVES - 1.0, GROUND)), WALL)
    paint(R.coverage(R.edges_sdf(x, y, 28.5, 35.5, 44.0, GROUND)), DOOR)
    paint(R.coverage(np.hypot(x - 34.0, y - 51.0) - 0.7), (0.85, 0.75, 0.3))
    for wx in (16.0, 48.0):
        paint(R.coverage(R.edges_sdf(x, y, wx - 5.0, wx + 5.0, 42.0, 50.0)), GLASS)
        paint(R.coverage(np.maximum(np.minimum(np.abs(x - wx), np.abs(y - 46.0)) - 0.5,
                                    R.edges_sdf(x, y, wx - 5.0, wx + 5.0, 42.0, 50.0))), WALL)
        paint(R.coverage(R.edges_sdf(x, y, wx - 6.0, wx + 6.0, 50.0, 51.5)), SILL)
    paint(R.below(GROUND, 1), GRASS)
    paint(0.6 * R.coverage(np.maximum(np.abs(((x + 0.5 * y) % 3.0) - 1.5) - 0.3, GROUND + 2.0 - y)), GRASS_DARK)
    for bx, by in ((5.0, 60.5), (10.5, 60.5), (7.5, 58.0)):  # bundles of straw on the grass
        paint(R.coverage(R.ellipse_sdf(x - bx, y - by, 4.5, 1.8)), NEW)
        paint(R.coverage(np.maximum(np.abs(x - bx) - 0.6, np.abs(y - by) - 1.8)), NEW_LINE)
    return img[0], cover[0]


SCENE, SCENE_COVER = _scene()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    rain = f[:, 3]
    sky = BLUE_SKY + (GREY_SKY - BLUE_SKY) * rain[:, None]
    img = R.canvas(n, sky)
    img *= 1.0 - SCENE_COVER
    img += SCENE
    # the roof: a hipped trapezoid from the eaves to the ridge, old thatch under a band of new
    h = R.col(10.0 + 15.0 * f[:, 1])
    ridge = EAVES - h
    inset = HIP * (EAVES - y)
    roof = np.maximum(np.maximum(ridge - y, y - EAVES - LIP), np.maximum(L + inset - x, x - RT + inset))
    chimney = np.maximum(np.abs(x - CHIMNEY_X) - 2.5, np.maximum(ridge - 6.0 - y, y - ridge - 3.0))
    R.over(img, R.coverage(chimney), BRICK)
    R.over(img, R.coverage(np.maximum(chimney, np.abs(y - ridge + 6.0) - 0.8)), (0.35, 0.2, 0.15))
    R.over(img, R.coverage(roof), OLD)
    R.over(img, 0.7 * R.coverage(np.maximum(roof + 0.5, np.abs(((x + 0.6 * y) % 3.0) - 1.5) - 0.35)), OLD_LINE)
    laid = np.maximum(roof, EAVES - R.col(f[:, 0]) * h - y)
    R.over(img, R.coverage(laid), NEW)
    R.over(img, 0.8 * R.coverage(np.maximum(laid + 0.5, np.abs((x % 2.0) - 1.0) - 0.3)), NEW_LINE)
    R.over(img, R.coverage(np.maximum(roof, EAVES - 0.5 - y)), EAVE_DARK)  # the eaves' cut edge
    R.over(img, R.coverage(np.maximum(roof, y - ridge - 1.5)), EAVE_DARK)  # the ridge
    # the ladder: two rails and rungs, its top resting on the thatch
    fx = R.col(12.0 + 40.0 * f[:, 2])
    tx = fx + 3.0
    rails = np.minimum(R.segment_sdf(x, y, fx - 2.5, GROUND + 2.0, tx - 2.5, LADDER_TOP),
                       R.segment_sdf(x, y, fx + 2.5, GROUND + 2.0, tx + 2.5, LADDER_TOP)) - 0.7
    t = (GROUND + 2.0 - y) / (GROUND + 2.0 - LADDER_TOP)
    cx = fx + 3.0 * t
    rungs = np.maximum(np.maximum(np.abs(((y - GROUND) % 3.5) - 1.75) - 0.5, np.abs(x - cx) - 2.5),
                       np.maximum(y - GROUND - 1.0, LADDER_TOP + 1.0 - y))
    R.over(img, R.coverage(np.minimum(rails, rungs)), LADDER)
    # the rain: darker light and streaks
    img *= (1.0 - 0.3 * rain)[:, None, None, None].astype(np.float32)
    show = np.clip((R.col(rain) - STREAK_RANK) * 8.0, 0.0, 1.0)
    return R.to_uint8(R.over(img, 0.75 * STREAKS * show, STREAK))


def render(new_thatch: float, roof_pitch: float, ladder_x: float, rain: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[new_thatch, roof_pitch, ladder_x, rain]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("thatcher", arg, n, seed, FACTORS, sample_factors, _draw)
