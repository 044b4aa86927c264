"""`decorator`: a room being redecorated, old wallpaper painted over with a roller, a
stepladder with a paint tin on top, a paint tray on the dust sheet and a window on a rooftop
view, seen from the front (64x64 RGB).

The old wallpaper is a faded beige with a small diamond pattern, above a white skirting board;
the floor is covered by an off-white dust sheet with a few creases. New paint covers the wall
from its left edge in a band with a slightly wavy, roller-streaked right edge; the window
(white frame, four panes) and the skirting are left unpainted. Through the window are the
slate rooftops and chimneys of the houses across the street under the sky. A grey stepladder
stands on the dust sheet, a tin of the new paint on its top step; at the left a roller tray
holds more of the paint. Factors: how much of the wall has been painted (from none, through
the left part, to all of it), the hue of the new paint - the wall, the tin and the tray alike
(a cyclic factor with a whole-turn period), where the stepladder stands (left to right) and
how hard it rains outside (from a dry day under a blue sky to a downpour from a grey sky). The
wallpaper, the window, the skirting, the dust sheet and the ladder's size stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("painted", "how much of the wall has been painted (none to all of it)", "continuous"),
    Factor("paint_hue", "hue of the new paint", "cyclic", period=1.0),
    Factor("ladder_x", "horizontal position of the stepladder (left to right)", "continuous"),
    Factor("rain", "how hard it rains outside the window (dry to a downpour)", "continuous"),
)
# painted: 0..1 moves the paint's right edge from x = -3 px (none) to 67 px (all the wall);
# paint_hue: 0..1 of the colour wheel, a whole turn (0 and 1 are the same red), at saturation 0.5
# and value 0.82; ladder_x: 0..1 puts the ladder's middle at x = 11..53 px; rain: 0..1 turns the
# sky from blue to grey and strengthens the falling streaks and the drops on the panes
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
PAPER, PAPER_DOT, SKIRTING = (0.8, 0.74, 0.62), (0.68, 0.6, 0.48), (0.94, 0.93, 0.9)
SHEET, SHEET_CREASE, FRAME = (0.86, 0.85, 0.8), (0.72, 0.71, 0.66), (0.96, 0.96, 0.94)
SKY_DRY, SKY_WET = np.array((0.48, 0.7, 0.95), np.float32), np.array((0.44, 0.46, 0.5), np.float32)
ROOF, CHIMNEY, RAIN, DROP = (0.3, 0.31, 0.36), (0.55, 0.32, 0.24), (0.85, 0.88, 0.92), (0.8, 0.85, 0.9)
METAL, METAL_DARK, TIN, TRAY = (0.74, 0.76, 0.8), (0.46, 0.48, 0.52), (0.62, 0.63, 0.66), (0.4, 0.42, 0.46)
WALL_B, FLOOR_Y = 50.5, 53.0
WIN_L, WIN_R, WIN_T, WIN_B = 20.0, 44.0, 6.0, 31.0
LADDER_TOP, LADDER_FOOT, LADDER_SPREAD = 24.0, 60.0, 7.5


def _scene():
    """The wall (wallpaper, window frame and outside view kept apart) and the floor."""
    x, y = R.grid()
    img = R.canvas(1, PAPER)
    dots = np.abs(((x + 2.0 * np.floor(y / 4.0)) % 4.0) - 2.0) + np.abs((y % 4.0) - 2.0) - 0.9
    R.over(img, R.coverage(dots), PAPER_DOT)
    R.over(img, R.coverage(R.edges_sdf(x, y, -1.0, 65.0, WALL_B, FLOOR_Y)), SKIRTING)
    R.over(img, R.below(FLOOR_Y, 1), SHEET)
    creases = np.minimum(R.segment_sdf(x, y, 4.0, 56.0, 20.0, 62.0), R.segment_sdf(x, y, 44.0, 55.0, 60.0, 61.0))
    creases = np.minimum(creases, R.segment_sdf(x, y, 28.0, 63.0, 36.0, 55.5))
    R.over(img, 0.8 * R.coverage(creases - 0.4), SHEET_CREASE)
    frame = R.edges_sdf(x, y, WIN_L - 2.0, WIN_R + 2.0, WIN_T - 2.0, WIN_B + 2.5)
    panes = np.maximum(R.edges_sdf(x, y, WIN_L, WIN_R, WIN_T, WIN_B),
                       0.8 - np.minimum(np.abs(x - (WIN_L + WIN_R) / 2), np.abs(y - (WIN_T + WIN_B) / 2)))
    return img[0], R.coverage(frame), R.coverage(panes)


SCENE, FRAME_COVER, PANES = _scene()


def _outside():
    """Coverage of the rooftops and chimneys, the rain's streaks and the drops on the panes."""
    x, y = R.grid()
    roof = R.coverage(-(y - (21.0 + 2.5 * np.abs(((x + 2.0) % 12.0) - 6.0) / 6.0)))
    chimneys = R.coverage(np.minimum(R.edges_sdf(x, y, 25.0, 27.5, 16.0, 23.0), R.edges_sdf(x, y, 37.0, 39.0, 17.0, 23.0)))
    streaks = np.abs((((x + 0.35 * y) % 3.7) - 1.85)) - 0.35
    gaps = np.abs(((y * 0.5 + 3.1 * np.floor((x + 0.35 * y) / 3.7)) % 3.0) - 1.5) - 0.6
    rain = R.coverage(np.maximum(streaks, -gaps))
    drops = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for dx, dy in ((23.5, 9.0), (29.0, 14.5), (35.5, 8.5), (41.0, 15.0), (24.5, 26.0), (30.0, 28.5),
                   (36.5, 23.5), (41.5, 28.0), (27.0, 20.0), (34.0, 13.0), (22.5, 16.5), (39.0, 19.5)):
        np.minimum(drops, R.ellipse_sdf(x - dx, y - dy, 0.7, 1.0), out=drops)
    return roof * PANES, chimneys * PANES, rain * PANES, R.coverage(drops) * PANES


