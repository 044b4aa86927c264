"""`cidermill`: a wooden screw press in a cider mill, a glass jar of cider, barrels and a
basket of apples, seen from the front (64x64 RGB).

Against a whitewashed wall over a flagstone floor stands the press at the left: two dark
wooden posts joined by a crossbeam, an iron screw coming down through the beam to a
pressing board, and under the board a stack of crushed apple pulp in straw layers on a
wooden tray. The board comes down on the pulp, squeezing the stack shorter. To its right a big
round glass jar with a cork stands on the floor, filled to some level with amber cider. At the
right, barrels with dark hoops stand by the wall, the third one on top of the first two. In
front of the press is a wicker basket heaped with apples. Factors: how far the press's board is
screwed down (raised to pressed hard on the pulp), how full the jar of cider is (empty to
full), how many barrels there are (1 to 3) and which apples fill the basket (red, green or
golden). The wall, the floor, the press's frame, the jar and the basket stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("press_down", "how far the press's board is screwed down (raised to pressed)", "continuous"),
    Factor("cider_level", "how full the glass jar of cider is (empty to full)", "continuous"),
    Factor("barrels", "how many barrels stand by the wall", "categorical", ("1", "2", "3")),
    Factor("apples", "which apples fill the basket", "categorical", ("red", "green", "golden")),
)
# press_down: 0..1 lowers the board's bottom from y = 18 to 33 px (the pulp reaches up to it from
# the tray at y = 41 px); cider_level: 0..1 raises the cider's surface from the jar's bottom
# (y = 45 px, empty) to the foot of its neck (y = 29 px); barrels: codes 0..2 are 1..3 barrels (bottom
# left, bottom right, on top); apples: codes 0..2 are the names in order
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 2.0), (0.0, 2.0))
WALL, FLOOR, FLAG_JOINT = (0.88, 0.85, 0.77), (0.5, 0.46, 0.42), (0.32, 0.29, 0.27)
POST, BOARD, IRON, PULP, STRAW = (0.34, 0.21, 0.11), (0.58, 0.4, 0.22), (0.2, 0.2, 0.22), \
    (0.62, 0.46, 0.18), (0.86, 0.76, 0.42)
GLASS, GLASS_EDGE, CIDER, CORK = (0.74, 0.82, 0.8), (0.36, 0.46, 0.44), (0.86, 0.52, 0.08), (0.66, 0.5, 0.3)
STAVE, HOOP, WICKER = (0.55, 0.34, 0.16), (0.16, 0.14, 0.13), (0.6, 0.45, 0.22)
APPLES = np.array(((0.8, 0.08, 0.1), (0.24, 0.6, 0.12), (1.0, 0.84, 0.2)))
FLOOR_Y = 46.0
POST_X = (4.0, 25.0)  # the press's posts, 3 px wide
TRAY_Y, BOARD_TOP, BOARD_DROP = 41.0, 18.0, 15.0
JAR_X, JAR_Y, JAR_R = 36.0, 37.0, 9.0  # the jar's round body
BARRELS = ((48.5, 37.5), (58.5, 37.5), (53.5, 22.5))  # the barrels' middles, in the order they appear
BARREL_RX, BARREL_RY = 5.0, 7.5
APPLE_SPOTS = ((5.5, 48.5), (11.5, 48.0), (17.5, 48.0), (23.5, 48.5), (8.5, 43.5), (14.5, 43.0), (20.5, 43.5),
               (11.5, 38.5), (17.5, 38.5))


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, WALL)
    img -= (0.03 * np.sin(x * 0.4 + y * 0.3) * np.sin(y * 0.7))[:, None]  # uneven whitewash
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    joints = np.minimum(np.abs((y % 6.0) - 0.5), np.abs(((x + 5.0 * np.floor(y / 6.0)) % 11.0) - 0.5)) - 0.4
    R.over(img, 0.8 * R.coverage(joints) * R.below(FLOOR_Y, 1), FLAG_JOINT)
    # the press's frame: posts, crossbeam, tray and the tray's legs
    posts = np.minimum(R.edges_sdf(x, y, POST_X[0] - 1.5, POST_X[0] + 1.5, 6.0, FLOOR_Y),
                       R.edges_sdf(x, y, POST_X[1] - 1.5, POST_X[1] + 1.5, 6.0, FLOOR_Y))
    beam = R.edges_sdf(x, y, 1.0, 28.0, 6.0, 10.0)
    R.over(img, R.coverage(np.minimum(posts, beam)), POST)
    tray = R.edges_sdf(x, y, 3.0, 26.0, TRAY_Y, TRAY_Y + 2.5)
    R.over(img, R.coverage(tray), BOARD)
    R.over(img, R.coverage(np.abs(y - TRAY_Y - 2.8) - 0.3) * R.coverage(tray - 1.0), POST)
    return img[0]


BACKGROUND = _background()


def _jar_shape(x, y):
    body = np.hypot(x - JAR_X, y - JAR_Y) - JAR_R
    neck = R.edges_sdf(x, y, JAR_X - 2.8, JAR_X + 2.8, JAR_Y - JAR_R - 6.0, JAR_Y)
    return np.minimum(body, neck)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the press: the pulp stack from the tray up to the board, the board and the screw above it
    bottom = R.col(BOARD_TOP + BOARD_DROP * f[:, 0])
    stack = R.edges_sdf(x, y, 6.0, 23.0, bottom, TRAY_Y)
    R.over(img, R.coverage(stack), PULP)
    layers = np.abs(((y - TRAY_Y) % 4.0) - 2.0) - 0.5
    R.over(img, R.coverage(np.maximum(stack, layers)), STRAW)
    board = R.edges_sdf(x, y, 5.0, 24.0, bottom - 4.0, bottom)
    R.over(img, R.coverage(board), BOARD)
    R.over(img, R.coverage(np.maximum(board + 0.1, np.abs(y - bottom + 2.0) - 0.4)), POST)
    screw = R.edges_sdf(x, y, 13.0, 16.0, 3.0, bottom - 4.0)
    R.over(img, R.coverage(screw), IRON)
    thread = np.abs(((y + (x - 14.5) * 0.6) % 2.5) - 1.25) - 0.35
    R.over(img, 0.6 * R.coverage(np.maximum(screw, thread)), (0.5, 0.5, 0.52))
    R.over(img, R.coverage(R.edges_sdf(x, y, 7.0, 22.0, 1.5, 4.0)), IRON)  # the screw's handle bar
    # the jar: glass, cider up to its level, outline, highlight and cork
    jar = _jar_shape(x, y)
    R.over(img, R.coverage(jar), GLASS)
    level = R.col(JAR_Y + JAR_R - 1.0 - (JAR_R * 2 - 2.0) * f[:, 1])
    R.over(img, R.coverage(np.maximum(jar + 0.8, level - y)), CIDER)
    some = np.minimum(R.col(f[:, 1]) * 20.0, 1.0)  # the surface's bright line, once there is any cider
    R.over(img, some * R.coverage(np.maximum(jar + 0.8, np.abs(y - level) - 0.5)), (0.98, 0.78, 0.38))
    R.over(img, R.coverage(np.abs(jar + 0.6) - 0.6), GLASS_EDGE)
    shine = np.maximum(np.abs(np.hypot(x - JAR_X, y - JAR_Y) - JAR_R + 3.0) - 0.7, x - JAR_X + 3.0)
    R.over(img, 0.7 * R.coverage(np.maximum(shine, y - JAR_Y)), (1.0, 1.0, 1.0))
    R.over(img, R.coverage(R.edges_sdf(x, y, JAR_X - 2.2, JAR_X + 2.2, JAR_Y - JAR_R - 9.0, JAR_Y - JAR_R - 5.0)),
           CORK)
    # the barrels: staves, two dark hoops and a dark rim
    count = R.col(f[:, 2] + 1)
    for k, (bx, by) in enumerate(BARRELS):
        on = (count > k).astype(np.float32)
        u, v = (x - bx) / BARREL_RX, (y - by) / BARREL_RY
        barrel = np.maximum(np.abs(u) * BARREL_RX - BARREL_RX * (1.0 - 0.22 * v * v), np.abs(y - by) - BARREL_RY)
        R.over(img, on * R.coverage(barrel), STAVE)
        staves = np.abs(((x - bx) * (1.0 + 0.2 * v * v) % 2.5) - 1.25) - 0.3
        R.over(img, 0.5 * on * R.coverage(np.maximum(barrel, staves)), HOOP)
        hoops = np.minimum(np.abs(np.abs(y - by) - 4.2) - 0.8, np.abs(barrel + 0.5) - 0.5)
        R.over(img, on * R.coverage(np.maximum(barrel, hoops)), HOOP)
    # the basket of apples in front of the press
    colour = APPLES[f[:, 3].astype(int)]
    apples = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    for ax, ay in APPLE_SPOTS:
        np.minimum(apples, np.hypot(x - ax, y - ay) - 3.6, out=apples)
    R.over(img, R.coverage(apples), colour)
    R.over(img, R.coverage(np.abs(apples + 0.4) - 0.4), colour * 0.55)
    for ax, ay in APPLE_SPOTS:
        R.over(img, 0.8 * R.coverage(np.hypot(x - ax + 1.2, y - ay + 1.2) - 0.9), (1.0, 1.0, 0.95))
    basket = np.maximum(R.ellipse_sdf(x - 14.5, y - 50.0, 12.5, 10.0), 50.0 - y)
    R.over(img, R.coverage(basket), WICKER)
    weave = np.minimum(np.abs((y % 3.0) - 1.5) - 0.4, np.abs(((x + np.floor(y / 3.0) * 2.0) % 4.0) - 2.0) - 0.4)
    R.over(img, 0.6 * R.coverage(np.maximum(basket, weave)), POST)
    R.over(img, R.coverage(R.edges_sdf(x, y, 1.5, 27.5, 49.0, 51.5)), POST)  # the basket's rim
    return R.to_uint8(img)


def render(press_down: float, cider_level: float, barrels: float, apples: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[press_down, cider_level, barrels, apples]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("cidermill", arg, n, seed, FACTORS, sample_factors, _draw)
