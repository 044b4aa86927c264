"""`castle`: a stone castle with two round-roofed towers behind a moat, its drawbridge over the
gate, seen from the front (64x64 RGB).

The castle stands in the middle of the image on a green meadow: a grey stone curtain wall
with a crenellated top and two arrow slits, an arched dark gateway in its middle, and at each
end a square stone tower with a pointed slate roof; the stone is laid in courses with darker
mortar lines. On the face of each tower hangs a swallow-tailed cloth banner from a short rod.
In front of the wall runs a moat of dark blue water across the whole image. A wooden
drawbridge of lengthwise planks is hinged at the foot of the gateway and hangs from two
chains: shut, it stands upright against the gateway and covers most of it; lowered, it lies
flat across the moat (seen from a little above) and the dark gateway shows behind it. Above
is the sky, which runs from night (dark navy with a few stars) to a bright day (blue above,
pale at the horizon). Factors: how far the drawbridge is lowered (shut upright to lying flat
across the moat), the height of the two towers (short to tall; their roofs rise with them),
the hue of the banners, round the whole colour wheel, and the brightness of the sky (night to
day). The castle's place and width, the wall, the gateway, the stone's colour, the moat and
the meadow stay fixed; the whole castle always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("drawbridge_lowering", "how far the drawbridge is lowered (shut upright to flat over the moat)", "continuous"),
    Factor("tower_height", "height of the castle's two towers (short to tall)", "continuous"),
    Factor("banner_hue", "hue of the banners on the towers (round the whole colour wheel)", "cyclic", period=1.0),
    Factor("sky_brightness", "brightness of the sky (night to bright day)", "continuous"),
)
# drawbridge_lowering: 0..1 turns the drawbridge (15 px long, 11 px wide, hinged at y = 52 px)
# from upright (0) to flat (1, pi/2 radians), its far end drawn at 52 - 15 cos(a) + 6 sin(a) px
# (seen from a little above); tower_height: 0..1 is towers 26..42 px tall from y = 52 px (12 px
# wide, centred at x = 12 and 52 px), each under a roof 10 px high; banner_hue: 0..1 is the
# whole colour wheel (1 is 0 again); sky_brightness: 0..1 blends the sky from night to day
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
NIGHT_TOP, NIGHT_LOW = (0.03, 0.04, 0.14), (0.14, 0.15, 0.3)
DAY_TOP, DAY_LOW = (0.36, 0.6, 0.92), (0.8, 0.88, 0.96)
STAR, GRASS, WATER, RIPPLE = (0.95, 0.95, 0.85), (0.3, 0.55, 0.24), (0.16, 0.3, 0.5), (0.36, 0.52, 0.7)
STONE, WALL_SHADE, MORTAR = np.array((0.66, 0.63, 0.58)), 0.9, 0.78
ROOF, GATE, WOOD, PLANK_LINE = (0.3, 0.32, 0.44), (0.07, 0.06, 0.06), (0.56, 0.37, 0.2), (0.36, 0.23, 0.12)
CHAIN, ROD = (0.2, 0.2, 0.22), (0.25, 0.2, 0.15)
CX, BASE_Y, HORIZON_Y = 32.0, 52.0, 49.0
TOWER_DX, TOWER_HW, ROOF_HW, ROOF_H = 20.0, 6.0, 7.5, 10.0
WALL_HW, WALL_TOP, MERLON = 14.0, 34.0, 4.0
GATE_HW, GATE_SPRING = 5.0, 40.0  # the gateway: 10 px wide, its arch springing at y = 40 px
BRIDGE_HW, BRIDGE_LEN, BRIDGE_TILT = 5.5, 15.0, 0.4
MOAT = (52.5, 58.5)
BANNER = (3.0, 30.0, 44.0, 3.0)  # half-width, top, bottom, depth of the swallow-tail notch
STARS = ((5, 4), (14, 9), (23, 3), (30, 11), (40, 6), (49, 2), (58, 8), (61, 16), (3, 17), (36, 19), (20, 22))


def _sky(top, low, stars: bool) -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(top, low, HORIZON_Y)[None]
    if stars:
        for sx, sy in STARS:
            R.over(img, 0.9 * R.coverage(np.hypot(x - sx - 0.5, y - sy - 0.5) - 0.6), STAR)
    return img[0]


def _scene() -> tuple[np.ndarray, np.ndarray]:
    """The fixed castle wall, gateway, meadow and moat as a coverage (H, W) and a colour layer
    (3, H, W) premultiplied by it, painted over the sky and the towers."""
    x, y = R.grid()
    layer = np.zeros((1, 3, R.SIZE, R.SIZE), np.float32)
    R.over(layer, R.below(HORIZON_Y, 1), GRASS)
    alpha = R.below(HORIZON_Y, 1).copy()
    u = x - CX
    mu = ((u + 2.5) % 5.0) - 2.5  # merlons 3 px wide, 5 px apart
    merlons = np.maximum(R.box_sdf(mu, y - WALL_TOP + MERLON / 2, 1.5, MERLON / 2 + 0.5), np.abs(u) - WALL_HW)
    wall = np.minimum(R.edges_sdf(x, y, CX - WALL_HW, CX + WALL_HW, WALL_TOP, BASE_Y + 1.0), merlons)
    cov = R.coverage(wall)
    courses = 1.0 - (1.0 - MORTAR) * R.coverage(np.abs(((y - BASE_Y) % 4.0) - 2.0) - 0.4)
    stone = (WALL_SHADE * STONE)[:, None, None] * courses
    layer += cov[:, None] * (stone - layer)
    alpha = np.maximum(alpha, cov)
    slits = R.box_sdf(np.abs(u) - 10.0, y - 40.5, 0.7, 2.5)
    R.over(layer, R.coverage(slits), GATE)
    gate = np.minimum(R.edges_sdf(x, y, CX - GATE_HW, CX + GATE_HW, GATE_SPRING, BASE_Y + 1.0),
                      np.hypot(u, y - GATE_SPRING) - GATE_HW)
    R.over(layer, R.coverage(gate), GATE)
    moat = R.coverage(np.abs(y - sum(MOAT) / 2) - (MOAT[1] - MOAT[0]) / 2)
    R.over(layer, moat, WATER)
    ripples = R.coverage(np.abs(((y - MOAT[0]) % 3.0) - 1.5) - 0.3) * (np.sin(x * 0.5 + y * 1.7) > 0.4)
    R.over(layer, 0.6 * ripples * moat, RIPPLE)
    alpha = np.maximum(alpha, moat)
    return alpha[0], layer[0]


NIGHT, DAY = _sky(NIGHT_TOP, NIGHT_LOW, True), _sky(DAY_TOP, DAY_LOW, False)
SCENE_ALPHA, SCENE = _scene()
_, _Y = R.grid()
COURSES = (1.0 - (1.0 - MORTAR) * R.coverage(np.abs(((_Y - BASE_Y) % 4.0) - 2.0) - 0.4))  # (1, H, 1)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    light = R.col(f[:, 3])[:, None]
    img = NIGHT + light * (DAY - NIGHT)  # (N, 3, H, W)
    top = BASE_Y - R.col(26 + 16 * f[:, 1])
    u = np.abs(x - CX) - TOWER_DX  # both towers at once
    # the towers, laid in courses, and their roofs
    tower = R.edges_sdf(u, y, -TOWER_HW, TOWER_HW, top, BASE_Y + 1.0)
    cov = R.coverage(tower)
    img += cov[:, None] * (STONE[:, None, None] * COURSES - img)
    w = y - (top - ROOF_H)  # below the roof's apex
    roof = np.maximum((ROOF_H * np.abs(u) - ROOF_HW * w) / np.hypot(ROOF_H, ROOF_HW), y - top)
    img = R.over(img, R.coverage(roof), ROOF)
    # the fixed wall, gateway, meadow and moat
    img *= 1.0 - SCENE_ALPHA
    img += SCENE
    # the banners on the towers' faces
    hw, b_top, b_low, notch = BANNER
    banner = np.maximum(R.edges_sdf(u, y, -hw, hw, b_top, b_low), (y - b_low + notch - np.abs(u)) / np.sqrt(2.0))
    img = R.over(img, R.coverage(banner), R.hsv(f[:, 2], 0.85, 0.85))
    img = R.over(img, R.coverage(R.box_sdf(u, y - b_top + 0.3, hw + 1.2, 0.6)), ROD)
    # the drawbridge, hinged at the gateway's foot, and its chains
    a = R.col(0.5 * np.pi * f[:, 0])
    far = BASE_Y - BRIDGE_LEN * np.cos(a) + BRIDGE_TILT * BRIDGE_LEN * np.sin(a)
    lo, hi = np.minimum(far, BASE_Y), np.maximum(far, BASE_Y)
    bridge = R.edges_sdf(x, y, CX - BRIDGE_HW, CX + BRIDGE_HW, lo - 0.5, hi + 0.5)
    img = R.over(img, R.coverage(bridge), WOOD)
    lines = np.maximum(bridge, np.abs(((x - CX) % 2.75) - 1.375) - 0.3)
    img = R.over(img, 0.7 * R.coverage(lines), PLANK_LINE)
    chain = R.segment_sdf(np.abs(x - CX), y, GATE_HW + 0.8, 36.0, BRIDGE_HW - 0.3, far) - 0.5
    chain = np.where(f[:, 0:1, None] > 0.02, chain, np.inf)
    return R.to_uint8(R.over(img, R.coverage(chain), CHAIN))


def render(drawbridge_lowering: float, tower_height: float, banner_hue: float, sky_brightness: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[drawbridge_lowering, tower_height, banner_hue, sky_brightness]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("castle", arg, n, seed, FACTORS, sample_factors, _draw)
