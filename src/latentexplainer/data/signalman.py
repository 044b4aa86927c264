"""`signalman`: a country railway line beside a signal box, a steam engine passing a semaphore
signal, seen from the side (64x64 RGB).

The sky fills the upper half of the image above a grassy embankment; the railway runs across the
image along grey ballast, its rail a dark line on the sleepers. On the left stands the signal
box: a red brick base with a door, a glazed cabin with a row of windows lit warm yellow from
inside, and a slate roof. On the right a tall signal post carries a semaphore arm, red with a
white stripe, pivoted near its top and reaching out to the left; behind its pivot a spectacle
plate holds a red and a green glass in front of the lamp. On the line a small green tank engine
runs to the right: its boiler, a chimney and dome on top, a cab at the back, a red buffer beam
and three wheels; a cloud of steam rises from the chimney and trails back. Factors: the angle of
the signal's arm (level, at danger, to raised to clear), where the engine is along the line
(left to right), how big the cloud of steam is (a wisp to a big cloud) and how dark the evening
has grown (daylight to night, the box's windows and the signal lamp staying lit). The signal
box, the post, the embankment and the line stay fixed; the whole engine always lies inside the
image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("signal_arm", "angle of the signal's arm (level at danger to raised for clear)", "continuous"),
    Factor("engine_x", "horizontal position of the engine on the line (left to right)", "continuous"),
    Factor("steam", "how big the cloud of steam from the engine is (a wisp to a big cloud)", "continuous"),
    Factor("dusk", "how dark the evening has grown (daylight to night)", "continuous"),
)
# signal_arm: 0..1 raises the arm 0..50 degrees above level about its pivot at (55, 17) px;
# engine_x: 0..1 puts the back of the cab at x = 2..34 px (the engine is 25 px long); steam:
# 0..1 scales the cloud's puffs (and their spread) by 0.2..1; dusk: 0..1 dims everything but the
# lit windows and lamp to 100..28 % and turns the sky from blue to a deep night blue
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.42, 0.62, 0.9)), np.array((0.8, 0.86, 0.94))
NIGHT_TOP, NIGHT_BOTTOM = np.array((0.04, 0.05, 0.14)), np.array((0.2, 0.16, 0.3))
GRASS, GRASS_DARK, BALLAST = (0.4, 0.58, 0.28), (0.3, 0.46, 0.22), (0.56, 0.54, 0.5)
SLEEPER, RAIL = (0.3, 0.22, 0.15), (0.2, 0.2, 0.22)
BRICK, MORTAR, CABIN, SLATE = (0.66, 0.3, 0.22), (0.55, 0.24, 0.18), (0.86, 0.84, 0.76), (0.3, 0.32, 0.38)
WINDOW_LIT, GLOW = (1.0, 0.86, 0.45), (1.0, 0.8, 0.4)
POST, ARM_RED, ARM_WHITE = (0.88, 0.88, 0.86), (0.8, 0.12, 0.1), (0.95, 0.95, 0.93)
GLASS_RED, GLASS_GREEN = (0.95, 0.15, 0.1), (0.2, 0.9, 0.4)
ENGINE, ENGINE_DARK, BUFFER, BLACK = (0.12, 0.42, 0.22), (0.08, 0.28, 0.15), (0.78, 0.14, 0.1), (0.1, 0.1, 0.11)
STEAM, STEAM_SHADE = (0.95, 0.95, 0.94), (0.72, 0.72, 0.75)
PUFFS = ((0.0, -4.5, 3.6), (-4.5, -9.5, 5.4), (-11.0, -13.0, 6.6), (-18.5, -14.0, 6.6))  # (dx, dy, r) from the chimney
BANK_Y, RAIL_Y = 36.0, 52.0
BOX_L, BOX_R = 3.0, 22.0
PIVOT_X, PIVOT_Y, ARM_LEN = 55.0, 17.0, 16.0
LAMP = (PIVOT_X + 3.0, PIVOT_Y + 4.5)


def _scene():
    """The fixed scene by daylight, premultiplied by its coverage (the sky left out), that
    coverage, and the coverage of the windows that stay lit at night."""
    x, y = R.grid()
    img = R.canvas(1, (0.0, 0.0, 0.0))
    alpha = R.canvas(1, (0.0,), 1)

    def paint(cover, colour, solid=True):
        R.over(img, cover, colour)
        if solid:
            R.over(alpha, cover, (1.0,))

    bank = R.coverage(BANK_Y + 1.5 * np.sin(x * 0.12) - y)
    paint(bank, GRASS)
    paint(bank * R.coverage(np.abs(((x * 0.7 + y * 1.3) % 4.0) - 2.0) - 0.45) * 0.5, GRASS_DARK, False)
    paint(R.coverage(np.abs(y - (RAIL_Y + 2.0)) - 4.0), BALLAST, False)
    paint(R.coverage(np.maximum(np.abs(y - (RAIL_Y + 1.2)) - 0.8, np.abs((x % 4.0) - 2.0) - 1.0)), SLEEPER, False)
    paint(R.coverage(np.abs(y - RAIL_Y) - 0.7), RAIL, False)
    # the signal box: brick base, glazed cabin, slate roof, a stair up its side
    base = R.edges_sdf(x, y, BOX_L, BOX_R, 30.0, 45.0)
    paint(R.coverage(base), BRICK)
    paint(R.coverage(np.maximum(base, np.abs((y % 2.5) - 1.25) - 0.3)), MORTAR, False)
    paint(R.coverage(R.edges_sdf(x, y, BOX_L - 0.5, BOX_R + 0.5, 20.0, 30.0)), CABIN)
    roof = np.maximum(np.maximum(y - 20.0, 13.0 - y),
                      np.abs(x - (BOX_L + BOX_R) / 2) - (BOX_R - BOX_L) / 2 - 2.0 + (20.0 - y) * 0.9)
    paint(R.coverage(roof), SLATE)
    paint(R.coverage(R.edges_sdf(x, y, BOX_R - 7.0, BOX_R - 2.5, 37.0, 45.0)), SLEEPER)  # the door
    # the signal post, its finial and the lamp housing
    paint(R.coverage(R.edges_sdf(x, y, PIVOT_X - 0.9, PIVOT_X + 0.9, PIVOT_Y - 4.0, RAIL_Y + 2.0)), POST)
    paint(R.coverage(np.hypot(x - PIVOT_X, y - (PIVOT_Y - 5.0)) - 1.3), BLACK)
    paint(R.coverage(R.edges_sdf(x, y, LAMP[0] - 0.5, LAMP[0] + 3.0, LAMP[1] - 2.0, LAMP[1] + 2.0)), BLACK)
    windows = np.maximum(R.edges_sdf(x, y, BOX_L + 1.0, BOX_R - 1.0, 21.5, 28.0),
                         0.6 - np.abs(((x - BOX_L) % 4.5) - 2.25))
    return img[0], alpha[0, 0], R.coverage(windows)[0]


SCENE, SCENE_ALPHA, WINDOWS = _scene()


def _sky(n, dusk):
    _, y = R.grid()
    t = np.clip(y / BANK_Y, 0.0, 1.0)[None]  # (1, 1, H, 1)
    d = dusk.reshape(n, 1, 1, 1).astype(np.float32)
    top = SKY_TOP[None, :, None, None] * (1 - d) + NIGHT_TOP[None, :, None, None] * d
    bottom = SKY_BOTTOM[None, :, None, None] * (1 - d) + NIGHT_BOTTOM[None, :, None, None] * d
    return np.ascontiguousarray(np.broadcast_to(top + (bottom - top) * t, (n, 3, R.SIZE, R.SIZE)), np.float32)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    dusk = R.col(f[:, 3])
    light = (1.0 - 0.72 * f[:, 3:4]).astype(np.float32)  # (n, 1): what daylight is left

    def dim(colour):
        return np.asarray(colour, np.float32)[None] * light

    # the sky, then the fixed scene dimmed by the evening
    img = _sky(n, f[:, 3])
    img *= 1.0 - SCENE_ALPHA
    img += SCENE[None] * light[:, :, None, None]
    # the box's lit windows and their glow
    R.over(img, np.broadcast_to(WINDOWS, (n, R.SIZE, R.SIZE)), WINDOW_LIT)
    glow = np.exp(-((x - BOX_L - 9.5) ** 2 / 70.0 + (y - 25.0) ** 2 / 25.0)) * 0.5 * dusk
    R.over(img, glow * (1.0 - WINDOWS), GLOW)
    # the signal arm and its spectacle plate, turning about the pivot
    a = np.radians(50.0) * R.col(f[:, 0])
    ca, sa = np.cos(a), np.sin(a)
    u = -(x - PIVOT_X) * ca + (y - PIVOT_Y) * sa  # along the arm, out to the left
    v = (x - PIVOT_X) * sa + (y - PIVOT_Y) * ca  # across it
    arm = np.maximum(np.abs(v) - 2.1, np.abs(u - ARM_LEN / 2 + 1.0) - ARM_LEN / 2)
    R.over(img, R.coverage(arm), dim(ARM_RED))
    R.over(img, R.coverage(np.maximum(arm, np.abs(u - ARM_LEN + 4.5) - 1.0)), dim(ARM_WHITE))
    glasses = []
    for g in (np.radians(-60.0), np.radians(-10.0)):  # where each glass sits on the plate
        gx = PIVOT_X + 5.0 * np.cos(g - a)
        gy = PIVOT_Y - 5.0 * np.sin(g - a)
        glasses.append(np.hypot(x - gx, y - gy) - 1.9)
    plate = np.minimum(np.minimum(glasses[0], glasses[1]) - 0.9, np.maximum(np.abs(v) - 1.2, np.maximum(u, -u - 4.0)))
    R.over(img, R.coverage(plate), dim(BLACK))
    # the engine: wheels, cab, boiler, chimney and dome, buffer beam
    x0 = R.col(2.0 + 32.0 * f[:, 1])
    wheels = np.hypot(x - (x0 + 5.0), y - (RAIL_Y - 3.0)) - 3.0
    for dx in (12.0, 19.0):
        wheels = np.minimum(wheels, np.hypot(x - (x0 + dx), y - (RAIL_Y - 3.0)) - 3.0)
    R.over(img, R.coverage(wheels), dim(BLACK))
    R.over(img, R.coverage(np.maximum(wheels + 1.8, -wheels - 2.6)), dim(BUFFER))  # red hubs
    cab = R.edges_sdf(x, y, x0, x0 + 8.0, 35.0, 47.0)
    boiler = R.edges_sdf(x, y, x0 + 7.0, x0 + 24.0, 39.0, 47.0) - 0.5
    chimney = R.edges_sdf(x, y, x0 + 19.5, x0 + 22.0, 34.5, 40.0)
    dome = R.ellipse_sdf(x - (x0 + 14.0), y - 39.0, 2.4, 2.0)
    R.over(img, R.coverage(np.minimum(np.minimum(cab, boiler), dome)), dim(ENGINE))
    R.over(img, R.coverage(np.minimum(chimney, R.edges_sdf(x, y, x0 - 0.8, x0 + 8.8, 33.5, 35.2))), dim(BLACK))
    R.over(img, R.coverage(np.maximum(cab + 1.0, np.abs(y - 42.0) - 3.0)), dim(ENGINE_DARK))
    R.over(img, R.coverage(R.edges_sdf(x, y, x0 + 1.8, x0 + 6.0, 36.5, 40.0)), dim(CABIN))
    R.over(img, R.coverage(R.edges_sdf(x, y, x0 + 24.0, x0 + 25.5, 44.0, 48.5)), dim(BUFFER))
    # the steam: puffs rising from the chimney and trailing back, a little shaded underneath
    s = 0.2 + 0.8 * R.col(f[:, 2])
    for lift, colour in ((0.0, STEAM_SHADE), (1.0, STEAM)):
        cloud = np.full((n, R.SIZE, R.SIZE), 99.0, np.float32)
        for dx, dy, r in PUFFS:
            cloud = np.minimum(cloud, np.hypot(x - (x0 + 20.8 + dx * s), y - (34.5 + dy * s - lift)) - r * s + lift)
        R.over(img, R.coverage(cloud), dim(colour))
    # the signal lamp shining through its glasses
    R.over(img, np.exp(-np.hypot(x - LAMP[0], y - LAMP[1]) / 2.5) * (0.2 + 0.6 * dusk), GLOW)
    R.over(img, R.coverage(glasses[0]), GLASS_RED)
    R.over(img, R.coverage(glasses[1]), GLASS_GREEN)
    return R.to_uint8(img)


def render(signal_arm: float, engine_x: float, steam: float, dusk: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[signal_arm, engine_x, steam, dusk]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("signalman", arg, n, seed, FACTORS, sample_factors, _draw)
