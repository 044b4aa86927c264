"""`dressmaker`: a dressmaker's fitting room, a new dress on a dressmaker's dummy beside a shelf of
bolts of cloth, seen from the front (64x64 RGB).

The room's wall is a muted sage green with faint paler panels; the floor is a band of wooden
boards along the bottom. Left of the middle stands a dressmaker's dummy: a small round wooden knob
on its neck, a yellow tape measure hanging round its neck, and below the skirt a wooden pole down
to a three-legged stand on the floor. The dummy wears a sleeveless dress of one colour: a bodice
shaped to the bust and narrowing to the waist, a darker belt, and a skirt hanging from the waist,
straight or flaring out to its hem, with a few darker folds. On the right a wooden shelf on
brackets holds bolts of cloth standing on end (navy, crimson, white and charcoal), filling their
places from the left. Factors: how long the skirt is (from short above the knee to long), how far
it flares out at the hem (from straight to wide), the hue of the dress (the whole colour wheel,
coming round to where it began) and how many bolts of cloth stand on the shelf (1 to 4). The wall,
the floor, the dummy, the shelf and the bolts' colours stay fixed; the skirt never reaches the
floor.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("skirt_length", "how long the dress's skirt is (short to long)", "continuous"),
    Factor("skirt_flare", "how far the skirt flares out at its hem (straight to wide)", "continuous"),
    Factor("dress_hue", "hue of the dress", "cyclic", period=1.0),
    Factor("bolts", "how many bolts of cloth stand on the shelf (1 to 4)", "categorical", ("1", "2", "3", "4")),
)
# skirt_length: 0..1 puts the hem 9..24 px below the waist at y = 30 px; skirt_flare: 0..1 makes
# the hem 6..18 px in half-width (the waist is 6 px); dress_hue: 0..1 of the colour wheel, a
# whole turn (0 and 1 are the same red); bolts: a code 0..3 for 1..4 bolts, at BOLTS from the left
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 3.0))
WALL, WALL_PANEL, FLOOR, BOARD = (0.55, 0.62, 0.52), (0.6, 0.67, 0.57), (0.5, 0.36, 0.22), (0.4, 0.28, 0.17)
WOOD, WOOD_DARK, TAPE = (0.66, 0.48, 0.3), (0.4, 0.28, 0.16), (0.96, 0.84, 0.25)
BOLT_COLOURS = ((0.12, 0.16, 0.42), (0.72, 0.1, 0.16), (0.96, 0.95, 0.9), (0.16, 0.16, 0.18))
FLOOR_Y, DUMMY_X, WAIST_Y, NECK_Y = 57.0, 20.0, 30.0, 12.0
SHELF_Y, SHELF_L, SHELF_R = 33.0, 36.0, 64.0
BOLTS = (39.5, 46.8, 54.1, 61.4)  # the bolts' middles, from the left
BOLT_HW, BOLT_H = 3.4, 24.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    panels = np.maximum(np.abs(((x - 2.0) % 20.0) - 10.0) - 7.5, np.abs(y - 26.0) - 20.0)
    R.over(img, R.coverage(np.abs(panels) - 0.6), WALL_PANEL)
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    R.over(img, R.coverage(np.maximum(np.abs(((y - FLOOR_Y) % 3.5) - 1.75) - 0.35, FLOOR_Y + 1.0 - y)), BOARD)
    # the shelf and its brackets
    shelf = np.minimum(R.edges_sdf(x, y, SHELF_L, SHELF_R + 1.0, SHELF_Y, SHELF_Y + 2.0),
                       np.minimum(R.segment_sdf(x, y, 40.0, SHELF_Y + 1.0, 40.0, SHELF_Y + 9.0),
                                  R.segment_sdf(x, y, 59.0, SHELF_Y + 1.0, 59.0, SHELF_Y + 9.0)) - 0.9)
    R.over(img, R.coverage(shelf), WOOD)
    # the dummy's stand: a pole and three legs, and its neck knob
    stand = np.minimum(R.edges_sdf(x, y, DUMMY_X - 0.9, DUMMY_X + 0.9, WAIST_Y, FLOOR_Y - 1.0),
                       np.minimum(R.segment_sdf(x, y, DUMMY_X, FLOOR_Y - 4.0, DUMMY_X - 7.0, FLOOR_Y + 1.0),
                                  R.segment_sdf(x, y, DUMMY_X, FLOOR_Y - 4.0, DUMMY_X + 7.0, FLOOR_Y + 1.0)) - 0.9)
    stand = np.minimum(stand, R.segment_sdf(x, y, DUMMY_X, FLOOR_Y - 4.0, DUMMY_X, FLOOR_Y + 2.0) - 0.9)
    R.over(img, R.coverage(stand), WOOD_DARK)
    neck = np.minimum(R.edges_sdf(x, y, DUMMY_X - 2.0, DUMMY_X + 2.0, NECK_Y - 1.0, NECK_Y + 4.0),
                      np.hypot(x - DUMMY_X, y - (NECK_Y - 2.5)) - 2.2)
    R.over(img, R.coverage(neck), WOOD)
    return img[0]


SCENE = _scene()


def _bodice():
    """Coverage of the bodice (bust to waist), of its belt, and of the tape measure over it."""
    x, y = R.grid()
    t = np.clip((y - (NECK_Y + 3.0)) / (WAIST_Y - NECK_Y - 3.0), 0.0, 1.0)  # 0 at the shoulders, 1 at the waist
    half = 7.5 + 2.5 * np.sin(np.pi * np.clip(t * 1.6, 0.0, 1.0)) - 3.0 * t ** 2
    bodice = np.maximum(np.abs(x - DUMMY_X) - half, np.maximum(NECK_Y + 3.0 - y, y - WAIST_Y))
    bodice = np.minimum(bodice, R.ellipse_sdf(x - DUMMY_X, y - (NECK_Y + 4.0), 7.5, 2.0))
    belt = np.maximum(bodice, np.abs(y - WAIST_Y + 1.0) - 1.2)
    tape = np.maximum(np.minimum(np.abs(x - DUMMY_X + 3.2), np.abs(x - DUMMY_X - 3.2)) - 0.8,
                      np.maximum(NECK_Y + 2.0 - y, y - 24.0))
    return R.coverage(bodice), R.coverage(belt), R.coverage(tape)


BODICE, BELT, TAPE_COVER = _bodice()


def _bolts():
    x, y = R.grid()
    return [R.coverage(R.box_sdf(x - bx, y - (SHELF_Y - BOLT_H / 2), BOLT_HW - 1.0, BOLT_H / 2 - 1.0) - 1.0)
            for bx in BOLTS]


BOLT_COVERS = _bolts()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the bolts of cloth on the shelf, from the left, the cloth's layers showing as darker lines
    count = f[:, 3].astype(int)
    for i, cover in enumerate(BOLT_COVERS):
        on = (count >= i).astype(np.float32)[:, None, None]
        R.over(img, on * cover, BOLT_COLOURS[i])
        fold = np.abs(((y - SHELF_Y) % 4.0) - 2.0) - 0.3
        R.over(img, 0.25 * on * cover * R.coverage(fold), (0.0, 0.0, 0.0))
    # the dress: the skirt from the waist to its hem, with folds, then the bodice and belt
    colour = R.hsv(f[:, 2], 0.7, 0.85)
    hem = R.col(WAIST_Y + 9.0 + 15.0 * f[:, 0])
    flare = R.col(6.0 + 12.0 * f[:, 1])
    t = np.clip((y - WAIST_Y) / (hem - WAIST_Y), 0.0, 1.0)
    half = 6.0 + (flare - 6.0) * t ** 1.1
    skirt = np.maximum(np.abs(x - DUMMY_X) - half, np.maximum(WAIST_Y - 1.0 - y, y - hem))
    cover = R.coverage(skirt)
    R.over(img, cover, colour)
    u = (x - DUMMY_X) / half  # across the skirt, -1..1
    folds = np.abs(((u * 2.0 + 0.5) % 1.0) - 0.5) * half / 2.0 - 0.35 - 1.0 * (1.0 - t)
    R.over(img, 0.6 * cover * R.coverage(folds), colour * 0.6)
    R.over(img, np.broadcast_to(BODICE, (n, R.SIZE, R.SIZE)), colour)
    R.over(img, BELT, colour * 0.55)
    return R.to_uint8(R.over(img, TAPE_COVER, TAPE))


def render(skirt_length: float, skirt_flare: float, dress_hue: float, bolts: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[skirt_length, skirt_flare, dress_hue, bolts]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("dressmaker", arg, n, seed, FACTORS, sample_factors, _draw)
