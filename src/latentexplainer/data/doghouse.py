"""`doghouse`: a wooden dog kennel on the lawn of a back garden, with a dog lying in front of
it, seen from the side (64x64 RGB).

A fence of upright wooden boards runs across the garden behind, under the sky; the lawn
fills the lower part of the image. The kennel stands on the lawn, seen from the front: walls
of tan planks, a gable under a pitched roof of two painted boards that overhang the walls, a
small pale name plate in the gable and an arched dark doorway. In the foreground on the right
a dog lies on the grass facing right, its head raised, with a floppy ear, a lighter snout, a
black nose and eye, its front legs stretched forward and its tail behind. Factors: where the
kennel stands along the lawn (left to right; the dog stays where it is, in front of the kennel
when the kennel stands on the right), the size of the kennel, the hue of its roof (red through
yellow and green to blue), the dog's coat (white, golden, black or white with black spots) and
the daylight (dusk, with a dark purple and orange sky and the whole garden dimmed, to bright
midday under a blue sky). The fence, the lawn, the dog's pose and size and the kennel's walls
stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("kennel_x", "where the kennel stands along the lawn (left to right)", "continuous"),
    Factor("kennel_size", "size of the dog's kennel (small to large)", "continuous"),
    Factor("roof_hue", "hue of the kennel's roof (red through yellow and green to blue)", "continuous"),
    Factor("dog_coat", "colour of the dog's coat (white, golden, black or spotted)", "categorical",
           ("white", "golden", "black", "spotted")),
    Factor("daylight", "the daylight in the garden (dusk to bright midday)", "continuous"),
)
# kennel_x: 0..1 puts the kennel's middle at x = 20..44 px; kennel_size: 0..1 is a kennel
# 18..30 px wide (its walls 0.72 times as high, the gable's peak half its width above them),
# standing on the lawn at y = 50 px; roof_hue: 0..0.65 of the colour wheel (no wrap);
# dog_coat: codes 0..3 in the order of the categories; daylight: 0..1 blends the sky from dusk
# to day and scales the brightness of everything under it from 0.55 to 1
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 0.65), (0, 3), (0.0, 1.0))
DUSK_TOP, DUSK_BOTTOM = np.array((0.22, 0.18, 0.36)), np.array((0.88, 0.5, 0.32))
DAY_TOP, DAY_BOTTOM = np.array((0.34, 0.58, 0.92)), np.array((0.72, 0.86, 0.97))
FENCE, FENCE_GAP, LAWN = (0.55, 0.42, 0.3), (0.3, 0.22, 0.15), np.array((0.32, 0.6, 0.22))
WALL, PLANK_LINE, DOORWAY, PLATE = (0.78, 0.6, 0.38), (0.55, 0.4, 0.24), (0.09, 0.07, 0.06), (0.95, 0.9, 0.7)
COATS = np.array(((0.95, 0.94, 0.9), (0.9, 0.6, 0.2), (0.13, 0.12, 0.11), (0.95, 0.94, 0.9)))
EARS = np.array(((0.8, 0.74, 0.66), (0.66, 0.4, 0.12), (0.05, 0.05, 0.05), (0.12, 0.11, 0.1)))
SNOUTS = np.array(((0.99, 0.98, 0.96), (0.97, 0.8, 0.5), (0.32, 0.3, 0.28), (0.99, 0.98, 0.96)))
BLACK = (0.05, 0.04, 0.04)
FENCE_TOP, FENCE_BOTTOM, GROUND = 22.0, 42.0, 50.0
SPOTS = ((30.0, 55.0, 2.6), (37.0, 58.5, 2.4), (43.0, 54.5, 2.2), (48.5, 58.0, 2.0), (24.5, 58.0, 2.2),
         (52.5, 52.0, 1.6), (56.0, 60.2, 1.5))  # the spotted coat's patches: x, y, radius


def _garden() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The fence and the lawn in full daylight (3, H, W), their coverage (H, W) (the sky shows
    through the rest) and the sky's blend from its top to its bottom colour (H, 1)."""
    x, y = R.grid()
    img = R.canvas(1, FENCE)
    boards = np.abs(((x + 2.0) % 7.0) - 0.5) - 0.6
    R.over(img, R.coverage(boards), FENCE_GAP)
    img += (0.04 * np.sin(y * 1.7 + x * 0.4) * np.sin(x * 2.3))[:, None]  # the boards' grain
    R.over(img, R.coverage(np.abs(y - 27.0) - 0.9), FENCE_GAP)  # the rail
    tufts = 0.06 * np.sin(x * 2.1 + 3.0 * np.sin(y * 0.9)) * np.sin(y * 2.7)
    lawn = LAWN[:, None, None] * (1.0 + 0.1 * (y - FENCE_BOTTOM) / 22.0 + tufts)
    ground = R.below(FENCE_BOTTOM, 1)[:, None]
    img += (lawn[None] - img) * ground
    top = FENCE_TOP - 1.5 * R.coverage(np.abs(((x + 2.0) % 7.0) - 3.5) - 2.0)  # the boards' rounded tops
    alpha = R.coverage(top - y)
    t = np.clip((np.arange(R.SIZE, dtype=np.float32) + 0.5) / FENCE_TOP, 0.0, 1.0)[:, None]
    return img[0], np.broadcast_to(alpha, (1, R.SIZE, R.SIZE))[0].astype(np.float32), t


