"""The "semantic clusters" certainty: answers that say the same thing form one group; the
certainty is 1 - the normalised entropy of the group sizes.

Grouping: answers are taken in order; an answer joins the first group whose first member
(its leader) it agrees with - cosine of their embeddings >= ``threshold`` - else it starts a
group (greedy leader clustering: deterministic, order-dependent only for answers that sit
between two groups). Abstentions form no group: each counts as its own singleton, so it
agrees with nothing and lowers the certainty, and n abstentions give certainty 0, exactly
like the similarity estimators.

With n answers, p_g = size_g / n over groups and abstentions, certainty =
1 - H(p) / log(n): all in one group -> 1, all apart -> 0; one answer: 1 unless it abstained.
The selected answer is the most central member (highest mean similarity to its group, first
on ties) of the largest group (first on ties); None if all abstained.

Registering it (registry.ESTIMATORS) needs ``assess`` to use an estimator's own ``certainty``
method when it has one; without that, ``vectors`` (one-hot group membership) makes the
similarity recipe score the chance that two answers share a group.
"""

from __future__ import annotations

import numpy as np

from ..records import Certainty
from .core import EmbeddingEstimator, Estimator, _cosine, is_abstention

DEFAULT_CLUSTER_THRESHOLD = 0.5  # MiniLM cosine from which two answers say the same thing: paraphrases
# of one change ("grows larger" / "size increases" / "gets bigger") score 0.5-0.65, different
# changes ("grows larger" / "moves to the left") about 0.45 - set by eye; tune it with labels


def group(sim: np.ndarray, answered: np.ndarray, threshold: float) -> list[list[int]]:
    """Greedy leader clustering of the answered indices on a similarity matrix."""
    groups: list[list[int]] = []
    for i in np.flatnonzero(answered):
        for g in groups:
            if sim[i, g[0]] >= threshold:
                g.append(int(i))
                break
        else:
            groups.append([int(i)])
    return groups


def cluster_certainty(sim: np.ndarray, answered, threshold: float = DEFAULT_CLUSTER_THRESHOLD,
                      estimator: str = "clusters") -> Certainty:
    """Pure: certainty and selection from an (n, n) similarity matrix and which answers are
    real answers (not abstentions)."""
    sim = np.asarray(sim, float)
    answered = np.asarray(answered, bool)
    n = len(answered)
    if n == 0:
        return Certainty(0.0, None, (), estimator)
    groups = group(sim, answered, threshold)
    sizes = np.array([len(g) for g in groups] + [1] * int((~answered).sum()), float)
    if n == 1:
        score = float(answered[0])
    else:
        p = sizes / n
        score = float(1 - (-(p * np.log(p)).sum()) / np.log(n))
    score = min(1.0, max(0.0, score))
    member = {i: g for g in groups for i in g}
    rows = tuple(float(sim[i, member[i]].mean()) if i in member else 0.0 for i in range(n))
    selected = None
    if groups:
        largest = max(groups, key=len)  # max keeps the first on ties
        central = [float(sim[i, largest].mean()) for i in largest]
        selected = largest[int(np.flatnonzero(np.array(central) >= max(central) - 1e-9)[0])]
    return Certainty(score, selected, rows, estimator)


class SemanticClusterEstimator:
    """Groups answers by embedding agreement (``base``: the MiniLM estimator by default)."""

    name = "clusters"

    def __init__(self, base: Estimator | None = None, threshold: float = DEFAULT_CLUSTER_THRESHOLD) -> None:
        self.base = base if base is not None else EmbeddingEstimator()
        self.threshold = threshold

    def _similarity(self, texts: list[str], abstentions: list[bool]) -> tuple[np.ndarray, np.ndarray]:
        vecs = self.base.vectors([("" if a else t) for t, a in zip(texts, abstentions)])
        answered = np.array([not a for a in abstentions], bool) & (np.linalg.norm(vecs, axis=1) > 0)
        return _cosine(vecs), answered

    def certainty(self, texts: list[str], abstentions: list[bool] | None = None) -> Certainty:
        if abstentions is None:
            abstentions = [is_abstention(t) for t in texts]
        sim, answered = self._similarity(texts, abstentions)
        return cluster_certainty(sim, answered, self.threshold, self.name)

    def vectors(self, texts: list[str]) -> np.ndarray:
        """One-hot group membership (zero rows for empty texts), for the Estimator protocol."""
        sim, answered = self._similarity(texts, [not (t or "").strip() for t in texts])
        groups = group(sim, answered, self.threshold)
        out = np.zeros((len(texts), max(1, len(groups))))
        for k, g in enumerate(groups):
            out[g, k] = 1.0
        return out
