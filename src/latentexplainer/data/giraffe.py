"""`giraffe`: a giraffe standing on the savanna beside an acacia tree, seen from the side
(64x64 RGB).

A giraffe stands left of the middle of the image, facing right: a tan body on four long thin
legs with dark hooves, a thin tail with a dark tuft, and a long neck rising from its shoulders
to a small head with two short horns, a dark eye and a darker muzzle. Its coat is covered in
brown patches. Behind it, an acacia tree with a thin dark trunk and a wide flat crown of dark
green leaves stands on the plain. Dry yellow grass grows in front, along the bottom of the
image, hiding the giraffe's lower legs when it is tall. Behind is a warm blue sky, paler
towards the horizon, over a dusty olive plain. Factors: how far the giraffe's neck leans
forwards (nearly upright to stretched out ahead), the length of its neck (short to long), the
size of the brown patches on its coat (small spots to large patches), the horizontal position
of the acacia tree (left to right) and the height of the grass in front (short to tall). The
giraffe's place, its body and legs, and the tree's size stay fixed; the whole giraffe always
lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("neck_lean", "how far the giraffe's neck leans forwards (nearly upright to stretched ahead)", "continuous"),
    Factor("neck_length", "length of the giraffe's neck (short to long)", "continuous"),
    Factor(
        "patch_size", "size of the brown patches on the giraffe's coat (small spots to large patches)", "continuous"
    ),
    Factor("tree_x", "horizontal position of the acacia tree behind the giraffe (left to right)", "continuous"),
    Factor("grass_height", "height of the dry grass in front of the giraffe (short to tall)", "continuous"),
)
# neck_lean: 0..1 turns the neck from 0.15 to 1.05 radians forwards of straight up, about its
# base at the shoulders (x = 29 px, y = 32 px); neck_length: 0..1 is a neck 11..23 px long from
# its base to the head's back; patch_size: 0..1 is round patches 1.1..2.4 px in radius on a grid
# 5.2 px apart; tree_x: 0..1 puts the tree's trunk at x = 8..56 px (its crown 13 px half-wide, at
# y = 20 px); grass_height: 0..1 is grass 4..16 px tall above the bottom edge
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_LOW, PLAIN, PLAIN_DARK = (0.3, 0.56, 0.88), (0.8, 0.88, 0.92), (0.62, 0.6, 0.4), (0.5, 0.48, 0.3)
COAT, PATCH, HOOF, MUZZLE, EYE = (
    (0.95, 0.78, 0.45),
    (0.55, 0.3, 0.12),
    (0.2, 0.14, 0.1),
    (0.42, 0.3, 0.2),
    (0.04, 0.03, 0.03),
)
TRUNK, CROWN, CROWN_DARK, GRASS, GRASS_DARK = (
    (0.3, 0.22, 0.16),
    (0.22, 0.36, 0.14),
    (0.14, 0.24, 0.08),
    (0.9, 0.8, 0.32),
    (0.68, 0.56, 0.18),
)
HORIZON_Y, GROUND_Y, BODY_X, BODY_Y, BODY_RX, BODY_RY = 42.0, 60.0, 20.0, 35.0, 11.0, 6.0
NECK_BASE, NECK_W, HEAD_LEN, SPACING = (29.0, 32.0), 2.6, 8.5, 5.2
LEGS = ((-8.0, 0.0), (-5.0, 1.0), (5.0, 0.0), (8.0, 1.0))  # offset from the body's middle, far (0) or near (1)
TREE_Y, CROWN_Y, CROWN_RX, CROWN_RY = 47.0, 20.0, 13.0, 3.6
GRASS_LOW, GRASS_HIGH, GRASS_ROWS, PAD = 4.0, 16.0, 44, 28


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_LOW, HORIZON_Y)[None]
    R.over(img, R.below(HORIZON_Y, 1), PLAIN)
    R.over(
        img,
        0.5 * R.below(HORIZON_Y, 1) * R.coverage(np.abs(((y * 1.7 + np.sin(x * 0.4) * 2.0) % 4.0) - 2.0) - 0.4),
        PLAIN_DARK,
    )
    return img[0]


def _tree() -> np.ndarray:
    """The acacia tree with its trunk in the middle: coverage and colours, (4, H, W + 2 * PAD), so
    that any shift of the trunk in whole pixels is a slice."""
    _, y = R.grid()
    x = np.arange(R.SIZE + 2 * PAD, dtype=np.float32)[None, None, :] + 0.5 - PAD - R.SIZE / 2
    layer = np.zeros((1, 3, R.SIZE, R.SIZE + 2 * PAD), np.float32)
    trunk = np.minimum(
        R.segment_sdf(x, y, 0.0, TREE_Y, 0.5, CROWN_Y + 2.0) - 1.2,
        np.minimum(
            R.segment_sdf(x, y, 0.3, CROWN_Y + 8.0, -6.0, CROWN_Y + 1.0),
            R.segment_sdf(x, y, 0.4, CROWN_Y + 6.0, 7.0, CROWN_Y + 1.0),
        )
        - 0.7,
    )
    crown = R.ellipse_sdf(x, y - CROWN_Y, CROWN_RX, CROWN_RY) + 0.6 * np.sin(x * 1.1) ** 2
    cover = np.maximum(R.coverage(trunk), R.coverage(crown))
    R.over(layer, R.coverage(trunk), TRUNK)
    R.over(layer, R.coverage(crown), CROWN)
    R.over(layer, R.coverage(np.maximum(crown, CROWN_Y + 0.5 - y)), CROWN_DARK)
    colour = layer[0] / np.maximum(cover, 1e-6)
    return np.concatenate([cover, colour]).astype(np.float32)


BACKGROUND = _background()
TREE = _tree()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the tree: its picture shifted by the trunk's place, blended between the two nearest pixels
    tx = 8.0 + 48.0 * f[:, 3]
    for i in range(n):
        lo = int(np.floor(tx[i]))
        w = tx[i] - lo
        start = PAD + R.SIZE // 2 - lo
        a = (1 - w) * TREE[:, :, start : start + R.SIZE] + w * TREE[:, :, start - 1 : start - 1 + R.SIZE]
        img[i] += a[0] * (a[1:] - img[i])
    # the giraffe's legs, tail, body
    u = x - BODY_X
    for dx, near in LEGS:
        leg = R.segment_sdf(u, y, dx, BODY_Y, dx + 0.3 * (dx > 0), GROUND_Y - 1.5) - 1.2
        R.over(img, R.coverage(leg), COAT if near else PATCH)
        R.over(img, R.coverage(R.box_sdf(u - dx, y - GROUND_Y + 1.0, 1.3, 1.0)), HOOF)
    R.over(img, R.coverage(R.segment_sdf(u, y, -BODY_RX + 0.5, BODY_Y - 3.0, -BODY_RX - 2.5, BODY_Y + 8.0) - 0.5), COAT)
    R.over(img, R.coverage(R.ellipse_sdf(u + BODY_RX + 2.5, y - BODY_Y - 9.0, 1.0, 2.0)), HOOF)
    body = R.ellipse_sdf(u, y - BODY_Y, BODY_RX, BODY_RY)
    # the neck: a tapering band from the shoulders, turned forwards; the head across its top
    a = R.col(0.15 + 0.9 * f[:, 0])
    c, s = np.cos(a), np.sin(a)
    length = R.col(11.0 + 12.0 * f[:, 1])
    ex, ey = NECK_BASE[0] + length * s, NECK_BASE[1] - length * c
    d, along = R.segment_sdf(x, y, NECK_BASE[0], NECK_BASE[1], ex, ey, along=True)
    neck = d - (NECK_W + 1.6 * (1.0 - along))
    # the head points forwards and down, at 1.3 radians round from the neck
    hc, hs = np.cos(a + 1.3), np.sin(a + 1.3)
    hx, hy = ex + HEAD_LEN * hs, ey - HEAD_LEN * hc
    d, along = R.segment_sdf(x, y, ex, ey, hx, hy, along=True)
    head = d - 2.2 - 0.4 * (1.0 - along)  # narrowing to the muzzle
    giraffe = np.minimum(np.minimum(body, neck), head)
    # the coat and its patches (on a grid, in the giraffe's own place), in the body and neck only
    px, py = x - BODY_X, y
    gx = np.round(px / SPACING)
    gy = np.round((py - 0.5 * SPACING * (gx % 2)) / SPACING)
    dist = np.hypot(px - gx * SPACING, py - 0.5 * SPACING * (gx % 2) - gy * SPACING)
    r = R.col(1.1 + 1.3 * f[:, 2])
    R.over(img, R.coverage(giraffe), COAT)
    R.over(img, R.coverage(np.maximum(np.maximum(np.minimum(body, neck) + 0.8, dist - r), -head)), PATCH)
    # the horns, the muzzle and the eye
    horns = R.segment_sdf(x, y, ex - 0.5 * hs, ey + 0.5 * hc, ex - 3.5 * s - 0.5 * hs, ey - 3.5 * c) - 0.7
    R.over(img, R.coverage(horns), MUZZLE)
    R.over(img, R.coverage(np.hypot(x - hx, y - hy) - 2.0), MUZZLE)
    R.over(img, R.coverage(np.hypot(x - ex - 2.5 * hs + 1.0 * hc, y - ey + 2.5 * hc + 1.0 * hs) - 0.9), EYE)
    # the dry grass in front, its top edge ragged
    part, v = img[:, :, GRASS_ROWS:], y[:, GRASS_ROWS:]
    top = R.col(R.SIZE - GRASS_LOW - (GRASS_HIGH - GRASS_LOW) * f[:, 4]) - 2.0 * np.abs(np.sin(x * 0.8))
    R.over(part, R.coverage(top - v), GRASS)
    R.over(part, 0.6 * R.coverage(top + 1.5 - v) * R.coverage(np.abs(((x + 0.5 * v) % 3.0) - 1.5) - 0.4), GRASS_DARK)
    return R.to_uint8(img)


def render(neck_lean: float, neck_length: float, patch_size: float, tree_x: float, grass_height: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[neck_lean, neck_length, patch_size, tree_x, grass_height]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("giraffe", arg, n, seed, FACTORS, sample_factors, _draw)
