"""`photographer`: a portrait photographer's studio, a wooden bellows camera on a tripod facing an
empty chair in front of a painted backdrop, a flash pan held up on a stand, seen from the side
(64x64 RGB).

The studio's wall is a warm grey; the floor is a band of brown boards along the bottom. On the
right a painted cloth backdrop hangs from a pole down to the floor, mottled with soft painted
clouds; in front of it stands a dark wooden chair for the sitter, and at the right edge a fern
in a pot on a small plinth. On the left a wooden tripod with three legs stands on the floor; on
its head sits the camera, facing right: a mahogany box at the back with a brass edge, pleated
black leather bellows reaching forwards to a wooden lens board and a brass lens. Behind the
camera a thin stand holds up a flash pan; when the flash goes off a white-hot burst of light
flares above the pan and lights the whole studio. Factors: how high the camera stands on its
tripod (low to high; the tripod's legs lengthen with it), how far the bellows are drawn out
(the lens close to the box to far ahead of it), the hue of the painted backdrop (red through
yellow and green to blue) and how bright the flash is (not fired to a dazzling burst). The wall,
the floor, the chair, the fern, the camera's size and the flash stand stay fixed; the whole
camera always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("camera_height", "how high the camera stands on its tripod (low to high)", "continuous"),
    Factor("bellows", "how far the camera's bellows are drawn out (short to long)", "continuous"),
    Factor("backdrop_hue", "hue of the painted backdrop behind the chair", "continuous"),
    Factor("flash", "how bright the photographer's flash is (not fired to dazzling)", "continuous"),
)
# camera_height: 0..1 puts the tripod's head at y = 40..22 px (the camera box sits on it, 13 px
# tall); bellows: 0..1 puts the lens board 3..24 px ahead of the box's front (x = 17 px);
# backdrop_hue: 0..0.8 of the colour wheel (no wrap); flash: 0..1 scales the burst above the pan
# (its radius 2..12 px) and the light it throws over the studio (0: not fired)
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 0.8), (0.0, 1.0))
WALL, FLOOR, FLOOR_LINE = (0.56, 0.52, 0.47), (0.42, 0.28, 0.17), (0.3, 0.19, 0.11)
POLE, CHAIR, POT, FERN, PLINTH = (0.3, 0.24, 0.18), (0.2, 0.12, 0.08), (0.66, 0.36, 0.24), (0.24, 0.5, 0.22), \
    (0.78, 0.75, 0.68)
TRIPOD, BOX, BRASS, LEATHER, PLEAT = (0.62, 0.46, 0.28), (0.45, 0.2, 0.12), (0.85, 0.68, 0.3), (0.12, 0.1, 0.1), \
    (0.3, 0.27, 0.26)
GLASS, STAND, BURST = (0.55, 0.7, 0.85), (0.18, 0.18, 0.2), (1.0, 0.98, 0.86)
FLOOR_Y = 54.0
CLOTH_L, CLOTH_R, CLOTH_T = 30.0, 64.0, 5.0
BOX_L, BOX_R, BOX_H = 3.5, 17.0, 13.0
CAM_X = 11.0  # the tripod's head under the box
FLASH_X, PAN_Y = 25.0, 9.0
ROWS = (4, 60)  # the rows the camera and tripod can reach


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, 0.25 * R.coverage(np.abs((y % 9.0) - 4.5) - 4.0), (0.5, 0.46, 0.41))  # faint dado lines
    R.over(img, R.below(FLOOR_Y, 1), FLOOR)
    R.over(img, R.coverage(np.maximum(np.abs(((x + 0.4 * y) % 8.0) - 4.0) - 0.45, FLOOR_Y + 0.5 - y)), FLOOR_LINE)
    cloth = R.edges_sdf(x, y, CLOTH_L, CLOTH_R + 2.0, CLOTH_T, FLOOR_Y + 2.0)
    R.over(img, R.coverage(R.edges_sdf(x, y, CLOTH_L - 1.5, CLOTH_R, CLOTH_T - 2.5, CLOTH_T - 0.5)), POLE)
    # the cloth's painted clouds: a soft brightness field, 1 where plain
    mottle = 1.0 + 0.16 * np.sin(0.45 * x + 0.9 * np.sin(0.3 * y)) * np.sin(0.38 * y + 0.5) \
        + 0.08 * np.sin(0.9 * x - 0.7 * y)
    # the flash stand and its pan, behind the camera
    stand = np.maximum(np.abs(x - FLASH_X) - 0.6, np.maximum(PAN_Y - y, y - FLOOR_Y - 1.0))
    pan = np.maximum(R.ellipse_sdf(x - FLASH_X, y - PAN_Y, 4.5, 2.0), PAN_Y - y)
    R.over(img, R.coverage(np.minimum(stand, pan)), STAND)
    shade = 1.0 - 0.25 * np.clip((y - 40.0) / 16.0, 0.0, 1.0)  # darker towards the floor
    return img[0], R.coverage(cloth)[0], (mottle * shade).astype(np.float32)


SCENE, CLOTH, MOTTLE = _scene()


def _front():
    """The chair, the plinth and the fern in its pot, which stand in front of the backdrop: their
    coverages and colours, drawn over it in order."""
    x, y = R.grid()
    chair = np.minimum(R.edges_sdf(x, y, 39.0, 53.0, 40.0, 42.5), R.edges_sdf(x, y, 50.0, 52.5, 24.0, 42.0))
    back = np.abs(R.ellipse_sdf(x - 51.0, y - 29.0, 3.5, 6.0)) - 0.9
    legs = np.min([R.segment_sdf(x, y, lx, 42.0, fx, FLOOR_Y + 1.0) - 0.9
                   for lx, fx in ((40.5, 39.0), (51.5, 53.0), (45.5, 46.0))], 0)
    chair = np.minimum(np.minimum(chair, np.maximum(back, 40.0 - y)), legs)
    plinth = R.edges_sdf(x, y, 56.0, 64.0, 44.0, FLOOR_Y + 1.0)
    pot = np.maximum(R.edges_sdf(x, y, 57.0, 63.0, 37.0, 44.0), (np.abs(x - 60.0) - 3.0) - 0.3 * (y - 37.0) + 0.5)
    fronds = np.min([R.ellipse_sdf((x - 60.0) * np.cos(a) - (y - 32.0) * np.sin(a),
                                   (x - 60.0) * np.sin(a) + (y - 32.0) * np.cos(a), 7.0, 1.8)
                     for a in (-0.7, 0.0, 0.7, 1.4, -1.4)], 0)
    return [(R.coverage(chair)[0], CHAIR), (R.coverage(plinth)[0], PLINTH), (R.coverage(fronds)[0], FERN),
            (R.coverage(pot)[0], POT)]


FRONT = _front()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    # the backdrop: its painted colour, mottled with clouds
    paint = R.hsv(f[:, 2], 0.55, 0.72)[:, :, None, None]
    R.over(img, np.broadcast_to(CLOTH, (n, R.SIZE, R.SIZE)), np.clip(paint * MOTTLE, 0.0, 1.0))
    for cover, colour in FRONT:
        R.over(img, np.broadcast_to(cover, (n, R.SIZE, R.SIZE)), colour)
    # the camera and tripod, drawn only in the rows they can reach
    r0, r1 = ROWS
    part, yy = img[:, :, r0:r1], y[:, r0:r1]
    head = R.col(40.0 - 18.0 * f[:, 0])
    legs = np.min([R.segment_sdf(x, yy, CAM_X, head, fx, FLOOR_Y + 1.5) for fx in (2.5, CAM_X + 1.0, 20.0)], 0)
    R.over(part, R.coverage(legs - 0.9), TRIPOD)
    R.over(part, R.coverage(R.edges_sdf(x, yy, CAM_X - 3.5, CAM_X + 3.5, head - 1.5, head + 1.5)), STAND)
    top, bottom = head - 1.5 - BOX_H, head - 1.5
    mid = (top + bottom) / 2
    front = R.col(BOX_R + 3.0 + 21.0 * f[:, 1])
    # the bellows: tapering from the box's height to the lens board's, with pleats
    t = np.clip((x - BOX_R) / (front - BOX_R), 0.0, 1.0)
    half = BOX_H / 2 - 1.0 - 1.8 * t
    bellows = np.maximum(np.abs(yy - mid) - half, np.maximum(BOX_R - 0.5 - x, x - front))
    R.over(part, R.coverage(bellows), LEATHER)
    pitch = (front - BOX_R) / np.maximum(np.round((front - BOX_R) / 2.2), 1.0)
    pleats = np.abs(((x - BOX_R) % pitch) - pitch / 2) - 0.4
    R.over(part, 0.8 * R.coverage(np.maximum(pleats, bellows + 0.8)), PLEAT)
    R.over(part, R.coverage(R.edges_sdf(x, yy, front, front + 2.0, mid - 5.0, mid + 5.0)), BOX)
    lens = R.edges_sdf(x, yy, front + 2.0, front + 5.5, mid - 2.8, mid + 2.8)
    R.over(part, R.coverage(lens), BRASS)
    R.over(part, R.coverage(R.edges_sdf(x, yy, front + 4.5, front + 5.7, mid - 1.8, mid + 1.8)), GLASS)
    box = R.edges_sdf(x, yy, BOX_L, BOX_R, top, bottom)
    R.over(part, R.coverage(box), BOX)
    R.over(part, R.coverage(np.abs(box + 0.7) - 0.55), BRASS)
    # the flash: a burst above the pan, and its light over the whole studio
    light = R.col(f[:, 3])
    burst = np.exp(-((x - FLASH_X) ** 2 + (y - PAN_Y + 1.0) ** 2) / (2.0 * (1.0 + 5.0 * light) ** 2))
    lit = 0.45 * light * np.exp(-((x - FLASH_X) ** 2 + (y - PAN_Y) ** 2) / 1800.0)
    img += (1.0 - img) * lit[:, None]
    R.over(img, np.clip(1.6 * light ** 0.5 * burst, 0.0, 1.0), BURST)
    return R.to_uint8(img)


def render(camera_height: float, bellows: float, backdrop_hue: float, flash: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[camera_height, bellows, backdrop_hue, flash]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("photographer", arg, n, seed, FACTORS, sample_factors, _draw)
