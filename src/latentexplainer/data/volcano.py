"""`volcano`: a volcano rising from a plain, erupting under a coloured sky, seen from the side
(64x64 RGB).

A dark brown cone stands in the middle of the image on a green plain: its slopes curve down
and out from a flat top with a glowing red crater, lit a little from the left (its right side
darker), with faint streaks down it. Out of the crater a fountain of orange lava may shoot
up, widening as it rises to a rounded top, with a yellow core and a few lava bombs flying out to its sides. A
stream of glowing orange lava with a yellow middle may run down the front of the cone from
the crater, winding a little. A dark grey cloud of ash may hang over the cone, drifting to
the upper right of the summit. Behind is the sky, deeper in colour at the top and paler
towards the horizon, over a row of low distant hills. Factors: how high the eruption shoots
(none to a high fountain), how far the lava runs down the cone (none to its foot), the width
of the cone's base (narrow and steep to wide), the hue of the sky (round the whole colour
wheel) and the size of the ash cloud (none to large). The cone's height and place, its top,
the plain and the hills stay fixed; the whole volcano always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("eruption", "how high the lava fountain shoots out of the crater (none to high)", "continuous"),
    Factor("lava_flow", "how far the lava stream runs down the volcano (none to its foot)", "continuous"),
    Factor("cone_width", "width of the volcano's base (narrow and steep to wide)", "continuous"),
    Factor("sky_hue", "hue of the sky (round the whole colour wheel)", "cyclic", period=1.0),
    Factor("ash_cloud", "size of the dark ash cloud over the volcano (none to large)", "continuous"),
)
# eruption: 0..1 is a fountain 0..20 px tall above the crater (at x = 32 px, y = 22 px), up to
# 7.5 px half-wide and rounded at its top, with lava bombs at up to 0.8 of its height; lava_flow: 0..1 is a stream
# reaching 0..33 px down from the crater (the cone's foot at y = 55 px); cone_width: 0..1 is a base
# 17..30 px half-wide (the top 5 px half-wide); sky_hue: 0..1 is the whole colour wheel (1 is 0
# again); ash_cloud: 0..1 scales a cloud of five puffs, centred at (46, 11) px, from nothing to
# 1.0 of its full size (the largest puff 8 px in radius)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
ROCK, ROCK_DARK, STREAK, CRATER = (0.36, 0.27, 0.22), (0.22, 0.16, 0.13), (0.28, 0.2, 0.16), (0.75, 0.12, 0.05)
LAVA, CORE, ASH, ASH_DARK = (1.0, 0.42, 0.05), (1.0, 0.88, 0.3), (0.34, 0.33, 0.34), (0.22, 0.21, 0.22)
HILLS, PLAIN, PLAIN_DARK = (0.3, 0.36, 0.3), (0.34, 0.5, 0.22), (0.26, 0.4, 0.16)
CX, TOP_Y, FOOT_Y, TOP_HW, HORIZON_Y = 32.0, 22.0, 55.0, 5.0, 47.0
PUFFS = ((0.0, 0.0, 8.0), (-7.0, 2.0, 5.5), (7.0, 1.5, 6.0), (-3.0, -5.0, 5.5), (4.0, -5.5, 5.0))
ASH_X, ASH_Y = 46.0, 11.0
BOMBS = ((-6.0, 0.55), (5.0, 0.7), (-9.0, 0.35), (8.5, 0.4), (-3.5, 0.8))  # sideways offset at full height, height share
ASH_ROWS, CONE_ROWS, FOUNTAIN_ROWS = 21, (int(TOP_Y) - 2, int(FOOT_Y) + 2), (0, int(TOP_Y) + 1)


def _land() -> tuple[np.ndarray, np.ndarray]:
    """The hills and the plain: coverage (H, W) and colours (3, H, W)."""
    x, y = R.grid()
    layer = np.zeros((1, 3, R.SIZE, R.SIZE), np.float32)
    hills = HORIZON_Y - 2.5 - 2.0 * np.sin(x * 0.13 + 1.0) - 1.0 * np.sin(x * 0.31)
    R.over(layer, R.coverage(hills - y), HILLS)
    R.over(layer, R.below(HORIZON_Y + 2.0, 1), PLAIN)
    R.over(layer, 0.5 * R.below(FOOT_Y + 2.0, 1) * R.coverage(np.abs(((x + 2.0 * y) % 7.0) - 3.5) - 1.2), PLAIN_DARK)
    cover = np.maximum(R.coverage(hills - y), R.below(HORIZON_Y + 2.0, 1))
    return cover[0].astype(np.float32), (layer[0] / np.maximum(cover, 1e-6)).astype(np.float32)


LAND_COVER, LAND_COLOUR = _land()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    # the sky: a deeper colour at the top to a paler one at the horizon
    hue = f[:, 3]
    top, low = R.hsv(hue, 0.55, 0.72), R.hsv(hue, 0.22, 0.96)  # (N, 3)
    t = np.clip(y / HORIZON_Y, 0.0, 1.0)[0, :, 0]  # (H,)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = (top[:, :, None] + (low - top)[:, :, None] * t)[..., None]
    img += LAND_COVER * (LAND_COLOUR - img)
    # the ash cloud, behind the fountain
    size = R.col(f[:, 4])
    part, v = img[:, :, :ASH_ROWS], y[:, :ASH_ROWS]
    puffs = np.min([np.hypot(x - ASH_X - size * px, v - ASH_Y - size * py) - size * r for px, py, r in PUFFS], axis=0)
    R.over(part, R.coverage(puffs), ASH)
    R.over(part, 0.6 * R.coverage(np.maximum(puffs, ASH_Y + 1.0 + 2.0 * size - v)), ASH_DARK)
    # the cone: curved slopes, lit from the left, streaked, the crater at its top
    part, v = img[:, :, CONE_ROWS[0]:CONE_ROWS[1]], y[:, CONE_ROWS[0]:CONE_ROWS[1]]
    w = R.col(17 + 13 * f[:, 2])
    s = np.clip((v - TOP_Y) / (FOOT_Y - TOP_Y), 0.0, 1.0)
    half = TOP_HW + (w - TOP_HW) * s ** 1.6
    u = x - CX
    cone = np.maximum(np.abs(u) - half, np.maximum(TOP_Y - v, v - FOOT_Y))
    R.over(part, R.coverage(cone), ROCK)
    R.over(part, 0.7 * R.coverage(np.maximum(cone, -u / np.maximum(half, 1.0) * 6.0)), ROCK_DARK)
    streaks = (np.abs(((u / np.maximum(half, 1.0) * 7.0) % 1.0) - 0.5) - 0.1) * 8.0
    R.over(part, 0.5 * R.coverage(np.maximum(cone + 1.0, np.maximum(streaks, TOP_Y + 4.0 - v))), STREAK)
    R.over(part, R.coverage(R.ellipse_sdf(u, v - TOP_Y, TOP_HW - 0.8, 1.4)), CRATER)
    # the lava stream down the front of the cone, winding a little
    reach = R.col(33 * f[:, 1])
    down = v - TOP_Y
    middle = 2.0 * np.sin(down * 0.25)
    stream = np.maximum(np.abs(u - middle) - (1.6 + 0.06 * down), np.maximum(-down, down - reach))
    shown = R.col(f[:, 1] > 0.01)
    R.over(part, shown * R.coverage(stream), LAVA)
    R.over(part, shown * R.coverage(np.maximum(np.abs(u - middle) - 0.6, np.maximum(-down, down - reach + 1.5))), CORE)
    # the lava fountain and its bombs
    part, v = img[:, :, FOUNTAIN_ROWS[0]:FOUNTAIN_ROWS[1]], y[:, FOUNTAIN_ROWS[0]:FOUNTAIN_ROWS[1]]
    height = R.col(20 * f[:, 0])
    rise = TOP_Y + 0.5 - v
    share = np.clip(rise / np.maximum(height, 1e-3), 0.0, 1.0)
    spread = np.sqrt(np.clip(1.0 - share ** 4, 0.0, 1.0)) * R.col(np.minimum(f[:, 0] * 4.0, 1.0))
    jet = np.maximum(np.abs(x - CX) - (2.0 + 5.5 * np.sqrt(share)) * spread, np.maximum(-rise, rise - height))
    on = R.col(f[:, 0] > 0.01)
    R.over(part, on * R.coverage(jet), LAVA)
    core = np.maximum(np.abs(x - CX) - (0.8 + 2.5 * np.sqrt(share)) * spread, np.maximum(-rise, rise - 0.85 * height))
    R.over(part, on * R.coverage(core), CORE)
    bombs = np.min([np.hypot(x - CX - bx * R.col(f[:, 0]), rise - share_h * height) - 1.4 for bx, share_h in BOMBS],
                   axis=0)
    R.over(part, on * R.coverage(bombs), LAVA)
    return R.to_uint8(img)


def render(eruption: float, lava_flow: float, cone_width: float, sky_hue: float, ash_cloud: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[eruption, lava_flow, cone_width, sky_hue, ash_cloud]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("volcano", arg, n, seed, FACTORS, sample_factors, _draw)
