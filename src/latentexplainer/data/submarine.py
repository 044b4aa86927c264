"""`submarine`: a small submarine cruising under the sea above a sandy sea floor, seen from the
side (64x64 RGB).

The submarine heads to the right: a long rounded hull, darker along its underside and with a
pale highlight along its back, a conning tower on its back a little ahead of its middle, a fin
and a dark propeller at its stern, and three round portholes with dark rims along its side. A
pale yellow periscope rises out of the top of the tower, its head pointing forwards with a dark
lens. The portholes may be dark or lit from inside, glowing yellow with a soft halo round them.
Behind is the sea: a pale sky in a thin strip at the top above the wavy surface, then water
that darkens from a light blue under the surface to a deep blue lower down, with faint slanting
rays of light, over a strip of sand with a few rocks and sea weeds along the bottom. Factors:
how deep the submarine is (just under the surface to near the sea floor), how far the periscope
is raised (lowered to fully raised), how brightly the portholes glow (dark to glowing), the
hue of the hull (round the whole colour wheel) and the length of the hull (short to long). The
submarine's place across the image, the tower's size and the portholes' places stay fixed; the
whole submarine always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("depth", "how deep the submarine is (just under the surface to near the sea floor)", "continuous"),
    Factor("periscope", "how far the submarine's periscope is raised (lowered to fully raised)", "continuous"),
    Factor("porthole_glow", "how brightly the submarine's portholes glow (dark to glowing)", "continuous"),
    Factor("hull_hue", "hue of the submarine's hull (round the whole colour wheel)", "cyclic", period=1.0),
    Factor("hull_length", "length of the submarine's hull (short to long)", "continuous"),
)
# depth: 0..1 puts the hull's middle at y = 33..49 px (x = 32 px; the hull 6 px half-high);
# periscope: 0..1 is a tube 3.6 px wide standing 1..20 px above the tower's top (the tower 4 px
# high on the hull's top, 3..11 px right of the middle), with a head 9 x 4 px at its top; porthole_glow: 0..1
# mixes the dark portholes into glowing yellow ones and lays a halo of strength 0..0.6 round them;
# hull_hue: 0..1 is the whole colour wheel (1 is 0 again); hull_length: 0..1 is a hull 28..48 px long
RANGES = ((0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
SKY, WATER_TOP, WATER_LOW, FOAM = (0.8, 0.9, 0.96), (0.28, 0.62, 0.8), (0.04, 0.16, 0.34), (0.7, 0.86, 0.95)
SAND, SAND_DARK, ROCK, WEED = (0.62, 0.55, 0.38), (0.48, 0.42, 0.29), (0.3, 0.3, 0.33), (0.16, 0.42, 0.2)
RIM, PROPELLER, PERISCOPE, LENS = (0.2, 0.21, 0.24), (0.14, 0.14, 0.16), (0.95, 0.88, 0.45), (0.08, 0.08, 0.1)
DARK_PORT, LIT_PORT, HALO = np.array((0.08, 0.1, 0.14), np.float32), np.array((1.0, 0.92, 0.5), np.float32), \
    (1.0, 0.85, 0.4)
CX, SURFACE_Y, FLOOR_Y, HULL_HH = 32.0, 5.0, 57.0, 6.0
TOWER_L, TOWER_R, TOWER_H, SCOPE_X = 35.0, 43.0, 4.0, 40.0
PORTS, PORT_R, HALO_R = (-9.0, -1.0, 7.0), 2.5, 3.0
SUB_ROWS = (0, 60)


def _background() -> np.ndarray:
    x, y = R.grid()
    img = R.vertical_gradient(WATER_TOP, WATER_LOW, FLOOR_Y)[None]
    rays = np.clip(np.cos((x + 0.45 * y) * 0.35) * 1.6 - 0.9, 0.0, 1.0) * np.clip(1.0 - y / 48.0, 0.0, 1.0)
    R.over(img, 0.12 * rays, FOAM)
    surface = SURFACE_Y + 0.8 * np.sin(x * 0.5)
    R.over(img, R.coverage(y - surface), SKY)
    R.over(img, R.coverage(np.abs(y - surface - 0.6) - 0.5), FOAM)
    floor = FLOOR_Y + 1.2 * np.sin(x * 0.15 + 1.0)
    R.over(img, R.coverage(floor - y), SAND)
    R.over(img, 0.6 * R.coverage(floor - y) * (np.sin(x * 1.9 + y * 2.3) > 0.6), SAND_DARK)
    for wx, h in ((6.0, 11.0), (9.0, 8.0), (55.0, 10.0)):
        t = np.clip((floor - y) / h, 0.0, 1.0)
        weed = np.maximum(np.abs(x - wx - 1.2 * np.sin(y * 0.6) * t) - 1.1 * (1.0 - t) - 0.3,
                          np.maximum(floor - h - y, y - floor - 1.0))
        R.over(img, R.coverage(weed), WEED)
    for rx, ry, a, b in ((18.0, 59.0, 4.0, 2.5), (47.0, 60.0, 3.0, 2.0)):
        R.over(img, R.coverage(R.ellipse_sdf(x - rx, y - ry, a, b)), ROCK)
    return img[0]


BACKGROUND = _background()


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = BACKGROUND
    part, y = img[:, :, SUB_ROWS[0]:SUB_ROWS[1]], y[:, SUB_ROWS[0]:SUB_ROWS[1]]
    cy = R.col(33 + 16 * f[:, 0])
    half = R.col(14 + 10 * f[:, 4])
    u, v = x - CX, y - cy
    hull_colour = R.hsv(f[:, 3], 0.7, 0.78)
    # the periscope: a tube out of the tower's top, its head pointing forwards
    top = -HULL_HH - TOWER_H - R.col(1 + 19 * f[:, 1])
    tube = R.edges_sdf(x, v, SCOPE_X - 1.8, SCOPE_X + 1.8, top, -HULL_HH)
    head = R.edges_sdf(x, v, SCOPE_X - 1.8, SCOPE_X + 7.0, top - 2.0, top + 2.0)
    R.over(part, R.coverage(np.minimum(tube, head)), PERISCOPE)
    R.over(part, R.coverage(R.edges_sdf(x, v, SCOPE_X + 5.5, SCOPE_X + 7.0, top - 1.3, top + 1.3)), LENS)
    # the stern fin and the propeller behind the hull
    stern = u + half
    fin = np.maximum(np.maximum(-stern - 1.0, stern - 5.0), np.abs(v) - (HULL_HH + 3.0 - 0.6 * stern))
    R.over(part, R.coverage(fin), 0.7 * hull_colour)
    prop = np.minimum(R.ellipse_sdf(stern + 1.8, v, 1.1, 4.2), np.hypot(stern + 0.5, v) - 1.4)
    R.over(part, R.coverage(prop), PROPELLER)
    # the hull, darker underneath, a highlight along its back; the tower
    hull = R.segment_sdf(x, y, CX - half + HULL_HH, cy, CX + half - HULL_HH, cy) - HULL_HH
    tower = R.edges_sdf(x, v, TOWER_L, TOWER_R, -HULL_HH - TOWER_H, -HULL_HH + 1.0) - 0.5
    body = np.minimum(hull, tower)
    R.over(part, R.coverage(body), hull_colour)
    R.over(part, 0.45 * R.coverage(np.maximum(hull, 2.0 - v)), (0.05, 0.05, 0.08))
    R.over(part, 0.35 * R.coverage(np.maximum(hull, np.abs(v + HULL_HH - 1.6) - 0.6)), (1.0, 1.0, 1.0))
    # the portholes: rims, glass from dark to glowing, a halo when lit
    glow = f[:, 2].astype(np.float32)
    glass_colour = DARK_PORT + (LIT_PORT - DARK_PORT) * glow[:, None]
    r = np.min([np.hypot(u - px, v + 0.5) for px in PORTS], axis=0)
    R.over(part, R.col(0.6 * glow) * np.exp(-(r ** 2) / (2 * HALO_R ** 2)) * R.coverage(body), HALO)
    R.over(part, R.coverage(r - PORT_R - 0.9), RIM)
    R.over(part, R.coverage(r - PORT_R), glass_colour)
    return R.to_uint8(img)


def render(depth: float, periscope: float, porthole_glow: float, hull_hue: float, hull_length: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[depth, periscope, porthole_glow, hull_hue, hull_length]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("submarine", arg, n, seed, FACTORS, sample_factors, _draw)
