"""Small statistics shared by the benchmark and calibration (one implementation each)."""

from __future__ import annotations

import numpy as np


def auroc(scores, labels) -> float | None:
    """Area under the ROC curve (ties count half); None when only one class is present."""
    s, y = np.asarray(scores, float), np.asarray(labels, bool)
    pos, neg = s[y], s[~y]
    if len(pos) == 0 or len(neg) == 0:
        return None
    greater = (pos[:, None] > neg[None, :]).sum()
    ties = (pos[:, None] == neg[None, :]).sum()
    return float((greater + 0.5 * ties) / (len(pos) * len(neg)))
