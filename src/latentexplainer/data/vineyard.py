"""`vineyard`: a row of grapevines trained along a wire trellis in a hillside vineyard, bunches of
grapes hanging under the leaves, seen from the side (64x64 RGB).

Two wooden posts carry two trellis wires across the image; the vines' gnarled dark trunks rise
from the grassy ground to the wires, where their leaves make a thick green band along the
trellis. Below the leaves hang bunches of grapes, each a tapering cluster of round berries on a
short stem, spaced evenly along the row. Behind the trellis, rolling blue-green hills run
across under a blue sky, and the sun shines in the sky above the row. Factors: how many bunches
hang from the vine (2 to 5, spread evenly about the middle), the colour of the grapes (pale
green, through orange and red as they ripen, to deep purple), how misty the air is (clear to
thick fog, thicker over the distant hills and the sky than over the trellis) and where the sun
stands in the sky (left to right). The trellis, the trunks, the leaves, the bunches' size and
shape, the hills and the ground stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("bunch_count", "how many bunches of grapes hang from the vine (2 to 5)", "categorical",
           ("2", "3", "4", "5")),
    Factor("grape_colour", "colour of the grapes (pale green through red to deep purple)", "continuous"),
    Factor("mist", "how misty the air is (clear to thick fog)", "continuous"),
    Factor("sun_x", "where the sun stands in the sky (left to right)", "continuous"),
)
# bunch_count: codes 0..3 are 2..5 bunches 11 px apart about x = 32 px (each 9.4 px wide, from
# y = 30 px down to 47 px); grape_colour: 0..1 turns the berries' hue from 0.22 (pale green)
# back through orange and red to -0.2 (deep purple), darkening them from value 0.86 to 0.36;
# mist: 0..1 veils the sky, the sun and the hills with fog of opacity 0..0.75 and the trellis,
# the vines and the ground with 0..0.4; sun_x: 0..1 puts the sun (radius 6.5 px, with a soft
# glow) at x = 9..55 px, 8 px from the top
RANGES = ((0.0, 3.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.42, 0.64, 0.93)), np.array((0.78, 0.87, 0.96))
SUN, HILL_FAR, HILL_NEAR = (1.0, 0.96, 0.74), (0.5, 0.64, 0.62), (0.38, 0.55, 0.36)
GRASS, SOIL = (0.42, 0.56, 0.22), (0.45, 0.33, 0.2)
POST, WIRE, TRUNK = (0.5, 0.4, 0.3), (0.25, 0.24, 0.22), (0.3, 0.2, 0.13)
LEAF, LEAF_LIGHT = (0.2, 0.45, 0.16), (0.36, 0.62, 0.24)
GRAPE_HUE = (0.22, -0.2)  # pale green, through orange and red, to purple
FOG = (0.87, 0.89, 0.91)
FAR_FOG, NEAR_FOG = 0.75, 0.4
SUN_Y, SUN_R, GLOW_SIGMA, GLOW_ALPHA = 8.0, 6.5, 6.0, 0.45
GROUND_Y, WIRES = 52.0, (21.0, 28.0)
SPACING, BERRY_R = 11.0, 1.7
ROWS = ((3, 31.5), (3, 34.2), (3, 36.9), (2, 39.6), (2, 42.3), (1, 45.0))  # berries per row, row's height
BERRY_DX = 3.0


def _far() -> np.ndarray:
    """The sky and the hills, without the sun."""
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, 36.0)[None].copy()
    R.over(img, R.coverage(30.0 + 2.5 * np.sin(0.11 * x + 1.0) + 1.5 * np.sin(0.29 * x) - y), HILL_FAR)
    R.over(img, R.coverage(38.0 + 3.0 * np.sin(0.08 * x + 3.0) + 1.2 * np.sin(0.37 * x + 1.0) - y), HILL_NEAR)
    return img[0]


def _near() -> tuple[np.ndarray, np.ndarray]:
    """The ground, the trellis, the trunks and the leaves: colour (3, H, W) and coverage (H, W)."""
    x, y = R.grid()
    rgb, alpha = np.zeros((3, R.SIZE, R.SIZE), np.float32), np.zeros((R.SIZE, R.SIZE), np.float32)

    def paint(sdf, colour, opacity=1.0):
        a = opacity * np.broadcast_to(R.coverage(sdf), (1, R.SIZE, R.SIZE))[0]
        rgb[:] += a * (np.asarray(colour, np.float32)[:, None, None] - rgb)
        alpha[:] += a * (1 - alpha)

    paint(GROUND_Y - y + 0 * x, GRASS)
    paint(np.maximum(np.abs(y - 58.0) - 3.0, np.abs(((x + 0.4 * y) % 16.0) - 8.0) - 4.0), SOIL, 0.6)  # tracks
    for px in (4.0, 60.0):
        paint(R.edges_sdf(x, y, px - 1.5, px + 1.5, 15.0, GROUND_Y + 1.0), POST)
    for wy in WIRES:
        paint(np.abs(y - wy) - 0.4 + 0 * x, WIRE)
    for tx in (16.0, 32.0, 48.0):  # gnarled trunks: a bent line from the ground to the lower wire
        bend = 1.4 * np.sin((y - GROUND_Y) * 0.35)
        trunk = np.maximum(np.abs(x - tx - bend) - 1.3, np.maximum(y - GROUND_Y - 0.5, WIRES[1] - y))
        paint(trunk, TRUNK)
    # the leaves: overlapping round leaves along the wires, darker and lighter
    for i in range(19):
        lx = 3.0 + 3.35 * i
        for ly, r, colour in ((18.5 + 2.0 * (i % 2), 3.4, LEAF), (24.5 - 1.5 * (i % 3), 3.6, LEAF),
                              (29.0 + 1.0 * (i % 2), 2.8, LEAF), (20.5 + 2.5 * (i % 3), 1.8, LEAF_LIGHT)):
            paint(np.hypot(x - lx, y - ly) - r, colour)
    return rgb, alpha


def _bunches() -> np.ndarray:
    """Signed distances (9, H, W) to a bunch (berries and stem) hanging at x = 32 + 5.5 (j - 4)
    px, j = 0..8: bunch i of n hangs at j = 2 i + 4 - (n - 1), 11 px from the next."""
    x, y = R.grid()
    out = np.empty((9, R.SIZE, R.SIZE), np.float32)  # half-place steps: centres 32 + 5.5 * (j - 4)
    for j in range(9):
        cx = 32.0 + SPACING / 2 * (j - 4)
        d = R.segment_sdf(x, y, cx, 29.0, cx, 31.0) - 0.5
        for m, ry in ROWS:
            for b in range(m):
                bx = cx + BERRY_DX * (b - (m - 1) / 2)
                d = np.minimum(d, np.hypot(x - bx, y - ry) - BERRY_R)
        out[j] = d[0]
    return out


FAR, (NEAR_RGB, NEAR_ALPHA), BUNCHES = _far(), _near(), _bunches()



def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = FAR
    # the sun and its glow, then the far fog
    sx = R.col(9.0 + 46.0 * f[:, 3])
    r2 = (x - sx) ** 2 + (y - SUN_Y) ** 2
    R.over(img, GLOW_ALPHA * np.exp(-r2 / (2 * GLOW_SIGMA ** 2)), SUN)
    R.over(img, R.coverage(np.sqrt(r2) - SUN_R), SUN)
    mist = R.col(f[:, 2])
    R.over(img, np.broadcast_to(FAR_FOG * mist, (n, R.SIZE, R.SIZE)), FOG)
    # the ground, the trellis and the leaves, then the bunches of grapes
    R.over(img, np.broadcast_to(NEAR_ALPHA, (n, R.SIZE, R.SIZE)), NEAR_RGB)
    count = f[:, 0].astype(int) + 2
    bunch = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    for i in range(5):
        place = 2 * i + 4 - (count - 1)  # the half-place step of bunch i of `count`
        d = BUNCHES[np.clip(place, 0, 8)]
        np.minimum(bunch, np.where(R.col(i < count) > 0, d, np.inf), out=bunch)
    t = f[:, 1]
    colour = R.hsv(GRAPE_HUE[0] + (GRAPE_HUE[1] - GRAPE_HUE[0]) * t, 0.55 + 0.3 * t, 0.86 - 0.5 * t)
    R.over(img, R.coverage(bunch), colour * 0.6)
    R.over(img, R.coverage(bunch + 0.6), colour)
    R.over(img, np.broadcast_to(NEAR_FOG * mist, (n, R.SIZE, R.SIZE)), FOG)
    return R.to_uint8(img)


def render(bunch_count: float, grape_colour: float, mist: float, sun_x: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[bunch_count, grape_colour, mist, sun_x]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("vineyard", arg, n, seed, FACTORS, sample_factors, _draw)
