"""`chair`: a wooden kitchen chair in a room, seen from the side, facing right (64x64 RGB).

The chair stands on the floor in front of a plain pale blue wall with a white skirting board. Its
square seat stands on four legs joined by side rungs - the far legs and the far back post, a
shade darker, show a little behind and above the near ones - and from the back of the seat two
posts rise, leaning a little back, each topped by a wider crest rail. The seat's top is a shade
lighter than its edge. The floor is one of three kinds: wooden floorboards, a black and white
chequered tile floor, or a red rug with a gold border laid over the floorboards. Factors: the
chair's horizontal position, the height of its seat (short legs to tall), how far the chair is
tipped back on its back legs (standing on all four to tipped well back), the kind of floor
(boards, tiles or a rug) and the tone of the chair's wood (dark to pale). The seat's depth, the
back's height and its lean, the wall and the skirting board stay fixed; the whole chair always
lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FLOORS = ("boards", "tiles", "rug")
FACTORS = (
    Factor("chair_x", "horizontal position of the chair (left to right)", "continuous"),
    Factor("seat_height", "height of the chair's seat above the floor (low to high)", "continuous"),
    Factor("tip_back", "how far the chair is tipped back on its back legs (upright to far back)", "continuous"),
    Factor("floor", "kind of floor under the chair (boards, tiles or a rug)", "categorical", FLOORS),
    Factor("wood_tone", "tone of the chair's wood (dark to pale)", "continuous"),
)
# chair_x: 0..1 puts the back feet at x = 23..42 px (the feet stand on y = 57 px); seat_height:
# 0..1 is a seat 14..26 px above the floor (its top); tip_back: 0..0.35 radians turned back about
# the back feet; wood_tone: 0..1 is a wood of value 0.3..0.85 (hue 0.07, saturation 0.6)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 0.35), (0.0, 2.0), (0.0, 1.0))
WALL, SKIRTING, SKIRT_LINE = (0.68, 0.78, 0.86), (0.94, 0.93, 0.9), (0.6, 0.6, 0.6)
BOARDS, BOARD_SEAM = (0.58, 0.4, 0.23), (0.36, 0.24, 0.13)
TILE_LIGHT, TILE_DARK = (0.92, 0.92, 0.9), (0.16, 0.16, 0.19)
RUG, RUG_BORDER = (0.64, 0.14, 0.15), (0.88, 0.7, 0.3)
SKIRT_Y, FLOOR_Y, FEET_Y = 40.0, 44.0, 57.0
SEAT_D, SEAT_T, LEG_HW, RUNG_HW = 18.0, 3.0, 1.4, 0.9
BACK, BACK_LEAN, POST_HW, CREST, CREST_HW = 24.0, 0.12, 1.3, 5.0, 2.3
LEAN_COS, LEAN_SIN, RUNG_AT = float(np.cos(BACK_LEAN)), float(np.sin(BACK_LEAN)), 0.45
FAR_DX, FAR_DY, FAR_SHADE = 3.0, -2.0, 0.75  # the far legs and post: offset, and darker
HORIZON_Y, ACROSS, INTO = -20.0, 9.0, 1075.0  # the floor in perspective: boards and tiles widen downwards


def _backgrounds() -> np.ndarray:
    """The room with each kind of floor, (3, 3, H, W) in the order of FLOORS."""
    x, y = R.grid()
    room = R.canvas(1, WALL)
    R.over(room, R.below(SKIRT_Y, 1), SKIRTING)
    R.over(room, R.coverage(np.abs(y - SKIRT_Y - 0.5) - 0.5), SKIRT_LINE)
    floor = R.below(FLOOR_Y, 1)
    # the floor seen in perspective: across it and into it, in boards' or tiles' widths
    depth = y - HORIZON_Y
    across, into = (x - 32.0) * ACROSS / depth, INTO / depth
    boards = room.copy()
    R.over(boards, floor, BOARDS)
    seams = (np.abs((across % 1.0) - 0.5) - 0.5) * depth / ACROSS + 0.45  # in pixels, about
    R.over(boards, R.coverage(-seams) * floor, BOARD_SEAM)
    tiles = room.copy()
    R.over(tiles, floor, TILE_LIGHT)
    checker = (np.floor(across) + np.floor(into)) % 2
    R.over(tiles, checker.astype(np.float32) * floor, TILE_DARK)
    rug = boards.copy()
    edge = R.edges_sdf(x, y, 3.0, 61.0, 47.0, 62.0)
    R.over(rug, R.coverage(edge), RUG_BORDER)
    R.over(rug, R.coverage(edge + 1.8), RUG)
    R.over(rug, R.coverage(np.abs(edge + 3.6) - 0.5), RUG_BORDER)
    return np.concatenate([boards, tiles, rug])


BACKGROUNDS = _backgrounds()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    img = BACKGROUNDS[f[:, 3].astype(int)]
    fx, seat, a = R.col(23 + 19 * f[:, 0]), R.col(14 + 12 * f[:, 1]), R.col(f[:, 2])
    # the chair's own frame: p forwards from the back feet, q up from the floor, turned back by a
    X, Y = x - fx, y - FEET_Y
    ca, sa = np.cos(a), np.sin(a)
    p = X * ca - Y * sa
    q = -(X * sa + Y * ca)
    wood = R.hsv(0.07, 0.6, 0.3 + 0.55 * f[:, 4])

    def frame(p, q):
        """The legs, rung, back post and crest rail, in the chair's frame: their signed distance."""
        legs = np.maximum(
            np.abs(np.abs(p - SEAT_D / 2 + 0.5) - (SEAT_D / 2 - 2.0)) - LEG_HW, np.abs(q - seat / 2) - seat / 2
        )
        rung = np.maximum(np.abs(p - SEAT_D / 2 + 0.5) - (SEAT_D / 2 - 2.0), np.abs(q - RUNG_AT * seat) - RUNG_HW)
        # along and across the back post, which leans back from the back of the seat
        along = (q - seat) * LEAN_COS - (p - 1.0) * LEAN_SIN
        across = np.abs((p - 1.0) * LEAN_COS + (q - seat) * LEAN_SIN)
        post = np.maximum(across - POST_HW, np.abs(along - BACK / 2) - BACK / 2)
        crest = R.box_sdf(across, along - (BACK - CREST / 2), CREST_HW - 1.0, CREST / 2 - 1.0) - 1.0
        return np.minimum(np.minimum(legs, rung), np.minimum(post, crest))

    R.over(img, R.coverage(frame(p - FAR_DX, q + FAR_DY)), wood * FAR_SHADE)
    R.over(img, R.coverage(frame(p, q)), wood)
    # the seat: its edge, and its top seen a little from above
    seat_box = R.edges_sdf(p, q, -0.5, SEAT_D + FAR_DX, seat - SEAT_T, seat - FAR_DY)
    R.over(img, R.coverage(seat_box), wood)
    R.over(img, R.coverage(np.maximum(seat_box, seat - q)), wood * 0.8 + 0.2)
    return R.to_uint8(img)


def render(chair_x: float, seat_height: float, tip_back: float, floor: float, wood_tone: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[chair_x, seat_height, tip_back, floor, wood_tone]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("chair", arg, n, seed, FACTORS, sample_factors, _draw)
