"""`sushibar`: pieces of nigiri sushi on a slate plate on a wooden sushi-bar counter, with a
pair of chopsticks on a rest below it, seen from straight above (64x64 RGB).

A long dark slate plate lies across the upper middle of the counter. On it the pieces of nigiri
stand in a row from the left end, each an oval of white rice with a slice of fish over most of
it; at the plate's right end sit a dab of green wasabi and a little heap of pink ginger. Salmon
is orange with pale stripes of fat across it, tuna a deep red, and the sweet egg (tamago)
yellow with a dark band of nori around its middle. Below the plate a pair of black lacquered
chopsticks, tapering to their tips, lies across a small pale ceramic rest, and turns about it.
The counter is planks of wood with a fine grain running along them. Factors: how many pieces
of sushi are on the plate (2 to 5), which fish tops them (salmon, tuna or egg), the angle of
the chopsticks about their rest (tips raised to tips lowered) and the tone of the counter's
wood (pale to dark). The plate, the wasabi and ginger, the pieces' size and places, the rest
and the chopsticks' length stay fixed; the chopsticks always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("pieces", "how many pieces of sushi are on the plate", "categorical", ("2", "3", "4", "5")),
    Factor("topping", "which fish tops the sushi", "categorical", ("salmon", "tuna", "egg")),
    Factor("chopsticks_angle", "angle of the chopsticks below the plate (tips up to tips down)", "continuous"),
    Factor("wood_tone", "tone of the wooden counter (pale to dark)", "continuous"),
)
# pieces: codes 0..3 are 2..5 pieces, filling the slots from the left; topping: codes 0..2;
# chopsticks_angle: -0.5..0.5 radians from level about the rest at (32, 51) px (positive: the
# tips, on the right, go down); wood_tone: 0..1 blends the counter from pale to dark wood
RANGES = ((0.0, 3.0), (0.0, 2.0), (-0.5, 0.5), (0.0, 1.0))
PALE_WOOD, DARK_WOOD = np.array((0.88, 0.74, 0.52)), np.array((0.3, 0.17, 0.09))
SLATE, RICE, NORI = (0.16, 0.16, 0.18), (0.97, 0.96, 0.91), (0.08, 0.12, 0.09)
TOPPINGS = np.array(((0.98, 0.5, 0.28), (0.72, 0.06, 0.14), (0.98, 0.84, 0.3)), np.float32)
FAT, WASABI, GINGER = (1.0, 0.86, 0.76), (0.5, 0.72, 0.25), (0.96, 0.72, 0.72)
LACQUER, TIP, REST = (0.07, 0.05, 0.05), (0.7, 0.55, 0.3), (0.8, 0.88, 0.9)
PLATE = (3.5, 60.5, 12.0, 40.0)  # left, right, top, bottom
SLOTS_X, SLOT_Y = (9.5, 18.7, 27.9, 37.1, 46.3), 26.0
RICE_RX, RICE_RY, FISH_RX, FISH_RY = 4.5, 8.0, 4.1, 7.2
REST_X, REST_Y, STICK, STICK_GAP = 32.0, 51.0, 46.0, 1.9


def _grain() -> np.ndarray:
    """The counter's planks and grain: a shading (H, W) about 1."""
    x, y = R.grid()
    plank = np.floor(y / 13.0)
    grain = 0.07 * np.sin(y * 2.1 + 2.5 * np.sin(x * 0.09 + plank * 1.3)) + 0.03 * np.sin(plank * 4.1)
    seams = 0.25 * R.coverage(np.abs(y % 13.0 - 0.5) - 0.4)
    return (1.0 + grain - seams)[0]


GRAIN = _grain()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    wood = PALE_WOOD[None] + (DARK_WOOD - PALE_WOOD)[None] * f[:, 3:4]  # (n, 3)
    img = wood[:, :, None, None] * GRAIN[None, None]
    img = np.ascontiguousarray(img, np.float32)
    # the plate and its soft shadow
    left, right, top, bottom = PLATE
    img = R.over(img, 0.35 * R.coverage(R.edges_sdf(x, y, left + 1.5, right + 1.5, top + 2, bottom + 2) / 2.0),
                 (0.0, 0.0, 0.0))
    img = R.over(img, np.broadcast_to(R.coverage(R.edges_sdf(x, y, left, right, top, bottom)), (n, R.SIZE, R.SIZE)),
                 SLATE)
    # the wasabi and the ginger at the right end
    img = R.over(img, np.broadcast_to(R.coverage(R.ellipse_sdf(x - 56.5, y - 19.5, 2.6, 2.2)), (n, R.SIZE, R.SIZE)),
                 WASABI)
    ginger = np.minimum(R.ellipse_sdf(x - 56.5, y - 29.0, 2.8, 4.5), R.ellipse_sdf(x - 55.7, y - 32.5, 2.4, 3.0))
    img = R.over(img, np.broadcast_to(R.coverage(ginger), (n, R.SIZE, R.SIZE)), GINGER)
    # the pieces of sushi: rice, a slice of fish, and fat stripes (salmon) or a nori band (egg)
    count = R.col(f[:, 0] + 2.0)
    kind = np.clip(f[:, 1].astype(int), 0, len(TOPPINGS) - 1)
    rice = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    fish = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    for i, sx in enumerate(SLOTS_X):
        on = count > i + 0.5
        np.minimum(rice, np.where(on, R.ellipse_sdf(x - sx, y - SLOT_Y, RICE_RX, RICE_RY), np.inf), out=rice)
        np.minimum(fish, np.where(on, R.ellipse_sdf(x - sx, y - SLOT_Y + 0.6, FISH_RX, FISH_RY), np.inf), out=fish)
    img = R.over(img, R.coverage(rice), RICE)
    fish = R.coverage(fish)
    img = R.over(img, fish, TOPPINGS[kind])
    stripes = R.coverage(np.abs(((y + 0.6 * x) % 3.2) - 1.6) - 0.45)
    img = R.over(img, 0.75 * fish * stripes * R.col(kind == 0), FAT)
    band = R.coverage(np.abs(y - SLOT_Y) - 1.8)
    img = R.over(img, fish * band * R.col(kind == 2), NORI)
    # the chopsticks' rest and the chopsticks, turned about it
    img = R.over(img, np.broadcast_to(R.coverage(R.ellipse_sdf(x - REST_X, y - REST_Y - 0.5, 2.6, 3.6)),
                                      (n, R.SIZE, R.SIZE)), REST)
    a = R.col(f[:, 2])
    ca, sa = np.cos(a), np.sin(a)
    for off in (-STICK_GAP, STICK_GAP):
        bx, by = REST_X - 0.5 * STICK * ca - off * sa, REST_Y - 0.5 * STICK * sa + off * ca
        tx, ty = REST_X + 0.5 * STICK * ca - off * sa, REST_Y + 0.5 * STICK * sa + off * ca
        d, h = R.segment_sdf(x, y, bx, by, tx, ty, along=True)
        stick = R.coverage(d - (1.35 - 0.7 * h))
        img = R.over(img, stick, LACQUER)
        img = R.over(img, stick * R.coverage((h - 0.12) * STICK), TIP)  # the gilded ends
    return R.to_uint8(img)


def render(pieces: float, topping: float, chopsticks_angle: float, wood_tone: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[pieces, topping, chopsticks_angle, wood_tone]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("sushibar", arg, n, seed, FACTORS, sample_factors, _draw)
