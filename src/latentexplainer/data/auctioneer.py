"""`auctioneer`: an auction room, the auctioneer at his rostrum with a gavel and a painting for sale
on an easel, the heads of the bidders in the front row, seen from the front (64x64 RGB).

The room's wall is painted one colour above a dark wooden wainscot, with a darker picture rail near
the top. On the left stands a wooden rostrum; behind it the auctioneer in a dark suit and white
collar, his grey hair combed back, one hand resting on the rostrum and the other holding up a
wooden gavel. On the right a wooden easel holds a painting in a gilt frame on its ledge. In the
front of the image the backs of four bidders' heads (dark, grey, black and auburn hair) rise from
the bottom edge, one of them holding up a white paddle. Factors: what the painting shows (a
landscape of green hills under a sky with the sun, a portrait of a woman, or a still life of fruit
in a bowl), how high the auctioneer raises his gavel (from resting on the rostrum to raised high),
the size of the painting (small to large; it stands on the easel's ledge) and the hue of the room's
wall (the whole colour wheel, coming round to where it began). The wainscot, the rostrum, the
auctioneer, the easel and the bidders stay fixed; the painting always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("subject", "what the painting shows (landscape, portrait or still life)", "categorical",
           ("landscape", "portrait", "still life")),
    Factor("gavel_raise", "how high the auctioneer raises his gavel (resting to raised high)", "continuous"),
    Factor("painting_size", "size of the painting on the easel (small to large)", "continuous"),
    Factor("wall_hue", "hue of the auction room's wall", "cyclic", period=1.0),
)
# subject: a code 0..2, in the order of the categories; gavel_raise: -0.6..1.5 radians of the
# auctioneer's forearm (9 px from his shoulder at (18.5, 26) px to his hand) above the level,
# the gavel's handle 5.5 px on from the hand; painting_size: 0..1 is a frame 14..24 px wide and
# 1.2 times as tall, its foot on the ledge at y = 44 px and its middle at x = 46 px; wall_hue: 0..1
# of the colour wheel, a whole turn (0 and 1 are the same red), at a saturation of 0.42
RANGES = ((0.0, 2.0), (-0.6, 1.5), (0.0, 1.0), (0.0, 1.0))
WAINSCOT, PANEL, WOOD, WOOD_DARK = (0.34, 0.21, 0.12), (0.27, 0.16, 0.09), (0.52, 0.33, 0.18), (0.4, 0.24, 0.12)
SUIT, COLLAR, SKIN, HAIR, EASEL = (0.14, 0.14, 0.18), (0.96, 0.96, 0.95), (0.92, 0.74, 0.6), (0.7, 0.7, 0.72), \
    (0.7, 0.54, 0.32)
GAVEL, GILT, PADDLE = (0.3, 0.17, 0.08), (0.86, 0.68, 0.26), (0.97, 0.97, 0.95)
HEADS = ((8.0, 62.0, 6.0, (0.28, 0.18, 0.1)), (24.0, 63.5, 6.5, (0.6, 0.6, 0.62)),
         (40.0, 62.0, 6.0, (0.1, 0.09, 0.09)), (56.0, 63.0, 6.5, (0.6, 0.28, 0.12)))
RAIL_Y, WAINSCOT_Y, LEDGE_Y, EASEL_X = 8.0, 40.0, 44.0, 46.0
SHOULDER, FOREARM, HANDLE = (18.5, 26.0), 9.0, 5.5
ROWS, COLS = (12, 46), (32, 61)  # the rows and columns the painting can reach


class _Layer:
    """A fixed layer drawn once: its colour premultiplied by its coverage, and the coverage."""

    def __init__(self):
        self.colour = np.zeros((1, 3, R.SIZE, R.SIZE), np.float32)
        self.alpha = np.zeros((1, R.SIZE, R.SIZE), np.float32)

    def over(self, cover, colour):
        R.over(self.colour, cover, colour)
        self.alpha += cover * (1.0 - self.alpha)


def _scene():
    """The wall's picture rail, and the fixed scene in front of the wall."""
    x, y = R.grid()
    rail = R.coverage(np.abs(y - RAIL_Y) - 0.9)[0]
    scene = _Layer()
    scene.over(R.below(WAINSCOT_Y, 1), WAINSCOT)
    panels = np.maximum(np.abs(((x - 2.0) % 12.0) - 6.0) - 4.5, np.abs(y - 52.0) - 8.0)
    scene.over(R.coverage(np.abs(panels) - 0.5) * R.coverage(WAINSCOT_Y + 1.0 - y), PANEL)
    # the easel: three legs and a ledge
    legs = np.minimum(R.segment_sdf(x, y, EASEL_X, 14.0, EASEL_X - 9.0, 63.0),
                      R.segment_sdf(x, y, EASEL_X, 14.0, EASEL_X + 9.0, 63.0))
    legs = np.minimum(legs, R.segment_sdf(x, y, EASEL_X, 13.0, EASEL_X, 63.0)) - 0.9
    legs = np.minimum(legs, R.edges_sdf(x, y, EASEL_X - 11.0, EASEL_X + 11.0, LEDGE_Y, LEDGE_Y + 2.0))
    scene.over(R.coverage(legs), EASEL)
    # the auctioneer behind his rostrum: body, collar and tie, head and hair, the hand on the rostrum
    scene.over(R.coverage(R.box_sdf(x - 13.0, y - 31.0, 4.5, 7.0) - 2.0), SUIT)
    collar = np.maximum(np.abs(x - 13.0) - (27.5 - y) * 0.8, np.maximum(22.5 - y, y - 28.0))
    scene.over(R.coverage(collar), COLLAR)
    scene.over(R.coverage(np.maximum(np.abs(x - 13.0) - 0.6, np.maximum(23.5 - y, y - 28.5))), (0.55, 0.1, 0.12))
    scene.over(R.coverage(np.hypot(x - 13.0, y - 18.0) - 4.2), SKIN)
    scene.over(R.coverage(np.maximum(np.hypot(x - 13.0, y - 17.6) - 4.6, y - 16.0)), HAIR)
    scene.over(R.coverage(R.segment_sdf(x, y, 8.0, 27.0, 6.0, 34.5) - 1.8), SUIT)
    rostrum = np.minimum(R.edges_sdf(x, y, 3.0, 27.0, 36.5, 60.0), R.edges_sdf(x, y, 1.5, 29.0, 34.5, 37.0))
    scene.over(R.coverage(rostrum), WOOD)
    scene.over(R.coverage(np.abs(R.edges_sdf(x, y, 6.5, 23.5, 40.0, 55.0)) - 0.6), WOOD_DARK)
    scene.over(R.coverage(np.hypot(x - 6.0, y - 34.5) - 1.6), SKIN)
    # the bidders in front, drawn last over everything
    bidders = _Layer()
    paddle = np.minimum(R.box_sdf(x - 31.0, y - 49.0, 2.6, 3.0) - 0.6, R.edges_sdf(x, y, 30.4, 31.6, 52.0, 58.0))
    bidders.over(R.coverage(paddle), PADDLE)
    for hx, hy, r, c in HEADS:
        bidders.over(R.coverage(R.ellipse_sdf(x - hx, y - hy, r, r * 1.1)), c)
    return (1.0 - 0.25 * rail) * (1.0 - scene.alpha[0]), scene.colour[0], bidders


