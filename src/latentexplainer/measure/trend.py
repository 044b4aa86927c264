"""How a measured series runs along a row of frames: its net change and how steadily.

``consistency`` is |Spearman rho| between the frame index and the values (1: monotone);
``delta`` is the Theil-Sen slope times the number of steps (robust to one odd frame). A
series with fewer than 3 finite values, or no spread, has no trend.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Trend:
    delta: float  # net change from the first to the last frame (robust slope x steps)
    consistency: float  # |Spearman rho| in [0, 1]
    start: float  # value at the first / last frame where it is defined (NaN otherwise)
    end: float
    coverage: float  # share of frames where the value is defined

    @property
    def sign(self) -> int:
        return int(np.sign(self.delta)) if self.consistency > 0 else 0


NO_TREND = Trend(0.0, 0.0, float("nan"), float("nan"), 0.0)


def _rank(v: np.ndarray) -> np.ndarray:
    order = np.argsort(v, kind="mergesort")
    ranks = np.empty(len(v))
    ranks[order] = np.arange(len(v), dtype=float)
    for val in np.unique(v):  # ties share their mean rank
        tie = v == val
        if tie.sum() > 1:
            ranks[tie] = ranks[tie].mean()
    return ranks


def spearman(x: np.ndarray, y: np.ndarray) -> float:
    """Spearman's rho (0 when either side has no spread)."""
    rx, ry = _rank(np.asarray(x, float)), _rank(np.asarray(y, float))
    rx, ry = rx - rx.mean(), ry - ry.mean()
    den = np.sqrt((rx ** 2).sum() * (ry ** 2).sum())
    return float((rx * ry).sum() / den) if den > 1e-12 else 0.0


def trend(values: np.ndarray) -> Trend:
    v = np.asarray(values, dtype=np.float64)
    steps = np.arange(len(v), dtype=np.float64)
    ok = np.isfinite(v)
    if ok.sum() < 3 or np.ptp(v[ok]) < 1e-12:
        start = float(v[ok][0]) if ok.any() else float("nan")
        end = float(v[ok][-1]) if ok.any() else float("nan")
        return Trend(0.0, 0.0, start, end, float(ok.mean()) if len(v) else 0.0)
    s, y = steps[ok], v[ok]
    i, j = np.triu_indices(len(s), 1)
    slope = float(np.median((y[j] - y[i]) / (s[j] - s[i])))
    rho = spearman(s, y)
    return Trend(slope * (len(v) - 1), abs(rho), float(y[0]), float(y[-1]), float(ok.mean()))
