"""`butcher`: a butcher's shop, strings of sausages hanging from a rail on a tiled wall, a
cleaver on a chopping block and a joint of meat on a plate, on a marble-topped counter, seen
from the front (64x64 RGB).

The back wall is covered in square glazed tiles of one pale colour with white grout between
them. A steel rail runs along the wall high up on the right, and strings of plump red sausages
hang from hooks on it, each string five links long, filled in from the left. Along the bottom
of the image is the counter: a white marble top over a dark green wooden front with panels. On
the left of the counter stands a wooden chopping block, and a heavy dark iron cleaver with a
bright edge and a wooden handle is hinged at its handle's end on the block's left side: lying
flat along the block, or raised up from it. In the middle of the counter a joint of red meat
with a white rim of fat and a round bone lies on a white plate. Factors: how many strings of
sausages hang from the rail (1 to 4), how far the cleaver is raised (from lying flat on the
block to raised steeply), the size of the joint of meat (small to large) and the hue of the
wall's tiles (the whole colour wheel, coming round to where it began). The rail, the counter,
the chopping block and the plate stay fixed; the cleaver always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("sausage_strings", "how many strings of sausages hang from the rail (1 to 4)", "categorical",
           ("1", "2", "3", "4")),
    Factor("cleaver_raise", "how far the cleaver is raised from the chopping block (flat to raised)",
           "continuous"),
    Factor("joint_size", "size of the joint of meat on the plate (small to large)", "continuous"),
    Factor("tile_hue", "hue of the wall's tiles", "cyclic", period=1.0),
)
# sausage_strings: a code 0..3 for 1..4 strings, at STRINGS from the left; cleaver_raise:
# 0..1.3 radians above the horizontal, the cleaver turning about the end of its handle at
# (3, 34.5) px (its blade 7..22 px along it); joint_size: 0..1 is a joint 4..10 px in
# half-width (0.65 times that in half-height) lying on the plate at y = 45.5 px, its middle at
# x = 29 px; tile_hue: 0..1 of the colour wheel, a whole turn (0 and 1 are the same red)
RANGES = ((0.0, 3.0), (0.0, 1.3), (0.0, 1.0), (0.0, 1.0))
GROUT, RAIL, HOOK = (0.94, 0.94, 0.91), (0.55, 0.57, 0.6), (0.3, 0.3, 0.33)
SAUSAGE, SAUSAGE_DARK, TWINE = (0.68, 0.25, 0.2), (0.48, 0.15, 0.12), (0.88, 0.84, 0.72)
MARBLE, MARBLE_VEIN, FRONT, FRONT_LINE = (0.9, 0.9, 0.88), (0.72, 0.72, 0.74), (0.18, 0.32, 0.24), (0.1, 0.2, 0.14)
BLOCK, BLOCK_END, HANDLE = (0.62, 0.44, 0.28), (0.5, 0.34, 0.2), (0.36, 0.22, 0.12)
IRON, EDGE = (0.3, 0.32, 0.36), (0.9, 0.92, 0.95)
PLATE, MEAT, MEAT_DARK, FAT, BONE = (0.97, 0.97, 0.95), (0.74, 0.16, 0.18), (0.55, 0.1, 0.12), \
    (0.97, 0.92, 0.82), (0.99, 0.97, 0.9)
COUNTER_Y, FRONT_Y = 46.0, 49.0
TILE = 8.0
RAIL_Y, STRINGS = 8.0, (40.5, 47.0, 53.5, 60.0)
LINK_RX, LINK_RY, LINK_STEP, LINKS = 2.8, 3.2, 6.2, 5
BLOCK_L, BLOCK_R, BLOCK_T = 1.0, 21.0, 40.5
PIVOT_X, PIVOT_Y = 3.0, 34.5
HANDLE_END, BLADE_END, BLADE_W = 7.0, 22.0, 6.0
JOINT_X, PLATE_Y = 29.0, 45.5


def _scene():
    """The fixed scene on white grout, and the coverage of what stands in front of the tiles."""
    x, y = R.grid()
    img = R.canvas(1, GROUT)
    rail = R.coverage(R.edges_sdf(x, y, 38.0, 63.5, RAIL_Y - 1.0, RAIL_Y + 1.0))
    R.over(img, rail, RAIL)
    for sx in (38.0, 63.0):  # the rail's brackets
        bracket = R.coverage(R.edges_sdf(x, y, sx - 0.8, sx + 0.8, RAIL_Y - 3.0, RAIL_Y + 1.5))
        R.over(img, bracket, HOOK)
        rail = np.maximum(rail, bracket)
    R.over(img, R.below(COUNTER_Y, 1), MARBLE)
    veins = np.abs(y - COUNTER_Y - 1.5 - 0.8 * np.sin(x * 0.45)) - 0.3
    R.over(img, 0.6 * R.coverage(np.maximum(veins, y - FRONT_Y)), MARBLE_VEIN)
    R.over(img, R.below(FRONT_Y, 1), FRONT)
    panels = np.abs(R.edges_sdf(x, y, 4.0 + 20.0 * np.floor(x / 20.0), 18.0 + 20.0 * np.floor(x / 20.0), 52.0, 61.0))
    R.over(img, R.coverage(np.maximum(panels - 0.5, FRONT_Y - y)), FRONT_LINE)
    # the chopping block, its end grain on the front
    block = R.coverage(R.edges_sdf(x, y, BLOCK_L, BLOCK_R, BLOCK_T, COUNTER_Y + 0.5))
    R.over(img, block, BLOCK)
    rings = np.abs(((y - BLOCK_T) % 1.8) - 0.9) - 0.25
    R.over(img, 0.5 * R.coverage(np.maximum(rings, R.edges_sdf(x, y, BLOCK_L, BLOCK_R, BLOCK_T + 1.5, COUNTER_Y))),
           BLOCK_END)
    # the plate
    plate = R.coverage(R.ellipse_sdf(x - JOINT_X, y - PLATE_Y, 11.5, 1.6))
    R.over(img, plate, PLATE)
    tiles = np.maximum(np.abs((x % TILE) - TILE / 2), np.abs((y % TILE) - TILE / 2)) - (TILE / 2 - 0.8)
    tiles = R.coverage(np.maximum(tiles, y - COUNTER_Y))
    return img[0], tiles * (1.0 - np.maximum(np.maximum(rail, block), plate))


SCENE, TILES = _scene()


def _strings():
    """Per string: the coverage of its twine and hook, of its sausages, and of the twists where
    two links meet."""
    x, y = R.grid()
    out = []
    for sx in STRINGS:
        twine = np.maximum(np.abs(x - sx) - 0.45, np.maximum(RAIL_Y - y, y - (RAIL_Y + 3.5)))
        hook = np.abs(np.hypot(x - sx, y - RAIL_Y) - 1.6) - 0.45
        middles = [RAIL_Y + 3.0 + LINK_RY + LINK_STEP * i for i in range(LINKS)]
        links = np.min([R.ellipse_sdf(x - sx, y - c, LINK_RX, LINK_RY) for c in middles], 0)
        twists = np.min([np.hypot(x - sx, y - c + LINK_STEP / 2) - 1.2 for c in middles[1:]], 0)
        out.append((R.coverage(np.minimum(twine, hook)), R.coverage(links), R.coverage(np.maximum(twists, links))))
    return out


STRING_COVERS = _strings()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    R.over(img, TILES, R.hsv(f[:, 3], 0.32, 0.92))
    # the strings of sausages, from the left
    count = f[:, 0].astype(int)
    for i, (twine, links, twists) in enumerate(STRING_COVERS):
        on = (count >= i).astype(np.float32)[:, None, None]
        R.over(img, on * twine, TWINE)
        R.over(img, on * links, SAUSAGE)
        R.over(img, 0.8 * on * twists, SAUSAGE_DARK)
    # the cleaver: u along it from the end of its handle, v across it (down when it lies flat)
    a = R.col(f[:, 1])
    dx, dy = x - PIVOT_X, y - PIVOT_Y
    u = dx * np.cos(a) - dy * np.sin(a)
    v = dx * np.sin(a) + dy * np.cos(a)
    handle = np.maximum(np.abs(v - 1.6) - 1.3, np.maximum(-u, u - HANDLE_END - 0.5))
    R.over(img, R.coverage(handle), HANDLE)
    blade = R.box_sdf(u - (HANDLE_END + BLADE_END) / 2, v - BLADE_W / 2, (BLADE_END - HANDLE_END) / 2, BLADE_W / 2)
    R.over(img, R.coverage(blade), IRON)
    R.over(img, R.coverage(np.maximum(blade, BLADE_W - 1.3 - v)), EDGE)  # the honed edge
    R.over(img, R.coverage(np.hypot(u - BLADE_END + 3.0, v - 1.8) - 1.0), GROUT)  # the hole by the spine
    # the joint of meat on the plate: red meat in a rim of fat, a round bone
    rx = R.col(4.0 + 6.0 * f[:, 2])
    ry = 0.65 * rx
    cy = PLATE_Y - ry
    joint = R.ellipse_sdf(x - JOINT_X, y - cy, rx, ry)
    R.over(img, R.coverage(joint), FAT)
    R.over(img, R.coverage(R.ellipse_sdf(x - JOINT_X, y - cy, rx - 1.3, ry - 1.3)), MEAT)
    grain = np.abs(R.ellipse_sdf(x - JOINT_X + 0.2 * rx, y - cy, 0.5 * rx, 0.45 * ry)) - 0.4
    R.over(img, 0.7 * R.coverage(np.maximum(grain, joint + 1.5)), MEAT_DARK)
    bone = np.hypot(x - JOINT_X - 0.45 * rx, y - cy + 0.1 * ry) - 0.28 * rx
    R.over(img, R.coverage(bone), BONE)
    return R.to_uint8(img)


def render(sausage_strings: float, cleaver_raise: float, joint_size: float, tile_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[sausage_strings, cleaver_raise, joint_size, tile_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("butcher", arg, n, seed, FACTORS, sample_factors, _draw)
