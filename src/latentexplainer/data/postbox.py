"""`postbox`: a red postbox standing on a pavement in front of a cream rendered wall in the sun,
seen straight on (64x64 RGB).

The postbox is painted red, with a dark letter slot near its top and a small white notice
plate below the slot. It comes in one of three styles: a round pillar box with a domed cap
and a black foot, shaded darker on the side away from the sun; a square box, wider, with a flat
overhanging cap and a black foot; or a small lamp box fixed on top of a dark grey post. The
sun casts the postbox's shadow, the same shape as the box, sideways onto the wall and the
pavement behind it. The wall is a cream render with faint joints between its courses; the
pavement is a band of pale grey slabs along the bottom, with a darker kerb. Factors: where
the postbox stands along the pavement (left to right), how tall it is (short to tall; its
width stays the same), its style (pillar, square or lamp box) and which side the sun is on
(low on the left, which casts the shadow far to the right, through behind the viewer, which
hides it behind the box, to low on the right, which casts it far to the left). The red paint,
the wall and the pavement stay fixed; the whole postbox always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("box_x", "where the postbox stands along the pavement (left to right)", "continuous"),
    Factor("box_height", "how tall the postbox is (short to tall)", "continuous"),
    Factor("style", "the style of the postbox", "categorical", ("pillar", "square", "lamp box")),
    Factor("sun", "which side the sun shines from (left to right; the shadow falls opposite)", "continuous"),
)
# box_x: 0..1 puts the box's middle at x = 17..47 px; box_height: 0..1 is a box 24..40 px tall
# standing on the pavement at y = 56 px; style: code 0..2 picks a row of STYLES; sun: -1..1 casts
# the shadow SHADOW px to the right (sun on the left, -1) through none to SHADOW px to the left (+1)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 2.0), (-1.0, 1.0))
WALL, JOINT, SLABS, KERB = (0.88, 0.83, 0.7), (0.76, 0.71, 0.58), (0.7, 0.7, 0.68), (0.5, 0.5, 0.5)
RED, FOOT, POST, SLOT, PLATE = (0.82, 0.08, 0.08), (0.1, 0.1, 0.11), (0.26, 0.27, 0.3), (0.08, 0.05, 0.05), \
    (0.95, 0.95, 0.92)
GROUND, PAVEMENT = 56.0, 50.0
SHADOW, SHADOW_ALPHA = 12.0, 0.42
# each style: the body's half-width, the cap's half-width and depth, the body's length below
# the cap (0: down to the ground), the post's half-width (0: no post), shading (1: round)
STYLES = np.array(((8.0, 9.5, 4.5, 0.0, 0.0, 1.0),
                   (10.5, 12.0, 2.2, 0.0, 0.0, 0.0),
                   (7.5, 8.5, 2.5, 13.0, 1.8, 0.0)), np.float32)


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, R.coverage(np.abs((y % 9.0) - 0.5) - 0.45) * R.coverage(y - PAVEMENT), JOINT)
    R.over(img, R.below(PAVEMENT, 1), SLABS)
    slabs = np.minimum(np.abs(((x + 6.0) % 16.0) - 0.5), np.abs(y - 55.5)) - 0.4
    R.over(img, 0.6 * R.coverage(slabs) * R.below(PAVEMENT, 1), JOINT)
    R.over(img, R.below(60.0, 1), KERB)
    return img[0]


BACKGROUND = _background()


def _parts(x, y, bx, top, s):
    """Signed distances to the postbox's painted parts (body and cap) and its post or foot."""
    hw, cap_hw, cap_d, length, post_hw = (s[:, j, None, None] for j in range(5))
    cap_y = top + cap_d
    bottom = np.where(length > 0, cap_y + length, GROUND)
    body = R.edges_sdf(x, y, bx - hw, bx + hw, cap_y - 0.5, bottom)
    cap = np.maximum(R.ellipse_sdf(x - bx, y - cap_y, cap_hw, cap_d), y - cap_y - 1.2)
    cap = np.minimum(cap, R.edges_sdf(x, y, bx - cap_hw, bx + cap_hw, cap_y - 0.5, cap_y + 1.2))
    post = np.where(post_hw > 0, R.edges_sdf(x, y, bx - post_hw, bx + post_hw, bottom - 0.5, GROUND),
                    R.edges_sdf(x, y, bx - hw - 0.6, bx + hw + 0.6, GROUND - 2.5, GROUND))
    return np.minimum(body, cap), post, cap_y


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    s = STYLES[f[:, 2].astype(int)]
    bx, top = R.col(17 + 30 * f[:, 0]), R.col(GROUND - 24 - 16 * f[:, 1])
    sun = R.col(f[:, 3])
    # the shadow: the same shape, moved away from the sun (and a little up the wall)
    paint, post, _ = _parts(x, y, bx + SHADOW * -sun, top - 1.5, s)
    R.over(img, SHADOW_ALPHA * R.coverage(np.minimum(paint, post)), (0.0, 0.0, 0.0))
    # the postbox
    paint, post, cap_y = _parts(x, y, bx, top, s)
    R.over(img, R.coverage(post), np.where(s[:, 4:5] > 0, POST, FOOT))
    across = (x - bx) / R.col(s[:, 0])  # -1..1 across the body
    shade = 1.0 - R.col(s[:, 5]) * (0.2 * across ** 2 + 0.35 * np.clip(-across * sun, 0.0, 1.0))  # round: shaded
    cover = R.coverage(paint)
    img += cover[:, None] * (np.array(RED, np.float32)[None, :, None, None] * shade[:, None] - img)
    R.over(img, R.coverage(R.box_sdf(x - bx, y - cap_y - 4.0, 4.5, 0.9)), SLOT)
    R.over(img, R.coverage(R.box_sdf(x - bx, y - cap_y - 8.5, 3.2, 2.2)), PLATE)
    return R.to_uint8(img)


def render(box_x: float, box_height: float, style: float, sun: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[box_x, box_height, style, sun]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("postbox", arg, n, seed, FACTORS, sample_factors, _draw)
