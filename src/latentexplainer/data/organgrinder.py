"""`organgrinder`: an organ grinder playing a barrel organ on a little cart in the street, his
monkey sitting on top of it, in front of a house, seen from the front (64x64 RGB).

Behind is the cream stucco front of a house, a dark doorway on the left and a window with a
white frame on the right; the street's grey flagstones run along the bottom of the image. Left of
the middle stands the barrel organ, a painted wooden cabinet with a darker cornice, on a cart with
two spoked wheels. Its front has two doors hinged at its sides; as they swing open they narrow
towards their hinges and show a row of gilt pipes inside. On a shaft from the cabinet's right
side turns a dark wheel, one half of its face painted white, with the crank's arm and red handle
on it; the organ grinder - bowler hat, dark coat - stands on the right turning it, his hand on the
handle. A brown monkey in a red cap sits on top of the cabinet. Factors: how far the crank
and its wheel have turned (a whole turn comes round to where it began; the grinder's arm follows
the handle), how far the organ's doors are open (shut to wide open), the hue of the organ's paint
and where the monkey sits along the top of the organ (left to right). The house, the street,
the cart, the pipes and the grinder (but for his arm) stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("crank_angle", "how far the organ's crank has turned", "cyclic", period=2 * np.pi),
    Factor("doors_open", "how far the organ's front doors are open (shut to wide open)", "continuous"),
    Factor("organ_hue", "hue of the barrel organ's paint", "continuous"),
    Factor("monkey_x", "where the monkey sits along the top of the organ (left to right)", "continuous"),
)
# crank_angle: 0..2 pi radians, anticlockwise on screen from pointing right (a whole turn);
# doors_open: 0..1 swings each door 0..1.4 radians out about its hinge, so that it shows 12..2 px
# of its width; organ_hue: 0..0.8 of the colour wheel (no wrap); monkey_x: 0..1 puts the monkey's
# middle at x = 13..33 px
RANGES = ((0.0, 2 * np.pi), (0.0, 1.0), (0.0, 0.8), (0.0, 1.0))
STUCCO, STUCCO_LINE, DOORWAY, FRAME, GLASS = (0.86, 0.8, 0.66), (0.78, 0.72, 0.58), (0.2, 0.15, 0.12), \
    (0.95, 0.94, 0.9), (0.3, 0.38, 0.46)
STONE, JOINT = (0.58, 0.58, 0.56), (0.42, 0.42, 0.42)
INSIDE, PIPE, PIPE_DARK, WHEEL, IRON = (0.12, 0.08, 0.06), (0.93, 0.76, 0.32), (0.62, 0.46, 0.16), \
    (0.36, 0.24, 0.14), (0.16, 0.16, 0.17)
COAT, TROUSERS, SKIN, HAT = (0.26, 0.3, 0.24), (0.2, 0.19, 0.22), (0.88, 0.7, 0.56), (0.12, 0.11, 0.1)
FUR, FACE, CAP, KNOB = (0.45, 0.3, 0.18), (0.8, 0.64, 0.5), (0.85, 0.12, 0.12), (0.72, 0.16, 0.1)
STREET_Y = 48.0
BOX_L, BOX_R, BOX_T, BOX_B = 8.0, 38.0, 20.0, 44.0
DOOR_L, DOOR_R, DOOR_T, DOOR_B, DOOR_W = 11.0, 35.0, 23.0, 41.0, 12.0
WHEELS, WHEEL_Y, WHEEL_R = (15.0, 31.0), 53.0, 6.0
AXLE_X, AXLE_Y, CRANK, WHEEL_DISC = 44.5, 30.0, 9.0, 7.5
SHOULDER_X, SHOULDER_Y, ARM = 53.5, 27.5, 9.5  # ARM: the upper arm's and the forearm's length
MONKEY_Y = 15.5


def _scene():
    x, y = R.grid()
    img = R.canvas(1, STUCCO)
    R.over(img, 0.6 * R.coverage(np.abs((y % 9.0) - 4.5) - 4.0), STUCCO_LINE)
    R.over(img, R.coverage(R.edges_sdf(x, y, 0.0, 6.0, 14.0, STREET_Y)), DOORWAY)
    R.over(img, R.coverage(R.edges_sdf(x, y, 45.0, 62.0, 3.0, 19.0)), FRAME)
    panes = np.maximum(R.edges_sdf(x, y, 46.5, 60.5, 4.5, 17.5), 0.6 - np.minimum(np.abs(x - 53.5), np.abs(y - 11.0)))
    R.over(img, R.coverage(panes), GLASS)
    R.over(img, R.below(STREET_Y, 1), STONE)
    course = np.floor((y - STREET_Y) / 5.0)
    joints = np.minimum(np.abs(((y - STREET_Y) % 5.0) - 0.3), np.abs(((x + 5.0 * course) % 11.0) - 0.3))
    R.over(img, R.coverage(np.maximum(joints - 0.45, STREET_Y - y)), JOINT)
    # the cart: a platform under the cabinet, two spoked wheels
    R.over(img, R.coverage(R.edges_sdf(x, y, BOX_L - 1.0, BOX_R + 1.0, BOX_B, BOX_B + 2.0)), WHEEL)
    for wx in WHEELS:
        rho = np.hypot(x - wx, y - WHEEL_Y)
        spokes = np.abs(np.sin(3.0 * np.arctan2(y - WHEEL_Y, x - wx))) * rho - 0.5
        wheel = np.minimum(np.abs(rho - WHEEL_R + 0.9) - 0.9, np.maximum(spokes, rho - WHEEL_R))
        R.over(img, R.coverage(np.minimum(wheel, rho - 1.5)), WHEEL)
    # the organ grinder, but for his arm: legs, coat, head and bowler hat
    legs = np.minimum(R.segment_sdf(x, y, 56.5, 40.0, 54.0, 58.5), R.segment_sdf(x, y, 58.5, 40.0, 61.0, 58.5)) - 1.6
    R.over(img, R.coverage(legs), TROUSERS)
    coat = np.maximum(R.edges_sdf(x, y, 52.5, 62.5, 25.0, 44.0) - 0.5, np.abs(x - 57.5) - 4.0 - 0.12 * (y - 25.0))
    R.over(img, R.coverage(coat), COAT)
    R.over(img, R.coverage(np.hypot(x - 57.5, y - 20.5) - 3.6), SKIN)
    bowler = np.minimum(np.maximum(R.ellipse_sdf(x - 57.5, y - 18.0, 3.6, 3.2), y - 18.0),
                        R.ellipse_sdf(x - 57.5, y - 18.0, 5.2, 0.9))
    R.over(img, R.coverage(bowler), HAT)
    R.over(img, R.coverage(R.segment_sdf(x, y, BOX_R, AXLE_Y, AXLE_X, AXLE_Y) - 1.0), IRON)  # the crank's shaft
    # inside the organ: dark, with a row of gilt pipes of falling height from the middle out
    R.over(img, R.coverage(R.edges_sdf(x, y, DOOR_L, DOOR_R, DOOR_T, DOOR_B)), INSIDE)
    k = np.floor((x - DOOR_L) / 2.4)
    top = DOOR_T + 2.0 + 0.5 * np.abs(k - 4.5)
    pipes = np.maximum(np.abs(((x - DOOR_L) % 2.4) - 1.2) - 0.75, np.maximum(top - y, y - (DOOR_B - 1.5)))
    pipes = np.maximum(pipes, np.maximum(DOOR_L + 0.8 - x, x - DOOR_R + 0.8))
    R.over(img, R.coverage(pipes), PIPE)
    R.over(img, R.coverage(np.maximum(pipes + 0.4, np.abs(y - top - 3.0) - 0.5)), PIPE_DARK)
    return img[0]


SCENE = _scene()


def _cabinet():
    """Coverage of the organ's cabinet around its doorway, and of its cornice."""
    x, y = R.grid()
    frame = np.maximum(R.edges_sdf(x, y, BOX_L, BOX_R, BOX_T, BOX_B),
                       -R.edges_sdf(x, y, DOOR_L, DOOR_R, DOOR_T, DOOR_B))
    cornice = R.edges_sdf(x, y, BOX_L - 1.5, BOX_R + 1.5, BOX_T - 2.0, BOX_T + 0.5)
    return R.coverage(frame)[0], R.coverage(cornice)[0]


