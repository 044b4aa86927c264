"""`wardrobe`: a two-door wooden wardrobe on legs in a bedroom, seen from the front, its doors
swinging open on the clothes inside (64x64 RGB).

The wardrobe stands on the carpet before a sage-green wall: a tall wooden cabinet with a
darker cornice along its top and a darker plinth along its bottom, on two short square legs.
Its two doors meet in the middle, each with a sunken panel and a brass knob by its inner edge.
The doors open outwards on hinges at the cabinet's sides: as a door swings towards the viewer
it looks narrower and darker, and the dark inside of the cabinet shows between the doors, with
a metal rail across its top and five coloured garments hanging from it. Factors: where the
wardrobe stands (left to right), its width (narrow to wide; the garments spread with it), how
far its doors are open (shut to nearly square to the front), the length of its legs (short
to long, which lifts the whole cabinet) and the tone of its wood (dark to pale). The cabinet's
height, the garments' colours, the wall and the carpet stay fixed; the whole wardrobe always
lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("wardrobe_x", "horizontal position of the wardrobe (left to right)", "continuous"),
    Factor("wardrobe_width", "width of the wardrobe (narrow to wide)", "continuous"),
    Factor("door_opening", "how far the wardrobe's doors are open (shut to wide open)", "continuous"),
    Factor("leg_length", "length of the wardrobe's legs (short to long)", "continuous"),
    Factor("wood_tone", "tone of the wardrobe's wood (dark to pale)", "continuous"),
)
# wardrobe_x: 0..1 puts its middle at x = 22..42 px; wardrobe_width: 0..1 is a cabinet of
# half-width 9..16 px; door_opening: 0..1 swings each door out of the front until it shows
# 1..0.22 of its width (the cosine of its turn, up to 1.35 radians); leg_length: 0..1 is legs
# of 1..8 px, under a 40 px tall cabinet, on the carpet at y = 58 px; wood_tone: 0..1 mixes
# the wood from dark to pale
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
WALL, SKIRTING, CARPET = (0.6, 0.68, 0.56), (0.9, 0.9, 0.86), (0.5, 0.42, 0.4)
INSIDE, RAIL, KNOB = (0.1, 0.08, 0.07), (0.6, 0.6, 0.62), (0.86, 0.7, 0.28)
DARK_WOOD, PALE_WOOD = np.array((0.3, 0.17, 0.08)), np.array((0.88, 0.74, 0.52))
GARMENTS = ((-0.62, (0.8, 0.2, 0.2)), (-0.3, (0.95, 0.95, 0.92)), (0.0, (0.2, 0.35, 0.75)),
            (0.3, (0.9, 0.75, 0.2)), (0.62, (0.25, 0.6, 0.35)))  # across the inside, as a fraction of it
FLOOR_Y, SKIRTING_H, BODY_H = 58.0, 2.5, 40.0
CORNICE_H, CORNICE_OUT, PLINTH_H, SIDE = 3.0, 1.2, 2.5, 1.2  # SIDE: the cabinet's sides by the doors
LEG_HW, PANEL, OPEN = 1.6, 2.2, 0.78
GARMENT_HW, GARMENT_TOP, GARMENT_LEN = 2.4, 6.0, 20.0


def _background() -> np.ndarray:
    img = R.canvas(1, WALL)
    R.over(img, R.below(FLOOR_Y - SKIRTING_H, 1), SKIRTING)
    R.over(img, R.below(FLOOR_Y, 1), CARPET)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    cx, hw = R.col(22 + 20 * f[:, 0]), R.col(9 + 7 * f[:, 1])
    shown = R.col(1 - OPEN * f[:, 2])  # how much of its width each door shows
    bottom = FLOOR_Y - R.col(1 + 7 * f[:, 3])
    top = bottom - BODY_H
    wood = DARK_WOOD[None] + (PALE_WOOD - DARK_WOOD)[None] * f[:, 4:5]  # (n, 3)
    # the legs, the cabinet, its cornice and plinth
    legs = np.maximum(np.abs(np.abs(x - cx) - hw + LEG_HW + 0.5) - LEG_HW, np.maximum(bottom - 1.0 - y, y - FLOOR_Y))
    R.over(img, R.coverage(legs), wood * 0.55)
    R.over(img, R.coverage(R.edges_sdf(x, y, cx - hw, cx + hw, top, bottom)), wood)
    trim = np.minimum(R.edges_sdf(x, y, cx - hw - CORNICE_OUT, cx + hw + CORNICE_OUT, top - 0.5, top + CORNICE_H),
                      R.edges_sdf(x, y, cx - hw, cx + hw, bottom - PLINTH_H, bottom))
    R.over(img, R.coverage(trim), wood * 0.72)
    # the inside, the rail and the garments on it
    left, right, d_top, d_bottom = cx - hw + SIDE, cx + hw - SIDE, top + CORNICE_H, bottom - PLINTH_H
    R.over(img, R.coverage(R.edges_sdf(x, y, left, right, d_top, d_bottom)), INSIDE)
    rail_y = d_top + 3.0
    R.over(img, R.coverage(np.maximum(np.abs(y - rail_y) - 0.6, np.abs(x - cx) - hw + SIDE)), RAIL)
    inner = hw - SIDE
    for at, colour in GARMENTS:
        gx = cx + at * inner
        g_top = d_top + GARMENT_TOP
        width = GARMENT_HW + 0.9 * np.clip((y - g_top) / 3.0, 0.0, 1.0)  # the shoulders
        garment = np.maximum(np.abs(x - gx) - width, np.maximum(g_top - y, y - g_top - GARMENT_LEN))
        hook = np.maximum(np.abs(x - gx) - 0.4, np.maximum(rail_y - y, y - g_top))
        R.over(img, R.coverage(garment), colour)
        R.over(img, R.coverage(hook), RAIL)
    # the doors, hinged at the sides, each showing `shown` of its width and darker as it turns
    dw = inner * shown
    door_l, door_r = (R.edges_sdf(x, y, left, left + dw, d_top, d_bottom),
                      R.edges_sdf(x, y, right - dw, right, d_top, d_bottom))
    face = wood * (0.55 + 0.45 * (1 - OPEN * f[:, 2:3])) ** 0.7
    doors = R.coverage(np.minimum(door_l, door_r))
    R.over(img, doors, face)
    panels = np.minimum(R.edges_sdf(x, y, left + PANEL * shown, left + dw - PANEL * shown, d_top + PANEL,
                                    d_bottom - PANEL),
                        R.edges_sdf(x, y, right - dw + PANEL * shown, right - PANEL * shown, d_top + PANEL,
                                    d_bottom - PANEL))
    R.over(img, 0.5 * R.coverage(np.abs(panels) - 0.45) * doors, face * 0.55)
    R.over(img, 0.8 * R.coverage(np.abs(x - cx) - 0.4) * doors, face * 0.45)  # where the shut doors meet
    ky = (d_top + d_bottom) / 2
    knobs = np.minimum(np.hypot(x - (left + dw - 1.8 * shown), y - ky),
                       np.hypot(x - (right - dw + 1.8 * shown), y - ky))
    return R.to_uint8(R.over(img, R.coverage(knobs - 1.0), KNOB))


def render(wardrobe_x: float, wardrobe_width: float, door_opening: float, leg_length: float,
           wood_tone: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[wardrobe_x, wardrobe_width, door_opening, leg_length, wood_tone]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("wardrobe", arg, n, seed, FACTORS, sample_factors, _draw)
