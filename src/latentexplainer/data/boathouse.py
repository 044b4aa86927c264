"""`boathouse`: a wooden boathouse standing in a lake, its reflection in the still water, seen
from the side across the lake (64x64 RGB).

The boathouse stands in the water a little left of the middle of the image: plank walls with a
white roller door facing the viewer just above the waterline, a red roof on top and a short
jetty running out to its right on posts. As the door rolls up it reveals the dark inside,
where the red bow of a rowing boat waits on the water. Behind it low green hills rise on the far
shore under a blue sky, and the lake below mirrors the whole scene, a little darker and bluer.
Rain falls as thin slanting streaks over everything and greys the sky. Factors: the shape of the
roof (a pointed gable, flat, or rounded like a barrel), how far the door is raised (closed to
open), the tone of the wooden walls (pale weathered to dark stained) and how hard it is raining
(dry to a downpour). The boathouse's size and place, the jetty, the hills and the boat stay
fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("roof_shape", "shape of the boathouse's roof (gabled, flat or rounded)", "categorical",
           ("gabled", "flat", "rounded")),
    Factor("door_open", "how far the boathouse's door is raised (closed to open)", "continuous"),
    Factor("wood_tone", "tone of the boathouse's wooden walls (pale weathered to dark stained)", "continuous"),
    Factor("rain", "how hard it is raining (dry to downpour)", "continuous"),
)
# roof_shape: 0 a gable rising 17 px above the eaves (y = 22 px) to a ridge at y = 5 px, 1 a flat
# slab 4 px thick with a 2 px overhang, 2 a half-ellipse 17 px high over the walls (x = 8..44 px);
# door_open: 0..1 raises the door (x = 15..37 px, y = 28..46 px) by 0..18 px, its bottom edge from
# the waterline up to the lintel; wood_tone: 0..1 blends the planks from pale grey-tan to dark
# brown; rain: 0..1 scales the streaks' opacity (0: none, 1: 0.75) and blends the sky to grey
RANGES = ((0.0, 2.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.36, 0.6, 0.9)), np.array((0.7, 0.84, 0.96))
GREY_TOP, GREY_BOTTOM = np.array((0.42, 0.45, 0.5)), np.array((0.6, 0.63, 0.66))
HILLS, HILLS_FAR = (0.2, 0.42, 0.22), (0.36, 0.55, 0.42)
PALE, DARK = np.array((0.82, 0.76, 0.62)), np.array((0.3, 0.17, 0.09))
ROOF, DOOR, DOOR_LINE, INSIDE = (0.6, 0.2, 0.15), (0.93, 0.93, 0.9), (0.55, 0.58, 0.6), (0.07, 0.07, 0.09)
BOAT, BOAT_RIM = (0.85, 0.14, 0.12), (0.95, 0.93, 0.86)
JETTY, RAIN = (0.42, 0.3, 0.2), (0.88, 0.9, 0.95)
WATER_Y = 46.0  # the waterline: the lake mirrors the rows above it
LEFT, RIGHT, EAVES = 8.0, 44.0, 22.0  # the walls
DOOR_L, DOOR_R, DOOR_T = 15.0, 37.0, 28.0
WATER_TINT, WATER_ALPHA = (0.1, 0.25, 0.4), 0.35
ROWS = slice(0, 46)  # the rows drawn; the rest is their reflection


def _scene() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The fixed parts behind the boathouse: the hills over a clear and over a grey sky, and the
    streaks of rain at full strength, (H, W)."""
    x, y = R.grid()
    far = 34.0 + 4.0 * np.sin(x * 0.09 + 0.5) + 2.0 * np.sin(x * 0.23)
    near = 38.5 + 3.0 * np.sin(x * 0.13 + 2.0)
    skies = []
    for top, bottom in ((SKY_TOP, SKY_BOTTOM), (GREY_TOP, GREY_BOTTOM)):
        img = R.vertical_gradient(top, bottom, WATER_Y)[None].copy()
        R.over(img, R.coverage(far - y), HILLS_FAR)
        R.over(img, R.coverage(near - y), HILLS)
        skies.append(img[0])
    # rain: dashes 5 px long slanting down to the left, on a sheared grid
    u = x + 0.3 * y
    lane, dash = u % 5.0, (y + 7.0 * np.floor(u / 5.0)) % 11.0
    streaks = R.coverage(np.abs(lane - 2.5) - 0.35) * R.coverage(np.abs(dash - 3.0) - 2.5)
    return skies[0], skies[1] - skies[0], np.ascontiguousarray(streaks[0])


