"""`trawlerman`: a small fishing trawler at sea hauling in its net over the stern, seen from the
side (64x64 RGB).

The sky meets the sea at a level horizon a little above the middle of the image; a few pale wave
crests streak the water and two gulls glide in the sky ahead of the bow. The trawler floats in
the middle, its bow to the left: a painted hull with a white band along its top edge, a white
wheelhouse with a row of dark windows amidships, and at the stern a tall dark gantry mast with a
boom leaning out beyond the stern. From the boom's end a rope runs straight down to the net, a
bag of dark mesh full of silver fish, which hangs from it whatever the boat does; what is under
the water is seen only faintly through it. Factors: how far the trawler has rolled (leaning its
mast to the left, upright, or leaning to the right; the boat turns about the middle of its
waterline), how far the net has been hauled up (from hanging deep in the water to lifted high
out of it under the boom), what colour the hull is painted (red, blue or green) and how stormy
the weather is (from a clear blue sky over a blue sea to a dark grey sky with heavy clouds over
a grey-green sea). The boat's size and place, the horizon, the wave crests and the gulls stay
fixed; the whole boat always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("roll", "how far the trawler has rolled (leaning left, upright, leaning right)", "continuous"),
    Factor("net_haul", "how far the trawler's net has been hauled up out of the water", "continuous"),
    Factor("hull", "what colour the trawler's hull is painted (red, blue or green)", "categorical",
           ("red", "blue", "green")),
    Factor("storm", "how stormy the weather is (clear blue to dark grey and cloudy)", "continuous"),
)
# roll: -0.25..0.25 radians about the middle of the waterline at (30, 42) px (positive: the boat turns
# clockwise on screen, its bow rising and its mast leaning to the right); net_haul: 0..1 raises the
# net (8.5 px in half-height) from just under the water (its top 1 px below the waterline) to its top
# 2 px below the boom's end; hull: a code 0..2 for red, blue and green, the colours of HULLS; storm:
# 0..1 blends the sky, the clouds and the sea from CLEAR to STORMY
RANGES = ((-0.25, 0.25), (0.0, 1.0), (0.0, 2.0), (0.0, 1.0))
HULLS = np.array(((0.78, 0.14, 0.12), (0.12, 0.22, 0.66), (0.2, 0.55, 0.18)), np.float32)
BAND, CABIN, WINDOW, MAST = (0.95, 0.95, 0.92), (0.93, 0.93, 0.9), (0.16, 0.2, 0.26), (0.2, 0.18, 0.17)
NET, FISH, ROPE, GULL = (0.18, 0.2, 0.2), (0.78, 0.8, 0.84), (0.3, 0.26, 0.2), (0.97, 0.97, 0.97)
CLEAR = {"top": (0.35, 0.58, 0.9), "bottom": (0.72, 0.84, 0.96), "cloud": (0.97, 0.97, 0.98),
         "sea": (0.12, 0.38, 0.58), "sea_deep": (0.08, 0.26, 0.44)}
STORMY = {"top": (0.2, 0.22, 0.25), "bottom": (0.42, 0.44, 0.46), "cloud": (0.3, 0.3, 0.32),
          "sea": (0.2, 0.28, 0.27), "sea_deep": (0.12, 0.17, 0.17)}
HORIZON, PIVOT_X, PIVOT_Y = 32.0, 30.0, 42.0
HULL_HL, HULL_D = 22.0, 11.0
BOOM_FOOT, BOOM_TIP = (13.0, -25.0), (23.0, -20.0)  # in the boat's frame: u to the stern, v down
WATER_ALPHA = 0.85
NET_RX, NET_RY = 6.5, 8.5
GULL_AT = ((11.0, 22.0), (23.0, 17.0))  # each gull: two wings arched up from its body


def _weather(c):
    x, y = R.grid()
    img = R.vertical_gradient(np.array(c["top"]), np.array(c["bottom"]), HORIZON)[None].copy()
    clouds = np.min([R.ellipse_sdf(x - cx, y - cy, rx, ry) for cx, cy, rx, ry in
                     ((8.0, 9.0, 11.0, 4.0), (18.0, 6.0, 8.0, 4.5), (46.0, 13.0, 13.0, 4.0), (58.0, 10.0, 8.0, 4.0))], 0)
    R.over(img, 0.8 * R.coverage(clouds), c["cloud"])
    sea = np.array(c["sea"]) + (np.array(c["sea_deep"]) - np.array(c["sea"])) * \
        np.clip((y - HORIZON) / (R.SIZE - HORIZON), 0.0, 1.0)[..., None]
    R.over(img, R.below(HORIZON, 1), np.moveaxis(sea, -1, 1).astype(np.float32))
    crests = np.maximum(np.abs(((y - HORIZON) % 7.0) - 3.5) - 0.5,
                        np.abs(((x + 11.0 * np.floor((y - HORIZON) / 7.0)) % 17.0) - 8.5) - 3.0)
    R.over(img, 0.45 * R.below(HORIZON + 2.0, 1) * R.coverage(crests), (0.9, 0.93, 0.95))
    return img[0]


CLEAR_FIELD, STORMY_FIELD = _weather(CLEAR), _weather(STORMY)


def _gulls():
    x, y = R.grid()
    d = np.min([np.maximum(np.abs(R.ellipse_sdf(x - gx - side * 2.6, y - gy - 1.5, 2.6, 2.0)) - 0.6, y - gy - 1.5)
                for gx, gy in GULL_AT for side in (-1.0, 1.0)], 0)
    return R.coverage(d)


GULLS = _gulls()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    s = R.col(f[:, 3])[:, None]
    weather = CLEAR_FIELD[None] + (STORMY_FIELD - CLEAR_FIELD)[None] * s  # (n, 3, H, W)
    img = weather.copy()
    R.over(img, np.broadcast_to(GULLS, (n, R.SIZE, R.SIZE)), GULL)
    # the boat's frame: u along the boat (towards the stern, on the right), v down
    a = R.col(-f[:, 0])  # anticlockwise on screen
    ca, sa = np.cos(a), np.sin(a)
    dx, dy = x - PIVOT_X, y - PIVOT_Y
    u, v = dx * ca - dy * sa, dx * sa + dy * ca
    # the gantry mast, its boom, and the net hanging straight down from the boom's end
    (fu, fv), (bu, bv) = BOOM_FOOT, BOOM_TIP
    mast = np.minimum(np.maximum(np.abs(u - fu) - 0.9, np.maximum(fv - 1.0 - v, v + 5.0)),
                      R.segment_sdf(u, v, fu, fv, bu, bv) - 0.8)
    R.over(img, R.coverage(mast), MAST)
    tx, ty = PIVOT_X + bu * ca + bv * sa, PIVOT_Y - bu * sa + bv * ca  # the boom's end, on screen
    ny = (PIVOT_Y + NET_RY + 1.0) + (ty + NET_RY + 2.0 - (PIVOT_Y + NET_RY + 1.0)) * R.col(f[:, 1])
    rope = np.maximum(np.abs(x - tx) - 0.5, np.maximum(ty - y, y - ny))
    R.over(img, R.coverage(rope), ROPE)
    bag = R.ellipse_sdf(x - tx, y - ny, NET_RX, NET_RY)
    R.over(img, R.coverage(bag), FISH)
    mesh = np.minimum(np.abs(((x - tx + y) % 3.5) - 1.75), np.abs(((x - tx - y) % 3.5) - 1.75)) - 0.4
    R.over(img, R.coverage(np.maximum(mesh, bag)), NET)
    R.over(img, R.coverage(np.abs(bag) - 0.6), NET)
    # the hull with its white band, and the wheelhouse
    sheer = -5.0 - 2.5 * (u / HULL_HL) ** 2
    hull = np.maximum(R.ellipse_sdf(u, v + 5.0, HULL_HL, HULL_D), sheer - v)
    colour = HULLS[f[:, 2].astype(int)]
    R.over(img, R.coverage(hull), colour)
    R.over(img, R.coverage(np.maximum(hull, v - sheer - 1.6)), BAND)
    cabin = R.edges_sdf(u, v, -10.0, 1.0, -14.0, -5.0)
    R.over(img, R.coverage(cabin), CABIN)
    panes = np.maximum(R.edges_sdf(u, v, -9.0, 0.0, -12.0, -9.0), 0.5 - np.abs(((u + 9.0) % 3.0) - 1.5))
    R.over(img, R.coverage(panes), WINDOW)
    R.over(img, R.coverage(R.edges_sdf(u, v, -11.0, 2.0, -15.5, -14.0)), MAST)
    # the sea in front of what is under the water
    return R.to_uint8(R.over(img, WATER_ALPHA * R.below(PIVOT_Y, n), weather))


def render(roll: float, net_haul: float, hull: float, storm: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[roll, net_haul, hull, storm]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("trawlerman", arg, n, seed, FACTORS, sample_factors, _draw)
