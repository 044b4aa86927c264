"""`loomshed`: a wooden hand loom in a weaving shed, a length of cloth half woven on it and
a shuttle resting on the beater, seen from the front (64x64 RGB).

The shed's back wall is of dark upright boards; the floor is a band of worn planks along the
bottom. The loom fills most of the image: two honey-coloured wooden uprights on the floor,
joined by a beam at the top; below the beam a roller holds the warp, pale threads running down
the loom through a bar of heddles to the breast beam, a round roller low across the loom. From
the breast beam upward the cloth is woven across the warp, and below the breast beam the
finished cloth is wound on the cloth beam. Just above the top edge of the woven cloth lies the
beater, a wooden bar across the loom, and on it rests the shuttle, a dark wooden boat-shaped
piece with a bobbin of yarn in its middle and a thread trailing back to the left edge of the
cloth. Factors: where the shuttle rests across the loom (left to right), how much cloth has
been woven (from a narrow band above the breast beam to most of the way up to the heddles; the
beater and the shuttle rise with its top edge), the hue of the yarn (the woven cloth, the cloth
on the beam and the bobbin; the whole colour wheel, coming round to where it began) and the
cloth's pattern (plain, striped or checked). The wall, the floor, the loom's frame, the warp
and the shuttle's size stay fixed; the shuttle always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("shuttle_x", "where the shuttle rests across the loom (left to right)", "continuous"),
    Factor("woven", "how much cloth has been woven on the loom (a little to a lot)", "continuous"),
    Factor("yarn_hue", "hue of the yarn woven into the cloth", "cyclic", period=1.0),
    Factor("pattern", "pattern of the woven cloth (plain, striped or checked)", "categorical",
           ("plain", "striped", "checked")),
)
# shuttle_x: 0..1 puts the shuttle's middle at x = 20..44 px; woven: 0..1 raises the cloth's top
# edge from y = 42 to 28 px, above the breast beam (its top at y = 46 px), the beater lying 1.5..4 px
# above it and the shuttle on the beater; yarn_hue: 0..1 of the colour wheel, a whole turn (0 and 1
# are the same red); pattern: a code 0..2 for plain, striped (bands of yarn and cream across the
# cloth, 3 px each) and checked (dark bands both ways over the yarn colour, every 6 px)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 2.0))
WALL, WALL_LINE, FLOOR, FLOOR_LINE = (0.3, 0.23, 0.18), (0.21, 0.16, 0.12), (0.5, 0.42, 0.32), (0.4, 0.33, 0.25)
FRAME, FRAME_DARK = (0.7, 0.52, 0.3), (0.5, 0.36, 0.2)
WARP, CREAM = (0.9, 0.87, 0.78), np.array((0.93, 0.9, 0.82), np.float32)
SHUTTLE, SHUTTLE_DARK, HEDDLE = (0.36, 0.2, 0.1), (0.2, 0.11, 0.05), (0.55, 0.55, 0.58)
FLOOR_Y = 58.0
POST_L, POST_R, TOP_Y = 9.0, 55.0, 2.0  # the uprights' inner edges, the top beam's top
CLOTH_L, CLOTH_R = 14.0, 50.0  # the warp's and the cloth's edges
WARP_Y, HEDDLE_Y, BREAST_Y, BEAM_Y = 9.0, 15.0, 46.0, 53.5  # the rollers' and the heddles' middles
SHUTTLE_Y, SHUTTLE_HW, SHUTTLE_HH = 6.8, 8.0, 2.8  # the shuttle's middle above the cloth's top edge, its half-sizes


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, R.coverage(np.abs((x % 6.0) - 0.5) - 0.5), WALL_LINE)
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    R.over(img, R.coverage(np.maximum(np.abs(((y - FLOOR_Y) % 3.0) - 1.5) - 0.35, FLOOR_Y + 1.0 - y)), FLOOR_LINE)
    # the frame: two uprights and the top beam
    frame = np.minimum(R.edges_sdf(x, y, POST_L - 4.0, POST_L, TOP_Y, FLOOR_Y + 1.0),
                       R.edges_sdf(x, y, POST_R, POST_R + 4.0, TOP_Y, FLOOR_Y + 1.0))
    frame = np.minimum(frame, R.edges_sdf(x, y, POST_L - 5.0, POST_R + 5.0, TOP_Y, TOP_Y + 3.5))
    R.over(img, R.coverage(frame), FRAME)
    R.over(img, R.coverage(np.maximum(frame, np.minimum(np.abs(x - POST_L + 0.6), np.abs(x - POST_R - 0.6)) - 0.6)),
           FRAME_DARK)
    # the warp: pale threads from the warp roller down to the breast beam
    threads = -np.abs(((x - CLOTH_L) % 2.0) - 1.0) + 0.38
    R.over(img, R.coverage(np.maximum(threads, R.edges_sdf(x, y, CLOTH_L, CLOTH_R, WARP_Y, BREAST_Y))), WARP)
    # the heddles: a bar with fine wires, and the rollers
    R.over(img, R.coverage(R.edges_sdf(x, y, CLOTH_L - 2.0, CLOTH_R + 2.0, HEDDLE_Y - 2.5, HEDDLE_Y + 2.5)), HEDDLE)
    R.over(img, R.coverage(np.maximum(np.abs(((x - CLOTH_L) % 2.0) - 1.0) - 0.4,
                                      R.edges_sdf(x, y, CLOTH_L - 2.0, CLOTH_R + 2.0, HEDDLE_Y - 2.5, HEDDLE_Y + 2.5))),
           (0.38, 0.38, 0.42))
    for ry, r in ((WARP_Y, 2.5), (BREAST_Y + 1.5, 2.2)):
        R.over(img, R.coverage(R.edges_sdf(x, y, POST_L, POST_R, ry - r, ry + r)), FRAME)
        R.over(img, R.coverage(R.edges_sdf(x, y, POST_L, POST_R, ry + r - 1.0, ry + r)), FRAME_DARK)
    return img[0]


SCENE = _scene()


def _patterns():
    """Per pattern (plain, striped, checked): the share of yarn colour (the rest cream) and how
    much darker the cloth is, (3, H, W) each; and a fine twill of lighter and darker threads."""
    x, y = R.grid()
    x, y = np.broadcast_arrays(x[0], y[0])
    rows = (np.floor((BREAST_Y - y) / 3.0) % 2 == 0).astype(np.float32)
    cols = (np.floor((x - CLOTH_L) / 3.0) % 2 == 0).astype(np.float32)
    one, zero = np.ones_like(rows), np.zeros_like(rows)
    share = np.stack([one, rows, one])
    dark = np.stack([zero, zero, 0.3 * (rows + cols)])
    weave = 0.08 * (((np.floor(x) + np.floor(y)) % 2) - 0.5)
    return share, dark, weave.astype(np.float32)


YARN, DARK, WEAVE = _patterns()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    colour = R.hsv(f[:, 2], 0.72, 0.8)[:, :, None, None]  # (n, 3, 1, 1)
    kind = f[:, 3].astype(int)
    share, dark = YARN[kind][:, None], DARK[kind][:, None]  # (n, 1, H, W)
    cloth = (CREAM[None, :, None, None] + (colour - CREAM[None, :, None, None]) * share) * (1.0 - dark)
    cloth = cloth * (1.0 + WEAVE)
    # the cloth on the beam below the breast beam, and the woven cloth above it
    top = R.col(42.0 - 14.0 * f[:, 1])
    R.over(img, R.coverage(R.edges_sdf(x, y, CLOTH_L - 1.0, CLOTH_R + 1.0, BEAM_Y - 3.5, BEAM_Y + 3.5)), cloth * 0.85)
    R.over(img, R.coverage(np.maximum(R.edges_sdf(x, y, CLOTH_L, CLOTH_R, 0.0, BREAST_Y), top - y)), cloth)
    # the beater just above the cloth's top edge
    R.over(img, R.coverage(R.edges_sdf(x, y, POST_L - 1.0, POST_R + 1.0, top - 4.0, top - 1.5)), FRAME)
    R.over(img, R.coverage(R.edges_sdf(x, y, POST_L - 1.0, POST_R + 1.0, top - 2.3, top - 1.5)), FRAME_DARK)
    # the shuttle on the beater, its thread trailing back to the cloth's left edge
    sx, sy = R.col(20.0 + 24.0 * f[:, 0]), top - SHUTTLE_Y
    thread = np.maximum(np.abs(y - sy) - 0.45, np.maximum(CLOTH_L - x, x - sx))
    R.over(img, R.coverage(thread), colour[:, :, 0, 0])
    u = np.abs(x - sx) / SHUTTLE_HW
    shuttle = np.maximum(np.abs(y - sy) - SHUTTLE_HH * np.sqrt(np.clip(1.0 - u ** 3, 0.0, 1.0)), np.abs(x - sx) - SHUTTLE_HW)
    R.over(img, R.coverage(shuttle), SHUTTLE)
    R.over(img, R.coverage(np.maximum(shuttle + 0.3, sy - y + 0.6)), SHUTTLE_DARK)
    R.over(img, R.coverage(R.ellipse_sdf(x - sx, y - sy, 3.4, 1.5)), colour[:, :, 0, 0])
    return R.to_uint8(img)


def render(shuttle_x: float, woven: float, yarn_hue: float, pattern: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[shuttle_x, woven, yarn_hue, pattern]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("loomshed", arg, n, seed, FACTORS, sample_factors, _draw)
