"""`coopershop`: a cooper's workshop, a barrel standing on the floor beside a wooden rack of
finished barrels and an iron brazier, seen from the front (64x64 RGB).

The workshop's back wall is of whitewashed upright boards, with a small window high up on the left; the
floor is a band of dark planks along the bottom. Right of the middle a new barrel stands
upright on the floor: bulging staves, their joints as thin dark lines, bound by three dark
iron hoops. On the left a low wooden rack holds finished barrels lying on their sides, seen end
on as round heads with a dark rim and a hoop; they are stacked from the left, two side by side
and a third on top. At the right edge an iron brazier on legs holds a fire, whose flames light
the wall around it. Factors: the size of the standing barrel (small to large), how many
barrels lie on the rack (1 to 3), the colour of the barrels' wood (from pale new oak to dark,
old wood; all the barrels are of the same wood) and how high the fire in the brazier burns
(from glowing embers to tall flames). The wall, the window, the floor, the rack and the brazier
stay fixed; the whole barrel always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("barrel_size", "size of the barrel standing on the floor (small to large)", "continuous"),
    Factor("rack_barrels", "how many barrels lie on the rack (1 to 3)", "categorical", ("1", "2", "3")),
    Factor("wood_tone", "colour of the barrels' wood (pale new oak to dark old wood)", "continuous"),
    Factor("fire", "how high the fire in the brazier burns (embers to tall flames)", "continuous"),
)
# barrel_size: 0..1 is a barrel 6..10.5 px in half-width at its bulge, 2.3 times that tall, its
# foot on the floor at y = 54 px and its middle at x = 43 px; rack_barrels: a code 0..2 for
# 1..3 barrels, filled in the order of RACK; wood_tone: 0..1 darkens the wood from a value of
# 0.88 to 0.38 (its hue and saturation fixed); fire: 0..1 makes flames 1..17 px tall above the
# brazier's bowl and strengthens the glow on the wall
RANGES = ((0.0, 1.0), (0.0, 2.0), (0.0, 1.0), (0.0, 1.0))
WALL, WALL_LINE, FLOOR, FLOOR_LINE = (0.84, 0.82, 0.76), (0.74, 0.72, 0.66), (0.3, 0.22, 0.16), (0.22, 0.16, 0.11)
WINDOW, FRAME, IRON, RACK_WOOD = (0.72, 0.84, 0.95), (0.32, 0.23, 0.15), (0.16, 0.16, 0.18), (0.36, 0.25, 0.15)
FLAME, FLAME_CORE, EMBER, GLOW = (0.98, 0.45, 0.08), (1.0, 0.88, 0.35), (0.8, 0.2, 0.05), (1.0, 0.7, 0.35)
FLOOR_Y, BARREL_X = 54.0, 43.0
RACK = ((8.5, 45.5), (24.0, 45.5), (16.25, 32.1))  # the rack's barrels, end on, in the order they fill
HEAD_R = 7.5
BRAZIER_X, BOWL_Y = 58.0, 43.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, R.coverage(np.abs((x % 7.0) - 0.5) - 0.45), WALL_LINE)
    R.over(img, R.coverage(R.edges_sdf(x, y, 5.0, 21.0, 6.0, 20.0)), FRAME)
    panes = np.maximum(R.edges_sdf(x, y, 6.5, 19.5, 7.5, 18.5), 0.7 - np.minimum(np.abs(x - 13.0), np.abs(y - 13.0)))
    R.over(img, R.coverage(panes), WINDOW)
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    R.over(img, R.coverage(np.maximum(np.abs(((y - FLOOR_Y) % 4.0) - 2.0) - 0.4, FLOOR_Y + 1.0 - y)), FLOOR_LINE)
    # the rack: two rails under the barrels, on short legs
    rack = np.minimum(R.edges_sdf(x, y, 0.0, 33.0, 52.5, 54.0), R.edges_sdf(x, y, 2.0, 4.0, 52.0, 56.0))
    rack = np.minimum(rack, R.edges_sdf(x, y, 29.0, 31.0, 52.0, 56.0))
    R.over(img, R.coverage(rack), RACK_WOOD)
    # the brazier: a bowl on three legs
    legs = np.minimum(R.segment_sdf(x, y, BRAZIER_X, BOWL_Y + 3.0, BRAZIER_X - 4.0, FLOOR_Y + 2.0),
                      R.segment_sdf(x, y, BRAZIER_X, BOWL_Y + 3.0, BRAZIER_X + 4.0, FLOOR_Y + 2.0)) - 0.7
    bowl = np.maximum(R.ellipse_sdf(x - BRAZIER_X, y - BOWL_Y, 5.0, 4.0), BOWL_Y - y)
    R.over(img, R.coverage(np.minimum(legs, bowl)), IRON)
    return img[0]


SCENE = _scene()


def _heads(x, y):
    """Signed distances to each rack barrel's head, and to its dark rim and hoop."""
    out = []
    for cx, cy in RACK:
        rho = np.hypot(x - cx, y - cy)
        out.append((rho - HEAD_R, np.minimum(np.abs(rho - HEAD_R + 0.8) - 0.8, np.abs(rho - 4.6) - 0.5)))
    return out


