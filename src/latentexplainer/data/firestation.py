"""`firestation`: a town fire station with a roller door over its engine bay, and a red fire
engine with a turntable ladder parked on the forecourt in front, seen from the front (64x64 RGB).

The station's front wall fills the upper part of the image under a strip of blue sky, a pale
stone cornice along its top. In the middle of the wall is the engine bay's wide doorway in a
pale stone surround, with a white plaque above it and a small window on each side. A ribbed
blue-grey roller door closes the doorway; rolled up, it shows the dark bay behind, where
yellow helmets hang on the back wall. Along the bottom of the image is the grey concrete
forecourt. On it a red fire engine stands facing right: a long body with lockers, a cab with a
pale blue windscreen at its front, two black wheels. A white ladder is hinged on the back of
its roof and reaches out over the cab, raised from the roof towards the sky. Factors: how far
the roller door is rolled up (shut to wide open), how high the ladder is raised (lying along
the roof to steep), what the station is built of (red brick, yellow brick or grey stone
blocks) and where the engine stands along the forecourt (left to right; its ladder moves with
it). The doorway, the windows, the sky and the forecourt stay fixed; the engine and its ladder
always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("door_open", "how far the station's roller door is rolled up (shut to wide open)", "continuous"),
    Factor("ladder_raise", "how high the fire engine's ladder is raised (lying flat to steep)", "continuous"),
    Factor("walls", "what the station's walls are built of (red brick, yellow brick or grey stone)",
           "categorical", ("red brick", "yellow brick", "grey stone")),
    Factor("engine_x", "horizontal position of the fire engine on the forecourt (left to right)", "continuous"),
)
# door_open: 0..1 raises the door's bottom edge from y = 48 px (shut) to 16 px (the doorway's
# top); ladder_raise: 0.05..1.1 radians above the horizontal, the ladder (24 px long) hinged at
# 11 px behind the engine's middle on its roof; walls: a code 0..2 for the materials in the
# order named; engine_x: 0..1 puts the engine's middle at x = 17..47 px (it is 28 px long)
RANGES = ((0.0, 1.0), (0.05, 1.1), (0.0, 2.0), (0.0, 1.0))
SKY, CORNICE, SURROUND, PLAQUE = (0.55, 0.74, 0.92), (0.86, 0.84, 0.78), (0.9, 0.88, 0.82), (0.97, 0.97, 0.95)
WALLS = np.array(((0.62, 0.26, 0.2), (0.86, 0.73, 0.46), (0.6, 0.6, 0.58)), np.float32)
JOINTS = np.array(((0.82, 0.78, 0.72), (0.96, 0.92, 0.8), (0.4, 0.4, 0.41)), np.float32)
PANE, FRAME, BAY, HELMET = (0.52, 0.66, 0.8), (0.95, 0.95, 0.93), (0.08, 0.07, 0.07), (0.95, 0.8, 0.15)
SHUTTER, RIB = (0.52, 0.56, 0.62), (0.38, 0.41, 0.46)
CONCRETE, CONCRETE_LINE = (0.56, 0.56, 0.53), (0.46, 0.46, 0.44)
RED, RED_DARK, WINDSCREEN, TYRE, HUB = (0.84, 0.1, 0.08), (0.6, 0.06, 0.05), (0.7, 0.85, 0.95), \
    (0.1, 0.1, 0.11), (0.7, 0.7, 0.72)
LADDER, LADDER_DARK = (0.96, 0.96, 0.93), (0.5, 0.5, 0.52)
SKY_Y, WALL_TOP, GROUND_Y = 6.0, 8.5, 48.0
DOOR_L, DOOR_R, DOOR_T = 18.0, 46.0, 16.0
BODY_T, BODY_B, CAB_T = 50.5, 60.0, 47.5
LADDER_LEN, LADDER_BACK = 24.0, 11.0
WHEEL_Y, WHEEL_R = 60.5, 3.0


def _scene():
    """The fixed scene (brick-coloured walls are painted per image) and the walls' coverage."""
    x, y = R.grid()
    img = R.canvas(1, SKY)
    R.over(img, R.coverage(np.abs(y - WALL_TOP + 0.5) - 2.5), CORNICE)
    R.over(img, R.below(GROUND_Y, 1), CONCRETE)
    R.over(img, R.coverage(np.maximum(np.abs(((x + 3.0) % 16.0) - 8.0) - 7.6, GROUND_Y - y)), CONCRETE_LINE)
    R.over(img, R.coverage(np.abs(y - GROUND_Y - 0.5) - 0.6), CONCRETE_LINE)
    # the doorway in its stone surround, the plaque, the windows
    surround = R.edges_sdf(x, y, DOOR_L - 2.0, DOOR_R + 2.0, DOOR_T - 2.0, GROUND_Y)
    R.over(img, R.coverage(surround), SURROUND)
    R.over(img, R.coverage(R.edges_sdf(x, y, DOOR_L, DOOR_R, DOOR_T, GROUND_Y)), BAY)
    helmets = np.min([np.maximum(R.ellipse_sdf(x - hx, y - 27.0, 2.6, 2.2), y - 27.5) for hx in (24.0, 32.0, 40.0)], 0)
    R.over(img, R.coverage(helmets), HELMET)
    plaque = R.edges_sdf(x, y, 25.0, 39.0, 10.5, 13.5)
    R.over(img, R.coverage(plaque), PLAQUE)
    R.over(img, R.coverage(np.abs(y - 12.0) - 0.4) * R.coverage(np.abs(x - 32.0) - 5.0), RED)
    for wx in (8.5, 55.5):
        R.over(img, R.coverage(R.edges_sdf(x, y, wx - 4.5, wx + 4.5, 18.0, 31.0)), FRAME)
        panes = np.maximum(R.edges_sdf(x, y, wx - 3.5, wx + 3.5, 19.0, 30.0), 0.5 - np.abs(y - 24.5))
        R.over(img, R.coverage(panes), PANE)
    # the wall: below the cornice and above the forecourt, but for the doorway and the windows
    openings = np.minimum(np.minimum(surround, plaque), np.min([R.edges_sdf(x, y, wx - 4.5, wx + 4.5, 18.0, 31.0) for wx in (8.5, 55.5)], 0))
    walls = np.maximum(np.maximum(WALL_TOP + 2.0 - y, y - GROUND_Y), -openings)
    return img[0], R.coverage(walls)


