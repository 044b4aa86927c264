"""`waterwheel`: a wooden waterwheel turning beside a mill, fed by a wooden chute, seen from the
side (64x64 RGB).

A dark wooden waterwheel stands on the left of the image on an axle at a fixed place, its lower
edge dipping into a blue river that runs along the bottom of the image. The wheel is a rim with
eight straight spokes from its hub and eight paddles sticking out from the rim, each in line
with a spoke. A wooden chute on a post runs in from the left edge near the top of the image and
ends above the wheel, and water falls from its end onto the top of the wheel. On the right
stands the mill's wall under a dark slate roof; behind the wheel is a pale sky over a green
bank. Factors: how far the wheel has turned (a cyclic factor: with eight like spokes the wheel
looks the same again after an eighth of a turn, pi / 4 radians), the size of the wheel, how
much water is flowing (from none, through a thin stream, to a thick stream falling onto the
wheel that churns white foam in the river) and what the mill's wall is built of (grey stone
blocks, red brick or brown timber planks). The axle's place, the chute, the roof, the sky, the
bank and the river stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("wheel_turn", "how far the waterwheel has turned", "cyclic", period=np.pi / 4),
    Factor("wheel_size", "size of the waterwheel (small to large)", "continuous"),
    Factor("flow", "how much water flows onto the wheel (none to a thick stream)", "continuous"),
    Factor("wall", "what the mill's wall is built of", "categorical", ("stone", "brick", "timber")),
)
# wheel_turn: 0..pi / 4 radians (a spoke points straight up at 0; positive turns it clockwise on
# screen); wheel_size: 0..1 is a rim of radius 12..19 px about the axle at (22, 36) px (the
# paddles stick out 3.5 px more); flow: 0..1 is a falling stream 0..4.5 px wide from the chute's
# end and white foam, up to 0.9 times flow in opacity, over the river by the wheel; wall: 0 stone
# blocks, 1 brick, 2 timber planks, the wall from x = 45 px to the right edge
RANGES = ((0.0, np.pi / 4), (0.0, 1.0), (0.0, 1.0), (0, 2))
SKY_TOP, SKY_BOTTOM = np.array((0.55, 0.73, 0.93)), np.array((0.82, 0.9, 0.97))
BANK, RIVER, RIVER_DARK, WOOD, WOOD_DARK = (0.3, 0.52, 0.24), (0.22, 0.42, 0.62), (0.16, 0.33, 0.52), \
    (0.42, 0.26, 0.13), (0.22, 0.13, 0.07)
WATER, FOAM, ROOF = (0.3, 0.55, 0.85), (0.96, 0.98, 1.0), (0.24, 0.26, 0.3)
WALLS = (((0.6, 0.6, 0.58), (0.4, 0.4, 0.4)), ((0.66, 0.3, 0.2), (0.86, 0.82, 0.74)),
         ((0.55, 0.38, 0.2), (0.25, 0.16, 0.08)))  # each material's face and its joints
AXLE_X, AXLE_Y, BANK_Y, RIVER_Y, WALL_X, EAVES_Y = 22.0, 36.0, 40.0, 50.0, 45.0, 14.0
CHUTE_END, CHUTE_TOP, CHUTE_BOTTOM = 25.0, 6.5, 10.0
SPOKES, PADDLE = 8, 3.5


def _walls() -> np.ndarray:
    """The background (3 walls, 3, H, W): sky, bank, river, roof and the wall of each material."""
    x, y = R.grid()
    sky = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, BANK_Y)[None].copy()
    bank = BANK_Y + 1.5 * np.sin(x * 0.3) + 0.8 * np.sin(x * 1.1)
    R.over(sky, R.coverage(bank - y), BANK)
    R.over(sky, R.below(RIVER_Y, 1), RIVER)
    R.over(sky, 0.7 * R.coverage(np.abs(((x + 2.0 * (y - RIVER_Y)) % 10.0) - 5.0) - 0.5) * R.below(RIVER_Y + 2, 1),
           RIVER_DARK)
    out = []
    wall = R.coverage(R.edges_sdf(x, y, WALL_X, 70.0, EAVES_Y, RIVER_Y + 1.0))
    course = np.floor(y / 5.0)
    stone = np.minimum(np.abs((y % 5.0) - 0.5), np.abs(((x + course * 4.0 + (course % 3) * 2.0) % 9.0) - 0.5))
    brick = np.minimum(np.abs((y % 3.0) - 0.5), np.abs(((x + np.floor(y / 3.0) * 2.5) % 5.0) - 0.5))
    timber = np.abs(((x - WALL_X) % 4.0) - 0.5)
    for (face, joint), joints in zip(WALLS, (stone - 0.4, brick - 0.35, timber - 0.3)):
        img = sky.copy()
        R.over(img, wall, face)
        R.over(img, wall * R.coverage(joints), joint)
        out.append(img[0])
    out = np.stack(out)
    roof = np.maximum(np.maximum(y - EAVES_Y, EAVES_Y - 0.5 * (x - WALL_X + 2.0) - y), WALL_X - 2.0 - x)
    R.over(out, R.coverage(roof), ROOF)  # rising to the right
    # the chute and its post
    chute = R.edges_sdf(x, y, -2.0, CHUTE_END, CHUTE_TOP, CHUTE_BOTTOM)
    R.over(out, R.coverage(chute), WOOD)
    R.over(out, R.coverage(np.maximum(np.abs(y - CHUTE_TOP - 0.6) - 0.6, x - CHUTE_END)), WOOD_DARK)
    R.over(out, R.coverage(R.edges_sdf(x, y, 3.0, 5.0, CHUTE_BOTTOM, BANK_Y + 2.0)), WOOD)
    return out


WALL_BACKGROUNDS = _walls()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    img = WALL_BACKGROUNDS[f[:, 3].astype(int)].copy()
    r = R.col(12 + 7 * f[:, 1])
    flow = R.col(f[:, 2])
    # the water falling from the chute onto the top of the wheel
    fall = np.maximum(np.abs(x - (CHUTE_END - 2.5)) - 2.25 * flow, np.maximum(CHUTE_BOTTOM - y, y - (AXLE_Y - r + 1.0)))
    R.over(img, np.minimum(1.0, 4.0 * flow) * R.coverage(fall), WATER)
    # the wheel: rim, spokes and paddles, then its hub
    u, v = x - AXLE_X, y - AXLE_Y
    rho = np.hypot(u, v)
    phi = np.arctan2(u, -v) - R.col(f[:, 0])  # 0 straight up, growing clockwise on screen
    step = 2 * np.pi / SPOKES
    off = rho * np.abs(np.sin(((phi + step / 2) % step) - step / 2))  # distance to the nearest spoke's line
    rim = np.abs(rho - (r - 1.0)) - 1.1
    spokes = np.maximum(off - 0.9, rho - r)
    paddles = np.maximum(off - 1.3, np.abs(rho - (r + PADDLE / 2)) - PADDLE / 2)
    R.over(img, R.coverage(np.minimum(np.minimum(rim, spokes), paddles)), WOOD)
    R.over(img, R.coverage(rho - 3.0), WOOD_DARK)
    R.over(img, 0.55 * R.below(RIVER_Y + 1.5, 1), RIVER)  # the wheel's bottom dips under the water
    # foam churned up in the river by the wheel
    churn = R.below(RIVER_Y + 1.0, 1)
    froth = np.clip(0.6 + 1.2 * np.sin(x * 0.9 + np.sin(y * 1.7) * 2.0) * np.sin(y * 1.3), 0.0, 1.0)
    near = np.clip(1.0 - np.abs(x - AXLE_X) / 24.0, 0.0, 1.0)
    R.over(img, 0.9 * flow * churn * froth * near, FOAM)
    return R.to_uint8(img)


def render(wheel_turn: float, wheel_size: float, flow: float, wall: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[wheel_turn, wheel_size, flow, wall]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("waterwheel", arg, n, seed, FACTORS, sample_factors, _draw)
