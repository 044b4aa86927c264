"""`pyrotechnist`: a firework display over a small town at night, one shell bursting in the
sky above the rooftops, seen from the front (64x64 RGB).

The night sky runs from near black at the top to a deep blue over the town, with a few faint
stars. Along the bottom the town is a black silhouette of gabled houses and a church spire, with
lit yellow windows. Above the middle of the town a shell has burst: a faint trail of orange
sparks rises from behind the roofs to the burst, whose golden sparks spread round a soft glow;
the burst is a ring of bright stars, a peony (a sphere of straight spark trails, each with a
bright tip) or a willow (long trails that arc out and droop down). Smoke from the display can
hang over the town as a grey veil with darker and lighter patches, lit by the burst. Factors:
how big the burst is (small to large), what kind of burst it is (a ring, a peony or a willow),
how high it bursts above the town (low to high) and how much smoke hangs in the sky (a clear
night to thick smoke). The town, the stars, the burst's colour and its place across the sky
stay fixed.
"""

from __future__ import annotations

import numpy as np

from . import _raster as R
from .base import Dataset, Factor

FACTORS = (
    Factor("burst_size", "size of the firework's burst (small to large)", "continuous"),
    Factor("burst_kind", "what kind of burst it is (a ring, a peony or a willow)", "categorical",
           ("ring", "peony", "willow")),
    Factor("burst_height", "how high the firework bursts above the town (low to high)", "continuous"),
    Factor("smoke", "how much smoke hangs in the sky (a clear night to thick smoke)", "continuous"),
)
# burst_size: 0..1 is a burst 5..13 px in radius; burst_kind: a code 0..2 for the patterns of
# KINDS, drawn from a template scaled to the burst's radius; burst_height: 0..1 puts the burst's
# middle at y = 38..18 px, at x = 33 px; smoke: 0..1 is the veil's strength, from none to 0.55-0.8
# of the smoke's colour over the sky
RANGES = ((0.0, 1.0), (0.0, 2.0), (0.0, 1.0), (0.0, 1.0))
SKY_TOP, SKY_BOTTOM = np.array((0.02, 0.03, 0.1)), np.array((0.1, 0.12, 0.3))
STAR, TOWN, WINDOW = (0.85, 0.86, 0.95), (0.03, 0.03, 0.06), (1.0, 0.82, 0.4)
SPARK, TIP, TRAIL, HALO = (1.0, 0.78, 0.32), (1.0, 0.97, 0.86), (0.95, 0.5, 0.2), (1.0, 0.7, 0.35)
SMOKE, SMOKE_LIT = (0.44, 0.44, 0.5), (0.9, 0.7, 0.45)
BURST_X, LAUNCH_Y = 33.0, 52.0
T_HALF, T_RES = 1.6, 193  # the template spans -1.6..1.6 burst radii, in T_RES samples a side
R_REF = 9.0  # the radius (px) at which a template's edge ramp is one pixel wide


def _scene():
    x, y = R.grid()
    img = R.vertical_gradient(SKY_TOP, SKY_BOTTOM, 52.0)[None].copy()
    for sx, sy in ((6.0, 5.0), (17.0, 12.0), (50.0, 4.0), (58.0, 15.0), (9.0, 27.0), (55.0, 30.0), (44.0, 9.0),
                   (24.0, 3.0)):
        R.over(img, 0.8 * R.coverage(np.hypot(x - sx, y - sy) - 0.5), STAR)
    return img[0]


SKY = _scene()


def _town():
    """Coverage of the town's silhouette and of its lit windows."""
    x, y = R.grid()
    d = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for left, right, eaves in ((-1.0, 6.0, 51.0), (18.0, 27.0, 52.0), (27.0, 37.0, 49.5), (37.0, 46.0, 53.0),
                               (46.0, 55.0, 48.5), (55.0, 65.0, 51.0)):
        mid, half = (left + right) / 2, (right - left) / 2
        gable = eaves - 0.8 * (half - np.abs(x - mid))  # the roof's slope, its ridge 0.8 * half above the eaves
        np.minimum(d, np.maximum(np.abs(x - mid) - half, gable - y), out=d)
    # the church: a nave and a tall spire
    np.minimum(d, R.edges_sdf(x, y, 6.0, 18.0, 50.0, 65.0), out=d)
    np.minimum(d, R.edges_sdf(x, y, 9.5, 14.5, 40.0, 65.0), out=d)
    np.minimum(d, np.maximum(np.abs(x - 12.0) - (y - 29.0) * 0.23, np.maximum(29.0 - y, y - 41.0)), out=d)
    windows = np.full((1, R.SIZE, R.SIZE), np.inf, np.float32)
    for wx, wy in ((2.5, 56.0), (12.0, 45.0), (16.0, 56.5), (22.5, 56.0), (32.0, 54.0), (32.0, 59.0),
                   (41.5, 57.5), (50.5, 53.0), (50.5, 58.5), (60.0, 56.0)):
        np.minimum(windows, R.edges_sdf(x, y, wx - 1.0, wx + 1.0, wy - 1.2, wy + 1.2), out=windows)
    return R.coverage(d), R.coverage(windows)


TOWN_COVER, WINDOW_COVER = _town()


