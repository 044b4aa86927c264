"""`helmsman`: a helmsman at a ship's wheel on the deck of a sailing ship at sea, looking out
over the rail at the horizon, seen from the front (64x64 RGB).

Across the image the sea meets the sky at the horizon, which tilts as the ship rolls; the sea is
deep blue, darker near the horizon, with white-crested waves on it, and the sky runs from clear
blue to the grey of a coming storm, with dark clouds. In front runs the ship's taffrail, a wooden
rail on turned posts, and below it the planks of the deck. In the middle of the deck stands the
ship's wheel on a wooden pedestal: a wooden rim with a brass hub and eight spokes, each running
out past the rim into a turned handle. The helmsman stands at the right in a yellow oilskin coat
and sou'wester, one hand on the wheel's rim. Factors: how far the wheel has turned (its eight
spokes are alike, so an eighth of a turn comes round to the same look), how far the ship rolls
(the horizon tilting one way or the other), how rough the sea is (calm to white-crested waves)
and how stormy the sky is (clear blue to dark grey with clouds). The wheel's size, the rail, the
deck and the helmsman stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("wheel_turn", "how far the ship's wheel has turned", "cyclic", period=np.pi / 4),
    Factor("roll", "how far the ship rolls (the horizon tilting one way or the other)", "continuous"),
    Factor("waves", "how rough the sea is (calm to white-crested waves)", "continuous"),
    Factor("storm", "how stormy the sky is (clear blue to dark grey)", "continuous"),
)
# wheel_turn: 0..pi/4 radians (an eighth of a turn: the wheel's eight spokes are alike);
# roll: -0.3..0.3 radians of the horizon from level about the point (32, 26) px (positive:
# down to the right on screen); waves: 0..1 raises the waves' whitecaps from none to many;
# storm: 0..1 blends the sky from clear blue to dark grey and brings in dark clouds
RANGES = ((0.0, np.pi / 4), (-0.3, 0.3), (0.0, 1.0), (0.0, 1.0))
CLEAR_TOP, CLEAR_LOW = np.array((0.36, 0.6, 0.9)), np.array((0.72, 0.84, 0.95))
GREY_TOP, GREY_LOW = np.array((0.2, 0.22, 0.26)), np.array((0.46, 0.47, 0.5))
CLOUD, SEA_FAR, SEA_NEAR, FOAM = (0.16, 0.17, 0.2), np.array((0.08, 0.22, 0.36)), np.array((0.14, 0.36, 0.54)), \
    (0.94, 0.96, 0.97)
RAIL, DECK, DECK_LINE = (0.42, 0.27, 0.14), (0.66, 0.5, 0.32), (0.46, 0.34, 0.2)
WOOD, WOOD_DARK, BRASS = (0.56, 0.32, 0.14), (0.36, 0.2, 0.08), (0.9, 0.72, 0.3)
OILSKIN, OILSKIN_DARK, SKIN, BOOT = (0.96, 0.8, 0.12), (0.72, 0.56, 0.06), (0.9, 0.72, 0.58), (0.12, 0.12, 0.14)
HORIZON_X, HORIZON_Y, RAIL_Y, DECK_Y = 32.0, 26.0, 44.0, 53.0
HUB_X, HUB_Y, RIM_R, RIM_W, HANDLE_END = 30.0, 36.0, 10.5, 1.4, 16.5
HAND_X, HAND_Y = 40.8, 33.5  # the helmsman's hand, on the rim


def _fixed():
    """Coverage and colour of the rail, the deck, the wheel's pedestal and the helmsman, in order."""
    x, y = R.grid()
    out = []
    posts = np.maximum(np.abs(((x + 2.0) % 7.0) - 3.5) - 0.9 + 0.4 * np.sin(1.6 * (y - RAIL_Y)),
                       np.maximum(RAIL_Y - y, y - DECK_Y))
    out.append((np.minimum(posts, np.abs(y - RAIL_Y) - 1.2), RAIL))
    out.append((DECK_Y - y, DECK))
    out.append((np.maximum(np.abs(((x - 0.3 * (y - DECK_Y)) % 6.0) - 3.0) - 2.6, DECK_Y + 1.0 - y), DECK_LINE))
    pedestal = np.maximum(np.abs(x - HUB_X) - 2.5 - 0.15 * (y - HUB_Y), np.maximum(HUB_Y - y, y - DECK_Y - 3.0))
    out.append((pedestal, WOOD_DARK))
    # the helmsman: boots, oilskin coat (its hem flared), arm reaching to the rim, face and sou'wester
    boots = np.minimum(R.edges_sdf(x, y, 50.5, 54.0, 52.0, 58.5), R.edges_sdf(x, y, 56.0, 59.5, 52.0, 58.5))
    out.append((boots, BOOT))
    coat = np.maximum(np.abs(x - 55.0) - 4.0 - 0.2 * (y - 24.0), np.maximum(24.0 - y, y - 53.0)) - 0.5
    out.append((coat, OILSKIN))
    out.append((np.maximum(coat + 0.3, np.abs(x - 55.0) - 0.5), OILSKIN_DARK))
    out.append((R.segment_sdf(x, y, 51.5, 27.0, HAND_X + 0.7, HAND_Y - 0.5) - 1.8, OILSKIN_DARK))
    out.append((np.hypot(x - 55.0, y - 19.5) - 3.4, SKIN))
    hat = np.minimum(np.maximum(R.ellipse_sdf(x - 55.0, y - 17.5, 3.8, 3.4), y - 17.5),
                     R.ellipse_sdf(x - 55.0 + 0.5, y - 17.6, 6.0, 1.0))
    out.append((hat, OILSKIN))
    return [(R.coverage(d), colour) for d, colour in out]


