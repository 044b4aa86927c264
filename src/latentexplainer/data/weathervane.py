"""`weathervane`: a weathervane on the roof of a barn in the countryside (64x64 RGB).

A barn stands in the middle of the image, seen from the front: painted plank walls with white
corner boards, a big double door with a white frame and white crossed braces, a small
hayloft window with a white frame high in the gable, and a pitched roof of dark shingles
overhanging the walls. From the roof's peak a thin dark pole rises to a gold ball. On it, seen
from a little above, are a fixed compass cross (its east-west arm across the image, its
north-south arm going back) with a small gold ball on each arm's end, and above that the vane:
a black iron arrow with a gilded pointed head and a kite-shaped fin at its tail, which turns on the
pole to point where the wind blows. Behind the barn lie low green hills under a blue sky with
a few white clouds. Factors: the direction the arrow points (a whole turn round: right, back,
left, towards the viewer), the height of the pole (short to tall; the vane and compass ride on
it), how steep the barn's roof is (shallow to steep; the peak stays put, the eaves drop), the
colour the barn is painted (red, white or green) and how many clouds are in the sky (none to
three). The barn's size and place, the door, the window and the hills stay fixed; the whole
weathervane always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

PAINTS = ("red", "white", "green")
FACTORS = (
    Factor("wind_dir", "direction the weathervane's arrow points (a whole turn round)", "cyclic", period=2 * np.pi),
    Factor("pole_height", "height of the weathervane's pole above the roof (short to tall)", "continuous"),
    Factor("roof_pitch", "how steep the barn's roof is (shallow to steep)", "continuous"),
    Factor("paint", "colour the barn is painted (red, white or green)", "categorical", PAINTS),
    Factor("clouds", "how many clouds are in the sky (none to three)", "continuous"),
)
# wind_dir: 0..2 pi radians, seen from above anticlockwise from pointing right (pi / 2: pointing
# away, up the image; 3 pi / 2: towards the viewer), the arrow 30 px long drawn as lying flat,
# foreshortened to 0.6 going back; pole_height: 0..1 is a pole 10..17 px tall from the roof's
# peak (x = 32 px, y = 26 px), the arrow's middle 3.5 px and the compass cross 8 px below its
# top; roof_pitch: 0..1 drops the eaves (the walls 32 px wide) from y = 33 to 44 px; paint:
# codes 0..2 are red, white and green walls; clouds: 0..1 shows 0..3 clouds (each fades in over a
# third of the range) at fixed places (CLOUDS)
RANGES = ((0.0, 2 * np.pi), (0.0, 1.0), (0.0, 1.0), (0.0, len(PAINTS) - 1.0), (0.0, 1.0))
SKY_TOP, SKY_LOW, CLOUD, CLOUD_SHADE, HILLS, HILLS_DARK, GRASS = (
    (0.3, 0.55, 0.9),
    (0.72, 0.85, 0.97),
    (0.98, 0.98, 1.0),
    (0.84, 0.87, 0.93),
    (0.34, 0.6, 0.26),
    (0.24, 0.46, 0.18),
    (0.42, 0.7, 0.28),
)
PAINT_COLOURS = np.array(((0.7, 0.14, 0.1), (0.95, 0.94, 0.9), (0.2, 0.46, 0.3)), np.float32)
TRIM, ROOF, ROOF_DARK, WINDOW, IRON, BRASS = (
    (0.96, 0.95, 0.9),
    (0.3, 0.26, 0.26),
    (0.18, 0.15, 0.15),
    (0.12, 0.1, 0.1),
    (0.08, 0.08, 0.1),
    (0.92, 0.74, 0.22),
)
MID_X, PEAK_Y, WALL_HW, EAVE_HW, GROUND_Y, HILLS_Y, FORE = 32.0, 26.0, 16.0, 19.5, 60.0, 50.0, 0.6
ARROW, HEAD, HEAD_W, FIN, FIN_W, ARM = 15.0, 9.0, 6.5, 10.0, 6.5, 7.0
CLOUDS = ((9.0, 10.0), (55.0, 27.0), (9.0, 40.0))
SKY_ROWS, BARN_ROWS = (0, 46), (20, 64)


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_LOW, HILLS_Y)[None]
    hills = HILLS_Y - 2.5 * np.sin(x * 0.09 + 0.5) - 1.2 * np.sin(x * 0.3) - y
    R.over(img, R.coverage(hills), HILLS)
    R.over(img, 0.5 * R.coverage(hills - 1.5) * R.coverage(np.abs(((x - 1.5 * y) % 7.0) - 3.5) - 1.2), HILLS_DARK)
    R.over(img, R.below(GROUND_Y - 3.0, 1), GRASS)
    return img[0]


BACKGROUND = _background()


def _polygon(x, y, pts) -> np.ndarray:
    """Signed distance (roughly) to the convex polygon with those corners, in either order."""
    area = sum(ax * by - bx * ay for (ax, ay), (bx, by) in zip(pts, pts[1:] + pts[:1]))
    sign = np.where(area >= 0, 1.0, -1.0)
    out = -np.inf
    for (ax, ay), (bx, by) in zip(pts, pts[1:] + pts[:1]):
        ex, ey = bx - ax, by - ay
        out = np.maximum(out, -sign * (ex * (y - ay) - ey * (x - ax)) / np.maximum(np.hypot(ex, ey), 1e-6))
    return out


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the clouds, each a few puffs with a flat, shaded bottom
    part, yy = img[:, :, SKY_ROWS[0] : SKY_ROWS[1]], y[:, SKY_ROWS[0] : SKY_ROWS[1]]
    for k, (cx, cy) in enumerate(CLOUDS):
        shown = R.col(np.clip(f[:, 4] * len(CLOUDS) - k, 0.0, 1.0))
        puffs = np.minimum(
            np.minimum(np.hypot(x - cx + 4.5, yy - cy - 1.0) - 3.4, np.hypot(x - cx, yy - cy + 1.2) - 4.6),
            np.hypot(x - cx - 5.0, yy - cy - 1.0) - 3.2,
        )
        cloud = np.maximum(puffs, yy - cy - 3.0)
        R.over(part, shown * R.coverage(cloud), CLOUD)
        R.over(part, shown * R.coverage(np.maximum(cloud, cy + 1.2 - yy)), CLOUD_SHADE)
    # the barn: the walls and the gable under the roof, the corner boards, the door, the window
    part, yy = img[:, :, BARN_ROWS[0] : BARN_ROWS[1]], y[:, BARN_ROWS[0] : BARN_ROWS[1]]
    eaves = R.col(33.0 + 11.0 * f[:, 2])
    slope = (eaves - PEAK_Y) / WALL_HW
    u = x - MID_X
    gable = (PEAK_Y + slope * np.abs(u) - yy) / np.sqrt(1.0 + slope * slope)
    walls = np.maximum(np.maximum(gable, np.abs(u) - WALL_HW), yy - GROUND_Y)
    paint = PAINT_COLOURS[f[:, 3].astype(int)]
    R.over(part, R.coverage(walls), paint)
    R.over(part, 0.3 * R.coverage(np.maximum(walls, np.abs((u % 3.0) - 1.5) - 0.3)), 0.6 * paint)
    R.over(part, R.coverage(np.maximum(walls, np.maximum(np.abs(u) - WALL_HW, WALL_HW - 1.6 - np.abs(u)))), TRIM)
    door = R.edges_sdf(u, yy, -9.0, 9.0, 46.0, GROUND_Y)
    R.over(part, R.coverage(door), 0.7 * paint)
    braces = (
        np.minimum(
            R.segment_sdf(np.abs(u), yy, 0.0, 47.0, 8.0, GROUND_Y - 1.0),
            R.segment_sdf(np.abs(u), yy, 8.0, 47.0, 0.0, GROUND_Y - 1.0),
        )
        - 0.6
    )
    frame = np.minimum(np.maximum(door, -(door + 1.2)), np.maximum(door, np.abs(u) - 0.5))
    R.over(part, R.coverage(np.minimum(frame, np.maximum(door, braces))), TRIM)
    window = R.edges_sdf(u, yy, -3.0, 3.0, 34.0, 40.0)
    R.over(part, R.coverage(window), TRIM)
    R.over(part, R.coverage(window + 1.1), WINDOW)
    # the roof: a band of shingles along each slope, overhanging the walls
    reach = EAVE_HW * slope
    roof = (
        np.minimum(
            R.segment_sdf(u, yy, 0.0, PEAK_Y, -EAVE_HW, PEAK_Y + reach),
            R.segment_sdf(u, yy, 0.0, PEAK_Y, EAVE_HW, PEAK_Y + reach),
        )
        - 1.8
    )
    R.over(part, R.coverage(roof), ROOF)
    R.over(part, R.coverage(np.maximum(roof, gable + 0.6)), ROOF_DARK)
    # the weathervane: the pole and its ball, the compass cross, the arrow
    part, yy = img[:, :, SKY_ROWS[0] : SKY_ROWS[1]], y[:, SKY_ROWS[0] : SKY_ROWS[1]]
    top = PEAK_Y - 1.0 - R.col(10.0 + 7.0 * f[:, 1])
    R.over(part, R.coverage(np.maximum(np.abs(u) - 0.7, np.maximum(top - yy, yy - PEAK_Y))), IRON)
    cross_y = top + 8.0
    cross = np.minimum(
        np.maximum(np.abs(u) - ARM, np.abs(yy - cross_y) - 0.55),
        np.maximum(np.abs(u) - 0.55, np.abs(yy - cross_y) - FORE * ARM),
    )
    R.over(part, R.coverage(cross), IRON)
    ends = np.minimum(np.hypot(np.abs(u) - ARM, yy - cross_y), np.hypot(u, np.abs(yy - cross_y) - FORE * ARM)) - 1.1
    R.over(part, R.coverage(ends), BRASS)
    a = R.col(f[:, 0])
    dx, dy = np.cos(a), -FORE * np.sin(a)  # along the arrow, on the image
    px, py = -np.sin(a), -FORE * np.cos(a)  # across it, flat
    cy = top + 3.5
    tip, tail = (ARROW * dx, cy + ARROW * dy), (-ARROW * dx, cy - ARROW * dy)
    head = _polygon(
        u,
        yy,
        [
            tip,
            (tip[0] - HEAD * dx + HEAD_W * px, tip[1] - HEAD * dy + HEAD_W * py),
            (tip[0] - HEAD * dx - HEAD_W * px, tip[1] - HEAD * dy - HEAD_W * py),
        ],
    )
    fin = _polygon(
        u,
        yy,
        [
            (tail[0] + FIN * dx, tail[1] + FIN * dy),
            (tail[0] + 2.0 * dx + FIN_W * px, tail[1] + 2.0 * dy + FIN_W * py),
            (tail[0] - 1.0 * dx, tail[1] - 1.0 * dy),
            (tail[0] + 2.0 * dx - FIN_W * px, tail[1] + 2.0 * dy - FIN_W * py),
        ],
    )
    shaft = R.segment_sdf(u, yy, tail[0], tail[1], tip[0], tip[1]) - 0.9
    R.over(part, R.coverage(np.minimum(fin - 0.4, shaft)), IRON)
    R.over(part, R.coverage(head - 0.4), BRASS)
    R.over(part, R.coverage(np.hypot(u, yy - top) - 1.6), BRASS)
    return R.to_uint8(img)


def render(wind_dir: float, pole_height: float, roof_pitch: float, paint: float, clouds: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[wind_dir, pole_height, roof_pitch, paint, clouds]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("weathervane", arg, n, seed, FACTORS, sample_factors, _draw)
