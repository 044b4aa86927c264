"""Disentanglement metrics of a representation against ground-truth factors: MIG, DCI, SAP and
the FactorVAE score, after google-research/disentanglement_lib, in numpy / scikit-learn.

Inputs: ``codes`` (N, D) - one representation (e.g. posterior means) per image; ``factors``
(N, K) - the true factors, discrete (integer classes) or continuous (binned here into
``bins`` equal-width bins where a metric needs classes). Every function is pure and seeded;
each returns a dict whose main figure lies in [0, 1] (1 = perfect).

Differences from disentanglement_lib, stated so a reader can judge the figures:

- The FactorVAE score needs batches with one factor fixed. disentanglement_lib draws them
  from the simulator; here they are drawn from the observed rows sharing that factor's value
  (rows are drawn with replacement when a value has fewer than ``batch_size`` of them).
- SAP with discrete factors uses a decision tree on one latent, scored by balanced accuracy
  above chance, instead of a linear SVM (see :func:`sap`).
- DCI and SAP split the rows into train / test (``test_size``) instead of drawing two
  independent samples.
"""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np

from ..errors import ConfigError, MissingDependencyError


def _sklearn():
    try:
        import sklearn  # noqa: F401
    except ImportError:
        raise MissingDependencyError("scikit-learn", "metrics", "the disentanglement metrics") from None


def _check(codes, factors) -> tuple[np.ndarray, np.ndarray]:
    z = np.asarray(codes, float)
    f = np.asarray(factors)
    if z.ndim != 2 or f.ndim != 2:
        raise ConfigError(f"codes and factors must be 2-D (N, D) and (N, K); got shapes {z.shape} and {f.shape}")
    if len(z) != len(f):
        raise ConfigError(f"codes have {len(z)} rows but factors {len(f)}; give one factor row per code")
    if len(z) < 10:
        raise ConfigError(f"the disentanglement metrics need at least 10 rows, got {len(z)}")
    if not np.all(np.isfinite(z)):
        raise ConfigError("codes hold NaN or infinite values")
    return z, f


def discretize(x: np.ndarray, bins: int = 20) -> np.ndarray:
    """Per column: integer classes. Integer-valued columns with at most ``bins`` values keep
    their classes (relabelled 0..); others go into ``bins`` equal-width bins."""
    x = np.asarray(x)
    x = x[:, None] if x.ndim == 1 else x
    out = np.zeros(x.shape, int)
    for j in range(x.shape[1]):
        col = x[:, j].astype(float)
        vals = np.unique(col)
        if len(vals) <= bins and np.allclose(vals, np.round(vals)):
            out[:, j] = np.searchsorted(vals, col)
        else:
            edges = np.histogram_bin_edges(col, bins)[1:-1]
            out[:, j] = np.digitize(col, edges)
    return out


def _mi(a: np.ndarray, b: np.ndarray) -> float:
    """Mutual information (nats) of two integer label columns."""
    joint = np.zeros((a.max() + 1, b.max() + 1))
    np.add.at(joint, (a, b), 1)
    joint /= joint.sum()
    pa, pb = joint.sum(1, keepdims=True), joint.sum(0, keepdims=True)
    nz = joint > 0
    return float((joint[nz] * np.log(joint[nz] / (pa @ pb)[nz])).sum())


