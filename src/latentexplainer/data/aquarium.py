"""`aquarium`: a glass fish tank on a wooden cabinet against a living-room wall, seen from the
front (64x64 RGB).

The tank fills most of the image: a dark lid along its top, a dark base along its bottom and
thin dark edges at its sides, with a strip of air under the lid above the water line. The water
is blue, paler near its surface and deeper towards the bottom, over a bed of speckled gravel.
A water plant of four wavy green blades grows out of the gravel near the left side; an
ornament stands on the gravel right of the middle; at the right, bubbles rise in a zigzag
column from a small grey air stone. One fish swims in the middle of the water, facing right:
an oval body with a darker band across it, a forked tail, a fin on its back and a white eye
with a black pupil. A faint white glare crosses the front glass at the top left. Above and
below the tank are a beige wall and the cabinet's wooden top. Factors: the fish's horizontal
position (left to right), the fish's hue (round the whole colour wheel), how many bubbles
rise from the air stone (none to ten), the height of the water plant (short to tall) and
the ornament on the gravel (a shell, a castle or a treasure chest). The fish's height and
size, the water, the gravel, the air stone and the tank stay fixed; the whole fish always lies
inside the tank.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

ORNAMENTS = ("shell", "castle", "chest")
FACTORS = (
    Factor("fish_x", "horizontal position of the fish in the tank (left to right)", "continuous"),
    Factor("fish_hue", "hue of the fish (round the whole colour wheel)", "cyclic", period=1.0),
    Factor("bubbles", "how many bubbles rise from the air stone (none to ten)", "continuous"),
    Factor("plant_height", "height of the water plant growing from the gravel (short to tall)", "continuous"),
    Factor("ornament", "the ornament on the gravel: a shell, a castle or a treasure chest", "categorical",
           ORNAMENTS),
)
# fish_x: 0..1 puts the fish's body middle at x = 18..42 px (at y = 25 px; the body 7.5 x 4.5 px
# half-sizes, the tail 5.5 px long behind it); fish_hue: 0..1 is the whole colour wheel (1 is 0
# again); bubbles: 0..1 shows 0..10 bubbles, the lowest first (each fades in over a tenth of the
# range), 3 px apart from y = 40 px up; plant_height: 0..1 is blades up to 5..31 px tall above the
# gravel (at y = 43 px), rooted round x = 13 px; ornament: codes 0..2 are a shell, a castle or a
# treasure chest, standing on the gravel round x = 40 px
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, len(ORNAMENTS) - 1.0))
WALL, WOOD, WOOD_DARK, FRAME = (0.88, 0.82, 0.68), (0.52, 0.34, 0.18), (0.36, 0.22, 0.11), (0.12, 0.12, 0.14)
AIR, WATER_TOP, WATER_LOW, SURFACE = (0.8, 0.88, 0.9), (0.36, 0.68, 0.82), (0.1, 0.32, 0.52), (0.7, 0.88, 0.95)
GRAVEL, GRAVEL_DARK, STONE, BUBBLE = (0.66, 0.56, 0.42), (0.42, 0.35, 0.27), (0.5, 0.5, 0.52), (0.88, 0.96, 1.0)
PLANT, PLANT_DARK, WHITE, PUPIL = (0.5, 0.84, 0.2), (0.2, 0.45, 0.1), (0.98, 0.98, 0.96), (0.03, 0.03, 0.04)
TANK_L, TANK_R, LID_Y, WATER_Y, GRAVEL_Y, BASE_Y, CABINET_Y = 4.0, 60.0, 8.0, 11.0, 43.0, 48.0, 51.0
FISH_Y, FISH_RX, FISH_RY, TAIL = 25.0, 7.5, 4.5, 5.5
BUBBLE_COUNT, BUBBLE_X, BUBBLE_LOW, BUBBLE_GAP = 10, 54.0, 40.0, 3.0
BLADES = ((-4.0, 0.7, 0.0), (-1.2, 1.0, 2.0), (1.6, 0.8, 4.0), (4.2, 0.6, 1.0))  # offset from x = 13 px, height share, sway phase
PLANT_X, ORNAMENT_X = 13.0, 40.0


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, 0.25 * R.coverage(np.abs((x % 8.0) - 4.0) - 0.4) * R.coverage(LID_Y - y), WOOD_DARK)
    tank = R.edges_sdf(x, y, TANK_L, TANK_R, LID_Y - 2.0, BASE_Y + 3.0)
    R.over(img, R.coverage(tank), FRAME)
    inside = R.edges_sdf(x, y, TANK_L + 1.0, TANK_R - 1.0, LID_Y, BASE_Y)
    R.over(img, R.coverage(inside), AIR)
    t = np.clip((y - WATER_Y) / (BASE_Y - WATER_Y), 0.0, 1.0)
    water = np.asarray(WATER_TOP)[:, None, None] + (np.asarray(WATER_LOW) - np.asarray(WATER_TOP))[:, None, None] * t[0]
    cover = R.coverage(np.maximum(inside, WATER_Y - y))
    img += cover[:, None] * (water[None].astype(np.float32) - img)
    R.over(img, R.coverage(np.maximum(inside, np.abs(y - WATER_Y - 0.5) - 0.6)), SURFACE)
    gravel = np.maximum(inside, GRAVEL_Y + 0.6 * np.sin(x * 0.9) - y)
    R.over(img, R.coverage(gravel), GRAVEL)
    speckle = (np.sin(x * 2.3 + y * 1.7) * np.sin(x * 0.7 - y * 2.9) > 0.25).astype(np.float32)
    R.over(img, 0.7 * R.coverage(gravel) * speckle, GRAVEL_DARK)
    R.over(img, R.coverage(R.ellipse_sdf(x - BUBBLE_X, y - (GRAVEL_Y - 0.5), 3.0, 1.6)), STONE)
    R.over(img, R.coverage(R.edges_sdf(x, y, 0.0, R.SIZE, CABINET_Y, R.SIZE)), WOOD)
    R.over(img, R.coverage(R.edges_sdf(x, y, 0.0, R.SIZE, CABINET_Y, CABINET_Y + 1.5)), WOOD_DARK)
    return img[0]


def _bubbles() -> np.ndarray:
    """Each bubble's coverage, (BUBBLE_COUNT, H * W), the lowest first."""
    x, y = R.grid()
    out = []
    for i in range(BUBBLE_COUNT):
        bx, by, r = BUBBLE_X + 2.0 * (-1) ** i, BUBBLE_LOW - BUBBLE_GAP * i, 1.7 + 0.08 * i
        out.append(np.broadcast_to(R.coverage(np.hypot(x - bx, y - by) - r)[0], (R.SIZE, R.SIZE)).ravel())
    return np.stack(out).astype(np.float32)


