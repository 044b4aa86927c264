"""`observatory`: a domed astronomical observatory on a hilltop under the night sky, seen from
the side (64x64 RGB).

A round stone building - a drum with a dark arched door - stands on a dark grassy hill, and a
hemispherical dome sits on top of it, lit from the upper left by the moon. Down one side of the
dome runs an observing slit between two dark metal rails; through the open slit the dome's
inside glows a dim red. A third of a turn round the dome from the slit on either side, a round
porthole shines warm yellow. The sky is a deep navy, a little lighter at the horizon, with a
sprinkle of stars, and the moon hangs at the upper left. Factors: which way the dome faces as
it turns (the slit and the portholes go round with it: the slit faces the viewer at 0, and at
half a turn it is out of sight behind and the two portholes face the viewer either side of the
middle), how wide the slit's shutter is open (shut to wide), how full the moon is (a thin
crescent lit on its right to full) and what the dome is clad in (white paint, green copper or
gold). The drum, the hill, the sky, the stars, the moon's place and size, and the dome's size
stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("dome_turn", "which way the dome faces as it turns (a full turn)", "cyclic", period=1.0),
    Factor("slit_open", "how wide the dome's observing slit is open (shut to wide)", "continuous"),
    Factor("moon_phase", "how full the moon is (thin crescent to full)", "continuous"),
    Factor("cladding", "what the dome is clad in (white paint, green copper or gold)", "categorical",
           ("white", "copper", "gold")),
)
# dome_turn: -0.5..0.5 turns (a whole turn comes back where it began; 0: the slit faces the
# viewer, positive: turned to the right), the slit along the meridian at that azimuth of the dome
# of radius 15 px centred at (38, 32) px (on a drum 28 px wide down to y = 53 px), the portholes
# (radius 3.2 px) a third of a turn either side of it, 30 degrees up; slit_open: 0..1 is a slit
# of half-width 0.3..5 px between rails 1.6 px wide; moon_phase: 0..1 moves the moon's terminator
# from 0.75 of its radius right of its middle (a thin crescent) to its left edge (full), the moon
# of radius 7 px at (13, 13) px; cladding: codes 0..2 are white paint, green copper and gold
RANGES = ((-0.5, 0.5), (0.0, 1.0), (0.0, 1.0), (0.0, 2.0))
SKY_TOP, SKY_BOTTOM = np.array((0.03, 0.04, 0.13)), np.array((0.11, 0.13, 0.28))
HILL, STONE, DOOR = (0.07, 0.11, 0.07), (0.7, 0.68, 0.62), (0.12, 0.09, 0.08)
STAR, MOON_LIT, MOON_DARK = (0.95, 0.95, 0.85), (0.98, 0.95, 0.8), (0.16, 0.18, 0.29)
RAIL, INSIDE, PORTHOLE, RIM = (0.26, 0.26, 0.29), (0.32, 0.07, 0.05), (1.0, 0.86, 0.45), (0.2, 0.2, 0.22)
CLADDINGS = np.array(((0.94, 0.94, 0.91), (0.3, 0.67, 0.56), (0.9, 0.7, 0.22)))
CX, BASE, RADIUS = 38.0, 32.0, 15.0  # the dome; the drum below runs down to DRUM_BOTTOM
DRUM_BOTTOM, DRUM_HW = 53.0, 14.0
MOON_X, MOON_Y, MOON_R = 13.0, 13.0, 7.0
PORT_R, PORT_EL, RAIL_W = 3.2, np.radians(30.0), 1.6
LIGHT = np.array((-0.55, 0.55, 0.63)) / np.linalg.norm((-0.55, 0.55, 0.63))  # x right, y up, z out
STARS = ((30, 5, 0.8), (44, 9, 0.6), (56, 4, 0.8), (61, 15, 0.6), (4, 27, 0.7), (22, 23, 0.6), (59, 30, 0.7),
         (14, 36, 0.6), (26, 3, 0.6), (3, 5, 0.6), (50, 20, 0.5), (9, 44, 0.5))
ROWS = (int(BASE - RADIUS) - 1, int(BASE) + 1)  # the rows the dome covers


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, 52.0)[None].copy()
    for sx, sy, r in STARS:
        R.over(img, R.coverage(np.hypot(x - sx + 0.5, y - sy + 0.5) - r), STAR)
    R.over(img, R.coverage(49.0 + 0.006 * (x - CX) ** 2 - y), HILL)
    # the drum: a stone cylinder lit from the left, with a dark arched door
    u = np.clip((x - CX) / DRUM_HW, -1.0, 1.0)
    shade = 0.45 + 0.55 * np.clip(LIGHT[0] * u + LIGHT[2] * np.sqrt(1 - u ** 2), 0.0, 1.0)
    drum = R.coverage(R.edges_sdf(x, y, CX - DRUM_HW, CX + DRUM_HW, BASE, DRUM_BOTTOM))
    img = img * (1 - drum[:, None]) + drum[:, None] * (np.array(STONE)[:, None, None] * shade)[None]
    door = np.minimum(R.edges_sdf(x, y, CX - 3.5, CX + 3.5, 46.0, DRUM_BOTTOM), np.hypot(x - CX, y - 46.0) - 3.5)
    R.over(img, R.coverage(door), DOOR)
    return img[0].astype(np.float32)


BACKGROUND = _background()



def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the moon: a dark disc, lit right of its terminator
    mx, my = x - MOON_X, y - MOON_Y
    disc = np.hypot(mx, my) - MOON_R
    R.over(img, np.broadcast_to(R.coverage(disc), (n, R.SIZE, R.SIZE)), MOON_DARK)
    k = R.col(0.75 - 1.75 * f[:, 2])
    lit = np.maximum(disc, k * np.sqrt(np.maximum(MOON_R ** 2 - my ** 2, 0.0)) - mx)
    R.over(img, R.coverage(lit), MOON_LIT)
    # the dome, drawn only in its rows: P = (X, Y, Z) on its visible surface, Y up from its base
    r0, r1 = ROWS
    part, y = img[:, :, r0:r1], y[:, r0:r1]
    X, Y = x - CX, BASE - y
    Z = np.sqrt(np.maximum(RADIUS ** 2 - X ** 2 - Y ** 2, 0.0))
    shade = 0.4 + 0.6 * np.clip((LIGHT[0] * X + LIGHT[1] * Y + LIGHT[2] * Z) / RADIUS, 0.0, 1.0)
    dome = R.coverage(np.maximum(np.hypot(X, Y) - RADIUS, -Y))
    colour = CLADDINGS[f[:, 3].astype(int)][:, :, None, None] * shade[:, None]
    R.over(part, dome, colour)
    phi = R.col(2 * np.pi * f[:, 0])
    c, s = np.cos(phi), np.sin(phi)
    across, facing = X * c - Z * s, X * s + Z * c  # from the slit's meridian plane; towards the slit's side
    half = R.col(0.3 + 4.7 * f[:, 1])
    front = dome * R.coverage(-facing)
    R.over(part, front * R.coverage(np.abs(across) - half - RAIL_W), np.array(RAIL)[:, None, None] * shade[:, None])
    R.over(part, front * R.coverage(np.abs(across) - half), INSIDE)
    # the portholes, a third of a turn either side of the slit: within PORT_R of their centres on
    # the sphere (3-d distance), so they foreshorten towards the dome's edge
    for off in (2 * np.pi / 3, -2 * np.pi / 3):
        az = phi + off
        across_r = RADIUS * np.cos(PORT_EL)  # the porthole's centre's distance from the dome's axis
        px, py, pz = across_r * np.sin(az), RADIUS * np.sin(PORT_EL), across_r * np.cos(az)
        dist = np.sqrt((X - px) ** 2 + (Y - py) ** 2 + (Z - pz) ** 2)
        R.over(part, dome * R.coverage(dist - PORT_R - 1.0), RIM)
        R.over(part, dome * R.coverage(dist - PORT_R), PORTHOLE)
    return R.to_uint8(img)


def render(dome_turn: float, slit_open: float, moon_phase: float, cladding: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[dome_turn, slit_open, moon_phase, cladding]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("observatory", arg, n, seed, FACTORS, sample_factors, _draw)
