"""`carousel`: a merry-go-round at a fair, seen from the front (64x64 RGB).

A carousel fills the middle of the image: a conical roof of coloured and cream stripes
running down from its peak, with a small pennant on a pole at the top, over a scalloped
valance in a darker shade of the stripes' colour, with a row of yellow light bulbs along its
edge. Under the roof, in the dark shade inside, a golden column stands in the middle and
white horses with golden manes and red saddles, all facing right, ride on brass poles from
the roof down to a red round platform with a golden trim. In front is the sandy ground of the
fairground, behind it the sky. Factors: the hue of the roof's stripes and valance (round the
whole colour wheel), how high the horses ride on their poles (low down to high up), how many
horses there are (two, three or four), the height of the roof's cone (a low flat roof to a
tall pointed one) and how dark the sky is (daytime to night, the light bulbs glowing). The
carousel's place and width, the platform and the column stay fixed; the whole carousel
always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

HORSES = ("2", "3", "4")
FACTORS = (
    Factor("roof_hue", "hue of the carousel's striped roof (round the whole colour wheel)", "cyclic", period=1.0),
    Factor("horse_height", "how high the horses ride on their poles (low down to high up)", "continuous"),
    Factor("horses", "how many horses ride on the carousel (two, three or four)", "categorical", HORSES),
    Factor("roof_height", "height of the carousel's conical roof (low and flat to tall and pointed)", "continuous"),
    Factor("night", "how dark the sky is (daytime to night, the light bulbs glowing)", "continuous"),
)
# roof_hue: 0..1 is the whole colour wheel (1 is 0 again); horse_height: 0..1 puts the horses'
# bodies' middles at y = 44.5..32.5 px (each horse 11.5 px long); horses: codes 0..2 are 2..4
# horses spread evenly across the carousel (HORSE_XS); roof_height: 0..1 puts the roof's peak at
# y = 17..4 px (its eaves at y = 22 px, x = 6..58 px); night: 0..1 mixes the day sky into the
# night one and brings up a glow round each bulb
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, len(HORSES) - 1.0), (0.0, 1.0), (0.0, 1.0))
DAY_TOP, DAY_LOW = np.array((0.42, 0.66, 0.94), np.float32), np.array((0.8, 0.88, 0.97), np.float32)
NIGHT_TOP, NIGHT_LOW = np.array((0.02, 0.03, 0.1), np.float32), np.array((0.12, 0.1, 0.26), np.float32)
GROUND, GROUND_DARK, INSIDE, GOLD, GOLD_DARK, CREAM = (
    (0.82, 0.72, 0.52),
    (0.68, 0.58, 0.4),
    (0.24, 0.15, 0.2),
    (0.92, 0.74, 0.3),
    (0.66, 0.5, 0.18),
    (0.98, 0.94, 0.84),
)
PLATFORM, HORSE, SADDLE, BULB, GLOW = (
    (0.62, 0.12, 0.12),
    (0.97, 0.96, 0.92),
    (0.82, 0.1, 0.16),
    (1.0, 0.92, 0.5),
    (1.0, 0.8, 0.4),
)
MID_X, EAVES_Y, HALF_W, VALANCE_Y, PLATFORM_Y, GROUND_Y = 32.0, 22.0, 26.0, 24.5, 50.0, 55.0
STRIPE = 52.0 / 12  # the stripes' width along the eaves
HORSE_XS = ((20.0, 44.0), (15.0, 31.5, 48.0), (12.5, 25.5, 38.5, 51.5))
HORSE_ROWS, HORSE_SCALE, ROOF_ROWS = (24, 51), 0.85, 28
SLOT_COLS = tuple(  # the columns the horse in each place can reach, whatever the count
    (int(min(xs[k] for xs in HORSE_XS if k < len(xs))) - 7, int(max(xs[k] for xs in HORSE_XS if k < len(xs))) + 9)
    for k in range(len(HORSE_XS[-1]))
)


def _background() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """How far down the sky each row is (H, W); the ground, the carousel's inside, its column and
    its platform, in front of the sky: coverage (H, W) and colours (3, H, W)."""
    x, y = R.grid()
    t = np.broadcast_to(np.clip(y / GROUND_Y, 0.0, 1.0), (1, R.SIZE, R.SIZE))[0]
    layer = np.zeros((1, 3, R.SIZE, R.SIZE), np.float32)
    ground = R.below(GROUND_Y, 1)
    R.over(layer, ground, GROUND)
    R.over(layer, 0.5 * ground * R.coverage(np.abs(((x * 0.8 + y * 2.1) % 5.0) - 2.5) - 0.5), GROUND_DARK)
    inside = R.edges_sdf(x, y, MID_X - HALF_W + 2.0, MID_X + HALF_W - 2.0, EAVES_Y, PLATFORM_Y)
    R.over(layer, R.coverage(inside), INSIDE)
    column = R.edges_sdf(x, y, MID_X - 3.0, MID_X + 3.0, EAVES_Y, PLATFORM_Y)
    R.over(layer, R.coverage(column), GOLD)
    R.over(layer, 0.7 * R.coverage(np.maximum(column + 0.6, np.abs(x - MID_X - 1.5) - 0.7)), CREAM)
    R.over(layer, R.coverage(np.maximum(column, -(np.abs(((y - EAVES_Y) % 6.0) - 3.0) - 2.4))), GOLD_DARK)
    platform = R.box_sdf(x - MID_X, y - PLATFORM_Y - 2.3, HALF_W, 2.3) - 0.5
    R.over(layer, R.coverage(platform), PLATFORM)
    R.over(layer, R.coverage(R.box_sdf(x - MID_X, y - PLATFORM_Y - 0.6, HALF_W + 0.4, 0.6)), GOLD)
    cover = np.maximum(np.maximum(ground, R.coverage(inside)), R.coverage(platform))[0]
    colour = layer[0] / np.maximum(cover, 1e-6)
    return t.astype(np.float32), cover.astype(np.float32), colour.astype(np.float32)


def _bulbs() -> tuple[np.ndarray, np.ndarray]:
    """The light bulbs along the valance and their glow, each (H, W)."""
    x, y = R.grid()
    sx = ((x - MID_X + HALF_W) % STRIPE) - STRIPE / 2
    inside = np.abs(x - MID_X) < HALF_W
    d = np.hypot(sx, y - VALANCE_Y + 1.6)
    bulbs = np.where(inside, R.coverage(d - 0.8), 0.0)
    glow = np.where(inside, np.clip(1.0 - d / 4.0, 0.0, 1.0) ** 2, 0.0)
    return (np.broadcast_to(bulbs, (1, R.SIZE, R.SIZE))[0].astype(np.float32),
            np.broadcast_to(glow, (1, R.SIZE, R.SIZE))[0].astype(np.float32))


SKY_T, LAND_COVER, LAND_COLOUR = _background()
BULBS, BULB_GLOW = _bulbs()


def _horse(u, v) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Signed distances to a horse (body, head and legs), its mane and tail, and its saddle;
    ``u`` right and ``v`` down from the middle of its body."""
    body = R.ellipse_sdf(u, v, 4.0, 2.2)
    neck = R.segment_sdf(u, v, 2.6, -1.0, 4.6, -4.4) - 1.3
    head = R.segment_sdf(u, v, 4.6, -4.6, 7.0, -3.2) - 1.0
    legs = np.minimum(R.segment_sdf(u, v, 2.5, 1.0, 5.0, 3.2), R.segment_sdf(u, v, 3.0, 1.0, 3.6, 4.3))
    hind = np.minimum(R.segment_sdf(u, v, -2.6, 1.0, -5.0, 3.6), R.segment_sdf(u, v, -2.2, 1.2, -2.8, 4.3))
    legs = np.minimum(legs, hind)
    horse = np.minimum(np.minimum(body, neck), np.minimum(head, legs - 0.6))
    hair = np.minimum(R.segment_sdf(u, v, 2.4, -2.0, 4.0, -5.6) - 0.7, R.segment_sdf(u, v, -3.8, -0.8, -6.0, 2.6) - 0.8)
    saddle = R.ellipse_sdf(u + 0.3, v + 1.6, 2.0, 1.0)
    return horse, hair, saddle


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    # the sky, from day to night, behind the fairground
    night = f[:, 4].astype(np.float32)[:, None]
    top = DAY_TOP + (NIGHT_TOP - DAY_TOP) * night  # (N, 3)
    low = DAY_LOW + (NIGHT_LOW - DAY_LOW) * night
    img = (top[:, :, None, None] + (low - top)[:, :, None, None] * SKY_T).astype(np.float32)
    img += LAND_COVER * (LAND_COLOUR - img)
    # the horses on their poles, in the rows under the roof
    part, v0 = img[:, :, HORSE_ROWS[0] : HORSE_ROWS[1]], y[:, HORSE_ROWS[0] : HORSE_ROWS[1]]
    code = f[:, 2].astype(int)
    hy = R.col(44.5 - 12.0 * f[:, 1])
    for slot, (c0, c1) in enumerate(SLOT_COLS):  # each slot in the columns its horse can reach
        xs = np.array([HORSE_XS[c][slot] if slot < len(HORSE_XS[c]) else -100.0 for c in code])
        hx, slot_part, xx = R.col(xs), part[:, :, :, c0:c1], x[:, :, c0:c1]
        pole = np.maximum(np.abs(xx - hx) - 0.5, v0 - PLATFORM_Y)
        R.over(slot_part, R.coverage(pole), GOLD)
        horse, hair, saddle = (HORSE_SCALE * d for d in _horse((xx - hx) / HORSE_SCALE, (v0 - hy) / HORSE_SCALE))
        R.over(slot_part, R.coverage(hair), GOLD)
        R.over(slot_part, R.coverage(horse), HORSE)
        R.over(slot_part, R.coverage(saddle), SADDLE)
    # the roof: a cone of stripes running down from its peak, over the scalloped valance
    colour, dark = R.hsv(f[:, 0], 0.8, 0.92), R.hsv(f[:, 0], 0.85, 0.62)
    part, yy = img[:, :, :ROOF_ROWS], y[:, :ROOF_ROWS]
    peak = R.col(17.0 - 13.0 * f[:, 3])
    height = EAVES_Y - peak
    down = np.maximum(yy - peak, 0.3)
    side = (np.abs(x - MID_X) * height - HALF_W * (yy - peak)) / np.sqrt(height**2 + HALF_W**2)
    cone = np.maximum(side, yy - EAVES_Y)
    along = (x - MID_X) * height / down + HALF_W  # where along the eaves the stripe through the pixel meets them
    stripes = (np.abs((along % (2 * STRIPE)) - STRIPE) - STRIPE / 2) * down / height
    R.over(part, R.coverage(cone), CREAM)
    R.over(part, R.coverage(np.maximum(cone, stripes)), colour)
    R.over(part, 0.25 * R.coverage(np.maximum(cone, MID_X + 4.0 - x)), dark)  # the right side in shade
    pole = np.maximum(np.abs(x - MID_X) - 0.4, np.maximum(yy - peak, peak - 4.0 - yy))
    R.over(part, R.coverage(pole), GOLD_DARK)
    flag = np.maximum(np.maximum(MID_X - x, x - MID_X - 4.0), np.abs(yy - peak + 3.4) - 1.3 * (1 - (x - MID_X) / 4.5))
    R.over(part, R.coverage(flag), colour)
    sx = ((x - MID_X + HALF_W) % STRIPE) - STRIPE / 2
    scallops = np.maximum(np.hypot(sx, yy - VALANCE_Y) - 2.1, np.abs(x - MID_X) - HALF_W)
    valance = np.minimum(R.edges_sdf(x, yy, MID_X - HALF_W, MID_X + HALF_W, EAVES_Y - 0.5, VALANCE_Y), scallops)
    R.over(part, R.coverage(valance), dark)
    # the light bulbs, glowing at night
    glow = (0.75 * f[:, 4]).astype(np.float32)[:, None, None] * BULB_GLOW
    R.over(img, glow, GLOW)
    R.over(img, np.broadcast_to(BULBS, (n, R.SIZE, R.SIZE)), BULB)
    return R.to_uint8(img)


def render(roof_hue: float, horse_height: float, horses: float, roof_height: float, night: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[roof_hue, horse_height, horses, roof_height, night]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("carousel", arg, n, seed, FACTORS, sample_factors, _draw)