def _mutual_info(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """(D, K) mutual information between the columns of two label arrays."""
    return np.array([[_mi(a[:, d], b[:, k]) for k in range(b.shape[1])] for d in range(a.shape[1])])


def _entropy(col: np.ndarray) -> float:
    p = np.bincount(col) / len(col)
    p = p[p > 0]
    return float(-(p * np.log(p)).sum())


def nmi_matrix(codes, factors, bins: int = 20) -> np.ndarray:
    """(D, K): MI(latent d, factor k) / H(factor k), codes and continuous factors in ``bins`` bins."""
    z, f = np.asarray(codes, float), np.asarray(factors)
    zd, fd = discretize(z, bins), discretize(f, bins)
    ent = np.array([_entropy(fd[:, k]) for k in range(fd.shape[1])])
    return np.where(ent > 0, _mutual_info(zd, fd) / np.maximum(ent, 1e-12), 0.0)


def mig_from_nmi(nmi: np.ndarray) -> np.ndarray:
    """Per factor: the largest minus the second largest normalised MI over latents."""
    if nmi.shape[0] < 2:
        return nmi[0]
    s = np.sort(nmi, axis=0)
    return s[-1] - s[-2]


def mig(codes, factors, bins: int = 20) -> dict[str, Any]:
    """Mutual information gap: per factor, (largest - second largest MI with one latent) /
    H(factor), averaged over factors (codes and continuous factors in ``bins`` bins)."""
    z, f = _check(codes, factors)
    nmi = nmi_matrix(z, f, bins)
    per = mig_from_nmi(nmi)
    return {"mig": float(per.mean()), "per_factor": per.tolist(), "normalised_mutual_info": nmi.tolist()}


def _split(n: int, test_size: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    order = rng.permutation(n)
    k = max(1, round(n * test_size))
    return order[k:], order[:k]


def _entropy_normalised(p: np.ndarray, base: int) -> np.ndarray:
    """Per row of p (non-negative): 1 - entropy in ``base``; a zero row scores 0."""
    if base < 2:
        return np.ones(len(p))
    s = p.sum(1, keepdims=True)
    q = np.divide(p, s, out=np.zeros_like(p), where=s > 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        h = -np.where(q > 0, q * np.log(q), 0.0).sum(1) / np.log(base)
    return np.where(s[:, 0] > 0, 1 - h, 0.0)


def dci(codes, factors, model: str = "gbt", bins: int = 20, test_size: float = 0.3, seed: int = 0) -> dict[str, Any]:
    """Disentanglement, completeness, informativeness (Eastwood & Williams 2018).

    ``model="gbt"``: a gradient-boosted tree classifier per factor (classes; continuous
    factors binned), importance = its feature importances, informativeness = test accuracy.
    ``model="lasso"``: a Lasso regression per (standardised) factor on standardised codes,
    importance = |coefficients|, informativeness = test R^2 (clipped at 0).
    """
    _sklearn()
    z, f = _check(codes, factors)
    train, test = _split(len(z), test_size, seed)
    d, k = z.shape[1], f.shape[1]
    importance = np.zeros((d, k))
    info = []
    if model == "gbt":
        from sklearn.ensemble import GradientBoostingClassifier

        fd = discretize(f, bins)
        for j in range(k):
            if len(np.unique(fd[train, j])) < 2:
                info.append(1.0)
                continue
            clf = GradientBoostingClassifier(n_estimators=50, max_depth=3, random_state=seed)
            clf.fit(z[train], fd[train, j])
            importance[:, j] = np.abs(clf.feature_importances_)
            info.append(float(clf.score(z[test], fd[test, j])))
    elif model == "lasso":
        from sklearn.linear_model import Lasso

        zs = (z - z[train].mean(0)) / np.where(z[train].std(0) > 0, z[train].std(0), 1.0)
        ff = f.astype(float)
        fs = (ff - ff[train].mean(0)) / np.where(ff[train].std(0) > 0, ff[train].std(0), 1.0)
        for j in range(k):
            reg = Lasso(alpha=0.02, random_state=seed).fit(zs[train], fs[train, j])
            importance[:, j] = np.abs(reg.coef_)
            info.append(max(0.0, float(reg.score(zs[test], fs[test, j]))))
    else:
        raise ConfigError(f"unknown DCI model '{model}'; choose gbt or lasso")
    total = importance.sum()
    per_code = _entropy_normalised(importance, k)
    per_factor = _entropy_normalised(importance.T, d)
    code_w = importance.sum(1) / total if total > 0 else np.zeros(d)
    factor_w = importance.sum(0) / total if total > 0 else np.zeros(k)
    return {"disentanglement": float((per_code * code_w).sum()), "completeness": float((per_factor * factor_w).sum()),
            "informativeness": float(np.mean(info)), "importance": importance.tolist(), "model": model}


def sap(codes, factors, continuous: bool = False, bins: int = 20, test_size: float = 0.3,
        seed: int = 0) -> dict[str, Any]:
    """Separated attribute predictability (Kumar et al. 2018): per factor, the gap between the
    two latents that predict it best, averaged. ``continuous``: squared correlation (as
    disentanglement_lib). Discrete factors: the test balanced accuracy of a decision tree on one
    latent, rescaled so chance is 0 and perfect is 1 - disentanglement_lib uses a linear SVM,
    which cannot single out the middle classes of an ordinal factor from one latent, so a
    perfect code of a 6-valued factor scored about 0.2 that way."""
    _sklearn()
    z, f = _check(codes, factors)
    d, k = z.shape[1], f.shape[1]
    score = np.zeros((d, k))
    if continuous:
        ff = f.astype(float)
        for i in range(d):
            for j in range(k):
                cov = np.cov(z[:, i], ff[:, j], ddof=1)
                if cov[0, 0] > 1e-12 and cov[1, 1] > 1e-12:
                    score[i, j] = cov[0, 1] ** 2 / (cov[0, 0] * cov[1, 1])
    else:
        from sklearn.metrics import balanced_accuracy_score
        from sklearn.tree import DecisionTreeClassifier

        fd = discretize(f, bins)
        train, test = _split(len(z), test_size, seed)
        for j in range(k):
            classes = len(np.unique(fd[train, j]))
            if classes < 2:
                continue
            for i in range(d):
                x = z[:, i:i + 1]
                clf = DecisionTreeClassifier(min_samples_leaf=5, random_state=seed).fit(x[train], fd[train, j])
                with warnings.catch_warnings():  # a class missing from the test rows warns
                    warnings.simplefilter("ignore")
                    acc = balanced_accuracy_score(fd[test, j], clf.predict(x[test]))
                score[i, j] = max(0.0, (acc - 1 / classes) / (1 - 1 / classes))
    if d < 2:
        gaps = score[0]
    else:
        s = np.sort(score, axis=0)
        gaps = s[-1] - s[-2]
    return {"sap": float(gaps.mean()), "score_matrix": score.tolist()}


def factorvae_score(codes, factors, batch_size: int = 64, train_votes: int = 800, eval_votes: int = 400,
                    prune: float = 0.05, bins: int = 20, seed: int = 0) -> dict[str, Any]:
    """FactorVAE score (Kim & Mnih 2018): fix one factor, draw a batch, find the latent with the
    least variance (codes scaled by their global std; latents with global variance below
    ``prune`` are ignored); a majority-vote classifier maps that latent to the factor. Score =
    its accuracy on held-out votes. Batches come from observed rows sharing the factor's value."""
    z, f = _check(codes, factors)
    fd = discretize(f, bins)
    rng = np.random.default_rng(seed)
    var = z.var(0)
    active = var > prune
    d, k = z.shape[1], f.shape[1]
    if not active.any():
        return {"factorvae": 0.0, "train_accuracy": 0.0, "active": 0, "votes": np.zeros((d, k), int).tolist()}
    scaled = z / np.sqrt(np.where(var > 0, var, 1.0))
    groups = [{v: np.flatnonzero(fd[:, j] == v) for v in np.unique(fd[:, j])} for j in range(k)]
    varying = [j for j in range(k) if len(groups[j]) > 1]
    if not varying:
        raise ConfigError("no factor takes two values; the FactorVAE score needs factors that vary")

    def votes(n: int) -> np.ndarray:
        out = np.zeros((d, k), int)
        for _ in range(n):
            j = varying[rng.integers(len(varying))]
            keys = list(groups[j])
            rows = groups[j][keys[rng.integers(len(keys))]]
            batch = scaled[rng.choice(rows, batch_size, replace=len(rows) < batch_size)]
            v = batch.var(0)
            v[~active] = np.inf
            out[int(np.argmin(v)), j] += 1
        return out

    train, held = votes(train_votes), votes(eval_votes)
    classifier = train.argmax(1)  # per latent: the factor it votes for most
    def acc(m):
        return float(m[np.arange(d), classifier].sum() / m.sum())
    return {"factorvae": acc(held), "train_accuracy": acc(train), "active": int(active.sum()),
            "votes": train.tolist()}


def all_metrics(codes, factors, seed: int = 0, dci_model: str = "gbt") -> dict[str, float]:
    """The headline figures of all four metrics."""
    d = dci(codes, factors, model=dci_model, seed=seed)
    return {"mig": mig(codes, factors)["mig"], "dci_disentanglement": d["disentanglement"],
            "dci_completeness": d["completeness"], "dci_informativeness": d["informativeness"],
            "sap": sap(codes, factors, seed=seed)["sap"], "factorvae": factorvae_score(codes, factors, seed=seed)["factorvae"]}
