"""`toaster`: a pop-up toaster with slices of bread on a kitchen counter, seen from the front
(64x64 RGB).

The toaster stands in the middle of a grey stone counter that runs along the bottom of the
image, in front of a wall of white square tiles with grey grout. Its body is a wide block with
well-rounded corners, enamelled in one colour, with a pale streak of shine down its left side,
a dark base with two small feet, a black lever on its right side and a round dark dial on its
front. Along its top are two long dark slots, side by side, on the left and on the right; a
slice of bread stands in the left slot, and maybe one in the right: an upright slice with a
rounded, domed top and a thin darker crust round its edge, sticking up out of its slot - low,
just showing above the toaster, or popped up high. Toasting turns the slices from soft white
bread to a speckled dark brown. Factors: how far the toast has popped up out of the toaster
(just showing to popped up high), how toasted the bread is (pale to dark brown), how many
slices there are (one in the left slot, or one in each slot) and the hue of the toaster's
enamel, round the whole colour wheel. The toaster's size and place, the slices' size, the
tiles and the counter stay fixed; the whole toaster and its toast always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

SLICES = ("one", "two")
FACTORS = (
    Factor("toast_height", "how far the toast sticks up out of the toaster (just showing to high)",
           "continuous"),
    Factor("browning", "how toasted the bread is (pale white to dark brown)", "continuous"),
    Factor("slices", "how many slices of bread are in the toaster (one or two)", "categorical", SLICES),
    Factor("toaster_hue", "hue of the toaster's enamel (round the whole colour wheel)", "cyclic"),
)
# toast_height: 0..1 puts the top of a slice 4..24 px above the slots at y = 30 px (the slices
# 17 px wide, centred at x = 21.5 and 42.5 px); browning: 0..1 blends the bread and its crust from
# pale to dark brown and darkens its speckles from none to strong; slices: codes 0..1 are a
# slice in the left slot only, or one in each slot; toaster_hue: 0..1 is the whole colour wheel
# (1 is 0 again)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, len(SLICES) - 1.0), (0.0, 1.0))
TILE, GROUT, COUNTER, COUNTER_EDGE = (0.93, 0.93, 0.9), (0.7, 0.7, 0.68), (0.46, 0.47, 0.5), (0.34, 0.35, 0.38)
PALE_CRUMB, DARK_CRUMB = np.array((0.97, 0.92, 0.78)), np.array((0.45, 0.25, 0.09))
PALE_CRUST, DARK_CRUST = np.array((0.84, 0.64, 0.38)), np.array((0.26, 0.13, 0.05))
SPECKLE, SLOT, BASE, LEVER = (0.2, 0.1, 0.03), (0.1, 0.09, 0.09), (0.18, 0.18, 0.2), (0.08, 0.08, 0.08)
SHINE = (1.0, 1.0, 1.0)
CX, BODY_Y, BODY_HW, BODY_HH, CORNER = 32.0, 41.0, 22.0, 11.0, 5.5
SLOT_Y, SLOTS, SLICE_HW, COUNTER_Y, TILE_SIZE = 30.0, (21.5, 42.5), 8.5, 50.0, 8.0


def _background() -> tuple[np.ndarray, np.ndarray]:
    """The tiled wall and the counter (3, H, W), and the toast's fixed speckles (1, H, W)."""
    x, y = R.grid()
    img = R.canvas(1, TILE)
    grout = np.minimum(np.abs((x % TILE_SIZE) - 0.5), np.abs((y % TILE_SIZE) - 0.5)) - 0.6
    R.over(img, R.coverage(grout), GROUT)
    R.over(img, R.below(COUNTER_Y, 1), COUNTER)
    R.over(img, R.below(58.0, 1), COUNTER_EDGE)
    noise = np.sin(x * 2.3 + np.sin(y * 1.7) * 3.0) * np.sin(y * 2.9 + np.sin(x * 1.1) * 2.0)
    speckles = np.clip((noise - 0.35) * 2.5, 0.0, 1.0)
    return img[0], np.broadcast_to(speckles, (1, R.SIZE, R.SIZE)).astype(np.float32)


BACKGROUND, SPECKLES = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the toaster's body, its shine, its base and feet, its lever and its dial
    enamel = R.hsv(f[:, 3], 0.65, 0.82)
    body = R.box_sdf(x - CX, y - BODY_Y, BODY_HW - CORNER, BODY_HH - CORNER) - CORNER
    feet = np.minimum(R.edges_sdf(x, y, 14.0, 18.0, 50.0, 54.5), R.edges_sdf(x, y, 46.0, 50.0, 50.0, 54.5))
    img = R.over(img, R.coverage(feet), BASE)
    lever = R.edges_sdf(x, y, CX + BODY_HW - 1.0, CX + BODY_HW + 3.5, 36.0, 38.5) - 0.5
    img = R.over(img, R.coverage(lever), LEVER)
    img = R.over(img, R.coverage(body), enamel)
    img = R.over(img, 0.4 * R.coverage(np.maximum(body + 1.5, np.abs(x - 15.5) - 1.4)), SHINE)
    img = R.over(img, R.coverage(np.maximum(body, 48.5 - y)), BASE)
    img = R.over(img, R.coverage(np.hypot(x - 44.0, y - 42.0) - 2.6), BASE)
    # the slices, standing in their slots
    b = f[:, 1:2]
    crumb = PALE_CRUMB[None] + (DARK_CRUMB - PALE_CRUMB)[None] * b
    crust = PALE_CRUST[None] + (DARK_CRUST - PALE_CRUST)[None] * b
    top = R.col(SLOT_Y - 4.0 - 20.0 * f[:, 0])
    two = R.col(f[:, 2] > 0.5)
    slices = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    for i, sx in enumerate(SLOTS):
        img = R.over(img, R.coverage(R.ellipse_sdf(x - sx, y - SLOT_Y, SLICE_HW + 1.2, 1.4)), SLOT)
        dome = np.minimum(R.ellipse_sdf(x - sx, y - (top + 3.5), SLICE_HW + 0.6, 3.5),
                          R.edges_sdf(x, y, sx - SLICE_HW, sx + SLICE_HW, top + 3.5, SLOT_Y + 4.0))
        bread = np.maximum(dome, y - SLOT_Y)
        slices = np.minimum(slices, bread if i == 0 else np.where(two > 0, bread, np.inf))
    img = R.over(img, R.coverage(slices), crust)
    img = R.over(img, R.coverage(slices + 1.0), crumb)
    img = R.over(img, R.coverage(slices + 1.0) * SPECKLES * R.col(0.8 * f[:, 1]), SPECKLE)
    return R.to_uint8(img)


def render(toast_height: float, browning: float, slices: float, toaster_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8; ``slices`` is the code 0 for one slice (in the left slot),
    1 for two."""
    return _draw(np.array([[toast_height, browning, slices, toaster_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("toaster", arg, n, seed, FACTORS, sample_factors, _draw)
