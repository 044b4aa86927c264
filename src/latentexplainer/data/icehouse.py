"""`icehouse`: an old domed ice house built into a grassy bank, seen from the front (64x64 RGB).

A round-topped dome of brick courses with pale mortar lines rises from the ground in the
middle of the image, in front of a green bank under a pale winter sky. In its front is an
arched doorway with a wooden door hinged at its left side; as the door opens it narrows
towards the hinge and the dark store behind it shows, with a faint blue glint of ice. Blocks
of ice, pale blue with darker edges, stand on the cobbled yard to the right of the doorway, the
third on top of the first two. Snow may lie on the bank, a little on the yard, on the blocks
and in a cap over the top of the dome. Factors: how far
the door is open (shut to wide open), how many blocks of ice stand outside (none to 3), how
much snow has fallen (none to a thick cap on the dome and a white bank) and what the dome is
built of (red brick, yellow brick or grey stone). The dome's shape, the doorway, the bank and
the sky stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("door_open", "how far the ice house's door is open (shut to wide open)", "continuous"),
    Factor("ice_blocks", "how many blocks of ice stand outside the door", "categorical", ("0", "1", "2", "3")),
    Factor("snow", "how much snow has fallen (none to a thick white cover)", "continuous"),
    Factor("masonry", "what the dome is built of", "categorical", ("red brick", "yellow brick", "grey stone")),
)
# door_open: 0..1 narrows the door from its full 15 px width to 1 px, towards its hinge at x = 23.5 px;
# ice_blocks: codes 0..3 are that many blocks, filled from the doorway outwards; snow: 0..1 lowers the
# snow cap's edge from the dome's top (y = 22 px, none) to y = 35 px and whitens the ground and bank;
# masonry: codes 0..2 are the names in order
RANGES = ((0.0, 1.0), (0.0, 3.0), (0.0, 1.0), (0.0, 2.0))
SKY_TOP, SKY_BOTTOM = np.array((0.62, 0.72, 0.84)), np.array((0.86, 0.89, 0.93))
BANK, YARD, SNOW, SNOW_SHADE = np.array((0.3, 0.48, 0.22)), np.array((0.34, 0.32, 0.31)), \
    np.array((0.96, 0.97, 1.0)), (0.78, 0.83, 0.92)
BRICKS = np.array(((0.66, 0.27, 0.18), (0.86, 0.72, 0.4), (0.52, 0.53, 0.55)))
MORTAR, DOOR, DOOR_DARK, STORE, GLINT = (0.86, 0.82, 0.74), (0.5, 0.32, 0.16), (0.3, 0.18, 0.08), \
    (0.06, 0.07, 0.1), (0.55, 0.75, 0.92)
ICE, ICE_EDGE = (0.62, 0.86, 1.0), (0.22, 0.45, 0.72)
CX, BASE_Y, RX, RY = 31.0, 50.0, 21.0, 27.0  # the dome: an ellipse's top half above the ground line
CAP_TOP, CAP_DROP = 22.0, 13.0  # the snow cap's lower edge: at the dome's top without snow, 13 px lower at most
DOOR_L, DOOR_R, DOOR_TOP = 23.5, 38.5, 28.0  # the doorway, its arch's top at DOOR_TOP
BLOCKS = ((45.0, 57.0), (57.0, 57.0), (51.0, 47.0))  # the blocks' centres, in the order they fill
BLOCK_HW, BLOCK_HH = 5.8, 5.0


def _bank() -> np.ndarray:
    x, y = R.grid()
    return R.coverage(30.0 + 4.0 * np.sin(x * 0.12 + 1.0) - y)[0]  # below the bank's wavy top edge


def _yard() -> np.ndarray:
    x, y = R.grid()
    row = np.floor(y / 3.0)
    joints = np.minimum(np.abs((y % 3.0) - 0.3), np.abs(((x + row * 2.0) % 4.0) - 0.3)) - 0.4
    return (0.75 * R.coverage(joints) * R.below(BASE_Y, 1))[0]  # the joints between the yard's cobbles


SKY, BANK_COVER, YARD_JOINTS = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, 40.0), _bank(), _yard()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SKY
    snow = R.col(f[:, 2])
    s = f[:, 2:3]
    bank = BANK[None] + (SNOW * 0.92 - BANK)[None] * s  # the bank and ground whiten with the snow
    yard = YARD[None] + (SNOW - YARD)[None] * (0.45 * s)  # the trodden yard only whitens a little
    R.over(img, np.broadcast_to(BANK_COVER, (n, R.SIZE, R.SIZE)), bank)
    R.over(img, R.below(BASE_Y, n), yard)
    R.over(img, np.broadcast_to(YARD_JOINTS, (n, R.SIZE, R.SIZE)), yard * 0.6)
    # the dome, its brick courses and the snow cap
    dome = np.maximum(R.ellipse_sdf(x - CX, y - BASE_Y, RX, RY), y - BASE_Y)
    inside = R.coverage(dome)
    brick = BRICKS[f[:, 3].astype(int)]
    R.over(img, inside, brick)
    course = np.floor(y / 3.5)
    joints = np.minimum(np.abs((y % 3.5) - 0.4), np.abs(((x + course * 3.0) % 6.0) - 0.4)) - 0.45
    R.over(img, 0.8 * inside * R.coverage(joints), MORTAR)
    R.over(img, inside * R.coverage(np.abs(dome + 0.8) - 0.8), brick * 0.55)  # a darker rim
    fall = np.minimum(snow * 30.0, 1.0)  # no cap at all without snow
    cap = y - (CAP_TOP + CAP_DROP * snow) + 1.2 * np.sin(x * 0.9)
    R.over(img, inside * R.coverage(cap) * fall, SNOW)
    R.over(img, inside * R.coverage(np.abs(cap + 0.6) - 0.6) * fall, SNOW_SHADE)
    # the doorway: the dark store, a glint of ice, and the door narrowing towards its hinge
    arch = np.minimum(R.ellipse_sdf(x - (DOOR_L + DOOR_R) / 2, y - (DOOR_TOP + 5.5), (DOOR_R - DOOR_L) / 2, 5.5),
                      R.edges_sdf(x, y, DOOR_L, DOOR_R, DOOR_TOP + 5.5, BASE_Y))
    R.over(img, R.coverage(arch - 1.2), brick * 0.5)
    R.over(img, R.coverage(arch), STORE)
    R.over(img, R.coverage(R.ellipse_sdf(x - 34.0, y - 45.0, 3.0, 2.2)), GLINT)
    right = DOOR_L + 1.0 + (DOOR_R - DOOR_L - 1.0) * (1.0 - R.col(f[:, 0]))
    door = np.maximum(arch, x - right)
    R.over(img, R.coverage(door), DOOR)
    planks = np.abs(((x - DOOR_L) % 3.0) - 1.5) - 0.35
    R.over(img, 0.7 * R.coverage(np.maximum(door, -planks)), DOOR_DARK)
    R.over(img, R.coverage(np.maximum(door + 0.1, np.abs(x - right + 0.6) - 0.6)), DOOR_DARK)
    # the blocks of ice on the ground
    count = R.col(f[:, 1])
    for k, (bx, by) in enumerate(BLOCKS):
        on = (count > k).astype(np.float32)
        block = R.box_sdf(x - bx, y - by, BLOCK_HW - 0.8, BLOCK_HH - 0.8) - 0.8
        R.over(img, on * R.coverage(block), ICE_EDGE)
        R.over(img, on * R.coverage(block + 1.0), ICE)
        shine = R.segment_sdf(x, y, bx - 2.5, by + 1.5, bx + 0.5, by - 2.0) - 0.6
        R.over(img, on * R.coverage(np.maximum(shine, block + 1.0)), (0.97, 0.99, 1.0))
        top = R.box_sdf(x - bx, y - (by - BLOCK_HH + 0.3), BLOCK_HW, 0.2 + 1.4 * snow)
        R.over(img, on * R.coverage(top) * fall, SNOW)
    return R.to_uint8(img)


def render(door_open: float, ice_blocks: float, snow: float, masonry: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[door_open, ice_blocks, snow, masonry]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("icehouse", arg, n, seed, FACTORS, sample_factors, _draw)
