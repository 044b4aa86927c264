"""`ladybug`: a spotted ladybug on a green leaf, seen from above (64x64 RGB).

The ladybug stands in the middle of a broad leaf with a pale midrib and side veins. Its domed
back is two wing cases meeting along its middle, glossy and coloured, each with the same black
spots (mirror images of each other) and a thin dark rim. In front of them is a black shield with
two white patches, and in front of that a small black head with two short feelers; six short
black legs stick out from under the body. When the wing cases lift apart, each turning out about
its front inner corner, the thin, brownish, see-through flying wings show between and beneath
them. Factors: the way the ladybug faces (a whole turn; the ladybug turns about its middle), the
number of spots (2, 4 or 6), how far the wing cases are opened (shut to spread), the hue of the
wing cases (red through orange to yellow) and the size of the ladybug. The leaf, the black parts
and the wings' colour stay fixed; the whole ladybug always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

SPOTS = ("2", "4", "6")
FACTORS = (
    Factor("heading", "the way the ladybug faces (a whole turn)", "cyclic", period=2 * np.pi),
    Factor("spot_count", "number of black spots on the ladybug's back", "categorical", SPOTS),
    Factor("wing_open", "how far the ladybug's wing cases are opened (shut to spread)", "continuous"),
    Factor("shell_hue", "hue of the wing cases (red through orange to yellow)", "continuous"),
    Factor("bug_size", "size of the ladybug (small to large)", "continuous"),
)
# heading: 0..2 pi radians, clockwise on screen from facing straight up (pi / 2: facing right);
# spot_count: codes 0..2 are 1, 2 or 3 spots on each wing case (SPOT_PLACES); wing_open: 0..0.6
# radians that each wing case turns outwards; shell_hue: 0..0.15 of the colour wheel; bug_size:
# 0..1 is a body R = 10..13 px (the wing cases are 1.15 R long and R wide each side of the middle)
RANGES = ((0.0, 2 * np.pi), (0.0, 2.0), (0.0, 0.6), (0.0, 0.15), (0.0, 1.0))
CX, CY = 32.0, 32.0
BLACK, WHITE, WING = (0.06, 0.05, 0.05), (0.95, 0.95, 0.92), np.array((0.62, 0.5, 0.38))
LEAF, VEIN, SHADOW_LEAF = np.array((0.3, 0.58, 0.22)), np.array((0.55, 0.75, 0.4)), np.array((0.2, 0.42, 0.15))
# in units of R, in the ladybug's own frame (u forwards, v to its right): the wing cases'
# ellipse (middle, half-length, half-width), the point each turns about, the shield and the head
CASE_U, CASE_A, CASE_B, HINGE_U = -0.15, 1.15, 1.0, 0.55
SHIELD_U, SHIELD_A, SHIELD_B, HEAD_U, HEAD_R = 0.62, 0.36, 0.62, 0.98, 0.3
SPOT_R = 0.25
WING_TURN, WING_GROW = 0.4, 0.4  # the flying wings turn this share of the cases' opening, and
# grow this much longer (in R) per radian of it
SPOT_PLACES = (  # (u, |v|) of each spot on a wing case, for 1, 2 and 3 spots a side
    ((-0.4, 0.5),),
    ((0.05, 0.5), (-0.72, 0.46)),
    ((0.2, 0.47), (-0.38, 0.62), (-0.92, 0.42)),
)
LEGS = ((0.35, 1.5), (-0.1, 1.65), (-0.55, 1.5))  # where each leg's foot is (u, |v|), from (u, 0.5)
WINDOW = slice(7, 57)  # the rows and columns the ladybug can reach


def _leaf() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, SHADOW_LEAF)
    leaf = R.ellipse_sdf(x - 32.0, y - 32.0, 36.0, 28.0)
    R.over(img, R.coverage(leaf), LEAF)
    along = x - 32.0 + 0.25 * (y - 32.0)  # the midrib runs across the image, a little slanted
    d = y - 32.0 - 0.1 * along
    R.over(img, 0.8 * R.coverage(np.abs(d) - 0.9), VEIN)
    veins = np.abs(((np.abs(d) * 0.8 + along) % 12.0) - 6.0) - 0.5
    R.over(img, 0.5 * R.coverage(np.maximum(veins, -d * d)), VEIN)
    img *= 1.0 + 0.05 * np.sin(0.5 * x) * np.sin(0.4 * y)
    return img[0]


LEAF_IMG = _leaf()


# each spot's place per spot_count code, a spot that is not there put far away
SPOT_U = np.array([[u for u, _ in places] + [99.0] * (3 - len(places)) for places in SPOT_PLACES], np.float32)
SPOT_V = np.array([[v for _, v in places] + [99.0] * (3 - len(places)) for places in SPOT_PLACES], np.float32)


def _length(a, b):
    """sqrt(a^2 + b^2), much faster than np.hypot."""
    return np.sqrt(a * a + b * b)


def _blob(x, y, ratio, b):
    """A cheap signed distance to an ellipse that is not far from round, of half-axes
    (ratio * b, b) along x and y: exact along y, a little off along x (in the units of x, y)."""
    return _length(x * (1.0 / ratio), y) - b


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = LEAF_IMG
    part = np.ascontiguousarray(img[:, :, WINDOW, WINDOW])
    x, y = x[:, :, WINDOW] - CX, y[:, WINDOW] - CY
    h, r, opened = R.col(f[:, 0]), R.col(10 + 3 * f[:, 4]), R.col(f[:, 2])
    # the ladybug's frame, in pixels: u forwards (on screen (sin h, -cos h)), v to its right
    sh, ch = np.sin(h), np.cos(h)
    u = x * sh - y * ch
    v = x * ch + y * sh
    av = np.abs(v)  # the ladybug is mirror-symmetric: work on its right side
    # a wing case turned out by `opened` about its hinge: its own frame (p forwards, q outwards)
    ca, sa = np.cos(opened), np.sin(opened)
    du = u - HINGE_U * r
    p = du * ca - av * sa + (HINGE_U - CASE_U) * r  # from the middle of the case's ellipse
    q = av * ca + du * sa
    case = np.maximum(_blob(p, q, CASE_A / CASE_B, CASE_B * r), -q)
    # the flying wings, turned out less far than the cases and unfolding longer behind them
    c2, s2 = np.cos(WING_TURN * opened), np.sin(WING_TURN * opened)
    p2, q2 = du * c2 - av * s2, av * c2 + du * s2
    reach = (0.95 + WING_GROW * opened) * r
    wings = R.ellipse_sdf(p2 + reach - 0.15 * r, q2 - 0.32 * r, reach, 0.3 * r)
    # the black underside (seen between opened cases), the legs and the feelers; then the wings
    black = _blob(u + 0.3 * r, av, 0.85 / 0.75, 0.75 * r)
    for lu, lv in LEGS:
        along = (av - 0.5 * r) / ((lv - 0.5) * r)
        leg = np.maximum(np.abs(u - lu * r * (0.7 + 0.3 * along)), (np.abs(along - 0.5) - 0.5) * r) - 0.7
        np.minimum(black, leg, out=black)
    feelers = R.segment_sdf(u, av, (HEAD_U + 0.1) * r, 0.12 * r, (HEAD_U + 0.5) * r, 0.4 * r) - 0.6
    R.over(part, R.coverage(np.minimum(black, feelers)), BLACK)
    R.over(part, 0.85 * R.coverage(wings), WING)
    # the wing cases with their dark rims
    R.over(part, R.coverage(case), BLACK)
    inner = case + 0.9
    R.over(part, R.coverage(inner), R.hsv(f[:, 3], 0.92, 0.9))
    p += CASE_U * r  # now from the case's hinge line, as the spots' places are
    R.over(part, 0.45 * R.coverage(_blob(p - 0.25 * r, q - 0.4 * r, 0.22 / 0.12, 0.12 * r)), WHITE)  # gloss
    # the spots, clipped to the case; the shield and the head
    code = f[:, 1].astype(int)
    spots = np.full(u.shape, np.inf, np.float32)
    for k in range(3):
        np.minimum(spots, _length(p - R.col(SPOT_U[code, k]) * r, q - R.col(SPOT_V[code, k]) * r), out=spots)
    black = np.maximum(spots - SPOT_R * r, inner)
    shield = np.maximum(_blob(u - SHIELD_U * r, v, SHIELD_A / SHIELD_B, SHIELD_B * r), (SHIELD_U - 0.05) * r - u)
    head = _length(u - HEAD_U * r, v) - HEAD_R * r
    R.over(part, R.coverage(np.minimum(black, np.minimum(shield, head))), BLACK)
    # the shield's two white patches
    R.over(part, R.coverage(_length(u - (SHIELD_U + 0.12) * r, av - 0.36 * r) - 0.135 * r), WHITE)
    img[:, :, WINDOW, WINDOW] = part
    return R.to_uint8(img)


def render(heading: float, spot_count: float, wing_open: float, shell_hue: float, bug_size: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[heading, spot_count, wing_open, shell_hue, bug_size]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("ladybug", arg, n, seed, FACTORS, sample_factors, _draw)
