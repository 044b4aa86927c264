"""`octopus`: an octopus sitting on the sandy sea floor, seen from the front (64x64 RGB).

The octopus sits in the middle of the image: a big rounded head (its mantle) with a darker
outline and a few darker spots, two round eyes with white eyeballs and black pupils low on the
head, and eight arms, four to each side, mirror images of each other, that spread out and down
from under the head towards the sand. Each arm has a darker outline and tapers towards its tip;
the arms are one colour with the head. Behind is the open water, lit from
above, with soft slanting rays of light, over a strip of pale sand with a few pebbles and a
tuft of sea grass at each side. Factors: how far the arms are curled (straight out to the
tips curled up and over), the size of the head (small to large; it grows upwards from where
the arms meet it), the size of the eyes (small to large), the octopus's hue (round the whole
colour wheel) and how bright the water is (dim, deep blue to bright, shallow turquoise; the
sand and the light rays with it). The octopus's place, the arms' length and the eyes' place
stay fixed; the whole octopus always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("arm_curl", "how far the octopus's arms are curled (straight out to the tips curled up)",
           "continuous"),
    Factor("head_size", "size of the octopus's rounded head (small to large)", "continuous"),
    Factor("eye_size", "size of the octopus's eyes (small to large)", "continuous"),
    Factor("octopus_hue", "hue of the octopus (round the whole colour wheel)", "cyclic", period=1.0),
    Factor("water_light", "how bright the water and sand are (dim and deep blue to bright turquoise)",
           "continuous"),
)
# arm_curl: 0..1 turns each arm's second and third joints by 0..0.85 radians more than the one
# before (upwards, away from the middle); head_size: 0..1 is a head 8..13 px half-wide and 9..16 px
# half-high, its bottom at y = 36 px; eye_size: 0..1 is eyeballs of radius 1.8..4.2 px (the pupils
# half of that) at 5 px either side of the middle; octopus_hue: 0..1 is the whole colour wheel (1 is
# 0 again); water_light: 0..1 mixes the dim water, sand and rays into the bright ones
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
DIM_TOP, DIM_LOW, DIM_SAND = (np.array(c, np.float32) for c in ((0.04, 0.12, 0.28), (0.01, 0.04, 0.12),
                                                                 (0.3, 0.27, 0.2)))
BRIGHT_TOP, BRIGHT_LOW, BRIGHT_SAND = (np.array(c, np.float32) for c in ((0.35, 0.82, 0.86), (0.12, 0.5, 0.62),
                                                                          (0.92, 0.85, 0.65)))
GRASS, PEBBLE, WHITE, PUPIL = (0.2, 0.45, 0.22), (0.45, 0.42, 0.4), (0.97, 0.97, 0.95), (0.04, 0.04, 0.05)
CX, HEAD_BASE, SAND_Y, EYE_Y, EYE_DX = 32.0, 36.0, 54.0, 31.0, 5.0
# each arm (on the right side; the left side mirrors it): where it leaves the head, the
# direction it starts off in (radians from straight down, turning outwards), its joints' lengths
ARMS = ((1.5, 0.12), (4.0, 0.5), (6.5, 0.95), (8.5, 1.4))
SEGMENTS, ARM_W, TIP_W, CURL = (8.0, 7.0, 6.0), 2.6, 0.9, 0.85
ARM_ROWS, HEAD_ROWS, EYE_ROWS, HALF = (16, 64), (4, 41), (25, 38), R.SIZE // 2
SPOTS = ((3.5, -22.0, 1.3), (7.0, -17.0, 1.5), (2.5, -12.5, 1.1), (9.5, -9.0, 1.0))  # at the largest size; mirrored


def _scene() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The sea floor's fixed parts: rays (H, W), sand (H, W) and the grass and pebbles layer:
    a coverage (H, W) and its colours (3, H, W)."""
    x, y = R.grid()
    rays = (np.clip(np.cos((x - 0.35 * y) * 0.3) * 1.5 - 0.7, 0.0, 1.0) * np.clip(1.0 - y / 50.0, 0.0, 1.0))[0]
    sand = R.coverage(SAND_Y + 0.8 * np.sin(x * 0.2) - y)[0]
    layer = np.zeros((1, 3, R.SIZE, R.SIZE), np.float32)
    cover = np.zeros((1, R.SIZE, R.SIZE), np.float32)
    for px, py, rx, ry in ((9.0, 59.0, 2.5, 1.6), (24.0, 61.0, 1.8, 1.2), (47.0, 60.0, 2.2, 1.5)):
        c = R.coverage(R.ellipse_sdf(x - px, y - py, rx, ry))
        R.over(layer, c, PEBBLE)
        cover = np.maximum(cover, c)
    for gx in (4.0, 59.0):
        for k, lean in enumerate((-0.35, 0.0, 0.35)):
            d, h = R.segment_sdf(x, y, gx + 2.0 * (k - 1), SAND_Y + 2.0, gx + 2.0 * (k - 1) + 10.0 * lean,
                                 SAND_Y - 12.0 + 2.0 * abs(k - 1), along=True)
            c = R.coverage(d - (1.0 - 0.6 * h))
            R.over(layer, c, GRASS)
            cover = np.maximum(cover, c)
    return rays, sand, cover[0].astype(np.float32), (layer[0] / np.maximum(cover, 1e-6)).astype(np.float32)


