"""`gazebo`: a white garden gazebo with a pointed roof standing on a mown lawn in front of a
hedge (64x64 RGB).

The gazebo stands on a low stone platform in the middle of the lawn: a row of slim white posts
along its front holds up a pointed roof with a small white finial at its peak, its eaves
overhanging the posts a little and faint shingle lines across it. Inside, behind the posts, is
deep shade; in every bay between two posts hang a pair of cream curtains, drawn from the posts
towards the middle of the bay. Behind it a dark green hedge with a wavy top runs across the
image under the sky; the lawn is mown in light and dark stripes. Factors: how many posts stand
along the front (3, 4, 5 or 6, evenly spread between the same two corner posts), the height of
the roof's peak above the eaves (low to tall), how far the curtains are drawn (open, tucked
behind the posts, to closed, meeting in the middle of every bay), the hue of the roof (red
through yellow, green and blue to purple) and the lightness of the sky (dusk to bright day).
The platform, the eaves, the posts' height, the hedge and the lawn stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("posts", "how many posts stand along the gazebo's front", "categorical", ("3", "4", "5", "6")),
    Factor("roof_height", "height of the gazebo's pointed roof (low to tall)", "continuous"),
    Factor("curtains", "how far the gazebo's curtains are drawn (open to closed)", "continuous"),
    Factor("roof_hue", "hue of the gazebo's roof (red through yellow, green, blue to purple)", "continuous"),
    Factor("sky_light", "lightness of the sky (dusk to bright day)", "continuous"),
)
# posts: code 0..3 is 3..6 posts, evenly spread from x = 13 to 51 px; roof_height: 0..1 puts the
# peak 6..22 px above the eaves (at y = 26 px); curtains: 0..1 draws each curtain from behind its
# post to the middle of its bay; roof_hue: 0..0.8 of the colour wheel (no wrap); sky_light: 0..1
# blends the sky from dusk to day
RANGES = ((0.0, 3.0), (0.0, 1.0), (0.0, 1.0), (0.0, 0.8), (0.0, 1.0))
DUSK_TOP, DUSK_LOW = np.array((0.12, 0.1, 0.28)), np.array((0.55, 0.33, 0.4))
DAY_TOP, DAY_LOW = np.array((0.38, 0.62, 0.92)), np.array((0.75, 0.87, 0.97))
HEDGE, HEDGE_DARK = (0.16, 0.33, 0.14), (0.1, 0.24, 0.09)
LAWN, LAWN_DARK = (0.42, 0.66, 0.26), (0.35, 0.57, 0.2)
STONE, SHADE, PAINT = (0.62, 0.6, 0.56), (0.15, 0.13, 0.11), (0.95, 0.95, 0.93)
CURTAIN = np.array((0.96, 0.9, 0.75))
LEFT, RIGHT = 13.0, 51.0  # the corner posts
EAVE_Y, FLOOR_Y, POST_HW = 26.0, 49.0, 1.3
EAVE_L, EAVE_R = 7.0, 57.0  # the roof's overhang
HEDGE_Y, LAWN_Y = 34.0, 50.0
SKY_ROWS = 40  # the sky lies above this row (the hedge's top is wavy)
ROOF_ROWS = (2, 29)  # the rows the roof can reach


def _background() -> tuple[np.ndarray, np.ndarray]:
    """The hedge and the lawn over a transparent sky: colours (3, H, W) and the sky's share (H, W)."""
    x, y = R.grid()
    img = R.canvas(1, HEDGE)
    top = HEDGE_Y + 1.5 * np.sin(x * 0.55) + 1.0 * np.sin(x * 1.3 + 1.0)
    sky = R.coverage(y - top)[0]
    leaves = 0.5 + 0.5 * np.sin(x * 1.7 + np.sin(y * 1.3) * 2.0) * np.sin(y * 1.9 + x * 0.4)
    R.over(img, 0.6 * leaves, HEDGE_DARK)
    R.over(img, R.below(LAWN_Y, 1), LAWN)
    stripes = R.coverage(np.abs(((x - 0.7 * y) % 12.0) - 6.0) - 3.0) * R.coverage(LAWN_Y - y)
    R.over(img, stripes, LAWN_DARK)
    plat = R.edges_sdf(x, y, LEFT - 7, RIGHT + 7, FLOOR_Y, FLOOR_Y + 4)
    R.over(img, R.coverage(plat), STONE)
    R.over(img, 0.5 * R.coverage(np.maximum(plat, np.abs(y - FLOOR_Y - 1.0) - 0.5)), PAINT)
    inside = R.coverage(R.edges_sdf(x, y, LEFT - 1, RIGHT + 1, EAVE_Y, FLOOR_Y))
    R.over(img, inside, SHADE)
    return img[0], sky * (1 - inside[0])


