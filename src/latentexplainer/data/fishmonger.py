"""`fishmonger`: a fishmonger's shop, a fish being weighed in the pan of a hanging spring
balance above a tray of crushed ice, a window on the street behind, seen from the front
(64x64 RGB).

The shop's walls are of white tiles with pale grey joints and a band of blue tiles across
them; on the left a window in a dark frame looks out on the street: the sky over a row of dark
roofs. A brass spring balance hangs from a hook at the top of the image: its tube, with a red
pointer showing how far the spring is drawn out, then the hook and three chains holding a
shallow steel pan, in which one fish lies. Below, along the bottom of the image, runs the
counter's display tray with a dark steel rim, filled with white crushed ice. Factors: which
fish is being weighed (a slim mackerel with a striped blue-green back, a broad brown plaice
with orange spots, or a deep-bodied red mullet), how far the balance's spring is drawn out (the
pan and its fish hanging high to low; the pointer moves down with them), how full the tray is
of ice (nearly empty to brim-full) and how light it is outside (from night to bright day: the
window's sky, and a little the whole shop). The walls, the window's frame, the tray and the
pan stay fixed in shape; the pan always lies inside the image.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("fish", "which fish is being weighed (mackerel, plaice or red mullet)", "categorical",
           ("mackerel", "plaice", "red mullet")),
    Factor("spring_stretch", "how far the balance's spring is drawn out (pan high to low)", "continuous"),
    Factor("ice_level", "how full the counter's tray is of crushed ice (nearly empty to full)", "continuous"),
    Factor("daylight", "how light it is outside (night to bright day)", "continuous"),
)
# fish: a code 0..2 for a mackerel, a plaice and a red mullet; spring_stretch: 0..1 hangs the
# pan's rim at y = 25..37 px (the pointer 0.5 px lower for each px of stretch); ice_level: 0..1
# raises the ice's top from y = 61 to 47 px; daylight: 0..1 turns the window's sky from night
# to day and brightens the whole image from 0.86 to 1 of its full light
RANGES = ((0.0, 2.0), (0.0, 1.0), (0.0, 1.0), (0.0, 1.0))
TILE, JOINT, BLUE_TILE, FRAME = (0.9, 0.92, 0.9), (0.74, 0.77, 0.77), (0.22, 0.38, 0.66), (0.16, 0.17, 0.2)
NIGHT, DAY, ROOFS = np.array((0.08, 0.1, 0.22)), np.array((0.6, 0.8, 0.98)), (0.22, 0.2, 0.22)
BRASS, POINTER, CHAIN, STEEL, STEEL_DARK = (0.78, 0.62, 0.3), (0.85, 0.1, 0.1), (0.35, 0.35, 0.38), \
    (0.7, 0.73, 0.76), (0.3, 0.32, 0.35)
ICE, ICE_DARK, TRAY_BACK = (0.9, 0.96, 0.99), (0.66, 0.78, 0.86), (0.44, 0.47, 0.5)
MACKEREL_BACK, MACKEREL_STRIPE, SILVER = (0.16, 0.46, 0.46), (0.06, 0.16, 0.18), (0.82, 0.85, 0.88)
PLAICE, PLAICE_SPOT, MULLET, MULLET_BELLY = (0.44, 0.37, 0.24), (0.95, 0.45, 0.12), (0.9, 0.28, 0.3), (0.98, 0.7, 0.62)
SCALE_X, TUBE_T, TUBE_B = 41.0, 1.5, 11.0
PAN_RX, PAN_DEPTH, CHAIN_LEN = 14.0, 3.2, 8.0
TRAY_T, TRAY_B, ICE_EMPTY = 46.0, 62.5, 61.0
WIN_L, WIN_R, WIN_T, WIN_B = 3.0, 21.0, 6.0, 30.0


def _scene():
    x, y = R.grid()
    img = R.canvas(1, TILE)
    joints = np.minimum(np.abs((x % 6.0) - 0.3), np.abs((y % 6.0) - 0.3)) - 0.4
    R.over(img, R.coverage(joints), JOINT)
    R.over(img, R.coverage(np.abs(y - 39.0) - 2.5), BLUE_TILE)
    R.over(img, R.coverage(R.edges_sdf(x, y, WIN_L - 1.5, WIN_R + 1.5, WIN_T - 1.5, WIN_B + 1.5)), FRAME)
    # the tray: dark steel rim, grey back (the ice fills it per image)
    R.over(img, R.coverage(R.edges_sdf(x, y, 0.0, 64.0, TRAY_T - 1.5, 64.0)), STEEL_DARK)
    R.over(img, R.coverage(R.edges_sdf(x, y, 1.5, 62.5, TRAY_T, TRAY_B)), TRAY_BACK)
    # the balance's hook and tube, fixed
    R.over(img, R.coverage(R.edges_sdf(x, y, SCALE_X - 0.6, SCALE_X + 0.6, 0.0, TUBE_T + 1.0)), CHAIN)
    R.over(img, R.coverage(R.edges_sdf(x, y, SCALE_X - 2.4, SCALE_X + 2.4, TUBE_T, TUBE_B) - 0.5), BRASS)
    ticks = np.maximum(np.abs(((y - TUBE_T - 1.0) % 2.0) - 1.0) - 0.25, np.abs(x - SCALE_X + 0.8) - 1.2)
    R.over(img, 0.8 * R.coverage(np.maximum(ticks, np.abs(y - (TUBE_T + TUBE_B) / 2) - 4.0)), FRAME)
    return img[0]


SCENE = _scene()


def _window():
    """The window: its sky's coverage and the roofs against it."""
    x, y = R.grid()
    pane = R.edges_sdf(x, y, WIN_L, WIN_R, WIN_T, WIN_B)
    roofs = 23.0 + 1.5 * np.abs(((x - WIN_L) % 6.0) - 3.0)
    return R.coverage(pane)[0], R.coverage(np.maximum(pane, roofs - y))[0], \
        R.coverage(np.maximum(pane, np.minimum(np.abs(x - (WIN_L + WIN_R) / 2), np.abs(y - 16.0)) - 0.7))[0]


