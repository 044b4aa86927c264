"""`wagon`: a pull-along garden wagon on a dirt path through a meadow, with a wooden fence and
green hills behind (64x64 RGB).

The wagon is a painted box with a darker rim and dark slats down its sides, riding on two black
wheels with pale hubs that stand on the path; the wagon faces right, and from the lower front
corner of its box a dark metal handle ends in a black ring-shaped grip. Golden hay, streaked
with straw, may be heaped in a rounded mound on the box. Behind is a meadow with a wooden rail
fence, rolling green hills and a pale blue sky; the path is sandy with two darker ruts.
Factors: where the wagon is along the path (left to right; the handle and the hay go with it),
the size of its wheels (small to large; bigger wheels lift the box), how far its handle is
raised (from pointing down ahead of the wagon to standing upright), how high the hay is heaped
(an empty box to a tall mound) and the hue of the wagon's paint (red through yellow, green and
blue to purple; the box and its darker rim and slats). The box's size, the handle's length and
the scenery stay fixed; the whole wagon always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("wagon_x", "position of the wagon along the path (left to right)", "continuous"),
    Factor("wheel_size", "size of the wagon's wheels (small to large)", "continuous"),
    Factor("handle_raise", "how far the wagon's handle is raised (pointing down to upright)", "continuous"),
    Factor("hay_load", "how high the wagon is heaped with hay (empty to heaped)", "continuous"),
    Factor("paint_hue", "hue of the wagon's paint (red through yellow, green, blue to purple)", "continuous"),
)
# wagon_x: 0..1 puts the back of the box at x = 3..15 px (the box is 28 px long); wheel_size: 0..1
# is a wheel radius of 4..7 px; handle_raise: 0..1 turns the 15 px handle from 0.45 radians below
# the forward horizontal to 1.55 radians above it; hay_load: 0..1 heaps the hay 0..11 px above the
# box's top; paint_hue: 0..0.8 of the colour wheel (no wrap)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 0.8))
SKY_TOP, SKY_LOW = np.array((0.45, 0.68, 0.93)), np.array((0.8, 0.9, 0.97))
HILL, HILL_FAR, MEADOW = (0.33, 0.55, 0.25), (0.5, 0.66, 0.45), (0.45, 0.68, 0.28)
FENCE, FENCE_DARK = (0.6, 0.45, 0.3), (0.42, 0.3, 0.18)
PATH, RUT = (0.8, 0.69, 0.5), (0.66, 0.55, 0.38)
BLACK, HANDLE_GREY, HUB = (0.1, 0.1, 0.11), (0.22, 0.22, 0.25), (0.8, 0.8, 0.78)
HAY, STRAW = (0.93, 0.8, 0.42), (0.7, 0.56, 0.24)
GROUND_Y, BOX_L, BOX_H = 56.0, 28.0, 10.0
WHEELS = (6.0, 22.0)  # the axles, from the back of the box
HANDLE, HANDLE_HW, GRIP_R = 15.0, 1.6, 2.6
HEAP, HEAP_HW = 11.0, 14.5  # the heap's greatest height above the box, and its half-width
ROWS = (18, 57)  # the rows the wagon can reach


def _background() -> np.ndarray:
    x, y = R.grid()
    img = np.empty((1, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = R.vertical_gradient(SKY_TOP, SKY_LOW, 36.0)
    R.over(img, R.coverage(24.0 + 3.0 * np.sin(x * 0.09 + 2.0) + 1.5 * np.sin(x * 0.23) - y), HILL_FAR)
    R.over(img, R.coverage(29.0 + 2.5 * np.sin(x * 0.13 + 0.5) - y), HILL)
    R.over(img, R.below(36.0, 1), MEADOW)
    tufts = R.coverage(np.abs(((x + 3.0 * np.floor(y / 4.0)) % 7.0) - 3.5) - 0.4)
    tufts = tufts * R.coverage(np.abs(y % 4.0 - 2) - 0.6)
    R.over(img, 0.35 * tufts * R.coverage(36.0 - y), HILL)
    # the fence: posts every 12 px and two rails
    rails = np.minimum(np.abs(y - 34.5), np.abs(y - 39.0)) - 0.8
    R.over(img, R.coverage(np.broadcast_to(rails, (1, R.SIZE, R.SIZE))), FENCE)
    posts = np.maximum(np.abs(((x - 3.0) % 12.0) - 1.0) - 1.0, np.abs(y - 36.5) - 6.0)
    R.over(img, R.coverage(posts), FENCE_DARK)
    # the path, with two ruts
    R.over(img, R.coverage(np.abs(y - 55.0) - 7.0), PATH)
    R.over(img, 0.8 * R.coverage(np.minimum(np.abs(y - 52.5), np.abs(y - 59.0)) - 0.9), RUT)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    r0, r1 = ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    x0, r = R.col(3 + 12 * f[:, 0]), R.col(4 + 3 * f[:, 1])
    bottom = GROUND_Y - 2 * r + 1.0  # the box's bottom
    top = bottom - BOX_H
    # the handle, from the box's lower front corner, with its grip
    a = R.col(-0.45 + 2.0 * f[:, 2])
    px, py = x0 + BOX_L - 1.0, bottom - 1.5
    ex, ey = px + HANDLE * np.cos(a), py - HANDLE * np.sin(a)
    paint, dark = R.hsv(f[:, 4], 0.86, 0.82), R.hsv(f[:, 4], 0.9, 0.52)
    R.over(part, R.coverage(R.segment_sdf(x, y, px, py, ex, ey) - HANDLE_HW), HANDLE_GREY)
    gx, gy = ex + GRIP_R * np.cos(a), ey - GRIP_R * np.sin(a)
    R.over(part, R.coverage(np.abs(np.hypot(x - gx, y - gy) - GRIP_R) - 0.9), BLACK)
    # the heap of hay: a rounded mound on the box, streaked with straw, fading in as it grows
    height = R.col(HEAP * f[:, 3])
    u = (x - x0 - BOX_L / 2) / HEAP_HW
    surface = top + 1.0 - height * (1 - u * u)
    heap = R.coverage(np.maximum(surface - y, y - top - 1.0)) * np.minimum(height, 1.0)
    R.over(part, heap, HAY)
    straw = np.abs(((x * 0.8 + y * 1.6 + 0.6 * np.sin(x * 1.7)) % 3.0) - 1.5) - 0.45
    R.over(part, 0.55 * heap * R.coverage(straw), STRAW)
    # the box, painted, with a dark rim, dark slats and a dark underside
    box = R.edges_sdf(x, y, x0, x0 + BOX_L, top, bottom)
    R.over(part, R.coverage(box), paint)
    slats = np.abs(((x - x0) % 6.5) - 3.25) - 0.5
    R.over(part, 0.7 * R.coverage(np.maximum(np.maximum(slats, box + 1.0), np.abs(y - top - BOX_H / 2) - 2.0)),
           dark)
    R.over(part, R.coverage(np.maximum(box, -np.minimum(y - top - 1.4, bottom - 1.2 - y))), dark)
    # the wheels: black tyres and pale hubs
    for wx in WHEELS:
        rho = np.hypot(x - (x0 + wx), y - (GROUND_Y - r))
        R.over(part, R.coverage(rho - r), BLACK)
        R.over(part, R.coverage(rho - 0.45 * r), HUB)
    return R.to_uint8(img)


def render(wagon_x: float, wheel_size: float, handle_raise: float, hay_load: float, paint_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[wagon_x, wheel_size, handle_raise, hay_load, paint_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("wagon", arg, n, seed, FACTORS, sample_factors, _draw)
