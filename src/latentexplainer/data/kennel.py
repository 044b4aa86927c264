"""`kennel`: a dog in the run of a boarding kennel, a wooden gate in the run's back fence and
a kennel hut at the right, seen from the side (64x64 RGB).

A short-coated dog stands on the pale gravel of the run, facing right: a long oval body on four
straight legs, a round head at the front with a snout, a dark ear, a dark nose and eye, and a
tail raised at the back. Behind the run a fence of brown wooden boards with a darker rail
crosses the whole image; above it a green field meets a blue sky. In the fence at the left
hangs a board gate on its hinge post at the left: shut, it fills its opening with boards like
the fence's; opened, it swings in on its hinge, so that only a narrowing, darker strip of it
shows by the post and the field and the sky show through the opening. At the right stands a
wooden kennel hut with a red pitched roof and a dark arched doorway. Factors: where the dog
stands along the run (left to right), the size of the dog (small to large), the colour of its
coat (white, tan or black) and how far the gate is open (shut to wide open). The fence, the
hut, the field, the sky and the gravel stay fixed; the whole dog always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("dog_x", "where the dog stands along the run (left to right)", "continuous"),
    Factor("dog_size", "size of the dog (small to large)", "continuous"),
    Factor("coat", "colour of the dog's coat", "categorical", ("white", "tan", "black")),
    Factor("gate", "how far the gate in the back fence is open (shut to wide open)", "continuous"),
)
# dog_x: 0..1 puts the middle of the dog's body at x = 15..33 px; dog_size: 0..1 scales the dog
# by 0.75..1.25 (its body 18 px long and 9 px tall at scale 1, its feet always at y = 58 px);
# coat: white, tan or black; gate: 0..1 turns the gate 0..1.35 radians in on its hinge at
# x = 4 px, so that the boards left in view narrow from 18 px to 4 px wide
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 2.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.44, 0.66, 0.92)), np.array((0.72, 0.85, 0.96))
FIELD, GRAVEL, PEBBLE = (0.42, 0.62, 0.28), (0.7, 0.67, 0.6), (0.56, 0.53, 0.47)
BOARD, BOARD_JOINT, RAIL = (0.56, 0.38, 0.22), (0.36, 0.24, 0.14), (0.42, 0.28, 0.16)
HUT, HUT_JOINT, ROOF, DOORWAY = (0.66, 0.5, 0.3), (0.46, 0.33, 0.2), (0.68, 0.18, 0.14), (0.1, 0.07, 0.06)
COATS = np.array(((0.95, 0.94, 0.9), (0.84, 0.6, 0.32), (0.13, 0.12, 0.12)))
EARS = np.array(((0.62, 0.5, 0.4), (0.5, 0.32, 0.16), (0.05, 0.05, 0.05)))
NOSE, EYE = (0.08, 0.06, 0.06), (0.06, 0.05, 0.05)
HORIZON, FENCE_TOP, FENCE_BOTTOM, FEET_Y = 26.0, 22.0, 46.0, 58.0
GATE_L, GATE_W, GATE_TURN = 4.0, 18.0, 1.35  # the hinge post's x, the gate's width, its widest turn
HUT_L, HUT_R, HUT_EAVES, HUT_APEX = 44.0, 64.0, 30.0, 18.0
BODY_RX, BODY_RY, LEG_H, HEAD_R = 9.0, 4.5, 6.0, 3.6
ROWS = (22, 60)  # the rows the dog can reach


def _background() -> tuple[np.ndarray, np.ndarray]:
    """The scene with the gate shut, and with the gate's opening showing the field and sky."""
    x, y = R.grid()
    img = np.empty((1, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, HORIZON)
    R.over(img, R.below(HORIZON, 1), FIELD)
    opening = img.copy()  # what shows through the open gate
    fence = R.coverage(np.maximum(FENCE_TOP - y, y - FENCE_BOTTOM)) * np.ones_like(x)
    R.over(img, fence, BOARD)
    R.over(img, fence * R.coverage(np.abs((x % 6.0) - 0.5) - 0.5), BOARD_JOINT)
    R.over(img, fence * R.coverage(np.abs(y - 27.0) - 1.2), RAIL)
    R.over(img, fence * R.coverage(np.abs(y - 41.0) - 1.2), RAIL)
    R.over(img, R.below(FENCE_BOTTOM, 1), GRAVEL)
    grain = (np.sin(x * 2.3 + y * 5.1) * np.sin(x * 3.7 - y * 1.9)) > 0.55
    R.over(img, 0.8 * grain * R.below(FENCE_BOTTOM + 1, 1), PEBBLE)
    # the hut: boarded walls, a red roof and a dark arched doorway
    cx = (HUT_L + HUT_R + 2.0) / 2
    line = HUT_APEX + (HUT_EAVES - HUT_APEX) / (cx - HUT_L + 2.0) * np.abs(x - cx)  # the roof's slopes
    walls = np.maximum(R.edges_sdf(x, y, HUT_L, HUT_R + 2.0, HUT_APEX, FEET_Y), line - y)
    R.over(img, R.coverage(walls), HUT)
    R.over(img, R.coverage(np.maximum(np.abs((y % 5.0) - 0.5) - 0.5, walls)), HUT_JOINT)
    roof = np.maximum(np.maximum(y - line - 1.0, line - 3.0 - y), np.abs(x - cx) - (cx - HUT_L + 2.0))
    R.over(img, R.coverage(roof), ROOF)
    door = np.minimum(R.edges_sdf(x, y, 49.0, 59.0, 47.0, FEET_Y), np.hypot(x - 54.0, y - 47.0) - 5.0)
    R.over(img, R.coverage(door), DOORWAY)
    # the gate's posts, drawn over both
    posts = np.minimum(R.edges_sdf(x, y, GATE_L - 2.0, GATE_L, FENCE_TOP - 2.0, FENCE_BOTTOM),
                       R.edges_sdf(x, y, GATE_L + GATE_W, GATE_L + GATE_W + 2.0, FENCE_TOP - 2.0, FENCE_BOTTOM))
    R.over(img, R.coverage(posts), RAIL)
    return img[0], opening[0]


BACKGROUND, OPENING = _background()
GATE_ROWS = (int(FENCE_TOP), int(FENCE_BOTTOM))
GATE_COLS = (int(GATE_L), int(GATE_L + GATE_W))


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the gate: as it turns in, its boards narrow to a darker strip by the post, the opening shows
    (r0, r1), (c0, c1) = GATE_ROWS, GATE_COLS
    gx, gy = x[:, :, c0:c1], y[:, r0:r1]
    turn = R.col(GATE_TURN * f[:, 3])
    width = GATE_W * np.cos(turn)
    part = img[:, :, r0:r1, c0:c1]
    part[:] = OPENING[:, r0:r1, c0:c1]
    gate = R.coverage(gx - GATE_L - width) * np.ones_like(gy)
    u = (gx - GATE_L) / np.cos(turn)  # across the gate's boards, from the hinge
    shade = 1.0 - 0.45 * np.sin(turn)
    R.over(part, gate, np.asarray(BOARD, np.float32)[None, :, None, None] * shade[:, None])
    joints = np.abs((u % 6.0) - 0.5) - 0.5 * np.cos(turn)
    rails = np.minimum(np.abs(gy - 27.0), np.abs(gy - 41.0)) - 1.2
    brace = np.abs((gy - 41.0) + (u - 1.0) * (14.0 / 16.0)) * (16.0 / np.hypot(14.0, 16.0)) - 1.1
    brace = np.maximum(brace, np.maximum(gy - 41.0, 27.0 - gy))
    R.over(part, gate * R.coverage(joints), np.asarray(BOARD_JOINT, np.float32)[None, :, None, None] * shade[:, None])
    R.over(part, gate * R.coverage(np.minimum(rails, brace)),
           np.asarray(RAIL, np.float32)[None, :, None, None] * shade[:, None])
    # the dog, drawn only in the rows it can reach: legs, tail, body, head, snout, ear, nose, eye
    r0, r1 = ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    s = R.col(0.75 + 0.5 * f[:, 1])
    bx = R.col(15.0 + 18.0 * f[:, 0])
    by = FEET_Y - s * (LEG_H + BODY_RY)
    code = f[:, 2].astype(int)
    coat, ear = COATS[code], EARS[code]
    legs = np.full(part.shape[:1] + part.shape[2:], np.inf, np.float32)
    for lx in (-6.5, -4.0, 4.5, 7.0):
        leg = R.segment_sdf(x, y, bx + s * lx, by, bx + s * lx, FEET_Y - 1.0) - 1.1 * s
        np.minimum(legs, leg, out=legs)
    tail = R.segment_sdf(x, y, bx - s * (BODY_RX - 1.0), by - s, bx - s * (BODY_RX + 1.5), by - s * 7.0) - 0.9 * s
    body = R.ellipse_sdf(x - bx, y - by, s * BODY_RX, s * BODY_RY)
    hx, hy = bx + s * (BODY_RX + 1.5), by - s * 5.0
    neck = R.segment_sdf(x, y, bx + s * (BODY_RX - 3.0), by - s, hx, hy) - 2.4 * s
    head = np.hypot(x - hx, y - hy) - s * HEAD_R
    snout = R.ellipse_sdf(x - hx - s * 3.6, y - hy - s * 1.2, s * 2.6, s * 1.7)
    dog = np.minimum(np.minimum(np.minimum(legs, tail), np.minimum(body, neck)), np.minimum(head, snout))
    R.over(part, R.coverage(dog), coat)
    ear_d = R.ellipse_sdf(x - hx + s * 1.3, y - hy - s * 0.6, s * 1.4, s * 2.8)
    R.over(part, R.coverage(ear_d), ear)
    R.over(part, R.coverage(np.hypot(x - hx - s * 6.0, y - hy - s * 0.6) - s * 1.0), NOSE)
    R.over(part, R.coverage(np.hypot(x - hx - s * 1.3, y - hy + s * 1.2) - s * 0.75), EYE)
    return R.to_uint8(img)


def render(dog_x: float, dog_size: float, coat: float, gate: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[dog_x, dog_size, coat, gate]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("kennel", arg, n, seed, FACTORS, sample_factors, _draw)