FIXED = _fixed()


def _clouds() -> np.ndarray:
    """How cloudy each pixel of the sky is when the storm is full, (H, W) in [0, 1]."""
    x, y = R.grid()
    c = np.sin(0.21 * x + 1.3 * np.sin(0.17 * y + 0.05 * x)) * np.sin(0.37 * y + 0.6 * np.sin(0.13 * x))
    c = c + 0.35 * np.sin(0.11 * x + 0.5 * y + 1.0)
    return (np.clip((c - 0.05) * 1.6, 0.0, 1.0) * np.clip((HORIZON_Y + 2.0 - y) / 6.0, 0.0, 1.0))[0]


CLOUDS = _clouds()
HAND = R.coverage(np.hypot(R.grid()[0] - HAND_X, R.grid()[1] - HAND_Y) - 1.8)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    # the sky, from clear to stormy, with clouds coming in
    storm = f[:, 3:4]
    t = np.clip(y / HORIZON_Y, 0.0, 1.0)[:, None]  # (1, 1, H, 1)
    top = CLEAR_TOP + (GREY_TOP - CLEAR_TOP) * storm
    low = CLEAR_LOW + (GREY_LOW - CLEAR_LOW) * storm
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = top[:, :, None, None] + (low - top)[:, :, None, None] * t
    R.over(img, R.col(0.8 * f[:, 3]) * CLOUDS, CLOUD)
    # the sea below the rolling horizon: darker far off, whitecaps on the waves
    r = R.col(f[:, 1])
    c, s = np.cos(r), np.sin(r)
    along = (x - HORIZON_X) * c + (y - HORIZON_Y) * s
    below = (y - HORIZON_Y) * c - (x - HORIZON_X) * s  # px below the horizon, across it
    sea = R.coverage(-below)
    depth = np.clip(below / 18.0, 0.0, 1.0)
    R.over(img, sea, SEA_FAR[None, :, None, None] + (SEA_NEAR - SEA_FAR)[None, :, None, None] * depth[:, None])
    rows = 2.6 * np.sqrt(np.maximum(below, 0.0))  # waves crowd together towards the horizon
    crest = np.sin(2 * np.pi * rows + 1.3 * np.sin(0.45 * along + rows))
    waves = R.col(f[:, 2])
    foam = np.clip((crest - 1.0 + 0.55 * waves) / 0.25, 0.0, 1.0) * np.clip(below - 0.5, 0.0, 1.0)
    R.over(img, 0.95 * waves * foam * np.clip(0.4 + 0.2 * np.sin(0.9 * along - 2.0 * rows), 0.0, 1.0) * 2.0, FOAM)
    for cover, colour in FIXED:
        R.over(img, np.broadcast_to(cover, (n, R.SIZE, R.SIZE)), colour)
    # the wheel: eight spokes running out into handles, the rim, the brass hub
    a = np.arctan2(y - HUB_Y, x - HUB_X) + R.col(f[:, 0])
    rho = np.hypot(x - HUB_X, y - HUB_Y)
    across = np.abs(np.sin(4.0 * a) / 4.0) * rho  # px from the nearest spoke (close enough near it)
    nearest = np.abs(((a / (np.pi / 4)) + 0.5) % 1.0 - 0.5) < 0.25
    spoke = np.where(nearest, across, np.inf) - 0.9
    handle = spoke - 0.6 * np.clip(np.sin(np.pi * (rho - RIM_R - 1.0) / (HANDLE_END - RIM_R - 1.0)), 0.0, 1.0)
    spokes = np.maximum(np.where(rho > RIM_R + 1.0, handle, spoke), rho - HANDLE_END)
    R.over(img, R.coverage(spokes), WOOD)
    R.over(img, R.coverage(np.abs(rho - RIM_R) - RIM_W), WOOD)
    R.over(img, 0.7 * R.coverage(np.abs(rho - RIM_R) - 0.4), WOOD_DARK)
    R.over(img, R.coverage(rho - 2.6), BRASS)
    R.over(img, np.broadcast_to(HAND, (n, R.SIZE, R.SIZE)), SKIN)  # the helmsman's hand, over the rim
    return R.to_uint8(img)


def render(wheel_turn: float, roll: float, waves: float, storm: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[wheel_turn, roll, waves, storm]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("helmsman", arg, n, seed, FACTORS, sample_factors, _draw)
