"""`pagoda`: a tiered pagoda on a stone platform among pine and broadleaf trees, with
mountains behind it (64x64 RGB).

The pagoda stands on a grey stone platform of two steps on a grassy slope. Each storey is a
cream plastered wall framed by red timber posts and a lintel, with a dark doorway (on the
ground storey) or a small dark window in its middle, under a wide tiled roof whose eaves
curve up at their tips; each storey is narrower than the one below it, the top roof rises to a
point, and a golden spire with two rings crowns it. Dark conical pines and rounded broadleaf
trees grow on both sides behind it, two more stand nearer at the bottom corners of the image,
and blue mountains rise behind them under a sky that is paler towards the horizon. Factors:
how many storeys the pagoda has (3 to 6, sharing the same overall height, so that more storeys
are each lower), where it stands among the trees (left to right), the hue of its roofs' tiles
(red through yellow and green to blue and purple) and how thick the mist lies over the scene
(clear to misty; thickest low down, over the trees and the pagoda's lower storeys, and only a
faint haze high up). The pagoda's height and width, its walls, the trees, the mountains and the
sky stay fixed; the whole pagoda always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("storeys", "how many storeys (tiers of roof) the pagoda has", "categorical", ("3", "4", "5", "6")),
    Factor("pagoda_x", "horizontal position of the pagoda among the trees (left to right)", "continuous"),
    Factor("roof_hue", "hue of the tiles on the pagoda's roofs", "continuous"),
    Factor("mist", "how thick the mist over the scene is, thickest low down (clear to misty)", "continuous"),
)
# storeys: code c is c + 3 storeys sharing the 40 px from the platform at y = 53 px up to the
# spire's foot (each storey half wall, half roof; the walls narrowing from 9 to 4 px half-width);
# pagoda_x: 0..1 puts its middle at x = 24..40 px;
# roof_hue: 0..0.8 of the colour wheel (no wrap); mist: 0..1 is a pale haze over everything,
# of opacity 0.8 times it at the bottom of the image fading to 0.12 times it at the top
RANGES = ((0.0, 0.0), (0.0, 1.0), (0.0, 0.8), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.48, 0.66, 0.88)), np.array((0.9, 0.88, 0.82))
MOUNTAIN, MOUNTAIN_FAR = (0.42, 0.5, 0.62), (0.6, 0.67, 0.76)
GRASS, GRASS_DARK, STONE, STONE_DARK = (0.34, 0.5, 0.22), (0.25, 0.4, 0.17), (0.62, 0.6, 0.56), (0.42, 0.41, 0.4)
PINE, BROADLEAF, TRUNK = (0.1, 0.3, 0.16), (0.2, 0.42, 0.16), (0.3, 0.2, 0.12)
PLASTER, TIMBER, DOORWAY = (0.9, 0.85, 0.74), (0.66, 0.17, 0.11), (0.14, 0.08, 0.07)
GOLD, MIST = (0.92, 0.74, 0.25), (0.88, 0.89, 0.9)
GROUND_Y, BASE_Y, HEIGHT, SPIRE = 50.0, 53.0, 40.0, 8.0  # the storeys fill HEIGHT px above BASE_Y
WALL_HW, TOP_HW, EAVE = 9.0, 4.0, 3.0  # the lowest and the top wall's half-widths; the eaves' reach (and 0.15 storey)
PLATFORM_HW = 13.0
# trees: (x, ground y, half-width, height, kind 0 pine / 1 broadleaf); TREES behind the pagoda, FRONT before it
TREES = ((3.0, 48.0, 5.0, 22.0, 0), (11.0, 50.0, 5.0, 15.0, 1), (55.0, 49.0, 5.5, 17.0, 1),
         (62.0, 47.0, 4.5, 24.0, 0), (47.0, 47.0, 3.5, 14.0, 0), (18.0, 46.0, 3.0, 11.0, 0))
FRONT = ((2.0, 66.0, 7.0, 16.0, 1), (61.0, 66.0, 6.0, 19.0, 0))
ROWS, COLUMNS = (4, 58), (8, 56)  # the rows and columns the pagoda can reach


def _trees(img, x, y, trees):
    """Draw trees on ``img``; on a 4-channel image the fourth channel gathers their coverage."""
    extra = (1.0,) if img.shape[1] == 4 else ()
    for tx, ty, hw, h, kind in trees:
        R.over(img, R.coverage(R.edges_sdf(x, y, tx - 0.8, tx + 0.8, ty - h * 0.4, ty)), TRUNK + extra)
        if kind == 0:  # a pine: three stacked cones, each wider and lower than the one above
            d = np.full(np.broadcast(x, y).shape, np.inf, np.float32)
            for k in range(3):
                top, bottom, w = ty - h + k * h * 0.25, ty - h * 0.55 + k * h * 0.2, hw * (0.6 + 0.2 * k)
                s = (bottom - top) / w
                np.minimum(d, np.maximum((np.abs(x - tx) * s - (y - top)) / np.hypot(1.0, s), y - bottom), out=d)
            R.over(img, R.coverage(d), PINE + extra)
        else:  # a broadleaf tree: a cluster of round clumps, with darker leafy shadows
            d = np.minimum(R.ellipse_sdf(x - tx, y - (ty - h * 0.62), hw, h * 0.36),
                           np.minimum(np.hypot(x - tx + hw * 0.5, y - (ty - h * 0.45)) - hw * 0.6,
                                      np.hypot(x - tx - hw * 0.55, y - (ty - h * 0.5)) - hw * 0.6))
            R.over(img, R.coverage(d), BROADLEAF + extra)
            leafy = R.coverage(2 * (np.abs(np.sin(x * 1.6) * np.sin(y * 1.4)) - 0.6))
            R.over(img, 0.5 * R.coverage(d) * leafy, PINE + extra)


def _layers() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The scene behind the pagoda, and the trees in front of it: premultiplied colour and coverage."""
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, 40.0)[None].copy()
    far = 27.0 + 5.0 * np.sin(x * 0.11 + 1.0) + 2.0 * np.sin(x * 0.37)
    R.over(img, R.coverage(far - y), MOUNTAIN_FAR)
    near = 36.0 - 6.0 * np.exp(-((x - 46.0) / 9.0) ** 2) + 1.5 * np.sin(x * 0.5)
    R.over(img, R.coverage(near - y), MOUNTAIN)
    _trees(img, x, y, TREES)
    slope = GROUND_Y - 0.06 * (x - 32.0) - 1.2 * np.sin(x * 0.2)
    R.over(img, R.coverage(slope - y), GRASS)
    R.over(img, R.coverage(slope - y) * R.coverage(4 * (np.abs(np.sin(x * 2.3 + y * 1.1)) - 0.8)), GRASS_DARK)
    front = np.zeros((1, 4, R.SIZE, R.SIZE), np.float32)
    _trees(front, x, y, FRONT)
    return img[0], front[0, :3], front[0, 3]


