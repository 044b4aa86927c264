"""`maltster`: a malting floor, a heap of barley malt on the stone floor in front of a brick wall
with sacks standing against it and a wooden malt shovel leaning on it, seen from the front (64x64
RGB).

The malt house's back wall is of dark red brick with pale mortar joints, a small window with
four panes high up on the left; a floor of grey stone flags, with darker joints, runs from the
foot of the wall to the bottom of the image. Against the wall on the left stand hessian sacks
of grain, each tied at the neck with a dark cord and stencilled with a dark diamond; they stand from
the left. In front, on the floor, lies a low rounded heap of malt, speckled with grains, with a
dark shadow at its foot. At the right a long-handled malt shovel of pale wood leans on the wall, its
broad blade on the floor. Factors: where the heap lies along the floor (left to right), how
dark the malt is roasted (from pale gold through amber to dark brown), how many sacks stand
against the wall (1 to 3) and how far the shovel leans (from nearly upright to leaning well
over to the left). The wall, the window, the floor, the heap's size and the shovel's size stay
fixed; the whole heap always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("heap_x", "horizontal position of the heap of malt on the floor (left to right)", "continuous"),
    Factor("roast", "how dark the malt is roasted (pale gold to dark brown)", "continuous"),
    Factor("sacks", "how many sacks stand against the wall (1 to 3)", "categorical", ("1", "2", "3")),
    Factor("shovel_lean", "how far the malt shovel leans over (nearly upright to well over)", "continuous"),
)
# heap_x: 0..1 puts the heap's middle at x = 15..49 px (its half-width is 13 px, its height 10 px,
# its foot at y = 60 px); roast: 0..1 blends the malt from pale gold (0.93, 0.8, 0.42) through
# amber (0.78, 0.5, 0.18) to dark brown (0.32, 0.17, 0.08); sacks: a code 0..2 for 1..3 sacks, at
# SACKS from the left; shovel_lean: 0..1 tilts the shovel 0.05..0.75 radians to the left of upright,
# about the foot of its blade at (55, 47) px
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 2.0), (0.0, 1.0))
BRICK, MORTAR, FRAME, PANE = (0.55, 0.27, 0.2), (0.72, 0.64, 0.56), (0.3, 0.22, 0.16), (0.78, 0.86, 0.92)
FLOOR, FLAG_JOINT, SHADOW = (0.38, 0.39, 0.42), (0.26, 0.27, 0.3), (0.16, 0.15, 0.16)
HESSIAN, HESSIAN_DARK, CORD = (0.86, 0.78, 0.58), (0.7, 0.6, 0.42), (0.2, 0.14, 0.1)
WOOD, WOOD_DARK = (0.88, 0.76, 0.54), (0.76, 0.6, 0.38)  # pale ash
PALE, AMBER, DARK = np.array((0.93, 0.8, 0.42)), np.array((0.78, 0.5, 0.18)), np.array((0.32, 0.17, 0.08))
FLOOR_Y = 43.0
SACKS, SACK_HW, SACK_H = (8.5, 21.5, 34.5), 6.0, 18.0  # the sacks' middles, from the left; half-width, height
HEAP_RX, HEAP_RY, HEAP_FOOT = 13.0, 10.0, 60.0
SHOVEL_X, SHOVEL_Y = 55.0, 47.0  # the foot of the shovel's blade
BLADE_L, BLADE_HW, HANDLE_L, HANDLE_HW = 10.0, 4.5, 34.0, 1.3


def _scene():
    x, y = R.grid()
    img = R.canvas(1, BRICK)
    course = np.floor(y / 4.0)
    joints = np.minimum(np.abs((y % 4.0) - 0.5), np.abs(((x + course * 4.0) % 8.0) - 0.5))
    R.over(img, R.coverage(joints - 0.45), MORTAR)
    R.over(img, R.coverage(R.edges_sdf(x, y, 6.0, 22.0, 4.0, 18.0)), FRAME)
    panes = np.maximum(R.edges_sdf(x, y, 7.5, 20.5, 5.5, 16.5), 0.7 - np.minimum(np.abs(x - 14.0), np.abs(y - 11.0)))
    R.over(img, R.coverage(panes), PANE)
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    row = np.floor((y - FLOOR_Y) / 7.0)
    flags = np.minimum(np.abs(((y - FLOOR_Y) % 7.0) - 0.5), np.abs(((x + 5.0 * row) % 13.0) - 0.5))
    R.over(img, R.coverage(np.maximum(flags - 0.45, FLOOR_Y + 1.0 - y)), FLAG_JOINT)
    return img[0]


SCENE = _scene()


def _sacks():
    """Per sack: its coverage, the coverage of its lit left part, and of its cord and mark."""
    x, y = R.grid()
    out = []
    for sx in SACKS:
        top = FLOOR_Y + 1.0 - SACK_H
        t = np.clip((y - top - 3.0) / (SACK_H - 3.0), 0.0, 1.0)  # 0 at the shoulders, 1 at the foot
        half = SACK_HW * (0.78 + 0.22 * np.sqrt(t))  # slumped, wider at the foot
        body = np.maximum(np.abs(x - sx) - half, np.maximum(top + 3.0 - y, y - FLOOR_Y - 1.0))
        body = np.minimum(body, R.ellipse_sdf(x - sx, y - (top + 4.0), SACK_HW * 0.78, 2.5))
        tuft = R.ellipse_sdf(x - sx, y - (top + 0.8), 2.4, 1.6)
        sack = np.minimum(body, tuft)
        cord = np.maximum(np.abs(x - sx) - 2.6, np.abs(y - (top + 2.3)) - 0.8)
        mark = np.abs(np.abs(x - sx) + np.abs(y - (top + 11.0)) - 3.2) - 0.8  # a stencilled diamond
        out.append((R.coverage(sack), R.coverage(np.maximum(sack, sx - 1.5 - x)),
                    R.coverage(np.minimum(cord, mark))))
    return out


SACK_COVERS = _sacks()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the sacks, from the left
    count = f[:, 2].astype(int)
    for i, (sack, light, marks) in enumerate(SACK_COVERS):
        on = (count >= i).astype(np.float32)[:, None, None]
        R.over(img, on * sack, HESSIAN_DARK)
        R.over(img, on * light, HESSIAN)
        R.over(img, on * marks, CORD)
    # the shovel: a broad blade on the floor and a long handle, turned about the blade's foot
    a = R.col(0.05 + 0.7 * f[:, 3])
    u = (SHOVEL_Y - y) * np.cos(a) - (x - SHOVEL_X) * np.sin(a)  # up the handle
    v = (x - SHOVEL_X) * np.cos(a) + (SHOVEL_Y - y) * np.sin(a)  # across it
    handle = np.maximum(np.abs(v) - HANDLE_HW, np.abs(u - (BLADE_L + HANDLE_L / 2)) - HANDLE_L / 2)
    R.over(img, R.coverage(handle), WOOD)
    blade = R.box_sdf(v, u - BLADE_L / 2, BLADE_HW - 1.0, BLADE_L / 2 - 1.0) - 1.0
    R.over(img, R.coverage(blade), WOOD_DARK)
    # the heap of malt, with its shadow and its grains
    hx = R.col(15.0 + 34.0 * f[:, 0])
    shadow = R.ellipse_sdf(x - hx - 1.5, y - HEAP_FOOT, HEAP_RX + 2.0, 2.2)
    R.over(img, 0.7 * R.coverage(shadow), SHADOW)
    heap = np.maximum(R.ellipse_sdf(x - hx, y - HEAP_FOOT, HEAP_RX, HEAP_RY), y - HEAP_FOOT)
    r = f[:, 1:2]
    malt = np.where(r < 0.5, PALE + (AMBER - PALE) * 2 * r, AMBER + (DARK - AMBER) * (2 * r - 1))
    cover = R.coverage(heap)
    R.over(img, cover, malt)
    grains = np.abs(np.sin(1.9 * (x - hx) + 0.7 * y) * np.sin(1.3 * y - 0.9 * (x - hx))) - 0.55
    R.over(img, 0.5 * cover * R.coverage(-6.0 * grains), malt * 0.6)
    return R.to_uint8(img)


def render(heap_x: float, roast: float, sacks: float, shovel_lean: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[heap_x, roast, sacks, shovel_lean]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("maltster", arg, n, seed, FACTORS, sample_factors, _draw)