def _ornaments() -> tuple[np.ndarray, np.ndarray]:
    """Each ornament's coverage (3, H, W) and colours (3, 3, H, W)."""
    x, y = R.grid()
    u, base = x - ORNAMENT_X, GRAVEL_Y + 1.0
    covers, colours = [], []
    # the shell: a pink scallop fanning up from its hinge, ridged
    layer = np.zeros((1, 3, R.SIZE, R.SIZE), np.float32)
    shell = np.maximum(R.ellipse_sdf(u, y - base, 8.5, 11.0), y - base + 0.5)
    R.over(layer, R.coverage(shell), (1.0, 0.7, 0.58))
    ridges = np.abs(((np.arctan2(base - y, u) * 9.0 / np.pi) % 1.0) - 0.5) - 0.12
    R.over(layer, 0.55 * R.coverage(np.maximum(shell + 0.8, ridges * 4.0)), (0.78, 0.45, 0.42))
    covers.append(R.coverage(shell))
    colours.append(layer)
    # the castle: a grey keep between two taller towers, crenellated, with a dark gateway
    layer = np.zeros((1, 3, R.SIZE, R.SIZE), np.float32)
    keep = R.edges_sdf(x, y, ORNAMENT_X - 5.0, ORNAMENT_X + 5.0, base - 11.0, base)
    towers = np.minimum(R.edges_sdf(x, y, ORNAMENT_X - 8.0, ORNAMENT_X - 4.0, base - 15.0, base),
                        R.edges_sdf(x, y, ORNAMENT_X + 4.0, ORNAMENT_X + 8.0, base - 15.0, base))
    notches = np.maximum(np.abs(((x - ORNAMENT_X) % 2.0) - 1.0) - 0.5, np.abs(y - (base - 14.5)) - 1.0)
    castle = np.maximum(np.minimum(keep, towers), -notches)
    R.over(layer, R.coverage(castle), (0.52, 0.52, 0.58))
    R.over(layer, R.coverage(np.minimum(R.box_sdf(u, y - base + 2.5, 2.0, 2.5), np.hypot(u, y - base + 5.0) - 2.0)),
           (0.15, 0.13, 0.14))
    covers.append(R.coverage(castle))
    colours.append(layer)
    # the treasure chest: a wooden box with a domed lid and golden bands and lock
    layer = np.zeros((1, 3, R.SIZE, R.SIZE), np.float32)
    box = R.edges_sdf(x, y, ORNAMENT_X - 7.5, ORNAMENT_X + 7.5, base - 8.0, base)
    lid = np.maximum(R.ellipse_sdf(u, y - base + 8.0, 7.5, 5.0), y - base + 8.0)
    chest = np.minimum(box, lid)
    R.over(layer, R.coverage(chest), (0.5, 0.28, 0.1))
    bands = np.maximum(chest, np.minimum(np.abs(np.abs(u) - 4.5) - 0.8, np.abs(y - base + 8.0) - 0.7))
    R.over(layer, R.coverage(bands), (1.0, 0.8, 0.2))
    R.over(layer, R.coverage(R.box_sdf(u, y - base + 7.0, 1.4, 1.8)), (1.0, 0.8, 0.2))
    covers.append(R.coverage(chest))
    colours.append(layer)
    cover = np.concatenate(covers).astype(np.float32)
    return cover, (np.concatenate(colours) / np.maximum(cover[:, None], 1e-6)).astype(np.float32)


