"""`hammock`: a striped hammock slung between two wooden posts on a beach, seen from the
front (64x64 RGB).

Two thick wooden posts stand in the sand near the left and right edges of the image, each
with a darker cap. Between them hangs a hammock of coloured cloth: a long crescent, thin at
its ends and deepest in the middle, with a darker lower edge and white stripes across it. Its
ends are tied with two short dark cords to a ring on each post, so the hammock's ends and the
cords move with the height of the rings. Behind is a pale sky over a blue sea with a straight
horizon, and a round orange-yellow sun in the sky a little right of the middle; below is a strip
of pale sand with a darker wet band along the water's edge. Factors: how deep the hammock
sags in the middle (nearly taut to sagging low), how high it is tied on the posts (low to
high), the number of white stripes across its cloth (2, 3 or 4), the hue of the cloth (red
through yellow, green and blue to purple) and how high the sun stands above the sea (at the
horizon to high in the sky). The posts, the hammock's length, the sea and the sand stay fixed;
the whole hammock always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

STRIPES = ("2", "3", "4")
FACTORS = (
    Factor("sag", "how deep the hammock sags in the middle (nearly taut to sagging low)", "continuous"),
    Factor("tie_height", "how high the hammock is tied on its two posts (low to high)", "continuous"),
    Factor("stripe_count", "number of white stripes across the hammock's cloth (2, 3 or 4)", "categorical",
           STRIPES),
    Factor("cloth_hue", "hue of the hammock's cloth (red through yellow, green and blue to purple)", "continuous"),
    Factor("sun_height", "how high the sun stands above the sea (at the horizon to high in the sky)",
           "continuous"),
)
# sag: 0..1 is a hammock whose upper edge dips 3..15 px below its ends in the middle; tie_height:
# 0..1 puts the rings (and the hammock's ends, 4 px lower) at y = 30..16 px; stripe_count: codes
# 0..2 are 2, 3 or 4 white stripes 3.6 px wide, evenly spread along the cloth; cloth_hue: 0..0.8 of
# the colour wheel (no wrap); sun_height: 0..1 puts the sun's middle (radius 6 px) at y = 39..8 px (the horizon is at 40 px)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, len(STRIPES) - 1.0), (0.0, 0.8), (0.0, 1.0))
SKY_TOP, SKY_LOW, SUN, SEA, SEA_FAR = (0.45, 0.68, 0.93), (0.85, 0.9, 0.95), (1.0, 0.76, 0.18), \
    (0.14, 0.45, 0.66), (0.1, 0.34, 0.55)
SAND, WET, WOOD, WOOD_DARK, CORD, WHITE = (0.93, 0.84, 0.62), (0.78, 0.68, 0.5), (0.5, 0.33, 0.18), \
    (0.33, 0.2, 0.1), (0.2, 0.16, 0.12), (0.98, 0.97, 0.94)
HORIZON_Y, SAND_Y, SUN_X, SUN_R = 40.0, 50.0, 42.0, 6.0
POSTS, POST_HW, POST_TOP = (6.0, 58.0), 2.6, 10.0
ENDS, THICK, END_DROP = (12.0, 52.0), 10.0, 4.0  # the cloth's ends; its extra depth in the middle
STRIPE_HW = 1.8


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_LOW, HORIZON_Y)[None]
    R.over(img, R.below(HORIZON_Y, 1), SEA_FAR)
    R.over(img, R.below(HORIZON_Y + 4.0, 1) * 0.8, SEA)
    shore = SAND_Y + 0.8 * np.sin(x * 0.3)
    R.over(img, R.coverage(shore - y), WET)
    R.over(img, R.coverage(shore + 1.5 - y), SAND)
    return img[0]


def _posts() -> tuple[np.ndarray, np.ndarray]:
    """The posts' coverage (H, W) and their colours (3, H, W)."""
    x, y = R.grid()
    layer = np.zeros((1, 3, R.SIZE, R.SIZE), np.float32)
    cover = np.zeros((1, R.SIZE, R.SIZE), np.float32)
    for px in POSTS:
        post = R.edges_sdf(x, y, px - POST_HW, px + POST_HW, POST_TOP, 61.0)
        R.over(layer, R.coverage(post), WOOD)
        R.over(layer, 0.5 * R.coverage(np.maximum(post, np.abs(x - px - 1.0) - 0.4)), WOOD_DARK)
        cap = R.box_sdf(x - px, y - POST_TOP, POST_HW + 0.8, 1.2)
        R.over(layer, R.coverage(cap), WOOD_DARK)
        cover = np.maximum(cover, np.maximum(R.coverage(post), R.coverage(cap)))
    return cover[0].astype(np.float32), (layer[0] / np.maximum(cover, 1e-6)).astype(np.float32)


BACKGROUND = _background()
POST_COVER, POST_COLOUR = _posts()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the sun, behind everything else
    sy = R.col(39 - 31 * f[:, 4])
    R.over(img, R.coverage(np.hypot(x - SUN_X, y - sy) - SUN_R), SUN)
    img[:, :, int(HORIZON_Y):] = BACKGROUND[:, int(HORIZON_Y):]  # the sun sets behind the sea
    # the posts
    img += POST_COVER * (POST_COLOUR - img)
    # the cords from the rings to the cloth's ends
    ring = R.col(30 - 14 * f[:, 1])
    end = ring + END_DROP
    cords = np.inf
    for px, ex, side in ((POSTS[0], ENDS[0], 1.0), (POSTS[1], ENDS[1], -1.0)):
        rx = px + side * POST_HW
        for dy in (-1.2, 1.2):
            cords = np.minimum(cords, R.segment_sdf(x, y, rx, ring, ex, end + dy))
        cords = np.minimum(cords, np.abs(np.hypot(x - rx, y - ring) - 1.5) - 0.2)
    R.over(img, R.coverage(cords - 0.5), CORD)
    # the cloth: a crescent between its upper and lower edges, darker along the lower one,
    # white stripes across it
    mid, half = (ENDS[0] + ENDS[1]) / 2, (ENDS[1] - ENDS[0]) / 2
    w = np.clip(1.0 - ((x - mid) / half) ** 2, 0.0, 1.0)  # 1 in the middle, 0 at the ends
    dip = R.col(3 + 12 * f[:, 0])
    upper, lower = end - 1.2 + dip * w, end + 1.2 + (dip + THICK) * w
    cloth = np.maximum(np.maximum(upper - y, y - lower), np.abs(x - mid) - half)
    colour = R.hsv(f[:, 3], 0.75, 0.85)
    R.over(img, R.coverage(cloth), colour)
    R.over(img, 0.6 * R.coverage(np.maximum(cloth, lower - 2.0 - y)), 0.6 * colour)
    count = np.array([int(s) for s in STRIPES])[f[:, 2].astype(int)]
    spacing = R.col(2 * half / count)
    stripes = np.abs(((x - ENDS[0]) % spacing) - spacing / 2) - STRIPE_HW
    R.over(img, R.coverage(np.maximum(stripes, cloth + 0.4)), WHITE)
    return R.to_uint8(img)


def render(sag: float, tie_height: float, stripe_count: float, cloth_hue: float, sun_height: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8; ``stripe_count`` is the code 0..2 for 2, 3 or 4 stripes."""
    return _draw(np.array([[sag, tie_height, stripe_count, cloth_hue, sun_height]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("hammock", arg, n, seed, FACTORS, sample_factors, _draw)
