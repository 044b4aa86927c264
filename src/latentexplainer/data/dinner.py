"""`dinner`: a place setting - a white dinner plate with a fork beside it on a gingham
tablecloth, seen from above (64x64 RGB).

The tablecloth is gingham: bands of one colour run across and down a white cloth, where they
cross the colour is full, where one band runs it is half as strong, between them the cloth is
white; the checks are anchored at the middle of the image. A round white plate lies to the
right of the middle, its flat rim a little whiter than its shallow well, with a faint grey
outline and a soft shadow to its lower right. To the left of the plate lies a steel fork, its
four tines pointing up the table, with a soft shadow of its own; it turns about its middle.
Factors: the size of the plate (small to large), how far up or down the table it lies (near
the top to near the bottom), the fork's turn (the tines leaning left, pointing straight up,
leaning right), the size of the gingham checks (small to large) and the hue of the cloth's
colour (red through yellow and green to purple). The plate's horizontal place, the fork's size
and place, the plate's and fork's colours and the light stay fixed; the whole plate and fork
always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("plate_size", "size of the dinner plate (small to large)", "continuous"),
    Factor("plate_y", "how far down the table the plate lies (top to bottom)", "continuous"),
    Factor("fork_turn", "turn of the fork (tines leaning left, straight up, leaning right)", "continuous"),
    Factor("check_size", "size of the tablecloth's gingham checks (small to large)", "continuous"),
    Factor("cloth_hue", "hue of the tablecloth's checks (red through yellow and green to purple)", "continuous"),
)
# plate_size: 0..1 is a plate of radius 11..18 px (its well 0.66 of that), its middle at x = 40 px;
# plate_y: 0..1 puts its middle at y = 22..42 px; fork_turn: -0.45..0.45 radians from pointing
# straight up (negative: the tines lean to the left), about the fork's middle at (11, 33) px;
# check_size: 0..1 is a gingham repeat of 6..16 px (a coloured band half of it);
# cloth_hue: 0..0.8 of the colour wheel (no wrap)
RANGES = ((0.0, 1.0), (0.0, 1.0), (-0.45, 0.45), (0.0, 1.0), (0.0, 0.8))
WHITE = np.array((0.97, 0.96, 0.93), np.float32)
RIM, WELL, EDGE = (0.99, 0.99, 0.98), (0.9, 0.91, 0.9), (0.55, 0.56, 0.58)
STEEL, SHADOW = (0.52, 0.55, 0.6), (0.0, 0.0, 0.0)
PLATE_X, WELL_R = 40.0, 0.66
FORK_X, FORK_Y = 11.0, 33.0
HANDLE, HANDLE_HW = 19.0, 1.6  # the handle, below the fork's middle
HEAD_LO, HEAD_HI, HEAD_HW = 3.0, 19.0, 3.3  # the head, above it: tines from TINES to HEAD_HI
TINES, TINE_PITCH, GAP_HW = 9.5, 1.85, 0.4  # four tines: three gaps between them
SHADOW_DX, SHADOW_DY = 1.5, 2.0
FORK_ROWS, FORK_COLUMNS = (10, 58), (0, 26)  # the part of the image the fork and its shadow can reach


def _fork(x, y, a):
    """Signed distance to the fork turned by ``a`` about its middle."""
    u = (x - FORK_X) * np.sin(a) - (y - FORK_Y) * np.cos(a)  # up the fork
    v = (x - FORK_X) * np.cos(a) + (y - FORK_Y) * np.sin(a)  # across it, to the right
    handle = R.segment_sdf(u, v, -HANDLE, 0.0, HEAD_LO, 0.0) - HANDLE_HW
    taper = HANDLE_HW + (HEAD_HW - HANDLE_HW) * np.clip((u - HEAD_LO) / 3.0, 0.0, 1.0)
    head = np.maximum(np.abs(v) - taper, np.maximum(HEAD_LO - u, u - HEAD_HI))
    gap = np.abs(((v + TINE_PITCH / 2) % TINE_PITCH) - TINE_PITCH / 2) - GAP_HW
    gaps = np.maximum(gap, np.maximum(TINES - u, np.abs(v) - 1.5 * TINE_PITCH + GAP_HW))
    return np.minimum(handle, np.maximum(head, -gaps))


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    # the gingham: a band of colour every repeat across and down, anchored at the middle
    rep = R.col(6 + 10 * f[:, 3])
    band = lambda c: R.coverage(np.abs((c - 32.0) % rep - rep / 2) - rep / 4)  # noqa: E731
    k = 0.5 * (band(x) + band(y))  # (n, H, W): 0 white, 0.5 one band, 1 where two cross
    colour = R.hsv(f[:, 4], 0.7, 0.78)
    img = WHITE[None, :, None, None] + (colour - WHITE[None])[:, :, None, None] * k[:, None]
    # the plate: its shadow, its rim and well, its outline
    r, cy = R.col(11 + 7 * f[:, 0]), R.col(22 + 20 * f[:, 1])
    rho = np.hypot(x - PLATE_X, y - cy)
    R.over(img, 0.3 * R.coverage(np.hypot(x - PLATE_X - SHADOW_DX, y - cy - SHADOW_DY) - r), SHADOW)
    R.over(img, R.coverage(rho - r), RIM)
    R.over(img, R.coverage(rho - WELL_R * r), WELL)
    R.over(img, 0.5 * R.coverage(np.abs(rho - WELL_R * r) - 0.4), EDGE)
    R.over(img, 0.7 * R.coverage(np.abs(rho - r + 0.5) - 0.5), EDGE)
    # the fork and its shadow, drawn only in the part of the image they can reach, for speed
    (r0, r1), (c0, c1) = FORK_ROWS, FORK_COLUMNS
    part, x, y = img[:, :, r0:r1, c0:c1], x[:, :, c0:c1], y[:, r0:r1]
    a = R.col(f[:, 2])
    R.over(part, 0.3 * R.coverage(_fork(x - SHADOW_DX, y - SHADOW_DY, a)), SHADOW)
    R.over(part, R.coverage(_fork(x, y, a)), STEEL)
    return R.to_uint8(img)


def render(plate_size: float, plate_y: float, fork_turn: float, check_size: float, cloth_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[plate_size, plate_y, fork_turn, check_size, cloth_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("dinner", arg, n, seed, FACTORS, sample_factors, _draw)
