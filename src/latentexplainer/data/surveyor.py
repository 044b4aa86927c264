"""`surveyor`: a land surveyor's theodolite on a wooden tripod in a field, sighting a striped
ranging pole held up further along a track, seen from the side (64x64 RGB).

A pale blue sky lies over a line of blue-grey hills; below the horizon a wide field fills the
image, a pale dirt track curving across it from the near right into the distance. On the left
a wooden tripod stands in the field with a yellow theodolite on its head, its dark telescope
pointing to the right. On the track a red-and-white striped ranging pole stands upright, with a
small flag at its top; the further along the track it stands, the smaller it looks. Factors:
where the ranging pole stands along the track (near at the bottom right to far off near the
horizon), how tall the tripod stands (low to high), how far the telescope is tilted (pointing
down, level or up) and the colour of the field's grass (from fresh summer green to dry golden
stubble). The sky, the hills, the track and the size of the theodolite stay fixed; the pole and
the theodolite always lie inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("pole_distance", "how far along the track the ranging pole stands (near to far)", "continuous"),
    Factor("tripod_height", "how tall the theodolite's tripod stands (low to high)", "continuous"),
    Factor("telescope_tilt", "how far the telescope is tilted (down, level, up)", "continuous"),
    Factor("grass", "colour of the field's grass (summer green to golden stubble)", "continuous"),
)
# pole_distance: 0..1 moves the pole's foot up the track from y = 60 to 31 px (x follows the
# track, from 58 to 38 px), shrinking it from 30 to 7 px tall; tripod_height: 0..1 puts the
# tripod's head 16..32 px above its feet (y = 60 px); telescope_tilt: -0.55..0.55 radians from
# level (negative: pointing down);
# grass: 0..1 turns the grass's hue from 0.3 (green) to 0.12 (gold) as it grows paler
RANGES = ((0.0, 1.0), (0.0, 1.0), (-0.55, 0.55), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.46, 0.66, 0.9)), np.array((0.78, 0.87, 0.95))
HILLS, TRACK, TRACK_EDGE = (0.5, 0.58, 0.66), (0.8, 0.72, 0.56), (0.64, 0.56, 0.42)
WOOD, WOOD_DARK, BODY, BODY_DARK = (0.6, 0.42, 0.22), (0.42, 0.28, 0.14), (0.96, 0.78, 0.16), (0.7, 0.54, 0.08)
SCOPE, LENS, RED, WHITE = (0.14, 0.15, 0.17), (0.5, 0.7, 0.86), (0.86, 0.12, 0.1), (0.98, 0.98, 0.96)
HORIZON = 24.0
FEET_Y, TRIPOD_X = 60.0, 16.0
NEAR_Y, FAR_Y = 60.0, 31.0  # the pole's foot, near and far


def _track_middle(y):
    """The middle of the track at row ``y`` (px): it curves from the near right to the horizon."""
    t = np.clip((y - HORIZON) / (64.0 - HORIZON), 0.0, 1.0)  # 0 at the horizon, 1 at the bottom
    return 36.0 + 26.0 * t ** 1.5, t


def _scene():
    x, y = R.grid()
    img = np.empty((1, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, HORIZON)
    hills = HORIZON - 4.0 - 3.0 * np.sin(x / 7.0) - 2.0 * np.sin(x / 3.1 + 1.0)
    R.over(img, R.coverage(hills - y), HILLS)
    return img[0]


SCENE = _scene()


def _track():
    """Coverage of the track, of its edges, and of the field's furrows (shading, 0..1)."""
    x, y = R.grid()
    middle, t = _track_middle(y)
    half = 0.8 + 7.0 * t
    track = np.maximum(np.abs(x - middle) - half, HORIZON + 0.5 - y)
    edge = np.maximum(np.abs(np.abs(x - middle) - half) - 0.5, HORIZON + 2.0 - y)
    rows = np.clip(np.abs((np.maximum(y - HORIZON, 0.0) ** 0.7 * 3.0) % 2.0 - 1.0) * 2.0 - 1.0, 0.0, 1.0)
    field = R.coverage(HORIZON - y)
    return R.coverage(track), R.coverage(edge), field, field * rows


