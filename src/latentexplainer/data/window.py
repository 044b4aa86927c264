"""`window`: a sash window in a room's wall, with curtains, seen from inside (64x64 RGB).

A tall white-framed sash window sits in the middle of a cream wall, above a white sill. It has
two sashes, an upper and a lower one, each a white frame round two panes of faintly tinted,
slightly reflective glass split by a thin upright bar; the lower sash sits in front of the
upper one and slides up over it, leaving the bottom of the window open, with nothing between
the room and the view. Through the window lie a sky, a rolling green hill and a round-topped
tree, lit from deep night (all of them almost black and navy) to bright day (a blue sky, a
green hill). Two long curtains of one colour, with soft folds, hang from a dark rod across
the top of the wall and are drawn in from both sides of the image, over the wall and the
window's sides; the more they are drawn, the closer they come to meeting in the middle.
Factors: how far the lower sash is raised (shut to pushed up over the upper sash), how far
the curtains are drawn across the window (open at the sides to nearly meeting in the middle),
how bright it is outside (night to day) and the curtains' hue, round the whole colour wheel.
The window's place and size, the sashes' frames, the wall, the sill, the rod and the view's
shapes stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("sash_raise", "how far the window's lower sash is raised (shut to pushed up)", "continuous"),
    Factor("curtains_drawn", "how far the curtains are drawn across the window (open to closed)", "continuous"),
    Factor("daylight", "how bright it is outside the window (night to day)", "continuous"),
    Factor("curtain_hue", "hue of the curtains (round the whole colour wheel)", "cyclic"),
)
# sash_raise: 0..1 lifts the lower sash (20 px tall, shut over y = 31..51 px) by 0..18 px
# (the upper sash over y = 11..31 px, the glass between x = 16 and 48 px); curtains_drawn: 0..1
# is each curtain 9..30 px wide from its side of the image; daylight: 0..1 blends the view from
# its night colours to its day colours; curtain_hue: 0..1 is the whole colour wheel (1 is 0
# again)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
WALL, FRAME, FRAME_SHADE, ROD = (0.88, 0.82, 0.68), (0.96, 0.96, 0.94), (0.7, 0.7, 0.7), (0.28, 0.18, 0.12)
GLASS, GLARE = (0.85, 0.92, 0.96), (1.0, 1.0, 1.0)
GLASS_ALPHA, GLARE_ALPHA = 0.22, 0.28
DAY = {"sky_top": (0.3, 0.56, 0.92), "sky_low": (0.72, 0.85, 0.97), "hill": (0.36, 0.64, 0.28),
       "tree": (0.18, 0.45, 0.2), "trunk": (0.42, 0.3, 0.2)}
NIGHT = {"sky_top": (0.01, 0.02, 0.09), "sky_low": (0.07, 0.09, 0.22), "hill": (0.03, 0.07, 0.05),
         "tree": (0.02, 0.05, 0.03), "trunk": (0.05, 0.04, 0.04)}
LEFT, RIGHT, TOP, BOTTOM, MEET = 16.0, 48.0, 11.0, 51.0, 31.0  # the glass, and where the sashes meet
RAIL, STILE, BAR, LIFT = 2.5, 2.2, 0.8, 18.0
CURTAIN_TOP, CURTAIN_BOTTOM, ROD_Y = 5.0, 60.0, 4.5


def _view(colours: dict) -> np.ndarray:
    """The view through the window, (3, H, W), in the given light."""
    x, y = R.grid()
    img = R.vertical_gradient(colours["sky_top"], colours["sky_low"], 40.0)[None].copy()
    hill = y - (37.0 + 3.0 * np.sin(x * 0.11 + 0.6))
    R.over(img, np.broadcast_to(R.coverage(-hill), (1, R.SIZE, R.SIZE)), colours["hill"])
    R.over(img, R.coverage(R.edges_sdf(x, y, 37.0, 39.5, 30.0, 40.0)), colours["trunk"])
    crown = np.minimum(np.hypot(x - 38.0, y - 26.0) - 6.0, np.hypot(x - 34.5, y - 29.5) - 4.0)
    R.over(img, R.coverage(np.minimum(crown, np.hypot(x - 42.0, y - 29.0) - 4.0)), colours["tree"])
    return img[0]


def _room() -> tuple[np.ndarray, np.ndarray]:
    """The wall with the window's outer frame, the sill and the rod (3, H, W), and the frame's
    inner opening's coverage (1, H, W)."""
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, R.coverage(R.edges_sdf(x, y, LEFT - 2.5, RIGHT + 4.5, TOP - 2.5, BOTTOM + 5.0)), FRAME_SHADE)
    R.over(img, R.coverage(R.edges_sdf(x, y, LEFT - 3.5, RIGHT + 3.5, TOP - 3.5, BOTTOM + 2.0)), FRAME)
    R.over(img, R.coverage(R.edges_sdf(x, y, LEFT - 6.0, RIGHT + 6.0, BOTTOM + 1.0, BOTTOM + 4.0)), FRAME)
    R.over(img, R.coverage(R.edges_sdf(x, y, LEFT - 6.0, RIGHT + 6.0, BOTTOM + 3.2, BOTTOM + 4.0)), FRAME_SHADE)
    opening = R.coverage(R.edges_sdf(x, y, LEFT, RIGHT, TOP, BOTTOM))
    return img[0], np.broadcast_to(opening, (1, R.SIZE, R.SIZE)).astype(np.float32)


