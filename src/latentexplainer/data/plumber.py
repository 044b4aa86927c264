"""`plumber`: a plumber at work on the pipes under a kitchen sink, a spanner gripping the water
pipe, a stop valve with a lever handle and a glass jar catching the drips, seen from the front
(64x64 RGB).

The wall is of pale square tiles with grey grout; along the top runs a wooden worktop with a
white sink bowl set into it, and a dark wooden floor runs along the bottom. A water pipe runs
across the wall below the sink, with a branch rising from it into the sink's drain. Right of
the middle a stop valve sits on the pipe: a brass hub with a red lever handle, which turns
about the hub. Left of the middle a drop of water hangs from a joint in the pipe over a big
glass jar standing on the floor, and a steel spanner grips the pipe, its handle rising to the
right. At the right edge a red toolbox stands on the floor. Factors: how far the valve's
lever has been turned (a whole turn comes round to where it began), where the spanner grips
the pipe (from the left towards the middle), how much water has dripped into the jar (empty to
nearly full) and what the pipes are made of (copper, grey iron or white plastic). The tiles, the
worktop, the sink, the jar, the floor and the toolbox stay fixed; the whole handle always lies
inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("valve_turn", "how far the valve's lever handle is turned (a whole turn)", "cyclic", period=1.0),
    Factor("spanner_x", "where the spanner grips the pipe (left towards the middle)", "continuous"),
    Factor("jar_water", "how much water has dripped into the glass jar (empty to full)", "continuous"),
    Factor("pipe_metal", "what the pipes are made of", "categorical", ("copper", "iron", "plastic")),
)
# valve_turn: 0..1 turns of the lever about the hub at (VALVE_X, PIPE_Y), clockwise from
# pointing straight up (0 and 1 are the same picture); spanner_x: 0..1 puts the spanner's jaws
# at x = 5..21 px; jar_water: 0..1 fills the jar from its bottom (y = 58 px) 0..15 px high;
# pipe_metal: a code 0..2 for the colours of PIPES, the pipe and the drain branch alike
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 2.0))
TILE, GROUT, WORKTOP, WORKTOP_EDGE = (0.88, 0.9, 0.86), (0.66, 0.68, 0.66), (0.55, 0.38, 0.22), (0.4, 0.27, 0.15)
SINK, SINK_SHADE, FLOOR, FLOOR_LINE = (0.95, 0.95, 0.96), (0.76, 0.78, 0.8), (0.36, 0.26, 0.18), (0.27, 0.19, 0.13)
BRASS, LEVER, GRIP, STEEL = (0.78, 0.64, 0.28), (0.84, 0.12, 0.1), (0.55, 0.06, 0.06), (0.46, 0.5, 0.55)
GLASS_RIM, WATER, TOOLBOX, TOOLBOX_DARK = (0.62, 0.74, 0.78), (0.2, 0.42, 0.82), (0.8, 0.16, 0.12), (0.5, 0.08, 0.06)
PIPES = np.array(((0.8, 0.46, 0.22), (0.38, 0.4, 0.44), (0.97, 0.97, 0.95)), np.float32)
PIPE_DARK = 0.72  # the pipe's lower edge, as a share of its colour
PIPE_Y, PIPE_HW = 30.0, 3.2
BRANCH_X, VALVE_X, JOINT_X = 31.0, 45.0, 24.0
FLOOR_Y = 58.0
JAR_L, JAR_R, JAR_TOP = 15.0, 33.0, 40.0
LEVER_LEN, LEVER_HW = 15.0, 2.4


def _scene():
    x, y = R.grid()
    img = R.canvas(1, TILE)
    grout = np.maximum(np.abs(((x + 2.0) % 8.0) - 4.0), np.abs(((y + 2.0) % 8.0) - 4.0))
    R.over(img, R.coverage(4.0 - grout - 0.45), GROUT)
    # the worktop and the sink bowl under it
    bowl = R.ellipse_sdf(x - 28.0, y - 10.0, 13.0, 9.0)
    R.over(img, R.coverage(np.maximum(bowl - 0.8, 10.0 - y)), SINK_SHADE)
    R.over(img, R.coverage(np.maximum(bowl + 0.4, 10.0 - y)), SINK)
    R.over(img, R.coverage(np.maximum(bowl + 2.0, (28.0 - x) * 0.3 + (y - 16.0))), SINK_SHADE)
    R.over(img, R.coverage(R.edges_sdf(x, y, -1.0, 65.0, -1.0, 9.0)), WORKTOP)
    R.over(img, R.coverage(R.edges_sdf(x, y, -1.0, 65.0, 8.0, 10.5)), WORKTOP_EDGE)
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    R.over(img, R.coverage(np.maximum(np.abs(((x - 3.0) % 12.0) - 6.0) - 5.5, FLOOR_Y + 0.5 - y)), FLOOR_LINE)
    # the toolbox in the corner
    R.over(img, R.coverage(R.edges_sdf(x, y, 50.0, 63.0, 49.0, FLOOR_Y + 0.5)), TOOLBOX)
    R.over(img, R.coverage(R.edges_sdf(x, y, 50.0, 63.0, 49.0, 51.0)), TOOLBOX_DARK)
    R.over(img, R.coverage(np.abs(R.edges_sdf(x, y, 54.0, 59.0, 45.0, 50.0)) - 0.6), TOOLBOX_DARK)
    # the glass jar: a faint tint over the wall behind it, a rim and a base
    jar = R.edges_sdf(x, y, JAR_L, JAR_R, JAR_TOP, FLOOR_Y)
    R.over(img, 0.25 * R.coverage(jar), GLASS_RIM)
    R.over(img, R.coverage(np.abs(jar) - 0.6), GLASS_RIM)
    R.over(img, R.coverage(R.edges_sdf(x, y, JAR_L - 1.0, JAR_R + 1.0, JAR_TOP - 1.5, JAR_TOP + 0.5)), GLASS_RIM)
    return img[0]


SCENE = _scene()


def _pipes():
    """Coverage of the pipe with its drain branch, and of their darker lower edges."""
    x, y = R.grid()
    pipe = np.abs(y - PIPE_Y) - PIPE_HW
    branch = np.maximum(np.abs(x - BRANCH_X) - 2.6, np.maximum(17.0 - y, y - PIPE_Y))
    body = R.coverage(np.minimum(pipe, branch))
    joint = R.coverage(R.edges_sdf(x, y, JOINT_X - 2.0, JOINT_X + 2.0, PIPE_Y - PIPE_HW - 1.0, PIPE_Y + PIPE_HW + 1.0))
    edge = R.coverage(np.maximum(pipe, PIPE_Y + 1.2 - y))
    return np.maximum(body, joint), edge, joint


PIPE, PIPE_EDGE, JOINT = _pipes()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the water in the jar, and a drop falling from the joint
    top = R.col(FLOOR_Y - 15.0 * f[:, 2])
    water = np.maximum(R.edges_sdf(x, y, JAR_L + 0.8, JAR_R - 0.8, 0.0, FLOOR_Y - 0.8), top - y)
    R.over(img, 0.85 * R.coverage(water), WATER)
    R.over(img, R.coverage(np.maximum(np.abs(y - top) - 0.5, np.abs(x - (JAR_L + JAR_R) / 2) - 8.2)), (0.6, 0.78, 0.95))
    drop = R.ellipse_sdf(x - JOINT_X, y - (PIPE_Y + PIPE_HW + 3.5), 1.3, 2.0)
    R.over(img, R.coverage(drop), WATER)
    # the pipes, in the metal named
    metal = PIPES[f[:, 3].astype(int)]
    R.over(img, PIPE, metal)
    R.over(img, PIPE_EDGE, metal * PIPE_DARK)
    R.over(img, 0.6 * JOINT, metal * 0.8)
    # the spanner: open jaws round the pipe, its handle rising to the right
    sx = R.col(5.0 + 16.0 * f[:, 1])
    jaws = np.maximum(R.edges_sdf(x, y, sx - 3.0, sx + 3.0, PIPE_Y - PIPE_HW - 2.5, PIPE_Y + PIPE_HW + 2.5),
                      -R.edges_sdf(x, y, sx - 4.0, sx + 1.2, PIPE_Y - PIPE_HW, PIPE_Y + PIPE_HW))
    handle = R.segment_sdf(x, y, sx + 2.0, PIPE_Y - PIPE_HW - 2.0, sx + 10.0, PIPE_Y - 17.0) - 2.0
    R.over(img, R.coverage(np.minimum(jaws, handle)), STEEL)
    # the valve: a brass hub on the pipe and its lever, turned clockwise from straight up
    a = R.col(2 * np.pi * f[:, 0])
    dx, dy = np.sin(a), -np.cos(a)
    lever = R.segment_sdf(x, y, VALVE_X, PIPE_Y, VALVE_X + LEVER_LEN * dx, PIPE_Y + LEVER_LEN * dy) - LEVER_HW
    grip = R.segment_sdf(x, y, VALVE_X + 8.0 * dx, PIPE_Y + 8.0 * dy,
                         VALVE_X + LEVER_LEN * dx, PIPE_Y + LEVER_LEN * dy) - (LEVER_HW + 0.6)
    R.over(img, R.coverage(R.box_sdf(x - VALVE_X, y - PIPE_Y, 4.5, PIPE_HW + 1.2)), BRASS)
    R.over(img, R.coverage(lever), LEVER)
    R.over(img, R.coverage(grip), GRIP)
    R.over(img, R.coverage(np.hypot(x - VALVE_X, y - PIPE_Y) - 2.6), BRASS)
    return R.to_uint8(img)


def render(valve_turn: float, spanner_x: float, jar_water: float, pipe_metal: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[valve_turn, spanner_x, jar_water, pipe_metal]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("plumber", arg, n, seed, FACTORS, sample_factors, _draw)