CABINET, CORNICE = _cabinet()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    paint = R.hsv(f[:, 2], 0.6, 0.7)
    # the cabinet around its doorway, its cornice
    R.over(img, np.broadcast_to(CABINET, (n, R.SIZE, R.SIZE)), paint)
    R.over(img, np.broadcast_to(CORNICE, (n, R.SIZE, R.SIZE)), paint * 0.6)
    # the doors, narrowing towards their hinges as they swing open, a darker panel on each
    a = R.col(1.4 * f[:, 1])
    w = DOOR_W * np.cos(a)
    light = 0.65 + 0.35 * np.cos(1.4 * f[:, 1:2])  # (n, 1): turned away from the light, darker
    for hinge, side in ((DOOR_L, 1.0), (DOOR_R, -1.0)):
        u = side * (x - hinge)  # across the door from its hinge
        door = np.maximum(np.maximum(-u, u - w), np.maximum(DOOR_T - y, y - DOOR_B))
        R.over(img, R.coverage(door), paint * light)
        panel = np.maximum(np.maximum(0.22 * w - u, u - 0.78 * w), np.maximum(DOOR_T + 2.5 - y, y - DOOR_B + 2.5))
        R.over(img, R.coverage(panel), paint * light * 0.72)
    # the crank, and the grinder's arm reaching for its handle (the elbow bends down)
    phi = R.col(f[:, 0])
    hx, hy = AXLE_X + CRANK * np.cos(phi), AXLE_Y - CRANK * np.sin(phi)
    dx, dy = hx - SHOULDER_X, hy - SHOULDER_Y
    reach = np.maximum(np.hypot(dx, dy), 1e-3)
    bend = np.sqrt(np.maximum(ARM ** 2 - (reach / 2) ** 2, 0.0))
    ex, ey = SHOULDER_X + dx / 2 - dy / reach * bend, SHOULDER_Y + dy / 2 + dx / reach * bend
    flip = ey < SHOULDER_Y + dy / 2  # bend the elbow downwards whichever way the hand lies
    ex = np.where(flip, SHOULDER_X + dx / 2 + dy / reach * bend, ex)
    ey = np.where(flip, SHOULDER_Y + dy / 2 - dx / reach * bend, ey)
    # the crank's wheel, one half of its face painted, turning with the crank
    u, v = x - AXLE_X, y - AXLE_Y
    rho = np.hypot(u, v)
    R.over(img, R.coverage(rho - WHEEL_DISC), IRON)
    half = u * np.sin(phi) + v * np.cos(phi)  # > 0 on the half that trails the handle's arm
    R.over(img, R.coverage(np.maximum(rho - WHEEL_DISC + 1.2, -half)), FRAME)
    crank = np.minimum(R.segment_sdf(x, y, AXLE_X, AXLE_Y, hx, hy) - 1.3, rho - 2.2)
    R.over(img, R.coverage(crank), IRON)
    R.over(img, R.coverage(np.hypot(x - hx, y - hy) - 2.4), KNOB)
    arm = np.minimum(R.segment_sdf(x, y, SHOULDER_X, SHOULDER_Y, ex, ey), R.segment_sdf(x, y, ex, ey, hx, hy)) - 2.0
    R.over(img, R.coverage(arm), COAT)
    R.over(img, R.coverage(np.hypot(x - hx - 0.8, y - hy) - 1.8), SKIN)
    # the monkey on the cabinet: tail, body, red waistcoat, head, face and cap
    mx = R.col(13.0 + 20.0 * f[:, 3])
    tail = np.abs(np.hypot(x - mx - 4.5, y - MONKEY_Y - 3.0) - 3.0) - 0.7
    R.over(img, R.coverage(np.maximum(tail, MONKEY_Y + 1.0 - y)), FUR)
    body = R.ellipse_sdf(x - mx, y - MONKEY_Y, 3.6, 4.4)
    R.over(img, R.coverage(body), FUR)
    R.over(img, R.coverage(np.maximum(body + 0.8, np.abs(y - MONKEY_Y + 0.5) - 2.0)), CAP)
    head = np.hypot(x - mx, y - (MONKEY_Y - 6.5)) - 3.0
    R.over(img, R.coverage(np.minimum(head, np.hypot(np.abs(x - mx) - 3.0, y - (MONKEY_Y - 6.5)) - 1.2)), FUR)
    R.over(img, R.coverage(R.ellipse_sdf(x - mx, y - (MONKEY_Y - 5.8), 1.9, 1.7)), FACE)
    cap = R.edges_sdf(x, y, mx - 1.8, mx + 1.8, MONKEY_Y - 11.6, MONKEY_Y - 9.2)
    return R.to_uint8(R.over(img, R.coverage(cap), CAP))


def render(crank_angle: float, doors_open: float, organ_hue: float, monkey_x: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[crank_angle, doors_open, organ_hue, monkey_x]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("organgrinder", arg, n, seed, FACTORS, sample_factors, _draw)
