"""`tortoise`: a tortoise walking across sandy ground under a pale sky, seen from the side
(64x64 RGB).

A tortoise walks to the right over a sandy plain: a domed shell with darker seams between its
plates and a darker rim round its bottom edge, four stubby grey-green legs under it and a short
pointed tail behind. Its head, on a wrinkled neck, pokes forwards and a little up out of the
front of its shell, with a black eye; tucked in, the head and neck are hidden under the shell.
Lettuce leaves may lie on the sand along the bottom of the image, bright green with a pale
middle vein. Behind is a pale blue sky, lighter towards the horizon, over the sand with a few
darker pebbles. Factors: the tortoise's horizontal position (left to right), how far its head
pokes out of its shell (tucked in to stretched out), the height of its shell (a low flat dome
to a tall one), how many lettuce leaves lie on the ground (none to four) and the lightness of
its shell (dark brown to pale tan). The tortoise's height on the ground, its shell's length,
its legs and the leaves' places stay fixed; the whole tortoise always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("tortoise_x", "horizontal position of the tortoise (left to right)", "continuous"),
    Factor("head_out", "how far the tortoise's head pokes out of its shell (tucked in to stretched out)", "continuous"),
    Factor("shell_height", "height of the tortoise's shell (a low flat dome to a tall dome)", "continuous"),
    Factor("leaves", "how many lettuce leaves lie on the ground (none to four)", "continuous"),
    Factor("shell_lightness", "lightness of the tortoise's shell (dark brown to pale tan)", "continuous"),
)
# tortoise_x: 0..1 puts the shell's middle at x = 17..36 px (its bottom edge at y = 46 px, the
# shell 12 px half-long); head_out: 0..1 moves the head's middle 0..16 px out of the shell, up
# and forwards at 0.35 radians above level, from (5.5, -2) px off the shell's bottom middle (hidden
# under the shell at 0); shell_height: 0..1 is a dome 6..13 px tall; leaves: 0..1 shows 0..4
# leaves from the left (each fades in over a quarter of the range); shell_lightness: 0..1 is a
# shell of brightness 0.3..0.85 (from a saturated dark brown to a paler tan)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_LOW, SAND, PEBBLE = (0.5, 0.72, 0.94), (0.84, 0.92, 0.97), (0.86, 0.76, 0.54), (0.66, 0.57, 0.4)
LEAF, VEIN, SKIN, SKIN_DARK, EYE = (
    (0.36, 0.8, 0.22),
    (0.75, 0.95, 0.55),
    (0.4, 0.45, 0.27),
    (0.28, 0.32, 0.18),
    (0.03, 0.03, 0.03),
)
HORIZON_Y, BASE_Y, SHELL_RX, FEET_Y = 43.0, 46.0, 12.0, 53.0
NECK_FROM, NECK_ANGLE, NECK_REACH, HEAD_RX, HEAD_RY = (5.5, -2.0), 0.35, 16.0, 5.0, 3.5
LEAVES = ((9.0, 58.5, 0.3), (24.0, 60.0, -0.25), (40.0, 58.5, 0.2), (55.0, 60.0, -0.3))  # middle x, y, turn
LEGS = ((-7.5, 1.0), (-3.5, 0.0), (3.5, 0.0), (7.5, 1.0))  # offset from the shell's middle, near (1) or far (0)
TORTOISE_ROWS = (30, 55)


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_LOW, HORIZON_Y)[None]
    R.over(img, R.below(HORIZON_Y, 1), SAND)
    pebbles = (np.sin(x * 1.3 + y * 0.7) * np.sin(x * 0.45 - y * 1.9) > 0.7).astype(np.float32)
    R.over(img, 0.6 * R.below(HORIZON_Y + 2.0, 1) * pebbles, PEBBLE)
    return img[0]


def _leaves() -> np.ndarray:
    """Each leaf's coverage and its vein's, (2, len(LEAVES), H * W), the leftmost first."""
    x, y = R.grid()
    leaves, veins = [], []
    for lx, ly, turn in LEAVES:
        c, s = np.cos(turn), np.sin(turn)
        u, v = (x - lx) * c + (y - ly) * s, -(x - lx) * s + (y - ly) * c
        leaf = R.ellipse_sdf(u, v, 6.5, 3.6) + 0.4 * np.sin(u * 2.0) ** 2
        leaves.append(R.coverage(leaf)[0].ravel())
        veins.append(R.coverage(np.maximum(np.abs(v) - 0.45, np.abs(u) - 5.0))[0].ravel())
    return np.stack([np.stack(leaves), np.stack(veins)]).astype(np.float32)


BACKGROUND = _background()
LEAF_COVER = _leaves()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the lettuce leaves, the leftmost first
    shown = np.clip(f[:, 3:4] * len(LEAVES) - np.arange(len(LEAVES)), 0.0, 1.0).astype(np.float32)
    img = R.over(img, np.minimum(shown @ LEAF_COVER[0], 1.0).reshape(n, R.SIZE, R.SIZE), LEAF)
    img = R.over(img, np.minimum(shown @ LEAF_COVER[1], 1.0).reshape(n, R.SIZE, R.SIZE), VEIN)
    # the tortoise, in the rows it can reach
    part, v = img[:, :, TORTOISE_ROWS[0] : TORTOISE_ROWS[1]], y[:, TORTOISE_ROWS[0] : TORTOISE_ROWS[1]] - BASE_Y
    u = x - R.col(17 + 19 * f[:, 0])
    # the legs (the far ones darker) and the tail
    for dx, near in LEGS:
        leg = R.box_sdf(u - dx, v - (FEET_Y - BASE_Y) / 2, 1.6, (FEET_Y - BASE_Y) / 2 - 0.8) - 0.8
        R.over(part, R.coverage(leg), SKIN if near else SKIN_DARK)
    tail = np.maximum(np.abs(v + 0.5) - 1.6 * (u + SHELL_RX + 3.5) / 4.0, np.maximum(-u - SHELL_RX - 3.5, u + 10.0))
    R.over(part, R.coverage(tail), SKIN)
    # the neck and the head, poking up and forwards out of the shell
    reach = R.col(NECK_REACH * f[:, 1])
    hx, hy = NECK_FROM[0] + reach * np.cos(NECK_ANGLE), NECK_FROM[1] - reach * np.sin(NECK_ANGLE)
    neck = R.segment_sdf(u, v, NECK_FROM[0], NECK_FROM[1], hx, hy + 0.5) - 2.8
    head = R.ellipse_sdf(u - hx - 1.0, v - hy, HEAD_RX, HEAD_RY)
    R.over(part, R.coverage(np.minimum(neck, head)), SKIN)
    R.over(part, 0.5 * R.coverage(np.maximum(neck + 0.8, np.abs(((u - v) % 2.2) - 1.1) - 0.3)), SKIN_DARK)
    R.over(part, R.coverage(np.hypot(u - hx - 2.6, v - hy + 1.0) - 1.0), EYE)
    # the shell: a dome with darker seams between its plates, over a darker rim
    light = f[:, 4]
    shell_colour = R.hsv(0.075, 0.78 - 0.3 * light, 0.3 + 0.55 * light)
    ry = R.col(6 + 7 * f[:, 2])
    dome = np.maximum(R.ellipse_sdf(u, v, SHELL_RX, ry), v)
    R.over(part, R.coverage(R.box_sdf(u, v - 0.6, SHELL_RX - 0.5, 1.2) - 1.0), 0.7 * shell_colour)
    R.over(part, R.coverage(dome), shell_colour)
    seams = np.minimum(np.abs(np.abs(u) - 4.5 + 2.0 * v / ry) - 0.5, np.abs(v + 0.45 * ry) - 0.5)
    R.over(part, R.coverage(np.maximum(dome + 0.6, seams)), 0.55 * shell_colour)
    return R.to_uint8(img)


def render(
    tortoise_x: float, head_out: float, shell_height: float, leaves: float, shell_lightness: float
) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[tortoise_x, head_out, shell_height, leaves, shell_lightness]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("tortoise", arg, n, seed, FACTORS, sample_factors, _draw)