HEADS = _heads(*R.grid())


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    fire = R.col(f[:, 3])
    # the fire's glow on the wall, behind everything
    glow = np.exp(-((x - BRAZIER_X) ** 2 + (y - BOWL_Y + 6.0) ** 2) / 110.0)
    R.over(img, (0.15 + 0.55 * fire) * glow, GLOW)
    wood = R.hsv(np.full(n, 0.08), np.full(n, 0.55), 0.88 - 0.5 * f[:, 2])
    dark = wood * 0.55
    # the rack's barrels, from the left
    count = f[:, 1].astype(int)
    for i, (head, lines) in enumerate(HEADS):
        on = (count >= i).astype(np.float32)[:, None, None]
        R.over(img, on * R.coverage(head), wood)
        R.over(img, on * R.coverage(lines), IRON)
    # the standing barrel: bulging staves, their joints, three hoops
    hw = R.col(6 + 4.5 * f[:, 0])
    h = 2.3 * hw
    cy = FLOOR_Y - h / 2
    t = (y - cy) / (h / 2)  # -1 at the top, 1 at the foot
    half = hw * (1.0 - 0.2 * t ** 2)
    barrel = np.maximum(np.abs(x - BARREL_X) - half, np.abs(y - cy) - h / 2)
    body = R.coverage(barrel)
    shading = 0.75 + 0.25 * np.cos(np.clip((x - BARREL_X) / half, -1.2, 1.2) * 1.3)
    R.over(img, body, wood[:, :, None, None] * shading[:, None])
    staves = np.abs((((x - BARREL_X) / half * 3.0 + 0.5) % 1.0) - 0.5) * half / 3.0 - 0.35
    R.over(img, 0.8 * body * R.coverage(staves), dark)
    hoops = np.minimum(np.abs(np.abs(y - cy) - 0.62 * h / 2) - 1.0, np.abs(np.abs(y - cy) - h / 2 + 1.0) - 0.9)
    R.over(img, body * R.coverage(hoops), IRON)
    # the fire: embers in the bowl and flames above it
    R.over(img, R.coverage(R.ellipse_sdf(x - BRAZIER_X, y - BOWL_Y, 4.5, 1.3)), EMBER)
    tall = 1.0 + 16.0 * fire
    for dx, k, w in ((-2.2, 0.75, 2.0), (2.0, 0.85, 2.0), (0.0, 1.0, 2.8)):
        fy = (BOWL_Y - y) / (k * tall)  # 0 at the bowl, 1 at the flame's tip
        flame = np.maximum(np.abs(x - BRAZIER_X - dx) - w * np.sqrt(np.clip(1.0 - fy, 0.0, 1.0)) * np.clip(fy * 4 + 0.5, 0, 1),
                           np.maximum(-fy * k * tall - 0.5, (fy - 1.0) * k * tall))
        R.over(img, R.coverage(flame), FLAME)
        core = np.maximum(np.abs(x - BRAZIER_X - dx) - 0.5 * w * np.sqrt(np.clip(1.0 - 1.4 * fy, 0.0, 1.0)),
                          np.maximum(-fy * k * tall, (fy - 0.7) * k * tall))
        R.over(img, R.coverage(core), FLAME_CORE)
    return R.to_uint8(img)


def render(barrel_size: float, rack_barrels: float, wood_tone: float, fire: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[barrel_size, rack_barrels, wood_tone, fire]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("coopershop", arg, n, seed, FACTORS, sample_factors, _draw)
