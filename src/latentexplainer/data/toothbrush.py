"""`toothbrush`: a toothbrush lying on a bathroom counter, seen from above (64x64 RGB).

The toothbrush lies across the middle of the image, its head to the right: a long plastic
handle, widest at the grip (where two white rubber rings go round it), narrows to a thin
neck and widens again into the head, on which a block of bristles stands, drawn as rows of
tufts, each tuft's tip lit a little paler; a soft shadow rings the brush. The handle and the
head are one plastic colour; the bristles are another. The counter is a speckled stone surface. Factors: the brush's
horizontal position, its tilt (turned about its middle, head down to head up), the hue of its
handle (red through yellow and green to purple), the hue of its bristles (red through yellow
and green to blue) and the lightness of the counter (dark slate to pale marble). The brush's
size and shape and the counter's speckles stay fixed; the whole brush always lies inside the
image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("brush_x", "horizontal position of the toothbrush (left to right)", "continuous"),
    Factor("tilt", "tilt of the toothbrush (head turned down to head turned up)", "continuous"),
    Factor("handle_hue", "hue of the toothbrush's handle and head", "continuous"),
    Factor("bristle_hue", "hue of the toothbrush's bristles (red through green to blue)", "continuous"),
    Factor("counter_tone", "lightness of the counter (dark slate to pale marble)", "continuous"),
)
# brush_x: 0..1 puts the brush's middle (u = 0 along it) at x = 25..37 px (y = 32 px); tilt:
# -0.5..0.5 radians (positive: anticlockwise on screen, the head up); handle_hue: 0..0.8 and
# bristle_hue: 0..0.6 of the colour wheel (no wrap); counter_tone: 0..1 is a counter grey of
# lightness 0.22..0.86 (speckles of +-0.05 on it)
RANGES = ((0.0, 1.0), (-0.5, 0.5), (0.0, 0.8), (0.0, 0.6), (0.0, 1.0))
CY = 32.0
HANDLE = ((-21.0, 3.2), (-6.0, 2.9), (5.0, 1.7), (8.0, 1.7))  # (u, half-width) along the handle to the neck
HEAD_U, HEAD_HL, HEAD_HW = 16.5, 8.5, 4.6  # the head's middle along the brush, half-length, half-width
BRISTLE_U, BRISTLE_HL, BRISTLE_HW = 16.5, 7.5, 3.8  # the block of bristles
TUFT = 2.0  # the tufts' spacing
RINGS = (-16.0, -12.0)  # the grip's rubber rings, along the brush
RING, TIP, SHADOW = (0.95, 0.95, 0.95), (1.0, 1.0, 1.0), (0.0, 0.0, 0.0)
SPECKLE = 0.05
ROWS = (13, 51)  # the rows the brush can reach


def _speckles() -> np.ndarray:
    x, y = R.grid()
    s = np.sin(x * 1.7 + 3.1 * np.sin(y * 0.61)) * np.sin(y * 2.3 + 2.7 * np.sin(x * 0.53))
    return (SPECKLE * np.sign(s) * (np.abs(s) > 0.7))[0]  # (H, W): a sparse scatter of light and dark


SPECKLES = _speckles()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SPECKLES
    img += R.col(0.22 + 0.64 * f[:, 4])[:, None]
    # the brush, drawn only in the rows it (and its shadow) can reach, for speed
    r0, r1 = ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    bx, a = R.col(25 + 12 * f[:, 0]), R.col(f[:, 1])
    # brush coordinates: u along the brush towards the head (on screen (cos a, -sin a)), v across
    dx, dy = x - bx, y - CY
    ca, sa = np.cos(a), np.sin(a)
    u = dx * ca - dy * sa
    v = np.abs(dx * sa + dy * ca)
    # the handle: a tapering stroke, its half-width piecewise linear along it; then the head
    (u0, w0), (u1, w1), (u2, w2), (u3, _) = HANDLE
    hw = w0 + (w1 - w0) * np.clip((u - u0) / (u1 - u0), 0.0, 1.0) + (w2 - w1) * np.clip((u - u1) / (u2 - u1), 0.0, 1.0)
    handle = np.maximum(v - hw, np.abs(u - (u0 + u3) / 2) - (u3 - u0) / 2)
    handle = np.minimum(handle, np.sqrt((u - u0) ** 2 + v * v) - w0)  # a rounded end
    head = R.box_sdf(u - HEAD_U, v, HEAD_HL - 2.0, HEAD_HW - 2.0) - 2.0
    brush = np.minimum(handle, head)
    R.over(part, 0.35 * R.coverage(brush - 1.5), SHADOW)  # a soft shadow round it
    body = R.coverage(brush)
    R.over(part, body, R.hsv(f[:, 2], 0.8, 0.85))
    rings = np.full_like(u, np.inf)
    for ru in RINGS:
        np.minimum(rings, np.abs(u - ru), out=rings)
    R.over(part, body * R.coverage(rings - 1.0), RING)
    # the bristles: a block of tufts, their tips paler
    block = R.coverage(R.box_sdf(u - BRISTLE_U, v, BRISTLE_HL - 1.0, BRISTLE_HW - 1.0) - 1.0)
    R.over(part, block, R.hsv(f[:, 3], 0.8, 0.9))
    tu, tv = (u - BRISTLE_U) / TUFT, v / TUFT + 0.5  # in tufts from one in the block's middle
    tu -= np.floor(tu) + 0.5  # (faster than %)
    tv -= np.floor(tv) + 0.5
    R.over(part, 0.4 * block * R.coverage(TUFT * np.sqrt(tu * tu + tv * tv) - 0.55), TIP)
    return R.to_uint8(img)


def render(brush_x: float, tilt: float, handle_hue: float, bristle_hue: float, counter_tone: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[brush_x, tilt, handle_hue, bristle_hue, counter_tone]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("toothbrush", arg, n, seed, FACTORS, sample_factors, _draw)
