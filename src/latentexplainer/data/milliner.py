"""`milliner`: a milliner's shop, a new hat on a wooden hat stand on the counter beside a
striped hatbox, an oval mirror on the wall, seen from the front (64x64 RGB).

The shop's wall is sage green with fine paler stripes; an oval mirror in a dark wooden frame
hangs on the left, and a polished wooden counter runs along the bottom of the image. In the
middle a turned wooden stand rises from the counter to a plain, faceless head block, and on it
sits the hat being trimmed: of charcoal felt (a boater is of pale straw), with a wide ribbon
band round the foot of its crown, tied in a bow at the left, and a white ostrich plume tucked
into the band at the right. At the right of the counter stands a round hatbox, cream with
upright stripes of the same colour as the ribbon and a darker lid. Factors: which hat it is (a
bowler, a top hat or a straw boater), how wide its brim is (narrow to wide), the hue of the
ribbon - the hat's band and bow and the hatbox's stripes alike (the whole colour wheel, coming
round to where it began) - and how far the plume is raised (from lying back along the brim to
standing nearly upright). The wall, the mirror, the counter, the stand and the hatbox's size
stay fixed; the whole hat always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("hat_style", "which hat is on the stand (bowler, top hat or straw boater)", "categorical",
           ("bowler", "top hat", "boater")),
    Factor("brim_width", "how wide the hat's brim is (narrow to wide)", "continuous"),
    Factor("ribbon_hue", "hue of the ribbon on the hat and the hatbox's stripes", "cyclic", period=1.0),
    Factor("plume_raise", "how far the plume is raised (lying back to nearly upright)", "continuous"),
)
# hat_style: a code 0..2 for a bowler (a dome 8 px high), a top hat (a tall crown 16 px high) or a
# boater (a flat straw crown 7 px high); brim_width: 0..1 is a brim 9..18 px in half-width (its
# half-height 0.3 times that), centred at x = 30 px, y = 31 px; ribbon_hue: 0..1 of the colour
# wheel, a whole turn (0 and 1 are the same red); plume_raise: 0..1 turns the plume (17 px long)
# from 0.25 to 1.35 radians above the horizontal, pointing up and to the right
RANGES = ((0.0, 2.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
WALL, WALL_LINE = (0.5, 0.6, 0.54), (0.58, 0.67, 0.6)
MIRROR, MIRROR_LIGHT, FRAME = (0.74, 0.8, 0.84), (0.9, 0.94, 0.96), (0.3, 0.19, 0.11)
COUNTER, COUNTER_EDGE, STAND = (0.48, 0.3, 0.17), (0.62, 0.42, 0.25), (0.58, 0.4, 0.23)
BLOCK, BLOCK_SHADE = (0.86, 0.78, 0.64), (0.72, 0.63, 0.5)
FELT, FELT_LIGHT, STRAW, STRAW_DARK = (0.16, 0.16, 0.18), (0.28, 0.28, 0.31), (0.9, 0.8, 0.52), (0.74, 0.62, 0.34)
PLUME, PLUME_SHADE, BOX, LID = (0.98, 0.97, 0.94), (0.82, 0.82, 0.8), (0.95, 0.92, 0.84), (0.36, 0.3, 0.34)
COUNTER_Y, HAT_X, BRIM_Y = 50.0, 30.0, 31.0
BOX_L, BOX_R, BOX_T = 49.0, 62.0, 37.0
CROWNS = ((8.0, 8.0), (7.0, 16.0), (8.5, 7.0))  # per style: the crown's half-width and height


def _scene():
    x, y = R.grid()
    img = R.canvas(1, WALL)
    R.over(img, R.coverage(np.abs((x % 6.0) - 3.0) - 0.5), WALL_LINE)
    # the oval mirror on the left, in its frame, with a pale gleam
    R.over(img, R.coverage(R.ellipse_sdf(x - 8.0, y - 22.0, 7.0, 11.0)), FRAME)
    glass = R.ellipse_sdf(x - 8.0, y - 22.0, 5.5, 9.5)
    R.over(img, R.coverage(glass), MIRROR)
    R.over(img, 0.8 * R.coverage(np.maximum(glass, np.abs(x + y - 25.0) - 1.2)), MIRROR_LIGHT)
    # the counter with its lit front edge
    R.over(img, R.below(COUNTER_Y, 1), COUNTER)
    R.over(img, R.coverage(np.abs(y - COUNTER_Y - 1.0) - 1.0), COUNTER_EDGE)
    # the stand: a foot on the counter, a turned stem and the head block
    R.over(img, R.coverage(R.ellipse_sdf(x - HAT_X, y - (COUNTER_Y + 0.5), 7.0, 1.6)), STAND)
    stem = np.abs(x - HAT_X) - (1.3 + 0.6 * np.abs(np.sin((y - 40.0) * 0.8)))
    R.over(img, R.coverage(np.maximum(stem, np.abs(y - 45.0) - 5.5)), STAND)
    head = R.ellipse_sdf(x - HAT_X, y - 34.0, 6.5, 7.5)
    R.over(img, R.coverage(head), BLOCK)
    R.over(img, R.coverage(np.maximum(head, HAT_X + 1.5 - x)), BLOCK_SHADE)
    # the hatbox: a cylinder seen from the front, its lid darker
    R.over(img, R.coverage(R.ellipse_sdf(x - (BOX_L + BOX_R) / 2, y - (COUNTER_Y - 0.5), 6.5, 1.4)), BOX)
    R.over(img, R.coverage(R.edges_sdf(x, y, BOX_L, BOX_R, BOX_T, COUNTER_Y - 0.5)), BOX)
    return img[0]


SCENE = _scene()


def _box_stripes():
    x, y = R.grid()
    stripes = np.maximum(np.abs((x - BOX_L) % 3.2 - 1.6) - 0.75,
                          R.edges_sdf(x, y, BOX_L, BOX_R, BOX_T + 2.5, COUNTER_Y - 1.0))
    return R.coverage(stripes)


BOX_STRIPES = _box_stripes()


def _lid():
    x, y = R.grid()
    return R.coverage(np.minimum(R.edges_sdf(x, y, BOX_L - 0.8, BOX_R + 0.8, BOX_T - 1.5, BOX_T + 2.5),
                                 R.ellipse_sdf(x - (BOX_L + BOX_R) / 2, y - (BOX_T - 1.5), 7.3, 1.4)))


LID_COVER = _lid()


def _crowns():
    """Per style: the crown's signed distance (the brim line at y = BRIM_Y)."""
    x, y = R.grid()
    u = x - HAT_X
    bowler = np.maximum(R.ellipse_sdf(u, y - BRIM_Y, 8.0, 9.0), y - BRIM_Y)
    flare = 7.0 + 0.05 * (BRIM_Y - y)  # a top hat, a little wider at the top
    top = np.maximum(np.abs(u) - flare, np.abs(y - (BRIM_Y - 8.0)) - 8.0)
    boater = R.edges_sdf(x, y, HAT_X - 8.5, HAT_X + 8.5, BRIM_Y - 7.0, BRIM_Y)
    return np.stack([bowler[0], top[0], boater[0]])


