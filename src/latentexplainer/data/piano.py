"""`piano`: an upright piano against a plain wall, with a piano stool in front of it on a
wooden floor, seen from the front (64x64 RGB).

The piano's case fills the middle of the image: a lid overhanging its top, a tall upper
panel holding a sheet of music on its desk, the keyboard across the middle (white keys
divided by thin grey lines, with black keys in the usual groups of two and three per octave),
a key slip under the keys, and a lower panel with a darker inset down to the floor. A
fallboard of the case's colour may cover the keyboard from its back edge forwards, hiding
part or all of the keys; its front edge is a dark line. In front of the piano stands a stool:
a dark red cushion on two dark legs that reach down to the floor. The wall is one flat blue-
grey; the floor is a band of brown boards along the bottom. Factors: how far the fallboard is
opened (closed over the keys to fully open), the width of the keys (narrow, many keys, to
wide, few keys), the lightness of the piano's case (black lacquer to pale wood) and the
height of the stool's seat (low to high). The piano's size and place, the sheet of music,
the stool's width and colours, the wall and the floor stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("fallboard_opening", "how far the lid over the keys is opened (closed to open)", "continuous"),
    Factor("key_width", "width of the piano's keys (narrow, many keys, to wide, few keys)", "continuous"),
    Factor("case_lightness", "lightness of the piano's case (black lacquer to pale wood)", "continuous"),
    Factor("stool_height", "height of the piano stool's seat (low to high)", "continuous"),
)
# fallboard_opening: 0..1 uncovers the keyboard (y = 28..40 px, x = 10..54 px) from the front
# edge back: the fallboard's front edge at y = 40..28 px; key_width: 0..1 is white keys
# 2.2..5.5 px wide, counted from x = 10 px (black keys 0.6 as wide, 7.5 px long); case_lightness:
# 0..1 blends the case from black lacquer to pale wood; stool_height: 0..1 puts the top of the
# stool's cushion (30 px wide, 5 px thick, centred at x = 32 px) at y = 53..41 px
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
WALL, FLOOR, BOARD = (0.58, 0.66, 0.76), (0.55, 0.4, 0.27), (0.42, 0.3, 0.2)
LACQUER, PALE_WOOD = np.array((0.07, 0.06, 0.06)), np.array((0.82, 0.64, 0.4))
IVORY, SEAM, EBONY = (0.96, 0.95, 0.9), (0.35, 0.35, 0.35), (0.05, 0.05, 0.06)
PAPER, INK, CUSHION, LEG = (0.97, 0.97, 0.95), (0.35, 0.35, 0.38), (0.8, 0.1, 0.15), (0.16, 0.1, 0.07)
FLOOR_Y = 54.0
CASE_L, CASE_R, CASE_TOP = 8.0, 56.0, 10.0
KEYS_L, KEYS_R, KEYS_TOP, KEYS_BOTTOM = 10.0, 54.0, 28.0, 40.0
BLACK_LEN, BLACK_RATIO = 7.5, 0.3
BLACK_AT = (1, 2, 4, 5, 6)  # boundaries (counted within an octave of 7 white keys) with a black key
STOOL_HW, CUSHION_H, LEG_X = 15.0, 5.0, 12.0


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    boards = R.coverage(np.abs((x % 9.0) - 4.5) - 4.0) * R.coverage(FLOOR_Y + 0.5 - y)
    return R.over(img, boards, BOARD)[0]


BACKGROUND = _background()


def _music() -> tuple[np.ndarray, np.ndarray]:
    """The sheet of music's coverage (1, H, W), and its staves'."""
    x, y = R.grid()
    paper = R.coverage(R.edges_sdf(x, y, 24.0, 40.0, 14.0, 24.5))
    staves = R.coverage(np.abs(((y - 15.5) % 3.0) - 1.5) - 1.1) * R.coverage(R.edges_sdf(x, y, 26.0, 38.0, 15.5, 23.5))
    return paper.astype(np.float32), staves.astype(np.float32)


PAPER_COVER, STAVES = _music()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    fall, w, seat = R.col(KEYS_BOTTOM - (KEYS_BOTTOM - KEYS_TOP) * f[:, 0]), R.col(2.2 + 3.3 * f[:, 1]), R.col(53 - 12 * f[:, 3])
    case = LACQUER[None] + (PALE_WOOD - LACQUER)[None] * f[:, 2:3]
    inset = 0.72 * case + 0.04
    full = lambda a: np.broadcast_to(a, (n, R.SIZE, R.SIZE))  # noqa: E731
    img = R.over(img, R.coverage(R.edges_sdf(x, y, CASE_L, CASE_R, CASE_TOP, FLOOR_Y)), case)
    img = R.over(img, R.coverage(R.edges_sdf(x, y, CASE_L - 2, CASE_R + 2, CASE_TOP - 2.5, CASE_TOP + 0.5)), case)
    img = R.over(img, full(R.coverage(np.abs(R.edges_sdf(x, y, 14.0, 50.0, 44.0, 52.0)) - 0.6)), inset)
    img = R.over(img, full(R.coverage(R.edges_sdf(x, y, CASE_L, CASE_R, CASE_TOP + 0.5, CASE_TOP + 1.5))), inset)
    img = R.over(img, full(PAPER_COVER), PAPER)
    img = R.over(img, full(STAVES), INK)
    # the keyboard, the part the fallboard leaves uncovered
    k = x - KEYS_L
    b = np.round(k / w)  # each pixel's nearest boundary between white keys
    shown = np.maximum(R.edges_sdf(x, y, KEYS_L, KEYS_R, KEYS_TOP, KEYS_BOTTOM), fall - y)
    img = R.over(img, R.coverage(shown), IVORY)
    img = R.over(img, R.coverage(np.maximum(np.abs(k - w * b) - 0.45, shown)), SEAM)
    black = np.isin(b % 7, BLACK_AT) & (b > 0) & (w * b < KEYS_R - KEYS_L - 1.0)
    keys = np.where(black, np.abs(k - w * b) - BLACK_RATIO * w, np.inf)
    img = R.over(img, R.coverage(np.maximum(np.maximum(keys, y - (KEYS_TOP + BLACK_LEN)), shown)), EBONY)
    edge = np.maximum(np.abs(y - fall) - 0.6, np.abs(x - 32.0) - (KEYS_R - KEYS_L) / 2)
    img = R.over(img, R.coverage(np.where(fall > KEYS_TOP + 0.5, edge, np.inf)), EBONY)
    # the stool, in front
    legs = R.edges_sdf(np.abs(x - 32.0), y, LEG_X - 1.0, LEG_X + 1.0, seat, 62.0)
    img = R.over(img, R.coverage(legs), LEG)
    cushion = R.box_sdf(x - 32.0, y - (seat + CUSHION_H / 2), STOOL_HW - 1.0, CUSHION_H / 2 - 1.0) - 1.0
    return R.to_uint8(R.over(img, R.coverage(cushion), CUSHION))


def render(fallboard_opening: float, key_width: float, case_lightness: float, stool_height: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[fallboard_opening, key_width, case_lightness, stool_height]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("piano", arg, n, seed, FACTORS, sample_factors, _draw)