SCENE, WALL_COVER = _scene()


def _joints():
    """Mortar joints: brick courses (3 px, bricks 7 px long) and larger stone blocks."""
    x, y = R.grid()
    course = np.floor(y / 3.0)
    brick = np.minimum(np.abs((y % 3.0) - 0.25), np.abs(((x + 3.5 * course) % 7.0) - 0.25)) - 0.45
    row = np.floor(y / 6.0)
    block = np.minimum(np.abs((y % 6.0) - 0.25), np.abs(((x + 5.0 * row) % 10.0) - 0.25)) - 0.5
    return R.coverage(brick), R.coverage(block)


BRICK_JOINTS, STONE_JOINTS = _joints()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the walls, of the material named, with their joints
    kind = f[:, 2].astype(int)
    R.over(img, WALL_COVER, WALLS[kind])
    joints = np.where((kind == 2)[:, None, None], STONE_JOINTS, BRICK_JOINTS)
    R.over(img, WALL_COVER * joints, JOINTS[kind])
    # the roller door, rolled up to its bottom edge
    bottom = R.col(GROUND_Y - (GROUND_Y - DOOR_T) * f[:, 0])
    door = R.coverage(np.maximum(R.edges_sdf(x, y, DOOR_L, DOOR_R, DOOR_T, GROUND_Y), y - bottom))
    R.over(img, door, SHUTTER)
    ribs = np.abs(((y - bottom) % 2.5) - 1.25) - 0.4
    R.over(img, door * R.coverage(ribs), RIB)
    R.over(img, door * R.coverage(np.abs(y - bottom + 0.8) - 0.8), RIB)
    # the fire engine: body, cab, windscreen, lockers, wheels
    ex = R.col(17.0 + 30.0 * f[:, 3])
    body = R.edges_sdf(x, y, ex - 14.0, ex + 8.0, BODY_T, BODY_B)
    cab = R.box_sdf(x - ex - 11.0, y - (CAB_T + BODY_B) / 2, 2.0, (BODY_B - CAB_T) / 2 - 1.0) - 1.0
    R.over(img, R.coverage(np.minimum(body, cab)), RED)
    lockers = np.maximum(np.abs(((x - ex + 14.0) % 5.5) - 2.75) - 2.35, np.abs(y - 55.0) - 2.5)
    R.over(img, R.coverage(np.maximum(-lockers, body + 1.5)), RED_DARK)
    R.over(img, R.coverage(R.edges_sdf(x, y, ex + 10.5, ex + 13.5, CAB_T + 1.5, CAB_T + 5.0)), WINDSCREEN)
    R.over(img, R.coverage(R.edges_sdf(x, y, ex - 14.0, ex + 14.0, BODY_B - 1.2, BODY_B)), RED_DARK)
    for wx in (-8.0, 8.5):
        rho = np.hypot(x - ex - wx, y - WHEEL_Y)
        R.over(img, R.coverage(rho - WHEEL_R), TYRE)
        R.over(img, R.coverage(rho - 1.1), HUB)
    # the ladder: two rails and rungs, hinged on the back of the roof
    a = R.col(f[:, 1])
    px, py = ex - LADDER_BACK, BODY_T - 1.5
    u = (x - px) * np.cos(a) - (y - py) * np.sin(a)
    v = (x - px) * np.sin(a) + (y - py) * np.cos(a)
    inside = np.maximum(-u, u - LADDER_LEN)
    rails = np.maximum(np.abs(np.abs(v) - 1.5) - 0.6, inside)
    rungs = np.maximum(np.maximum(np.abs(((u + 1.0) % 3.0) - 1.5) - 0.45, np.abs(v) - 1.5), inside)
    R.over(img, R.coverage(np.minimum(rails, rungs)), LADDER)
    R.over(img, R.coverage(np.hypot(x - px, y - py) - 1.6), LADDER_DARK)
    return R.to_uint8(img)


def render(door_open: float, ladder_raise: float, walls: float, engine_x: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[door_open, ladder_raise, walls, engine_x]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("firestation", arg, n, seed, FACTORS, sample_factors, _draw)
