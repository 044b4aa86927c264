"""`cupcake`: a frosted cupcake in a striped paper case on a plate on a kitchen table, seen from
the side (64x64 RGB).

The cupcake stands in the middle of the image on a white plate: a paper case that widens
upwards, striped up and down in white and a deep red, with a pile of frosting on top - three
rounded tiers, each narrower than the one below, with a darker shade along each tier's lower
edge and a small peak on top. On the peak may sit a glossy red cherry with a short green
stalk. Behind it is a plain cream wall; the table top in front is light wood with a few
darker grain lines. Factors: the height of the frosting (a low pile to a tall one), the number
of red stripes on the paper case (3, 5 or 7; as many white ones between them), the size of the
cherry on top (none to large) and the hue of the frosting. The cupcake's place, the case's size,
the plate, the wall and the table stay fixed; the whole cupcake always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

STRIPES = ("3", "5", "7")
FACTORS = (
    Factor("frosting_height", "height of the frosting on top of the cupcake (low to tall)", "continuous"),
    Factor("stripe_count", "number of red stripes on the cupcake's paper case (3, 5 or 7)", "categorical",
           STRIPES),
    Factor("cherry_size", "size of the cherry on top of the frosting (none to large)", "continuous"),
    Factor("frosting_hue", "hue of the frosting", "continuous"),
)
# frosting_height: 0..1 is a frosting pile 8..22 px high above the case's top (y = 38 px);
# stripe_count: codes 0..2 are 3, 5 or 7 red stripes with 2, 4 or 6 white ones between them,
# all of equal width across the case (28 px wide at its top, 20 px at its foot at y = 54 px);
# cherry_size: 0..1 is a cherry of radius 0..6.5 px (0: none) on the pile's top;
# frosting_hue: 0..0.8 of the colour wheel (no wrap)
RANGES = ((0.0, 1.0), (0.0, len(STRIPES) - 1.0), (0.0, 1.0), (0.0, 0.8))
WALL_TOP, WALL_LOW, TABLE, GRAIN = (0.96, 0.92, 0.8), (0.88, 0.82, 0.68), (0.78, 0.6, 0.4), (0.64, 0.46, 0.28)
PLATE, PLATE_SHADE = (0.98, 0.98, 0.98), (0.8, 0.82, 0.86)
CASE_RED, CASE_WHITE = (0.78, 0.12, 0.2), (0.98, 0.96, 0.94)
CHERRY, STALK, GLOSS = (0.78, 0.04, 0.1), (0.25, 0.5, 0.15), (1.0, 0.9, 0.9)
CX, CASE_TOP, CASE_FOOT, CASE_TOP_HW, CASE_FOOT_HW = 32.0, 38.0, 54.0, 14.0, 10.0
TABLE_Y, PLATE_Y = 47.0, 55.0
TIERS = ((15.0, 0.0), (11.0, 0.36), (7.0, 0.66))  # each tier's half-width and its middle's height (of the pile)
FROST_SHADE = 0.78


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(WALL_TOP, WALL_LOW, TABLE_Y)[None]
    R.over(img, R.below(TABLE_Y, 1), TABLE)
    grain = R.coverage(np.abs(y - TABLE_Y - 3.0 - 4.0 * np.floor((y - TABLE_Y) / 4.0) - 0.3 * np.sin(x * 0.2)) - 0.35)
    R.over(img, 0.6 * grain * R.below(TABLE_Y + 1.0, 1)[0], GRAIN)
    R.over(img, R.coverage(R.ellipse_sdf(x - CX, y - PLATE_Y - 0.8, 23.0, 4.2)), PLATE_SHADE)
    R.over(img, R.coverage(R.ellipse_sdf(x - CX, y - PLATE_Y, 22.0, 3.4)), PLATE)
    return img[0]


BACKGROUND = _background()


def _case_layers() -> tuple[np.ndarray, np.ndarray]:
    """The paper case's coverage (H, W), and its colours with each stripe count
    (len(STRIPES), 3, H, W): red and white bands of equal width across it."""
    x, y = R.grid()
    t = np.clip((y - CASE_TOP) / (CASE_FOOT - CASE_TOP), 0.0, 1.0)
    hw = CASE_TOP_HW + (CASE_FOOT_HW - CASE_TOP_HW) * t
    side = (np.abs(x - CX) - hw) / np.hypot(1.0, (CASE_TOP_HW - CASE_FOOT_HW) / (CASE_FOOT - CASE_TOP))
    cover = R.coverage(np.maximum(side, np.maximum(CASE_TOP - 0.5 - y, y - CASE_FOOT)))[0]
    white, red = np.asarray(CASE_WHITE)[:, None, None], np.asarray(CASE_RED)[:, None, None]
    out = []
    for stripes in STRIPES:
        bands = 2 * int(stripes) - 1  # red at both edges
        pos = ((x - CX) / hw * 0.5 + 0.5) * bands  # which band, fractional
        frac = pos - np.floor(pos)
        edge = np.minimum(frac, 1.0 - frac) * (2.0 * hw / bands)  # px to the nearest band edge
        is_red = np.floor(pos) % 2 == 0
        red_cov = np.clip(np.where(is_red, 0.5 + edge, 0.5 - edge), 0.0, 1.0)[0]
        out.append((white + (red - white) * red_cov).astype(np.float32))
    return cover, np.stack(out)


CASE_COVER, CASE_LAYERS = _case_layers()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the striped case
    case = CASE_LAYERS[f[:, 1].astype(int)]  # (N, 3, H, W)
    img += CASE_COVER * (case - img)
    # the frosting: three tiers from the case's top upwards, then the peak
    pile = R.col(8 + 14 * f[:, 0])
    frosting = R.hsv(f[:, 3], 0.45, 0.97)
    u = x - CX
    for hw, up in TIERS:
        cy = CASE_TOP - 1.0 - up * pile
        ry = 0.2 * pile + 1.8
        tier = R.ellipse_sdf(u, y - cy, hw, ry)
        img = R.over(img, R.coverage(tier), FROST_SHADE * frosting)
        img = R.over(img, R.coverage(R.ellipse_sdf(u, y - cy + 0.9, hw - 0.8, ry - 0.9)), frosting)
    top = CASE_TOP - 1.0 - pile
    peak = np.maximum((np.abs(u) * 1.2 + (y - top)) / np.hypot(1.2, 1.0), top + 0.24 * pile + 1.0 - y) - 0.6
    img = R.over(img, R.coverage(peak), frosting)
    # the cherry and its stalk
    r = R.col(6.5 * f[:, 2])
    cy = top + 1.5 - r
    has = r > 0.3
    stalk = np.where(has, R.segment_sdf(x, y, CX + 0.3, cy - r + 0.5, CX + 2.5, cy - r - 3.5) - 0.55, np.inf)
    img = R.over(img, R.coverage(stalk), STALK)
    cherry = np.where(has, np.hypot(u, y - cy) - r, np.inf)
    img = R.over(img, R.coverage(cherry), CHERRY)
    gloss = np.maximum(np.hypot(u + 0.4 * r, y - cy + 0.4 * r) - 0.28 * r, cherry)
    return R.to_uint8(R.over(img, 0.8 * R.coverage(gloss), GLOSS))


def render(frosting_height: float, stripe_count: float, cherry_size: float, frosting_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8; ``stripe_count`` is the code 0..2 for 3, 5 or 7 red stripes."""
    return _draw(np.array([[frosting_height, stripe_count, cherry_size, frosting_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("cupcake", arg, n, seed, FACTORS, sample_factors, _draw)