CLEAR, TO_GREY, STREAKS = _scene()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    rain = R.col(f[:, 3])
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    top = img[:, :, ROWS]
    top[:] = CLEAR[:, ROWS]
    top += rain[:, None] * TO_GREY[None, :, ROWS]
    y = y[:, ROWS]
    # the jetty to the right, on posts
    jetty = np.minimum(R.edges_sdf(x, y, RIGHT, 62.0, 40.0, 42.0),
                       np.minimum(R.edges_sdf(x, y, 50.0, 52.0, 42.0, 46.0), R.edges_sdf(x, y, 58.0, 60.0, 42.0, 46.0)))
    R.over(top, R.coverage(jetty), JETTY)
    # the plank walls (dark seams every 4 px), then the roof of the shape given
    wood = PALE[None] + (DARK - PALE)[None] * f[:, 2:3]
    walls = R.edges_sdf(x, y, LEFT, RIGHT, EAVES, WATER_Y)
    R.over(top, R.coverage(walls), wood)
    R.over(top, 0.5 * R.coverage(np.maximum(walls, np.abs(x % 4.0 - 0.5) - 0.45)), wood * 0.55)
    shape = f[:, 0].astype(int)[:, None, None]
    gable = np.maximum((5.0 + np.abs(x - 26.0) * 17.0 / 20.0 - y) * 0.76, y - EAVES)  # ridge at (26, 5)
    flat = R.edges_sdf(x, y, LEFT - 2.0, RIGHT + 2.0, EAVES - 4.0, EAVES)
    barrel = np.maximum(R.ellipse_sdf(x - 26.0, y - EAVES, 20.0, 17.0), y - EAVES)
    roof = np.where(shape == 0, gable, np.where(shape == 1, flat, barrel))
    R.over(top, R.coverage(roof), ROOF)
    # the door's opening: dark inside, the boat's bow on the water; the door over it, raised
    R.over(top, R.coverage(R.edges_sdf(x, y, DOOR_L, DOOR_R, DOOR_T, WATER_Y)), INSIDE)
    bow = np.maximum(R.ellipse_sdf(x - 26.0, y - 41.0, 7.0, 4.0), y - 45.0)
    R.over(top, R.coverage(np.maximum(bow, 41.5 - y)), BOAT)
    R.over(top, R.coverage(np.maximum(bow, np.abs(y - 41.0) - 0.8)), BOAT_RIM)
    bottom = R.col(WATER_Y - (WATER_Y - DOOR_T) * f[:, 1])
    door = np.maximum(R.edges_sdf(x, y, DOOR_L, DOOR_R, DOOR_T, WATER_Y), y - bottom)
    R.over(top, R.coverage(door), DOOR)
    R.over(top, R.coverage(np.maximum(door, np.abs((y - bottom) % 4.5 - 2.25) - 0.45)), DOOR_LINE)
    # the lake: the rows above the waterline, mirrored, darker and bluer
    lake = img[:, :, 46:]
    lake[:] = img[:, :, 45:45 - (R.SIZE - 46):-1]
    R.over(lake, np.full((n, R.SIZE - 46, R.SIZE), WATER_ALPHA, np.float32), WATER_TINT)
    # the rain over everything
    R.over(img, 0.75 * rain * STREAKS, RAIN)
    return R.to_uint8(img)


def render(roof_shape: float, door_open: float, wood_tone: float, rain: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[roof_shape, door_open, wood_tone, rain]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("boathouse", arg, n, seed, FACTORS, sample_factors, _draw)
