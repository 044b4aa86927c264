"""`stove`: a gas hob with four burners set into a wooden kitchen worktop, seen from straight
above (64x64 RGB).

The hob is a rounded rectangle that fills most of the image, with a thin steel rim; the pale
wooden worktop shows around its edges. Its four burners stand in two rows of two, each a round
silver crown with a black cap in its middle and four black cast-iron pan supports reaching in
towards it. Along the front of the hob is a row of four silver knobs, one for each burner; a
burner that is lit has a ring of blue gas flames, brighter near the crown, with a faint blue
glow on the hob around it, and its knob is turned clockwise from upright, further the higher
the flame. Factors: how many burners are lit (one to four, lit in the order back left, back
right, front left, front right), how high the flames are turned up (small to tall flames),
the size of the burners (their crowns and caps), the colour of the hob (white enamel through
grey to black) and the brightness of the kitchen's lighting (dim to bright; the flames shine
just as brightly when it is dim). The burners' places, the pan supports, the knobs' places and
the worktop stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("burners_lit", "how many of the hob's four burners are lit (one to four)", "categorical",
           ("1", "2", "3", "4")),
    Factor("flame_size", "how high the gas flames are turned up (small to tall flames)", "continuous"),
    Factor("burner_size", "size of the burners (small to large)", "continuous"),
    Factor("hob_shade", "colour of the hob (white enamel through grey to black)", "continuous"),
    Factor("kitchen_light", "brightness of the kitchen's lighting (dim to bright)", "continuous"),
)
# burners_lit: code 0..3 lights the first 1..4 burners of BURNERS (back left, back right, front
# left, front right); flame_size: 0..1 makes the flames reach 1.5..7 px beyond the crown (and
# turns the lit burners' knobs 0.6..2.2 radians clockwise from upright); burner_size: 0..1 is a
# cap of radius 3..5.5 px (the crown 1.2 px wider); hob_shade: 0..1 runs the hob's colour from
# white enamel to black; kitchen_light: 0..1 scales everything but the flames by 0.3..1
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
WORKTOP, GRAIN = (0.76, 0.6, 0.42), (0.66, 0.5, 0.34)
RIM, CROWN, CAP, IRON, KNOB = (0.56, 0.57, 0.6), (0.74, 0.74, 0.76), (0.1, 0.1, 0.11), (0.06, 0.06, 0.07), \
    (0.82, 0.82, 0.84)
WHITE_HOB, BLACK_HOB = np.array((0.93, 0.93, 0.91)), np.array((0.1, 0.1, 0.11))
FLAME, CORE = (0.25, 0.45, 1.0), (0.72, 0.85, 1.0)
BURNERS = ((18.0, 16.0), (46.0, 16.0), (18.0, 42.0), (46.0, 42.0))  # back left, back right, front left, front right
KNOBS = ((12.0, 58.0), (24.0, 58.0), (40.0, 58.0), (52.0, 58.0))  # the same order
HOB = (4.0, 60.0, 1.5, 62.5)  # left, right, top, bottom
PATCH = 14  # each burner is drawn in the square of pixels within this of its centre
KNOB_R, KNOB_PATCH = 3.1, 4
PETALS = 10  # flames around each burner


def _background() -> np.ndarray:
    """The worktop and the hob's steel rim (the hob itself is painted per image)."""
    x, y = R.grid()
    img = R.canvas(1, WORKTOP)
    grain = np.abs(np.sin(y * 1.3 + 2.0 * np.sin(x * 0.11))) ** 8
    R.over(img, 0.6 * grain, GRAIN)
    left, right, top, bottom = HOB
    R.over(img, R.coverage(R.edges_sdf(x, y, left + 3, right - 3, top + 3, bottom - 3) - 3.0), RIM)
    return img[0]


def _supports() -> np.ndarray:
    """Coverage (H, W) of the cast-iron pan supports: four prongs reaching in to each burner."""
    x, y = R.grid()
    d = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for cx, cy in BURNERS:
        for a in (0.25 * np.pi, 0.75 * np.pi, 1.25 * np.pi, 1.75 * np.pi):
            c, s = np.cos(a), np.sin(a)
            d = np.minimum(d, R.segment_sdf(x, y, cx + 8.5 * c, cy + 8.5 * s, cx + 13.5 * c, cy + 13.5 * s) - 0.8)
    return R.coverage(d)[0]