def _templates():
    """The three bursts' spark coverage on a grid of burst radii: ring, peony, willow."""
    t = np.linspace(-T_HALF, T_HALF, T_RES, dtype=np.float32)
    u, v = t[None, :], t[:, None]
    rho, ang = np.hypot(u, v), np.arctan2(v, u)
    ring = np.full((T_RES, T_RES), np.inf, np.float32)
    for k in range(16):
        a = 2 * np.pi * k / 16
        np.minimum(ring, np.hypot(u - np.cos(a), v - np.sin(a)) - 0.12, out=ring)
    ring = np.minimum(ring, np.abs(rho - 0.55) - 0.03 + 10.0 * (np.abs(np.sin(8 * ang)) > 0.5))
    sector = 2 * np.pi / 14
    a = (ang + sector / 2) % sector - sector / 2
    along, across = rho * np.cos(a), rho * np.abs(np.sin(a))
    peony = np.maximum(across - 0.05 - 0.04 * along, np.maximum(0.3 - along, along - 1.0))
    tips = np.hypot(along - 1.0, across) - 0.11
    peony = np.minimum(peony, tips)
    willow = np.full((T_RES, T_RES), np.inf, np.float32)
    for k in range(13):
        a = 2 * np.pi * (k + 0.5) / 13
        px = [1.0 * np.cos(a) * s for s in np.linspace(0.0, 1.0, 6)]
        py = [0.85 * np.sin(a) * s + 0.65 * s * s for s in np.linspace(0.0, 1.0, 6)]
        for i in range(5):
            d, h = R.segment_sdf(u, v, px[i], py[i], px[i + 1], py[i + 1], along=True)
            np.minimum(willow, d - 0.08 + 0.04 * (i + h) / 5, out=willow)
    out = [np.clip(0.5 - d * R_REF, 0.0, 1.0) for d in (ring, peony, willow)]
    bright = [np.clip(0.5 - d * R_REF, 0.0, 1.0) for d in (ring + 0.06, tips, np.full_like(willow, np.inf))]
    return np.stack(out), np.stack(bright)


TEMPLATES, TEMPLATE_TIPS = _templates()


def _smoke():
    x, y = R.grid()
    n = (np.sin(0.21 * x + 0.9) * np.sin(0.17 * y + 0.3 * np.sin(0.3 * x)) + 0.5 * np.sin(0.43 * x - 0.37 * y))
    patches = 0.5 + 0.33 * n
    return R.coverage(y - 56.0) * np.clip(patches, 0.0, 1.0)


SMOKE_FIELD = _smoke()


def _sample(table: np.ndarray, kind: np.ndarray, iu: np.ndarray, iv: np.ndarray, inside: np.ndarray) -> np.ndarray:
    """Nearest samples of per-image templates ``table[kind]`` at template indices (iu, iv)."""
    return np.where(inside, table[kind[:, None, None], iv, iu], 0.0).astype(np.float32)


def _draw(f: np.ndarray) -> np.ndarray:
    x, y = R.grid()
    n = len(f)
    img = np.empty((n, 3, R.SIZE, R.SIZE), np.float32)
    img[:] = SKY
    r = R.col(5.0 + 8.0 * f[:, 0])
    cy = R.col(38.0 - 20.0 * f[:, 2])
    smoke = R.col(f[:, 3])
    # the smoke, lit round the burst
    veil = smoke * (0.55 + 0.25 * SMOKE_FIELD)
    R.over(img, veil, SMOKE)
    halo = np.exp(-((x - BURST_X) ** 2 + (y - cy) ** 2) / (2.0 * (0.9 * r) ** 2))
    R.over(img, (0.15 + 0.45 * smoke) * halo, HALO)
    # the rising trail of sparks
    trail = np.maximum(np.abs(x - BURST_X - 0.4 * np.sin(0.9 * y)) - 0.45, np.maximum(cy + 0.4 * r - y, y - LAUNCH_Y))
    dots = np.abs(((y * 0.7) % 1.0) - 0.5) - 0.15
    R.over(img, 0.7 * R.coverage(np.maximum(trail, dots)), TRAIL)
    # the burst, from its template
    u, v = (x - BURST_X) / r, (y - cy) / r
    scale = (T_RES - 1) / (2 * T_HALF)
    iu, iv = np.rint((u + T_HALF) * scale).astype(np.intp), np.rint((v + T_HALF) * scale).astype(np.intp)
    inside = (iu >= 0) & (iu < T_RES) & (iv >= 0) & (iv < T_RES)
    iu, iv = np.clip(iu, 0, T_RES - 1), np.clip(iv, 0, T_RES - 1)
    kind = f[:, 1].astype(int)
    R.over(img, _sample(TEMPLATES, kind, iu, iv, inside), SPARK)
    R.over(img, _sample(TEMPLATE_TIPS, kind, iu, iv, inside), TIP)
    R.over(img, 0.3 * smoke * (0.6 + 0.4 * SMOKE_FIELD), SMOKE)  # the smoke veils the burst a little too
    # the town in front
    R.over(img, TOWN_COVER, TOWN)
    return R.to_uint8(R.over(img, WINDOW_COVER, WINDOW))


def render(burst_size: float, burst_kind: float, burst_height: float, smoke: float) -> np.ndarray:
    """One image, (64, 64, 3) uint8."""
    return _draw(np.array([[burst_size, burst_kind, burst_height, smoke]], float))[0]


def sample_factors(n: int, rng: np.random.Generator) -> np.ndarray:
    return R.sample_uniform(RANGES, FACTORS, n, rng)


def load(arg: str | None, n: int, seed: int) -> Dataset:
    return R.build("pyrotechnist", arg, n, seed, FACTORS, sample_factors, _draw)
