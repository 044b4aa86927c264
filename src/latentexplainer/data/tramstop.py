"""`tramstop`: a tram pulling in at a city tram stop, people waiting in the glass shelter on
the pavement, seen from the side (64x64 RGB).

Along the back of the image runs a row of muted town houses with dark windows under the sky,
an overhead wire crossing in front of them. In front of the houses is the grey street with the
tram's two rails, and along the bottom of the image the pale pavement with a kerb. A tram comes
in from the right along the rails, facing left: a long box with a rounded nose, painted one
colour with a darker skirt, a pale grey roof, a band of pale windows with dark frames, a round
yellow headlamp on its nose, dark wheels and a diamond-shaped pantograph reaching up from its
roof to the wire; the rest of the tram runs on past the right edge of the image. On the
pavement at the left stands the stop's shelter: a dark green roof on two posts with a faint
bluish glass back wall, and beside it a post with a round stop sign. People wait in the
shelter, standing side by side facing us - each in a coat of their own colour (red, yellow,
then teal), with dark legs and a round head - filling the places from the left. When it rains,
the sky and the whole scene turn greyer and darker and pale streaks of rain fall across the
image. Factors: how far the tram has pulled in (its nose from the middle of the image to the
left), the hue of the tram's paint (a cyclic factor with a whole-turn period), how many people
wait at the stop (none to 3) and how hard it is raining (dry to a downpour). The houses, the
street, the shelter, the sign and the tram's size and shape stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("tram_x", "how far the tram has pulled into the stop (arriving to in)", "continuous"),
    Factor("tram_hue", "hue of the tram's paint", "cyclic", period=1.0),
    Factor("waiting", "how many people wait at the stop (none to 3)", "categorical", ("0", "1", "2", "3")),
    Factor("rain", "how hard it is raining (dry to a downpour)", "continuous"),
)
# tram_x: 0..1 puts the tram's nose at x = 46..12 px (0: just arriving, 1: pulled in to the
# left); tram_hue: 0..1 of the colour wheel, one whole turn (0 and 1 are the same red); waiting:
# code 0..3 is 0..3 people, standing at x = 7.5, 16.5 and 25.5 px in that order; rain: 0..1 darkens the
# scene by up to a quarter, greys the sky and lays streaks of rain up to 0.6 opaque over it
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 3.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM, GREY_SKY = np.array((0.4, 0.62, 0.9)), np.array((0.74, 0.85, 0.96)), np.array((0.5, 0.52, 0.55))
HOUSES = ((0.0, 12.0, 14.0, (0.62, 0.5, 0.44)), (12.0, 26.0, 8.0, (0.56, 0.56, 0.6)),
          (26.0, 40.0, 12.0, (0.66, 0.6, 0.5)), (40.0, 53.0, 6.0, (0.52, 0.46, 0.5)),
          (53.0, 64.0, 10.0, (0.6, 0.56, 0.46)))  # left, right, top, colour
HOUSE_WINDOW, WIRE = (0.28, 0.3, 0.36), (0.12, 0.12, 0.12)
STREET, RAIL, KERB, PAVEMENT = (0.36, 0.36, 0.38), (0.7, 0.7, 0.72), (0.5, 0.5, 0.5), (0.68, 0.66, 0.62)
SHELTER, GLASS, SIGN, SIGN_RING = (0.16, 0.34, 0.28), (0.72, 0.86, 0.95), (0.98, 0.84, 0.16), (0.1, 0.45, 0.25)
ROOF, WINDOWS, FRAMES, LAMP, WHEEL = (0.8, 0.8, 0.8), (0.76, 0.86, 0.9), (0.15, 0.15, 0.18), (1.0, 0.92, 0.5), \
    (0.1, 0.1, 0.1)
COATS = ((0.84, 0.18, 0.16), (0.96, 0.76, 0.12), (0.08, 0.55, 0.56))
LEGS, SKIN, HAIR, RAIN = (0.14, 0.14, 0.2), (0.9, 0.72, 0.58), (0.22, 0.15, 0.1), (0.86, 0.9, 0.95)
HOUSE_Y, STREET_Y, KERB_Y, WIRE_Y, FEET_Y = 36.0, 36.0, 51.0, 9.0, 61.0
TRAM_TOP, TRAM_BOTTOM, SKIRT_Y, NOSE_R = 17.0, 46.0, 40.0, 5.0
PEOPLE_X = (7.5, 16.5, 25.5)
SHELTER_L, SHELTER_R, SHELTER_TOP = 2.0, 31.0, 24.0


def _background() -> tuple[np.ndarray, np.ndarray]:
    """The sky, the houses, the wire and the street; and where the sky shows, (H, W)."""
    x, y = R.grid()
    img = np.empty((1, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, HOUSE_Y)
    sky = np.ones((R.SIZE, R.SIZE), np.float32)
    for left, right, top, colour in HOUSES:
        house = R.edges_sdf(x, y, left, right, top, HOUSE_Y + 1.0)
        sky *= 1.0 - R.coverage(house)[0]
        R.over(img, R.coverage(house), colour)
        panes = np.maximum(np.abs(((x - left) % 5.0) - 2.5) - 1.0, np.abs(((y - top) % 7.0) - 3.5) - 1.5)
        R.over(img, R.coverage(np.maximum(panes, house + 2.0)), HOUSE_WINDOW)
    R.over(img, R.below(STREET_Y, 1), STREET)
    R.over(img, R.coverage(np.abs(y - WIRE_Y) - 0.4) * np.ones_like(x), WIRE)
    sky *= 1.0 - R.coverage(np.abs(y - WIRE_Y) - 0.4)[0]
    return img[0], sky


def _front() -> np.ndarray:
    """The rails, the pavement, the shelter and the sign: (4, H, W), colour weighted by coverage."""
    x, y = R.grid()
    img = np.zeros((1, 4, R.SIZE, R.SIZE), np.float32)
    rails = np.minimum(np.abs(y - 47.5), np.abs(y - 49.5)) - 0.45
    R.over(img, R.coverage(rails) * np.ones_like(x), (*RAIL, 1.0))
    R.over(img, R.below(KERB_Y, 1), (*KERB, 1.0))
    R.over(img, R.below(KERB_Y + 1.5, 1), (*PAVEMENT, 1.0))
    glass = R.edges_sdf(x, y, SHELTER_L + 1.0, SHELTER_R - 1.0, SHELTER_TOP + 2.0, FEET_Y - 4.0)
    R.over(img, 0.3 * R.coverage(glass), (*GLASS, 1.0))
    posts = np.minimum(R.edges_sdf(x, y, SHELTER_L, SHELTER_L + 1.5, SHELTER_TOP, FEET_Y),
                       R.edges_sdf(x, y, SHELTER_R - 1.5, SHELTER_R, SHELTER_TOP, FEET_Y))
    roof = R.edges_sdf(x, y, SHELTER_L - 1.0, SHELTER_R + 1.0, SHELTER_TOP, SHELTER_TOP + 3.0)
    R.over(img, R.coverage(np.minimum(posts, roof)), (*SHELTER, 1.0))
    R.over(img, R.coverage(R.edges_sdf(x, y, 36.0, 37.2, 30.0, FEET_Y)), (*FRAMES, 1.0))
    sign = np.hypot(x - 36.6, y - 29.0)
    R.over(img, R.coverage(sign - 4.0), (*SIGN_RING, 1.0))
    R.over(img, R.coverage(sign - 2.8), (*SIGN, 1.0))
    return img[0]


(BACKGROUND, SKY), FRONT = _background(), _front()


def _streaks() -> np.ndarray:
    """Where the rain's streaks fall: slanted dashes, a few px long, in staggered columns."""
    x, y = R.grid()
    u = x + 0.25 * y
    column = np.floor(u / 4.0)
    across = np.abs((u % 4.0) - 2.0) - 0.45
    along = np.abs(((y + 5.3 * column * 1.618) % 9.0) - 4.5) - 2.5
    return R.coverage(np.maximum(across, along))[0]