ROOM, OPENING = _room()
VIEW_NIGHT, VIEW_DAY = _view(NIGHT), _view(DAY)


def _sash(img, x, y, top, bottom):
    """One sash between rows ``top`` and ``bottom`` (numbers or (N, 1, 1) columns): its tinted
    glass with a streak of glare, its frame and its upright middle bar."""
    inside = R.coverage(R.edges_sdf(x, y, LEFT, RIGHT, top, bottom))
    glare = np.abs(((x + 0.8 * y) % 22.0) - 11.0) - 1.6
    img = R.over(img, GLASS_ALPHA * inside, GLASS)
    img = R.over(img, GLARE_ALPHA * inside * R.coverage(glare), GLARE)
    glass = R.edges_sdf(x, y, LEFT + STILE, RIGHT - STILE, top + RAIL, bottom - RAIL)
    bar = np.abs(x - (LEFT + RIGHT) / 2) - BAR
    frame = np.maximum(R.edges_sdf(x, y, LEFT, RIGHT, top, bottom), np.minimum(-glass, bar))
    return R.over(img, R.coverage(frame), FRAME)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    light = R.col(f[:, 2])[:, None]
    img[:] = ROOM
    img += OPENING[:, None] * (VIEW_NIGHT + light * (VIEW_DAY - VIEW_NIGHT) - img)
    # the sashes: the upper one fixed, the lower one in front of it, slid up
    img = _sash(img, x, y, TOP, MEET)
    lift = R.col(LIFT * f[:, 0])
    img = _sash(img, x, y, MEET - lift, BOTTOM - lift)
    # the curtains, drawn in from both sides, with soft folds, and the rod
    width = R.col(9.0 + 21.0 * f[:, 1])
    colour = R.hsv(f[:, 3], 0.6, 0.78)
    for side in (0.0, 1.0):
        u = np.abs(x - side * R.SIZE)  # from the curtain's own side of the image
        hem = CURTAIN_BOTTOM + 0.8 * np.sin(u * 1.1)
        cloth = np.maximum(u - width, np.maximum(CURTAIN_TOP - y, y - hem))
        folds = 0.5 + 0.5 * np.cos(u / width * 4.0 * 2.0 * np.pi)
        img = R.over(img, R.coverage(cloth), colour)
        img = R.over(img, 0.35 * folds * R.coverage(cloth), 0.45 * colour)
    rod = np.maximum(np.abs(y - ROD_Y) - 1.0, np.abs(x - 32.0) - 31.0)
    img = R.over(img, R.coverage(np.minimum(rod, np.hypot(np.abs(x - 32.0) - 30.5, y - ROD_Y) - 1.8)), ROD)
    return R.to_uint8(img)


def render(sash_raise: float, curtains_drawn: float, daylight: float, curtain_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[sash_raise, curtains_drawn, daylight, curtain_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("window", arg, n, seed, FACTORS, sample_factors, _draw)
