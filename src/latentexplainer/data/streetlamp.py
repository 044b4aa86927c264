"""`streetlamp`: a cast-iron street lamp on a paved pavement in front of a row of terraced houses
at dusk (64x64 RGB).

Behind the pavement a row of terraced houses with chimneys and pitched roofs stands against the
sky, a few of their windows lit a warm yellow. The pavement is laid with grey paving slabs and
ends at a kerb in front of a strip of dark road along the bottom of the image. A dark green lamp
post stands on the pavement on a wider plinth, with a collar half-way up, and carries its lamp:
a four-sided lantern with a pointed cap and a finial on the post's top, two such lanterns
standing on the ends of a cross-arm, or a bell-shaped shade hanging from a swan-neck arm that
curves out to the right. When the lamp is lit its glass glows pale yellow, a soft halo spreads
round it and a pool of warm light falls on the paving below; unlit, its glass is grey. Factors:
where the lamp stands along the pavement (left to right), the height of its post (short to
tall), the style of its lamp (one lantern, twin lanterns or swan-neck), how brightly it shines
(off to bright) and how far night has fallen (the sky from a warm sunset to a dark night sky
with stars, the houses, the pavement and the unlit glass darkening with it). The houses, their
lit windows, the paving, the kerb and the road stay in place.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("lamp_x", "where the street lamp stands along the pavement (left to right)", "continuous"),
    Factor("post_height", "height of the lamp post (short to tall)", "continuous"),
    Factor("lamp_style", "style of the lamp on the post", "categorical", ("lantern", "twin lanterns", "swan-neck")),
    Factor("glow", "how brightly the street lamp shines (off to bright)", "continuous"),
    Factor("nightfall", "how far night has fallen (sunset to dark night)", "continuous"),
)
# lamp_x: 0..1 puts the post at x = 12..46 px; post_height: 0..1 puts its top at y = 30..14 px
# (its foot is at y = 50 px); lamp_style: the lamp's shape (twin lanterns TWIN_DX px either side
# of the post, a swan neck's shade NECK_DX px to its right); glow: 0..1 scales the halo's and the
# pool of light's opacity and turns the glass from unlit grey to glowing; nightfall: 0..1 blends
# the scene from its sunset colours (DUSK) to its night ones (NIGHT), and dims the unlit glass
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 2.0), (0.0, 1.0), (0.0, 1.0))
SUNSET_TOP, SUNSET_LOW = (0.36, 0.32, 0.58), (0.98, 0.62, 0.4)
NIGHT_TOP, NIGHT_LOW = (0.03, 0.04, 0.12), (0.1, 0.12, 0.28)
HOUSES_DUSK, HOUSES_NIGHT = (0.36, 0.28, 0.32), (0.09, 0.08, 0.12)
PAVE_DUSK, PAVE_NIGHT = (0.6, 0.56, 0.55), (0.2, 0.2, 0.25)
ROAD_DUSK, ROAD_NIGHT = (0.28, 0.27, 0.3), (0.07, 0.07, 0.09)
LIT_WINDOW = (0.98, 0.82, 0.45)
IRON, GLASS_OFF, GLASS_ON, LIGHT = (0.1, 0.18, 0.14), np.array((0.5, 0.52, 0.5)), np.array((1.0, 0.96, 0.78)), \
    (1.0, 0.88, 0.55)
FOOT_Y, PAVE_Y, KERB_Y = 50.0, 42.0, 56.0
POST_HW = 1.1
TWIN_DX, NECK_DX = 7.0, 9.0  # twin lanterns: how far either side of the post; a swan neck's reach
HALO_SIGMA, HALO_ALPHA, POOL_ALPHA = 7.0, 0.55, 0.55
ROOFS = ((-2, 15, 26), (15, 33, 24), (33, 50, 27), (50, 66, 25))  # left, right, eaves height of each house
WINDOWS = ((3, 30, 1), (9, 30, 0), (19, 28, 0), (26, 28, 1), (19, 35, 1), (37, 31, 1), (44, 31, 0),
           (37, 37, 0), (54, 29, 0), (60, 29, 1), (54, 35, 1))  # left, top, lit; 4x4 px each


def _scene(sky_top, sky_low, houses, pave, road, stars: bool) -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(sky_top, sky_low, end=PAVE_Y)[None].copy()
    if stars:
        rng = np.random.default_rng(5)
        for sx, sy in zip(rng.uniform(0, 64, 16), rng.uniform(0, 18, 16)):
            R.over(img, 0.8 * R.coverage(np.hypot(x - sx, y - sy) - 0.45), (1, 1, 0.9))
    for left, right, eaves in ROOFS:  # each house: its wall, a pitched roof, a chimney
        mid = (left + right) / 2
        wall = R.edges_sdf(x, y, left, right, eaves, PAVE_Y + 1)
        roof = np.maximum(np.abs(x - mid) * 0.6 - (right - left) * 0.3 + (eaves - y), y - eaves - 0.5)
        chimney = R.edges_sdf(x, y, right - 6, right - 3, eaves - 9, eaves)
        R.over(img, R.coverage(np.minimum(np.minimum(wall, roof), chimney)), houses)
        R.over(img, 0.5 * R.coverage(np.maximum(np.abs(y - eaves) - 0.5, np.abs(x - mid) - (right - left) / 2)),
               tuple(c * 0.6 for c in houses))
    for left, top, lit in WINDOWS:
        pane = R.edges_sdf(x, y, left, left + 4, top, top + 4)
        R.over(img, R.coverage(pane), LIT_WINDOW if lit else tuple(c * 0.55 for c in houses))
        R.over(img, 0.6 * R.coverage(np.maximum(pane, np.minimum(np.abs(x - left - 2), np.abs(y - top - 2)) - 0.4)),
               tuple(c * 0.6 for c in houses))
    R.over(img, R.below(PAVE_Y, 1), pave)
    rows = PAVE_Y + np.array((3.0, 7.0, 12.0))  # the slabs' joints, wider apart nearer the kerb
    joints = np.min([np.abs(y - r) for r in rows], 0)
    band = np.searchsorted(rows, y[0, :, 0])[None, :, None]
    vertical = np.abs(((x + 5.0 * band) % (8.0 + 2.0 * band)) - 0.5)
    R.over(img, 0.55 * R.coverage(np.maximum(np.minimum(joints, vertical) - 0.4, PAVE_Y - y)),
           tuple(c * 0.7 for c in pave))
    R.over(img, R.below(KERB_Y, 1), tuple(min(1.0, c * 1.25) for c in pave))
    R.over(img, R.below(KERB_Y + 2.0, 1), road)
    return img[0]


DUSK = _scene(SUNSET_TOP, SUNSET_LOW, HOUSES_DUSK, PAVE_DUSK, ROAD_DUSK, False)
NIGHT = _scene(NIGHT_TOP, NIGHT_LOW, HOUSES_NIGHT, PAVE_NIGHT, ROAD_NIGHT, True)
TOP_ROWS = 37  # the lamps reach no lower than this


def _span(v, lo, hi):
    """Anti-aliased coverage of the interval lo..hi along one axis."""
    return R.coverage(np.maximum(lo - v, v - hi))


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    t = R.col(f[:, 4])[:, None]
    img = DUSK + (NIGHT - DUSK) * t
    px, top, glow = R.col(12 + 34 * f[:, 0]), R.col(30 - 16 * f[:, 1]), R.col(f[:, 3])
    style = R.col(f[:, 2])
    # across the lamp: how far from the middle of the nearest lantern (twin lanterns: 7 px either
    # side of the post) or, for the halo and the pool, from the middle of the lit glass
    near = np.abs(x - px)
    u = np.where(style == 1, np.abs(near - TWIN_DX), near)
    lit_u = np.where(style == 2, np.abs(x - px - NECK_DX), u)  # a swan neck's shade hangs out to the right
    ly = np.where(style == 2, top + 4.0, top - 5.0)
    # the light: a halo round the lit glass and a pool on the paving below it
    upper, yu = img[:, :, :int(FOOT_Y)], y[:, :int(FOOT_Y)]
    halo = np.exp(-(lit_u ** 2 + (yu - ly) ** 2) / (2 * HALO_SIGMA ** 2))
    R.over(upper, HALO_ALPHA * glow * halo, LIGHT)
    low, yl = img[:, :, int(PAVE_Y):int(KERB_Y)], y[:, int(PAVE_Y):int(KERB_Y)]
    pool = np.clip(1.0 - (lit_u / 15.0) ** 2 - ((yl - FOOT_Y - 0.5) / 4.5) ** 2, 0, 1)
    R.over(low, POOL_ALPHA * glow * pool, LIGHT)
    # the post: the shaft, a plinth, a collar (boxes: the products of their columns and rows)
    mid = (top + FOOT_Y) / 2
    post = _span(x, px - POST_HW, px + POST_HW) * _span(y, top, FOOT_Y)
    np.maximum(post, _span(x, px - 2.6, px + 2.6) * _span(y, FOOT_Y - 5, FOOT_Y), out=post)
    np.maximum(post, _span(x, px - 2.0, px + 2.0) * _span(y, mid - 1, mid + 1), out=post)
    R.over(img, post, IRON)
    # the lamps, in the rows they can reach: the iron of each style, then its glass
    part, y = img[:, :, :TOP_ROWS], y[:, :TOP_ROWS]
    cap = np.maximum((u * 1.1 - (y - (top - 13.5))) / 1.5, y - (top - 8.6))  # a pointed cap
    lantern_iron = np.minimum(cap, R.box_sdf(u, y - (top - 0.5), 2.2, 1.0))  # on its seat
    lantern_iron = np.minimum(lantern_iron, np.hypot(u, y - (top - 14.0)) - 0.9)  # the finial
    lantern_glass = np.maximum(u - (2.3 + 0.2 * (top - 1.5 - y)), np.abs(y - (top - 5.0)) - 3.6)
    arm = R.box_sdf(near, y - (top + 0.3), TWIN_DX + 1.5, 0.8)  # the twin lanterns' cross-arm
    neck = np.maximum(np.abs(np.hypot(x - px - NECK_DX / 2, y - top) - NECK_DX / 2) - 0.8, y - top)  # a half circle
    shade = R.ellipse_sdf(x - px - NECK_DX, y - (top + 3.0), 4.5, 3.8)
    neck_iron = np.minimum(neck, np.maximum(shade, y - (top + 3.0)))  # a bell-shaped shade hangs from it
    neck_glass = np.maximum(R.ellipse_sdf(x - px - NECK_DX, y - (top + 3.0), 2.8, 2.2), top + 3.0 - y)
    iron = np.where(style == 2, neck_iron, np.where(style == 1, np.minimum(lantern_iron, arm), lantern_iron))
    glass = np.where(style == 2, neck_glass, lantern_glass)
    R.over(part, R.coverage(iron), IRON)
    unlit = GLASS_OFF[None] * (1.0 - 0.5 * f[:, 4:5])  # unlit glass darkens with the sky
    R.over(part, R.coverage(glass), unlit + (GLASS_ON[None] - unlit) * f[:, 3:4])
    return R.to_uint8(img)


def render(lamp_x: float, post_height: float, lamp_style: float, glow: float, nightfall: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[lamp_x, post_height, lamp_style, glow, nightfall]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("streetlamp", arg, n, seed, FACTORS, sample_factors, _draw)