BACKGROUND, SKY_SHARE = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the sky, blended from dusk to day, where the hedge does not hide it
    t = (np.arange(SKY_ROWS, dtype=np.float32) + 0.5) / SKY_ROWS
    light = f[:, 4, None, None]
    top = DUSK_TOP + (DAY_TOP - DUSK_TOP) * light  # (n, 1, 3)
    low = DUSK_LOW + (DAY_LOW - DUSK_LOW) * light
    rows = (top + (low - top) * t[None, :, None]).astype(np.float32)  # (n, rows, 3)
    part = img[:, :, :SKY_ROWS]
    part += (rows.transpose(0, 2, 1)[:, :, :, None] - part) * SKY_SHARE[None, None, :SKY_ROWS]
    # the curtains in every bay, then the posts in front of them
    posts = R.col(3 + f[:, 0])
    bay = (RIGHT - LEFT) / (posts - 1)
    u = (x - LEFT) / bay
    from_post = np.minimum(u % 1.0, 1.0 - u % 1.0) * bay  # (n, 1, W)
    r0, r1 = int(EAVE_Y) + 1, int(FLOOR_Y)
    part, yy = img[:, :, r0:r1], y[:, r0:r1]
    width = POST_HW + R.col(f[:, 2]) * (bay / 2 - POST_HW)
    curtain = R.coverage(np.maximum(from_post - width, np.maximum(np.abs(x - 32.0) - (RIGHT - LEFT) / 2, yy - 48)))
    folds = 0.88 + 0.12 * np.sin(from_post * 2.2)  # lighter and darker down the folds
    R.over(part, curtain, (0.0, 0.0, 0.0))
    part += curtain[:, None] * folds[:, None] * CURTAIN[None, :, None, None].astype(np.float32)
    R.over(part, R.coverage(np.maximum(from_post - POST_HW, np.abs(x - 32.0) - (RIGHT - LEFT) / 2 - POST_HW)),
           PAINT)
    # the roof: a triangle from the eaves up to its peak, with shingle lines, and the finial
    r0, r1 = ROOF_ROWS
    part, yy = img[:, :, r0:r1], y[:, r0:r1]
    peak = EAVE_Y - R.col(6 + 16 * f[:, 1])
    half = (EAVE_R - EAVE_L) / 2
    h = EAVE_Y - peak
    slope = (np.abs(x - 32.0) * h / half - h + (EAVE_Y - yy)) * (half / np.hypot(half, h))  # < 0 under the slopes
    roof = np.maximum(np.maximum(slope, yy - EAVE_Y - 1.5), np.abs(x - 32.0) - half)
    colour = R.hsv(f[:, 3], 0.6, 0.78)
    R.over(part, R.coverage(roof), colour)
    shingles = np.abs(((EAVE_Y - yy) % 3.5) - 1.75) - 1.2
    R.over(part, 0.45 * R.coverage(np.maximum(shingles, roof + 0.8)), colour * 0.55)
    R.over(part, R.coverage(np.maximum(np.abs(yy - EAVE_Y - 0.5) - 1.0, np.abs(x - 32.0) - half)), PAINT)
    R.over(part, R.coverage(np.hypot(x - 32.0, yy - peak + 1.2) - 1.6), PAINT)
    return R.to_uint8(img)


def render(posts: float, roof_height: float, curtains: float, roof_hue: float, sky_light: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[posts, roof_height, curtains, roof_hue, sky_light]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("gazebo", arg, n, seed, FACTORS, sample_factors, _draw)
