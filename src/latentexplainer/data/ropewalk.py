"""`ropewalk`: a rope being laid in a long, low ropewalk shed, seen from the side (64x64 RGB).

Inside the shed: a wall of vertical wooden planks, a heavy roof beam along the top of the image
and a stone floor along the bottom. At the left stands the jack, a wooden frame holding a
spoked wheel, and a hook at its front; a rope stretches level from that hook to the hook on
the post of the traveller, a small wooden cart on two wheels standing on the floor further
along the walk. The rope is dyed one colour, with darker diagonal twists along it. Lanterns
hang on cords from the roof beam, each a small glowing box in a soft yellow halo. Factors:
where the traveller stands along the walk (near the jack to far along: the rope gets longer),
how thick the rope is (a thin line to a thick cable), the hue of the rope's dye (a cyclic
factor with a whole-turn period) and how many lanterns hang from the beam (1 to 3, from the
left). The shed, the jack and the rope's height stay fixed; the traveller always lies inside
the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("traveller_x", "where the traveller cart stands along the walk (near to far)", "continuous"),
    Factor("rope_thickness", "how thick the rope is (thin line to thick cable)", "continuous"),
    Factor("rope_hue", "hue of the rope's dye", "cyclic", period=1.0),
    Factor("lanterns", "how many lanterns hang from the roof beam", "categorical", ("1", "2", "3")),
)
# traveller_x: 0..1 puts the traveller's post (and the rope's far end) at x = 26..56 px;
# rope_thickness: 0..1 is a rope of half-thickness 1..3.2 px; rope_hue: 0..1 of the colour wheel,
# 1 the same as 0; lanterns: codes 0..2 are 1..3 lanterns, filled from the left (x = 14, 32, 50 px)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 2.0))
PLANK, SEAM, BEAM, FLOOR, FLAG = (0.5, 0.36, 0.24), (0.33, 0.22, 0.14), (0.24, 0.15, 0.09), \
    (0.52, 0.52, 0.55), (0.38, 0.38, 0.42)
WOOD, WHEEL, IRON = (0.66, 0.47, 0.27), (0.85, 0.66, 0.4), (0.14, 0.14, 0.16)
LAMP, HALO = (1.0, 0.92, 0.5), (1.0, 0.86, 0.45)
FLOOR_Y, BEAM_Y, ROPE_Y, JACK_X = 50.0, 6.0, 33.0, 9.0
LANTERN_X, LANTERN_Y = (14.0, 32.0, 50.0), 17.5


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, PLANK)
    img += (0.04 * np.sin(x * 1.3) * np.cos(y * 0.21))[:, None]  # the grain of the planks
    R.over(img, R.coverage(np.abs((x % 7.0) - 0.5) - 0.5), SEAM)
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    R.over(img, R.coverage(np.abs(((x + 3 * np.floor(y / 5)) % 12.0) - 0.5) - 0.4) * R.below(FLOOR_Y, 1), FLAG)
    R.over(img, R.coverage(y - BEAM_Y), BEAM)
    for bx in (4.0, 24.0, 44.0, 60.0):  # the rafters' ends in the beam
        R.over(img, R.coverage(R.box_sdf(x - bx, y - 3.0, 1.2, 3.0)), SEAM)
    # the jack: two legs, a crossbar, its wheel with spokes and the hook
    frame = np.minimum(R.segment_sdf(x, y, 3.0, FLOOR_Y, 6.0, 22.0), R.segment_sdf(x, y, 15.0, FLOOR_Y, 12.0, 22.0))
    frame = np.minimum(frame, R.segment_sdf(x, y, 5.0, 24.0, 13.0, 24.0)) - 1.3
    R.over(img, R.coverage(frame), WOOD)
    rho = np.hypot(x - JACK_X, y - ROPE_Y)
    spokes = np.abs(np.sin(3 * np.arctan2(y - ROPE_Y, x - JACK_X))) * rho - 0.7
    R.over(img, R.coverage(np.maximum(np.minimum(np.abs(rho - 6.0) - 1.0, spokes), rho - 7.0)), WHEEL)
    R.over(img, R.coverage(rho - 1.6), IRON)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    tx, hw = R.col(26 + 30 * f[:, 0]), R.col(1 + 2.2 * f[:, 1])
    count = R.col(f[:, 3] + 1)
    # the lanterns: a cord from the beam, a glowing box, its halo
    for k, lx in enumerate(LANTERN_X):
        on = (count > k).astype(np.float32)
        halo = np.exp(-((x - lx) ** 2 + (y - LANTERN_Y) ** 2) / (2 * 6.0 ** 2))
        R.over(img, 0.7 * on * halo, HALO)
        R.over(img, on * R.coverage(np.maximum(np.abs(x - lx) - 0.5, np.abs(y - 9.0) - 3.0)), IRON)
        cap = np.maximum(np.abs(x - lx) * 0.8 + (y - 11.0), 10.5 - y)  # a little roof over the box
        R.over(img, on * R.coverage(np.minimum(R.box_sdf(x - lx, y - LANTERN_Y, 3.4, 4.2), cap)), IRON)
        R.over(img, on * R.coverage(R.box_sdf(x - lx, y - LANTERN_Y, 2.3, 3.1)), LAMP)
    # the traveller: a post on a cart with two wheels, standing on the floor
    cart = R.box_sdf(x - tx, y - (FLOOR_Y - 5.0), 5.0, 1.8)
    post = R.edges_sdf(x, y, tx - 1.3, tx + 1.3, ROPE_Y - 4.0, FLOOR_Y - 5.0)
    R.over(img, R.coverage(np.minimum(cart, post)), WOOD)
    wheels = np.minimum(np.hypot(x - tx + 3.2, y - FLOOR_Y + 2.4), np.hypot(x - tx - 3.2, y - FLOOR_Y + 2.4)) - 2.4
    R.over(img, R.coverage(wheels), IRON)
    # the rope, from the jack's hook to the traveller's post, with darker twists
    rope = R.edges_sdf(x, y, JACK_X, tx, ROPE_Y - hw, ROPE_Y + hw)
    colour = R.hsv(f[:, 2], 0.72, 0.88)
    R.over(img, R.coverage(rope), colour)
    twist = np.abs(((x + (y - ROPE_Y) * 1.2) % 3.5) - 1.75) - 0.55
    R.over(img, 0.75 * R.coverage(np.maximum(twist, rope + 0.4)), colour * 0.55)
    R.over(img, R.coverage(np.hypot(x - tx, y - ROPE_Y) - 1.8), IRON)
    return R.to_uint8(img)


def render(traveller_x: float, rope_thickness: float, rope_hue: float, lanterns: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[traveller_x, rope_thickness, rope_hue, lanterns]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("ropewalk", arg, n, seed, FACTORS, sample_factors, _draw)
