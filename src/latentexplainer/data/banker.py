"""`banker`: a banker's counting house, stacks of coins on a desk beside a tall iron safe, lit by
a hanging lamp, seen from the front (64x64 RGB).

The room's back wall is papered a deep green with a fine gold stripe; a brown wooden desk runs
along the bottom of the image, an open red ledger lying on it at the left. On the desk stand
three stacks of coins, side by side, each coin's edge a thin bright ridge. At the right a tall
dark iron safe with a brass handle and dial stands behind the desk; its door is hinged on its
left side and swings open towards the viewer, showing a black inside with two shelves and a row
of gold bars on the upper one. A lamp with a bowl-shaped white glass shade hangs from the
ceiling over the desk. Factors: what metal the coins are (gold, silver or copper; all three
stacks alike), how tall the stacks of coins are (a few coins to tall stacks; all three alike),
how far the safe's door is opened (from shut to wide open) and how brightly the lamp lights the
room (from a dim glow to bright light). The wall, the desk, the ledger, the safe's body and the
lamp's place stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("metal", "what metal the coins on the desk are", "categorical", ("gold", "silver", "copper")),
    Factor("stack_height", "how tall the stacks of coins are (a few coins to tall stacks)", "continuous"),
    Factor("safe_open", "how far the safe's door is opened (shut to wide open)", "continuous"),
    Factor("lamplight", "how brightly the hanging lamp lights the room (dim to bright)", "continuous"),
)
# metal: a code 0..2 for gold, silver and copper (COINS); stack_height: 0..1 makes each stack
# 3..19 px tall (a coin every 2 px) on the desk at y = 47 px; safe_open: 0..1 turns the door
# 0..1.35 radians about its hinge at x = 39 px, its free edge at x = 39 + 21 cos(angle) px;
# lamplight: 0..1 scales the room's light from 0.45 to 1.0 and the lamp's glow from 0.15 to 1.0
RANGES = ((0.0, 2.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
WALL, STRIPE, DESK, DESK_TOP = (0.16, 0.3, 0.24), (0.74, 0.56, 0.26), (0.4, 0.25, 0.13), (0.54, 0.36, 0.2)
LEDGER, PAGE, INK = (0.5, 0.12, 0.12), (0.95, 0.93, 0.84), (0.3, 0.3, 0.34)
IRON, IRON_EDGE, INSIDE, BRASS = (0.2, 0.22, 0.25), (0.34, 0.37, 0.4), (0.04, 0.04, 0.05), (0.86, 0.7, 0.3)
GOLD_BAR, SHADE, FLEX, GLOW = (0.96, 0.78, 0.28), (1.0, 0.98, 0.9), (0.12, 0.1, 0.1), (1.0, 0.9, 0.62)
COINS = np.array(((1.0, 0.84, 0.26), (0.86, 0.88, 0.92), (0.74, 0.36, 0.18)), np.float32)
DESK_Y = 47.0
STACKS = (8.0, 19.0, 30.0)
COIN_HW = 4.6
SAFE_L, SAFE_R, SAFE_T, SAFE_B = 38.0, 61.0, 14.0, 47.0
DOOR_L, DOOR_W, DOOR_T, DOOR_B = 39.0, 21.0, 15.0, 46.0
LAMP_X, LAMP_Y = 20.0, 12.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, 0.5 * R.coverage(np.abs((x % 5.0) - 2.5) - 0.35), STRIPE)
    # the safe's body and its dark inside with a shelf of gold bars (the door goes over it)
    R.over(img, R.coverage(R.edges_sdf(x, y, SAFE_L, SAFE_R, SAFE_T, SAFE_B + 4.0)), IRON_EDGE)
    R.over(img, R.coverage(R.edges_sdf(x, y, DOOR_L, DOOR_L + DOOR_W, DOOR_T, DOOR_B)), INSIDE)
    R.over(img, R.coverage(R.edges_sdf(x, y, DOOR_L + 1.0, DOOR_L + DOOR_W - 1.0, 30.0, 31.2)), IRON_EDGE)
    for bx in (43.0, 49.5, 56.0):
        bar = R.box_sdf(x - bx, y - 28.2, 2.6, 1.5)
        R.over(img, R.coverage(bar), GOLD_BAR)
    R.over(img, R.coverage(R.edges_sdf(x, y, DOOR_L + 1.0, DOOR_L + DOOR_W - 1.0, 40.0, 41.2)), IRON_EDGE)
    # the desk and the open ledger on it
    R.over(img, R.below(DESK_Y, 1), DESK)
    R.over(img, R.coverage(R.edges_sdf(x, y, 0.0, 64.0, DESK_Y, DESK_Y + 2.5)), DESK_TOP)
    R.over(img, R.coverage(R.edges_sdf(x, y, 1.0, 33.0, 52.0, 62.0)), LEDGER)
    pages = R.edges_sdf(x, y, 2.5, 31.5, 53.0, 61.0)
    R.over(img, R.coverage(pages), PAGE)
    lines = np.maximum(np.maximum(np.abs(((y - 54.5) % 2.0) - 1.0) - 0.35, pages + 1.2), 0.5 - np.abs(x - 17.0))
    R.over(img, 0.6 * R.coverage(lines), INK)
    # the lamp's flex from the ceiling
    R.over(img, R.coverage(np.maximum(np.abs(x - LAMP_X) - 0.5, y - LAMP_Y)), FLEX)
    return img[0]


SCENE = _scene()


def _fixed():
    x, y = R.grid()
    glow = np.exp(-((x - LAMP_X) ** 2 + (y - LAMP_Y - 4.0) ** 2) / 260.0)
    shade = R.coverage(np.maximum(R.ellipse_sdf(x - LAMP_X, y - (LAMP_Y + 4.0), 5.0, 4.5), LAMP_Y + 2.0 - y))
    return glow, shade


GLOW_FIELD, SHADE_COVER = _fixed()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the safe's door: swung about its hinge, its front narrowing and its thick edge showing
    a = R.col(1.35 * f[:, 2])
    free = DOOR_L + DOOR_W * np.cos(a)
    edge = free + 3.0 * np.sin(a)  # the door's thickness, seen as it swings out
    door = R.edges_sdf(x, y, DOOR_L, free, DOOR_T, DOOR_B)
    thick = R.edges_sdf(x, y, free - 0.5, edge, DOOR_T, DOOR_B)
    R.over(img, R.coverage(door), IRON)
    R.over(img, R.coverage(thick), IRON_EDGE)
    squash = np.cos(a)
    mid = DOOR_L + DOOR_W * 0.5 * squash
    dial = R.ellipse_sdf(x - mid, y - 24.0, 3.4 * squash + 0.3, 3.4)
    R.over(img, R.coverage(dial), BRASS)
    R.over(img, R.coverage(R.ellipse_sdf(x - mid, y - 24.0, 1.6 * squash + 0.2, 1.6)), IRON)
    handle = R.edges_sdf(x, y, mid - 0.8 * squash - 0.4, mid + 0.8 * squash + 0.4, 30.0, 38.0)
    R.over(img, R.coverage(handle), BRASS)
    # the stacks of coins: bright ridges every 2 px, the top coin's face an ellipse
    metal = COINS[f[:, 0].astype(int)]
    dark = metal * 0.62
    top = R.col(DESK_Y - 3.0 - 16.0 * f[:, 1])
    for sx in STACKS:
        stack = R.edges_sdf(x, y, sx - COIN_HW, sx + COIN_HW, top, DESK_Y + 0.5)
        R.over(img, R.coverage(stack), dark)
        ridges = np.maximum(np.abs(((y - DESK_Y - 0.5) % 2.0) - 1.0) - 0.5, stack)
        R.over(img, R.coverage(ridges), metal)
        R.over(img, R.coverage(R.ellipse_sdf(x - sx, y - top, COIN_HW, 1.2)), metal * 0.85 + 0.15)
    # the lamp's light over the whole room, its glow and its shade
    light = R.col(f[:, 3])
    img *= (0.45 + 0.55 * light)[:, None]
    R.over(img, (0.15 + 0.85 * light) * 0.75 * GLOW_FIELD, GLOW)
    R.over(img, SHADE_COVER, np.asarray(SHADE)[None] * (0.55 + 0.45 * f[:, 3:4]))
    return R.to_uint8(img)


def render(metal: float, stack_height: float, safe_open: float, lamplight: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[metal, stack_height, safe_open, lamplight]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("banker", arg, n, seed, FACTORS, sample_factors, _draw)