BACKGROUND, SUPPORTS = _background(), _supports()
_HOB = R.coverage(R.edges_sdf(*R.grid(), HOB[0] + 4, HOB[1] - 4, HOB[2] + 4, HOB[3] - 4) - 3.2)[0]


def _polar(half: int):
    c = np.arange(-half, half, dtype=np.float32) + 0.5
    u, v = c[None, None, :], c[None, :, None]
    return np.hypot(u, v), np.arctan2(v, u)


RHO, THETA = _polar(PATCH)
PETAL = (0.55 + 0.45 * np.cos(PETALS * THETA)).astype(np.float32)
_KU = np.arange(-KNOB_PATCH, KNOB_PATCH, dtype=np.float32)[None, None, :] + 0.5
_KV = np.arange(-KNOB_PATCH, KNOB_PATCH, dtype=np.float32)[None, :, None] + 0.5


def _patch(img: np.ndarray, cx: float, cy: float, half: int) -> np.ndarray:
    x0, y0 = int(cx) - half, int(cy) - half
    return img[:, :, y0:y0 + 2 * half, x0:x0 + 2 * half]


def _draw(f: np.ndarray) -> np.ndarray:
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    hob = WHITE_HOB[None] + (BLACK_HOB - WHITE_HOB)[None] * f[:, 3:4]
    R.over(img, np.broadcast_to(_HOB, (n, R.SIZE, R.SIZE)), hob)
    lit_count = f[:, 0] + 1
    flame, rc = R.col(f[:, 1]), R.col(3.0 + 2.5 * f[:, 2])
    reach = 1.5 + 5.5 * flame
    # the burners: crown and cap
    for cx, cy in BURNERS:
        part = _patch(img, cx, cy, PATCH)
        R.over(part, R.coverage(RHO - rc - 1.2), CROWN)
        R.over(part, R.coverage(RHO - rc), CAP)
    # the knobs: a silver disc with a dark pointer, upright when off, turned clockwise when lit
    for i, (kx, ky) in enumerate(KNOBS):
        part = _patch(img, kx, ky, KNOB_PATCH)
        R.over(part, np.broadcast_to(R.coverage(np.hypot(_KU, _KV) - KNOB_R), (n, 8, 8)), KNOB)
        turn = R.col(np.where(lit_count > i, 0.6 + 1.6 * f[:, 1], 0.0))
        tx, ty = 2.5 * np.sin(turn), -2.5 * np.cos(turn)
        R.over(part, R.coverage(R.segment_sdf(_KU, _KV, 0.0, 0.0, tx, ty) - 0.55), IRON)
    # the kitchen's lighting dims all of that; the flames shine on regardless
    light = 0.3 + 0.7 * f[:, 4]
    img *= light[:, None, None, None].astype(np.float32)
    for i, (cx, cy) in enumerate(BURNERS):
        part = _patch(img, cx, cy, PATCH)
        on = R.col(lit_count > i)
        crown = rc + 1.2
        glow = on * (0.35 * flame + 0.1) * np.exp(-np.maximum(RHO - crown, 0.0) / (1.5 + 2.5 * flame))
        R.over(part, glow * R.coverage(crown - RHO), FLAME)
        outside = R.coverage(crown - 0.4 - RHO)
        R.over(part, on * outside * R.coverage(RHO - crown - reach * PETAL), FLAME)
        R.over(part, on * outside * R.coverage(RHO - crown - 0.45 * reach * PETAL), CORE)
    iron = np.asarray(IRON, np.float32)[None] * light[:, None]
    R.over(img, np.broadcast_to(SUPPORTS, (n, R.SIZE, R.SIZE)), iron)
    return R.to_uint8(img)


def render(burners_lit: float, flame_size: float, burner_size: float, hob_shade: float,
           kitchen_light: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[burners_lit, flame_size, burner_size, hob_shade, kitchen_light]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("stove", arg, n, seed, FACTORS, sample_factors, _draw)
