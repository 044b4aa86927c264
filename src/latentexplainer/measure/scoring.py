"""A measured series in visibility units (:func:`score_series`), a turn about a fixed point
(:func:`turns_about_a_point`), and a part's coarse place (:func:`place`)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .parts import UNITS, Part


@dataclass(frozen=True)
class Scored:
    """A series' change along the row in visibility units: ``strength`` = |delta| / unit x
    consistency^2 x coverage (a steady, clearly visible change is about 1 or more), ``score``
    the same capped (beyond the cap a change is not more certain)."""

    score: float
    sign: int
    start: float
    end: float
    strength: float = 0.0


def score_series(name: str, values: np.ndarray, cap: float = 3.0) -> Scored | None:
    """The score of one measured series (None for series without a unit, or without a trend)."""
    from .trend import trend

    unit = UNITS.get(name)
    if unit is None:
        return None
    t = trend(values)
    if t.consistency <= 0:
        return None
    weight = t.consistency ** 2 * t.coverage
    return Scored(min(abs(t.delta) / unit, cap) * weight, t.sign, t.start, t.end, abs(t.delta) / unit * weight)


def turns_about_a_point(series: dict[str, np.ndarray], tolerance: float = 0.35) -> bool:
    """Whether a figure's movement is its turning about a fixed point (a clock hand about its
    hub): its centres c_k fit c_k = p + R(angle_k - angle_0)(c_0 - p) for one pivot p, within
    ``tolerance`` of how far the centre moves."""
    x, y, a = (np.asarray(series.get(k, []), float) for k in ("x", "y", "angle"))
    ok = np.isfinite(x) & np.isfinite(y) & np.isfinite(a) if len(a) == len(x) else np.zeros(len(x), bool)
    if ok.sum() < 3:
        return False
    c, t = np.column_stack([x[ok], y[ok]]), a[ok] - a[ok][0]
    moved = np.linalg.norm(c - c[0], axis=1).max()
    if moved < 1e-3 or np.abs(t).max() < 0.2:
        return False
    rots = np.stack([np.array([[np.cos(v), -np.sin(v)], [np.sin(v), np.cos(v)]]) for v in t])
    lhs = np.concatenate([np.eye(2) - r for r in rots[1:]])  # (I - R_k) p = c_k - R_k c_0
    rhs = np.concatenate([c[k] - rots[k] @ c[0] for k in range(1, len(c))])
    p, *_ = np.linalg.lstsq(lhs, rhs, rcond=None)
    fit = np.array([p + rots[k] @ (c[0] - p) for k in range(len(c))])
    return bool(np.linalg.norm(fit - c, axis=1).max() <= tolerance * moved)


def place(part: Part) -> str:
    """A coarse place key of a part, from the image edges it reaches (a fifth of an edge or
    more): "all" (every edge, or most of the image), "lower" (the bottom edge, or both sides
    below the middle, and not the top), "upper", "left", "right" likewise, or "" (inside)."""
    top, bottom, left, right = (v >= 0.2 for v in part.sides)
    cx, cy = part.centre
    if part.extent >= 0.85 or (top and bottom and left and right):
        return "all"
    if not top and (bottom or (left and right and cy > 0.5)):
        return "lower"
    if not bottom and (top or (left and right and cy < 0.5)):
        return "upper"
    if not right and (left or (top and bottom and cx < 0.5)):
        return "left"
    if not left and (right or (top and bottom and cx > 0.5)):
        return "right"
    return ""
