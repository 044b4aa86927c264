"""`birdfeeder`: a tube bird feeder hanging on a chain from a branch in a garden, with small red
birds perched on it, seen straight on (64x64 RGB).

A brown branch runs across the top of the image; from it a thin chain hangs down to the
feeder's dark red roof. Below the roof is a clear tube full of tan seed with a dark tray at
its foot and short perches sticking out to both sides. Birds - round red bodies with a head
turned towards the tube, an orange beak and a dark tail - sit on the perches. Behind is a
blurred backdrop of foliage. Factors: how many birds are perched on the feeder (none to
three), how low the feeder hangs (a short chain to a long one), the season of the foliage
behind (summer green to autumn orange) and how hard it is snowing (no snow to many falling
flakes, with a white cap of snow on the feeder's roof). The feeder's size, the birds' look
and the branch stay fixed; the feeder always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("birds", "how many birds are perched on the feeder", "categorical", ("none", "1", "2", "3")),
    Factor("hang", "how low the feeder hangs from the branch (short to long chain)", "continuous"),
    Factor("season", "colour of the foliage behind (summer green to autumn orange)", "continuous"),
    Factor("snow", "how hard it is snowing (none to heavy, a cap of snow on the roof)", "continuous"),
)
# birds: codes 0..3, the birds perched in the order of PERCHES; hang: 0..1 puts the roof's
# peak at y = 10..18 px; season: 0..1 blends the foliage from green to orange; snow: 0..1
# shows that fraction of FLAKES flakes and a roof cap 0..3 px thick
RANGES = ((0.0, 3.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
SUMMER, AUTUMN = np.array((0.3, 0.5, 0.24)), np.array((0.85, 0.47, 0.12))
BRANCH, CHAIN, ROOF, TUBE, SEED, TRAY = (0.38, 0.25, 0.15), (0.25, 0.25, 0.27), (0.5, 0.14, 0.12), \
    (0.85, 0.9, 0.92), (0.78, 0.62, 0.38), (0.18, 0.18, 0.2)
BIRD, BEAK, TAIL, EYE, SNOW = (0.85, 0.12, 0.1), (0.98, 0.6, 0.1), (0.3, 0.08, 0.06), (0.05, 0.05, 0.05), \
    (0.98, 0.98, 1.0)
TUBE_HW, TUBE_H, ROOF_HW, ROOF_H = 6.0, 24.0, 11.0, 5.0
# the perches: side (-1 left, +1 right) and depth below the roof's peak, in the birds' order
PERCHES = ((-1, 26.0), (1, 14.0), (1, 26.0))
FLAKES = 60
BIRD_ROWS = (9, 50)  # the rows the perches and birds can reach


def _static():
    x, y = R.grid()
    blobs = (0.07 * np.sin(x * 0.31 + 0.5 * np.sin(y * 0.23)) * np.sin(y * 0.27 + 1.2)
             + 0.04 * np.sin(x * 0.9 + y * 0.6))[0]
    rng = np.random.default_rng(43)
    fx, fy = rng.uniform(1, 63, FLAKES), rng.uniform(1, 63, FLAKES)
    d = np.hypot(x[0] - fx[:, None, None], y[0] - fy[:, None, None]) - 1.3  # (FLAKES, H, W)
    rank = np.argmin(d, 0)  # the nearest flake to each pixel, and its coverage
    cov = R.coverage(np.take_along_axis(d, rank[None], 0)[0])
    branch = R.coverage(np.abs(y - 5.0 - 0.08 * (x - 32)) - 2.2)[0]
    return blobs.astype(np.float32), (rank / FLAKES).astype(np.float32), cov.astype(np.float32), branch


BLOBS, FLAKE_RANK, FLAKE_COVER, BRANCH_COVER = _static()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    season = f[:, 2:3]
    leaves = SUMMER[None] + (AUTUMN - SUMMER)[None] * season  # (n, 3)
    img = leaves[:, :, None, None] * (1 + BLOBS[None, None]).astype(np.float32)
    img = img.astype(np.float32)
    R.over(img, np.broadcast_to(BRANCH_COVER, (n, R.SIZE, R.SIZE)), BRANCH)
    peak = R.col(10 + 8 * f[:, 1])
    chain = np.maximum(np.abs(x - 32.0) - 0.6, np.maximum(6.0 - y, y - peak))
    chain = np.broadcast_to(chain, (n, R.SIZE, R.SIZE))
    R.over(img, R.coverage(chain), CHAIN)
    # the tube of seed, its tray and perches
    top, foot = peak + ROOF_H, peak + ROOF_H + TUBE_H
    tube = R.edges_sdf(x, y, 32 - TUBE_HW, 32 + TUBE_HW, top, foot)
    R.over(img, R.coverage(tube), TUBE)
    R.over(img, R.coverage(R.edges_sdf(x, y, 33 - TUBE_HW, 31 + TUBE_HW, top + 3, foot)), SEED)
    speckle = (np.sin(x * 2.1) * np.sin(y * 1.7) > 0.5).astype(np.float32)
    R.over(img, 0.5 * speckle * R.coverage(R.edges_sdf(x, y, 33 - TUBE_HW, 31 + TUBE_HW, top + 3, foot)), TRAY)
    R.over(img, R.coverage(R.edges_sdf(x, y, 32 - TUBE_HW - 3, 32 + TUBE_HW + 3, foot, foot + 3)), TRAY)
    codes = f[:, 0]
    r0, r1 = BIRD_ROWS
    for i, (side, depth) in enumerate(PERCHES):  # each bird drawn only where it can reach, for speed
        c0, c1 = (4, 33) if side < 0 else (31, 60)
        part, u, v = img[:, :, r0:r1, c0:c1], x[:, :, c0:c1], y[:, r0:r1]
        py = peak + depth
        perch = R.edges_sdf(u, v, 32 + min(side * TUBE_HW, side * (TUBE_HW + 6)),
                            32 + max(side * TUBE_HW, side * (TUBE_HW + 6)), py - 0.8, py + 0.8)
        R.over(part, R.coverage(perch), TRAY)
        shown = R.col(codes > i)
        bx, by = 32 + side * (TUBE_HW + 6.5), py - 5.0
        tail = R.segment_sdf(u, v, bx - side * 4, by + 2, bx - side * 10, by + 6) - 2.0
        R.over(part, shown * R.coverage(tail), TAIL)
        body = np.minimum(R.ellipse_sdf(u - bx, v - by, 7.0, 5.6),
                          np.hypot(u - (bx + side * 4.5), v - (by - 4.5)) - 4.3)
        R.over(part, shown * R.coverage(body), BIRD)
        beak = np.hypot(u - (bx + side * 8.5), v - (by - 4.0)) - 1.4
        R.over(part, shown * R.coverage(beak), BEAK)
        eye = np.hypot(u - (bx + side * 5.5), v - (by - 5.5)) - 0.9
        R.over(part, shown * R.coverage(eye), EYE)
    # the roof, its cap of snow, and the falling snow
    snow = R.col(f[:, 3])
    slope = (np.abs(x - 32) * ROOF_H / ROOF_HW - (y - peak)) / 1.2
    roof = np.maximum(R.edges_sdf(x, y, 32 - ROOF_HW, 32 + ROOF_HW, peak, top), slope)
    R.over(img, R.coverage(roof), ROOF)
    cap = np.maximum(np.maximum(slope - 3.0 * snow, -slope), np.abs(x - 32) - ROOF_HW)
    R.over(img, np.clip(5 * snow, 0, 1) * R.coverage(cap), SNOW)
    R.over(img, FLAKE_COVER * (FLAKE_RANK < snow), SNOW)
    return R.to_uint8(img)


def render(birds: float, hang: float, season: float, snow: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[birds, hang, season, snow]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("birdfeeder", arg, n, seed, FACTORS, sample_factors, _draw)
