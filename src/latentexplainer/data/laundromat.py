"""`laundromat`: a row of three front-loading washing machines in a laundromat, seen straight on
(64x64 RGB).

Three white washing machines stand side by side on the floor, each with a grey control panel
along its top (a dark display, a knob and a small lamp) and a round glass door in a grey rim.
A running machine's lamp is green and its glass shows pale soapy water with a heap of striped red
and yellow laundry lying against one side of the drum; an idle machine's lamp is dark and its
glass shows the dark, empty drum. Every door has a small white highlight at its top left. Behind
the machines is a painted wall with a white notice pinned on it; the floor in front is tiled.
Factors: how many machines are running (1 to 3, from the left), how far the drums have turned -
which side of the drum the laundry lies against (a cyclic factor with a whole-turn period in
radians: 0 is the bottom, a quarter turn the right), the floor's tiling (plain, checked or
striped) and the hue of the wall's paint. The machines' size and place, their doors and the
notice stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("machines_running", "how many of the washing machines are running", "categorical", ("1", "2", "3")),
    Factor("drum_turn", "how far the running drums have turned the laundry round", "cyclic", period=2 * np.pi),
    Factor("floor", "pattern of the floor tiles", "categorical", ("plain", "checked", "striped")),
    Factor("wall_hue", "hue of the laundromat's painted wall", "continuous"),
)
# machines_running: 0..2 is 1..3 machines running, from the left; drum_turn: 0..2 pi radians:
# the laundry heap lies against the drum towards (sin t, cos t) from its middle (0: the bottom,
# pi / 2: the right, pi: the top); floor: 0 plain, 1 checked (6 px tiles), 2 striped (6 px
# stripes running towards the wall); wall_hue: 0..0.8 of the colour wheel (no wrap)
RANGES = ((0, 2), (0.0, 2 * np.pi), (0, 2), (0.0, 0.8))
BODY, PANEL, RIM, DISPLAY = (0.93, 0.93, 0.92), (0.72, 0.73, 0.75), (0.55, 0.57, 0.6), (0.12, 0.14, 0.16)
DRUM, SOAP, LAMP_OFF, LAMP_ON = (0.17, 0.19, 0.23), (0.62, 0.78, 0.9), (0.25, 0.27, 0.25), (0.2, 0.9, 0.3)
RED, YELLOW, NOTE, TILE, DARK_TILE = (0.86, 0.2, 0.26), (0.97, 0.82, 0.25), (0.97, 0.97, 0.94), \
    (0.8, 0.78, 0.73), (0.22, 0.22, 0.25)
MACHINES_X, HALF_W, TOP, FLOOR_Y = (11.0, 32.0, 53.0), 9.5, 19.0, 50.0
PANEL_H, DOOR_Y, RIM_R, GLASS_R, HEAP_R = 5.0, 37.0, 8.8, 7.3, 6.6
TILE_W = 6.0


def _statics() -> dict[str, np.ndarray]:
    """Coverage (1, H, W) of the fixed parts: the notice and the machines; the glass and lamp of
    each machine apart, (3, H, W)."""
    x, y = R.grid()
    out = {"note": R.coverage(R.edges_sdf(x, y, 40.0, 50.0, 4.0, 14.0)),
           "writing": np.maximum(R.coverage(np.abs(y - 7.5) - 0.5) * R.coverage(np.abs(x - 45.0) - 3.0),
                                 R.coverage(np.abs(y - 10.5) - 0.5) * R.coverage(np.abs(x - 44.0) - 2.0)),
           "pin": R.coverage(np.hypot(x - 45.0, y - 4.5) - 1.1)}
    zero = np.zeros((1, R.SIZE, R.SIZE), np.float32)
    body, panel, display, rim, highlight, shadow = zero, zero, zero, zero, zero, zero
    glass, lamps = [], []
    for mx in MACHINES_X:
        box = R.box_sdf(x - mx, y - (TOP + FLOOR_Y) / 2, HALF_W - 1.0, (FLOOR_Y - TOP) / 2 - 1.0) - 1.0
        body = np.maximum(body, R.coverage(box))
        shadow = np.maximum(shadow, R.coverage(R.ellipse_sdf(x - mx, y - FLOOR_Y, HALF_W + 2.0, 2.0)))
        panel = np.maximum(panel, R.coverage(np.maximum(box, y - (TOP + PANEL_H))))
        display = np.maximum(display, R.coverage(R.edges_sdf(x, y, mx - 7.0, mx - 1.0, TOP + 1.2, TOP + 3.6)))
        rho = np.hypot(x - mx, y - DOOR_Y)
        rim = np.maximum(rim, R.coverage(rho - RIM_R))
        glass.append(R.coverage(rho - GLASS_R)[0])
        lamps.append(R.coverage(np.hypot(x - (mx + 5.5), y - (TOP + 2.5)) - 1.3)[0])
        arc = np.maximum(np.abs(rho - (GLASS_R - 1.8)) - 0.6, np.maximum(x - mx + 1.0, y - DOOR_Y + 1.0))
        highlight = np.maximum(highlight, R.coverage(arc))
    out.update(body=body, shadow=shadow, panel=panel, display=display, rim=rim, highlight=highlight,
               glass=np.stack(glass), lamps=np.stack(lamps))
    col, row = np.floor(x / TILE_W), np.floor((y - FLOOR_Y) / TILE_W)
    below = R.below(FLOOR_Y, 1)
    out["floors"] = np.concatenate([0.0 * below, ((col + row) % 2) * below, (col % 2) * below])
    out["floor"] = R.below(FLOOR_Y, 1)
    return out


S = _statics()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = R.canvas(n, R.hsv(f[:, 3], 0.45, 0.78))
    R.over(img, S["note"], NOTE)
    R.over(img, S["writing"], DISPLAY)
    R.over(img, S["pin"], RED)
    # the floor: plain tiles, then the dark ones of its pattern, then the machines' shadows
    R.over(img, S["floor"], TILE)
    R.over(img, S["floors"][f[:, 2].astype(int)], DARK_TILE)
    R.over(img, 0.35 * S["shadow"], (0.0, 0.0, 0.0))
    R.over(img, S["body"], BODY)
    R.over(img, S["panel"], PANEL)
    R.over(img, S["display"], DISPLAY)
    R.over(img, S["rim"], RIM)
    # the doors: dark and empty, or soapy with a heap of striped laundry against one side
    t = R.col(f[:, 1])
    dx, dy = np.sin(t), np.cos(t)
    for i, mx in enumerate(MACHINES_X):
        on = R.col(f[:, 0] >= i)
        glass = S["glass"][i][None]
        R.over(img, np.broadcast_to(glass, (n, R.SIZE, R.SIZE)), DRUM)
        R.over(img, on * glass, SOAP)
        u, v = x - mx, y - DOOR_Y
        along = u * dx + v * dy  # towards the side the heap lies against
        heap = np.maximum(np.hypot(u, v) - HEAP_R, 0.5 - along)
        R.over(img, on * R.coverage(heap), RED)
        stripes = np.abs(((along * 0.9 + 20.0) % 3.0) - 1.5) - 0.6
        R.over(img, on * R.coverage(np.maximum(heap, stripes)), YELLOW)
        R.over(img, on * S["lamps"][i][None], LAMP_ON)
        R.over(img, (1.0 - on) * S["lamps"][i][None], LAMP_OFF)
    R.over(img, 0.8 * S["highlight"], (1.0, 1.0, 1.0))
    return R.to_uint8(img)


def render(machines_running: float, drum_turn: float, floor: float, wall_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[machines_running, drum_turn, floor, wall_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("laundromat", arg, n, seed, FACTORS, sample_factors, _draw)
