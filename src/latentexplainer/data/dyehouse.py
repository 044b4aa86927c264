"""`dyehouse`: the yard of a village dyehouse, a dyer lifting a skein of wool out of a vat on
a stick, skeins of dyed wool drying on a pole, and the whitewashed dyehouse with a smoking chimney,
seen from the front (64x64 RGB).

A pale sky fills the top of the image above a cobbled yard. On the left stands the dyehouse, a
whitewashed building with a dark slate roof, a small dark window and a brick chimney from whose
top a plume of grey smoke drifts. On the right a drying frame - two wooden posts and a pole
across them - holds skeins of freshly dyed wool, hanging from the pole from the left: each a
long twisted loop of yarn. In front on the left a round wooden vat bound with iron hoops holds
the dye; across it a dyer's stick holds one more skein, dark and wet, its lower part still in
the dye. Factors: the colour of the dye (the vat's dye and every skein; the whole colour wheel,
coming round to where it began), how many skeins hang on the drying pole (1 to 4), how hard the
wind blows (still: the skeins hang straight down and the smoke rises; to a strong wind: the
skeins swing out to the right and the smoke streams away to the right) and how high the wet
skein is lifted out of the vat (dipped nearly to the stick to lifted clear above the rim).
The sky, the dyehouse, the frame, the vat and the yard stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("dye_hue", "hue of the dye in the vat and of the dyed skeins", "cyclic", period=1.0),
    Factor("skeins", "how many skeins of wool hang on the drying pole (1 to 4)", "categorical",
           ("1", "2", "3", "4")),
    Factor("wind", "how hard the wind blows the skeins and smoke (still to a strong wind)", "continuous"),
    Factor("skein_lift", "how high the wet skein is lifted out of the vat (dipped to lifted clear)",
           "continuous"),
)
# dye_hue: 0..1 of the colour wheel, a whole turn (0 and 1 are the same red); skeins: a code
# 0..3 for 1..4 skeins, at SKEINS from the left; wind: 0..1 swings the hanging skeins 0..0.4
# radians out to the right about the pole and turns the smoke from rising straight up to
# streaming away to the right; skein_lift: 0..1 raises the dyer's stick from y = 41 to 21 px
# (the wet skein, 17 px long, hangs under it; the dye's surface is at y = 45 px)
RANGES = ((0.0, 1.0), (0.0, 3.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.62, 0.76, 0.9)), np.array((0.86, 0.9, 0.93))
LIME, LIME_LINE, BRICK, SLATE, WINDOW = (0.9, 0.88, 0.82), (0.78, 0.76, 0.7), (0.64, 0.3, 0.22), \
    (0.26, 0.28, 0.33), (0.12, 0.12, 0.16)
COBBLE, COBBLE_LINE, POST, STAVE, STAVE_DARK, IRON = (0.56, 0.54, 0.5), (0.4, 0.38, 0.35), (0.46, 0.32, 0.2), \
    (0.62, 0.44, 0.26), (0.44, 0.3, 0.17), (0.18, 0.18, 0.2)
SMOKE = (0.5, 0.5, 0.52)
YARD_Y = 46.0
POLE_Y, SKEINS, SKEIN_L, SKEIN_HW = 13.0, (31.0, 38.5, 46.0, 53.5), 22.0, 3.4
CHIMNEY_X, CHIMNEY_TOP = 16.0, 9.0
VAT_X, VAT_TOP, VAT_RX, VAT_RY, VAT_FOOT = 12.0, 45.0, 11.0, 2.6, 62.0
WET_L, WET_HW = 17.0, 3.4
SMOKE_ROWS, SKEIN_ROWS, SKEIN_COLUMN = 14, (11, 38), 24  # the parts of the image smoke and skeins reach


def _scene():
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, YARD_Y)[None].copy()
    # the dyehouse: whitewashed walls, a slate roof, a window and a brick chimney
    walls = R.edges_sdf(x, y, -1.0, 22.0, 22.0, YARD_Y)
    R.over(img, R.coverage(walls), LIME)
    R.over(img, 0.6 * R.coverage(np.maximum(np.abs((y % 4.0) - 2.0) - 1.6, walls)), LIME_LINE)
    chimney = R.edges_sdf(x, y, CHIMNEY_X - 2.5, CHIMNEY_X + 2.5, CHIMNEY_TOP, 20.0)
    R.over(img, R.coverage(chimney), BRICK)
    roof = np.maximum(np.maximum(16.0 - y, y - 23.0), np.abs(x - 11.0) - (11.0 + 2.0 * (y - 16.0) / 7.0))
    R.over(img, R.coverage(roof), SLATE)
    R.over(img, R.coverage(R.edges_sdf(x, y, 1.5, 5.5, 27.0, 34.0)), WINDOW)
    R.over(img, R.coverage(R.edges_sdf(x, y, CHIMNEY_X - 3.0, CHIMNEY_X + 3.0, CHIMNEY_TOP - 1.0,
                                       CHIMNEY_TOP + 0.5)), SLATE)
    # the yard, the drying frame
    R.over(img, R.below(YARD_Y, 1), COBBLE)
    stones = np.maximum(np.minimum(np.abs((y % 3.0) - 1.5), np.abs(((x + 1.5 * np.floor(y / 3.0)) % 4.0) - 2.0))
                        - 0.4, YARD_Y - y)
    R.over(img, 0.8 * R.coverage(stones), COBBLE_LINE)
    posts = np.minimum(R.edges_sdf(x, y, 25.5, 27.5, POLE_Y - 1.0, YARD_Y + 1.0),
                       R.edges_sdf(x, y, 60.5, 62.5, POLE_Y - 1.0, YARD_Y + 1.0))
    R.over(img, R.coverage(np.minimum(posts, R.edges_sdf(x, y, 24.5, 63.5, POLE_Y - 1.0, POLE_Y + 0.6))), POST)
    return img[0]


SCENE = _scene()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    wind = R.col(f[:, 2])
    dye = R.hsv(f[:, 0], 0.88, 0.7)
    wet = R.hsv(f[:, 0], 0.9, 0.45)
    # the smoke: puffs along a path that bends from straight up to streaming to the right (it
    # never reaches below row SMOKE_ROWS, so only the rows above are drawn)
    top = img[:, :, :SMOKE_ROWS]
    ys = y[:, :SMOKE_ROWS]
    smoke = np.full((n, SMOKE_ROWS, R.SIZE), np.inf, np.float32)
    for i in range(9):
        t = 1.5 + 3.0 * i
        px = CHIMNEY_X + t * (0.15 + 1.25 * wind)
        py = CHIMNEY_TOP - 1.0 - t * (1.2 - 1.05 * wind) - 0.05 * t * t * wind * (1 - wind)
        np.minimum(smoke, np.hypot(x - px, ys - py) - (1.7 + 0.3 * i), out=smoke)
    R.over(top, 0.75 * R.coverage(smoke), SMOKE)
    # the skeins on the drying pole, from the left, swung out by the wind (drawn only in the
    # part of the image they can reach)
    (r0, r1), c0 = SKEIN_ROWS, SKEIN_COLUMN
    part, xs, ys = img[:, :, r0:r1, c0:], x[:, :, c0:], y[:, r0:r1]
    a = 0.4 * wind
    ca, sa = np.cos(a), np.sin(a)
    count = f[:, 1].astype(int)
    for i, sx in enumerate(SKEINS):
        on = (count >= i).astype(np.float32)[:, None, None]
        along = (xs - sx) * sa + (ys - POLE_Y) * ca
        across = (xs - sx) * ca - (ys - POLE_Y) * sa
        t = np.clip(along / SKEIN_L, 0.0, 1.0)
        half = SKEIN_HW * (0.7 + 0.3 * np.sin(np.pi * np.clip(t, 0.05, 0.95)))
        loop = np.maximum(np.abs(across) - half, np.maximum(-along, along - SKEIN_L))
        cover = on * R.coverage(loop)
        R.over(part, cover, dye)
        twist = np.abs(((along - 1.6 * across) % 3.0) - 1.5) - 0.5
        R.over(part, 0.5 * cover * R.coverage(twist), dye * 0.6)
    # the vat: the dye's surface inside its rim, the wet skein on the stick, the vat's front
    R.over(img, R.coverage(R.ellipse_sdf(x - VAT_X, y - VAT_TOP, VAT_RX, VAT_RY)), STAVE_DARK)
    R.over(img, R.coverage(R.ellipse_sdf(x - VAT_X, y - VAT_TOP, VAT_RX - 1.3, VAT_RY - 0.8)), dye * 0.55)
    stick = R.col(41.0 - 20.0 * f[:, 3])
    u = x - VAT_X
    s = np.clip((y - stick) / WET_L, 0.0, 1.0)
    half = WET_HW * (0.7 + 0.3 * np.sin(np.pi * np.clip(s, 0.05, 0.95)))
    skein = np.maximum(np.abs(u) - half, np.maximum(stick - y, y - (stick + WET_L)))
    skein = np.maximum(skein, y - VAT_TOP)  # below the dye's surface it is hidden
    R.over(img, R.coverage(skein), wet)
    R.over(img, 0.5 * R.coverage(np.maximum(np.abs(((y - stick + 1.4 * u) % 3.0) - 1.5) - 0.5, skein)), wet * 0.6)
    drips = np.maximum(np.abs(u + 1.0) - 0.5, np.maximum(stick + WET_L - y, y - VAT_TOP + 0.5))
    R.over(img, 0.6 * R.coverage(np.maximum(drips, np.abs(((y - stick) % 2.5) - 1.25) - 0.6)), dye)
    R.over(img, R.coverage(R.edges_sdf(x, y, VAT_X - 13.5, VAT_X + 13.5, stick - 2.0, stick)), POST)
    front = np.maximum(np.abs(u) - VAT_RX, np.maximum(VAT_TOP - y, y - VAT_FOOT))
    front = np.minimum(front, np.maximum(R.ellipse_sdf(u, y - VAT_TOP, VAT_RX, VAT_RY), VAT_TOP - y))
    body = R.coverage(front)
    R.over(img, body, STAVE)
    staves = np.abs(((u + 0.5) % 3.0) - 1.5) - 0.3
    R.over(img, 0.7 * body * R.coverage(staves), STAVE_DARK)
    hoops = np.minimum(np.abs(y - (VAT_TOP + 4.0)) - 0.8, np.abs(y - (VAT_FOOT - 4.0)) - 0.8)
    R.over(img, body * R.coverage(hoops), IRON)
    R.over(img, 0.9 * R.coverage(np.abs(R.ellipse_sdf(u, y - VAT_TOP, VAT_RX, VAT_RY)) - 0.5), STAVE_DARK)
    return R.to_uint8(img)


def render(dye_hue: float, skeins: float, wind: float, skein_lift: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[dye_hue, skeins, wind, skein_lift]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("dyehouse", arg, n, seed, FACTORS, sample_factors, _draw)
