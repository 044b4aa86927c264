"""`kayak`: a kayaker paddling across a mountain lake, seen from the side (64x64 RGB).

A kayak floats on a calm lake, its lower edge sunk a little below the water: a long narrow
hull with blunt pointed ends, a dark line along its deck and a white stripe along its side.
In its cockpit sits a paddler in a yellow life vest and a white helmet, blue arms holding a
long dark paddle with an orange blade at each end across the chest. Behind the lake a dark
green strip of forest runs along the far shore, and behind it rises a range of blue-grey
mountains with snow on their peaks, under a pale blue sky. Factors: the horizontal position
of the kayak with its paddler (left to right), the tilt of the paddle (its left blade down to
its right blade down), the hue of the kayak's hull (round the whole colour wheel), the length
of the kayak (short to long) and the height of the mountains (low to tall). The paddler's
size, the water's level, the forest and the sky stay fixed; the whole kayak and its paddle
always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("kayak_x", "horizontal position of the kayak with its paddler (left to right)", "continuous"),
    Factor("paddle_tilt", "tilt of the kayaker's paddle (left blade down to right blade down)", "continuous"),
    Factor("hull_hue", "hue of the kayak's hull (round the whole colour wheel)", "cyclic", period=1.0),
    Factor("kayak_length", "length of the kayak (short to long)", "continuous"),
    Factor("mountain_height", "height of the mountains behind the lake (low to tall)", "continuous"),
)
# kayak_x: 0..1 puts the kayak's middle (and the paddler) at x = 25..39 px; paddle_tilt:
# -0.6..0.6 radians about the paddle's middle (x as the kayak, y = 37.5 px; positive: the right
# blade down), its shaft 25 px long with a blade 7.6 px long beyond each end; hull_hue: 0..1 is
# the whole colour wheel (1 is 0 again); kayak_length: 0..1 is a hull 18..48 px long and 7.6 px
# deep (its middle at y = 45.5 px, the water's edge at y = 47 px); mountain_height: 0..1 raises
# the highest peak 8..22 px above the far shore (y = 31 px), the others in proportion
RANGES = ((0.0, 1.0), (-0.6, 0.6), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_LOW, FOREST, FOREST_DARK = (0.42, 0.64, 0.92), (0.8, 0.89, 0.97), (0.12, 0.3, 0.16), (0.07, 0.2, 0.1)
MOUNTAIN, MOUNTAIN_DARK, SNOW = (0.44, 0.5, 0.62), (0.32, 0.37, 0.5), (0.95, 0.96, 0.98)
WATER_TOP, WATER_LOW, GLINT = (0.3, 0.52, 0.66), (0.12, 0.3, 0.45), (0.62, 0.78, 0.88)
VEST, HELMET, SKIN, ARM, PADDLE, BLADE, STRIPE = (
    (0.98, 0.82, 0.16),
    (0.96, 0.96, 0.96),
    (0.9, 0.7, 0.55),
    (0.22, 0.32, 0.62),
    (0.12, 0.12, 0.15),
    (0.95, 0.42, 0.1),
    (0.96, 0.96, 0.92),
)
SHORE_Y, WATER_Y, HULL_Y, PADDLE_Y, TOP_H, LOW_H = 31.0, 47.0, 45.5, 37.5, 3.0, 4.6
SHAFT, BLADE_L, BLADE_W = 12.5, 3.8, 1.7
PEAKS = ((6.0, 0.7, 13.0), (22.0, 1.0, 15.0), (40.0, 0.8, 14.0), (57.0, 0.65, 12.0))  # x, height, half-width
MOUNTAIN_ROWS, KAYAK_ROWS = (8, 32), (20, 52)


def _background() -> tuple[np.ndarray, np.ndarray]:
    """The sky, the lake and the forest (3, H, W); the forest's coverage (H, W), which stays in
    front of the mountains."""
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_LOW, SHORE_Y)[None]
    water = R.vertical_gradient(WATER_TOP, WATER_LOW)[None]
    glint = R.coverage(np.abs(((y + 0.4 * np.sin(x * 0.3)) % 4.0) - 2.0) - 0.25) * (np.sin(x * 0.45 + 2.0 * y) > 0.2)
    R.over(water, 0.45 * glint.astype(np.float32), GLINT)
    lake = R.below(SHORE_Y, 1)
    img += lake[:, None] * (water - img)
    forest = np.maximum(SHORE_Y - 3.0 + 1.2 * np.abs(np.sin(x * 0.7)) + 0.6 * np.sin(x * 1.9) - y, y - SHORE_Y - 0.5)
    cover = R.coverage(forest)
    R.over(img, cover, FOREST)
    R.over(img, 0.6 * cover * R.coverage(np.abs(((x + 0.3 * y) % 3.0) - 1.5) - 0.5), FOREST_DARK)
    return img[0], np.broadcast_to(cover, (1, R.SIZE, R.SIZE))[0].astype(np.float32)


BACKGROUND, FOREST_COVER = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the mountains, their shaded right flanks and snowy peaks, behind the forest
    part, yy = img[:, :, MOUNTAIN_ROWS[0] : MOUNTAIN_ROWS[1]], y[:, MOUNTAIN_ROWS[0] : MOUNTAIN_ROWS[1]]
    behind = 1.0 - FOREST_COVER[MOUNTAIN_ROWS[0] : MOUNTAIN_ROWS[1]]
    tall = R.col(8.0 + 14.0 * f[:, 4])
    rock, shade, snow = np.inf, np.inf, np.inf
    for px, rel, hw in PEAKS:
        h = tall * rel
        slope = h / hw
        peak = (SHORE_Y - h + slope * np.abs(x - px) - yy) / np.sqrt(1.0 + slope * slope)
        rock = np.minimum(rock, peak)
        shade = np.minimum(shade, np.maximum(peak, px - x))
        cap = yy - SHORE_Y + 0.68 * h - 0.8 * np.sin(x * 1.3 + px)
        snow = np.minimum(snow, np.maximum(peak, cap))
    R.over(part, R.coverage(rock) * behind, MOUNTAIN)
    R.over(part, 0.8 * R.coverage(shade) * behind, MOUNTAIN_DARK)
    R.over(part, R.coverage(snow) * behind, SNOW)
    # the kayak: a long hull pointed at both ends, a dark line along its deck
    part, yy = img[:, :, KAYAK_ROWS[0] : KAYAK_ROWS[1]], y[:, KAYAK_ROWS[0] : KAYAK_ROWS[1]]
    kx, half = R.col(25.0 + 14.0 * f[:, 0]), R.col(9.0 + 15.0 * f[:, 3])
    u, v = x - kx, yy - HULL_Y
    t = np.clip(u / half, -1.5, 1.5)
    side = np.where(v < 0, TOP_H, LOW_H)
    h = side * (1.0 - t**4)
    hull = (np.abs(v) - h) / np.sqrt(1.0 + (4.0 * side * t**3 / half) ** 2)
    colour = R.hsv(f[:, 2], 0.8, 0.9)
    R.over(part, R.coverage(hull), colour)
    R.over(part, R.coverage(np.maximum(hull, np.abs(v + h - 0.9) - 0.45)), 0.45 * colour)
    R.over(part, R.coverage(np.maximum(hull + 0.5, np.abs(v - 0.4) - 0.7)), STRIPE)
    # the paddler: vest, head and helmet
    R.over(part, R.coverage(R.box_sdf(u, yy - 39.0, 1.8, 3.4) - 1.0), VEST)
    head = np.hypot(u, yy - 32.2) - 2.4
    R.over(part, R.coverage(head), SKIN)
    R.over(part, R.coverage(np.maximum(head - 0.3, yy - 31.9)), HELMET)
    # the paddle, its shaft across the chest, a blade beyond each end, and the arms holding it
    a = R.col(f[:, 1])
    c, s = np.cos(a), np.sin(a)
    dx, dy = u, yy - PADDLE_Y
    along, across = dx * c + dy * s, -dx * s + dy * c
    R.over(part, R.coverage(np.maximum(np.abs(along) - SHAFT, np.abs(across) - 0.6)), PADDLE)
    R.over(part, R.coverage(R.ellipse_sdf(np.abs(along) - SHAFT - BLADE_L, across, BLADE_L, BLADE_W)), BLADE)
    arms = (
        np.minimum(
            R.segment_sdf(u, yy, -2.2, 36.0, -4.5 * c, PADDLE_Y - 4.5 * s),
            R.segment_sdf(u, yy, 2.2, 36.0, 4.5 * c, PADDLE_Y + 4.5 * s),
        )
        - 0.9
    )
    R.over(part, R.coverage(arms), ARM)
    # the hull's lower edge, sunk below the water
    R.over(part, 0.55 * R.coverage(np.maximum(hull, WATER_Y - yy)), WATER_LOW)
    return R.to_uint8(img)


def render(
    kayak_x: float, paddle_tilt: float, hull_hue: float, kayak_length: float, mountain_height: float
) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[kayak_x, paddle_tilt, hull_hue, kayak_length, mountain_height]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("kayak", arg, n, seed, FACTORS, sample_factors, _draw)
