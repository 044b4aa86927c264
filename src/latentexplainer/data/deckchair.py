"""`deckchair`: a striped deck chair and a beach parasol on the sand by the sea, seen from the
side (64x64 RGB).

The sky fills the top of the image down to the sea's horizon, the sea a band below it, and pale
sand the lower part, with a striped towel spread on it at the front. A beach parasol stands in the
sand on the left, casting a shadow: a wooden pole with a canopy of coloured and white panels at its
top. Right of it stands a wooden deck chair, seen from the side, facing right: its main frame rests
on the sand at the front and leans back, a prop leg holds it up from behind, a front rail stands on
a short leg, and a sling of canvas in coloured and white stripes hangs from the top of the frame to
the front rail, sagging in between. The sun stands over the sea on the right. Factors: the chair's
horizontal position, how far its back is reclined (sitting up to lying back), how far the parasol
is opened (furled round its pole to wide open), the hue of the canvas, the parasol's panels and the
towel's stripes, and how high the sun stands (setting on the horizon under an orange evening sky to
high in a blue day sky; the sea and the sand darken towards the evening). The parasol's place, the
towel, the chair's size and the wood stay fixed; the chair and the parasol always lie inside the
image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("chair_x", "horizontal position of the deck chair (left to right)", "continuous"),
    Factor("recline", "how far the chair's back is reclined (sitting up to lying back)", "continuous"),
    Factor("parasol_open", "how far the parasol is opened (furled to wide open)", "continuous"),
    Factor("stripe_hue", "hue of the stripes on the chair, the parasol and the towel", "continuous"),
    Factor("sun_height", "how high the sun stands over the sea (setting to high)", "continuous"),
)
# chair_x: 0..1 puts the main frame's foot at x = 42..60 px; recline: 0..1 leans the main frame
# 0.35..0.95 radians back from upright; parasol_open: 0..1 widens the canopy's half-width at its
# rim from 2.5 to 17 px (and shortens it from 16 to 9 px; its shadow on the sand widens with it);
# stripe_hue: 0..0.8 of the colour wheel (no wrap); sun_height: 0..1 puts the sun's middle at
# y = 30..8 px (0: half set on the horizon) and blends the sky, the sea and the sand from evening
# to day
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 0.8), (0.0, 1.0))
SKY_TOP = np.array(((0.5, 0.33, 0.45), (0.3, 0.55, 0.9)))  # evening, day
SKY_LOW = np.array(((0.98, 0.6, 0.35), (0.72, 0.86, 0.97)))
SEA = np.array(((0.33, 0.28, 0.42), (0.14, 0.44, 0.65)))
SAND = np.array(((0.68, 0.55, 0.42), (0.9, 0.8, 0.58)))
SUN = np.array(((1.0, 0.5, 0.22), (1.0, 0.98, 0.84)))
WOOD, WHITE = (0.55, 0.37, 0.2), (0.97, 0.96, 0.92)
HORIZON, SHORE, GROUND_Y = 30.0, 40.0, 56.0
SUN_X, SUN_R = 52.0, 4.5
POLE_X, APEX_Y = 19.0, 13.0  # the parasol
FRAME, PROP_AT, FRONT_H = 33.0, 0.6, 13.0  # the main frame's length, where the prop meets it, the rail's height
WOOD_HW, CANVAS_HW, SAG = 0.9, 2.1, 6.0
STRIPE = 4.0  # the canvas's stripes: a coloured and a white one in this many px
SHADE, SHADE_ALPHA = (0.2, 0.14, 0.1), 0.3  # the parasol's shadow on the sand
TOWEL = (3.0, 33.0, 58.5, 63.0)  # left, right, top and bottom of the towel on the sand, striped across


def _mix(pair: np.ndarray, t: np.ndarray) -> np.ndarray:
    """(n, 3): the evening colour of ``pair`` blended towards its day colour by t (n,)."""
    return (pair[0][None] + (pair[1] - pair[0])[None] * t[:, None]).astype(np.float32)


def _stripes(c: np.ndarray) -> np.ndarray:
    """Signed distance (in units of c) to the coloured stripes of a pattern c: 0..1 coloured, 1..2 white."""
    return 0.5 - np.abs((c - 0.5) % 2.0 - 1.0)


def _towel() -> tuple[np.ndarray, np.ndarray]:
    x, y = R.grid()
    top = int(TOWEL[2])
    x, y = x[0], y[0, top:]
    towel = R.coverage(R.edges_sdf(x, y, *TOWEL))
    return towel, towel * R.coverage(_stripes((x - TOWEL[0]) * 2.0 / STRIPE / 1.5) * STRIPE * 0.75)


TOWEL_ROWS = int(TOWEL[2])
TOWEL_CLOTH, TOWEL_STRIPES = _towel()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    sun = f[:, 4]
    # the sky, the sun, the sea and the sand
    rows = np.clip((np.arange(R.SIZE, dtype=np.float32) + 0.5) / HORIZON, 0.0, 1.0)[None, None, :, None]
    top, low = _mix(SKY_TOP, sun)[:, :, None, None], _mix(SKY_LOW, sun)[:, :, None, None]
    img = np.ascontiguousarray(np.broadcast_to(top + (low - top) * rows, (n, 3, R.SIZE, R.SIZE)))
    R.over(img, R.coverage(np.hypot(x - SUN_X, y - R.col(30 - 22 * sun)) - SUN_R), _mix(SUN, sun))
    R.over(img, R.below(HORIZON, n), _mix(SEA, sun))
    R.over(img, np.broadcast_to(R.coverage(SHORE + 0.8 * np.sin(x * 0.3) - y), (n, R.SIZE, R.SIZE)), _mix(SAND, sun))
    stripe = R.hsv(f[:, 3], 0.75, 0.9)
    # the towel on the sand, the parasol's shadow
    towel = img[:, :, TOWEL_ROWS:]
    R.over(towel, np.broadcast_to(TOWEL_CLOTH, (n,) + TOWEL_CLOTH.shape), WHITE)
    R.over(towel, np.broadcast_to(TOWEL_STRIPES, (n,) + TOWEL_STRIPES.shape), stripe)
    opened = R.col(f[:, 2])
    hw, drop = 2.5 + 14.5 * opened, 16.0 - 7.0 * opened
    shadow = R.ellipse_sdf(x - (POLE_X + 2.0), y - (GROUND_Y + 1.0), 0.9 * hw + 1.5, 2.2)
    R.over(img, SHADE_ALPHA * R.coverage(shadow), SHADE)
    # the parasol: its pole, then its canopy of coloured and white panels
    R.over(img, R.coverage(R.edges_sdf(x, y, POLE_X - WOOD_HW, POLE_X + WOOD_HW, APEX_Y - 2.0, GROUND_Y + 1.0)), WOOD)
    below_apex = np.maximum(y - APEX_Y, 0.0)
    side = (np.abs(x - POLE_X) * drop - (y - APEX_Y) * hw) / np.hypot(drop, hw)
    rim = y - (APEX_Y + drop) + 1.2 * np.abs(np.sin(np.pi * (x - POLE_X) * 2.0 / hw))
    canopy = R.coverage(np.maximum(side, rim))
    R.over(img, canopy, WHITE)
    width = np.maximum(hw * below_apex / drop, 0.3)  # the canopy's half-width in this row
    panels = _stripes((x - POLE_X) / width * 3.0 + 6.0) * width / 3.0
    R.over(img, canopy * R.coverage(panels), stripe)
    # the deck chair: the prop leg, the front leg and rail, the main frame, then the canvas
    a = R.col(0.35 + 0.6 * f[:, 1])
    ax = R.col(42 + 18 * f[:, 0])
    tx, ty = ax - FRAME * np.sin(a), GROUND_Y - FRAME * np.cos(a)
    mx, my = ax - PROP_AT * FRAME * np.sin(a), GROUND_Y - PROP_AT * FRAME * np.cos(a)
    fx, fy = ax - 3.0, GROUND_Y - FRONT_H
    wood = R.segment_sdf(x, y, mx, my, mx - 9.0 * np.cos(a), GROUND_Y)
    wood = np.minimum(wood, R.segment_sdf(x, y, fx + 1.0, GROUND_Y, fx, fy))
    wood = np.minimum(wood, R.segment_sdf(x, y, fx - 4.0, fy + 0.5, fx + 1.5, fy))
    wood = np.minimum(wood, R.segment_sdf(x, y, ax, GROUND_Y, tx, ty))
    R.over(img, R.coverage(wood - WOOD_HW), WOOD)
    sx, sy = (tx + fx) / 2.0 + 1.0, (ty + fy) / 2.0 + SAG
    d1, h1 = R.segment_sdf(x, y, tx, ty, sx, sy, along=True)
    d2, h2 = R.segment_sdf(x, y, sx, sy, fx, fy, along=True)
    near = d1 < d2
    along = np.where(
        near, h1 * np.hypot(sx - tx, sy - ty), np.hypot(sx - tx, sy - ty) + h2 * np.hypot(fx - sx, fy - sy)
    )
    canvas = R.coverage(np.minimum(d1, d2) - CANVAS_HW)
    R.over(img, canvas, WHITE)
    R.over(img, canvas * R.coverage(_stripes(along * 2.0 / STRIPE) * STRIPE / 2.0), stripe)
    return R.to_uint8(img)


def render(chair_x: float, recline: float, parasol_open: float, stripe_hue: float, sun_height: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[chair_x, recline, parasol_open, stripe_hue, sun_height]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("deckchair", arg, n, seed, FACTORS, sample_factors, _draw)
