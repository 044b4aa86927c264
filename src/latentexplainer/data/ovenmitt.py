"""`ovenmitt`: an oven mitt hanging by its loop from a hook on a tiled kitchen wall, seen
straight on (64x64 RGB).

A small brass hook sticks out of the wall near the top middle of the image. From it hangs
an oven mitt by a dark fabric loop: a cream cuff with a seam along it at its top and, below
it, the padded hand part with rounded fingertips at the bottom and a thumb sticking out to
the right side. The mitt swings on the hook, turning about it as a whole. Its hand part is
coloured fabric that is plain, striped across, spotted or checked in white. Behind it the
wall is covered with square white tiles in grey grout lines; a wooden worktop runs along
the bottom of the image. Factors: how far the mitt has swung (its bottom to the left,
hanging straight down or to the right), its size (small to large, from the hook), its
fabric's pattern (plain, striped, spotted or checked), the hue of its fabric (red through
yellow and green to blue and purple) and the size of the wall's tiles (small to large).
The hook, the loop's and cuff's colours, the grout's and tiles' colours and the worktop
stay fixed; the whole mitt always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("swing", "how far the oven mitt has swung on its hook (to the left or right)", "continuous"),
    Factor("mitt_size", "size of the oven mitt (small to large)", "continuous"),
    Factor("pattern", "pattern of the mitt's fabric (plain, striped, spotted or checked)", "categorical",
           ("plain", "striped", "spotted", "checked")),
    Factor("mitt_hue", "hue of the mitt's fabric (red through yellow, green and blue to purple)", "continuous"),
    Factor("tile_size", "size of the square wall tiles behind the mitt (small to large)", "continuous"),
)
# swing: -0.45..0.45 radians from hanging straight down (negative: its bottom swings to the
# left); mitt_size: 0..1 scales the mitt by 0.75..1.15 (36..55 px from the hook to its
# fingertips); pattern: codes 0..3; mitt_hue: 0..0.8 of the colour wheel (no wrap);
# tile_size: 0..1 is a tile 5..13 px square, the grid fixed at the image's top left corner
RANGES = ((-0.45, 0.45), (0.0, 1.0), (0.0, 3.0), (0.0, 0.8), (0.0, 1.0))
TILE, GROUT, WORKTOP, WORKTOP_EDGE = (0.9, 0.92, 0.9), (0.55, 0.57, 0.56), (0.58, 0.4, 0.24), (0.42, 0.28, 0.16)
HOOK, LOOP, CUFF, CUFF_SEAM, WHITE = (0.78, 0.62, 0.28), (0.2, 0.17, 0.16), (0.93, 0.89, 0.78), \
    (0.72, 0.67, 0.56), np.array((0.97, 0.96, 0.93))
HOOK_X, HOOK_Y, WORKTOP_Y = 32.0, 6.0, 59.0
# the mitt in its own unscaled pixels: u across (to the right), v down from the hook
LOOP_R, LOOP_HW = 2.4, 0.7  # the loop hangs below the hook, its middle LOOP_R below it
CUFF_TOP, CUFF_BOTTOM, CUFF_HW = 4.5, 12.0, 7.5
HAND_TOP, HAND_BOTTOM, HAND_HW = 11.0, 46.0, 8.0
THUMB_U, THUMB_V, THUMB_RX, THUMB_RY, THUMB_TILT = 8.5, 25.0, 3.0, 7.5, 0.45


def _stripes(u: np.ndarray, v: np.ndarray, s: np.ndarray) -> np.ndarray:
    return R.coverage((np.abs(v % 6.0 - 3.0) - 1.5) * s)  # bands 3 px wide across the mitt


def _spots(u: np.ndarray, v: np.ndarray, s: np.ndarray) -> np.ndarray:
    return R.coverage((np.hypot(u % 5.0 - 2.5, (v + 2.5 * np.floor(u / 5.0)) % 5.0 - 2.5) - 1.7) * s)


def _checks(u: np.ndarray, v: np.ndarray, s: np.ndarray) -> np.ndarray:
    cu, cv = (np.clip(0.5 + (np.abs((w / 4.0) % 2.0 - 1.0) - 0.5) * 4.0 * s, 0.0, 1.0) for w in (u, v))
    return cu + cv - 2.0 * cu * cv  # squares 4 px wide, white where exactly one of cu and cv is


def _worktop() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, TILE)
    R.over(img, R.below(WORKTOP_Y, 1), WORKTOP)
    R.over(img, R.below(WORKTOP_Y + 1.0, 1) * R.coverage(WORKTOP_Y + 2.0 - y), WORKTOP_EDGE)
    return img[0, :, int(WORKTOP_Y):]


WORKTOP_ROWS = _worktop()  # the rows from the worktop's top edge down
TOP_ROWS = 24  # the loop and the cuff never reach below this row
_x, _y = R.grid()
HOOK_COVER = R.coverage(np.minimum(np.hypot(_x - HOOK_X, _y - HOOK_Y + 1.5) - 1.8,
                                   R.segment_sdf(_x, _y, HOOK_X, HOOK_Y - 1.5, HOOK_X, HOOK_Y + 1.0) - 0.9))


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    # the tiled wall and the worktop
    t = R.col(5.0 + 8.0 * f[:, 4])
    grout = np.minimum(np.abs(x % t - 0.5), np.abs(y % t - 0.5)) - 0.5
    img = R.canvas(n, TILE)
    R.over(img, R.coverage(grout), GROUT)
    img[:, :, int(WORKTOP_Y):] = WORKTOP_ROWS
    # mitt coordinates: turned by the swing about the hook, scaled by the size
    a, s = R.col(f[:, 0]), R.col(0.75 + 0.4 * f[:, 1])
    ca, sa = np.cos(a), np.sin(a)
    dx, dy = x - HOOK_X, y - HOOK_Y
    u = (dx * ca - dy * sa) / s
    v = (dx * sa + dy * ca) / s
    # the loop, the cuff, the hand with its rounded fingertips and the thumb
    top, ut, vt = img[:, :, :TOP_ROWS], u[:, :TOP_ROWS], v[:, :TOP_ROWS]  # the loop and the cuff stay up here
    loop = (np.abs(np.hypot(ut, vt - LOOP_R) - LOOP_R) - LOOP_HW) * s
    R.over(top, R.coverage(loop), LOOP)
    hand = R.box_sdf(u, v - (HAND_TOP + HAND_BOTTOM - HAND_HW) / 2, HAND_HW, (HAND_BOTTOM - HAND_HW - HAND_TOP) / 2)
    hand = np.minimum(hand, np.hypot(u, v - (HAND_BOTTOM - HAND_HW)) - HAND_HW)
    tu, tv = u - THUMB_U, v - THUMB_V
    ct, st = np.cos(THUMB_TILT), np.sin(THUMB_TILT)
    thumb = R.ellipse_sdf(tu * ct + tv * st, -tu * st + tv * ct, THUMB_RX, THUMB_RY)
    hand = np.minimum(hand, thumb) * s
    # the fabric's white pattern, worked out only for the images that have it
    white = np.zeros_like(u)
    for kind, pattern in enumerate((_stripes, _spots, _checks), 1):
        has = f[:, 2] == kind
        if has.any():
            white[has] = pattern(u[has], v[has], s[has])
    alpha = R.coverage(hand)
    R.over(img, alpha, R.hsv(f[:, 3], 0.75, 0.85))
    R.over(img, alpha * white, WHITE)
    cuff = R.box_sdf(ut, vt - (CUFF_TOP + CUFF_BOTTOM) / 2, CUFF_HW - 1.5, (CUFF_BOTTOM - CUFF_TOP) / 2 - 1.5) - 1.5
    R.over(top, R.coverage(cuff * s), CUFF)
    R.over(top, R.coverage(np.maximum(np.abs(vt - (CUFF_TOP + CUFF_BOTTOM) / 2) * s - 0.4, cuff * s)), CUFF_SEAM)
    R.over(top, np.broadcast_to(HOOK_COVER[:, :TOP_ROWS], top[:, 0].shape), HOOK)  # the hook, in front of the loop
    return R.to_uint8(img)


def render(swing: float, mitt_size: float, pattern: float, mitt_hue: float, tile_size: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[swing, mitt_size, pattern, mitt_hue, tile_size]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("ovenmitt", arg, n, seed, FACTORS, sample_factors, _draw)
