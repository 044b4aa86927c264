"""`tuba`: a tuba standing on a wooden stage in front of a pleated red curtain, playing notes
(64x64 RGB).

The tuba stands upright in the middle of the stage, seen from the front: a wide conical bore
rises from a looped bow of tubing at the bottom and flares out at the top into a big bell with
a bright rim, its dark open mouth facing up; a loop of tubing on the right carries three silver
valves with round caps over shadowed metal, and a thin lead pipe ends in a silver mouthpiece.
The metal is shiny, with a pale highlight down the bore. White musical notes (pairs of eighth
notes: two round heads on stems joined by a beam) float in the air beside and above the bell.
Behind is a red stage curtain, its pleats shaded light and dark, above the boards of the stage.
Factors: the size of the bell (small to large), how far the tuba is tilted (leaning left,
upright, leaning right; it turns about the middle of its bore), how many pairs of notes float
in the air (none, 1, 2 or 3), the tint of the metal (silver to gold) and the width of the
curtain's pleats (narrow to wide). The bore, the tubing, the valves, the stage and the
curtain's colour stay fixed; the whole tuba always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("bell_size", "size of the tuba's bell (small to large)", "continuous"),
    Factor("tilt", "tilt of the tuba (leaning left, upright, leaning right)", "continuous"),
    Factor("notes", "how many pairs of musical notes float in the air", "categorical", ("0", "1", "2", "3")),
    Factor("metal_tint", "tint of the tuba's metal (silver to gold)", "continuous"),
    Factor("pleat_width", "width of the curtain's pleats (narrow to wide)", "continuous"),
)
# bell_size: 0..1 is a bell rim of half-width 7..17 px (its height 0.15 times that plus 1.2
# px); tilt: -0.3..0.3 radians from upright (negative: the top leans left), about the point
# (32, 38) px; notes: codes 0..3 are that many pairs of notes, drawn in the order of NOTES;
# metal_tint: 0..1 blends the metal from silver to gold; pleat_width: 0..1 is a pleat (one
# light and one dark fold) 4..12 px wide
RANGES = ((0.0, 1.0), (-0.3, 0.3), (0.0, 3.0), (0.0, 1.0), (0.0, 1.0))
CURTAIN, BOARDS, BOARD_LINE = np.array((0.62, 0.08, 0.12)), (0.5, 0.34, 0.2), (0.32, 0.21, 0.12)
SILVER_METAL, GOLD_METAL = np.array((0.74, 0.75, 0.79)), np.array((0.86, 0.64, 0.2))
VALVE, MOUTH, NOTE = (0.86, 0.87, 0.9), (0.12, 0.1, 0.08), (0.98, 0.96, 0.86)
STAGE, PX, PY = 58.0, 32.0, 38.0
NOTES = ((3.0, 36.0), (52.0, 37.0), (48.0, 16.0))  # the pairs' left heads
ROWS = (0, 62)  # the rows the tuba and the notes can reach


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, BOARDS)
    R.over(img, R.coverage(np.abs(y - STAGE - 0.5) - 0.6), BOARD_LINE)  # the stage's front edge
    R.over(img, R.coverage(np.abs(y - STAGE - 3.5) - 0.4), BOARD_LINE)  # a joint between the boards
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the curtain: pleats shaded light and dark across it, the same down every row
    width = R.col(4.0 + 8.0 * f[:, 4])
    fold = 0.55 + 0.45 * np.cos(2 * np.pi * x / width)  # (n, 1, W)
    img[:, :, :int(STAGE)] = CURTAIN[None, :, None, None] * fold[:, None]
    r0, r1 = ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    # the notes, behind the tuba: pairs of eighth notes, each a head with a stem up from its
    # right side, the two stems joined at the top by a beam
    count = R.col(f[:, 2])
    notes = np.full((n, r1 - r0, R.SIZE), np.inf, np.float32)
    for i, (hx, hy) in enumerate(NOTES):
        heads = np.minimum(R.ellipse_sdf(x - hx, y - hy, 2.8, 2.1), R.ellipse_sdf(x - hx - 7.0, y - hy + 2.0, 2.8, 2.1))
        stems = np.maximum(np.abs(np.abs(x - hx - 5.6) - 3.5) - 0.7, np.abs(y - hy + 7.0) - 6.0)
        beam = R.segment_sdf(x, y, hx + 2.2, hy - 12.0, hx + 9.0, hy - 14.0) - 1.3
        np.minimum(notes, np.where(count > i, np.minimum(np.minimum(heads, stems), beam), np.inf), out=notes)
    R.over(part, R.coverage(notes), NOTE)
    # the tuba, in its own coordinates (u right, v down), turned by the tilt about (PX, PY)
    a = R.col(f[:, 1])
    c, s = np.cos(a), np.sin(a)
    u = (x - PX) * c + (y - PY) * s
    v = (y - PY) * c - (x - PX) * s
    metal = SILVER_METAL[None] + (GOLD_METAL - SILVER_METAL)[None] * f[:, 3:4]
    rim = R.col(7.0 + 10.0 * f[:, 0])
    bow = np.abs(R.ellipse_sdf(u, v - 13.0, 8.0, 6.5)) - 2.6  # the bow of tubing at the bottom
    loop = R.ellipse_sdf(u - 9.0, v + 1.0, 6.5, 8.5)  # the loop of tubing round the valves
    bore = np.maximum(np.abs(u) - (3.0 + 2.5 * (13.0 - v) / 23.0), np.abs(v - 1.5) - 11.5)
    t = np.clip((-10.0 - v) / 10.0, 0.0, 1.0)
    flare = np.maximum(np.abs(u) - (5.5 + (rim - 5.5) * t * t), np.abs(v + 15.0) - 5.0)
    lead = R.segment_sdf(u, v, 12.0, 7.0, 17.0, -10.0) - 0.9
    body = np.minimum(np.minimum(np.minimum(bow, loop - 1.5), np.minimum(bore, flare)), lead)
    R.over(part, R.coverage(body), metal)
    R.over(part, R.coverage(loop + 1.5), metal * 0.72)  # the shadowed metal inside the loop
    R.over(part, 0.55 * R.coverage(np.maximum(np.abs(u + 2.0) - 0.9, bore)), VALVE)  # the highlight
    lip = 1.2 + 0.15 * rim
    R.over(part, R.coverage(R.ellipse_sdf(u, v + 20.0, rim, lip)), metal * 1.12 + 0.05)  # the rim
    R.over(part, R.coverage(R.ellipse_sdf(u, v + 20.0, rim - 1.6, lip - 1.2)), MOUTH)
    valves = np.full(u.shape, np.inf, np.float32)
    for vx in (6.3, 9.0, 11.7):  # three valves, each a short upright cylinder under a round cap
        stem = np.maximum(np.abs(u - vx) - 0.9, np.abs(v + 1.0) - 4.5)
        np.minimum(valves, np.minimum(stem, np.hypot(u - vx, v + 5.8) - 1.4), out=valves)
    R.over(part, R.coverage(valves), VALVE)
    R.over(part, R.coverage(np.hypot(u - 17.0, v + 10.5) - 1.6), VALVE)  # the mouthpiece
    return R.to_uint8(img)


def render(bell_size: float, tilt: float, notes: float, metal_tint: float, pleat_width: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[bell_size, tilt, notes, metal_tint, pleat_width]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("tuba", arg, n, seed, FACTORS, sample_factors, _draw)
