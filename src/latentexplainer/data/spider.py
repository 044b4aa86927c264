"""`spider`: a garden spider hanging on its thread beside its web in a garden, seen from the
front (64x64 RGB).

A brown branch runs across the top of the image. From it hangs an orb web on the left: white
silk spokes running out from its hub, crossed by rings of silk, each ring straight between two
spokes, tied to the branch and down to the bottom edge by a few anchor threads. On the right a
spider hangs head down from the branch on a single thread: a yellow abdomen with black bands
on top, a grey head below it, and eight long orange-brown legs, four on each side, each bent at
a dark knee. Behind is a garden of green leaves, out of focus, with paler blotches of light.
Factors: how far down the spider has dropped on its thread (just under the branch to low
down), how many rings of silk cross the web (two to six), the size of the spider (small to
large), how far its legs are curled in (spread wide to curled up against its body) and how
bright the garden behind is (dim dusk to bright daylight). The web's place and size, the
branch and the spider's place across the image stay fixed; the whole spider always lies
inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

RINGS = ("2", "3", "4", "5", "6")
FACTORS = (
    Factor("drop", "how far down the spider hangs on its thread (just under the branch to low down)", "continuous"),
    Factor("web_rings", "how many rings of silk cross the spider's web (two to six)", "categorical", RINGS),
    Factor("spider_size", "size of the spider (small to large)", "continuous"),
    Factor("leg_curl", "how far the spider's legs are curled in (spread wide to curled up)", "continuous"),
    Factor("daylight", "how bright the garden behind is (dim dusk to bright daylight)", "continuous"),
)
# drop: 0..1 puts the spider's middle (where its legs join) at y = 18..48 px (x = 44 px, the
# branch at y = 6 px); web_rings: codes 0..4 are 2..6 rings, evenly spaced out along the spokes
# from an open hub 5 px in radius to the frame, 21 px out (the hub at (24, 36) px, 10 spokes);
# spider_size: 0..1 scales the spider by 0.75..1.2 (legs of 6.5 + 8.5 px at 1); leg_curl: 0..1
# turns each leg's outer part from 0.3 to 2.8 radians round from its inner part, towards the
# body, and turns the inner parts most of the way to 0.5 radians above level; daylight: 0..1
# scales the garden's brightness by 0.25..1
RANGES = ((0.0, 1.0), (0.0, len(RINGS) - 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
LEAVES, LIGHT, SHADE = (0.32, 0.54, 0.26), (0.62, 0.8, 0.4), (0.16, 0.32, 0.14)
BRANCH, BRANCH_DARK, SILK, ABDOMEN, BAND, HEAD, LEG, KNEE = (
    (0.44, 0.3, 0.18),
    (0.28, 0.18, 0.1),
    (0.94, 0.95, 0.97),
    (0.98, 0.84, 0.2),
    (0.08, 0.07, 0.06),
    (0.62, 0.62, 0.6),
    (0.96, 0.64, 0.2),
    (0.3, 0.16, 0.06),
)
HUB, HUB_R, FRAME, SPOKES, SPIDER_X, BRANCH_Y = (24.0, 36.0), 5.0, 21.0, 10, 44.0, 6.0
HIPS = (0.9, 0.35, -0.2, -0.75)  # each leg's inner part, radians up from level (the same on each side)
FEMUR, TIBIA = 6.5, 8.5
ANCHORS = ((-14.0, -14.0, 8.0, BRANCH_Y), (14.0, -14.0, 38.0, BRANCH_Y), (0.0, 21.0, 22.0, 64.0))
SPIDER_COLS = 26


def _background() -> np.ndarray:
    """The garden, (3, H, W), at full brightness."""
    x, y = R.grid()
    img = R.vertical_gradient(LIGHT, LEAVES, 40.0)[None]
    for bx, by, r, colour, a in (
        (12.0, 50.0, 9.0, SHADE, 0.7),
        (54.0, 20.0, 10.0, LIGHT, 0.6),
        (40.0, 56.0, 12.0, SHADE, 0.6),
        (6.0, 16.0, 7.0, SHADE, 0.5),
        (30.0, 12.0, 6.0, LIGHT, 0.5),
        (58.0, 44.0, 7.0, LIGHT, 0.4),
    ):
        R.over(img, a * np.clip(1.0 - np.hypot(x - bx, y - by) / r, 0.0, 1.0) ** 0.7, colour)
    return img[0]


def _static() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The branch's coverage and colours, and the spokes' and anchor threads' coverage, (H, W)."""
    x, y = R.grid()
    layer = np.zeros((1, 3, R.SIZE, R.SIZE), np.float32)
    top = BRANCH_Y + 0.04 * (x - 32.0) + 0.6 * np.sin(x * 0.3)
    branch = np.minimum(np.abs(y - top) - 2.2, R.segment_sdf(x, y, 52.0, 5.0, 60.0, 0.0) - 1.2)
    R.over(layer, R.coverage(branch), BRANCH)
    R.over(layer, R.coverage(np.maximum(branch, top + 0.8 - y)), BRANCH_DARK)
    cover = R.coverage(branch)
    u, v = x - HUB[0], y - HUB[1]
    rho, theta = np.hypot(u, v), np.arctan2(v, u)
    step = 2 * np.pi / SPOKES
    spoke = rho * np.abs(np.sin(theta - np.round(theta / step) * step))
    silk = np.where(rho < FRAME + 0.5, spoke, np.inf)
    for au, av, ex, ey in ANCHORS:
        silk = np.minimum(silk, R.segment_sdf(x, y, HUB[0] + au, HUB[1] + av, ex, ey))
    return (
        cover[0].astype(np.float32),
        (layer[0] / np.maximum(cover, 1e-6)).astype(np.float32),
        R.coverage(silk - 0.4)[0].astype(np.float32),
    )


