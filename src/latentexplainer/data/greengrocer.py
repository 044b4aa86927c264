"""`greengrocer`: the front of a greengrocer's shop, a striped awning over its window and three
wooden crates of produce on a trestle stand in front, seen from the front (64x64 RGB).

The shopfront is painted cream, with a dark green sign board with a gold line across the top
and, under it, the awning's roller box. Below is the wide shop window, dark glass with pale
streaks of reflection, on a brick stall riser. The awning is pulled out from its roller over
the top of the window: a canvas of vertical stripes, coloured and white in turn, ending in a
scalloped edge. In front of the window stands a wooden trestle table on the grey pavement, and
on it three open crates side by side, their slatted fronts facing out, each full of the same
produce, heaped up above the crate's top in a mound of round fruit (or, for aubergines, long
ones) with dark gaps between them. Factors: how far the awning is pulled out (rolled up to
fully out), what produce is in the crates (red apples, oranges, green limes or purple
aubergines), how high the produce is heaped above the crates (level with their tops to heaped
high) and the hue of the awning's coloured stripes (a cyclic factor with a whole-turn period).
The shopfront, the window, the stand and the crates stay fixed; the awning never reaches the
produce.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("awning_out", "how far the shop's awning is pulled out (rolled up to fully out)", "continuous"),
    Factor("produce", "what produce fills the crates on the stand", "categorical",
           ("apples", "oranges", "limes", "aubergines")),
    Factor("heap", "how high the produce is heaped above the crates (level to heaped high)", "continuous"),
    Factor("awning_hue", "hue of the awning's coloured stripes", "cyclic", period=1.0),
)
# awning_out: 0..1 brings the awning's lower edge (the tops of its scallops) from y = 11 to 24 px
# (its scallops hang 1.5 px lower), out from the roller at y = 9 px; it spreads 0.1 px to each
# side per row below the roller, from x = 4..60 px; stripes 6 px wide; produce: one of four
# kinds, the same in all three crates (x = 4..21, 23..40 and 42..59 px); heap: 0..1 raises the
# mound in each crate from level with its top (y = 36 px) to 10 px above it, a half-ellipse
# across the crate's width; awning_hue: 0..1 of the colour wheel (a whole turn)
RANGES = ((0.0, 1.0), (0.0, 3.0), (0.0, 1.0), (0.0, 1.0))
WALL, SIGN, GOLD, ROLLER = (0.87, 0.82, 0.68), (0.1, 0.3, 0.2), (0.85, 0.7, 0.3), (0.3, 0.3, 0.32)
GLASS, REFLECTION, FRAME_C = (0.15, 0.2, 0.25), (0.3, 0.38, 0.44), (0.25, 0.36, 0.3)
BRICK, PAVEMENT, TABLE, CRATE, SLAT_GAP = (0.52, 0.28, 0.2), (0.56, 0.56, 0.55), (0.5, 0.34, 0.2), \
    (0.76, 0.58, 0.34), (0.45, 0.32, 0.18)
GAP = (0.12, 0.08, 0.05)  # the dark between the fruit
WHITE = (0.96, 0.95, 0.9)
ROLLER_Y, AWNING_X, STRIPE, SCALLOP = 9.0, (4.0, 60.0), 6.0, 1.5
WINDOW = (4.0, 60.0, 11.0, 44.0)
CRATES = (12.5, 31.5, 50.5)  # the crates' middles; each 17 px wide
CRATE_HW, CRATE_TOP, CRATE_FRONT, TABLE_Y = 8.5, 36.0, 42.0, 50.0
KINDS = (  # colour, radius across, radius up and down, lattice spacing across and up
    ((0.82, 0.1, 0.12), 2.6, 2.6, 5.6, 4.6),
    ((0.98, 0.56, 0.08), 2.9, 2.9, 6.2, 5.1),
    ((0.42, 0.76, 0.16), 2.1, 2.1, 4.6, 3.8),
    ((0.4, 0.12, 0.5), 3.8, 1.8, 8.2, 3.8),
)


def _produce() -> np.ndarray:
    """Each kind's fruit laid over the whole image, (4, 3, H, W): a lattice of shaded fruit with
    a highlight, dark gaps between them."""
    x, y = R.grid()
    x, y = x[0], y[0]
    out = np.empty((len(KINDS), 3, R.SIZE, R.SIZE), np.float32)
    for k, (colour, rx, ry, dx, dy) in enumerate(KINDS):
        img = np.empty((1, 3, R.SIZE, R.SIZE), np.float32)
        img[:] = np.asarray(GAP, np.float32)[:, None, None]
        c = np.asarray(colour, np.float32)
        for j, cy in enumerate(np.arange(CRATE_FRONT + 1.0, 20.0, -dy)):
            for cx in np.arange(-dx + (dx / 2 if j % 2 else 0.0), R.SIZE + dx, dx):
                u, v = x - cx, y - cy
                d = R.ellipse_sdf(u, v, rx, ry)
                shade = 1.0 - 0.35 * np.clip(np.sqrt((u / rx) ** 2 + (v / ry) ** 2), 0, 1) ** 2
                R.over(img, R.coverage(d)[None], c[:, None, None] * shade[None])
                shine = np.hypot(u + 0.4 * rx, v + 0.45 * ry) - 0.7
                R.over(img, 0.6 * R.coverage(shine)[None], WHITE)
        out[k] = img[0]
    return out


PRODUCE = _produce()


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, R.coverage(R.edges_sdf(x, y, 6.0, 58.0, 1.0, 7.5)), SIGN)
    R.over(img, R.coverage(np.abs(R.edges_sdf(x, y, 7.5, 56.5, 2.5, 6.0)) - 0.4), GOLD)
    R.over(img, R.coverage(R.edges_sdf(x, y, 3.0, 61.0, 7.5, ROLLER_Y + 0.5)), ROLLER)
    R.over(img, R.coverage(R.edges_sdf(x, y, *WINDOW)), FRAME_C)
    R.over(img, R.coverage(R.edges_sdf(x, y, WINDOW[0] + 1.0, WINDOW[1] - 1.0, WINDOW[2], WINDOW[3] - 1.0)), GLASS)
    streak = np.abs(((x + 0.8 * y) % 22.0) - 11.0) - 1.6
    R.over(img, 0.8 * R.coverage(np.maximum(streak, R.edges_sdf(x, y, 5.0, 59.0, 12.0, 43.0))), REFLECTION)
    R.over(img, R.coverage(np.abs(x - 32.0) - 0.6) * R.coverage(np.maximum(WINDOW[2] - y, y - WINDOW[3])), FRAME_C)
    R.over(img, R.below(WINDOW[3], 1), BRICK)
    mortar = np.minimum(np.abs((y % 3.0) - 0.5), np.abs(((x + 3.0 * (np.floor(y / 3.0) % 2)) % 6.0) - 0.5))
    R.over(img, 0.6 * R.coverage(np.maximum(mortar - 0.4, WINDOW[3] - y)), (0.7, 0.66, 0.58))
    R.over(img, R.below(TABLE_Y + 4.0, 1), PAVEMENT)
    R.over(img, R.coverage(R.edges_sdf(x, y, 2.0, 62.0, TABLE_Y, TABLE_Y + 3.0)), TABLE)
    for lx in (7.0, 57.0):
        R.over(img, R.coverage(R.edges_sdf(x, y, lx - 1.5, lx + 1.5, TABLE_Y + 3.0, 64.0)), TABLE)
    return img[0]


def _crates() -> tuple[np.ndarray, np.ndarray]:
    """The crates' slatted fronts (3, H, W) and their coverage (H, W)."""
    x, y = R.grid()
    img = R.canvas(1, CRATE)
    alpha = np.zeros((1, R.SIZE, R.SIZE), np.float32)
    for cx in CRATES:
        front = R.coverage(R.edges_sdf(x, y, cx - CRATE_HW, cx + CRATE_HW, CRATE_FRONT, TABLE_Y))
        alpha = np.maximum(alpha, front)
        gaps = np.minimum(np.abs(y - 44.7), np.abs(y - 47.3)) - 0.45
        R.over(img, front * R.coverage(gaps), SLAT_GAP)
        R.over(img, front * R.coverage(np.abs(np.abs(x - cx) - CRATE_HW + 1.0) - 0.5), SLAT_GAP)
    return img[0], alpha[0]


