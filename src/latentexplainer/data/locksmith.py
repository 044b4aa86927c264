"""`locksmith`: a locksmith's shop, a big padlock hanging by its shackle from a hook and old keys
hanging from a key board, above the shop counter, seen from the front (64x64 RGB).

The wall is of dark green painted panelling with paler mouldings; a wooden counter with a darker front
runs along the bottom of the image, a row of key blanks laid out on it. On the left a wooden key
board across the wall has four pegs; big old keys hang from them, filling the pegs from the left: each
a round bow, a long shank and a notched bit, in bright brass. On the right a large padlock hangs from
an iron hook by its steel shackle: a rounded block of metal with a keyhole and a lighter band along its
top. Factors: how far the padlock swings on its hook (to the left, hanging straight down, or to the
right; the lock turns about the hook), how far its shackle is sprung open (from shut, the shackle's
short leg in the block, to wide open, the block dropped well below it), which metal the padlock's
block is made of (brass, steel or black iron) and how many keys hang on the key board (1 to 4). The
wall, the key board, the counter, the keys' size and the padlock's size stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("padlock_swing", "how far the hanging padlock swings (to the left, still, to the right)", "continuous"),
    Factor("shackle_open", "how far the padlock's shackle is sprung open (shut to wide open)", "continuous"),
    Factor("lock_metal", "metal of the padlock's block (brass, steel or black iron)", "categorical",
           ("brass", "steel", "black iron")),
    Factor("keys", "how many keys hang on the key board (1 to 4)", "categorical", ("1", "2", "3", "4")),
)
# padlock_swing: -0.45..0.45 radians from hanging straight down (negative: the lock swings to the
# left), about the hook at (HOOK_X, HOOK_Y); shackle_open: 0..1 drops the block 0..7 px below the
# shackle's short leg; lock_metal: a code 0..2 for the colours in METALS; keys: a code 0..3 for 1..4
# keys, on the pegs at KEYS from the left
RANGES = ((-0.45, 0.45), (0.0, 1.0), (0.0, 2.0), (0.0, 3.0))
WALL, MOULDING, BOARD, PEG = (0.15, 0.3, 0.23), (0.24, 0.4, 0.31), (0.5, 0.34, 0.2), (0.3, 0.2, 0.12)
COUNTER, COUNTER_FRONT, BLANK = (0.62, 0.45, 0.28), (0.42, 0.28, 0.16), (0.8, 0.78, 0.72)
KEY, KEY_DARK = (0.96, 0.8, 0.34), (0.64, 0.48, 0.14)
SHACKLE, SHACKLE_DARK, HOOK, KEYHOLE = (0.8, 0.82, 0.85), (0.5, 0.52, 0.56), (0.1, 0.1, 0.11), (0.05, 0.05, 0.06)
METALS = ((0.88, 0.68, 0.22), (0.68, 0.71, 0.76), (0.17, 0.17, 0.19))
COUNTER_Y, FRONT_Y = 52.0, 55.0
KEYS, PEG_Y = (6.0, 13.5, 21.0, 28.5), 10.0
HOOK_X, HOOK_Y = 46.0, 9.0
ARC_R, LEG, DROP = 5.5, 4.0, 7.0  # the shackle's radius (to its middle line), its short leg, the widest opening
BODY_HW, BODY_H = 10.0, 15.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    panels = np.minimum(np.abs(((x - 2.0) % 20.0) - 0.6) - 0.6, np.abs(y - 44.0) - 0.7)
    R.over(img, R.coverage(panels), MOULDING)
    R.over(img, R.coverage(R.edges_sdf(x, y, 1.0, 35.0, 6.0, PEG_Y - 1.0)), BOARD)
    R.over(img, R.coverage(np.min([np.hypot(x - k, y - PEG_Y + 0.5) - 1.2 for k in KEYS], 0)), PEG)
    R.over(img, R.coverage(np.hypot(x - HOOK_X, y - HOOK_Y + 3.0) - 2.2), HOOK)  # the hook's plate
    R.over(img, R.below(COUNTER_Y, 1), COUNTER)
    R.over(img, R.below(FRONT_Y, 1), COUNTER_FRONT)
    R.over(img, 0.7 * R.coverage(np.abs(((x - 5.0) % 16.0) - 8.0) - 0.5) * R.coverage(FRONT_Y + 0.5 - y),
           (0.3, 0.2, 0.11))
    for bx in (8.0, 16.0, 24.0, 32.0, 40.0, 48.0, 56.0):  # key blanks on the counter
        blank = np.minimum(np.hypot(x - bx + 2.0, y - 53.0) - 1.3, R.edges_sdf(x, y, bx - 1.5, bx + 3.0, 52.6, 53.4))
        R.over(img, R.coverage(blank), BLANK)
    return img[0]


SCENE = _scene()


def _keys():
    """Per peg: the distance to a hanging key (bow, shank and bit) and to its dark bits (the bow's hole
    and the bit's notch, to be cut out)."""
    x, y = R.grid()
    out = []
    for kx in KEYS:
        rho = np.hypot(x - kx, y - (PEG_Y + 4.0))
        bow = np.abs(rho - 3.2) - 1.3
        shank = R.edges_sdf(x, y, kx - 1.2, kx + 1.2, PEG_Y + 7.0, PEG_Y + 30.0)
        bit = R.edges_sdf(x, y, kx, kx + 5.0, PEG_Y + 23.0, PEG_Y + 29.5)
        notch = R.edges_sdf(x, y, kx + 2.5, kx + 5.5, PEG_Y + 25.5, PEG_Y + 27.0)
        key = np.maximum(np.minimum(np.minimum(bow, shank), bit), -notch)
        shade = np.maximum(key, np.minimum(np.abs(x - kx - 0.8) - 0.4, np.abs(rho - 2.2) - 0.3))
        out.append((key, shade))
    return out


KEY_SDS = _keys()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the keys on the board, from the left
    count = f[:, 3].astype(int)
    for i, (key, shade) in enumerate(KEY_SDS):
        on = (count >= i).astype(np.float32)[:, None, None]
        R.over(img, on * R.coverage(key), KEY)
        R.over(img, on * R.coverage(shade), KEY_DARK)
    # the padlock, in its own frame: u across it, w down it from the hook
    a = R.col(f[:, 0])
    ca, sa = np.cos(a), np.sin(a)
    u = (x - HOOK_X) * ca - (y - HOOK_Y) * sa
    w = (x - HOOK_X) * sa + (y - HOOK_Y) * ca
    top = ARC_R + LEG + DROP * R.col(f[:, 1])  # the block's top, below the hook
    arc = np.maximum(np.abs(np.hypot(u, w - ARC_R) - ARC_R) - 1.4, w - ARC_R)
    short_leg = np.maximum(np.abs(u + ARC_R) - 1.4, np.maximum(ARC_R - w, w - ARC_R - LEG))
    long_leg = np.maximum(np.abs(u - ARC_R) - 1.4, np.maximum(ARC_R - w, w - top - 1.0))
    shackle = np.minimum(arc, np.minimum(short_leg, long_leg))
    R.over(img, R.coverage(shackle), SHACKLE)
    R.over(img, R.coverage(np.maximum(shackle, 0.4 - np.minimum(np.abs(u + ARC_R + 0.8),
                                                                 np.abs(u - ARC_R + 0.8)))), SHACKLE_DARK)
    body = R.box_sdf(u, w - top - BODY_H / 2, BODY_HW - 2.0, BODY_H / 2 - 2.0) - 2.0
    metal = np.asarray(METALS, np.float32)[f[:, 2].astype(int)]
    R.over(img, R.coverage(body), metal)
    band = np.maximum(body + 1.0, np.abs(w - top - 2.2) - 0.8)
    R.over(img, 0.5 * R.coverage(band), (1.0, 1.0, 1.0))
    R.over(img, 0.35 * R.coverage(np.maximum(body, top + BODY_H - 3.0 - w)), (0.0, 0.0, 0.0))  # its shaded foot
    keyhole = np.minimum(np.hypot(u, w - top - 7.0) - 1.6, R.box_sdf(u, w - top - 9.5, 0.7, 2.4))
    R.over(img, R.coverage(keyhole), KEYHOLE)
    R.over(img, R.coverage(np.abs(np.hypot(u, w - top - 8.0) - 3.8) - 0.5) * 0.6, metal * 0.6)  # its plate
    # the hook's tip, in front of the shackle
    hook = np.maximum(np.abs(np.hypot(x - HOOK_X, y - HOOK_Y) - 1.8) - 0.7, y - HOOK_Y)
    return R.to_uint8(R.over(img, R.coverage(hook), HOOK))


def render(padlock_swing: float, shackle_open: float, lock_metal: float, keys: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[padlock_swing, shackle_open, lock_metal, keys]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("locksmith", arg, n, seed, FACTORS, sample_factors, _draw)