BACKGROUND = _background()
BUBBLES = _bubbles()
ORNAMENT_COVER, ORNAMENT_COLOUR = _ornaments()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    # the plant: three wavy blades, tapering to their tips
    height = R.col(5 + 26 * f[:, 3])
    rise = GRAVEL_Y - y  # (1, H, 1): how far above the gravel
    blades = np.inf
    for dx, share, phase in BLADES:
        h = share * height
        t = np.clip(rise / h, 0.0, 1.0)
        centre = PLANT_X + dx * (1.0 + 0.5 * t) + 1.5 * np.sin(rise * 0.35 + phase) * t
        blade = np.maximum(np.abs(x - centre) - (1.7 - 1.1 * t), np.maximum(-rise - 1.0, rise - h))
        blades = np.minimum(blades, blade)
    img = R.over(img, R.coverage(blades), PLANT)
    img = R.over(img, 0.5 * R.coverage(np.maximum(blades, GRAVEL_Y - 5.0 - y)), PLANT_DARK)
    # the ornament
    code = f[:, 4].astype(int)
    cover = ORNAMENT_COVER[code]
    img += cover[:, None] * (ORNAMENT_COLOUR[code] - img)
    # the bubbles, the lowest first
    shown = np.clip(f[:, 2:3] * BUBBLE_COUNT - np.arange(BUBBLE_COUNT), 0.0, 1.0).astype(np.float32)
    alpha = np.minimum((shown @ BUBBLES).reshape(n, R.SIZE, R.SIZE), 1.0)
    img = R.over(img, 0.9 * alpha, BUBBLE)
    # the fish: the tail and the back fin behind the body, a darker band, the eye
    fx = R.col(18 + 24 * f[:, 0])
    u, v = x - fx, y - FISH_Y
    colour, dark = R.hsv(f[:, 1], 0.85, 0.95), R.hsv(f[:, 1], 0.9, 0.6)
    back = -FISH_RX + 1.0 - u  # how far behind the body's rear
    tail = np.maximum((np.abs(v) - 0.6 - 0.75 * back) / 1.25, np.maximum(-back, back - TAIL))
    tail = np.maximum(tail, -(np.abs(v) - 0.25 * back - 0.2))  # the fork
    fin = np.maximum((v + FISH_RY - 0.5 + 0.6 * (u + 3.0)) / 1.17, np.maximum(-(v + FISH_RY + 2.5), -(u + 3.0)))
    img = R.over(img, R.coverage(np.minimum(tail, fin)), dark)
    body = R.ellipse_sdf(u, v, FISH_RX, FISH_RY)
    img = R.over(img, R.coverage(body), colour)
    img = R.over(img, R.coverage(np.maximum(body + 0.3, np.abs(u + 1.0) - 1.2)), dark)
    img = R.over(img, R.coverage(np.hypot(u - 4.0, v + 1.0) - 1.5), WHITE)
    img = R.over(img, R.coverage(np.hypot(u - 4.4, v + 1.0) - 0.8), PUPIL)
    # the glare on the front glass
    glare = np.abs(x + y - 30.0) - 1.5
    return R.to_uint8(R.over(img, 0.18 * R.coverage(np.maximum(glare, y - 30.0)), WHITE))


def render(fish_x: float, fish_hue: float, bubbles: float, plant_height: float, ornament: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8; ``ornament`` is the code 0..2 for a shell, a castle or a chest."""
    return _draw(np.array([[fish_x, fish_hue, bubbles, plant_height, ornament]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("aquarium", arg, n, seed, FACTORS, sample_factors, _draw)
