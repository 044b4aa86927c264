"""`innkeeper`: an old timber-framed inn on a winter evening, its painted sign hanging from an iron
bracket and a lantern by its door, seen from the front (64x64 RGB).

A strip of dusky blue sky runs along the top above the inn's tiled roof; below it the inn's front
fills the image: cream plaster between dark oak beams, a lit window of small leaded panes up on the
right and another down on the left, and a plank door with a rounded top on the right, standing on
grey cobbles. From a bracket under the eaves on the left the inn's sign hangs on two short chains:
a black board with a gold emblem painted on it. Left of the door an iron lantern hangs from the
wall. Factors: which way the wind swings the sign (tilted to one side, hanging straight, tilted to
the other), the sign's emblem (a crown, a star or a crescent moon), how much snow there is (none,
through a few falling flakes and a dusting, to thick snow on the roof, the sills and the ground
with many flakes falling) and how brightly the lantern is lit (from out to bright, lighting the
wall around it). The sky, the inn, its windows and door, the cobbles and the sign's size stay
fixed; the whole sign always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("sign_swing", "how far the wind swings the inn's sign (to one side, straight, to the other)",
           "continuous"),
    Factor("emblem", "the emblem painted on the inn's sign (crown, star or moon)", "categorical",
           ("crown", "star", "moon")),
    Factor("snow", "how much snow there is (none to thick snow falling and lying)", "continuous"),
    Factor("lantern", "how brightly the lantern by the door is lit (out to bright)", "continuous"),
)
# sign_swing: -0.35..0.35 radians the sign turns about the bracket's end at PIVOT (positive: its
# foot swings to the left); emblem: a code 0..2, in the order of the categories; snow: 0..1 lets a
# share of FLAKES fall (each has its own threshold), lays snow up to 7 px deep on the roof and
# 2.5 px on the sills and covers the cobbles (fully from 0.5 on); lantern: 0..1 turns the lantern's
# glass from dark to bright yellow and its glow on the wall from none to an opacity of 0.75
RANGES = ((-0.35, 0.35), (0.0, 2.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.08, 0.1, 0.26)), np.array((0.2, 0.22, 0.42))
ROOF, ROOF_LINE, PLASTER, BEAM = (0.34, 0.28, 0.27), (0.24, 0.2, 0.2), (0.84, 0.8, 0.68), (0.26, 0.18, 0.12)
GLASS_LIT, LEAD, OAK, OAK_LINE = (0.96, 0.8, 0.42), (0.3, 0.24, 0.16), (0.38, 0.24, 0.12), (0.26, 0.16, 0.08)
COBBLE, COBBLE_LINE, IRON, BOARD, GOLD = (0.42, 0.42, 0.45), (0.3, 0.3, 0.33), (0.1, 0.1, 0.11), (0.07, 0.1, 0.09), \
    (0.98, 0.8, 0.3)
SNOW, GLOW = (0.9, 0.93, 0.98), (1.0, 0.78, 0.4)
LAMP_DARK, LAMP_LIT = np.array((0.28, 0.26, 0.22)), np.array((1.0, 0.94, 0.66))
ROOF_Y, WALL_Y, GROUND_Y = 7.0, 13.0, 56.0
PIVOT = (18.0, 15.0)
BOARD_HW, BOARD_TOP, BOARD_BOTTOM = 9.0, 3.0, 21.0  # in the sign's own frame, down from the pivot
LAMP_X, LAMP_Y = 35.0, 37.0
SILLS = ((2.0, 22.0, 53.0), (37.0, 61.0, 32.0))  # left, right, top


def _scene():
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, ROOF_Y)[None].copy()
    R.over(img, R.below(ROOF_Y, 1), ROOF)
    tiles = np.minimum(np.abs(((y - ROOF_Y) % 2.0) - 1.0),
                       np.abs(((x + np.floor((y - ROOF_Y) / 2.0) * 1.5) % 3.0) - 1.5))
    R.over(img, R.coverage(np.maximum(tiles - 0.35, ROOF_Y + 0.5 - y)), ROOF_LINE)
    R.over(img, R.below(WALL_Y, 1), PLASTER)
    beams = np.minimum(np.abs(x - 2.0), np.minimum(np.abs(x - 30.0), np.abs(x - 62.0))) - 1.2
    beams = np.minimum(beams, np.minimum(np.abs(y - (WALL_Y + 1.0)), np.abs(y - 35.0)) - 1.0)
    beams = np.minimum(beams, R.segment_sdf(x, y, 3.0, 34.0, 29.0, 15.0) - 0.9)
    R.over(img, R.coverage(np.maximum(beams, WALL_Y - y)), BEAM)
    # the lit windows with leaded panes, and their sills
    for left, right, top, bottom in ((3.0, 21.0, 40.0, 53.0), (38.0, 60.0, 18.0, 32.0)):
        R.over(img, R.coverage(R.edges_sdf(x, y, left - 1.2, right + 1.2, top - 1.2, bottom)), BEAM)
        R.over(img, R.coverage(R.edges_sdf(x, y, left, right, top, bottom)), GLASS_LIT)
        lead = np.minimum(np.abs(((x + y) % 4.0) - 2.0), np.abs(((x - y) % 4.0) - 2.0)) - 0.35
        R.over(img, 0.8 * R.coverage(np.maximum(lead, R.edges_sdf(x, y, left, right, top, bottom))), LEAD)
    for left, right, top in SILLS:
        R.over(img, R.coverage(R.edges_sdf(x, y, left, right, top, top + 1.5)), BEAM)
    # the plank door with a rounded top
    door = np.minimum(R.edges_sdf(x, y, 41.0, 53.0, 42.0, GROUND_Y), R.ellipse_sdf(x - 47.0, y - 42.0, 6.0, 4.5))
    R.over(img, R.coverage(door - 1.0), BEAM)
    R.over(img, R.coverage(door), OAK)
    R.over(img, R.coverage(np.maximum(np.abs(((x - 41.0) % 3.0) - 1.5) - 1.15, door)), OAK_LINE)
    R.over(img, R.coverage(np.hypot(x - 51.0, y - 48.0) - 0.9), IRON)
    # the cobbles
    R.over(img, R.below(GROUND_Y, 1), COBBLE)
    cobbles = np.minimum(np.abs(((y - GROUND_Y) % 3.0) - 1.5),
                         np.abs(((x + np.floor((y - GROUND_Y) / 3.0) * 2.0) % 4.0) - 2.0))
    R.over(img, R.coverage(np.maximum(1.2 - cobbles, GROUND_Y + 0.5 - y)), COBBLE_LINE)
    # the sign's bracket under the eaves, and the lantern's bracket, frame and cap
    bracket = np.minimum(R.edges_sdf(x, y, 1.0, PIVOT[0] + 8.0, WALL_Y + 0.5, WALL_Y + 2.0),
                         R.segment_sdf(x, y, 2.0, 22.0, 12.0, WALL_Y + 1.5) - 0.6)
    R.over(img, R.coverage(bracket), IRON)
    lamp = np.minimum(R.segment_sdf(x, y, 30.5, LAMP_Y - 6.5, LAMP_X, LAMP_Y - 6.5) - 0.6,
                      R.box_sdf(x - LAMP_X, y - LAMP_Y, 3.3, 4.3) - 0.4)
    cap = np.maximum(np.abs(x - LAMP_X) - (y - (LAMP_Y - 7.5)) * 1.1, np.abs(y - (LAMP_Y - 5.5)) - 1.5)
    lamp = np.minimum(lamp, cap)
    R.over(img, R.coverage(lamp), IRON)
    return img[0]


SCENE = _scene()


def _snow_fixed():
    """A wavy edge for the lying snow, and the falling flakes: for the k flakes that need the least
    snow, the coverage of them all (row k), and the snow each flake needs, in that order."""
    x, y = R.grid()
    wave = 0.7 * np.sin(x * 0.9) + 0.4 * np.sin(x * 2.3 + 1.0)
    rng = np.random.default_rng(68)
    fx, fy, need = rng.uniform(1, 63, 80), rng.uniform(1, 63, 80), np.sort(rng.uniform(0.02, 1.0, 80))
    shown = np.zeros((len(need) + 1, R.SIZE, R.SIZE), np.float32)
    for k, (a, b) in enumerate(zip(fx, fy)):
        shown[k + 1] = np.maximum(shown[k], R.coverage(np.hypot(x - a, y - b) - 0.9)[0])
    return wave, shown, need


WAVE, FLAKES, FLAKE_NEED = _snow_fixed()
GLOW_FIELD = np.exp(-((R.grid()[0] - LAMP_X) ** 2 + (R.grid()[1] - LAMP_Y) ** 2) / 110.0)


def _emblems(u, v):
    """Signed distances to the crown, the star and the moon, in the sign's frame."""
    cu, cv = u, v - 12.0
    tri = np.abs(((cu + 5.5) / 5.5 % 1.0) * 2.0 - 1.0)
    top = -5.0 + 7.0 * (1.0 - tri)
    crown = np.maximum(np.maximum(np.abs(cu) - 6.0 - 0.2 * (2.0 - cv), cv - 6.0), (top - cv) / 2.7)
    crown = np.minimum(crown, np.min([np.hypot(cu - bx, cv + 5.2) - 1.3 for bx in (-5.5, 0.0, 5.5)], 0))
    rho, th = np.hypot(cu, cv), np.arctan2(cv, cu)
    star = (rho - (3.0 + 5.2 * ((np.cos(5 * (th + np.pi / 2)) + 1) / 2) ** 2.5)) * 0.6
    moon = np.maximum(rho - 7.5, 6.2 - np.hypot(cu - 3.8, cv + 2.0))
    return crown, star, moon


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the lantern: its glow on the wall and its glass
    b = f[:, 3]
    R.over(img, 0.75 * R.col(b) * GLOW_FIELD, GLOW)
    glass = np.maximum(R.box_sdf(x - LAMP_X, y - LAMP_Y, 2.2, 3.2), 0.5 - np.abs(x - LAMP_X))
    R.over(img, R.coverage(glass), LAMP_DARK + (LAMP_LIT - LAMP_DARK) * b[:, None])
    # the sign, turned about the pivot: chains, board, gold border, the emblem
    a = R.col(f[:, 0])
    px, py = PIVOT
    u = (x - px) * np.cos(a) + (y - py) * np.sin(a)
    v = -(x - px) * np.sin(a) + (y - py) * np.cos(a)
    chains = np.maximum(np.abs(np.abs(u) - 6.0) - 0.5, np.abs(v - 1.5) - 1.5)
    R.over(img, R.coverage(chains), IRON)
    board = R.box_sdf(u, v - (BOARD_TOP + BOARD_BOTTOM) / 2, BOARD_HW - 0.5, (BOARD_BOTTOM - BOARD_TOP) / 2 - 0.5) - 0.5
    R.over(img, R.coverage(board), BOARD)
    code = f[:, 1].astype(int)
    emblem = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    for k, d in enumerate(_emblems(u, v)):
        np.copyto(emblem, d, where=(code == k)[:, None, None])
    R.over(img, R.coverage(emblem), GOLD)
    # the snow: lying on the roof, the sills and the cobbles, and falling
    s = R.col(f[:, 2])
    roof = np.maximum(ROOF_Y - 3.0 * s + 0.5 * WAVE - y, y - (ROOF_Y + 6.0 * s - 1.0 + WAVE))
    R.over(img, R.coverage(roof) * (s > 0.02), SNOW)
    for left, right, top in SILLS:
        sill = np.maximum(R.edges_sdf(x, y, left, right, top - 2.5 * s + 0.3 * WAVE, top + 0.5), 0.5 - 2.5 * s)
        R.over(img, R.coverage(sill), SNOW)
    ground = R.coverage(GROUND_Y - 2.5 * s + 0.5 * WAVE - y) * np.clip(2.0 * s, 0.0, 1.0)
    R.over(img, ground, SNOW)
    R.over(img, FLAKES[np.searchsorted(FLAKE_NEED, f[:, 2], side="right")], SNOW)
    return R.to_uint8(img)


def render(sign_swing: float, emblem: float, snow: float, lantern: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[sign_swing, emblem, snow, lantern]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("innkeeper", arg, n, seed, FACTORS, sample_factors, _draw)