def _rings() -> np.ndarray:
    """The rings' coverage for each count, (len(RINGS), H, W)."""
    x, y = R.grid()
    u, v = x - HUB[0], y - HUB[1]
    rho, theta = np.hypot(u, v), np.arctan2(v, u)
    step = 2 * np.pi / SPOKES
    across = rho * np.cos(theta - (np.floor(theta / step) + 0.5) * step)  # out from the hub, square to the ring
    out = []
    for count in range(2, 2 + len(RINGS)):
        radii = HUB_R + (FRAME - HUB_R) * np.arange(1, count + 1) / count
        d = np.min([np.abs(across - r * np.cos(step / 2)) for r in radii], axis=0)
        out.append(R.coverage(d - 0.4)[0])
    return np.stack(out).astype(np.float32)


GARDEN = _background()
BRANCH_COVER, BRANCH_COLOUR, SILK_COVER = _static()
RING_COVER = _rings()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    # the garden, as bright as the day; the branch; the web
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = GARDEN
    img *= R.col(0.25 + 0.75 * f[:, 4])[:, None]
    img += BRANCH_COVER * (BRANCH_COLOUR - img)
    silk = np.maximum(SILK_COVER, RING_COVER[f[:, 1].astype(int)])
    img = R.over(img, 0.9 * silk, SILK)
    # the spider, in the columns it can reach: its thread, legs, head and abdomen
    part, xx = img[:, :, :, SPIDER_COLS:], x[:, :, SPIDER_COLS:]
    sy, k = R.col(18.0 + 30.0 * f[:, 0]), R.col(0.75 + 0.45 * f[:, 2])
    u, v = xx - SPIDER_X, y - sy
    R.over(part, R.coverage(np.maximum(np.abs(u) - 0.4, np.maximum(BRANCH_Y - y, v + 1.0))), SILK)
    bend = R.col(0.3 + 2.5 * f[:, 3])
    legs, knees = np.inf, np.inf
    for hip in HIPS:
        a = hip * (1.0 - 0.6 * f[:, 3])[:, None, None] + 0.5 * f[:, 3][:, None, None]
        kx, ky = FEMUR * k * np.cos(a), -FEMUR * k * np.sin(a)
        tx, ty = kx + TIBIA * k * np.cos(a - bend), ky - TIBIA * k * np.sin(a - bend)
        au = np.abs(u)  # both sides at once: the legs are mirror images
        legs = np.minimum(
            legs,
            np.minimum(
                R.segment_sdf(au, v, 1.0, 0.0, kx, ky) - 1.1 * k, R.segment_sdf(au, v, kx, ky, tx, ty) - 0.9 * k
            ),
        )
        knees = np.minimum(knees, np.hypot(au - kx, v - ky) - 1.25 * k)
    R.over(part, R.coverage(legs), LEG)
    R.over(part, R.coverage(knees), KNEE)
    R.over(part, R.coverage(R.ellipse_sdf(u, v - 1.5 * k, 2.6 * k, 3.0 * k)), HEAD)
    abdomen = R.ellipse_sdf(u, v + 4.5 * k, 4.2 * k, 5.2 * k)
    R.over(part, R.coverage(abdomen), ABDOMEN)
    bands = np.abs(((v + 4.5 * k) / k % 3.2) - 1.6) - 0.55
    R.over(part, R.coverage(np.maximum(abdomen + 0.7, bands * k)), BAND)
    return R.to_uint8(img)


def render(drop: float, web_rings: float, spider_size: float, leg_curl: float, daylight: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8; ``web_rings`` is the code 0..4 for a web of 2..6 rings."""
    return _draw(np.array([[drop, web_rings, spider_size, leg_curl, daylight]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("spider", arg, n, seed, FACTORS, sample_factors, _draw)
