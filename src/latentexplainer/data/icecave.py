"""`icecave`: the inside of an ice cave, looking out through its mouth at a snowy valley, with
icicles hanging from the cave's roof (64x64 RGB).

Walls of glassy ice, streaked and faceted and darker towards the edges of the image, surround the
cave's mouth in the middle; a snowy floor runs along the bottom. Through the mouth lies the
outside: a sky above a white snowfield with a dark line of pine trees on the far side, lit by the
daylight, which also spills a pale glow onto the cave's floor and the ice round the mouth. A row
of icicles, white and glinting, hangs from the top of the image. Factors: how long the icicles are
(short stubs to long spikes), how bright the daylight outside is (a dim dusk to a glaring noon),
the shape of the cave's mouth (round, an arch or a jagged crack) and how blue the ice of the
walls is (almost white to deep blue). The icicles' places, the floor, the mouth's size and place
and the valley stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("icicle_length", "length of the icicles hanging from the cave's roof (short to long)", "continuous"),
    Factor("daylight", "how bright the daylight outside the cave is (dim dusk to glaring noon)", "continuous"),
    Factor("mouth_shape", "shape of the ice cave's mouth (round, arched or a jagged crack)", "categorical",
           ("round", "arch", "crack")),
    Factor("ice_tint", "how blue the ice of the cave's walls is (almost white to deep blue)", "continuous"),
)
# icicle_length: 0..1 makes the icicles 3..20 px long (each 0.7..1.0 of that; 4.4 px wide at the
# roof, nine of them across); daylight: 0..1 blends the outside from dusk (deep blue-violet sky,
# grey-blue snow) to noon (bright blue sky, white snow) and scales the glow on the floor and
# round the mouth (0.1..0.6); mouth_shape: 0 a disc of radius 13 px about (32, 34) px, clear of
# the floor, 1 an arch 24 px wide from the floor (y = 54 px) to a round top at y = 20 px, 2 a
# wavering zigzag crack 3..26 px wide from y = 12 px down to the floor; ice_tint: 0..1 blends the
# walls' colour from pale blue-white to deep blue
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 2.0), (0.0, 1.0))
PALE_ICE, DEEP_ICE = np.array((0.86, 0.92, 0.95)), np.array((0.1, 0.32, 0.7))
ICICLE, ICICLE_EDGE, FLOOR, GLOW = (0.97, 0.99, 1.0), (0.72, 0.86, 0.95), (0.6, 0.68, 0.78), (1.0, 0.98, 0.88)
DUSK_SKY, DUSK_SNOW = np.array((0.22, 0.2, 0.42)), np.array((0.42, 0.45, 0.58))
NOON_SKY, NOON_SNOW = np.array((0.45, 0.72, 1.0)), np.array((1.0, 1.0, 1.0))
PINES = (0.08, 0.2, 0.16)
FLOOR_Y, HORIZON_Y = 54.0, 40.0
ICICLES = ((4.5, 0.8), (11.5, 1.0), (18.5, 0.75), (25.5, 0.95), (32.5, 0.7), (39.5, 1.0), (46.5, 0.8),
           (53.5, 0.9), (59.5, 0.72))  # x (on a pixel's middle), share of the full length
ICICLE_HW = 2.2


def _mouths() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The mouth of each shape as a signed distance, (3, H, W); the valley outside as a snow
    mask and a pine mask, (H, W) each; the ice's streaks, (H, W), and the walls' shading."""
    x, y = R.grid()
    disc = np.hypot(x - 32.0, y - 34.0) - 13.0
    arch = np.minimum(R.edges_sdf(x, y, 20.0, 44.0, 32.0, FLOOR_Y + 1.0), np.hypot(x - 32.0, y - 32.0) - 12.0)
    t = np.clip((y - 12.0) / (FLOOR_Y - 12.0), 0.0, 1.0)
    zig = 2.5 * np.abs(((y + 1.0) / 5.0) % 2.0 - 1.0)  # a zigzag edge, 2.5 px deep, every 10 px
    crack = np.maximum(np.abs(x - 32.0 - 3.0 * np.sin(y * 0.25)) - (1.5 + 11.5 * t) - zig + 1.2, 12.0 - y)
    crack = np.maximum(crack, y - FLOOR_Y - 1.0)
    mouths = np.stack([np.broadcast_to(m, (1, R.SIZE, R.SIZE))[0] for m in (disc, arch, crack)])
    snow = R.coverage(HORIZON_Y - y + 0 * x)[0]
    pines = R.coverage(np.maximum(y - HORIZON_Y, HORIZON_Y - 3.5 - 2.5 * np.abs(((x * 0.45) % 2.0) - 1.0) - y))
    streaks = 0.5 + 0.5 * np.sin(0.5 * x + 1.5 * np.sin(0.21 * y) + 0.15 * y) * np.sin(0.17 * y - 0.3 * x)
    shade = 1.0 - 0.45 * np.clip(np.hypot((x - 32.0) / 34.0, (y - 38.0) / 40.0), 0.0, 1.0) ** 1.5
    return mouths, snow, pines[0], (0.9 + 0.2 * streaks)[0] * shade[0]


MOUTHS, SNOW, PINES_MASK, SHADE = _mouths()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    day = f[:, 1:2]
    # the walls: the tinted ice, streaked and shaded darker towards the edges
    ice = PALE_ICE[None] + (DEEP_ICE - PALE_ICE)[None] * f[:, 3:4]
    img = ice[:, :, None, None] * SHADE
    img = np.ascontiguousarray(img, np.float32)
    # the floor, and the outside through the mouth: sky, snowfield, pines
    R.over(img, R.below(FLOOR_Y, n), FLOOR)
    mouth = MOUTHS[f[:, 2].astype(int)]
    inside = R.coverage(mouth)
    sky = DUSK_SKY[None] + (NOON_SKY - DUSK_SKY)[None] * day
    snow = DUSK_SNOW[None] + (NOON_SNOW - DUSK_SNOW)[None] * day
    R.over(img, inside, sky)
    R.over(img, inside * SNOW, snow)
    R.over(img, inside * PINES_MASK, PINES)
    # the daylight's glow: round the mouth, and spilling onto the floor in front of it
    glow = np.exp(-np.maximum(mouth, 0.0) / 5.0) * (1.0 - inside)
    floor = R.coverage(FLOOR_Y - y) * np.exp(-np.abs(x - 32.0) / 14.0 - (y - FLOOR_Y) / 8.0)
    R.over(img, R.col(0.1 + 0.5 * f[:, 1]) * np.maximum(glow, floor) * 0.9, GLOW)
    # the icicles: narrow cones from the roof, white with a pale blue rim
    length = R.col(3.0 + 17.0 * f[:, 0])
    spikes = np.full((n, 24, R.SIZE), np.inf, np.float32)
    for ix, share in ICICLES:
        tip = length * share
        yy = y[:, :24]
        width = ICICLE_HW * np.clip(1.0 - yy / tip, 0.0, 1.0)
        np.minimum(spikes, np.maximum(np.abs(x - ix) - width, yy - tip), out=spikes)
    top = img[:, :, :24]
    R.over(top, R.coverage(spikes), ICICLE_EDGE)
    R.over(top, R.coverage(spikes + 0.4), ICICLE)
    return R.to_uint8(img)


def render(icicle_length: float, daylight: float, mouth_shape: float, ice_tint: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[icicle_length, daylight, mouth_shape, ice_tint]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("icecave", arg, n, seed, FACTORS, sample_factors, _draw)
