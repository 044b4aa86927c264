"""`fence`: a painted garden fence standing across a lawn under a pale sky, seen from the
front (64x64 RGB).

Square-topped posts stand in a row across the image, the outer two always near the left and
right edges and the rest evenly spaced between them; two horizontal rails, a shade darker
than the posts, join them - one just below the posts' tops, one near the ground. Between the
rails the fence is open (the sky shows through), filled with narrow vertical pickets, or
filled with a lattice of diagonal slats crossing each other. Everything is painted one
colour. The sky is pale blue, lighter towards the horizon; the lawn is a green band along the
bottom. Factors: the number of posts (3 to 6), the height of the fence (posts, rails and
infill grow upwards from the ground), the infill between the rails (open, pickets or
lattice) and the hue of the paint. The fence's ends, the posts' width, the sky and the lawn
stay fixed; the whole fence always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

POSTS = ("3", "4", "5", "6")
INFILLS = ("open", "pickets", "lattice")
FACTORS = (
    Factor("post_count", "number of posts in the fence (3 to 6)", "categorical", POSTS),
    Factor("fence_height", "height of the fence (low to high)", "continuous"),
    Factor("infill", "what fills the fence between the rails (open, pickets or lattice)", "categorical", INFILLS),
    Factor("paint_hue", "hue of the fence's paint", "continuous"),
)
# post_count: codes 0..3 are 3..6 posts, their axes evenly spaced from x = 8 to 56 px (6 px
# wide); fence_height: 0..1 puts the posts' tops 14..36 px above their feet (y = 56 px);
# infill: codes 0..2 (open; pickets 3 px wide every 6 px; two sets of diagonal slats, 8 px
# apart along a row); paint_hue: 0..0.8 of the colour wheel (no wrap)
RANGES = ((0.0, len(POSTS) - 1.0), (0.0, 1.0), (0.0, len(INFILLS) - 1.0), (0.0, 0.8))
SKY_TOP, SKY_LOW, LAWN = (0.52, 0.7, 0.93), (0.82, 0.89, 0.97), (0.3, 0.55, 0.22)
LAWN_Y, FOOT_Y = 52.0, 56.0
LEFT, RIGHT, POST_HW = 8.0, 56.0, 3.0
RAIL_HH = 1.6
RAIL_SHADE, INFILL_SHADE = 0.7, 0.88
BACKGROUND = R.vertical_gradient(SKY_TOP, SKY_LOW, LAWN_Y)
R.over(BACKGROUND[None], R.below(LAWN_Y, 1), LAWN)


def _patterns():
    """Signed distances (H, W) to the pickets and to the lattice's slats, over the whole image."""
    x, y = R.grid()
    pickets = np.abs((x - LEFT) % 6.0 - 3.0) - 1.5
    d1 = (4.0 - np.abs((x + y) % 8.0 - 4.0)) / np.sqrt(2.0)  # distance to the slats going up to the right
    d2 = (4.0 - np.abs((x - y) % 8.0 - 4.0)) / np.sqrt(2.0)
    lattice = np.minimum(d1, d2) - 1.1
    return np.broadcast_to(pickets, lattice.shape)[0].astype(np.float32), lattice[0].astype(np.float32)


PICKETS, LATTICE = _patterns()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    count = R.col(f[:, 0] + 3)
    top = R.col(FOOT_Y - (14 + 22 * f[:, 1]))
    paint = R.hsv(f[:, 3], 0.6, 0.85)
    upper, lower = top + 3.5, FOOT_Y - 6.0  # the rails' middles
    span = R.box_sdf(x - (LEFT + RIGHT) / 2, y - (upper + lower) / 2, (RIGHT - LEFT) / 2, (lower - upper) / 2)
    infill = f[:, 2].astype(int)
    fill = np.where(R.col(infill == 1), PICKETS, np.where(R.col(infill == 2), LATTICE, np.inf))
    img = R.over(img, R.coverage(np.maximum(fill, span)), INFILL_SHADE * paint)
    rails = np.minimum(np.abs(y - upper), np.abs(y - lower)) - RAIL_HH
    rails = np.maximum(rails, np.abs(x - (LEFT + RIGHT) / 2) - (RIGHT - LEFT) / 2)
    img = R.over(img, R.coverage(rails), RAIL_SHADE * paint)
    spacing = (RIGHT - LEFT) / (count - 1)
    k = np.clip(np.round((x - LEFT) / spacing), 0, count - 1)  # each pixel's nearest post
    posts = R.box_sdf(x - (LEFT + spacing * k), y - (top + FOOT_Y) / 2, POST_HW, (FOOT_Y - top) / 2)
    return R.to_uint8(R.over(img, R.coverage(posts), paint))


def render(post_count: float, fence_height: float, infill: float, paint_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8; ``post_count`` is the code 0..3 for 3..6 posts and
    ``infill`` the code 0 open, 1 pickets, 2 lattice."""
    return _draw(np.array([[post_count, fence_height, infill, paint_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("fence", arg, n, seed, FACTORS, sample_factors, _draw)