GARDEN, GARDEN_ALPHA, SKY_T = _garden()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    d = f[:, 4:5]
    light = (0.55 + 0.45 * d).astype(np.float32)  # (n, 1)
    top = DUSK_TOP[None] + (DAY_TOP - DUSK_TOP)[None] * d
    bottom = DUSK_BOTTOM[None] + (DAY_BOTTOM - DUSK_BOTTOM)[None] * d
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = (top[:, :, None, None] + (bottom - top)[:, :, None, None] * SKY_T[None, None]).astype(np.float32)
    img += (GARDEN[None] * light[:, :, None, None] - img) * GARDEN_ALPHA
    # the kennel: walls, gable, roof boards, name plate and doorway
    cx, w = R.col(20 + 24 * f[:, 0]), R.col(18 + 12 * f[:, 1])
    wall_top = GROUND - 0.72 * w
    peak = wall_top - 0.5 * w
    walls = R.edges_sdf(x, y, cx - w / 2, cx + w / 2, wall_top, GROUND)
    # the gable: a triangle on the walls under the roof, its sides at 45 degrees
    gable = np.maximum((peak + np.abs(x - cx) - y) / np.sqrt(2.0), y - wall_top - 1.0)
    house = np.minimum(walls, gable)
    R.over(img, R.coverage(house), np.array(WALL)[None] * light)
    planks = np.abs(((x - cx + 200.0) % 4.0) - 2.0) - 0.35
    R.over(img, 0.7 * R.coverage(np.maximum(planks, house)), np.array(PLANK_LINE)[None] * light)
    ex = w / 2 + 3.0
    roof = np.minimum(R.segment_sdf(x, y, cx, peak - 1.0, cx - ex, wall_top + 2.0),
                      R.segment_sdf(x, y, cx, peak - 1.0, cx + ex, wall_top + 2.0)) - 2.2
    roof_colour = R.hsv(f[:, 2], 0.7, 0.78) * light
    R.over(img, R.coverage(roof), roof_colour)
    R.over(img, R.coverage(np.abs(roof + 1.1) - 0.35), roof_colour * 0.6)  # the boards' edges
    plate = R.box_sdf(x - cx, y - (wall_top - 0.16 * w), 0.17 * w, 1.3)
    R.over(img, R.coverage(plate), np.array(PLATE)[None] * light)
    dw = 0.2 * w
    door_top = GROUND - 0.6 * (0.72 * w)
    door = np.minimum(R.edges_sdf(x, y, cx - dw, cx + dw, door_top, GROUND + 2.0), np.hypot(x - cx, y - door_top) - dw)
    R.over(img, R.coverage(door), np.array(DOORWAY)[None] * light)
    # the dog, lying on the lawn in front, facing right
    code = f[:, 3].astype(int)
    coat, ear, snout = COATS[code] * light, EARS[code] * light, SNOUTS[code] * light
    dog = np.minimum(R.ellipse_sdf(x - 38.0, y - 56.5, 11.0, 5.2), np.hypot(x - 28.0, y - 56.0) - 5.6)
    dog = np.minimum(dog, R.ellipse_sdf(x - 51.0, y - 60.3, 6.0, 1.9))  # the front legs
    dog = np.minimum(dog, R.segment_sdf(x, y, 23.5, 55.0, 17.5, 51.0) - 1.3)  # the tail
    head = np.minimum(np.hypot(x - 50.0, y - 50.5) - 5.0, R.ellipse_sdf(x - 55.5, y - 52.5, 3.8, 2.6))
    dog = np.minimum(dog, head)
    R.over(img, R.coverage(dog), coat)
    spots = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    for sx, sy, sr in SPOTS:
        np.minimum(spots, np.hypot(x - sx, y - sy) - sr, out=spots)
    spotted = (code == 3).astype(np.float32)[:, None, None]
    R.over(img, spotted * R.coverage(np.maximum(spots, dog)), np.array(BLACK)[None] * light)
    R.over(img, R.coverage(R.ellipse_sdf(x - 55.8, y - 52.8, 3.6, 2.3)), snout)
    R.over(img, R.coverage(R.ellipse_sdf(x - 47.5, y - 52.0, 2.0, 4.0)), ear)
    R.over(img, R.coverage(np.hypot(x - 59.0, y - 51.8) - 1.3), np.array(BLACK)[None] * light)  # the nose
    R.over(img, R.coverage(np.hypot(x - 51.8, y - 48.8) - 0.9), np.array(BLACK)[None] * light)  # the eye
    return R.to_uint8(img)


def render(kennel_x: float, kennel_size: float, roof_hue: float, dog_coat: float, daylight: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[kennel_x, kennel_size, roof_hue, dog_coat, daylight]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("doghouse", arg, n, seed, FACTORS, sample_factors, _draw)
