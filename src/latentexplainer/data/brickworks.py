"""`brickworks`: the yard of a country brickworks, a brick bottle kiln with a tall chimney,
stacks of new bricks drying in the yard and a wheelbarrow loaded with clay, seen from the front
(64x64 RGB).

A sky runs down to a low line of green hills; below them the yard is a band of sandy brown earth
with cart ruts that fills the lower part of the image. On the right stands the bottle kiln: a
round-shouldered body of red brick with iron bands, an arched fire hole at its foot glowing
orange, and a square chimney of brick blackened by smoke rising from its top under an iron cap.
On the left of the yard stand tall stacks of new red bricks, laid in courses with their joints
showing, placed from the left. In the front of the yard a wooden wheelbarrow heaped with grey
clay stands on its wheel and its leg, its handles to the left. Factors: how many stacks of
bricks stand in the yard (1 to 3), how tall the kiln's chimney rises (from a short stump to a
tall stack), where the wheelbarrow stands in the yard (left to right) and the time of day (from
a bright midday with a blue sky to dusk, with an orange and purple sky and the whole yard
darker, the fire hole still glowing). The hills, the yard, the kiln's body and the size of the
stacks and of the barrow stay fixed; the barrow and the chimney always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("brick_stacks", "how many stacks of bricks stand drying in the yard (1 to 3)", "categorical",
           ("1", "2", "3")),
    Factor("chimney_height", "how tall the kiln's chimney rises (short to tall)", "continuous"),
    Factor("barrow_x", "where the wheelbarrow stands in the yard (left to right)", "continuous"),
    Factor("dusk", "the time of day (bright midday to dusk)", "continuous"),
)
# brick_stacks: a code 0..2 for 1..3 stacks, at STACKS from the left; chimney_height: 0..1 makes
# the chimney rise 3..22 px above the kiln's top (y = 24 px); barrow_x: 0..1 puts the middle of
# the barrow's tray at x = 15..35 px; dusk: 0..1 blends the sky from a midday blue to an orange
# and purple dusk and darkens everything but the fire hole to 0.45 of its daylight brightness
RANGES = ((0.0, 2.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
DAY_TOP, DAY_BOTTOM = np.array((0.36, 0.58, 0.9)), np.array((0.7, 0.84, 0.96))
DUSK_TOP, DUSK_BOTTOM = np.array((0.3, 0.2, 0.45)), np.array((0.98, 0.55, 0.25))
HILL, YARD, YARD_DARK = (0.42, 0.6, 0.32), (0.8, 0.7, 0.52), (0.7, 0.6, 0.44)
KILN, KILN_DARK, IRON = (0.7, 0.33, 0.24), (0.5, 0.22, 0.16), (0.2, 0.19, 0.2)
BRICK, BRICK_JOINT = (0.78, 0.26, 0.16), (0.4, 0.14, 0.1)
FIRE, FIRE_CORE = np.array((1.0, 0.5, 0.1)), np.array((1.0, 0.88, 0.4))
WOOD, CLAY, TYRE = (0.42, 0.26, 0.12), (0.5, 0.52, 0.58), (0.12, 0.11, 0.11)
SOOT, SOOT_DARK = (0.24, 0.13, 0.1), (0.12, 0.07, 0.06)  # the chimney, blackened by smoke
HORIZON, YARD_Y = 30.0, 34.0
KILN_X, KILN_TOP, KILN_FOOT = 51.0, 24.0, 50.0
CHIMNEY_HW = 6.0
STACKS = (6.5, 18.5, 30.5)  # the stacks' middles, in the order they fill
STACK_HW, STACK_TOP, STACK_FOOT = 5.2, 24.0, 44.0
BARROW_Y = 53.0  # the tray's rim


def _hills(x, y):
    """Signed distance (roughly) to the hills and everything below them."""
    return HORIZON - 3.0 - 2.5 * np.sin(x / 9.0) - 1.5 * np.sin(x / 4.3 + 1.0) - y


def _kiln(x, y):
    """Signed distance (roughly) to the kiln's body: a bottle, narrow at its top."""
    t = np.clip((y - KILN_TOP) / (KILN_FOOT - KILN_TOP), 0.0, 1.0)
    half = 4.5 + 8.5 * np.sqrt(np.sin(np.pi * np.clip(t * 0.62 + 0.05, 0, 1)))
    return np.maximum(np.abs(x - KILN_X) - half, np.maximum(KILN_TOP - y, y - KILN_FOOT))


def _scene():
    x, y = R.grid()
    img = R.vertical_gradient(DAY_TOP, DAY_BOTTOM, HORIZON)[None].copy()
    R.over(img, R.coverage(_hills(x, y)), HILL)
    R.over(img, R.below(YARD_Y, 1), YARD)
    ruts = np.maximum(np.abs(((y - YARD_Y) * 1.0 + 0.35 * x) % 9.0 - 4.5) - 0.5, YARD_Y + 3.0 - y)
    R.over(img, 0.5 * R.coverage(ruts), YARD_DARK)
    # the kiln: a bottle of brick on a wider foot, with iron bands and a fire hole
    kiln = _kiln(x, y)
    R.over(img, R.coverage(kiln), KILN)
    courses = np.abs(((y - KILN_TOP) % 3.0) - 1.5) - 0.4
    R.over(img, 0.5 * R.coverage(np.maximum(courses, kiln + 0.5)), KILN_DARK)
    bands = np.minimum(np.abs(y - 33.0) - 0.7, np.abs(y - 41.0) - 0.7)
    R.over(img, R.coverage(np.maximum(bands, kiln + 0.3)), IRON)
    return img[0]


