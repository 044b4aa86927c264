"""`door`: the front door of a brick house, seen from the pavement outside (64x64 RGB).

A red brick wall with pale mortar joints fills the image down to a grey pavement along the
bottom. In it stands a panelled front door, painted one colour, with two darker inset panels and a
brass knob, in a pale stone surround with a lintel over it and a stone step in front. The door is
hinged on its left and opens inwards: as it swings open it narrows towards its hinge (its free edge,
further away, looks a little shorter) and the dark hall behind appears. A carriage lamp hangs on
the wall to the right of the door; lit, its glass glows yellow and it throws a warm glow on the
bricks around it. A black cat may sit on the pavement to the left of the step. Factors: the door's
horizontal position (its surround, step, lamp and cat move with it), how far the door is open
(shut to wide open), the hue of its paint, how brightly the lamp shines (off to bright) and whether
the cat is there. The wall, the pavement, the door's size and the lamp's size stay fixed; the door,
the lamp and the cat always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

CATS = ("none", "cat")
FACTORS = (
    Factor("door_x", "horizontal position of the door in the wall (left to right)", "continuous"),
    Factor("door_open", "how far the door is open (shut to wide open)", "continuous"),
    Factor("door_hue", "hue of the door's paint", "continuous"),
    Factor("lamp_light", "how brightly the lamp beside the door shines (off to bright)", "continuous"),
    Factor("cat", "whether a black cat sits by the step (no cat, a cat)", "categorical", CATS),
)
# door_x: 0..1 puts the door's middle at x = 20..44 px; door_open: 0..1 swings the door 0..1.35
# radians inwards about its left edge (its visible width is cos of that times 17 px); door_hue:
# 0..0.8 of the colour wheel (no wrap); lamp_light: 0..1 turns the lamp's glass from grey to
# glowing and scales the opacity of its glow on the wall (0: off); cat: code 0 no cat, 1 a cat
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 0.8), (0.0, 1.0), (0.0, 1.0))
BRICK, MORTAR, PAVEMENT = (0.62, 0.33, 0.26), (0.8, 0.76, 0.7), (0.55, 0.55, 0.53)
STONE, STEP, HALL = (0.88, 0.86, 0.8), (0.7, 0.69, 0.66), (0.09, 0.07, 0.06)
BRASS, LAMP_CASE, CAT, CAT_EYE = (0.86, 0.7, 0.3), (0.12, 0.12, 0.13), (0.13, 0.12, 0.13), (0.8, 0.85, 0.2)
GLASS_OFF, GLASS_ON = np.array((0.5, 0.52, 0.5)), np.array((1.0, 0.95, 0.62))
GLOW = (1.0, 0.88, 0.5)
GROUND_Y, STEP_Y = 57.0, 54.0  # the pavement's edge and the top of the step
DOOR_HW, DOOR_TOP = 8.5, 18.0  # the doorway's half-width and top; it reaches down to the step
FRAME, OPEN_MAX = 2.5, 1.35
LAMP_DX, LAMP_Y, GLOW_ALPHA, GLOW_SIGMA = 14.5, 26.0, 0.8, 8.0
CAT_DX = -15.0  # the cat sits this far left of the door's middle
BRICK_W, BRICK_H = 11.0, 5.0


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, BRICK)
    course = np.floor(y / BRICK_H)
    joints = np.minimum(np.abs((y % BRICK_H) - 0.5), np.abs(((x + course * BRICK_W / 2) % BRICK_W) - 0.5))
    img += (0.04 * np.sin(x * 1.3 + course * 2.7) * np.cos(course * 1.9))[:, None]  # uneven bricks
    R.over(img, R.coverage(joints - 0.5), MORTAR)
    R.over(img, R.below(GROUND_Y, 1), PAVEMENT)
    return img[0]


BACKGROUND = _background()


def _triangle(x, y, ax, ay, bx, by, cx, cy):
    """Approximate signed distance to the triangle with corners a, b, c (either way round): the
    largest of its edges' signed distances (exact near the edges, which is all anti-aliasing needs)."""
    turn = np.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax))
    d = None
    for (px, py), (qx, qy) in (((ax, ay), (bx, by)), ((bx, by), (cx, cy)), ((cx, cy), (ax, ay))):
        ex, ey = qx - px, qy - py
        e = turn * ((x - px) * ey - (y - py) * ex) / np.hypot(ex, ey)
        d = e if d is None else np.maximum(d, e)
    return d


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    cx = R.col(20 + 24 * f[:, 0])
    left, right = cx - DOOR_HW, cx + DOOR_HW
    # the lamp's glow on the wall, the stone surround and lintel, the step, the dark hall
    light = R.col(f[:, 3])
    lx = cx + LAMP_DX
    glow = np.exp(-((x - lx) ** 2 + (y - LAMP_Y) ** 2) / (2 * GLOW_SIGMA**2))
    R.over(img, GLOW_ALPHA * light * glow, GLOW)
    surround = R.edges_sdf(x, y, left - FRAME, right + FRAME, DOOR_TOP - FRAME, STEP_Y)
    lintel = R.edges_sdf(x, y, left - FRAME - 2, right + FRAME + 2, DOOR_TOP - FRAME - 3, DOOR_TOP - FRAME)
    R.over(img, R.coverage(np.minimum(surround, lintel)), STONE)
    R.over(img, R.coverage(R.edges_sdf(x, y, left - FRAME - 2, right + FRAME + 2, STEP_Y, GROUND_Y)), STEP)
    R.over(img, R.coverage(R.edges_sdf(x, y, left, right, DOOR_TOP, STEP_Y)), HALL)
    # the door, swung inwards about its left edge: narrower, its free edge shorter
    angle = OPEN_MAX * R.col(f[:, 1])
    width = 2 * DOOR_HW * np.cos(angle)
    s = (x - left) / width  # 0 at the hinge, 1 at the free edge
    top = DOOR_TOP + 3.0 * np.sin(angle) * s
    bottom = STEP_Y - 1.2 * np.sin(angle) * s
    height = bottom - top
    door = np.maximum(np.maximum(left - x, x - left - width), np.maximum(top - y, y - bottom))
    body = R.coverage(door)
    paint = R.hsv(f[:, 2], 0.6, 0.62)
    R.over(img, body, paint)
    t = (y - top) / height
    across = (np.abs(s - 0.5) - 0.32) * width
    insets = np.maximum(across, np.minimum(np.abs(t - 0.26) - 0.18, np.abs(t - 0.73) - 0.19) * height)
    R.over(img, body * R.coverage(insets), paint * 0.72)
    knob = np.hypot(x - (left + 0.86 * width), y - (top + 0.52 * height)) - 1.3
    R.over(img, R.coverage(knob), BRASS)
    # the lamp: a bracket, a dark case and its glass
    R.over(img, R.coverage(R.segment_sdf(x, y, lx - 3.5, LAMP_Y + 3, lx, LAMP_Y + 3) - 0.6), LAMP_CASE)
    R.over(img, R.coverage(R.box_sdf(x - lx, y - LAMP_Y, 2.4, 3.6) - 0.4), LAMP_CASE)
    glass = GLASS_OFF[None] + (GLASS_ON - GLASS_OFF)[None] * f[:, 3:4]
    R.over(img, R.coverage(R.box_sdf(x - lx, y - LAMP_Y, 1.4, 2.6)), glass)
    # the cat, sitting on the pavement facing out: body, head, ears, tail; then its eyes
    kx = cx + CAT_DX
    cat = np.minimum(R.ellipse_sdf(x - kx, y - (GROUND_Y - 5.2), 5.0, 5.6), np.hypot(x - kx, y - (GROUND_Y - 13)) - 3.8)
    for side in (-1.0, 1.0):
        ear = _triangle(
            x, y, kx + side * 3.7, GROUND_Y - 13.4, kx + side * 3.3, GROUND_Y - 18.8, kx + side * 0.4, GROUND_Y - 15.8
        )
        cat = np.minimum(cat, ear)
    tail = R.segment_sdf(x, y, kx + 4.0, GROUND_Y - 1.0, kx + 7.5, GROUND_Y - 6.0) - 0.9
    cat = np.where(R.col(f[:, 4]) > 0.5, np.minimum(cat, tail), np.inf)
    R.over(img, R.coverage(cat), CAT)
    eyes = np.minimum(np.hypot(x - (kx - 1.5), y - (GROUND_Y - 13.5)), np.hypot(x - (kx + 1.5), y - (GROUND_Y - 13.5)))
    R.over(img, R.coverage(np.where(R.col(f[:, 4]) > 0.5, eyes - 0.8, np.inf)), CAT_EYE)
    return R.to_uint8(img)


def render(door_x: float, door_open: float, door_hue: float, lamp_light: float, cat: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[door_x, door_open, door_hue, lamp_light, cat]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("door", arg, n, seed, FACTORS, sample_factors, _draw)
