"""`owl`: an owl perched on a bare branch at night, with the full moon in the sky behind it,
seen from the front (64x64 RGB).

The owl sits in the middle of the image on a dark brown branch that runs across it: an egg-
shaped body with two rounded ear tufts on top, a darker wing down each side, a paler belly,
two small orange feet gripping the branch, and a pale facial disc of two round halves. In the
disc are two large round eyes - an orange-yellow iris with a black pupil, ringed in dark -
and a small dark beak between and below them. Each eye may be partly or wholly covered from
above by a feathered lid of the owl's plumage, its lower edge a dark line. The owl may turn
its head: the face (disc, eyes and beak) slides to one side of the head and the pupils look
that way. The sky is a deep night blue, lighter towards the bottom, with a few fixed stars;
a pale full moon hangs near the top. Factors: how far the owl's eyes are open (shut to wide
open), which way it turns its head (to the left, ahead, to the right), the owl's size, the
lightness of its plumage (dark brown to pale buff) and the moon's horizontal position. The
owl's place on the branch, the branch, the moon's height and size, the stars and the sky
stay fixed; the owl always lies inside the image, in front of the moon.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("eye_opening", "how far the owl's eyes are open (shut to wide open)", "continuous"),
    Factor("head_turn", "which way the owl turns its head (to the left, ahead, to the right)", "continuous"),
    Factor("owl_size", "size of the owl (small to large)", "continuous"),
    Factor("plumage_lightness", "lightness of the owl's feathers (dark brown to pale buff)", "continuous"),
    Factor("moon_x", "horizontal position of the moon in the sky (left to right)", "continuous"),
)
# eye_opening: 0..1 raises the lids' edge from the eyes' bottoms (shut) to their tops;
# head_turn: -1..1 slides the face by -4.5..4.5 px and the pupils by a further -1.5..1.5 px
# (times the size; positive: to the right on screen; the face is cut off at the edge of the
# head); owl_size: 0..1 scales the owl by 0.85..1.25 (28 px tall without its tufts at scale
# 1; its feet at y = 49 px, x = 32 px; eyes of radius 4.9 px, 5.6 px either side of the face's
# middle); plumage_lightness: 0..1 blends the plumage from dark brown to pale buff; moon_x:
# 0..1 puts the moon's middle at x = 9..55 px (y = 11 px, radius 6 px)
RANGES = ((0.0, 1.0), (-1.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_LOW = (0.03, 0.04, 0.14), (0.2, 0.2, 0.4)
MOON, STAR, BRANCH = (0.96, 0.94, 0.8), (0.95, 0.95, 1.0), (0.3, 0.2, 0.12)
DARK_PLUMAGE, PALE_PLUMAGE = np.array((0.3, 0.2, 0.12)), np.array((0.86, 0.76, 0.58))
CREAM = np.array((0.96, 0.92, 0.82))
IRIS, PUPIL, BEAK, FEET = (1.0, 0.76, 0.08), (0.03, 0.03, 0.03), (0.2, 0.16, 0.12), (0.95, 0.6, 0.15)
CX, FEET_Y, BRANCH_Y, BRANCH_HH = 32.0, 49.0, 51.5, 2.5
MOON_Y, MOON_R = 11.0, 6.0
EYE_DX, EYE_DY, EYE_R, PUPIL_R, DISC_R = 5.6, -19.0, 4.9, 2.5, 6.4  # at scale 1, from the feet
STARS = ((6, 30), (15, 22), (22, 6), (44, 26), (50, 5), (58, 19), (38, 3), (3, 12), (61, 34), (27, 33))


def _background() -> np.ndarray:
    x, y = R.grid()
    sky = R.vertical_gradient(SKY_TOP, SKY_LOW)
    stars = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for sx, sy in STARS:
        stars = np.minimum(stars, np.hypot(x - sx - 0.5, y - sy - 0.5) - 0.7)
    R.over(sky[None], R.coverage(stars), STAR)
    branch = np.abs(y - (BRANCH_Y + 0.03 * (x - CX))) - BRANCH_HH + np.zeros((1, 1, R.SIZE), np.float32)
    R.over(sky[None], R.coverage(branch), BRANCH)
    return sky


BACKGROUND = _background()


def _mix(a, b, t):
    return a[None] + (b - a)[None] * t[:, None]


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    img = R.over(img, R.coverage(np.hypot(x - R.col(9 + 46 * f[:, 4]), y - MOON_Y) - MOON_R), MOON)
    opening, turn, s = R.col(f[:, 0]), R.col(f[:, 1]), R.col(0.85 + 0.4 * f[:, 2])
    plumage = _mix(DARK_PLUMAGE, PALE_PLUMAGE, f[:, 3])
    u, v = (x - CX) / s, (y - FEET_Y) / s  # the owl's own frame, in scale-1 px from its feet
    feet = R.ellipse_sdf(np.abs(u) - 3.5, v - 0.5, 2.2, 1.3)
    img = R.over(img, R.coverage(s * feet), FEET)
    body = np.minimum(R.ellipse_sdf(u, v + 13.5, 11.0, 14.0), R.ellipse_sdf(np.abs(u) - 7.0, v + 25.5, 2.4, 4.2))
    img = R.over(img, R.coverage(s * body), plumage)
    img = R.over(img, R.coverage(s * R.ellipse_sdf(u, v + 8.0, 7.0, 8.5)), plumage + 0.45 * (CREAM[None] - plumage))
    img = R.over(img, R.coverage(s * np.maximum(R.ellipse_sdf(np.abs(u) - 9.0, v + 9.5, 3.5, 9.0), body)),
                 0.7 * plumage)
    fu = u - 4.5 * turn  # the face's frame, slid sideways by the turn of the head
    eu, ev = np.abs(fu) - EYE_DX, v - EYE_DY  # from each eye's middle
    disc = np.maximum(np.hypot(eu, ev) - DISC_R, body)
    img = R.over(img, R.coverage(s * disc), plumage + 0.6 * (CREAM[None] - plumage))
    eye = np.maximum(np.hypot(eu, ev) - EYE_R, body + 0.5)
    lid = EYE_R - 2 * EYE_R * opening  # the lid's edge, from each eye's middle (v down)
    img = R.over(img, R.coverage(s * (eye - 0.7)), PUPIL)  # the dark ring round each eye
    img = R.over(img, R.coverage(s * eye), 0.75 * plumage)  # the lid
    open_eye = np.maximum(eye, lid - ev)
    img = R.over(img, R.coverage(s * open_eye), IRIS)
    pupil = np.maximum(np.hypot(np.abs(fu - 1.5 * turn) - EYE_DX, ev) - PUPIL_R, open_eye)
    img = R.over(img, R.coverage(s * pupil), PUPIL)
    edge = np.maximum(np.abs(ev - lid) - 0.5 / s, eye)
    img = R.over(img, R.coverage(s * edge), PUPIL)
    beak = np.maximum((np.abs(fu) * 2.5 + (v + 16.0) - 3.5) / np.hypot(2.5, 1.0), -16.0 - v)
    return R.to_uint8(R.over(img, R.coverage(s * beak), BEAK))


def render(eye_opening: float, head_turn: float, owl_size: float, plumage_lightness: float,
           moon_x: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[eye_opening, head_turn, owl_size, plumage_lightness, moon_x]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("owl", arg, n, seed, FACTORS, sample_factors, _draw)