CROWN_SDF = _crowns()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    style = f[:, 0].astype(int)
    straw = (style == 2).astype(np.float32)[:, None]
    body = np.asarray(FELT) * (1.0 - straw) + np.asarray(STRAW) * straw
    light = np.asarray(FELT_LIGHT) * (1.0 - straw) + np.asarray(STRAW_DARK) * straw
    ribbon = R.hsv(f[:, 2], 0.8, 0.85)
    # the hatbox's stripes and lid
    R.over(img, BOX_STRIPES, ribbon)
    R.over(img, LID_COVER, LID)
    # the brim: an ellipse seen a little from above, its front rim lit
    rx = R.col(9.0 + 9.0 * f[:, 1])
    brim = R.ellipse_sdf(x - HAT_X, y - BRIM_Y, rx, 0.3 * rx)
    R.over(img, R.coverage(brim), body)
    R.over(img, R.coverage(np.maximum(np.abs(brim + 0.6) - 0.6, BRIM_Y - y)), light)
    # the crown, its band of ribbon and the bow
    crown = CROWN_SDF[style]
    R.over(img, R.coverage(crown), body)
    hw = np.asarray([c[0] for c in CROWNS], np.float32)[style][:, None, None]
    R.over(img, R.coverage(np.maximum(crown + 0.2, np.abs(x - HAT_X + 0.35 * hw) - 0.25 * hw)), light)
    band = np.maximum(crown, np.abs(y - (BRIM_Y - 2.2)) - 2.2)
    bow = np.minimum(R.ellipse_sdf(x - (HAT_X - hw - 0.5), y - (BRIM_Y - 4.0), 2.6, 2.0),
                     R.ellipse_sdf(x - (HAT_X - hw + 1.0), y - (BRIM_Y - 1.0), 1.6, 2.6))
    R.over(img, R.coverage(np.minimum(band, bow)), ribbon)
    # the plume: a tapering white feather from the band at the right, raised by an angle
    a = R.col(0.25 + 1.1 * f[:, 3])
    px, py = HAT_X + hw - 1.5, BRIM_Y - 2.5
    dx, dy = np.cos(a), -np.sin(a)
    d, h = R.segment_sdf(x, y, px, py, px + 17.0 * dx, py + 17.0 * dy, along=True)
    plume = d - (0.6 + 2.4 * np.sin(np.pi * np.clip(h, 0.0, 1.0) ** 0.8))
    R.over(img, R.coverage(plume), PLUME)
    side = (x - px) * dy - (y - py) * dx  # which side of the quill
    R.over(img, 0.7 * R.coverage(np.maximum(plume, -side)), PLUME_SHADE)
    return R.to_uint8(img)


def render(hat_style: float, brim_width: float, ribbon_hue: float, plume_raise: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[hat_style, brim_width, ribbon_hue, plume_raise]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("milliner", arg, n, seed, FACTORS, sample_factors, _draw)
