"""Frames as arrays: RGB at a working size, colour spaces, colour distance.

Everything below the probe works on (F, H, W, 3) float arrays in [0, 1] of at most
:data:`WORK_SIZE` pixels a side: a 256 px diffusion frame is averaged down, a grey frame is
repeated into three channels. Pure functions, no words.
"""

from __future__ import annotations

import numpy as np

WORK_SIZE = 64  # pixels: larger frames are averaged down (measurements are in fractions of the image)


def as_rgb(frames: np.ndarray) -> np.ndarray:
    """(F, C, H, W) in [0, 1], C = 1 or 3 -> (F, h, w, 3) float64 with h, w <= WORK_SIZE."""
    x = np.asarray(frames, dtype=np.float64)
    if x.ndim != 4 or x.shape[1] not in (1, 3):
        raise ValueError(f"frames must be (F, 1 or 3, H, W), got {x.shape}")
    x = np.clip(np.nan_to_num(x, nan=0.0), 0.0, 1.0).transpose(0, 2, 3, 1)
    if x.shape[-1] == 1:
        x = np.repeat(x, 3, axis=-1)
    f, h, w, _ = x.shape
    k = int(np.ceil(max(h, w) / WORK_SIZE))
    if k > 1:  # block means over k x k pixels (the edge rows / columns that do not fill a block are dropped)
        hh, ww = (h // k) * k, (w // k) * k
        x = x[:, :hh, :ww].reshape(f, hh // k, k, ww // k, k, 3).mean(axis=(2, 4))
    return x


def luminance(rgb: np.ndarray) -> np.ndarray:
    """Rec. 601 luma of (..., 3)."""
    return rgb[..., 0] * 0.299 + rgb[..., 1] * 0.587 + rgb[..., 2] * 0.114


def hsv(rgb: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(..., 3) in [0, 1] -> hue (turns, NaN where the colour is grey), saturation, value."""
    rgb = np.asarray(rgb, dtype=np.float64)
    mx, mn = rgb.max(-1), rgb.min(-1)
    d = mx - mn
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    safe = np.where(d > 1e-9, d, 1.0)
    h = np.where(mx == r, ((g - b) / safe) % 6, np.where(mx == g, (b - r) / safe + 2, (r - g) / safe + 4)) / 6.0
    h = np.where(d > 1e-6, h, np.nan)
    s = np.where(mx > 1e-9, d / np.where(mx > 1e-9, mx, 1.0), 0.0)
    return h, s, mx


HUE_MIN_SATURATION, HUE_MIN_CHROMA = 0.15, 0.05


def has_hue(rgb: np.ndarray) -> np.ndarray:
    """Whether a colour (..., 3) in [0, 1] has a hue a person would name: saturated enough, and
    with a visible difference between its strongest and weakest channel (chroma), so a
    near-black tinted a little purple is dark, not purple."""
    rgb = np.asarray(rgb, dtype=np.float64)
    mx, mn = rgb.max(-1), rgb.min(-1)
    return (mx - mn >= HUE_MIN_CHROMA) & ((mx - mn) > HUE_MIN_SATURATION * np.maximum(mx, 1e-9))


def colour_distance(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Largest per-channel absolute difference of two colour arrays (..., 3)."""
    return np.abs(np.asarray(a) - np.asarray(b)).max(-1)


def circular_mean(turns: np.ndarray, weights: np.ndarray | None = None) -> float:
    """Mean of angles given in turns (NaN ignored); NaN when nothing is left."""
    t = np.asarray(turns, dtype=np.float64).ravel()
    w = np.ones_like(t) if weights is None else np.asarray(weights, dtype=np.float64).ravel()
    ok = np.isfinite(t) & (w > 0)
    if not ok.any():
        return float("nan")
    ang = 2 * np.pi * t[ok]
    c, s = (w[ok] * np.cos(ang)).sum(), (w[ok] * np.sin(ang)).sum()
    if np.hypot(c, s) < 1e-9:
        return float("nan")
    return float((np.arctan2(s, c) / (2 * np.pi)) % 1.0)


def hue_step(h0: float, h1: float) -> float:
    """The step from hue h0 to h1 the shorter way round the colour circle (turns, -0.5..0.5; NaN
    where either is NaN); its size is how far apart two hues are."""
    return float((float(h1) - float(h0) + 0.5) % 1.0 - 0.5)


GAP_EITHER_WAY = 0.25  # turns: a step across a missing frame this large may as well have gone the other way round


def unwrap_turns(series: np.ndarray) -> np.ndarray:
    """A hue series in turns made continuous (a change through red does not jump by 1). Across
    frames with no hue (NaN), a step of GAP_EITHER_WAY or more could have gone either way round
    the wheel: it goes the way the steps between frames next to each other go (a backdrop turning
    from magenta back through green to red, grey for a frame, does not turn forwards there)."""
    out = np.array(series, dtype=np.float64)
    ok = np.isfinite(out)
    if ok.sum() >= 2:
        values = np.unwrap(out[ok] * 2 * np.pi) / (2 * np.pi)
        steps = np.diff(values)
        gaps = np.diff(np.flatnonzero(ok)) > 1
        way = float(np.sign(steps[~gaps].sum()))  # 0 when every step crosses a gap: nothing is flipped
        flip = gaps & (np.abs(steps) >= GAP_EITHER_WAY) & (np.sign(steps) == -way)
        if flip.any():
            values[1:] = values[0] + np.cumsum(steps + flip * way)
        out[ok] = values
    return out


PEAK_SHARE = 0.25  # the least share of a picture's power its 12 strongest frequencies hold when it is periodic
MIN_CYCLES = 3.0  # and the least number of cycles across the picture their power-weighted mean frequency has


def periodic_peaks(img: np.ndarray, share: float = PEAK_SHARE, cycles: float = MIN_CYCLES
                   ) -> tuple[np.ndarray, np.ndarray, np.ndarray, float] | None:
    """The periodic part of one picture (H x W, e.g. lightness): when most of its power (a
    Hann window, its mean and frequencies under 2 cycles removed) lies in a few peaks of the
    spectrum (``share`` in the 12 strongest) at ``cycles`` cycles or more across it, returns
    (the power spectrum, the mask of those peaks, each frequency's angle in radians, their
    power-weighted mean frequency in cycles across the picture); else None (not periodic)."""
    h, w = img.shape
    fy = np.fft.fftfreq(h)[:, None] * h
    fx = np.fft.fftfreq(w)[None, :] * w
    radius = np.hypot(fx, fy)
    p = np.abs(np.fft.fft2((img - img.mean()) * np.outer(np.hanning(h), np.hanning(w)))) ** 2
    p[radius < 2.0] = 0.0
    total = p.sum()
    if total < 1e-9:
        return None
    flat = np.sort(p.ravel())[::-1]
    if flat[:12].sum() / total < share:
        return None
    top = p >= flat[11]
    rk = float((p[top] * radius[top]).sum() / p[top].sum())
    if rk < cycles:
        return None
    return p, top, np.broadcast_to(np.arctan2(fy, fx), p.shape), rk
