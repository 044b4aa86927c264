"""`conductor`: a conductor on his podium leading an orchestra on a concert-hall stage, seen from
the hall behind him (64x64 RGB).

The back of the stage is panelled in pale wood, framed by red curtains at the sides and along the
top, under a gold fringe; the stage floor is of brown boards. Players in black sit facing us behind
music stands, black desks on thin poles holding white sheets of music, their heads showing above
the desks; they take their places from the left and right edges. In the middle a wooden podium
stands on the boards, and on it the conductor, seen from behind: black trousers and a black
tailcoat whose tails part at the back, a white collar, silver hair. Both his arms are spread out,
one to each side, in black sleeves with bare hands, and a long white baton points on from his
right hand (on the right of the image). The stage is lit from above, brightest around the
conductor. Factors: how high the conductor raises his arms and baton (from lowered to the sides
to raised high), how many players sit at music stands (1 to 3), how brightly the stage is lit
(from dim to bright) and how tall the podium is (low to high; the conductor stands on it). The
panelling, the curtains, the floor, the podium's width and the conductor's size stay fixed; the
conductor, his baton and the players always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("arm_raise", "how high the conductor raises his arms and baton (lowered to raised)", "continuous"),
    Factor("players", "how many players sit at music stands on the stage (1 to 3)", "categorical",
           ("1", "2", "3")),
    Factor("stage_light", "how brightly the stage is lit (dim to bright)", "continuous"),
    Factor("podium_height", "height of the podium the conductor stands on (low to high)", "continuous"),
)
# arm_raise: -0.7..1.0 radians of both arms above the horizontal (negative: they point down and
# out), turning about the shoulders; each arm is 11 px long, the baton 12 px more; players: a code
# 0..2 for 1..3 players, at STANDS in that order; stage_light: 0..1 scales the whole picture by
# 0.45..1 and brightens a pool of light about the conductor; podium_height: 0..1 is a podium
# 3..12 px tall, so the conductor's feet are at y = 55..46 px
RANGES = ((-0.7, 1.0), (0.0, 2.0), (0.0, 1.0), (0.0, 1.0))
PANEL, PANEL_JOINT = (0.8, 0.66, 0.47), (0.62, 0.48, 0.32)
CURTAIN, FRINGE = np.array((0.62, 0.1, 0.14)), (0.88, 0.7, 0.26)
BOARDS, BOARD_LINE = (0.56, 0.38, 0.22), (0.42, 0.27, 0.15)
PODIUM, PODIUM_TOP = (0.36, 0.22, 0.13), (0.58, 0.42, 0.26)
STAND, SHEET, STAFF = (0.08, 0.08, 0.09), (0.96, 0.95, 0.88), (0.55, 0.55, 0.55)
COAT, COLLAR, HAIR, SKIN, BATON = (0.07, 0.07, 0.09), (0.97, 0.97, 0.97), (0.8, 0.8, 0.84), (0.9, 0.72, 0.6), \
    (0.98, 0.98, 0.96)
SPOT, PLAYER_HAIR = (1.0, 0.94, 0.78), (0.3, 0.2, 0.12)
STAGE_Y, FLOOR_FRONT = 42.0, 58.0  # the back of the stage floor, and where the podium stands
MID, PODIUM_HW = 32.0, 12.0
SHOULDER_DX, SHOULDER_UP, ARM, ARM_HW, BATON_LEN = 5.5, 23.0, 11.0, 1.9, 12.0
STANDS = (8.0, 56.0, 21.0)  # the stands' middles, in the order they fill
DESK_Y, DESK_HW, DESK_HH = 32.5, 7.0, 5.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, PANEL)
    R.over(img, R.coverage(np.abs((x % 8.0) - 4.0) - 3.6), PANEL_JOINT)
    folds = 0.82 + 0.22 * np.cos(2 * np.pi * x / 3.0)
    drapes = R.coverage(np.minimum(x - 3.5 - 0.08 * y, 60.5 - 0.08 * y - x))
    R.over(img, drapes, CURTAIN[None, :, None, None] * folds[:, None])
    R.over(img, R.coverage(y - 3.0 - 1.2 * np.abs(np.sin(np.pi * x / 4.0))), CURTAIN * 0.9)
    R.over(img, R.coverage(np.abs(y - 4.0 - 1.2 * np.abs(np.sin(np.pi * x / 4.0))) - 0.6), FRINGE)
    R.over(img, R.below(STAGE_Y, 1), BOARDS)
    lines = np.maximum(np.abs(((y - STAGE_Y) % 4.0) - 2.0) - 0.35, STAGE_Y + 1.0 - y)
    R.over(img, R.coverage(lines), BOARD_LINE)
    return img[0]


SCENE = _scene()


def _stands():
    """Coverage of each player (clothes, then face, then hair), of his stand (pole, feet, desk) and of its
    sheet of music, with its staves."""
    x, y = R.grid()
    out = []
    for sx in STANDS:
        head_y = DESK_Y - DESK_HH - 3.2
        body = np.minimum(R.box_sdf(x - sx, y - (DESK_Y + 2.5), 5.0, DESK_HH + 3.0),
                          np.minimum(R.segment_sdf(x, y, sx - 2.6, DESK_Y + 7.0, sx - 2.8, 47.0),
                                     R.segment_sdf(x, y, sx + 2.6, DESK_Y + 7.0, sx + 2.8, 47.0)) - 1.3)
        head = np.hypot(x - sx, y - head_y) - 3.2
        hair = np.maximum(head, y - head_y + 0.8)
        pole = np.minimum(R.segment_sdf(x, y, sx, DESK_Y, sx, 47.0) - 0.6,
                          np.minimum(R.segment_sdf(x, y, sx, 45.0, sx - 3.5, 48.0),
                                     R.segment_sdf(x, y, sx, 45.0, sx + 3.5, 48.0)) - 0.5)
        desk = R.box_sdf(x - sx, y - DESK_Y, DESK_HW, DESK_HH)
        sheet = R.box_sdf(x - sx, y - DESK_Y + 0.5, DESK_HW - 1.0, DESK_HH - 1.5)
        staves = np.maximum(np.abs(((y - DESK_Y + 0.5) % 2.0) - 1.0) - 0.3, sheet + 0.8)
        out.append((R.coverage(body), R.coverage(head), R.coverage(hair), R.coverage(np.minimum(pole, desk)),
                    R.coverage(sheet), 0.7 * R.coverage(staves)))
    return out


STAND_COVERS = _stands()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the players at their music stands, in the order they fill
    count = f[:, 1].astype(int)
    for i, (body, head, hair, stand, sheet, staves) in enumerate(STAND_COVERS):
        on = (count >= i).astype(np.float32)[:, None, None]
        R.over(img, on * body, COAT)
        R.over(img, on * head, SKIN)
        R.over(img, on * hair, PLAYER_HAIR)
        R.over(img, on * stand, STAND)
        R.over(img, on * sheet, SHEET)
        R.over(img, on * staves, STAFF)
    # the podium
    top = R.col(FLOOR_FRONT - 3.0 - 9.0 * f[:, 3])
    R.over(img, R.coverage(np.maximum(np.abs(x - MID) - PODIUM_HW, np.maximum(top - y, y - FLOOR_FRONT))), PODIUM)
    R.over(img, R.coverage(np.maximum(np.abs(x - MID) - PODIUM_HW, np.abs(y - top - 0.6) - 0.6)), PODIUM_TOP)
    # the conductor, from behind: legs, tailcoat with parted tails, collar, head of silver hair
    legs = np.minimum(R.segment_sdf(x, y, MID - 2.2, top - 12.0, MID - 2.4, top - 0.8),
                      R.segment_sdf(x, y, MID + 2.2, top - 12.0, MID + 2.4, top - 0.8)) - 1.8
    coat = np.maximum(np.abs(x - MID) - (6.5 - 0.1 * (y - top + 24.0)), np.maximum(top - 24.0 - y, y - top + 11.0))
    tails = np.maximum(np.abs(x - MID) - 4.5, np.maximum(top - 12.0 - y, y - top + 6.0))
    tails = np.maximum(tails, 0.7 - np.abs(x - MID))
    R.over(img, R.coverage(np.minimum(np.minimum(legs, coat), tails)), COAT)
    R.over(img, R.coverage(R.box_sdf(x - MID, y - top + 24.5, 2.6, 0.8)), COLLAR)
    R.over(img, R.coverage(np.hypot(x - MID, y - top + 29.0) - 4.3), HAIR)
    # the arms, turned about the shoulders, the hands and the baton
    a = R.col(f[:, 0])
    ca, sa = np.cos(a), np.sin(a)
    sy = top - SHOULDER_UP
    lx, rx = MID - SHOULDER_DX, MID + SHOULDER_DX
    lhx, rhx, hy = lx - ARM * ca, rx + ARM * ca, sy - ARM * sa
    arms = np.minimum(R.segment_sdf(x, y, lx, sy, lhx, hy), R.segment_sdf(x, y, rx, sy, rhx, hy)) - ARM_HW
    R.over(img, R.coverage(arms), COAT)
    baton = R.segment_sdf(x, y, rhx, hy, rhx + BATON_LEN * ca, hy - BATON_LEN * sa) - 0.75
    R.over(img, R.coverage(baton), BATON)
    hands = np.minimum(np.hypot(x - lhx, y - hy), np.hypot(x - rhx, y - hy)) - 1.8
    R.over(img, R.coverage(hands), SKIN)
    # the light: the whole stage from dim to bright, brightest about the conductor
    light = R.col(f[:, 2])
    pool = np.exp(-((x - MID) ** 2 + (y - 36.0) ** 2) / (2 * 14.0 ** 2))
    R.over(img, 0.35 * light * pool, SPOT)
    img *= (0.45 + 0.55 * light)[:, None]
    return R.to_uint8(img)


def render(arm_raise: float, players: float, stage_light: float, podium_height: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[arm_raise, players, stage_light, podium_height]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("conductor", arg, n, seed, FACTORS, sample_factors, _draw)
