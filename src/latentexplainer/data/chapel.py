"""`chapel`: a small whitewashed country chapel with a spired bell tower on a grassy hill under
the sky, its gable end facing us (64x64 RGB).

The chapel stands on a green hill that rises gently towards the middle of the image. At the
left is its square bell tower, whitewashed like the rest, with a dark arched opening near the
top in which a golden bell hangs, and on top of the tower a dark slate spire, a tall triangle
pointing up. At the right is the chapel's gable end: a white wall under a pitched roof of dark
slate, a round stained-glass rose window high in the gable, divided into eight panes by dark
lead spokes and a ring, and below it an arched double door of dark wood. When the door is open,
its two leaves fold back to the sides and the warm yellow candlelight of the inside shows
between them. Over the hill is the sky, with two clouds. Factors: how tall the spire is (a
short stub to a tall needle), how far the door is open (shut to wide open), the hue of the
rose window's glass (a cyclic factor with a whole-turn period: red through yellow, green and
blue back to red) and how overcast the sky is (clear blue with two small white clouds to a
dull grey sky with heavy dark clouds). The tower, the walls, the roof, the bell and the hill
stay fixed; the whole chapel always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("spire_height", "how tall the spire on the bell tower is (short to tall)", "continuous"),
    Factor("door_open", "how far the chapel's door is open (shut to wide open)", "continuous"),
    Factor("glass_hue", "hue of the rose window's stained glass", "cyclic", period=1.0),
    Factor("overcast", "how overcast the sky is (clear blue to dull grey with dark clouds)", "continuous"),
)
# spire_height: 0..1 is a spire 3..25 px tall on top of the tower (its tip at y = 23..1 px);
# door_open: 0..1 folds each leaf of the 11 px wide door back from 5.5 px to 1 px wide, showing
# the lit inside between them; glass_hue: 0..1 of the colour wheel, one whole turn (0 and 1 are
# the same red); overcast: 0..1 blends the sky from clear blue to dull grey and the two clouds
# from small and white to large and dark grey
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
CLEAR_TOP, CLEAR_BOTTOM = np.array((0.3, 0.55, 0.9)), np.array((0.68, 0.83, 0.97))
GREY_TOP, GREY_BOTTOM = np.array((0.46, 0.47, 0.5)), np.array((0.6, 0.61, 0.63))
CLOUD_WHITE, CLOUD_DARK = np.array((0.97, 0.97, 0.97)), np.array((0.3, 0.31, 0.34))
HILL, HILL_DARK = (0.36, 0.6, 0.26), (0.28, 0.5, 0.2)
WHITE, SHADOW, SLATE, LEAD = (0.93, 0.91, 0.85), (0.76, 0.74, 0.7), (0.26, 0.28, 0.34), (0.12, 0.12, 0.14)
SPIRE, SPIRE_LIT = (0.17, 0.18, 0.24), (0.27, 0.29, 0.37)
BELL, OPENING, WOOD, CANDLE = (0.85, 0.66, 0.2), (0.12, 0.1, 0.1), (0.38, 0.22, 0.12), (1.0, 0.82, 0.45)
GROUND_Y = 56.0
TOWER_X, TOWER_HW, TOWER_TOP = 13.0, 7.0, 26.0
SPIRE_HW = 9.0  # the spire's half-width at its foot, overhanging the tower a little
NAVE_L, NAVE_R, EAVES, APEX = 26.0, 54.0, 36.0, 21.0
ROSE_X, ROSE_Y, ROSE_R = 40.0, 31.0, 6.0
DOOR_X, DOOR_HW, DOOR_TOP = 40.0, 5.5, 44.0  # the door's arch springs from DOOR_TOP + DOOR_HW
CLOUDS = ((40.0, 8.0, 7.0, 3.0), (56.0, 15.0, 5.0, 2.2))  # x, y, half-width, half-height (clear)


def _background() -> np.ndarray:
    """The hill, the tower, the gable end and the bell: everything but the sky, spire, door and glass."""
    x, y = R.grid()
    img = np.zeros((1, 4, R.SIZE, R.SIZE), np.float32)  # colour and coverage, over the sky later
    tower = R.edges_sdf(x, y, TOWER_X - TOWER_HW, TOWER_X + TOWER_HW, TOWER_TOP, GROUND_Y + 6.0)
    R.over(img, R.coverage(tower), (*WHITE, 1.0))
    R.over(img, R.coverage(np.maximum(tower, TOWER_X + TOWER_HW - 2.0 - x)), (*SHADOW, 1.0))
    arch = np.minimum(R.edges_sdf(x, y, TOWER_X - 3.0, TOWER_X + 3.0, 32.0, 39.0), np.hypot(x - TOWER_X, y - 32.0) - 3.0)
    R.over(img, R.coverage(arch), (*OPENING, 1.0))
    bell = np.minimum(R.ellipse_sdf(x - TOWER_X, y - 35.0, 2.2, 2.6), R.ellipse_sdf(x - TOWER_X, y - 37.3, 3.0, 0.9))
    R.over(img, R.coverage(np.maximum(bell, y - 37.8)), (*BELL, 1.0))
    cx = (NAVE_L + NAVE_R) / 2
    line = APEX + (EAVES - APEX) / ((NAVE_R - NAVE_L) / 2) * np.abs(x - cx)  # the roof's slopes
    wall = np.maximum(R.edges_sdf(x, y, NAVE_L, NAVE_R, APEX, GROUND_Y + 6.0), line - y)
    R.over(img, R.coverage(wall), (*WHITE, 1.0))
    roof = np.maximum(np.maximum(line - 3.0 - y, y - line), np.abs(x - cx) - (NAVE_R - NAVE_L) / 2 - 2.0)
    R.over(img, R.coverage(roof), (*SLATE, 1.0))
    hill = GROUND_Y + 0.003 * (x - DOOR_X) ** 2 - y  # the ground, in front of the walls' feet
    R.over(img, R.coverage(hill), (*HILL, 1.0))
    R.over(img, R.coverage(np.maximum(hill, -hill - 2.5)) * (np.sin(x * 1.7) > 0.3), (*HILL_DARK, 1.0))
    rose = np.hypot(x - ROSE_X, y - ROSE_Y)
    R.over(img, R.coverage(rose - ROSE_R - 1.0), (*LEAD, 1.0))
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    o = R.col(f[:, 3])
    # the sky and its two clouds, which grow and darken as it clouds over
    clear, grey = R.vertical_gradient(CLEAR_TOP, CLEAR_BOTTOM), R.vertical_gradient(GREY_TOP, GREY_BOTTOM)
    img = clear[None] + (grey - clear)[None] * o[:, None]
    grow = 1.0 + 0.9 * o
    cloud = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    for cx, cy, hw, hh in CLOUDS:
        for dx, dy, k in ((0.0, 0.0, 1.0), (-0.5, 0.45, 0.7), (0.5, 0.4, 0.75)):
            d = R.ellipse_sdf(x - cx - dx * hw * grow, y - cy - dy * hh * grow, k * hw * grow, k * hh * 1.6 * grow)
            np.minimum(cloud, d, out=cloud)
    R.over(img, R.coverage(cloud), CLOUD_WHITE[None] + (CLOUD_DARK - CLOUD_WHITE)[None] * f[:, 3:4])
    # the spire on top of the tower
    h = R.col(3.0 + 22.0 * f[:, 0])
    spire = np.maximum(np.abs(x - TOWER_X) * h / SPIRE_HW + (TOWER_TOP - y) - h, y - TOWER_TOP - 0.5)
    spire = spire / np.sqrt(1.0 + (h / SPIRE_HW) ** 2)
    R.over(img, R.coverage(spire), SPIRE)
    R.over(img, R.coverage(np.maximum(spire, x - TOWER_X)), SPIRE_LIT)  # its lit left face
    # the fixed chapel, over the sky
    img *= 1.0 - BACKGROUND[3]
    img += BACKGROUND[:3]  # (drawn over black, so already weighted by its coverage)
    # the rose window: eight panes of coloured glass between lead spokes and a ring
    u, v = x - ROSE_X, y - ROSE_Y
    rho = np.hypot(u, v)
    glass = R.hsv(f[:, 2], 0.85, 0.92)
    R.over(img, np.broadcast_to(R.coverage(rho - ROSE_R), (n, R.SIZE, R.SIZE)), glass)
    ang = np.arctan2(v, u)
    spokes = np.abs(np.sin(4.0 * ang)) * rho / 4.0 - 0.35  # roughly, the distance to eight spokes
    lead = np.maximum(np.minimum(np.minimum(spokes, np.abs(rho - 0.45 * ROSE_R) - 0.5), rho - 1.2), rho - ROSE_R)
    R.over(img, np.broadcast_to(R.coverage(lead), (n, R.SIZE, R.SIZE)), LEAD)
    # the arched door: the lit inside, and the two leaves folding back to the sides
    spring = DOOR_TOP + DOOR_HW
    door = np.minimum(R.edges_sdf(x, y, DOOR_X - DOOR_HW, DOOR_X + DOOR_HW, spring, GROUND_Y),
                      np.hypot(x - DOOR_X, y - spring) - DOOR_HW)
    R.over(img, np.broadcast_to(R.coverage(door - 1.0), (n, R.SIZE, R.SIZE)), SLATE)  # the door frame
    R.over(img, np.broadcast_to(R.coverage(door), (n, R.SIZE, R.SIZE)), CANDLE)
    leaf = R.col(DOOR_HW - (DOOR_HW - 1.0) * f[:, 1])  # each leaf's width
    leaves = np.maximum(door, np.minimum(x - (DOOR_X - DOOR_HW) - leaf, (DOOR_X + DOOR_HW) - leaf - x))
    R.over(img, R.coverage(leaves), WOOD)
    return R.to_uint8(img)


def render(spire_height: float, door_open: float, glass_hue: float, overcast: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[spire_height, door_open, glass_hue, overcast]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("chapel", arg, n, seed, FACTORS, sample_factors, _draw)
