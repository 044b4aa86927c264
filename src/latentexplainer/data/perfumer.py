"""`perfumer`: a perfumer's bench, a glass flask of new scent standing on a marble top in front of
shelves of little bottles and a window with a roller blind, seen from the front (64x64 RGB).

The wall is a warm pale pink. Upper left, three dark wooden shelves step up the wall, each with a
row of little stoppered bottles of amber, brown and clear glass. Upper right is a window in a
white frame: blue sky above a garden's row of lavender; a cream roller blind with a dark pull
bar hangs in it from the top, and the sunlight coming through the window falls as a pale warm
patch on the bench. The bench has a white marble top with grey veins and a dark wooden front with
two drawers and brass handles. On the left of the bench stands the flask: clear glass with a grey
outline and a white highlight, a narrow neck and a round glass stopper, part filled with
coloured scent whose surface is a lighter line. Right of it stand two little vials, and at the
right a small vase of pink roses. Factors: the shape of the flask (a round-bellied flask, a tall
bottle or a square bottle), how full it is (empty to full), the colour of the scent (red
through orange, yellow and green to blue) and how far the blind is pulled down (up to nearly
closed; the patch of sunlight on the bench fades as it comes down). The wall, the shelves and
their bottles, the window, the bench, the vials and the roses stay fixed; the flask always lies
inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("flask", "shape of the glass flask (round, tall or square)", "categorical", ("round", "tall", "square")),
    Factor("fill", "how full the flask of scent is (empty to full)", "continuous"),
    Factor("scent_hue", "colour of the scent in the flask (red through yellow and green to blue)", "continuous"),
    Factor("blind", "how far the window's roller blind is pulled down (up to nearly closed)", "continuous"),
)
# flask: a code 0..2 for a round-bellied flask (radius 11 px), a tall bottle (12 px wide, 26 px
# tall) or a square bottle (20 px wide, 16 px tall), standing on the bench at y = 47 px with its
# middle at x = 20 px; fill: 0..1 is the scent's depth as a share of the body's height (0: empty);
# scent_hue: 0..0.62 of the colour wheel (no wrap), at saturation 0.7 and value 0.85; blind:
# 0..1 brings the blind's lower edge from y = 7 to 31 px (the window's glass spans y = 5..33 px)
RANGES = ((0.0, 2.0), (0.0, 1.0), (0.0, 0.62), (0.0, 1.0))
WALL, SHELF, FRAME = (0.86, 0.76, 0.74), (0.36, 0.22, 0.14), (0.96, 0.96, 0.94)
GLASSES = ((0.78, 0.5, 0.16), (0.46, 0.28, 0.14), (0.78, 0.86, 0.86))
SKY, LAVENDER, LEAVES = (0.62, 0.8, 0.96), (0.58, 0.48, 0.78), (0.36, 0.56, 0.32)
BLIND, BLIND_FOLD, PULL = (0.94, 0.9, 0.78), (0.84, 0.79, 0.66), (0.3, 0.22, 0.16)
MARBLE, VEIN, FRONT, DRAWER, BRASS = (0.92, 0.92, 0.9), (0.68, 0.68, 0.7), (0.34, 0.22, 0.15), (0.27, 0.17, 0.11), \
    (0.84, 0.68, 0.3)
SUN = (1.0, 0.92, 0.66)
GLASS, OUTLINE, SHINE = (0.9, 0.95, 0.97), (0.46, 0.5, 0.54), (1.0, 1.0, 1.0)
ROSE, ROSE_DARK, STEM, VASE = (0.93, 0.5, 0.62), (0.74, 0.3, 0.42), (0.28, 0.5, 0.26), (0.44, 0.56, 0.72)
TOP_Y, FRONT_Y, FLASK_X, FOOT = 46.0, 50.0, 20.0, 47.0
WIN_L, WIN_R, WIN_T, WIN_B = 40.0, 60.0, 5.0, 33.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    # the stepped shelves and their little bottles
    for i, sy in enumerate((13.0, 22.0, 31.0)):
        R.over(img, R.coverage(R.edges_sdf(x, y, 2.0, 34.0 - 4.0 * (2 - i), sy, sy + 1.5)), SHELF)
        for k in range(int((30.0 - 4.0 * (2 - i)) // 5)):
            bx = 5.0 + 5.0 * k + 1.5 * (i % 2)
            c = GLASSES[(k + i) % 3]
            R.over(img, R.coverage(R.box_sdf(x - bx, y - (sy - 3.0), 1.2, 2.2) - 0.5), c)
            R.over(img, R.coverage(R.edges_sdf(x, y, bx - 0.7, bx + 0.7, sy - 7.5, sy - 5.5)), SHELF)
    # the window: sky and a row of lavender in a white frame
    R.over(img, R.coverage(R.edges_sdf(x, y, WIN_L - 1.5, WIN_R + 1.5, WIN_T - 1.5, WIN_B + 2.0)), FRAME)
    R.over(img, R.coverage(R.edges_sdf(x, y, WIN_L, WIN_R, WIN_T, WIN_B)), SKY)
    garden = np.maximum(R.edges_sdf(x, y, WIN_L, WIN_R, WIN_T, WIN_B), 25.0 + 1.5 * np.sin(1.3 * x) - y)
    R.over(img, R.coverage(garden), LEAVES)
    tufts = np.maximum(np.abs(((x - WIN_L) % 4.0) - 2.0) - 1.0, np.abs(y - 25.0) - 2.0)
    R.over(img, R.coverage(np.maximum(tufts, R.edges_sdf(x, y, WIN_L, WIN_R, WIN_T, WIN_B))), LAVENDER)
    R.over(img, R.coverage(np.maximum(np.abs(x - (WIN_L + WIN_R) / 2) - 0.7, R.edges_sdf(x, y, WIN_L, WIN_R, WIN_T,
                                                                                            WIN_B))), FRAME)
    # the bench: a marble top with veins, a wooden front with two drawers
    R.over(img, R.below(TOP_Y, 1), MARBLE)
    veins = np.abs(y - TOP_Y - 2.0 - 1.2 * np.sin(0.35 * x + 1.0) - 0.6 * np.sin(1.1 * x)) - 0.3
    R.over(img, 0.7 * R.coverage(veins), VEIN)
    R.over(img, R.below(FRONT_Y, 1), FRONT)
    for dx in (4.0, 34.0):
        R.over(img, R.coverage(R.edges_sdf(x, y, dx, dx + 26.0, 53.0, 61.0)), DRAWER)
        R.over(img, R.coverage(np.hypot(x - dx - 13.0, y - 57.0) - 1.2), BRASS)
    # two little vials, and a vase of roses
    for vx, c in ((36.0, GLASSES[0]), (41.0, GLASSES[2])):
        R.over(img, R.coverage(R.box_sdf(x - vx, y - 42.5, 1.3, 3.0) - 0.5), c)
        R.over(img, R.coverage(R.edges_sdf(x, y, vx - 0.8, vx + 0.8, 37.0, 39.5)), SHELF)
    stems = np.min([R.segment_sdf(x, y, 53.0, 44.0, sx, sy) for sx, sy in ((49.0, 34.0), (53.0, 31.0), (57.0, 34.5))], 0)
    R.over(img, R.coverage(stems - 0.6), STEM)
    R.over(img, R.coverage(R.ellipse_sdf(x - 53.0, y - 42.0, 3.5, 4.5)), VASE)
    for sx, sy in ((49.0, 34.0), (53.0, 31.0), (57.0, 34.5)):
        R.over(img, R.coverage(np.hypot(x - sx, y - sy) - 2.4), ROSE)
        R.over(img, R.coverage(np.abs(np.hypot(x - sx - 0.3, y - sy + 0.2) - 1.1) - 0.35), ROSE_DARK)
    return img[0]


SCENE = _scene()


def _flasks():
    """Per shape: the signed distance to the whole flask (body, neck, stopper), to its body, and
    the body's top row."""
    x, y = R.grid()
    out = []
    for kind in range(3):
        if kind == 0:
            body, top = np.hypot(x - FLASK_X, y - (FOOT - 11.0)) - 11.0, FOOT - 22.0
        elif kind == 1:
            body, top = R.box_sdf(x - FLASK_X, y - (FOOT - 13.0), 4.0, 11.0) - 2.0, FOOT - 26.0
        else:
            body, top = R.box_sdf(x - FLASK_X, y - (FOOT - 8.0), 8.0, 6.0) - 2.0, FOOT - 16.0
        body = np.maximum(body, y - FOOT)
        neck = R.edges_sdf(x, y, FLASK_X - 2.2, FLASK_X + 2.2, top - 7.0, top + 2.0)
        stopper = np.hypot(x - FLASK_X, y - (top - 8.5)) - 2.6
        out.append((np.minimum(np.minimum(body, neck), stopper)[0], body[0], top))
    return out