BACKGROUND = _background()
CRATE_IMG, CRATE_ALPHA = _crates()
ROWS = (int(ROLLER_Y) - 1, int(TABLE_Y))  # the rows the awning and the produce can reach


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    r0, r1 = ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    # the awning: stripes down from the roller, spreading a little, a scalloped lower edge
    edge = R.col(11.0 + 13.0 * f[:, 0])
    spread = 0.1 * (y - ROLLER_Y)
    u = x - AWNING_X[0] + spread  # across the canvas, from its left edge
    width = AWNING_X[1] - AWNING_X[0] + 2 * spread
    scallop = edge + SCALLOP * np.sqrt(np.clip(1 - (((u % STRIPE) - STRIPE / 2) / (STRIPE / 2)) ** 2, 0, 1))
    canvas = R.coverage(np.maximum(np.maximum(ROLLER_Y - y, y - scallop), np.maximum(-u, u - width)))
    coloured = (np.floor(u / STRIPE) % 2 == 0).astype(np.float32)
    colour = R.hsv(f[:, 3], 0.78, 0.86)[:, :, None, None]
    fall = 1.0 - 0.15 * np.clip((y - ROLLER_Y) / 16.0, 0, 1)  # a little darker towards the edge
    R.over(part, canvas, WHITE)
    R.over(part, canvas * coloured, colour * fall[:, None])
    # the produce: a band inside each crate and a mound above it
    h = R.col(10.0 * f[:, 2])
    mound = np.full((n, r1 - r0, R.SIZE), np.inf, np.float32)
    for cx in CRATES:
        w = np.clip(1 - ((x - cx) / CRATE_HW) ** 2, 0, 1)
        top = CRATE_TOP - h * np.sqrt(w)
        sdf = np.maximum(np.maximum(top - y, y - CRATE_FRONT - 1.0), np.abs(x - cx) - CRATE_HW)
        np.minimum(mound, sdf, out=mound)
    kind = f[:, 1].astype(int)
    R.over(part, R.coverage(mound), PRODUCE[kind][:, :, r0:r1])
    R.over(img, np.broadcast_to(CRATE_ALPHA, (n, R.SIZE, R.SIZE)), CRATE_IMG)
    return R.to_uint8(img)


def render(awning_out: float, produce: float, heap: float, awning_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[awning_out, produce, heap, awning_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("greengrocer", arg, n, seed, FACTORS, sample_factors, _draw)
