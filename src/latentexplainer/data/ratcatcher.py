"""`ratcatcher`: a ratcatcher's cellar, rats along a wooden shelf, a sack of grain on the floor and
a box trap with a sliding door set on the flagstones, seen from the front (64x64 RGB).

The cellar's wall is of cool grey stone blocks with darker joints; a dark wooden shelf runs right
across it, and below it the floor is a band of dark flagstones along the bottom of the image. Dark
brown rats sit on the shelf facing right, each with a rounded body, a pointed head with a pink
ear and a black eye, and a thin pink tail hanging over the shelf's edge; they are placed from
the left. On the floor at the left stands a plump cream sack of grain, bulging at its foot and
tied at the neck. To its right a wooden box trap stands on the floor, seen end on: a square dark
doorway in its front with a wedge of yellow cheese inside, and a grey metal door that slides up
and down between two wooden guide posts. Factors: how many rats sit on the shelf (1 to 3), how far the trap's door is
raised (from shut, covering the doorway, to fully raised above the box), where the trap stands
along the floor (left to right) and the size of the sack (small to large). The wall, the shelf,
the floor, the rats' places and the trap's size stay fixed; the whole trap and sack always lie
inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("rats", "how many rats sit on the shelf (1 to 3)", "categorical", ("1", "2", "3")),
    Factor("door_raised", "how far the trap's sliding door is raised (shut to fully open)", "continuous"),
    Factor("trap_x", "horizontal position of the trap on the floor (left to right)", "continuous"),
    Factor("sack_size", "size of the sack of grain on the floor (small to large)", "continuous"),
)
# rats: a code 0..2 for 1..3 rats, at RATS from the left; door_raised: 0..1 lifts the door's
# bottom edge from the sill of the doorway (y = 53 px) to the top of the box (y = 41 px);
# trap_x: 0..1 puts the trap's middle at x = 34..51 px (the box is 22 px wide); sack_size: 0..1
# is a sack 4.5..9.5 px in half-width at its foot and 1.25 times that in half-height, standing on the floor
# with its middle at x = 12 px
RANGES = ((0.0, 2.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
STONE, JOINT, SHELF, SHELF_EDGE = (0.58, 0.6, 0.64), (0.44, 0.45, 0.5), (0.36, 0.24, 0.14), (0.24, 0.15, 0.08)
FLAG, FLAG_JOINT = (0.3, 0.29, 0.28), (0.2, 0.19, 0.19)
RAT, RAT_BELLY, PINK, EYE = (0.2, 0.15, 0.12), (0.3, 0.24, 0.2), (0.86, 0.6, 0.6), (0.02, 0.02, 0.02)
SACK, SACK_SHADE, TIE = (0.88, 0.82, 0.66), (0.72, 0.66, 0.5), (0.46, 0.34, 0.2)
BOX, BOX_DARK, HOLE, CHEESE = (0.62, 0.44, 0.26), (0.42, 0.28, 0.15), (0.07, 0.05, 0.05), (0.96, 0.8, 0.26)
DOOR, DOOR_EDGE = (0.74, 0.75, 0.78), (0.32, 0.33, 0.36)
FLOOR_Y, SHELF_Y = 54.0, 21.0
RATS = (10.0, 30.0, 50.0)  # the rats' middles along the shelf, in the order they fill
BOX_HW, BOX_TOP, HOLE_HW, HOLE_TOP, HOLE_BOTTOM = 11.0, 40.0, 6.0, 42.0, 53.0
SACK_X = 12.0
ROWS = (27, 56)  # the rows the trap and the sack can reach


def _scene():
    x, y = R.grid()
    img = R.canvas(1, STONE)
    course = np.floor(y / 7.0)
    joints = np.minimum(np.abs((y % 7.0) - 0.5), np.abs(((x + course * 6.0) % 12.0) - 0.5))
    R.over(img, R.coverage(joints - 0.6), JOINT)
    img *= (1.0 + 0.05 * np.sin(2.3 * course + 1.3 * np.floor((x + course * 6.0) / 12.0)))[:, None]
    R.over(img, R.coverage(np.abs(y - SHELF_Y - 1.5) - 1.5), SHELF)
    R.over(img, R.coverage(np.abs(y - SHELF_Y - 3.3) - 0.6), SHELF_EDGE)
    R.over(img, R.below(FLOOR_Y, 1), FLAG)
    flags = np.maximum(np.minimum(np.abs(y - 59.0) - 0.4, np.abs(((x + 5.0 * (y > 59.0)) % 14.0) - 0.5) - 0.4),
                       FLOOR_Y + 0.5 - y)
    R.over(img, R.coverage(flags), FLAG_JOINT)
    return img[0]


SCENE = _scene()


def _rats():
    """Coverage of each rat: its body and head, its tail, its ear and its eye."""
    x, y = R.grid()
    out = []
    for cx in RATS:
        body = np.minimum(R.ellipse_sdf(x - cx, y - (SHELF_Y - 4.8), 7.2, 4.8),
                          R.ellipse_sdf(x - (cx + 7.2), y - (SHELF_Y - 3.6), 4.2, 2.9))
        belly = np.maximum(R.ellipse_sdf(x - cx, y - (SHELF_Y - 2.2), 5.6, 2.2), body)
        tail = np.minimum(R.segment_sdf(x, y, cx - 6.0, SHELF_Y - 1.5, cx - 10.5, SHELF_Y + 1.0),
                          R.segment_sdf(x, y, cx - 10.5, SHELF_Y + 1.0, cx - 11.5, SHELF_Y + 8.0)) - 0.75
        ear = np.hypot(x - (cx + 4.8), y - (SHELF_Y - 8.2)) - 2.0
        eye = np.hypot(x - (cx + 8.2), y - (SHELF_Y - 4.6)) - 0.9
        out.append(tuple(R.coverage(d) for d in (body, belly, tail, ear, eye)))
    return out


RAT_COVERS = _rats()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the rats on the shelf, from the left
    count = f[:, 0].astype(int)
    for i, (body, belly, tail, ear, eye) in enumerate(RAT_COVERS):
        on = (count >= i).astype(np.float32)[:, None, None]
        R.over(img, on * tail, PINK)
        R.over(img, on * body, RAT)
        R.over(img, on * belly, RAT_BELLY)
        R.over(img, on * ear, PINK)
        R.over(img, on * eye, EYE)
    # below the shelf: the sack and the trap, drawn only in the rows they reach
    r0, r1 = ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    hw = R.col(4.5 + 5.0 * f[:, 3])
    hh = 1.25 * hw
    cy = FLOOR_Y + 0.5 - hh
    t = np.clip((y - cy + hh) / (2.0 * hh), 0.0, 1.0)  # 0 at the sack's neck, 1 at its foot
    half = hw * (0.55 + 0.45 * np.sqrt(t))  # narrow at the neck, bulging at the foot
    sack = np.maximum(np.abs(x - SACK_X) - half, np.abs(y - cy) - hh)
    neck = cy - hh
    tuft = np.maximum(np.abs(x - SACK_X) - 0.5 * hw * (1.0 - (neck - y) / 4.0), np.abs(y - neck + 2.0) - 2.0)
    R.over(part, R.coverage(np.minimum(sack, tuft)), SACK)
    R.over(part, 0.8 * R.coverage(np.maximum(sack + 1.5, SACK_X - 0.25 * hw - x)), SACK_SHADE)  # its shaded side
    R.over(part, R.coverage(R.box_sdf(x - SACK_X, y - neck, 0.4 * hw, 0.6) - 0.5), TIE)
    # the trap: the box, its dark doorway and the cheese, the guide posts and the sliding door
    tx = R.col(34.0 + 17.0 * f[:, 2])
    R.over(part, R.coverage(R.edges_sdf(x, y, tx - BOX_HW, tx + BOX_HW, BOX_TOP, FLOOR_Y + 0.5)), BOX)
    R.over(part, R.coverage(R.edges_sdf(x, y, tx - BOX_HW, tx + BOX_HW, BOX_TOP, BOX_TOP + 1.2)), BOX_DARK)
    R.over(part, R.coverage(R.edges_sdf(x, y, tx - HOLE_HW, tx + HOLE_HW, HOLE_TOP, HOLE_BOTTOM)), HOLE)
    cheese = np.maximum(R.edges_sdf(x, y, tx - 3.0, tx + 3.5, HOLE_BOTTOM - 4.0, HOLE_BOTTOM),
                        (tx - 3.0 - x) * 0.55 + (HOLE_BOTTOM - 4.0 - y))
    R.over(part, R.coverage(cheese), CHEESE)
    posts = np.maximum(np.abs(np.abs(x - tx) - HOLE_HW - 1.8) - 1.0, np.abs(y - 39.0) - 10.0)
    R.over(part, R.coverage(posts), BOX_DARK)
    bottom = R.col(HOLE_BOTTOM - (HOLE_BOTTOM - BOX_TOP - 1.0) * f[:, 1])
    door = R.edges_sdf(x, y, tx - HOLE_HW - 1.0, tx + HOLE_HW + 1.0, bottom - (HOLE_BOTTOM - HOLE_TOP) - 1.0, bottom)
    R.over(part, R.coverage(door), DOOR_EDGE)
    R.over(part, R.coverage(door + 0.9), DOOR)
    ring = np.abs(np.hypot(x - tx, y - (bottom - 9.0)) - 1.3) - 0.45
    R.over(part, R.coverage(ring), DOOR_EDGE)
    return R.to_uint8(img)


def render(rats: float, door_raised: float, trap_x: float, sack_size: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[rats, door_raised, trap_x, sack_size]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("ratcatcher", arg, n, seed, FACTORS, sample_factors, _draw)