FLASKS = _flasks()
WHOLE = np.stack([w for w, _, _ in FLASKS])
BODY = np.stack([b for _, b, _ in FLASKS])
BODY_TOP = np.array([t for _, _, t in FLASKS], np.float32)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the blind, pulled down from the top of the window, and the sunlight on the bench
    low = R.col(7.0 + 24.0 * f[:, 3])
    blind = np.maximum(R.edges_sdf(x, y, WIN_L - 0.5, WIN_R + 0.5, WIN_T - 1.0, 64.0), y - low)
    cover = R.coverage(blind)
    R.over(img, cover, BLIND)
    R.over(img, 0.6 * cover * R.coverage(np.abs(((y - low) % 4.0) - 2.0) - 0.4), BLIND_FOLD)
    R.over(img, R.coverage(R.edges_sdf(x, y, WIN_L - 1.0, WIN_R + 1.0, low - 0.5, low + 1.2)), PULL)
    patch = np.maximum(R.ellipse_sdf(x - 46.0, y - 48.0, 14.0, 3.0), TOP_Y - y)
    R.over(img, (0.55 * (1.0 - R.col(f[:, 3]))) * R.coverage(np.maximum(patch, y - FRONT_Y)), SUN)
    # the flask: clear glass, the scent up to its level, an outline and a highlight
    kind = f[:, 0].astype(int)
    whole, body = WHOLE[kind], BODY[kind]
    top = BODY_TOP[kind][:, None, None]
    glass = R.coverage(whole)
    R.over(img, 0.45 * glass, GLASS)
    level = FOOT - R.col(f[:, 1]) * (FOOT - top)
    scent = R.coverage(np.maximum(body + 0.8, level - y))
    R.over(img, 0.92 * scent, R.hsv(f[:, 2], 0.7, 0.85))
    R.over(img, 0.7 * scent * R.coverage(np.abs(y - level - 0.6) - 0.5), SHINE)
    R.over(img, R.coverage(np.abs(whole + 0.4) - 0.5), OUTLINE)
    shine = np.maximum(np.abs(x - (FLASK_X - 4.5)) - 0.6, body + 2.0)
    R.over(img, 0.8 * R.coverage(np.maximum(shine, np.abs(y - (top + FOOT) / 2 + 2.0) - 4.0)), SHINE)
    return R.to_uint8(img)


def render(flask: float, fill: float, scent_hue: float, blind: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[flask, fill, scent_hue, blind]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("perfumer", arg, n, seed, FACTORS, sample_factors, _draw)
