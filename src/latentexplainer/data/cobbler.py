"""`cobbler`: a cobbler's workbench, a leather boot standing on it under a hanging lamp, pairs of
mended boots on a shelf behind, seen from the front (64x64 RGB).

The workshop's back wall is of ochre plaster; a wooden shelf on two brackets runs along it on
the right, and below it a wooden workbench fills the bottom of the image, its top a lighter
strip. On the left of the bench stands a leather boot seen from the side, its toe to the right:
a dark sole and heel, the foot, and a leg rising from it with a row of laces up its front. A
lamp with a green conical shade hangs on a cord from the top of the image over the boot. On the
right of the bench lies a hammer beside a tin of nails; on the shelf stand pairs of tall boots
(black, brown and dark red), filled from the left. Factors: how tall the boot on the bench is
(from a low ankle shoe to a tall boot), the hue of its leather (the whole colour wheel, coming
round to where it began), how many pairs of boots stand on the shelf (1 to 3) and how brightly
the lamp shines (from off, the workshop dim, to bright, a cone of light falling on the bench).
The wall, the shelf, the bench, the hammer, the shelf's boots and the foot of the boot on the
bench stay fixed; the boot always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("leg_height", "how tall the boot on the bench is (ankle shoe to tall boot)", "continuous"),
    Factor("leather_hue", "hue of the leather of the boot on the bench", "cyclic", period=1.0),
    Factor("shelf_pairs", "how many pairs of boots stand on the shelf (1 to 3)", "categorical", ("1", "2", "3")),
    Factor("lamp", "how brightly the hanging lamp shines (off to bright)", "continuous"),
)
# leg_height: 0..1 makes the boot's leg rise 2..24 px above its foot (the foot's top at
# y = 40 px, the leg's top at y = 38..14 px); leather_hue: 0..1 of the colour wheel, a whole turn
# (0 and 1 are the same red); shelf_pairs: a code 0..2 for 1..3 pairs, at PAIRS from the left;
# lamp: 0..1 brightens the bulb, the cone of light and its pool on the bench, and lifts the whole
# workshop from 0.55 to 1.0 of its full light
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 2.0), (0.0, 1.0))
WALL, WALL_DARK = (0.8, 0.66, 0.44), (0.72, 0.58, 0.38)
WOOD, WOOD_TOP, WOOD_LINE = (0.42, 0.27, 0.15), (0.6, 0.42, 0.25), (0.32, 0.2, 0.11)
SOLE, LACE, SHADE, CORD = (0.12, 0.09, 0.07), (0.92, 0.88, 0.78), (0.16, 0.4, 0.26), (0.1, 0.1, 0.1)
STEEL, HANDLE, TIN, NAIL = (0.36, 0.38, 0.42), (0.52, 0.26, 0.12), (0.66, 0.68, 0.7), (0.3, 0.3, 0.32)
BULB_OFF, BULB_ON, LIGHT = np.array((0.5, 0.5, 0.46)), np.array((1.0, 0.97, 0.75)), np.array((1.0, 0.93, 0.62))
SHELF_COLOURS = ((0.14, 0.11, 0.1), (0.34, 0.19, 0.09), (0.46, 0.07, 0.1))  # the shelf's pairs, from the left
BENCH_Y, SHELF_Y = 46.0, 27.0
BOOT_HEEL, BOOT_TOE, FOOT_TOP = 10.0, 32.0, 40.0  # the boot: heel and toe ends (x), top of the foot (y)
LEG_L, LEG_R = 10.0, 21.0
LAMP_X, SHADE_TOP, SHADE_BOTTOM = 21.0, 5.0, 11.0
PAIRS = (34.0, 45.0, 56.0)  # the pairs' middles on the shelf
SHELF_BOOT = 15.0  # how tall the boots on the shelf stand


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, 0.5 * R.coverage(np.abs(((x * 0.7 + y * 0.3) % 9.0) - 4.5) - 1.2), WALL_DARK)
    # the shelf on its two brackets
    R.over(img, R.coverage(R.edges_sdf(x, y, 28.0, 64.0, SHELF_Y, SHELF_Y + 2.0)), WOOD)
    brackets = np.minimum(R.segment_sdf(x, y, 32.0, SHELF_Y + 2.0, 32.0, SHELF_Y + 6.0),
                          R.segment_sdf(x, y, 60.0, SHELF_Y + 2.0, 60.0, SHELF_Y + 6.0)) - 0.8
    R.over(img, R.coverage(brackets), WOOD_LINE)
    # the bench: its top, and its front with boards
    R.over(img, R.below(BENCH_Y, 1), WOOD)
    R.over(img, R.coverage(np.maximum(np.abs(((y - BENCH_Y) % 6.0) - 3.0) - 0.45, BENCH_Y + 4.0 - y)), WOOD_LINE)
    R.over(img, R.coverage(np.abs(y - BENCH_Y - 1.5) - 1.5), WOOD_TOP)
    # the hammer, lying on the bench, and a tin of nails
    R.over(img, R.coverage(R.segment_sdf(x, y, 37.0, 44.6, 51.0, 44.6) - 1.3), HANDLE)
    R.over(img, R.coverage(R.edges_sdf(x, y, 50.0, 53.5, 40.0, 46.0)), STEEL)
    R.over(img, R.coverage(R.edges_sdf(x, y, 56.0, 62.0, 38.0, 46.0)), TIN)
    R.over(img, R.coverage(R.ellipse_sdf(x - 59.0, y - 38.0, 3.0, 0.9)), NAIL)
    # the lamp's cord and shade
    R.over(img, R.coverage(np.abs(x - LAMP_X) - 0.4 + np.maximum(y - SHADE_TOP, 0.0) * 10), CORD)
    t = np.clip((y - SHADE_TOP) / (SHADE_BOTTOM - SHADE_TOP), 0.0, 1.0)
    shade = np.maximum(np.abs(x - LAMP_X) - (1.5 + 4.5 * t), np.maximum(SHADE_TOP - y, y - SHADE_BOTTOM))
    R.over(img, R.coverage(shade), SHADE)
    return img[0]


SCENE = _scene()


def _light():
    """The cone of light under the shade, the pool it makes on the bench, and the bulb."""
    x, y = R.grid()
    spread = (y - SHADE_BOTTOM) * 0.42 + 6.0
    cone = R.coverage(np.maximum(np.abs(x - LAMP_X) - spread, np.maximum(SHADE_BOTTOM - y, y - BENCH_Y)))
    cone *= np.clip(1.0 - (y - SHADE_BOTTOM) / 45.0, 0.0, 1.0)
    pool = np.exp(-((x - LAMP_X) / 12.0) ** 2 - ((y - BENCH_Y - 1.5) / 2.5) ** 2)
    bulb = R.coverage(R.ellipse_sdf(x - LAMP_X, y - SHADE_BOTTOM, 2.6, 1.6))
    return cone, pool, bulb


CONE, POOL, BULB = _light()


def _shelf_boots():
    """Coverage of each pair of boots on the shelf, toes to the right: per boot, its edge and its face."""
    x, y = R.grid()
    out = []
    for px in PAIRS:
        boots = []
        for dx in (-2.6, 2.6):
            leg = R.edges_sdf(x, y, px + dx - 2.2, px + dx + 1.8, SHELF_Y - SHELF_BOOT, SHELF_Y)
            foot = np.maximum(R.ellipse_sdf(x - px - dx - 1.5, y - (SHELF_Y - 1.6), 3.8, 2.4), y - SHELF_Y)
            d = np.minimum(leg, foot)
            boots.append((R.coverage(d), R.coverage(d + 0.7)))
        out.append(boots)
    return out


SHELF_COVERS = _shelf_boots()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the pairs of boots on the shelf, from the left
    count = f[:, 2].astype(int)
    for i, (boots, colour) in enumerate(zip(SHELF_COVERS, SHELF_COLOURS)):
        on = (count >= i).astype(np.float32)[:, None, None]
        for edge, face in boots:
            R.over(img, on * edge, SOLE)
            R.over(img, on * face, colour)
    # the boot: the leg, the foot with its rounded toe, the sole and heel, and the laces
    top = R.col(FOOT_TOP - 2.0 - 22.0 * f[:, 0])
    leather = R.hsv(f[:, 1], 0.62, 0.62)
    leg = R.edges_sdf(x, y, LEG_L, LEG_R, top, FOOT_TOP + 1.0)
    foot = np.maximum(R.ellipse_sdf(x - (LEG_R - 1.0), y - BENCH_Y + 1.0, BOOT_TOE - LEG_R + 1.0, 6.0),
                      y - (BENCH_Y - 1.4))
    foot = np.minimum(foot, R.edges_sdf(x, y, BOOT_HEEL, LEG_R, FOOT_TOP, BENCH_Y - 1.4))
    body = np.minimum(leg, foot)
    R.over(img, R.coverage(body), leather)
    R.over(img, R.coverage(np.maximum(body, np.abs(y - top - 0.8) - 0.8)), leather * 0.7)  # the leg's rim
    laces = np.maximum(np.abs(((y - FOOT_TOP) % 3.0) - 1.5) - 0.55, np.abs(x - (LEG_R - 1.6)) - 1.2)
    laces = np.maximum(laces, np.maximum(top + 2.0 - y, y - (FOOT_TOP + 2.5)))
    R.over(img, 0.9 * R.coverage(laces), LACE)
    sole = np.minimum(R.edges_sdf(x, y, BOOT_HEEL, BOOT_TOE - 1.0, BENCH_Y - 1.4, BENCH_Y),
                      R.edges_sdf(x, y, BOOT_HEEL, BOOT_HEEL + 4.5, BENCH_Y - 3.0, BENCH_Y))
    R.over(img, R.coverage(sole), SOLE)
    # the lamp: the workshop's light, the cone and its pool, and the bulb
    lamp = f[:, 3]
    img *= R.col(0.55 + 0.45 * lamp)[:, None]
    R.over(img, R.col(0.4 * lamp) * CONE, LIGHT)
    R.over(img, R.col(0.55 * lamp) * POOL, LIGHT)
    bulb = BULB_OFF + (BULB_ON - BULB_OFF) * lamp[:, None]
    return R.to_uint8(R.over(img, BULB, bulb))


def render(leg_height: float, leather_hue: float, shelf_pairs: float, lamp: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[leg_height, leather_hue, shelf_pairs, lamp]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("cobbler", arg, n, seed, FACTORS, sample_factors, _draw)
