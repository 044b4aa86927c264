"""`collier`: a coal mine's working gallery, a seam of coal in the rock face, a coal tub on rails
and an oil lamp swinging from the roof timber, seen from the side (64x64 RGB).

The gallery's back wall is rough brown rock, and across its upper part runs a seam of black coal,
flecked with glints, level and straight. A timber frame holds the roof up: a heavy cap beam
across the top of the image, resting on a stout upright post at each side. On the dark floor a
single rail runs across on wooden sleepers, and a rusty iron coal tub stands on it, its sides
sloping out towards the top, on two small black wheels; black lumps of coal heap up above its rim.
From the middle of the cap beam an oil lamp hangs on a short chain in front of the tub, a brass
lamp with a glowing yellow glass, and it lights the rock around it in a warm pool of light.
Factors: how thick the coal seam is (a thin band to a thick one; it stays centred at the same
height), where the coal tub stands along the rail (left to right), how full the tub is (from
empty to heaped high above its rim) and how far the lamp has swung on its chain (to the left,
hanging straight down, or to the right; its pool of light moves with it). The rock, the timbers, the rail, the tub's size
and the lamp's chain stay fixed; the tub and the lamp always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("seam_thickness", "how thick the seam of coal in the rock face is (thin to thick)", "continuous"),
    Factor("tub_x", "where the coal tub stands along the rail (left to right)", "continuous"),
    Factor("tub_fill", "how full of coal the tub is (empty to heaped high)", "continuous"),
    Factor("lamp_swing", "how far the hanging lamp has swung (to the left, straight down, to the right)",
           "continuous"),
)
# seam_thickness: 0..1 is a seam 4..16 px thick, centred at y = 20 px; tub_x: 0..1 puts the tub's
# middle at x = 17..47 px (its rim is 22 px wide); tub_fill: 0..1 heaps the coal 0..12 px above the
# tub's rim at y = 38 px; lamp_swing: -0.75..0.75 radians of the 12 px chain from hanging straight
# down (negative: the lamp swings to the left), from a hook at (32, 9) px
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (-0.75, 0.75))
ROCK, ROCK_DARK, COAL, GLINT = (0.5, 0.43, 0.35), (0.38, 0.32, 0.26), (0.07, 0.07, 0.09), (0.55, 0.55, 0.6)
TIMBER, TIMBER_DARK, FLOOR, SLEEPER = (0.52, 0.38, 0.22), (0.36, 0.25, 0.14), (0.2, 0.17, 0.15), (0.38, 0.27, 0.17)
RAIL, IRON, RUST, WHEEL = (0.62, 0.62, 0.64), (0.33, 0.3, 0.29), (0.55, 0.3, 0.17), (0.1, 0.1, 0.1)
BRASS, FLAME, LIGHT, CHAIN = (0.78, 0.62, 0.26), (1.0, 0.9, 0.45), (1.0, 0.84, 0.5), (0.2, 0.2, 0.22)
SEAM_Y, CAP_Y, FLOOR_Y, RAIL_Y = 20.0, 8.0, 52.0, 53.5
POSTS = (3.5, 60.5)
TUB_RIM, TUB_FOOT, TUB_TOP_HW, TUB_FOOT_HW = 38.0, 50.0, 11.0, 8.5
HOOK_X, HOOK_Y, CHAIN_LEN = 32.0, 9.0, 12.0
GLOW_SIGMA, GLOW_ALPHA = 9.0, 0.5


def _rock():
    x, y = R.grid()
    img = R.canvas(1, ROCK)
    cracks = np.abs(np.sin(x * 0.41 + 1.7 * np.sin(y * 0.23)) * np.sin(y * 0.57 + 0.9 * np.sin(x * 0.17)))
    R.over(img, 0.7 * R.coverage((cracks - 0.08) * 12.0), ROCK_DARK)
    img += (0.04 * np.sin(x * 1.3 + y * 0.7) * np.sin(y * 1.1 - x * 0.4))[:, None]
    return img[0]


ROCK_FIELD = _rock()


def _front():
    """Coverage and colour of the fixed things in front of the wall: floor, rail, timbers."""
    x, y = R.grid()
    img = R.canvas(1, (0.0, 0.0, 0.0))
    alpha = np.zeros((1, R.SIZE, R.SIZE), np.float32)

    def paint(cover, colour):
        R.over(img, cover, colour)
        np.maximum(alpha, cover, out=alpha)

    paint(R.below(FLOOR_Y, 1), FLOOR)
    paint(R.coverage(np.maximum(np.abs(((x + 2.0) % 8.0) - 4.0) - 2.0, np.abs(y - RAIL_Y - 1.5) - 1.2)), SLEEPER)
    paint(R.coverage(np.abs(y - RAIL_Y) - 0.9), RAIL)
    timbers = np.minimum(R.edges_sdf(x, y, -1.0, 65.0, 0.0, CAP_Y),
                         np.min([np.abs(x - px) - 3.0 for px in POSTS], 0))
    paint(R.coverage(timbers), TIMBER)
    grain = np.minimum(np.abs(((y + 0.5) % 3.0) - 1.5) - 0.3 + np.maximum(y - CAP_Y + 0.5, 0.0) * 9.0,
                       np.min([np.abs(x - px) for px in POSTS], 0) - 0.4)
    R.over(img, 0.6 * R.coverage(np.maximum(grain, timbers)), TIMBER_DARK)
    return alpha[0], img[0]


FRONT_ALPHA, FRONT = _front()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = ROCK_FIELD
    # the coal seam, with glints
    half = R.col(2.0 + 6.0 * f[:, 0])
    seam = R.coverage(np.abs(y - SEAM_Y) - half)
    R.over(img, seam, COAL)
    glints = np.maximum(np.abs(np.sin(x * 1.9 + 3.1 * np.sin(y * 0.8))) - 0.97, 0.0) * 20.0
    R.over(img, seam * np.clip(glints, 0.0, 0.8), GLINT)
    # the lamp's pool of light on the rock and coal
    a = R.col(f[:, 3])
    lx, ly = HOOK_X + CHAIN_LEN * np.sin(a), HOOK_Y + CHAIN_LEN * np.cos(a)
    glow = np.exp(-((x - lx) ** 2 + (y - ly) ** 2) / (2 * GLOW_SIGMA ** 2))
    R.over(img, GLOW_ALPHA * glow, LIGHT)
    # the floor, the rail and the timbers in front of the wall
    R.over(img, np.broadcast_to(FRONT_ALPHA, (n, R.SIZE, R.SIZE)), FRONT)
    # the tub: coal heaped above the rim, the sloping iron body, its wheels
    tx = R.col(17.0 + 30.0 * f[:, 1])
    heap = R.col(0.3 + 12.0 * f[:, 2])
    coal = np.maximum(R.ellipse_sdf(x - tx, y - TUB_RIM, TUB_TOP_HW - 0.5, heap), y - TUB_RIM - 1.0)
    lumps = np.abs(np.sin((x - tx) * 1.4) * np.sin(y * 1.5)) - 0.75
    R.over(img, R.coverage(coal), COAL)
    R.over(img, 0.6 * R.coverage(np.maximum(coal + 0.8, -lumps * 2.0)), GLINT)
    t = np.clip((y - TUB_RIM) / (TUB_FOOT - TUB_RIM), 0.0, 1.0)
    side = TUB_TOP_HW + (TUB_FOOT_HW - TUB_TOP_HW) * t
    tub = np.maximum(np.abs(x - tx) - side, np.maximum(TUB_RIM - y, y - TUB_FOOT))
    cover = R.coverage(tub)
    R.over(img, cover, RUST)
    bands = np.minimum(np.abs(y - TUB_RIM - 1.0) - 1.0, np.abs(np.abs(x - tx) - 4.0) - 0.7)
    R.over(img, cover * R.coverage(bands), IRON)
    wheels = np.minimum(np.hypot(x - tx + 5.0, y - (TUB_FOOT + 1.5)), np.hypot(x - tx - 5.0, y - (TUB_FOOT + 1.5)))
    R.over(img, R.coverage(wheels - 2.6), WHEEL)
    # the lamp, in front of the tub: its chain, brass body and glowing glass
    chain = R.segment_sdf(x, y, HOOK_X, HOOK_Y, lx, ly) - 0.55
    R.over(img, R.coverage(chain), CHAIN)
    u, v = x - lx, y - ly
    R.over(img, R.coverage(np.minimum(R.box_sdf(u, v - 4.0, 2.6, 4.0) - 0.4, R.ellipse_sdf(u, v - 8.2, 3.5, 1.2))),
           BRASS)
    R.over(img, R.coverage(R.box_sdf(u, v - 4.5, 1.6, 2.2) - 0.2), FLAME)
    return R.to_uint8(img)


def render(seam_thickness: float, tub_x: float, tub_fill: float, lamp_swing: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[seam_thickness, tub_x, tub_fill, lamp_swing]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("collier", arg, n, seed, FACTORS, sample_factors, _draw)
