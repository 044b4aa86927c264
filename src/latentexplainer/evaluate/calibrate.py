"""Learn the certainty threshold from latents labelled clear / unclear, honestly.

The authors' rule: among the thresholds of the ROC curve of the certainty (clear = positive),
take the one with the highest balanced accuracy ((TPR + TNR) / 2; ties: the higher
threshold). Here the rule is fitted by stratified k-fold cross-validation: each fold's
threshold is learned on the other folds and applied to it, and precision, recall, F1 and
balanced accuracy are computed on those held-out predictions (pooled). AUROC needs no fit;
it is given over all labelled latents and per held-out fold. The threshold written for later
runs is the rule fitted on all labelled latents (``threshold``); the cross-validated figures
(``cv``) say how well such a threshold does on latents it has not seen.

Labels file: JSON ``{"3": "clear", "z4": "unclear"}`` (also true/false or 1/0), or CSV rows
``latent,label``. With several run directories, ids are ``RUNNAME:latent`` (RUNNAME = the run
folder's name); a plain id is allowed only with one run directory.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import numpy as np

from ..atomic import write_atomic
from ..errors import ConfigError, MissingDependencyError, RunDirError
from ..records import MAX_INDEX_DIGITS
from ..run.rundir import RunDir
from ..structured import read_text, shorten
from .idfile import read_id_file
from .stats import auroc

_TRUE = {"clear", "true", "1", "yes", "y"}
_FALSE = {"unclear", "false", "0", "no", "n"}
_ID = re.compile(r"^\s*(?:(?P<run>[^:]+):)?\s*z?(?P<latent>\d{1,%d})\s*$" % MAX_INDEX_DIGITS, re.IGNORECASE)


def _label(value: Any, where: str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ConfigError(f"{where}: label '{value}' is neither clear nor unclear (true/false, 1/0 also work)")


def load_labels(path: str | Path) -> dict[str, bool]:
    """Raw id (as written, e.g. "3", "z3", "run1:3") -> clear?"""
    path = Path(path).expanduser()
    out: dict[str, bool] = {}
    for key, value, where in read_id_file(path, "labels", "label", '{"3": "clear", "4": "unclear", ...}'):
        out[key] = _label(value, where)
    if not out:
        raise ConfigError(f"{path} holds no labels; give latent,label rows (clear / unclear)")
    return out


def _resolve(labels: dict[str, bool], runs: list[RunDir], path) -> dict[tuple[int, int], bool]:
    """(run index, latent) -> label."""
    names = [r.path.name for r in runs]
    if len(set(names)) != len(names):
        raise ConfigError(f"run directories share a folder name ({', '.join(names)}); labels cannot tell them apart")
    out: dict[tuple[int, int], bool] = {}
    for key, value in labels.items():
        m = _ID.match(key) if len(key) <= 300 else None
        if not m:
            raise ConfigError(f"{path}: id {shorten(key)} is not a latent index (3, z3) or RUNNAME:latent")
        run = m.group("run")
        if run is None:
            if len(runs) > 1:
                raise ConfigError(f"{path}: id {shorten(key)} names no run; with several run directories write "
                                  f"RUNNAME:latent with RUNNAME one of {', '.join(names)}")
            idx = 0
        elif run.strip() in names:
            idx = names.index(run.strip())
        else:
            raise ConfigError(f"{path}: id {shorten(key)} names run {shorten(run)}, which is not among {', '.join(names)}")
        out[(idx, int(m.group("latent")))] = value
    return out


def best_threshold(scores: np.ndarray, labels: np.ndarray) -> float:
    """The authors' rule: the ROC threshold with the highest balanced accuracy."""
    from sklearn.metrics import roc_curve

    fpr, tpr, thr = roc_curve(labels.astype(int), scores)
    finite = np.isfinite(thr)  # roc_curve's first threshold is +inf (nothing is clear)
    bal = (tpr + 1 - fpr) / 2
    bal = np.where(finite, bal, -np.inf)
    return float(thr[int(np.argmax(bal))])  # thresholds descend: argmax takes the higher on ties


def _rates(pred: np.ndarray, y: np.ndarray) -> dict[str, float]:
    tp = int((pred & y).sum())
    fp = int((pred & ~y).sum())
    fn = int((~pred & y).sum())
    tn = int((~pred & ~y).sum())
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    tnr = tn / (tn + fp) if tn + fp else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "balanced_accuracy": (recall + tnr) / 2,
            "tp": tp, "fp": fp, "fn": fn, "tn": tn}


