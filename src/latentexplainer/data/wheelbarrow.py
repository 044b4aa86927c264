"""`wheelbarrow`: a wheelbarrow on a garden path in front of a hedge, seen from the side
(64x64 RGB).

The wheelbarrow faces right: a single wheel (a black tyre round a grey hub) stands on the
sandy path under the front of its painted metal tray, a trapezoid wider at its rim than at its
bottom, its front lip leaning out over the wheel. Two wooden handles (seen from the side, one
over the other) run from the wheel's axle back under the tray and out past its back to the
left, and a wooden leg drops from under the back of the tray to the path. Soil may be heaped
in the tray, showing as a dark brown mound above its rim. Behind is a dark green hedge with a
bumpy top under a pale blue sky. The whole barrow (tray, handles, leg and any soil) tips
forward about the wheel's axle as the handles are lifted, the leg leaving the path. Factors:
where the wheelbarrow is along the path (left to right), how far its handles are lifted
(resting on its leg to tipped up), how much soil is heaped in it (empty to a tall mound), the
hue of the tray's paint (red through yellow and green to blue) and the size of the wheel
(small to large; a bigger wheel lifts the whole barrow higher). The path, the hedge, the sky,
the tray's and the handles' shape and size stay fixed; the whole wheelbarrow always lies
inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("barrow_x", "horizontal position of the wheelbarrow along the path (left to right)", "continuous"),
    Factor("lift", "how far the wheelbarrow's handles are lifted (resting to tipped up)", "continuous"),
    Factor("soil", "how much soil is heaped in the wheelbarrow (empty to a tall mound)", "continuous"),
    Factor("tray_hue", "hue of the wheelbarrow's tray (red through yellow and green to blue)", "continuous"),
    Factor("wheel_size", "size of the wheelbarrow's wheel (small to large)", "continuous"),
)
# barrow_x: 0..1 puts the wheel's axle at x = 42..52 px; lift: 0..0.35 radians the barrow is turned
# about the axle, its back end up; soil: 0..1 is a mound whose top is 1 px below to 9 px above the
# tray's rim; tray_hue: 0..0.65 of the colour wheel (no wrap); wheel_size: 0..1 is a wheel of radius
# 5..8.5 px (its axle that high above the path)
RANGES = ((0.0, 1.0), (0.0, 0.35), (0.0, 1.0), (0.0, 0.65), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.55, 0.74, 0.93)), np.array((0.8, 0.88, 0.96))
HEDGE, HEDGE_DARK, PATH, PATH_DARK = (0.14, 0.34, 0.14), (0.09, 0.24, 0.1), (0.8, 0.7, 0.5), (0.68, 0.58, 0.4)
TYRE, HUB, HANDLE, SOIL = (0.08, 0.08, 0.08), (0.66, 0.66, 0.68), (0.58, 0.4, 0.2), (0.28, 0.18, 0.12)
PATH_Y, HEDGE_Y = 54.0, 41.0
# the tray in barrow coordinates (x right, y down, px from the axle at rest): its rim from (-28, -15)
# to (4, -15), its bottom from (-22, -5) to (-4, -5)
RIM_Y, BOTTOM_Y = -15.0, -5.0
TRAY = ((-28.0, RIM_Y), (4.0, RIM_Y), (-4.0, BOTTOM_Y), (-22.0, BOTTOM_Y))  # clockwise on screen
HANDLE_END = (-38.0, -11.0)
LEG_X = -20.0
MOUND_X, MOUND_HW = -12.0, 16.0  # the mound's middle and half-width along the rim


def _half_planes(px, py, pts):
    """Signed distance (approximately, exact near the edges) to a convex polygon whose corners
    run clockwise on screen (x right, y down)."""
    d = None
    for (ax, ay), (bx, by) in zip(pts, pts[1:] + pts[:1]):
        ex, ey = bx - ax, by - ay
        side = ((px - ax) * ey - (py - ay) * ex) / np.hypot(ex, ey)  # positive outside
        d = side if d is None else np.maximum(d, side)
    return d


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, HEDGE_Y)[None].copy()
    top = HEDGE_Y - 2.5 * np.abs(np.sin(x * 0.35)) - 1.5 * np.sin(x * 0.13 + 1.0)
    R.over(img, R.coverage(top - y), HEDGE)
    leaves = R.coverage(0.8 - np.abs(np.sin(x * 1.1 + 2.0 * np.sin(y * 0.7)) * np.sin(y * 1.3)) * 2.5)
    R.over(img, 0.6 * leaves * R.coverage(top + 2.0 - y), HEDGE_DARK)
    R.over(img, R.below(PATH_Y, 1), PATH)
    gravel = R.coverage(np.abs(np.sin(x * 1.7 + y * 2.3) * np.sin(x * 0.9 - y * 3.1)) * 3.0 - 2.4)
    R.over(img, 0.7 * gravel * R.coverage(PATH_Y + 1.0 - y), PATH_DARK)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    r = R.col(5 + 3.5 * f[:, 4])
    ax, ay, t = R.col(42 + 10 * f[:, 0]), PATH_Y - r, R.col(f[:, 1])
    # barrow coordinates: the pixel turned back by the lift about the axle
    dx, dy = x - ax, y - ay
    u = dx * np.cos(t) + dy * np.sin(t)
    v = -dx * np.sin(t) + dy * np.cos(t)
    # the leg (down to the path when at rest), the handles, the soil's mound and the tray
    leg = R.segment_sdf(u, v, LEG_X, BOTTOM_Y, LEG_X - 1.0, r - 0.5) - 1.1
    handles = R.segment_sdf(u, v, 0.0, 0.0, *HANDLE_END) - 1.3
    grip = np.hypot(u - HANDLE_END[0], v - HANDLE_END[1]) - 1.8
    img = R.over(img, R.coverage(np.minimum(np.minimum(leg, handles), grip)), HANDLE)
    height = R.col(-1.0 + 10.0 * f[:, 2])
    mound_top = RIM_Y - height * (1 - ((u - MOUND_X) / MOUND_HW) ** 2)
    mound = np.maximum(np.maximum(mound_top - v, v - RIM_Y - 1.0), np.abs(u - MOUND_X) - MOUND_HW)
    img = R.over(img, R.coverage(mound), SOIL)
    tray = _half_planes(u, v, TRAY)
    paint = R.hsv(f[:, 3], 0.75, 0.85)
    img = R.over(img, R.coverage(tray), paint)
    img = R.over(img, R.coverage(np.maximum(tray, np.abs(v - RIM_Y - 1.0) - 1.0)), paint * 0.6)  # the rim
    # the wheel, turning on its axle in front of the tray
    rho = np.hypot(dx, dy)
    img = R.over(img, R.coverage(rho - r), TYRE)
    img = R.over(img, R.coverage(rho - 0.55 * r), HUB)
    return R.to_uint8(R.over(img, R.coverage(rho - 1.2), TYRE))


def render(barrow_x: float, lift: float, soil: float, tray_hue: float, wheel_size: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[barrow_x, lift, soil, tray_hue, wheel_size]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("wheelbarrow", arg, n, seed, FACTORS, sample_factors, _draw)
