"""`stonemason`: a stonemason's yard, a block of stone hanging on a chain from a timber gantry
and a headstone standing on a workbench, seen from the front (64x64 RGB).

A sky fills the top of the image above a fence of dark weathered boards at the back of the yard;
the yard's floor of pale gravel fills the bottom. On the left a timber gantry, two upright posts
and a beam across their tops, holds a pulley in the middle of the beam, and from it a chain
hangs down to a squared block of stone. On the right stands a banker, a sturdy wooden workbench,
and on it an upright headstone with a rounded top and three lines of lettering cut into it; two
offcuts of stone lie on the gravel in front of it. Factors: how high the gantry has lifted the
block (from resting on the gravel to just under the beam), which stone the mason works (buff
sandstone, speckled grey granite or white marble with grey veins; the block, the headstone and
the offcuts are all of it), how big the headstone is (small to large) and the time of day (from
the blue sky of midday to a golden evening, the whole yard lit warmer and dimmer). The fence,
the gantry, the banker and the gravel stay fixed; the block and the headstone always lie inside
the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("lift", "how high the gantry has lifted the block of stone (resting to high)", "continuous"),
    Factor("stone", "which stone the mason works (sandstone, granite or marble)", "categorical",
           ("sandstone", "granite", "marble")),
    Factor("headstone_size", "size of the headstone on the workbench (small to large)", "continuous"),
    Factor("evening", "time of day (midday to a golden evening)", "continuous"),
)
# lift: 0..1 raises the block's foot from the gravel at y = 55 px to y = 27 px (the block is
# 14 px wide and 11 px tall, under the pulley at x = 17 px); stone: a code 0..2 for STONES;
# headstone_size: 0..1 is a headstone 4.5..10.5 px in half-width and 2.3 times that tall, its foot
# on the banker's top at y = 43 px, its middle at x = 48 px; evening: 0..1 turns the sky from
# blue to orange and tints the whole yard from white light to a dimmer warm one
RANGES = ((0.0, 1.0), (0.0, 2.0), (0.0, 1.0), (0.0, 1.0))
STONES = (  # base colour, colour of its marks (sandstone: bedding lines, granite: specks, marble: veins)
    (np.array((0.84, 0.7, 0.48)), np.array((0.76, 0.6, 0.4))),
    (np.array((0.52, 0.52, 0.55)), np.array((0.22, 0.22, 0.25))),
    (np.array((0.95, 0.95, 0.93)), np.array((0.62, 0.64, 0.68))),
)
NOON_TOP, NOON_BOTTOM = np.array((0.38, 0.6, 0.92)), np.array((0.7, 0.83, 0.97))
EVE_TOP, EVE_BOTTOM = np.array((0.85, 0.45, 0.3)), np.array((0.99, 0.76, 0.42))
EVE_LIGHT = np.array((0.8, 0.64, 0.46))  # how the evening light scales each channel, at its deepest
FENCE, FENCE_LINE, GRAVEL, GRAVEL_DOT = (0.32, 0.25, 0.2), (0.2, 0.16, 0.13), (0.76, 0.73, 0.66), (0.6, 0.57, 0.52)
TIMBER, TIMBER_DARK, CHAIN, LETTER = (0.68, 0.52, 0.33), (0.46, 0.33, 0.2), (0.2, 0.2, 0.22), (0.18, 0.16, 0.16)
FENCE_TOP, GROUND_Y = 20.0, 40.0
POST_L, POST_R, BEAM_Y, PULLEY_X = 4.0, 30.0, 8.0, 17.0
BLOCK_HW, BLOCK_H, REST_Y = 7.0, 11.0, 55.0
BANKER_L, BANKER_R, BANKER_Y = 37.0, 59.0, 43.0
HEAD_X = 48.0
OFFCUTS = ((38.0, 58.5, 3.5, 2.5), (55.0, 60.0, 3.0, 2.0))  # middle x, y and half-sizes


def _scene():
    """The fixed yard, as a layer (3, H, W) and its coverage (H, W): the sky shows where it is 0."""
    x, y = R.grid()
    img = R.canvas(1, FENCE)
    boards = np.maximum(np.abs((x % 4.0) - 0.4) - 0.45, FENCE_TOP + 1.0 - y)
    R.over(img, R.coverage(boards), FENCE_LINE)
    R.over(img, 0.5 * R.coverage(np.abs(y - FENCE_TOP - 0.8) - 0.8), FENCE_LINE)  # the boards' top rail
    R.over(img, R.below(GROUND_Y, 1), GRAVEL)
    dots = np.abs(np.sin(x * 2.1 + y * 1.3) * np.sin(x * 0.7 - y * 2.9)) - 0.9
    R.over(img, R.coverage(np.maximum(dots * 8.0, GROUND_Y + 1.0 - y)), GRAVEL_DOT)
    # the gantry: two posts and the beam, the pulley under the beam's middle
    frame = np.minimum(R.edges_sdf(x, y, POST_L - 1.5, POST_L + 1.5, BEAM_Y, 58.0),
                       R.edges_sdf(x, y, POST_R - 1.5, POST_R + 1.5, BEAM_Y, 58.0))
    frame = np.minimum(frame, R.edges_sdf(x, y, POST_L - 3.0, POST_R + 3.0, BEAM_Y - 2.0, BEAM_Y + 1.5))
    R.over(img, R.coverage(frame), TIMBER)
    R.over(img, R.coverage(np.maximum(frame, np.abs(y - BEAM_Y - 1.0) - 0.5)), TIMBER_DARK)
    pulley = np.hypot(x - PULLEY_X, y - BEAM_Y - 3.0) - 2.0
    R.over(img, R.coverage(pulley), CHAIN)
    # the banker: a thick top on four legs
    banker = np.minimum(R.edges_sdf(x, y, BANKER_L, BANKER_R, BANKER_Y, BANKER_Y + 3.0),
                        R.edges_sdf(x, y, BANKER_L + 1.0, BANKER_L + 3.5, BANKER_Y, 56.0))
    banker = np.minimum(banker, R.edges_sdf(x, y, BANKER_R - 3.5, BANKER_R - 1.0, BANKER_Y, 56.0))
    R.over(img, R.coverage(banker), TIMBER)
    R.over(img, R.coverage(np.maximum(banker, BANKER_Y + 2.2 - y)), TIMBER_DARK)
    cover = np.maximum(R.coverage(FENCE_TOP - y), R.coverage(np.minimum(frame, pulley)))
    return img[0], cover[0]


SCENE, SCENE_COVER = _scene()


def _marks(k: int):
    """Signed distance to the marks of stone ``k``: bedding lines, specks or veins."""
    u, v = R.grid()
    if k == 0:
        return np.abs(((v + 0.6 * np.sin(u * 0.5)) % 4.5) - 2.25) - 0.35
    if k == 1:
        return (np.abs(np.sin(u * 2.3 + v * 0.9) * np.sin(u * 0.8 - v * 2.1)) - 0.82) * 3.0
    return np.abs(v - 0.7 * u - 2.0 * np.sin(u * 0.45) + 3.0) - 0.4


MARKS = np.stack([R.coverage(_marks(k))[0] for k in range(3)])


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    eve = f[:, 3]
    top = NOON_TOP + (EVE_TOP - NOON_TOP) * eve[:, None]
    bottom = NOON_BOTTOM + (EVE_BOTTOM - NOON_BOTTOM) * eve[:, None]
    t = np.clip(y / FENCE_TOP, 0.0, 1.0)[None]  # (1, H, 1)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = (top[:, :, None, None] + (bottom - top)[:, :, None, None] * t[:, None])
    R.over(img, np.broadcast_to(SCENE_COVER, (n, R.SIZE, R.SIZE)), SCENE)
    kind = f[:, 1].astype(int)
    base = np.stack([STONES[k][0] for k in range(3)])[kind]
    mark = np.stack([STONES[k][1] for k in range(3)])[kind]
    # the block on its chain
    foot = R.col(REST_Y - 28.0 * f[:, 0])
    block = R.edges_sdf(x, y, PULLEY_X - BLOCK_HW, PULLEY_X + BLOCK_HW, foot - BLOCK_H, foot)
    chain = np.maximum(np.abs(x - PULLEY_X) - 0.7, np.maximum(BEAM_Y + 4.0 - y, y - (foot - BLOCK_H)))
    links = np.maximum(np.abs(((y - BEAM_Y) % 2.0) - 1.0) - 0.45, chain - 0.4)
    R.over(img, R.coverage(chain), CHAIN)
    R.over(img, 0.6 * R.coverage(links), (0.45, 0.45, 0.48))
    # the headstone on the banker, and the offcuts on the gravel
    hw = R.col(4.5 + 6.0 * f[:, 2])
    h = 2.3 * hw
    shoulder = BANKER_Y - h + hw  # where the rounded top begins
    head = np.minimum(R.edges_sdf(x, y, HEAD_X - hw, HEAD_X + hw, shoulder, BANKER_Y),
                      np.maximum(np.hypot(x - HEAD_X, y - shoulder) - hw, y - shoulder))
    offcuts = np.min([R.edges_sdf(x, y, ox - rx, ox + rx, oy - ry, oy + ry) for ox, oy, rx, ry in OFFCUTS], 0)
    # every stone at once: their faces, the stone's own marks, and a shaded right-hand side
    stone = np.minimum(np.minimum(block, head), offcuts)
    cover = R.coverage(stone)
    R.over(img, cover, base)
    R.over(img, 0.8 * cover * MARKS[kind], mark)
    shade = np.minimum(np.minimum(np.maximum(block, PULLEY_X + BLOCK_HW - 2.0 - x),
                                  np.maximum(head, HEAD_X + 0.6 * hw - x)), offcuts + 1.0)
    R.over(img, 0.25 * R.coverage(shade), (0.0, 0.0, 0.0))
    # the lettering: three lines across the headstone
    lines = np.maximum(np.abs(x - HEAD_X) - 0.6 * hw, np.abs(((y - shoulder - 1.0) % 3.2) - 1.6) - 0.45)
    lines = np.maximum(lines, np.maximum(shoulder - 0.5 - y, y - (shoulder + 9.1)))
    lines = np.maximum(lines, 0.5 - np.abs(((x - HEAD_X + 0.5) % 2.6) - 1.3) * 3.0)  # the letters' gaps
    R.over(img, 0.85 * R.coverage(np.maximum(lines, head + 1.0)), LETTER)
    # the evening light over the whole yard
    light = 1.0 + (EVE_LIGHT - 1.0) * eve[:, None]
    img *= light[:, :, None, None]
    return R.to_uint8(img)


def render(lift: float, stone: float, headstone_size: float, evening: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[lift, stone, headstone_size, evening]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("stonemason", arg, n, seed, FACTORS, sample_factors, _draw)
