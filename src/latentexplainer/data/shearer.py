"""`shearer`: a sheep being shorn on the boards of a shearing shed, the shearer standing behind
it with his hand shears, seen from the side (64x64 RGB).

The shed's wall is of brown horizontal boards with dark gaps, a small window high on the right
letting in pale daylight; its floor is of paler, worn boards. The sheep stands in the middle
facing right, on four thin legs (the far pair darker): a woolly body, thick and curly-edged
where the fleece is still on, and the smaller, pinkish-cream shorn body where it has been
clipped off - the shearing starts at the neck and works back towards the tail, the cut edge
straight up and down. From the neck rises the sheep's pale face with its ears, a dark eye and
a dark nose. The shearer, in a navy vest and dark trousers, stands at the left with his hand
shears. Factors: how much of the fleece has been shorn (none, from the neck back, to all of
it), the shade of the fleece (dark brown through grey-brown to creamy white), the size of the
sheep (a small lamb-sized sheep to a big ewe; it grows about its feet on the floor) and how
high the sheep holds its head (lowered to the floor to raised high). The wall, the window, the
floor, the shearer and the sheep's face colour stay fixed; the whole sheep always lies inside
the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("shorn", "how much of the fleece has been shorn (none to all of it)", "continuous"),
    Factor("fleece_shade", "shade of the fleece (dark brown to creamy white)", "continuous"),
    Factor("sheep_size", "size of the sheep (small to large)", "continuous"),
    Factor("head_raise", "how high the sheep holds its head (lowered to raised)", "continuous"),
)
# shorn: 0..1 moves the fleece's cut edge from in front of the neck to behind the tail (the
# fleece is kept behind it); fleece_shade: 0.3..0.95 is the fleece's value (brightness), its
# hue and saturation fixed; sheep_size: 0.75..1.15 scales the sheep (body 12 px in half-length
# and 7.5 px in half-height at 1) about its feet on the floor at y = 56 px, its body's middle at
# x = 33 px; head_raise: -0.7..0.9 radians of the neck above the forward horizontal (negative:
# the head is lowered)
RANGES = ((0.0, 1.0), (0.3, 0.95), (0.75, 1.15), (-0.7, 0.9))
BOARDS, GAP, FLOOR, FLOOR_LINE = (0.5, 0.35, 0.22), (0.27, 0.18, 0.11), (0.66, 0.55, 0.4), (0.5, 0.4, 0.28)
WINDOW, FRAME = (0.86, 0.9, 0.92), (0.3, 0.21, 0.13)
SKIN, SKIN_DARK, FACE, EYE = (0.94, 0.8, 0.72), (0.78, 0.62, 0.55), (0.92, 0.88, 0.8), (0.08, 0.07, 0.07)
LEG, LEG_FAR = (0.86, 0.8, 0.72), (0.62, 0.56, 0.5)
VEST, TROUSERS, ARM_SKIN, STEEL = (0.14, 0.18, 0.36), (0.2, 0.18, 0.16), (0.82, 0.62, 0.48), (0.72, 0.74, 0.78)
FLOOR_Y, FEET_Y, SHEEP_X = 53.0, 56.0, 33.0
BODY_RX, BODY_RY, LEG_LEN, WOOL = 12.0, 7.5, 8.0, 2.4
NECK, SHEARER_X = 7.5, 9.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, BOARDS)
    R.over(img, R.coverage(np.abs((y % 5.0) - 0.5) - 0.45), GAP)
    R.over(img, R.coverage(R.edges_sdf(x, y, 45.0, 59.0, 6.0, 20.0)), FRAME)
    panes = np.maximum(R.edges_sdf(x, y, 46.5, 57.5, 7.5, 18.5), 0.6 - np.abs(x - 52.0))
    R.over(img, R.coverage(panes), WINDOW)
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    R.over(img, R.coverage(np.maximum(np.abs(((y - FLOOR_Y) % 4.0) - 2.0) - 0.35, FLOOR_Y + 1.0 - y)), FLOOR_LINE)
    # the shearer: trousers, vest, arms reaching forward with the shears, head
    legs = np.minimum(R.edges_sdf(x, y, SHEARER_X - 4.0, SHEARER_X - 1.0, 40.0, 60.0),
                      R.edges_sdf(x, y, SHEARER_X + 0.5, SHEARER_X + 3.5, 40.0, 60.0))
    R.over(img, R.coverage(legs), TROUSERS)
    R.over(img, R.coverage(np.maximum(np.abs(x - SHEARER_X) - 5.0, np.maximum(22.0 - y, y - 41.0)) - 0.5), VEST)
    arm = R.segment_sdf(x, y, SHEARER_X + 3.0, 25.0, SHEARER_X + 9.0, 33.0) - 1.5
    R.over(img, R.coverage(arm), ARM_SKIN)
    shears = np.minimum(R.segment_sdf(x, y, SHEARER_X + 9.0, 33.0, SHEARER_X + 15.0, 35.0),
                        R.segment_sdf(x, y, SHEARER_X + 9.0, 33.0, SHEARER_X + 15.0, 31.5)) - 0.6
    R.over(img, R.coverage(shears), STEEL)
    R.over(img, R.coverage(np.hypot(x - SHEARER_X, y - 17.5) - 4.0), ARM_SKIN)
    R.over(img, R.coverage(np.maximum(np.hypot(x - SHEARER_X, y - 17.0) - 4.3, y - 16.0)), GAP)
    return img[0]


SCENE = _scene()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    s = R.col(f[:, 2])
    rx, ry = BODY_RX * s, BODY_RY * s
    cy = FEET_Y - (LEG_LEN + BODY_RY) * s
    wool = R.hsv(np.full(n, 0.09), np.full(n, 0.32), f[:, 1])
    # the cut edge: from just in front of the neck to just behind the tail
    front, back = SHEEP_X + rx + 5.0 * s, SHEEP_X - rx - WOOL * s - 1.0
    cut = front + (back - front) * R.col(f[:, 0])
    # the far legs, then the neck and head
    for dx, colour in ((-0.55, LEG_FAR), (0.55, LEG_FAR)):
        lx = SHEEP_X + dx * rx + 1.5 * s
        R.over(img, R.coverage(R.edges_sdf(x, y, lx - 1.0 * s, lx + 1.0 * s, cy, FEET_Y)), colour)
    a = R.col(f[:, 3])
    nx, ny = SHEEP_X + 0.75 * rx, cy - 0.35 * ry  # the neck's root on the body
    hx, hy = nx + NECK * s * np.cos(a), ny - NECK * s * np.sin(a)
    neck = R.segment_sdf(x, y, nx, ny, hx, hy) - 2.8 * s
    # the head: an oblong face along the neck's way, tipped down at its nose
    ux, uy = np.cos(a - 0.9), -np.sin(a - 0.9)
    cx, cy2 = hx + 2.5 * s * ux, hy + 2.5 * s * uy
    u, v = (x - cx) * ux + (y - cy2) * uy, -(x - cx) * uy + (y - cy2) * ux
    head = R.ellipse_sdf(u, v, 4.4 * s, 2.7 * s)
    ears = R.ellipse_sdf(x - hx + 1.0 * s, y - hy + 1.2 * s, 2.6 * s, 1.1 * s)
    # the body: the shorn skin, then the fleece behind the cut edge
    body = R.ellipse_sdf(x - SHEEP_X, y - cy, rx, ry)
    R.over(img, R.coverage(np.minimum(body, neck)), SKIN)
    fleece = R.ellipse_sdf(x - SHEEP_X, y - cy, rx + WOOL * s, ry + WOOL * s)
    angle = np.arctan2(y - cy, x - SHEEP_X)
    fleece = np.minimum(fleece - 0.9 * s * np.abs(np.cos(9.0 * angle)), neck - 1.5 * s)
    curls = 0.88 + 0.14 * np.sin(x * 1.9) * np.sin(y * 1.7)
    wool_cover = R.coverage(np.maximum(fleece, x - cut))
    R.over(img, wool_cover, wool[:, :, None, None] * curls[:, None])
    R.over(img, 0.6 * R.coverage(np.maximum(np.abs(x - cut) - 0.5, fleece)), SKIN_DARK)
    R.over(img, R.coverage(ears), FACE)
    R.over(img, R.coverage(head), FACE)
    R.over(img, R.coverage(np.hypot(u - 3.6 * s, v) - 1.2 * s), EYE)
    R.over(img, R.coverage(np.hypot(u + 0.3 * s, v + 1.2 * s) - 0.8 * s), EYE)
    # the near legs
    for dx in (-0.45, 0.65):
        lx = SHEEP_X + dx * rx
        R.over(img, R.coverage(R.edges_sdf(x, y, lx - 1.1 * s, lx + 1.1 * s, cy + 0.5 * ry, FEET_Y)), LEG)
    return R.to_uint8(img)


def render(shorn: float, fleece_shade: float, sheep_size: float, head_raise: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[shorn, fleece_shade, sheep_size, head_raise]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("shearer", arg, n, seed, FACTORS, sample_factors, _draw)