PANE, ROOF_COVER, BARS = _window()


def _ice():
    x, y = R.grid()
    facets = np.abs(np.sin(x * 1.3 + np.sin(y * 0.9) * 2.0) * np.sin(y * 1.1 - x * 0.4))
    return (facets > 0.75).astype(np.float32)[0]


FACETS = _ice()


def _fish(x, y, kind, cx, cy, hh):
    """Distances to the fish's body and tail and the fish's own coordinates (along it, towards
    the head, and down across it), for each image; kind is (n, 1, 1) codes, hh the half-heights."""
    u, v = x - cx, y - cy
    hl = np.where(kind == 1, 10.0, np.where(kind == 0, 12.0, 11.0))  # half-length
    body = R.ellipse_sdf(u, v, hl, hh)
    tu = -u - hl + 1.0  # along the tail, from the body's back end
    spread = np.where(kind == 1, 3.5, 4.5)
    tail = np.maximum(np.abs(v) - (1.0 + spread * np.clip(tu / 5.0, 0.0, 1.0)), np.maximum(-tu, tu - 5.0))
    return body, tail, u, v


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SCENE
    light = f[:, 3]
    # the window: the sky, the roofs and the glazing bars
    sky = NIGHT[None] + (DAY - NIGHT)[None] * light[:, None]
    R.over(img, np.broadcast_to(PANE, (n, R.SIZE, R.SIZE)), sky)
    R.over(img, np.broadcast_to(ROOF_COVER, (n, R.SIZE, R.SIZE)), ROOFS)
    R.over(img, np.broadcast_to(BARS, (n, R.SIZE, R.SIZE)), FRAME)
    # the ice in the tray, up to its level
    top = R.col(ICE_EMPTY - 14.0 * f[:, 2])
    surface = top + 0.8 * np.sin(x * 0.9)
    ice = R.coverage(np.maximum(surface - y, R.edges_sdf(x, y, 1.5, 62.5, TRAY_T, TRAY_B)))
    R.over(img, ice, ICE)
    R.over(img, ice * FACETS, ICE_DARK)
    # the spring's rod and pointer, the chains, the fish and the pan
    stretch = R.col(12.0 * f[:, 1])
    rim = 25.0 + stretch
    hook = rim - CHAIN_LEN
    R.over(img, R.coverage(R.edges_sdf(x, y, SCALE_X - 0.7, SCALE_X + 0.7, TUBE_B, hook)), CHAIN)
    pointer = TUBE_T + 2.0 + 0.5 * stretch
    R.over(img, R.coverage(R.edges_sdf(x, y, SCALE_X - 3.4, SCALE_X + 3.4, pointer - 0.6, pointer + 0.6)), POINTER)
    chains = np.min([R.segment_sdf(x, y, SCALE_X, hook, SCALE_X + dx, rim) for dx in (-PAN_RX + 1.0, 0.0, PAN_RX - 1.0)],
                    0) - 0.4
    R.over(img, R.coverage(chains), CHAIN)
    kind = R.col(f[:, 0])
    hh = np.where(kind == 1, 7.0, np.where(kind == 0, 3.6, 5.4))
    body, tail, u, v = _fish(x, y, kind, SCALE_X - 0.5, rim - 0.85 * hh, hh)
    back = R.coverage(np.minimum(body, tail))
    colour = np.where(kind[:, None] == 0, np.asarray(MACKEREL_BACK)[None, :, None, None],
                      np.where(kind[:, None] == 1, np.asarray(PLAICE)[None, :, None, None],
                               np.asarray(MULLET)[None, :, None, None]))
    R.over(img, back, colour)
    belly = R.coverage(np.maximum(body, 0.2 * hh - v)) * (kind != 1)
    R.over(img, belly, np.where(kind[:, None] == 0, np.asarray(SILVER)[None, :, None, None],
                                np.asarray(MULLET_BELLY)[None, :, None, None]))
    stripes = np.abs(((u + 0.8 * v) % 2.6) - 1.3) - 0.45
    R.over(img, (kind == 0) * R.coverage(np.maximum(body, np.maximum(stripes, v + 0.3 * hh))), MACKEREL_STRIPE)
    spots = np.hypot(((u + 1.0) % 4.5) - 2.25, ((v + 0.5 * u) % 4.0) - 2.0) - 0.9
    R.over(img, (kind == 1) * R.coverage(np.maximum(body + 1.0, spots)), PLAICE_SPOT)
    R.over(img, R.coverage(np.hypot(u - 0.72 * np.where(kind == 1, 10.0, 11.5), v + 0.35 * hh) - 0.9), FRAME)
    pan = np.maximum(R.ellipse_sdf(x - SCALE_X, y - rim, PAN_RX, PAN_DEPTH), rim - y)
    R.over(img, R.coverage(pan), STEEL)
    R.over(img, R.coverage(np.maximum(pan, np.abs(y - rim - 0.5) - 0.6)), STEEL_DARK)
    img *= (0.86 + 0.14 * light)[:, None, None, None]
    return R.to_uint8(img)


def render(fish: float, spring_stretch: float, ice_level: float, daylight: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[fish, spring_stretch, ice_level, daylight]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("fishmonger", arg, n, seed, FACTORS, sample_factors, _draw)