SCENE = _scene()


SKY_COVER = (1.0 - R.coverage(_hills(*R.grid()))) * (1.0 - R.coverage(_kiln(*R.grid())))  # the sky showing
DUSK_SKY = R.vertical_gradient(DUSK_TOP, DUSK_BOTTOM, HORIZON)


def _stacks():
    x, y = R.grid()
    out = []
    for sx in STACKS:
        body = R.edges_sdf(x, y, sx - STACK_HW, sx + STACK_HW, STACK_TOP, STACK_FOOT)
        course = np.floor((y - STACK_TOP + 1.1) / 2.2)
        joints = np.minimum(np.abs(((y - STACK_TOP) % 2.2) - 1.1) - 0.35,
                            np.abs(((x - sx + course * 1.5) % 3.0) - 1.5) - 0.4)
        out.append((R.coverage(body), R.coverage(np.maximum(joints, body + 0.4))))
    return out


STACK_COVERS = _stacks()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    dusk = R.col(f[:, 3])
    # the sky turns from midday to dusk
    R.over(img, dusk * SKY_COVER, DUSK_SKY)
    # the chimney on the kiln's top, with a dark cap
    top = R.col(KILN_TOP - 3.0 - 19.0 * f[:, 1])
    chimney = R.edges_sdf(x, y, KILN_X - CHIMNEY_HW, KILN_X + CHIMNEY_HW, top, KILN_TOP + 1.0)
    R.over(img, R.coverage(chimney), SOOT)
    R.over(img, 0.6 * R.coverage(np.maximum(np.abs(((y - top) % 3.0) - 1.5) - 0.4, chimney + 0.5)), SOOT_DARK)
    cap = R.edges_sdf(x, y, KILN_X - CHIMNEY_HW - 1.0, KILN_X + CHIMNEY_HW + 1.0, top - 0.5, top + 1.5)
    R.over(img, R.coverage(cap), IRON)
    # the stacks of bricks, from the left
    count = f[:, 0].astype(int)
    for i, (body, joints) in enumerate(STACK_COVERS):
        on = (count >= i).astype(np.float32)[:, None, None]
        R.over(img, on * body, BRICK)
        R.over(img, on * joints, BRICK_JOINT)
    # the wheelbarrow: handles to the left, a tray heaped with clay, a wheel at the front
    bx = R.col(15.0 + 20.0 * f[:, 2])
    handles = np.minimum(R.segment_sdf(x, y, bx - 5.0, BARROW_Y + 2.5, bx - 13.0, BARROW_Y - 1.0),
                         R.segment_sdf(x, y, bx - 4.0, BARROW_Y + 5.0, bx - 6.0, BARROW_Y + 9.0)) - 0.9
    R.over(img, R.coverage(handles), WOOD)
    R.over(img, R.coverage(R.ellipse_sdf(x - bx, y - (BARROW_Y - 0.5), 7.5, 3.5)), CLAY)
    tray = np.maximum(np.abs(x - bx) - (9.0 - 0.6 * (y - BARROW_Y)), np.abs(y - BARROW_Y - 2.5) - 2.5)
    R.over(img, R.coverage(tray), WOOD)
    wheel = np.hypot(x - (bx + 6.0), y - (BARROW_Y + 6.0)) - 3.5
    R.over(img, R.coverage(wheel), TYRE)
    R.over(img, R.coverage(np.hypot(x - (bx + 6.0), y - (BARROW_Y + 6.0)) - 1.2), WOOD)
    # dusk darkens the yard; the fire hole glows all the same
    img *= 1.0 - 0.55 * dusk[:, None]
    glow = np.exp(-((x - KILN_X) ** 2 + (y - KILN_FOOT + 3.0) ** 2) / 60.0)
    R.over(img, (0.15 + 0.4 * dusk) * glow, FIRE)
    hole = np.maximum(R.ellipse_sdf(x - KILN_X, y - (KILN_FOOT - 5.0), 3.5, 4.0), y - KILN_FOOT)
    R.over(img, R.coverage(hole), FIRE)
    core = np.maximum(R.ellipse_sdf(x - KILN_X, y - (KILN_FOOT - 3.0), 2.0, 2.5), y - KILN_FOOT)
    return R.to_uint8(R.over(img, R.coverage(core), FIRE_CORE))


def render(brick_stacks: float, chimney_height: float, barrow_x: float, dusk: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[brick_stacks, chimney_height, barrow_x, dusk]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("brickworks", arg, n, seed, FACTORS, sample_factors, _draw)
