"""`boatyard`: a small boatyard on a harbour quay, a sailing boat standing on trestles beside a
timber boat shed, above a stone quay wall and the water of the harbour, seen from the front
(64x64 RGB).

A sky runs down to a line of distant blue-grey hills. On the quay, at the left, stands a boat
shed of tarred black boards under a pitched roof, with a wide open doorway framed in white, dark
inside; the quay's top is a band of worn paving across the image. On the right of the shed a
wooden sailing boat stands on two trestles: a painted hull with a white band along its gunwale
and a dark stripe along its keel, and a mast rising from it with a boom along its foot. Its sail
is of tan-red canvas, hoisted up the mast on a gaff; when it is lowered it lies bundled along
the boom. Below the quay's top the quay wall of grey stone blocks goes down to the bottom of the
image, dark with weed near its foot, and the harbour's green water covers its lower part.
Factors: the hue of the boat's hull (the whole colour wheel, coming round to where it began),
how high the tide has risen up the quay wall (from low water at the wall's foot to nearly the
top), how far the sail is hoisted (from lowered on the boom to hoisted to the masthead) and how
foggy the day is (from clear to a thick grey fog that hides the hills and pales everything). The
sky, the hills, the shed, the quay, the boat's shape and its mast stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("hull_hue", "hue of the boat's hull", "cyclic", period=1.0),
    Factor("tide", "how high the tide has risen up the quay wall (low to high)", "continuous"),
    Factor("sail", "how far the boat's sail is hoisted (lowered to the masthead)", "continuous"),
    Factor("fog", "how foggy the day is (clear to thick fog)", "continuous"),
)
# hull_hue: 0..1 of the colour wheel, a whole turn (0 and 1 are the same red); tide: 0..1 puts
# the water's surface at y = 61..43 px (the quay's top is at y = 37..41 px); sail: 0..1 raises the
# gaff from the boom (y = 21 px) to 17 px above it; fog: 0..1 veils everything in a grey-white
# haze of opacity 0..0.7 (the far hills 0..0.85)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.42, 0.64, 0.9)), np.array((0.72, 0.85, 0.95))
HILLS, PAVING, PAVING_DARK = (0.42, 0.5, 0.62), (0.62, 0.6, 0.55), (0.5, 0.48, 0.44)
STONE, STONE_JOINT, WEED = (0.56, 0.56, 0.54), (0.38, 0.38, 0.37), (0.2, 0.26, 0.14)
TAR, TAR_LINE, DOORWAY, ROOF = (0.14, 0.14, 0.15), (0.24, 0.24, 0.26), (0.05, 0.04, 0.04), (0.36, 0.2, 0.16)
WOOD, MAST, WHITE, KEEL = (0.5, 0.34, 0.2), (0.62, 0.46, 0.26), (0.95, 0.95, 0.92), (0.2, 0.12, 0.1)
SAIL, SAIL_SEAM, WATER, WATER_LIGHT = (0.7, 0.3, 0.18), (0.56, 0.22, 0.12), (0.2, 0.44, 0.4), (0.36, 0.6, 0.54)
FOG = (0.84, 0.85, 0.86)
HORIZON, QUAY_TOP, WALL_TOP = 30.0, 37.0, 41.0
SHED_L, SHED_R, SHED_TOP = 1.0, 21.0, 16.0
HULL_L, HULL_R, GUNWALE, KEEL_Y = 24.0, 61.0, 23.5, 35.0
MAST_X, MAST_TOP, BOOM_Y, BOOM_R = 39.0, 1.5, 21.0, 57.0


def _hull(x, y):
    """The hull seen from its side: a straight gunwale, a keel curving up to bow and stern.
    Returns its signed distance (roughly) and the row of its bottom in each column."""
    half = (HULL_R - HULL_L) / 2
    t = (x - (HULL_L + HULL_R) / 2) / half
    bottom = KEEL_Y - 6.0 * np.clip(t, 0.0, None) ** 2 - 3.5 * np.clip(-t, 0.0, None) ** 2
    return np.maximum(np.maximum(GUNWALE - y, y - bottom), np.abs(t) * half - half), bottom


def _hills(x, y):
    """Signed distance (roughly) to the distant hills and everything below them."""
    return HORIZON - 4.0 - 3.0 * np.sin(x / 10.0 + 0.5) - 1.5 * np.sin(x / 4.0) - y


def _scene():
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, HORIZON)[None].copy()
    R.over(img, R.coverage(_hills(x, y)), HILLS)
    # the quay's top, then the wall below it with its blocks and weed
    R.over(img, R.below(QUAY_TOP, 1), PAVING)
    R.over(img, 0.6 * R.coverage(np.maximum(np.abs(((x + 3.0) % 9.0) - 4.5) - 0.4, QUAY_TOP + 1.0 - y)),
           PAVING_DARK)
    R.over(img, R.below(WALL_TOP, 1), STONE)
    course = np.floor((y - WALL_TOP + 2.0) / 4.0)
    joints = np.minimum(np.abs(((y - WALL_TOP) % 4.0) - 2.0) - 0.45,
                        np.abs(((x + course * 4.0) % 8.0) - 4.0) - 0.45)
    R.over(img, R.coverage(np.maximum(joints, WALL_TOP + 0.5 - y)), STONE_JOINT)
    weed = 55.0 + 1.5 * np.sin(x * 0.9) + np.sin(x * 2.3)
    R.over(img, 0.85 * R.coverage(weed - y), WEED)
    # the shed: tarred boards, a pitched roof, a wide dark doorway
    shed = R.edges_sdf(x, y, SHED_L, SHED_R, SHED_TOP, QUAY_TOP + 1.0)
    R.over(img, R.coverage(shed), TAR)
    R.over(img, R.coverage(np.maximum(np.abs(((x - SHED_L) % 3.0) - 1.5) - 0.35, shed + 0.3)), TAR_LINE)
    roof = np.maximum(np.abs(x - (SHED_L + SHED_R) / 2) - (y - SHED_TOP) - 12.0, y - SHED_TOP - 1.0)
    R.over(img, R.coverage(roof), ROOF)
    R.over(img, R.coverage(R.edges_sdf(x, y, 4.0, 18.0, 21.0, QUAY_TOP + 1.0)), WHITE)
    R.over(img, R.coverage(R.edges_sdf(x, y, 5.0, 17.0, 22.0, QUAY_TOP + 1.0)), DOORWAY)
    # the trestles, the mast and the boom
    for tx in (32.0, 52.0):
        legs = np.minimum(R.segment_sdf(x, y, tx, KEEL_Y - 1.0, tx - 3.0, QUAY_TOP + 2.0),
                          R.segment_sdf(x, y, tx, KEEL_Y - 1.0, tx + 3.0, QUAY_TOP + 2.0)) - 0.7
        R.over(img, R.coverage(legs), WOOD)
    R.over(img, R.coverage(R.edges_sdf(x, y, MAST_X - 1.0, MAST_X + 1.0, MAST_TOP, GUNWALE)), MAST)
    R.over(img, R.coverage(R.segment_sdf(x, y, MAST_X, BOOM_Y, BOOM_R, BOOM_Y + 0.5) - 0.7), MAST)
    return img[0]


SCENE = _scene()


def _hull_covers():
    x, y = R.grid()
    hull, bottom = _hull(x, y)
    band = np.maximum(hull, y - GUNWALE - 1.2)
    keel = np.maximum(hull, bottom - 1.6 - y)
    return R.coverage(hull)[0], R.coverage(band)[0], R.coverage(keel)[0]


HULL_COVER, BAND_COVER, KEEL_COVER = _hull_covers()
HILLS_COVER = R.coverage(_hills(*R.grid())) * (1.0 - R.below(QUAY_TOP, 1)[0])  # where the hills show


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the hull: its paint, a white band at the gunwale, a dark stripe along the keel
    paint = R.hsv(f[:, 0], 0.72, 0.8)
    R.over(img, np.broadcast_to(HULL_COVER, (n, R.SIZE, R.SIZE)), paint)
    R.over(img, np.broadcast_to(BAND_COVER, (n, R.SIZE, R.SIZE)), WHITE)
    R.over(img, np.broadcast_to(KEEL_COVER, (n, R.SIZE, R.SIZE)), KEEL)
    # the sail: between the boom and the gaff, which rises up the mast; bundled when lowered
    gaff = R.col(BOOM_Y - 0.5 - 17.0 * f[:, 2])
    head = BOOM_Y - gaff  # the sail's height, px
    leech = MAST_X + 1.0 + (BOOM_R - MAST_X - 1.0) * np.clip((y - gaff) / np.maximum(head, 1e-3), 0.0, 1.0) ** 0.5
    peak = gaff - 2.0 / 12.0 * (x - MAST_X)  # the gaff slants up to the right
    sail = np.maximum(np.maximum(MAST_X + 1.0 - x, x - np.maximum(leech, MAST_X + 10.0)), np.maximum(peak - y, y - BOOM_Y))
    R.over(img, R.coverage(sail), SAIL)
    seams = np.maximum(np.abs(((x - MAST_X) % 4.0) - 2.0) - 0.35, sail + 0.5)
    R.over(img, 0.7 * R.coverage(seams), SAIL_SEAM)
    bundle = R.ellipse_sdf(x - (MAST_X + BOOM_R) / 2, y - (BOOM_Y - 0.8), (BOOM_R - MAST_X) / 2, 1.6)
    R.over(img, R.coverage(bundle) * np.clip(1.0 - head / 4.0, 0.0, 1.0), SAIL)
    gaff_spar = R.segment_sdf(x, y, MAST_X, gaff, MAST_X + 12.0, gaff - 2.0) - 0.6
    R.over(img, R.coverage(gaff_spar), MAST)
    # the tide up the quay wall, with a light line along its surface
    level = R.col(61.0 - 18.0 * f[:, 1])
    R.over(img, R.coverage(level - y), WATER)
    R.over(img, 0.8 * R.coverage(np.abs(y - level - 0.8) - 0.5 + 0.6 * np.abs(np.sin(x * 0.8))), WATER_LIGHT)
    # the fog, veiling everything and the far hills a little more
    fog = R.col(f[:, 3])
    R.over(img, fog * (0.7 + 0.15 * HILLS_COVER), FOG)
    return R.to_uint8(img)


def render(hull_hue: float, tide: float, sail: float, fog: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[hull_hue, tide, sail, fog]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("boatyard", arg, n, seed, FACTORS, sample_factors, _draw)
