"""`beaver`: a beaver sitting on a muddy bank in front of a pond, beside its dam of logs, seen
from the side (64x64 RGB).

The beaver sits up on a strip of brown mud along the bottom of the image, facing right: a plump
furry body, a round head with a small ear, a black eye and nose, a blunt snout with two orange
front teeth below it, a front paw held up and a dark hind foot on the mud. Its broad, flat,
scaly tail - dark grey with a criss-cross pattern - sticks out behind it to the left. To its
right, on the mud, lies its dam: logs stacked one on another, each with a pale cut end facing
left. Behind them is a pond whose blue water rises up the far bank, a green meadow under a row
of dark trees and a pale sky. Factors: the size of the beaver (small to large; it grows from
where it sits), how far its tail is raised (lying almost flat to raised high behind it), how
many logs the dam has (2, 3, 4 or 5), how high the pond's water stands (low to high up the far
bank) and the shade of the beaver's fur (light tan to dark brown). The mud, the trees, the sky,
the logs' size and colours and the tail's colour stay fixed; the whole beaver always lies
inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("beaver_size", "size of the beaver (small to large)", "continuous"),
    Factor("tail_raise", "how far the beaver's flat tail is raised (lying flat to raised high)", "continuous"),
    Factor("dam_logs", "number of logs stacked in the beaver's dam", "categorical", ("2", "3", "4", "5")),
    Factor("water_level", "how high the pond's water stands behind the beaver (low to high)", "continuous"),
    Factor("fur_shade", "shade of the beaver's fur (light tan to dark brown)", "continuous"),
)
# beaver_size: 0..1 scales the beaver by 0.75..1.2 about where it sits (its body 13.5..21.6 px
# tall, its head reaching 19..30 px above the mud); tail_raise: 0..1 turns the tail from 0.08
# to 1.2 radians above the leftward horizontal; dam_logs: codes 0..3 are 2..5 logs (each 6.6 px
# thick, the lowest on the mud); water_level: 0..1 puts the pond's surface at y = 44..30 px;
# fur_shade: 0..1 blends the fur from light tan to dark brown
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 3.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.62, 0.78, 0.92)), np.array((0.86, 0.92, 0.96))
TREES, MEADOW, MUD = (0.13, 0.3, 0.16), (0.56, 0.72, 0.36), (0.58, 0.45, 0.3)
WATER_TOP, WATER_BOTTOM, SHINE = np.array((0.42, 0.64, 0.84)), np.array((0.26, 0.47, 0.68)), (0.78, 0.88, 0.96)
FUR_LIGHT, FUR_DARK = np.array((0.76, 0.55, 0.33)), np.array((0.3, 0.19, 0.11))
TAIL, TAIL_LINE, TOOTH, EYE = (0.13, 0.11, 0.11), (0.3, 0.27, 0.26), (0.95, 0.55, 0.12), (0.04, 0.03, 0.03)
BARK, LOG_END, LOG_RING = (0.22, 0.13, 0.07), (0.86, 0.7, 0.46), (0.55, 0.38, 0.2)
GROUND, TREE_Y = 55.0, 15.0
BEAVER_X = 30.0  # the middle of its body
LOG_R, LOG_LEFT, LOG_RIGHT = 3.3, 40.0, 66.0
ROWS, COLUMNS = (18, 60), 48  # the rows the beaver and the dam can reach, the columns the beaver can


def _backgrounds() -> tuple[np.ndarray, np.ndarray]:
    x, y = R.grid()
    land = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, TREE_Y)[None].copy()
    trees = TREE_Y - 2.5 * np.abs(np.sin(x * 0.35)) - 1.5 * np.abs(np.sin(x * 0.83 + 1.0))
    R.over(land, R.coverage(trees - y), TREES)
    R.over(land, R.below(TREE_Y + 3.0, 1), MEADOW)
    water = R.vertical_gradient(WATER_TOP, WATER_BOTTOM)[None].copy()
    for img in (land, water):
        R.over(img, R.below(GROUND - 1.0, 1), MUD)
    return land[0], (water - land)[0]


LAND, WATER_MINUS_LAND = _backgrounds()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    # the pond: water below the surface line, a bright line along it
    surface = R.col(44 - 14 * f[:, 3])[:, None]  # (n, 1, 1, 1)
    img = LAND + R.coverage(surface - y[None]) * WATER_MINUS_LAND
    R.over(img, 0.7 * R.coverage(np.abs(y - surface[:, 0]) - 0.5), SHINE)
    r0, r1 = ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    # the dam: logs stacked on the mud, each with a pale cut end on the left
    logs = R.col(f[:, 2] + 2)
    dam, ends = part[:, :, :, 36:], x[:, :, 36:]
    for i in range(5):
        yc, x0 = GROUND - 1.0 - LOG_R - 2 * LOG_R * i, LOG_LEFT + (2.5 if i % 2 else 0.0) + 0.6 * i
        shown = logs > i
        body = R.edges_sdf(ends, y, x0, LOG_RIGHT, yc - LOG_R, yc + LOG_R)
        R.over(dam, R.coverage(np.where(shown, body, np.inf)), BARK)
        R.over(dam, 0.5 * R.coverage(np.where(shown, np.abs(body + 1.3) - 0.35, np.inf)), EYE)
        end = np.where(shown, R.ellipse_sdf(ends - x0, y - yc, 2.2, LOG_R), np.inf)
        R.over(dam, R.coverage(end), LOG_END)
        R.over(dam, R.coverage(np.abs(end + 1.0) - 0.3), LOG_RING)
    # the beaver, scaled by s about where it sits, drawn only in the columns it can reach
    s = R.col(0.75 + 0.45 * f[:, 0])
    part, x = part[:, :, :, :COLUMNS], x[:, :, :COLUMNS]
    fur = FUR_LIGHT[None] + (FUR_DARK - FUR_LIGHT)[None] * f[:, 4:5]
    dark = fur * 0.6
    bx = BEAVER_X
    u, v = (x - bx) / s, (y - GROUND) / s  # beaver coordinates, 1 unit a pixel at s = 1
    # the tail first, behind the body: a flat paddle from behind the hips, turned up by a
    a = R.col(0.08 + 1.12 * f[:, 1])
    dx, dy = -np.cos(a), -np.sin(a)
    tu, tv = u + 6.5 - 8.5 * dx, v + 3.0 - 8.5 * dy
    along, across = tu * dx + tv * dy, tv * dx - tu * dy
    tail = R.ellipse_sdf(along, across, 9.5, 3.8) * s
    R.over(part, R.coverage(tail), TAIL)
    hatch = np.minimum(np.abs(((along + across) % 2.6) - 1.3), np.abs(((along - across) % 2.6) - 1.3)) - 0.3
    R.over(part, 0.8 * R.coverage(np.maximum(hatch * s, tail + 1.0)), TAIL_LINE)
    # the hind foot, the body, the head and snout, the ear, the paw
    R.over(part, R.coverage(R.ellipse_sdf(u - 3.0, v + 1.3, 4.5, 1.5) * s), dark)
    body = R.ellipse_sdf(u, v + 9.0, 8.0, 9.0)
    head = np.hypot(u - 6.0, v + 19.5) - 5.4
    snout = R.ellipse_sdf(u - 10.5, v + 17.8, 3.4, 2.7)
    R.over(part, R.coverage(np.hypot(u - 3.0, v + 24.3) - 1.8), dark)
    R.over(part, R.coverage(np.minimum(np.minimum(body, head), snout) * s), fur)
    R.over(part, R.coverage(R.edges_sdf(u, v, 10.0, 12.3, -15.6, -13.4) * s), TOOTH)
    R.over(part, R.coverage(R.ellipse_sdf(u - 7.5, v + 11.5, 2.3, 1.5) * s), dark)
    eyes = np.minimum(np.hypot(u - 7.0, v + 21.3) - 1.2, np.hypot(u - 13.4, v + 18.8) - 1.4)
    R.over(part, R.coverage(eyes * s), EYE)
    return R.to_uint8(img)


def render(beaver_size: float, tail_raise: float, dam_logs: float, water_level: float,
           fur_shade: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[beaver_size, tail_raise, dam_logs, water_level, fur_shade]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("beaver", arg, n, seed, FACTORS, sample_factors, _draw)
