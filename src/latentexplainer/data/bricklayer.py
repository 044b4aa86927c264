"""`bricklayer`: a bricklayer building a garden wall on a building site, trowel in hand, seen from the
front (64x64 RGB).

A pale blue sky with two small clouds fills the upper part of the image, a yellow tower crane
standing far off on the right; the ground is a band of brown earth along the bottom. On the left a
new brick wall rises from a concrete footing between two wooden profile posts with a red line
stretched between their tops: courses of bricks laid in stretcher bond, every other course shifted
by half a brick, each brick a little lighter or darker, with pale mortar joints. On the right the
bricklayer stands on the earth facing the wall: dark boots, blue overalls over an orange shirt, a
yellow hard hat; one arm reaches out towards the wall, a grey steel trowel in his hand. Factors:
how many courses of bricks have been laid (1 to 5), where the bricklayer stands (left to right),
how high he holds up his trowel arm (pointing down to the ground to raised high) and the colour of
the bricks (pale yellow through red to dark brown). The sky, the crane, the ground, the footing,
the posts and the bricklayer's size stay fixed; the bricklayer always stands inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("courses", "how many courses of bricks have been laid (1 to 5)", "categorical",
           ("1", "2", "3", "4", "5")),
    Factor("worker_x", "where the bricklayer stands (left to right)", "continuous"),
    Factor("arm_raise", "how high the bricklayer holds up his trowel arm (down to raised)", "continuous"),
    Factor("brick_colour", "colour of the bricks (pale yellow through red to dark brown)", "continuous"),
)
# courses: a code 0..4 for 1..5 courses, each 5 px tall, stacked up from the footing at y = 53 px;
# worker_x: 0..1 puts the middle of the bricklayer's body at x = 44..56 px; arm_raise: -1.1..1.1
# radians of his arm (12 px from the shoulder to the hand) above the level, reaching to the left;
# brick_colour: 0..1 blends the bricks from yellow (0.88, 0.74, 0.46) through red (0.74, 0.3, 0.2)
# to dark brown (0.36, 0.2, 0.2)
RANGES = ((0.0, 4.0), (0.0, 1.0), (-1.1, 1.1), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.48, 0.68, 0.92)), np.array((0.8, 0.87, 0.95))
EARTH, STONES, CONCRETE, MORTAR = (0.46, 0.36, 0.25), (0.36, 0.28, 0.2), (0.66, 0.66, 0.64), (0.84, 0.82, 0.76)
CLOUD, CRANE, POST = (0.97, 0.97, 0.98), (0.9, 0.72, 0.3), (0.72, 0.56, 0.34)
OVERALLS, SLEEVE, SKIN, HAT, BOOT, TROWEL = (0.2, 0.3, 0.6), (0.95, 0.5, 0.15), (0.9, 0.72, 0.58), \
    (0.98, 0.82, 0.12), (0.16, 0.13, 0.1), (0.42, 0.44, 0.5)
YELLOW, RED, BROWN = np.array((0.88, 0.74, 0.46)), np.array((0.74, 0.3, 0.2)), np.array((0.36, 0.2, 0.2))
GROUND_Y, FOOT_Y, COURSE = 55.0, 53.0, 6.0
WALL_L, WALL_R, BRICK = 6.0, 38.0, 8.0
FEET_Y, SHOULDER_Y, ARM = 58.0, 31.0, 12.0


def _scene():
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, GROUND_Y)[None].copy()
    # two clouds, and a tower crane far off on the right
    for cx, cy, rx in ((12.0, 9.0, 7.0), (34.0, 14.0, 5.0)):
        puff = np.minimum(R.ellipse_sdf(x - cx, y - cy, rx, 2.2),
                          R.ellipse_sdf(x - cx + 1.5, y - cy + 1.8, 0.55 * rx, 2.0))
        R.over(img, R.coverage(puff), CLOUD)
    crane = np.minimum(R.edges_sdf(x, y, 56.5, 58.5, 6.0, GROUND_Y), R.edges_sdf(x, y, 40.0, 63.0, 6.0, 7.5))
    crane = np.minimum(crane, R.segment_sdf(x, y, 57.5, 2.0, 44.0, 6.0) - 0.4)
    crane = np.minimum(crane, np.maximum(np.abs(x - 45.0) - 0.3, np.abs(y - 11.0) - 3.5))
    R.over(img, 0.75 * R.coverage(crane), CRANE)
    R.over(img, R.below(GROUND_Y, 1), EARTH)
    stones = np.abs(np.sin(x * 1.7 + np.floor(y / 2.0) * 2.3)) - 0.15 + 3.0 * np.abs(((y - GROUND_Y) % 3.0) - 1.5) - 3.6
    R.over(img, 0.7 * R.coverage(np.maximum(stones, GROUND_Y + 1.0 - y)), STONES)
    # the footing and the two profile posts with a line stretched between them
    R.over(img, R.coverage(R.edges_sdf(x, y, WALL_L - 2.0, WALL_R + 2.0, FOOT_Y, GROUND_Y + 1.0)), CONCRETE)
    posts = np.minimum(R.edges_sdf(x, y, WALL_L - 4.0, WALL_L - 2.0, 16.0, GROUND_Y + 1.0),
                       R.edges_sdf(x, y, WALL_R + 2.0, WALL_R + 4.0, 16.0, GROUND_Y + 1.0))
    R.over(img, R.coverage(posts), POST)
    R.over(img, 0.8 * R.coverage(np.maximum(np.abs(y - 17.5) - 0.3, np.abs(x - 22.0) - 16.0)), (0.95, 0.3, 0.2))
    return img[0]


SCENE = _scene()


def _bricks():
    """Each pixel's course (0 from the bottom; -1 off the wall), the mortar joints' coverage and a
    little shade per brick."""
    x, y = R.grid()
    x, y = np.broadcast_arrays(x[0], y[0])
    course = np.floor((FOOT_Y - y) / COURSE)
    inside = (x >= WALL_L) & (x <= WALL_R) & (y < FOOT_Y) & (course < 5)
    shift = (course % 2) * BRICK / 2
    joints = np.minimum(np.abs(((FOOT_Y - y) % COURSE) - 0.5), np.abs(((x - WALL_L + shift) % BRICK) - 0.5))
    brick_id = np.floor((x - WALL_L + shift) / BRICK) + 7 * course
    shade = 1.0 + 0.08 * np.sin(brick_id * 12.9898) * np.sin(brick_id * 4.1414)
    return np.where(inside, course, -1.0).astype(np.float32), R.coverage(joints - 0.45), shade.astype(np.float32)


COURSE_OF, JOINTS, BRICK_SHADE = _bricks()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the wall: the courses laid so far, each brick a little lighter or darker, mortar between
    c = f[:, 3:4]
    colour = np.where(c < 0.5, YELLOW + (RED - YELLOW) * 2 * c, RED + (BROWN - RED) * (2 * c - 1)).astype(np.float32)
    laid = ((COURSE_OF >= 0) & (COURSE_OF <= R.col(f[:, 0]))).astype(np.float32)
    R.over(img, laid, colour[:, :, None, None] * BRICK_SHADE)
    R.over(img, laid * JOINTS, MORTAR)
    # the bricklayer: boots, legs, body, the far arm, head and hard hat, the trowel arm
    bx = R.col(44.0 + 12.0 * f[:, 1])
    legs = np.minimum(R.segment_sdf(x, y, bx - 2.0, 44.0, bx - 2.5, FEET_Y - 2.0),
                      R.segment_sdf(x, y, bx + 2.0, 44.0, bx + 2.5, FEET_Y - 2.0)) - 1.6
    body = R.box_sdf(x - bx, y - 37.5, 3.0, 7.0) - 1.5
    R.over(img, R.coverage(np.minimum(legs, body)), OVERALLS)
    boots = np.minimum(R.ellipse_sdf(x - bx + 3.5, y - FEET_Y + 1.2, 2.6, 1.4),
                       R.ellipse_sdf(x - bx - 2.5, y - FEET_Y + 1.2, 2.6, 1.4))
    R.over(img, R.coverage(boots), BOOT)
    R.over(img, R.coverage(R.segment_sdf(x, y, bx + 3.0, SHOULDER_Y, bx + 4.0, 41.0) - 1.4), SLEEVE)
    R.over(img, R.coverage(np.hypot(x - bx, y - 25.0) - 3.6), SKIN)
    hat = np.maximum(np.hypot(x - bx, y - 24.5) - 4.2, y - 24.0)
    hat = np.minimum(hat, R.edges_sdf(x, y, bx - 5.2, bx + 5.2, 23.2, 24.4))
    R.over(img, R.coverage(hat), HAT)
    a = R.col(f[:, 2])
    sx = bx - 3.0
    hx, hy = sx - ARM * np.cos(a), SHOULDER_Y - ARM * np.sin(a)
    R.over(img, R.coverage(R.segment_sdf(x, y, sx, SHOULDER_Y, hx, hy) - 2.0), SLEEVE)
    R.over(img, R.coverage(np.hypot(x - hx, y - hy) - 1.5), SKIN)
    # the trowel: a short handle, then a diamond blade, pointing on along the arm
    ux, uy = -np.cos(a), -np.sin(a)
    along = (x - hx) * ux + (y - hy) * uy
    across = -(x - hx) * uy + (y - hy) * ux
    blade = (np.abs(across) * 4.0 + np.abs(along - 6.0) * 2.8 - 4.0 * 2.8) / np.hypot(4.0, 2.8)
    R.over(img, R.coverage(np.minimum(blade, np.maximum(np.abs(across) - 0.6, np.abs(along - 1.5) - 1.5))), TROWEL)
    return R.to_uint8(img)


def render(courses: float, worker_x: float, arm_raise: float, brick_colour: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[courses, worker_x, arm_raise, brick_colour]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("bricklayer", arg, n, seed, FACTORS, sample_factors, _draw)
