"""`igloo`: an igloo on a snowfield under the northern lights at night (64x64 RGB).

An igloo stands on a snowfield: a dome of snow blocks laid in courses, lit from the left by
the moon and in blue shade on its right, with an entrance tunnel of snow blocks sticking out of
its right side, its rounded end showing a doorway that glows warm orange from a lamp inside.
Behind it low snowy hills run along the horizon under a dark blue night sky with a few faint
stars, across which the northern lights hang in a wavy band of glowing curtains, brightest
along their lower edge. Snowflakes may fall, small white dots scattered over the picture.
Factors: the horizontal position of the igloo (left to right), the size of its dome (small to
large), how far its entrance tunnel sticks out (a short stub to long), the hue of the northern
lights (round the whole colour wheel) and how many snowflakes are falling (none to twenty-four).
The igloo's base on the snow, the tunnel's height, the hills, the stars, the band's shape and
the snowflakes' places stay fixed; the whole igloo always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("igloo_x", "horizontal position of the igloo (left to right)", "continuous"),
    Factor("dome_size", "size of the igloo's dome (small to large)", "continuous"),
    Factor("tunnel_length", "how far the igloo's entrance tunnel sticks out (a short stub to long)", "continuous"),
    Factor("aurora_hue", "hue of the northern lights in the sky (round the whole colour wheel)", "cyclic", period=1.0),
    Factor("snowfall", "how many snowflakes are falling (none to twenty-four)", "continuous"),
)
# igloo_x: 0..1 puts the dome's middle at x = 17..29 px (its base at y = 55 px); dome_size:
# 0..1 is a dome 9..16 px in radius (0.95 of that tall); tunnel_length: 0..1 puts the tunnel's
# end 0..14 px beyond the dome's right edge (the tunnel 9 px tall); aurora_hue: 0..1 is the
# whole colour wheel (1 is 0 again); snowfall: 0..1 shows 0..24 snowflakes in a fixed order
# (each fades in over a twenty-fourth of the range)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_LOW, HILLS, SNOW_TOP, SNOW_LOW, STAR = (
    (0.02, 0.03, 0.1),
    (0.08, 0.12, 0.26),
    (0.5, 0.56, 0.72),
    (0.36, 0.42, 0.6),
    (0.52, 0.58, 0.76),
    (0.85, 0.88, 0.95),
)
ICE, ICE_SHADE, JOINT, DOOR, FLAKE = (
    np.array((0.95, 0.97, 1.0), np.float32),
    np.array((0.64, 0.72, 0.9), np.float32),
    (0.42, 0.5, 0.7),
    (1.0, 0.7, 0.32),
    (1.0, 1.0, 1.0),
)
HORIZON_Y, BASE_Y, TUNNEL_H, COURSE, BLOCK = 38.0, 55.0, 9.0, 3.4, 5.0
STARS = ((6.5, 4.5), (20.5, 2.5), (35.5, 6.5), (50.5, 3.5), (60.5, 9.5), (13.5, 9.5), (44.5, 1.5))
FLAKES = (
    (8.0, 30.0), (40.0, 6.0), (22.0, 21.0), (58.0, 26.0), (5.0, 12.0), (31.0, 31.0), (49.0, 17.0), (15.0, 35.0),
    (62.0, 5.0), (27.0, 9.0), (45.0, 32.0), (11.0, 22.0), (54.0, 34.0), (35.0, 20.0), (2.0, 40.0), (19.0, 4.0),
    (60.0, 15.0), (30.0, 25.0), (42.0, 36.0), (6.0, 52.0), (51.0, 8.0), (24.0, 33.0), (14.0, 15.0), (58.0, 58.0),
)
IGLOO_ROWS = (38, 57)


def _background() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The night sky, hills and snow (3, H, W); how strongly the northern lights show (H, W);
    the snowflakes' coverage (24, H * W)."""
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_LOW, HORIZON_Y)[None]
    for sx, sy in STARS:
        R.over(img, 0.8 * R.coverage(np.hypot(x - sx, y - sy) - 0.5), STAR)
    hills = HORIZON_Y - 1.5 - 2.5 * np.sin(x * 0.09 + 0.5) ** 2 - 1.2 * np.sin(x * 0.27 + 1.3) - y
    R.over(img, R.coverage(hills), HILLS)
    snow = R.below(HORIZON_Y + 1.0, 1)
    R.over(img, snow, SNOW_TOP)
    R.over(img, snow * np.clip((y - HORIZON_Y) / 20.0, 0.0, 1.0), SNOW_LOW)
    # the northern lights: a wavy band of curtains, sharp along its lower edge
    mid = 13.0 + 3.5 * np.sin(x * 0.1 + 1.0) + 1.5 * np.sin(x * 0.31)
    off = y - mid
    band = np.where(off > 0, np.exp(-((off / 2.5) ** 2)), np.exp(-((off / 8.0) ** 2)))
    rays = 0.5 + 0.5 * np.sin(x * 0.9 + 2.0 * np.sin(x * 0.23)) ** 2
    aurora = 0.75 * band * rays * (1 - R.coverage(hills)) * (y < HORIZON_Y)
    flakes = [np.broadcast_to(R.coverage(np.hypot(x - fx, y - fy) - 1.1)[0], (R.SIZE, R.SIZE)).ravel()
              for fx, fy in FLAKES]
    aurora = np.broadcast_to(aurora, (1, R.SIZE, R.SIZE))[0]
    return img[0], aurora.astype(np.float32), np.stack(flakes).astype(np.float32)