WALL, SCENE, BIDDERS = _scene()


def _painting(part, x, y, code, w, cy, hh):
    """The painting's picture for each subject, drawn on ``part`` where ``code`` says."""
    sx, sy = w - 1.8, hh - 1.8
    inner = R.coverage(R.box_sdf(x - EASEL_X, y - cy, sx, sy))
    u, v = (x - EASEL_X) / sx, (y - cy) / sy
    land, face, fruit = ((code == k).astype(np.float32) * inner for k in range(3))

    def blob(mask, u0, v0, ru, rv, colour):
        d = R.ellipse_sdf(x - EASEL_X - u0 * sx, y - cy - v0 * sy, ru * sx, rv * sy)
        R.over(part, mask * R.coverage(d), colour)

    # a landscape: sky paling to the horizon, the sun, green hills
    R.over(part, land, np.stack([0.5 + 0.2 * v, 0.68 + 0.12 * v, 0.92 + 0.0 * v], 1))
    blob(land, 0.45, -0.55, 0.2, 0.17, (1.0, 0.88, 0.4))
    R.over(part, land * R.coverage((0.05 + 0.15 * np.sin(3.0 * u + 1.0) - v) * sy), (0.3, 0.55, 0.26))
    R.over(part, land * R.coverage((0.45 + 0.12 * np.sin(4.0 * u - 0.5) - v) * sy), (0.2, 0.42, 0.18))
    # a portrait: a dark ground, shoulders in a red dress, hair, the face
    R.over(part, face, (0.26, 0.23, 0.14))
    blob(face, 0.0, 1.05, 0.85, 0.6, (0.58, 0.12, 0.14))
    blob(face, 0.0, -0.25, 0.5, 0.5, (0.32, 0.18, 0.09))
    blob(face, 0.0, -0.12, 0.34, 0.4, (0.94, 0.78, 0.64))
    # a still life: a dark ground, a table, a white bowl of red, orange and green fruit
    R.over(part, fruit, (0.13, 0.11, 0.16))
    R.over(part, fruit * R.coverage((0.5 - v) * sy), (0.55, 0.33, 0.16))
    blob(fruit, -0.32, 0.22, 0.28, 0.22, (0.86, 0.12, 0.1))
    blob(fruit, 0.3, 0.2, 0.28, 0.22, (0.5, 0.75, 0.2))
    blob(fruit, 0.0, 0.08, 0.3, 0.24, (0.98, 0.56, 0.08))
    bowl = np.maximum(R.ellipse_sdf(x - EASEL_X, y - cy - 0.35 * sy, 0.7 * sx, 0.4 * sy), cy + 0.35 * sy - y)
    R.over(part, fruit * R.coverage(bowl), (0.88, 0.9, 0.95))


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    wall = R.hsv(f[:, 3], np.full(n, 0.42), np.full(n, 0.6))[:, :, None, None]
    img = np.ascontiguousarray(wall * WALL + SCENE, np.float32)
    # the painting in its gilt frame, standing on the ledge
    (r0, r1), (c0, c1) = ROWS, COLS
    part, px, py = img[:, :, r0:r1, c0:c1], x[:, :, c0:c1], y[:, r0:r1]
    w = R.col(7.0 + 5.0 * f[:, 2])
    hh = 1.2 * w
    cy = LEDGE_Y - hh
    R.over(part, R.coverage(R.box_sdf(px - EASEL_X, py - cy, w, hh)), GILT)
    _painting(part, px, py, R.col(f[:, 0]), w, cy, hh)
    # the gavel arm: sleeve, hand, handle and the gavel's head across the handle's end
    a = R.col(f[:, 1])
    ux, uy = np.cos(a), -np.sin(a)
    sx, sy = SHOULDER
    hx, hy = sx + FOREARM * ux, sy + FOREARM * uy
    ex, ey = hx + HANDLE * ux, hy + HANDLE * uy
    R.over(img, R.coverage(R.segment_sdf(x, y, sx, sy, hx, hy) - 2.1), SUIT)
    R.over(img, R.coverage(R.segment_sdf(x, y, hx, hy, ex, ey) - 0.8), GAVEL)
    along, across = (x - ex) * ux + (y - ey) * uy, -(x - ex) * uy + (y - ey) * ux
    R.over(img, R.coverage(R.box_sdf(along, across, 1.7, 3.8) - 0.4), GAVEL)
    R.over(img, R.coverage(np.hypot(x - hx, y - hy) - 1.6), SKIN)
    # the bidders in front
    img *= 1.0 - BIDDERS.alpha[:, None]
    img += BIDDERS.colour
    return R.to_uint8(img)


def render(subject: float, gavel_raise: float, painting_size: float, wall_hue: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[subject, gavel_raise, painting_size, wall_hue]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("auctioneer", arg, n, seed, FACTORS, sample_factors, _draw)