RAYS, SAND, FRONT_COVER, FRONT_COLOUR = _scene()


def _mirror(half: np.ndarray) -> np.ndarray:
    """A right half (N, H, W / 2) and its mirror image on the left: (N, H, W)."""
    return np.concatenate([half[:, :, ::-1], half], axis=2)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    # the water: a gradient with rays, the sand, the grass and pebbles
    b = f[:, 4:5].astype(np.float32)
    top, low = DIM_TOP + (BRIGHT_TOP - DIM_TOP) * b, DIM_LOW + (BRIGHT_LOW - DIM_LOW) * b  # (N, 3)
    t = np.clip(y[0, :, 0] / SAND_Y, 0.0, 1.0)[None, None, :, None]
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = top[:, :, None, None] + (low - top)[:, :, None, None] * t
    img += (0.06 + 0.14 * b)[:, :, None, None] * RAYS
    R.over(img, np.broadcast_to(SAND, (n, R.SIZE, R.SIZE)), DIM_SAND + (BRIGHT_SAND - DIM_SAND) * b)
    front = FRONT_COLOUR - img
    front *= FRONT_COVER
    img += front
    colour = R.hsv(f[:, 3], 0.72, 0.85)
    dark = 0.6 * colour
    # the octopus is its own mirror image: each part is drawn on the right half (u = x - CX >= 0)
    # and mirrored onto the left
    u = x[:, :, HALF:] - CX
    # the arms, each three joints bending upwards and outwards as they curl, tapering to the tip
    r0, r1 = ARM_ROWS
    v = y[:, r0:r1]
    bend = R.col(CURL * f[:, 0])
    near = np.full((n, r1 - r0, HALF), np.inf, np.float32)  # squared distance to the nearest arm's middle line
    for ax, a0 in ARMS:
        px, py, a = ax, HEAD_BASE - 2.0, a0
        for k, length in enumerate(SEGMENTS):
            if k:
                a = a + bend
            dx, dy = np.sin(np.float32(a)), np.cos(np.float32(a))  # a unit step along the joint
            ex, ey = u - px, v - py
            h = np.clip(ex * dx + ey * dy, 0.0, length)
            ex = ex - h * dx
            ey = ey - h * dy
            np.minimum(near, ex * ex + ey * ey, out=near)
            px, py = px + length * dx, py + length * dy
    reach = np.clip(np.hypot(u, v - HEAD_BASE) / sum(SEGMENTS), 0.0, 1.0)  # roughly how far along an arm
    arms = np.sqrt(near) - (ARM_W + (TIP_W - ARM_W) * reach)
    part = img[:, :, r0:r1]
    R.over(part, _mirror(R.coverage(arms)), colour)
    R.over(part, _mirror(R.coverage(np.abs(arms + 0.4) - 0.4)), dark)
    # the head: a dome growing up from its base, an outline, spots; the eyes
    r0, r1 = HEAD_ROWS
    part, v = img[:, :, r0:r1], y[:, r0:r1]
    s = R.col(f[:, 1])
    hw, hh = 8.0 + 5.0 * s, 9.0 + 7.0 * s
    head = R.ellipse_sdf(u, v - HEAD_BASE + hh, hw, hh)
    R.over(part, _mirror(R.coverage(head)), dark)
    R.over(part, _mirror(R.coverage(head + 1.0)), colour)
    spots = np.min([np.hypot(u - sx * hw / 13.0, v - HEAD_BASE - sy * hh / 16.0) - r for sx, sy, r in SPOTS],
                   axis=0)
    R.over(part, _mirror(0.7 * R.coverage(np.maximum(spots, head + 1.5))), dark)
    r0, r1 = EYE_ROWS
    part, v = img[:, :, r0:r1], y[:, r0:r1]
    er = R.col(1.8 + 2.4 * f[:, 2])
    eyes = np.hypot(u - EYE_DX, v - EYE_Y)
    R.over(part, _mirror(R.coverage(eyes - er - 0.8)), dark)
    R.over(part, _mirror(R.coverage(eyes - er)), WHITE)
    R.over(part, _mirror(R.coverage(np.hypot(u - EYE_DX, v - EYE_Y - 0.3 * er) - 0.5 * er)), PUPIL)
    return R.to_uint8(img)


def render(arm_curl: float, head_size: float, eye_size: float, octopus_hue: float,
           water_light: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[arm_curl, head_size, eye_size, octopus_hue, water_light]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("octopus", arg, n, seed, FACTORS, sample_factors, _draw)