def calibrate_scores(scores, labels, folds: int = 5, seed: int = 0) -> dict[str, Any]:
    """ROC, AUROC, the threshold rule and its cross-validated precision / recall / F1 for one
    certainty (pure: arrays in, a dict out)."""
    try:
        from sklearn.metrics import roc_curve
        from sklearn.model_selection import StratifiedKFold
    except ImportError:
        raise MissingDependencyError("scikit-learn", "metrics", "calibration") from None
    s = np.asarray(scores, float)
    y = np.asarray(labels, bool)
    if not np.all(np.isfinite(s)):
        raise ConfigError("some certainties are not finite numbers; re-run those latents")
    minority = min(int(y.sum()), int((~y).sum()))
    if minority < 2:
        raise ConfigError(f"calibration needs at least 2 clear and 2 unclear latents; got {int(y.sum())} clear "
                          f"and {int((~y).sum())} unclear")
    k = min(folds, minority)
    if k < 2:
        raise ConfigError(f"folds must be at least 2, got {folds}")
    held_pred = np.zeros(len(s), bool)
    held_thr = np.zeros(len(s))
    fold_auroc, fold_thr = [], []
    for train, test in StratifiedKFold(n_splits=k, shuffle=True, random_state=seed).split(s, y):
        t = best_threshold(s[train], y[train])
        fold_thr.append(t)
        held_pred[test] = s[test] >= t
        held_thr[test] = t
        if y[test].all() or not y[test].any():
            continue
        fold_auroc.append(float(auroc(s[test], y[test])))
    fpr, tpr, thr = roc_curve(y.astype(int), s)
    threshold = best_threshold(s, y)
    return {
        "n": len(s), "clear": int(y.sum()), "unclear": int((~y).sum()),
        "auroc": float(auroc(s, y)),
        "roc": {"fpr": fpr.tolist(), "tpr": tpr.tolist(),
                "thresholds": [float(x) if np.isfinite(x) else None for x in thr]},
        "threshold": threshold,
        "in_sample": _rates(s >= threshold, y),
        "cv": {"folds": k, "seed": seed, "thresholds": fold_thr,
               "threshold_mean": float(np.mean(fold_thr)), "threshold_std": float(np.std(fold_thr)),
               "auroc_mean": float(np.mean(fold_auroc)) if fold_auroc else None,
               "auroc_folds": fold_auroc, **_rates(held_pred, y)},
    }


def calibrate(run_dirs: list[str | Path] | str | Path, labels_path: str | Path, folds: int = 5, seed: int = 0,
              estimator: str | None = None, out: str | Path | None = None) -> dict[str, Any]:
    """Calibrate every certainty estimator the runs' records hold; write the threshold file
    (``threshold.json`` in the first run directory, or ``out``) for ``estimator`` (default: the
    estimator the runs selected with)."""
    if isinstance(run_dirs, (str, Path)):
        run_dirs = [run_dirs]
    if not run_dirs:
        raise ConfigError("give at least one run directory")
    runs = [RunDir(Path(p)) for p in run_dirs]
    records = []
    for run in runs:
        recs = run.records()
        if not recs:
            raise RunDirError(f"{run.path} holds no records (explanations.jsonl missing or empty); is it a run directory?")
        records.append({r.latent: r for r in recs})
    wanted = _resolve(load_labels(labels_path), runs, labels_path)
    missing = [f"{runs[i].path.name}:{lat}" for (i, lat) in wanted if lat not in records[i]]
    if missing:
        raise ConfigError(f"{labels_path} labels latents the runs do not hold: {', '.join(missing[:8])}"
                          f"{' ...' if len(missing) > 8 else ''}")
    items = [(records[i][lat], y) for (i, lat), y in wanted.items()]
    names = sorted(set.intersection(*[set(r.certainties) | {r.certainty_estimator} for r, _ in items]))
    if not names:
        raise ConfigError("the labelled records share no certainty estimator; run them with the same --certainty")
    y = np.array([lab for _, lab in items], bool)

    def score(rec, name):
        return rec.certainties.get(name, rec.certainty if name == rec.certainty_estimator else np.nan)

    per = {n: calibrate_scores([score(r, n) for r, _ in items], y, folds, seed) for n in names}
    used = [r.certainty_estimator for r, _ in items]
    main = estimator or max(sorted(set(used)), key=used.count)  # the one most records selected with
    if main not in per:
        raise ConfigError(f"estimator '{main}' is not among the records' certainties ({', '.join(names)})")
    threshold_file = {
        "threshold": per[main]["threshold"], "estimator": main,
        "auroc": per[main]["auroc"], "cv_f1": per[main]["cv"]["f1"],
        "cv_balanced_accuracy": per[main]["cv"]["balanced_accuracy"],
        "folds": per[main]["cv"]["folds"], "seed": seed, "n": per[main]["n"],
        "labels": str(Path(labels_path).expanduser().resolve()), "runs": [str(r.path) for r in runs],
    }
    if out:  # a path the user chose
        target = Path(out).expanduser()
        _write_json(target, threshold_file)
    else:  # inside the first run directory, as every file of a run is written
        target = runs[0].write_json("threshold.json", threshold_file)
    return {"estimators": per, "threshold_file": str(target), **threshold_file}


def _write_json(target: Path, data: Any) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, json.dumps(data, indent=2))
    except OSError as exc:
        raise ConfigError(f"cannot write the threshold file {target} ({exc.strerror or exc}); choose another path") from None


def read_threshold(path: str | Path) -> tuple[float, str]:
    """(threshold, estimator) from a file written by :func:`calibrate`, for ``explain
    --threshold-from``."""
    path = Path(path).expanduser()
    text = read_text(path, "threshold file", 1024 * 1024)
    try:
        data = json.loads(text)
        t, e = float(data["threshold"]), str(data["estimator"])[:40]
    except (json.JSONDecodeError, KeyError, TypeError, ValueError, RecursionError, OverflowError):
        raise ConfigError(f'{path} is not a threshold file (JSON with "threshold" and "estimator", '
                          "as `latentexplainer calibrate` writes)") from None
    if not np.isfinite(t):
        raise ConfigError(f"{path}: threshold {t} is not a finite number")
    return t, e
