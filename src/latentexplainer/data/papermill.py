"""`papermill`: the workroom of an old paper mill, a vat of pulp, a wooden screw press and sheets
of paper drying on a line, seen from the front (64x64 RGB).

The workroom's back wall is of grey-blue stone with paler joints; the floor is a band of dark
flagstones along the bottom. On the left stands a wooden vat on the floor, its front cut away to
show the pulp inside: thick wooden staves at its sides and bottom, bound by iron hoops, the pulp
filling it from the bottom up. Right of the middle stands a screw press: two dark wooden posts
joined by a beam at the top, a thick iron screw coming down from the beam to a wooden board (the
platen) with a turning bar through the screw just above it, and below, on a wooden bed, a stack
of fresh sheets between brown felts. High across the room runs a drying line, on which sheets of
paper hang from the left. Factors: how far the press is screwed down (the board raised high
above the stack to pressed down onto it), how many sheets hang on the line (1 to 3), how full
the vat is (from a little pulp at the bottom to nearly full) and the colour of the paper (from
bright white to a brown tan; the hanging sheets, the stack and the pulp alike). The wall, the
floor, the vat, the press's frame and the stack's height stay fixed; everything always lies
inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("press_down", "how far the screw press is screwed down (raised to pressed down)", "continuous"),
    Factor("sheets", "how many sheets of paper hang on the drying line (1 to 3)", "categorical", ("1", "2", "3")),
    Factor("vat_fill", "how full the vat of pulp is (nearly empty to nearly full)", "continuous"),
    Factor("paper_colour", "colour of the paper (bright white to brown tan)", "continuous"),
)
# press_down: 0..1 brings the platen's top from y = 32 to 44 px (the stack's top is at 46.5 px);
# sheets: a code 0..2 for 1..3 sheets, at SHEETS from the left; vat_fill: 0..1 raises the
# pulp's surface from 2.5 to 17.5 px above the vat's inner bottom (y = 51.5 px, the inside 18.5 px
# deep); paper_colour: 0..1 blends the paper from white (0.96, 0.96, 0.93) to tan (0.72, 0.55, 0.36)
RANGES = ((0.0, 1.0), (0.0, 2.0), (0.0, 1.0), (0.0, 1.0))
WALL, JOINT, FLOOR, FLOOR_LINE = (0.38, 0.42, 0.5), (0.48, 0.51, 0.57), (0.3, 0.28, 0.26), (0.2, 0.19, 0.18)
WOOD, WOOD_DARK, INSIDE = (0.46, 0.3, 0.16), (0.3, 0.19, 0.1), (0.2, 0.13, 0.08)
IRON, IRON_LINE, ROPE, FELT = (0.24, 0.24, 0.27), (0.12, 0.12, 0.14), (0.78, 0.7, 0.52), (0.5, 0.36, 0.24)
WHITE, TAN = np.array((0.96, 0.96, 0.93)), np.array((0.72, 0.55, 0.36))
FLOOR_Y = 56.0
VAT_L, VAT_R, VAT_T, VAT_STAVE = 2.0, 26.0, 30.0, 2.5  # the vat's outside, and its staves' thickness
VAT_IN_BOTTOM = FLOOR_Y - 1.0 - 3.5  # the inside's bottom: the vat stands on 1 px feet, its bottom 3.5 px thick
POST_L, POST_R, BEAM_Y = 33.0, 56.0, 24.0  # the press: posts' inner edges and the beam's bottom
PRESS_X, BED_Y, STACK_Y = 44.5, 51.0, 46.5  # the press's middle, the bed's top, the stack's top
SHEETS = (10.0, 28.0, 46.0)  # the middles of the hanging sheets, filled from the left
LINE_Y, SHEET_HW, SHEET_H = 4.0, 7.5, 14.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    course = np.floor(y / 7.0)
    joints = np.minimum(np.abs((y % 7.0) - 0.5), np.abs(((x + course * 5.0) % 10.0) - 0.5))
    R.over(img, 0.8 * R.coverage(joints - 0.5), JOINT)
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    flags = np.minimum(np.abs(((y - FLOOR_Y) % 4.0) - 2.0), np.abs(((x + 3.0 * np.floor((y - FLOOR_Y) / 4.0)) % 11.0) - 0.5))
    R.over(img, R.coverage(np.maximum(flags - 0.4, FLOOR_Y + 1.0 - y)), FLOOR_LINE)
    # the drying line, tied to two hooks in the wall
    R.over(img, R.coverage(np.abs(y - LINE_Y - 0.02 * (x - 32.0) ** 2 / 10.0) - 0.5), ROPE)
    # the vat: its back inside, then its staves (the front cut away)
    R.over(img, R.coverage(R.edges_sdf(x, y, VAT_L, VAT_R, VAT_T, FLOOR_Y - 1.0)), WOOD)
    R.over(img, R.coverage(R.edges_sdf(x, y, VAT_L + VAT_STAVE, VAT_R - VAT_STAVE, VAT_T, VAT_IN_BOTTOM)), INSIDE)
    hoops = np.maximum(np.minimum(np.abs(y - 34.0), np.abs(y - 48.0)) - 0.8,
                       np.minimum(np.abs(x - VAT_L - 1.25), np.abs(x - VAT_R + 1.25)) - 1.25)
    R.over(img, R.coverage(hoops), IRON)
    feet = np.minimum(R.edges_sdf(x, y, VAT_L + 1.0, VAT_L + 4.0, FLOOR_Y - 1.5, FLOOR_Y),
                      R.edges_sdf(x, y, VAT_R - 4.0, VAT_R - 1.0, FLOOR_Y - 1.5, FLOOR_Y))
    R.over(img, R.coverage(feet), WOOD_DARK)
    # the press's frame: two posts, the beam, the bed
    frame = np.minimum(R.edges_sdf(x, y, POST_L - 3.0, POST_L, BEAM_Y - 4.0, FLOOR_Y),
                       R.edges_sdf(x, y, POST_R, POST_R + 3.0, BEAM_Y - 4.0, FLOOR_Y))
    frame = np.minimum(frame, R.edges_sdf(x, y, POST_L - 4.0, POST_R + 4.0, BEAM_Y - 4.0, BEAM_Y))
    frame = np.minimum(frame, R.edges_sdf(x, y, POST_L, POST_R, BED_Y, BED_Y + 3.0))
    R.over(img, R.coverage(frame), WOOD_DARK)
    R.over(img, R.coverage(R.edges_sdf(x, y, POST_L - 4.0, POST_R + 4.0, BEAM_Y - 4.0, BEAM_Y - 3.0)), WOOD)
    return img[0]


SCENE = _scene()


def _paper_covers():
    """Coverage of the paper (the sheets in the stack, each hanging sheet) and of the felts."""
    x, y = R.grid()
    stack = R.edges_sdf(x, y, PRESS_X - 9.0, PRESS_X + 9.0, STACK_Y, BED_Y)
    layers = np.abs(((y - STACK_Y) % 1.5) - 0.75) - 0.35  # thin paper between thicker felts
    paper = R.coverage(np.maximum(stack, -layers))
    felt = R.coverage(np.maximum(stack, layers))
    hanging = []
    for cx in SHEETS:
        top = LINE_Y + 0.02 * (cx - 32.0) ** 2 / 10.0
        sag = 0.6 * np.sin(np.pi * np.clip((x - cx + SHEET_HW) / (2 * SHEET_HW), 0.0, 1.0))
        sheet = np.maximum(np.abs(x - cx) - SHEET_HW, np.maximum(top - y, y - (top + SHEET_H + sag)))
        peg = R.edges_sdf(x, y, cx - 0.8, cx + 0.8, top - 1.8, top + 1.8)
        hanging.append((R.coverage(sheet)[0], R.coverage(peg)[0]))
    return paper[0], felt[0], hanging


PAPER, FELTS, HANGING = _paper_covers()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    c = f[:, 3:4]
    paper = WHITE + (TAN - WHITE) * c
    # the hanging sheets, from the left, each held by a peg
    count = f[:, 1].astype(int)
    for i, (sheet, peg) in enumerate(HANGING):
        on = (count >= i).astype(np.float32)[:, None, None]
        R.over(img, on * sheet, paper * 0.97)
        R.over(img, on * peg, WOOD_DARK)
    # the pulp in the vat, from the bottom up, a paler line along its surface
    level = R.col(VAT_IN_BOTTOM - 2.5 - 15.0 * f[:, 2])
    inside = R.edges_sdf(x, y, VAT_L + VAT_STAVE, VAT_R - VAT_STAVE, VAT_T, VAT_IN_BOTTOM)
    pulp = np.maximum(inside, level - y)
    R.over(img, R.coverage(pulp), paper * 0.88)
    R.over(img, R.coverage(np.maximum(inside, np.abs(y - level - 0.6) - 0.7)), paper)
    # the stack of sheets between felts on the press's bed
    R.over(img, FELTS[None], FELT)
    R.over(img, PAPER[None], paper)
    # the platen, the screw above it and the turning bar through the screw
    top = R.col(32.0 + 12.0 * f[:, 0])
    platen = R.edges_sdf(x, y, PRESS_X - 10.0, PRESS_X + 10.0, top, top + 2.5)
    screw = R.edges_sdf(x, y, PRESS_X - 2.5, PRESS_X + 2.5, BEAM_Y, top)
    R.over(img, R.coverage(screw), IRON)
    thread = np.abs((((y - 0.5 * (x - PRESS_X)) % 2.5) - 1.25)) - 0.45
    R.over(img, R.coverage(np.maximum(screw + 0.5, thread)), IRON_LINE)
    R.over(img, R.coverage(platen), WOOD)
    R.over(img, R.coverage(np.maximum(platen, top + 1.8 - y)), WOOD_DARK)
    bar = R.edges_sdf(x, y, PRESS_X - 11.0, PRESS_X + 11.0, top - 6.0, top - 4.2)
    R.over(img, R.coverage(bar), IRON_LINE)
    R.over(img, R.coverage(np.hypot(x - PRESS_X, y - (top - 5.1)) - 2.4), IRON)
    return R.to_uint8(img)


def render(press_down: float, sheets: float, vat_fill: float, paper_colour: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[press_down, sheets, vat_fill, paper_colour]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("papermill", arg, n, seed, FACTORS, sample_factors, _draw)