SCENE, FRONT_RGB, FRONT_ALPHA = _layers()
_, _Y = R.grid()
HAZE = (0.12 + 0.68 * (_Y[0] / R.SIZE) ** 1.5) * np.ones((1, R.SIZE), np.float32)  # the mist's opacity


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    count, sx = R.col(f[:, 0] + 3), R.col(24 + 16 * f[:, 1])
    c0, c1 = COLUMNS
    r0, r1 = ROWS
    part, yr = img[:, :, r0:r1, c0:c1], y[:, r0:r1]
    u = x[:, :, c0:c1] - sx
    # the platform: two stone steps
    step = np.minimum(R.edges_sdf(u, yr, -PLATFORM_HW + 2, PLATFORM_HW - 2, BASE_Y, BASE_Y + 2),
                      R.edges_sdf(u, yr, -PLATFORM_HW, PLATFORM_HW, BASE_Y + 2, BASE_Y + 4.5))
    R.over(part, R.coverage(step), STONE)
    R.over(part, R.coverage(np.maximum(step, -step - 0.8)), STONE_DARK)
    # the storeys share the pagoda's height: each pixel's storey k (0 at the bottom), its height
    # t above that storey's floor, the storey's wall half-width and the next one's
    sh = HEIGHT / count
    s = (BASE_Y - yr) / sh
    k = np.floor(s)
    t = (s - k) * sh
    on = (k >= 0) & (k < count)
    taper = (WALL_HW - TOP_HW) / (count - 1)
    ww = WALL_HW - taper * k
    above = np.where(k + 1 < count, ww - taper + 0.4, 0.6)  # the roof's top: the next wall, or a point
    wall_h = 0.5 * sh
    wall = np.where(on, np.maximum(np.abs(u) - ww, np.maximum(-t, t - wall_h)), np.inf)
    R.over(part, R.coverage(wall), PLASTER)
    beams = np.maximum(wall, -np.minimum(np.abs(u) - ww + 1.0, wall_h - 1.0 - t))  # the posts and lintel
    R.over(part, R.coverage(beams), TIMBER)
    door = np.where(on, np.maximum(np.abs(u) - 1.4, np.maximum(np.where(k == 0, -t, 0.15 * sh - t),
                                                              t - 0.36 * sh)), np.inf)
    R.over(part, R.coverage(door), DOORWAY)
    eave = EAVE + 0.15 * sh
    hw = ww + eave + (above - ww - eave) * np.clip((t - wall_h) / (sh - wall_h), 0.0, 1.0)
    lift = 0.3 * sh * np.clip((np.abs(u) - ww) / eave, 0.0, 1.0) ** 2  # the eaves curve up at their tips
    tiles = np.where(on, np.maximum(np.abs(u) - hw, np.maximum(wall_h - 0.5 + lift - t, t - sh)), np.inf)
    R.over(part, R.coverage(tiles), R.hsv(f[:, 2], 0.7, 0.75))
    R.over(part, R.coverage(np.maximum(tiles, t - (wall_h + 0.6 + lift))), R.hsv(f[:, 2], 0.75, 0.45))
    # the spire on the top roof: a golden mast with two rings
    peak = BASE_Y - HEIGHT
    spire = np.minimum(np.maximum(np.abs(u) - 0.7, np.maximum(peak - SPIRE - yr, yr - peak - 0.5)),
                       np.minimum(R.ellipse_sdf(u, yr - (peak - 2.5), 2.2, 0.8),
                                  R.ellipse_sdf(u, yr - (peak - 5.0), 1.7, 0.7)))
    R.over(part, R.coverage(spire), GOLD)
    img *= 1.0 - FRONT_ALPHA
    img += FRONT_RGB
    img = R.over(img, R.col(f[:, 3]) * HAZE, MIST)
    return R.to_uint8(img)


def render(storeys: float, pagoda_x: float, roof_hue: float, mist: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[storeys, pagoda_x, roof_hue, mist]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("pagoda", arg, n, seed, FACTORS, sample_factors, _draw)
