"""`helicopter`: a helicopter flying over a city at night with a crate slung under it, seen from
the side (64x64 RGB).

A helicopter hovers over the middle of the image, facing right: a rounded coloured cabin,
darker along its underside, with a big pale blue window at its front, a tail boom reaching back
to a small fin with a red light and a grey blur of a tail rotor, two skids under the cabin and a
pale grey blur of its main rotor spinning on a short mast over its top. A wooden crate with
darker planks hangs straight down from its belly on a rope. A searchlight under its nose may
shine a pale yellow beam down and forwards, widening as it goes. Behind is the night sky, deep
blue at the top and lighter towards the horizon, over a dark city skyline with lit yellow
windows. Factors: the helicopter's altitude (high to low), its pitch (nose down to nose up,
about its middle), the hue of its cabin (round the whole colour wheel), how brightly the
searchlight shines (off to a bright beam) and how long the crate's rope is (short to long). The
helicopter's place across the image, its size and the crate's size stay fixed; the whole
helicopter always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("altitude", "how high the helicopter flies (high up to low down)", "continuous"),
    Factor("pitch", "the helicopter's pitch (nose tilted down to nose tilted up)", "continuous"),
    Factor("cabin_hue", "hue of the helicopter's cabin (round the whole colour wheel)", "cyclic", period=1.0),
    Factor("searchlight", "how brightly the helicopter's searchlight shines (off to a bright beam)", "continuous"),
    Factor("rope_length", "length of the rope the crate hangs from under the helicopter (short to long)", "continuous"),
)
# altitude: 0..1 puts the helicopter's middle (2 px behind the cabin's) at y = 15..29 px (x = 32
# px); pitch: -1..1 turns the whole helicopter by -0.3..0.3 radians about that middle (positive:
# the nose up), the main rotor 34 px across; cabin_hue: 0..1 is the whole colour wheel (1 is 0
# again); searchlight: 0..1 is a beam from under the nose, 0.45 radians forwards of straight down
# (turned with the helicopter), 0..0.6 opaque at its brightest; rope_length: 0..1 is a rope
# 3..16 px long from the belly (the crate 10 x 8 px under it)
RANGES = ((0.0, 1.0), (-1.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_LOW, CITY, LIT = (0.02, 0.04, 0.14), (0.2, 0.22, 0.42), (0.07, 0.07, 0.1), (1.0, 0.85, 0.4)
GLASS, GLASS_SHINE, ROTOR, SKID, RED = (
    (0.62, 0.8, 0.92),
    (0.9, 0.96, 1.0),
    (0.75, 0.76, 0.8),
    (0.3, 0.3, 0.33),
    (1.0, 0.15, 0.1),
)
CRATE, PLANK, ROPE, BEAM = (0.74, 0.52, 0.26), (0.5, 0.33, 0.15), (0.82, 0.78, 0.68), (1.0, 0.96, 0.7)
HX, HORIZON_Y = 32.0, 50.0
CABIN_X, CABIN_RX, CABIN_RY, BELLY, NOSE_LAMP = 2.0, 10.0, 6.0, (2.0, 6.0), (8.0, 4.5)
TAIL, ROTOR_Y, ROTOR_HALF, BEAM_ANGLE, BEAM_HALF = -22.0, -9.5, 17.0, 0.45, 0.2
CRATE_HW, CRATE_H = 5.0, 8.0
# the rows and columns each part can reach, for speed
BEAM_WIN, CRATE_WIN, SKID_WIN = ((14, 64), (30, 64)), ((18, 63), (25, 42)), ((12, 44), (18, 50))
TAIL_WIN, CABIN_WIN, ROTOR_WIN = ((0, 42), (1, 31)), ((2, 40), (18, 48)), ((0, 32), (8, 57))
BUILDINGS = (
    (0.0, 7.0, 40.0),
    (7.0, 15.0, 45.0),
    (15.0, 22.0, 36.0),
    (22.0, 31.0, 43.0),
    (31.0, 37.0, 39.0),
    (37.0, 46.0, 46.0),
    (46.0, 53.0, 35.0),
    (53.0, 64.0, 42.0),
)  # left, right, top


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_LOW, HORIZON_Y)[None]
    city = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for left, right, top in BUILDINGS:
        city = np.minimum(city, R.edges_sdf(x, y, left, right, top, R.SIZE + 1.0))
    R.over(img, R.coverage(city), CITY)
    windows = (np.abs((x % 3.0) - 1.5) < 0.6) & (np.abs((y % 4.0) - 2.0) < 0.8)
    lit = np.sin(np.floor(x / 3.0) * 12.9898 + np.floor(y / 4.0) * 78.233) * 43758.5453 % 1.0 > 0.55
    R.over(img, 0.85 * R.coverage(city + 1.5) * (windows & lit), LIT)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    hy = R.col(15.0 + 14.0 * f[:, 0])
    p = R.col(0.3 * f[:, 1])
    c, s = np.cos(p), np.sin(p)

    def screen(pu, pv):  # a point of the helicopter's frame on the screen
        return HX + pu * c + pv * s, hy - pu * s + pv * c

    def window(rows, cols):  # a part of the image, its pixels' x and y, and forwards and down in the helicopter
        xx, yy = x[:, :, cols[0] : cols[1]], y[:, rows[0] : rows[1]]
        dx, dy = xx - HX, yy - hy
        return img[:, :, rows[0] : rows[1], cols[0] : cols[1]], xx, yy, dx * c - dy * s, dx * s + dy * c

    # the searchlight's beam, behind everything else
    part, xx, yy, _, _ = window(*BEAM_WIN)
    lx, ly = screen(*NOSE_LAMP)
    ba = BEAM_ANGLE - p  # from straight down, turned with the helicopter
    bu, bv = (xx - lx) * np.cos(ba) - (yy - ly) * np.sin(ba), (xx - lx) * np.sin(ba) + (yy - ly) * np.cos(ba)
    wedge = np.abs(bu) - np.tan(BEAM_HALF) * bv - 0.8
    R.over(part, R.col(0.6 * f[:, 3]) * R.coverage(wedge) * np.clip(1.1 - bv / 70.0, 0.0, 1.0), BEAM)
    # the crate on its rope, hanging straight down from the belly
    part, xx, yy, _, _ = window(*CRATE_WIN)
    rx, ry = screen(*BELLY)
    low = ry + R.col(3.0 + 13.0 * f[:, 4])
    R.over(part, R.coverage(np.maximum(np.abs(xx - rx) - 0.5, np.maximum(ry - yy, yy - low))), ROPE)
    crate = R.edges_sdf(xx, yy, rx - CRATE_HW, rx + CRATE_HW, low, low + CRATE_H)
    R.over(part, R.coverage(crate), CRATE)
    planks = np.minimum(np.abs(yy - low - CRATE_H / 2) - 0.45, np.abs(np.abs(xx - rx) - CRATE_HW + 0.8) - 0.5)
    R.over(part, R.coverage(np.maximum(crate, planks)), PLANK)
    # the skids, the tail boom and fin, the cabin with its window
    part, _, _, u, v = window(*SKID_WIN)
    skids = np.minimum(
        np.minimum(R.segment_sdf(u, v, -3.0, 5.0, -4.0, 9.0), R.segment_sdf(u, v, 6.0, 5.0, 7.0, 9.0)),
        np.minimum(R.segment_sdf(u, v, -9.0, 9.0, 11.0, 9.0), R.segment_sdf(u, v, 11.0, 9.0, 13.0, 7.5)),
    )
    R.over(part, R.coverage(skids - 0.6), SKID)
    colour, dark = R.hsv(f[:, 2], 0.8, 0.88), R.hsv(f[:, 2], 0.85, 0.5)
    part, _, _, u, v = window(*TAIL_WIN)
    boom, along = R.segment_sdf(u, v, -6.0, -1.0, TAIL, -3.0, along=True)
    fin = np.maximum(np.abs(u - TAIL + 0.5 + 0.3 * (v + 3.0)) - 1.3, np.maximum(-9.0 - v, v + 1.0))
    R.over(part, R.coverage(np.minimum(boom - (2.4 - 1.3 * along), fin)), colour)
    R.over(part, 0.55 * R.coverage(np.hypot(u - TAIL, v + 3.0) - 3.2), ROTOR)
    R.over(part, R.coverage(np.hypot(u - TAIL + 1.0, v + 9.0) - 1.0), RED)
    part, _, _, u, v = window(*CABIN_WIN)
    cabin = R.ellipse_sdf(u - CABIN_X, v, CABIN_RX, CABIN_RY)
    R.over(part, R.coverage(cabin), colour)
    R.over(part, R.coverage(np.maximum(cabin + 0.3, 2.5 - v)), dark)
    window_glass = np.maximum(R.ellipse_sdf(u - 7.0, v + 1.2, 5.5, 3.6), cabin + 0.8)
    R.over(part, R.coverage(window_glass), GLASS)
    R.over(part, R.coverage(np.maximum(window_glass + 0.6, np.abs(u - 0.6 * v - 8.0) - 0.7)), GLASS_SHINE)
    # the mast and the main rotor's blur
    part, _, _, u, v = window(*ROTOR_WIN)
    R.over(part, R.coverage(R.box_sdf(u - 1.0, v + 7.5, 1.0, 2.0)), SKID)
    R.over(part, 0.8 * R.coverage(R.ellipse_sdf(u - 1.0, v - ROTOR_Y, ROTOR_HALF, 1.1)), ROTOR)
    return R.to_uint8(img)


def render(altitude: float, pitch: float, cabin_hue: float, searchlight: float, rope_length: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[altitude, pitch, cabin_hue, searchlight, rope_length]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("helicopter", arg, n, seed, FACTORS, sample_factors, _draw)