ROOF_COVER, CHIMNEY_COVER, RAIN_COVER, DROP_COVER = _outside()


def _static():
    x, y = R.grid()
    wall = R.coverage(y - WALL_B) * (1.0 - FRAME_COVER)  # the wall the paint may cover
    streaks = 0.04 * np.sin(1.9 * x + 0.3 * np.sin(0.7 * y))
    tray = R.coverage(np.maximum(R.edges_sdf(x, y, 3.0, 15.0, 57.0, 61.0), (y - 57.0) - 0.8 * (x - 3.0)))
    tray_paint = R.coverage(R.edges_sdf(x, y, 7.5, 14.0, 57.5, 59.5))
    return wall, streaks, tray, tray_paint


WALL_COVER, ROLLER_STREAKS, TRAY_COVER, TRAY_PAINT = _static()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    paint = R.hsv(f[:, 1], 0.5, 0.82)
    # the outside: the sky, the rooftops, the rain
    rain = f[:, 3]
    sky = SKY_DRY[None] + (SKY_WET - SKY_DRY)[None] * rain[:, None]
    R.over(img, np.broadcast_to(PANES, (n, R.SIZE, R.SIZE)), sky)
    R.over(img, ROOF_COVER, ROOF)
    R.over(img, CHIMNEY_COVER, CHIMNEY)
    r = R.col(rain)
    R.over(img, 0.85 * r * RAIN_COVER, RAIN)
    R.over(img, 0.9 * r * DROP_COVER, DROP)
    R.over(img, np.broadcast_to(FRAME_COVER * (1.0 - PANES), (n, R.SIZE, R.SIZE)), FRAME)
    # the new paint, from the left edge, its right edge wavy where the roller stopped
    edge = R.col(-3.0 + 70.0 * f[:, 0]) + 1.2 * np.sin(0.55 * y)
    cover = WALL_COVER * R.coverage(x - edge)
    R.over(img, cover, paint[:, :, None, None] * (1.0 + ROLLER_STREAKS))
    # the roller tray on the dust sheet
    R.over(img, np.broadcast_to(TRAY_COVER, (n, R.SIZE, R.SIZE)), TRAY)
    R.over(img, np.broadcast_to(TRAY_PAINT, (n, R.SIZE, R.SIZE)), paint)
    # the stepladder: two splayed legs with rungs, a back leg, a top step with the paint tin
    lx = R.col(11.0 + 42.0 * f[:, 2])
    legs = np.minimum(R.segment_sdf(x, y, lx - 3.0, LADDER_TOP, lx - LADDER_SPREAD, LADDER_FOOT),
                      R.segment_sdf(x, y, lx + 3.0, LADDER_TOP, lx + LADDER_SPREAD, LADDER_FOOT)) - 0.9
    back = R.segment_sdf(x, y, lx + 1.0, LADDER_TOP, lx + 2.0, LADDER_FOOT - 1.5) - 0.7
    R.over(img, R.coverage(back), METAL_DARK)
    rungs = np.full(legs.shape, np.inf, np.float32)
    for ry in (33.0, 42.0, 51.0):
        half = 3.0 + (LADDER_SPREAD - 3.0) * (ry - LADDER_TOP) / (LADDER_FOOT - LADDER_TOP)
        np.minimum(rungs, R.edges_sdf(x, y, lx - half, lx + half, ry - 0.8, ry + 0.8), out=rungs)
    top = R.edges_sdf(x, y, lx - 4.0, lx + 4.0, LADDER_TOP - 1.2, LADDER_TOP + 1.2)
    R.over(img, R.coverage(np.minimum(np.minimum(legs, rungs), top)), METAL)
    R.over(img, 0.8 * R.coverage(np.maximum(np.abs(np.minimum(legs, rungs)) - 0.3, -legs - 0.3)), METAL_DARK)
    tin = R.edges_sdf(x, y, lx - 3.0, lx + 3.0, LADDER_TOP - 7.5, LADDER_TOP - 1.2)
    R.over(img, R.coverage(tin), TIN)
    R.over(img, R.coverage(np.maximum(tin + 0.2, np.abs(y - (LADDER_TOP - 4.0)) - 1.6)), paint)  # the label
    R.over(img, R.coverage(np.maximum(np.abs(x - lx) - 3.0, np.abs(y - (LADDER_TOP - 7.5)) - 0.6)), paint)  # drips
    handle = np.maximum(np.abs(R.ellipse_sdf(x - lx, y - (LADDER_TOP - 7.5), 3.0, 3.0)) - 0.3, y - (LADDER_TOP - 7.5))
    return R.to_uint8(R.over(img, R.coverage(handle), METAL_DARK))


def render(painted: float, paint_hue: float, ladder_x: float, rain: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[painted, paint_hue, ladder_x, rain]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("decorator", arg, n, seed, FACTORS, sample_factors, _draw)
