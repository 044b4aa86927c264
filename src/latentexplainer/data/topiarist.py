"""`topiarist`: a topiary bush in a terracotta pot on a garden lawn, a dark yew hedge behind it
and the sun in the sky, seen from the front (64x64 RGB).

The sky is blue, paler towards the horizon; a dark green yew hedge with a rounded, lumpy top
runs across the image behind the lawn, which fills the lower part of the image with faint
diagonal mowing stripes. In the middle a large terracotta pot with a rim stands on the lawn,
and from it a short brown trunk carries a dense green box bush clipped into a shape. The bush
is lit from the side the sun is on, darker on the other side, and with the pot it casts a soft
shadow on the lawn away from the sun. Clipped close, its outline is clean and its leaves an
even green; left unclipped, shaggy sprigs stick out all round it and its leaves grow in darker
and lighter clumps. Factors: the shape the bush is clipped into (a ball, a cone or a cube), how
neatly it is clipped (shaggy to neatly trimmed), where the sun is across the sky (from the
left, over the top, to the right; the light and the shadow follow it) and the colour of the
lawn (from parched yellow-brown to lush green). The sky, the hedge, the pot, the bush's size and
its place stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("shape", "the shape the bush is clipped into (a ball, a cone or a cube)", "categorical",
           ("ball", "cone", "cube")),
    Factor("neatness", "how neatly the bush is clipped (shaggy to neatly trimmed)", "continuous"),
    Factor("sun_x", "where the sun is across the sky (left to right), its light and shadow", "continuous"),
    Factor("lawn", "colour of the lawn (parched yellow-brown to lush green)", "continuous"),
)
# shape: a code 0..2 for the outlines of SHAPES, all about 22 px across and between y = 13..22
# and y = 43 px; neatness: 0..1 shrinks the sprigs sticking out of the outline from up to 3.5 px
# to none and the leaves' clumping from 0.3 to 0.1 of their colour; sun_x: 0..1 puts the sun at
# x = 6..58 px (y = 12 px at the sides, 6 px over the middle), lights the bush from that side and
# throws the shadow to the other; lawn: 0..1 blends the lawn from PARCHED to LUSH
RANGES = ((0.0, 2.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.46, 0.68, 0.94)), np.array((0.78, 0.88, 0.97))
HEDGE, HEDGE_DARK = (0.12, 0.3, 0.15), (0.08, 0.22, 0.11)
PARCHED, LUSH = np.array((0.78, 0.69, 0.4), np.float32), np.array((0.28, 0.6, 0.2), np.float32)
BUSH = np.array((0.24, 0.5, 0.18), np.float32)
POT, POT_DARK, TRUNK, SUN, SUN_GLOW = (0.76, 0.4, 0.24), (0.56, 0.27, 0.15), (0.4, 0.27, 0.16), (1.0, 0.96, 0.66), \
    (1.0, 0.95, 0.75)
BUSH_X, HEDGE_Y, LAWN_Y = 32.0, 31.0, 40.0
POT_TOP, POT_BOTTOM, SHADOW_Y = 46.5, 58.0, 58.5


def _scene():
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, LAWN_Y)[None].copy()
    top = HEDGE_Y + 1.5 * np.abs(np.sin(x * 0.45)) - 1.0 * np.sin(x * 0.17)
    R.over(img, R.coverage(top - y), HEDGE)
    R.over(img, 0.6 * R.coverage(np.maximum(np.abs(np.sin(0.9 * x + 0.7 * y)) - 0.2, top + 1.0 - y) * 2.0), HEDGE_DARK)
    return img[0]


SCENE = _scene()


def _statics():
    x, y = R.grid()
    lawn = R.coverage(LAWN_Y - y)
    stripes = 1.0 + 0.05 * np.sign(np.sin((x + 1.6 * y) * np.pi / 9.0))
    t = np.clip((y - POT_TOP) / (POT_BOTTOM - POT_TOP), 0.0, 1.0)
    body = np.maximum(np.abs(x - BUSH_X) - (7.0 - 1.8 * t), np.maximum(POT_TOP + 2.0 - y, y - POT_BOTTOM))
    rim = R.edges_sdf(x, y, BUSH_X - 8.5, BUSH_X + 8.5, POT_TOP - 0.5, POT_TOP + 2.5)
    pot = R.coverage(np.minimum(body, rim))
    pot_shade = R.coverage(np.maximum(body, BUSH_X + 3.0 - x)) + R.coverage(np.maximum(rim, np.abs(y - POT_TOP - 2.2) - 0.4))
    trunk = R.coverage(R.edges_sdf(x, y, BUSH_X - 1.3, BUSH_X + 1.3, 40.0, POT_TOP))
    return lawn, stripes, pot, np.clip(pot_shade, 0.0, 1.0), trunk


LAWN_COVER, STRIPES, POT_COVER, POT_SHADE, TRUNK_COVER = _statics()


def _shapes():
    """The clipped outlines' signed distances: ball, cone, cube; and two noise fields."""
    x, y = R.grid()
    u = x - BUSH_X
    ball = np.hypot(u, y - 31.0) - 12.0
    h, w = 30.0, 11.5  # the cone: apex at y = 13, base 11.5 px to each side at y = 43
    cone = np.maximum((np.abs(u) * h - (y - 13.0) * w) / np.hypot(h, w), y - 43.0)
    cube = R.box_sdf(u, y - 33.5, 10.0, 8.5) - 1.0
    sprigs = 0.5 + 0.5 * np.sin(2.3 * x + 1.1 * np.sin(1.7 * y)) * np.sin(2.1 * y + 0.9 * np.sin(1.3 * x))
    clumps = np.sin(0.9 * x + 0.4 * y) * np.sin(0.8 * y - 0.5 * x + 1.0)
    return np.concatenate([ball, cone, cube]), sprigs, clumps


