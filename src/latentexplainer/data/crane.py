"""`crane`: a tower crane on a building site lifting a load, seen from the side (64x64 RGB).

A yellow tower crane stands near the left of the image: a lattice mast of two uprights with
crossed braces, on a grey concrete footing on the brown earth of the site. At its top a long
lattice jib runs out to the right almost to the image's edge and a short counter-jib to the
left, with a grey concrete counterweight hanging under its end; a pointed frame rises above
the mast, tied to both ends by thin dark rods, and a small yellow cab with a pale window
hangs under the jib beside the mast. A dark trolley runs along the underside of the jib,
lowering a yellow hook block on two dark cables; from the hook, on two slings, hangs the
load: a long red steel girder, a wooden crate or a bundle of three blue pipes. Behind is a
row of blocks of flats, their windows lighting up at sunset, and the sky. Factors: how far
out along the jib the trolley is (near the mast to near the tip), how far the hook is let
down (just under the jib to far down), the height of the mast (short to tall; the jib rides
on it), what hangs from the hook (a steel girder, a wooden crate or a bundle of pipes) and
how late in the day it is (a blue midday sky to an orange sunset). The mast's place across
the image, the jib's length and the buildings stay fixed; the whole crane and its load
always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

LOADS = ("girder", "crate", "pipes")
FACTORS = (
    Factor("trolley_out", "how far out along the crane's jib the trolley is (near the mast to the tip)", "continuous"),
    Factor("hook_drop", "how far the crane's hook is let down (just under the jib to far down)", "continuous"),
    Factor("mast_height", "height of the crane's mast (short to tall)", "continuous"),
    Factor("load", "what hangs from the crane's hook: a steel girder, a wooden crate or pipes", "categorical",
           LOADS),
    Factor("sunset", "how late in the day it is (a blue midday sky to an orange sunset)", "continuous"),
)
# trolley_out: 0..1 puts the trolley (and the hook under it) at x = 27..50 px (the mast at x =
# 14 px, the jib's tip at x = 62 px); hook_drop: 0..1 puts the hook block's top 8..16 px under
# the jib's top chord; mast_height: 0..1 puts the jib's top chord at y = 24..10 px (the footing
# on the ground at y = 59 px); load: codes 0..2 are a girder 28 x 5 px, a crate 12 x 10 px and
# three pipes 22 px long and 3 px thick, stacked, each hung 2 px below the hook; sunset: 0..1
# mixes the midday sky into the sunset one and the buildings from grey-blue to dark purple
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, len(LOADS) - 1.0), (0.0, 1.0))
DAY_TOP, DAY_LOW = np.array((0.38, 0.62, 0.92), np.float32), np.array((0.76, 0.87, 0.97), np.float32)
DUSK_TOP, DUSK_LOW = np.array((0.3, 0.22, 0.46), np.float32), np.array((0.99, 0.6, 0.3), np.float32)
CITY_DAY, CITY_DUSK = np.array((0.55, 0.6, 0.7), np.float32), np.array((0.28, 0.2, 0.34), np.float32)
EARTH, EARTH_DARK, CONCRETE, STEEL = (0.5, 0.38, 0.26), (0.38, 0.28, 0.18), (0.62, 0.62, 0.6), (0.22, 0.22, 0.24)
YELLOW, YELLOW_DARK, GLASS, GIRDER, GIRDER_DARK, WOOD, WOOD_DARK = (
    (0.98, 0.78, 0.1),
    (0.72, 0.52, 0.05),
    (0.72, 0.88, 0.96),
    (0.78, 0.16, 0.1),
    (0.5, 0.08, 0.05),
    (0.8, 0.58, 0.32),
    (0.52, 0.34, 0.16),
)
PIPE, PIPE_DARK, PIPE_LIGHT = (0.16, 0.42, 0.82), (0.08, 0.22, 0.5), (0.55, 0.75, 0.98)
MAST_X, MAST_HW, GROUND_Y, TIP_X, TAIL_X, JIB_H = 14.0, 2.6, 59.0, 62.0, 2.0, 3.0
BUILDINGS = ((24.0, 34.0, 40.0), (35.0, 46.0, 44.0), (47.0, 56.0, 37.0), (57.0, 64.0, 42.0))  # left, right, top


def _background() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """How far down the sky each row is (H, W); the buildings' coverage (H, W) with their
    windows' (H, W); the ground's coverage (H, W) and colour (3, H, W)."""
    x, y = R.grid()
    t = np.broadcast_to(np.clip(y / GROUND_Y, 0.0, 1.0), (1, R.SIZE, R.SIZE))[0]
    city = np.min([R.edges_sdf(x, y, left, right, top, GROUND_Y + 1.0) for left, right, top in BUILDINGS], axis=0)
    windows = np.maximum(city + 1.5, np.maximum(np.abs((x % 3.0) - 1.5) - 0.5, np.abs((y % 4.0) - 2.0) - 0.8))
    layer = np.zeros((1, 3, R.SIZE, R.SIZE), np.float32)
    ground = R.below(GROUND_Y, 1)
    R.over(layer, ground, EARTH)
    R.over(layer, 0.6 * ground * R.coverage(np.abs(((x * 0.7 + y * 1.9) % 4.0) - 2.0) - 0.5), EARTH_DARK)
    footing = R.edges_sdf(x, y, MAST_X - 6.0, MAST_X + 6.0, GROUND_Y - 2.5, GROUND_Y + 1.0)
    R.over(layer, R.coverage(footing), CONCRETE)
    cover = np.maximum(ground, R.coverage(footing))[0]
    return (t.astype(np.float32), R.coverage(city)[0].astype(np.float32), R.coverage(windows)[0].astype(np.float32),
            cover.astype(np.float32), (layer[0] / np.maximum(cover, 1e-6)).astype(np.float32))


SKY_T, CITY, WINDOWS, GROUND_COVER, GROUND_COLOUR = _background()


def _lattice(along, across, width) -> np.ndarray:
    """Signed distance to a lattice girder: two chords ``width`` apart (``across`` from 0 to
    ``width``) with zigzag braces between them, ``along`` running down its length."""
    chords = np.minimum(np.abs(across), np.abs(across - width)) - 0.55
    m = along % (2.0 * width)
    braces = np.abs(across - np.abs(m - width)) / np.sqrt(2.0) - 0.45
    return np.minimum(chords, np.maximum(braces, np.maximum(-across, across - width)))


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    # the sky, from midday to sunset, the blocks of flats (their windows lit at sunset) and the ground
    late = f[:, 4].astype(np.float32)[:, None]
    top = DAY_TOP + (DUSK_TOP - DAY_TOP) * late  # (N, 3)
    low = DAY_LOW + (DUSK_LOW - DAY_LOW) * late
    img = (top[:, :, None, None] + (low - top)[:, :, None, None] * SKY_T).astype(np.float32)
    R.over(img, np.broadcast_to(CITY, (n, R.SIZE, R.SIZE)), CITY_DAY + (CITY_DUSK - CITY_DAY) * late)
    R.over(img, 0.8 * WINDOWS * R.col(f[:, 4]), (1.0, 0.85, 0.45))
    img += GROUND_COVER * (GROUND_COLOUR - img)
    # the mast, from the footing up to the jib, and the frame and tie rods above it
    jib = R.col(24.0 - 14.0 * f[:, 2])
    u = x - MAST_X + MAST_HW
    mast = np.maximum(_lattice(y - jib, u, 2 * MAST_HW), np.maximum(jib - y, y - GROUND_Y + 2.5))
    R.over(img, R.coverage(mast), YELLOW)
    apex = jib - 8.0
    ties = np.minimum(R.segment_sdf(x, y, MAST_X, apex, 44.0, jib),
                      R.segment_sdf(x, y, MAST_X, apex, TAIL_X + 1.0, jib))
    R.over(img, R.coverage(ties - 0.35), STEEL)
    frame = np.minimum(R.segment_sdf(x, y, MAST_X, apex, MAST_X - MAST_HW, jib),
                       R.segment_sdf(x, y, MAST_X, apex, MAST_X + MAST_HW, jib)) - 0.6
    R.over(img, R.coverage(frame), YELLOW)
    # the counter-jib with its counterweight, the jib, the cab under it
    R.over(img, R.coverage(R.edges_sdf(x, y, TAIL_X + 1.0, TAIL_X + 7.0, jib + 2.0, jib + 8.0)), CONCRETE)
    R.over(img, 0.5 * R.coverage(np.maximum(R.edges_sdf(x, y, TAIL_X + 1.0, TAIL_X + 7.0, jib + 2.0, jib + 8.0),
                                            np.abs(y - jib - 5.0) - 0.3)), STEEL)
    R.over(img, R.coverage(R.edges_sdf(x, y, TAIL_X, MAST_X, jib, jib + 2.5)), YELLOW)
    truss = np.maximum(_lattice(x - MAST_X, y - jib, JIB_H), np.maximum(MAST_X - x, x - TIP_X))
    R.over(img, R.coverage(truss), YELLOW)
    cab = R.edges_sdf(x, y, MAST_X + MAST_HW, MAST_X + MAST_HW + 5.0, jib + JIB_H, jib + JIB_H + 5.0)
    R.over(img, R.coverage(cab), YELLOW_DARK)
    R.over(img, R.coverage(np.maximum(cab + 0.8, MAST_X + MAST_HW + 2.0 - x)), GLASS)
    # the trolley, its cables and the hook block with its hook
    tx = R.col(27.0 + 23.0 * f[:, 0])
    hy = jib + R.col(8.0 + 8.0 * f[:, 1])
    u = x - tx
    R.over(img, R.coverage(R.edges_sdf(u, y, -2.0, 2.0, jib + JIB_H, jib + JIB_H + 1.8)), STEEL)
    cables = np.maximum(np.abs(np.abs(u) - 0.8) - 0.35, np.maximum(jib + JIB_H + 1.5 - y, y - hy))
    R.over(img, R.coverage(cables), STEEL)
    R.over(img, R.coverage(R.edges_sdf(u, y, -1.9, 1.9, hy, hy + 3.0)), YELLOW)
    ring = np.hypot(u, y - hy - 5.0) - 1.4
    hook = np.minimum(np.maximum(np.abs(ring) - 0.45, -np.maximum(u, y - hy - 5.0)),
                      np.maximum(np.abs(u - 1.4) - 0.45, np.maximum(hy + 3.0 - y, y - hy - 5.0)))
    R.over(img, R.coverage(hook), STEEL)
    # the load, on two slings from the hook
    code = f[:, 3].astype(int)
    half_w, tall = R.col(np.array((14.0, 6.0, 11.0))[code]), R.col(np.array((5.0, 10.0, 9.0))[code])
    top = hy + 8.5
    slings = np.minimum(R.segment_sdf(u, y, 0.0, hy + 6.2, -half_w + 2.0, top),
                        R.segment_sdf(u, y, 0.0, hy + 6.2, half_w - 2.0, top)) - 0.35
    R.over(img, R.coverage(slings), STEEL)
    box = R.edges_sdf(u, y, -half_w, half_w, top, top + tall)
    girder, crate, pipes = R.col(code == 0), R.col(code == 1), R.col(code == 2)
    R.over(img, girder * R.coverage(box), GIRDER)
    R.over(img, girder * R.coverage(np.maximum(box + 1.0, np.abs(y - top - 2.5) - 0.8)), GIRDER_DARK)
    R.over(img, crate * R.coverage(box), WOOD)
    frame = np.maximum(box, -(box + 1.2))
    brace = R.segment_sdf(u, y, -half_w, top + tall, half_w, top) - 0.55
    R.over(img, crate * R.coverage(np.maximum(box, np.minimum(frame, brace))), WOOD_DARK)
    # the pipes: three rounded bars stacked one on another, their ends darker
    for px, py in ((-1.0, 7.5), (1.0, 4.5), (0.0, 1.5)):
        pipe = R.box_sdf(u - px, y - top - py, 9.0, 0.0) - 1.5
        R.over(img, pipes * R.coverage(pipe), PIPE)
        R.over(img, pipes * R.coverage(np.maximum(pipe, np.abs(y - top - py + 0.6) - 0.4)), PIPE_LIGHT)
        R.over(img, pipes * R.coverage(np.maximum(pipe, 8.0 - np.abs(u - px))), PIPE_DARK)
    return R.to_uint8(img)


def render(trolley_out: float, hook_drop: float, mast_height: float, load: float, sunset: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[trolley_out, hook_drop, mast_height, load, sunset]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("crane", arg, n, seed, FACTORS, sample_factors, _draw)
