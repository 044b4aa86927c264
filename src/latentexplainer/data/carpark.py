"""`carpark`: a small car park with one car driving along its aisle, seen from straight above
(64x64 RGB).

Across the top of the image lies a row of five parking bays marked out in white lines on grey
tarmac, behind a kerb and a strip of grass; some bays hold parked cars, all nose to the kerb,
each a different colour (white, yellow, orange and pale blue, in the order the bays fill). Below
the bays runs the aisle, where one more car drives to the right; then a kerb, a pavement of
pale paving slabs and a grass verge with two round bushes along the bottom of the image. Each
car, seen from above, has a rounded body, a dark windscreen and rear window, a lighter roof,
pale headlights at its front and red lights at its back. Factors: how many cars are parked (1
to 4; the bays fill in a fixed order), where the driving car is along the aisle (left to right),
the size of the driving car (small to large), its hue (all round the colour wheel: a whole turn
brings it back) and how wet the ground is after rain (dry, to dark wet tarmac and pavement with
puddles that reflect the grey sky). The bays, the kerbs, the pavement, the verge and the parked
cars' colours stay fixed; the driving car always heads right down the middle of the aisle.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("parked_cars", "how many cars are parked in the bays (1 to 4)", "categorical", ("1", "2", "3", "4")),
    Factor("car_x", "where the driving car is along the aisle (left to right)", "continuous"),
    Factor("car_size", "size of the car driving along the aisle (small to large)", "continuous"),
    Factor("car_hue", "hue of the car driving along the aisle, all round the colour wheel", "cyclic", period=1.0),
    Factor("wet", "how wet the car park is after rain (dry to wet, with puddles)", "continuous"),
)
# parked_cars: codes 0..3 park 1..4 cars, in bays 2, 4, 1 and 5 (from the left) of the five
# bays 12 px wide between x = 2 and 62 px; car_x: 0..1 puts the driving car's middle at
# x = 12..52 px (y = 36.5 px); car_size: 0..1 is a car 12..20 px long and 7.5..10.5 px wide;
# car_hue: 0..1 turns of the colour wheel; wet: 0..1 blends the ground from dry to wet
RANGES = ((0, 3), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
DRY_TARMAC, WET_TARMAC = (0.42, 0.42, 0.44), (0.2, 0.21, 0.24)
DRY_PAVING, WET_PAVING = (0.74, 0.72, 0.68), (0.5, 0.49, 0.48)
DRY_LINE, WET_LINE = (0.95, 0.95, 0.92), (0.78, 0.79, 0.8)
GRASS, WET_GRASS, BUSH, KERB = (0.4, 0.62, 0.26), (0.3, 0.5, 0.2), (0.16, 0.38, 0.14), (0.82, 0.82, 0.8)
PUDDLE = (0.58, 0.64, 0.74)
GLASS, ROOF_LIGHT, HEADLIGHT, REAR_LIGHT = (0.16, 0.2, 0.28), 0.25, (1.0, 0.97, 0.8), (0.85, 0.08, 0.08)
BAY_LEFT, BAY_W, BAY_TOP, BAY_BOTTOM = 2.0, 12.0, 4.5, 26.0
AISLE_Y, PAVEMENT, VERGE = 36.5, 47.0, 53.0
ORDER = (1, 3, 0, 4)  # the bays the parked cars take, in turn
PARKED = ((0.95, 0.95, 0.94), (0.96, 0.82, 0.18), (0.95, 0.35, 0.1), (0.55, 0.75, 0.95))
PARKED_L, PARKED_W = 18.0, 9.6
PUDDLES = ((30.0, 41.0, 7.0, 2.2), (53.0, 29.0, 4.0, 1.6), (9.0, 44.0, 5.0, 1.5), (32.0, 21.0, 3.0, 1.5),
           (44.0, 50.5, 4.0, 1.2))
ROWS = (29, 46)  # the rows the driving car can reach


def _car(a, b, length, width, colour, draw):
    """Paint a car seen from above: ``a`` along it towards its front, ``b`` across it (pixels),
    with ``draw(coverage, colour)``."""
    body = R.box_sdf(a, b, length / 2 - 2.0, width / 2 - 2.0) - 2.0
    colour = np.asarray(colour, np.float32)
    draw(R.coverage(body), colour)
    inside = np.abs(b) - (width / 2 - 1.3)
    draw(R.coverage(np.maximum(inside, np.abs(a - 0.17 * length) - 0.09 * length)), GLASS)  # windscreen
    draw(R.coverage(np.maximum(inside, np.abs(a + 0.3 * length) - 0.06 * length)), GLASS)  # rear window
    roof = colour + (1.0 - colour) * ROOF_LIGHT
    draw(R.coverage(np.maximum(np.abs(b) - (width / 2 - 1.6), np.abs(a + 0.08 * length) - 0.15 * length)), roof)
    lamps = np.abs(b) - (width / 2 - 1.8)
    draw(R.coverage(np.hypot(a - (length / 2 - 0.9), lamps) - 0.9), HEADLIGHT)
    draw(R.coverage(np.hypot(a + (length / 2 - 0.7), lamps) - 0.7), REAR_LIGHT)


def _ground(tarmac, paving, line, grass, puddles: float) -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, tarmac)
    img *= (1.0 + 0.05 * np.sin(x * 2.7 + y * 1.3) * np.sin(y * 3.1))[:, None]
    R.over(img, R.coverage(y - BAY_TOP + 1.0), KERB)
    R.over(img, R.coverage(y - BAY_TOP + 2.0), grass)
    lines = np.abs(((x - BAY_LEFT + BAY_W / 2) % BAY_W) - BAY_W / 2) - 0.55
    lines = np.maximum(np.maximum(lines, np.maximum(BAY_LEFT - 0.6 - x, x - (BAY_LEFT + 5 * BAY_W) - 0.6)),
                       np.maximum(BAY_TOP - y, y - BAY_BOTTOM))
    R.over(img, R.coverage(lines), line)
    for px, py, rx, ry in PUDDLES:
        R.over(img, puddles * R.coverage(R.ellipse_sdf(x - px, y - py, rx, ry)), PUDDLE)
    R.over(img, R.below(PAVEMENT, 1), KERB)
    R.over(img, R.below(PAVEMENT + 1.0, 1), paving)
    joints = np.minimum(np.abs(((x + 1.0) % 8.0) - 4.0), np.abs(y - 50.5)) - 0.35
    R.over(img, 0.35 * R.coverage(joints) * R.below(PAVEMENT + 1.0, 1), (0.3, 0.3, 0.3))
    R.over(img, R.below(VERGE, 1), grass)
    for bx, by in ((14.0, 59.5), (46.0, 60.0)):
        R.over(img, R.coverage(np.hypot(x - bx, y - by) - 4.2), BUSH)
    return img[0]


DRY = _ground(DRY_TARMAC, DRY_PAVING, DRY_LINE, GRASS, 0.0)
WET = _ground(WET_TARMAC, WET_PAVING, WET_LINE, WET_GRASS, 1.0)


def _parked() -> tuple[np.ndarray, np.ndarray]:
    """For 1..4 parked cars: their colours premultiplied by coverage (4, 3, H, W) and their
    coverage (4, H, W), with a soft shadow under each."""
    x, y = R.grid()
    out_p, out_a = [], []
    p = np.zeros((1, 3, R.SIZE, R.SIZE), np.float32)
    a = np.zeros((1, R.SIZE, R.SIZE), np.float32)

    def draw(cov, colour):
        cov = np.broadcast_to(cov, a.shape)
        p[:] = p * (1 - cov[:, None]) + cov[:, None] * np.asarray(colour, np.float32).reshape(1, 3, 1, 1)
        a[:] = a * (1 - cov) + cov

    for bay, colour in zip(ORDER, PARKED):
        cx, cy = BAY_LEFT + BAY_W * (bay + 0.5), (BAY_TOP + BAY_BOTTOM) / 2 + 0.5
        shadow = R.box_sdf(x - cx - 0.8, y - cy - 1.0, PARKED_W / 2 - 1.5, PARKED_L / 2 - 1.5) - 1.5
        draw(0.4 * R.coverage(shadow), (0.0, 0.0, 0.0))
        _car(cy - y, x - cx, PARKED_L, PARKED_W, colour, draw)
        out_p.append(p[0].copy())
        out_a.append(a[0].copy())
    return np.stack(out_p), np.stack(out_a)


PARKED_P, PARKED_A = _parked()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    w = R.col(f[:, 4])[:, None]
    img = DRY + (WET - DRY) * w
    code = f[:, 0].astype(int)
    img *= 1.0 - PARKED_A[code][:, None]
    img += PARKED_P[code]
    # the driving car, heading right, drawn only in the rows it can reach
    r0, r1 = ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    cx = R.col(12 + 40 * f[:, 1])
    length, width = R.col(12 + 8 * f[:, 2]), R.col(7.5 + 3 * f[:, 2])
    shadow = R.box_sdf(x - cx - 1.0, y - AISLE_Y - 1.0, length / 2 - 1.5, width / 2 - 1.5) - 1.5
    R.over(part, 0.4 * R.coverage(shadow), (0.0, 0.0, 0.0))
    _car(x - cx, y - AISLE_Y, length, width, R.hsv(f[:, 3], 0.75, 0.85)[:, :, None, None],
         lambda cov, colour: R.over(part, cov, colour))
    return R.to_uint8(img)


def render(parked_cars: float, car_x: float, car_size: float, car_hue: float, wet: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[parked_cars, car_x, car_size, car_hue, wet]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("carpark", arg, n, seed, FACTORS, sample_factors, _draw)