STREAKS = _streaks()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    rain = R.col(f[:, 3])
    R.over(img, 0.8 * rain * SKY, GREY_SKY)  # the rain greys the sky
    # the tram, nose at the left, running on past the right edge
    nose = R.col(46.0 - 34.0 * f[:, 0])
    cy, hh = (TRAM_TOP + TRAM_BOTTOM) / 2, (TRAM_BOTTOM - TRAM_TOP) / 2
    body = R.box_sdf(x - nose - 40.0, y - cy, 40.0 - NOSE_R, hh - NOSE_R) - NOSE_R
    pantograph = np.minimum(R.segment_sdf(x, y, nose + 10.0, TRAM_TOP, nose + 14.0, WIRE_Y + 0.5),
                            R.segment_sdf(x, y, nose + 18.0, TRAM_TOP, nose + 14.0, WIRE_Y + 0.5)) - 0.5
    R.over(img, R.coverage(pantograph), FRAMES)
    paint = R.hsv(f[:, 1], 0.72, 0.85)
    R.over(img, R.coverage(body), paint)
    R.over(img, R.coverage(np.maximum(body, SKIRT_Y - y)), paint * 0.6)
    R.over(img, R.coverage(np.maximum(body, y - TRAM_TOP - 2.0)), ROOF)
    R.over(img, R.coverage(np.maximum(np.abs(y - 26.0) - 5.0, body + 1.5)), FRAMES)
    panes = np.maximum(np.abs(((x - nose - 2.0) % 8.0) - 4.0) - 3.0, np.abs(y - 26.0) - 4.0)
    R.over(img, R.coverage(np.maximum(panes, body + 1.5)), WINDOWS)
    R.over(img, R.coverage(np.hypot(x - nose - 2.2, y - 37.0) - 1.5), LAMP)
    wheels = np.full((n, R.SIZE, R.SIZE), np.inf, np.float32)
    for wx in (8.0, 15.0, 47.0, 54.0):
        np.minimum(wheels, np.hypot(x - nose - wx, y - 46.5) - 2.6, out=wheels)
    R.over(img, R.coverage(wheels), WHEEL)
    # the rails, the pavement, the shelter and the sign, in front of the tram
    img *= 1.0 - FRONT[3]
    img += FRONT[:3]
    # the people waiting, filling the places from the left
    count = R.col(f[:, 2])
    for i, (px, coat) in enumerate(zip(PEOPLE_X, COATS)):
        on = (count > i).astype(np.float32)
        legs = np.minimum(R.segment_sdf(x, y, px - 1.5, 49.0, px - 1.5, FEET_Y - 0.5),
                          R.segment_sdf(x, y, px + 1.5, 49.0, px + 1.5, FEET_Y - 0.5)) - 1.2
        R.over(img, on * R.coverage(legs), LEGS)
        body = R.box_sdf(x - px, y - 43.5, 2.0, 6.0) - 2.0
        R.over(img, on * R.coverage(body), coat)
        head = np.hypot(x - px, y - 32.4)
        R.over(img, on * R.coverage(head - 3.0), SKIN)
        R.over(img, on * R.coverage(np.maximum(head - 3.1, y - 31.6)), HAIR)
    # the rain: a greyer, darker scene and streaks over it
    img *= 1.0 - 0.25 * rain[:, None]
    R.over(img, 0.6 * rain * STREAKS, RAIN)
    return R.to_uint8(img)


def render(tram_x: float, tram_hue: float, waiting: float, rain: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[tram_x, tram_hue, waiting, rain]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("tramstop", arg, n, seed, FACTORS, sample_factors, _draw)