TRACK_COVER, TRACK_EDGE_COVER, FIELD, FURROWS = _track()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the field, in the grass's colour, with furrows; the track across it
    g = f[:, 3]
    grass = R.hsv(0.3 - 0.18 * g, 0.62 - 0.12 * g, 0.56 + 0.26 * g)
    R.over(img, FIELD, grass)
    R.over(img, 0.3 * FURROWS, grass * 0.7)
    R.over(img, TRACK_COVER, TRACK)
    R.over(img, TRACK_EDGE_COVER, TRACK_EDGE)
    # the ranging pole: red and white bands, a flag at the top, smaller as it stands further off
    py = R.col(NEAR_Y + (FAR_Y - NEAR_Y) * f[:, 0])
    px = _track_middle(py)[0]
    h = 0.8 * (py - HORIZON) + 1.5  # nearer looks taller
    w = h / 18.0
    pole = R.edges_sdf(x, y, px - w, px + w, py - h, py)
    bands = (np.floor((py - y) / (h / 6.0)) % 2 == 0).astype(np.float32)
    R.over(img, R.coverage(pole), WHITE)
    R.over(img, R.coverage(pole) * bands, RED)
    flag = np.maximum(R.edges_sdf(x, y, px + w, px + w + h / 4.0, py - h, py - h + h / 6.0), -pole - 0.5)
    R.over(img, R.coverage(flag), RED)
    R.over(img, 0.3 * R.coverage(R.ellipse_sdf(x - px - w, y - py, 2.0 * w + 0.8, 0.5 * w + 0.4)), (0.0, 0.0, 0.0))
    # the tripod: three legs from its head to the ground
    head = R.col(FEET_Y - 16.0 - 16.0 * f[:, 1])
    legs = np.minimum(R.segment_sdf(x, y, TRIPOD_X, head, TRIPOD_X - 8.0, FEET_Y),
                      R.segment_sdf(x, y, TRIPOD_X, head, TRIPOD_X + 8.0, FEET_Y))
    R.over(img, R.coverage(R.segment_sdf(x, y, TRIPOD_X, head, TRIPOD_X + 1.5, FEET_Y + 1.0) - 0.8), WOOD_DARK)
    R.over(img, R.coverage(legs - 1.0), WOOD)
    R.over(img, R.coverage(R.box_sdf(x - TRIPOD_X, y - head, 4.5, 1.0)), WOOD_DARK)
    # the theodolite: a yellow body on the head, its telescope on the body's trunnion
    cy = head - 5.5
    R.over(img, R.coverage(R.box_sdf(x - TRIPOD_X, y - (head - 2.5), 3.5, 2.0)), BODY_DARK)
    R.over(img, R.coverage(np.minimum(R.box_sdf(x - (TRIPOD_X - 3.0), y - cy, 1.2, 4.0),
                                      R.box_sdf(x - (TRIPOD_X + 3.0), y - cy, 1.2, 4.0))), BODY)
    a = R.col(f[:, 2])
    ux, uy = np.cos(a), -np.sin(a)  # along the telescope, towards its objective (y down)
    along = (x - TRIPOD_X) * ux + (y - cy) * uy
    across = -(x - TRIPOD_X) * uy + (y - cy) * ux
    tube = np.maximum(np.abs(across) - (2.1 + 0.4 * np.clip(along, 0.0, 12.0) / 12.0), np.abs(along - 3.0) - 9.5)
    R.over(img, R.coverage(tube), SCOPE)
    R.over(img, R.coverage(np.maximum(np.abs(across) - 1.8, np.abs(along - 11.8) - 0.7)), LENS)
    R.over(img, R.coverage(np.hypot(x - TRIPOD_X, y - cy) - 1.5), BODY)
    return R.to_uint8(img)


def render(pole_distance: float, tripod_height: float, telescope_tilt: float, grass: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[pole_distance, tripod_height, telescope_tilt, grass]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("surveyor", arg, n, seed, FACTORS, sample_factors, _draw)