SHAPES, SPRIGS, CLUMPS = _shapes()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the sun, and which way its light falls
    s = R.col(f[:, 2])
    sx, sy = 6.0 + 52.0 * s, 12.0 - 6.0 * np.sin(np.pi * s)
    R.over(img, 0.35 * np.exp(-((x - sx) ** 2 + (y - sy) ** 2) / 40.0), SUN_GLOW)
    R.over(img, R.coverage(np.hypot(x - sx, y - sy) - 3.5), SUN)
    side = (sx - BUSH_X) / 26.0  # -1: from the left, 1: from the right
    # the lawn, its mowing stripes, the shadow away from the sun
    lawn = PARCHED[None] + (LUSH - PARCHED)[None] * f[:, 3:4]
    R.over(img, np.broadcast_to(LAWN_COVER, (n, R.SIZE, R.SIZE)), lawn[:, :, None, None] * STRIPES)
    shadow = R.ellipse_sdf(x - BUSH_X + 13.0 * side, y - SHADOW_Y, 11.0 + 4.0 * np.abs(side), 2.6)
    R.over(img, 0.4 * R.coverage(shadow), (0.0, 0.0, 0.0))
    # the pot and the trunk
    R.over(img, np.broadcast_to(POT_COVER, (n, R.SIZE, R.SIZE)), POT)
    R.over(img, 0.8 * POT_SHADE, POT_DARK)
    R.over(img, TRUNK_COVER, TRUNK)
    # the bush: its outline, sprigs sticking out of it, lit from the sun's side, its leaves clumped
    rough = R.col(1.0 - f[:, 1])
    d = SHAPES[f[:, 0].astype(int)] - 3.5 * rough * SPRIGS
    light = 0.85 + 0.3 * np.clip((x - BUSH_X) / 12.0, -1.0, 1.0) * side
    leaves = 1.0 + (0.1 + 0.2 * rough) * CLUMPS
    colour = BUSH[None, :, None, None] * (light * leaves)[:, None]
    return R.to_uint8(R.over(img, R.coverage(d), colour))


def render(shape: float, neatness: float, sun_x: float, lawn: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[shape, neatness, sun_x, lawn]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("topiarist", arg, n, seed, FACTORS, sample_factors, _draw)
