"""`engraver`: an engraver's bench seen from above, a copper plate being engraved under a
magnifying glass on a jointed arm, a burin and an inking dabber beside it (64x64 RGB).

The bench is topped with mottled dark green leather. Most of the image is taken by a flat copper plate with a
lighter bevelled edge; from its top edge down, the engraver has cut fine parallel lines running
diagonally across it, filled with black ink. A round magnifying glass in a black rim hangs over
the plate on a black arm that reaches in from the top of the image; inside the glass the plate,
its lines and its edge are seen enlarged. Below the plate a burin (a steel shaft in a round
wooden handle) lies on the bench, and at the lower left a round black leather inking
dabber with a wooden knob. Factors: how
far down the plate the lines have been cut (from a few lines at the top to the whole plate),
how closely the lines lie (from coarse, wide apart, to fine and close together), how tarnished
the plate is (from bright polished copper to dull dark brown) and where the magnifying glass
hangs along the plate (left to right). The bench, the plate's size, the lines' direction, the
burin and the dabber stay fixed; the whole glass always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("engraved", "how far down the plate the lines have been cut (top only to all)", "continuous"),
    Factor("line_spacing", "how closely the engraved lines lie (coarse to fine)", "continuous"),
    Factor("tarnish", "how tarnished the copper plate is (bright to dull dark brown)", "continuous"),
    Factor("lens_x", "horizontal position of the magnifying glass (left to right)", "continuous"),
)
# engraved: 0..1 cuts the lines from the plate's top edge (y = 9 px) down to y = 14..45 px (the
# plate's bottom edge); line_spacing: 0..1 sets the lines 4.6..2.2 px apart (each 1 px wide,
# running at 45 degrees); tarnish: 0..1 blends the copper from (0.9, 0.55, 0.36) to
# (0.4, 0.27, 0.2); lens_x: 0..1 puts the glass's middle at x = 18..46 px (y = 27 px; 9 px in
# radius, enlarging 1.7 times)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
BENCH, GRAIN, INK, RIM = (0.16, 0.3, 0.23), (0.12, 0.24, 0.18), (0.08, 0.06, 0.06), (0.07, 0.07, 0.08)
BRIGHT, DULL = np.array((0.9, 0.55, 0.36)), np.array((0.4, 0.27, 0.2))
STEEL, HANDLE, LEATHER, LEATHER_DARK = (0.78, 0.8, 0.84), (0.72, 0.5, 0.28), (0.12, 0.1, 0.1), (0.3, 0.26, 0.24)
GLINT = (0.95, 0.97, 1.0)
PLATE_L, PLATE_R, PLATE_T, PLATE_B = 8.0, 56.0, 9.0, 45.0
LENS_Y, LENS_R, ZOOM = 27.0, 9.0, 1.7


def _tools():
    x, y = R.grid()
    img = R.canvas(1, (0.0, 0.0, 0.0))
    alpha = np.zeros((1, R.SIZE, R.SIZE), np.float32)
    for cover, colour in ((R.coverage(R.segment_sdf(x, y, 32.0, 55.0, 58.0, 51.0) - 1.0), STEEL),
                          (R.coverage(R.ellipse_sdf(x - 29.0, y - 55.5, 5.5, 4.0)), HANDLE),
                          (R.coverage(np.hypot(x - 12.0, y - 55.0) - 6.5), LEATHER),
                          (R.coverage(np.abs(np.hypot(x - 12.0, y - 55.0) - 4.0) - 0.6), LEATHER_DARK),
                          (R.coverage(np.hypot(x - 12.0, y - 55.0) - 2.2), HANDLE)):
        R.over(img, cover, colour)
        alpha = alpha + cover * (1.0 - alpha)
    return img[0], alpha[0]


TOOLS, TOOLS_ALPHA = _tools()


def _surface(x, y, depth, spacing, copper, scale):
    """The bench and plate at points (x, y), (n, 3, H, W); ``scale`` px of the image per px here."""
    n = len(depth)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = np.asarray(BENCH, np.float32)[:, None, None]
    grain = np.abs(np.sin(0.7 * x + 1.3 * np.sin(0.5 * y)) * np.sin(0.6 * y + 1.1 * np.sin(0.4 * x))) - 0.3
    R.over(img, np.broadcast_to(0.6 * R.coverage(scale * grain), (n, R.SIZE, R.SIZE)), GRAIN)
    plate = R.edges_sdf(x, y, PLATE_L, PLATE_R, PLATE_T, PLATE_B)
    R.over(img, np.broadcast_to(R.coverage(scale * plate), (n, R.SIZE, R.SIZE)), np.minimum(1.0, copper * 1.2))
    R.over(img, np.broadcast_to(R.coverage(scale * (plate + 1.0)), (n, R.SIZE, R.SIZE)), copper)
    u = (x + y) * np.float32(np.sqrt(0.5))
    lines = np.abs((u % spacing) - spacing / 2) - 0.5
    lines = np.maximum(lines, np.maximum(plate + 1.5, y - PLATE_T - depth))
    return R.over(img, R.coverage(scale * lines), INK)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    depth = R.col(5.0 + 31.0 * f[:, 0])
    spacing = R.col(4.6 - 2.4 * f[:, 1])
    t = f[:, 2:3]
    copper = (BRIGHT + (DULL - BRIGHT) * t).astype(np.float32)[:, :, None, None]
    img = _surface(x, y, depth, spacing, copper, 1.0)
    R.over(img, TOOLS_ALPHA[None], TOOLS)
    # the glass: the plate enlarged inside a black rim, a glint, and the arm it hangs from
    lx = R.col(18.0 + 28.0 * f[:, 3])
    big = _surface(lx + (x - lx) / ZOOM, LENS_Y + (y - LENS_Y) / ZOOM, depth, spacing, copper, ZOOM)
    rho = np.hypot(x - lx, y - LENS_Y)
    inside = R.coverage(rho - LENS_R)
    img += (big - img) * inside[:, None]
    R.over(img, 0.6 * R.coverage(np.maximum(np.abs(rho - 6.0) - 0.8, (x - lx) + (y - LENS_Y) + 3.0)), GLINT)
    arm = np.minimum(R.segment_sdf(x, y, lx + 6.4, LENS_Y - 6.4, lx + 12.0, 4.0),
                     R.segment_sdf(x, y, lx + 12.0, 4.0, lx + 8.0, -2.0)) - 1.1
    R.over(img, R.coverage(np.minimum(np.abs(rho - LENS_R - 0.2) - 1.3, arm)), RIM)
    return R.to_uint8(img)


def render(engraved: float, line_spacing: float, tarnish: float, lens_x: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[engraved, line_spacing, tarnish, lens_x]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("engraver", arg, n, seed, FACTORS, sample_factors, _draw)
