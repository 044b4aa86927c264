"""`millwright`: inside a watermill, a great wooden cog wheel turning on the wall beside a hopper
of grain over the millstones, a shaft of daylight from a small window, seen from the front
(64x64 RGB).

The mill's back wall is of grey stone blocks with pale mortar; the floor is a band of wooden
boards along the bottom, and a flour sack leans against the wall at the left. Left of the
middle a great cog wheel faces us, mounted on a stout upright post: a wooden rim with wooden
pegs for teeth all round its edge, eight straight arms meeting at an iron hub. On the right the
millstones lie hidden in a wooden case on a low frame, and above them a wooden hopper, wide
at the top and narrow at the bottom, holds the grain that runs down into them. High on the right
a small window lets in a slanting shaft of daylight. Flour dust hangs in the air, a pale haze
that is thickest in the shaft of light, with bright motes floating in it. Factors: how far the
cog wheel has turned (its eight arms come round to the same look every eighth of a turn), the
size of the wheel (small to large), how full the hopper is (empty to full of grain) and how much
flour dust hangs in the air (clear to a thick haze). The wall, the post, the sack, the case, the
hopper's size and the window stay fixed; the whole wheel always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("wheel_turn", "how far the great cog wheel has turned", "cyclic", period=np.pi / 4),
    Factor("wheel_size", "size of the great cog wheel (small to large)", "continuous"),
    Factor("hopper_fill", "how full the hopper of grain is (empty to full)", "continuous"),
    Factor("flour_dust", "how much flour dust hangs in the air (clear to thick haze)", "continuous"),
)
# wheel_turn: 0..pi/4 radians, an eighth of a turn, clockwise on screen (the wheel's eight arms and
# twenty-four teeth make it look the same after an eighth of a turn, so 0 and pi/4 are the same
# picture); wheel_size: 0..1 is a wheel 11..19 px in radius to the outside of its rim (its teeth
# 2.6 px beyond), its middle at (24, 30) px; hopper_fill: 0..1 raises the grain from the hopper's
# bottom (y = 34 px) to its top (y = 18 px); flour_dust: 0..1 scales the haze's opacity (0 to
# 0.5, more in the shaft of light) and the motes (0: clear air)
RANGES = ((0.0, np.pi / 4), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
STONE, MORTAR, FLOOR, FLOOR_LINE = (0.5, 0.49, 0.46), (0.68, 0.66, 0.6), (0.44, 0.31, 0.19), (0.3, 0.21, 0.13)
POST, SACK, SACK_LINE, CASE, FRAME = (0.36, 0.25, 0.15), (0.82, 0.76, 0.6), (0.6, 0.54, 0.4), (0.52, 0.36, 0.2), \
    (0.32, 0.22, 0.13)
WHEEL, WHEEL_DARK, PEG, HUB = (0.7, 0.5, 0.28), (0.3, 0.2, 0.11), (0.82, 0.66, 0.42), (0.2, 0.2, 0.22)
HOPPER, HOPPER_INSIDE, GRAIN, GRAIN_DOT = (0.48, 0.32, 0.18), (0.2, 0.13, 0.08), (0.9, 0.72, 0.32), (0.7, 0.5, 0.18)
SKY, DUST = (0.8, 0.9, 1.0), (0.96, 0.94, 0.88)
FLOOR_Y = 55.0
WX, WY = 24.0, 30.0
TEETH = 24
HOP_TOP, HOP_BOTTOM = 18.0, 34.0
HOP_TL, HOP_TR, HOP_BL, HOP_BR = 40.0, 62.0, 47.0, 55.0  # the hopper's inside at its top and bottom
ROWS = (6, 54)  # the rows the wheel can reach


def _scene():
    x, y = R.grid()
    img = R.canvas(1, STONE)
    course = np.floor(y / 7.0)
    img *= (1.0 + 0.06 * np.sin(course * 2.3 + np.floor((x + course * 6.0) / 12.0) * 1.7))[:, None]
    joints = np.minimum(np.abs((y % 7.0) - 0.5), np.abs(((x + course * 6.0) % 12.0) - 0.5))
    R.over(img, R.coverage(joints - 0.5), MORTAR)
    # the window and the shaft of light it throws down to the left
    R.over(img, R.coverage(R.edges_sdf(x, y, 47.0, 61.0, 3.0, 15.0)), FRAME)
    R.over(img, R.coverage(np.maximum(R.edges_sdf(x, y, 48.5, 59.5, 4.5, 13.5), 0.6 - np.abs(x - 54.0))), SKY)
    shaft = np.clip(0.5 - np.abs((x - 54.0) + 0.9 * (y - 9.0)) / 12.0, 0.0, 0.5) * (y > 12.0)
    R.over(img, 0.4 * shaft.astype(np.float32), (1.0, 0.96, 0.82))
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    R.over(img, R.coverage(np.maximum(np.abs(((x + 5.0) % 9.0) - 4.5) - 4.0, FLOOR_Y + 0.5 - y)), FLOOR_LINE)
    # the post behind the wheel and the sack at the left
    R.over(img, R.coverage(R.edges_sdf(x, y, WX - 3.0, WX + 3.0, 0.0, FLOOR_Y + 1.0)), POST)
    sack = np.maximum(R.ellipse_sdf(x - 6.0, y - 50.0, 6.0, 8.0), y - FLOOR_Y - 1.0)
    R.over(img, R.coverage(sack), SACK)
    R.over(img, R.coverage(np.maximum(np.abs(y - 45.0) - 0.5, sack)), SACK_LINE)
    # the millstones' case on its frame, and the hopper over it
    R.over(img, R.coverage(R.edges_sdf(x, y, 40.0, 62.0, 47.0, FLOOR_Y + 1.0)), FRAME)
    R.over(img, R.coverage(R.edges_sdf(x, y, 41.0, 61.0, 38.0, 47.0)), CASE)
    R.over(img, R.coverage(np.maximum(np.abs(((x - 41.0) % 4.0) - 2.0) - 0.35, R.edges_sdf(x, y, 41.0, 61.0, 38.0, 47.0))),
           FRAME)
    t = (y - HOP_TOP) / (HOP_BOTTOM - HOP_TOP)
    inside = np.maximum(np.maximum(HOP_TL + (HOP_BL - HOP_TL) * t - x, x - HOP_TR - (HOP_BR - HOP_TR) * t),
                        np.maximum(HOP_TOP - y, y - HOP_BOTTOM))
    R.over(img, R.coverage(inside - 1.5), HOPPER)
    R.over(img, R.coverage(np.maximum(np.abs(x - 51.0) - 2.0, np.maximum(HOP_BOTTOM - y, y - 38.0))), HOPPER)
    R.over(img, R.coverage(inside), HOPPER_INSIDE)
    return img[0], inside[0], shaft[0].astype(np.float32)


SCENE, HOP_INSIDE, SHAFT = _scene()


def _grain():
    x, y = R.grid()
    dots = np.hypot(((x + 1.3 * np.floor(y / 2.0)) % 2.6) - 1.3, (y % 2.0) - 1.0) - 0.5
    return R.coverage(np.maximum(dots, HOP_INSIDE))[0]


GRAIN_DOTS = _grain()


def _motes():
    x, y = R.grid()
    rng = np.random.default_rng(7)
    d = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for _ in range(22):
        mx, my = rng.uniform(20.0, 60.0), rng.uniform(12.0, 54.0)
        np.minimum(d, np.hypot(x - mx, y - my) - 0.6, out=d)
    return (R.coverage(d) * np.clip(SHAFT * 3.0, 0.0, 1.0))[0]


MOTES = _motes()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the grain in the hopper, up to its level, speckled
    level = R.col(HOP_BOTTOM - (HOP_BOTTOM - HOP_TOP) * f[:, 2])
    grain = np.maximum(HOP_INSIDE, level - y)
    R.over(img, R.coverage(grain), GRAIN)
    R.over(img, 0.7 * GRAIN_DOTS * R.coverage(grain), GRAIN_DOT)
    # the great wheel, drawn only in the rows it can reach
    r0, r1 = ROWS
    part, yy = img[:, :, r0:r1], y[:, r0:r1]
    r = R.col(11.0 + 8.0 * f[:, 1])
    u, v = x - WX, yy - WY
    rho = np.hypot(u, v)
    phi = np.arctan2(v, u) - R.col(f[:, 0])  # screen angles run clockwise (y points down)
    step = 2 * np.pi / TEETH
    across = np.abs(((phi / step) % 1.0) - 0.5) * step * rho  # px from the middle of the nearest tooth
    teeth = np.maximum(across - 1.1, np.abs(rho - r - 1.3) - 1.3)
    rim = np.abs(rho - r + 1.7) - 1.7
    m = ((phi + np.pi / 8) % (np.pi / 4)) - np.pi / 8
    arms = np.maximum(rho * np.abs(np.sin(m)) - 1.5, rho - r + 2.0)
    wheel = np.minimum(rim, arms)
    R.over(part, R.coverage(teeth - 0.5), WHEEL_DARK)
    R.over(part, R.coverage(teeth), PEG)
    R.over(part, R.coverage(wheel - 0.6), WHEEL_DARK)
    R.over(part, R.coverage(wheel), WHEEL)
    R.over(part, R.coverage(rho - 4.0), HUB)
    R.over(part, R.coverage(rho - 1.5), (0.45, 0.45, 0.48))
    # the flour dust: a haze, thicker in the shaft of light, and motes floating in the shaft
    dust = R.col(f[:, 3])
    R.over(img, dust * (0.3 + 0.4 * SHAFT), DUST)
    R.over(img, dust * MOTES, (1.0, 1.0, 0.96))
    return R.to_uint8(img)


def render(wheel_turn: float, wheel_size: float, hopper_fill: float, flour_dust: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[wheel_turn, wheel_size, hopper_fill, flour_dust]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("millwright", arg, n, seed, FACTORS, sample_factors, _draw)
