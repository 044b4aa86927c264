"""`strawberry`: a single strawberry with its leafy crown on a checked tablecloth, seen from the
side (64x64 RGB).

The berry is broad and round at its shoulders and tapers to a blunt tip below; its skin is
studded all over with small yellow seeds, each sitting in a darker little pit, set in staggered
rows, and it is a little darker away from the light, which comes from the upper left, with a
small glossy highlight. On top sits a crown of green leaves spreading out over the shoulders and
up from a short stem. Factors: the size of the berry, how closely its seeds are set (sparse to
dense), how ripe it is (pale green to deep red), the length of the crown's leaves and how the
whole strawberry is tilted (leaning left, upright, leaning right) about its middle. The
tablecloth, the seeds', leaves' and stem's colours stay fixed; the whole strawberry always lies
inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("berry_size", "size of the strawberry (small to large)", "continuous"),
    Factor("seed_density", "how closely the seeds are set on the skin (sparse to dense)", "continuous"),
    Factor("ripeness", "ripeness of the berry (pale green to deep red)", "continuous"),
    Factor("crown_size", "length of the leaves of the green crown (short to long)", "continuous"),
    Factor("tilt", "tilt of the strawberry (leaning left, upright, leaning right)", "continuous"),
)
# berry_size: 0..1 is a berry 10.5..16 px in half-width at its shoulders (2.75 times that
# tall); seed_density: 0..1 sets the seeds 7..3.5 px apart; ripeness: 0..1 blends the skin from
# UNRIPE to RIPE; crown_size: 0..1 is front leaves 4..12 px long (the back ones 0.8 times
# that); tilt: -0.5..0.5 radians from upright (negative: the top leans to the left, the tip
# swings to the right), about the point (32, 34) px
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (-0.5, 0.5))
CX, CY = 32.0, 34.0
TOP, TIP, TIP_R = -0.3, 1.15, 0.3  # along the axis from (CX, CY), in half-widths: the middle of
# the round top (radius 1) and of the blunt tip (radius TIP_R)
CROWN = -1.1  # where the leaves meet, in half-widths along the axis
SPREAD, LEAF_W, REACH = 0.75, 0.3, 1.9  # the front leaves: every SPREAD radians from straight up,
# each LEAF_W radians wide at its base, none further round than REACH; the back leaves between them
CROWN_WINDOW = (slice(0, 34), slice(8, 56))  # the rows and columns the leaves and stem can reach
BODY_WINDOW = (slice(9, 60), slice(7, 57))  # and the body
UNRIPE, RIPE = np.array((0.8, 0.9, 0.6)), np.array((0.86, 0.07, 0.1))
SEED, LEAF, LEAF_BACK, STEM, GLOSS = (
    (1.0, 0.9, 0.35),
    (0.27, 0.62, 0.2),
    (0.14, 0.42, 0.14),
    (0.4, 0.48, 0.2),
    (1.0, 1.0, 1.0),
)
CLOTH, CHECK = np.array((0.97, 0.96, 0.92)), np.array((0.5, 0.62, 0.86))


def _background() -> np.ndarray:
    x, y = R.grid()
    bands = (np.abs((x % 8.0) - 4.0) < 2.0).astype(np.float32) + (np.abs((y % 8.0) - 4.0) < 2.0)
    img = CLOTH[:, None, None] + (CHECK - CLOTH)[:, None, None] * (0.3 * bands)
    return np.ascontiguousarray(img, np.float32)


CLOTH_IMG = _background()


def _length(a, b):
    """sqrt(a^2 + b^2), much faster than np.hypot."""
    return np.sqrt(a * a + b * b)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = CLOTH_IMG
    w, t = R.col(10.5 + 5.5 * f[:, 0]), R.col(f[:, 4])
    ct, st = np.cos(t), np.sin(t)

    def frame(rows, cols):
        """The berry's coordinates over a window: u across it (to its right), v along its axis
        towards the tip; and that window of the image."""
        xx, yy = x[:, :, cols] - CX, y[:, rows] - CY
        return xx * ct + yy * st, yy * ct - xx * st, img[:, :, rows, cols]

    # the crown, round the point where the leaves meet: a star of pointed leaves, in polar terms
    cu, cv, crown = frame(*CROWN_WINDOW)
    cv = cv - CROWN * w
    rho, phi = _length(cu, cv), np.arctan2(cu, -cv)  # phi: radians round from straight up
    length = R.col(4 + 8 * f[:, 3])

    def leaves(offset: float, scale: float):
        m = (phi - offset) / SPREAD
        d = (m - np.round(m)) * (SPREAD / LEAF_W)
        return np.maximum(rho - scale * length * (1.0 - d * d), np.abs(phi) - REACH) - 0.5

    stem = np.maximum(np.abs(cu) - 1.3, np.maximum(cv, -5.0 - cv))
    R.over(crown, R.coverage(np.minimum(leaves(SPREAD / 2, 0.8), stem)), LEAF_BACK)
    # the body: a round top tapering to a blunt tip
    u, v, part = frame(*BODY_WINDOW)
    d, h = R.segment_sdf(u, v, 0.0, TOP * w, 0.0, TIP * w, along=True)
    body = d - w * (1.0 - (1.0 - TIP_R) * h)
    inside = R.coverage(body)
    skin = UNRIPE[None] + (RIPE - UNRIPE)[None] * f[:, 2:3]
    R.over(part, inside, skin)
    # the seeds in staggered rows, each in a darker pit, well inside the outline
    gap = R.col(7.0 - 3.5 * f[:, 1])
    sv, su = v / gap, u / gap
    odd = sv * 0.5
    su += 0.5 * ((odd - np.floor(odd)) >= 0.5)  # every other row shifted by half a seed
    su, sv = su - np.floor(su), sv - np.floor(sv)
    q = _length((su - 0.5) * gap, (sv - 0.5) * (0.75 * gap))  # a little longer along the axis
    within = R.coverage(body + 2.0)
    # light from the upper left, darker towards the lower right; and each seed's darker pit
    dim = np.clip((u + 0.6 * v) / (2.2 * w), 0.0, 1.0) * (-0.35 * inside)
    dim += 1.0
    dim *= 1.0 - 0.45 * within * R.coverage(q - 1.8)
    part *= dim[:, None]
    R.over(part, within * R.coverage(q - 1.0), SEED)
    gloss = R.ellipse_sdf(u + 0.45 * w, v - (TOP - 0.2) * w, 0.14 * w, 0.25 * w)
    R.over(part, 0.7 * R.coverage(gloss), GLOSS)
    # the front leaves, spreading over the shoulders
    R.over(crown, R.coverage(leaves(0.0, 1.0)), LEAF)
    return R.to_uint8(img)


def render(berry_size: float, seed_density: float, ripeness: float, crown_size: float, tilt: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[berry_size, seed_density, ripeness, crown_size, tilt]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("strawberry", arg, n, seed, FACTORS, sample_factors, _draw)
