"""`rainbow`: a rainbow arching over green hills after the rain (64x64 RGB).

A rainbow stands in the sky: a half-ring of colours running from red on its outside through
orange, yellow, green and blue to violet on its inside, centred below the hills so that its
ends sink behind them. It may have a second, fainter rainbow outside it, its colours in the
opposite order (red on the inside). Behind it is a grey-blue sky, paler towards the horizon,
with a dark grey rain cloud at the top left; in front are two rows of rolling hills, the far
row a duller green than the near one, and the rainbow's ends go down behind the far row.
Factors: where the rainbow stands across the image (left to right), its size (a small arch to
a large one reaching near the top of the image), the width of its band of colours (narrow to
wide), how vivid it is (faint to vivid) and whether there is a second, fainter rainbow outside
it (single or double). The rainbow's centre height, its order of colours, the sky, the cloud
and the hills stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

BOWS = ("single", "double")
FACTORS = (
    Factor("rainbow_x", "horizontal position of the rainbow (left to right)", "continuous"),
    Factor("rainbow_size", "size of the rainbow's arch (small to large)", "continuous"),
    Factor("band_width", "width of the rainbow's band of colours (narrow to wide)", "continuous"),
    Factor("vividness", "how vivid the rainbow's colours are (faint to vivid)", "continuous"),
    Factor("bows", "whether a second, fainter rainbow shows outside it (single or double)", "categorical", BOWS),
)
# rainbow_x: 0..1 puts the rainbow's centre at x = 22..42 px (at y = 60 px); rainbow_size: 0..1 is
# an outer radius of 24..44 px; band_width: 0..1 is a band 6..14 px wide; vividness: 0..1 lays the
# colours over the sky with strength 0.3..1; bows: codes 0..1 are a single rainbow and a double one,
# the second bow's inner edge 1.3 times the first's outer radius, as wide as the first, half as strong
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, len(BOWS) - 1.0))
SKY_TOP, SKY_LOW, CLOUD, CLOUD_DARK = (0.42, 0.5, 0.62), (0.76, 0.8, 0.84), (0.45, 0.47, 0.52), (0.34, 0.36, 0.41)
FAR_HILLS, NEAR_HILLS, NEAR_DARK = (0.33, 0.5, 0.32), (0.36, 0.62, 0.26), (0.27, 0.5, 0.2)
CENTRE_Y, HORIZON_Y, SECOND, SECOND_ALPHA = 60.0, 46.0, 1.3, 0.5
CLOUD_PUFFS = ((3.0, 4.0, 8.0, 5.5), (13.0, 2.0, 8.0, 6.0), (22.0, 4.5, 6.0, 4.5), (10.0, 8.0, 7.0, 4.0))
LUT_SIZE = 64


def _lut() -> np.ndarray:
    """The rainbow's colours (3, LUT_SIZE), red at 0 (the outside) to violet at the end."""
    t = np.linspace(0.0, 1.0, LUT_SIZE)
    return np.ascontiguousarray(R.hsv(0.78 * t, 0.85, 1.0).T, np.float32)


def _scene() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The sky and the cloud (3, H, W), and what stands in front of the rainbow: the hills'
    coverage (H, W) and their colours (3, H, W)."""
    x, y = R.grid()
    sky = R.vertical_gradient(SKY_TOP, SKY_LOW, HORIZON_Y)[None]
    def puffs(lift):
        return np.min([R.ellipse_sdf(x - cx, y - cy + lift, rx, ry) for cx, cy, rx, ry in CLOUD_PUFFS], axis=0)

    R.over(sky, R.coverage(puffs(0.0)), CLOUD_DARK)  # the underside, darker
    R.over(sky, R.coverage(np.maximum(puffs(2.5), puffs(0.0))), CLOUD)
    layer = np.zeros((1, 3, R.SIZE, R.SIZE), np.float32)
    far = HORIZON_Y - 3.0 * np.sin(x * 0.08 + 1.0) - 1.5 * np.sin(x * 0.21)
    near = HORIZON_Y + 8.0 - 3.5 * np.sin(x * 0.11 + 3.0)
    R.over(layer, R.coverage(far - y), FAR_HILLS)
    R.over(layer, R.coverage(near - y), NEAR_HILLS)
    R.over(layer, 0.6 * R.coverage(np.maximum(near + 3.0 - y, np.abs(((x + 2.0 * y) % 9.0) - 4.5) - 0.8)),
           NEAR_DARK)
    cover = np.maximum(R.coverage(far - y), R.coverage(near - y))
    return sky[0], cover[0].astype(np.float32), (layer[0] / np.maximum(cover, 1e-6)).astype(np.float32)


LUT = _lut()
SKY, HILL_COVER, HILL_COLOUR = _scene()
ROWS = int(HORIZON_Y) + 5  # the rows the rainbow can show in, down to the far hills' lowest dip


def _bow(img: np.ndarray, rho: np.ndarray, outer: np.ndarray, width: np.ndarray, alpha: np.ndarray,
         reverse: bool) -> None:
    """Lay a rainbow of that outer radius and width over ``img``, in place."""
    t = (outer - rho) / width  # 0 at the outer edge, 1 at the inner one
    cover = alpha * R.coverage(rho - outer) * R.coverage(outer - width - rho)
    index = np.clip(t * (LUT_SIZE - 1), 0, LUT_SIZE - 1).astype(np.intp)
    if reverse:
        index = LUT_SIZE - 1 - index
    colours = LUT[:, index]  # (3, N, H, W)
    img += cover[:, None] * (colours.transpose(1, 0, 2, 3) - img)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SKY
    # the bows, only in the rows above the hills, for speed
    part, v = img[:, :, :ROWS], y[:, :ROWS]
    rho = np.hypot(x - R.col(22 + 20 * f[:, 0]), v - CENTRE_Y)
    outer, width = R.col(24 + 20 * f[:, 1]), R.col(6 + 8 * f[:, 2])
    strength = R.col(0.3 + 0.7 * f[:, 3])
    _bow(part, rho, outer, width, strength, False)
    double = R.col(f[:, 4] > 0.5)
    _bow(part, rho, SECOND * outer + width, width, SECOND_ALPHA * strength * double, True)
    # the hills in front
    img += HILL_COVER * (HILL_COLOUR - img)
    return R.to_uint8(img)


def render(rainbow_x: float, rainbow_size: float, band_width: float, vividness: float, bows: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8; ``bows`` is the code 0 for a single rainbow, 1 for a double one."""
    return _draw(np.array([[rainbow_x, rainbow_size, band_width, vividness, bows]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("rainbow", arg, n, seed, FACTORS, sample_factors, _draw)
