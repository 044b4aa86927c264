"""Image measurements: what the offline `probe` explainer (and the grouping of latents) sees.

Per frame: the object's area, centroid, orientation and shape (angular harmonics of its
mask), the hue / saturation / brightness of the object and of the upper and lower
background, and the overall brightness. The background of each image row is estimated
from its leftmost and rightmost pixels, so this works for a dark background
(dSprites-like), a two-colour scene (wall above, floor below) and any centred object.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

ATTRIBUTES = (
    "pos_x", "pos_y", "size", "orientation", "shape2", "shape3", "shape4", "aspect",
    "object_hue", "object_saturation", "object_brightness",
    "upper_hue", "upper_brightness", "lower_hue", "lower_brightness", "brightness",
)
CIRCULAR = {"object_hue", "upper_hue", "lower_hue"}  # in turns (0..1), wrap around
BORDER = 4  # columns on each side that estimate a row's background
MIN_AREA = 5.0  # pixels: below this the object's position / shape / colour are undefined


def _hsv(rgb: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """rgb (..., 3) in [0, 1] -> hue (turns), saturation, value."""
    mx, mn = rgb.max(-1), rgb.min(-1)
    d = mx - mn
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    safe = np.where(d > 1e-6, d, 1.0)
    h = np.where(mx == r, ((g - b) / safe) % 6, np.where(mx == g, (b - r) / safe + 2, (r - g) / safe + 4)) / 6.0
    h = np.where(d > 1e-6, h, np.nan)
    s = np.where(mx > 1e-6, d / np.where(mx > 1e-6, mx, 1.0), 0.0)
    return h, s, mx


def _mean_hsv(rgb: np.ndarray, weights: np.ndarray) -> tuple[float, float, float]:
    """Weighted mean colour -> (hue or NaN when nearly grey, saturation, brightness)."""
    wsum = weights.sum()
    if wsum <= 1e-6:
        return np.nan, np.nan, np.nan
    mean = (rgb * weights[..., None]).reshape(-1, 3).sum(0) / wsum
    h, s, v = _hsv(mean)
    return (float(h) if s > 0.15 else np.nan), float(s), float(v)


def measure_frames(frames: np.ndarray) -> np.ndarray:
    """Measure (F, C, H, W) frames in [0, 1] -> (F, len(ATTRIBUTES)) floats (NaN = undefined).

    Orientation is the raw phase of each harmonic; :func:`orientation_track` unwraps it.
    """
    f, c, h, w = frames.shape
    rgb = frames.transpose(0, 2, 3, 1)
    if c == 1:
        rgb = np.repeat(rgb, 3, axis=-1)
    border = np.concatenate([rgb[:, :, :BORDER], rgb[:, :, -BORDER:]], axis=2)  # (F, H, 2B, 3)
    bg = np.median(border, axis=2)  # (F, H, 3): the background colour of every row
    diff = np.abs(rgb - bg[:, :, None, :]).max(-1)  # (F, H, W)
    mass = np.clip((diff - 0.1) / 0.3, 0.0, 1.0)
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float64)
    out = np.full((f, len(ATTRIBUTES) + 6), np.nan)
    for k in range(f):
        m = mass[k]
        area = m.sum()
        vals: dict[str, float] = {"size": area / (h * w), "brightness": float(rgb[k].mean())}
        upper = bg[k, : int(0.45 * h)]
        lower = bg[k, int(0.7 * h):]
        for name, part in (("upper", upper), ("lower", lower)):
            hue, sat, val = _mean_hsv(part[None], np.ones(part.shape[:1])[None])
            vals[f"{name}_hue"], vals[f"{name}_brightness"] = hue, val
        if area >= MIN_AREA:
            cx, cy = (m * xs).sum() / area, (m * ys).sum() / area
            vals["pos_x"], vals["pos_y"] = cx / (w - 1), cy / (h - 1)
            dz = (xs - cx) + 1j * (ys - cy)
            r = np.abs(dz)
            for n in (2, 3, 4):
                cn = (m * dz ** n).sum() / max((m * r ** n).sum(), 1e-9)
                if n == 2:  # (var x - var y) / (var x + var y): > 0 wider than tall, < 0 taller
                    vals["aspect"] = float(cn.real)
                vals[f"shape{n}"] = float(np.abs(cn))
                vals[f"_phase{n}"] = float(np.angle(cn))
            hue, sat, val = _mean_hsv(rgb[k], m)
            vals["object_hue"], vals["object_saturation"], vals["object_brightness"] = hue, sat, val
        for j, name in enumerate(ATTRIBUTES):
            out[k, j] = vals.get(name, np.nan)
        for j, n in enumerate((2, 3, 4)):
            out[k, len(ATTRIBUTES) + j] = vals.get(f"_phase{n}", np.nan)
            out[k, len(ATTRIBUTES) + 3 + j] = vals.get(f"shape{n}", np.nan)
    return out


def orientation_track(meas: np.ndarray) -> np.ndarray:
    """The object's angle over frames (radians), from its dominant angular harmonic.

    Plain second moments cannot see a square or a triangle turn (they are isotropic), so the
    harmonic n in {2, 3, 4} with the largest mean magnitude is used; its phase / n is
    unwrapped with the symmetry period 2 pi / n.
    """
    base = len(ATTRIBUTES)
    mags = np.nan_to_num(meas[:, base + 3: base + 6], nan=0.0).mean(0)
    j = int(np.argmax(mags))
    n = (2, 3, 4)[j]
    phase = meas[:, base + j]
    ok = np.isfinite(phase)
    track = np.full(len(phase), np.nan)
    mag = np.nan_to_num(meas[:, base + 3 + j], nan=0.0)
    # a round blob has no measurable angle; and a turn keeps the outline, so an outline that
    # passes through round (tall -> round -> wide) is a change of shape, not a rotation
    if ok.sum() >= 2 and mags[j] > 0.15 and mag[ok].min() >= 0.5 * mag[ok].max():
        track[ok] = np.unwrap(phase[ok]) / n
    return track


@dataclass(frozen=True)
class Measured:
    """The measurements of one row of frames, with orientation unwrapped."""

    values: np.ndarray  # (F, len(ATTRIBUTES))

    def series(self, name: str) -> np.ndarray:
        return self.values[:, ATTRIBUTES.index(name)]


def measure_row(frames: np.ndarray) -> Measured:
    raw = measure_frames(frames)
    vals = raw[:, : len(ATTRIBUTES)].copy()
    vals[:, ATTRIBUTES.index("orientation")] = orientation_track(raw)
    for name in CIRCULAR:  # unwrap hue so that a change through red is continuous
        j = ATTRIBUTES.index(name)
        col = vals[:, j]
        ok = np.isfinite(col)
        if ok.sum() >= 2:
            col[ok] = np.unwrap(col[ok] * 2 * np.pi) / (2 * np.pi)
    return Measured(vals)