BACKGROUND, AURORA, FLAKE_COVER = _background()


def _blocks(u, v, edge) -> np.ndarray:
    """Coverage of the joints between snow blocks, ``u`` right of the igloo's middle and ``v`` up
    from its base, within the shape whose signed distance is ``edge``."""
    course = np.floor(v / COURSE)
    m = v % COURSE
    rows = np.minimum(m, COURSE - m) - 0.3
    m = (u + 2.5 * (course % 2)) % BLOCK
    cols = np.maximum(np.minimum(m, BLOCK - m) - 0.3, 0.3 - v)
    return R.coverage(np.maximum(edge + 0.7, np.minimum(rows, cols)))


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    # the sky with the northern lights, the snow
    colour = R.hsv(f[:, 3], 0.75, 1.0)  # (N, 3)
    img = BACKGROUND + AURORA * (colour[:, :, None, None] - BACKGROUND)
    # the igloo: u right of the dome's middle, v up from its base
    part, v = img[:, :, IGLOO_ROWS[0] : IGLOO_ROWS[1]], BASE_Y - y[:, IGLOO_ROWS[0] : IGLOO_ROWS[1]]
    cx, r = R.col(17.0 + 12.0 * f[:, 0]), R.col(9.0 + 7.0 * f[:, 1])
    u = x - cx
    shade = np.clip(0.5 + 0.5 * u / r, 0.0, 1.0)[:, None]
    ice = ICE[None, :, None, None] + (ICE_SHADE - ICE)[None, :, None, None] * shade
    dome = np.maximum(R.ellipse_sdf(u, v, r, 0.95 * r), -v)
    R.over(part, 0.6 * R.coverage(dome - 0.7), JOINT)
    d = R.coverage(dome)
    part += d[:, None] * (ice - part)
    R.over(part, 0.7 * _blocks(u, v, dome), JOINT)
    # the tunnel, sticking out of the dome's right side, its rounded end with the glowing door
    end = r + R.col(14.0 * f[:, 2])
    cap = np.maximum(R.ellipse_sdf(u - end, v, 3.0, TUNNEL_H), -v)
    tunnel = np.minimum(R.edges_sdf(u, v, 0.5 * r, end, 0.0, TUNNEL_H), cap)
    R.over(part, 0.6 * R.coverage(tunnel - 0.7), JOINT)
    t = R.coverage(tunnel)
    side = (0.05 + 0.3 * np.clip(v / TUNNEL_H, 0.0, 1.0))[:, None]
    part += t[:, None] * (ICE[None, :, None, None] + (ICE_SHADE - ICE)[None, :, None, None] * side - part)
    R.over(part, 0.7 * _blocks(u, v, tunnel), JOINT)
    R.over(part, R.coverage(cap), ICE_SHADE)
    R.over(part, R.coverage(np.maximum(R.ellipse_sdf(u - end + 0.3, v, 2.0, TUNNEL_H - 1.8), -v)), DOOR)
    # the falling snowflakes, in a fixed order
    shown = np.clip(f[:, 4:5] * len(FLAKES) - np.arange(len(FLAKES)), 0.0, 1.0).astype(np.float32)
    img = R.over(img, np.minimum(shown @ FLAKE_COVER, 1.0).reshape(n, R.SIZE, R.SIZE), FLAKE)
    return R.to_uint8(img)


def render(igloo_x: float, dome_size: float, tunnel_length: float, aurora_hue: float, snowfall: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[igloo_x, dome_size, tunnel_length, aurora_hue, snowfall]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("igloo", arg, n, seed, FACTORS, sample_factors, _draw)
